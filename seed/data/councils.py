"""The three councils, the people the sources name, and the councils' co-chairs in 2019.

Council co-chairs: source 001 ("Thèmes clés ... selon les entrevues menées auprès des coprésidents des conseils
mixtes"): PSSDC Natasha Clarke, Heather Sheehy; PSCIOC Sandra Cascadden, Alex Benay, interviewed April to June 2019.
The sources give no start or end dates: the memberships start on 2019-01-01 (standing for "in office in 2019") and
have no end date. The sources do not say whom each co-chair speaks for (the participation map places one PSCIOC
co-chair seat at TBS and one PSSDC seat at ESDC without naming the person), so on_behalf_of stays empty.

The councils' founding year (1998) is in the descriptions; "established" stays empty because only the year is known.
"""

import datetime

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
    },
    # Source 000: named by the Joint Councils in August 2020.
    "peter-watkins": {
        "given_name": "Peter",
        "family_name": "Watkins",
        "title_en": "Executive Director, Pan-Canadian Digital Identity Program of the Joint Councils",
        "title_fr": "Directeur exécutif, programme pancanadien d'identité numérique des conseils mixtes",
        "organisation": None,
    },
}

COUNCIL_COCHAIRS_2019 = datetime.date(2019, 1, 1)

# (person key, council code, role, start date, end date)
MEMBERSHIPS = [
    ("natasha-clarke", "pssdc", "co_chair", COUNCIL_COCHAIRS_2019, None),
    ("heather-sheehy", "pssdc", "co_chair", COUNCIL_COCHAIRS_2019, None),
    ("sandra-cascadden", "pscioc", "co_chair", COUNCIL_COCHAIRS_2019, None),
    ("alex-benay", "pscioc", "co_chair", COUNCIL_COCHAIRS_2019, None),
]
