"""Calendar downloads: a meeting's .ics (logged in) and a council's feed (secret key in the address, no log-in)."""

from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.text import slugify
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from councils.models import Council
from notifications.models import Preference
from notifications.services import user_language

from .calendar import council_feed_ics, meeting_ics
from .models import Meeting

CONTENT_TYPE = "text/calendar; charset=utf-8"


@require_GET
def meeting_calendar(request, pk: int):
    """One meeting as an .ics file, in the page's language."""
    if not request.user.has_perm("meetings.view_meeting"):
        raise PermissionDenied
    meeting = get_object_or_404(Meeting.objects.select_related("council"), pk=pk)
    language = translation.get_language()
    response = HttpResponse(meeting_ics(meeting=meeting, language=language), content_type=CONTENT_TYPE)
    name = slugify(f"{meeting.council.acronym} {meeting.date.isoformat()}") or "meeting"
    response["Content-Disposition"] = f'attachment; filename="{name}-{language}.ics"'
    return response


@login_not_required
@never_cache
@require_GET
def council_feed(request, code: str, token: str):
    """A council's meetings as a feed for calendar applications; the key in the address stands for the user.

    An unknown key, or a key whose user no longer has a portal role, answers 404 (nothing tells a key exists).
    """
    preference = Preference.objects.select_related("user").filter(calendar_token=token).first()
    if preference is None or not preference.user.is_active or not preference.user.has_perm("meetings.view_meeting"):
        raise Http404
    council = get_object_or_404(Council, code=code)
    body = council_feed_ics(council=council, language=user_language(preference.user))
    response = HttpResponse(body, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{council.code}.ics"'
    return response
