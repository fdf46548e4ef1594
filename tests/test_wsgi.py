"""The WSGI entry point freezes what is alive after the worker's first request, once, and changes no answer."""

from jointcouncils import wsgi


def test_the_first_request_freezes_once_and_every_answer_passes_through(monkeypatch):
    calls = []
    monkeypatch.setattr(wsgi.gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(wsgi.gc, "collect", lambda: calls.append("collect"))

    def app(environ, start_response):
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [environ["PATH_INFO"].encode()]

    application = wsgi.freeze_after_first_request(app)
    started = []
    assert application({"PATH_INFO": "/one"}, lambda status, headers: started.append(status)) == [b"/one"]
    assert calls == ["collect", "freeze"]
    assert application({"PATH_INFO": "/two"}, lambda status, headers: started.append(status)) == [b"/two"]
    assert calls == ["collect", "freeze"]
    assert started == ["200 OK", "200 OK"]
