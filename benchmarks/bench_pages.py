"""Page benchmark: server time (p50, p95) and queries of the home page, the overview dashboard, the groups list, a
meeting page, a group page, the logic-model page and the search, each seen by the secretariat, a council member and
a co-chair, at 1x, 10x and 100x data (seed_scale); and requests per second under wrk against gunicorn, each page
printed as a share of a bare Django view ("ok", no middleware) served by the same gunicorn workers
(benchmarks/bench_wsgi.py), with /healthz (the whole middleware stack, one database and one Redis round trip) beside.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/jc_bench REDIS_URL=redis://127.0.0.1:6379/12 \\
        .venv/bin/python benchmarks/bench_pages.py --scales 1 100 --json benchmarks/pages.json

The bare view is measured before and after the pages of each scale; the share uses the mean of the two, so that a
change of load on a shared machine during the run shows (the two figures are printed) rather than hides.

The database named by DATABASE_URL is migrated, loaded with the real record (load_joint_councils) and re-seeded
at each scale (seed_scale --reset): give it a database of its own. Everything runs on this machine: the load
generator targets 127.0.0.1 only, each wrk run lasts --wrk-seconds (at most 30), and the in-process timing loop
stops after --requests requests or --seconds seconds per page, whichever comes first.
"""

import argparse
import gc
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# (name, url); "{meeting}" and "{group}" are filled in after each seed (bench_targets).
PAGES = [
    ("home", "/en/"),
    ("overview", "/en/dashboard/"),
    ("groups list", "/en/working-groups/"),
    ("meeting", "/en/meetings/{meeting}/"),
    ("group", "/en/working-groups/{group}/"),
    ("logic model", "/en/logic-model/"),
    ("search", "/en/search/?q=identite"),
]
HEALTHZ = "/healthz"
BARE = "/__bare__"  # benchmarks/bench_wsgi.py
MEETING_DAY = "2020-09-22"
PERSONAS = {
    "secretariat": ("bench-secretariat", "Bench", "Secretariat"),
    "member": ("bench-member", "Bench", "Member"),
    "co-chair": ("bench-cochair", "Bench", "Cochair"),
}


def setup_django():
    # The same settings gunicorn runs with (prod), over plain HTTP on the loopback.
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-not-for-production-0123456789")
    os.environ["DJANGO_SETTINGS_MODULE"] = "jointcouncils.settings.prod"
    os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
    import django

    django.setup()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def bench_targets() -> dict:
    """Called once, on the real record before any seed_scale: the meeting page (the JC meeting of 22 September 2020,
    else the newest JC meeting) and the group page (the first real group with a current co-chair term). That term
    is given to the co-chair persona's person (created if needed: the real record names no co-chair person), so
    the co-chair sees the group page as its co-chair."""
    import datetime

    from django.utils import timezone

    from councils.models import Person
    from meetings.models import Meeting
    from workinggroups.models import CochairTerm

    day = datetime.date.fromisoformat(MEETING_DAY)
    meetings = Meeting.objects.filter(council__code="jc").order_by("-start")
    meeting = next((m for m in meetings if timezone.localtime(m.start).date() == day), meetings.first())
    today = timezone.localdate()
    term = (
        CochairTerm.objects.filter(start_date__lte=today)
        .exclude(end_date__lt=today)
        .select_related("seat__working_group")
        .order_by("seat__working_group__pk", "pk")
        .first()
    )
    person = term.person
    if person is None:
        person, _ = Person.objects.get_or_create(given_name="Bench", family_name="Cochair")
        CochairTerm.objects.filter(pk=term.pk).update(person=person)
    return {"meeting": meeting.pk, "group": term.seat.working_group.slug, "cochair_person": person}


def bench_users(targets: dict) -> dict:
    """One user per persona, with its role; the co-chair's person holds the current term found by bench_targets."""
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    roles = {
        "secretariat": settings.ROLE_SECRETARIAT,
        "member": settings.ROLE_COUNCIL_MEMBER,
        "co-chair": settings.ROLE_COCHAIR,
    }
    users = {}
    for persona, (username, first, last) in PERSONAS.items():
        user, _ = get_user_model().objects.get_or_create(
            username=username, defaults={"first_name": first, "last_name": last, "is_staff": persona == "secretariat"}
        )
        user.groups.add(Group.objects.get_or_create(name=roles[persona])[0])
        users[persona] = user
    person = targets["cochair_person"]
    cochair = users["co-chair"]
    if person.user_id != cochair.pk:
        type(person).objects.filter(user=cochair).exclude(pk=person.pk).update(user=None)
        type(person).objects.filter(pk=person.pk).update(user=cochair)
    return users


