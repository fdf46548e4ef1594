"""Each filter of the working-group list returns the right groups; SQL facts agree with the model properties."""

import pytest

from workinggroups.selectors import workinggroup_list


def slugs(user, **filters) -> set[str]:
    return {group.slug for group in workinggroup_list(user=user, filters=filters)}


ALL = {"death-notification", "privacy-gdpr", "data-driven-intelligence", "service-to-business", "cloud-o365", "ict-policy"}


@pytest.fixture
def reader(member_user):
    return member_user


def test_no_filter_lists_every_group(landscape, reader):
    assert slugs(reader) == ALL


def test_outsider_sees_no_group(landscape, outsider_user):
    assert slugs(outsider_user) == set()


def test_council_filter_uses_the_current_reporting_line(landscape, reader):
    assert slugs(reader, council=landscape.councils.pssdc.pk) == {"data-driven-intelligence"}
    assert "service-to-business" in slugs(reader, council=landscape.councils.jc.pk)


def test_kind_filter(landscape, reader):
    assert slugs(reader, kind="committee") == {"data-driven-intelligence"}


def test_status_filter(landscape, reader):
    assert slugs(reader, status="dormant") == {"data-driven-intelligence"}
    assert slugs(reader, status="active") == ALL - {"data-driven-intelligence"}


def test_priority_filter_returns_groups_aligned_to_it(landscape, reader):
    assert slugs(reader, priority=landscape.priority.pk) == {"privacy-gdpr"}


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        ("municipal", {"privacy-gdpr"}),
        ("federal", {"data-driven-intelligence"}),
        # Death Notification's co-chair is provincial, on behalf of a territorial organisation.
        ("territorial", {"death-notification"}),
        # Only current terms count: Cloud and O365's ended seat-2 term does not.
        ("provincial", {"death-notification", "service-to-business", "cloud-o365"}),
    ],
)
def test_jurisdiction_level_filter_reads_current_cochairs_organisations(landscape, reader, level, expected):
    assert slugs(reader, jurisdiction_level=level) == expected


def test_no_member_cochair_filter(landscape, reader):
    needing = {"death-notification", "service-to-business", "cloud-o365", "ict-policy"}
    assert slugs(reader, no_member_cochair="true") == needing
    assert slugs(reader, no_member_cochair="false") == ALL - needing


def test_vacant_seat_filter(landscape, reader):
    assert slugs(reader, vacant_seat="true") == {"privacy-gdpr", "cloud-o365"}
    assert slugs(reader, vacant_seat="false") == ALL - {"privacy-gdpr", "cloud-o365"}


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("death", {"death-notification"}),
        ("DÉCÈS", {"death-notification"}),
        ("s2b", {"service-to-business"}),
        ("rgpd", {"privacy-gdpr"}),
        ("nuage", {"cloud-o365"}),
    ],
)
def test_text_search_covers_names_and_acronyms_in_both_languages(landscape, reader, q, expected):
    assert slugs(reader, q=q) == expected


def test_filters_combine(landscape, reader):
    assert slugs(reader, council=landscape.councils.jc.pk, no_member_cochair="true", vacant_seat="true") == {"cloud-o365"}


def test_sql_facts_agree_with_model_properties(landscape, reader):
    for group in workinggroup_list(user=reader):
        assert group.member_cochairs == group.member_cochair_count, group.slug
        assert group.vacant_seat_count == len(group.vacant_seats), group.slug
        assert group.has_vacant_seat == bool(group.vacant_seats), group.slug
