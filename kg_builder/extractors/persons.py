"""Persons, with the role they hold in the document and their party.

Names are read where Dutch parliamentary papers put them, each with its own
pattern on the clean text view:

- after an honorific or role word: "mevrouw Ollongren, Minister van Defensie",
  "minister Hillen van Defensie", "kapitein René Zeetsen", "premier Sudani";
- in office lines and signatures: "De griffier van de vaste commissie voor ..., Van Luijk",
  "Voorzitter: Pia Dijkstra", "De Minister van Defensie, J.A. Hennis-Plasschaert",
  signature columns ("De minister van Defensie<TAB>De minister van Buitenlandse Zaken" over
  "drs. K.H. Ollongren<TAB>Hanke Bruins Slot"), a name line over its role line;
- in lists: attendance ("te weten: A, B en C"), committee membership footnotes
  ("Samenstelling: Petersen (VVD) (voorzitter), ..."), "Indiener(s):", "Beantwoord door";
- in debate records: speaker headings ("De heer Omtzigt (CDA):"), "Servaes (PvdA)";
- motions: "MOTIE VAN HET LID ERKENS C.S.", "motie-Karimi/Duivesteijn" and the signers;
- with the given-name gazetteer: "Tanja Nijmeijer" (off with ``use_gazetteer=False``).

Titles, initials' dots and honorifics stay out of the label; initials are kept
("K.H. Ollongren").  Offices alone ("de minister van Defensie") are not persons.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..document import Document
from ..gazetteer import gazetteer
from ..lang import load_language_data
from ..mentions import Mention, Relation
from ..names import L, U, title_case_name
from ..registry import extractor
from ..vocab import KGB
from ._common import CAPWORD, Spans, alt, cues, demonym_alternation, demonym_state, make, matches, states, view

VERSION = "1"

_PART = r"(?:van het|van|de|der|den|ter|ten|te|in 't|van 't|op|d')"     # not a lone "het": "Trump het Pentagon"
_PART_WORD = r"(?:van|de|der|den|ter|ten|te|het|in 't|van 't|op|d')"     # one word of a particle
_PARTCAP = r"(?:Van|De|Den|Der|Ter|Ten|Te|In 't|Van 't|Op)"
_INIT = r"(?:[A-Z][a-z]?\.(?: (?=[A-Z][a-z]?\.))?)+"     # "M.J.M." and "M. J. M."
# a later name token: capitalised, or an Arabic article joined to one ("Bashar al-Assad")
_SUR = rf"(?:{CAPWORD}|(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-{U}[\w'’]*)"
# one space between name tokens (the clean view has made line breaks inside sentences spaces);
# after initials a second surname word only where the name ends ("H.G.J. Bruins Slot\n"), and the
# given name in brackets ("J.W. (Jan-Willem) Hoekstra")
NAME = (rf"(?:{_INIT} ?(?:\({CAPWORD}\) )?(?:(?:{_PARTCAP}|{_PART}) )*{CAPWORD}(?: {CAPWORD}(?= ?[\n,;:()]|$))?"
        rf"|(?:{_PARTCAP} (?:{_PART} )*)?{CAPWORD}(?: (?:{_PART} )*{_SUR}){{0,3}})")
# a full name without initials: given name and surname ("Jevgeni Prigozjin", "Bashar al-Assad")
_FULL = rf"(?:{CAPWORD} (?:bin|ibn|bint) {CAPWORD}(?: {_SUR}){{0,2}}|{CAPWORD}(?: (?:{_PART} )*{_SUR}){{1,3}})(?![\w\-])"
# a name in capitals; "EN" joins two names ("MOTIE VAN DE LEDEN BOSWIJK EN DASSEN")
_CAPS_WORD = r"(?!(?:EN|C\.S\.)(?![A-ZÀ-ÞĀ-Ž'\-]))[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'\-]+"
_CAPS_NAME = rf"{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}}"


@dataclass
class Hit:
    start: int                      # clean offsets of the name
    end: int
    name: str
    roles: list[str] = field(default_factory=list)
    party: str | None = None
    party_span: tuple[int, int] | None = None
    label: str | None = None        # when the label differs from the text (capitals)
    cue: str = ""


@lru_cache(maxsize=1)
def _data():
    return load_language_data("nl")["persons"]


def _cased(words: list[str]) -> list[str]:
    """The words as listed, capitalised, and with every part of a compound capitalised
    ("secretaris-generaal", "Secretaris-generaal", "Secretaris-Generaal")."""
    out = dict.fromkeys(words)
    for w in words:
        out.setdefault(w[0].upper() + w[1:])
        if "-" in w:
            out.setdefault("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return list(out)


@lru_cache(maxsize=1)
def _res():
    d = _data()
    roles = alt(_cased(d["role_words"]))
    portf = alt(d["portfolios"])
    hon = alt(d["honorifics"])
    titles = alt(d["titles"])
    name = rf"(?P<name>{NAME})"
    pf_tail = rf"(?:,? (?P<prep>van|voor) (?P<pf>{portf})(?![\w])| \((?P<pf2>{portf})\))?"
    party = r"(?: ?\((?P<party>(?![a-z])[^()\n]{1,30})\))?"      # not "(ontvangen 2 mei 2023)"
    full = rf"(?P<name>{_FULL})"
    appos = alt(_cased(d["apposition_roles"]))
    com = r"(?:(?:vaste|algemene|bijzondere|tijdelijke|parlementaire) )?(?:[Kk]amer)?[Cc]ommissie"
    office = rf"(?P<role>(?:(?:fungerend|plaatsvervangend|waarnemend) )?(?:adjunct-)?(?:voorzitter|griffier|ondervoorzitter|secretaris)(?: van de {com}(?: voor| van)?[^\n,]*?(?:, [A-Z][^\n,]*?)*)?)"
    return {
        "honorific": re.compile(rf"(?<![\w])(?:{hon}) (?:(?:{titles}) ?)*{name}{party}"
                                rf"(?:, (?P<role>(?:[Mm]inister|[Ss]taatssecretaris)(?:-president)?(?: (?:van|voor) (?:{portf}))?))?"),
        "appos_after": re.compile(rf"{full}, (?:de |het |een )?(?:[a-z]\w+ )?(?P<role>(?:{appos})(?: (?:van|bij|voor) [^,.;:()\n]{{2,60}})?)(?=[,.;:(]| (?:[a-z]|\())"),
        "appos_before": re.compile(rf"(?:\([A-Z][\w\-]{{1,10}}\)|(?<![\w-])(?P<role>(?:(?:[A-Z]\w*|[Oo]nder|[Vv]ice|[Aa]djunct)-)?(?:{appos})(?: (?:van|bij|voor) [^,.;:()\n]{{2,60}}?)?)), {full}(?:,|(?=[.;:](?:\s|$)))"),
        # "De burgemeester van Rotterdam, Aboutaleb, heeft": a surname alone in apposition to a described office
        "appos_surname": re.compile(rf"(?<![\w-])(?:[Dd]e|[Hh]et) (?:[A-Za-z][\w-]*e )?(?P<role>(?:{appos}|{roles})"
                                    rf"(?: (?:van|bij|voor) [^,.;:()\n]{{2,60}}?)?), (?P<name>(?:{_PARTCAP} )?{_SUR}), (?=[a-z])"),
        # "Hoofd van de missie is Dimitrios Karabalis.": an office, then who holds it
        "role_is": re.compile(rf"(?<![\w-])(?P<role>(?:{appos})(?: (?:van|bij|voor) [^,.;:()\n]{{2,60}}?)?) (?:is|was) "
                              rf"{full}(?=\s*[.,;])"),
        # "met Gyude Bryant als voorzitter": a full name, then the office it holds
        "as_role": re.compile(rf"(?<![\w-]){full} als (?P<role>(?:{appos})(?: (?:van|bij|voor) [^,.;:()\n]{{2,60}}?)?)"
                              rf"(?=\s*[,.;:)]| [a-z])"),
        # "de minister-presidenten van Aruba en Curaçao, Mike Eman en Gilmar Pisas": several holders of an office
        "appos_plural": re.compile(rf"(?<![\w-])(?P<role>(?:{alt(d['plural_roles'])})(?: van [^,.;:()\n]{{2,60}}?)?),? "
                                   rf"(?P<names>{_FULL}(?:, {_FULL})*,? en {_FULL})(?=\s*[.,;:)]|\s+[a-z])"),
        # "door de presidenten Izetbegović, Milošević en Tuđman": surnames listed after a plural office
        "plural_surnames": re.compile(rf"(?<![\w-])(?:{alt(d['plural_roles'])}) (?P<names>{CAPWORD}(?:, {CAPWORD})*,? en "
                                      rf"{CAPWORD})(?=\s*[.,;:)]|\s+[a-z])"),
        "name_cue": re.compile(rf"(?<![\w-])(?i:{alt(d['name_cues'])}) {full}"),
        # "de Georgische burger Tamaz Ginturi", "de 21-jarige Dylan Earl": a described person without a comma
        # "de 21-jarige Pakistaan Mohammed Ajmal Amir Kasab", "een 32-jarige Noor, Anders Behring Breivik,"
        "described": re.compile(rf"(?<![\w-])(?:[Dd]e|[Ee]en) (?:\d{{1,3}}-jarige(?: (?:{alt(d['nationality_nouns'])}),?| {CAPWORD},)?|"
                                rf"(?:{alt(d['nationality_nouns'])})|"       # "onder wie de Marokkaan Jamal Zougam"
                                rf"(?:{demonym_alternation()}) "
                                rf"(?!(?:{_not_person_nouns()})\b)(?![a-z-]*{_NOT_PERSON_ENDINGS}\b)[a-z][a-z-]{{3,24}}) {full}(?![\w-])"),
        "siblings": re.compile(rf"(?<![\w-])(?i:{alt(d['name_cues'])}) (?P<first>{CAPWORD}) en (?P<name>{CAPWORD} {_SUR})(?![\w\-])"),
        "initial_surname": re.compile(rf"(?<![\w\-.'’])(?P<name>{CAPWORD}(?: (?:al|el|bin|ben|van|de|van der|van den))? [A-Z]\.)(?= [a-z]|[,;:])"),
        "role": re.compile(rf"(?<![\w-])(?:(?!(?:{roles}) )(?P<pre>[A-Z][\w]*)-|(?:[Oo]ud|[Ee]x|[Vv]oormalig)-|"
                           rf"(?P<acting>[Ii]nterim|[Aa]djunct|[Ww]aarnemend)-)?(?P<rw>{roles}) "
                           rf"(?:b\.d\. )?(?:(?:{titles}) ?)*{name}{pf_tail}{party}"),
        # "Minister van Defensie Tuinman": the office with its portfolio right before the name
        "role_pf_name": re.compile(rf"(?<![\w-])(?P<rw>[Mm]inister|[Ss]taatssecretaris) (?P<prep>van|voor) (?P<pf>{portf}) "
                                   rf"(?:(?:{titles}) ?)*{name}{party}"),
        "minister_item": re.compile(rf"({NAME}) (van|voor) ({portf})"),
        # a known given name (looked up in a set: thousands of them) and a surname after it
        "given_word": re.compile(rf"(?<![\w\-.]){U}[\w'’-]*"),
        "given_tail": re.compile(rf" (?:{_PART} )*{_SUR}(?: {_SUR}){{0,2}}"),
        "ministers": re.compile(rf"(?<![\w])(?:de )?[Mm]inisters ((?:{NAME}) (?:van|voor) (?:{portf})(?:(?:, | en )(?:{NAME}) (?:van|voor) (?:{portf}))+)"),
        "office_line": re.compile(rf"(?m)^De {office},\s*(?:(?:{titles}) ?)*{name}\s*$"),
        "office_colon": re.compile(rf"(?m)(?:^|(?<=\s))(?=(?P<role>Voorzitter|Griffier|Adjunct-griffier|Rapporteur): {name})"),
        "name_over_role": re.compile(rf"(?m)^(?:(?:{titles}) ?)*{name}\n(?P<role>(?:Voorzitter|Griffier|Minister|Staatssecretaris|Minister-president)(?: (?:van|voor) [^\n]+)?)$"),
        "signature": re.compile(rf"(?<![\w])(?=De (?P<role>(?:[Mm]inister|[Ss]taatssecretaris)(?:-president)?(?: (?:van|voor) (?:{portf}))?(?:, (?:[Mm]inister|[Ss]taatssecretaris) (?:van|voor) (?:{portf}))?),\s*(?:(?:{titles}) ?)*{name})"),
        "speaker": re.compile(rf"(?m)^(?:(?:De heer|Mevrouw|Minister|Staatssecretaris) )?{name} ?\((?P<party>[^()\n]{{1,30}})\):"),
        "speaker_hon": re.compile(rf"(?m)^(?:De heer|Mevrouw) {name}:"),
        "motion_caps": re.compile(rf"(?:MOTIE|AMENDEMENT|GEWIJZIGDE MOTIE) VAN (?:HET LID|DE LEDEN) (?P<names>{_CAPS_NAME}(?: EN {_CAPS_NAME})*)(?: C\.S\.)?"),
        "motion_dash": re.compile(rf"(?<![\w])(?:[Mm]otie|[Aa]mendement)-(?P<names>{NAME}(?:/{NAME})*)"),
        "motion_of": re.compile(rf"(?<![\w])(?:[Mm]otie|[Aa]mendement) van (?:het lid|de leden) (?P<names>{NAME}(?:(?:, | en ){NAME})*)"),
        "with_party": re.compile(rf"(?<![\w\-]){name} \((?P<party>[^()\n]{{1,30}})\)"),
        "signers": re.compile(r"(?:en gaat over tot de orde van de dag\.|gaat over tot de orde van de dag\.)\n((?:[^\n]+\n?){1,12})"),
        "present": re.compile(r"(?:te weten|namelijk): ([^\n]+)"),
        "list_line": re.compile(r"(?:^|(?<=\s))(?:Indiener\(s\):|Indieners?:?|Beantwoord door|Ondertekenaars?:) "
                                r"((?:(?!Indiener|Beantwoord door|Onderwerpen|Bron |Ingediend)[^\n])+)"),
        "samenstelling": re.compile(r"Samenstelling:\s*([^\n]+(?:\n[^\n\d][^\n]*\)[^\n]*){0,3})"),
    }


_NOT_PERSON_ENDINGS = (r"(?:boot|boten|schip|schepen|tanker|vaartuig|stad|dorp|basis|haven|krant|zender|partij|groep|"
                       r"beweging|dienst|raad|leger|regio|provincie|organisatie|bedrijf|bank|maatschappij|missie|kazerne|"
                       r"verordening|richtlijn)")


@lru_cache(maxsize=1)
def _not_person_nouns() -> str:
    """Nouns after a demonym that name places, bodies, ships or operations, not persons ("de Poolse stad X")."""
    c = cues()
    words = set(c["place_heads"]) | {w.lower() for w in c["base_heads"]} | set(c["ship_words"]) | \
        set(c["mission_words"]) | set(c["forces_words"]) | set(c["named_by_head"]) | \
        {"regering", "omroep", "oefening", "eenheid", "brigade"}
    return alt(sorted(w for w in words if " " not in w))


@lru_cache(maxsize=1)
def _body_suffixes() -> tuple[str, ...]:
    return tuple(cues()["body_suffixes"]) + ("organisatie", "beweging", "partij", "front", "ministerie")


@lru_cache(maxsize=1)
def _portfolios() -> frozenset[str]:
    return frozenset(_data()["portfolios"])


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Capitalised words no name holds: ``not_names`` and the heads of treaties and plans
    ("Akkoord van Ohrid" on a heading line is no person)."""
    return frozenset(_data()["not_names"]) | frozenset(cues()["not_place_heads"])


