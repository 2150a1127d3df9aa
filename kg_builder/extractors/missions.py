"""Missions and operations (military, civilian, coalition), who leads them and where.

Gazetteer names (``missions.tsv``) and patterns: "<ORG>-missie/operatie [in] X"
("NAVO-missie in Irak", "EU-operatie Atalanta", "VN-missie Multidimensional ...
in Mali"), "operatie/Operation X", "een maritieme operatie, genaamd X", "de missie
heet officieel X", "<demonym> (militaire) operatie in <place>" (led by that
state), "X-missie in Y", "Task Force X", mission acronyms (EU..., UN..., MINU...).
Descriptions such as "Europese missie" or "missie Straat van Hormuz" become
mentions of the nearest named mission.  ``led_by`` is taken only from the text:
the organisation in the name, "door X geleide", "onder leiding van X",
"Atalanta van de EU"; ``operates_in`` from "in <place>" after the mission.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..gazetteer import gazetteer
from ..iris import fold
from ..mentions import Mention, Relation
from ..names import U, LETTER
from ..registry import extractor
from ..vocab import KGB
from ._common import CAPWORD, alt, cues, defined_acronyms, demonym_alternation, demonym_state, make, matches, view
from .organisations import _Collector, apposed_kind
from ..textview import _stop_words

VERSION = "1"

_CAPN = rf"(?:{CAPWORD}|[A-Z]{{2,}}[\w\-]*)"
# "in de"/"in het" never joins a name: "Sea Guardian in de Middellandse Zee" is a mission and a place
_MNAME = rf"{_CAPN}(?:(?: (?!in (?:de|het) )(?:of|in|the|for|and|de|van|der))* {_CAPN}){{0,8}}"


@lru_cache(maxsize=1)
def _res():
    c = cues()
    orgs = alt(c["leading_org_prefixes"])
    mw = alt(c["mission_words"])
    dem = demonym_alternation()
    return {
        "org_mission": re.compile(rf"(?<![\w-])(?P<org>{orgs})[- ](?P<w>[Mm]issie|[Oo]peratie|trainingsmissie|adviesmissie|politiemissie|troepenmacht)"
                                  rf"(?: (?P<in>in) (?P<place>{CAPWORD})| (?P<name>{_MNAME}))?"),
        "named": re.compile(rf"(?<![\w-])(?:[Oo]peratie|Operation|Opération|Operación|[Mm]issie|Mission|Task Force|[Tt]askforce) (?P<q>[«\"“‘'])?"
                            rf"(?P<name>{_MNAME}|(?!(?:19|20)\d\d\b)\d{{3,4}}(?![\d.,-]))(?(q)[»\"”’'])"),
        # "de waarnemersmissie van de Arabische Liga": a mission named by what it does and who sends it
        "sent_by": re.compile(rf"(?:^|(?<![,;]\s)(?<=\s))[Dd]e (?P<w>(?:waarnemers|trainings|vredes|politie|monitorings|advies|stabilisatie)missie) "
                              rf"van de (?P<org>{CAPWORD}(?: {CAPWORD}){{0,3}})(?![\w-])"),
        # "Multinational Security Support Mission (MSS)": an English name ending in Mission or Operation
        # "de Multinational Security Support-missie (MSS)", "de Resolute Support-missie": a name of two words or more
        "hyphen_mission": re.compile(rf"(?<![\w-])(?!(?:De|Het|Een|The|In|Op|Met|Voor|Aan) )(?P<full>(?P<name>{CAPWORD}"
                                     rf"(?: {CAPWORD}){{1,4}})-(?:missie|operatie|trainingsmissie|waarnemersmissie))(?![\w-])"
                                     rf"(?: \((?P<short>[A-Z][A-Z\d]{{1,9}})\))?"),
        # "EU Training Mission in de Centraal-Afrikaanse Republiek (EUTM RCA)", "… Task Group (MCM Black Sea)"
        "mission_suffix": re.compile(rf"(?<![\w-])(?!(?:De|Het|Een|The|In|Op|Met|Voor|Aan) )(?P<name>(?:{CAPWORD}[ \n]"
                                     rf"(?:(?:{CAPWORD}|and|for|of)[ \n]){{1,5}}|[A-Z]{{3,8}}[ \n](?:(?:{CAPWORD}|and|for|of)[ \n]){{0,5}})"
                                     rf"(?:Mission|Operation|Task Group)"
                                     rf"(?: in (?:de |het )?(?:support of )?(?P<in>{CAPWORD}(?:[ -]{CAPWORD}){{0,2}})(?= \([A-Z]))?)"
                                     rf"(?![\w-])(?! [A-Z])"
                                     rf"(?: \((?P<short>[A-Z][A-Z\d]{{1,9}}(?: [A-Z][A-Za-z]{{1,12}}){{0,2}})\))?"),
        "called": re.compile(rf"(?:{mw})[^.;]{{0,40}}?(?:{alt(c['mission_name_cues'])}) (?P<name>{_MNAME})"),
        # "de Russische vredesmacht": a state's peacekeeping force is a mission it leads
        "state_force": re.compile(rf"(?<![\w-])(?P<adj>{dem}) (?P<w>vredesmacht|stabilisatiemacht)(?![\w-])"),
        "state_operation": re.compile(rf"(?<![\w-])(?:(?P<adj>{dem}) )?(?:(?:nieuwe|grootschalige|militaire) )*(?:militaire )?"
                                      rf"(?P<w>operatie|interventie|missie|offensief) in (?P<place>(?:{CAPWORD}-)?{CAPWORD})"),
        # "de CSTO-vredesmacht", "de IAEA-missie": the one mission or force of a smaller organisation
        "acronym_force": re.compile(rf"(?<![\w-])(?P<org>[A-Z]{{2,6}})-(?:(?:missie|vredesmacht)(?![\w-])(?! (?:in )?{U})"
                                    rf"|(?:[Ww]aarnemersmissie|[Mm]onitoringmissie)(?![\w-])(?! (?:in )?{U})"
                                    rf"|(?P<group>[Aa]ssistentiegroep|[Ww]aarnemersgroep)(?![\w-]))"),  # "OVSE-Assistentiegroep": a name
        # "de Verificatiemissie van de Verenigde Naties in Colombia (UNVMC)": a described mission with its short form
        "sent_by_short": re.compile(rf"(?<![\w-])(?P<full>[A-Z][a-z]*missie van de (?P<org>{CAPWORD}(?: {CAPWORD}){{0,3}})"
                                    rf"(?: in (?:de |het )?{CAPWORD}(?:[ -]{CAPWORD}){{0,2}})?) \((?P<short>[A-Z]{{3,8}})\)"),
        "x_mission": re.compile(rf"(?<![\w-])(?P<x>[A-Z][\w]*)-missie in (?P<place>{CAPWORD})"),
        "acronym": re.compile(rf"(?<![\w-])(?P<a>EU[ -]?NAVFOR|EU[A-Z]{{2,6}}|UN[A-Z]{{2,6}}|MINU[A-Z]{{2,4}}|MONU[A-Z]{{2,4}}|ONU[A-Z]{{1,4}})(?![\w-])"
                              rf"(?: (?P<tail>(?:{CAPWORD}|[A-Z]{{3,8}}|[A-Z]{{2}}(?= {CAPWORD}))(?: {CAPWORD})?(?:/[A-Z]\w*)?)(?![\w-]))?"),
        # English names of standing forces and missions: "Standing NATO Maritime Group 1 (SNMG1)",
        # "NATO Forward Land Forces", "EU Military Assistance Mission Mozambique"
        "english": re.compile(rf"(?<![\w-])(?:(?:Standing|Combined|Joint) )?(?:NATO|EU|UN)(?: {CAPWORD}){{1,4}} "
                              rf"(?:Mission|Operation|Group|Forces|Force)(?: (?P<tail>{CAPWORD}))?(?: \d{{1,2}})?"
                              rf"(?: in (?:(?P<in>{CAPWORD})(?= \([A-Z]+ (?P=in)\))|(?:de |het )?{CAPWORD}(?:[ -]{CAPWORD}){{0,2}}(?= \([A-Z]{{2,}} [A-Z])))?(?![\w-])"
                              rf"(?: \((?P<short>[A-Z][A-Za-z\d]{{1,9}}(?: [A-Z][A-Za-z]{{1,5}})?)\))?"),
        # "SADC-missie SAMIM": an organisation's short form, a mission word and the mission's short form
        # "de NAVO-Forward Land Forces": an organisation's English-named force or mission
        "org_english": re.compile(rf"(?<![\w-])(?P<org>{orgs})-(?P<name>(?:{CAPWORD} ){{1,4}}(?:Forces|Force|Mission|Operation|Presence))(?![\w-])"),
        "short_named": re.compile(r"(?<![\w-])[A-Z]{2,8}-(?:missie|operatie|trainingsmissie|troepenmacht) (?P<name>[A-Z][A-Z\d]{2,9})(?![\w-])"
                                  r"(?! [A-Z][A-Za-z\d]+\b)"),    # not "EU-missie EUPOL COPPS": a longer name
        "contribution": re.compile(rf"(?<![\w-])(?:bijdrage|deelname|bijdragen|deelnemen) aan (?:de |het )?"
                                   rf"(?P<name>(?:[a-z]{{3,}} )?{U}{LETTER}+(?: {U}{LETTER}+){{1,3}})(?![\w-])"),
        # "neemt sinds 15 januari deel aan Nordic Warden, een operatie van de JEF": a name called an operation
        "apposition": re.compile(rf"(?<![\w-])(?P<name>{U}{LETTER}+(?: {U}{LETTER}+){{1,3}}), een (?:(?:{LETTER}+e) )?"
                                 rf"(?:{alt(c['mission_apposition_words'])})\b"),
        "takes_part": re.compile(rf"(?<![\w-])deel aan (?:de |het )?(?P<name>{U}{LETTER}+(?: {U}{LETTER}+){{1,3}})(?![\w-])"),
        # "Vier F-35's met circa 100 militairen voor Baltic Air Policing": what a contribution serves
        "unit_for": re.compile(rf"(?<![\w-])(?:{alt(c['contribution_units'])}) (?P<p>voor|bij|aan) (?:de |het )?"
                               rf"(?P<name>{U}{LETTER}+(?:(?: (?:for|of|and|the|in))? {U}{LETTER}+){{1,6}})(?![\w-])"),
        # "de VN-missie ter ondersteuning van het Hodeidah-akkoord (UNMHA)": a described mission with its short form
        "described": re.compile(rf"(?<![\w-])(?P<org>{orgs})-(?:missie|operatie|trainingsmissie|waarnemersmissie|troepenmacht)"
                                rf"(?P<desc>(?: [\w'’-]+){{1,7}}) \((?P<short>[A-Z][A-Z\d]{{2,9}}(?:-[A-Z\d]+)?)\)"),
        "generic": re.compile(rf"(?<![\w-])(?:(?P<adj>Europese|Internationale|internationale|{dem}) )"
                              rf"(?P<w>(?!commissie)(?:[a-zà-ÿ]+)?missie)(?![\w-])"),
        "mission_place": re.compile(rf"(?<![\w-])missie (?P<place>{CAPWORD}(?: (?:van|de) {CAPWORD})*)"),
        "led_door": re.compile(r"door (?:de |het )?(?P<org>[^,.;]{2,40}?) geleide (?:missie|operatie|coalitie)"),
        "led_onder": re.compile(r"onder (?:leiding|bevel|commando) van (?:de |het )?(?P<org>[^,.;()]{2,40}?)(?= \(|[,.;]| en |$)"),
    }


def _exercise(t: str, s: int, e: int) -> bool:
    """Is the name at ``s:e`` an exercise ("de oefening Cold Response", "Iron Wolf, een oefening in …",
    a name of ``exercise_names``) rather than a mission?"""
    words = alt(cues()["exercise_words"])
    if re.search(rf"(?<![\w-])(?:[\w]+-)?(?:{words})\s+(?:[A-Z]\w*\s+)?$", t[max(0, s - 40):s], re.I):
        return True
    if re.match(rf",? (?:een|de|het) (?:[\w-]+ )?(?:[\w]+-)?(?:{words})\b", t[e:e + 50], re.I):
        return True
    return re.sub(r"\s+\d{4}$", "", t[s:e]) in cues()["exercise_names"]


def _gaz_key(label: str, gaz: bool) -> str | None:
    if not gaz:
        return None
    e = gazetteer("missions").lookup(label)
    return e.id if e else None


@extractor("missions", version=VERSION, produces=[KGB.Mission, KGB.ledBy, KGB.operatesIn],
           kinds=["mission", "led_by", "operates_in"], order=40)
def extract_missions(doc: Document, ctx) -> list[Mention | Relation]:
    """Missions and operations, with led_by and operates_in where the text states them."""
    v = view(doc)
    t = v.clean
    low = t.lower()
    R = _res()
    gaz = ctx.use_gazetteer
    col = _Collector()
    not_names = {fold(w) for w in ("Inzet", "Commander", "Force Commander")}

    if gaz:
        for s, e, en in gazetteer("missions").find(t):
            col.add(s, e, 5, key=en.id)
    generic_org: list[tuple[int, int, str, tuple[int, int]]] = []
    for m in matches(R["org_mission"], t, low):
        name = m.group("name")
        if not name and not m.group("in"):
            # "EU-operatie", "NAVO-missie": a description of the named mission near it
            generic_org.append((m.start(), m.end(), m.group("org"), (m.start("org"), m.end("org"))))
            continue
        end = m.end()
        cut = re.search(r" in (?P<p>.+)$", name or "")
        if cut and (_is_place(cut.group("p"), gaz) or re.match(rf"[A-Z][A-Z\d]{{2,}} {U}", name)):
            # "de EU-politiemissie EUPOL Afghanistan in Kabul": where the named mission works, not its name
            name, end = name[:cut.start()], m.start("name") + cut.start()
        key = _gaz_key(t[m.start():end], gaz) or (_gaz_key(name, gaz) if name else None)
        # "EU-politiemissie EUPOL Afghanistan": a name of its own (a short form first) is the mission's label
        label = name if name and re.match(r"[A-Z]{3,}\b", name) else None
        col.add(m.start(), end, 6, key=key or _own_key(name or m.group(0)), label=label,
                led_by=m.group("org"), led_by_span=(m.start("org"), m.end("org")))
    heads = set(cues()["org_head_words"])
    mw = alt(cues()["mission_words"])
    for m in matches(R["named"], t, low):
        name, end = m.group("name"), m.end()
        where = re.search(r" in (?P<p>\S.*)$", name)
        if where and not m.group("q") and (_is_place(where.group("p"), gaz)
                                          or _is_place(re.sub(r"^\w+-", "", where.group("p")), gaz)):
            end -= len(where.group(0))   # "operatie Linda Nchi in Zuid-Somalië": where it runs, not its name
            name = name[:where.start()]
        if m.group(0).startswith(("Operation ", "Mission ")) and " de " in name:
            end -= len(name) - name.index(" de ")    # "in Operation Medusa de Taliban …": a Dutch article ends it
            name = name[:name.index(" de ")]
        if fold(name) in not_names or _is_place(name, gaz) or name.split(" ")[-1] in heads:
            continue
        if re.search(rf"{U}\w* $", t[max(0, m.start() - 20):m.start()]) \
                and not re.search(rf"(?<![\w-])(?:{demonym_alternation()}|Europese|Internationale|Afrikaanse) $", t[max(0, m.start() - 30):m.start()]):
            continue                 # inside a longer capitalised name ("Joint Operation Center"), not "Franse operatie X"
        key = _gaz_key(name, gaz) or _gaz_key(m.group(0), gaz) or _own_key(name)
        # "de missie ATMIS": a lower-case cue word describes, the name is what follows it;
        # "operatie Haskanite" is how the operation is called, so the mention keeps the word
        # "Operatie Barkhane": a capitalised cue word is part of the name, over the gazetteer's shorter form
        lower = t[m.start()].islower()
        if lower and t.startswith("operatie ", m.start()):
            col.add(m.start(), end, 4, key=key, label=name)
        else:
            col.add(m.start("name") if lower else m.start(), end, 4 if lower else 6, key=key)
    for m in matches(R["sent_by"], t, low):
        org = gazetteer("organisations").lookup(m.group("org")) if gaz else None
        if org is not None and org.type == "international_organisation":
            col.add(m.start("w"), m.end(), 3, key="mission-" + fold(t[m.start("w"):m.end()]).replace(" ", "-"),
                    led_by=m.group("org"), led_by_span=(m.start("org"), m.end("org")))
    for m in matches(R["called"], t, low):
        name = m.group("name")
        col.add(m.start("name"), m.end("name"), 4, key=_gaz_key(name, gaz) or _own_key(name))
    for m in matches(R["state_operation"], t, low):
        adj = m.group("adj")
        st = demonym_state(adj) if adj else None
        if not st and not re.search(r"militaire", m.group(0)):
            continue
        if adj and not st:
            continue
        s = m.start("adj") if adj else m.start()
        kw = {"key": "operation-in-" + fold(m.group("place")).replace(" ", "-")}
        if st:
            kw.update(led_by=st.labels[0], led_by_span=(m.start("adj"), m.end("adj")))
        col.add(s, m.end(), 3, **kw)
    for m in matches(R["state_force"], t, low):
        st = demonym_state(m.group("adj"))
        if st:
            col.add(m.start(), m.end(), 3, key=f"{m.group('w')}-{st.id}", led_by=st.labels[0],
                    led_by_span=(m.start("adj"), m.end("adj")))
    for m in matches(R["acronym_force"], t, low):
        org = _org_at(ctx, v, m.start("org"), m.end("org"))
        if (m.group("org") not in cues()["leading_org_prefixes"] or m.group("group")) and org is not None \
                and org.type in ("international_organisation", "other"):
            col.add(m.start(), m.end(), 3, key=_own_key(m.group(0)),
                    led_by=m.group("org"), led_by_span=(m.start("org"), m.end("org")))
    for m in matches(R["sent_by_short"], t, low):
        if _org_at(ctx, v, m.start("org"), m.end("org")) is not None:
            key = _gaz_key(m.group("short"), gaz) or _own_key(m.group("full"))
            col.add(m.start("full"), m.end("full"), 7, key=key,
                    led_by=m.group("org"), led_by_span=(m.start("org"), m.end("org")))
            col.add(m.start("short"), m.end("short"), 7, key=key)
    for m in matches(R["x_mission"], t, low):
        if m.group("x") in cues()["leading_org_prefixes"]:
            continue
        col.add(m.start(), m.end(), 3, key=_own_key(m.group(0)))
    named_by_short = _defined_missions(t, gaz, col)
    shorts: dict[str, str] = {}
    for m in matches(R["english"], t, low):
        tail = m.group("tail")
        e = m.end(0) if not tail or tail.lower() not in _stop_words() and not re.search(r"(?:se|sche)$", tail) \
            else m.start("tail") - 1
        if m.group("short"):
            e = min(e, m.start("short") - 2)
        name = re.sub(r" \d+$", "", t[m.start():e]) if not m.group("short") else t[m.start():e]
        key = _gaz_key(name, gaz) or "mission-" + fold(t[m.start():e]).replace(" ", "-")
        col.add(m.start(), e, 6, key=key)
        if m.group("short"):
            shorts[m.group("short")] = key
    for m in matches(R["hyphen_mission"], t, low):
        name = m.group("name")
        key = _gaz_key(name, gaz) or _own_key(name)
        col.add(m.start("full"), m.end("full"), 5, key=key)
        if m.group("short"):
            shorts[m.group("short")] = key
    for m in matches(R["mission_suffix"], t, low):
        name = m.group("name")
        key = _gaz_key(name, gaz) or "mission-" + fold(name).replace(" ", "-")
        col.add(m.start("name"), m.end("name"), 5, key=key)
        if m.group("short"):
            shorts[m.group("short")] = key
    for m in matches(R["org_english"], t, low):
        name = m.group("name")
        col.add(m.start(), m.end(), 6, key=_gaz_key(name, gaz) or "mission-" + fold(name).replace(" ", "-"),
                label=name, led_by=m.group("org"), led_by_span=(m.start("org"), m.end("org")))
    for m in matches(R["short_named"], t, low):
        key = _gaz_key(m.group("name"), gaz) or "mission-" + fold(m.group("name"))
        col.add(m.start(), m.end(), 6, key=key)
        shorts.setdefault(m.group("name"), key)
    for short, key in shorts.items():    # the short form elsewhere in the text names the same mission
        for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", t):
            col.add(m.start(), m.end(), 6, key=key)
    acronyms = []
    for m in matches(R["acronym"], t, low):
        a, tail = m.group("a"), m.group("tail")
        if gaz and gazetteer("organisations").lookup(a):
            continue
        key = shorts.get(t[m.start():m.end()]) or _gaz_key(a, gaz) or named_by_short.get(a)
        if not key and a.startswith(("UN", "ONU")) and not re.search(rf"(?:{mw})(?:\W{{0,2}}|(?: [\w-]+){{1,4}}(?: \(|, ))$",
                                                           t[max(0, m.start() - 60):m.start()]):
            continue                 # "UNICEF": a UN body unless called a mission ("VN-missie UNDOF")
        e = m.end() if tail and tail not in heads and tail.lower() not in _stop_words() else m.end("a")
        acronyms.append((m.start(), e, a, key))
    tailed: dict[str, set[str]] = {}
    for s, e, a, _ in acronyms:
        if e > s + len(a):
            tailed.setdefault(a, set()).add(fold(t[s:e]).replace(" ", "-"))
    for s, e, a, key in acronyms:
        # "EUAM" after "EUAM Irak": the one named form of that short form
        own = _own_key(t[s:e]) if e > s + len(a) else \
            "mission-" + (next(iter(tailed[a])) if len(tailed.get(a, ())) == 1 else fold(a))
        tail = t[s + len(a) + 1:e]
        if tail and ("/" in tail or _is_place(tail, gaz)) and not _gaz_key(t[s:e], gaz):
            # "EUTM Mozambique", "EUFOR Tchad/RCA": not the gazetteer's "EUTM" / "EUFOR" (another mission)
            ent = gazetteer("missions").lookup(a) if gaz else None
            other = ent is not None and any(lb.startswith(a + " ") for lb in ent.labels)
            own = ent.id if ent is not None and not other else "mission-" + fold(t[s:e]).replace(" ", "-")
            col.add(s, e, 6, key=own)
            continue
        if e == s + len(a) and len(tailed.get(a, ())) == 1 and not key:
            key = "mission-" + next(iter(tailed[a]))
        col.add(s, e, 2, key=key or _gaz_key(t[s:e], gaz) or own)
    for m in matches(R["contribution"], t, low):
        words = m.group("name").split(" ")
        caps = [w for w in words if w[:1].isupper()]
        if words[-1] in heads or any(re.search(r"(?:se|sche|ische)$", w) for w in caps) or \
                any(w in cues()["not_places"] or w.lower() in _stop_words() for w in caps):
            continue                 # "bijdrage aan de Verenigde Naties", "aan de Europese Unie"
        if _is_place(m.group("name"), gaz) or gaz and gazetteer("organisations").lookup(m.group("name")):
            continue
        col.add(m.start("name"), m.end("name"), 1,
                key=_gaz_key(m.group("name"), gaz) or _own_key(m.group("name")))
    _called_missions(t, low, gaz, col, heads, shorts)
    named = [x for x in _chain_appositions(t, col.chosen()) if not _exercise(t, x[0], x[1])]
    # "Civilian Joint Task Force (CJTF), een burgermilitie": called an organisation, in every form
    not_missions = {x[2].get("key") for x in named if apposed_kind(t, x[1])}
    named = [x for x in named if x[2].get("key") not in not_missions]
    generic = _Collector()
    for s, e, org, span in generic_org:
        generic.add(s, e, 2, generic=True, led_by=org, led_by_span=span)
    for rx in ("generic", "mission_place"):
        for m in matches(R[rx], t, low):
            if rx == "mission_place" and not _is_place(m.group("place"), gaz):
                continue
            generic.add(m.start(), m.end(), 1, generic=True)
    out: list[Mention | Relation] = []
    mentions: list[tuple[int, int, Mention]] = []
    lead_names = cues()["leading_org_prefixes"]
    for s, e, kw in named:
        attrs = {"key": kw["key"]}
        first = re.match(rf"(?:{alt(lead_names)}) ", t[s:e])
        if kw.get("led_by") or first:
            attrs["led_by"] = kw.get("led_by") or lead_names[first.group(0).strip()]
        mm = make(doc, v, "mission", s, e, label=kw.get("label"), attrs=attrs)
        if mm:
            mentions.append((s, e, mm))
            if kw.get("led_by_span"):
                _led_by(ctx, v, doc, mm, kw["led_by_span"], out)
    for s, e, kw in generic.chosen():
        if any(not (e <= a or s >= b) for a, b, _ in mentions):
            # "Europese missie EMASOH": the description and the name are one mention
            continue
        near = _nearest(s, e, mentions, t)
        if near is None:
            continue
        ns, ne, nm = near
        if 0 <= ns - e <= 2 or 0 <= s - ne <= 2:        # apposition
            s, e = min(s, ns), max(e, ne)
        mm = make(doc, v, "mission", s, e, attrs={"key": nm.attrs["key"], "generic": True})
        if mm:
            mentions.append((s, e, mm))
            if kw.get("led_by_span"):
                _led_by(ctx, v, doc, mm, kw["led_by_span"], out)
    mentions = _unique(mentions)
    _short_forms(t, mentions)
    out = [mm for _, _, mm in mentions] + [r for r in out if r.subject.key() in {m.key() for _, _, m in mentions}]
    _context_relations(doc, v, ctx, mentions, out)
    return out


def _defined_missions(t: str, gaz: bool, col: _Collector) -> dict[str, str]:
    """Mission names introduced with a short form ("United Nations Interim Force in Lebanon (UNIFIL)",
    "Combined Joint Task Force – Operation Inherent Resolve (CJTF-OIR)"): short form -> key.

    The whole defined name wins over a mission name inside it."""
    words = set(cues()["mission_words"]) | set(cues()["mission_name_heads"]) | {"Force", "Troepenmacht"}
    out: dict[str, str] = {}
    named_by = set(cues()["mission_words"])
    heads = set(cues()["org_head_words"]) - {"Force", "Forces"}   # "Interim Force": a mission
    for s, e, short, _, _ in defined_acronyms(t):
        parts = re.split(r"[\s\-]+", t[s:e])
        if not words & set(parts) or _PART_OF.match(t, e) and "Force" in t[s:e]:
            continue                 # not "Maritime Task Force (MTF) van UNIFIL": a force of a mission
        if parts[-1] in heads and not named_by & set(parts):
            continue                 # "Multilateral Sanctions Monitoring Team (MSMT)": a body, not a mission
        if parts[-2:] == ["Task", "Force"] and len(parts) > 2 and not named_by & set(parts):
            continue                 # "Redeployment Task Force (RTF)": a unit, not a mission
        if gaz and not _gaz_key(short, gaz) and (gazetteer("organisations").lookup(short)
                                                 or gazetteer("organisations").lookup(t[s:e])):
            continue                 # "Financial Action Task Force (FATF)": a known body
        key = _gaz_key(short, gaz) or _gaz_key(t[s:e], gaz) or _own_key(t[s:e])
        col.add(s, e, 7, key=key)
        out[short] = key
    return out


_PART_OF = re.compile(r"(?: \([^()]{1,12}\))? van (?:de |het )?[A-Z]")


@lru_cache(maxsize=1)
def _mission_words() -> frozenset[str]:
    return frozenset(cues()["mission_words"]) | frozenset(cues()["mission_name_heads"])


def _called_missions(t: str, low: str, gaz: bool, col: _Collector, heads: set[str], shorts: dict[str, str]) -> None:
    """Names the context calls a mission: an apposition ("X, een operatie van ..."), taking part
    ("deel aan X"), a contribution's purpose ("100 militairen voor X") and a described mission
    with its short form ("VN-missie ter ondersteuning van ... (UNMHA)")."""
    R = _res()
    for rx in ("apposition", "takes_part", "unit_for"):
        for m in matches(R[rx], t, low):
            name = m.group("name")
            words = name.split(" ")
            if words[-1] in heads or words[0].lower() in _stop_words() or _is_place(name, gaz) or \
                    any(w in cues()["not_places"] for w in words) or re.search(r"(?:se|sche)$", words[0]):
                continue
            if gaz and (gazetteer("organisations").lookup(name) or gazetteer("states").lookup(name)):
                continue
            if rx == "unit_for" and m.group("p") == "bij" and not _mission_words() & set(words):
                continue             # "stafofficieren bij de ... Coordination Cell": a staff, no mission
            if rx == "unit_for" and _PART_OF.match(t, m.end("name")) and not _mission_words() & set(words):
                continue             # "officieren aan de Maritime Task Force (MTF) van UNIFIL": a part of one
            col.add(m.start("name"), m.end("name"), 1, key=_gaz_key(name, gaz) or _own_key(name))
    for m in matches(R["described"], t, low):
        key = _gaz_key(m.group("short"), gaz) or _own_key(t[m.start():m.end("desc")])
        col.add(m.start(), m.end("desc"), 7, key=key, led_by=m.group("org"), led_by_span=(m.start("org"), m.end("org")))
        shorts.setdefault(m.group("short"), key)
        for sm in re.finditer(rf"(?<![\w-]){re.escape(m.group('short'))}(?![\w-])", t):
            col.add(sm.start(), sm.end(), 6, key=key)


def _chain_appositions(t: str, chosen: list[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """Names standing side by side ("NAVO-troepenmacht in Litouwen enhanced Forward Presence") are one mission."""
    out = [(s, e, dict(kw)) for s, e, kw in chosen]
    for a in range(len(out) - 1):
        s1, e1, k1 = out[a]
        s2, e2, k2 = out[a + 1]
        if s2 - e1 <= 2 and not t[e1:s2].strip(" (") or t[e1:s2] == ", " and t[s2:e2].isupper() and t[e2:e2 + 1] == ",":
            key = k1["key"] if not k1["key"].startswith("mission-") else k2["key"]
            k1["key"] = k2["key"] = key
            k2.setdefault("led_by", k1.get("led_by"))
            k1.setdefault("led_by", k2.get("led_by"))
    return out


def _short_forms(t: str, mentions: list[tuple[int, int, Mention]]) -> None:
    """"EUFOR" or "Althea" after "EUFOR Althea": one word of a longer mission name, standing alone, names it
    (where it closes or opens only one such name)."""
    keys: dict[str, set[str]] = {}
    for s, e, mm in mentions:
        words = t[s:e].split()
        if len(words) >= 2:
            for w in (words[0], words[-1]):
                keys.setdefault(w, set()).add(mm.attrs["key"])
    for s, e, mm in mentions:
        w = t[s:e]
        if w[:1].isupper() and not any(c.isspace() for c in w) and len(keys.get(w, ())) == 1:
            mm.attrs["key"] = next(iter(keys[w]))


def _is_place(name: str, gaz: bool) -> bool:
    if not gaz:
        return False
    from ._common import states
    return bool(gazetteer("places").lookup(name) or states().lookup(name))


def _nearest(s: int, e: int, mentions, t: str):
    """The named mission closest to the description at [s:e], preferring one in the same line."""
    best, dist = None, None
    for ns, ne, nm in mentions:
        if nm.attrs.get("generic"):
            continue
        d = ns - e if ns >= e else s - ne
        if dist is None or d < dist:
            best, dist = (ns, ne, nm), d
    return best


def _unique(mentions):
    """Mentions sorted and unique by span."""
    seen = {}
    for s, e, mm in sorted(mentions, key=lambda x: (x[0], -x[1])):
        seen.setdefault((s, e), (s, e, mm))
    return list(seen.values())


def _org_at(ctx, v, cs: int, ce: int) -> Mention | None:
    s, e = v.to_original(cs, ce)
    for m in ctx.mentions:
        if m.kind == "organisation" and m.start <= s and e <= m.end + 1 and m.end > s:
            return m
    return None


def _led_by(ctx, v, doc: Document, mission: Mention, span: tuple[int, int], out: list) -> None:
    org = _org_at(ctx, v, *span)
    if org is not None:
        _add_led(doc, mission, org, out)


def _context_relations(doc: Document, v, ctx, mentions, out: list) -> None:
    """led_by from "door X geleide" / "onder leiding van X" / "X van de ORG"; operates_in from "in PLACE"."""
    t = v.clean
    R = _res()
    orgs = [m for m in ctx.mentions if m.kind == "organisation"]
    places = [m for m in ctx.mentions if m.kind == "place"]
    named = [(s, e, mm) for s, e, mm in mentions if not mm.attrs.get("generic")]
    if not named:
        return
    for s, e, mm in mentions:
        rest = t[e:e + 160]
        # operates_in: "<mission> in (de) <place>( en (de) <place>)*", possibly after ", genaamd X,"
        m = re.match(r"(?:, genaamd [^,]+)?,?(?:[^.;]{0,60}? (?:opereert|opereerde|opereren|is actief|was actief|zijn actief|"
                     r"patrouilleert|is gestationeerd|is gelegerd|werkt|is ingezet))? in (?:de |het )?", rest)
        pos = e + m.end() if m else None
        while pos is not None:
            pl = _mention_at(places, v, pos)
            if pl is None:
                break
            out.append(Relation("operates_in", mm, pl, mm.start, pl.end, doc.text[mm.start:pl.end]))
            after = v.to_clean(pl.end)
            m2 = re.match(r",? (?:en )?(?:de |het )?(?:westelijke |oostelijke |noordelijke |zuidelijke )?", t[after:after + 30])
            pos = after + m2.end() if m2 and m2.group(0).strip(", ") else None
        # "Atalanta van de EU", "Ocean Shield van de Navo"
        m = re.match(r" van de ", rest)
        if m:
            org = _mention_at(orgs, v, e + m.end())
            if org is not None and org.type == "international_organisation":
                _add_led(doc, mm, org, out)
    for key in ("led_door", "led_onder"):
        for m in R[key].finditer(t):
            org = _mention_at(orgs, v, m.start("org"))
            if org is None:
                continue
            # the mission: in the same phrase, else the nearest one before it (anaphora)
            cands = [x for x in named if x[0] <= m.start() + 5 and x[0] >= m.start() - 220]
            inside = [x for x in named if m.start() <= x[0] <= m.end() + 3]
            target = (inside or cands[-1:] or [None])[0] if (inside or cands) else None
            if target is not None:
                _add_led(doc, target[2], org, out)


def _add_led(doc: Document, mission: Mention, org: Mention, out: list) -> None:
    if any(isinstance(r, Relation) and r.predicate == "led_by" and r.subject.key() == mission.key() for r in out):
        return
    s, e = min(mission.start, org.start), max(mission.end, org.end)
    out.append(Relation("led_by", mission, org, s, e, doc.text[s:e]))


def _mention_at(ms: list[Mention], v, clean_pos: int) -> Mention | None:
    s, _ = v.to_original(clean_pos, clean_pos + 1)
    for m in ms:
        if m.start == s:
            return m
    return None



def _own_key(name: str) -> str:
    """Key of an unknown mission by its own name: "EUNAVFOR MED Irini" and "Operatie Irini" are both Irini."""
    words = name.split(" ")
    while len(words) > 1 and words[0].isupper() and not _is_place(" ".join(words[1:]), True):
        words.pop(0)                     # but "EULEX Kosovo" is not Kosovo
    return "mission-" + fold(" ".join(words)).replace(" ", "-")
