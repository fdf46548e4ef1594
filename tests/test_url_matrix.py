"""Every URL pattern × role × method, with the expected answer of each cell.

ROWS has one row per URL name of the project's URLconf (the /en/ prefix stands for both languages); the test fails
when a URL has no row, so a new page gets its row. The admin is left out: it is Django's own, and its access is
tested in tests/test_admin.py. Rows marked "@other" ask the same URL about another group than the co-chair's own.

Each cell is "GET/POST", for anonymous, outsider (logged in, no role), member, cochair, secretariat:
- a number: that status;
- "login": a redirect to the log-in page;
- "ok" (POST only): accepted for processing: neither refused (403, log-in) nor missing (404, 405) nor a crash
  (500). A POST with empty data usually answers 200 with the form's errors, 400, 409 or a redirect.
The POSTs send no data; they run after all the GETs, and a role's POSTs may change its own world only
(one database set-up per role).
"""

import datetime
import io

import pytest
from django.conf import settings as conf
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone, translation
from pypdf import PdfWriter

from consultations.models import PlanPeriod, PlanSection, Respondent, Theme
from consultations.services import survey_token
from dataio.models import ImportJob
from meetings.services import attachment_create
from notifications.services import preference_get
from reports.services import reportbuild_request
from tests import factories
from tests.conftest import _client_for
from tests.consultations.conftest import make_survey, save
from tests.meetings import factories as meeting_factories
from tests.workinggroups import factories as wg_factories
from voting.models import Ballot
from voting.services import ballot_attachment_add, ballot_create
from workinggroups.models import TermChangeRequest
from workinggroups.services import termchangerequest_create

ROLES = ("anonymous", "outsider", "member", "cochair", "secretariat")
SKIPPED_NAMESPACES = {"admin"}  # Django's admin: see tests/test_admin.py