def _prefixed_role(word: str) -> bool:
    """An office with a prefix ("Interim-president", "Oud-premier", "VN-gezant"): no name word."""
    m = _ROLE_PREFIX.fullmatch(word)
    return m is not None and m.group(1).lower() in _data()["role_words"]


_ROLE_PREFIX = re.compile(r"(?:[Ii]nterim|[Oo]ud|[Ee]x|[Vv]ice|[Aa]djunct|[A-Z]{2,6})-(\w+)")


_ACT_WORD = re.compile(r"(?:verordening|richtlijn|besluit|regeling)$")


@lru_cache(maxsize=1)
def _building_word() -> re.Pattern:
    """One word naming a building by its head ("Boudewijnstadion", "Marriotthotel"): no name word."""
    heads = [h for h in cues()["building_compound_heads"] if h != "kerk"]     # "Ouwerkerk", "Oudkerk": surnames
    return re.compile(rf"[A-Z]\w{{2,}}(?<!sc)(?:{alt(heads)})")               # not "Ruimschotel" (a dish)


def normalise_role(role: str) -> str:
    """Capitalisation normalised: offices of government capitalised, the rest lower case."""
    role = re.sub(r"\s+", " ", role).strip(" ,;:()")
    role = re.sub(r"\s*\(nederland\)", "", role, flags=re.I)
    if not role:
        return role
    head = role.split(" ")[0].lower()
    if head.startswith(("minister", "staatssecretaris", "president", "viceminister", "premier")) and \
            head not in ("premier",):
        role = role[0].upper() + role[1:]
        if not head.startswith(("minister", "staatssecretaris")):
            return role
        # "Minister buitenlandse zaken" -> "Minister Buitenlandse Zaken"
        words = role.split(" ")
        role = " ".join([words[0]] + [w if w in ("van", "voor", "en", "der", "de") else w[:1].upper() + w[1:]
                                      for w in words[1:]])
    else:
        role = role[0].lower() + role[1:]
    return role


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.nl.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS) - {"van", "de", "der", "den", "ter", "ten", "te", "het", "op", "in"}


