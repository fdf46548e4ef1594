"""The 2019 consultation of the Joint Councils' co-chairs and working-group co-chairs, as the strategic policy
analyst's report of July 2019 records it.

Faithfulness rules:
- The two interview guides are loaded in French as written (typos included); the English text of the questions is
  the secretariat's translation and the question sets say so. The nine topic names of the working-group guide are
  given in English by the source itself.
- Periods are known to the month only: April–June 2019 (council co-chairs), March–June 2019 (working-group
  co-chairs); stored on the first of the month with a "month" precision, never shown as a day.
- Respondents: the four council co-chairs the report names, and the twelve working groups it lists as interviewed
  (their co-chairs are not named: no person is recorded). The report says they were interviewed, not on which day.
- The quotes are the report's, in French; each is attributed only as the report attributes it (by role). The
  English is the secretariat's translation.
"""

import datetime

SOURCE = "Rapport de l'analyste des politiques stratégiques aux conseils mixtes, 2019"


def _src(slide: str) -> str:
    return f"{SOURCE} – « {slide} »"


CONSULTATION = {
    "slug": "co-chairs-2019",
    "title_en": "Interviews with the Joint Councils co-chairs and the working-group co-chairs, 2019",
    "title_fr": "Entrevues avec les coprésidents des conseils mixtes et les coprésidents des groupes de travail, 2019",
    "purpose_en": (
        "The Joint Councils co-chairs and the working-group co-chairs were interviewed by the strategic policy analyst; "
        "the current state of opportunities, issues, risks, challenges and knowledge is documented."
    ),
    "purpose_fr": (
        "Les coprésidents des conseils mixtes et les coprésidents du groupe de travail ont été interrogés par l'analyste "
        "stratégique; l'état actuel des possibilités, les enjeux, les risques, les défis et les connaissances sont documentés."
    ),
    "mode": "interview",
    "anonymous": False,
    "period_start": datetime.date(2019, 3, 1),
    "period_end": datetime.date(2019, 6, 1),
    "period_precision": "month",
    "source": _src("Sommaire exécutif"),
}

JC_GUIDE = {
    "key": "jc-cochairs",
    "number": 1,
    "name_en": "Interview guide – Joint Councils co-chairs",
    "name_fr": "Guide d'entrevue – coprésidents des conseils mixtes",
    "audience_en": "The four co-chairs of the Joint Councils (PSSDC and PSCIOC)",
    "audience_fr": "Les quatre coprésidents des conseils mixtes (CPSSP et CDPISP)",
    "period_start": datetime.date(2019, 4, 1),
    "period_end": datetime.date(2019, 6, 1),
    "period_precision": "month",
    "english_is_translation": True,
    "source": _src("Guide d'entrevue utilisé avec les coprésidents du conseil mixte"),
}

# (key, section_fr, section_en, text_fr, text_en)
_VALUE_FR = "Valeur unique des conseils mixtes, réussite et gouvernance"
_VALUE_EN = "Unique value of the Joint Councils, success and governance"
_MANDATE_FR = "Mandat des conseils mixtes – Rôle éventuellement rehaussé pour les coprésidents"
_MANDATE_EN = "Mandate of the Joint Councils – a possibly enhanced role for the co-chairs"
_ALIGN_FR = "Harmonisation au modèle logique (ML)"
_ALIGN_EN = "Alignment with the logic model (LM)"
_MEASURE_FR = "Mesure, réussite et échéanciers"
_MEASURE_EN = "Measurement, success and timelines"
_PACE_FR = "Faire progresser le travail au sein de la structure actuelle"
_PACE_EN = "Advancing the work within the current structure"
_PRIORITIES_FR = "Les priorités des CM ne fonctionnent pas de façon uniforme"
_PRIORITIES_EN = "The JC priorities do not work in the same way"

