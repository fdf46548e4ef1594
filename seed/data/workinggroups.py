"""Every working group the sources name, the council each reports to, and its co-chair seats in 2019.

Seats and terms follow the status table of source 001 ("État des groupes de travail – des coprésidents et
coprésidents membres", 2019), which gives per group a number of co-chairs and of member co-chairs (co-chairs who also
sit on a council), and no names:

- a seat the table counts as filled gets one open-ended term starting 2019-01-01 ("in office in 2019"), whose holder is
  the organisation the participation map of source 001 ties to that group (federal: TBS – open government, digital
  identity, IMSC, research, cloud; ISED – GDPR, service to business; ESDC – client-centric services, death
  notification; municipal: York Region – data-driven intelligence; City of Toronto – IT procurement), otherwise the
  placeholder organisation UNNAMED_HOLDER (see organisations.py);
- "1/2" (privacy) and "2/1" (cloud) in the co-chair column are read as filled seats / vacant seats: those vacant
  seats exist and hold no term;
- exactly as many terms as the table's member co-chair count have council_member_attested=True. The table does not
  say which co-chair is the council member, so the attestation goes to unnamed holders first: no named organisation
  is said to sit on a council unless the count leaves no other choice (IT procurement: 1 co-chair, 1 member co-chair);
- ICT Policy has "?" in the sources: no seats.

Reporting lines: the council of DOMAIN.md's table; Service to Business reported to PSSDC until the PSSDC agreed, on
3 September 2020, that it report to the Joint Councils (source 000). Groups whose council the sources do not give
(Service Network Collaboration, Canada's Digital Interchange) have no reporting line.
"""

import datetime

from .organisations import UNNAMED_HOLDER

TERMS_START = datetime.date(2019, 1, 1)
SERVICE_TO_BUSINESS_MOVE = datetime.date(2020, 9, 3)

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
VACANT_SEAT_NOTE = {
    "note_en": "Vacant in the 2019 status table of working groups.",
    "note_fr": "Vacant dans le tableau d'état des groupes de travail de 2019.",
}


def held(holder: str, *, member: bool = False) -> dict:
    """A seat held in 2019 by an organisation (a key of organisations.ORGANISATIONS)."""
    return {"holder": holder, "member": member}


def vacant() -> dict:
    """A seat with no holder."""
    return {"holder": None, "member": False}


def line(council: str, start: datetime.date | None = None, end: datetime.date | None = None, note_en="", note_fr="") -> dict:
    return {"council": council, "start_date": start, "end_date": end, "note_en": note_en, "note_fr": note_fr}


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
        "planned_end_date": None,
        "mandate_en": "",
        "mandate_fr": "",
        "notes_en": "",
        "notes_fr": "",
        "reporting_lines": [],
        "seats": [],
    } | fields


U = UNNAMED_HOLDER

