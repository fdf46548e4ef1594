"""`make run` on a bare machine: SQLite and in-process jobs. The real record loads, and every main page answers for
each demo persona (PostgreSQL-only SQL, such as DISTINCT ON or ORDER BY inside a UNION, would fail here)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PAGES = """
from django.test import Client
from django.contrib.auth import get_user_model
from meetings.models import Meeting
from workinggroups.models import WorkingGroup

meeting = Meeting.objects.order_by("-start").first()
group = WorkingGroup.objects.order_by("slug").first()
urls = [
    "/en/", "/fr/", "/en/dashboard/", "/fr/dashboard/", "/en/working-groups/", f"/en/working-groups/{group.slug}/",
    f"/fr/meetings/{meeting.pk}/", "/en/logic-model/", "/fr/search/?q=identite", "/en/councils/jc/",
    "/en/dashboard/mine/", "/en/dashboard/participation/", "/en/priorities/", "/en/ballots/",
]
bad = []
for username in ("staff", "cochair", "member"):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    for url in urls:
        status = client.get(url, HTTP_HOST="127.0.0.1").status_code
        if status != 200:
            bad.append(f"{username} {url} {status}")
print("BAD:" + "|".join(bad))
"""


def test_make_runs_sqlite_setup_loads_the_record_and_serves_the_main_pages(tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}", DJANGO_SETTINGS_MODULE="jointcouncils.settings.dev")
    env["MEDIA_ROOT"] = str(tmp_path / "media")

    def manage(*args, stdin=None):
        result = subprocess.run(  # noqa: S603 - a fixed command line
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, input=stdin, capture_output=True, text=True, timeout=600
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        return result.stdout

    manage("migrate", "--noinput", "-v0")
    manage("load_joint_councils", "--no-update")
    manage("create_demo_accounts")
    out = manage("shell", stdin=PAGES)
    assert "BAD:" in out.splitlines(), out[-3000:]
