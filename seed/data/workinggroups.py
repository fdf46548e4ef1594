"""Every working group the sources name, the council each reports to, its co-chair seats in 2019, and its
outstanding tasks.

Seats and terms follow the status table of the analyst's 2019 report ("État des groupes de travail – des coprésidents
et coprésidents membres"), which gives per group a number of co-chairs and of member co-chairs (co-chairs who also sit
on a council) and no names, and the report's participation map, which places co-chairs by jurisdiction level (federal
9, provincial/territorial 17, municipal 2) and names the federal departments and the two municipalities:

- a seat the table counts gets one open-ended term, "in office in 2019" (year precision). Its holder is the
  organisation the map names (federal: TBS – open government, digital identity, IMSC, research, cloud; ISED – GDPR,
  service to business; ESDC – client-centric services, death notification; municipal: York Region – data-driven
  intelligence; City of Toronto – IT procurement); otherwise it is "held, holder not recorded" at the level the map
  gives (provincial/territorial), or at no level when the map does not place it (service to business, O365, NSCIP:
  one each);
- "1/2" (privacy and GDPR) and "2/1" (cloud and O365) count the co-chairs of the group's two parts (privacy 1,
  GDPR 2; cloud 2, O365 1): three seats each, none vacant; their "0/0" member co-chairs means none is a member;
- a term is "member co-chair: yes" or "no" only where the counts leave no doubt (3 of 3, 0 of 2 ...); where the table
  gives 1 member co-chair of 2, both terms say "not recorded", and the group's notes keep the count;
- the map's two provincial/territorial "AD" seats are read as Death Notification's (avis de décès; the legend says ND):
  flagged as inferred;
- ICT Policy has "?" in the status table; the map shows its two provincial/territorial co-chairs.

Reporting lines: the council the current-state slide gives; Service to Business reported to PSSDC until the PSSDC
agreed, on 3 September 2020, that it report to the Joint Councils (September 2020 deck). Groups whose council the
sources do not give have no reporting line.
"""

import datetime

from . import (
    ALIGNMENT_SLIDE,
    CURRENT_STATE,
    DECK_CCS,
    DECK_DIGITAL_ID,
    DECK_WG_UPDATE,
    GOVERNANCE_HISTORY,
    ICCS_PUBLIC,
    OUTSTANDING_TASKS,
    PARTICIPATION_MAP,
    STATUS_TABLE,
    inferred,
    src,
)

TERMS_START = datetime.date(2019, 1, 1)  # "in office in 2019": year precision, the day is never shown
SERVICE_TO_BUSINESS_MOVE = datetime.date(2020, 9, 3)
PT = "provincial_territorial"
NOT_PLACED = "not_recorded"

ENABLER_NOTE = {
    "notes_en": (
        "The 2019 alignment proposal lists this group as a support or enabler, not aligned to one Joint Councils priority."
    ),
    "notes_fr": (
        "La proposition d'harmonisation de 2019 présente ce groupe comme un soutien ou un outil habilitant, sans "
        "l'harmoniser à une priorité des conseils mixtes."
    ),
}
TO_BE_DECIDED_NOTE = {
    "notes_en": "The 2019 alignment proposal leaves the priority this group supports to be decided.",
    "notes_fr": "La proposition d'harmonisation de 2019 laisse à déterminer la priorité que ce groupe appuie.",
}


def one_member_of_two() -> dict:
    return {
        "notes_en": (
            "The 2019 status table gives 2 co-chairs, 1 of them a council member, without saying which: each term's "
            "“member co-chair” is not recorded."
        ),
        "notes_fr": (
            "Le tableau d'état de 2019 indique 2 coprésidents, dont 1 membre d'un conseil, sans dire lequel : la "
            "qualité de membre de chaque mandat n'est pas consignée."
        ),
    }


DEATH_NOTIFICATION_AD = (
    "The participation map places two provincial/territorial co-chairs under “AD”, an abbreviation its legend does not "
    "give (it gives ND for death notification); they are read as Death Notification's two seats the map does not "
    "otherwise place (avis de décès).",
    "La carte de la participation place deux coprésidents provinciaux/territoriaux sous « AD », une abréviation que sa "
    "légende ne donne pas (elle donne ND pour la notification de décès); on les lit comme les deux sièges de la "
    "Notification de décès que la carte ne place pas autrement (avis de décès).",
)


