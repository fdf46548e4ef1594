"""The three councils, the people the sources name, and the councils' co-chairs in 2019.

Council co-chairs: the analyst's 2019 report ("Thèmes clés ... selon les entrevues menées auprès des coprésidents des
conseils mixtes"): PSSDC Natasha Clarke, Heather Sheehy; PSCIOC Sandra Cascadden, Alex Benay, interviewed April to
June 2019. The sources give no start or end dates: the memberships are "in office in 2019" (year precision) and have
no end date. The sources do not say whom each co-chair speaks for (the participation map places one PSCIOC co-chair
at TBS and one PSSDC co-chair at ESDC without naming the person), so on_behalf_of stays empty; the map's council
co-chair seats, with their turnover, are COUNCIL_COCHAIR_SEATS.

External relations: the councils' links with bodies outside them (the FPT Deputy Ministers' table, DIACC, the CIO
Strategy Council, the chief data officer), as the sources describe them.

The councils' founding year (1998) is in the descriptions; "established" stays empty because only the year is known.
"""

import datetime

from . import COCHAIR_INTERVIEWS, DECK_RECOMMENDATIONS, EVOLUTION_2020, FPT_DM_GOVERNANCE, PARTICIPATION_MAP, inferred, src

COUNCILS = [
    {
        "code": "pssdc",
        "name_en": "Public Sector Service Delivery Council",
        "name_fr": "Conseil de la prestation des services du secteur public",
        "acronym_en": "PSSDC",
        "acronym_fr": "CPSSP",
        "description_en": (
            "The council of the senior service delivery officials of the federal, provincial-territorial and municipal "
            "governments. It meets in person and by teleconference, on its own and, with the Public Sector Chief "
            "Information Officer Council, as the Joint Councils."
        ),
        "description_fr": (
            "Le conseil des hauts responsables de la prestation des services des administrations fédérale, "
            "provinciales-territoriales et municipales. Il se réunit en personne et par téléconférence, seul et, avec le "
            "Conseil des dirigeants principaux de l'information du secteur public, en tant que conseils mixtes."
        ),
        "constituents": [],
    },
    {
        "code": "pscioc",
        "name_en": "Public Sector Chief Information Officer Council",
        "name_fr": "Conseil des dirigeants principaux de l'information du secteur public",
        "acronym_en": "PSCIOC",
        "acronym_fr": "CDPISP",
        "description_en": (
            "The council of the chief information officers of the federal, provincial-territorial and municipal "
            "governments. It meets in person and by teleconference, on its own and, with the Public Sector Service "
            "Delivery Council, as the Joint Councils."
        ),
        "description_fr": (
            "Le conseil des dirigeants principaux de l'information des administrations fédérale, "
            "provinciales-territoriales et municipales. Il se réunit en personne et par téléconférence, seul et, avec le "
            "Conseil de la prestation des services du secteur public, en tant que conseils mixtes."
        ),
        "constituents": [],
    },
    {
        "code": "jc",
        "name_en": "Joint Councils",
        "name_fr": "Conseils mixtes",
        "acronym_en": "JC",
        "acronym_fr": "CM",
        "description_en": (
            "The Public Sector Service Delivery Council (PSSDC) and the Public Sector Chief Information Officer Council "
            "(PSCIOC) meeting together, since 1998: a federal, provincial-territorial and municipal table of service "
            "delivery leaders and chief information officers. In 2005 the Joint Councils founded the Institute for "
            "Citizen-Centred Service (ICCS), which provides their secretariat."
        ),
        "description_fr": (
            "Le Conseil de la prestation des services du secteur public (CPSSP) et le Conseil des dirigeants principaux de "
            "l'information du secteur public (CDPISP) réunis, depuis 1998 : une table fédérale, provinciale-territoriale et "
            "municipale des responsables de la prestation des services et des dirigeants principaux de l'information. "
            "En 2005, les conseils mixtes ont fondé l'Institut des "
            "services axés sur les citoyens (ISAC), qui assure leur secrétariat."
        ),
        "constituents": ["pssdc", "pscioc"],
    },
]

