"""The real meetings of the Joint Councils, 2015–2020, as plain bilingual data (loaded by seed.loader).

Sources: the secretariat's French briefing decks (the September 2020 strategic discussion, the strategic policy
analyst's report of 2019 and the governance decision deck), cited by title through each row's provenance. French
text is the decks' own, with the extraction's line breaks removed and bullets normalised to "•"; English is a
translation.

Rules the data follows:
- Dates carry their precision: a meeting the sources give to the month or the year is stored on the first day of the
  period (shown "September 2015", "2019"); where another day is stored to keep the order, the row is flagged as
  inferred and says why. Times are unknown: meetings start at midnight, local time.
- Nothing is invented: no attendance, no venue, no "virtual" flag (the sources never say a meeting was virtual),
  no due date (the decks give seasons, not dates), no decision the sources do not record as taken.
- Decisions and action items sit on the meeting where they were taken (PSSDC 3 Sept, PSCIOC 10 Sept 2020 ...).

The loader (`seed.loader.load_meetings`) runs after the registry load: councils by code, working groups and priorities by slug.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from meetings.models import ActionItem, AgendaItem, Decision, Meeting

from . import (
    DECK_CCS,
    DECK_CONTEXT,
    DECK_WG_UPDATE,
    GOVERNANCE_DECK,
    GOVERNANCE_HISTORY,
    TIMELINE_2019,
    inferred,
    src,
)

Purpose = AgendaItem.Purpose


@dataclass(frozen=True)
class Text:
    """One text in English and French."""

    en: str
    fr: str


EMPTY = Text("", "")


def _lines(*rows: str) -> str:
    return "\n".join(rows)


@dataclass(frozen=True)
class AgendaItemData:
    order: int
    title: Text
    purpose: str = Purpose.INFORMATION
    objectives: Text = EMPTY
    context: Text = EMPTY
    discussion_questions: Text = EMPTY  # one question per line
    decision_sought: Text = EMPTY
    presenter_note: Text = EMPTY
    priorities: tuple[str, ...] = ()  # priority slugs
    priority_prefixes: tuple[str, ...] = ()  # every priority whose slug starts so (the councils' emerging themes)
    working_groups: tuple[str, ...] = ()  # working-group slugs
    provenance: dict | None = None  # the meeting's when None


@dataclass(frozen=True)
class DecisionData:
    key: str  # stable Python-side identifier; rows are matched on meeting + text_fr
    text: Text
    agenda_item: int | None = None  # order of the agenda item
    decided_on: datetime.date | None = None  # the meeting's date when None
    result: str = Decision.Result.APPROVED
    priorities: tuple[str, ...] = ()
    provenance: dict | None = None  # the meeting's when None


@dataclass(frozen=True)
class ActionItemData:
    key: str  # stable Python-side identifier; rows are matched on meeting + description_fr
    description: Text
    owner_council: str | None = None
    owner_group: str | None = None
    agenda_item: int | None = None
    due_date: datetime.date | None = None
    status: str = ActionItem.Status.OPEN
    provenance: dict | None = None  # the meeting's when None


@dataclass(frozen=True)
class MeetingData:
    key: str
    council: str
    day: datetime.date
    title: Text
    provenance: dict
    precision: str = "day"
    city: Text = EMPTY
    status: str = Meeting.Status.HELD
    is_virtual: bool = False
    objectives: Text = EMPTY
    context: Text = EMPTY
    agenda: tuple[AgendaItemData, ...] = ()
    decisions: tuple[DecisionData, ...] = ()
    actions: tuple[ActionItemData, ...] = ()


def _jc_meeting(key: str, day: datetime.date, city: str, provenance: dict, precision: str = "month", **extra) -> MeetingData:
    return MeetingData(
        key=key,
        council="jc",
        day=day,
        title=Text(f"Joint Councils meeting, {city}", f"Réunion des conseils mixtes, {city}"),
        city=Text(city, city),
        provenance=provenance,
        precision=precision,
        **extra,
    )


# ---------------------------------------------------------------------------------------------------------------
# 2015–2019: the meetings of the Framework Working Group and of the strategic policy analyst (sources 001 and 003)
# ---------------------------------------------------------------------------------------------------------------

EARLY_MEETINGS = (
    _jc_meeting("jc-2015-09-st-johns", datetime.date(2015, 9, 1), "St. John's", GOVERNANCE_HISTORY),
    _jc_meeting("jc-2016-02-toronto", datetime.date(2016, 2, 1), "Toronto", GOVERNANCE_HISTORY),
    _jc_meeting("jc-2016-09-victoria", datetime.date(2016, 9, 1), "Victoria", GOVERNANCE_HISTORY),
    _jc_meeting(
        "jc-2017-02-ottawa",
        datetime.date(2017, 2, 1),
        "Ottawa",
        GOVERNANCE_HISTORY,
        decisions=(
            DecisionData(
                key="digital-strategy-confirmed-priority",
                text=Text(
                    "Digital Strategy is confirmed as a Joint Councils priority.",
                    "La stratégie numérique est confirmée comme priorité des conseils mixtes.",
                ),
                priorities=("digital-strategy",),
                provenance=src(
                    "iccs-public-record",
                    "page of the Digital Strategy working group",
                    "page du groupe de travail sur la stratégie numérique",
                ),
            ),
        ),
    ),
    _jc_meeting("jc-2017-10-charlottetown", datetime.date(2017, 10, 1), "Charlottetown", GOVERNANCE_HISTORY),
    _jc_meeting(
        "jc-2018-02-toronto",
        datetime.date(2018, 2, 1),
        "Toronto",
        GOVERNANCE_HISTORY,
        decisions=(
            DecisionData(
                key="ccs-working-group-formed",
                text=Text(
                    "The Joint Councils form the CCS Working Group, whose mandate is to stress the importance of FPTM "
                    "jurisdictions working together to modernize public sector service delivery.",
                    "Les conseils mixtes forment le Groupe de travail sur les SAC, dont le mandat consiste à insister sur "
                    "l’importance que les administrations FPTM travaillent en collaboration dans le but de moderniser la "
                    "prestation des services dans le secteur public.",
                ),
                priorities=("client-centric-services",),
                provenance=DECK_CCS,
            ),
            DecisionData(
                key="digital-strategy-official-working-group",
                text=Text(
                    "On the Framework Working Group's recommendation, Digital Strategy becomes an official Joint Councils "
                    "working group.",
                    "Sur la recommandation du Groupe de travail sur le cadre, la stratégie numérique devient un groupe de "
                    "travail officiel des conseils mixtes.",
                ),
                priorities=("digital-strategy",),
                provenance=src(
                    "iccs-public-record",
                    "page of the Digital Strategy working group",
                    "page du groupe de travail sur la stratégie numérique",
                ),
            ),
        ),
    ),
    MeetingData(
        key="jc-2018-07-approvals",
        council="jc",
        day=datetime.date(2018, 7, 1),
        precision="month",
        title=Text("Joint Councils approvals, July 2018", "Approbations des conseils mixtes, juillet 2018"),
        provenance=inferred(
            TIMELINE_2019,
            "The timeline gives two approvals in July 2018 without saying at which meeting or how they were given; "
            "they are filed on one Joint Councils record of July 2018.",
            "La chronologie donne deux approbations en juillet 2018 sans dire à quelle réunion ni comment elles ont été "
            "données; elles sont classées sous un seul dossier des conseils mixtes de juillet 2018.",
        ),
        decisions=(
            DecisionData(
                key="analyst-hiring-approved",
                text=Text(
                    "Approval of the hiring of a strategic policy analyst for the Joint Councils.",
                    "Approbation de l’embauche d’un analyste des politiques stratégiques au sein des CM.",
                ),
            ),
            DecisionData(
                key="gap-analysis-recommendations-approved",
                text=Text(
                    "The recommendations of the gap analysis are approved.",
                    "Recommandations de l’analyse des lacunes approuvées.",
                ),
            ),
        ),
    ),
    _jc_meeting(
        "jc-2019-ottawa",
        datetime.date(2019, 1, 1),
        "Ottawa",
        TIMELINE_2019,
        precision="year",
        agenda=(
            AgendaItemData(
                order=1,
                title=Text(
                    "Workplan of the Joint Councils strategic policy analyst",
                    "Plan de travail de l’analyste des politiques stratégiques au sein des conseils mixtes",
                ),
                purpose=Purpose.DECISION,
                context=Text(
                    _lines(
                        "• Meet the JC co-chairs to understand the priorities, objectives, observations and questions "
                        "about governance.",
                        "• Define measures of success and the frequency of contact in general terms.",
                        "• Confirm the direction and priorities. Adapt the workplan document, summarize and share it.",
                        "• Attend all WG meetings. Observe and understand the work and results, look for links and gaps.",
                        "• Discuss at the Joint Councils meeting for approval.",
                    ),
                    _lines(
                        "• Rencontrer les coprésidents des CM pour comprendre les priorités, les objectifs, les "
                        "observations et les questions concernant la gouvernance.",
                        "• Définir de façon générale les mesures du succès et la fréquence des contacts.",
                        "• Confirmer l’orientation et les priorités. Adapter le document du plan de travail, résumer et "
                        "diffuser.",
                        "• Participer à toutes les réunions du GT. Observer et comprendre le travail, les résultats, "
                        "chercher les liens et les lacunes.",
                        "• Discuter à la réunion des conseils mixtes aux fins d’approbation.",
                    ),
                ),
            ),
        ),
        decisions=(
            DecisionData(
                key="analyst-workplan-approved",
                agenda_item=1,
                text=Text(
                    "Workplan of the JC strategic policy analyst approved – for consultation.",
                    "Plan de travail de l’analyste des politiques stratégiques au sein des CM approuvé – pour consultation.",
                ),
            ),
        ),
    ),
    _jc_meeting(
        "jc-2019-winnipeg",
        datetime.date(2019, 7, 1),
        "Winnipeg",
        inferred(
            TIMELINE_2019,
            "The timeline gives the year only; the meeting is stored in July 2019, the month of the analyst's report it "
            "received, only to order it after Ottawa 2019.",
            "La chronologie ne donne que l'année; la réunion est enregistrée en juillet 2019, le mois du rapport de "
            "l'analyste qu'elle a reçu, seulement pour la placer après Ottawa 2019.",
        ),
        precision="year",
        agenda=(
            AgendaItemData(
                order=1,
                title=Text(
                    "Report of the Joint Councils strategic policy analyst",
                    "Rapport de l’analyste des politiques stratégiques au sein des conseils mixtes",
                ),
                purpose=Purpose.DISCUSSION,
                context=Text(
                    _lines(
                        "Building on the Framework Working Group and the logic model, the strategic policy analyst was "
                        "hired to provide strategic advice and help develop and implement the Joint Councils' short- "
                        "and long-term strategic goals and objectives (logic model).",
                        "The Joint Councils co-chairs and the working group co-chairs were interviewed by the strategic "
                        "analyst; the current state of opportunities, issues, risks, challenges and insights is "
                        "documented. Several higher-level insights about governance are also highlighted.",
                    ),
                    _lines(
                        "En se fondant sur le groupe de travail sur le cadre et le modèle logique, l’analyste des "
                        "politiques stratégiques a été embauchée pour fournir des conseils stratégiques et aider à "
                        "l’élaboration et à la mise en œuvre des buts et des objectifs stratégiques à court et à long "
                        "termes des conseils mixtes (modèle logique).",
                        "Les coprésidents des conseils mixtes et les coprésidents du groupe de travail ont été "
                        "interrogés par l’analyste stratégique; l’état actuel des possibilités, les enjeux, les "
                        "risques, les défis et les connaissances sont documentés. Plusieurs connaissances de niveau "
                        "supérieur liées à la gouvernance sont également mises en évidence.",
                    ),
                ),
            ),
        ),
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# JC, 26 February 2020: the strategic discussion (source 000, "Contexte") and the governance decision deck (003)
# ---------------------------------------------------------------------------------------------------------------

GOVERNANCE_CONTEXT = Text(
    _lines(
        "History: Framework Working Group (2015 to 2018); strategic policy analyst (2018 to 2019):",
        "• Review of the logic model and of the current state",
        "• Interviews with the Joint Councils co-chairs",
        "• Interviews with the co-chairs of the Joint Councils working groups",
        "• Report to the Joint Councils (Winnipeg)",
        "Themes identified – consultation with the Joint Councils co-chairs:",
        "• More integration is needed",
        "• Align as much as possible and define the value of the Joint Councils",
        "• Canadians will feel the difference",
        "• Advance horizontal work",
        "• Modernize governance",
        "Challenges identified – consultation with the working group co-chairs:",
        "• Governance and reporting: informal reporting structure; reporting challenges",
        "• Resources and funding: participation; working group support",
        "Institute for Citizen-Centred Service (ICCS): ICCS is a non-profit organization founded by members of the "
        "Joint Councils. It is dedicated to improving the service delivery citizens receive when they deal with the "
        "different orders of government. ICCS is a centre for research, learning and training, using the best "
        "practices, publications and tools that support citizen-centred service delivery across Canada and "
        "internationally. ICCS supports the Joint Councils by providing support and management services in every "
        "aspect of the councils' activities.",
        "The case for change: maturity of government services; value to members of the administration; FPTM "
        "alignment; delivery; Canadians' expectations.",
        "Recommended measures – as a table:",
        "• We commit to co-creating and co-delivering initiatives",
        "• We mature and evolve the conditions that enable co-creation and co-delivery",
        "• We leverage the ICCS platform to advance key priorities",
        "• We launch a review of our governance, of how we manage our agenda and of our meeting formats, to provide "
        "recommendations that will allow the councils to take a position on existing and emerging priorities",
        "• We will examine the links and reporting relationships with other groups and tables (e.g. the FPT DM table "
        "on service delivery collaboration) and produce recommendations",
        "Recommended next steps:",
        "1. Ask the Digital Strategy Working Group to oversee this work and approve the acquisition of resources",
        "2. Update reporting relationships and meeting structures to support the advancement of key priorities",
        "Quick wins:",
        "• Move the Data-Driven Intelligence Working Group and the Service to Business Working Group from PSSDC to the "
        "Joint Councils",
        "• Update the format of in-person meetings: Joint Councils meetings will last a day and a half, and PSSDC and "
        "PSCIOC meetings half a day each",
    ),
    _lines(
        "Historique : Groupe de travail sur le cadre (2015 à 2018); analyste des politiques stratégiques (2018 à 2019) :",
        "• Examen du modèle logique et de l’état actuel",
        "• Entrevues avec des coprésidents des conseils mixtes",
        "• Entrevues avec les coprésidents du groupe de travail des conseils mixtes",
        "• Rapport aux conseils mixtes (Winnipeg)",
        "Thèmes cernés – consultation avec les coprésidents des conseils mixtes :",
        "• Il faut plus d’intégration",
        "• Il faut harmoniser autant que possible et définir la valeur des conseils mixtes",
        "• La population canadienne ressentira la différence",
        "• Faire progresser le travail horizontal",
        "• Moderniser la gouvernance",
        "Défis cernés – consultation avec les coprésidents des groupes de travail :",
        "• Gouvernance et établissement de rapports : structure hiérarchique informelle; défis liés à "
        "l’établissement de rapports",
        "• Ressources et financement : participation; soutien du groupe de travail",
        "Institut des services axés sur les citoyens (ISAC) : L’ISAC est un organisme sans but lucratif fondé par des "
        "membres des conseils mixtes. Il se consacre à l’amélioration de la prestation de services offerte aux "
        "citoyens lorsqu’ils interagissent avec les différents ordres de gouvernement. L’ISAC sert de centre de "
        "recherche, d’apprentissage et de formation. On y emploie les pratiques exemplaires, les publications et les "
        "outils qui soutiennent la prestation de services axés sur les citoyens, à l’échelle du Canada et sur la "
        "scène internationale. L’ISAC facilite le fonctionnement des conseils mixtes en lui fournissant des services "
        "de soutien et de gestion, dans tous les aspects des activités des conseils.",
        "Le bien-fondé du changement : maturité des services gouvernementaux; valeur aux membres de "
        "l’administration; harmonisation FPTM; prestation; attentes de la population canadienne.",
        "Mesures recommandées – en tant que table :",
        "• Nous nous engageons à créer et à offrir des initiatives conjointement",
        "• Nous faisons mûrir et évoluer les conditions en vue de permettre la création et la prestation conjointes",
        "• Nous mettons à profit la plateforme de l’ISAC afin de faire progresser les priorités clés",
        "• Nous lançons un examen de notre gouvernance, de la gestion de notre ordre du jour et des formats de nos "
        "réunions, afin de fournir des recommandations qui permettront aux conseils de prendre une position en vue "
        "d’aborder les priorités existantes et émergentes",
        "• Nous examinerons les liens et les relations hiérarchiques avec les autres groupes et tables (p. ex., la "
        "table des SM FPT sur la collaboration en matière de prestation de services, etc.) et nous produirons des "
        "recommandations",
        "Prochaines étapes recommandées :",
        "1. Demander au Groupe de travail sur la stratégie numérique de superviser ces travaux et d’approuver "
        "l’acquisition de ressources",
        "2. Mettre à jour les rapports hiérarchiques et les structures de réunion afin de soutenir l’avancement des "
        "priorités clés",
        "Gains rapides :",
        "• Muter le Groupe de travail sur l’intelligence axée sur les données et le Groupe de travail sur les "
        "services aux entreprises du CPSSP aux conseils mixtes",
        "• Mettre à jour le format des réunions en personne : Les réunions des conseils mixtes seront d’une journée "
        "et demie et d’une demi-journée pour le CPSSP et le CDPISP",
    ),
)

JC_2020_02 = MeetingData(
    key="jc-2020-02-26",
    council="jc",
    day=datetime.date(2020, 2, 26),
    title=Text(
        "Joint Councils meeting: strategic discussion and governance",
        "Réunion des conseils mixtes : discussion stratégique et gouvernance",
    ),
    provenance=DECK_CONTEXT,
    agenda=(
        AgendaItemData(
            order=1,
            title=Text("Strategic discussion held by the Joint Councils", "Discussion stratégique tenue par les conseils mixtes"),
            purpose=Purpose.DISCUSSION,
            context=Text(
                "At the Joint Councils meeting of 26 February, a request was made to develop a proposal to clarify the "
                "priorities and to distinguish those relating to digital identity from those relating to client-centric "
                "services.",
                "À la réunion des conseils mixtes du 26 février, on a déposé une demande visant à élaborer une "
                "proposition pour clarifier les priorités et faire une distinction entre celles se rapportant à "
                "l’identité numérique et celles touchant aux services axés sur les clients.",
            ),
            priorities=("digital-identity", "client-centric-services"),
        ),
        AgendaItemData(
            order=2,
            title=Text(
                "Governance and operating model of the Joint Councils",
                "Gouvernance et modèle opérationnel des conseils mixtes",
            ),
            purpose=Purpose.DECISION,
            objectives=Text(
                _lines(
                    "Members are aware of the governance and operating model in place for the Joint Councils",
                    "Discussion with members about the governance and operating models that will allow us to achieve "
                    "our priorities and adapt to changing contexts",
                    "A decision on how to proceed",
                ),
                _lines(
                    "Les membres sont au fait de la gouvernance et du modèle opérationnel en place pour les conseils mixtes",
                    "Tenue de discussion avec les membres au sujet de la gouvernance et des modèles opérationnels qui "
                    "nous permettront d’atteindre nos priorités et de nous adapter aux contextes changeants",
                    "Prise d’une décision sur la façon de procéder",
                ),
            ),
            context=GOVERNANCE_CONTEXT,
            discussion_questions=Text(
                _lines(
                    "Do members agree that we have an opportunity to evolve the Joint Councils from a group focused on "
                    "information sharing into a group able to deliver?",
                    "How could we leverage the ICCS intergovernmental platform to advance key priorities (co-creation "
                    "and co-delivery)?",
                    "How do we find ways to stop working off the corner of our desks?",
                    "Do members agree that a change in governance is needed?",
                    "What would the quick wins be?",
                ),
                _lines(
                    "Les membres conviennent-ils que nous avons l’occasion de faire évoluer les conseils mixtes d’un "
                    "groupe axé sur l’échange d’information à un groupe capable de prestation?",
                    "Comment pourrions-nous mettre à profit la plateforme intergouvernementale de l’ISAC afin de faire "
                    "progresser les priorités clés (création et prestation conjointes)?",
                    "Comment trouver des façons d’arrêter de travailler sur le coin de nos bureaux?",
                    "Les membres conviennent-ils qu’il faut apporter un changement à la gouvernance?",
                    "Quels seraient les gains rapides?",
                ),
            ),
            decision_sought=Text(
                "Do members agree with the recommended measures and next steps?",
                "Les membres sont-ils d’accord avec les mesures et les prochaines étapes recommandées?",
            ),
            working_groups=("digital-strategy", "data-driven-intelligence", "service-to-business"),
            provenance=inferred(
                GOVERNANCE_DECK,
                "The governance deck gives no meeting date; it is placed on this meeting because it follows the Winnipeg "
                "2019 report and this is the next Joint Councils meeting the sources name. No source records the answer "
                "to its question.",
                "La présentation sur la gouvernance ne donne pas de date de réunion; elle est placée à cette réunion parce "
                "qu'elle suit le rapport de Winnipeg 2019 et que c'est la réunion suivante des conseils mixtes que "
                "nomment les sources. Aucune source ne consigne la réponse à sa question.",
            ),
        ),
    ),
    decisions=(
        DecisionData(
            key="priorities-confirmed",
            agenda_item=1,
            text=Text(
                "Digital identity and client-centric services are confirmed as the Joint Councils priorities.",
                "On confirme que l’identité numérique et les services axés sur les clients constituent les priorités "
                "des conseils mixtes.",
            ),
            priorities=("digital-identity", "client-centric-services"),
        ),
        DecisionData(
            key="define-the-two-priorities",
            agenda_item=1,
            text=Text(
                "A proposal is to be developed to clearly define the two priorities (digital identity and client-centric "
                "services) so that they are dealt with separately and have clear outcomes.",
                "Il faut élaborer une proposition visant à définir clairement les deux priorités (identité numérique et "
                "services axés sur les clients) afin qu’elles soient traitées distinctement et assorties de résultats "
                "clairs.",
            ),
            priorities=("digital-identity", "client-centric-services"),
        ),
        DecisionData(
            key="strategic-plan-needed",
            agenda_item=1,
            text=Text(
                "A Joint Councils strategic plan is to be established for the coming years.",
                "Il faut établir un plan stratégique des conseils mixtes pour les prochaines années.",
            ),
        ),
    ),
    # The deck's recommended next steps are not action items: it only asks whether members agree, and no source
    # records the answer (see WITHDRAWN_ACTIONS).
)

# ---------------------------------------------------------------------------------------------------------------
# PSSDC 3 September and PSCIOC 10 September 2020 (source 000, slides on client-centric services and WG updates)
# ---------------------------------------------------------------------------------------------------------------

PSSDC_2020_09 = MeetingData(
    key="pssdc-2020-09-03",
    council="pssdc",
    day=datetime.date(2020, 9, 3),
    title=Text("PSSDC meeting", "Réunion du CPSSP"),
    provenance=DECK_CCS,
    decisions=(
        DecisionData(
            key="stb-reports-to-jc",
            text=Text(
                "PSSDC members agreed that the Service to Business (STB) Working Group report to the Joint Councils.",
                "Les membres du CPSSP ont accepté que le Groupe de travail des services aux entreprises (SAE) fasse "
                "rapport aux conseils mixtes.",
            ),
        ),
        DecisionData(
            key="pssdc-ccs-activities",
            text=Text(
                "Members agreed to undertake the following activities and then report to the Joint Councils: PSSDC will "
                "discuss specific areas of interest regarding CCS and the client experience and make related "
                "recommendations; PSSDC will provide recommendations on how to leverage the work of the Joint Councils' "
                "research and working groups to better understand client needs and expectations.",
                "Les membres ont convenu d’entreprendre les activités suivantes, puis de faire rapport aux conseils "
                "mixtes : le CPSSP discutera de domaines d’intérêt spécifiques concernant les SAC et l’expérience client "
                "et formulera des recommandations connexes; le CPSSP transmettra des recommandations sur la façon "
                "d’optimiser ce que font les groupes de recherche et de travail des conseils mixtes dans le but de "
                "mieux comprendre les besoins et les attentes des clients.",
            ),
            priorities=("client-centric-services",),
        ),
    ),
    actions=(
        ActionItemData(
            key="pssdc-ccs-areas-of-interest",
            owner_council="pssdc",
            description=Text(
                "PSSDC will discuss specific areas of interest regarding CCS and the client experience and make related "
                "recommendations.",
                "Le CPSSP discutera de domaines d’intérêt spécifiques concernant les SAC et l’expérience client et "
                "formulera des recommandations connexes.",
            ),
        ),
        ActionItemData(
            key="pssdc-leverage-research-and-working-groups",
            owner_council="pssdc",
            description=Text(
                "PSSDC will provide recommendations on how to leverage the work of the Joint Councils' research and "
                "working groups to better understand client needs and expectations.",
                "Le CPSSP transmettra des recommandations sur la façon d’optimiser ce que font les groupes de recherche "
                "et de travail des conseils mixtes dans le but de mieux comprendre les besoins et les attentes des "
                "clients.",
            ),
        ),
    ),
)

PSCIOC_2020_09 = MeetingData(
    key="pscioc-2020-09-10",
    council="pscioc",
    day=datetime.date(2020, 9, 10),
    title=Text("PSCIOC meeting", "Réunion du CDPISP"),
    provenance=DECK_WG_UPDATE,
    decisions=(
        DecisionData(
            key="open-source-wg-created",
            text=Text(
                "PSCIOC members agreed to create an Open Source Working Group. This WG would report to the Joint Councils.",
                "Les membres du CDPISP ont convenu de la création d’un Groupe de travail sur les sources ouvertes. Ce "
                "GT relèverait des conseils mixtes.",
            ),
        ),
    ),
    actions=(
        ActionItemData(
            key="open-source-wg-formation",
            owner_council="pscioc",
            # "On travaille présentement": the source says the work is under way.
            status=ActionItem.Status.IN_PROGRESS,
            description=Text(
                "Form the Open Source WG and develop a statement of work, to be shared with members in fall 2020 (work "
                "under way).",
                "On travaille présentement à la formation du GT et à l’élaboration d’un énoncé des travaux, qui sera "
                "diffusé aux membres à l’automne 2020.",
            ),
        ),
    ),
)

# ---------------------------------------------------------------------------------------------------------------
# JC, 22 September 2020: the strategic discussion and the digital identity progress report (source 000)
# ---------------------------------------------------------------------------------------------------------------

OBJECTIVE_REVALIDATE = Text(
    "Reconfirm the Joint Councils priorities: digital identity and client-centric services",
    "Nouvelle validation des priorités des conseils mixtes : l’identité numérique et les services axés sur les clients",
)
OBJECTIVE_DEFINE_CCS = Text(
    "Proposal to define the nature and priority of client-centric services",
    "Proposition visant à définir la nature et la priorité des services axés sur les clients",
)
OBJECTIVE_NEW_PRIORITIES = Text(
    "Discussion of the new PSCIOC and PSSDC priorities (COVID-19 and beyond)",
    "Discussion sur les nouvelles priorités du CDPISP et du CPSSP (la COVID-19 et après)",
)
OBJECTIVE_STRATEGIC_PLAN = Text(
    "Next steps in developing a Joint Councils strategic plan",
    "Prochaines étapes concernant l’élaboration d’un plan stratégique des conseils mixtes",
)
OBJECTIVE_EXTERNAL = Text(
    "Leveraging external relationships to advance the Joint Councils priorities",
    "Optimisation des relations externes pour faire progresser les priorités des conseils mixtes",
)

CHATBOT = Text(
    "Chatbot enablement: Chatbot technology is a multi-jurisdictional strategic initiative aimed at the digital "
    "transformation of services. How has the experience of implementing chatbot technology gone in generating a "
    "positive return on investment?",
    "Activation de la technologie de robots conversationnels : La technologie de robots conversationnels est une "
    "initiative stratégique regroupant plusieurs administrations qui vise la transformation numérique des services. "
    "Comment s’est déroulée l’expérience consistant à mettre en œuvre la technologie de robots conversationnels pour "
    "générer un rendement positif des investissements?",
)


def _themes_intro(council_en: str, council_fr: str) -> Text:
    return Text(
        f"{council_en} members identified specific areas where intergovernmental collaboration would be beneficial. The "
        "main areas raised by the jurisdictions were grouped under the following themes:",
        f"Les membres du {council_fr} ont indiqué des domaines précis pour lesquels il serait avantageux d’établir une "
        "collaboration intergouvernementale. Les principaux domaines mentionnés par les différentes administrations ont "
        "été regroupés en fonction des thèmes suivants :",
    )


PSCIOC_THEMES = (
    _themes_intro("PSCIOC", "CDPISP"),
    Text(
        "Digital transformation: PSCIOC members want to take part in sharing best practices on setting digital policy; "
        "designing and delivering client-centric services; integrating core IT, IM, data and service functions; "
        "integrated governance, planning and reporting, innovation and experimentation; digital standards and digital "
        "adaptation.",
        "Transformation numérique : Les membres du CDPISP souhaitent prendre part à l’échange de pratiques exemplaires "
        "visant l’établissement d’une politique numérique; la conception et la prestation de services axés sur les "
        "clients; l’intégration de fonctions de base liées aux TI, à la GI, aux données et aux services; la "
        "gouvernance intégrée, la planification et la production de rapports, l’innovation et l’expérimentation; les "
        "normes numériques et l’adaptation au numérique.",
    ),
    Text(
        "Information technology: How jurisdictions maximize the engagement of the relevant WGs (such as NSCIP); enable "
        "the responsible adoption of cloud computing across Canada; rely on the federal government's (e.g. the GC "
        "and/or TBS) security assessment of cloud service providers; examine the viability of joint procurement of "
        "common services; and seek to put in place a common national WebCheck platform to identify website "
        "vulnerabilities.",
        "Technologies de l’information : Comment les administrations : maximisent la mobilisation des GT concernés "
        "(comme le SNDPI); permettent l’adoption responsable de l’infonuagique partout au Canada; misent sur "
        "l’évaluation de la sécurité faite par le gouvernement fédéral (p.ex. le GC et/ou SCT) auprès des fournisseurs "
        "de service d’infonuagique; examinent la viabilité des acquisitions en commun de services communs et cherchent "
        "à mettre en place une plateforme nationale commune WebCheck pour cerner les vulnérabilités des sites Web.",
    ),
    Text(
        "Talent management and development: Given the focus on digital service delivery and the need to find "
        "solutions, how can jurisdictions attract and retain top talent despite the current constraints on the public "
        "sector compensation system? What challenges and best practices come with recruiting and retaining staff in "
        "in-demand fields of work and functions?",
        "Gestion et perfectionnement des talents : Étant donné que l’accent était mis sur la prestation de services "
        "numériques et sur la nécessité de trouver des solutions, de quelle façon les administrations peuvent-elles "
        "attirer et garder en poste du personnel de grand talent malgré les contraintes actuelles exercées sur le "
        "système de rémunération du secteur public? Quelles sont les difficultés et pratiques exemplaires avec "
        "lesquelles il faut composer pour recruter et garder en poste du personnel dans des domaines de travail et des "
        "fonctions en demande?",
    ),
    Text(
        "Remote workers: What are jurisdictions doing to ensure that public sector employees working remotely can "
        "securely access government applications and data and work collaboratively using new remote access "
        "technologies?",
        "Travailleurs à distance : Que font les administrations pour s’assurer que les employés du secteur public "
        "travaillant à distance peuvent avoir accès en toute sécurité aux applications et aux données du gouvernement "
        "et travailler en collaboration en utilisant les nouvelles technologies d’accès à distance?",
    ),
    CHATBOT,
    Text(
        "Cybersecurity: The COVID-19 pandemic has brought an increase in cybersecurity threats in the public sector. "
        "Jurisdictions are interested in sharing best practices and lessons learned as they seek adequate mitigation "
        "of cyber risks.",
        "Cybersécurité : La pandémie de COVID-19 a entraîné une hausse des menaces pour la cybersécurité dans le "
        "secteur public. Les administrations démontrent de l’intérêt pour l’échange de pratiques exemplaires et de "
        "leçons retenues puisqu’elles souhaitent une atténuation adéquate des cyber-risques.",
    ),
)

PSSDC_THEMES = (
    _themes_intro("PSSDC", "CPSSP"),
    Text(
        "Public sector collaboration: PSSDC members want to learn more about how multi-level governance and "
        "collaboration worked across jurisdictions to find solutions during the COVID-19 pandemic.",
        "Collaboration dans le secteur public : Les membres du CPSSP souhaitent en apprendre davantage sur la façon "
        "dont la gouvernance et la collaboration à paliers multiples se sont déroulées dans l’ensemble des "
        "administrations afin de pouvoir trouver des solutions pendant la pandémie de COVID-19.",
    ),
    Text(
        "Multichannel service experience: The focus is on the multichannel service experience. What experience, "
        "methods and lessons learned have enabled citizens and businesses to find and access services through the "
        "channel of their choice?",
        "Expérience du service multicanal : L’accent est mis sur l’expérience du service multicanal. Qu’en est-il de "
        "l’expérience, des méthodes utilisées et des leçons retenues ayant permis aux citoyens et aux entreprises de "
        "trouver des services et d’y accéder au moyen du canal de leur choix?",
    ),
    Text(
        "Privacy: Strengthening the protection of privacy and personal data during the COVID-19 outbreak. How are "
        "organizations protecting data by ensuring privacy and security by design, taking an approach to comply with "
        "privacy laws, and adopting best practices to involve the public in service design to increase transparency?",
        "Protection de la vie privée : Renforcement des mesures de protection de la vie privée et des données "
        "personnelles pendant l’éclosion de COVID-19. Comment les organisations s’y prennent-elles pour protéger les "
        "données en assurant le respect de la protection de la vie privée et la sécurité dès la conception, en "
        "adoptant une approche pour se conformer aux lois sur le respect de la vie privée et en adoptant des pratiques "
        "exemplaires pour faire participer le public à la conception des services en vue d'accroître la transparence?",
    ),
    Text(
        "COVID-19 response efforts: The impact and management of the COVID-19 pandemic across orders of government is "
        "an issue of interest to PSSDC members. Jurisdictions are interested in the following: whether service "
        "delivery priorities have changed, the extent to which service standards are being met, whether clients are "
        "satisfied and whether the impacts have been taken into account.",
        "Efforts d’intervention liés à la COVID-19 : Les répercussions et la gestion de la pandémie de COVID-19 dans "
        "l’ensemble des ordres de gouvernement sont un enjeu d’intérêt pour les membres du CPSSP. Les administrations "
        "s’intéressent à ce qui suit : si les priorités relatives à la prestation des services ont été modifiées, dans "
        "quelle mesure les normes de service sont respectées, si les clients sont satisfaits et si les répercussions "
        "ont été prises en compte.",
    ),
    Text(
        "Wait-time reduction: Many Canadians increasingly rely on digital platforms to carry out everyday tasks. What "
        "methods are jurisdictions using to reduce wait times for essential service requests (such as benefit "
        "applications) from citizens and businesses? To increase transparency, how is wait-time information presented "
        "to the public?",
        "Réduction des temps d’attente : De nombreux Canadiens comptent de plus en plus sur des plateformes numériques "
        "pour exécuter des tâches courantes. Quelles sont les méthodes qu’utilisent les administrations pour réduire "
        "les temps d'attente dans le cas de demandes de services essentiels (comme les demandes de prestations) "
        "destinés à des citoyens et à des entreprises? Dans le but d’accroître la transparence, comment présente-t-on "
        "au public l’information sur le temps d’attente?",
    ),
    CHATBOT,
    Text(
        "Data management framework: Open government and open data are a key area for jurisdictions. PSSDC members want "
        "to learn more about how data management frameworks were established (specifically roles and "
        "responsibilities, metadata standards and publishing guidelines to support the creation of an open data "
        "portal).",
        "Cadre de gestion des données : Le gouvernement ouvert et les données ouvertes forment un domaine clé pour les "
        "administrations. Les membres du CPSSP souhaitent en apprendre davantage sur la façon dont les cadres de "
        "gestion des données ont été établis (plus précisément les rôles et les responsabilités, les normes relatives "
        "aux métadonnées et les lignes directrices sur la publication afin d’appuyer la création d’un portail de "
        "données ouvertes).",
    ),
    Text(
        "Virtual agent technology: Organizations use direct-service virtual agents in their client service functions "
        "to answer routine client enquiries, complete standard requests, etc. How are jurisdictions using virtual "
        "agent technology to improve front-line support to citizens and businesses?",
        "Technologie des agents virtuels : Les organisations utilisent des agents virtuels des services directs dans "
        "leurs fonctions de service à la clientèle afin de répondre aux demandes courantes de la clientèle, de remplir "
        "les demandes types, etc. Comment les administrations utilisent-elles la technologie des agents virtuels pour "
        "améliorer le soutien de première ligne aux citoyens et aux entreprises?",
    ),
)


NEXT_STEPS_2020 = inferred(
    src("deck-2020-09", "slide “Next steps”", "diapositive « Prochaines étapes »"),
    "The deck lists these as next steps, before the meeting; no source records them as decided or assigned.",
    "La présentation les donne comme prochaines étapes, avant la réunion; aucune source ne les consigne comme "
    "décidées ou confiées.",
)


def _join(texts: tuple[Text, ...]) -> Text:
    return Text(_lines(*(t.en for t in texts)), _lines(*(t.fr for t in texts)))


JC_2020_09 = MeetingData(
    key="jc-2020-09-22",
    council="jc",
    day=datetime.date(2020, 9, 22),
    title=Text(
        "Joint Councils: strategic discussion and digital identity progress report",
        "Conseils mixtes : discussion stratégique et rapport d’étape sur l’identité numérique",
    ),
    precision="month",
    provenance=inferred(
        DECK_CONTEXT,
        "The deck gives September 2020, not the day; the meeting is stored on 22 September, the day the deck says the "
        "digital identity progress report will be made to the Joint Councils, only to order it after the council "
        "meetings of 3 and 10 September.",
        "La présentation donne septembre 2020, pas le jour; la réunion est enregistrée le 22 septembre, jour où la "
        "présentation annonce le rapport d'étape sur l'identité numérique aux conseils mixtes, seulement pour la "
        "placer après les réunions des conseils des 3 et 10 septembre.",
    ),
    objectives=_join(
        (OBJECTIVE_REVALIDATE, OBJECTIVE_DEFINE_CCS, OBJECTIVE_NEW_PRIORITIES, OBJECTIVE_STRATEGIC_PLAN, OBJECTIVE_EXTERNAL)
    ),
    context=Text(
        _lines(
            "February 2020 – Strategic discussion held by the Joint Councils. Key decisions:",
            "• Digital identity and client-centric services are confirmed as the Joint Councils priorities.",
            "• A proposal is to be developed to clearly define the two priorities (digital identity and client-centric "
            "services) so that they are dealt with separately and have clear outcomes.",
            "• A Joint Councils strategic plan is to be established for the coming years.",
            "March 2020 – COVID-19! The pandemic caused unprecedented disruption and difficulty across FPTM "
            "jurisdictions in Canada. Jurisdictions continue to operate amid uncertainty. The pandemic upended citizens' "
            "needs and expectations and accelerated the need to put digital solutions in place.",
        ),
        _lines(
            "Février 2020 – Discussion stratégique tenue par les conseils mixtes. Principales décisions :",
            "• On confirme que l’identité numérique et les services axés sur les clients constituent les priorités des "
            "conseils mixtes.",
            "• Il faut élaborer une proposition visant à définir clairement les deux priorités (identité numérique et "
            "services axés sur les clients) afin qu’elles soient traitées distinctement et assorties de résultats "
            "clairs.",
            "• Il faut établir un plan stratégique des conseils mixtes pour les prochaines années.",
            "Mars 2020 – COVID-19! La pandémie a causé des perturbations et des difficultés sans précédent dans "
            "l’ensemble des administrations FPTM au Canada. Les administrations continuent de fonctionner dans un "
            "contexte d’incertitude. La pandémie a causé un bouleversement dans les besoins/attentes des citoyens et a "
            "accéléré la nécessité de mettre en place des solutions numériques.",
        ),
    ),
    agenda=(
        AgendaItemData(
            order=1,
            title=Text("Joint Councils priority: digital identity", "Priorité des conseils mixtes : identité numérique"),
            purpose=Purpose.INFORMATION,
            objectives=OBJECTIVE_REVALIDATE,
            presenter_note=Text(
                "Peter Watkins, executive director of the pan-Canadian digital identity program (progress report)",
                "Peter Watkins, directeur exécutif du programme pancanadien d’identité numérique (rapport d’étape)",
            ),
            context=Text(
                _lines(
                    "The Joint Councils remain committed to accelerating digital identity solutions.",
                    "• Because of the COVID-19 pandemic, FPTM jurisdictions across the country found themselves in a "
                    "context of uncertainty. Governments had to turn quickly to essentially digital methods to interact "
                    "with their citizens. Jurisdictions continue to reassess and strengthen digital service delivery "
                    "models to meet the evolving needs of citizens and businesses. Jurisdictions are giving priority to "
                    "accelerated technology solutions, to emergency security guidance and assessments, and to secure "
                    "design advice and testing, to meet the unprecedented demand for digital solutions brought on by the "
                    "pandemic.",
                    "• In August 2020, the Joint Councils appointed Peter Watkins executive director of their "
                    "pan-Canadian digital identity program. Peter Watkins will foster relationships on behalf of the "
                    "public service that advance the digital identity program both within the Joint Councils' digital "
                    "identity bodies, notably by engaging the recently formed government expert group on digital "
                    "identity, and outside the Joint Councils, for example at DIACC.",
                    "• Peter Watkins will submit a progress report on the digital identity program to the Joint Councils "
                    "on 22 September.",
                    "Digital identity is still one of the Joint Councils' top priorities!",
                ),
                _lines(
                    "Les conseils mixtes sont toujours déterminés à accélérer les solutions relatives à l’identité numérique.",
                    "• En raison de la pandémie de COVID-19, les administrations FPTM de partout au pays se sont "
                    "retrouvées dans un contexte d’incertitude. Les gouvernements ont dû se tourner rapidement vers des "
                    "méthodes essentiellement numériques pour pouvoir interagir avec leurs citoyens. Les administrations "
                    "continuent de réévaluer et de renforcer les modèles de prestation de services numériques en vue de "
                    "répondre aux besoins en évolution des citoyens et des entreprises. Les administrations accordent la "
                    "priorité aux solutions technologiques accélérées, aux consignes et aux évaluations de sécurité en "
                    "cas d’urgence ainsi qu’aux conseils et aux essais en matière de conception sécuritaire afin de "
                    "répondre à la demande inégalée de solutions numériques provoquée par la pandémie.",
                    "• En août 2020, les conseils mixtes ont nommé Peter Watkins au poste de directeur exécutif de leur "
                    "programme pancanadien d’identité numérique. Peter Watkins encouragera l’établissement de relations "
                    "pour le compte de la fonction publique qui feront progresser le programme d’identité numérique à la "
                    "fois au sein des entités chargées de l’identité numérique dans les conseils mixtes, notamment par "
                    "la mobilisation du Groupe d’experts gouvernementaux sur l’identité numérique formé récemment, et à "
                    "l’extérieur des conseils mixtes, par exemple au CIANC.",
                    "• Peter Watkins soumettra un rapport d’étape sur le programme d’identité numérique aux conseils "
                    "mixtes le 22 septembre.",
                    "La question de l’identité numérique fait encore partie des grandes priorités des conseils mixtes!",
                ),
            ),
            priorities=("digital-identity",),
        ),
        AgendaItemData(
            order=2,
            title=Text(
                "Joint Councils priority: client-centric services",
                "Priorité des conseils mixtes : services axés sur les clients",
            ),
            purpose=Purpose.INFORMATION,
            objectives=OBJECTIVE_REVALIDATE,
            context=Text(
                _lines(
                    "• In February 2018, the Joint Councils formed the CCS Working Group, whose mandate is to stress the "
                    "importance of FPTM jurisdictions working together to modernize public sector service delivery.",
                    "• CCS means an approach to service design that takes into account the needs of citizens rather than "
                    "those of government.",
                    "The initial objectives of the CCS Working Group were:",
                    '1. Define what "client-centric" means from an intergovernmental perspective.',
                    "2. Build capacity to drive innovation and continuous improvement in public sector service delivery "
                    "at all levels of government across Canada.",
                    "3. Develop a model for:",
                    "• assessing the current state of the client service experience for services involving several "
                    "jurisdictions and/or levels of government;",
                    "• the opportunities and challenges that organizations working together face in continuously "
                    "improving intergovernmental service experiences;",
                    "• specific enablers that can be leveraged to advance the modernization of an intergovernmental "
                    "service (e.g. human resources/skills, processes, data/information, tools/technology and policy).",
                    "4. Test the model against a selected service or group of services to support and facilitate "
                    "project-based collaboration with interested jurisdictions, leading to more consistent and "
                    "integrated services across government.",
                    "Most of the objectives have been met.",
                    "Outstanding: an easy-to-use digital maturity model and user guide that will encourage the uptake of "
                    "services.",
                    "Next steps: further clarify and define how CCS is a priority, and identify the priority areas of "
                    "action or interest that require the Joint Councils' collaboration.",
                ),
                _lines(
                    "• En février 2018, les conseils mixtes ont formé le Groupe de travail sur les SAC dont le mandat "
                    "consiste à insister sur l’importance que les administrations FPTM travaillent en collaboration dans "
                    "le but de moderniser la prestation des services dans le secteur public.",
                    "• Par SAC, on entend un mode de conception de services tenant compte des besoins des citoyens et non "
                    "de ceux du gouvernement.",
                    "Les objectifs initiaux du Groupe de travail sur les SAC étaient les suivants :",
                    "1. Définir ce que l’on entend par « axé sur les clients » d’un point de vue intergouvernemental.",
                    "2. Renforcer les capacités en vue de stimuler l’innovation et l’amélioration continue dans la "
                    "prestation de services dans le secteur public à tous les niveaux du gouvernement, partout au Canada.",
                    "3. Élaborer un modèle pour les raisons suivantes :",
                    "• l’évaluation de l’état actuel de l’expérience de service à la clientèle rattachée aux services "
                    "mettant en cause plusieurs administrations et/ou niveaux de gouvernement;",
                    "• les possibilités et les difficultés avec lesquelles doivent composer les organisations travaillant "
                    "ensemble en vue d’améliorer continuellement les expériences de services intergouvernementaux;",
                    "• des outils habilitants spécifiques qui peuvent être optimisés pour faire progresser la "
                    "modernisation d’un service intergouvernemental (ex. : ressources humaines/compétences, processus, "
                    "données/information, outils/technologie et politique).",
                    "4. Comparer le modèle à un service ou à un groupe de services choisi afin de soutenir et de faciliter "
                    "une collaboration axée sur les projets avec les administrations intéressées qui permettra d’offrir "
                    "des services plus uniformes et intégrés à l’échelle du gouvernement.",
                    "La plupart des objectifs ont été atteints.",
                    "En suspens : un modèle de maturité et un guide de l’utilisateur numériques faciles d’utilisation qui "
                    "favoriseront l’adoption des services.",
                    "Prochaines étapes : Clarifier et définir davantage en quoi les SAC constituent une priorité et "
                    "établir les domaines d’intervention ou d’intérêt prioritaires nécessitant la collaboration des "
                    "conseils mixtes.",
                ),
            ),
            priorities=("client-centric-services",),
            working_groups=("client-centric-services",),
        ),
        AgendaItemData(
            order=3,
            title=Text(
                "Defining the nature and priority of client-centric services",
                "Définir la nature et la priorité des services axés sur les clients",
            ),
            purpose=Purpose.DISCUSSION,
            objectives=OBJECTIVE_DEFINE_CCS,
            context=Text(
                _lines(
                    "At the Joint Councils meeting of 26 February, a request was made to develop a proposal to clarify "
                    "the priorities and to distinguish those relating to digital identity from those relating to "
                    "client-centric services.",
                    "At the PSSDC meeting of 3 September, members agreed to undertake the following activities and then "
                    "report to the Joint Councils:",
                    "• PSSDC will discuss specific areas of interest regarding CCS and the client experience and make "
                    "related recommendations.",
                    "• PSSDC will provide recommendations on how to leverage the work of the Joint Councils' research and "
                    "working groups to better understand client needs and expectations.",
                    "PSSDC will report to the Joint Councils at an upcoming meeting. The topic and the next steps will be "
                    "revisited.",
                ),
                _lines(
                    "À la réunion des conseils mixtes du 26 février, on a déposé une demande visant à élaborer une "
                    "proposition pour clarifier les priorités et faire une distinction entre celles se rapportant à "
                    "l’identité numérique et celles touchant aux services axés sur les clients.",
                    "À la réunion du CPSSP du 3 septembre, les membres ont convenu d’entreprendre les activités "
                    "suivantes, puis de faire rapport aux conseils mixtes :",
                    "• Le CPSSP discutera de domaines d’intérêt spécifiques concernant les SAC et l’expérience client et "
                    "formulera des recommandations connexes.",
                    "• Le CPSSP transmettra des recommandations sur la façon d’optimiser ce que font les groupes de "
                    "recherche et de travail des conseils mixtes dans le but de mieux comprendre les besoins et les "
                    "attentes des clients.",
                    "Le CPSSP fera rapport aux conseils mixtes lors d’une prochaine réunion. On abordera à nouveau le "
                    "sujet ainsi que les prochaines étapes.",
                ),
            ),
            priorities=("client-centric-services",),
        ),
        AgendaItemData(
            order=4,
            title=Text("Update – Working groups", "Mise à jour – Groupes de travail"),
            purpose=Purpose.INFORMATION,
            context=Text(
                _lines(
                    "• On 3 September, PSSDC members agreed that the Service to Business (STB) Working Group report to "
                    "the Joint Councils. (In February 2020, PSCIOC members had agreed that the STB WG would report to the "
                    "JC.)",
                    "• On 10 September, PSCIOC members agreed to create an Open Source Working Group. This WG would "
                    "report to the Joint Councils. Work is under way to form the WG and to develop a statement of work, "
                    "which will be shared with members in fall 2020.",
                ),
                _lines(
                    "• Le 3 septembre, les membres du CPSSP ont accepté que le Groupe de travail des services aux "
                    "entreprises (SAE) fasse rapport aux conseils mixtes. (En février 2020, les membres du CDPISP "
                    "s’étaient entendus pour que le GT des SAE relève des CM.)",
                    "• Le 10 septembre, les membres du CDPISP ont convenu de la création d’un Groupe de travail sur les "
                    "sources ouvertes. Ce GT relèverait des conseils mixtes. On travaille présentement à la formation du "
                    "GT et à l’élaboration d’un énoncé des travaux, qui sera diffusé aux membres à l’automne 2020.",
                ),
            ),
            working_groups=("service-to-business", "open-source"),
        ),
        AgendaItemData(
            order=5,
            title=Text(
                "New PSCIOC priorities (after information sharing)",
                "Nouvelles priorités du CDPISP (après la mise en commun de l’information)",
            ),
            purpose=Purpose.INFORMATION,
            objectives=OBJECTIVE_NEW_PRIORITIES,
            context=_join(PSCIOC_THEMES),
            priority_prefixes=("pscioc-",),
            working_groups=("nscip",),
        ),
        AgendaItemData(
            order=6,
            title=Text(
                "New PSSDC priorities (after information sharing)",
                "Nouvelles priorités du CPSSP (après la mise en commun de l’information)",
            ),
            purpose=Purpose.INFORMATION,
            objectives=OBJECTIVE_NEW_PRIORITIES,
            context=_join(PSSDC_THEMES),
            priority_prefixes=("pssdc-",),
        ),
        AgendaItemData(
            order=7,
            title=Text("New Joint Councils priorities", "Nouvelles priorités des conseils mixtes"),
            purpose=Purpose.DISCUSSION,
            objectives=OBJECTIVE_NEW_PRIORITIES,
            context=Text(
                _lines(
                    "From the analysis of the information shared at PSCIOC, some areas where intergovernmental "
                    "collaboration would be beneficial:",
                    "• talent management and development;",
                    "• remote workers;",
                    "• chatbot enablement;",
                    "• cybersecurity.",
                    "From the analysis of the information shared at PSSDC, some areas where intergovernmental "
                    "collaboration would be beneficial:",
                    "• COVID-19 response efforts;",
                    "• privacy;",
                    "• virtual agent technology;",
                    "• chatbot enablement;",
                    "• the data management framework.",
                ),
                _lines(
                    "Selon l’analyse qui a été faite de l’échange de renseignements au CDPISP, voici quelques domaines "
                    "pour lesquels il serait avantageux d’établir une collaboration intergouvernementale :",
                    "• la gestion et le perfectionnement des talents;",
                    "• les travailleurs à distance;",
                    "• l’activation de la technologie de robots conversationnels;",
                    "• la cybersécurité.",
                    "Selon l’analyse qui a été faite de l’échange de renseignements au CPSSP, voici quelques domaines "
                    "pour lesquels il serait avantageux d’établir une collaboration intergouvernementale :",
                    "• les efforts d’intervention liés à la COVID-19;",
                    "• la protection de la vie privée;",
                    "• la technologie des agents virtuels;",
                    "• l’activation de la technologie de robots conversationnels;",
                    "• le Cadre de gestion des données.",
                ),
            ),
            discussion_questions=Text(
                "Could the Joint Councils focus on these new targeted priorities, and so examine and/or support the "
                "service delivery issue or need, by: leveraging existing WGs to examine specific needs or issues, such "
                "as the privacy committee; creating a community of practice to foster intergovernmental collaboration on "
                "a specific new priority or need; forming a WG to define/develop a pan-Canadian solution to common "
                "government issues/problems?",
                "Serait-il possible pour les conseils mixtes de se concentrer sur ces nouvelles priorités ciblées et "
                "ainsi d’examiner et/ou de soutenir la question ou le besoin relatif à la prestation de services en "
                "procédant comme suit : miser sur des GT déjà en place pour examiner des besoins ou des enjeux "
                "spécifiques, comme le comité sur le respect de la vie privée; créer une communauté de pratique pour "
                "favoriser la collaboration intergouvernementale relativement à une priorité ou à un besoin spécifique "
                "nouveau; former un GT pour définir/élaborer une solution pancanadienne à des enjeux/problèmes "
                "gouvernementaux communs?",
            ),
            priority_prefixes=("pscioc-", "pssdc-"),
            working_groups=("privacy-gdpr",),
        ),
        AgendaItemData(
            order=8,
            title=Text("JC strategic direction – recommendations", "Orientation stratégique des CM – recommandations"),
            purpose=Purpose.DECISION,
            objectives=_join((OBJECTIVE_STRATEGIC_PLAN, OBJECTIVE_EXTERNAL)),
            context=Text(
                _lines(
                    "The Joint Councils will continue to advance the following:",
                    "• accelerate digital identity solutions (digital identity program);",
                    "• define the nature and scope of client-centric services and identify areas of interest/priorities "
                    "from the standpoint of JC collaboration;",
                    "• continue the jurisdictions' presentations/learning activities, which are an effective way to share "
                    "best practices and lessons learned across the country.",
                    "Opportunities for the Joint Councils:",
                    "• Leverage information sharing among jurisdictions to identify common challenges and work towards "
                    "pan-Canadian solutions.",
                    "• Use the Joint Councils as a platform for jurisdictions to come together and then define, test "
                    "and/or model service delivery solutions to common problems that jurisdictions face.",
                    "• Produce strategic intelligence for the Joint Councils by calling on the Research Committee "
                    "(research analyst) to provide strategic insights/research on global/national trends, emerging "
                    "common priorities and perspectives on citizens' needs and expectations, thereby ensuring that the "
                    "JC priorities remain relevant.",
                    "• Formalize the links with external partners such as the FPT DM table, DIACC, the CDO and other "
                    "partners as part of a strategic collaboration initiative to advance the priorities.",
                    "• Develop a strategic plan for the JC that will set clear objectives in line with the current "
                    "priorities and be supported by the WG workplans. This plan would allow the JC to stay focused on the "
                    "task and measure progress towards the priority objectives.",
                    "• The strategic plan would be developed in fall 2020 by the ICCS secretariat in collaboration with "
                    "the JC co-chairs and the research analyst.",
                ),
                _lines(
                    "Les conseils mixtes continueront de faire progresser les éléments suivants :",
                    "• accélérer les solutions d’identité numérique (programme d’identité numérique);",
                    "• définir la nature et la portée des services axés sur les clients et cerner les domaines "
                    "d’intérêt/priorités du point de vue de la collaboration des CM;",
                    "• continuer les présentations/activités d’apprentissage des administrations qui sont une façon "
                    "efficace d’échanger des pratiques exemplaires et des leçons apprises à l’échelle du pays.",
                    "Possibilités offertes aux conseils mixtes :",
                    "• Miser sur l’échange de renseignements entre les administrations afin de cerner les difficultés "
                    "communes et de travailler à l’élaboration de solutions pancanadiennes.",
                    "• Se servir des conseils mixtes comme d’une plateforme permettant aux administrations de se réunir, "
                    "puis de définir, de tester et/ou de modéliser des solutions en matière de prestation de services "
                    "s’appliquant à des problèmes communs que vivent les administrations.",
                    "• Produire des renseignements stratégiques pour les conseils mixtes en faisant appel au Comité de "
                    "recherche (analyste de la recherche) afin qu’il fournisse des visions/recherches stratégiques au "
                    "sujet des tendances mondiales/nationales, des nouvelles priorités communes et des perspectives sur "
                    "les besoins et les attentes des citoyens et s’assure par le fait même que les priorités des CM sont "
                    "toujours pertinentes.",
                    "• Officialiser les liens établis avec des partenaires externes tels que la Table des SM FPT, le "
                    "CIANC, le DPD et d’autres partenaires dans le cadre d’une initiative de collaboration stratégique "
                    "visant à faire progresser les priorités.",
                    "• Élaborer un plan stratégique pour les CM qui définira des objectifs clairs suivant les priorités "
                    "courantes et qui sera étoffé par les plans de travail du GT. Ce plan permettrait aux CM de rester "
                    "concentrés sur la tâche et de mesurer les progrès relatifs à l’atteinte des objectifs prioritaires.",
                    "• Le plan stratégique serait élaboré à l’automne 2020 par le secrétariat de l’ISAC en collaboration "
                    "avec les coprésidents des CM et l’analyste de la recherche.",
                ),
            ),
            discussion_questions=Text(
                _lines(
                    "Are the recommendations in line with the Joint Councils' desired strategic direction?",
                    "Have other areas of interest or priorities been left out?",
                    "Are there other opportunities that would make intergovernmental collaboration a more effective "
                    "forum for improving the services offered to Canadians?",
                ),
                _lines(
                    "Les recommandations vont-elles dans le même sens que l’orientation stratégique souhaitée des "
                    "conseils mixtes?",
                    "A-t-on omis d’autres domaines d’intérêt ou priorités?",
                    "Existe-t-il d’autres possibilités qui permettraient à la collaboration intergouvernementale de "
                    "devenir une tribune plus efficace en ce qui a trait à l’amélioration des services offerts à la "
                    "population canadienne?",
                ),
            ),
            # The deck has no "decision sought today" slide: the decision sought stays empty (see RETRACTED_TEXTS).
            priorities=("digital-identity", "client-centric-services"),
            working_groups=("research",),
        ),
        AgendaItemData(order=9, title=Text("Next steps", "Prochaines étapes"), purpose=Purpose.INFORMATION),
    ),
    # The deck was written before the meeting and records no decision taken on 22 September: none is invented.
    actions=(
        ActionItemData(
            key="confirm-new-priorities",
            agenda_item=9,
            provenance=NEXT_STEPS_2020,
            owner_council="jc",
            description=Text(
                "The Joint Councils will confirm the new priorities or new areas of interest for intergovernmental "
                "collaboration.",
                "Les conseils mixtes confirmeront les nouvelles priorités ou les nouveaux domaines d’intérêt en ce qui a "
                "trait à la collaboration intergouvernementale.",
            ),
        ),
        ActionItemData(
            key="pssdc-recommendations-on-ccs",
            agenda_item=9,
            provenance=NEXT_STEPS_2020,
            owner_council="pssdc",
            description=Text(
                "PSSDC will provide the Joint Councils with recommendations on client-centric services as a priority "
                "(to be revisited in fall/winter 2020).",
                "Le CPSSP transmettra des recommandations aux conseils mixtes sur la priorité que constituent les "
                "services axés sur les clients (ce point sera traité à nouveau à l’automne/l’hiver 2020).",
            ),
        ),
        ActionItemData(
            key="develop-strategic-plan",
            agenda_item=9,
            provenance=NEXT_STEPS_2020,
            owner_council="jc",
            description=Text(
                "The Joint Councils strategic plan is to be developed (to be revisited in fall/winter 2020).",
                "Il faut élaborer le plan stratégique des conseils mixtes (ce point sera traité à nouveau à "
                "l’automne/l’hiver 2020).",
            ),
        ),
        ActionItemData(
            key="leverage-external-relationships",
            agenda_item=9,
            provenance=NEXT_STEPS_2020,
            owner_council="jc",
            description=Text(
                "The Joint Councils co-chairs will leverage external relationships to advance the Joint Councils priorities.",
                "Les coprésidents des conseils mixtes optimiseront les relations externes pour faire progresser les "
                "priorités des conseils mixtes.",
            ),
        ),
    ),
)

PSCIOC_2020_02 = MeetingData(
    key="pscioc-2020-02",
    council="pscioc",
    day=datetime.date(2020, 2, 1),
    precision="month",
    title=Text("PSCIOC, February 2020", "CDPISP, février 2020"),
    provenance=inferred(
        DECK_WG_UPDATE,
        "The deck gives the month of the PSCIOC members' agreement, not the meeting; it is filed on a PSCIOC record of "
        "February 2020.",
        "La présentation donne le mois de l'entente des membres du CDPISP, pas la réunion; elle est classée sous un "
        "dossier du CDPISP de février 2020.",
    ),
    decisions=(
        DecisionData(
            key="pscioc-stb-reports-to-jc",
            text=Text(
                "PSCIOC members agreed that the Service to Business WG report to the Joint Councils.",
                "Les membres du CDPISP se sont entendus pour que le GT des SAE relève des CM.",
            ),
        ),
    ),
)

MEETINGS: tuple[MeetingData, ...] = (
    *EARLY_MEETINGS,
    PSCIOC_2020_02,
    JC_2020_02,
    PSSDC_2020_09,
    PSCIOC_2020_09,
    JC_2020_09,
)

# Action items earlier versions loaded that no source records (the governance deck's recommended next steps, which it
# only asks members to agree to): (meeting key, description_fr). The loader removes them unless edited in the portal.
WITHDRAWN_ACTIONS = (
    (
        "jc-2020-02-26",
        "Demander au Groupe de travail sur la stratégie numérique de superviser ces travaux et d’approuver "
        "l’acquisition de ressources.",
    ),
    (
        "jc-2020-02-26",
        "Mettre à jour les rapports hiérarchiques et les structures de réunion afin de soutenir l’avancement des priorités clés.",
    ),
    (
        "jc-2020-02-26",
        "Gain rapide : muter le Groupe de travail sur l’intelligence axée sur les données et le Groupe de "
        "travail sur les services aux entreprises du CPSSP aux conseils mixtes.",
    ),
    (
        "jc-2020-02-26",
        "Gain rapide : mettre à jour le format des réunions en personne : les réunions des conseils mixtes "
        "seront d’une journée et demie et d’une demi-journée pour le CPSSP et le CDPISP.",
    ),
)

# Texts earlier versions wrote that no source gives: (meeting key, agenda order, field, English text). The loader
# empties the field in both languages when it still holds that text.
RETRACTED_TEXTS = (("jc-2020-09-22", 8, "decision_sought", OBJECTIVE_REVALIDATE.en),)
