"""Fixtures of the meetings tests: a throw-away MEDIA_ROOT."""

from pathlib import Path

import pytest
from django.utils import translation


@pytest.fixture
def media_root(settings, tmp_path) -> Path:
    """Uploads go to a temporary folder that each test can inspect."""
    root = tmp_path / "media"
    root.mkdir()
    settings.MEDIA_ROOT = root
    return root


@pytest.fixture(autouse=True)
def english_outside_requests():
    """Reading translated fields outside a request uses the active language: pin it, whatever a request left."""
    with translation.override("en"):
        yield
