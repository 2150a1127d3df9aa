"""Group mentions into entities and give each a stable key and IRI.

Within a document, mentions of one thing are merged when

- they share a key: a gazetteer id the extractor put in ``attrs["key"]``, else a
  normalised key (the folded label; for militias and other transliterated names
  a fuzzy key, see :func:`kg_builder.names.fuzzy_key`);
- a relation says one abbreviates the other ("NAVO Missie in Irak (NMI)") or names
  the same thing ("same_as": "Ahmed al-Sharaa, ook bekend als Abu Mohammed al-Jolani");
- their names are spelling variants of one another (``names.similar`` >= 0.9,
  same kind and type);
- a person is named by surname after being named in full ("Petersen" and
  "Koen Petersen", "Ollongren" and "K.H. Ollongren"), unless their parties or
  given names differ (one party written two ways, "GL"/"GroenLinks", is one party);
- a description ("de coalitie", marked ``attrs["generic"]``) stands for the
  only named entity of its kind that carries the same head word.

Keys are document-independent, so the same militia in two documents resolves
to the same IRI.  Persons are keyed by their folded surname (particles kept,
initials and given names dropped): "Koenders", "Bert Koenders" and "A.G.
Koenders" are one IRI across documents; two different persons of one document
who share a surname get their given name or party appended.

The canonical name is the fullest form the text gives (``attrs["canonical"]``
marks a preferred form, ``attrs["name"]`` overrides the label, descriptions are
never chosen).  Relations become ``attrs["relations"]`` (list of ``(Relation,
other Entity | None)``); missions also get ``led_by`` (entity name) and
``operates_in`` (names), persons ``committee`` from ``member_of``.
"""
from __future__ import annotations

import re

from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Iterable

from rdflib import URIRef

from . import iris
from .document import Document
from .mentions import Mention, Relation
from .names import person_key, similar, split_person

