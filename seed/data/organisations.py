"""Jurisdictions and organisations named in the sources, and the external bodies the councils work with.

Jurisdictions: Canada, the thirteen provinces and territories (the sources name Manitoba and Yukon, and meet in
St. John's, Victoria, Charlottetown, Toronto, Winnipeg and Ottawa; the rest are listed because the councils seat all
of them), and the two municipalities the participation map names, York Region and the City of Toronto.

Non-profit organisations and external bodies (ICCS, DIACC, the CIO Strategy Council, the FPT Deputy Ministers' table,
the vital statistics organisations, the chief data officer) are national or intergovernmental; the model needs a
jurisdiction for every organisation, so they are filed under Canada.

There is no placeholder: a co-chair seat whose holder the sources do not name is "held, holder not recorded" on the
term itself (workinggroups.py), never an organisation.
"""

from . import ANALYST_2019, DECK_2020, EVOLUTION_2019, EVOLUTION_2020, ICCS_PUBLIC, inferred, src

JURISDICTIONS = [
    {"code": "ca", "name_en": "Canada", "name_fr": "Canada", "level": "federal"},
    {"code": "nl", "name_en": "Newfoundland and Labrador", "name_fr": "Terre-Neuve-et-Labrador", "level": "provincial"},
    {"code": "pe", "name_en": "Prince Edward Island", "name_fr": "Île-du-Prince-Édouard", "level": "provincial"},
    {"code": "ns", "name_en": "Nova Scotia", "name_fr": "Nouvelle-Écosse", "level": "provincial"},
    {"code": "nb", "name_en": "New Brunswick", "name_fr": "Nouveau-Brunswick", "level": "provincial"},
    {"code": "qc", "name_en": "Quebec", "name_fr": "Québec", "level": "provincial"},
    {"code": "on", "name_en": "Ontario", "name_fr": "Ontario", "level": "provincial"},
    {"code": "mb", "name_en": "Manitoba", "name_fr": "Manitoba", "level": "provincial"},
    {"code": "sk", "name_en": "Saskatchewan", "name_fr": "Saskatchewan", "level": "provincial"},
    {"code": "ab", "name_en": "Alberta", "name_fr": "Alberta", "level": "provincial"},
    {"code": "bc", "name_en": "British Columbia", "name_fr": "Colombie-Britannique", "level": "provincial"},
    {"code": "yt", "name_en": "Yukon", "name_fr": "Yukon", "level": "territorial"},
    {"code": "nt", "name_en": "Northwest Territories", "name_fr": "Territoires du Nord-Ouest", "level": "territorial"},
    {"code": "nu", "name_en": "Nunavut", "name_fr": "Nunavut", "level": "territorial"},
    {"code": "york-region", "name_en": "York Region", "name_fr": "Région de York", "level": "municipal"},
    {"code": "toronto", "name_en": "City of Toronto", "name_fr": "Ville de Toronto", "level": "municipal"},
]

# The records the loader of earlier versions created as a placeholder; it removes them (see seed.loader).
RETIRED_PLACEHOLDER_JURISDICTION = "not-recorded"
RETIRED_PLACEHOLDER_ORGANISATION = "Unnamed holder (the source gives a count only)"

MAP_SCT = src(ANALYST_2019, "participation map (federal: TBS)", "carte de la participation (fédéral : SCT)")
SECRETARIAT_FILING = (
    "Filed under Canada: the portal files every organisation under a jurisdiction, and the sources give none.",
    "Classé sous Canada : le portail classe chaque organisation sous une administration, et les sources n'en donnent aucune.",
)

