"""The floor plan (ARCHITECTURE.md) as a test: every import between the project's apps runs down the table below.

It reads the source (ast), so it sees every `import`/`from ... import` of every module, wherever it sits, and the
`apps.get_model("app", ...)` calls that name another app. A new app must be added to ALLOWED_IMPORTS first.
"""

import ast
from collections import defaultdict
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)

# The one table: which apps each app may import. Keep it in step with the table of ARCHITECTURE.md.
# A new app goes on the floor where its models sit: it may import the apps below it, and no app below imports it.
GROUND = {"jointcouncils"}
COUNCILS = GROUND | {"councils"}
# notifications sits just above councils: the workflows below meetings (reporting, action items, packs) write to
# people in the transaction of their own change, so the app they call must be under them.
NOTIFICATIONS = COUNCILS | {"notifications"}
WORKINGGROUPS = NOTIFICATIONS | {"workinggroups"}
PRIORITIES = WORKINGGROUPS | {"priorities"}
LOGICMODEL = PRIORITIES | {"logicmodel"}
MEETINGS = LOGICMODEL | {"meetings"}
ALLOWED_IMPORTS: dict[str, set[str]] = {
    "jointcouncils": set(),  # the ground floor imports no app of the project
    "councils": GROUND,
    "notifications": COUNCILS,
    "workinggroups": NOTIFICATIONS,
    "priorities": WORKINGGROUPS,
    "logicmodel": PRIORITIES,
    "meetings": LOGICMODEL,
    # Apps above meetings go here.
    "voting": MEETINGS,
    "consultations": MEETINGS,
    "reports": MEETINGS | {"voting", "consultations"},
    "dashboards": MEETINGS | {"voting", "consultations"},
    "dataio": MEETINGS | {"voting", "consultations"},
    "seed": MEETINGS
    | {"voting", "consultations", "reports", "dashboards", "dataio"},  # the top floor: the record's data and its loader
}

# Folders at the root that are not apps of the portal.
NOT_APPS = {"tests", "benchmarks", "locale", "static", "templates", "media", "staticfiles", "node_modules"}


def project_apps() -> set[str]:
    """Every package at the root of the repository (an app, or code that will import like one)."""
    return {
        path.parent.name
        for path in ROOT.glob("*/__init__.py")
        if path.parent.name not in NOT_APPS and not path.parent.name.startswith(".")
    }


def _target(name: str) -> str:
    return name.split(".")[0]


def imports_of(path: Path) -> list[tuple[str, int, bool]]:
    """(top-level package imported, line, inside a function or class?) for every import of the module."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []

    def visit(node: ast.AST, nested: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = nested or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda)
            if isinstance(child, ast.Import):
                found.extend((_target(alias.name), child.lineno, nested) for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.level == 0 and child.module:
                found.append((_target(child.module), child.lineno, nested))
            elif (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute | ast.Name)
                and getattr(child.func, "attr", getattr(child.func, "id", "")) == "get_model"
                and child.args
                and isinstance(child.args[0], ast.Constant)
                and isinstance(child.args[0].value, str)
            ):
                # apps.get_model("councils", "Person") / get_model("councils.Person") is an import by another name.
                found.append((_target(child.args[0].value), child.lineno, True))
            visit(child, inner)

    visit(tree, False)
    return found


def app_imports() -> dict[tuple[str, str], list[str]]:
    """(importing app, imported app) -> the places ("path:line"), for imports between two different apps."""
    apps = project_apps()
    arrows = defaultdict(list)
    for app in sorted(apps):
        for path in sorted((ROOT / app).rglob("*.py")):
            for target, line, _nested in imports_of(path):
                if target in apps and target != app:
                    arrows[(app, target)].append(f"{path.relative_to(ROOT)}:{line}")
    return arrows


def test_every_app_has_a_row_in_the_contract():
    unknown = sorted(project_apps() - ALLOWED_IMPORTS.keys())
    assert not unknown, (
        f"New app(s) {unknown}: add each to ALLOWED_IMPORTS in tests/test_import_contract.py (the apps it may import, "
        "i.e. its floor) and to the import table of ARCHITECTURE.md."
    )


def test_the_contract_itself_runs_one_way():
    for app, allowed in ALLOWED_IMPORTS.items():
        assert app not in allowed, f"{app} lists itself"
        for other in allowed:
            assert app not in ALLOWED_IMPORTS.get(other, set()), f"{app} and {other} may import each other"


def test_the_ground_floor_imports_no_app():
    arrows = {pair: places for pair, places in app_imports().items() if pair[0] == "jointcouncils"}
    assert not arrows, "jointcouncils imports a domain app: " + "; ".join(
        f"{target} at {', '.join(places)}" for (_app, target), places in arrows.items()
    )


def test_no_two_apps_import_each_other():
    arrows = app_imports()
    loops = sorted({tuple(sorted(pair)) for pair in arrows if (pair[1], pair[0]) in arrows})
    assert not loops, "Apps importing each other: " + "; ".join(
        f"{a} -> {b} ({', '.join(arrows[(a, b)])}) and {b} -> {a} ({', '.join(arrows[(b, a)])})" for a, b in loops
    )


def test_every_import_between_apps_runs_down_the_table():
    upward = [
        f"{app} -> {target} at {', '.join(places)}"
        for (app, target), places in sorted(app_imports().items())
        if app in ALLOWED_IMPORTS and target not in ALLOWED_IMPORTS[app]
    ]
    assert not upward, (
        "Imports against the floor plan (move the code to the floor where it belongs, or read through a relation; "
        "see ARCHITECTURE.md):\n" + "\n".join(upward)
    )


def test_imports_of_other_apps_sit_at_the_top_of_the_module():
    apps = project_apps()
    hidden = [
        f"{path.relative_to(ROOT)}:{line} imports {target}"
        for app in sorted(apps)
        for path in sorted((ROOT / app).rglob("*.py"))
        for target, line, nested in imports_of(path)
        if nested and target in apps and target != app
    ]
    assert not hidden, "Imports of another app inside a function hide an arrow; move them to the top:\n" + "\n".join(hidden)


@pytest.mark.parametrize(
    "source, expected",
    [
        ("from councils.models import Person\n", [("councils", 1, False)]),
        ("import workinggroups.selectors\n", [("workinggroups", 1, False)]),
        ("def f():\n    from meetings import models\n", [("meetings", 2, True)]),
        (
            "from django.apps import apps\nX = apps.get_model('priorities', 'Priority')\n",
            [("django", 1, False), ("priorities", 2, True)],
        ),
        ("from . import models\n", []),
    ],
)
def test_the_reader_sees_every_kind_of_import(tmp_path, source, expected):
    module = tmp_path / "module.py"
    module.write_text(source)
    assert imports_of(module) == expected


# Data modules (the record's data, one fact per line) may be long; code may not.
MAX_MODULE_LINES = 800
LONG_MODULES_ALLOWED = ("seed/data/",)


def test_no_module_of_code_passes_800_lines():
    long = [
        f"{path.relative_to(ROOT)}: {count} lines"
        for app in sorted(project_apps())
        for path in sorted((ROOT / app).rglob("*.py"))
        if "migrations" not in path.parts
        and not str(path.relative_to(ROOT)).startswith(LONG_MODULES_ALLOWED)
        and (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    ]
    assert not long, "Split these modules into a package (ARCHITECTURE.md):\n" + "\n".join(long)
