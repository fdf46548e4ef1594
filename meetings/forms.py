"""Forms of the meeting pages; bilingual content is entered in an English and a French fieldset."""

from collections import Counter

from django import forms
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from councils.models import Council, Organisation, Person
from jointcouncils.forms import BilingualFormMixin, VersionedFormMixin
from logicmodel.models import Outcome
from priorities.models import Priority
from workinggroups.models import ReportingLine, WorkingGroup

from .models import ActionItem, AgendaItem, Attendance, Decision, Meeting

LANGUAGES = (("en", _("English")), ("fr", _("French")))


class SearchableCheckboxes(forms.CheckboxSelectMultiple):
    """Checkboxes that static/js/portal.js turns into a filtered list (type to narrow it); plain checkboxes otherwise."""

    def __init__(self, attrs=None, choices=()):
        # The words the script shows, in the page's language (lazy: translated when the page is drawn).
        words = {
            "data-filter-label": _("Type to filter: %(list)s"),
            "data-filter-status": _("%(shown)s of %(total)s shown; %(chosen)s chosen."),
        }
        super().__init__({"class": "searchable-choices", **words, **(attrs or {})}, choices)


def date_input() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def datetime_input() -> forms.DateTimeInput:
    return forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


def short_textarea(rows: int = 3) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows})


