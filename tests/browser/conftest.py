"""Browser tests: Playwright's sync API driving Debian's headless Chromium against pytest-django's live_server.

Every test here is marked `browser`. Chromium is not optional: when /usr/bin/chromium is missing the tests
FAIL (CI installs it through .ci/run; on a laptop: `apt-get install chromium`).
"""

import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
# Headless, as root in CI, and quiet: the machine has no network, so no background fetches at all.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--disable-dev-shm-usage",
]
TIMEOUT_MS = 15_000


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="package")
def browser():
    """One Chromium for the browser tests; closed when they are done, before the rest of the suite goes on."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium; .ci/run does).", pytrace=False)
    # Playwright's sync API keeps an asyncio loop running in this thread, so Django would take every ORM call
    # made here (fixtures, factories) for one made from async code; they are plain sync calls.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
            try:
                yield chromium
            finally:
                chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def browser_errors():
    """Script errors and console errors (a Content-Security-Policy refusal is one) seen by `page`."""
    return []


@pytest.fixture
def page(browser, live_server, browser_errors):
    """A fresh browser context (no cookies) on the live server; page.goto("/en/...") is relative to it."""
    context = browser.new_context(base_url=live_server.url, locale="en-CA")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.on("console", lambda message: message.type == "error" and browser_errors.append(message.text))
    page.on("pageerror", lambda error: browser_errors.append(str(error)))
    try:
        yield page
    finally:
        context.close()
