"""Run the registered extractors over one document and resolve what they find.

``analyse(doc)`` is the single entry point: it runs the extractors in order,
each seeing what the earlier ones found (``ctx.mentions``), checks every
offset, and hands the mentions to the resolver.  Nothing here builds RDF.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable

from . import registry
from .document import Document
from .errors import KGError
from .mentions import Mention, Relation


class ExtractorError(KGError):
    """An extractor returned something that breaks the mention contract."""


@dataclass
class Context:
    """What extractors share while one document is processed."""

    doc: Document
    use_gazetteer: bool = True
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    @cached_property
    def lang(self):
        """Language data (gazetteers, patterns) for Dutch; see ``kg_builder.lang``."""
        from .lang import load_language_data
        return load_language_data("nl")

    def of_kind(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]


@dataclass
class Analysis:
    """Everything found in one document: mentions, relations and resolved entities."""

    doc: Document
    mentions: list[Mention]
    relations: list[Relation]
    entities: list  # list[resolve.Entity]
    extractors: list[registry.ExtractorSpec]


def _check(doc: Document, item, spec) -> None:
    text = doc.text
    if not (0 <= item.start <= item.end <= len(text)) or text[item.start:item.end] != item.text:
        raise ExtractorError(
            f"extractor {spec.name!r} returned {type(item).__name__} {item.text!r} at "
            f"{item.start}-{item.end}, which does not match the text there "
            f"({text[max(0, item.start):item.end]!r})",
            path=doc.path, where=f"chars {item.start}-{item.end}",
            hint="return offsets into doc.text with text == doc.text[start:end]")


def analyse(doc: Document, *, extractors: Iterable[str] | None = None,
            exclude: Iterable[str] = (), use_gazetteer: bool = True) -> Analysis:
    """Extract and resolve everything in ``doc``."""
    from .resolve import resolve

    specs = registry.pipeline(extractors, exclude)
    ctx = Context(doc=doc, use_gazetteer=use_gazetteer)
    for spec in specs:
        for item in spec(doc, ctx) or ():
            _check(doc, item, spec)
            if not getattr(item, "extractor", ""):
                object.__setattr__(item, "extractor", spec.name)
            if isinstance(item, Mention):
                ctx.mentions.append(item)
            elif isinstance(item, Relation):
                ctx.relations.append(item)
            else:
                raise ExtractorError(f"extractor {spec.name!r} returned {type(item).__name__}",
                                     path=doc.path, hint="yield Mention or Relation objects")
        _one_thing_per_span(ctx)              # later extractors see one entity per span
    entities = resolve(doc, ctx.mentions, ctx.relations)
    return Analysis(doc=doc, mentions=ctx.mentions, relations=ctx.relations,
                    entities=entities, extractors=specs)


_SPAN_PRIORITY = {"person": 0, "mission": 1, "organisation": 2, "place": 3}


def _one_thing_per_span(ctx: Context) -> None:
    """A character span is evidence for one entity: where extractors found two kinds of entity on
    exactly the same span, a person wins over a mission, a mission (a named operation) over an
    organisation, an organisation over a place; a place named as a mission elsewhere in the document is the
    mission."""
    best: dict[tuple[int, int], Mention] = {}
    for m in ctx.mentions:
        if m.kind in _SPAN_PRIORITY:
            held = best.get((m.start, m.end))
            if held is None or _SPAN_PRIORITY[m.kind] < _SPAN_PRIORITY[held.kind]:
                best[(m.start, m.end)] = m
    ctx.mentions[:] = [m for m in ctx.mentions if m.kind not in _SPAN_PRIORITY or best[(m.start, m.end)] is m]
    # "de EU-operatie European Union Force Althea": the name closing a mission's mention is the mission's
    ends = {(m.end, m.start) for m in ctx.mentions if m.kind == "mission"}
    ctx.mentions[:] = [m for m in ctx.mentions if not (m.kind == "organisation" and " " in m.text and any(
        e == m.end and s < m.start for e, s in ends))]
    # "Met de operatie Concordia … Concordia telt 350 militairen": a name the document gave a mission is no place
    named = {m.label.casefold() for m in ctx.mentions if m.kind == "mission"
             and re.match(r"(?i:operatie|missie|operation|mission)\s", m.text)}
    ctx.mentions[:] = [m for m in ctx.mentions if not (m.kind == "place" and m.label.casefold() in named)]
