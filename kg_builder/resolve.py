"""Group mentions into entities and give each a stable key and IRI.

Within a document, mentions of one thing are merged when they share a key
(a gazetteer id the extractor put in ``attrs["key"]``, or the folded label),
when a relation says one abbreviates the other, or when a person is named by
surname after being named in full.  The entity key is document-independent,
so the same militia in two documents resolves to the same IRI.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from rdflib import URIRef

from . import iris
from .document import Document
from .mentions import Mention, Relation

NAMED_KINDS = ("person", "organisation", "place", "mission")


@dataclass
class Entity:
    kind: str
    name: str
    key: str
    type: str | None = None
    labels: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)
    iri: URIRef | None = None

    def add_label(self, label: str) -> None:
        if label and label not in self.labels:
            self.labels.append(label)


class _UnionFind:
    def __init__(self):
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def mention_key(m: Mention) -> str:
    return m.attrs.get("key") or iris.fold(m.label)


def _person_surname(label: str) -> str:
    return iris.fold(label).split(" ")[-1] if label else ""


def resolve(doc: Document, mentions: Iterable[Mention], relations: Iterable[Relation]) -> list[Entity]:
    mentions = sorted(mentions, key=lambda m: (m.start, m.end))
    relations = list(relations)
    named = [m for m in mentions if m.kind in NAMED_KINDS]
    uf = _UnionFind()
    by_key: dict[tuple[str, str], int] = {}
    for i, m in enumerate(named):
        uf.find(i)
        k = (m.kind, mention_key(m))
        if k in by_key:
            uf.union(by_key[k], i)
        else:
            by_key[k] = i
    index = {m.key(): i for i, m in enumerate(named)}
    for r in relations:
        if r.predicate == "abbreviation_of" and r.object is not None:
            a, b = index.get(r.subject.key()), index.get(r.object.key())
            if a is not None and b is not None:
                uf.union(a, b)
    # persons: a bare surname joins the fuller name with that surname
    persons = [i for i, m in enumerate(named) if m.kind == "person"]
    for i in persons:
        for j in persons:
            if i != j and len(named[j].label) > len(named[i].label) \
                    and iris.fold(named[j].label).endswith(" " + iris.fold(named[i].label)):
                uf.union(i, j)
                break

    groups: dict[int, list[Mention]] = {}
    for i, m in enumerate(named):
        groups.setdefault(uf.find(i), []).append(m)

    entities: list[Entity] = []
    by_mention: dict[tuple, Entity] = {}
    for members in groups.values():
        first = members[0]
        canonical = max(members, key=lambda m: (bool(m.attrs.get("canonical")), len(m.label)))
        name = canonical.attrs.get("name") or canonical.label
        keyed = [m.attrs["key"] for m in members if m.attrs.get("key")]
        key = keyed[0] if keyed else iris.fold(name)
        types = [m.type for m in members if m.type]
        ent = Entity(kind=first.kind, name=name, key=key, type=types[0] if types else None)
        for m in members:
            ent.mentions.append(m)
            ent.add_label(m.label)
            for k, v in m.attrs.items():
                if k in ("key", "name", "canonical"):
                    continue
                if isinstance(v, list):
                    ent.attrs.setdefault(k, [])
                    ent.attrs[k] += [x for x in v if x not in ent.attrs[k]]
                elif v is not None:
                    ent.attrs.setdefault(k, v)
            by_mention[m.key()] = ent
        ent.iri = iris.entity_iri(ent.kind, ent.key)
        entities.append(ent)

    # relations become entity attributes (lists of (predicate, other entity or value))
    for r in relations:
        subj = by_mention.get(r.subject.key())
        if subj is None:
            continue
        obj = by_mention.get(r.object.key()) if r.object is not None else None
        subj.attrs.setdefault("relations", []).append((r, obj))

    # value-like kinds: one entity per distinct value in the document
    counters: dict[str, int] = {}
    seen: dict[tuple, Entity] = {}
    for m in mentions:
        if m.kind in NAMED_KINDS:
            continue
        ident = (m.kind, m.attrs.get("target") or m.attrs.get("value") or m.label) \
            if m.kind == "citation" else (m.kind, m.start, m.end)
        if ident in seen:
            seen[ident].mentions.append(m)
            seen[ident].add_label(m.label)
            continue
        counters[m.kind] = counters.get(m.kind, 0) + 1
        ent = Entity(kind=m.kind, name=m.label, key=f"{m.kind}-{counters[m.kind]}", type=m.type,
                     labels=[m.label], mentions=[m], attrs={k: v for k, v in m.attrs.items()})
        ent.iri = iris.local_iri(doc.key, m.kind, counters[m.kind])
        seen[ident] = ent
        entities.append(ent)
        by_mention[m.key()] = ent
    return entities