@lru_cache(maxsize=1 << 14)
def _clean_name(name: str, cued: bool = False) -> str | None:
    """Cut a matched name at the first word that cannot be part of a name; None if nothing is left.

    Capitalised particles open a surname ("Van der Burg", "De Roon"); a capitalised
    function word ("Alleen", "Sinds") or a word from ``not_names`` ends the name, except a
    given name right after a cue (``cued``: "generaal Dan McNeill").
    """
    words = name.split(" ")
    bad = _not_names()
    stop = _stop_words()
    out: list[str] = []
    for i, w in enumerate(words):
        particle = re.fullmatch(_PARTCAP, w) is not None and i + 1 < len(words)
        after_particle = i > 0 and re.fullmatch(rf"{_PART_WORD}|{_PARTCAP}|.*-{_PART_WORD}", words[i - 1]) is not None
        given = cued and i == 0 and w[:1].isupper() and len(words) > 1 and words[1][:1].isupper() and w.lower() in stop
        article = w in ("Al", "El") and 0 < i < len(words) - 1 and words[i + 1][:1].isupper()   # "Rashid Al Zayani"
        if w in ("Zr", "Hr") and out or out[-1:] == ["de"] and w in cues()["geo_name_heads"]:
            if out[-1:] == ["de"]:
                out.pop()
            break                         # "Sanne Verhoef van Zr.Ms. Willemstad", "Rahimi de Straat van Hormuz"
        if not particle and not after_particle and not given and not article and \
                (w in bad or w.lower() in stop or _building_word().fullmatch(w) or _prefixed_role(w)):
            if out:
                break
            continue          # a sentence-initial word before the name
        out.append(w)
    while out and re.fullmatch(_PART_WORD, out[-1]):
        out.pop()
    text = " ".join(out)
    of = re.search(r" van (?:de |het )?([^ ].*)$", text)
    if of and states().lookup(of.group(1)):
        text = text[:of.start()]         # "João Lourenço van Angola": the name ends before its country
    for body in re.finditer(r"(?<=[a-zà-ÿ]) van (?:de|het|der|den) (?=[A-Z])", text):
        before, tail = text[:body.start()].split(" "), text[body.end():].split(" ")
        if len(before) >= 2 and before[-1][:1].isupper() and before[-1] not in _data()["given_names"] and (
                len(tail) > 1 or tail[0] in _data()["service_names"] or gazetteer("organisations").lookup(tail[0])):
            text = text[:body.start()]   # "Arnaud Beltrame van de Gendarmerie", "Jan de Vries van de Koninklijke
            break                        # Marine": after a given name and a surname, where the person serves
    if not text or text in bad or not re.search(rf"{L}", text):
        return None
    if re.fullmatch(_INIT, text):
        return None
    return text