def held(holder: str, *, member: bool | None = False, part: tuple[str, str] = ("", "")) -> dict:
    """A seat held in 2019 by an organisation the map names (a key of organisations.ORGANISATIONS)."""
    return {"holder": holder, "level": "", "member": member, "part": part, "provenance": PARTICIPATION_MAP}


def unnamed(level: str, *, member: bool | None = False, part: tuple[str, str] = ("", ""), why=None) -> dict:
    """A seat held in 2019 by someone the sources do not name: "held, holder not recorded", at the map's level."""
    provenance = PARTICIPATION_MAP if level != NOT_PLACED else STATUS_TABLE
    if why:
        provenance = inferred(provenance, *why)
    return {"holder": None, "level": level, "member": member, "part": part, "provenance": provenance}


PRIVACY, GDPR = ("privacy", "vie privée"), ("GDPR", "RGPD")
CLOUD, O365 = ("cloud", "nuage"), ("O365", "O365")


def line(
    council: str,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
    note_en="",
    note_fr="",
    *,
    precision: str = "day",
    provenance: dict = CURRENT_STATE,
) -> dict:
    return {
        "council": council,
        "start_date": start,
        "end_date": end,
        "note_en": note_en,
        "note_fr": note_fr,
        "start_precision": precision,
        "provenance": provenance,
    }


def notes(*parts: dict) -> dict:
    """Join several bilingual notes into the group's notes_en / notes_fr."""
    return {
        "notes_en": " ".join(part["notes_en"] for part in parts),
        "notes_fr": " ".join(part["notes_fr"] for part in parts),
    }


def group(slug: str, name_en: str, name_fr: str, *, kind: str = "working_group", **fields) -> dict:
    """One working group with the defaults most of them share."""
    return {
        "slug": slug,
        "name_en": name_en,
        "name_fr": name_fr,
        "acronym_en": "",
        "acronym_fr": "",
        "kind": kind,
        "status": "active",
        "start_date": None,
        "start_precision": "day",
        "end_date": None,
        "end_precision": "day",
        "planned_end_date": None,
        "name_translated_language": "",
        "mandate_en": "",
        "mandate_fr": "",
        "notes_en": "",
        "notes_fr": "",
        "reporting_lines": [],
        "seats": [],
        "provenance": STATUS_TABLE,
    } | fields


