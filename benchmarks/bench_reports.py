"""Benchmark: build the September 2020 Joint Councils briefing pack, in English and French, at 1x and 10x data.

    .venv/bin/python benchmarks/bench_reports.py [--database-url postgres://postgres@127.0.0.1:5432/jc_bench]
                                                 [--runs 3] [--json results.json]

What it does, each step in a fresh Python process so that one measurement's memory never counts in another's:
1. Creates two throwaway PostgreSQL databases next to the one named (jc_bench and jc_bench_x10: dropped first if they
   exist), migrates them and loads the real record (load_joint_councils, which loads the 2015-2020 meetings too;
   seed.loader.load_meetings is called if it did not).
2. In jc_bench_x10 only: multiplies the data the pack is made of by ten (see scale_up below).
3. For each database and language, `--runs` times: asks for the pack (reportbuild_request(enqueue=False): parity
   check, data snapshot, digest) and runs it (reportbuild_run: template, WeasyPrint, pypdf, atomic write), timing
   WeasyPrint's own work (HTML(...), .render and .write_pdf: reports.rendering.render_pdf, is
   wrapped) apart from the rest, and reading the process's peak RSS (getrusage ru_maxrss) at the end. Before the
   clock starts, the process is in the state of a worker that has done one job: Django, the URLconf, WeasyPrint and
   its fonts are loaded (a one-page warm-up render).
4. Prints a Markdown table (medians of the runs) for BENCHMARKS.md and, with --json, every run.

No Redis: builds run in-process, as the worker's task does (the task only calls reportbuild_run). Files go to a
temporary MEDIA_ROOT that is removed afterwards.
"""

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parent.parent
MEETING_DAY = "2020-09-22"
DATASETS = {"real": "", "x10": "_x10"}
SCALE = 10


# ---------------------------------------------------------------------------------------------------------------------
# Child side: runs inside Django
# ---------------------------------------------------------------------------------------------------------------------


