"""The Ottawa 2019 logic model: the September 2020 deck, annex "Conseils mixtes – modèle logique", translated faithfully.

The annex gives a description for each principle and each long-term outcome, and names only for the seven
short-term outcomes: their descriptions stay empty rather than invented. The operating framework ("Cadre
d'exploitation des conseils mixtes", September 2020 deck; "Cadre opérationnel", governance deck) names four engagement levels and
describes none of them. The adoption date is not given (the model is known by its meeting, Ottawa 2019).
"""

from . import DECK_LOGIC_MODEL

PROVENANCE = DECK_LOGIC_MODEL

LOGIC_MODEL = {
    "slug": "ottawa-2019",
    "name_en": "Ottawa 2019",
    "name_fr": "Ottawa 2019",
    "adopted_on": None,
    "is_current": True,
    "vision_en": "Enable world-class public services through co-creation and collaboration.",
    "vision_fr": "Permettre l'offre de services publics de classe mondiale grâce à la création commune et à la collaboration.",
    "call_to_action_en": "Focus and accelerate to enable digital government for Canadians.",
    "call_to_action_fr": (
        "Concentrer les efforts et accélérer le processus pour mettre en place un gouvernement numérique à l'intention "
        "des Canadiens."
    ),
    "objective_en": "Focus collaboration to exceed client expectations.",
    "objective_fr": "Centrer la collaboration en vue de surpasser les attentes des clients.",
}

# (name_en, name_fr, description_en, description_fr), in the source's order.
PRINCIPLES = [
    (
        "Client-centred services",
        "Services axés sur les clients",
        "Ensure that clients are at the heart of everything government does, through co-creation.",
        "S'assurer que la clientèle est au cœur de tout ce que fait le gouvernement grâce à la création commune.",
    ),
    (
        "Trusted and secure services",
        "Services fiables et sûrs",
        "Ensure that services are designed so that privacy is respected and citizens are confident that their "
        "information is secure.",
        "S'assurer que les services sont conçus de manière à ce que la vie privée soit respectée et à ce que les citoyens "
        "soient convaincus que leurs renseignements sont en sécurité.",
    ),
    (
        "Digital by design",
        "Numérique dès la conception",
        "Design digital first, so that every channel can benefit from the digital solution.",
        "Concevoir en pensant d'abord au numérique afin que tous les canaux puissent profiter de la solution numérique.",
    ),
    (
        "Collaboration",
        "Collaboration",
        "Foster an environment, across orders of government and jurisdictions, that lets multidisciplinary teams deliver "
        "client-centred services and draw on the community's experience and knowledge.",
        "Favoriser la création d'un environnement dans l'ensemble des ordres de gouvernement et des administrations qui "
        "permettra à des équipes multidisciplinaires d'offrir des services axés sur les clients et de profiter de "
        "l'expérience et du savoir de la collectivité.",
    ),
    (
        "Measurable and managed outcomes",
        "Résultats mesurables et gérés",
        "Define outcomes early, and use research and the resulting measures to build solutions that fit and to enable "
        "process improvement.",
        "Définir rapidement des résultats et utiliser la recherche et les mesures obtenues pour créer des solutions qui "
        "conviennent et permettre l'amélioration des processus.",
    ),
]

# (code, name_en, name_fr, description_en, description_fr), in the source's order.
LONG_TERM_OUTCOMES = [
    (
        "LT1",
        "Enable borderless government",
        "Permettre la mise en place d'un gouvernement sans frontière",
        "Give Canadians simple, consistent and convenient access to government information and services, wherever they "
        "live or work.",
        "Assurer aux Canadiens un accès simple, uniforme et pratique aux renseignements et aux services du gouvernement, "
        "peu importe l'endroit où les gens vivent ou travaillent.",
    ),
    (
        "LT2",
        "Enable a digital society",
        "Permettre la création d'une société numérique",
        "Give Canadians the public sector services, support and data they need to live and do business in today's society.",
        "Offrir aux Canadiens les services, le soutien et les données du secteur public dont ils ont besoin pour vivre et "
        "faire des affaires dans la société d'aujourd'hui.",
    ),
    (
        "LT3",
        "Enable modern and innovative government",
        "Permettre l'établissement d'un gouvernement moderne et novateur",
        "Use data and research to inform policy development, service design and service delivery, with openness, "
        "transparency and efficiency.",
        "Tirer profit de données et de travaux de recherche pour étoffer les processus d'élaboration de politiques, de "
        "conception de services et de prestation de services en faisant montre d'ouverture, de transparence et "
        "d'efficience.",
    ),
]

# The annex names the short-term outcomes without describing them.
SHORT_TERM_OUTCOMES = [
    ("ST1", "Governance and service delivery model", "Modèle de gouvernance et de prestation des services", "", ""),
    ("ST2", "Modernized policies, regulations and legislation", "Politiques, règlements et lois modernisés", "", ""),
    ("ST3", "Transformed client-centric services", "Services axés sur les clients transformés", "", ""),
    ("ST4", "Digital culture/capacity", "Culture/capacité numérique", "", ""),
    ("ST5", "Improved results (measurement and reporting)", "Résultats améliorés (mesure et rapports)", "", ""),
    ("ST6", "Core digital enablers", "Outils habilitants numériques de base", "", ""),
    ("ST7", "Empowerment through open government", "Renforcement du pouvoir grâce au gouvernement ouvert", "", ""),
]

# (code, name_en, name_fr, description_en, description_fr), from "inform" to "co-create".
ENGAGEMENT_LEVELS = [
    ("inform", "Inform", "Information", "", ""),
    ("share", "Share", "Mise en commun", "", ""),
    ("collaborate", "Collaborate", "Collaboration", "", ""),
    (
        "co-create",
        "Co-create, co-deliver and innovate",
        "Création commune, prestation commune et innovation",
        "",
        "",
    ),
]