WORKING_GROUPS = [
    group(
        "death-notification",
        "Death Notification",
        "Notification de décès",
        reporting_lines=[line("jc")],
        provenance=STATUS_TABLE,
        seats=[held("esdc"), unnamed(PT, why=DEATH_NOTIFICATION_AD), unnamed(PT, why=DEATH_NOTIFICATION_AD)],
    ),
    group(
        "digital-strategy",
        "Digital Strategy Working Group",
        "Priorités de la stratégie numérique",
        start_date=datetime.date(2018, 2, 1),
        start_precision="month",
        provenance=src(
            ICCS_PUBLIC, "page of the Digital Strategy working group", "page du groupe de travail sur la stratégie numérique"
        ),
        mandate_en=(
            "Work with the councils on their role in a pan-Canadian digital strategy; collect and share tools and resources."
        ),
        mandate_fr=(
            "Travailler avec les conseils à leur rôle dans une stratégie numérique pancanadienne; recueillir et diffuser "
            "des outils et des ressources."
        ),
        notes_en=(
            "Digital strategy was confirmed as a Joint Councils priority in February 2017, led by Manitoba and Yukon "
            "(PSSDC members); the group became an official Joint Councils working group in February 2018, on the "
            "Framework Working Group's recommendation."
        ),
        notes_fr=(
            "La stratégie numérique a été confirmée comme priorité des conseils mixtes en février 2017, sous la direction "
            "du Manitoba et du Yukon (membres du CPSSP); le groupe est devenu un groupe de travail officiel des conseils "
            "mixtes en février 2018, sur la recommandation du Groupe de travail sur le cadre."
        ),
        reporting_lines=[line("jc", datetime.date(2018, 2, 1), precision="month", provenance=ALIGNMENT_SLIDE)],
        seats=[unnamed(PT, member=True), unnamed(PT, member=True), unnamed(PT, member=True)],
    ),
    group(
        "open-government",
        "Canada's Open Government",
        "Gouvernement ouvert du Canada",
        reporting_lines=[line("jc")],
        seats=[held("tbs"), unnamed(PT)],
    ),
    group(
        "research",
        "Research Committee",
        "Comité de recherche",
        kind="committee",
        **notes(ENABLER_NOTE),
        reporting_lines=[line("jc")],
        seats=[held("tbs", member=True), unnamed(PT, member=True)],
    ),
    group(
        "privacy-gdpr",
        "Privacy and GDPR (Privacy Committee)",
        "Vie privée et RGPD (Comité sur le respect de la vie privée)",
        kind="committee",
        **notes(
            {
                "notes_en": (
                    'The 2019 status table gives "1/2" co-chairs and "0/0" member co-chairs: the co-chairs of the '
                    "group's two parts, privacy 1 and GDPR 2, none of them a council member."
                ),
                "notes_fr": (
                    "Le tableau d'état de 2019 indique « 1/2 » coprésidents et « 0/0 » membres coprésidents : les "
                    "coprésidents des deux volets du groupe, vie privée 1 et RGPD 2, dont aucun n'est membre d'un conseil."
                ),
            },
            ENABLER_NOTE,
        ),
        reporting_lines=[line("jc")],
        seats=[unnamed(PT, part=PRIVACY), held("ised", part=GDPR), unnamed(PT, part=GDPR)],
    ),
    group(
        "client-centric-services",
        "Client-Centric Services Working Group",
        "Priorités des services axés sur la clientèle",
        start_date=datetime.date(2018, 2, 1),
        start_precision="month",
        provenance=DECK_CCS,
        mandate_en=(
            "Stress the importance of federal, provincial-territorial and municipal jurisdictions working together to "
            "modernize public sector service delivery. Initial objectives: 1. define what client-centric means from an "
            "intergovernmental point of view; 2. build capacity to drive innovation and continuous improvement in public "
            "sector service delivery at every level of government across Canada; 3. develop a model to assess the "
            "current client service experience of services involving several jurisdictions or levels of government, "
            "the opportunities and challenges of organisations working together to continuously improve "
            "intergovernmental service experiences, and the specific enablers that can be used to advance the "
            "modernization of an intergovernmental service (e.g. people and skills, processes, data and information, "
            "tools and technology, and policy); 4. test the model on a chosen service or group of services, to support "
            "and ease project-based collaboration with interested jurisdictions towards more consistent and integrated "
            "services across government."
        ),
        mandate_fr=(
            "Insister sur l'importance que les administrations FPTM travaillent en collaboration dans le but de moderniser "
            "la prestation des services dans le secteur public. Objectifs initiaux : 1. définir ce que l'on entend par "
            "« axé sur les clients » d'un point de vue intergouvernemental; 2. renforcer les capacités en vue de stimuler "
            "l'innovation et l'amélioration continue dans la prestation de services dans le secteur public à tous les "
            "niveaux du gouvernement, partout au Canada; 3. élaborer un modèle pour l'évaluation de l'état actuel de "
            "l'expérience de service à la clientèle rattachée aux services mettant en cause plusieurs administrations "
            "ou niveaux de gouvernement, les possibilités et les difficultés avec lesquelles doivent composer les "
            "organisations travaillant ensemble en vue d'améliorer continuellement les expériences de services "
            "intergouvernementaux, et les outils habilitants spécifiques qui peuvent être optimisés pour faire progresser "
            "la modernisation d'un service intergouvernemental (ex. : ressources humaines et compétences, processus, "
            "données et information, outils et technologie, et politique); 4. comparer le modèle à un service ou à un "
            "groupe de services choisi afin de soutenir et de faciliter une collaboration axée sur les projets avec les "
            "administrations intéressées, qui permettra d'offrir des services plus uniformes et intégrés à l'échelle du "
            "gouvernement."
        ),
        notes_en=(
            "Formed by the Joint Councils in February 2018. In September 2020 most objectives had been met; outstanding: "
            "an easy-to-use digital maturity model and user guide to encourage adoption."
        ),
        notes_fr=(
            "Formé par les conseils mixtes en février 2018. En septembre 2020, la plupart des objectifs avaient été "
            "atteints; en suspens : un modèle de maturité et un guide de l'utilisateur numériques faciles d'utilisation "
            "qui favoriseront l'adoption des services."
        ),
        reporting_lines=[line("jc", datetime.date(2018, 2, 1), precision="month", provenance=DECK_CCS)],
        seats=[held("esdc", member=True), unnamed(PT, member=True)],
    ),
    group(
        "data-driven-intelligence",
        "Data-Driven Intelligence",
        "Renseignements axés sur les données",
        **notes(TO_BE_DECIDED_NOTE, one_member_of_two()),
        reporting_lines=[line("pssdc")],
        seats=[held("york-region", member=None), unnamed(PT, member=None)],
    ),
    group(
        "service-to-business",
        "Service to Business",
        "Services aux entreprises",
        notes_en=(
            "PSCIOC members agreed in February 2020, and PSSDC members on 3 September 2020, that the group report to the "
            "Joint Councils. " + one_member_of_two()["notes_en"]
        ),
        notes_fr=(
            "Les membres du CDPISP ont convenu en février 2020, et les membres du CPSSP le 3 septembre 2020, que le groupe "
            "relève des conseils mixtes. " + one_member_of_two()["notes_fr"]
        ),
        reporting_lines=[
            line("pssdc", None, SERVICE_TO_BUSINESS_MOVE - datetime.timedelta(days=1)),
            line(
                "jc",
                SERVICE_TO_BUSINESS_MOVE,
                None,
                "Moved from the PSSDC on 3 September 2020.",
                "Transféré du CPSSP le 3 septembre 2020.",
                provenance=DECK_WG_UPDATE,
            ),
        ],
        seats=[held("ised", member=None), unnamed(NOT_PLACED, member=None)],
    ),
    group(
        "cloud-o365",
        "Cloud and O365",
        "Nuage et O365",
        notes_en=(
            'The 2019 status table gives "2/1" co-chairs and "0/0" member co-chairs: the co-chairs of the group\'s two '
            "parts, cloud 2 and O365 1, none of them a council member."
        ),
        notes_fr=(
            "Le tableau d'état de 2019 indique « 2/1 » coprésidents et « 0/0 » membres coprésidents : les coprésidents "
            "des deux volets du groupe, nuage 2 et O365 1, dont aucun n'est membre d'un conseil."
        ),
        reporting_lines=[line("pscioc")],
        seats=[held("tbs", part=CLOUD), unnamed(PT, part=CLOUD), unnamed(NOT_PLACED, part=O365)],
    ),
    group(
        "imsc",
        "Identity Management Sub-Committee",
        "Sous-comité de gestion de l'identité",
        kind="sub_committee",
        acronym_en="IMSC",
        acronym_fr="SCGI",
        mandate_en=(
            "Represent the public sector's perspective through consultation among jurisdictions; develop papers, "
            "strategies and recommendations for a consistent pan-Canadian approach to identity management, including "
            "its long-term governance; share information and best practices among jurisdictions."
        ),
        mandate_fr=(
            "Représenter le point de vue du secteur public grâce à la consultation entre les administrations; élaborer "
            "des documents, des stratégies et des recommandations en vue d'une approche pancanadienne cohérente de la "
            "gestion de l'identité, y compris sa gouvernance à long terme; échanger de l'information et des pratiques "
            "exemplaires entre les administrations."
        ),
        notes_en=(
            "Proposed to the FPT Deputy Ministers' table in 2011, following the FPT Identity Management Steering "
            "Committee set up in June 2008. Each jurisdiction may appoint one senior service delivery representative and "
            "one CIO representative."
        ),
        notes_fr=(
            "Proposé à la Table des SM FPT en 2011, à la suite du Comité directeur FPT sur la gestion de l'identité mis "
            "sur pied en juin 2008. Chaque administration peut nommer un haut représentant de la prestation des services "
            "et un représentant des DPI."
        ),
        reporting_lines=[line("jc")],
        seats=[held("tbs", member=True), unnamed(PT, member=True)],
    ),
    group(
        "nscip",
        "National CIO Sub-Committee on Information Protection (cybersecurity)",
        "Sous-comité national du dirigeant principal de l'information sur la protection de l'information (cybersécurité)",
        kind="sub_committee",
        acronym_en="NSCIP",
        acronym_fr="SNDPI",
        name_translated_language="fr",
        **notes(ENABLER_NOTE, one_member_of_two()),
        reporting_lines=[line("pscioc")],
        seats=[unnamed(PT, member=None), unnamed(NOT_PLACED, member=None)],
    ),
    group(
        "it-procurement",
        "IT Procurement",
        "Acquisition en TI",
        **notes(ENABLER_NOTE),
        reporting_lines=[line("pscioc")],
        seats=[held("toronto", member=True)],
    ),
    group(
        "digital-identity",
        "Digital Identity Working Group",
        "Priorité de l'identité numérique",
        reporting_lines=[line("jc")],
        seats=[held("tbs"), unnamed(PT)],
    ),
    group(
        "ict-policy",
        "ICT Policy",
        "Politique sur les TIC",
        notes_en=(
            "The 2019 current-state slide lists this PSCIOC group with a question mark and the status table gives no "
            "counts for it; the participation map shows two provincial/territorial co-chairs. The alignment proposal "
            "does not place it."
        ),
        notes_fr=(
            "La diapositive de l'état actuel de 2019 mentionne ce groupe du CDPISP avec un point d'interrogation et le "
            "tableau d'état ne donne aucun nombre; la carte de la participation montre deux coprésidents provinciaux/"
            "territoriaux. La proposition d'harmonisation ne le place pas."
        ),
        name_translated_language="en",
        provenance=CURRENT_STATE,
        reporting_lines=[line("pscioc")],
        seats=[unnamed(PT, member=None), unnamed(PT, member=None)],
    ),
    group(
        "service-network-collaboration",
        "Service Network Collaboration",
        "Collaboration du réseau de services",
        name_translated_language="fr",
        status="not_recorded",
        provenance=ALIGNMENT_SLIDE,
        notes_en="Named in the 2019 alignment proposal; the sources do not say which council it reports to.",
        notes_fr=("Mentionné dans la proposition d'harmonisation de 2019; les sources ne disent pas de quel conseil il relève."),
    ),
    group(
        "canadas-digital-interchange",
        "Canada's Digital Interchange",
        "Échange numérique du Canada",
        acronym_en="CDI",
        name_translated_language="fr",
        status="not_recorded",
        provenance=ALIGNMENT_SLIDE,
        notes_en=(
            "Named in the 2019 alignment proposal; the sources do not say what kind of group it is nor which council it "
            "reports to."
        ),
        notes_fr=(
            "Mentionné dans la proposition d'harmonisation de 2019; les sources ne disent ni de quel type de groupe il "
            "s'agit ni de quel conseil il relève."
        ),
    ),
    group(
        "innovation-centre-cop",
        "Connect with the Innovation Centre",
        "Communiquer avec le Centre d'innovation",
        kind="community_of_practice",
        name_translated_language="en",
        provenance=CURRENT_STATE,
        reporting_lines=[line("pssdc")],
    ),
    group(
        "open-source",
        "Open Source",
        "Sources ouvertes",
        status="forming",
        name_translated_language="en",
        provenance=DECK_WG_UPDATE,
        start_date=datetime.date(2020, 9, 10),
        notes_en=(
            "PSCIOC members agreed on 10 September 2020 to create the group, reporting to the Joint Councils. The group "
            "was being formed and its statement of work drafted, to be shared with members in fall 2020."
        ),
        notes_fr=(
            "Les membres du CDPISP ont convenu le 10 septembre 2020 de créer le groupe, qui relève des conseils mixtes. "
            "On travaillait à la formation du groupe et à l'élaboration d'un énoncé des travaux, qui serait diffusé aux "
            "membres à l'automne 2020."
        ),
        reporting_lines=[
            line(
                "jc",
                datetime.date(2020, 9, 10),
                None,
                "The PSCIOC agreed that the group would report to the Joint Councils.",
                "Le CDPISP a convenu que le groupe relèverait des conseils mixtes.",
                provenance=DECK_WG_UPDATE,
            )
        ],
    ),
    group(
        "framework",
        "Working Group on the Framework",
        "Groupe de travail sur le cadre",
        status="not_recorded",
        name_translated_language="en",
        start_date=datetime.date(2015, 1, 1),
        start_precision="year",
        end_date=datetime.date(2018, 1, 1),
        end_precision="year",
        provenance=GOVERNANCE_HISTORY,
        notes_en=(
            "2015 to 2018. The logic model and the hiring of the strategic policy analyst built on its work; on its "
            "recommendation, Digital Strategy became an official Joint Councils working group in February 2018."
        ),
        notes_fr=(
            "De 2015 à 2018. Le modèle logique et l'embauche de l'analyste des politiques stratégiques se sont fondés sur "
            "ses travaux; sur sa recommandation, la stratégie numérique est devenue un groupe de travail officiel des "
            "conseils mixtes en février 2018."
        ),
    ),
    group(
        "government-experts-digital-identity",
        "Government Experts Group on Digital Identity",
        "Groupe d'experts gouvernementaux sur l'identité numérique",
        status="not_recorded",
        name_translated_language="en",
        provenance=inferred(
            DECK_DIGITAL_ID,
            "The deck names a recently formed group of government experts; the portal files it as a working group.",
            "La présentation nomme un groupe d'experts gouvernementaux formé récemment; le portail le classe comme "
            "groupe de travail.",
        ),
        notes_en=("Recently formed in September 2020: the executive director of the digital identity program is to engage it."),
        notes_fr=(
            "Formé récemment en septembre 2020 : le directeur exécutif du programme d'identité numérique doit le mobiliser."
        ),
    ),
]

