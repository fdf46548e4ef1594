"""The real record of the Joint Councils, as plain bilingual data, loaded by `manage.py load_joint_councils`.

One module per area: organisations (jurisdictions, organisations and the councils' external bodies), councils
(councils, people, council co-chairs, external relations), workinggroups (groups, reporting lines, co-chair seats and
terms, outstanding tasks), priorities, logicmodel, alignment, meetings.

Everything comes from three French briefing decks of the secretariat and the ICCS public record. Every row carries
its provenance: the document (SourceDocument, shown by its title in the reader's language) and where in it, in both
languages; a row, or part of it, that the secretariat inferred carries `inferred` and the reason.

Conventions that keep the data honest:
- English is a faithful translation of the French sources, except the names the 2019 English alignment slide gives.
  A name the sources give in one language only is marked as the secretariat's translation in the other one.
- Dates carry their precision (day, month or year); a date known to the month or the year is stored on the first day
  of the period, which is never shown. Dates the sources do not give are None.
- Nobody and nothing is invented: people appear only where the sources name them, with no email; a co-chair seat the
  sources count but whose holder they do not name is "held, holder not recorded", with the level the participation
  map gives, if any.
- No user-visible text names a file: the documents are cited by title.
"""

from jointcouncils.provenance import SourceDocument

# The change reason every history row written by the loader carries.
CHANGE_REASON = "load_joint_councils"

DECK_2020 = SourceDocument.DECK_2020.value
ANALYST_2019 = SourceDocument.ANALYST_2019.value
GOVERNANCE_2020 = SourceDocument.GOVERNANCE_2020.value
ICCS_PUBLIC = SourceDocument.ICCS_PUBLIC.value


def src(document: str, where_en: str = "", where_fr: str = "") -> dict:
    """The provenance fields of a row: the source document and where in it, in both languages."""
    return {
        "source_document": document,
        "source_location_en": where_en,
        "source_location_fr": where_fr,
        "inferred": False,
        "inferred_reason_en": "",
        "inferred_reason_fr": "",
    }


def inferred(provenance: dict, reason_en: str, reason_fr: str) -> dict:
    """The same provenance, flagged as the secretariat's inference, with why."""
    return provenance | {"inferred": True, "inferred_reason_en": reason_en, "inferred_reason_fr": reason_fr}


# Where in the documents (English, French).
STATUS_TABLE = src(
    ANALYST_2019,
    "slide “Working group status – co-chairs and member co-chairs”",
    "diapositive « État des groupes de travail – des coprésidents et coprésidents membres »",
)
PARTICIPATION_MAP = src(
    ANALYST_2019,
    "slide “Participation challenges” and its participation map",
    "diapositive « Défis liés à la participation » et sa carte de la participation",
)
ALIGNMENT_SLIDE = src(
    ANALYST_2019,
    "English slide “Proposed alignment of the working groups to support the advancement of the Joint Councils priorities”",
    "diapositive en anglais « Proposed alignment of the working groups to support the advancement of the Joint "
    "Councils priorities »",
)
CURRENT_STATE = src(
    ANALYST_2019,
    "slide “Current state – councils and working groups”",
    "diapositive « État actuel – Conseils et groupes de travail »",
)
TIMELINE_2019 = src(
    ANALYST_2019,
    "slide “Background – how did we get here?”",
    "diapositive « Contexte – Comment en sommes-nous arrivés là? »",
)
OUTSTANDING_TASKS = src(
    ANALYST_2019,
    "slide “Outstanding tasks of the Joint Councils”",
    "diapositive « Tâches en suspens des conseils mixtes »",
)
COCHAIR_INTERVIEWS = src(
    ANALYST_2019,
    "slide “Key themes, challenges and opportunities (interviews with the Joint Councils co-chairs)”",
    "diapositive « Thèmes clés, défis et possibilités (selon les entrevues menées auprès des coprésidents des conseils mixtes) »",
)
ANALYST_SIGNATURE = src(
    ANALYST_2019,
    "slides signed by the analyst, July 2019, and the analyst's job description (annex)",
    "diapositives signées par l'analyste, juillet 2019, et description de poste de l'analyste (annexe)",
)
FPT_DM_GOVERNANCE = src(
    ANALYST_2019,
    "slide “Challenges and opportunities – Governance: link to the work of the FPT Deputy Ministers' table”",
    "diapositive « Difficultés et possibilités – Gouvernance : lien vers les travaux de la table FPT et des sous-ministres »",
)
EVOLUTION_2019 = src(ANALYST_2019, "slide “Evolution of the Joint Councils”", "diapositive « Évolution des conseils mixtes »")
EVOLUTION_2020 = src(DECK_2020, "slide “Evolution of the Joint Councils”", "diapositive « Évolution des conseils mixtes »")
DECK_CCS = src(
    DECK_2020,
    "slide “Joint Councils priority: client-centric services”",
    "diapositive « Priorité des conseils mixtes : services axés sur les clients »",
)
DECK_DIGITAL_ID = src(
    DECK_2020,
    "slide “Joint Councils priority: digital identity”",
    "diapositive « Priorité des conseils mixtes : identité numérique »",
)
DECK_WG_UPDATE = src(DECK_2020, "slide “Update – working groups”", "diapositive « MISE À JOUR – Groupes de travail »")
DECK_CONTEXT = src(DECK_2020, "slide “Context”", "diapositive « Contexte »")
DECK_RECOMMENDATIONS = src(
    DECK_2020,
    "slides “JC strategic direction – recommendations”",
    "diapositives « Orientation stratégique des CM – recommandations »",
)
DECK_NEW_PRIORITIES = src(
    DECK_2020,
    "slides “New PSCIOC priorities” and “New PSSDC priorities”",
    "diapositives « Nouvelles priorités du CDPISP » et « Nouvelles priorités du CPSSP »",
)
DECK_LOGIC_MODEL = src(DECK_2020, "annex “Joint Councils – logic model”", "annexe « Conseils mixtes – modèle logique »")
GOVERNANCE_HISTORY = src(GOVERNANCE_2020, "slide “Background”", "diapositive « Historique »")
GOVERNANCE_DECK = src(
    GOVERNANCE_2020,
    "slides “Recommended measures”, “Recommended next steps” and “Today's decision”",
    "diapositives « Mesures recommandées », « Prochaines étapes recommandées » et « Décision d'aujourd'hui »",
)
ICCS_RECORD = src(ICCS_PUBLIC, "", "")