def _cut_portfolio(name: str) -> tuple[str, str | None, str | None]:
    """"Hillen van Defensie" -> ("Hillen", "van", "Defensie")."""
    for pf in sorted(_portfolios(), key=len, reverse=True):
        for prep in ("van", "voor"):
            tail = f" {prep} {pf}"
            if name.endswith(tail):
                return name[: -len(tail)], prep, pf
    return name, None, None


def _cut_party(name: str, use_gazetteer: bool) -> tuple[str, str | None, tuple[int, int]]:
    """"Piri van de Partij van de Arbeid" -> ("Piri", "Partij van de Arbeid", span of the party)."""
    for m in re.finditer(r" van (?:de |het )?", name):
        tail = name[m.end():]
        if m.start() and _is_party(tail, use_gazetteer):
            return name[:m.start()], tail, (m.end(), len(name))
    return name, None, (0, 0)


def _cut_known_parties(t: str, hits: list[Hit]) -> None:
    """"mevrouw Koekkoek van Volt" where the text also writes "Koekkoek (Volt)": the party leaves the name."""
    parties = {h.party for h in hits if h.party}
    if not parties:
        return
    rx = re.compile(rf" van (?:de |het )?({alt(parties)})$")
    for h in hits:
        m = rx.search(h.name)
        if m and m.start():
            h.party = h.party or m.group(1)
            ps = h.start + m.start(1)
            h.party_span = h.party_span or (ps, ps + len(m.group(1)))
            h.name, h.end = h.name[:m.start()], h.start + m.start()


def _minister_role(rw: str, prep: str | None, pf: str | None) -> str:
    return normalise_role(f"{rw} {prep or 'van'} {pf}" if pf else rw)


def _is_party(text: str, use_gazetteer: bool) -> bool:
    t = text.strip()
    if use_gazetteer and gazetteer("parties").lookup(t):
        return True
    # a party label: one short capitalised token, typically an acronym ("JA21", "GroenLinks-PvdA")
    if re.match(r"(?:Partij|Party|Beweging|Unie|Forum|Alliantie)\b", t) and len(t) < 40:
        return True                  # "Partij van de Arbeid", "Forum voor Democratie"
    return bool(re.fullmatch(r"[A-Z0-9][\w\-/ÖÜ]{1,24}", t)) and sum(c.isupper() or c.isdigit() for c in t) >= 2 \
        and any(c.isupper() for c in t) and t.lower() not in ("voorzitter",)


@lru_cache(maxsize=1)
def _place_heads() -> tuple[str, ...]:
    from ._common import cues
    return tuple(cues()["place_heads"])


def _initials_of(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s\-]+", name) if w[:1].isalpha()).upper()


def _surname_with_party(t: str, m: re.Match) -> bool:
    """"Servaes (PvdA)", "Van Ark (VVD)" without a party list: a bare surname before a party-like
    short form that does not abbreviate it (unlike "Syrisch Nationaal Leger (SNA)")."""
    name, party = _clean_name(m.group("name")), m.group("party").strip()
    if not name:
        return False
    words = [w for w in name.split(" ") if not re.fullmatch(_PART_WORD + "|" + _PARTCAP, w)]
    if len(words) > 2 or any(w in _name_stoppers() for w in words):
        return False
    if any(_ANY_ADJECTIVE.search(w) or _ADJECTIVE_END.search(w) and len(words) > 1 for w in words):
        return False
    start = m.start("name") + m.group("name").find(name)
    before = t[max(0, start - 80):start]
    if re.search(r"(?:^|\s)(?:in|naar|uit|bij|nabij|rond|vanuit|tegen|over|the|of|de|het|een)\s$", before, re.I) \
            or re.search(rf"[a-z]{_NOT_PERSON_ENDINGS}\s$", before):
        return False                 # "de staatsbank Promsvjazbank (PSB)": a body named after its kind
    if name[0].islower() and not re.search(rf"(?:{U}\.|heer|mevrouw)\s$", before, re.I):
        return False                 # "volgens de Wereldgezondheidsorganisatie (WHO)": "de" is an article here
    if any(words[-1].lower().endswith(x) and len(words[-1]) > len(x) + 2 for x in _body_suffixes()):
        return False                 # "De Nationale Overgangsraad (NTC)": a body and its short form (not "Raad")
    if re.search(rf"{U}{L}+ (?:en|voor|van|of|and|for) $", before):
        return False                 # "Bosnië en Herzegovina (BiH)", "Onderzoek en Bescherming (SIPA)": a longer name
    if re.match(r"(?:[Aa]l|[Ee]l|[Aa][dnrsz]|[Aa]sh)-[A-Z]", party):
        return False                 # "Hodeidah (Al-Hudaydah)": a transliteration, no Dutch party
    if re.search(rf"(?:^|\s)(?:{'|'.join(map(re.escape, _place_heads()))})\s+van\s$", before):
        return False                 # "de haven van Hodeidah (…)": a place
    # the short form abbreviates the words before it ("NAVO Missie Irak (NMI)")
    letters = re.sub(r"[^A-ZÀ-Þ]", "", party)
    if re.search(r"\d{3}", party) or len(letters) >= 2 and letters[:2] in _initials_of(before[-60:] + " " + name):
        return False
    if sum(c.isupper() for c in party) < 2:   # "Dassen (Volt)" only inside a list of members
        return bool(re.search(r"\)\s*,\s*$", before) and re.match(r"\s*(?:,|en\s)", t[m.end():m.end() + 4]))
    return True


def _split_items(text: str) -> list[tuple[int, str]]:
    """Items of a list separated by commas (outside parentheses) and a final "en"."""
    items: list[tuple[int, str]] = []
    depth, start = 0, 0
    for i, c in enumerate(text + ","):
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == "," and depth == 0:
            items.append((start, text[start:i]))
            start = i + 1
    out: list[tuple[int, str]] = []
    for off, item in items:
        parts = re.split(r" en (?=[A-ZÀ-Þ])", item)
        pos = off
        for p in parts:
            k = item.find(p, pos - off)
            out.append((off + k, p))
            pos = off + k + len(p)
    return out


@lru_cache(maxsize=1)
def _item_re() -> re.Pattern:
    titles = alt(_data()["titles"])
    return re.compile(rf"^\s*(?:(?:{titles}) ?)*(?P<name>{NAME})\s*"
                      rf"(?P<parens>(?:\((?:[^()]|\([^()]*\))*\)\s*)*)$")


def _parse_item(base: int, text: str, use_gazetteer: bool) -> Hit | None:
    """"Petersen (VVD) (voorzitter)", "Stef Blok (minister buitenlandse zaken) (VVD)"."""
    m = _item_re().match(text)
    if not m:
        return None
    name = _clean_name(m.group("name"))
    if not name or name != m.group("name"):
        return None
    hit = Hit(base + m.start("name"), base + m.start("name") + len(name), name, cue="list")
    for pm in re.finditer(r"\(((?:[^()]|\([^()]*\))*)\)", m.group("parens")):
        inner = pm.group(1).strip()
        s = base + m.start("parens") + pm.start(1)
        if _is_party(inner, use_gazetteer) and hit.party is None:
            hit.party = inner
            hit.party_span = (s, s + len(pm.group(1)))
        else:
            for r in inner.split(","):
                r = normalise_role(r)
                if r and r.lower() not in ("nederland",):
                    hit.roles.append(r)
    return hit