JC_QUESTIONS = [
    (
        "unique-offer",
        _VALUE_FR,
        _VALUE_EN,
        "Quel est l'offre unique ou l'avantage clé des conseils mixtes en tant que table FPTM?",
        "What is the unique offer or key advantage of the Joint Councils as an FPTM table?",
    ),
    (
        "value-shown",
        _VALUE_FR,
        _VALUE_EN,
        "Comment le CM a-t-il démontré de la valeur? Des exemples?",
        "How has the JC shown value? Examples?",
    ),
    (
        "success-3-5-years",
        _VALUE_FR,
        _VALUE_EN,
        "De quelle manière les CM réussiront-ils d'ici 3 ans, 5 ans, avec le structure actuelle de soutien et de financement?",
        "How will the JC succeed in 3 years, in 5 years, with the current support and funding structure?",
    ),
    (
        "what-works",
        _VALUE_FR,
        _VALUE_EN,
        "Qu'est-ce qui fonctionne ou ne fonctionne pas? Y a-t-il des points faibles, des domaines où les conseils peuvent être améliorés?",
        "What works or does not work? Are there weak points, areas where the councils can be improved?",
    ),
    (
        "fpt-dm-relationship",
        _VALUE_FR,
        _VALUE_EN,
        "Comment décririez-vous la relation entre le CM et la table FPT et des SM?",
        "How would you describe the relationship between the JC and the FPT DM table?",
    ),
    ("mandate", _MANDATE_FR, _MANDATE_EN, "Qu'envisagez-vous pour le mandat du CM?", "What do you see for the JC's mandate?"),
    (
        "enhanced-mandate",
        _MANDATE_FR,
        _MANDATE_EN,
        "Y a-t-il un besoin pour un mandat rehaussé pour les coprésidents? Que pensez-vous de ce qui suit?\n"
        "• Reddition de comptes sur les progrès réalisés sur le modèle logique – examen annuel sur les progrès réalisés?\n"
        "• Aider à supprimer les défis et les obstacles et cerner les approches d'obtention de ressources?\n"
        "• Assurer la coordination et le contact entre les coprésidents des conseils du CPSSP et du CDPISP, des réunions "
        "régulières entre le CDPISP et le CPSSP pour accroître les contributions et l'harmonisation?\n"
        "• Continue de mettre l'accent sur la rationalisation des groupes de travail afin de maximiser les ressources "
        "limitées et de se concentrer sur des priorités clés?\n"
        "• Liaison clé avec la table FPT et des SM – liées aux greffiers et secrétaires du Cabinet FPT?",
        "Is there a need for an enhanced mandate for the co-chairs? What do you think of the following?\n"
        "• Accountability for progress on the logic model – an annual review of progress?\n"
        "• Helping to remove challenges and barriers and to identify approaches to obtaining resources?\n"
        "• Coordination and contact between the PSSDC and PSCIOC co-chairs, regular meetings between PSCIOC and PSSDC "
        "to increase contributions and alignment?\n"
        "• Continued focus on streamlining the working groups to make the most of limited resources and concentrate on "
        "key priorities?\n"
        "• Key liaison with the FPT DM table – linked to the FPT clerks and cabinet secretaries?",
    ),
    (
        "lm-alignment",
        _ALIGN_FR,
        _ALIGN_EN,
        "Dans quelle mesure faut-il pousser l'harmonisation avec le ML? S'agit-il davantage du rôle des coprésidents des "
        "CM d'orienter et de veiller à l'harmonisation au ML au moment de la formation de nouveaux groupes?",
        "How far should alignment with the LM be pushed? Is it more the role of the JC co-chairs to guide and ensure "
        "alignment with the LM when new groups are formed?",
    ),
    (
        "measure-success",
        _MEASURE_FR,
        _MEASURE_EN,
        "Pouvez-vous parler de la manière dont les CM devraient mesurer le succès?",
        "Can you talk about how the JC should measure success?",
    ),
    (
        "what-to-measure",
        _MEASURE_FR,
        _MEASURE_EN,
        "Que devrions-nous mesurer? Par exemple, le modèle logique des buts à court et à long termes des CM? La "
        "satisfaction de la clientèle? L'achèvement de projet? Les répercussions dans les administrations?",
        "What should we measure? For example, the logic model of the JC's short- and long-term goals? Client "
        "satisfaction? Project completion? The impact in the jurisdictions?",
    ),
    (
        "short-term-measures",
        _MEASURE_FR,
        _MEASURE_EN,
        "Les CM ciblent-ils les mesures destinées aux buts à court terme du ML? Sont-ils réalisables, qui convient le mieux "
        "et quelle est la meilleure façon de faire?",
        "Does the JC target measures for the LM's short-term goals? Are they achievable, who is best placed, and what is "
        "the best way to do it?",
    ),
    (
        "pace",
        _PACE_FR,
        _PACE_EN,
        "Êtes-vous satisfait du rythme de la prestation des priorités et des projets, compte tenu du financement et des "
        "structures en ressources actuelles?",
        "Are you satisfied with the pace of delivery of the priorities and projects, given the current funding and "
        "resource structures?",
    ),
    (
        "wg-delivery",
        _PACE_FR,
        _PACE_EN,
        "Quelles sont vos réflexions sur la capacité des groupes de travail de livrer les produits en temps opportun?",
        "What are your thoughts on the working groups' capacity to deliver products on time?",
    ),
    (
        "priorities-alignment-proposal",
        _PRIORITIES_FR,
        _PRIORITIES_EN,
        "Afin de bien mettre en œuvre de façon adéquate cette recommandation comme prévu, que pensez-vous de ce qui suit? "
        "(Voir la prochaine diapositive.)",
        "To implement this recommendation properly as planned, what do you think of the following? (See the next "
        "slide: the proposed alignment of the working groups to the Joint Councils priorities.)",
    ),
]

