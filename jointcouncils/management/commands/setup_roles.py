"""Create the four role groups and give them their model permissions; safe to run any number of times."""

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import transaction

# The apps whose records the secretariat keeps (meetings when it is installed).
RECORD_APPS = ("councils", "workinggroups", "priorities", "logicmodel", "meetings")
# Unlocking an account that django-axes locked is secretariat work (the locked-out page says so).
AXES_UNLOCK_PERMISSIONS = ("view_accessattempt", "delete_accessattempt", "view_accessfailurelog", "view_accesslog")


def _is_historical(model) -> bool:
    """django-simple-history's historical models carry the model they record as `instance_type`."""
    return hasattr(model, "instance_type")


def _model_permissions(app_label: str, *, historical_actions=("view",)) -> list[Permission]:
    """Every permission of the app's models; only `historical_actions` on historical models."""
    try:
        config = apps.get_app_config(app_label)
    except LookupError:
        return []
    # Permissions are made by post_migrate; make sure they exist even before the first migrate signal.
    create_permissions(config, verbosity=0)
    wanted = []
    for model in config.get_models():
        actions = historical_actions if _is_historical(model) else model._meta.default_permissions
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        wanted.append((content_type.pk, [f"{action}_{model._meta.model_name}" for action in actions]))
    permissions = []
    for content_type_id, codenames in wanted:
        permissions.extend(Permission.objects.filter(content_type_id=content_type_id, codename__in=codenames))
    return permissions


def _axes_permissions() -> list[Permission]:
    return list(Permission.objects.filter(content_type__app_label="axes", codename__in=AXES_UNLOCK_PERMISSIONS))


def roles_setup() -> dict[str, int]:
    """Create the role groups and set their permissions; mark secretariat and admin members as staff.

    Returns the number of permissions of each group. Co-chairs and council members get no model
    permission: what they may read and edit comes from the rules predicates, object by object.
    """
    with transaction.atomic():
        records = [perm for label in RECORD_APPS for perm in _model_permissions(label)]
        accounts = _model_permissions("auth", historical_actions=()) + _model_permissions("axes", historical_actions=())
        grants = {
            settings.ROLE_SECRETARIAT: records + _axes_permissions(),
            settings.ROLE_ADMIN: records + accounts,
            settings.ROLE_COCHAIR: [],
            settings.ROLE_COUNCIL_MEMBER: [],
        }
        counts = {}
        for name, permissions in grants.items():
            group, _created = Group.objects.get_or_create(name=name)
            group.permissions.set(permissions)
            counts[name] = len(set(permissions))
        # Staff status opens the admin; only the secretariat and admins have it from their role.
        for user in (
            get_user_model()
            .objects.filter(groups__name__in=[settings.ROLE_SECRETARIAT, settings.ROLE_ADMIN], is_staff=False)
            .distinct()
        ):
            user.is_staff = True
            user.save(update_fields=["is_staff"])
    return counts


class Command(BaseCommand):
    help = 'Create the groups "secretariat", "co-chair", "council member" and "admin" and set their permissions (idempotent).'

    def handle(self, *args, **options):
        counts = roles_setup()
        for name, count in counts.items():
            self.stdout.write(f"{name}: {count} permissions")
        self.stdout.write(self.style.SUCCESS("Roles are set up."))
