"""The 2019 alignment of working groups to the Joint Councils priorities (the analyst's report of 2019, English slide
"Proposed alignment of the working groups to support the advancement of the Joint Councils priorities").

Only the groups the proposal places under a priority get an alignment row. The groups it lists as supports or
enablers (Research, Privacy, NSCIP, IT Procurement) and those left to be decided (Data-Driven Intelligence, ICT
Policy) get none: their working-group notes say so. The sources align no group to a logic-model outcome and name
no engagement level for any group, so there are no outcome alignments and engagement_level stays empty.
"""

from . import ALIGNMENT_SLIDE

PROVENANCE = ALIGNMENT_SLIDE

# priority slug -> (contribution_en, contribution_fr)
CONTRIBUTIONS = {
    "digital-strategy": (
        "Supports the Digital Strategy priority (2019 alignment proposal).",
        "Appuie la priorité de la stratégie numérique (proposition d'harmonisation de 2019).",
    ),
    "digital-identity": (
        "Supports the Digital Identity priority (2019 alignment proposal).",
        "Appuie la priorité de l'identité numérique (proposition d'harmonisation de 2019).",
    ),
    "client-centric-services": (
        "Supports the Client-Centric Services priority (2019 alignment proposal).",
        "Appuie la priorité des services axés sur les clients (proposition d'harmonisation de 2019).",
    ),
}

# (working-group slug, priority slug), in the order of the proposal's slide.
ALIGNMENTS = [
    ("digital-strategy", "digital-strategy"),
    ("open-government", "digital-strategy"),
    ("cloud-o365", "digital-strategy"),
    ("digital-identity", "digital-identity"),
    ("imsc", "digital-identity"),
    ("canadas-digital-interchange", "digital-identity"),
    ("client-centric-services", "client-centric-services"),
    ("service-network-collaboration", "client-centric-services"),
    ("service-to-business", "client-centric-services"),
    ("death-notification", "client-centric-services"),
]