WG_GUIDE = {
    "key": "wg-cochairs",
    "number": 1,
    "name_en": "Discussion guide and questions for meetings with the Joint Councils working-group co-chairs",
    "name_fr": "Guide de discussion et questions pour des réunions avec les coprésidents du groupe de travail des conseils mixtes",
    "audience_en": "The co-chairs of the working groups of PSSDC, PSCIOC and the Joint Councils",
    "audience_fr": "Les coprésidents des groupes de travail du CPSSP, du CDPISP et des conseils mixtes",
    "period_start": datetime.date(2019, 3, 1),
    "period_end": datetime.date(2019, 6, 1),
    "period_precision": "month",
    "english_is_translation": True,
    "source": _src("Guide d'entrevue utilisés avec les coprésidents du groupe de travail"),
}

# The nine topics: French and English both as the source gives them.
WG_TOPICS = [
    ("Contexte et priorités du groupe de travail", "Working Group Background and Priorities"),
    ("Prochaines étapes", "Looking Ahead"),
    ("Difficultés", "Challenges"),
    ("Soutien des conseils mixtes", "Support from the Joint Councils"),
    ("Harmonisation", "Alignment"),
    ("Plans de travail", "Workplans"),
    ("Mesure du succès", "Measuring Success"),
    ("Description de la valeur", "Describing Value"),
    ("Autres commentaires/ouvert", "Other Comments/Open"),
]

