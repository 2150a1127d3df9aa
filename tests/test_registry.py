"""The extractor registry: names, order, plug-ins through entry points, errors."""
from __future__ import annotations

import pytest

from kg_builder import registry
from kg_builder.errors import RegistryError
from kg_builder.mentions import Mention
from kg_builder.pipeline import ExtractorError, analyse
from kg_builder.document import Document


@pytest.fixture(autouse=True)
def restore_registry():
    """Extractors registered by a test must not run in later tests' pipelines."""
    registry.names()  # load the built-in ones first
    saved = dict(registry._REGISTRY)
    yield
    registry._REGISTRY.clear()
    registry._REGISTRY.update(saved)


def test_builtin_extractors_are_registered_with_terms():
    names = registry.names()
    assert names, "no extractors registered"
    for name in names:
        spec = registry.get(name)
        assert spec.version and spec.kinds, f"{name} declares no version or kinds"


def test_unknown_extractor_lists_available_ones():
    with pytest.raises(RegistryError) as err:
        registry.get("no-such-extractor")
    assert "use one of" in str(err.value)


def test_duplicate_name_is_refused():
    @registry.extractor("dup-test", kinds=["place"])
    def first(doc, ctx):
        return []

    with pytest.raises(RegistryError, match="registered twice"):
        @registry.extractor("dup-test", kinds=["place"])
        def second(doc, ctx):
            return []


def test_entry_point_plugin_is_loaded(monkeypatch):
    class EP:
        name, value = "plug", "plugin_mod:spec"

        def load(self):
            return registry.ExtractorSpec("plugin-test", lambda d, c: [], "1", (), ("place",))

    monkeypatch.setattr(registry, "_loaded_entry_points", False)
    monkeypatch.setattr(registry, "entry_points", lambda group: [EP()] if group == registry.ENTRY_POINT_GROUP else [])
    assert "plugin-test" in registry.names()


def test_bad_offsets_are_caught_with_a_clear_message():
    @registry.extractor("bad-offsets-test", kinds=["place"], order=99)
    def bad(doc, ctx):
        yield Mention("place", 0, 4, "Irak", "Irak")

    doc = Document(key="x", text="In Irak.", path="x.txt")
    with pytest.raises(ExtractorError, match="does not match the text"):
        analyse(doc, extractors=["bad-offsets-test"])