NAMED_KINDS = ("person", "organisation", "place", "mission")
_FUZZY_TYPES = {"militia", "armed_group", "terrorist_organisation"}
# more specific types win when the mentions of one entity disagree
_TYPE_PRIORITY = {"parliamentary_group": 2, "party": 1}


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


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Given names from the language data: they split "Hanke Bruins Slot" into given name and surname."""
    from .lang import load_language_data
    data = load_language_data("nl")
    return frozenset(data["persons"].get("given_names", [])) if "persons" in data else frozenset()


def _pkey(label: str) -> str:
    return person_key(label, _given_names())


def mention_key(m: Mention) -> str:
    """The key a mention proposes for its entity."""
    if m.attrs.get("key"):
        return m.attrs["key"]
    if m.kind == "person":
        return _pkey(m.label)
    return iris.fold(m.attrs.get("name") or m.label)


def _given(m: Mention) -> str:
    given, initials, _ = split_person(m.label, _given_names())
    return iris.fold(given or initials[:1])


def _cluster_persons(named: list[Mention], uf: _UnionFind) -> None:
    """Surname forms join the fuller names they belong to; different parties or given names stay apart."""
    by_surname: dict[str, list[int]] = {}
    persons = [i for i, m in enumerate(named) if m.kind == "person"]
    keys = {i: _pkey(named[i].label) for i in persons}
    # the first half of a double surname named alone ("Yesilgöz" for "Yeşilgöz-Zegerius")
    doubles: dict[str, set[str]] = {}
    for i in persons:
        two = re.search(r"(\S+)-(\S+)$", named[i].label)
        if two:
            doubles.setdefault(iris.fold(two.group(1)), set()).add(iris.fold(f"{two.group(1)} {two.group(2)}"))
    for i in persons:
        if len(doubles.get(keys[i], ())) == 1:
            keys[i] = next(iter(doubles[keys[i]]))
    # "Kallas" after "Kaja Kallas" (a given name the language data does not know): the one name it ends
    multi = {keys[i] for i in persons if " " in keys[i]}
    surnames = {keys[i] for i in persons if " " in named[i].label.strip()}
    for i in persons:
        if " " in named[i].label.strip():
            continue
        ends = {k for k in multi if k.endswith(" " + keys[i])}
        if not ends and keys[i] not in surnames:       # "premier Abiy" after "Abiy Ahmed": the given name alone
            ends = {keys[j] for j in persons if " " in named[j].label.strip()
                    and iris.fold(named[j].label).split(" ")[0] == iris.fold(named[i].label)}
        if len(ends) == 1:
            keys[i] = ends.pop()
    bare_keys = {keys[i] for i in persons if not _given(named[i])}
    for i in persons:
        k = keys[i]
        if _given(named[i]) and k not in bare_keys:
            # an unknown given name: the surname is the longest bare form the name ends with
            folded = iris.fold(named[i].label)
            ends = [b for b in bare_keys if folded.endswith(" " + b)]
            k = max(ends, key=len) if ends else k
        by_surname.setdefault(k, []).append(i)
    for idx in by_surname.values():
        full = [i for i in idx if _given(named[i])]
        bare = [i for i in idx if not _given(named[i])]
        # full names: one cluster per given name (initial of the given name)
        firsts: dict[str, int] = {}
        for i in full:
            g = _given(named[i])[:1]
            if g in firsts:
                uf.union(firsts[g], i)
            else:
                firsts[g] = i
        anchors = list(firsts.values()) or bare[:1]
        for i in bare:
            party = named[i].attrs.get("party")
            fits = [a for a in anchors
                    if not party or not _party_of(named, uf, a) or same_party(_party_of(named, uf, a), party)]
            if len(fits) >= 1:
                uf.union(fits[0], i)


def same_party(a: str, b: str) -> bool:
    """Two ways of writing one party: a gazetteer alias ("GL"/"GroenLinks"), or one the
    capitals of the other ("CU"/"ChristenUnie")."""
    if iris.fold(a) == iris.fold(b):
        return True
    from .gazetteer import gazetteer
    pa, pb = gazetteer("parties").lookup(a), gazetteer("parties").lookup(b)
    if pa is not None and pa is pb:
        return True
    short, long = sorted((a, b), key=len)
    return short.isupper() and len(long) > len(short) and "".join(c for c in long if c.isupper()) == short


def _party_of(named: list[Mention], uf: _UnionFind, i: int) -> str | None:
    root = uf.find(i)
    for j, m in enumerate(named):
        if m.kind == "person" and m.attrs.get("party") and uf.find(j) == root:
            return m.attrs["party"]
    return None


def _merge_variants(named: list[Mention], uf: _UnionFind) -> None:
    """Spelling variants of transliterated names ("Kataib"/"Kata'ib", "al-Nujaba"/"al-Nubaja")."""
    cands = [i for i, m in enumerate(named) if m.kind == "organisation" and m.type in _FUZZY_TYPES]
    for a in range(len(cands)):
        for b in range(a + 1, len(cands)):
            i, j = cands[a], cands[b]
            if uf.find(i) != uf.find(j) and similar(named[i].label, named[j].label) >= 0.9:
                uf.union(i, j)


def _merge_generic(named: list[Mention], uf: _UnionFind) -> None:
    """A description ("coalitie") joins the one named entity of its kind carrying the same head word."""
    for i, m in enumerate(named):
        head = m.attrs.get("generic")
        if not isinstance(head, str):
            continue
        roots = {uf.find(j) for j, o in enumerate(named)
                 if j != i and o.kind == m.kind and not o.attrs.get("generic") and head in iris.fold(o.label)}
        if len(roots) == 1:
            uf.union(i, roots.pop())


def _canonical(members: list[Mention]) -> Mention:
    pool = [m for m in members if not m.attrs.get("generic")] or members
    return max(pool, key=lambda m: (bool(m.attrs.get("canonical")), len(m.attrs.get("name") or m.label),
                                    -m.start))


def _entity_type(members: list[Mention]) -> str | None:
    types = [m.type for m in members if m.type]
    if not types:
        return None
    counts = Counter(types)
    return max(counts, key=lambda t: (_TYPE_PRIORITY.get(t, 0), counts[t], -types.index(t)))


def _entity_key(kind: str, members: list[Mention], name: str) -> str:
    keyed = [m.attrs["key"] for m in members if m.attrs.get("key")]
    if keyed:
        # a gazetteer id (no pattern prefix) is preferred over a pattern key
        plain = [k for k in keyed if "-" not in k or not k.split("-")[0] in
                 ("mission", "org", "fz", "city", "region", "base", "building", "river", "operation")]
        return Counter(plain or keyed).most_common(1)[0][0]
    if kind == "person":
        return _pkey(name)
    return iris.fold(name)


def _without_cut_names(named: list[Mention], relations: list[Relation], text: str
                       ) -> tuple[list[Mention], list[Relation]]:
    """Leave out an organisation that is only the opening words of a mission's name ("African Union Support"
    in "African Union Support and Stabilization Mission") or the very name a mission has ("Maritime Task
    Force"); a leading organisation stays ("EU-operatie X")."""
    missions = [m for m in named if m.kind == "mission"]
    by_span = {(m.start, m.end): m for m in missions}
    kept = [m for m in named if not (m.kind == "organisation" and ((m.start, m.end) in by_span or any(
        x.start == m.start and m.end < x.end and text[m.end:m.end + 1] == " " for x in missions)))]
    # a short form of a name that is a mission's ("Maritime Task Force (MTF)") names the mission too
    recast: dict[tuple, Mention] = {}
    out_rel = []
    for r in relations:
        long = by_span.get((r.object.start, r.object.end)) if r.object is not None else None
        if r.predicate == "abbreviation_of" and r.object.kind == "organisation" and long is not None \
                and r.subject.kind == "organisation":
            short = replace(r.subject, kind="mission", type=None, attrs={"key": long.attrs.get("key")})
            recast[r.subject.key()] = short
            r = replace(r, subject=short, object=long)
        out_rel.append(r)
    kept = [recast.get(m.key(), m) for m in kept]
    return kept, out_rel


def resolve(doc: Document, mentions: Iterable[Mention], relations: Iterable[Relation]) -> list[Entity]:
    mentions = sorted(mentions, key=lambda m: (m.start, m.end))
    relations = list(relations)
    named, relations = _without_cut_names([m for m in mentions if m.kind in NAMED_KINDS], relations, doc.text)
    uf = _UnionFind()
    by_key: dict[tuple[str, str], int] = {}
    for i, m in enumerate(named):
        uf.find(i)
        if m.kind == "person":
            continue
        k = (m.kind, mention_key(m))
        if k in by_key:
            uf.union(by_key[k], i)
        else:
            by_key[k] = i
    index = {m.key(): i for i, m in enumerate(named)}
    for r in relations:
        if r.predicate in ("abbreviation_of", "same_as") and r.object is not None:
            a, b = index.get(r.subject.key()), index.get(r.object.key())
            if a is not None and b is not None and named[a].kind == named[b].kind:
                uf.union(a, b)
    _cluster_persons(named, uf)
    _merge_variants(named, uf)
    _merge_generic(named, uf)

    groups: dict[int, list[Mention]] = {}
    for i, m in enumerate(named):
        groups.setdefault(uf.find(i), []).append(m)

    entities: list[Entity] = []
    by_mention: dict[tuple, Entity] = {}
    for members in groups.values():
        first = members[0]
        canonical = _canonical(members)
        name = canonical.attrs.get("name") or canonical.label
        ent = Entity(kind=first.kind, name=name, key=_entity_key(first.kind, members, name),
                     type=_entity_type(members))
        for m in members:
            ent.mentions.append(m)
            ent.add_label(m.label)
            for k, v in m.attrs.items():
                if k in ("key", "name", "canonical", "generic", "party_span", "led_by_span"):
                    continue
                if isinstance(v, list):
                    ent.attrs.setdefault(k, [])
                    ent.attrs[k] += [x for x in v if x not in ent.attrs[k]]
                elif v is not None:
                    ent.attrs.setdefault(k, v)
            by_mention[m.key()] = ent
        entities.append(ent)
    _distinct_keys(entities)
    for ent in entities:
        ent.iri = iris.entity_iri(ent.kind, ent.key)
    _attach_relations(relations, by_mention)
    twins = _event_twins([m for m in mentions if m.kind == "event"], entities)
    entities += _value_entities(doc, mentions, by_mention, twins)
    return entities


def _event_twins(events: list[Mention], entities: list[Entity]) -> dict[tuple, Mention]:
    """Event mentions that restate an earlier one once names are resolved ("door het Amerikaanse leger
    neergeschoten" in a question, "een F-22 van de Amerikaanse luchtmacht" in the answer, when both name one
    entity): mention key -> the earlier mention, which takes the later one's actors and place."""
    from .extractors.events import absorb, same_happening

    entity_of = {iris.fold(label): ent.key for ent in entities for label in (ent.name, *ent.labels)}

    def key(label: str) -> str:
        return entity_of.get(iris.fold(label), label.lower())

    kept: list[Mention] = []
    twins: dict[tuple, Mention] = {}
    for ev in events:
        twin = next((o for o in kept if same_happening(ev, o, key)), None)
        if twin is None:
            kept.append(ev)
        else:
            absorb(twin, ev)
            twins[ev.key()] = twin
    return twins


def _distinct_keys(entities: list[Entity]) -> None:
    """Two entities of one document never share a key (and so an IRI)."""
    seen: dict[tuple[str, str], Entity] = {}
    for ent in entities:
        k = (ent.kind, ent.key)
        if k in seen:
            extra = ent.attrs.get("party") or split_person(ent.name, _given_names())[0] or ent.name
            ent.key = f"{ent.key}-{iris.fold(str(extra)).replace(' ', '-')}"
        seen[(ent.kind, ent.key)] = ent


def _attach_relations(relations: list[Relation], by_mention: dict[tuple, Entity]) -> None:
    """Relations become entity attributes: (predicate, other entity) pairs, led_by, operates_in ..."""
    for r in relations:
        subj = by_mention.get(r.subject.key())
        if subj is None:
            continue
        obj = by_mention.get(r.object.key()) if r.object is not None else None
        subj.attrs.setdefault("relations", []).append((r, obj))
        if obj is None:
            continue
        if r.predicate == "led_by":
            subj.attrs["led_by"] = obj.name
        elif r.predicate == "operates_in":
            subj.attrs.setdefault("operates_in", [])
            if obj.name not in subj.attrs["operates_in"]:
                subj.attrs["operates_in"].append(obj.name)
        elif r.predicate == "member_of" and obj.type == "committee":
            subj.attrs.setdefault("committee", obj.name)
        elif r.predicate == "member_of" and obj.type in ("party", "parliamentary_group"):
            subj.attrs.setdefault("party", obj.name)


def _value_entities(doc: Document, mentions: list[Mention], by_mention: dict[tuple, Entity],
                    twins: dict[tuple, Mention]) -> list[Entity]:
    """Value-like kinds: one entity per distinct value in the document; an event restated joins its twin."""
    entities: list[Entity] = []
    counters: dict[str, int] = {}
    seen: dict[tuple, Entity] = {}
    for m in mentions:
        if m.kind in NAMED_KINDS:
            continue
        first = twins.get(m.key(), m)
        ident = (m.kind, m.attrs.get("target") or m.attrs.get("value") or m.label) \
            if m.kind == "citation" else (m.kind, first.start, first.end)
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
