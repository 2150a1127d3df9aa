"""Places with their kind: country, region, city, base, sea, building, other.

Gazetteers give well-known places (``places.tsv``) and countries (``states.tsv``;
a country name is a place where it is a location, see
:func:`_common.acts_as_state`).  Patterns find places absent from them:
compass regions ("Noord-Irak", "noordelijk Syrië", "het noorden van Syrië"),
"<adjective> regio/gebied", "-regio" compounds, places after "stad/steden/plaatsen
(als)", "X, Irak" and "X (Syrië)", "X ten zuidoosten van Y", bases ("X air base",
"vliegbasis X", "X, een Amerikaanse basis in Syrië", "bases (onder andere A, B en C)"),
buildings ("Amerikaanse ambassade in Bagdad", "gebouwen van de Tweede Kamer"),
borders ("Turks-Syrische grens"), rivers ("rivier de Eufraat"), features ("Kaap de
Goede Hoop", "Blue Line", "Somalisch bekken"), camps ("de kampen al-Hol en Roj"),
unknown names after a
locative preposition ("bij Tel Rifaat", "rond Kaunas?") and names listed after a
place ("via Aleppo, Hama en Homs").  A dateline ("Den Haag, 1 maart 2024") is no
place mention (most of the hand annotations leave it out).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..gazetteer import gazetteer
from ..iris import fold
from ..mentions import Mention
from ..names import LETTER, U
from ..registry import extractor
from ..vocab import KGB
from ._common import (CAPWORD, Spans, _state_cue_res, acts_as_state, alt, coordinated_group, cues, demonym_alternation,
                      demonym_state, make, matches, states, view)
from .organisations import _Collector
from ..textview import _stop_words

VERSION = "1"

_ARAB = r"(?:al|el|as|ash|ad|an|ar|at|az)"
_PWORD = rf"(?:{_ARAB}-{U}[\w'’]*|{CAPWORD})"
# "Mocímboa da Praia": a lower-case Portuguese/Spanish/Italian particle inside a place name
_BNAME = rf"{CAPWORD}(?:[ -]{CAPWORD}){{0,2}}"
_PNAME = rf"{_PWORD}(?:(?: (?:da|do|dos|das|del|di|aan den|aan de|op)(?= {U}))? {_PWORD}){{0,3}}"


# heads with a pattern of their own ("rivier de Eufraat", "de kampen al-Hol en Roj")
_OWN_PATTERN_HEADS = frozenset({"rivier", "eiland", "haven", "grensovergang", "vluchtelingenkamp"})


# base heads that belong to the name ("Camp Castor", "RAF Lakenheath"), unlike "vliegbasis Volkel"
_NAME_HEADS = frozenset({"Camp", "Kamp", "RAF", "Patrol Base", "Forward Operating Base", "FOB", "Naval Station",
                         "Naval Base", "Fort"})


# lower-case heads that are part of how a region is called ("oblast Koersk", "provincie Uruzgan")
_NAMING_HEADS = frozenset({"regio", "provincie", "oblast", "district", "deelstaat", "gouvernement", "departement",
                           "woiwodschap", "prefectuur", "kanton"})


@lru_cache(maxsize=1)
def _res():
    c = cues()
    compass = alt(c["compass"])
    dem = demonym_alternation()
    cap_heads = alt(h[:1].upper() + h[1:] for h in c["named_building_heads"])     # "Hotel Christopher", "School nr. 1"
    areas = alt(h for h, typ in c["place_heads"].items()
                if typ in ("city", "region") or typ in ("other", "building") and h not in _OWN_PATTERN_HEADS)
    return {
        "compass": re.compile(rf"(?<![\w-])(?P<c>{compass})-(?P<x>{CAPWORD})"),
        "compass_adj": re.compile(rf"(?<![\w-])(?P<c>{alt(c['compass_adjectives'])}) (?P<x>{CAPWORD})"),
        "direction_of": re.compile(rf"(?<![\w-])(?:in )?het (?P<d>{alt(c['direction_words'])}) van (?P<x>{CAPWORD})"),
        "direction_paren": re.compile(rf"(?<![\w-])het (?:{alt(c['direction_words'])}) \((?P<x>{CAPWORD})\)"),
        "region_words": re.compile(rf"(?<![\w-])(?P<n>(?:{U}{LETTER}+-)?{U}{LETTER}+(?:e|sch) (?:{alt(c['region_words'])}))(?![\w-])"),
        # "Donbasregio", "Lac-provincie", "Tsjaadmeergebied" (not "NAVO-grondgebied")
        "region_compound": re.compile(rf"(?<![\w-]){U}{LETTER}+(?:-?regio|-provincie|-district|(?<!grond)(?<!lucht)-?gebied)(?![\w-])"),
        "heads": re.compile(rf"(?<![\w-])(?!(?<=op het )gebied)(?:(?:{dem}) )?(?P<h>{areas}|[a-z]{{3,}}(?:stad|stadje|dorp|dorpje)|(?:vluchtelingen|detentie)?kampen|(?:vluchtelingen|detentie)kamp)(?: als| zoals| rond| rondom)? "
                            rf"(?P<list>{_PNAME}(?: \([^)]+\))?(?:(?:, | en ){_PNAME}(?: \([^)]+\))?)*)"),
        # "de wijk PK12", "sector 4" is no name, "kamp K5": a place named by letters and a number
        "coded": re.compile(rf"(?<![\w-])(?P<h>wijk|stadsdeel|district|kamp|zone|sector) (?P<n>[A-Z]{{1,4}}\d{{1,4}})(?![\w-])"),
        "comma_country": re.compile(rf"(?<![\w-])(?:in|bij|nabij|rond|van|naar) (?P<n>{_PNAME}), (?P<c>{CAPWORD})(?![\w-])"),
        "paren_country": re.compile(rf"(?<![\w-])(?P<n>{_PNAME}) \((?P<c>{CAPWORD})\)"),
        "relative": re.compile(rf"(?<![\w-])(?P<n>{_PNAME}) ten (?:{alt(c['direction_words'])}) van (?P<m>{_PNAME})"),
        "base_after": re.compile(rf"(?<![\w-])(?P<n>{_PNAME}) (?:{alt(c['base_words'])})(?![\w-])"),
        "base_before": re.compile(rf"(?<![\w-])(?P<h>{alt(c['base_heads'])}) (?P<n>{_PNAME})"),
        # "Air Base 201", "Tower 22": a base known by its number
        "base_number": re.compile(rf"(?<![\w-])(?:Air Base|Airbase|Naval Base|Patrol Base|Camp|Tower|Outpost|FOB) \d{{1,4}}(?![\w.,-]\d)(?![\w-])"),
        "base_apposition": re.compile(rf"(?<![\w-])(?P<n>{_PNAME}), een (?:\w+ )?(?:lucht|vlieg|leger|marine)?basis\b"),
        "base_list": re.compile(r"(?:bases|basissen) \((?:onder andere|zoals|waaronder|o\.a\.) (?P<list>[^)]+)\)"),
        # "de Amerikaanse ambassade in Bagdad", "het consulaat-generaal van Saudi-Arabië in Istanbul"
        "building": re.compile(rf"(?<![\w-])(?P<n>(?:(?:{dem}) )?(?:{alt(c['building_words'])})(?: van (?:het )?{CAPWORD})?"
                               rf" (?:in|te) (?P<city>{CAPWORD}(?: {CAPWORD})?))"),
        # "het Deense consulaat-generaal": a consulate named by its state (an embassy so named mostly acts, see
        # organisations)
        "consulate": re.compile(rf"(?<![\w-])(?:{dem}) consula(?:at|at-generaal)(?![\w-])(?! (?:in|te|van) {U})"),
        # "de basiliek Notre-Dame", "de synagoge van Halle", "strafkolonie IK-3", "het Marriott-hotel", "de Heaton Park-synagoge"
        "named_building": re.compile(rf"(?<![\w-])(?P<h>{alt(c['named_building_heads'])}|{cap_heads})"
                                     rf" (?P<van>van (?:de |het )?)?"
                                     rf"(?P<n>{CAPWORD}(?:(?:[ -]| (?:de|van|van der|van den|la|le|du) ){CAPWORD}){{0,2}}|[A-Z]{{1,4}}-\d{{1,3}})"
                                     rf"(?![\w-])"),   # "strafkolonie IK-3", "atheneum Léonie de Waha"
        # "School nr. 1 in Beslan": a building named by its head and number
        "numbered_building": re.compile(rf"(?<![\w-])(?:{cap_heads})"
                                        rf" (?:nr\.|nummer|no\.) ?\d{{1,4}}(?![\w-])"),
        # "de synagogen Neve Shalom en Beth Israel": buildings listed after a plural head
        "named_buildings": re.compile(rf"(?<![\w-])(?:{alt(c['named_building_plurals'])}) (?P<list>{_BNAME}(?:, {_BNAME})*,? en {_BNAME})"
                                      rf"(?![\w-])"),
        "building_compound": re.compile(rf"(?<![\w-])(?:{CAPWORD} ){{0,2}}{U}{LETTER}+(?:-{U}{LETTER}+)*-"
                                        rf"(?:{alt(c['building_compound_heads'])})(?![\w-])"),
        # "aan de Antheunisstraat", "op Tavistock Square": a street or square (kind other); a Dutch one after
        # its article, not "Milaan" or a surname such as "Verlaan"
        "street": re.compile(rf"(?:(?:(?<=[Dd]e )|(?<=[Hh]et ))(?:\d{{1,2}} |(?:{alt(c['street_adjectives'])}) )?"
                             rf"{U}{LETTER}+(?:{alt(c['street_suffixes'])})"
                             rf"|(?<![\w-])(?!(?:De|Het|Een|In|Op|Bij|Van|Naar|Aan|Langs|Via|Vanaf|Nabij|Rond) ){CAPWORD}(?: {CAPWORD}){{0,2}}"
                             rf" (?:{alt(c['street_words'])})"
                             rf"|(?<![\w-])(?:{alt(c['street_prefixes'])}) (?:(?:de la|de|del|du|des|la|le) )?{CAPWORD}(?: {CAPWORD}){{0,2}})"
                             rf"(?![\w-])"),
        "building_name": re.compile(rf"(?<![\w-])(?!(?:De|Het|Een|In|Op|Bij|Van|Naar) )(?:{CAPWORD}(?:(?<=s)['’])? ){{1,2}}"
                                    rf"(?:{alt(c['building_name_words'])})(?: van {CAPWORD})?(?![\w-])"),
        # "het Koning Boudewijnstadion", "de Westerkerk": one word ending in a building's head
        "building_word": re.compile(rf"(?:(?<=[Dd]e )|(?<=[Hh]et ))(?:{CAPWORD} )?{U}{LETTER}{{2,}}(?:{alt(c['building_compound_heads'])})(?![\w-])"),
        # "de Generaal-majoor De Ruyter van Steveninckkazerne", "de Johannes Postkazerne": a barracks' name
        "barracks": re.compile(rf"(?<![\w-]){U}[\w-]*(?: (?:{U}[\w-]*|van|de|der|den)){{0,5}} {U}[\w-]*kazerne(?![\w-])"),
        # "de A58", "snelweg M4": a road by its number
        "road": re.compile(r"(?:(?<=[Dd]e )[AN]\d{1,2}|(?:(?<=snelweg )|(?<=autoweg )|(?<=rijksweg ))[AEMN]\d{1,3})"
                           r"(?![\w-])"),      # (not "de A330", an aircraft, nor "de E3", three states)
        "crossing": re.compile(rf"(?<![\w-])(?:{alt(c['crossing_heads'])}) (?P<n>{CAPWORD}(?:[ -]{CAPWORD})?)(?![\w-])"),
        "parliament_building": re.compile(r"(?<![\w-])gebouw(?:en)? van de (?:Tweede|Eerste) Kamer(?![\w-])"),
        "border": re.compile(rf"(?<![\w-])(?P<a>{U}{LETTER}+?)(?:-(?P<b>{U}{LETTER}+))? grens(?![\w-])"),
        "sea": re.compile(rf"(?<![\w-])(?:(?:{U}{LETTER}+-)?{U}{LETTER}+ (?:Zee|Oceaan)|{U}{LETTER}+(?:ische|sche|se) Golf|(?:Golf|Straat|Baai|Kanaal|Zeestraat) van {CAPWORD}(?: (?:el|al)-{CAPWORD})?)(?![\w-])"),
        "river": re.compile(rf"(?<![\w-])rivier (?:de )?(?P<n>{CAPWORD})"),
        # "op 31 maart namen bendes Mirebalais in": the place taken, before the verb's particle
        "taken_in": re.compile(rf"(?<![\w-])(?:nam|namen|neemt|nemen) (?:[a-zà-ÿ][\w'’-]* ){{0,3}}(?P<n>{CAPWORD}) in(?=[\s,.;:]|$)"),
        "island": re.compile(rf"(?<![\w-])eiland (?P<n>{CAPWORD}(?: {CAPWORD}){{0,2}})(?![\w-])"),
        "region_ellipsis": re.compile(rf"(?<![\w-])(?P<a>{compass})- en (?P<b>{compass})-(?P<adj>{U}{LETTER}+e) (?P<noun>{alt(c['region_words'])})(?![\w-])"),
        "mission_name": re.compile(rf"(?:Task Force|Mission|Missie|Operation|Operatie)(?: (?:in|of|for|the|van|de) )?(?: ?{CAPWORD})+"),
        # "het Nationaal Park W", "Parc National de la Pendjari": a park's name holds its head
        "park": re.compile(r"(?<![\w-])(?:Nationaal Park|National Park|Parc National)(?: (?:de la |de |du |des )?[A-Z][\w'’-]*)+"),
        "treaty": re.compile(rf"(?<![\w-])(?:Verdrag|Verdragen|Akkoord|Akkoorden|Conventie|Protocol|Overeenkomst|"
                             rf"Vredesakkoord|Vredesverdrag|Statuut|Treaty|Convention|Accords?) (?:van|of) {CAPWORD}"),
        "dateline": re.compile(rf"(?m)^(?:[a-z]\w* )?(?P<n>['’]s-Gravenhage|{CAPWORD}(?: {CAPWORD})?), \d{{1,2}} \w+ \d{{4}}"
                               rf"|^(?P<n2>['’]s-Gravenhage|Den Haag) \d{{4}}(?=[ \t]|$)"),   # "'s-Gravenhage 2024": a colophon
        "locative": re.compile(rf"(?<![\w-])(?:(?:in|bij|nabij|rond|rondom|vanuit|vanaf|uit|naar|richting|via|op de|boven|langs|"
                               rf"tussen)(?: respectievelijk)?|"
                               rf"(?:(?<=[.!?] )|(?<=^)|(?<=\n))(?:In|Bij|Nabij|Rond|Rondom|Vanuit|Vanaf|Tussen)|"
                               rf"{alt(c['capture_cues'])}|"
                               rf"(?<![Vv]an )het (?:(?:Noord|Zuid|Oost|West|Noordwest|Noordoost|Zuidwest|Zuidoost)-)?(?:{dem})|"
                               rf"(?:kust|grens|omgeving|buurt|haven|havens|hoofdstad|noorden|zuiden|oosten|westen|wijken|"
                               rf"buitenwijken|centrum|stadscentrum|vliegveld|luchthaven|rand|inwoners|bevolking) van|"
                               rf"ten (?:{alt(c['direction_words'])}) van) "
                               rf"(?P<n>{_PNAME})(?=[\s,.;:)?!]|$)"),
        "feature": re.compile(rf"(?<![\w-])(?P<h>{alt(c['feature_heads'])}) (?:(?:de|van|of|the) )*{CAPWORD}(?: {CAPWORD}){{0,2}}(?![\w-])"),
        "feature_after": re.compile(rf"(?<![\w-]){CAPWORD}(?: {CAPWORD})? (?P<h>{alt(c['feature_tails'])})(?![\w-])"),
        "airport": re.compile(rf"(?<![\w-]){CAPWORD}(?: {CAPWORD})? (?:International )?Airport(?: {CAPWORD}){{0,2}}(?![\w-])"),
        # "de Krimbrug", "het Tsjaadmeer": one word ending in a feature word (not the cities on "-dam")
        "feature_word": re.compile(rf"(?<![\w-])(?:[Dd]e|[Hh]et) (?P<n>(?:{U}{LETTER}+-)?{U}{LETTER}{{2,}}(?P<h>brug|meer|gebergte|woestijn|kanaal|haven))(?![\w-])"),
        # "de Litani-rivier", "het Liaquat Bagh-park": a name joined to a feature word
        "feature_compound": re.compile(rf"(?<![\w-])(?:(?!(?:De|Het|Een|In|Op|Bij|Van|Naar|Aan|Langs|Via|Nabij|Rond) )"
                                       rf"{U}{LETTER}+ (?={U}{LETTER}+-[a-z]))?{U}{LETTER}+(?:-{U}{LETTER}+)*-"
                                       rf"(?P<h>{alt(c['feature_compound_heads'])})(?![\w-])"),
        "sea_part": re.compile(rf"(?<![\w-])(?:oostelijke|westelijke|noordelijke|zuidelijke|centrale) "
                               rf"{U}{LETTER}+ (?:Zee|Oceaan)(?![\w-])"),
        # "de Libische kust", "Libische territoriale wateren": a state's coast or waters (a demonym opens it)
        "coast": re.compile(rf"(?<![\w-])(?P<d>{U}{LETTER}+(?:sche|se|e)) (?P<h>{alt(c['coast_words'])})(?![\w-])"),
        "basin": re.compile(rf"(?<![\w-])(?:het |de )?(?P<n>{U}{LETTER}+(?:isch|sch|se|e) (?P<h>{alt(c['sea_area_words'])}))(?![\w-])"),
    }


def _list_length(t: str, group: tuple[int, int], names: dict[int, int]) -> int:
    """How many of the known names start inside the coordinated list ``group``."""
    return sum(1 for s in names if group[0] <= s < group[1])


def _key(prefix: str, label: str) -> str:
    return f"{prefix}-" + fold(label).replace(" ", "-")


@extractor("places", version=VERSION, produces=[KGB.Place, KGB.Country, KGB.Region, KGB.City, KGB.Base,
                                                  KGB.Sea, KGB.Building, KGB.OtherPlace],
           kinds=["place"], order=30)
def extract_places(doc: Document, ctx) -> list[Mention]:
    """Places of every kind, from gazetteers, context words and name shapes."""
    v = view(doc)
    t = v.clean
    low = t.lower()
    R = _res()
    gaz = ctx.use_gazetteer
    col = _Collector()
    taken = Spans()
    for m in ctx.mentions:                 # organisations, persons: not places
        if m.kind in ("organisation", "person"):
            taken.take(v.to_clean(m.start), v.to_clean(m.end - 1) + 1)
    places_gaz = gazetteer("places")

    def known(label: str):
        if not gaz:
            return None
        e = places_gaz.lookup(label)
        if e:
            return e.type, e.id
        s = states().lookup(label)
        return ("country", s.id) if s else None

    # names of missions ("Mission in Mali", "Air Task Force Middle East") hold no place mention
    for a, b, _ in gazetteer("missions").find(t):
        if " " in t[a:b]:
            taken.take(a, b)
    for m in matches(R["mission_name"], t, low):
        taken.take(m.start(), m.end())
    from .missions import _res as _mission_res
    for rx in ("acronym", "english"):         # "EUMAM Ukraine", "EUFOR Tchad/RCA": the country is part of the name
        for m in matches(_mission_res()[rx], t, low):
            if m.group("tail"):
                taken.take(m.start(), m.end("tail"))
            elif rx == "english" and " in " in m.group(0):    # "EU Training Mission in de X (EUTM RCA)"
                taken.cover(m.start(), m.end())
    for m in matches(_mission_res()["mission_suffix"], t, low):   # "Black Sea … Task Group (MCM Black Sea)"
        taken.cover(m.start(), m.end())
    for m in matches(R["treaty"], t, low):       # "het Verdrag van Ottawa", "de Akkoorden van Minsk": a name
        taken.cover(m.start(), m.end())
    for m in matches(R["dateline"], t, low):
        g = "n" if m.group("n") else "n2"
        taken.take(m.start(g), m.end(g))   # "Den Haag, 20 mei 2015": a dateline, not annotated as a place
    if gaz:
        for s, e, en in places_gaz.find(t):
            if t[e:e + 1] == "-" and t[e + 1:e + 2].islower():
                continue                 # "de Tabqa-dam", "de Gaza-oorlog": a compound, not the town
            col.add(s, e, 6, type=en.type, key=en.id)
        found = list(states().find(t))
        names = {s: e for s, e, _ in found}
        for s, e, en in found:
            group = coordinated_group(t, s, e, names)
            state = acts_as_state(t, s, e, en, group)
            # a country is a place where a cue says so ("in Irak"), or in a list of three or more
            # countries (participants, a region's states); alone and without cue it is a topic
            if state is False or (state is None and _list_length(t, group, names) >= 3):
                col.add(s, e, 6, type="country", key=en.id)

    for m in matches(R["compass"], t, low):
        if re.search(r"(?:aanse|ische|isch|se|sche|aans)$", m.group("x")):
            continue                     # "Noord-Afrikaanse", "Noord-Atlantisch (Verdrag)": an adjective, see region_words
        if re.search(r"(?:aan|anen|ees|ezen|ier|iërs|een|enen|aar|aren)$", m.group("x")):
            continue                     # "een Zuid-Afrikaan", "Noord-Koreanen": people of a country, not a region
        k = known(m.group(0))
        col.add(m.start(), m.end(), 6, type=k[0] if k else "region", key=k[1] if k else _key("region", m.group(0)))
    for m in matches(R["compass_adj"], t, low):
        name = f"{cues()['compass_adjectives'][m.group('c')]}-{m.group('x')}"
        col.add(m.start(), m.end(), 6, type="region", key=_key("region", name))
    for m in matches(R["direction_of"], t, low):
        inv = {v_: k for k, v_ in cues()["compass"].items()}
        name = f"{inv.get(m.group('d'), m.group('d'))}-{m.group('x')}"
        s = m.start("d")
        col.add(s, m.end(), 6, type="region", key=_key("region", name))
    for m in matches(R["direction_paren"], t, low):     # "in het zuiden (Fezzan)": the region's name
        k = known(m.group("x"))
        col.add(m.start("x"), m.end("x"), 5, type=k[0] if k else "region", key=k[1] if k else _key("region", m.group("x")))
    for m in matches(R["region_words"], t, low):
        adj = m.group("n").split(" ")[0]
        if adj.lower() in _stop_words() or re.match(rf" {U}", t[m.end():m.end() + 2]):
            continue                     # "de Syrische provincie Daraa": the name follows, see heads
        k = known(m.group("n"))
        col.add(m.start(), m.end(), 7, type=k[0] if k else "region", key=k[1] if k else _key("region", m.group("n")))
    for m in matches(R["region_ellipsis"], t, low):   # "West- en Noord-Afrikaanse regio"
        first = f"{m.group('a')}-{m.group('adj')} {m.group('noun')}"
        col.add(m.start(), m.start() + len(m.group("a")) + 1, 7, type="region", key=_key("region", first), label=first)
        col.add(m.start("b"), m.end(), 7, type="region", key=_key("region", m.group(0)[m.start("b") - m.start():]))
    for m in matches(R["region_compound"], t, low):
        k = known(m.group(0))
        col.add(m.start(), m.end(), 4, type=k[0] if k else "region", key=k[1] if k else _key("region", m.group(0)))
    for m in matches(R["heads"], t, low):
        prev = None
        # "district Sinjar (Koerdisch: Şengal)", "berg Hermon (Jabal al-Shaykh)": the bracket gives another name
        for im in re.finditer(rf"(?P<alias>\((?:{U}{LETTER}+: )?){_PNAME}|{_PNAME}", m.group("list")):
            name = im.group(0)[len(im.group("alias") or ""):]
            s = m.start("list") + im.start() + len(im.group("alias") or "")
            if states().lookup(name):
                continue
            name = _before_what_it_lies_on(name, known)   # "havenstad Aktau aan de Kaspische Zee": the town
            k = known(name)
            typ = "other" if "kamp" in m.group("h") else cues()["place_heads"].get(m.group("h"), "city")
            kw = {"type": k[0] if k else typ, "key": k[1] if k else _key(typ, name)}
            if im.group("alias") and prev:
                kw = prev
            if im.start() == 0 and m.group("h") in _NAMING_HEADS and m.start("list") == m.end("h") + 1:
                # "de oblast Kaliningrad", "provincie Uruzgan": the text's name keeps its head word
                col.add(m.start("h"), s + len(name), 6, label=name, **kw)
            else:
                col.add(s, s + len(name), 4, **kw)
            prev = kw
    for m in matches(R["coded"], t, low):
        typ = "base" if m.group("h") == "kamp" else cues()["place_heads"].get(m.group("h"), "other")
        col.add(m.start("n"), m.end("n"), 4, type=typ if typ != "city" else "other", key=_key("other", m.group("n")))
    for key in ("comma_country", "paren_country"):
        for m in matches(R[key], t, low):
            if states().lookup(m.group("c")) and not states().lookup(m.group("n")):
                k = known(m.group("n"))
                col.add(m.start("n"), m.end("n"), 3, type=k[0] if k else "city",
                        key=k[1] if k else _key("city", m.group("n")))
    for m in matches(R["relative"], t, low):
        for g in ("n", "m"):
            if not states().lookup(m.group(g)):
                k = known(m.group(g))
                col.add(m.start(g), m.end(g), 3, type=k[0] if k else "city", key=k[1] if k else _key("city", m.group(g)))
    for key in ("base_after", "base_before", "base_apposition"):
        for m in matches(R[key], t, low):
            # "vliegbasis Volkel" and "Volkel" name one base; "Camp Castor" is the name itself
            s, e = (m.start(), m.end()) if key != "base_apposition" else (m.start("n"), m.end("n"))
            op = t.find(" op ", m.start("n"), m.end("n"))
            where = t[op + 4:m.end("n")] if op > 0 else ""
            k = known(where) if where else None
            if where and (key == "base_before" or k):
                e = op               # "vliegbasis Decimomannu op Sardinië": the base, then where it lies
                col.add(op + 4, m.end("n"), 5, type=k[0] if k else "region", key=k[1] if k else _key("region", where))
            name = m.group("n")[:e - m.start("n")] if key == "base_before" and m.group("h") not in _NAME_HEADS \
                else t[s:e]
            k = known(name)
            typ = "other" if key == "base_before" and m.group("h") == "kamp" else "base"   # "kamp Roj": any camp
            col.add(s, e, 6, type=typ, key=k[1] if k and k[0] == typ else _key(typ, name),
                    label=name if name != t[s:e] else None)
    for m in matches(R["base_number"], t, low):
        k = known(m.group(0))
        col.add(m.start(), m.end(), 6, type="base", key=k[1] if k and k[0] == "base" else _key("base", m.group(0)))
    for m in matches(R["base_list"], t, low):
        for im in re.finditer(rf"(?:{_PNAME})(?: (?:{alt(cues()['base_words'])}))?", m.group("list")):
            s = m.start("list") + im.start()
            k = known(im.group(0))
            col.add(s, s + len(im.group(0)), 4, type="base", key=k[1] if k and k[0] == "base" else _key("base", im.group(0)))
    buildings: list[tuple[int, int, str, str]] = []    # (start, end, key, kind): a building, or another named spot
    named_buildings = []                               # "Nariman House", "Manchester Arena" (not the city in it)
    for m in matches(R["building"], t, low):
        buildings.append((m.start(), m.end(), _key("building", m.group("n")), "building"))
    for m in matches(R["named_building"], t, low):
        if states().lookup(m.group("n")) or m.group("h") in ("ambassade", "consulaat") and not m.group("van"):
            continue                 # "de synagoge van Irak" names no building; an embassy needs "van" and a town
        buildings.append((m.start(), m.end(), _key("building", m.group(0)), "building"))
        if m.group("van") == "van ":     # "de synagoge van Halle": the town too (not "de kerk van de Heilige …")
            k = known(m.group("n"))
            col.add(m.start("n"), m.end("n"), 3, type=k[0] if k else "city", key=k[1] if k else _key("city", m.group("n")))
    for m in matches(R["consulate"], t, low):
        buildings.append((m.start(), m.end(), _key("building", m.group(0)), "building"))
    for m in matches(R["numbered_building"], t, low):
        buildings.append((m.start(), m.end(), _key("building", m.group(0)), "building"))
        named_buildings.append((m.start(), m.end()))
    for m in matches(R["named_buildings"], t, low):
        for nm in re.finditer(_BNAME, m.group("list")):
            if not states().lookup(nm.group(0)):
                s = m.start("list") + nm.start()
                buildings.append((s, s + len(nm.group(0)), _key("building", nm.group(0)), "building"))
                named_buildings.append((s, s + len(nm.group(0))))
    for m in matches(R["building_compound"], t, low):
        buildings.append((m.start(), m.end(), _key("building", m.group(0)), "building"))
    for m in matches(R["building_word"], t, low):
        buildings.append((m.start(), m.end(), _key("building", m.group(0)), "building"))
    for m in matches(R["barracks"], t, low):
        if m.group(0).split(" ")[0] not in ("De", "Het", "In", "Op", "Bij", "Naar", "Van"):
            buildings.append((m.start(), m.end(), _key("base", m.group(0)), "base"))
    for m in matches(R["road"], t, low):
        buildings.append((m.start(), m.end(), _key("road", m.group(0)), "other"))
    for m in matches(R["street"], t, low):
        if not (known(m.group(0)) or states().lookup(m.group(0))):
            buildings.append((m.start(), m.end(), _key("street", m.group(0)), "other"))
    for m in matches(R["building_name"], t, low):
        if not known(m.group(0)):
            buildings.append((m.start(), m.end(), _key("building", m.group(0)), "building"))
            named_buildings.append((m.start(), m.end()))
    for m in matches(R["crossing"], t, low):   # "de grensovergang Medyka": a place of its own (kind other)
        buildings.append((m.start(), m.end(), _key("other", m.group(0)), "other"))
    for m in matches(R["parliament_building"], t, low):
        buildings.append((m.start(), m.end(), _key("building", m.group(0)), "building"))
    borders: list[tuple[int, int, set]] = []
    for m in matches(R["border"], t, low):
        ids = {st.id for st in (demonym_state(m.group("a")), demonym_state(m.group("b") or "")) if st}
        if ids:
            borders.append((m.start(), m.end(), ids))
    for s, e, ids in borders:
        wider = [b for b in borders if ids < b[2]]
        ids = wider[0][2] if len(wider) == 1 else ids
        col.add(s, e, 5, type="other", key="border-" + "-".join(sorted(ids)))
    for m in matches(R["sea"], t, low):
        k = known(m.group(0))
        col.add(m.start(), m.end(), 5, type="sea", key=k[1] if k else _key("sea", m.group(0)))
    for m in matches(R["feature_word"], t, low):
        k = known(m.group("n"))
        if m.group("h") == "kanaal" and m.group("n")[:-6].lower() in cues()["media_words"]:
            continue                     # "het Telegramkanaal van de groep": a channel of a medium, no waterway
        if not (k or states().lookup(m.group("n"))):
            col.add(m.start("n"), m.end("n"), 3, type="other", key=_key("other", m.group("n")))
    for m in matches(R["island"], t, low):              # "boven het eiland Vaindloo": the island's name
        k = known(m.group("n"))
        col.add(m.start("n"), m.end("n"), 5, type=k[0] if k else "other", key=k[1] if k else _key("other", m.group("n")))
    for m in matches(R["river"], t, low):
        k = known(m.group("n"))
        col.add(m.start(), m.end(), 5, type="other", key=k[1] if k else _key("river", m.group("n")),
                name=m.group("n"))
    for key in ("locative", "taken_in"):
        for m in matches(R[key], t, low):
            _locative(t, m, col, known, gaz)
    found_at = {s for s, _, _, _ in col.items}
    for m in _ROUTE.finditer(t):                          # "per bus van Emmerich naar Nijmegen": whence, to a place
        if known(m.group("to")) or states().lookup(m.group("to")) or m.start("to") in found_at:
            _locative(t, m, col, known, gaz)
    for key in ("feature", "feature_after", "feature_compound"):
        for m in matches(R[key], t, low):
            k = known(m.group(0))
            typ = "sea" if m.group("h") in cues()["sea_feature_heads"] else "other"
            col.add(m.start(), m.end(), 6 if key == "feature_after" else 4, type=k[0] if k else typ,
                    key=k[1] if k else _key(typ, m.group(0)))   # "London Bridge": more than the town
    for m in matches(R["park"], t, low):
        col.add(m.start(), m.end(), 6, type="region", key=_key("region", m.group(0)))
    for m in matches(R["airport"], t, low):              # "Amsterdam Airport Schiphol": one place, not two
        k = known(m.group(0)) or known(m.group(0).rsplit(" ", 1)[-1])     # … the same as "Schiphol" alone
        col.add(m.start(), m.end(), 7, type=k[0] if k else "other", key=k[1] if k else _key("other", m.group(0)))
    for m in matches(R["sea_part"], t, low):            # "de oostelijke Middellandse Zee": a part of a sea
        col.add(m.start(), m.end(), 7, type="sea", key=_key("sea", m.group(0)))
    for m in matches(R["coast"], t, low):
        if demonym_state(m.group("d")):
            typ = "sea" if "water" in m.group("h") else "other"
            col.add(m.start(), m.end(), 5, type=typ, key=_key(typ, m.group(0)))
    for m in matches(R["basin"], t, low):
        if m.group("n").split(" ")[0].lower() not in _stop_words():
            col.add(m.start("n"), m.end("n"), 4, type="sea", key=_key("sea", m.group("n")))
    _coordinated(t, col, taken, known, gaz)

    # a name the organisations extractor found elsewhere in the text ("chipfabrikant X" … "bij X") is no place
    org_names = {fold(m.label) for m in ctx.mentions if m.kind == "organisation"}
    # "Zr.Ms. Willemstad" … "de Willemstad": the ship, even where a town has its name
    ships = {fold(re.sub(r"^\S+\s+", "", m.label)) for m in ctx.mentions if m.kind == "organisation"
             and str(m.attrs.get("key", "")).startswith("ship-")}
    chosen = [(s, e, kw) for s, e, kw in col.chosen() if taken.free(s, e)
              and not (fold(t[s:e]) in org_names and not known(t[s:e])) and fold(t[s:e]) not in ships
              and (t[e:].strip() or known(t[s:e]))]     # "de grenssteden Ras": a text cut inside a name
    # a building names its city too ("consulaat-generaal in Erbil"): both are kept
    chosen = [(s, e, kw) for s, e, kw in chosen if not any(a <= s and e <= b and (s, e) != (a, b) for a, b in named_buildings)]
    inside = {(s, e) for s, e, _ in chosen}
    for bs, be, key, kind in buildings:
        if all(be <= s or bs >= e or (s, e) in inside and bs <= s and e <= be for s, e, _ in chosen):
            chosen.append((bs, be, {"type": kind, "key": key}))
    typed = {fold(kw.get("label") or t[s:e]): kw for s, e, kw in sorted(chosen, key=lambda c: c[2].get("type") == "base")
             if kw.get("key") != _key("city", t[s:e])}
    chosen = [(s, e, typed.get(fold(t[s:e]), kw) if kw.get("key") == _key("city", t[s:e]) or kw.get("type") == "city"
               and typed.get(fold(t[s:e]), {}).get("type") == "base" else kw)
              for s, e, kw in chosen]             # "vliegbasis Eindhoven" … "in Eindhoven": the base
    chosen = _bracketed_aliases(t, sorted(chosen, key=lambda x: x[0]))
    out: list[Mention] = []
    for s, e, kw in chosen:
        attrs = {k: v_ for k, v_ in kw.items() if k not in ("type", "label") and v_}
        mm = make(doc, v, "place", s, e, label=kw.get("label"), type=kw["type"], attrs=attrs)
        if mm is not None:
            out.append(mm)
    return out


def _bracketed_aliases(t: str, chosen: list[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """"Golf van Guinee (Gulf of Guinea)", "Erbil (Arbil)": a bracketed name of the same type is another name.

    "Mosul (Irak)" differs in type (a city in a country) and stays two places.
    """
    same: dict[str, str] = {}
    for (s1, e1, a), (s2, e2, b) in zip(chosen, chosen[1:]):
        if re.fullmatch(r"\s*\(\s*", t[e1:s2]) and t[e2:e2 + 1] == ")" and a["type"] == b["type"] \
                and a["key"] != b["key"] and not t[s2:e2].isupper():
            same[b["key"]] = same.get(a["key"], a["key"])
    return [(s, e, {**kw, "key": same[kw["key"]]} if kw.get("key") in same else kw) for s, e, kw in chosen]



@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    return frozenset(cues()["not_places"])


_ROUTE = re.compile(rf"(?<![\w-])van (?P<n>{_PNAME}) naar (?P<to>{_PNAME})")


_AAN_DE = re.compile(r" aan den? ")


def _before_what_it_lies_on(name: str, known, more_follows: bool = False) -> str:
    """The place of "X aan de Y" when Y is what it lies on, a sea or a street ("Aktau aan de Kaspische Zee", "Paddy's
    Pub aan de Jalan Legian": two words or more after "aan de", or a name going on after the match); a name of its
    own stays whole ("Alphen aan den Rijn"), as does any known name."""
    if _AAN_DE.search(name) and (more_follows or re.search(r" aan den? \S+ ", name)) and not known(name):
        return _AAN_DE.split(name)[0]
    return name


def _locative(t: str, m: re.Match, col: _Collector, known, gaz: bool) -> None:
    """An unknown name after a locative preposition ("bij Tel Rifaat"): a city unless it says otherwise."""
    name = m.group("n")
    if " op " in name and not known(name):
        name = name[:name.index(" op ")]  # "uit Lagos op Schiphol": where from, then where to (not "Bergen op Zoom")
    # "in Paddy's Pub aan de Jalan Legian": the pub, then its street
    name = _before_what_it_lies_on(name, known, more_follows=re.match(r" [A-ZÀ-Þ]", t[m.end("n"):m.end("n") + 2]) is not None)
    words = name.split(" ")
    while len(words) > 1 and demonym_state(words[-1]):
        words.pop()                      # "in Dapaong Beninse eenheden": the adjective of what follows
        name = " ".join(words)
    if words[0] in _not_places() or words[-1] in cues()["not_place_heads"] or name.isupper() or any(w.isupper() and len(w) > 1 for w in words) or \
            demonym_state(words[0]):
        return                           # "op de Poolse vliegbasis": an adjective, no place
    if len(words) == 1 and re.search(r"[dtgmlwr]se$", name) and re.match(r" [a-zà-ÿ]{3,}", t[m.end("n"):]):
        return                           # "bij Joodse instellingen": an adjective before its noun
    if re.search(r"\d", name) or len(name) < 3 or re.search(r"(?:ief|heid|ing|schap|isme|tie|teit)$", name) \
            or re.search(r"[a-z][A-Z]", name):
        return                           # "via TikTok": a brand, no place
    tail = re.search(r"-([a-zà-ÿ]{3,})$", name)
    if tail and tail.group(1) not in _compound_place_heads():
        return                           # "op de Tron-blockchain": a thing named after something, no place
    if _ADJECTIVE.search(words[0]) or m.group(0).startswith("op de") and \
            (re.search(r"(?:en|ers|'s)$", name) or t.startswith(" in ", m.end())):
        return                           # "op de Amerikaanse bases", "op de Rohingya in Myanmar": no place
    if _state_cue_res()[5].search(t[max(0, m.start("n") - 40):m.start("n")]):
        return                           # "mijn collega uit Qatar": the state's representative, no place
    if gaz and (states().lookup(name) or gazetteer("organisations").lookup(name) or gazetteer("missions").lookup(name)):
        return                           # gazetteer names are added (or refused) on their own
    k = known(name) if gaz else None
    if k:                                # "Priština" for the listed "Pristina": the listed place, spelled otherwise
        col.add(m.start("n"), m.start("n") + len(name), 1, type=k[0], key=k[1])
        return
    typ = _guess_type(name, "city")
    e = m.start("n") + len(name)
    number = re.match(r" \d{1,3}(?=[,.;:)]|\s+(?:in|bij|nabij|aan|op)\s)", t[e:e + 8])
    if number:                           # "een aanval op Tower 22 in Jordanië": the number belongs to the name
        e += number.end()
        typ, name = "base", t[m.start("n"):e]
    col.add(m.start("n"), e, 1, type=typ, key=_key(typ, name))


@lru_cache(maxsize=1)
def _compound_place_heads() -> frozenset[str]:
    """Common nouns that end a place's compound name ("Lachin-corridor", "Marriott-hotel")."""
    c = cues()
    return frozenset(w.lower() for key in ("feature_compound_heads", "building_compound_heads") for w in c[key])


_LISTED = re.compile(rf"(?:, | en | of )(?P<n>{_PNAME})(?![\w'’-])")


def _coordinated(t: str, col: _Collector, taken: Spans, known, gaz: bool) -> None:
    """Names listed after a place take its kind ("via Aleppo, Hama en Homs", "in Kabul en Jalalabad")."""
    starts = {s for s, _, _, _ in col.items}
    for s, e, _, kw in list(col.items):
        if kw.get("type") not in ("city", "region", "base", "other", "country"):
            continue
        pos = e
        while True:
            m = _LISTED.match(t, pos)
            if not m or m.start("n") in starts or not taken.free(m.start("n"), m.end("n")):
                break
            name = m.group("n")
            if not _place_shaped(name) or gaz and (gazetteer("organisations").lookup(name) or
                                                   gazetteer("missions").lookup(name)):
                break
            k = known(name)
            typ = k[0] if k else _guess_type(name, "city" if kw["type"] == "country" else kw["type"])
            col.add(m.start("n"), m.end("n"), 1, type=typ, key=k[1] if k else _key(typ, name))
            starts.add(m.start("n"))
            pos = m.end("n")


_ADJECTIVE = re.compile(r"(?:aanse|ische|sche|landse|ese|ense|iaanse|talige|ige|ees|isch|aans)$")


def _guess_type(name: str, default: str) -> str:
    return "country" if re.search(r"(?:stan|ië|land)$", name) else default


def _place_shaped(name: str) -> bool:
    words = name.split(" ")
    if words[0] in _not_places() or words[-1] in cues()["not_place_heads"] or words[0].lower() in _stop_words() \
            or _ADJECTIVE.search(words[0]) or \
            demonym_state(words[0]) or \
            any(w.isupper() and len(w) > 1 for w in words):
        return False
    return not re.search(r"\d", name) and not re.search(r"(?:ief|heid|ing|schap|isme|tie|teit)$", name)