def find_persons(doc: Document, use_gazetteer: bool = True) -> list[Hit]:
    """Every person name found by the patterns, in clean-view offsets (may overlap)."""
    v = view(doc)
    t = v.clean
    low = t.lower()
    R = _res()
    hits: list[Hit] = []

    def add(m: re.Match, group: str = "name", roles: list[str] | None = None, party: str | None = None,
            party_group: str | None = None, cue: str = "") -> Hit | None:
        raw = m.group(group)
        name = _clean_name(raw, cued=cue in ("honorific", "role", "described", "appos_before", "appos_after", "role_is", "as_role"))
        if not name or _UNINFLECTED_ADJECTIVE.search(name.split(" ")[0]):
            return None                  # "commandant Caribisch gebied …": an adjective, no name
        words = name.split(" ")
        if _building_word().fullmatch(words[-1]) or _ACT_WORD.search(words[-1]):
            return None                  # "generaal-majoor De Ruyter van Steveninckkazerne", "Uitvoeringsverordening (EU)"
        adj = next((i for i, w in enumerate(words) if i and demonym_state(w)), None)
        if adj is not None:              # "in Dapaong Beninse en Togolese eenheden": a demonym ends the name
            if adj < 2 and not cue:
                return None
            name = " ".join(words[:adj])
        s = m.start(group) + max(0, raw.find(name))
        if cue not in ("speaker", "with_party") and _ship_before().search(t, max(0, s - 30), s):
            return None                  # "het vliegdekschip Charles de Gaulle": a ship named after a person
        h = Hit(s, s + len(name), name, roles=[r for r in (roles or []) if r], party=party, cue=cue)
        if party_group and m.group(party_group):
            p = m.group(party_group).strip()
            if _is_party(p, use_gazetteer) or cue in ("speaker", "with_party") and re.fullmatch(rf"{U}[\w\-/]{{1,24}}", p):
                h.party = p
                h.party_span = (m.start(party_group), m.end(party_group))
            elif p in _portfolios():
                h.roles.append(normalise_role(f"Minister van {p}"))
            else:
                return None
        return _append(h)

    def _append(h: Hit) -> Hit:
        hits.append(h)
        return h

    for m in matches(R["honorific"], t, low):
        name, prep, pf = _cut_portfolio(m.group("name"))
        name, party, pspan = _cut_party(name, use_gazetteer)
        role = normalise_role(m.group("role")) if m.group("role") else None
        if pf:
            role = normalise_role(f"Minister {prep} {pf}")
        h = add(m, roles=[role] if role else [], party_group="party", cue="honorific")
        if h and (pf or party):
            h.end = h.start + len(_clean_name(name, cued=True) or name)
            h.name = t[h.start:h.end]
        if h and party and not h.party:
            ps, pe = m.start("name") + pspan[0], m.start("name") + pspan[1]
            pe += len(re.match(r"[\w-]*", t[pe:]).group(0))      # "van GroenLinks-PvdA": the whole word
            h.party, h.party_span = t[ps:pe], (ps, pe)
    for m in matches(R["role"], t, low):
        rw_text = m.group("rw")
        if rw_text not in _data()["role_words"]:
            compound = "-" in rw_text and rw_text.lower() in _data()["role_words"]     # "Secretaris-Generaal"
            if not compound and (m.group("pre") or not re.search(r"(?:^|[.!?:]\s+|\n)$", t[max(0, m.start() - 3):m.start()])):
                continue               # "Generaal" capitalised only opens a sentence or line
            rw_text = rw_text.lower() if compound else rw_text[0].lower() + rw_text[1:]
        rw = _data()["role_words"][rw_text]
        name, prep, pf = _cut_portfolio(m.group("name"))
        pf = pf or m.group("pf") or m.group("pf2")
        prep = prep or m.group("prep")
        if name in _portfolios() or not _clean_name(name):
            continue
        role = _minister_role(rw, prep, pf) if rw.lower() in ("minister", "staatssecretaris") else normalise_role(rw)
        if m.group("pre"):
            if rw_text not in _data()["role_compound_heads"]:
                continue
            role = f"{m.group('pre')}-{m.group('rw')}"       # "HTS-leider"
        if rw.lower() in ("minister", "staatssecretaris") and not pf and m.group("party") is None:
            role = None           # "minister Koenders" alone: the role is given elsewhere
        if role and m.group("acting"):
            role = f"{m.group('acting').lower()}-{role[:1].lower()}{role[1:]}"     # "interim-president Adly Mansour"
        h = add(m, roles=[role] if role else [], party_group="party", cue="role")
        if h:
            cut = _clean_name(name, cued=True) or name
            h.end, h.name = h.start + len(cut), cut
            regnal = _REGNAL.match(t, h.end) if rw_text.lower() in ("koning", "koningin") else None
            if regnal:                 # "koning Harald V", "Koning Abdullah II"
                h.end, h.name = regnal.end(), t[h.start:regnal.end()]
    for m in matches(R["role_pf_name"], t, low):
        name = m.group("name")
        if name.split(" ")[0] in _not_names() or name.split(" ")[0].lower() in _stop_words() \
                or "\n" in doc.text[slice(*v.to_original(m.end("pf"), m.start("name")))]:
            continue                   # not signature columns ("De minister van X \n\n drs. Y")
        h = add(m, roles=[_minister_role(m.group("rw")[0].upper() + m.group("rw")[1:], m.group("prep"), m.group("pf"))],
                party_group="party", cue="role")
        if h:
            cut = _clean_name(name, cued=True) or name
            h.end, h.name = h.start + len(cut), cut
    for m in matches(R["appos_plural"], t, low):
        for nm in _full_re().finditer(m.group("names")):
            s = m.start("names") + nm.start()
            if _bare_full_name(t, s, nm.group(0), use_gazetteer, role=True):
                hits.append(Hit(s, s + len(nm.group(0)), nm.group(0), cue="appos_before"))
    for m in matches(R["plural_surnames"], t, low):
        for nm in re.finditer(CAPWORD, m.group("names")):
            s, w = m.start("names") + nm.start(), nm.group(0)
            if w not in _portfolios() and w.lower() not in _stop_words() and not (use_gazetteer and _overlaps_org(w)):
                hits.append(Hit(s, s + len(w), w, cue="appos_before"))
    for key in ("appos_after", "appos_before", "role_is", "as_role", "name_cue", "described"):
        for m in matches(R[key], t, low):
            if key == "name_cue" and use_gazetteer and _aka_of_org(t, m):
                continue                 # "Boko Haram, ook bekend als Jama'atu Ahlis Sunna …": the group's other name
            role = m.groupdict().get("role")
            if _bare_full_name(t, m.start("name"), m.group("name"), use_gazetteer, role=bool(role) or key == "described"):
                add(m, roles=[normalise_role(role)] if role else [], cue=key)
    for m in matches(R["appos_surname"], t, low):
        name = m.group("name")
        if name in _not_names() or name.lower() in _stop_words() or name in _data()["role_words"] \
                or demonym_state(name) or _clean_name(name, cued=True) != name \
                or use_gazetteer and _overlaps_org(name):
            continue
        add(m, roles=[normalise_role(m.group("role"))], cue="appos_before")
    for m in matches(R["siblings"], t, low):        # "de broers Chérif en Saïd Kouachi"
        if _bare_full_name(t, m.start("name"), m.group("name"), use_gazetteer) and _clean_name(m.group("first")):
            sur = m.group("name").split(" ", 1)[1]
            hits.append(Hit(m.start("first"), m.end("first"), m.group("first"), label=f"{m.group('first')} {sur}",
                            cue="siblings"))
            add(m, cue="siblings")
    for m in matches(R["initial_surname"], t, low):     # "Gökmen T.": a suspect named by surname initial
        first = m.group("name").split(" ")[0]
        if first in _not_names() or first.lower() in _stop_words() or first in _data()["role_words"] or \
                len(first) < 2 or use_gazetteer and _overlaps_org(first):
            continue
        hits.append(Hit(m.start("name"), m.end("name"), m.group("name"), cue="initial_surname"))
    hits += _full_names_used_alone(t, use_gazetteer)
    for m in matches(R["ministers"], t, low):
        base = m.start(1)
        for im in R["minister_item"].finditer(m.group(1)):
            name, prep, pf = _cut_portfolio(im.group(0))
            cn = _clean_name(name)
            if cn:
                hits.append(Hit(base + im.start(), base + im.start() + len(cn), cn,
                                roles=[normalise_role(f"Minister {prep} {pf}")], cue="ministers"))
    for key in ("office_line", "office_colon", "name_over_role", "signature"):
        for m in matches(R[key], t, low):
            role = normalise_role(m.group("role").rstrip(","))
            add(m, roles=[role], cue=key)
    for m in matches(R["speaker"], t, low):
        add(m, party_group="party", cue="speaker")
    for m in matches(R["speaker_hon"], t, low):
        add(m, cue="speaker")
    for m in matches(R["with_party"], t, low):
        p = m.group("party").strip()
        if re.search(r"(?:(?:^|\s)(?:du|des|de la|del|della|le|la|les|au|aux|et|pour|of|of the|for|the|and|zonder|"
                     r"voor)\s|l['’])$", t[max(0, m.start("name") - 8):m.start("name")]) \
                or use_gazetteer and _overlaps_org(m.group("name")):
            continue                   # the end of an organisation's name ("Artsen zonder Grenzen (AzG)"), a place
        if use_gazetteer and gazetteer("parties").lookup(p) or \
                (_is_party(p, False) or re.fullmatch(rf"{U}{L}{{2,12}}", p)) and _surname_with_party(t, m):
            add(m, party_group="party", cue="with_party")
    for m in matches(R["motion_caps"], t, low):
        for nm in re.finditer(_CAPS_NAME, m.group("names")):
            if nm.group(0) in ("EN", "C.S."):
                continue
            s = m.start("names") + nm.start()
            label = title_case_name(nm.group(0))
            hits.append(Hit(s, s + len(nm.group(0)), nm.group(0), label=label, cue="motion"))
    for key in ("motion_dash", "motion_of"):
        for m in matches(R[key], t, low):
            for nm in re.finditer(NAME, m.group("names")):
                cn = _clean_name(nm.group(0))
                if cn:
                    s = m.start("names") + nm.start()
                    hits.append(Hit(s, s + len(cn), cn, cue="motion"))
    for m in matches(R["signers"], t, low):
        base = m.start(1)
        for lm in re.finditer(r"[^\n]+", m.group(1)):
            line = lm.group(0).strip()
            if re.fullmatch(NAME, line) and _clean_name(line) == line:
                s = base + lm.start() + lm.group(0).find(line)
                hits.append(Hit(s, s + len(line), line, cue="motion"))
            elif line:
                break
    for key in ("present", "list_line", "samenstelling"):
        for m in matches(R[key], t, low):
            block = m.group(1).replace("\n", " ")
            block = re.split(r",? en (?=(?:mevrouw|de heer|[Mm]inister|[Ss]taatssecretaris)\b)", block)[0]
            for off, item in _split_items(block):
                h = _parse_item(m.start(1) + off, item, use_gazetteer)
                if h and (h.party or key != "samenstelling"):
                    h.cue = key
                    if t[h.start:h.end] == h.name:
                        hits.append(h)
    hits += _columns(doc.text, v)
    _cut_known_parties(t, hits)
    if use_gazetteer:
        for start, found in _given_names_with_surname(t):
            cn = _clean_name(found, cued=True)            # the first word is a known given name
            if cn and " " in cn and found.startswith(cn) and not _overlaps_org(cn) \
                    and not any(w in _name_stoppers() for w in cn.split(" ")[1:]) \
                    and not _ship_before().search(t, max(0, start - 30), start) \
                    and not re.search(r"(?:^|[\s(])(?:[Dd]e|[Hh]et|[Oo]peratie|Operation|[Mm]issie|Mission) $",
                                      t[max(0, start - 11):start]):
                # not "Ben Gurion Airport", not "het vliegdekschip Charles de Gaulle", not "na aankomst van de Karel
                # Doorman", not "de operatie Linda Nchi"
                hits.append(Hit(start, start + len(cn), cn, cue="given_name"))
        for start, end, _ in gazetteer("public_figures").find(t):
            if not re.match(rf"(?:[ -]{U}|-[a-z])", t[end:end + 2]) and t[start - 1:start] != "-" \
                    and not re.search(rf"{U}[\w'’.-]* $", t[max(0, start - 30):start]):
                # not inside a longer name: "Trump Route", "Assad-regime", "het plan-Annan", "Sajida Mubarak al-Rishawi"
                hits.append(Hit(start, end, t[start:end], cue="known"))   # "Poetin", "Assad": known by surname
    hits += _group_leaders(t, use_gazetteer)
    hits += _coordinated_names(t, hits, use_gazetteer)
    return hits


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return frozenset(_data()["given_names"])