WORKING_GROUPS = [
    group(
        "death-notification",
        "Death Notification",
        "Notification de décès",
        reporting_lines=[line("jc")],
        seats=[held("esdc"), held(U), held(U)],
    ),
    group(
        "digital-strategy",
        "Digital Strategy Priority",
        "Priorités de la stratégie numérique",
        start_date=datetime.date(2018, 2, 1),
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
        reporting_lines=[line("jc", datetime.date(2018, 2, 1))],
        seats=[held(U, member=True), held(U, member=True), held(U, member=True)],
    ),
    group(
        "open-government",
        "Canada's Open Government",
        "Gouvernement ouvert du Canada",
        reporting_lines=[line("jc")],
        seats=[held("tbs"), held(U)],
    ),
    group(
        "research",
        "Research Committee",
        "Comité de recherche",
        kind="committee",
        **notes(ENABLER_NOTE),
        reporting_lines=[line("jc")],
        seats=[held("tbs", member=True), held(U, member=True)],
    ),
    group(
        "privacy-gdpr",
        "Privacy and GDPR (Privacy Committee)",
        "Vie privée et RGPD (Comité sur le respect de la vie privée)",
        kind="committee",
        **notes(
            {
                "notes_en": (
                    'The 2019 status table gives "1/2" co-chairs and "0/0" member co-chairs: one seat filled and two vacant.'
                ),
                "notes_fr": (
                    "Le tableau d'état de 2019 indique « 1/2 » coprésidents et « 0/0 » membres coprésidents : un siège "
                    "occupé et deux vacants."
                ),
            },
            ENABLER_NOTE,
        ),
        reporting_lines=[line("jc")],
        seats=[held("ised"), vacant(), vacant()],
    ),
    group(
        "client-centric-services",
        "Client-Centric Services Priority",
        "Priorités des services axés sur la clientèle",
        start_date=datetime.date(2018, 2, 1),
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
        reporting_lines=[line("jc", datetime.date(2018, 2, 1))],
        seats=[held("esdc", member=True), held(U, member=True)],
    ),
    group(
        "data-driven-intelligence",
        "Data-Driven Intelligence",
        "Renseignements axés sur les données",
        **notes(TO_BE_DECIDED_NOTE),
        reporting_lines=[line("pssdc")],
        seats=[held("york-region"), held(U, member=True)],
    ),
    group(
        "service-to-business",
        "Service to Business",
        "Services aux entreprises",
        notes_en=(
            "PSCIOC members agreed in February 2020, and PSSDC members on 3 September 2020, that the group report to the "
            "Joint Councils."
        ),
        notes_fr=(
            "Les membres du CDPISP ont convenu en février 2020, et les membres du CPSSP le 3 septembre 2020, que le groupe "
            "relève des conseils mixtes."
        ),
        reporting_lines=[
            line("pssdc", None, SERVICE_TO_BUSINESS_MOVE - datetime.timedelta(days=1)),
            line(
                "jc",
                SERVICE_TO_BUSINESS_MOVE,
                None,
                "Moved from the PSSDC on 3 September 2020.",
                "Transféré du CPSSP le 3 septembre 2020.",
            ),
        ],
        seats=[held("ised"), held(U, member=True)],
    ),
    group(
        "cloud-o365",
        "Cloud and O365",
        "Nuage et O365",
        notes_en=('The 2019 status table gives "2/1" co-chairs and "0/0" member co-chairs: two seats filled and one vacant.'),
        notes_fr=(
            "Le tableau d'état de 2019 indique « 2/1 » coprésidents et « 0/0 » membres coprésidents : deux sièges "
            "occupés et un vacant."
        ),
        reporting_lines=[line("pscioc")],
        seats=[held("tbs"), held(U), vacant()],
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
        seats=[held("tbs", member=True), held(U, member=True)],
    ),
    group(
        "nscip",
        "National CIO Sub-Committee on Information Protection (cybersecurity)",
        "Sous-comité national du dirigeant principal de l'information sur la protection de l'information (cybersécurité)",
        kind="sub_committee",
        acronym_en="NSCIP",
        acronym_fr="SNDPI",
        **notes(ENABLER_NOTE),
        reporting_lines=[line("pscioc")],
        seats=[held(U, member=True), held(U)],
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
        "Digital Identity Priority",
        "Priorité de l'identité numérique",
        reporting_lines=[line("jc")],
        seats=[held("tbs"), held(U)],
    ),
    group(
        "ict-policy",
        "ICT Policy",
        "Politique sur les TIC",
        notes_en=(
            "The 2019 sources list this PSCIOC group with a question mark and give no co-chair counts; its priority is "
            "left to be decided."
        ),
        notes_fr=(
            "Les sources de 2019 mentionnent ce groupe du CDPISP avec un point d'interrogation et ne donnent aucun nombre "
            "de coprésidents; sa priorité reste à déterminer."
        ),
        reporting_lines=[line("pscioc")],
    ),
    group(
        "service-network-collaboration",
        "Service Network Collaboration",
        "Collaboration du réseau de services",
        notes_en="Named in the 2019 alignment proposal; the sources do not say which council it reports to.",
        notes_fr=("Mentionné dans la proposition d'harmonisation de 2019; les sources ne disent pas de quel conseil il relève."),
    ),
    group(
        "canadas-digital-interchange",
        "Canada's Digital Interchange",
        "Échange numérique du Canada",
        acronym_en="CDI",
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
        reporting_lines=[line("pssdc")],
    ),
    group(
        "open-source",
        "Open Source",
        "Sources ouvertes",
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
        reporting_lines=[line("jc", datetime.date(2020, 9, 10))],
    ),
]
