"""Helpers for browser tests: log in through the real form, and check a page with axe-core (WCAG 2.1 A/AA)."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

# axe-core rule tags of WCAG 2.0 and 2.1, levels A and AA: the portal's target.
WCAG_21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_axe = Axe()


def login(page: Page, username: str, password: str, *, lang: str = "en") -> None:
    """Log in through the login form as a person would, and wait until the portal has let us in."""
    page.goto(f"/{lang}/accounts/login/")
    form = page.locator("main form")
    form.locator("input[name=username]").fill(username)
    form.locator("input[name=password]").fill(password)
    form.locator("button[type=submit]").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))


def format_axe_violations(violations: list[dict]) -> str:
    """One readable block per violated rule: what, how bad, where (up to five elements each)."""
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} [{violation.get('impact') or 'n/a'}]: {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"][:5]:
            target = ", ".join(str(part) for part in node["target"])
            lines.append(f"    at {target}")
            summary = "; ".join(line.strip() for line in (node.get("failureSummary") or "").splitlines() if line.strip())
            if summary:
                lines.append(f"       {summary}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    ... and {len(violation['nodes']) - 5} more elements")
    return "\n".join(lines)


def assert_no_axe_violations(page: Page, *, context: str | None = None) -> None:
    """Fail, with a readable list, when axe-core finds a WCAG 2.1 A or AA violation on the current page."""
    options = {"runOnly": {"type": "tag", "values": WCAG_21_AA_TAGS}, "resultTypes": ["violations"]}
    results = _axe.run(page, context=context, options=options)
    violations = results.response["violations"]
    if violations:
        pytest.fail(
            f"axe-core found {len(violations)} WCAG 2.1 A/AA violation(s) on {page.url}:\n{format_axe_violations(violations)}",
            pytrace=False,
        )
