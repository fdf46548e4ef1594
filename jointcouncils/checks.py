"""System checks: a deployment without compiled translations fails loudly instead of serving English to French readers."""

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, register


@register()
def compiled_translations(app_configs=None, **kwargs) -> list[Error]:
    """An error for each locale whose django.mo is missing or older than its django.po."""
    errors = []
    for root in settings.LOCALE_PATHS:
        for po in sorted(Path(root).glob("*/LC_MESSAGES/django.po")):
            mo = po.with_suffix(".mo")
            if not mo.exists():
                problem = "is missing"
            elif mo.stat().st_mtime < po.stat().st_mtime:
                problem = "is older than its django.po"
            else:
                continue
            errors.append(
                Error(
                    f"The compiled translations {mo} {problem}: pages and reports in that language would show English.",
                    hint="Run `python manage.py compilemessages --ignore=.venv` (make messages) before starting.",
                    id="jointcouncils.E001",
                )
            )
    return errors