# Outstanding tasks: (group slug, title_en, title_fr, description_en, description_fr, provenance)
OUTSTANDING = [
    (
        "privacy-gdpr",
        "Privacy (privacy impact assessment)",
        "Protection de la vie privée (Évaluation des facteurs relatifs à la vie privée)",
        "Listed in 2019 among the outstanding tasks to review periodically: retire, relaunch or follow up.",
        "Mentionnée en 2019 parmi les tâches en suspens à examiner périodiquement : retirer, relancer ou assurer le suivi.",
        OUTSTANDING_TASKS,
    ),
    (
        "cloud-o365",
        "Cloud (pan-Canadian requirements – privacy, security)",
        "Nuages (exigences pancanadiennes – protection de la vie privée, sécurité)",
        "Listed in 2019 among the outstanding tasks to review periodically: retire, relaunch or follow up.",
        "Mentionnée en 2019 parmi les tâches en suspens à examiner périodiquement : retirer, relancer ou assurer le suivi.",
        OUTSTANDING_TASKS,
    ),
    (
        "open-government",
        "Open government (high-value datasets)",
        "Gouvernement ouvert (ensembles de données de haute valeur)",
        "Listed in 2019 among the outstanding tasks to review periodically: retire, relaunch or follow up.",
        "Mentionnée en 2019 parmi les tâches en suspens à examiner périodiquement : retirer, relancer ou assurer le suivi.",
        OUTSTANDING_TASKS,
    ),
    (
        "client-centric-services",
        "An easy-to-use digital maturity model and user guide that will encourage the adoption of services",
        "Un modèle de maturité et un guide de l'utilisateur numériques faciles d'utilisation qui favoriseront l'adoption "
        "des services",
        "Outstanding in September 2020; most of the group's initial objectives had been met.",
        "En suspens en septembre 2020; la plupart des objectifs initiaux du groupe avaient été atteints.",
        DECK_CCS,
    ),
]
