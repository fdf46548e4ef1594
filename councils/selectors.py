"""Reads of councils, people and organisations for the portal's pages, each in a fixed number of queries."""

import unicodedata

from django.db.models import Count, Prefetch, Q, QuerySet
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from jointcouncils.models import current_q, related_model

from .glossary import TERMS, GlossaryEntry
from .models import Council, CouncilMembership, Organisation, Person

# Working groups and priorities sit on higher floors: their rows are read through the relations they declare on
# this app's models, never by importing them.
CochairTerm = related_model(Person, "cochair_terms")
WorkingGroupMember = related_model(Person, "group_memberships")
Priority = related_model(Council, "priorities")
WorkingGroup = related_model(related_model(Council, "reporting_lines"), "working_group")


def seat_organisation(seat) -> Organisation | None:
    """The organisation a council seat or co-chair term speaks for: on behalf of, else the person's."""
    if seat.on_behalf_of_id:
        return seat.on_behalf_of
    person = getattr(seat, "person", None)
    if person is not None and person.organisation_id:
        return person.organisation
    return getattr(seat, "organisation", None)


# Councils ------------------------------------------------------------------------------------------


def council_list() -> QuerySet[Council]:
    """The councils, with their constituent councils and today's member and reporting-group counts."""
    return (
        Council.objects.annotate(
            member_count=Count(
                "memberships__person",
                filter=current_q("memberships") & ~Q(memberships__role=CouncilMembership.Role.OBSERVER),
                distinct=True,
            ),
            group_count=Count("reporting_lines__working_group", filter=current_q("reporting_lines"), distinct=True),
        )
        .prefetch_related("constituent_councils", "joint_bodies")
        .order_by("code")
    )


def council_memberships(council: Council) -> dict[str, list[CouncilMembership]]:
    """The council's seats split into current (including those starting later) and past, co-chairs first."""
    today = timezone.localdate()
    memberships = (
        council.memberships.select_related("person__organisation__jurisdiction", "on_behalf_of__jurisdiction")
        .order_by("role", "person__family_name", "person__given_name", "-start_date")
        .all()
    )
    split: dict[str, list[CouncilMembership]] = {"current": [], "past": []}
    for membership in memberships:
        membership.organisation = seat_organisation(membership)
        is_past = membership.end_date is not None and membership.end_date < today
        split["past" if is_past else "current"].append(membership)
    return split


def council_groups(council: Council) -> list[WorkingGroup]:
    """The groups reporting to the council today, with their seats and terms prefetched."""
    return list(WorkingGroup.objects.reporting_to(council).with_structure().order_by("name"))


def council_priorities(council: Council) -> QuerySet[Priority]:
    """The priorities and emerging themes the council owns."""
    return council.priorities.order_by("kind", "order", "name")


# People and organisations ----------------------------------------------------------------------------


def person_list() -> QuerySet[Person]:
    """People with their organisation and today's council seats and co-chair terms (fixed query count)."""
    return (
        Person.objects.select_related("organisation__jurisdiction")
        .prefetch_related(
            Prefetch(
                "council_memberships",
                queryset=CouncilMembership.objects.filter(current_q()).select_related("council").order_by("council__code"),
                to_attr="current_council_seats",
            ),
            Prefetch(
                "cochair_terms",
                queryset=CochairTerm.objects.filter(current_q())
                .select_related("seat__working_group")
                .order_by("seat__working_group__name"),
                to_attr="current_cochair_terms",
            ),
        )
        .order_by("family_name", "given_name", "pk")
    )


def person_detail(pk: int) -> Person:
    """One person with everything the person page shows."""
    return (
        Person.objects.select_related("organisation__jurisdiction", "user")
        .prefetch_related(
            Prefetch(
                "council_memberships",
                queryset=CouncilMembership.objects.select_related("council", "on_behalf_of").order_by("-start_date"),
            ),
            Prefetch(
                "cochair_terms",
                queryset=CochairTerm.objects.select_related("seat__working_group", "on_behalf_of").order_by("-start_date"),
            ),
            Prefetch(
                "group_memberships",
                queryset=WorkingGroupMember.objects.select_related("working_group", "on_behalf_of").order_by("-start_date"),
            ),
            Prefetch("led_priorities", queryset=Priority.objects.select_related("council").order_by("name")),
        )
        .get(pk=pk)
    )