def _given_names_with_surname(t: str) -> Iterable[tuple[int, str]]:
    """(start, text) of a known given name followed by a surname, not overlapping one another."""
    R, names, end = _res(), _given_names(), -1
    for w in R["given_word"].finditer(t):
        if w.start() < end or w.group(0) not in names:
            continue
        tail = R["given_tail"].match(t, w.end())
        if tail:
            end = tail.end()
            yield w.start(), t[w.start():end]


_AND_NAME = re.compile(rf" en (?P<name>{CAPWORD}(?: (?:{_PART} )*{_SUR}){{1,2}})(?=[\s,.;:)]|$)")


def _coordinated_names(t: str, hits: list[Hit], use_gazetteer: bool) -> list[Hit]:
    """A full name joined by "en" to a full name found ("twee soldaten, Ehud Goldwasser en Eldad Regev"):
    a person too, if it could be a bare full name."""
    out: list[Hit] = []
    taken = {(h.start, h.end) for h in hits}
    for h in hits:
        if " " not in h.name or t[h.start:h.end] != h.name:
            continue
        m = _AND_NAME.match(t, h.end)
        if not m or any(a < m.end("name") and m.start("name") < b for a, b in taken):
            continue
        name = _clean_name(m.group("name"))
        if name == m.group("name") and _bare_full_name(t, m.start("name"), name, use_gazetteer):
            out.append(Hit(m.start("name"), m.end("name"), name, cue="coordinated"))
            taken.add((m.start("name"), m.end("name")))
    return out


