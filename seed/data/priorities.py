"""The Joint Councils priorities and the councils' emerging themes of 2020.

JC priorities: in February 2020 the Joint Councils confirmed digital identity and client-centric services as their
priorities, and the September 2020 deck (the September 2020 deck) reconfirms them. Digital strategy was the third JC priority in
2019 (the analyst's report), confirmed in February 2017 and led by Manitoba and Yukon (ICCS public record). The 2020
decision names only the other two as the Joint Councils priorities; no source says digital strategy was retired, so
its status is "not reconfirmed", the fact the sources give.

Emerging themes: the themes PSCIOC and PSSDC members grouped their intergovernmental collaboration needs into,
after the 2020 information sharing (September 2020 deck, "Nouvelles priorités du CDPISP / du CPSSP"); status "proposed",
since the Joint Councils were asked to confirm them. Definitions translate the source's text for each theme.
"""

from . import DECK_CCS, DECK_DIGITAL_ID, DECK_NEW_PRIORITIES, ICCS_PUBLIC, src

JC_PRIORITIES = [
    {
        "slug": "digital-identity",
        "order": 1,
        "name_en": "Digital Identity",
        "name_fr": "Identité numérique",
        "status": "reconfirmed",
        "year": None,
        "definition_en": (
            "Accelerate digital identity solutions, through the Joint Councils' pan-Canadian digital identity program."
        ),
        "definition_fr": (
            "Accélérer les solutions d'identité numérique, grâce au programme pancanadien d'identité numérique des "
            "conseils mixtes."
        ),
        "scope_en": (
            "The program's executive director builds relationships on behalf of the public sector to advance digital "
            "identity, within the Joint Councils' digital identity bodies (including the newly formed Government Expert "
            "Group on digital identity) and outside them, for example with DIACC. Confirmed as a Joint Councils priority "
            "in February 2020; progress report to the Joint Councils on 22 September 2020."
        ),
        "scope_fr": (
            "Le directeur exécutif du programme établit des relations pour le compte de la fonction publique afin de faire "
            "progresser l'identité numérique, au sein des entités chargées de l'identité numérique dans les conseils "
            "mixtes (notamment le Groupe d'experts gouvernementaux sur l'identité numérique formé récemment) et à "
            "l'extérieur, par exemple au CIANC. Confirmée comme priorité des conseils mixtes en février 2020; rapport "
            "d'étape aux conseils mixtes le 22 septembre 2020."
        ),
        "lead_person": "peter-watkins",
        "lead_organisations": [],
        "lead_note_en": "Peter Watkins, executive director of the pan-Canadian digital identity program (named August 2020)",
        "lead_note_fr": ("Peter Watkins, directeur exécutif du programme pancanadien d'identité numérique (nommé en août 2020)"),
        "provenance": DECK_DIGITAL_ID,
    },
    {
        "slug": "client-centric-services",
        "order": 2,
        "name_en": "Client-Centric Services",
        "name_fr": "Services axés sur les clients",
        "status": "reconfirmed",
        "year": None,
        "definition_en": (
            "Client-centric services are services designed around the needs of citizens rather than those of government."
        ),
        "definition_fr": (
            "Par services axés sur les clients, on entend un mode de conception de services tenant compte des besoins "
            "des citoyens et non de ceux du gouvernement."
        ),
        "scope_en": (
            "To be defined: on 26 February 2020 the Joint Councils asked for a proposal that tells this priority apart "
            "from digital identity, with clear outcomes. On 3 September 2020 PSSDC members agreed to discuss specific "
            "areas of interest in client-centric services and the client experience, and to recommend how the work of "
            "the Joint Councils' research and working groups can help understand client needs and expectations, then "
            "report to the Joint Councils."
        ),
        "scope_fr": (
            "À définir : le 26 février 2020, les conseils mixtes ont demandé une proposition qui distingue cette priorité "
            "de l'identité numérique, avec des résultats clairs. Le 3 septembre 2020, les membres du CPSSP ont convenu de "
            "discuter de domaines d'intérêt précis concernant les services axés sur les clients et l'expérience client, "
            "et de recommander comment optimiser le travail des groupes de recherche et de travail des conseils mixtes "
            "pour mieux comprendre les besoins et les attentes des clients, puis de faire rapport aux conseils mixtes."
        ),
        "lead_person": None,
        "lead_organisations": [],
        "lead_note_en": "",
        "lead_note_fr": "",
        "provenance": DECK_CCS,
    },
    {
        "slug": "digital-strategy",
        "order": 3,
        "name_en": "Digital Strategy",
        "name_fr": "Stratégie numérique",
        "status": "not_reconfirmed",
        "year": 2017,
        "definition_en": (
            "The councils' role in a pan-Canadian digital strategy, as the Digital Strategy working group's mandate puts "
            "it. The 2019 review found digital strategy essential but vague and broad as a priority."
        ),
        "definition_fr": (
            "Le rôle des conseils dans une stratégie numérique pancanadienne, selon le mandat du groupe de travail sur la "
            "stratégie numérique. L'examen de 2019 a jugé la stratégie numérique essentielle, mais vague et large de sens "
            "en tant que priorité."
        ),
        "scope_en": (
            "Confirmed as a Joint Councils priority in February 2017; one of the three Joint Councils priorities of 2019. "
            "In February 2020 the Joint Councils confirmed digital identity and client-centric services as their "
            "priorities, without digital strategy."
        ),
        "scope_fr": (
            "Confirmée comme priorité des conseils mixtes en février 2017; l'une des trois priorités des conseils mixtes "
            "en 2019. En février 2020, les conseils mixtes ont confirmé l'identité numérique et les services axés sur les "
            "clients comme priorités, sans la stratégie numérique."
        ),
        "lead_person": None,
        "lead_organisations": ["manitoba", "yukon"],
        "lead_note_en": "Manitoba and Yukon (PSSDC members)",
        "lead_note_fr": "Le Manitoba et le Yukon (membres du CPSSP)",
        "provenance": src(
            ICCS_PUBLIC, "page of the Digital Strategy working group", "page du groupe de travail sur la stratégie numérique"
        ),
    },
]