# (key, topic index, text_fr, text_en)
WG_QUESTIONS = [
    (
        "purpose",
        0,
        "Pouvez-vous décrire le but du groupe à un haut niveau?",
        "Can you describe the group's purpose at a high level?",
    ),
    (
        "main-priorities",
        0,
        "Quelles sont les principales priorités du groupe de travail?",
        "What are the working group's main priorities?",
    ),
    (
        "current-work",
        0,
        "Pouvez-vous décrire les travaux actuellement en cours?",
        "Can you describe the work currently under way?",
    ),
    ("results", 0, "Quels sont les résultats de ce groupe de travail?", "What are this working group's results?"),
    ("meeting-frequency", 0, "À quelle fréquence vous réunissez-vous?", "How often do you meet?"),
    (
        "engagement-pace",
        0,
        "Quel est votre niveau de satisfaction au sujet de l'engagement et du rythme du groupe de travail?",
        "How satisfied are you with the working group's engagement and pace?",
    ),
    (
        "related-groups",
        0,
        "Y a-t-il d'autres groupes de travail des conseils qui font des travaux liés au mandat de ce groupe?",
        "Are other working groups of the councils doing work related to this group's mandate?",
    ),
    (
        "interacting-groups",
        0,
        "Y a-t-il d'autres groupes de travail des conseils avec lesquels le présent groupe interagit avec ou pourrait interagir?",
        "Are there other working groups of the councils with which this group interacts or could interact?",
    ),
    (
        "task-end",
        1,
        "Les conseils mixtes perçoivent les « groupes de travail » comme étant ceux qui sont axés sur une tâche qui a une "
        "date de début et de fin définie, où le groupe est dissous une fois les tâches terminées. Comme prochaine étape, "
        "voyez-vous un moment au cours duquel la ou les tâches du présent GT seront achevées?",
        'The Joint Councils see "working groups" as task-based, with a defined start and end date, the group being '
        "dissolved once its tasks are done. Looking ahead, do you see a time when this WG's task or tasks will be completed?",
    ),
    (
        "six-months-year",
        1,
        "Où voyez-vous ce groupe de travail dans six mois? Dans un an?",
        "Where do you see this working group in six months? In a year?",
    ),
    (
        "next-report",
        1,
        "Quand prévoyez-vous présenter votre prochain rapport au CPSSP ou au CDPISP, et sur quoi vous attendez-vous à les mettre à jour?",
        "When do you plan to present your next report to PSSDC or PSCIOC, and on what do you expect to update them?",
    ),
    (
        "challenges",
        2,
        "Discutez des difficultés à faire progresser le travail, le mandat ou les activités clés du groupe.",
        "Discuss the difficulties in advancing the group's work, mandate or key activities.",
    ),
    (
        "expectations",
        3,
        "À titre de coprésident du Groupe de travail, pouvez-vous discuter des attentes que vous avez envers le (CM/CPSSP/CDPISP)?",
        "As co-chair of the working group, can you discuss the expectations you have of the (JC/PSSDC/PSCIOC)?",
    ),
    (
        "support-needed",
        3,
        "De quel soutien avez-vous besoin de votre conseil pour vous aider à faire avancer votre travail? Des possibilités? "
        "Par exemple, recevez-vous des directives et des conseils précieux en temps opportun?",
        "What support do you need from your council to help you advance your work? Opportunities? For example, do you "
        "receive valuable direction and advice in a timely way?",
    ),
    (
        "other-needs",
        3,
        "De façon générale, avez-vous d'autres besoins qui pourraient vous soutenir dans votre travail en tant que "
        "coprésident du groupe de travail?",
        "In general, do you have other needs that could support you in your work as co-chair of the working group?",
    ),
    (
        "know-priorities",
        4,
        "Dans quelle mesure connaissez-vous les priorités et le modèle logique des conseils mixtes?",
        "How well do you know the priorities and the logic model of the Joint Councils?",
    ),
    (
        "links-to-lm",
        4,
        "Voyez-vous des liens avec votre groupe de travail et une correspondance au modèle logique?",
        "Do you see links between your working group and the logic model, a correspondence?",
    ),
    (
        "supports-lm",
        4,
        "De quelle manière diriez-vous que votre groupe de travail appuie le ML (priorités et buts des CM?",
        "How would you say your working group supports the LM (the JC's priorities and goals)?",
    ),
    (
        "detailed-workplans",
        5,
        "Quelles sont vos réflexions au sujet de la prestation de plans de travail plus détaillés, par exemple, "
        "interdépendances; jalons clairement définis?",
        "What are your thoughts on providing more detailed workplans, for example interdependencies, clearly defined milestones?",
    ),
    (
        "planning-horizon",
        5,
        "Dans les plans de travail, jusqu'à quel point est-ce raisonnable aux fins de la planification (années?)?",
        "In workplans, how far ahead is it reasonable to plan (years?)?",
    ),
    (
        "measure-success",
        6,
        "Comment mesurez-vous le succès de votre groupe de travail ou comment l'avez-vous fait par le passé?",
        "How do you measure your working group's success, or how have you done so in the past?",
    ),
    (
        "value-to-you",
        7,
        "Comment décririez-vous la valeur, à vous et à votre administration, concernant votre participation en tant que "
        "coprésident de ce GT? Au sein de votre administration? À votre direction?",
        "How would you describe the value, to you and to your jurisdiction, of taking part as co-chair of this WG? Within "
        "your jurisdiction? To your leadership?",
    ),
    (
        "unique-offer",
        7,
        "À votre avis, quelle est l'offre unique ou avantage clé des conseils mixtes à titre de table FPTM?",
        "In your view, what is the unique offer or key advantage of the Joint Councils as an FPTM table?",
    ),
    (
        "anything-else",
        8,
        "Y a-t-il autre chose dont vous souhaiteriez discuter?",
        "Is there anything else you would like to discuss?",
    ),
    ("other-thoughts", 8, "Avez-vous d'autres réflexions ou commentaires?", "Do you have other thoughts or comments?"),
]

# Council co-chairs interviewed (keys of the loader's people), the council they co-chair.
JC_ROLE = ("Joint Councils co-chair", "Coprésident(e) des conseils mixtes")
JC_RESPONDENTS = [
    ("natasha-clarke", "pssdc"),
    ("heather-sheehy", "pssdc"),
    ("sandra-cascadden", "pscioc"),
    ("alex-benay", "pscioc"),
]

# "Groupes de travail interrogés", under the council heading the report lists them under.
WG_ROLE = ("Working-group co-chair(s)", "Coprésident(s) du groupe de travail")
WG_RESPONDENTS = [
    ("it-procurement", "pscioc"),
    ("ict-policy", "pscioc"),
    ("cloud-o365", "pscioc"),
    ("nscip", "pscioc"),
    ("data-driven-intelligence", "pssdc"),
    ("service-to-business", "pssdc"),
    ("privacy-gdpr", "jc"),
    ("research", "jc"),
    ("client-centric-services", "jc"),
    ("digital-strategy", "jc"),
    ("digital-identity", "jc"),
    ("imsc", "jc"),
]

JC_ATTRIBUTION = (
    "Joint Councils co-chair (interviews, April–June 2019)",
    "Coprésident(e) des conseils mixtes (entrevues, avril à juin 2019)",
)
WG_ATTRIBUTION = (
    "Working-group co-chairs of pan-Canadian projects (interviews, March–June 2019)",
    "Coprésidents de groupes de travail de projets pancanadiens (entrevues, mars à juin 2019)",
)

