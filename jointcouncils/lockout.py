"""django-axes with a limit of its own for each lock-out parameter set (AXES_HANDLER).

axes compares the largest count among AXES_LOCKOUT_PARAMETERS with one AXES_FAILURE_LIMIT. The portal wants a
low limit for one username from one address, a higher one for an address across usernames (password spraying)
and for a username across addresses (a distributed attack on one account): see settings, "django-axes".
"""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_failure_limit, get_lockout_parameters
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum


def parameter_limit(parameters) -> int | None:
    """The failure limit of one lock-out parameter set; None for the pair (AXES_FAILURE_LIMIT applies)."""
    names = (parameters,) if isinstance(parameters, str) else tuple(parameters)
    if names == ("ip_address",):
        return settings.AXES_ADDRESS_FAILURE_LIMIT
    if names == ("username",):
        return settings.AXES_USERNAME_FAILURE_LIMIT
    return None


class PerParameterLimitHandler(AxesDatabaseHandler):
    """axes' database handler; each parameter set is compared with its own limit."""

    def get_failures(self, request, credentials=None) -> int:
        """The failures of the parameter sets, scaled so that AXES_FAILURE_LIMIT means "one set reached its limit"."""
        limit = get_failure_limit(request, credentials)
        parameters = get_lockout_parameters(request, credentials)
        worst = 0
        for names, attempts in zip(parameters, self.get_user_attempts(request, credentials), strict=True):
            count = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            own = parameter_limit(names) or limit
            worst = max(worst, limit if count >= own else min(count * limit // own, limit - 1))
        return worst

    def reset_user_attempts(self, request, credentials=None) -> int:
        """A successful log-in clears that username's failures from that address only.

        axes would also clear the address's failures for every other username (so a sprayer with an account of
        their own could reset the address count) and the username's failures from every address.
        """
        count, _ = AccessAttempt.objects.filter(
            username=get_client_username(request, credentials), ip_address=request.axes_ip_address
        ).delete()
        return count