CHATBOT_EN = (
    "Chatbot technology is a strategic multi-jurisdictional initiative for the digital transformation of services. "
    "How has implementing chatbot technology gone in generating a positive return on investment?"
)
CHATBOT_FR = (
    "La technologie de robots conversationnels est une initiative stratégique regroupant plusieurs administrations qui "
    "vise la transformation numérique des services. Comment s'est déroulée l'expérience consistant à mettre en œuvre "
    "la technologie de robots conversationnels pour générer un rendement positif des investissements?"
)

# (council code, slug, name_en, name_fr, definition_en, definition_fr)
EMERGING_THEMES_2020 = [
    (
        "pscioc",
        "pscioc-digital-transformation",
        "Digital transformation",
        "Transformation numérique",
        "PSCIOC members want to take part in sharing best practices on setting a digital policy; client-centric service "
        "design and delivery; integrating core IT, IM, data and service functions; integrated governance, planning and "
        "reporting; innovation and experimentation; digital standards and digital adaptation.",
        "Les membres du CDPISP souhaitent prendre part à l'échange de pratiques exemplaires visant l'établissement d'une "
        "politique numérique; la conception et la prestation de services axés sur les clients; l'intégration de fonctions "
        "de base liées aux TI, à la GI, aux données et aux services; la gouvernance intégrée, la planification et la "
        "production de rapports, l'innovation et l'expérimentation; les normes numériques et l'adaptation au numérique.",
    ),
    (
        "pscioc",
        "pscioc-information-technology",
        "Information technology",
        "Technologies de l'information",
        "How jurisdictions make the most of the engagement of the working groups concerned (such as NSCIP); enable the "
        "responsible adoption of cloud computing across Canada; rely on the security assessments of cloud service "
        "providers done by the federal government (e.g. the GC and/or TBS); examine the viability of joint procurement of "
        "common services; and seek to set up a common national WebCheck platform to find website vulnerabilities.",
        "Comment les administrations maximisent la mobilisation des GT concernés (comme le SNDPI); permettent l'adoption "
        "responsable de l'infonuagique partout au Canada; misent sur l'évaluation de la sécurité faite par le "
        "gouvernement fédéral (p. ex. le GC et/ou le SCT) auprès des fournisseurs de services d'infonuagique; examinent "
        "la viabilité des acquisitions en commun de services communs et cherchent à mettre en place une plateforme "
        "nationale commune WebCheck pour cerner les vulnérabilités des sites Web.",
    ),
    (
        "pscioc",
        "pscioc-talent-management",
        "Talent management and development",
        "Gestion et perfectionnement des talents",
        "With the focus on digital service delivery and the need for solutions, how can jurisdictions attract and "
        "retain top talent despite the current constraints on public sector pay? What challenges and best practices come "
        "with recruiting and retaining staff in in-demand fields of work and functions?",
        "Étant donné que l'accent était mis sur la prestation de services numériques et sur la nécessité de trouver des "
        "solutions, de quelle façon les administrations peuvent-elles attirer et garder en poste du personnel de grand "
        "talent malgré les contraintes actuelles exercées sur le système de rémunération du secteur public? Quelles sont "
        "les difficultés et pratiques exemplaires avec lesquelles il faut composer pour recruter et garder en poste du "
        "personnel dans des domaines de travail et des fonctions en demande?",
    ),
    (
        "pscioc",
        "pscioc-remote-workers",
        "Remote workers",
        "Travailleurs à distance",
        "What are jurisdictions doing so that public sector employees working remotely can securely access government "
        "applications and data, and work together using new remote access technologies?",
        "Que font les administrations pour s'assurer que les employés du secteur public travaillant à distance peuvent "
        "avoir accès en toute sécurité aux applications et aux données du gouvernement et travailler en collaboration en "
        "utilisant les nouvelles technologies d'accès à distance?",
    ),
    (
        "pscioc",
        "pscioc-chatbot-enablement",
        "Chatbot enablement",
        "Activation de la technologie de robots conversationnels",
        CHATBOT_EN,
        CHATBOT_FR,
    ),
    (
        "pscioc",
        "pscioc-cybersecurity",
        "Cybersecurity",
        "Cybersécurité",
        "The COVID-19 pandemic has increased cybersecurity threats in the public sector. Jurisdictions are interested in "
        "sharing best practices and lessons learned, as they want cyber risks to be properly mitigated.",
        "La pandémie de COVID-19 a entraîné une hausse des menaces pour la cybersécurité dans le secteur public. Les "
        "administrations démontrent de l'intérêt pour l'échange de pratiques exemplaires et de leçons retenues puisqu'elles "
        "souhaitent une atténuation adéquate des cyber-risques.",
    ),
    (
        "pssdc",
        "pssdc-public-sector-collaboration",
        "Public sector collaboration",
        "Collaboration dans le secteur public",
        "PSSDC members want to learn more about how multi-level governance and collaboration worked across "
        "jurisdictions to find solutions during the COVID-19 pandemic.",
        "Les membres du CPSSP souhaitent en apprendre davantage sur la façon dont la gouvernance et la collaboration à "
        "paliers multiples se sont déroulées dans l'ensemble des administrations afin de pouvoir trouver des solutions "
        "pendant la pandémie de COVID-19.",
    ),
    (
        "pssdc",
        "pssdc-multichannel-service-experience",
        "Multichannel service experience",
        "Expérience du service multicanal",
        "The focus is on the multichannel service experience. What experience, methods and lessons learned have let "
        "citizens and businesses find and access services through the channel of their choice?",
        "L'accent est mis sur l'expérience du service multicanal. Qu'en est-il de l'expérience, des méthodes utilisées "
        "et des leçons retenues ayant permis aux citoyens et aux entreprises de trouver des services et d'y accéder au "
        "moyen du canal de leur choix?",
    ),
    (
        "pssdc",
        "pssdc-privacy",
        "Privacy",
        "Protection de la vie privée",
        "Stronger protection of privacy and personal data during the COVID-19 outbreak. How do organisations protect "
        "data while respecting privacy and security by design, taking an approach that complies with privacy laws, and "
        "adopting best practices to involve the public in service design to increase transparency?",
        "Renforcement des mesures de protection de la vie privée et des données personnelles pendant l'éclosion de "
        "COVID-19. Comment les organisations s'y prennent-elles pour protéger les données en assurant le respect de la "
        "protection de la vie privée et la sécurité dès la conception, en adoptant une approche pour se conformer aux lois "
        "sur le respect de la vie privée et en adoptant des pratiques exemplaires pour faire participer le public à la "
        "conception des services en vue d'accroître la transparence?",
    ),
    (
        "pssdc",
        "pssdc-covid-19-response",
        "COVID-19 response",
        "Efforts d'intervention liés à la COVID-19",
        "The impact and management of the COVID-19 pandemic across orders of government is a matter of interest for "
        "PSSDC members. Jurisdictions want to know whether service delivery priorities have changed, how far service "
        "standards are met, whether clients are satisfied and whether the impacts have been taken into account.",
        "Les répercussions et la gestion de la pandémie de COVID-19 dans l'ensemble des ordres de gouvernement sont un "
        "enjeu d'intérêt pour les membres du CPSSP. Les administrations s'intéressent à ce qui suit : si les priorités "
        "relatives à la prestation des services ont été modifiées, dans quelle mesure les normes de service sont "
        "respectées, si les clients sont satisfaits et si les répercussions ont été prises en compte.",
    ),
    (
        "pssdc",
        "pssdc-wait-time-reduction",
        "Wait-time reduction",
        "Réduction des temps d'attente",
        "Many Canadians rely more and more on digital platforms for everyday tasks. What methods do jurisdictions use "
        "to reduce wait times for essential services (such as benefit applications) to citizens and businesses? To "
        "increase transparency, how is wait-time information presented to the public?",
        "De nombreux Canadiens comptent de plus en plus sur des plateformes numériques pour exécuter des tâches "
        "courantes. Quelles sont les méthodes qu'utilisent les administrations pour réduire les temps d'attente dans le "
        "cas de demandes de services essentiels (comme les demandes de prestations) destinés à des citoyens et à des "
        "entreprises? Dans le but d'accroître la transparence, comment présente-t-on au public l'information sur le "
        "temps d'attente?",
    ),
    (
        "pssdc",
        "pssdc-chatbot-enablement",
        "Chatbot enablement",
        "Activation de la technologie de robots conversationnels",
        CHATBOT_EN,
        CHATBOT_FR,
    ),
    (
        "pssdc",
        "pssdc-data-management-framework",
        "Data management framework",
        "Cadre de gestion des données",
        "Open government and open data are a key area for jurisdictions. PSSDC members want to learn more about how data "
        "management frameworks were set up (specifically roles and responsibilities, metadata standards and publication "
        "guidelines to support the creation of an open data portal).",
        "Le gouvernement ouvert et les données ouvertes forment un domaine clé pour les administrations. Les membres du "
        "CPSSP souhaitent en apprendre davantage sur la façon dont les cadres de gestion des données ont été établis "
        "(plus précisément les rôles et les responsabilités, les normes relatives aux métadonnées et les lignes "
        "directrices sur la publication afin d'appuyer la création d'un portail de données ouvertes).",
    ),
    (
        "pssdc",
        "pssdc-virtual-agents",
        "Virtual agents",
        "Technologie des agents virtuels",
        "Organisations use virtual agents in their client service functions to answer routine client requests, complete "
        "standard applications, etc. How are jurisdictions using virtual agent technology to improve front-line support "
        "to citizens and businesses?",
        "Les organisations utilisent des agents virtuels des services directs dans leurs fonctions de service à la "
        "clientèle afin de répondre aux demandes courantes de la clientèle, de remplir les demandes types, etc. Comment "
        "les administrations utilisent-elles la technologie des agents virtuels pour améliorer le soutien de première "
        "ligne aux citoyens et aux entreprises?",
    ),
]

EMERGING_THEMES_YEAR = 2020

EMERGING_THEMES_PROVENANCE = DECK_NEW_PRIORITIES