# Themes: slug, kind, name_en, name_fr, description_en, description_fr, slide, priorities, outcomes (codes),
# link note, quotes [(fr, en)], attribution.
THEMES = [
    {
        "slug": "2019-integration-needed",
        "kind": "theme",
        "name_en": "Key theme 1: Integration is needed",
        "name_fr": "Thème clé 1 : L'intégration est nécessaire",
        "description_en": "Service delivery and technology must stop being separated; CIOs and service delivery must work together.",
        "description_fr": "Il faut cesser de séparer les services de la technologie; les DPI et la prestation des services doivent travailler ensemble.",
        "slide": "Thème clé 1",
        "priorities": [],
        "outcomes": [],
        "attribution": JC_ATTRIBUTION,
        "quotes": [
            (
                "Nous devons cesser de séparer les services de la technologie.",
                "We must stop separating services from technology.",
            ),
            (
                "La ligne de démarcation entre les DPI et la prestation des services n'existe plus.",
                "The dividing line between CIOs and service delivery no longer exists.",
            ),
            (
                "Nous avons besoin que la prestation des services et les DPI travaillent ensemble.",
                "We need service delivery and the CIOs to work together.",
            ),
            (
                "Une plus grande intégration est nécessaire, elle se fait partout. La prestation des services est la technologie.",
                "Greater integration is needed; it is happening everywhere. Service delivery is technology.",
            ),
        ],
    },
    {
        "slug": "2019-maximize-alignment-value",
        "kind": "theme",
        "name_en": "Key theme 2: Maximize the alignment and value of the Joint Councils",
        "name_fr": "Thème clé 2 : Maximiser l'harmonisation et la valeur des conseils mixtes",
        "description_en": "Clearly define how the Joint Councils advance the work, and the value they add.",
        "description_fr": "Délimiter clairement comment les conseils mixtes font avancer le travail, et la valeur qu'ils ajoutent.",
        "slide": "Thème clé 2",
        "priorities": [],
        "outcomes": [],
        "attribution": JC_ATTRIBUTION,
        "quotes": [
            (
                "Il faut délimiter clairement comment les conseils mixtes font avancer le travail.",
                "We must clearly define how the Joint Councils advance the work.",
            ),
            (
                "D'un point de vue stratégique, où avons-nous besoin de l'aide de nos collègues assis autour de la table?",
                "Strategically, where do we need the help of our colleagues around the table?",
            ),
            (
                "Comment pouvons-nous maximiser l'harmonisation entre les conseils?",
                "How can we maximize alignment between the councils?",
            ),
            (
                "Les conseils mixtes et le CPSSP sont semblables – nous devons définir la valeur ajoutée.",
                "The Joint Councils and PSSDC are similar – we must define the added value.",
            ),
        ],
    },
    {
        "slug": "2019-focus-the-agenda",
        "kind": "theme",
        "name_en": "Key theme 3: Need to focus the agenda: delivering services to Canadians",
        "name_fr": "Thème clé 3 : Nécessité de concentrer le programme : offrir des services aux Canadiens",
        "description_en": "A smaller, focused agenda; focused working groups; more implementation than talk and strategies.",
        "description_fr": "Un programme ciblé plus petit; des groupes de travail concentrés; plus de mise en œuvre que de paroles et de stratégies.",
        "slide": "Thème clé 3",
        "priorities": [],
        "outcomes": [],
        "attribution": JC_ATTRIBUTION,
        "quotes": [
            (
                "Nous avons besoin d'un programme ciblé plus petit, les secteurs secondaires ne vont pas changer.",
                "We need a smaller, focused agenda; the side-of-the-desk work is not going to change.",
            ),
            ("Nous devons concentrer les groupes de travail.", "We must focus the working groups."),
            (
                "Nous voulons voir davantage de mise en œuvre que de paroles et de stratégies.",
                "We want to see more implementation than talk and strategies.",
            ),
        ],
    },
    {
        "slug": "2019-advance-horizontal-work",
        "kind": "theme",
        "name_en": "Key theme 4: Need to advance horizontal work",
        "name_fr": "Thème clé 4 : Nécessité de faire progresser le travail horizontal",
        "description_en": "The councils are not agile enough in horizontal work; digital identity is named as a priority that is lagging.",
        "description_fr": "Les conseils ne sont pas assez souples pour le travail horizontal; l'identité numérique est nommée comme une priorité en retard.",
        "slide": "Thème clé 4",
        # The third quote names digital identity as a priority: the link is the portal's inference from that quote.
        "priorities": ["digital-identity"],
        "outcomes": [],
        "link_note": "link to the Digital Identity priority inferred: a quote names it",
        "attribution": JC_ATTRIBUTION,
        "quotes": [
            (
                "Nous ne somment pas assez souples en ce qui concerne le travail horizontal.",
                "We are not agile enough when it comes to horizontal work.",
            ),
            (
                "Nous avons été incapables de tirer parti des deux tables pour faire progresser un travail important.",
                "We have been unable to leverage the two tables to advance important work.",
            ),
            (
                "L'identité numérique est une priorité et nous devons rendre des comptes aux Canadiens. Nous sommes à la traîne.",
                "Digital identity is a priority and we must be accountable to Canadians. We are lagging behind.",
            ),
        ],
    },
    {
        "slug": "2019-modernize-governance",
        "kind": "theme",
        "name_en": "Key theme 5: Modernize governance for horizontal work",
        "name_fr": "Thème clé 5 : Moderniser la gouvernance pour le travail horizontal",
        "description_en": "If we are leaders or champions of horizontal government, is our governance set up for success?",
        "description_fr": "Si nous sommes des chefs de file ou des champions du gouvernement horizontal, notre gouvernance est-elle configurée pour la réussite?",
        "slide": "Thème clé 5",
        "priorities": ["digital-identity"],
        "outcomes": ["ST1"],
        "link_note": (
            "links inferred: a quote gives digital identity as its example; governance is the logic model's first "
            "short-term outcome"
        ),
        "attribution": JC_ATTRIBUTION,
        "quotes": [
            ("Notre gouvernance est-elle configurée pour la réussite?", "Is our governance set up for success?"),
            (
                "Nous devrions nous diriger la prestation de services d'une nouvelle manière pour les enjeux transversaux plus importants?",
                "Should we lead service delivery in a new way for the larger cross-cutting issues?",
            ),
            (
                "Nous ne pouvons bien comprendre le travail dans nos cloisonnements administratifs.",
                "We cannot properly understand the work within our administrative silos.",
            ),
            (
                "Alors que les conseils s'orientent de plus en plus vers une mise en œuvre horizontale, nous constatons un besoin "
                "pour une gouvernance définie plus largement pour la mise en œuvre (par exemple, identité numérique).",
                "As the councils move more and more toward horizontal implementation, we see a need for a more broadly defined "
                "governance for implementation (for example, digital identity).",
            ),
        ],
    },
    {
        "slug": "2019-challenge-participation",
        "kind": "challenge",
        "name_en": "Challenges and opportunities: participation is a problem",
        "name_fr": "Difficultés et possibilités : la participation est un problème",
        "description_en": "The same people and the same jurisdictions carry the load.",
        "description_fr": "On compte sur les mêmes personnes et les mêmes administrations.",
        "slide": "Difficultés et possibilités – La participation est un problème",
        "priorities": [],
        "outcomes": [],
        "attribution": JC_ATTRIBUTION,
        "quotes": [
            (
                "Nous comptons sur les mêmes personnes, sur les mêmes administrations. Nous devons équilibrer les priorités et "
                "envisager la manière dont nous pouvons faire passer le travail du “secteur secondaire” vers un travail plus dévoué?",
                "We rely on the same people, the same jurisdictions. We must balance priorities and consider how we can move the "
                "work from the “side of the desk” to more dedicated work?",
            ),
            ("Le secteur secondaire ne va pas changer.", "The side of the desk is not going to change."),
            (
                "Il faut un programme plus petit et concentré. Le succès consistera à concentrer les groupes.",
                "We need a smaller, focused agenda. Success will mean focusing the groups.",
            ),
            (
                "Il faut continuer d'offrir la stratégie (de 3 à 5 éléments clés) et de présenter un rapport sur les progrès "
                "réalisés, mobiliser les autres sur les initiatives.",
                "We must keep delivering the strategy (3 to 5 key elements), report on progress, and engage others on the initiatives.",
            ),
        ],
    },
    {
        "slug": "2019-challenge-fpt-dm-table",
        "kind": "challenge",
        "name_en": "Challenges and opportunities: governance – link to the FPT DM table (informal) for PSSDC, a break for PSCIOC",
        "name_fr": (
            "Difficultés et possibilités : gouvernance – lien vers les travaux de la table FPT et des sous-ministres "
            "(informels) pour le CPSSP, mais une coupure pour le CDPISP"
        ),
        "description_en": (
            "PSSDC has an informal link to the FPT Deputy Ministers table, PSCIOC none; the alignment between the Joint "
            "Councils and the table rests on provincial and federal representatives."
        ),
        "description_fr": (
            "Le CPSSP a un lien informel avec la table FPT et des SM, le CDPISP aucun; l'harmonisation entre les conseils "
            "mixtes et la table repose sur les représentants provinciaux et fédéraux."
        ),
        "slide": "Difficultés et possibilités – Gouvernance – Lien vers les travaux de la table FPT et des sous-ministres",
        "priorities": [],
        "outcomes": ["ST1"],
        "link_note": "link to the governance outcome inferred from the slide's heading (governance)",
        "attribution": JC_ATTRIBUTION,
        "quotes": [
            (
                "Le CDPISP n'est pas branché de la manière dont le CPSSP l'est à la table des SM, ce qui est problématique. Le "
                "CPSSP devrait-il faire participer le CDPISP et le mobiliser lorsqu'il présentera son rapport?",
                "PSCIOC is not connected to the DM table the way PSSDC is, which is a problem. Should PSSDC involve and engage "
                "PSCIOC when it presents its report?",
            ),
            (
                "Tous les coprésidents devraient-ils siéger à titre d'observateurs à la table FPT et des SM?",
                "Should all the co-chairs sit as observers at the FPT DM table?",
            ),
            (
                "Tous les coprésidents devraient-ils informer les greffiers et les secrétaires du Cabinet, entendent-ils les enjeux en profondeur?",
                "Should all the co-chairs brief the clerks and cabinet secretaries; do they hear the issues in depth?",
            ),
            (
                "Il y a eu une harmonisation entre les conseils mixtes et la table FPT et des SM en raison des liens aux tables des "
                "conseils mixtes et de la table FPT et des SM; les représentants provinciaux et fédéraux ont joué un rôle clé pour "
                "l'harmonisation. Cet arrangement pourrait bénéficier de devenir officiel.",
                "There has been alignment between the Joint Councils and the FPT DM table because of the links between the two "
                "tables; provincial and federal representatives played a key role in the alignment. This arrangement could "
                "benefit from becoming official.",
            ),
        ],
    },
    {
        "slug": "2019-challenge-horizontal-executors",
        "kind": "challenge",
        "name_en": "Challenges and opportunities: governance – should we always be the ones carrying out horizontal work?",
        "name_fr": "Difficultés et possibilités : gouvernance – devrions-nous toujours être les exécutants des travaux horizontaux?",
        "description_en": "The councils' governance may not suit the larger projects; how to involve others.",
        "description_fr": "La gouvernance des conseils peut ne pas convenir aux projets plus importants; comment faire participer les autres.",
        "slide": "Difficultés et possibilités – Gouvernance – Devrions-nous toujours être les exécutants des travaux horizontaux?",
        "priorities": [],
        "outcomes": [],
        "attribution": JC_ATTRIBUTION,
        "quotes": [
            (
                "Une partie de notre travail, peut-être du secteur public, ne devrait pas se régler par lui-même. Comment pouvons-nous faire participer les autres?",
                "Part of our work, perhaps the public sector's, should not be settled by itself alone. How can we involve others?",
            ),
            (
                "Notre gouvernance peut ne pas être idéale pour certains projets. Cela aurait pu fonctionner pour le “retour aux "
                "sources”, et pour les projets axés sur l'amélioration, mais cela ne fonctionne pas sur ces projets plus importants.",
                "Our governance may not be ideal for some projects. It may have worked for “back to basics” and for "
                "improvement-focused projects, but it does not work for these larger projects.",
            ),
        ],
    },
    {
        "slug": "2019-challenge-meetings",
        "kind": "challenge",
        "name_en": "Challenges and opportunities: meetings (and e-voting?)",
        "name_fr": "Difficultés et possibilités : réunions (et vote électronique?)",
        "description_en": "Time for informal discussion and sharing; teleconferences make it too easy not to take part; the report asks about e-voting.",
        "description_fr": "Du temps pour la discussion informelle et le partage; les téléconférences rendent trop facile de ne pas participer; le rapport pose la question du vote électronique.",
        "slide": "Difficultés et possibilités – Réunions",
        "priorities": [],
        "outcomes": [],
        "attribution": JC_ATTRIBUTION,
        "quotes": [
            (
                "Nous avons besoin de temps pour la discussion informelle et le partage de l'information (pratiques exemplaires).",
                "We need time for informal discussion and information sharing (best practices).",
            ),
            (
                "Les conseils mixtes et le CPSSP jouent le rôle important de communiquer les renseignements, d'apprendre ce que "
                "d'autres administrations font pour orienter notre travail.",
                "The Joint Councils and PSSDC play the important role of sharing information, of learning what other "
                "jurisdictions do to guide our work.",
            ),
            (
                "Difficultés avec les téléconférences. Il est trop facile d'envoyer les renseignements demandés et trop facile pour "
                "les gens de ne pas participer. Les réunions conviennent-elles le mieux à la communication de renseignements?",
                "Difficulties with teleconferences. It is too easy to send the information asked for and too easy for people not "
                "to take part. Are meetings best suited to sharing information?",
            ),
        ],
    },
    {
        "slug": "2019-challenge-measurement",
        "kind": "challenge",
        "name_en": "Challenges and opportunities: measurement",
        "name_fr": "Difficultés et possibilités : mesure",
        "description_en": "Assess progress and report impact and value to citizens, linked to the logic model.",
        "description_fr": "Évaluer les progrès et faire part de l'incidence et de la valeur aux citoyens, en lien avec le modèle logique.",
        "slide": "Difficultés et possibilités – Mesure",
        "priorities": [],
        "outcomes": ["ST5"],
        "link_note": "link to the outcome on improved results (measurement and reporting) inferred from the slide's subject",
        "attribution": JC_ATTRIBUTION,
        "quotes": [
            (
                "Des mesures détaillées ne sont pas possibles, mais nous devons évaluer les progrès et faire part de l'incidence et de la valeur aux citoyens.",
                "Detailed measures are not possible, but we must assess progress and report the impact and value to citizens.",
            ),
            (
                "Les avantages et les inconvénients de la mesure, ce qui est mesuré se fait, la mesure à laquelle nous pouvons "
                "comparer les indicateurs de mesure en fonction des objectifs.",
                "The pros and cons of measurement: what gets measured gets done; the extent to which we can compare the "
                "indicators against the objectives.",
            ),
            (
                "De façon réaliste, la reddition de comptes est différente en ce qui concerne le travail à l'échelon FPTM. Il est "
                "difficile de tenir les personnes responsables, mais nous devrions penser à ce que nous essayons de réaliser et le "
                "relier au modèle logique.",
                "Realistically, accountability is different for work at the FPTM level. It is hard to hold people accountable, but "
                "we should think about what we are trying to achieve and link it to the logic model.",
            ),
        ],
    },
    {
        "slug": "2019-challenge-jc-cochairs-role",
        "kind": "challenge",
        "name_en": "Challenges and opportunities: role of the Joint Councils co-chairs",
        "name_fr": "Difficultés et possibilités : rôle des coprésidents des conseils mixtes",
        "description_en": (
            "Encourage progress on direction; external communication; reporting – brand (telling the success story); plan "
            "and assess (beyond planning meetings); represent and advocate beyond ourselves, e.g. the FPT DM table; manage "
            "meetings and the agenda."
        ),
        "description_fr": (
            "Encourager les progrès sur l'orientation; communication externe; établissement de rapports – marque (raconter "
            "l'histoire de réussite); planifier et évaluer (au-delà de la planification de réunions); assurer la représentation "
            "et la défense au-delà de nous-mêmes, par exemple, table FPT et des SM; gestion des réunions et de l'ordre du jour."
        ),
        "slide": "Difficultés et possibilités – Rôle des coprésidents des conseils mixtes",
        "priorities": [],
        "outcomes": [],
        "attribution": JC_ATTRIBUTION,
        # The slide lists the role's elements; it gives no quote.
        "quotes": [],
    },
    {
        "slug": "2019-challenge-duplicate-reporting",
        "kind": "challenge",
        "name_en": "Reporting on challenges at the FPT DM table: duplicate reporting takes time away from doing the work",
        "name_fr": "Rapports sur les défis à la table FPT et des SM : les rapports en double entraînent du temps passé loin de « faire le travail »",
        "description_en": (
            "Several pan-Canadian projects (death notification, digital identity, service to business) must brief and report "
            "outside the Joint Councils table, which takes much time and can hinder the work."
        ),
        "description_fr": (
            "Plusieurs projets pancanadiens (notification de décès, identité numérique, services aux entreprises) doivent "
            "fournir des exposés et des rapports à l'extérieur de la table des conseils mixtes, ce qui accapare beaucoup de "
            "temps et peut entraver les travaux."
        ),
        "slide": "Rapports sur les défis à la table FPT et des SM",
        "priorities": [],
        "outcomes": [],
        "attribution": WG_ATTRIBUTION,
        "quotes": [
            (
                "Nous devrions fournir notre échéancier et présenter des rapports lorsque nous sommes prêts.",
                "We should provide our timeline and report when we are ready.",
            ),
        ],
    },
]