def resolve_pages(targets: dict) -> list[tuple[str, str]]:
    return [(name, url.format(**targets)) for name, url in PAGES]


def time_page(client, url: str, requests: int, seconds: float, page_cache: bool) -> dict:
    """Server time of the page, in-process (Django test client: the whole middleware stack, no network), with the
    page cache on (the page kept for the session is served after the warm-up) or off (the page is made each time)."""
    from django.conf import settings
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE = page_cache
    for _ in range(3):  # warm-up: caches, template loading, connection; with the page cache, the page is kept
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    # What jointcouncils.wsgi does in a gunicorn worker after its first request: what lives now is frozen.
    gc.collect()
    gc.freeze()
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    queries = len(captured)
    durations = []
    deadline = time.monotonic() + seconds
    while len(durations) < requests and time.monotonic() < deadline:
        started = time.perf_counter()
        response = client.get(url)
        durations.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    return {
        "requests": len(durations),
        "p50_ms": round(statistics.median(durations), 1),
        "p95_ms": round(percentile(durations, 0.95), 1),
        "queries": queries,
        "bytes": len(response.content),
    }


def session_cookie(user) -> str:
    """A session for the user in the session store, as a log-in would make; its key goes in wrk's Cookie header."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    """gunicorn, 2 workers, 127.0.0.1 (benchmarks.bench_wsgi), prod settings, DEBUG off, no HTTPS redirect; stopped on exit."""

    def __init__(self, workers: int = 2, page_cache: bool = True):
        self.port = free_port()
        self.workers = workers
        self.page_cache = page_cache
        self.process = None

    def __enter__(self):
        env = dict(
            os.environ,
            DJANGO_SETTINGS_MODULE="jointcouncils.settings.prod",
            DEBUG="0",
            PAGE_CACHE="true" if self.page_cache else "false",
        )
        command = [
            str(ROOT / ".venv/bin/gunicorn"),
            # The portal's application plus a bare Django view at /__bare__ (benchmarks/bench_wsgi.py).
            "benchmarks.bench_wsgi",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(self.workers),
            "--log-level",
            "warning",
        ]
        self.process = subprocess.Popen(command, cwd=ROOT, env=env)  # noqa: S603
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()


def browser_cookies(port: int, path: str, session_key: str) -> str:
    """The Cookie header a browser would send after its first page: the session and the CSRF cookie that page set
    (a page with a form sets it; the page cache keeps pages for a session and its CSRF cookie)."""
    import http.cookies
    import urllib.request

    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Cookie": f"sessionid={session_key}"})
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback only)
        response.read()
        jar = http.cookies.SimpleCookie()
        for header in response.headers.get_all("Set-Cookie") or []:
            jar.load(header)
    cookie = f"sessionid={session_key}"
    if "csrftoken" in jar:
        cookie += f"; csrftoken={jar['csrftoken'].value}"
    return cookie


def warm_up(port: int, path: str, cookie: str, times: int = 6) -> None:
    """A few requests first, so that both workers have loaded the app and its templates before wrk measures."""
    import urllib.request

    for _ in range(times):
        request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Cookie": cookie})
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback only)
            response.read()


def run_wrk(port: int, path: str, cookie: str, seconds: int, connections: int) -> dict:
    seconds = min(seconds, 30)
    warm_up(port, path, cookie)
    command = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        "-H",
        f"Cookie: {cookie}",
        f"http://127.0.0.1:{port}{path}",
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True, timeout=seconds + 30).stdout  # noqa: S603
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", output)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", output)

    def ms(match):
        if not match:
            return None
        value, unit = float(match.group(1)), match.group(2)
        return round(value / 1000 if unit == "us" else value * 1000 if unit == "s" else value, 1)

    return {"rps": rps, "latency_p50_ms": ms(p50), "latency_p99_ms": ms(p99), "non_2xx": int(non_2xx.group(1)) if non_2xx else 0}


def machine() -> dict:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0]
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory_kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    return {
        "nproc": os.cpu_count(),
        "memory_gib": round(memory_kb / 1024 / 1024, 1),
        "cpu": cpu,
        "python": platform.python_version(),
        "postgresql": postgres,
        "wrk": subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout.split("\n")[0].strip()  # noqa: S607
        if shutil.which("wrk")
        else None,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--requests", type=int, default=60, help="timed requests per page and scale (in-process)")
    parser.add_argument("--seconds", type=float, default=30, help="time limit per page and scale (in-process)")
    parser.add_argument("--wrk-seconds", type=int, default=15, help="duration of each wrk run (at most 30)")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--no-wrk", action="store_true", help="skip the load generator")
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument(
        "--page-cache",
        choices=["both", "on", "off"],
        default="both",
        help="measure pages kept for the session (on: what a reader who comes back gets), made each time (off: "
        "the first read after a write), or both",
    )
    args = parser.parse_args()
    modes = {"both": [True, False], "on": [True], "off": [False]}[args.page_cache]
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database of the benchmark's own (it is seeded and re-seeded).")

    setup_django()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    call_command("migrate", verbosity=0, interactive=False)
    # prod settings keep static files in a manifest (whitenoise): pages cannot render before collectstatic.
    call_command("collectstatic", verbosity=0, interactive=False)
    call_command("setup_roles", verbosity=0)
    call_command("load_joint_councils", verbosity=0)
    targets = bench_targets()
    users = bench_users(targets)
    results = {"machine": machine(), "load_average_at_start": os.getloadavg(), "targets": {}, "scales": []}
    results["targets"] = {"meeting": targets["meeting"], "group": targets["group"]}
    print(json.dumps(results["machine"]), json.dumps(results["targets"]), flush=True)
    pages = resolve_pages(targets)

    for scale in args.scales:
        started = time.monotonic()
        call_command("seed_scale", factor=scale, reset=True, verbosity=0)
        seeded = round(time.monotonic() - started, 1)
        # Fresh planner statistics after the bulk load, as autovacuum would gather them on a live database.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        row = {"scale": scale, "seed_seconds": seeded, "load_average": [os.getloadavg()], "pages": {}}
        for persona, user in users.items():
            for page_cache in modes:
                client = Client()
                client.force_login(user)
                for name, url in pages:
                    key = f"{name} ({persona}){'' if page_cache else ' [page cache off]'}"
                    row["pages"][key] = {"url": url, **time_page(client, url, args.requests, args.seconds, page_cache)}
                    print(scale, key, row["pages"][key], flush=True)
        row["load_average"].append(os.getloadavg())
        if not args.no_wrk and shutil.which("wrk"):
            row["wrk"] = {}
            for page_cache in modes:
                suffix = "" if page_cache else " [page cache off]"
                with Gunicorn(page_cache=page_cache) as server:
                    cookies = {
                        persona: browser_cookies(server.port, "/en/", session_cookie(user)) for persona, user in users.items()
                    }
                    secretariat = cookies["secretariat"]
                    runs = []
                    if page_cache == modes[0]:
                        runs += [("bare view", BARE, secretariat), ("healthz", HEALTHZ, secretariat)]
                    runs += [(f"{name} ({persona}){suffix}", url, cookies[persona]) for persona in users for name, url in pages]
                    if page_cache == modes[-1]:
                        runs += [("bare view (again)", BARE, secretariat)]
                    for name, url, cookie in runs:
                        row["wrk"][name] = {"url": url, **run_wrk(server.port, url, cookie, args.wrk_seconds, args.connections)}
                        print(scale, "wrk", name, row["wrk"][name], flush=True)
            bare = (row["wrk"]["bare view"]["rps"] + row["wrk"]["bare view (again)"]["rps"]) / 2
            row["bare_rps"] = round(bare, 1)
            for measure in row["wrk"].values():
                measure["share_of_bare"] = round(100 * measure["rps"] / bare, 2)
            row["load_average"].append(os.getloadavg())
        results["scales"].append(row)

    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    print_table(results)


def print_table(results: dict) -> None:
    print("\n| scale | page (persona) | URL | p50 ms | p95 ms | queries | wrk req/s | share of bare view | wrk p99 ms |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|")
    for row in results["scales"]:
        wrk = row.get("wrk", {})
        for name in ("bare view", "bare view (again)", "healthz"):
            if name in wrk:
                w = wrk[name]
                print(
                    f"| {row['scale']}x | {name} | {w['url']} | | | | {w['rps']} | {w['share_of_bare']}% | "
                    f"{w['latency_p99_ms']} |"
                )
        for name, page in row["pages"].items():
            w = wrk.get(name, {})
            share = f"{w['share_of_bare']}%" if w else ""
            print(
                f"| {row['scale']}x | {name} | {page['url']} | {page['p50_ms']} | {page['p95_ms']} | {page['queries']} | "
                f"{w.get('rps', '')} | {share} | {w.get('latency_p99_ms', '')} |"
            )
        loads = ", ".join(" ".join(f"{x:.2f}" for x in load) for load in row["load_average"])
        print(f"\n{row['scale']}x: load average (1, 5, 15 min) at start, after timing, after wrk: {loads}\n")


if __name__ == "__main__":
    main()