def _django(database_url: str, media_root: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ["MEDIA_ROOT"] = media_root
    os.environ.pop("REDIS_URL", None)  # in-process builds
    os.environ["DEBUG"] = "0"  # no query log in memory
    os.environ["DJANGO_SETTINGS_MODULE"] = "jointcouncils.settings.dev"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def target_meeting():
    """The JC meeting of 22 September 2020, or the newest JC meeting if it is not in the record."""
    import datetime

    from django.utils import timezone

    from meetings.models import Meeting

    day = datetime.date.fromisoformat(MEETING_DAY)
    jc = Meeting.objects.filter(council__code="jc").order_by("-start")
    for meeting in jc:
        if timezone.localtime(meeting.start).date() == day:
            return meeting, True
    return jc.first(), False


def child_load(args) -> dict:
    _django(args.database_url, args.media_root)
    from django.core.management import call_command

    from meetings.models import Meeting

    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_joint_councils", verbosity=0)
    if not Meeting.objects.exists():
        try:
            from seed.loader import load_meetings
        except ImportError:
            load_meetings = None
        if load_meetings is not None:
            load_meetings(verbosity=0)
    added = scale_up(SCALE) if args.dataset == "x10" else {}
    meeting, exact = target_meeting()
    return {"meeting": meeting.pk if meeting else None, "exact": exact, "added": added, **volume(meeting)}


def volume(meeting) -> dict:
    """What the pack of this meeting is made of, counted."""
    from meetings.models import ActionItem, AgendaItem
    from reports.content.briefing_pack import groups_for
    from workinggroups.models import StatusUpdate

    if meeting is None:
        return {}
    groups = groups_for(meeting)
    return {
        "groups": len(groups),
        "approved_updates": StatusUpdate.objects.approved().filter(working_group__in=groups).count(),
        "agenda_items": AgendaItem.objects.filter(meeting=meeting).count(),
        "action_items": meeting.carried_forward_action_items().count() + ActionItem.objects.filter(meeting=meeting).count(),
    }


def scale_up(factor: int) -> dict:
    """Ten times the data of the pack, by cloning the real records (factor - 1) times with a numbered suffix.

    Cloned: every working group (with its reporting lines, co-chair seats and terms, alignments, milestones and
    status updates, so the status table, the updates, the logic-model and participation annexes grow), the target
    meeting's agenda items (same texts, numbered), its previous meeting's decisions, and the JC action items open at
    the meeting (carried forward). Texts keep the real lengths; saves go through the ORM (history rows included).
    """
    from django.db import transaction

    from logicmodel.models import Alignment
    from meetings.models import ActionItem, AgendaItem, Decision
    from workinggroups.models import CochairSeat, Milestone, ReportingLine, StatusUpdate, WorkingGroup

    meeting, _exact = target_meeting()
    counts = dict.fromkeys(["groups", "agenda_items", "decisions", "action_items"], 0)

    def clone(instance, **changes):
        instance.pk = None
        instance.id = None
        instance._state.adding = True
        for name, value in changes.items():
            setattr(instance, name, value)
        instance.save()
        return instance

    def suffixed(instance, field: str, copy: int) -> dict:
        return {
            f"{field}_{lang}": f"{getattr(instance, f'{field}_{lang}')} ({copy})" if getattr(instance, f"{field}_{lang}") else ""
            for lang in ("en", "fr")
        }

    with transaction.atomic():
        real_groups = list(WorkingGroup.objects.all())
        for copy in range(2, factor + 1):
            for group in real_groups:
                source = WorkingGroup.objects.get(pk=group.pk)
                lines = list(ReportingLine.objects.filter(working_group=source))
                seats = list(CochairSeat.objects.filter(working_group=source).prefetch_related("terms"))
                alignments = list(Alignment.objects.filter(working_group=source))
                milestones = list(Milestone.objects.filter(working_group=source).order_by("pk"))
                updates = list(StatusUpdate.objects.filter(working_group=source))
                new = clone(
                    source,
                    slug=f"{group.slug}-x{copy}"[:50],
                    **suffixed(source, "name", copy),
                    **suffixed(source, "acronym", copy),
                )
                counts["groups"] += 1
                for line in lines:
                    clone(line, working_group=new)
                for seat in seats:
                    terms = list(seat.terms.all())
                    new_seat = clone(seat, working_group=new)
                    for term in terms:
                        clone(term, seat=new_seat)
                for alignment in alignments:
                    clone(alignment, working_group=new)
                depends = {m.pk: m.depends_on_id for m in milestones}
                copies = {}
                for milestone in milestones:
                    old = milestone.pk
                    copies[old] = clone(milestone, working_group=new, depends_on=None)
                for old, new_milestone in copies.items():
                    if depends[old] in copies:
                        new_milestone.depends_on = copies[depends[old]]
                        new_milestone.save(update_fields=["depends_on"])
                for update in updates:
                    clone(update, working_group=new)
        if meeting is not None:
            items = list(AgendaItem.objects.filter(meeting=meeting).order_by("order", "pk").prefetch_related("priorities"))
            top = max((item.order for item in items), default=0)
            previous = meeting.previous_meeting()
            decisions = list(Decision.objects.filter(meeting=previous)) if previous else []
            actions = list(meeting.carried_forward_action_items()) + list(ActionItem.objects.filter(meeting=meeting))
            for copy in range(2, factor + 1):
                for item in items:
                    priorities = list(item.priorities.all())
                    new_item = clone(
                        AgendaItem.objects.get(pk=item.pk),
                        order=top * (copy - 1) + item.order,
                        **suffixed(item, "title", copy),
                    )
                    new_item.priorities.set(priorities)
                    counts["agenda_items"] += 1
                for decision in decisions:
                    clone(Decision.objects.get(pk=decision.pk), agenda_item=None, **suffixed(decision, "text", copy))
                    counts["decisions"] += 1
                for action in actions:
                    clone(ActionItem.objects.get(pk=action.pk), agenda_item=None, **suffixed(action, "description", copy))
                    counts["action_items"] += 1
        counts.update(updates_and_milestones())
    return counts


PARAGRAPH_EN = (
    "The group met four times since the last meeting and agreed its workplan with the member jurisdictions. "
    "A first deliverable was shared with the councils' members for comment, and their comments are being addressed. "
    "Two jurisdictions asked to join; the co-chairs will confirm their participation before the next meeting. "
)
PARAGRAPH_FR = (
    "Le groupe s'est réuni quatre fois depuis la dernière réunion et a convenu de son plan de travail avec les "
    "administrations membres. Un premier livrable a été transmis aux membres des conseils pour commentaires, qui "
    "sont en cours d'intégration. Deux administrations ont demandé à se joindre au groupe; les coprésidents "
    "confirmeront leur participation avant la prochaine réunion. "
)


def updates_and_milestones() -> dict:
    """The real record has no status update and no milestone yet: in the 10x set every group gets one of each.

    One approved update for the period before the meeting (reason for the RAG status, accomplishments, next steps,
    risks, asks: about 300 characters each, in both languages) and one open milestone, so that the pack's updates
    section and its status table carry text for every group.
    """
    import datetime

    from django.utils import timezone

    from workinggroups.models import Milestone, StatusUpdate, WorkingGroup

    counts = {"status_updates": 0, "milestones": 0}
    rags = [StatusUpdate.Rag.GREEN, StatusUpdate.Rag.AMBER, StatusUpdate.Rag.RED]
    approved_at = timezone.make_aware(datetime.datetime(2020, 9, 10, 12))
    for number, group in enumerate(WorkingGroup.objects.order_by("pk")):
        texts = {
            f"{field}_{lang}": paragraph
            for field in ("rag_rationale", "accomplishments", "next_steps", "risks_issues", "asks")
            for lang, paragraph in (("en", PARAGRAPH_EN), ("fr", PARAGRAPH_FR))
        }
        StatusUpdate.objects.create(
            working_group=group,
            period_label_en="JC, September 2020",
            period_label_fr="CM, septembre 2020",
            period_start=datetime.date(2020, 3, 1),
            period_end=datetime.date(2020, 9, 1),
            rag=rags[number % 3],
            state=StatusUpdate.State.APPROVED,
            approved_at=approved_at,
            **texts,
        )
        Milestone.objects.create(
            working_group=group,
            title_en="Report to the councils on the pilot",
            title_fr="Rapport aux conseils sur le projet pilote",
            due_date=datetime.date(2021, 2, 1),
        )
        counts["status_updates"] += 1
        counts["milestones"] += 1
    return counts


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--no-pdf-header-footer",
]
_last_html: list[str] = []


