"""Jurisdictions, organisations, people, councils and council memberships."""

import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from jointcouncils.models import DatedModel, TimeStampedModel, end_after_start_constraint
from jointcouncils.provenance import ProvenanceModel, precision_field


class Jurisdiction(TimeStampedModel):
    """A government: Canada, a province or territory, or a municipality."""

    class Level(models.TextChoices):
        FEDERAL = "federal", _("federal")
        PROVINCIAL = "provincial", _("provincial")
        TERRITORIAL = "territorial", _("territorial")
        MUNICIPAL = "municipal", _("municipal")
        # A holder the sources place at the provincial/territorial level without naming the province or territory.
        PROVINCIAL_TERRITORIAL = "provincial_territorial", _("provincial or territorial")
        # For a holder the sources count but do not name: counted apart, never as one of the four levels.
        NOT_RECORDED = "not_recorded", _("not recorded")

    code = models.SlugField(_("code"), max_length=40, unique=True, help_text=_("A short stable key, e.g. ca, on, toronto."))
    name = models.CharField(_("name"), max_length=200)
    level = models.CharField(_("level"), max_length=30, choices=Level.choices, db_index=True)

    class Meta:
        ordering = ["level", "name"]
        verbose_name = _("jurisdiction")
        verbose_name_plural = _("jurisdictions")

    def __str__(self) -> str:
        return self.name


