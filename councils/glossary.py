"""The glossary's own terms: the words of the councils' "who is who" (domain notes) that are not stored as records.

Acronyms and full names are content in both languages and shown side by side, so they are written here in
both languages rather than translated; only "what it is" goes through gettext.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class GlossaryEntry:
    """One row of the glossary: the acronym and full name in English and in French, and what it is."""

    acronym_en: str
    name_en: str
    acronym_fr: str
    name_fr: str
    what: str | Promise


TERMS: list[GlossaryEntry] = [
    GlossaryEntry(
        "FPTM",
        "federal / provincial-territorial / municipal",
        "FPTM",
        "fédéral / provincial-territorial / municipal",
        _("The levels of government; the sources map co-chairs and participation by level."),
    ),
    GlossaryEntry(
        "FPT DM table",
        "Federal-Provincial-Territorial Deputy Ministers table",
        "Table des SM FPT",
        "Table des sous-ministres fédéral-provinciaux-territoriaux",
        _("An external body the councils report to informally."),
    ),
    GlossaryEntry(
        "CDO",
        "Chief Data Officer",
        "DPD",
        "dirigeant principal des données",
        _("The executive responsible for data in an organisation."),
    ),
    GlossaryEntry(
        "WG",
        "working group",
        "GT",
        "groupe de travail",
        _("A group set up by the councils for a task; also called a committee or sub-committee."),
    ),
    GlossaryEntry(
        "CoP",
        "community of practice",
        "CdP",
        "communauté de pratique",
        _("A group that shares practices among jurisdictions, without a set task."),
    ),
    GlossaryEntry(
        "",
        "co-chair",
        "",
        "coprésident(e)",
        _("One of the one to three people who chair a working group; a member co-chair also sits on a council."),
    ),
    # Usually stored as organisations; shown from here only while no record carries the acronym.
    GlossaryEntry(
        "ICCS",
        "Institute for Citizen-Centred Service",
        "ISAC",
        "Institut des services axés sur les citoyens",
        _("The non-profit founded by the Joint Councils in 2005; it runs the councils' secretariat."),
    ),
    GlossaryEntry(
        "DIACC",
        "Digital ID & Authentication Council of Canada",
        "CIANC",
        "Conseil d'identification et d'authentification numériques du Canada",
        _("An external partner on digital identity."),
    ),
]