def keep_html(function):
    """Keep the HTML WeasyPrint is given, so that Chromium prints the very same document."""

    def wrapper(html, *a, **k):
        _last_html[:] = [html]
        return function(html, *a, **k)

    return wrapper


def chromium_print(html: str, workdir: str) -> dict:
    """Time `chromium --headless --print-to-pdf` of the HTML WeasyPrint was given (a fresh browser process, as a
    print job would start one; a temporary profile). The portal's own URLs (portal-static:, portal-media:) are
    rewritten to the files they name, so Chromium loads the same style sheet, fonts and images."""
    import re

    from reports.rendering import _resolve

    def local(match):
        return _resolve(match.group(0)).resolve().as_uri()

    source = Path(workdir) / "pack.html"
    source.write_text(re.sub(r"portal-(?:static|media):[^\"'\s)]+", local, html), encoding="utf-8")
    target = Path(workdir) / "pack-chromium.pdf"
    with tempfile.TemporaryDirectory(prefix="jc-bench-chromium-") as profile:
        command = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={target}", source.as_uri()]
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, timeout=600)  # noqa: S603
        elapsed = time.perf_counter() - started
    size = target.stat().st_size
    return {"chromium_s": elapsed, "chromium_pdf_bytes": size}


def child_measure(args) -> dict:
    _django(args.database_url, args.media_root)
    # What a worker has loaded before its first job: Django, the apps, WeasyPrint and pypdf.
    import pypdf  # noqa: F401
    import weasyprint
    from django.urls import reverse
    from weasyprint.document import Document

    import reports.content  # noqa: F401
    import reports.merge
    import reports.rendering
    import reports.services as services
    from reports.models import ReportBuild

    reverse("home")  # the URLconf, which the web process that takes the request has loaded long ago
    reports.rendering.render_pdf('<html lang="en"><title>warm-up</title><p>Warm-up</p></html>', identifier_seed="warm-up")
    meeting, exact = target_meeting()
    timings = {"weasyprint": 0.0, "weasyprint_render": 0.0, "weasyprint_write_pdf": 0.0, "template": 0.0, "merge": 0.0}

    cpu_timings = dict.fromkeys(timings, 0.0)

    def timed(name, function):
        def wrapper(*a, **k):
            started, cpu_started = time.perf_counter(), time.process_time()
            try:
                return function(*a, **k)
            finally:
                timings[name] += time.perf_counter() - started
                cpu_timings[name] += time.process_time() - cpu_started

        return wrapper

    # WeasyPrint's whole job: parse the HTML and CSS (HTML(...)), lay out (render), write the PDF (write_pdf).
    services.render_pdf = timed("weasyprint", keep_html(services.render_pdf))
    weasyprint.HTML.render = timed("weasyprint_render", weasyprint.HTML.render)
    Document.write_pdf = timed("weasyprint_write_pdf", Document.write_pdf)
    services.render_html = timed("template", services.render_html)
    reports.merge.merge_attachments = timed("merge", reports.merge.merge_attachments)
    baseline_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    def one_build() -> dict:
        ReportBuild.objects.filter(meeting=meeting).delete()  # or the request would return the last build
        for name in timings:
            timings[name] = cpu_timings[name] = 0.0
        cpu_before = time.process_time()
        started = time.perf_counter()
        build = services.reportbuild_request(kind="briefing_pack", target=meeting, language=args.language, by=None, enqueue=False)
        asked = time.perf_counter()
        build = services.reportbuild_run(build_id=build.pk)
        finished = time.perf_counter()
        cpu = time.process_time() - cpu_before
        if build.status != ReportBuild.Status.DONE:
            raise SystemExit(f"build failed: {build.error}")
        total = finished - started
        inside = timings["weasyprint"]
        return {
            "pages": build.page_count,
            "size_bytes": build.size,
            "request_s": asked - started,
            "run_s": finished - asked,
            "total_s": total,
            "cpu_s": cpu,
            "inside_weasyprint_s": inside,
            "outside_weasyprint_s": total - inside,
            "outside_share": (total - inside) / total,
            # The same split in CPU time, which other work on the machine does not inflate.
            "inside_weasyprint_cpu_s": cpu_timings["weasyprint"],
            "outside_cpu_share": (cpu - cpu_timings["weasyprint"]) / cpu,
            **{f"{name}_s": value for name, value in timings.items()},
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }

    # The first build of a fresh process (a worker's first job: templates and queries not compiled yet), then the
    # same build again in the same process (any later job); the peak RSS of the first is the one that counts.
    first = one_build()
    html = _last_html[0]
    again = one_build() if args.again else {}
    # Chromium prints the same HTML, timed in the same run (after a warm-up print that fills the disk cache).
    with tempfile.TemporaryDirectory(prefix="jc-bench-html-") as workdir:
        chromium_print("<html><p>warm-up</p></html>", workdir)
        chromium = chromium_print(html, workdir)
    first.update(chromium)
    first["build_over_chromium"] = first["total_s"] / chromium["chromium_s"]
    first["weasyprint_over_chromium"] = first["inside_weasyprint_s"] / chromium["chromium_s"]
    return {
        "meeting": meeting.pk,
        "exact_meeting": exact,
        "language": args.language,
        "rss_before_build_mb": baseline_rss / 1024,
        **first,
        **{f"again_{key}": value for key, value in again.items()},
    }


