"""A review decision taken on a page opened before the record changed is refused with 409."""

import datetime

import pytest
from django.urls import reverse

from tests import factories
from tests.workinggroups.factories import OutstandingTaskFactory, submitted_update
from workinggroups.models import OutstandingTask, StatusUpdate
from workinggroups.reporting import services as reporting_services

pytestmark = pytest.mark.django_db


# Regression (workinggroups/reporting_views.py StatusUpdateApproveView/ReturnView, reporting_services
# statusupdate_approve/return, update_detail.html): approving or returning carried no version. A reviewer whose page
# was opened before the update was returned, revised and resubmitted approved content they had never read.
def test_a_stale_approval_is_refused_with_409(staff_client, cochair_user, cochair_group):
    update = submitted_update(working_group=cochair_group)
    page = staff_client.get(reverse("reporting:update_detail", args=[update.pk]))
    assert f'name="expected_version" value="{update.version}"' in page.content.decode()
    opened = update.version
    # Meanwhile another reviewer returns it and the co-chair revises and resubmits it.
    other = factories.UserFactory(username="staff2", roles=["secretariat"])
    update = reporting_services.statusupdate_return(
        update=update, expected_version=update.version, by=other, reason="Add the provinces."
    )
    update = reporting_services.statusupdate_update(
        update=update, by=cochair_user, expected_version=update.version, accomplishments_en="Rewritten after review."
    )
    reporting_services.statusupdate_submit(update=update, expected_version=update.version, by=cochair_user)

    response = staff_client.post(reverse("reporting:update_approve", args=[update.pk]), {"expected_version": opened})
    assert response.status_code == 409
    assert "saved this record after you opened it" in response.content.decode()
    update.refresh_from_db()
    assert update.state == StatusUpdate.State.SUBMITTED

    response = staff_client.post(
        reverse("reporting:update_return", args=[update.pk]), {"reason": "Too late.", "expected_version": opened}
    )
    assert response.status_code == 409
    update.refresh_from_db()
    assert update.state == StatusUpdate.State.SUBMITTED


# Regression (workinggroups/reporting_forms.py TaskReviewForm, reporting_views.py TaskReviewView,
# reporting_services.outstandingtask_review): the review of an outstanding task carried no version; a second reviewer
# working from an older queue page silently overwrote the first reviewer's decision and note.
def test_a_stale_task_review_is_refused_with_409(staff_client, cochair_group):
    task = OutstandingTaskFactory(working_group=cochair_group, last_reviewed_on=datetime.date(2019, 1, 1))
    queue = staff_client.get(reverse("reporting:task_review_queue"))
    prefix = f"task-{task.pk}"
    assert f'name="{prefix}-expected_version" value="{task.version}"' in queue.content.decode()
    other = factories.UserFactory(username="staff2", roles=["secretariat"])
    reporting_services.outstandingtask_review(
        task=task, expected_version=task.version, by=other, decision="relaunch", note="Relaunched with ISED."
    )

    response = staff_client.post(
        reverse("reporting:task_review", args=[task.pk]),
        {f"{prefix}-decision": "retire", f"{prefix}-note": "No longer needed.", f"{prefix}-expected_version": task.version},
    )
    assert response.status_code == 409
    assert "saved this record after you opened it" in response.content.decode()
    task = OutstandingTask.objects.get(pk=task.pk)
    assert (task.review_decision, task.review_note_en) == ("relaunch", "Relaunched with ISED.")
