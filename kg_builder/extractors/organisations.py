"""Organisations with their kind: parties and fracties, committees, chambers,
ministries, governments, acting states, international organisations, militias,
armed groups, terrorist organisations, companies and others (ships, services).

Gazetteers (``organisations.tsv``, ``parties.tsv``, ``states.tsv``) give ids and
types of well-known ones; patterns find the rest: committee names ("vaste
commissie voor Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking"),
"X-fractie", "(PARTY)" after a person, "<demonym> regering/autoriteiten/leger",
ships ("Zr.Ms. De Ruyter"), Arabic group names (Kata'ib ..., Harakat ...,
Asaib ...), names listed after "milities/terreurgroepen ... zoals/waaronder",
capitalised names with an organisation head word ("Joint Operation Center").
A country name is a state organisation only where it acts (see
:func:`_common.acts_as_state`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..gazetteer import gazetteer
from ..iris import fold
from ..lang import load_language_data
from ..mentions import Mention
from ..names import LETTER, U, clean_label, fuzzy_key
from ..registry import extractor
from ..vocab import KGB
from ._common import (CAPWORD, Spans, acts_as_state, alt, coordinated_group, cues, demonym_regex,
                      demonym_state, in_caps_line, make, states, view)

VERSION = "1"

_CAPW = rf"(?:{CAPWORD}|[A-Z]{{2,}}\w*)"
_COMMITTEE = re.compile(
    rf"(?<![\w-])(?P<adj>(?:[Vv]aste|[Aa]lgemene|[Bb]ijzondere|[Tt]ijdelijke|[Pp]arlementaire) )?"
    rf"(?P<head>[Kk]amercommissies?|[Cc]ommissies?) (?P<voor>voor )?"
    rf"(?P<words>{_CAPW}(?: {_CAPW})*(?:(?:, {_CAPW}(?: {_CAPW})*)* en {_CAPW}(?: {_CAPW})*)?)"
    rf"(?![\w-])")
_NAMED_COMMITTEE = re.compile(rf"(?<![\w-])[Cc]ommissie-{CAPWORD}")
_CHAMBER = re.compile(r"(?<![\w-])(?:(?P<which>Tweede|Eerste) )?Kamer(?P<sg> der Staten-Generaal)?(?![\w-])")
_FRACTIE = re.compile(r"(?<![\w-])(?:(?P<p1>[A-Z][\w/]*(?:-[A-Z][\w/]*)?)-fractie|fractie van (?:de |het )?(?P<p2>[A-Z][\w/\-]*))(?![\w-])")


@lru_cache(maxsize=1)
def _portfolios() -> str:
    return alt(load_language_data("nl")["persons"]["portfolios"])


@lru_cache(maxsize=1)
def _res():
    c = cues()
    dem = demonym_regex().pattern[len("(?<!\\w)("):-len(")(?!\\w)")]
    arab_part = alt(c["arabic_particles"])
    arab_tok = rf"(?:(?:al|el|as|ash|ad|an|ar|at|az)-{U}[\w'’]*|{U}[\w'’]*|(?:{arab_part}))"
    ships = alt(c["ship_prefixes"])
    heads = {t: alt(c[k]) for t, k in (("militia", "militia_heads"), ("terrorist_organisation", "terrorist_heads"),
                                        ("armed_group", "armed_heads"))}
    item = rf"(?:(?:de |het )?(?:{arab_tok})(?: (?:{arab_tok})){{0,5}})"
    return {
        "ministry": re.compile(rf"(?<![\w-])[Mm]inisterie van (?P<pf>{_portfolios()})(?![\w])"),
        "government": re.compile(rf"(?<![\w-])(?:(?P<adj>{dem}|toenmalige|huidige|vorige|demissionaire) )?"
                                 rf"(?P<w>kabinet|regering)(?![\w-])"),
        "foreign_gov": re.compile(rf"(?<![\w-])(?P<adj>{dem}) (?P<w>autoriteiten|regime|overheid)(?![\w-])"),
        "regime_of": re.compile(rf"(?<![\w-])regime van (?P<n>{CAPWORD}(?: {CAPWORD}){{0,2}})"),
        "forces": re.compile(rf"(?<![\w-])(?P<a1>{U}{LETTER}+e)(?: en (?P<a2>{U}{LETTER}+e))? "
                             rf"(?P<w>{alt(['leger', 'strijdkrachten', 'krijgsmacht'])})(?![\w-])"),
        "ship": re.compile(rf"(?<![\w])(?P<prefix>{ships}) ?(?P<n>(?:(?:De|Van|de|van|der|den) )*{CAPWORD}"
                           rf"(?: (?:de |van |der |den )*{CAPWORD}){{0,2}})"),
        "arabic": re.compile(rf"(?<![\w'’-])(?:{alt(c['arabic_org_heads'])})(?: (?:{arab_tok})){{1,5}}(?![\w-])"),
        "coalition": re.compile(r"(?<![\w-])(?P<full>(?:(?:internationale|mondiale|anti-(?:ISIS|IS|ISIL|Daesh))[- ])?coalitie)(?![\w-])"),
        "lists": [(t, re.compile(rf"(?<![\w-])(?:{h})(?![\w-])[^.;:()]{{0,60}}?\b(?:zoals|waaronder|onder andere)"
                                 rf" (?P<list>{item}(?:(?:, | en ){item})*)")) for t, h in heads.items()],
        "militia_named": re.compile(rf"(?<![\w-])[Mm]ilitie (?P<n>{arab_tok}(?: {arab_tok}){{0,4}})"),
        "org_chunk": re.compile(rf"(?<![\w-])(?P<n>(?:{U}[\w'’\-]*)(?: (?:(?:en|of|for|to|the|and|van|voor|de) )?"
                                rf"(?:{U}[\w'’/\-]*)){{1,8}})"),
        "compound_unit": re.compile(rf"(?<![\w-]){U}{LETTER}+-?(?:eenheid|dienst|inspectie|autoriteit)(?: Nederland)?(?![\w-])"),
    }


class _Collector:
    """Candidate mentions on clean spans; longer and earlier-registered ones win."""

    def __init__(self) -> None:
        self.items: list[tuple[int, int, int, dict]] = []

    def add(self, s: int, e: int, prio: int, **kw) -> None:
        if e > s:
            self.items.append((s, e, prio, kw))

    def chosen(self) -> list[tuple[int, int, dict]]:
        spans = Spans()
        out = []
        for s, e, prio, kw in sorted(self.items, key=lambda x: (-x[2], -(x[1] - x[0]), x[0])):
            if spans.take(s, e):
                out.append((s, e, kw))
        return sorted(out, key=lambda x: x[0])


def _committee_key(label: str) -> str:
    k = fold(label)
    k = re.sub(r"\b(vaste|algemene|bijzondere|tijdelijke|parlementaire)\b", "", k)
    k = re.sub(r"\bkamercommissies?\b|\bcommissies\b", "commissie", k)
    k = re.sub(r"\bvan de (eerste|tweede) kamer\b|\bvoor\b", "", k)
    return "committee-" + "-".join(k.split())


def _doc_chamber(doc: Document, text: str) -> str | None:
    if doc.meta.chamber:
        return doc.meta.chamber
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in _CHAMBER.finditer(text):
        if m.group("which"):
            w = f"{m.group('which')} Kamer"
            counts[w] = counts.get(w, 0) + 1
            first.setdefault(w, m.start())
    if not counts:
        return None
    return max(counts, key=lambda w: (counts[w], -first[w]))


@extractor("organisations", version=VERSION,
           produces=[KGB.Organisation, KGB.PoliticalParty, KGB.ParliamentaryGroup, KGB.Committee,
                     KGB.Chamber, KGB.Ministry, KGB.Government, KGB.State, KGB.InternationalOrganisation,
                     KGB.Militia, KGB.ArmedGroup, KGB.TerroristOrganisation, KGB.Company, KGB.OtherOrganisation],
           kinds=["organisation"], order=20)
def extract_organisations(doc: Document, ctx) -> list[Mention]:
    """Organisations of every kind, from gazetteers and name patterns."""
    v = view(doc)
    t = v.clean
    R = _res()
    gaz = ctx.use_gazetteer
    col = _Collector()

    # -- committees, chambers, ministries, governments (patterns: on with and without gazetteer)
    for m in _COMMITTEE.finditer(t):
        if not (m.group("adj") or m.group("voor") or m.group("head")[0] == "C") or \
                min(len(w) for w in re.findall(r"[A-Z]\w*", m.group("words"))) < 3:
            continue
        label = m.group(0)
        canonical = bool(m.group("adj")) and m.group("head").lower() == "commissie"
        col.add(m.start(), m.end(), 5, type="committee", key=_committee_key(label),
                canonical=canonical)
    for m in _NAMED_COMMITTEE.finditer(t):
        col.add(m.start(), m.end(), 5, type="committee", key="committee-" + fold(m.group(0)).replace(" ", "-"))
    chamber = _doc_chamber(doc, t)
    for m in _CHAMBER.finditer(t):
        if m.group("which"):
            key = fold(f"{m.group('which')} Kamer").replace(" ", "-")
            col.add(m.start(), m.end(), 4, type="chamber", key=key, canonical=bool(m.group("sg")))
        else:
            col.add(m.start(), m.end(), 4, type="chamber",
                    key=fold(chamber).replace(" ", "-") if chamber else "kamer")
    for m in R["ministry"].finditer(t):
        col.add(m.start(), m.end(), 4, type="ministry", key="ministry-" + fold(m.group("pf")).replace(" ", "-"))
    for m in R["government"].finditer(t):
        if re.search(r"(?:^|\n)Brief $", t[max(0, m.start() - 7):m.start()]):
            continue               # "Brief regering": a web page's genre label
        adj = m.group("adj")
        st = demonym_state(adj) if adj else None
        owner = st.id if st else "netherlands"
        s = m.start("adj") if adj and (st or adj in ("toenmalige",)) else m.start("w")
        col.add(s, m.end(), 3, type="government", key=f"{m.group('w')}-{owner}")
    for m in R["foreign_gov"].finditer(t):
        st = demonym_state(m.group("adj"))
        if st:
            w = "regering" if m.group("w") in ("autoriteiten", "overheid") else "regime"
            col.add(m.start(), m.end(), 3, type="government", key=f"{w}-{st.id}")
    regimes = {kw["key"] for s, e, p, kw in col.items if kw.get("key", "").startswith("regime-")}
    for m in R["regime_of"].finditer(t):
        key = next(iter(regimes)) if len(regimes) == 1 else "regime-" + fold(m.group("n")).replace(" ", "-")
        col.add(m.start(), m.end(), 3, type="government", key=key)
    for m in R["forces"].finditer(t):
        for g in ("a1", "a2"):
            adj = m.group(g)
            if not adj:
                continue
            st = demonym_state(adj)
            if st is None and not re.fullmatch(r"\w+(?:sche|se|ische|aanse|ese|ense)", adj):
                continue
            label = f"{adj} {m.group('w')}"
            s = m.start(g)
            e = m.end() if g == "a1" and not m.group("a2") else (m.end("a1") if g == "a1" else m.end())
            col.add(s, e, 2, type="other" if st else "armed_group", label=label,
                    key=f"forces-{st.id if st else fold(adj)}")
    ships: dict[str, str] = {}
    for m in R["ship"].finditer(t):
        name = clean_label(m.group("n"))
        key = "ship-" + fold(name).replace(" ", "-")
        ships[name] = key
        col.add(m.start(), m.end(), 5, type="other", key=key)
    for name, key in ships.items():
        for m in re.finditer(rf"(?<=de ){re.escape(name)}(?![\w-])", t):
            col.add(m.start(), m.end(), 1, type="other", key=key)
    for m in R["coalition"].finditer(t):
        full = m.group("full")
        generic = full == "coalitie"
        if generic and re.match(r" (?:troepen|bases|partners|landen|leden|lid)\b", t[m.end():m.end() + 10]):
            continue
        key = "coalition-anti-isis" if "anti" in full else ("coalition-international" if not generic else "coalition")
        col.add(m.start("full"), m.end(), 2, type="international_organisation", key=key,
                generic="coalitie" if generic else None)

    # -- names of armed groups found by their shape or their place in a list
    orgs_gaz = gazetteer("organisations")
    for m in R["arabic"].finditer(t):
        label = clean_label(m.group(0))
        e = orgs_gaz.lookup(label, fuzzy=True) if gaz else None
        col.add(m.start(), m.end(), 5, type=(e.type if e else "militia"),
                key=e.id if e else "fz-" + fuzzy_key(label).replace(" ", "-"))
    for typ, rx in R["lists"]:
        for m in rx.finditer(t):
            base = m.start("list")
            for im in re.finditer(r"[^,]+?(?=, | en |$)", m.group("list")):
                item = im.group(0).strip()
                if item.startswith(("de ", "het ")):
                    continue
                s = base + im.start() + (len(im.group(0)) - len(im.group(0).lstrip()))
                e = s + len(item)
                if states().lookup(item) or gazetteer("places").lookup(item):
                    continue
                ge = orgs_gaz.lookup(item, fuzzy=True) if gaz else None
                col.add(s, e, 1, type=(ge.type if ge else typ),
                        key=ge.id if ge else "fz-" + fuzzy_key(item).replace(" ", "-"))
    for m in R["militia_named"].finditer(t):
        ge = orgs_gaz.lookup(m.group("n"), fuzzy=True) if gaz else None
        col.add(m.start("n"), m.end("n"), 2, type=ge.type if ge else "militia",
                key=ge.id if ge else "fz-" + fuzzy_key(m.group("n")).replace(" ", "-"))

    # -- parties: from persons' "(PARTY)" and fracties
    for pm in ctx.of_kind("person"):
        ps = pm.attrs.get("party_span")
        if ps:
            cs, ce = v.to_clean(ps[0]), v.to_clean(ps[1] - 1) + 1
            label = clean_label(t[cs:ce])
            col.add(cs, ce, 6, type="party", key="party-" + _party_id(label, gaz), name=label)
    for m in _FRACTIE.finditer(t):
        p = m.group("p1") or m.group("p2")
        if not (gaz and gazetteer("parties").lookup(p)) and sum(c.isupper() for c in p) < 2:
            continue
        col.add(m.start(), m.end(), 6, type="parliamentary_group", key="party-" + _party_id(p, gaz), name=p)

    # -- gazetteers
    if gaz:
        for s, e, en in gazetteer("parties").find(t):
            col.add(s, e, 4, type="party", key="party-" + en.id, name=t[s:e])
        missions = [(a, b) for a, b, _ in gazetteer("missions").find(t) if " " in t[a:b]]
        for s, e, en in orgs_gaz.find(t):
            if en.id == "isis" and t[s:e] == "IS" and in_caps_line(t, s, e):
                continue
            if t[e:e + 1] != "-" and any(a <= s and e <= b for a, b in missions):
                continue
            col.add(s, e, 4, type=en.type, key=en.id)
        _states(t, col)
        for m in R["org_chunk"].finditer(t):
            _chunk(t, m, col)
        for m in R["compound_unit"].finditer(t):
            col.add(m.start(), m.end(), 3, type="other", key="org-" + fold(m.group(0)).replace(" ", "-"))
    else:
        for m in R["org_chunk"].finditer(t):
            _chunk(t, m, col)
        for m in R["compound_unit"].finditer(t):
            col.add(m.start(), m.end(), 1, type="other", key="org-" + fold(m.group(0)).replace(" ", "-"))

    out: list[Mention] = []
    for s, e, kw in col.chosen():
        attrs = {k: v_ for k, v_ in kw.items() if k not in ("type", "label") and v_ not in (None, False)}
        mm = make(doc, v, "organisation", s, e, label=kw.get("label"), type=kw["type"], attrs=attrs)
        if mm is not None:
            out.append(mm)
    return out


def _party_id(label: str, gaz: bool) -> str:
    e = gazetteer("parties").lookup(label) if gaz else None
    return e.id if e else fold(label).replace(" ", "-")


def _states(t: str, col: _Collector) -> None:
    """Country names that act (an organisation of kind state)."""
    found = list(states().find(t))
    names = {s: e for s, e, _ in found}
    for s, e, en in found:
        group = coordinated_group(t, s, e, names)
        if acts_as_state(t, s, e, en, group):
            col.add(s, e, 2, type="state", key=en.id)


@lru_cache(maxsize=1)
def _org_heads() -> tuple[frozenset[str], frozenset[str]]:
    c = cues()
    return frozenset(c["org_head_words"]), frozenset(w for w in c["mission_words"])


def _chunk(t: str, m: re.Match, col: _Collector) -> None:
    """A capitalised name whose first or last word is an organisation head ("Joint Operation Center")."""
    heads, mission_words = _org_heads()
    words = m.group("n").split(" ")
    start = m.start()
    while words and words[0] in ("De", "Het", "Een", "Deze", "Die", "Dit"):
        start += len(words.pop(0)) + 1
    caps = [w for w in words if w[:1].isupper()]
    if len(caps) < 2:
        return
    if not (words[-1] in heads or (words[0] in heads and words[0] not in ("Force", "Forces"))):
        return
    if words[0] in mission_words or "Task" in words or words[-1] in mission_words:
        return
    name = " ".join(words)
    typ = "international_organisation" if re.search(
        r"\b(United Nations|International|Internationale|Europe|Europese|Verenigde Naties)\b", name) else "other"
    col.add(start, m.end(), 0, type=typ, key="org-" + fold(name).replace(" ", "-"))
