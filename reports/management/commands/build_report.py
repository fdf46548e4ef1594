"""Build a report synchronously, for operations and scripts.

python manage.py build_report briefing-pack --meeting ID --language fr --output pack.pdf
python manage.py build_report wg-status --group ID|SLUG --language en --output wg.pdf
python manage.py build_report priority-status --priority ID|SLUG ...
python manage.py build_report orientation --group ID|SLUG ...
python manage.py build_report deck --meeting ID --language en --output deck.pdf
python manage.py build_report ballot-record --ballot ID ... (a closed ballot)
python manage.py build_report strategic-plan --period 2020-2023 --language fr --output plan.pdf [--format docx]
"""

import shutil

from django.core.management.base import BaseCommand, CommandError

from consultations.models import PlanPeriod
from meetings.models import Meeting
from priorities.models import Priority
from reports.models import ReportBuild
from reports.services import ParityError, reportbuild_request, reportbuild_run
from voting.models import Ballot
from workinggroups.models import WorkingGroup

KINDS = {
    "briefing-pack": ("briefing_pack", "meeting"),
    "wg-status": ("wg_status", "group"),
    "priority-status": ("priority_status", "priority"),
    "orientation": ("orientation", "group"),
    "deck": ("deck", "meeting"),
    "ballot-record": ("ballot_record", "ballot"),
    "strategic-plan": ("strategic_plan", "period"),
}


def _get(model, value: str):
    lookup = {"pk": int(value)} if value.isdigit() else {"slug": value}
    try:
        return model.objects.get(**lookup)
    except model.DoesNotExist as exc:
        raise CommandError(f"No {model._meta.verbose_name} {value!r}.") from exc


class Command(BaseCommand):
    help = "Build a briefing pack, deck or status report now (no job queue) and write the PDF."

    def add_arguments(self, parser):
        parser.add_argument("report", choices=sorted(KINDS))
        parser.add_argument("--meeting")
        parser.add_argument("--group")
        parser.add_argument("--priority")
        parser.add_argument("--ballot")
        parser.add_argument("--period", help="A strategic plan period, e.g. 2020-2023.")
        parser.add_argument("--language", choices=["en", "fr"], required=True)
        parser.add_argument("--output", required=True, help="Where to write the file.")
        parser.add_argument(
            "--format", choices=["pdf", "docx"], default="pdf", help="docx: the Word edition (reports that have one)."
        )
        parser.add_argument("--build-anyway", action="store_true", help="Build a DRAFT even if some text is missing.")

    def handle(self, *args, report, language, output, build_anyway, format, **options):  # noqa: A002 - the option's name
        kind, target_option = KINDS[report]
        value = options.get(target_option)
        if not value:
            raise CommandError(f"{report} needs --{target_option}.")
        model = {"meeting": Meeting, "group": WorkingGroup, "priority": Priority, "ballot": Ballot, "period": PlanPeriod}[
            target_option
        ]
        if model is PlanPeriod:
            target = PlanPeriod.objects.filter(slug=value).first()
            if target is None:
                raise CommandError(f"No strategic plan period {value!r}.")
        elif model in (Meeting, Ballot):
            if not value.isdigit():
                raise CommandError(f"--{target_option} takes a {model._meta.model_name} id.")
            target = _get(model, value)
        else:
            target = _get(model, value)
        try:
            if kind == "deck":
                # The deck points to pages of the pack built from the same data: build the pack first.
                pack = reportbuild_request(
                    kind="briefing_pack", target=target, language=language, by=None, build_anyway=build_anyway, enqueue=False
                )
                if pack.status != ReportBuild.Status.DONE:
                    reportbuild_run(build_id=pack.pk)
            build = reportbuild_request(
                kind=kind, target=target, language=language, by=None, build_anyway=build_anyway, enqueue=False
            )
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        except ParityError as exc:
            lines = [f"  - {m.record}: {m.field} ({m.language}) {m.url}" for m in exc.missing]
            raise CommandError(
                "Some text is missing in one language; fix it or use --build-anyway (DRAFT):\n" + "\n".join(lines)
            ) from exc
        if build.status != ReportBuild.Status.DONE:
            build = reportbuild_run(build_id=build.pk)
        if format == "docx":
            if not build.docx_file:
                raise CommandError(f"{report} has no Word edition.")
            with build.docx_file.open("rb") as source, open(output, "wb") as target_file:
                shutil.copyfileobj(source, target_file)
            self.stdout.write(f"{output}: sha256 {build.docx_sha256}" + (" (DRAFT)" if build.draft else ""))
            return
        with build.file.open("rb") as source, open(output, "wb") as target_file:
            shutil.copyfileobj(source, target_file)
        self.stdout.write(f"{output}: {build.page_count} pages, sha256 {build.sha256}" + (" (DRAFT)" if build.draft else ""))