class Organisation(ProvenanceModel, TimeStampedModel):
    """A department, ministry, city or agency of a jurisdiction."""

    class Kind(models.TextChoices):
        DEPARTMENT = "department", _("department")
        MINISTRY = "ministry", _("ministry")
        MUNICIPALITY = "municipality", _("municipality")
        AGENCY = "agency", _("agency")
        NON_PROFIT = "non_profit", _("non-profit organisation")
        INTERGOVERNMENTAL = "intergovernmental", _("intergovernmental body")
        OTHER = "other", _("other")

    name = models.CharField(_("name"), max_length=250)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.DEPARTMENT)
    jurisdiction = models.ForeignKey(
        Jurisdiction, verbose_name=_("jurisdiction"), on_delete=models.PROTECT, related_name="organisations"
    )
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(fields=["jurisdiction", "name_en"], name="organisation_unique_name_in_jurisdiction"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    @property
    def short_name(self) -> str:
        """The acronym when there is one, otherwise the name."""
        return self.acronym or self.name


class Person(ProvenanceModel, TimeStampedModel):
    """Someone who sits on a council or a working group, or works for the secretariat."""

    class Language(models.TextChoices):
        ENGLISH = "en", _("English")
        FRENCH = "fr", _("French")

    given_name = models.CharField(_("given name"), max_length=100)
    family_name = models.CharField(_("family name"), max_length=100)
    email = models.EmailField(_("email"), blank=True)
    title = models.CharField(_("title"), max_length=250, blank=True)
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, null=True, blank=True, related_name="people"
    )
    preferred_language = models.CharField(
        _("preferred official language"), max_length=2, choices=Language.choices, default=Language.ENGLISH
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("portal account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="person",
    )

    class Meta:
        ordering = ["family_name", "given_name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        constraints = [
            models.UniqueConstraint(fields=["email"], condition=~models.Q(email=""), name="person_unique_email_when_given"),
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    def get_absolute_url(self) -> str:
        return reverse("councils:person_detail", args=[self.pk])

    def is_council_member_between(self, start: datetime.date | None, end: datetime.date | None) -> bool:
        """True when this person holds a council seat (any role but observer) overlapping the period.

        Uses prefetched memberships when the caller prefetched them, so lists stay at a fixed query count.
        """
        return any(m.role != CouncilMembership.Role.OBSERVER and m.overlaps(start, end) for m in self.council_memberships.all())


class Council(TimeStampedModel):
    """One of the three councils: PSSDC, PSCIOC, or their joint body, the Joint Councils."""

    code = models.SlugField(_("code"), max_length=20, unique=True)
    name = models.CharField(_("name"), max_length=250)
    acronym = models.CharField(_("acronym"), max_length=20)
    description = models.TextField(_("description"), blank=True)
    constituent_councils = models.ManyToManyField(
        "self",
        verbose_name=_("constituent councils"),
        symmetrical=False,
        blank=True,
        related_name="joint_bodies",
        help_text=_("For a joint body, the councils that meet together in it."),
    )
    established = models.DateField(_("established"), null=True, blank=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("council")
        verbose_name_plural = _("councils")

    def __str__(self) -> str:
        return self.acronym

    def get_absolute_url(self) -> str:
        return reverse("councils:council_detail", args=[self.code])

    @property
    def is_joint(self) -> bool:
        return self.constituent_councils.exists()


class CouncilMembership(ProvenanceModel, DatedModel, TimeStampedModel):
    """A person's seat on a council: co-chair, member or observer, on behalf of an organisation."""

    class Role(models.TextChoices):
        CO_CHAIR = "co_chair", _("co-chair")
        MEMBER = "member", _("member")
        OBSERVER = "observer", _("observer")

    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="council_memberships")
    council = models.ForeignKey(Council, verbose_name=_("council"), on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    start_precision = precision_field(_("precision of the start date"))
    on_behalf_of = models.ForeignKey(
        Organisation,
        verbose_name=_("on behalf of"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="council_memberships",
    )

    class Meta:
        ordering = ["council", "role", "person"]
        verbose_name = _("council membership")
        verbose_name_plural = _("council memberships")
        constraints = [end_after_start_constraint("councilmembership_end_after_start")]

    def __str__(self) -> str:
        return f"{self.person} – {self.council} ({self.get_role_display()})"


class ExternalRelation(ProvenanceModel, TimeStampedModel):
    """A council's link with a body outside the councils (the FPT Deputy Ministers' table, DIACC ...), as the sources
    describe it: the reporting lines and partnerships that are not working groups."""

    class Kind(models.TextChoices):
        REPORTS_TO = "reports_to", _("reports to")
        PARTNER = "partner", _("partner")
        NO_LINK = "no_link", _("no link")

    council = models.ForeignKey(Council, verbose_name=_("council"), on_delete=models.CASCADE, related_name="external_relations")
    body = models.ForeignKey(
        Organisation, verbose_name=_("external body"), on_delete=models.PROTECT, related_name="council_relations"
    )
    kind = models.CharField(_("kind of link"), max_length=20, choices=Kind.choices)
    is_formal = models.BooleanField(_("formal"), null=True, blank=True, help_text=_("Empty when the sources do not say."))
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["council", "body__name"]
        verbose_name = _("external relation")
        verbose_name_plural = _("external relations")
        constraints = [models.UniqueConstraint(fields=["council", "body"], name="externalrelation_unique_council_body")]

    def __str__(self) -> str:
        return f"{self.council} – {self.body}"


class CouncilCochairSeat(ProvenanceModel, TimeStampedModel):
    """A council co-chair seat as a source shows it without naming the holder: the organisation or the jurisdiction
    level, and the turnover (outgoing, new). Named co-chairs are council memberships."""

    class Turnover(models.TextChoices):
        CURRENT = "current", _("in office")
        OUTGOING = "outgoing", _("outgoing")
        NEW = "new", _("new")

    council = models.ForeignKey(Council, verbose_name=_("council"), on_delete=models.CASCADE, related_name="cochair_seats")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    level = models.CharField(_("jurisdiction level"), max_length=30, choices=Jurisdiction.Level.choices)
    turnover = models.CharField(_("turnover"), max_length=10, choices=Turnover.choices, default=Turnover.CURRENT)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["council", "order"]
        verbose_name = _("council co-chair seat")
        verbose_name_plural = _("council co-chair seats")
        constraints = [models.UniqueConstraint(fields=["council", "order"], name="councilcochairseat_unique_order")]

    def __str__(self) -> str:
        holder = self.organisation.short_name if self.organisation_id else self.get_level_display()
        return f"{self.council} – {holder} ({self.get_turnover_display()})"