# Read: build_download answers 404 because the build is not finished (only a finished build has a file).
# A 405 for a role that may not use the page means the method is refused before the role is checked.
# fmt: off
ROWS = {
#                                              anonymous  outsider   member     cochair    secretariat
    "healthz":                                 "200/405    200/405    200/405    200/405    200/405",
    "set_language":                            "302/ok     302/ok     302/ok     302/ok     302/ok",
    "home":                                    "login/login 403/403    200/ok     200/ok     200/ok",
    "login":                                   "200/ok     200/ok     200/ok     200/ok     200/ok",
    "password_change":                         "login/login 200/ok     200/ok     200/ok     200/ok",
    "logout":                                  "login/login 405/login  405/login  405/login  405/login",
    "password_change_done":                    "login/login 200/405    200/405    200/405    200/405",
    "translation_edit":                        "login/login 403/403    403/403    200/ok     200/ok",
    "councils:council_list":                   "login/login 403/403    200/405    200/405    200/405",
    "councils:council_detail":                 "login/login 403/403    200/405    200/405    200/405",
    "councils:council_edit":                   "login/login 403/403    403/403    403/403    200/ok",
    "councils:membership_add":                 "login/login 403/403    403/403    403/403    200/ok",
    "councils:person_list":                    "login/login 403/403    200/405    200/405    200/405",
    "councils:person_create":                  "login/login 403/403    403/403    403/403    200/ok",
    "councils:person_detail":                  "login/login 403/403    200/405    200/405    200/405",
    "councils:person_edit":                    "login/login 403/403    403/403    403/403    200/ok",
    "councils:organisation_list":              "login/login 403/403    200/405    200/405    200/405",
    "councils:glossary":                       "login/login 403/403    200/405    200/405    200/405",
    "workinggroups:list":                      "login/login 403/403    200/405    200/405    200/405",
    "workinggroups:create":                    "login/login 403/403    403/403    403/403    200/ok",
    "workinggroups:detail":                    "login/login 403/403    200/405    200/405    200/405",
    "workinggroups:edit":                      "login/login 403/403    403/403    200/ok     200/ok",
    "workinggroups:edit@other":                "login/login 403/403    403/403    403/403    200/ok",
    "workinggroups:seat_add":                  "login/login 403/403    403/403    403/403    200/ok",
    # Seats and terms are the secretariat's record: a co-chair proposes a change (term_request_create) instead.
    "workinggroups:term_add":                  "login/login 403/403    403/403    403/403    200/ok",
    "workinggroups:cochair_change":            "login/login 403/403    403/403    403/403    200/ok",
    "workinggroups:term_end":                  "login/login 403/403    403/403    403/403    200/ok",
    "workinggroups:term_request_create":       "login/login 403/403    403/403    200/ok     403/403",
    "workinggroups:term_request_create@other": "login/login 403/403    403/403    403/403    403/403",
    "workinggroups:term_requests":             "login/login 403/403    403/403    200/405    200/405",
    "workinggroups:term_request_detail":       "login/login 403/403    403/403    200/405    200/405",
    "workinggroups:term_request_accept":       "login/login 403/403    403/403    403/403    405/ok",
    "workinggroups:term_request_decline":      "login/login 403/403    403/403    403/403    405/ok",
    "workinggroups:term_end@other":            "login/login 403/403    403/403    403/403    200/ok",
    "priorities:list":                         "login/login 403/403    200/405    200/405    200/405",
    "priorities:detail":                       "login/login 403/403    200/405    200/405    200/405",
    "priorities:edit":                         "login/login 403/403    403/403    403/403    200/ok",
    "logicmodel:detail":                       "login/login 403/403    200/405    200/405    200/405",
    "logicmodel:principle_edit":               "login/login 403/403    403/403    403/403    200/ok",
    "logicmodel:outcome_edit":                 "login/login 403/403    403/403    403/403    200/ok",
    "logicmodel:detail_version":               "login/login 403/403    200/405    200/405    200/405",
    "logicmodel:edit":                         "login/login 403/403    403/403    403/403    200/ok",
    "meetings:list":                           "login/login 403/403    200/405    200/405    200/405",
    "meetings:create":                         "login/login 403/403    403/403    403/403    200/ok",
    "meetings:detail":                         "login/login 403/403    200/405    200/405    200/405",
    "meetings:edit":                           "login/login 403/403    403/403    403/403    200/ok",
    "meetings:agenda":                         "login/login 403/403    403/403    403/403    200/405",
    "meetings:agenda_item_add":                "login/login 403/403    403/403    403/403    200/ok",
    "meetings:agenda_standard_items":          "login/login 403/403    403/403    403/403    405/ok",
    "meetings:agenda_item_edit":               "login/login 403/403    403/403    403/403    200/ok",
    "meetings:agenda_item_delete":             "login/login 403/403    403/403    403/403    200/ok",
    "meetings:agenda_item_move":               "login/login 403/403    403/403    403/403    405/ok",
    "meetings:attachment_add":                 "login/login 403/403    403/403    403/403    200/ok",
    "meetings:attachment_download":            "login/login 403/403    200/405    200/405    200/405",
    "meetings:attachment_delete":              "login/login 403/403    403/403    403/403    200/ok",
    "meetings:attendance_roster":              "login/login 403/403    403/403    403/403    200/ok",
    "meetings:attendance_add":                 "login/login 403/403    403/403    403/403    200/ok",
    "meetings:attendance_edit":                "login/login 403/403    403/403    403/403    200/ok",
    "meetings:decision_add":                   "login/login 403/403    403/403    403/403    200/ok",
    "meetings:decision_edit":                  "login/login 403/403    403/403    403/403    200/ok",
    "meetings:action_items":                   "login/login 403/403    200/405    200/405    200/405",
    "meetings:action_item_add":                "login/login 403/403    403/403    403/403    200/ok",
    "meetings:action_item_edit":               "login/login 403/403    403/403    403/403    200/ok",
    "meetings:action_item_status":             "login/login 403/403    403/403    200/ok     200/ok",
    "meetings:calendar":                       "login/login 403/405    200/405    200/405    200/405",
    "meetings:council_feed":                   "200/405    200/405    200/405    200/405    200/405",
    "voting:list":                             "login/login 403/403    200/405    200/405    200/405",
    "voting:create":                           "login/login 403/403    403/403    403/403    200/ok",
    "voting:detail":                           "login/login 403/403    200/405    200/405    200/405",
    "voting:vote":                             "login/login 403/403    403/403    403/403    403/403",
    "voting:proxy_vote":                       "login/login 403/403    403/403    403/403    405/ok",
    "voting:open":                             "login/login 403/403    403/403    403/403    405/ok",
    "voting:attachment_add":                   "login/login 403/403    403/403    403/403    405/ok",
    "voting:attachment_download":              "login/login 403/403    200/405    200/405    200/405",
    "reporting:my_updates":                    "login/login 403/403    200/405    200/405    302/405",
    "reporting:update_create":                 "login/login 403/403    403/403    200/ok     200/ok",
    "reporting:update_create@other":           "login/login 403/403    403/403    403/403    200/ok",
    "reporting:update_detail":                 "login/login 403/403    403/403    200/405    200/405",
    "reporting:update_detail@other":           "login/login 403/403    403/403    403/403    200/405",
    "reporting:update_edit":                   "login/login 403/403    403/403    200/ok     200/ok",
    "reporting:update_edit@other":             "login/login 403/403    403/403    403/403    200/ok",
    "reporting:update_submit":                 "login/login 403/403    403/403    405/ok     405/ok",
    "reporting:update_approve":                "login/login 403/403    403/403    403/403    405/ok",
    "reporting:update_return":                 "login/login 403/403    403/403    403/403    405/ok",
    "reporting:review_queue":                  "login/login 403/403    403/403    403/403    200/405",
    "reporting:workplan":                      "login/login 403/403    200/405    200/405    200/405",
    "reporting:workplan@other":                "login/login 403/403    200/405    200/405    200/405",
    "reporting:milestone_create":              "login/login 403/403    403/403    200/ok     200/ok",
    "reporting:milestone_create@other":        "login/login 403/403    403/403    403/403    200/ok",
    "reporting:milestone_edit":                "login/login 403/403    403/403    200/ok     200/ok",
    "reporting:milestone_edit@other":          "login/login 403/403    403/403    403/403    200/ok",
    "reporting:task_create":                   "login/login 403/403    403/403    200/ok     200/ok",
    "reporting:task_edit":                     "login/login 403/403    403/403    200/ok     200/ok",
    "reporting:task_edit@other":               "login/login 403/403    403/403    403/403    200/ok",
    "reporting:task_review_queue":             "login/login 403/403    403/403    403/403    200/405",
    "reporting:task_review":                   "login/login 403/403    403/403    403/403    302/ok",
    "consultations:list":                      "login/login 403/403    403/403    403/403    200/405",
    "consultations:create":                    "login/login 403/403    403/403    403/403    200/ok",
    "consultations:themes":                    "login/login 403/403    200/ok     200/ok     200/ok",
    "consultations:theme_create":              "login/login 403/403    403/403    403/403    200/ok",
    "consultations:answer":                    "200/ok     200/ok     200/ok     200/ok     200/ok",
    "consultations:plan_periods":              "login/login 403/403    200/403    200/403    200/ok",
    "consultations:plan_period":               "login/login 403/403    200/ok     200/ok     200/ok",
    "consultations:plan_period_approve":       "login/login 405/403    405/403    405/403    405/ok",
    "consultations:plan_section_edit":         "login/login 403/403    403/403    403/403    200/ok",
    "consultations:detail":                    "login/login 403/403    403/403    403/403    200/ok",
    "consultations:question_add":              "login/login 405/403    405/403    405/403    405/ok",
    "consultations:question_set_new_version":  "login/login 405/403    405/403    405/403    405/ok",
    "consultations:respondent_add":            "login/login 405/403    405/403    405/403    405/ok",
    "consultations:interview":                 "login/login 403/403    403/403    403/403    200/ok",
    "consultations:send":                      "login/login 405/403    405/403    405/403    405/ok",
    "consultations:remind":                    "login/login 405/403    405/403    405/403    405/ok",
    "consultations:coding":                    "login/login 403/403    403/403    403/403    200/ok",
    "reports:build_detail":                    "login/login 403/403    302/ok     302/ok     302/ok",
    "reports:build_status":                    "login/login 403/403    200/ok     200/ok     200/ok",
    "reports:build_download":                  "login/login 403/403    404/404    404/404    404/404",
    "reports:build_retry":                     "login/login 405/403    405/403    405/403    405/ok",
    "reports:target_builds":                   "login/login 403/403    200/ok     200/ok     200/ok",
    "reports:request_build":                   "login/login 405/403    405/403    405/ok     405/ok",
    "reports:request_build@other":             "login/login 405/403    405/403    405/403    405/ok",
    "dataio:export":                           "login/login 403/405    200/405    200/405    200/405",
    "dataio:consultation_export":              "login/login 403/403    403/403    403/403    200/ok",
    "dataio:import":                           "login/login 403/403    403/403    403/403    200/ok",
    "dataio:import_job":                       "login/login 403/403    403/403    403/403    200/405",
    "dataio:import_job@other":                 "login/login 403/403    403/403    403/403    404/405",
    "dataio:import_job_status":                "login/login 403/403    403/403    403/403    200/405",
    "dataio:import_job_confirm":               "login/login 403/403    403/403    403/403    405/ok",
    "dataio:import_template":                  "login/login 403/403    403/403    403/403    200/405",
    "search:results":                          "login/login 403/403    200/405    200/405    200/405",
    "dashboards:overview":                     "login/login 403/403    200/405    200/405    200/405",
    "dashboards:landing":                      "login/login 302/ok     302/ok     302/ok     302/ok",
    "dashboards:cochair":                      "login/login 403/403    200/405    200/405    200/405",
    "dashboards:priority":                     "login/login 403/403    200/405    200/405    200/405",
    "dashboards:coverage":                     "login/login 403/403    200/405    200/405    200/405",
    "dashboards:participation":                "login/login 403/403    200/405    200/405    200/405",
    "dashboards:milestones":                   "login/login 403/403    200/405    200/405    200/405",
    "dashboards:terms":                        "login/login 403/403    200/405    200/405    200/405",
    "dashboards:tasks":                        "login/login 403/403    200/405    200/405    200/405",
    "dashboards:translations":                 "login/login 403/403    403/403    403/403    200/405",
    "dashboards:consultation_compare":         "login/login 403/403    403/403    403/403    200/ok",
    "notifications:preferences":               "login/login 403/403    200/ok     200/ok     200/ok",
    "notifications:renew_calendar_token":      "login/login 405/403    405/ok     405/ok     405/ok",
}
# fmt: on