# "(STC) van Aidarous al-Zubaidi", "Verzetskrachten van Tareq Saleh", "Raad (PLC) onder Rashad al-Alimi":
# a group named by its leader, a given name and a surname (with an Arabic article or "bin"/"ibn")
_LEADER = re.compile(rf"(?:\)|(?P<head>{U}{L}+)) (?:van|onder(?: leiding van)?) "
                     rf"(?P<name>{U}{L}+ (?:(?:al|el|ad|as|bin|ibn|abu)[- ])?{U}{L}+)(?=[\s,.;:(])")


@lru_cache(maxsize=1)
def _not_leader_words() -> frozenset[str]:
    c = cues()
    return frozenset(c["org_head_words"] + c["mission_words"] + c["mission_name_heads"] + c["not_leader_words"])


def _group_leaders(t: str, use_gazetteer: bool) -> list[Hit]:
    heads = tuple(h.lower() for h in cues()["org_head_words"] + cues()["org_head_suffixes"] if len(h) >= 4)
    out = []
    for m in _LEADER.finditer(t):
        if m.group("head") and not m.group("head").lower().endswith(heads):
            continue
        name = m.group("name")
        first, last = name.split(" ")[0], name.split(" ")[-1]
        if first in _not_names() or first.lower() in _stop_words() or _ADJECTIVE_END.search(first):
            continue
        if set(name.split(" ")) & _not_leader_words():
            continue                 # "onder Operation Atalanta", "Regering van Nationaal Akkoord"
        if use_gazetteer and (states().lookup(name) or gazetteer("places").lookup(name)
                              or gazetteer("organisations").lookup(name) or states().lookup(last)):
            continue
        out.append(Hit(m.start("name"), m.end("name"), name, cue="leader"))
    return out


_GAP = re.compile(r"[ \t]{3,}")


def _columns(raw: str, v) -> list[Hit]:
    """Signatures set in columns: a line of offices over a line of names, paired by column.

    Read on the original text, where the layout still shows: cells are separated by
    three or more spaces ("De minister van Defensie    De minister van Buitenlandse Zaken"
    over "drs. K.H. Ollongren     Hanke Bruins Slot").
    """
    hits: list[Hit] = []
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", raw)]
    for i, (pos, line) in enumerate(lines):
        cells = [(pos + c.start(), c.group(0)) for c in re.finditer(r"\S+(?: \S+)*", line)]
        if len(cells) < 2 or not _GAP.search(line.strip()) or \
                not all(re.match(r"(?:De |de )?(?:[Mm]inister|[Ss]taatssecretaris)", c) for _, c in cells):
            continue
        nxt = next(((p2, l2) for p2, l2 in lines[i + 1:i + 6] if l2.strip()), None)
        if nxt is None:
            continue
        names = [(nxt[0] + c.start(), c.group(0)) for c in re.finditer(r"\S+(?: \S+)*", nxt[1])]
        if len(names) != len(cells):
            continue
        for (_, role), (npos, cell) in zip(cells, names):
            im = _item_re().match(cell)
            nm = _clean_name(im.group("name")) if im else None
            if nm and nm == im.group("name"):
                start = npos + im.start("name")
                cs = v.to_clean(start)
                hits.append(Hit(cs, cs + len(nm), nm, roles=[normalise_role(re.sub(r"^[Dd]e ", "", role))],
                                cue="columns"))
    return hits


@lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    c = cues()
    return frozenset(c["org_head_words"]) | frozenset(c["mission_words"]) | frozenset(c["not_places"])


_ADJECTIVE_END = re.compile(r"(?:ische|ijke|sche|aanse|se|de|te|ste)$")
_ANY_ADJECTIVE = re.compile(r"(?:ische|sche|aanse|landse|ese|ense)$")
_UNINFLECTED_ADJECTIVE = re.compile(r"^[A-Z]\w{3,}isch$")       # "Caribisch", "Technisch" (not "Visch")
_REGNAL = re.compile(r" (?:X{0,3})(?:IX|IV|V?I{0,3})(?<! )(?![\w-])")
_NOUN_END = re.compile(r"(?:ing|heid|tie|isme|schap|teit|ties|ingen|missie|operatie)$")


@lru_cache(maxsize=1)
def _name_stoppers() -> frozenset[str]:
    """Words that are never part of a bare full name: offices, portfolios, titles."""
    d = _data()
    words = {w for pf in d["portfolios"] for w in pf.split(" ") if w[:1].isupper()}
    words |= {w[:1].upper() + w[1:] for w in d["role_words"]} | {w[:1].upper() + w[1:] for w in d["apposition_roles"]}
    companies = {w for w in cues()["company_suffixes"] if len(w) > 3 and w.isalpha()}   # "Lockheed Martin Corporation"
    return frozenset(words) | _not_names() | _org_words() | frozenset(cues()["geo_name_heads"]) | companies


@lru_cache(maxsize=1)
def _ship_before() -> re.Pattern:
    """A ship's prefix or a ship word right before a name ("Zr.Ms. Karel Doorman", "het vliegdekschip Charles de Gaulle")."""
    return re.compile(rf"(?:{alt(cues()['ship_prefixes'])}) ?$|(?<![\w-])[a-zà-ÿ]*(?:{alt(cues()['ship_words'])}) $")


def _aka_of_org(t: str, m: re.Match) -> bool:
    """Is this "ook bekend als X" / "alias X" the other name of a known organisation before it?"""
    if not re.match(r"(?i)(?:ook bekend als|alias)\b", m.group(0)):
        return False
    prev = re.search(r"([A-Z][\w'’-]*(?: [\w'’-]+){0,4}?),?\s*(?:ook\s+)?$", t[max(0, m.start() - 60):m.start()])
    if not prev:
        return False
    words = prev.group(1).split(" ")
    return any(_overlaps_org(" ".join(words[i:])) for i in range(len(words)))


