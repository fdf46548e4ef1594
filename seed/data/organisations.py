"""Jurisdictions and organisations named in DOMAIN.md and the sources.

Jurisdictions: Canada, the thirteen provinces and territories (the sources name Manitoba and Yukon, and meet in
St. John's, Victoria, Charlottetown, Toronto, Winnipeg and Ottawa; the rest are listed because the councils seat all
of them), and the two municipalities the participation map names, York Region and the City of Toronto.

Non-profit organisations (ICCS, DIACC, CIO Strategy Council) are national bodies; the model needs a jurisdiction for
every organisation, so they are filed under Canada, with kind "non-profit organisation".

Seats whose holder the sources do not name
-------------------------------------------
The 2019 status table of source 001 gives, per working group, a number of co-chairs and of member co-chairs but no
names; the participation map ties a few seats to an organisation (TBS, ISED, ESDC, York Region, City of Toronto).
A co-chair term needs a person or an organisation (database constraint), and leaving those seats vacant would
contradict the table (e.g. Digital Strategy: 3 co-chairs, all 3 council members). So each seat the table counts as
filled but whose holder is not named is held by one honest placeholder, UNNAMED_HOLDER: the organisation
"Unnamed holder (the source gives a count only)", in the jurisdiction "Not recorded", whose level is
"not recorded": maps and filters by jurisdiction level count those seats apart, never as federal or provincial.
"""

NOT_RECORDED_JURISDICTION = "not-recorded"
UNNAMED_HOLDER = "unnamed-holder"

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
    {
        "code": NOT_RECORDED_JURISDICTION,
        "name_en": "Not recorded (the source gives a count only)",
        "name_fr": "Non consignée (la source ne donne qu'un nombre)",
        "level": "not_recorded",
    },
]

# Keyed by a data-only key used by the other modules; the database key is (jurisdiction, name_en).
ORGANISATIONS = {
    "tbs": {
        "jurisdiction": "ca",
        "kind": "department",
        "name_en": "Treasury Board of Canada Secretariat",
        "name_fr": "Secrétariat du Conseil du Trésor du Canada",
        "acronym_en": "TBS",
        "acronym_fr": "SCT",
    },
    "ised": {
        "jurisdiction": "ca",
        "kind": "department",
        "name_en": "Innovation, Science and Economic Development Canada",
        "name_fr": "Innovation, Sciences et Développement économique Canada",
        "acronym_en": "ISED",
        "acronym_fr": "ISDE",
    },
    "esdc": {
        "jurisdiction": "ca",
        "kind": "department",
        "name_en": "Employment and Social Development Canada",
        "name_fr": "Emploi et Développement social Canada",
        "acronym_en": "ESDC",
        "acronym_fr": "EDSC",
    },
    # Named in sources 000 and 001 among the non-members the councils should work with.
    "ssc": {
        "jurisdiction": "ca",
        "kind": "department",
        "name_en": "Shared Services Canada",
        "name_fr": "Services partagés Canada",
        "acronym_en": "SSC",
        "acronym_fr": "SPC",
    },
    "iccs": {
        "jurisdiction": "ca",
        "kind": "non_profit",
        "name_en": "Institute for Citizen-Centred Service",
        "name_fr": "Institut des services axés sur les citoyens",
        "acronym_en": "ICCS",
        "acronym_fr": "ISAC",
    },
    "diacc": {
        "jurisdiction": "ca",
        "kind": "non_profit",
        "name_en": "Digital ID & Authentication Council of Canada",
        "name_fr": "Conseil de l'identification et de l'authentification numériques du Canada",
        "acronym_en": "DIACC",
        "acronym_fr": "CIANC",
    },
    # "Conseil stratégique des DPI" in sources 000, 001 and 003; the sources give it no acronym.
    "cio-strategy-council": {
        "jurisdiction": "ca",
        "kind": "non_profit",
        "name_en": "CIO Strategy Council",
        "name_fr": "Conseil stratégique des DPI",
        "acronym_en": "",
        "acronym_fr": "",
    },
    # Lead the Digital Strategy priority (DOMAIN.md, "What the public record adds").
    "manitoba": {
        "jurisdiction": "mb",
        "kind": "other",
        "name_en": "Government of Manitoba",
        "name_fr": "Gouvernement du Manitoba",
        "acronym_en": "",
        "acronym_fr": "",
    },
    "yukon": {
        "jurisdiction": "yt",
        "kind": "other",
        "name_en": "Government of Yukon",
        "name_fr": "Gouvernement du Yukon",
        "acronym_en": "",
        "acronym_fr": "",
    },
    # The participation map of source 001 ties these two municipalities to co-chair seats.
    "york-region": {
        "jurisdiction": "york-region",
        "kind": "municipality",
        "name_en": "York Region",
        "name_fr": "Région de York",
        "acronym_en": "",
        "acronym_fr": "",
    },
    "toronto": {
        "jurisdiction": "toronto",
        "kind": "municipality",
        "name_en": "City of Toronto",
        "name_fr": "Ville de Toronto",
        "acronym_en": "",
        "acronym_fr": "",
    },
    UNNAMED_HOLDER: {
        "jurisdiction": NOT_RECORDED_JURISDICTION,
        "kind": "other",
        "name_en": "Unnamed holder (the source gives a count only)",
        "name_fr": "Titulaire non nommé (la source ne donne qu'un nombre)",
        "acronym_en": "",
        "acronym_fr": "",
    },
}