def url_names(patterns=None, namespace=""):
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            ns = entry.namespace or ""
            if ns in SKIPPED_NAMESPACES:
                continue
            yield from url_names(entry.url_patterns, f"{namespace}:{ns}" if namespace and ns else (ns or namespace))
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}:{entry.name}" if namespace else entry.name


def a_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def build_world(users, tmp_path) -> dict:
    """One of each record a URL names, for the co-chair's group and for another group; name -> reverse() kwargs."""
    council, own, other = users["council"], users["cochair_group"], users["other_group"]
    staff = users["secretariat"]
    person = factories.PersonFactory()
    other_seat = factories.CochairSeatFactory(working_group=other, number=1)
    other_term = factories.CochairTermFactory(seat=other_seat, person=person, start_date=datetime.date(2019, 1, 1))
    own_term = own.seats.get(number=1).terms.get()
    priority = factories.PriorityFactory(council=council)
    model = factories.LogicModelFactory()
    principle = factories.PrincipleFactory(logic_model=model)
    outcome = factories.OutcomeFactory(logic_model=model)
    meeting = meeting_factories.MeetingFactory(council=council)
    item = meeting_factories.AgendaItemFactory(meeting=meeting)
    attachment = attachment_create(
        agenda_item=item,
        upload=SimpleUploadedFile("deck.pdf", a_pdf(), content_type="application/pdf"),
        title_en="Deck",
        by=staff,
    )
    attendance = meeting_factories.AttendanceFactory(meeting=meeting, person=person)
    decision = meeting_factories.DecisionFactory(meeting=meeting)
    action = meeting_factories.ActionItemFactory(meeting=meeting, owner_group=own)
    now = timezone.now()
    ballot = ballot_create(
        ballot=Ballot(
            council=council,
            question_en="Adopt the plan?",
            question_fr="Adopter le plan?",
            opens_at=now + datetime.timedelta(days=1),
            closes_at=now + datetime.timedelta(days=5),
            rule=Ballot.Rule.MAJORITY,
            quorum_percent=50,
        ),
        by=staff,
        reason="test",
        now=now,
    )
    ballot_file = ballot_attachment_add(
        ballot=ballot,
        upload=SimpleUploadedFile("plan.pdf", a_pdf(), content_type="application/pdf"),
        title_en="Plan",
        title_fr="Plan",
        by=staff,
    )
    own_update = wg_factories.StatusUpdateFactory(working_group=own)
    other_update = wg_factories.StatusUpdateFactory(working_group=other)
    own_milestone = wg_factories.MilestoneFactory(working_group=own)
    other_milestone = wg_factories.MilestoneFactory(working_group=other)
    own_task = wg_factories.OutstandingTaskFactory(working_group=own)
    other_task = wg_factories.OutstandingTaskFactory(working_group=other)
    consultation = make_survey()
    question_set = consultation.question_sets.get()
    respondent = save(
        Respondent(consultation=consultation, question_set=question_set, person=person, council=council, language="en")
    )
    save(Theme(slug="trust", name_en="Trust", name_fr="Confiance", consultation=consultation))
    period = save(PlanPeriod(slug="2020-2023", start_year=2020, end_year=2023))
    section = save(PlanSection(period=period, kind=PlanSection.Kind.INTRODUCTION))
    build = reportbuild_request(kind="wg_status", target=own, language="en", by=staff, enqueue=False)
    job = ImportJob.objects.create(kind="people", filename="people.csv", language="en", created_by=staff)
    other_staff = factories.UserFactory(username="staff2", is_staff=True, roles=[conf.ROLE_SECRETARIAT])
    other_job = ImportJob.objects.create(kind="people", filename="people.csv", language="en", created_by=other_staff)
    feed_token = preference_get(user=users["member_user"]).calendar_token
    term_request = termchangerequest_create(
        working_group=own,
        kind=TermChangeRequest.Kind.END,
        seat=own_term.seat,
        term=own_term,
        by=users["cochair_user"],
        reason="Leaving the public service",
    )

    group = {"slug": own.slug}
    return {
        "translation_edit": {"app_label": "workinggroups", "model_name": "workinggroup", "pk": own.pk},
        "councils:council_detail": {"code": council.code},
        "councils:council_edit": {"code": council.code},
        "councils:membership_add": {"code": council.code},
        "councils:person_detail": {"pk": person.pk},
        "councils:person_edit": {"pk": person.pk},
        "workinggroups:detail": group,
        "workinggroups:edit": group,
        "workinggroups:edit@other": {"slug": other.slug},
        "workinggroups:seat_add": group,
        "workinggroups:term_add": {"slug": own.slug, "number": 1},
        "workinggroups:cochair_change": {"slug": own.slug, "number": 1},
        "workinggroups:term_end": {"slug": own.slug, "pk": own_term.pk},
        "workinggroups:term_end@other": {"slug": other.slug, "pk": other_term.pk},
        "workinggroups:term_request_create": group,
        "workinggroups:term_request_create@other": {"slug": other.slug},
        "workinggroups:term_request_detail": {"pk": term_request.pk},
        "workinggroups:term_request_accept": {"pk": term_request.pk},
        "workinggroups:term_request_decline": {"pk": term_request.pk},
        "priorities:detail": {"slug": priority.slug},
        "priorities:edit": {"slug": priority.slug},
        "logicmodel:principle_edit": {"pk": principle.pk},
        "logicmodel:outcome_edit": {"pk": outcome.pk},
        "logicmodel:detail_version": {"slug": model.slug},
        "logicmodel:edit": {"slug": model.slug},
        "meetings:detail": {"pk": meeting.pk},
        "meetings:edit": {"pk": meeting.pk},
        "meetings:agenda": {"pk": meeting.pk},
        "meetings:agenda_item_add": {"pk": meeting.pk},
        "meetings:agenda_standard_items": {"pk": meeting.pk},
        "meetings:agenda_item_edit": {"item_pk": item.pk},
        "meetings:agenda_item_delete": {"item_pk": item.pk},
        "meetings:agenda_item_move": {"item_pk": item.pk},
        "meetings:attachment_add": {"item_pk": item.pk},
        "meetings:attachment_download": {"attachment_pk": attachment.pk},
        "meetings:attachment_delete": {"attachment_pk": attachment.pk},
        "meetings:attendance_roster": {"pk": meeting.pk},
        "meetings:attendance_add": {"pk": meeting.pk},
        "meetings:attendance_edit": {"attendance_pk": attendance.pk},
        "meetings:decision_add": {"pk": meeting.pk},
        "meetings:decision_edit": {"decision_pk": decision.pk},
        "meetings:action_item_add": {"pk": meeting.pk},
        "meetings:action_item_edit": {"item_pk": action.pk},
        "meetings:action_item_status": {"item_pk": action.pk},
        "meetings:calendar": {"pk": meeting.pk},
        "meetings:council_feed": {"code": council.code, "token": feed_token},
        "voting:detail": {"pk": ballot.pk},
        "voting:vote": {"pk": ballot.pk},
        "voting:proxy_vote": {"pk": ballot.pk},
        "voting:open": {"pk": ballot.pk},
        "voting:attachment_add": {"pk": ballot.pk},
        "voting:attachment_download": {"attachment_pk": ballot_file.pk},
        "reporting:update_create": group,
        "reporting:update_create@other": {"slug": other.slug},
        "reporting:update_detail": {"pk": own_update.pk},
        "reporting:update_detail@other": {"pk": other_update.pk},
        "reporting:update_edit": {"pk": own_update.pk},
        "reporting:update_edit@other": {"pk": other_update.pk},
        "reporting:update_submit": {"pk": own_update.pk},
        "reporting:update_approve": {"pk": own_update.pk},
        "reporting:update_return": {"pk": own_update.pk},
        "reporting:workplan": group,
        "reporting:workplan@other": {"slug": other.slug},
        "reporting:milestone_create": group,
        "reporting:milestone_create@other": {"slug": other.slug},
        "reporting:milestone_edit": {"pk": own_milestone.pk},
        "reporting:milestone_edit@other": {"pk": other_milestone.pk},
        "reporting:task_create": group,
        "reporting:task_edit": {"pk": own_task.pk},
        "reporting:task_edit@other": {"pk": other_task.pk},
        "reporting:task_review": {"pk": own_task.pk},
        "consultations:answer": {"public_id": respondent.public_id, "token": survey_token(respondent=respondent)},
        "consultations:plan_period": {"slug": period.slug},
        "consultations:plan_period_approve": {"slug": period.slug},
        "consultations:plan_section_edit": {"slug": period.slug, "pk": section.pk},
        "consultations:detail": {"slug": consultation.slug},
        "consultations:question_add": {"slug": consultation.slug, "set_pk": question_set.pk},
        "consultations:question_set_new_version": {"slug": consultation.slug, "set_pk": question_set.pk},
        "consultations:respondent_add": {"slug": consultation.slug},
        "consultations:interview": {"slug": consultation.slug, "respondent_pk": respondent.pk},
        "consultations:send": {"slug": consultation.slug},
        "consultations:remind": {"slug": consultation.slug},
        "consultations:coding": {"slug": consultation.slug},
        "reports:target_builds": {"kind": "wg_status", "target_id": own.pk},
        "reports:request_build": {"kind": "wg_status", "target_id": own.pk},
        "reports:request_build@other": {"kind": "wg_status", "target_id": other.pk},
        "reports:build_detail": {"pk": build.pk},
        "reports:build_status": {"pk": build.pk},
        "reports:build_download": {"pk": build.pk},
        "reports:build_retry": {"pk": build.pk},
        "dataio:export": {"name": "working-groups", "fmt": "csv"},
        "dataio:consultation_export": {"slug": consultation.slug, "fmt": "csv"},
        "dataio:import_template": {"kind": "people", "fmt": "csv"},
        "dataio:import_job": {"pk": job.pk},
        "dataio:import_job@other": {"pk": other_job.pk},
        "dataio:import_job_status": {"pk": job.pk},
        "dataio:import_job_confirm": {"pk": job.pk},
        "dashboards:priority": {"slug": priority.slug},
        "dashboards:consultation_compare": {"slug": consultation.slug},
    }