class MeetingForm(BilingualFormMixin, VersionedFormMixin, forms.ModelForm):
    bilingual_required = ("title",)

    class Meta:
        model = Meeting
        fields = (
            "council",
            "start",
            "end",
            "is_virtual",
            "status",
            "reporting_deadline",
            "source",
            "title_en",
            "city_en",
            "venue_en",
            "objectives_en",
            "context_en",
            "title_fr",
            "city_fr",
            "venue_fr",
            "objectives_fr",
            "context_fr",
        )
        widgets = {
            "start": datetime_input(),
            "end": datetime_input(),
            "reporting_deadline": date_input(),
            "objectives_en": short_textarea(4),
            "objectives_fr": short_textarea(4),
            "context_en": short_textarea(4),
            "context_fr": short_textarea(4),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["council"].queryset = Council.objects.order_by("code")
        self.fields["start"].help_text = _("Date and local time the meeting starts.")


class AgendaItemForm(BilingualFormMixin, VersionedFormMixin, forms.ModelForm):
    """An agenda item: title and purpose first, then who and how long, the texts in both languages, then links."""

    bilingual_required = ("title",)
    LINKS = _("Links")
    field_groups = (
        (None, ["title_en", "title_fr", "purpose"]),
        (None, ["presenter", "minutes"]),
    )
    LINK_FIELDS = ("priorities", "working_groups", "outcomes")

    class Meta:
        model = AgendaItem
        fields = (
            "purpose",
            "minutes",
            "presenter",
            "priorities",
            "working_groups",
            "outcomes",
            "title_en",
            "objectives_en",
            "context_en",
            "discussion_questions_en",
            "decision_sought_en",
            "presenter_note_en",
            "title_fr",
            "objectives_fr",
            "context_fr",
            "discussion_questions_fr",
            "decision_sought_fr",
            "presenter_note_fr",
        )
        widgets = {
            "priorities": SearchableCheckboxes,
            "working_groups": SearchableCheckboxes,
            "outcomes": SearchableCheckboxes,
            "purpose": forms.RadioSelect,
            **{
                f"{name}_{code}": short_textarea()
                for name in ("objectives", "context", "decision_sought")
                for code in "en fr".split()
            },
            "discussion_questions_en": short_textarea(4),
            "discussion_questions_fr": short_textarea(4),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["presenter"].queryset = Person.objects.select_related("organisation").order_by("family_name", "given_name")
        priorities = list(Priority.objects.select_related("council").order_by("kind", "order", "name"))
        groups = groups_with_councils()
        # Names that repeat ("Chatbot enablement" is a theme of both councils) carry their council.
        priority_labels = names_with_council(priorities)
        group_labels = names_with_council(groups, council=lambda g: g.current_council)
        self.fields["priorities"].choices = [(p.pk, priority_labels[p.pk]) for p in priorities]
        self.fields["working_groups"].choices = [(g.pk, group_labels[g.pk]) for g in groups]
        self.fields["outcomes"].queryset = Outcome.objects.filter(logic_model__is_current=True).order_by("term", "order")
        for code in ("en", "fr"):
            self.fields[f"discussion_questions_{code}"].help_text = _("One question per line.")

    def layout(self) -> list[dict]:
        """The title (both languages) and the purpose come first; the links, long lists, come last."""
        links = [self[name] for name in self.LINK_FIELDS]
        groups = []
        for group in super().layout():
            rows = [[field for field in row if field.name not in self.LINK_FIELDS] for row in group["rows"]]
            rows = [row for row in rows if row]
            if rows:
                groups.append({**group, "rows": rows, "fields": [field for row in rows for field in row]})
        return [*groups, {"legend": self.LINKS, "lang": None, "rows": [[field] for field in links], "fields": links}]


class AttachmentForm(BilingualFormMixin, forms.Form):
    """An upload: its title in both languages, its language, and the file (checked by content by the service)."""

    file = forms.FileField(
        label=_("File"),
        help_text=_("A PDF, Word (DOCX) or Excel (XLSX) file."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.docx,.xlsx"}),
    )
    language = forms.ChoiceField(
        label=_("Language of the document"),
        choices=[("", _("both or not applicable")), *LANGUAGES],
        required=False,
    )
    title_en = forms.CharField(label=_("Title"), max_length=250)
    title_fr = forms.CharField(label=_("Title"), max_length=250)


class AttendanceForm(BilingualFormMixin, VersionedFormMixin, forms.ModelForm):
    class Meta:
        model = Attendance
        fields = ("person", "on_behalf_of", "status")
        widgets = {"status": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = Person.objects.select_related("organisation").order_by("family_name", "given_name")
        self.fields["on_behalf_of"].queryset = Organisation.objects.select_related("jurisdiction").order_by("name")
        self.fields["on_behalf_of"].help_text = _("Leave empty when the person spoke for their own organisation.")


def person_label(person: Person) -> str:
    """A person in a menu: the name, and the organisation that tells two namesakes apart."""
    return f"{person.full_name} ({person.organisation})" if person.organisation else person.full_name


class AttendanceRosterForm(forms.Form):
    """The whole roster of the meeting's council in one form: one answer per member, a guest, and one reason."""

    NOT_RECORDED = ""

    guest_person = forms.TypedChoiceField(label=_("Guest already in the portal"), required=False, coerce=int, empty_value=None)
    guest_given_name = forms.CharField(label=_("Guest's given name"), max_length=100, required=False)
    guest_family_name = forms.CharField(label=_("Guest's family name"), max_length=100, required=False)
    guest_organisation = forms.ModelChoiceField(
        label=_("Guest's organisation"), queryset=Organisation.objects.none(), required=False
    )
    change_reason = forms.CharField(
        label=_("Reason for the change"), max_length=100, help_text=_("Kept in the history of every row saved, with your name.")
    )

    def __init__(self, *args, meeting: Meeting, roster: list, **kwargs):
        super().__init__(*args, **kwargs)
        self.meeting = meeting
        recorded = {a.person_id: a for a in meeting.attendance.all()}
        people = list(Person.objects.select_related("organisation").order_by("family_name", "given_name"))
        self.people = {person.pk: person for person in people}
        on_roster = {membership.person_id for membership in roster}
        # One list of choices shared by every "represented by" menu: no query per member.
        person_choices = [("", "—"), *((p.pk, person_label(p)) for p in people)]
        self.fields["guest_person"].choices = [
            ("", "—"),
            *((p.pk, person_label(p)) for p in people if p.pk not in on_roster and p.pk not in recorded),
        ]
        self.fields["guest_organisation"].queryset = Organisation.objects.order_by("name")
        status_choices = [(self.NOT_RECORDED, _("not recorded")), *Attendance.Status.choices]
        self.rows = []
        for membership in roster:
            person = membership.person
            done = recorded.get(person.pk)
            status_name, delegate_name = f"status_{person.pk}", f"represented_by_{person.pk}"
            self.fields[status_name] = forms.ChoiceField(
                label=_("Attendance of %(person)s") % {"person": person.full_name},
                choices=status_choices,
                required=False,
                initial=done.status if done else self.NOT_RECORDED,
                widget=forms.RadioSelect,
            )
            self.fields[delegate_name] = forms.TypedChoiceField(
                label=_("Represented by (for %(person)s)") % {"person": person.full_name},
                choices=person_choices,
                required=False,
                coerce=int,
                empty_value=None,
                initial=done.represented_by_id if done else None,
            )
            self.rows.append(
                {"membership": membership, "person": person, "status": self[status_name], "represented_by": self[delegate_name]}
            )

    def clean(self):
        data = super().clean()
        # Every problem of the form is reported at once, not the first one only.
        for row in self.rows:
            person = row["person"]
            status = data.get(f"status_{person.pk}")
            delegate = data.get(f"represented_by_{person.pk}")
            if status == Attendance.Status.REPRESENTED and not delegate:
                self.add_error(f"represented_by_{person.pk}", _("Say who represented %(person)s.") % {"person": person.full_name})
            elif delegate and status != Attendance.Status.REPRESENTED:
                self.add_error(
                    f"status_{person.pk}",
                    _("Choose “represented” for %(person)s, or leave “represented by” empty.") % {"person": person.full_name},
                )
            elif delegate and delegate == person.pk:
                self.add_error(f"represented_by_{person.pk}", _("A member cannot represent themselves."))
        given, family = data.get("guest_given_name", "").strip(), data.get("guest_family_name", "").strip()
        if data.get("guest_person") and (given or family):
            self.add_error("guest_person", _("Choose a guest already in the portal, or type a new guest's name: not both."))
        elif (given or family) and not (given and family):
            self.add_error("guest_family_name" if given else "guest_given_name", _("Give the guest's given and family names."))
        return data

    def roster_rows(self) -> list[dict]:
        """What the service saves for each member."""
        return [
            {
                "person": row["person"],
                "status": self.cleaned_data[f"status_{row['person'].pk}"],
                "represented_by": self.people.get(self.cleaned_data[f"represented_by_{row['person'].pk}"]),
                "on_behalf_of": row["membership"].on_behalf_of,
            }
            for row in self.rows
        ]

    def guest(self) -> dict | None:
        data = self.cleaned_data
        if data.get("guest_person"):
            return {"person": self.people[data["guest_person"]]}
        if data.get("guest_given_name"):
            return {
                "given_name": data["guest_given_name"].strip(),
                "family_name": data["guest_family_name"].strip(),
                "organisation": data.get("guest_organisation"),
            }
        return None


class DecisionForm(BilingualFormMixin, VersionedFormMixin, forms.ModelForm):
    bilingual_required = ("text",)
    field_groups = (
        (None, ["agenda_item", "decided_on", "result", "priorities"]),
        (_("Vote tally (optional)"), ["votes_for", "votes_against", "abstentions"]),
    )

    class Meta:
        model = Decision
        fields = (
            "agenda_item",
            "decided_on",
            "result",
            "priorities",
            "votes_for",
            "votes_against",
            "abstentions",
            "text_en",
            "text_fr",
        )
        widgets = {
            "decided_on": date_input(),
            "result": forms.RadioSelect,
            "priorities": forms.CheckboxSelectMultiple,
            "text_en": short_textarea(4),
            "text_fr": short_textarea(4),
        }

    def __init__(self, *args, meeting: Meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agenda_item"].queryset = AgendaItem.objects.filter(meeting=meeting).order_by("order", "pk")
        self.fields["priorities"].queryset = Priority.objects.order_by("kind", "order", "name")


def names_with_council(objects, name=lambda o: o.name, council=lambda o: o.council) -> dict[int, str]:
    """Each object's name, with its council's acronym beside the names that repeat ("Chatbot enablement (PSSDC)")."""
    names = {o.pk: str(name(o)) for o in objects}
    counts = Counter(names.values())
    labels = {}
    for o in objects:
        label = names[o.pk]
        owner = council(o)
        labels[o.pk] = f"{label} ({owner.acronym})" if counts[label] > 1 and owner is not None else label
    return labels


def groups_with_councils() -> list[WorkingGroup]:
    """Working groups by name, with the reporting lines that tell their council (no query per group)."""
    lines = ReportingLine.objects.select_related("council").order_by("-start_date")
    return list(WorkingGroup.objects.prefetch_related(Prefetch("reporting_lines", queryset=lines)).order_by("name"))


OWNER_KINDS = {
    "person": "owner_person",
    "organisation": "owner_organisation",
    "group": "owner_group",
    "council": "owner_council",
}


class ActionItemForm(BilingualFormMixin, VersionedFormMixin, forms.ModelForm):
    """A next step: what, who (one owner, from one list of people, working groups and councils) and by when."""

    bilingual_required = ("description",)
    field_groups = ((None, ["agenda_item", "owner", "due_date"]),)

    owner = forms.ChoiceField(
        label=_("Owner"), help_text=_("A person, an organisation, a working group or a council: one list, grouped by kind.")
    )

    class Meta:
        model = ActionItem
        fields = ("agenda_item", "due_date", "description_en", "description_fr")
        widgets = {"due_date": date_input(), "description_en": short_textarea(), "description_fr": short_textarea()}

    def __init__(self, *args, meeting: Meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agenda_item"].queryset = AgendaItem.objects.filter(meeting=meeting).order_by("order", "pk")
        people = Person.objects.select_related("organisation").order_by("family_name", "given_name")
        groups = groups_with_councils()
        group_labels = names_with_council(groups, council=lambda g: g.current_council)
        self.fields["owner"].choices = [
            ("", "—"),
            (_("People"), [(f"person:{p.pk}", person_label(p)) for p in people]),
            (_("Organisations"), [(f"organisation:{o.pk}", str(o)) for o in Organisation.objects.order_by("name")]),
            (_("Working groups"), [(f"group:{g.pk}", group_labels[g.pk]) for g in groups]),
            (_("Councils"), [(f"council:{c.pk}", f"{c.name} ({c.acronym})") for c in Council.objects.order_by("code")]),
        ]
        item = self.instance
        for kind, field in OWNER_KINDS.items():
            if getattr(item, f"{field}_id", None):
                self.initial.setdefault("owner", f"{kind}:{getattr(item, f'{field}_id')}")

    def clean_owner(self) -> str:
        value = self.cleaned_data["owner"]
        kind, _sep, pk = value.partition(":")
        if kind not in OWNER_KINDS or not pk.isdigit():
            raise forms.ValidationError(_("Choose one owner: a person, an organisation, a working group or a council."))
        return value

    def _post_clean(self):
        # The one owner chosen fills its own column and empties the other two, before the model checks them.
        value = self.cleaned_data.get("owner")
        if value:
            kind, _sep, pk = value.partition(":")
            for name, field in OWNER_KINDS.items():
                setattr(self.instance, f"{field}_id", int(pk) if name == kind else None)
        super()._post_clean()


class ActionItemStatusForm(BilingualFormMixin, VersionedFormMixin, forms.Form):
    """Move an action item along; done and dropped need a closing note."""

    status = forms.ChoiceField(label=_("Status"), choices=ActionItem.Status.choices, widget=forms.RadioSelect)
    closing_note_en = forms.CharField(label=_("Closing note"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    closing_note_fr = forms.CharField(label=_("Closing note"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, instance: ActionItem, **kwargs):
        self.instance = instance
        kwargs.setdefault(
            "initial",
            {
                "status": instance.status,
                "closing_note_en": instance.closing_note_en or "",
                "closing_note_fr": instance.closing_note_fr or "",
            },
        )
        super().__init__(*args, **kwargs)
        self.fields["closing_note_en"].help_text = _("Required when the item is done or dropped: say how it was closed.")

    def clean(self):
        cleaned = super().clean()
        closed = cleaned.get("status") in {ActionItem.Status.DONE, ActionItem.Status.DROPPED}
        if closed and not (cleaned.get("closing_note_en", "").strip() or cleaned.get("closing_note_fr", "").strip()):
            self.add_error(
                "closing_note_en", _("Say how the action item was closed: a closing note is required when it is done or dropped.")
            )
        return cleaned