def _bare_full_name(t: str, start: int, name: str, use_gazetteer: bool, role: bool = False) -> bool:
    """Could this capitalised phrase without title or initials be a person's full name?

    Two or three words, none a function word, an organisation head or a known
    entity; not opened by an adjective ("Koninklijke", "Verenigde"), an article or a nationality noun
    ("Tunesiër Anis Amri": the man is Anis Amri).
    In apposition to a ``role`` ("de minister van Defensie, Pete Hegseth,") a first word
    ending like an adjective is a given name.
    """
    words = name.split(" ")
    caps = [w for w in words if w[:1].isupper() or "-" in w]
    if len(caps) < 2 or _clean_name(name, cued=role) != name or words[0] in _data()["nationality_nouns"] or \
            _ADJECTIVE_END.search(words[0]) and words[0] not in _data()["given_names"] and not role or \
            _NOUN_END.search(words[0]) or any(_ANY_ADJECTIVE.search(w) for w in words):
        return False
    before = t[max(0, start - 12):start]
    if re.search(r"(?:^|\s)(?:[Dd]e|[Hh]et|[Ee]en|[Dd]eze|[Dd]it)\s$", before) or _ship_before().search(before):
        return False
    if any(w in _name_stoppers() or w.isupper() for w in words) or _cut_party(name, use_gazetteer)[1]:
        return False
    # a known word as given name in apposition to an office ("Milan Kovačević, directeur …") is still a name
    known = [w for w in caps if _overlaps_org(w)] if use_gazetteer else []
    if role and known == [caps[0]] and len(caps) > 1 and not _overlaps_org(name):
        return True
    return not (use_gazetteer and (_overlaps_org(name) or known))


@lru_cache(maxsize=1)
def _full_re() -> re.Pattern:
    return re.compile(rf"(?<![\w\-.'’]){_FULL}")


def _full_names_used_alone(t: str, use_gazetteer: bool) -> list[Hit]:
    """A full name whose surname also stands alone in the text ("Jevgeni Prigozjin ... Prigozjin")."""
    hits: list[Hit] = []
    for m in _full_re().finditer(t):
        name = m.group(0)
        sur = re.sub(r"^(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-", "", name.split(" ")[-1])
        if t.find(sur) == t.rfind(sur) or demonym_state(sur):   # the surname stands nowhere but in this name,
            continue                                          # or is a country's adjective ("Dapaong Beninse")
        if not _bare_full_name(t, m.start(), name, use_gazetteer) or _opens_question(t, m.start()):
            continue
        alone = re.compile(rf"(?<![\w\-'’])(?:(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-)?{re.escape(sur)}(?![\w\-'’])")
        bare = [a for a in alone.finditer(t) if not (m.start() <= a.start() < m.end())
                and not re.search(rf"{CAPWORD}[ -]$", t[max(0, a.start() - 30):a.start()])
                and not re.match(rf" {CAPWORD}", t[a.end():a.end() + 30])]
        if bare:
            hits.append(Hit(m.start(), m.end(), name, cue="full_name"))
    return hits


def _opens_question(t: str, start: int) -> bool:
    """Does a question open at ``start``? Its first word is a verb ("Vormt Hamas een dreiging?")."""
    if not re.search(r"(?:^|[.!?:]\s+|\n)$", t[max(0, start - 3):start]):
        return False
    end = re.compile(r"[.!?\n]").search(t, start)
    return bool(end) and t[end.start()] == "?"


@lru_cache(maxsize=1 << 14)
def _overlaps_org(name: str) -> bool:
    for g in ("organisations", "places", "missions", "states", "parties"):
        if gazetteer(g).lookup(name):
            return True
    return False


def _propagate(t: str, hits: list[Hit], spans: Spans) -> list[Hit]:
    """Further occurrences of names already found ("Knops en Van der Staaij staan ...")."""
    out: list[Hit] = []
    forms = {h.name for h in hits if len(h.name) >= 4 and h.name[0].isupper()}
    for h in hits:                       # "Alexander Loekasjenko … Loekasjenko kondigde aan": the surname alone
        words = [w for w in h.name.split(" ") if not re.fullmatch(r"(?:[A-Z][a-z]?\.)+(?:-[A-Z]\.)?", w)]
        sur = words[-1] if len(words) >= 2 else ""
        if len(sur) >= 4 and sur[0].isupper() and sur.lower() not in _stop_words() and not _overlaps_org(sur):
            forms.add(sur)
    if not forms:
        return out
    rx = re.compile(rf"(?<![\w\-.]){alt(forms)}(?![\w\-])")
    for m in rx.finditer(t):
        if spans.free(m.start(), m.end()):
            out.append(Hit(m.start(), m.end(), m.group(0), cue="repeat"))
    return out


@extractor("persons", version=VERSION, produces=[KGB.Person, KGB.RoleInDocument, KGB.party],
           kinds=["person", "same_as"], order=10)
def extract_persons(doc: Document, ctx) -> list[Mention | Relation]:
    """Persons with their roles and party, from honorifics, office lines, lists and headings."""
    v = view(doc)
    hits = find_persons(doc, ctx.use_gazetteer)
    # merge hits on the same span: roles and parties add up
    by_span: dict[tuple[int, int], Hit] = {}
    for h in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        k = (h.start, h.end)
        if k in by_span:
            old = by_span[k]
            old.roles += [r for r in h.roles if r not in old.roles]
            old.party = old.party or h.party
            old.party_span = old.party_span or h.party_span
        else:
            by_span[k] = h
    spans = Spans()
    chosen: list[Hit] = []
    for h in sorted(by_span.values(), key=lambda h: -(h.end - h.start)):
        if spans.take(h.start, h.end):
            chosen.append(h)
        else:   # a shorter hit inside a longer one gives its roles to it
            for c in chosen:
                if c.start <= h.start and h.end <= c.end:
                    c.roles += [r for r in h.roles if r not in c.roles]
                    c.party = c.party or h.party
    for h in _propagate(v.clean, chosen, spans):
        spans.take(h.start, h.end)
        chosen.append(h)
    out: list[Mention] = []
    for h in sorted(chosen, key=lambda h: h.start):
        attrs: dict = {"roles": h.roles}
        if h.party:
            attrs["party"] = h.party
        if h.party_span:
            ps, pe = v.to_original(*h.party_span)
            attrs["party_span"] = (ps, pe)
        m = make(doc, v, "person", h.start, h.end, label=h.label or h.name, attrs=attrs)
        if m is not None:
            out.append(m)
    return out + _aliases(doc, v, out)


_ALIAS = re.compile(r"^,? (?:ook bekend als|alias|beter bekend als|ook wel) ['‘\"“«]?$")


def _aliases(doc: Document, v, persons: list[Mention]) -> list[Relation]:
    """"Ahmed al-Sharaa, ook bekend als Abu Mohammed al-Jolani": two names of one person."""
    out: list[Relation] = []
    for a, b in zip(persons, persons[1:]):
        gap = v.clean[v.to_clean(a.end - 1) + 1:v.to_clean(b.start)]
        if _ALIAS.match(gap):
            a.attrs["canonical"] = True
            out.append(Relation("same_as", b, a, a.start, b.end, doc.text[a.start:b.end]))
    return out