# Keyed by a data-only key; the database key is (given_name, family_name). No emails: the sources give none.
PEOPLE = {
    "natasha-clarke": {"given_name": "Natasha", "family_name": "Clarke", "title_en": "", "title_fr": "", "organisation": None},
    "heather-sheehy": {"given_name": "Heather", "family_name": "Sheehy", "title_en": "", "title_fr": "", "organisation": None},
    "sandra-cascadden": {
        "given_name": "Sandra",
        "family_name": "Cascadden",
        "title_en": "",
        "title_fr": "",
        "organisation": None,
    },
    "alex-benay": {"given_name": "Alex", "family_name": "Benay", "title_en": "", "title_fr": "", "organisation": None},
    # Source 001: "Cathy Kealey – Analyste des politiques stratégiques des conseils mixtes – Juillet 2019"; the job
    # description says the analyst works under the direction of ICCS's executive director.
    "cathy-kealey": {
        "given_name": "Cathy",
        "family_name": "Kealey",
        "title_en": "Joint Councils Strategic Policy Analyst",
        "title_fr": "Analyste des politiques stratégiques des conseils mixtes",
        "organisation": "iccs",
        "provenance": src(
            "analyst-2019",
            "slides signed by the analyst, July 2019, and the analyst's job description (annex)",
            "diapositives signées par l'analyste, juillet 2019, et description de poste de l'analyste (annexe)",
        ),
    },
    # Source 000: named by the Joint Councils in August 2020.
    "peter-watkins": {
        "given_name": "Peter",
        "family_name": "Watkins",
        "title_en": "Executive Director, Pan-Canadian Digital Identity Program of the Joint Councils",
        "title_fr": "Directeur exécutif, programme pancanadien d'identité numérique des conseils mixtes",
        "organisation": None,
        "provenance": src(
            "deck-2020-09",
            "slide “Joint Councils priority: digital identity”",
            "diapositive « Priorité des conseils mixtes : identité numérique »",
        ),
    },
}
for _key in ("natasha-clarke", "heather-sheehy", "sandra-cascadden", "alex-benay"):
    PEOPLE[_key]["provenance"] = COCHAIR_INTERVIEWS

COUNCIL_COCHAIRS_2019 = datetime.date(2019, 1, 1)

MEMBERSHIP_PROVENANCE = COCHAIR_INTERVIEWS

# (person key, council code, role, start date (year precision), end date)
MEMBERSHIPS = [
    ("natasha-clarke", "pssdc", "co_chair", COUNCIL_COCHAIRS_2019, None),
    ("heather-sheehy", "pssdc", "co_chair", COUNCIL_COCHAIRS_2019, None),
    ("sandra-cascadden", "pscioc", "co_chair", COUNCIL_COCHAIRS_2019, None),
    ("alex-benay", "pscioc", "co_chair", COUNCIL_COCHAIRS_2019, None),
]

# The council co-chair seats the participation map shows (the map names the federal department, not the person; its
# provincial/territorial co-chairs are not named): (council, organisation key or None, level, turnover).
COUNCIL_COCHAIR_SEATS = [
    ("pscioc", "tbs", "federal", "current"),
    ("pscioc", None, "provincial_territorial", "outgoing"),
    ("pscioc", None, "provincial_territorial", "new"),
    ("pssdc", "esdc", "federal", "current"),
    ("pssdc", None, "provincial_territorial", "current"),
    ("pssdc", None, "provincial_territorial", "new"),
]
COUNCIL_COCHAIR_SEATS_PROVENANCE = PARTICIPATION_MAP

# (council code, body key in organisations.ORGANISATIONS, kind, is_formal, description_en, description_fr, provenance)
EXTERNAL_RELATIONS = [
    (
        "pssdc",
        "fpt-dm-table",
        "reports_to",
        False,
        "An informal link to the work of the FPT Deputy Ministers' table.",
        "Un lien (informel) vers les travaux de la table FPT et des sous-ministres.",
        FPT_DM_GOVERNANCE,
    ),
    (
        "pscioc",
        "fpt-dm-table",
        "no_link",
        None,
        "“A break” (une coupure): the PSCIOC is not connected to the Deputy Ministers' table the way the PSSDC is.",
        "« Une coupure » : le CDPISP n'est pas branché à la table des SM de la manière dont le CPSSP l'est.",
        FPT_DM_GOVERNANCE,
    ),
    (
        "jc",
        "fpt-dm-table",
        "partner",
        None,
        "External partner whose links with the Joint Councils the September 2020 deck recommends formalizing.",
        "Partenaire externe dont la présentation de septembre 2020 recommande d'officialiser les liens avec les conseils mixtes.",
        DECK_RECOMMENDATIONS,
    ),
    (
        "jc",
        "diacc",
        "partner",
        None,
        "External partner whose links with the Joint Councils the September 2020 deck recommends formalizing; the "
        "digital identity program works with it.",
        "Partenaire externe dont la présentation de septembre 2020 recommande d'officialiser les liens avec les "
        "conseils mixtes; le programme d'identité numérique travaille avec lui.",
        DECK_RECOMMENDATIONS,
    ),
    (
        "jc",
        "chief-data-officer",
        "partner",
        None,
        "External partner (“the CDO”) whose links with the Joint Councils the September 2020 deck recommends formalizing.",
        "Partenaire externe (« le DPD ») dont la présentation de septembre 2020 recommande d'officialiser les liens "
        "avec les conseils mixtes.",
        DECK_RECOMMENDATIONS,
    ),
    (
        "jc",
        "cio-strategy-council",
        "partner",
        None,
        "Named, with the FPT Deputy Ministers' table and DIACC, among the bodies the Joint Councils must work with to "
        "meet Canadians' complex needs.",
        "Nommé, avec la Table des SM FPT et le CIANC, parmi les organismes avec lesquels les conseils mixtes doivent "
        "travailler pour répondre aux besoins complexes des Canadiens.",
        inferred(
            EVOLUTION_2020,
            "The slide lists it without saying what the link is; “partner” is the secretariat's reading.",
            "La diapositive le nomme sans dire quel est le lien; « partenaire » est la lecture du secrétariat.",
        ),
    ),
]
