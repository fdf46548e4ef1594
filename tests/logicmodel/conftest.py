import pytest
from django.utils import translation

from tests.councils.data import three_councils


@pytest.fixture(autouse=True)
def english_urls():
    """A /fr/ request leaves French active in the thread; reverse() in the next test would then give /fr/ URLs."""
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture
def councils(council):
    """JC (the personas' council) with PSSDC and PSCIOC as its constituents."""
    return three_councils(jc=council)