# Keyed by a data-only key used by the other modules; the database key is (jurisdiction, name_en).
ORGANISATIONS = {
    "tbs": {
        "jurisdiction": "ca",
        "kind": "department",
        "name_en": "Treasury Board of Canada Secretariat",
        "name_fr": "Secrétariat du Conseil du Trésor du Canada",
        "acronym_en": "TBS",
        "acronym_fr": "SCT",
        "provenance": MAP_SCT,
    },
    "ised": {
        "jurisdiction": "ca",
        "kind": "department",
        "name_en": "Innovation, Science and Economic Development Canada",
        "name_fr": "Innovation, Sciences et Développement économique Canada",
        "acronym_en": "ISED",
        "acronym_fr": "ISDE",
        "provenance": src(ANALYST_2019, "participation map (federal: ISED)", "carte de la participation (fédéral : ISDE)"),
    },
    "esdc": {
        "jurisdiction": "ca",
        "kind": "department",
        "name_en": "Employment and Social Development Canada",
        "name_fr": "Emploi et Développement social Canada",
        "acronym_en": "ESDC",
        "acronym_fr": "EDSC",
        "provenance": src(ANALYST_2019, "participation map (federal: ESDC)", "carte de la participation (fédéral : EDSC)"),
    },
    # Named in the 2019 and 2020 evolution slides among the non-members the councils should work with.
    "ssc": {
        "jurisdiction": "ca",
        "kind": "department",
        "name_en": "Shared Services Canada",
        "name_fr": "Services partagés Canada",
        "acronym_en": "SSC",
        "acronym_fr": "SPC",
        "provenance": src(
            DECK_2020,
            "slide “Evolution of the Joint Councils”, among the non-members",
            "diapositive « Évolution des conseils mixtes », parmi les non-membres",
        ),
    },
    "iccs": {
        "jurisdiction": "ca",
        "kind": "non_profit",
        "name_en": "Institute for Citizen-Centred Service",
        "name_fr": "Institut des services axés sur les citoyens",
        "acronym_en": "ICCS",
        "acronym_fr": "ISAC",
        "provenance": src(
            ANALYST_2019,
            "slide “Institute for Citizen-Centred Service (ICCS)”",
            "diapositive « Institut des services axés sur les citoyens (ISAC) »",
        ),
    },
    "diacc": {
        "jurisdiction": "ca",
        "kind": "non_profit",
        "name_en": "Digital ID & Authentication Council of Canada",
        "name_fr": "Conseil de l'identification et de l'authentification numériques du Canada",
        "acronym_en": "DIACC",
        "acronym_fr": "CIANC",
        "provenance": inferred(EVOLUTION_2020, *SECRETARIAT_FILING),
    },
    # "Conseil stratégique des DPI" in the three decks; the sources give it no acronym.
    "cio-strategy-council": {
        "jurisdiction": "ca",
        "kind": "non_profit",
        "name_en": "CIO Strategy Council",
        "name_fr": "Conseil stratégique des DPI",
        "acronym_en": "",
        "acronym_fr": "",
        "provenance": inferred(EVOLUTION_2020, *SECRETARIAT_FILING),
    },
    # Lead the Digital Strategy priority (ICCS public record).
    "manitoba": {
        "jurisdiction": "mb",
        "kind": "other",
        "name_en": "Government of Manitoba",
        "name_fr": "Gouvernement du Manitoba",
        "acronym_en": "",
        "acronym_fr": "",
        "provenance": src(
            ICCS_PUBLIC, "page of the Digital Strategy working group", "page du groupe de travail sur la stratégie numérique"
        ),
    },
    "yukon": {
        "jurisdiction": "yt",
        "kind": "other",
        "name_en": "Government of Yukon",
        "name_fr": "Gouvernement du Yukon",
        "acronym_en": "",
        "acronym_fr": "",
        "provenance": src(
            ICCS_PUBLIC, "page of the Digital Strategy working group", "page du groupe de travail sur la stratégie numérique"
        ),
    },
    # The participation map of the 2019 report ties these two municipalities to co-chair seats.
    "york-region": {
        "jurisdiction": "york-region",
        "kind": "municipality",
        "name_en": "York Region",
        "name_fr": "Région de York",
        "acronym_en": "",
        "acronym_fr": "",
        "provenance": src(
            ANALYST_2019, "participation map (municipal: York Region)", "carte de la participation (municipal : région de York)"
        ),
    },
    "toronto": {
        "jurisdiction": "toronto",
        "kind": "municipality",
        "name_en": "City of Toronto",
        "name_fr": "Ville de Toronto",
        "acronym_en": "",
        "acronym_fr": "",
        "provenance": src(
            ANALYST_2019, "participation map (municipal: Toronto)", "carte de la participation (municipal : Toronto)"
        ),
    },
    # The councils' external bodies (sources: the evolution slides and the strategic direction recommendations).
    "fpt-dm-table": {
        "jurisdiction": "ca",
        "kind": "intergovernmental",
        "name_en": "FPT Deputy Ministers' table",
        "name_fr": "Table des SM FPT",
        "acronym_en": "",
        "acronym_fr": "",
        "provenance": inferred(EVOLUTION_2019, *SECRETARIAT_FILING),
    },
    "ordec": {
        "jurisdiction": "ca",
        "kind": "other",
        "name_en": "Vital statistics organisations",
        "name_fr": "Organismes responsables des données de l'état civil",
        "acronym_en": "",
        "acronym_fr": "ORDEC",
        "provenance": inferred(
            EVOLUTION_2020,
            "The sources name them in French only (among the non-members, with SSC); the English name is the "
            "secretariat's translation. " + SECRETARIAT_FILING[0],
            "Les sources les nomment en français seulement (parmi les non-membres, avec SPC); le nom anglais est une "
            "traduction du secrétariat. " + SECRETARIAT_FILING[1],
        ),
    },
    "chief-data-officer": {
        "jurisdiction": "ca",
        "kind": "other",
        "name_en": "Chief data officer",
        "name_fr": "Dirigeant principal des données",
        "acronym_en": "CDO",
        "acronym_fr": "DPD",
        "provenance": inferred(
            src(
                DECK_2020,
                "slide “Strategic direction – recommendations (continued)”: “the FPT DM table, DIACC, the CDO”",
                "diapositive « Orientation stratégique – recommandations (suite) » : « la Table des SM FPT, le CIANC, le DPD »",
            ),
            "The deck names “the CDO” among the external partners without saying which office or council. "
            + SECRETARIAT_FILING[0],
            "La présentation nomme « le DPD » parmi les partenaires externes sans préciser quel bureau ou conseil. "
            + SECRETARIAT_FILING[1],
        ),
    },
}
