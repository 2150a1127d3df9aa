"""Relations the text states between the entities found so far.

- ``abbreviation_of``: "NAVO Missie in Irak (NMI)", "Kata'ib Hezbollah (KH)", "(BDO)"; every
  later bare use of the short form becomes a mention of the same entity;
- ``linked_to``: "aan Iran gelieerde milities", "die allemaal banden hebben met Iran",
  "pro-Iraanse milities ..., waaronder A, B en C";
- ``backed_by``: "bewapend en gefinancierd door Iran", "X levert drones aan terreurgroepen zoals A";
- ``includes``: an umbrella name ("een overkoepelende term voor ... waaronder A, B",
  "een samenwerkingsverband van ... zoals A, B") covering the groups listed;
- ``located_in``: "Kharab al-Jir, een Amerikaanse basis in Syrië", "Jurf al-Nasr ten zuidoosten
  van Bagdad, Irak", "Mosul (Irak)", "consulaat-generaal in Erbil in de Koerdisch Autonome
  Regio", "Noord-Irak";
- ``member_of``: a person and the party in brackets after the name, members of a committee
  (its "Samenstelling" footnote) and its chair;
- ``contributes_to``: "Nederland draagt drie stafofficieren bij aan het hoofdkwartier van CMF",
  "Nederland gaat meer bijdragen aan de NAVO-missie in Irak" (value: what is contributed).

Cue words come from ``data/nl/relations.json``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..document import Document
from ..iris import fold
from ..lang import load_language_data
from ..mentions import Mention, Relation
from ..registry import extractor
from ..textview import TextView
from ..vocab import KGB
from ._common import alt, demonym_state, make, view

VERSION = "1"

_ARMED = {"militia", "armed_group", "terrorist_organisation"}
_ABBR = re.compile(r"^\s*\((?P<a>[A-Za-z][A-Za-z0-9\-]{1,11})(?:['’]s)?[),]")


@lru_cache(maxsize=1)
def _cues():
    return load_language_data("nl")["relations"]


@lru_cache(maxsize=1)
def _cue_res() -> dict[str, re.Pattern]:
    c = _cues()
    return {"link": re.compile(rf"(?:{alt(c['linked_cues'])})"),
            "back": re.compile(rf"(?:{alt(c['backed_cues'])})"),
            "back_after": re.compile(rf"\s+(?:{alt(c['backed_participles'])})(?![\w-])"),
            "umbrella": re.compile(rf"(?:{alt(c['umbrella_cues'])})"),
            "supply": re.compile(rf"\s+(?:{alt(c['supply_cues'])})"),
            "contribution": re.compile(rf"(?:{alt(c['contribution_cues'])})")}


class _Index:
    """Mentions by clean offsets, for lookups inside sentences."""

    def __init__(self, v: TextView, mentions: list[Mention]):
        self.v = v
        self.items = sorted(((v.to_clean(m.start), v.to_clean(m.end - 1) + 1, m) for m in mentions),
                            key=lambda x: x[0])
        self.starts = [s for s, _, _ in self.items]

    def within(self, s: int, e: int, kind: str | None = None) -> list[tuple[int, int, Mention]]:
        i = bisect_left(self.starts, s)
        out = []
        while i < len(self.items) and self.items[i][0] < e:
            if self.items[i][1] <= e and (kind is None or self.items[i][2].kind == kind):
                out.append(self.items[i])
            i += 1
        return out

    def at(self, s: int, kind: str | None = None) -> Mention | None:
        for a, _, m in self.within(s, s + 400, kind):
            if a == s:
                return m
        return None


_NEARBY = 400   # a mention this close to the stating sentence joins the evidence span


def _rel(doc: Document, pred: str, subj: Mention, obj: Mention | None, s: int, e: int, value=None) -> Relation:
    """A relation whose evidence is the stating span ``s:e``, widened to take in its mentions
    when they stand close by (a footnote list, the line before); a mention further away (the
    state named pages earlier, that "pro-Iraanse" points to) is not quoted as evidence."""
    for m in (subj, obj):
        if m is not None and s - _NEARBY <= m.start and m.end <= e + _NEARBY:
            s, e = min(s, m.start), max(e, m.end)
    return Relation(pred, subj, obj, s, e, doc.text[s:e], value=value)


@extractor("relations", version=VERSION,
           produces=[KGB.linkedTo, KGB.backedBy, KGB.includes, KGB.locatedIn, KGB.memberOf, KGB.contributor],
           kinds=["abbreviation_of", "linked_to", "backed_by", "includes", "located_in", "member_of",
                  "contributes_to"], order=50)
def extract_relations(doc: Document, ctx) -> list[Mention | Relation]:
    """Relations between mentions, stated in the same sentence, list or footnote."""
    v = view(doc)
    out: list[Mention | Relation] = []
    out += _abbreviations(doc, v, ctx.mentions)
    mentions = ctx.mentions + [m for m in out if isinstance(m, Mention)]
    idx = _Index(v, mentions)
    out += _armed_links(doc, v, idx)
    out += _located(doc, v, idx)
    out += _members(doc, v, idx)
    out += _contributions(doc, v, idx)
    seen: set = set()
    unique: list[Mention | Relation] = []
    for item in out:                     # one relation per predicate and pair of mentions
        k = (item.predicate, item.subject.key(), item.object.key() if item.object else None) \
            if isinstance(item, Relation) else item.key()
        if k not in seen:
            seen.add(k)
            unique.append(item)
    return unique


# ---------------------------------------------------------------- abbreviations
def _abbreviations(doc: Document, v: TextView, mentions: list[Mention]) -> list[Mention | Relation]:
    t = v.clean
    out: list[Mention | Relation] = []
    taken = {(m.start, m.end) for m in mentions}
    spans = sorted((v.to_clean(m.start), v.to_clean(m.end - 1) + 1) for m in mentions)
    by_span = {(m.start, m.end): m for m in mentions}
    longs: dict[str, Mention] = {}
    for m in mentions:
        if m.kind not in ("organisation", "mission", "place") or m.attrs.get("generic"):
            continue
        ce = v.to_clean(m.end - 1) + 1
        am = _ABBR.match(t[ce:ce + 20])
        if not am or sum(c.isupper() for c in am.group("a")) < 2 or am.group("a") == m.label:
            continue
        a = am.group("a")
        if not _may_abbreviate(a, m.label):
            continue
        s, e = v.to_original(ce + am.start("a"), ce + am.end("a"))
        short = by_span.get((s, e))
        if short is None:
            # a short form introduced twice names one entity: it keeps the first long form's key
            short = _copy(doc, v, longs.get(a, m), ce + am.start("a"), ce + am.end("a"))
            if short is None:
                continue
            out.append(short)
            taken.add((s, e))
        if short.kind == m.kind:
            out.append(_rel(doc, "abbreviation_of", short, m, m.start, e))
            longs.setdefault(a, m)
    for a, long in longs.items():
        for am in re.finditer(rf"(?<![\w-]){re.escape(a)}(?![\w])", t):
            s, e = v.to_original(am.start(), am.end())
            if (s, e) in taken or any(x < am.end() and am.start() < y for x, y in spans):
                continue
            short = _copy(doc, v, long, am.start(), am.end())
            if short is not None:
                taken.add((s, e))
                out += [short, _rel(doc, "abbreviation_of", short, long, s, e)]
    return out


def _may_abbreviate(short: str, long: str) -> bool:
    """Does ``short`` fit ``long`` as its short form? Its first letter opens the long name (or one
    of its words: "Koninklijke Marechaussee (KMar)"), and a one-word name is not abbreviated by a
    string of initials ("Dreigingsbeeld Terrorisme Nederland (DTN)" is no short form of Nederland)."""
    words = [w for w in re.split(r"[\s\-]+", long) if w]
    if not words or short[:1].upper() not in {w[:1].upper() for w in words}:
        return False
    return len(words) > 1 or len(short) <= 2 or short.upper().startswith(long[:2].upper())


def _copy(doc: Document, v: TextView, long: Mention, cs: int, ce: int) -> Mention | None:
    attrs = {k: val for k, val in long.attrs.items() if k in ("key",)}
    return make(doc, v, long.kind, cs, ce, type=long.type, attrs=attrs)


# ---------------------------------------------------------------- armed groups and states
def _armed_links(doc: Document, v: TextView, idx: _Index) -> list[Relation]:
    t = v.clean
    out: list[Relation] = []
    states: dict[str, Mention] = {}
    for _, _, m in idx.items:
        if m.kind == "organisation" and m.type == "state":
            states.setdefault(m.attrs.get("key") or fold(m.label), m)
    if not states:
        for _, _, m in idx.items:
            if m.kind == "place" and m.type == "country":
                states.setdefault(m.attrs.get("key") or fold(m.label), m)
    link, back, umbrella, supply = (_cue_res()[k] for k in ("link", "back", "umbrella", "supply"))
    sents = v.sentences()
    prev_armed: list[tuple[int, int, Mention]] = []
    for s, e in sents:
        sent = t[s:e]
        armed = [x for x in idx.within(s, e, "organisation") if x[2].type in _ARMED]
        state_ms = [x for x in idx.within(s, e, "organisation") if x[2].type == "state"]
        pro = [demonym_state(d) for d in re.findall(r"pro-(\w+)", sent)]
        linked_states: list[Mention] = [x[2] for x in state_ms if link.search(t[max(s, x[0] - 40):x[1] + 40])]
        for st in pro:
            if st is not None and st.id in states:
                linked_states.append(states[st.id])
        backers: list[Mention] = [x[2] for x in state_ms if back.search(t[max(s, x[0] - 60):x[0]])
                                  or re.search(r"(?<![\w-])door\s+(?:de\s+|het\s+)?$", t[max(s, x[0] - 12):x[0]])
                                  and _cue_res()["back_after"].match(t, x[1])]   # "door Turkije gesteunde milities"
        # "de Iraanse Revolutionaire Garde drones levert aan terreurgroepen zoals ..."
        for x in idx.within(s, e, "organisation"):
            if x[2].type not in _ARMED and supply.match(t[x[1]:x[1] + 40]):
                backers.append(x[2])
        members = [x for x in _listed(t, s, e, armed) if not any(x[2] is b for b in backers)]
        for _, _, m in members:
            for st in linked_states:
                out.append(_rel(doc, "linked_to", m, st, *v.to_original(s, e)))
            for b in backers:
                out.append(_rel(doc, "backed_by", m, b, *v.to_original(s, e)))
        um = umbrella.search(sent)
        if um:
            listed = [x for x in armed if x[0] > s + um.end()]
            owner = [x for x in armed if x[0] < s + um.start()] or prev_armed[-1:]
            if owner and listed:
                head = owner[-1][2]
                for _, _, m in listed:
                    if fold(m.label) != fold(head.label):
                        out.append(_rel(doc, "includes", head, m, *v.to_original(s, e)))
        prev_armed = armed or prev_armed[-1:] if armed else []
    return out


_OPENER = re.compile(r"\b(?:zoals|waaronder|onder andere|namelijk)\s")


def _listed(t: str, s: int, e: int, armed: list[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
    """Armed groups standing in a list ("zoals A, B en C") or right before the cue ("A, gelieerd aan")."""
    out: list[tuple[int, int, Mention]] = []
    for om in _OPENER.finditer(t, s, e):
        pos = om.end()
        for x in armed:
            if x[0] < pos:
                continue
            if re.fullmatch(r"(?:,\s*|\s+en\s+|\s*)(?:de\s+|het\s+)?", t[pos:x[0]]):
                out.append(x)
                pos = x[1]
            elif x[0] > pos:
                break
    if not out and len(armed) == 1 and armed[0][1] - s < 60:
        out = armed                      # the sentence is about one named group
    return out


# ---------------------------------------------------------------- places in places
def _located(doc: Document, v: TextView, idx: _Index) -> list[Relation]:
    t = v.clean
    out: list[Relation] = []
    places = [x for x in idx.items if x[2].kind == "place"]
    by_key: dict[str, Mention] = {}
    for _, _, m in places:
        by_key.setdefault(m.attrs.get("key") or fold(m.label), m)
    for i, (s, e, m) in enumerate(places):
        after = t[e:e + 120]
        target = None
        mm = re.match(r", een (?:\w+ )?(?:lucht|vlieg|leger|marine)?basis in (?:de |het )?", after) or \
            re.match(r" \(", after) or re.match(r" ten \w+ van [^,.;]{2,40}?, ", after) or \
            re.match(r", (?=\S+[.,;\s])", after) if m.type in ("city", "base", "building", "region", "other") else None
        if mm is None and m.type in ("city", "base", "building", "region", "other"):
            mm = re.match(r" in (?:de |het )?", after)
        if mm is not None:
            target = idx.at(e + mm.end(), "place")
        if target is not None and target is not m and target.type in ("country", "region", "city") \
                and _rank(target.type) > _rank(m.type):
            out.append(_rel(doc, "located_in", m, target, m.start, target.end))
        # "Noord-Irak" lies in Irak
        cm = re.match(r"(?:Noord|Zuid|Oost|West|Noordoost|Noordwest|Zuidoost|Zuidwest|Midden|Centraal)-(\w+)$", m.label)
        if cm and m.type == "region":
            country = next((p for _, _, p in places if p.type == "country" and fold(p.label) == fold(cm.group(1))), None)
            if country is not None:
                out.append(_rel(doc, "located_in", m, country, m.start, m.end))
    return out


def _rank(place_type: str | None) -> int:
    return {"building": 0, "base": 1, "other": 1, "city": 2, "region": 3, "country": 4}.get(place_type or "", 0)


# ---------------------------------------------------------------- members
def _members(doc: Document, v: TextView, idx: _Index) -> list[Relation]:
    t = v.clean
    out: list[Relation] = []
    orgs = [x for x in idx.items if x[2].kind == "organisation"]
    persons = [x for x in idx.items if x[2].kind == "person"]
    for s, e, p in persons:
        ps = p.attrs.get("party_span")
        if ps:
            party = next((m for _, _, m in orgs if m.start == ps[0] and m.end == ps[1]), None)
            if party is not None:
                out.append(_rel(doc, "member_of", p, party, p.start, party.end))
        line_start = t.rfind("\n", 0, s) + 1
        line = t[line_start:s]
        if re.match(r"De (?:fungerend |waarnemend )?(?:1e |2e )?(?:onder)?voorzitter van de ", line):
            com = [m for a, b, m in orgs if a >= line_start and b <= s and m.type == "committee"]
            if com:
                out.append(_rel(doc, "member_of", p, com[-1], com[-1].start, p.end))
    # committee membership footnotes: "Ontwikkelingssamenwerking1" ... "1 Samenstelling: ..."
    for fm in re.finditer(r"(?m)^(\d{1,2}) Samenstelling:", t):
        number = int(fm.group(1))
        marker = next((mk for mk in v.markers if mk.number == number), None)
        if marker is None:
            continue
        committee = next((m for _, _, m in orgs if m.type == "committee" and m.end == marker.start), None)
        if committee is None:
            continue
        # the list runs to the next footnote, else to the end of the line after the label
        nxt = re.search(r"\n\d{1,2} ", t[fm.end():])
        line_end = t.find("\n", fm.end() + 1)
        block_end = fm.end() + nxt.start() if nxt else (line_end if line_end > 0 else len(t))
        for s, e, p in persons:
            if fm.end() <= s < block_end:
                out.append(_rel(doc, "member_of", p, committee, p.start, p.end))
    return out


# ---------------------------------------------------------------- contributions
_AMOUNT = re.compile(r"\b(?:(?:ongeveer|circa|ca\.|maximaal|minimaal|ruim|meer dan) )?"
                     r"(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|honderd)"
                     r"(?:-koppige?)? (?:extra )?(?:[a-z][\w'\-]*(?:officieren|militairen|helikopters|personen|mariniers|"
                     r"schepen|fregatten|vliegtuigen|F-16's|F-35's|staf|commandant|detachement|eenheid|compagnie)|F-16's|F-35's)")
def _contributions(doc: Document, v: TextView, idx: _Index) -> list[Relation]:
    t = v.clean
    out: list[Relation] = []
    verb = _cue_res()["contribution"]
    for s, e in v.sentences():
        sent = t[s:e]
        if not verb.search(sent):
            continue
        states = [x for x in idx.within(s, e, "organisation") if x[2].type == "state"]
        missions = [x for x in idx.within(s, e, "mission")]
        orgs = [x for x in idx.within(s, e, "organisation") if x[2].type == "international_organisation"]
        if not states:
            continue
        contributor = states[0]
        for ms, me, mm in missions or orgs:
            if ms < contributor[1]:
                continue
            between = t[contributor[1]:ms]
            if not verb.search(between) and not verb.search(sent[:ms - s]):
                continue
            value = _AMOUNT.search(sent)
            out.append(_rel(doc, "contributes_to", contributor[2], mm, *v.to_original(s, e),
                            value=value.group(0) if value else None))
            break
    return out
