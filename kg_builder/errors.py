"""One exception hierarchy for the whole builder.

Every error names what was being processed (file, line or offset), what was
expected and what to do about it, so a message can be shown to a user as is.
"""
from __future__ import annotations


class KGError(Exception):
    """Base class of every error raised on purpose by kg_builder."""

    def __init__(self, message: str, *, path: str | None = None, where: str | None = None,
                 hint: str | None = None):
        self.path = path
        self.where = where
        self.hint = hint
        self.message = message
        super().__init__(self.render())

    def render(self) -> str:
        parts = []
        if self.path:
            parts.append(str(self.path) + (f" ({self.where})" if self.where else ""))
        parts.append(self.message)
        text = ": ".join(parts)
        if self.hint:
            text += f". Fix: {self.hint}"
        return text


class InputError(KGError):
    """A source file cannot be read or is not a document we can process."""


class ConfigError(KGError):
    """A setting, option or data file is wrong."""


class RegistryError(ConfigError):
    """An extractor or store name is unknown, or registered twice."""


class StoreError(KGError):
    """The triple store cannot be opened, read or written."""


class VocabularyError(KGError):
    """A term is used that the ontology does not declare."""


class QueryError(KGError):
    """A SPARQL query is malformed, refused or ran out of time."""
