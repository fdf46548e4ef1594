"""The kinds of spreadsheet the import reads: each one's columns (key, English label, French header names) and the
function that applies a row (dataio.imports)."""

from django.utils.translation import gettext_lazy

from .imports import ColumnSpec, ImportKind, apply_organisation, apply_person, apply_seat_term, apply_workinggroup

L = gettext_lazy

KINDS: dict[str, ImportKind] = {
    kind.key: kind
    for kind in [
        ImportKind(
            key="organisations",
            label=L("Organisations"),
            natural_key=L("An organisation is found by its jurisdiction code and English name."),
            apply=apply_organisation,
            columns=[
                ColumnSpec(
                    "jurisdiction", L("Jurisdiction code"), True, ("juridiction", "code_juridiction"), L("e.g. ca, on, toronto")
                ),
                ColumnSpec("name_en", L("Name (English)"), True, ("nom_en", "nom_anglais")),
                ColumnSpec("name_fr", L("Name (French)"), False, ("nom_fr", "nom_francais")),
                ColumnSpec("acronym_en", L("Acronym (English)"), False, ("acronyme_en", "sigle_en")),
                ColumnSpec("acronym_fr", L("Acronym (French)"), False, ("acronyme_fr", "sigle_fr")),
                ColumnSpec(
                    "kind",
                    L("Kind"),
                    False,
                    ("type", "genre"),
                    L("department, ministry, municipality, agency, non_profit, other"),
                ),
                ColumnSpec("website", L("Website"), False, ("site_web",)),
            ],
        ),
        ImportKind(
            key="people",
            label=L("People"),
            natural_key=L("A person is found by email when one is given, otherwise by given name, family name and organisation."),
            apply=apply_person,
            columns=[
                ColumnSpec("given_name", L("Given name"), True, ("prenom",)),
                ColumnSpec("family_name", L("Family name"), True, ("nom_de_famille", "nom")),
                ColumnSpec("email", L("Email"), False, ("courriel", "adresse_courriel")),
                ColumnSpec("title_en", L("Title (English)"), False, ("titre_en",)),
                ColumnSpec("title_fr", L("Title (French)"), False, ("titre_fr",)),
                ColumnSpec(
                    "organisation",
                    L("Organisation"),
                    False,
                    ("organisme", "organization"),
                    L("English or French name, or acronym"),
                ),
                ColumnSpec(
                    "organisation_jurisdiction", L("Organisation's jurisdiction code"), False, ("juridiction_organisation",)
                ),
                ColumnSpec(
                    "preferred_language",
                    L("Preferred official language"),
                    False,
                    ("langue", "langue_officielle_preferee"),
                    L("en or fr"),
                ),
            ],
        ),
        ImportKind(
            key="working-groups",
            label=L("Working groups"),
            natural_key=L("A working group is found by its short name (slug)."),
            apply=apply_workinggroup,
            columns=[
                ColumnSpec("slug", L("Short name"), True, ("nom_court", "identifiant"), L("e.g. open-source")),
                ColumnSpec("name_en", L("Name (English)"), False, ("nom_en", "nom_anglais")),
                ColumnSpec("name_fr", L("Name (French)"), False, ("nom_fr", "nom_francais")),
                ColumnSpec("acronym_en", L("Acronym (English)"), False, ("acronyme_en", "sigle_en")),
                ColumnSpec("acronym_fr", L("Acronym (French)"), False, ("acronyme_fr", "sigle_fr")),
                ColumnSpec("mandate_en", L("Mandate (English)"), False, ("mandat_en",)),
                ColumnSpec("mandate_fr", L("Mandate (French)"), False, ("mandat_fr",)),
                ColumnSpec(
                    "kind",
                    L("Kind"),
                    False,
                    ("type", "genre"),
                    L("working_group, committee, sub_committee, community_of_practice"),
                ),
                ColumnSpec("status", L("Status"), False, ("statut", "etat"), L("active, dormant, completed, dissolved")),
                ColumnSpec("start_date", L("Start date"), False, ("date_de_debut", "debut"), L("YYYY-MM-DD")),
                ColumnSpec(
                    "planned_end_date", L("Planned end date"), False, ("date_de_fin_prevue", "fin_prevue"), L("YYYY-MM-DD")
                ),
                ColumnSpec(
                    "council",
                    L("Reports to (council code)"),
                    False,
                    ("conseil",),
                    L("jc, pssdc or pscioc; used when the group is created"),
                ),
            ],
        ),
        ImportKind(
            key="seats-terms",
            label=L("Co-chair seats and terms"),
            natural_key=L(
                "A seat is found by the group's short name and the seat number; a term by the group, the seat number and "
                "the start date."
            ),
            apply=apply_seat_term,
            columns=[
                ColumnSpec("group", L("Working group (short name)"), True, ("groupe", "groupe_de_travail")),
                ColumnSpec("seat", L("Seat number"), True, ("siege", "numero_de_siege"), L("1, 2 or 3")),
                ColumnSpec("seat_note_en", L("Seat note (English)"), False, ("note_siege_en",)),
                ColumnSpec("seat_note_fr", L("Seat note (French)"), False, ("note_siege_fr",)),
                ColumnSpec("person_email", L("Holder's email"), False, ("courriel_titulaire", "courriel")),
                ColumnSpec("person_given_name", L("Holder's given name"), False, ("prenom_titulaire", "prenom")),
                ColumnSpec("person_family_name", L("Holder's family name"), False, ("nom_titulaire", "nom_de_famille")),
                ColumnSpec(
                    "holder_organisation",
                    L("Holding organisation"),
                    False,
                    ("organisme_titulaire",),
                    L("when the person is not known"),
                ),
                ColumnSpec(
                    "holder_organisation_jurisdiction",
                    L("Holding organisation's jurisdiction code"),
                    False,
                    ("juridiction_organisme_titulaire",),
                ),
                ColumnSpec("on_behalf_of", L("On behalf of"), False, ("au_nom_de",)),
                ColumnSpec("on_behalf_of_jurisdiction", L("On behalf of: jurisdiction code"), False, ("au_nom_de_juridiction",)),
                ColumnSpec("start_date", L("Start date"), False, ("date_de_debut", "debut"), L("YYYY-MM-DD")),
                ColumnSpec("end_date", L("End date"), False, ("date_de_fin", "fin"), L("YYYY-MM-DD")),
                ColumnSpec(
                    "council_member_attested", L("Recorded as a council member"), False, ("membre_du_conseil",), L("yes or no")
                ),
                ColumnSpec("source", L("Source"), False, ()),
            ],
        ),
    ]
}
