"""`manage.py load_joint_councils`: load the real record of the Joint Councils (seed.data, through seed.loader), idempotently."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from seed.loader import CREATED, UNCHANGED, UPDATED, Loader, RegistryDataMissing


class Command(BaseCommand):
    help = "Load the real record of the Joint Councils (councils, groups, seats, priorities, logic model) in English and French."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-update",
            action="store_true",
            help="Only create what is missing; leave existing rows (and edits made in the portal) as they are.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Report what would change, then roll everything back.")

    def handle(self, *args, no_update: bool = False, dry_run: bool = False, verbosity: int = 1, **options):
        log = self.stdout.write if verbosity >= 2 else None
        loader = Loader(update=not no_update, log=log)
        with transaction.atomic():
            loader.run()
            # The meetings of 2015-2020 refer to the councils, groups and priorities loaded just above.
            try:
                loader.load_meetings()
            except RegistryDataMissing as exc:
                raise CommandError(str(exc)) from exc
            if dry_run:
                transaction.set_rollback(True)
        if verbosity >= 1:
            self._summary(loader, dry_run=dry_run)

    def _summary(self, loader: Loader, *, dry_run: bool) -> None:
        width = max(len(label) for label in loader.tally)
        for label, counts in loader.tally.items():
            self.stdout.write(
                f"{label:<{width}}  created {counts[CREATED]:>3}  updated {counts[UPDATED]:>3}  unchanged {counts[UNCHANGED]:>3}"
            )
        created = sum(counts[CREATED] for counts in loader.tally.values())
        updated = sum(counts[UPDATED] for counts in loader.tally.values())
        if dry_run:
            self.stdout.write(self.style.WARNING(f"Dry run: {created} created, {updated} updated; rolled back, nothing saved."))
        elif created or updated:
            self.stdout.write(self.style.SUCCESS(f"Joint Councils data loaded: {created} created, {updated} updated."))
        else:
            self.stdout.write(self.style.SUCCESS("Joint Councils data already up to date: nothing changed."))
