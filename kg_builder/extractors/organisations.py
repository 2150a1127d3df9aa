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
from ..numbers import word_value
from ..registry import extractor
from ..textview import _stop_words
from ..vocab import KGB
from ._common import (CAPWORD, Spans, acts_as_state, alt, capital_acts, coordinated_group, cues, defined_acronyms,
                      demonym_alternation, demonym_state, in_caps_line, make, matches, states, view)

VERSION = "1"

_CAPW = rf"(?:{CAPWORD}|[A-Z]{{2,}}\w*)"
_COMMITTEE = re.compile(
    rf"(?<![\w-])(?P<adj>(?:[Vv]aste|[Aa]lgemene|[Bb]ijzondere|[Tt]ijdelijke|[Pp]arlementaire) )?"
    rf"(?P<head>[Kk]amercommissies?|[Cc]ommissies?) (?P<voor>voor )?"
    rf"(?P<words>{_CAPW}(?: {_CAPW})*(?:(?:, {_CAPW}(?: {_CAPW})*)* en {_CAPW}(?: {_CAPW})*)?)"
    rf"(?![\w-])")
_NAMED_COMMITTEE = re.compile(rf"(?<![\w-])[Cc]ommissie-{CAPWORD}")
# "Tweede Kamer der Staten-Generaal2020-2021nr. 21": a PDF header may glue the session year to the name
_LOCATIVE_BEFORE = re.compile(r"(?<![\w-])(?:in|naar|bij|op|uit|vanuit|voor) (?:het|de) $")
_CHAMBER = re.compile(r"(?<![\w-])(?:(?P<which>Tweede|Eerste) )?Kamer(?P<sg> der Staten-Generaal)?(?:(?![\w-])|(?<=Generaal)(?=\d))")
_FRACTIE = re.compile(r"(?<![\w-])(?:(?P<p1>[A-Z][\w/]*(?:-[A-Z][\w/]*)?)-fractie|fractie van (?:de |het )?(?P<p2>[A-Z][\w/\-]*(?: [A-Z][a-z][\w\-]*){0,2}))(?![\w-])")


@lru_cache(maxsize=1)
def _unit_tails() -> list[str]:
    """Lower-case unit words ending a compound unit name ("Pantserinfanteriebataljon")."""
    return sorted({w.lower() for w in cues()["unit_words"]}, key=len, reverse=True)


def _portfolios() -> str:
    return alt(load_language_data("nl")["persons"]["portfolios"])