def url_of(row: str, kwargs: dict) -> str:
    with translation.override("en"):
        return reverse(row.split("@")[0], kwargs=kwargs.get(row) or None)


def cell_matches(expected: str, response, method: str) -> bool:
    login = response.status_code == 302 and response["Location"].startswith(reverse("login"))
    if expected == "login":
        return login
    if expected == "ok":
        return not login and response.status_code not in (403, 404, 405, 500)
    return str(response.status_code) == expected and not (login and expected == "302")


def observed(response) -> str:
    if response.status_code == 302 and response["Location"].startswith(reverse("login")):
        return "login"
    return str(response.status_code)


def test_every_url_pattern_has_a_row():
    names = set(url_names())
    rows = {row.split("@")[0] for row in ROWS}
    assert sorted(names - rows) == [], "URL patterns without a row in ROWS: add one (expected status per role)"
    assert sorted(rows - names) == [], "rows for URL names that no longer exist"


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_url_matrix(
    role, council, cochair_group, other_group, secretariat_user, cochair_user, member_user, outsider_user, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    users = {
        "council": council,
        "cochair_group": cochair_group,
        "other_group": other_group,
        "secretariat": secretariat_user,
        "member_user": member_user,
        "cochair_user": cochair_user,
    }
    kwargs = build_world(users, tmp_path)
    user = {
        "anonymous": None,
        "outsider": outsider_user,
        "member": member_user,
        "cochair": cochair_user,
        "secretariat": secretariat_user,
    }[role]
    client = _client_for(user) if user else Client()
    client.raise_request_exception = False
    column = ROLES.index(role)
    wrong = []
    # Log-out's POST ends the session: it goes last.
    post_order = sorted(ROWS, key=lambda row: row == "logout")
    for method in ("GET", "POST"):
        for row in ROWS if method == "GET" else post_order:
            cells = ROWS[row]
            expected = cells.split()[column].split("/")[0 if method == "GET" else 1]
            url = url_of(row, kwargs)
            response = client.get(url) if method == "GET" else client.post(url)
            if not cell_matches(expected, response, method):
                wrong.append(f"{row} {method} {url}: expected {expected}, got {observed(response)}")
    assert wrong == [], "\n".join(wrong)