# ---------------------------------------------------------------------------------------------------------------------
# Parent side: databases, subprocesses, table
# ---------------------------------------------------------------------------------------------------------------------


def _database_url(base: str, suffix: str) -> str:
    parsed = urlparse(base)
    return urlunparse(parsed._replace(path=parsed.path + suffix))


def _recreate_database(url: str) -> None:
    import psycopg

    parsed = urlparse(url)
    name = parsed.path.lstrip("/")
    admin = urlunparse(parsed._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def _child(step: str, database_url: str, media_root: str, **options) -> dict:
    command = [sys.executable, __file__, step, "--database-url", database_url, "--media-root", media_root]
    for key, value in options.items():
        command += [f"--{key.replace('_', '-')}", str(value)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def machine() -> dict:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory_kb = next(
        int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")
    )
    import weasyprint

    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "memory_gib": round(memory_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "weasyprint": weasyprint.__version__,
        # Other work on the machine slows every figure down: the load average says how much there was.
        "load_average_at_start": os.getloadavg(),
    }


def parent(args) -> None:
    results = {"machine": machine(), "datasets": {}, "runs": []}
    with tempfile.TemporaryDirectory(prefix="jc-bench-media-") as media_root:
        for dataset, suffix in DATASETS.items():
            url = _database_url(args.database_url, suffix)
            print(f"[{dataset}] preparing {urlparse(url).path.lstrip('/')} ...", file=sys.stderr)
            _recreate_database(url)
            started = time.perf_counter()
            loaded = _child("load", url, media_root, dataset=dataset)
            loaded["load_s"] = time.perf_counter() - started
            results["datasets"][dataset] = loaded
            print(f"[{dataset}] {loaded}", file=sys.stderr)
            for language in ("en", "fr"):
                for run in range(1, args.runs + 1):
                    measured = _child("measure", url, media_root, language=language, again=args.again)
                    measured.update(dataset=dataset, run=run)
                    results["runs"].append(measured)
                    print(
                        f"[{dataset} {language} #{run}] {measured['total_s']:.2f} s, {measured['pages']} pages, "
                        f"{measured['peak_rss_mb']:.0f} MB, outside WeasyPrint {measured['outside_share']:.0%} "
                        f"(CPU time: {measured['outside_cpu_share']:.0%}); Chromium {measured['chromium_s']:.2f} s, "
                        f"build/Chromium {measured['build_over_chromium']:.2f}",
                        file=sys.stderr,
                    )
    results["machine"]["load_average_at_end"] = os.getloadavg()
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    print(json.dumps(results["machine"]), file=sys.stderr)
    print(table(results))


def table(results: dict) -> str:
    rows = [
        "| Data | Language | Pages | Total (s) | Ask: parity + snapshot (s) | Run (s) | Inside WeasyPrint (s) "
        "| Outside WeasyPrint | Outside WeasyPrint, CPU time | Peak RSS (MB) "
        "| Again in the same process: total (s), outside WeasyPrint | Chromium print (s) "
        "| Build / Chromium | WeasyPrint / Chromium |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for dataset in results["datasets"]:
        for language in ("en", "fr"):
            runs = [r for r in results["runs"] if r["dataset"] == dataset and r["language"] == language]
            if not runs:
                continue

            def median(key, runs=runs):
                values = [r[key] for r in runs if key in r]
                return statistics.median(values) if values else float("nan")

            label = "real (1x)" if dataset == "real" else "10x"
            rows.append(
                f"| {label} | {language} | {runs[0]['pages']} | {median('total_s'):.2f} | {median('request_s'):.2f} "
                f"| {median('run_s'):.2f} | {median('inside_weasyprint_s'):.2f} "
                f"| {median('outside_weasyprint_s'):.2f} s ({median('outside_share'):.0%}) "
                f"| {median('cpu_s') - median('inside_weasyprint_cpu_s'):.2f} s of {median('cpu_s'):.2f} s "
                f"({median('outside_cpu_share'):.0%}) | {median('peak_rss_mb'):.0f} "
                f"| {median('again_total_s'):.2f}, {median('again_outside_weasyprint_s'):.2f} s "
                f"({median('again_outside_share'):.0%}) | {median('chromium_s'):.2f} "
                f"| {median('build_over_chromium'):.2f} | {median('weasyprint_over_chromium'):.2f} |"
            )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", nargs="?", default="all", choices=["all", "load", "measure"])
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/jc_bench")
    parser.add_argument("--media-root", default="")
    parser.add_argument("--dataset", choices=sorted(DATASETS), default="real")
    parser.add_argument("--language", choices=["en", "fr"], default="en")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--again", type=int, default=1, help="Also time a second build in the same process (1) or not (0).")
    parser.add_argument("--json", default="", help="Write every run's figures to this file.")
    args = parser.parse_args()
    if args.step == "all":
        parent(args)
    elif args.step == "load":
        print(json.dumps(child_load(args)))
    else:
        print(json.dumps(child_measure(args)))


if __name__ == "__main__":
    main()