@lru_cache(maxsize=1)
def _res():
    c = cues()
    dem = demonym_alternation()
    arab_part = alt(c["arabic_particles"])
    arab_tok = rf"(?:(?:al|el|as|ash|ad|an|ar|at|az)-{U}[\w'’]*|{U}[\w'’]*(?:-[A-Z]{{2,4}}(?![\w'’-])|-{U}[a-zà-ÿ][\w'’]*)*|(?:{arab_part})(?![\w'’]))"
    ships = alt(c["ship_prefixes"])
    heads = {t: alt(c[k]) for t, k in (("militia", "militia_heads"), ("terrorist_organisation", "terrorist_heads"),
                                        ("armed_group", "armed_heads"))}
    item = rf"(?:(?:de |het )?(?:{arab_tok})(?: (?:{arab_tok})){{0,5}})"
    return {
        "ministry": re.compile(rf"(?<![\w-])(?:(?P<adj>{dem}) )?[Mm]inisterie van (?P<pf>{_portfolios()}|{U}{LETTER}+(?:(?:, | en | )(?!Zaken\b){U}{LETTER}+){{0,3}})(?![\w])"),
        # "parlement van Kosovo", "de regering-Hadi": a body named by its state or leader
        "body_of": re.compile(rf"(?<![\w-])(?P<w>parlement|regering|kabinet)(?: van |(?<=regering)-)"
                              rf"(?:(?P<role>premier|president|generaal|kolonel) |(?P<de>de ))?(?P<n>[A-Z]{{2,5}}(?![\w-])|{CAPWORD}(?: {CAPWORD}){{0,2}})"),
        # "de rechtbank Rotterdam", "het gerechtshof Den Haag", "de Ondernemingskamer van het gerechtshof Amsterdam"
        # (a second word in camel case is the party before the court: "de rechtbank Haarlem DigiNotar")
        "court": re.compile(rf"(?<![\w-])(?:{U}{LETTER}+ van (?:het|de) )?(?P<w>{alt(c['court_words'])}) "
                            rf"(?P<n>{CAPWORD}(?: (?:aan|op|in)(?: den| de)? {CAPWORD}| (?![\w-]*[a-z][A-Z]){CAPWORD})?)(?![\w-])"),
        # "de gemeente Assen", "de Veiligheidsregio Zuid-Limburg", "de politie-eenheid Noord-Nederland": a local body
        "local_body": re.compile(rf"(?<![\w-])(?P<w>{alt(c['local_bodies'])}) (?P<n>{CAPWORD}(?: {CAPWORD})?)(?![\w-])"),
        # "het speciale hof van assisen", "het Brusselse hof van assisen": a court named by its kind
        "court_kind": re.compile(rf"(?<![\w-])(?:(?P<adj>{dem}|[a-zà-ÿ]+e|{U}[a-zà-ÿ]+se) )?(?P<w>{alt(c['court_kinds'])})(?![\w-])"),
        "junta": re.compile(rf"(?<![\w-])(?:(?P<adj>{dem}|militaire) )junta(?![\w-])"),
        "government": re.compile(rf"(?<![\w-])(?:(?P<adj>{dem}|toenmalige|huidige|vorige|demissionaire) )?"
                                 rf"(?P<w>kabinet|regering|ministerraad)(?![\w-])"),
        # "de Raad van de West-Europese Unie", "het Gerecht van eerste aanleg van de Europese Gemeenschappen":
        # an organ named with the international organisation it belongs to
        "organ_of": re.compile(rf"(?<![\w-])(?:{alt(c['organ_words'])}) (?:van de|der) (?:{alt(c['organ_parents'])})(?![\w-])"),
        # "het Sanctiecomité 1267 van de VN-Veiligheidsraad": a body named by its task, of an international organisation
        "committee_of": re.compile(rf"(?<![\w-]){U}{LETTER}+comité(?: \d{{2,4}})?(?P<of> van de (?:VN-)?Veiligheidsraad"
                                   rf"| van de (?:VN|Verenigde Naties|EU|Europese Unie|NAVO|AU|Afrikaanse Unie|OVSE))?(?![\w-])"),
        # "de Noorse Arbeiderspartij", "de DEM-partij": another country's party
        "foreign_party": re.compile(rf"(?<![\w-])(?:(?:{dem}) {U}{LETTER}*partij|[A-Z][A-Z0-9]{{1,5}}-partij)(?![\w-])"),
        # "de Amerikaanse Senaat", "de Nationale Assemblee": another country's chamber
        "foreign_chamber": re.compile(rf"(?<![\w-])(?:(?P<adj>{dem}) (?P<w>{alt(c['foreign_chambers'])})"
                                      rf"|(?P<n>{alt(c['named_chambers'])}))(?![\w-])"),
        "foreign_gov": re.compile(rf"(?<![\w-])(?P<adj>{dem}) (?:[a-zà-ÿ]+e )?(?P<w>autoriteiten|regime|overheid|parlement|"
                                  rf"overgangsregering|interim-regering|interimregering|eenheidsregering|overgangsraad)(?![\w-])"),
        # "Diehl Defence", "Damen Shipyards", "Acme B.V.": a name with a company suffix; "het bedrijf X"
        "company_suffix": re.compile(rf"(?<![\w-])(?:{CAPWORD} ){{1,4}}(?:{alt([x for x in c['company_suffixes'] if x != 'Group'])})"
                                     rf"(?!\w)(?!-(?![a-z]))(?! {U})"),     # "Northwest Airlines-vlucht 253"
        "company_named": re.compile(rf"(?<![\w-])(?:[a-z]+)?(?:bedrijf|fabrikant|rederij|scheepswerf|wapenproducent|bank) "
                                    rf"(?P<n>{CAPWORD}(?: {CAPWORD}){{0,2}})(?![\w-])"),
        # a name written in camel case is a firm's or a brand's: "GitHub", "MediaMarkt", "TotalEnergies"
        "camel_case": re.compile(r"(?<![\w-])(?!Mc|Mac)[A-Z][a-z]{2,}[A-Z][a-z]{2,}[A-Za-z]*(?![\w-])"),
        # threat-actor designations: "APT28", "Storm-1516", "UNC2452"
        "threat_actor": re.compile(r"(?<![\w-])(?:APT|UNC|TA|Storm-|DEV-)\d{1,4}(?![\w-])"),
        "regime_of": re.compile(rf"(?<![\w-])(?:regime van |regime-)(?P<n>{CAPWORD}(?: (?:{CAPWORD}|(?:al|el|ad|as|an)-{U}[\w'’]*)){{0,2}})"
                                rf"|(?<![\w-])(?P<n2>{U}{LETTER}+)-regime(?![\w-])"),    # "het Assad-regime"
        "forces": re.compile(rf"(?<![\w-])(?P<a1>(?:{dem})|{U}{LETTER}+(?:-{U}{LETTER}+)?e)(?: en (?P<a2>(?:{dem})|{U}{LETTER}+e))? "
                             rf"(?:(?P<mod>{alt(c['forces_modifiers'])}) )?(?P<w>{alt(c['forces_nouns'])})(?![\w-])"),
        # "het Russische Onderzoekscomité", "het Poolse Openbaar Ministerie": a state's body, apart from its army
        "service": re.compile(rf"(?<![\w-])(?P<adj>{dem}) (?P<w>{alt(c['service_nouns'])})(?![\w-])"),
        # "Defensie bestelde munitie", "ProRail, de KMar en Defensie werken samen": a ministry by its portfolio
        # "Volgens Defensie …", "stuurt Defensie twee …", "een toestel van Defensie" (the owner's noun is checked
        # against portfolio_holders where the matches are read)
        "bare_ministry": re.compile(rf"(?:^|(?<=[.;:]\s)|(?<=\n)|(?<=\sen\s)|(?<=[a-z]{{3}}[dt]e\s)|(?<=[a-z]{{3}}[dt]en\s)"
                                    rf"|(?<=[Vv]olgens\s)|(?<=[a-z]{{3}}t\s)|(?<=\svan\s))"
                                    rf"(?P<n>{alt(c['bare_ministries'])})"
                                    rf"(?=\s+[a-z])(?!\s+(?:en|of|van|voor)\b)"),
        # "de regiopolitie Rotterdam-Rijnmond", "de politie van Greater Manchester": a force named by its region
        "regional_police": re.compile(rf"(?<![\w-])(?:[Rr]egiopolitie|[Pp]olitieregio|[Pp]olitie van) "
                                      rf"{CAPWORD}(?:[ -]{CAPWORD}){{0,2}}(?![\w-])"),
        "national_body": re.compile(rf"(?<![\w-])(?:[Dd]e |[Hh]et )(?P<n>{alt(c['national_bodies'])})(?![\w-])"),
        "unit": re.compile(rf"(?<![\w-])\d{{1,3}}(?:e|ste|de) (?:{alt(c['unit_words'])})(?![\w-])"),
        # "13 Lichte Brigade", "45 Pantserinfanteriebataljon Oranje Gelderland", "Panzerbrigade 45", "B-compagnie",
        # "1 Duits-Nederlandse Legerkorps", "1 (Duits-Nederlandse) Legerkorps"
        "unit_named": re.compile(
            rf"(?<![\w.,-])\d{{1,3}} (?:{U}[a-zà-ÿ]+(?:-{U}[a-zà-ÿ]+)? |\({U}[a-zà-ÿ]+(?:-{U}[a-zà-ÿ]+)?\) )?"
            rf"(?:{alt(c['unit_words'])}|{U}[a-zà-ÿ]+(?:{alt(_unit_tails())}))"
            rf"(?: {U}[a-zà-ÿ]+){{0,2}}(?![\w-])"
            rf"|(?<![\w-]){U}[a-zà-ÿ]*(?:{alt(_unit_tails())}) \d{{1,3}}(?![\w.,-])"
            rf"|(?<![\w-])[A-F]-(?:compagnie|Compagnie)(?![\w-])"),
        # "Combined Task Force 150", "CTF 151", "Task Group 2.1"; "de Amerikaanse Vijfde Vloot"
        "numbered_unit": re.compile(rf"(?<![\w-])(?:{alt(c['numbered_unit_heads'])}) \d{{1,3}}(?:\.\d{{1,2}})?(?![\w,-]|\.\d)"),
        "ordinal_unit": re.compile(rf"(?<![\w-])(?:(?:{dem}) )?(?:{alt(c['unit_ordinals'])}) (?:{alt(c['ordinal_unit_words'])})(?![\w-])"),
        # "ASML heeft …", "ASML, met … medewerkers, heeft …": an unknown acronym as a sentence's subject
        "subject_acronym": re.compile(rf"(?:^|(?<=[.!?:] )|(?<=\n))(?P<n>[A-Z]{{3,6}})(?=(?:,(?:[^,.;()]|(?<=\d)\.(?=\d)){{3,80}},)? "
                                      rf"(?:{alt(c['state_verbs'])})\b)"),
        "capital": re.compile(rf"(?<![\w-])(?:{alt(c['capitals'])})(?![\w-])"),
        # "De Chinese ambassade heeft … ontkend": an embassy that acts is a body, not a building
        "embassy": re.compile(rf"(?<![\w-])(?P<adj>{dem}) ambassade(?= (?:{alt(c['state_verbs'])})\b)"),
        "article_acronym": re.compile(r"(?<![\w-])(?:[Dd]e|[Hh]et|[Dd]oor de|[Vv]an de) (?P<n>[A-Z]{2,6}(?:-[A-Z][a-z]+)?)(?![\w-])"),
        "org_of": re.compile(rf"(?<![\w-])(?:[\w]+-)?(?P<w>(?i:{alt(c['org_of_words'])})) van (?:de |het )?"
                             rf"(?P<n>[A-Z]{{3,6}})(?![\w-])"),
        "companies": re.compile(rf"(?<![\w-])(?i:{alt(c['company_heads'])})(?: als| zoals|,? waaronder|,? onder andere) "
                                rf"(?P<list>{_CAPW}(?:(?:, | en | of ){_CAPW})*)"),
        # "tanker Eventin", and compounds: "onderzoeksschip Yantar", "chemicaliëntanker Hellas Venture"
        "ship_word": re.compile(rf"(?<![\w-])[a-zà-ÿ]*(?:{alt(c['ship_words'])}) (?P<n>(?!(?:{ships}) )(?:{U}[\w'’\-]*|\d+)"
                                rf"(?: (?:(?:de|van|der|den) )?(?:{U}[\w'’\-]*|\d+)){{0,2}})"),
        "ship": re.compile(rf"(?<![\w])(?P<prefix>{ships}) ?(?P<n>(?:(?:De|Van|de|van|der|den) )*{CAPWORD}"
                           rf"(?: (?:de |van |der |den |of |of the )*{CAPWORD}| [A-Z]\.(?= {CAPWORD})){{0,3}})"),   # "USS Gerald R. Ford", "HMS Prince of Wales"
        "arabic": re.compile(rf"(?<![\w'’-])(?:{alt(c['arabic_org_heads'])})(?: (?:{arab_tok})){{1,5}}(?![\w-])"),
        "coalition": re.compile(r"(?<![\w-])(?P<full>(?:(?:internationale|mondiale|anti-(?:ISIS|IS|ISIL|Daesh))[- ])?coalitie)(?![\w-])"),
        "lists": [(t, re.compile(rf"(?<![\w-])(?i:{h})(?![\w-])[^.;:()]{{0,60}}?\b(?:zoals|als|waaronder|onder andere)"
                                 rf" (?P<list>{item}(?:(?:, | en ){item})*)")) for t, h in heads.items()],
        # Pashto/Persian names with an ezafe: "Hezb-e-Islami", "Lashkar-e-Taiba", "Tehrik-i-Taliban"
        "ezafe": re.compile(rf"(?<![\w-])(?:{alt(c['arabic_org_heads'])})-[ei]-{U}[\w'’]+(?:-{U}[\w'’]+)?(?![\w-])"),
        # "Madkhali-brigades", "Sultan Murad-divisie", "Janjaweed-milities", "Russisch Vrijwilligerskorps"
        "group_compound": re.compile(rf"(?<![\w-])(?P<n>(?:{CAPWORD} (?:(?:al|el|as|ad|an|ar|at|az)-{CAPWORD} )?){{0,2}}"
                                     rf"(?:(?:al|el|as|ad|an|ar|at|az)-)?{CAPWORD})"
                                     rf"-(?P<h>brigades?|divisie|milities?)(?![\w-])"),
        # "de Oekraïense militaire inlichtingendienst HUR", "de bendecoalitie Viv Ansanm": a name after its kind
        "named_by_head": re.compile(rf"(?<![\w-])(?P<h>{alt(c['named_by_head'])}) (?P<n>[A-Z]{{2,6}}(?![\w-])|"
                                    rf"{arab_tok}(?: (?:de|del|de la|de los|de las|do|da|dos) {U}[\w'’]*|"
                                    rf" {arab_tok}){{0,3}}(?: \d{{1,3}}(?![\w-]|[.,]\d))?)"),   # "de bende Tren de Aragua", "Tsav 9"
        # the name before an apposition found by _APPOSED (matched on the text that ends there)
        "apposed": re.compile(rf"(?<![\w'’-])(?P<n>{_CAPW}(?:[ \n-](?:(?:of|for|the|and|van|voor|de|al|el|wal) |"
                              rf"(?:al|el|ad|an|ar|as|ash|at|az)-)?{_CAPW}){{0,5}})$"),
        "militia_named": re.compile(rf"(?<![\w-])[Mm]ilitie (?P<n>{arab_tok}(?: {arab_tok}){{0,4}})"),
        "org_chunk": re.compile(rf"(?<![\w-])(?P<n>(?:{U}[\w'’\-]*)(?: (?:(?:en|of|for|to|the|and|van|voor|de los|de las|"
                                rf"de|du|des|de la|del|et|pour|pour la|pour le|pour les) )?"
                                rf"(?:{U}[\w'’/\-]*)){{1,8}})"),
        "compound_unit": re.compile(rf"(?<![\w-])(?:[A-Z]{{2,5}}[ -]|(?<=[a-z] )(?!(?:{dem})\b){U}{LETTER}+e )?{U}{LETTER}+-?(?P<sfx>{alt(c['body_suffixes'])})"
                                    rf"(?: Nederland|(?: \d{{3,6}}(?![\d,.]))?(?: (?:voor|van) (?:de |het )?"
                                    rf"(?!{U}{LETTER}*(?:se|sche)\b)(?:[A-Z]{{2,5}}-)?{CAPWORD}(?: {CAPWORD}){{0,2}}"
                                    rf"(?:(?:, | en ){CAPWORD})*)?)"
                                    rf"(?![\w-])"),
        # "het NAVO-ruimtecentrum", "het EU-satellietcentrum": a body of an organisation, named by a compound
        "org_compound": re.compile(r"(?<![\w-])(?:NAVO|NATO|EU|VN|OVSE)-[a-z]{3,}(?:centrum|agentschap|commando|hoofdkwartier)(?![\w-])"),
        # "eenheid 26165": a unit named by its number
        "unit_number": re.compile(r"(?<![\w-])(?:[Ee]enheid|[Mm]ilitaire eenheid|[Uu]nit) \d{4,6}(?![\d\w-])"),
        # "De Reuzenbrigades", "de Dorpsmilities": one compound word naming armed groups
        # "de Spoorwegpolitie", "de Zeepolitie": a service named in one capitalised word ending in a force
        "force_word": re.compile(rf"(?:(?<=[Dd]e )|(?<=[Hh]et ))(?P<n>{U}{LETTER}{{3,}}(?:politie|marechaussee|recherche|"
                                 rf"kustwacht|brandweer|inlichtingendienst|veiligheidsdienst))(?![\w-])"),
        "group_word": re.compile(rf"(?<=[Dd]e )(?P<n>{U}{LETTER}{{3,}}(?:brigades|brigade|milities|militie))(?![\w-])"),
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
    low = t.lower()
    R = _res()
    gaz = ctx.use_gazetteer
    col = _Collector()

    # -- committees, chambers, ministries, governments (patterns: on with and without gazetteer)
    for m in matches(_COMMITTEE, t, low):
        if not (m.group("adj") or m.group("voor") or m.group("head")[0] == "C") or \
                min(len(w) for w in re.findall(r"[A-Z]\w*", m.group("words"))) < 3:
            continue
        label = m.group(0)
        canonical = bool(m.group("adj")) and m.group("head").lower() == "commissie"
        col.add(m.start(), m.end(), 5, type="committee", key=_committee_key(label),
                canonical=canonical)
    for m in matches(_NAMED_COMMITTEE, t, low):
        col.add(m.start(), m.end(), 5, type="committee", key="committee-" + fold(m.group(0)).replace(" ", "-"))
    chamber = _doc_chamber(doc, t)
    for m in matches(_CHAMBER, t, low):
        if m.group("which"):
            key = fold(f"{m.group('which')} Kamer").replace(" ", "-")
            col.add(m.start(), m.end(), 4, type="chamber", key=key, canonical=bool(m.group("sg")))
        else:
            col.add(m.start(), m.end(), 4, type="chamber",
                    key=fold(chamber).replace(" ", "-") if chamber else "kamer")
    for m in matches(R["ministry"], t, low):
        st = demonym_state(m.group("adj")) if m.group("adj") else None
        owner = "" if not st or st.id == "netherlands" else st.id + "-"
        s = m.start() if owner else m.start() + len(m.group("adj") or "") + (1 if m.group("adj") else 0)
        e = m.end()
        where = re.match(rf" in (?P<p>{CAPWORD}(?:[ -]{CAPWORD})?)(?![\w-])", t[e:e + 40])
        place = where and (states().lookup(where.group("p")) or gaz and gazetteer("places").lookup(where.group("p")))
        if place and "netherlands" not in (place.id, place.located_in):
            e += where.end()         # "het ministerie van Volksgezondheid in Gaza": another country's ministry
            owner = owner or fold(where.group("p")).replace(" ", "-") + "-"
        col.add(s, e, 4, type="ministry", key=f"ministry-{owner}" + fold(m.group("pf")).replace(" ", "-"))
    for m in matches(R["bare_ministry"], t, low):
        before = t[max(0, m.start() - 60):m.start()]
        owner = re.search(r"(?<![\w-])([a-z]{4,}) van\s+$", before)
        if owner and owner.group(1) not in cues()["portfolio_holders"] and not owner.group(1).endswith("ministers"):
            pass                     # "een toestel van Defensie": the ministry owns it
        elif re.search(r"(?:van|voor|[Mm]inisterie|[Mm]inister|[Cc]ommissie|[Ss]taatssecretaris)\s+(?:[A-ZÀ-Þ][\w-]*,?\s+)*(?:en\s+)?$",
                       before):
            continue                 # "commissie voor Buitenlandse Zaken en Defensie": a portfolio, not the ministry
        col.add(m.start(), m.end(), 3, type="ministry", key="ministry-" + fold(m.group("n")).replace(" ", "-"))
    for m in matches(R["body_of"], t, low):
        # "parlement van Kosovo", "regering van premier Thaçi": a body named by its state or leader
        st = states().lookup(m.group("n")) if not m.group("role") else None
        region = gazetteer("places").lookup(m.group("n")) if gaz and m.group("de") else None
        if m.group("de") and not (st or m.group("n").isupper() or region is not None and region.type == "region"):
            continue                 # "de regering van de Bahama's", "het parlement van de Republika Srpska"; not "van de Raad"
        if not m.group("role") and not (st or region or m.group("n").isupper()
                                        or " " not in m.group("n") and not _stops_name(m.group("n"))):
            continue
        owner = st.id if st else fold(m.group("n")).replace(" ", "-")
        typ = "chamber" if m.group("w") == "parlement" else "government"
        col.add(m.start(), m.end(), 4, type=typ, key=f"{m.group('w')}-{owner}")
    for m in matches(R["court"], t, low):
        if states().lookup(m.group("n")) or m.group("n").split(" ")[0] in ("De", "Het", "In", "Op"):
            continue
        col.add(m.start(), m.end(), 4, type="other", key="court-" + fold(m.group(0)).replace(" ", "-"))
    for m in matches(R["local_body"], t, low):
        if m.group("w").lower() == "gemeente" and re.search(r"(?<![\w-])(?:in|uit|bij|naar|binnen|buiten) (?:de )?$",
                                                             t[max(0, m.start() - 10):m.start()]):
            continue               # "in de gemeente Meerssen": where, a place
        col.add(m.start(), m.end(), 4, type="government" if m.group("w").lower() == "gemeente" else "other",
                key="local-" + fold(m.group(0)).replace(" ", "-"))
    for m in matches(R["court_kind"], t, low):
        adj = m.group("adj")
        if adj and adj.lower() in ("de", "het", "deze", "die", "dezelfde"):
            adj = None
        s = m.start() if adj else m.start("w")
        col.add(s, m.end(), 4, type="other", key="court-" + fold(t[s:m.end()]).replace(" ", "-"))
    for m in matches(R["junta"], t, low):
        st = demonym_state(m.group("adj"))
        col.add(m.start(), m.end(), 3, type="government", key="junta-" + (st.id if st else "local"))
    for m in matches(R["government"], t, low):
        if re.search(r"(?:^|\n)Brief $", t[max(0, m.start() - 7):m.start()]):
            continue               # "Brief regering": a web page's genre label
        adj = m.group("adj")
        st = demonym_state(adj) if adj else None
        owner = st.id if st else "netherlands"
        s = m.start("adj") if adj and (st or adj in ("toenmalige",)) else m.start("w")
        col.add(s, m.end(), 3, type="government", key=f"{m.group('w')}-{owner}")
    for m in matches(R["organ_of"], t, low):
        known = gaz and gazetteer("organisations").lookup(m.group(0))
        col.add(m.start(), m.end(), 4, type=known.type if known else "international_organisation",
                key=known.id if known else "body-" + fold(m.group(0)).replace(" ", "-"))
    for m in matches(R["committee_of"], t, low):
        col.add(m.start(), m.end(), 4, type="international_organisation" if m.group("of") else "other",
                key="body-" + fold(m.group(0)).replace(" ", "-"))
    for m in matches(R["foreign_party"], t, low):
        col.add(m.start(), m.end(), 3, type="party", key="party-" + fold(m.group(0)).replace(" ", "-"))
    for m in matches(R["foreign_chamber"], t, low):
        st = demonym_state(m.group("adj")) if m.group("adj") else None
        if st or m.group("n"):
            col.add(m.start(), m.end(), 3, type="chamber",
                    key=f"chamber-{st.id}-{fold(m.group('w'))}" if st else "chamber-" + fold(m.group("n")).replace(" ", "-"))
    for m in matches(R["foreign_gov"], t, low):
        st = demonym_state(m.group("adj"))
        if st:
            w = {"autoriteiten": "regering", "overheid": "regering"}.get(m.group("w"), m.group("w"))
            col.add(m.start(), m.end(), 3, type="government", key=f"{w}-{st.id}")
    regimes = {kw["key"] for s, e, p, kw in col.items if kw.get("key", "").startswith("regime-")}
    for m in matches(R["regime_of"], t, low):
        last = re.sub(r"^(?:al|el|ad|as|an)-", "", (m.group("n") or m.group("n2")).split(" ")[-1])   # "regime-Assad"
        key = next(iter(regimes)) if len(regimes) == 1 else "regime-" + fold(last)
        col.add(m.start(), m.end(), 3, type="government", key=key)
    synonyms = set(cues()["forces_synonyms"])
    for m in matches(R["forces"], t, low):
        if re.match(rf" {U}", t[m.end():m.end() + 2]):
            continue                     # "de Zweedse veiligheidsdienst Säpo": the name that follows is the body
        for g in ("a1", "a2"):
            adj = m.group(g)
            if not adj:
                continue
            st = demonym_state(adj)
            if st is None and not re.fullmatch(r"\w+(?:-\w+)?(?:sche|se|ische|aanse|ese|ense)", adj):
                continue
            w = f"{m.group('mod')} {m.group('w')}" if m.group("mod") else m.group("w")
            label = f"{adj} {w}"
            s = m.start(g)
            e = m.end() if g == "a1" and not m.group("a2") else (m.end("a1") if g == "a1" else m.end())
            branch = "" if w.lower() in synonyms else "-" + fold(w).replace(" ", "-")
            col.add(s, e, 2, type="other" if st else "armed_group", label=label,
                    key=f"forces-{st.id if st else fold(adj)}{branch}")
    for m in matches(R["service"], t, low):
        st = demonym_state(m.group("adj"))
        if st is not None and st.id != "netherlands":
            col.add(m.start(), m.end(), 3, type="other", key=f"service-{st.id}-" + fold(m.group("w")).replace(" ", "-"))
    ships: dict[str, str] = {}
    for m in matches(R["ship"], t, low):
        name = clean_label(m.group("n"))
        key = "ship-" + fold(name).replace(" ", "-")
        ships[name] = key
        col.add(m.start(), m.end(), 5, type="other", key=key)
    for m in matches(R["ship_word"], t, low):
        name = clean_label(m.group("n"))
        if name.split(" ")[0] in _not_org_words():
            continue
        key = "ship-" + fold(name).replace(" ", "-")
        ships[name] = key
        col.add(m.start("n"), m.end("n"), 5, type="other", key=key)
    for name, key in ships.items():
        for m in re.finditer(rf"(?:(?<=de )|(?<=De )){re.escape(name)}(?![\w-])", t):   # "De Tromp vertrok …"
            col.add(m.start(), m.end(), 1, type="other", key=key)
    for m in matches(R["coalition"], t, low):
        full = m.group("full")
        generic = full == "coalitie"
        if generic and (re.match(r" (?:troepen|bases|partners|landen|leden|lid)\b", t[m.end():m.end() + 10])
                        or re.search(r"(?<![\w-])(?:een|[Ee]en nieuwe|geen)\s+$", t[max(0, m.start() - 12):m.start()])):
            continue                 # "coalitietroepen"; "een coalitie onder Amerikaans bevel": no named body
        key = "coalition-anti-isis" if "anti" in full else ("coalition-international" if not generic else "coalition")
        col.add(m.start("full"), m.end(), 2, type="international_organisation", key=key,
                generic="coalitie" if generic else None)

    for m in matches(R["company_suffix"], t, low):
        first = m.group(0).split(" ")[0]
        if first in ("De", "Het", "Een", "In", "Op") or _IN_QUOTED_TITLE.search(t, max(0, m.start() - 80), m.start()) \
                and t[m.end():m.end() + 1] in "\"”»’'":
            continue                     # '"Active Engagement, Modern Defence"': the end of a quoted title
        s = m.start() + len(first) + 1 if demonym_state(first) and m.group(0).count(" ") > 1 else m.start()
        col.add(s, m.end(), 3, type="company", key="company-" + fold(t[s:m.end()]).replace(" ", "-"))  # not "Hongaarse"
    for m in matches(R["company_named"], t, low):
        if not states().lookup(m.group("n")):
            col.add(m.start("n"), m.end("n"), 2, type="company", key="company-" + fold(m.group("n")).replace(" ", "-"))
    for m in matches(R["threat_actor"], t, low):
        col.add(m.start(), m.end(), 3, type="other", key="org-" + fold(m.group(0)).replace(" ", "-"))
    for m in matches(R["regional_police"], t, low):
        col.add(m.start(), m.end(), 3, type="other", key="org-" + fold(m.group(0)).replace(" ", "-"))
    for m in matches(R["national_body"], t, low):
        col.add(m.start("n"), m.end("n"), 2, type="other", key="org-" + fold(m.group("n")).replace(" ", "-"))
    for m in matches(R["unit"], t, low):
        col.add(m.start(), m.end(), 3, type="other", key="org-" + fold(m.group(0)).replace(" ", "-"))
    for m in matches(R["unit_named"], t, low):
        name = _without_trailing_stop_words(m.group(0))   # "… 13 Lichte Brigade. De …" ends before "De"
        col.add(m.start(), m.start() + len(name), 3, type="other", key="org-" + fold(name).replace(" ", "-"))
    for R_key in ("numbered_unit", "ordinal_unit"):
        for m in matches(R[R_key], t, low):
            col.add(m.start(), m.end(), 4, type="other", key="org-" + fold(m.group(0)).replace(" ", "-"))
    for m in matches(R["org_of"], t, low):
        if not states().lookup(m.group("n")):
            col.add(m.start("n"), m.end("n"), 1, type=cues()["org_of_words"][m.group("w").lower()],
                    key="org-" + fold(m.group("n")))
    for m in matches(R["camel_case"], t, low):
        col.add(m.start(), m.end(), 1, type="company", key="company-" + fold(m.group(0)))
    for m in matches(R["companies"], t, low):
        for im in re.finditer(_CAPW, m.group("list")):
            s = m.start("list") + im.start()
            col.add(s, s + len(im.group(0)), 3, type="company", key="company-" + fold(im.group(0)).replace(" ", "-"))
    _acronym_names(t, gaz, col)

    # -- names of armed groups found by their shape or their place in a list
    orgs_gaz = gazetteer("organisations")
    org_hits = list(orgs_gaz.find(t)) if gaz else []
    known = [(a, b) for a, b, _ in org_hits]
    for m in matches(R["arabic"], t, low):
        if any(a <= m.start() and m.end() <= b and b - a > m.end() - m.start() for a, b in known):
            continue                 # "Jama'at Nusrat al-Islam wal-Muslimin": the gazetteer's longer name
        label = clean_label(m.group(0))
        e = orgs_gaz.lookup(label, fuzzy=True) if gaz else None
        col.add(m.start(), m.end(), 5, type=(e.type if e else "militia"),
                key=e.id if e else "fz-" + fuzzy_key(label).replace(" ", "-"))
    for typ, rx in R["lists"]:
        for m in matches(rx, t, low):
            base = m.start("list")
            for im in re.finditer(r"(?:^|(?<=, )|(?<= en ))[^,]+?(?=, | en |$)", m.group("list")):
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
    for m in matches(R["ezafe"], t, low):
        ge = orgs_gaz.lookup(m.group(0), fuzzy=True) if gaz else None
        col.add(m.start(), m.end(), 5, type=ge.type if ge else "armed_group",
                key=ge.id if ge else "fz-" + fuzzy_key(m.group(0)).replace(" ", "-"))
    for m in matches(R["group_compound"], t, low):
        words = m.group("n").split(" ")
        s = m.start()
        while len(words) > 1 and (words[0] in ("De", "Het", "Deze", "Die") or demonym_state(words[0])
                                  or words[0].lower() in _stop_words() or word_value(words[0].lower())):
            s += len(words.pop(0)) + 1   # "De Madkhali-brigades", "Libische Zintan-brigades"
        name = t[s:m.start("h") - 1]
        if states().lookup(name) or name in _not_org_words():
            continue
        ge = orgs_gaz.lookup(name, fuzzy=True) if gaz else None
        typ = ge.type if ge else ("armed_group" if m.group("h") == "divisie" else "militia")
        col.add(s, m.end(), 5, type=typ, key=ge.id if ge else "fz-" + fuzzy_key(name).replace(" ", "-"))
    for m in matches(R["named_by_head"], t, low):
        name = _without_trailing_stop_words(m.group("n"))
        if states().lookup(name) or name.split(" ")[0] in _not_org_words() \
                or name.split(" ")[0].lower() in _stop_words() or name.isupper() and t.startswith(" (", m.end("n")):
            continue                             # "JEM (Justice and Equality Movement)": the acronym finder links both
        ge = orgs_gaz.lookup(name, fuzzy=True) if gaz else None
        col.add(m.start("n"), m.start("n") + len(name), 2, type=ge.type if ge else cues()["named_by_head"][m.group("h")],
                key=ge.id if ge else "fz-" + fuzzy_key(name).replace(" ", "-"))
    for m in matches(R["militia_named"], t, low):
        ge = orgs_gaz.lookup(m.group("n"), fuzzy=True) if gaz else None
        col.add(m.start("n"), m.end("n"), 2, type=ge.type if ge else "militia",
                key=ge.id if ge else "fz-" + fuzzy_key(m.group("n")).replace(" ", "-"))

    # -- parties: from persons' "(PARTY)" and fracties
    for pm in ctx.of_kind("person"):
        ps = pm.attrs.get("party_span")
        if ps:
            cs, ce = v.to_clean(ps[0]), v.to_clean(ps[1] - 1) + 1
            label = _party_label(doc.text[ps[0]:ps[1]], t, gaz)
            col.add(cs, ce, 6, type="party", key="party-" + _party_id(label, gaz), name=label)
    for m in matches(_FRACTIE, t, low):
        p = m.group("p1") or m.group("p2")
        if not (gaz and gazetteer("parties").lookup(p)) and sum(c.isupper() for c in p) < 2:
            continue
        col.add(m.start(), m.end(), 6, type="parliamentary_group", key="party-" + _party_id(p, gaz), name=p)

    # -- gazetteers
    if gaz:
        for s, e, en in gazetteer("parties").find(t):
            col.add(s, e, 4, type="party", key="party-" + en.id, name=t[s:e])
        missions = [(a, b) for a, b, _ in gazetteer("missions").find(t) if " " in t[a:b]]
        for s, e, en in org_hits:
            if _LOCATIVE_BEFORE.search(t, max(0, s - 12), s) and gazetteer("places").lookup(t[s:e]):
                continue             # "in het Witte Huis": the building, where it happened
            if en.type == "company" and re.match(r" [A-Z]{0,3}-?\d", t[e:e + 6]):
                continue             # "een Airbus A330", "de Boeing 737": an aircraft, not the maker
            if en.id == "isis" and t[s:e] == "IS" and in_caps_line(t, s, e):
                continue
            if t[e:e + 1] != "-" and any(a <= s and e <= b for a, b in missions):
                continue
            xe = _extend(t, s, e)
            branch = re.match(rf"-{CAPWORD}(?![\w-])", t[e:e + 40])
            if xe == e and branch and en.type in ("terrorist_organisation", "armed_group", "militia") \
                    and states().lookup(branch.group(0)[1:]):
                xe = e + branch.end()    # "ISIS-Somalië": a regional branch
            if xe > e:                   # "ISIS-K", "Islamitische Staat in de Grote Sahara": another group
                col.add(s, xe, 4, type=en.type, key="org-" + fold(t[s:xe]).replace(" ", "-"))
            else:
                col.add(s, e, 4, type=en.type, key=en.id)
        _states(t, col)
    for m in matches(R["org_chunk"], t, low):
        _chunk(t, m, col)
    bodies = list(matches(R["compound_unit"], t, low))
    for m in bodies:
        # "de Onderzoeksraad" after "Onderzoeksraad voor Veiligheid": one body
        longer = {b.group(0) for b in bodies if b.group(0).startswith(m.group(0) + " ")}
        label = min(longer, key=len) if len(longer) == 1 else m.group(0)
        s = m.start()
        if not _named_before_head(t, s, m.start("sfx")) and re.search(rf"(?:^|\s)(?:[Ee]en|[Éé]én|twee|drie|vier|vijf|\d+)(?: {U}?{LETTER}+e)? $",
                                   t[max(0, s - 30):s]):
            continue                     # "één Patriot-eenheid", "een Nederlandse Patriot-eenheid": no name
        adj = re.search(rf"(?<![\w-])({U}{LETTER}+(?:isch|s)) $", t[max(0, s - 30):s])
        if adj and demonym_state(adj.group(1) + "e"):
            s -= len(adj.group(0))       # "Russisch Vrijwilligerskorps": the demonym belongs to the name
            label = t[s:m.end()]
        elif (adj := _NAME_ADJECTIVE.search(t, max(0, s - 30), s)) is not None:
            s = adj.start(1)             # "het Nationaal Bevrijdingsleger": a capitalised adjective inside the name
            label = t[s:m.end()]
        named = _named_before_head(t, s, m.start("sfx"))
        known = gazetteer("organisations").lookup(label) if gaz else None
        if known is not None:            # "Zuidelijke Overgangsraad": a listed body, under its own id
            col.add(s, m.end(), 5, type=known.type, key=known.id)
            continue
        col.add(s, m.end(), (5 if named else 3) if gaz else 1,
                type="government" if m.group("sfx") in ("regering", "overgangsregering", "bewind") else "other",
                key="org-" + fold(label).replace(" ", "-"))
    for key in ("org_compound", "unit_number"):
        for m in matches(R[key], t, low):
            col.add(m.start(), m.end(), 5, type="other", key="org-" + fold(m.group(0)).replace(" ", "-"))
    for m in matches(R["force_word"], t, low):
        known = gaz and gazetteer("organisations").lookup(m.group("n"))
        col.add(m.start(), m.end(), 4, type=known.type if known else "other",
                key=known.id if known else "org-" + fold(m.group("n")).replace(" ", "-"))
    for m in matches(R["group_word"], t, low):
        col.add(m.start(), m.end(), 2, type="militia", key="fz-" + fuzzy_key(m.group("n")).replace(" ", "-"))

    for short in _APPOSED.finditer(t):
        kind = apposed_kind(t, short.start())
        head = max(0, short.start() - 150)
        m = R["apposed"].search(t, head, short.start()) if kind else None
        words = m.group("n").split() if m else []
        while words and (words[0].lower() in _stop_words() or words[0] in _not_org_words()):
            words.pop(0)             # "Volgens Hayat …": a sentence's first word is no part of the name
        if words:
            name = " ".join(words)
            ns = m.end("n") - len(m.group("n")) + m.group("n").find(words[0])
            ge = orgs_gaz.lookup(name, fuzzy=True) if gaz else None
            key = ge.id if ge else "org-" + fold(name).replace(" ", "-")
            col.add(ns, m.end("n"), 6, type=ge.type if ge else kind, key=key)
            if short.group("a"):
                col.add(short.start("a"), short.end("a"), 6, type=ge.type if ge else kind, key=key)
    found = {(a, b) for a, b, _, kw in col.items if kw.get("key")}
    best: dict[int, tuple[int, dict]] = {}       # end of a name -> its strongest candidate
    for a, b, prio, kw in col.items:
        if kw.get("key") and kw.get("type") != "state" and prio > best.get(b, (-1, {}))[0]:
            best[b] = (prio, kw)
    for b, (_, kw) in best.items():              # "Boko Haram, ook bekend als Jama'atu … (JAS)": one group
        aka = _AKA.match(t, b)
        if aka and (aka.start("n"), aka.end("n")) not in found:
            col.add(aka.start("n"), aka.end("n"), 6, type=kw["type"], key=kw["key"])
            if aka.group("a"):
                col.add(aka.start("a"), aka.end("a"), 6, type=kw["type"], key=kw["key"])
    _coordinated(t, col, gaz)
    # a name's initials ("Rapid Support Forces" -> RSF) give its short form the same entity
    initials = {"".join(w[0] for w in t[a:b].split() if w[:1].isupper()): {"type": kw["type"], "key": kw["key"]}
                for a, b, _, kw in col.items if kw.get("key") and len(t[a:b].split()) > 1}
    bracketed = set(re.findall(r"\(([A-Z][\w-]{1,9})\)", t))    # defined short forms, parties after names
    # "de AIVD", "het OM", "ASML heeft …": an acronym with an article or as a subject names a body
    # (found even without gazetteer)
    for m in (m for key in ("article_acronym", "subject_acronym") for m in matches(R[key], t, low)):
        n = m.group("n")
        if not re.fullmatch(r"[IVXLC]+", n) and n not in bracketed and n not in cues()["not_org_acronyms"] \
                and not (gaz and gazetteer("parties").lookup(n)):
            kw = initials.get(n) or {"type": "other", "key": "org-" + fold(n).replace(" ", "-")}
            col.add(m.start("n"), m.end("n"), 0, **kw)
    for m in matches(R["embassy"], t, low):
        st = demonym_state(m.group("adj"))
        if st:
            col.add(m.start(), m.end(), 3, type="other", key=f"embassy-{st.id}")
    mission_spans = [(a, b) for a, b, _ in gazetteer("missions").find(t) if " " in t[a:b]] if gaz else []
    from .missions import _res as _mission_res
    named = [(a, b) for a, b, _ in gazetteer("missions").find(t)] if gaz else []
    for a, b in named + [(m.start(), m.end("a")) for m in matches(_mission_res()["acronym"], t, low)]:
        br = re.match(r" \([^()]{5,120}\)", t[b:b + 124])
        if br:                           # "UNDOF (United Nations Disengagement Observer Force)": the mission
            mission_spans.append((b, b + br.end()))
    out: list[Mention] = []
    chosen = col.chosen()
    same: dict[str, str] = {}
    for (_, e1, k1), (s2, _, k2) in zip(chosen, chosen[1:]):
        if t[e1:s2] == " (" and k1.get("key") and k2.get("key") and k1["type"] == k2["type"] != "state":
            same[k2["key"]] = k1["key"]  # "Regering van Nationaal Akkoord (Government of National Accord)": one body
    keys = {(a, b): kw["key"] for a, b, kw in chosen if kw.get("key")}
    for a, b, short, _, _ in defined_acronyms(t):   # "… Partij van China (CPC)" … "de CPC": one body
        if (a, b) in keys:
            same.setdefault("org-" + fold(short).replace(" ", "-"), keys[(a, b)])
    for _, _, kw in chosen:
        if kw.get("key") in same:
            kw["key"] = same[kw["key"]]
    titled = _titled_persons(doc, v, ctx)
    chosen = sorted(chosen + _council_by_head(t, chosen), key=lambda c: c[0])
    for s, e, kw in chosen:
        if kw["type"] != "state" and t[e:e + 1] != "-" and \
                any(a <= s and e <= b and (a, b) != (s, e) for a, b in mission_spans):
            continue                     # "United Nations Interim Force" inside a mission's name
        if (s, e) in titled:
            continue                     # "Ayatollah Ali Khamenei": a person with a title
        ordinal = re.search(r"(?<![\w.,])\d{1,3}e $", t[max(0, s - 5):s])
        if ordinal and kw["type"] in ("other", "armed_group") and (" " in t[s:e] or _UNIT_NAME.search(t, s, e)):
            s -= len(ordinal.group(0))   # "het 27e Wetenschappelijk Centrum": the number is part of the name
        foreign = _FOREIGN_BODY.search(t, max(0, s - 30), s) if kw["type"] == "other" and t[s].isupper() \
            and not _UNIT_NAME.search(t, s, e) and not str(kw.get("key", "")).startswith("ship-") \
            and not _ENGLISH_NAME.search(t, s, e) else None       # not "de Indiase National Security Guard"
        st = demonym_state(foreign.group("adj")) if foreign else None
        if st is not None and st.id != "netherlands" and not states().lookup(t[s:e]):
            s = foreign.start("adj")     # "het Litouwse Openbaar Ministerie", "de Belarussische KGB": that country's body
            kw = {**kw, "key": f"{kw.get('key')}-{st.id}"}
        attrs = {k: v_ for k, v_ in kw.items() if k not in ("type", "label") and v_ not in (None, False)}
        mm = make(doc, v, "organisation", s, e, label=kw.get("label"), type=kw["type"], attrs=attrs)
        if mm is not None:
            out.append(mm)
    return out


_UNIT_NAME = re.compile(r"(?i)brigade|bataljon|divisie|regiment|squadron|eskader|compagnie|vloot|fleet|army|leger")
_FOREIGN_BODY = re.compile(r"(?<![\w-])(?:[Dd]e|[Hh]et) (?P<adj>[A-ZÀ-Þ][\w-]*(?:se|sche|ese|aanse)) $")
def _named_before_head(t: str, s: int, head: int) -> bool:
    """Does a capitalised word of its own open the name before its body word ("de Nationale Veiligheidsraad")? Then
    it names another body than the gazetteer's bare word."""
    return " " in t[s:head] and t[s:s + 1].isupper()


_NAME_ADJECTIVE = re.compile(rf"(?<=[a-z] )({U}{LETTER}+(?:aal|eel|isch|ijk|air|ief|ale|ele|ische|ijke|aire|ieve)) $")
_ENGLISH_NAME = re.compile(r"(?<![\w-])(?:National|Security|Agency|Service|Guard|Intelligence|Bureau|Department|"
                           r"Directorate|Command|Office|Federal|Special|Unit)(?![\w-])")
_BARE_BODY = re.compile(r"(?<![\w-])(?:[Dd]e|[Dd]eze) (?P<w>Raad|Commissie)(?![\w-])(?! (?:van|voor|[A-Z]))")


def _council_by_head(t: str, chosen: list[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """"de Raad", "de Commissie" after a body so named ("Raad Buitenlandse Zaken", "Europese Commissie"): that
    body, the nearest one named before."""
    out = []
    for m in _BARE_BODY.finditer(t):
        a, b = m.start("w"), m.end("w")
        if any(s <= a < e for s, e, _ in chosen):
            continue
        before = [(s, kw) for s, e, kw in chosen if e <= a and kw.get("key")
                  and re.search(rf"(?<![\w-]){m.group('w')}(?![\w-])", t[s:e])
                  and t[s:e] != "Europese Raad"]    # "de Raad" in EU prose is its Council, not the European Council
        if before:
            kw = max(before, key=lambda x: x[0])[1]
            out.append((a, b, {"type": kw["type"], "key": kw["key"]}))
        elif m.group("w") == "Raad" and _EU.search(t):   # in a paper on the EU, "de Raad" is its Council
            out.append((a, b, {"type": "international_organisation", "key": "council-eu"}))
    return out


_EU = re.compile(r"(?<![\w-])(?:EU|Europese Unie)(?![\w])")


def _without_trailing_stop_words(name: str) -> str:
    """A name cut before its trailing function words ("13 Lichte Brigade De" -> "13 Lichte Brigade")."""
    while " " in name and name.rsplit(" ", 1)[1].lower() in _stop_words():
        name = name.rsplit(" ", 1)[0]
    return name


_AKA = re.compile(rf",? (?:ook (?:wel )?)?(?:bekend als|alias) (?P<n>{_CAPW}(?: (?:(?:al|el|wal|ad|an|ar|as|at|az|ash)-)?"
                  rf"{_CAPW}){{0,6}})(?: \((?P<a>[A-Z][\w-]{{1,9}})\))?")
# "…, een burgermilitie", "(HTS), een jihadistische groepering": what an apposition calls the name
_KIND_SUFFIXES = (("militie", "militia"), ("milities", "militia"), ("militia", "militia"), ("bende", "armed_group"),
                  ("groepering", "armed_group"), ("groep", "armed_group"), ("beweging", "armed_group"),
                  ("netwerk", "other"), ("organisatie", "other"), ("partij", "party"), ("bedrijf", "company"),
                  ("onderneming", "company"), ("maatschappij", "company"), ("fabrikant", "company"),
                  ("producent", "company"), ("leverancier", "company"), ("concern", "company"), ("rederij", "company"),
                  ("bank", "company"), ("dienst", "other"), ("agentschap", "other"), ("instituut", "other"),
                  ("inspectie", "other"), ("toezichthouder", "other"))
_APPOSED = re.compile(r"(?: \((?P<a>[A-Z][\w-]{1,9})\))?,\s(?:een|de|het)\s(?P<adj>(?:[a-zA-ZÀ-ÿ][\w-]*\s){0,2}?)"
                      rf"(?P<h>[a-z]*(?:{'|'.join(sfx for sfx, _ in _KIND_SUFFIXES)}))(?![\w-])")


def apposed_kind(t: str, end: int) -> str | None:
    """The organisation kind an apposition right after ``end`` gives the name before it
    ("Civilian Joint Task Force (CJTF), een burgermilitie" -> militia), or None."""
    m = _APPOSED.match(t, end)
    if not m:
        return None
    head, adj = m.group("h"), m.group("adj").split()
    heads = cues()["named_by_head"]
    for phrase in (" ".join(adj[-1:] + [head]), head):
        if phrase in heads:
            return heads[phrase]
    if any(w.startswith(("terror", "jihadist")) for w in adj) or head.startswith(("terreur", "terror")):
        return "terrorist_organisation"
    if "internationale" in adj and head == "organisatie":
        return "international_organisation"
    if any(w.startswith(("gewapend", "rebel", "verzet", "extremist")) for w in adj):
        return "armed_group"
    return next((kind for sfx, kind in _KIND_SUFFIXES if head.endswith(sfx)), None)


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_language_data("nl")["persons"]["role_words"])


def _titled_persons(doc: Document, v, ctx) -> set[tuple[int, int]]:
    """Clean spans "<role word> <person>" ("Ayatollah Ali Khamenei", "Generaal X"), which name a person."""
    roles = _role_words()
    t = v.clean
    out = set()
    for pm in ctx.of_kind("person"):
        ps, pe = v.to_clean(pm.start), v.to_clean(pm.end)
        m = re.search(r"(?:^|(?<=\s))([\w-]+) $", t[max(0, ps - 30):ps])
        if m and m.group(1).lower() in roles:
            out.add((ps - len(m.group(1)) - 1, pe))
    return out


_IN_QUOTED_TITLE = re.compile(r"[\"“«‘'][^\"”»’\n]*$")


def _party_id(label: str, gaz: bool) -> str:
    e = gazetteer("parties").lookup(label) if gaz else None
    return e.id if e else fold(label).replace(" ", "-")


def _states(t: str, col: _Collector) -> None:
    """Country names that act (an organisation of kind state)."""
    found = list(states().find(t))
    names = {s: e for s, e, _ in found}
    decided = [(s, e, en, coordinated_group(t, s, e, names)) for s, e, en in found]
    decided = [(s, e, en, g, acts_as_state(t, s, e, en, g)) for s, e, en, g in decided]
    acting_groups = {g for _, _, _, g, state in decided if state and g[1] - g[0] > 0}
    for s, e, en, group, state in decided:
        # "Nederland en het Verenigd Koninkrijk werken samen": a list acts as one
        if state or state is None and group != (s, e) and group in acting_groups:
            col.add(s, e, 2, type="state", key=en.id)
    # a capital that acts stands for its state's government ("Washington legde sancties op", "door Moskou")
    for m in _res()["capital"].finditer(t):
        st = states().by_id.get(cues()["capitals"][m.group(0)])
        if st is not None and capital_acts(t, m.start(), m.end()):
            col.add(m.start(), m.end(), 2, type="state", key=st.id)


@lru_cache(maxsize=1)
def _org_heads() -> tuple[frozenset[str], frozenset[str]]:
    c = cues()
    return frozenset(c["org_head_words"]), frozenset(w for w in c["mission_words"])


_FOREIGN_LEADING_HEADS = frozenset({"Forces", "Mouvement", "Groupe", "Grupo", "Frente", "Movimiento", "Conseil", "Armée"})


def _chunk(t: str, m: re.Match, col: _Collector) -> None:
    """A capitalised name whose first or last word is an organisation head ("Joint Operation Center")."""
    heads, mission_words = _org_heads()
    n = m.group("n").rstrip("'’")                 # "'White Army'": the closing quote is no part
    words, end = n.split(" "), m.start() + len(n)
    start = m.start()
    while words and (words[0] in ("De", "Het", "Een", "Deze", "Die", "Dit") or words[0].lower() in _stop_words()):
        start += len(words.pop(0)) + 1           # "Tijdens de Raad": a sentence's first word is no part of the name
    if len(words) > 2 and demonym_state(words[0]) and re.fullmatch(r"[A-Z]{2,}", words[1]):
        start += len(words.pop(0)) + 1           # "de Hongaarse OTP Bank": the country describes the name
    if words and words[0] in _FOREIGN_LEADING_HEADS and "van" in words:
        words = words[:words.index("van")]       # "de Forces Nouvelles van Guillaume Soro": Dutch "van" ends it
        end = start + len(" ".join(words))
    caps = [w for w in words if w[:1].isupper()]
    if len(caps) < 2:
        return
    # "Observer Group Lebanon", "Multinational Battalion South": a head before a country or compass word
    tail_place = len(words) > 2 and words[-2] in heads and (
        all(p in ("North", "South", "East", "West", "Noord", "Zuid", "Oost", "West", "Noordwest", "Noordoost",
                  "Zuidwest", "Zuidoost", "Centrum", "Centre", "Central") for p in words[-1].split("-"))
        or states().lookup(words[-1]))
    compound = words[-1].lower().endswith(tuple(cues()["org_head_suffixes"])) and \
        words[0].lower() not in load_language_data("nl")["persons"]["role_words"]   # not "Commandant Luchtstrijdkrachten"
    # "Forces Nouvelles", "Forces Armées …": a French name opened by its head, not English "Forces Command"
    french_forces = words[0] == "Forces" and len(words) > 1 and re.search(r"(?:es|[éèêàç]\w*)$", words[1]) is not None
    if not (words[-1] in heads or compound or tail_place or french_forces
            or (words[0] in heads and words[0] not in ("Force", "Forces"))):
        return
    if words[0] in mission_words or "Task" in words or words[-1] in mission_words:
        return
    if any(w in cues()["table_header_words"] for w in words):
        return                           # a table header ("Organisatie Vergaderjaar ... Datum")
    where = re.match(rf" in (?:de |het )?({CAPWORD}) \(([A-Z]{{3,8}})\)", t[end:end + 60])
    if where and where.group(2)[0] == words[0][0] and where.group(2)[-1] == where.group(1)[0]:
        words += ["in", where.group(1)]  # "Movement for Democracy in Liberia (MODEL)": the place is in the name
        end += where.end(1)
    name = " ".join(words[1:] if demonym_state(words[0]) and len(caps) > 2 else words)   # "Russische Africa Corps"
    typ = "international_organisation" if re.search(
        r"\b(United Nations|International|Internationale|Europe|Europese|Verenigde Naties)\b", name) else \
        "company" if words[-1] == "Bank" else "other"          # "OTP Bank" (not a state's body)
    col.add(start, end, 0, type=typ, key="org-" + fold(name).replace(" ", "-"))


@lru_cache(maxsize=1)
def _not_org_words() -> frozenset[str]:
    return frozenset(cues()["table_header_words"]) | frozenset(cues()["not_places"]) - {"Force"}


_EXT_WORD = rf"(?:{U}[\w'’]*|(?:al|el|wal|ad|an|ar|as|at|az)-{U}[\w'’]*)"


def _extend(t: str, s: int, e: int) -> int:
    """End of a longer name a gazetteer label opens: a short suffix ("ISIS-K"), following name
    words ("Islamitische Staat Khorasan Provincie") or "in de" and a name of two words or more
    that is no country ("Islamitische Staat in de Grote Sahara")."""
    m = re.match(r"-[A-Z]{1,3}(?![\w-])", t[e:e + 5]) or \
        re.match(r"-(?:eenheid|unit|brigade|bataljon|regiment|divisie) \d{3,6}(?![\d,.])|-regering(?![\w-])", t[e:e + 25])
    if m:                                # "ISIS-K", "GRU-eenheid 29155": a part with a name of its own
        return e + m.end()
    # "Al-Qaida op het Arabisch Schiereiland (AQAP)": a regional branch, named with its short form
    m = re.match(rf" (?:in|op) (?:de |het )?({_EXT_WORD}(?: {_EXT_WORD}){{1,3}}) \([A-Z]{{2,8}}\)", t[e:e + 100])
    if m and not states().lookup(m.group(1)):
        return e + m.end(1)
    if " " not in t[s:e]:
        return e
    m = re.match(rf"(?: {_EXT_WORD}){{1,3}}(?![\w-])", t[e:e + 80])
    if m and not _stops_name(m.group(0)) and not re.match(r" [A-ZÀ-Þ]", t[e + m.end():e + m.end() + 2]):
        return e + m.end()           # (not "Verenigde Naties Boutros" of "… Naties Boutros Boutros-Ghali")
    m = re.match(rf" in (?:de |het )?({_EXT_WORD}(?: {_EXT_WORD}){{1,3}})(?![\w-])", t[e:e + 80])
    if m and not _stops_name(m.group(1)) and not states().lookup(m.group(1)):
        return e + m.end()
    return e


def _stops_name(words: str) -> bool:
    from ..names import tokens
    from .persons import _given_names, _stop_words
    ws = words.split()
    return any(w in _not_org_words() or w in _org_heads()[1] or w.lower() in _stop_words() or w.isupper() and len(w) > 1
               for w in ws) or \
        bool(tokens(ws[0]) and states().lookup(ws[0])) or \
        len(ws) > 1 and ws[0] in _given_names()         # "koos de Loya Jirga Hamid Karzai": a person follows


_STATE_WORDS = frozenset({"Republic", "Republiek", "Kingdom", "Koninkrijk", "Emirates", "Emiraten", "States", "Staten",
                          "Federation", "Federatie"})


def _acronym_names(t: str, gaz: bool, col: _Collector) -> None:
    """Names introduced with a short form in brackets ("Syrisch Nationaal Leger (SNA)") that have
    the shape of an organisation: an organisation or armed-group word, or a known organisation inside."""
    c = cues()
    heads = set(c["org_head_words"]) | set(c["arabic_org_heads"]) | set(c["armed_words"]) | set(c["acronym_org_words"])
    tails = tuple(h.lower() for h in heads if len(h) >= 5 and h.isalpha())     # "Bevrijdingsfront"
    mission_words = set(c["mission_words"])
    for s, e, short, _, _ in defined_acronyms(t):
        name = t[s:e]
        words = re.split(r"[\s\-–]+", name)
        if mission_words & set(words) or gaz and (gazetteer("missions").lookup(name) or gazetteer("missions").lookup(short)):
            continue
        if states().lookup(name) or states().lookup(short) or set(words) & _STATE_WORDS:
            continue                     # "United Arab Emirates (UAE)", "Democratic Republic of the Congo (DRC)"
        inner = [en for _, _, en in gazetteer("organisations").find(name)] if gaz else []
        if not inner and not any(w in heads or w.lower().endswith(tails) for w in words):
            continue
        if gaz and (gazetteer("organisations").lookup(name) or gazetteer("parties").lookup(name)):
            continue                     # known names are found with their own id
        armed = set(c["armed_words"]) | set(c["arabic_org_heads"])
        armed_tails = tuple(h.lower() for h in armed if len(h) >= 5 and h.isalpha())
        typ = inner[0].type if inner else ("armed_group" if any(w in armed or w.lower().endswith(armed_tails)
                                                                for w in words) else "other")
        col.add(s, e, 5, type=typ, key="org-" + fold(name).replace(" ", "-"))


def _is_place_name(n: str, gaz: bool) -> bool:
    return bool(states().lookup(n) or n in cues()["capitals"] or gaz and gazetteer("places").lookup(n))


def _coordinated(t: str, col: _Collector, gaz: bool) -> None:
    """Names listed with a known armed group take its kind ("Ansar Dine, al-Mourabitoun en ..."); not a
    country or town ("tussen de Houthi's en Riyad")."""
    name = rf"(?:{_EXT_WORD}(?: {_EXT_WORD}){{0,3}}|[A-Z]{{3,6}})"
    after = re.compile(rf"(?:, | en | of )(?P<n>{name})(?![\w'’-])")
    taken = [(s, e) for s, e, _, _ in col.items]
    for s, e, _, kw in list(col.items):
        if kw.get("type") not in ("militia", "armed_group", "terrorist_organisation"):
            continue
        pos = e
        while True:
            m = after.match(t, pos)
            if not m or _stops_name(m.group("n")):
                break
            a, b = m.start("n"), m.end("n")
            if not any(x <= a < y for x, y in taken) and not _is_place_name(m.group("n"), gaz):
                col.add(a, b, 1, type=kw["type"], key="fz-" + fuzzy_key(m.group("n")).replace(" ", "-"))
            pos = b
        m = re.search(rf"(?<![\w'’-])(?P<n>{name})(?:, | en )$", t[max(0, s - 60):s])
        if m and not _stops_name(m.group("n")):
            a = max(0, s - 60) + m.start("n")
            if not any(x <= a < y for x, y in taken) and not _is_place_name(m.group("n"), gaz):
                col.add(a, a + len(m.group("n")), 1, type=kw["type"], key="fz-" + fuzzy_key(m.group("n")).replace(" ", "-"))


def _party_label(raw: str, t: str, gaz: bool) -> str:
    """A party written over a line break ("Groen-\nLinks-PvdA"): the hyphen of the break goes
    where that gives a known party or a form the text uses elsewhere."""
    label = clean_label(raw)
    if not re.search(r"-\s*\n", raw):
        return label
    joined = clean_label(re.sub(r"-\s*\n\s*", "", raw))
    if gaz and gazetteer("parties").lookup(joined) and not gazetteer("parties").lookup(label):
        return joined
    if re.search(rf"(?<![\w-]){re.escape(joined)}(?![\w])", t) and not re.search(rf"(?<![\w-]){re.escape(label)}(?![\w])", t.replace("\n", " ")):
        return joined
    return label
