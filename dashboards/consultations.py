"""A repeated consultation beside its previous run: each scale question's mean, distribution and change, as SVG
charts with their table, like the other dashboards."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from consultations.models import Consultation
from consultations.selectors import scale_comparison
from jointcouncils import charts

from .charts import inline_chart


def consultation_compare(request, slug: str):
    """Scale questions of a run compared with the previous run."""
    if not request.user.has_perm("consultations.view_consultation"):
        raise PermissionDenied
    consultation = get_object_or_404(Consultation.objects.select_related("previous"), slug=slug)
    rows = scale_comparison(consultation, get_language()[:2])
    previous = consultation.previous
    for index, row in enumerate(rows):
        bars = []
        for point in range(1, 6):
            if previous is not None:
                bars.append(
                    (
                        _("%(point)d – %(run)s") % {"point": point, "run": previous.period_display},
                        row["previous_distribution"][point - 1],
                    )
                )
            bars.append(
                (_("%(point)d – %(run)s") % {"point": point, "run": consultation.period_display}, row["distribution"][point - 1])
            )
        row["chart"] = inline_chart(
            charts.horizontal_bar_chart(
                title=_("Answers on the 1–5 scale: %(question)s") % {"question": row["question"]},
                description=", ".join(f"{label}: {value}" for label, value in bars),
                rows=bars,
            ),
            key=f"scale-{index}",
        )
    return render(
        request, "dashboards/consultation_compare.html", {"consultation": consultation, "rows": rows, "nav": "dashboards"}
    )