def organisation_load() -> list[Organisation]:
    """Organisations with today's council seats and co-chair seats they hold (the load), heaviest first.

    A seat counts for the organisation it is held on behalf of, else the holder's own organisation.
    """
    cochair_seats = dict(
        CochairTerm.objects.filter(current_q())
        .order_by()
        .annotate(org=Coalesce("on_behalf_of_id", "person__organisation_id", "organisation_id"))
        .values("org")
        .annotate(n=Count("id"))
        .values_list("org", "n")
    )
    council_seats = dict(
        CouncilMembership.objects.filter(current_q())
        .exclude(role=CouncilMembership.Role.OBSERVER)
        .order_by()
        .annotate(org=Coalesce("on_behalf_of_id", "person__organisation_id"))
        .values("org")
        .annotate(n=Count("id"))
        .values_list("org", "n")
    )
    organisations = list(Organisation.objects.select_related("jurisdiction").annotate(people_count=Count("people")))
    for organisation in organisations:
        organisation.cochair_seat_count = cochair_seats.get(organisation.pk, 0)
        organisation.council_seat_count = council_seats.get(organisation.pk, 0)
    organisations.sort(key=lambda o: (-o.cochair_seat_count, -o.council_seat_count, sort_key(o.name)))
    return organisations


# Glossary -------------------------------------------------------------------------------------------


def sort_key(text: str) -> str:
    """Case- and accent-insensitive sort key (É sorts with E)."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def glossary_entries(language: str | None = None) -> list[GlossaryEntry]:
    """Every acronym of the record (councils, organisations, groups, priorities) and the glossary's own terms.

    Sorted by the acronym of the language (the other language's acronym, then the name, when it has none).
    A fixed term whose English acronym a record already carries is left out: the record wins.
    """
    language = (language or get_language() or "en")[:2]
    entries: list[GlossaryEntry] = []
    for council in Council.objects.order_by("code"):
        entries.append(GlossaryEntry(council.acronym_en, council.name_en, council.acronym_fr, council.name_fr, _("council")))
    organisations = Organisation.objects.filter(Q(acronym_en__gt="") | Q(acronym_fr__gt="")).select_related("jurisdiction")
    for organisation in organisations:
        entries.append(
            GlossaryEntry(
                organisation.acronym_en,
                organisation.name_en,
                organisation.acronym_fr,
                organisation.name_fr,
                _("%(kind)s, %(jurisdiction)s")
                % {"kind": organisation.get_kind_display(), "jurisdiction": organisation.jurisdiction.name},
            )
        )
    for group in WorkingGroup.objects.filter(Q(acronym_en__gt="") | Q(acronym_fr__gt="")):
        entries.append(GlossaryEntry(group.acronym_en, group.name_en, group.acronym_fr, group.name_fr, group.get_kind_display()))
    for priority in Priority.objects.filter(Q(acronym_en__gt="") | Q(acronym_fr__gt="")).select_related("council"):
        entries.append(
            GlossaryEntry(
                priority.acronym_en,
                priority.name_en,
                priority.acronym_fr,
                priority.name_fr,
                _("%(kind)s of %(council)s") % {"kind": priority.get_kind_display(), "council": priority.council.acronym},
            )
        )
    known = {sort_key(entry.acronym_en) for entry in entries if entry.acronym_en}
    entries.extend(term for term in TERMS if sort_key(term.acronym_en) not in known)

    def key(entry: GlossaryEntry):
        own, other = (entry.acronym_fr, entry.acronym_en) if language == "fr" else (entry.acronym_en, entry.acronym_fr)
        name = entry.name_fr if language == "fr" else entry.name_en
        return (sort_key(own or other or name), sort_key(name))

    entries.sort(key=key)
    return entries


def glossary_letter(entry: GlossaryEntry, language: str) -> str:
    """The letter the entry is filed under in the language's sort order."""
    own, other = (entry.acronym_fr, entry.acronym_en) if language == "fr" else (entry.acronym_en, entry.acronym_fr)
    text = sort_key(own or other or (entry.name_fr if language == "fr" else entry.name_en))
    first = text[:1].upper()
    return first if first.isalpha() else "#"
