"""The kinds of spreadsheet the import reads: each one's columns (key, English label, French header names) and the
function that applies a row (dataio.imports)."""

from django.utils.translation import gettext_lazy as _

from .imports import ColumnSpec, ImportKind, apply_organisation, apply_person, apply_seat_term, apply_workinggroup

KINDS: dict[str, ImportKind] = {
    kind.key: kind
    for kind in [
        ImportKind(
            key="organisations",
            label=_("Organisations"),
            natural_key=_("An organisation is found by its jurisdiction code and English name."),
            apply=apply_organisation,
            columns=[
                ColumnSpec(
                    "jurisdiction", _("Jurisdiction code"), True, ("juridiction", "code_juridiction"), _("e.g. ca, on, toronto")
                ),
                ColumnSpec("name_en", _("Name (English)"), True, ("nom_en", "nom_anglais")),
                ColumnSpec("name_fr", _("Name (French)"), False, ("nom_fr", "nom_francais")),
                ColumnSpec("acronym_en", _("Acronym (English)"), False, ("acronyme_en", "sigle_en")),
                ColumnSpec("acronym_fr", _("Acronym (French)"), False, ("acronyme_fr", "sigle_fr")),
                ColumnSpec(
                    "kind",
                    _("Kind"),
                    False,
                    ("type", "genre"),
                    _("department, ministry, municipality, agency, non_profit, other"),
                ),
                ColumnSpec("website", _("Website"), False, ("site_web",)),
            ],
        ),
        ImportKind(
            key="people",
            label=_("People"),
            natural_key=_("A person is found by email when one is given, otherwise by given name, family name and organisation."),
            apply=apply_person,
            columns=[
                ColumnSpec("given_name", _("Given name"), True, ("prenom",)),
                ColumnSpec("family_name", _("Family name"), True, ("nom_de_famille", "nom")),
                ColumnSpec("email", _("Email"), False, ("courriel", "adresse_courriel")),
                ColumnSpec("title_en", _("Title (English)"), False, ("titre_en",)),
                ColumnSpec("title_fr", _("Title (French)"), False, ("titre_fr",)),
                ColumnSpec(
                    "organisation",
                    _("Organisation"),
                    False,
                    ("organisme", "organization"),
                    _("English or French name, or acronym"),
                ),
                ColumnSpec(
                    "organisation_jurisdiction", _("Organisation's jurisdiction code"), False, ("juridiction_organisation",)
                ),
                ColumnSpec(
                    "preferred_language",
                    _("Preferred official language"),
                    False,
                    ("langue", "langue_officielle_preferee"),
                    _("en or fr"),
                ),
            ],
        ),
        ImportKind(
            key="working-groups",
            label=_("Working groups"),
            natural_key=_("A working group is found by its short name (slug)."),
            apply=apply_workinggroup,
            columns=[
                ColumnSpec("slug", _("Short name"), True, ("nom_court", "identifiant"), _("e.g. open-source")),
                ColumnSpec("name_en", _("Name (English)"), False, ("nom_en", "nom_anglais")),
                ColumnSpec("name_fr", _("Name (French)"), False, ("nom_fr", "nom_francais")),
                ColumnSpec("acronym_en", _("Acronym (English)"), False, ("acronyme_en", "sigle_en")),
                ColumnSpec("acronym_fr", _("Acronym (French)"), False, ("acronyme_fr", "sigle_fr")),
                ColumnSpec("mandate_en", _("Mandate (English)"), False, ("mandat_en",)),
                ColumnSpec("mandate_fr", _("Mandate (French)"), False, ("mandat_fr",)),
                ColumnSpec(
                    "kind",
                    _("Kind"),
                    False,
                    ("type", "genre"),
                    _("working_group, committee, sub_committee, community_of_practice"),
                ),
                ColumnSpec("status", _("Status"), False, ("statut", "etat"), _("active, dormant, completed, dissolved")),
                ColumnSpec("start_date", _("Start date"), False, ("date_de_debut", "debut"), _("YYYY-MM-DD")),
                ColumnSpec(
                    "planned_end_date", _("Planned end date"), False, ("date_de_fin_prevue", "fin_prevue"), _("YYYY-MM-DD")
                ),
                ColumnSpec(
                    "council",
                    _("Reports to (council code)"),
                    False,
                    ("conseil",),
                    _("jc, pssdc or pscioc; used when the group is created"),
                ),
            ],
        ),
        ImportKind(
            key="seats-terms",
            label=_("Co-chair seats and terms"),
            natural_key=_(
                "A seat is found by the group's short name and the seat number; a term by the group, the seat number and "
                "the start date."
            ),
            apply=apply_seat_term,
            columns=[
                ColumnSpec("group", _("Working group (short name)"), True, ("groupe", "groupe_de_travail")),
                ColumnSpec("seat", _("Seat number"), True, ("siege", "numero_de_siege"), _("1, 2 or 3")),
                ColumnSpec("seat_note_en", _("Seat note (English)"), False, ("note_siege_en",)),
                ColumnSpec("seat_note_fr", _("Seat note (French)"), False, ("note_siege_fr",)),
                ColumnSpec("person_email", _("Holder's email"), False, ("courriel_titulaire", "courriel")),
                ColumnSpec("person_given_name", _("Holder's given name"), False, ("prenom_titulaire", "prenom")),
                ColumnSpec("person_family_name", _("Holder's family name"), False, ("nom_titulaire", "nom_de_famille")),
                ColumnSpec(
                    "holder_organisation",
                    _("Holding organisation"),
                    False,
                    ("organisme_titulaire",),
                    _("when the person is not known"),
                ),
                ColumnSpec(
                    "holder_organisation_jurisdiction",
                    _("Holding organisation's jurisdiction code"),
                    False,
                    ("juridiction_organisme_titulaire",),
                ),
                ColumnSpec("on_behalf_of", _("On behalf of"), False, ("au_nom_de",)),
                ColumnSpec("on_behalf_of_jurisdiction", _("On behalf of: jurisdiction code"), False, ("au_nom_de_juridiction",)),
                ColumnSpec("start_date", _("Start date"), False, ("date_de_debut", "debut"), _("YYYY-MM-DD")),
                ColumnSpec("end_date", _("End date"), False, ("date_de_fin", "fin"), _("YYYY-MM-DD")),
                ColumnSpec(
                    "council_member_attested", _("Recorded as a council member"), False, ("membre_du_conseil",), _("yes or no")
                ),
                ColumnSpec("source", _("Source"), False, ()),
            ],
        ),
    ]
}
