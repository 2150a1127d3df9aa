"""Helpers shared by the name extractors (persons, organisations, places, missions).

Matching happens on the clean text view (:mod:`kg_builder.textview`); these
helpers turn clean spans into mentions with original offsets, read the cue
words of ``data/nl/entity_cues.json`` and decide whether a country name
denotes the acting state or the location.
"""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from functools import lru_cache
from typing import Any, Iterable

from ..document import Document
from ..gazetteer import Entry, demonyms, gazetteer
from ..lang import load_language_data
from ..mentions import Mention
from ..names import L, U, clean_label
from ..textview import TextView, view_of

# A capitalised word, hyphenated parts allowed ("Bijleveld-Schouten", "Pater-van der Meer")
CAPWORD = (rf"(?:{U}['’](?={U}))?{U}(?:{L}|{U})*{L}(?:['’]{L}+)?"
           rf"(?:-(?:(?:van|der|den|de|ter|ten|te|al|el)\s)*{U}?{L}+)*")


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    return load_language_data("nl")["entity_cues"]


def alt(words: Iterable[str]) -> str:
    """Regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def view(doc: Document) -> TextView:
    return view_of(doc.text)


def make(doc: Document, v: TextView, kind: str, cs: int, ce: int, *, label: str | None = None,
         type: str | None = None, attrs: dict | None = None) -> Mention | None:
    """A mention for the clean span ``[cs:ce]`` (None when it maps to nothing)."""
    s, e = v.to_original(cs, ce)
    if e <= s:
        return None
    return Mention(kind=kind, start=s, end=e, text=doc.text[s:e],
                   label=clean_label(label if label is not None else v.clean[cs:ce]),
                   type=type, attrs=dict(attrs or {}))


class Spans:
    """Clean spans already taken, so overlapping candidates are dropped."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []      # sorted; no two overlap

    def free(self, s: int, e: int) -> bool:
        """Does ``[s:e]`` overlap no taken span (``a < e and s < b``)?"""
        # taken spans are disjoint and sorted, so their ends grow too: only the last one starting before e can reach s
        i = bisect_left(self._spans, (e,))
        return i == 0 or self._spans[i - 1][1] <= s

    def take(self, s: int, e: int) -> bool:
        if not self.free(s, e):
            return False
        insort(self._spans, (s, e))
        return True

    def cover(self, s: int, e: int) -> None:
        """Take ``[s:e]`` whatever it overlaps: the spans it touches merge into one."""
        keep = [(a, b) for a, b in self._spans if b <= s or a >= e]
        inside = [(a, b) for a, b in self._spans if not (b <= s or a >= e)]
        self._spans = sorted(keep + [(min([s] + [a for a, _ in inside]), max([e] + [b for _, b in inside]))])


def in_caps_line(text: str, s: int, e: int) -> bool:
    """Is the span inside a line written in capitals (a heading)?"""
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", e)
    line = text[a:b if b >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 12 and sum(c.isupper() for c in letters) / len(letters) > 0.8


# ---------------------------------------------------------------- state or place
@lru_cache(maxsize=1)
def _state_cue_res():
    c = cues()
    verbs = alt(c["state_verbs"])
    return (re.compile(rf"^(?:'s\b|\s*(?:\([^)]*\)\s*)?(?:{verbs})\b)"),
            re.compile(rf"(?:^|[\s(])(?:{alt(c['state_before'])})\s+(?:(?:{alt(c['listing_adverbs'])})\s+)?"
                       rf"(?:de\s+|het\s+)?$"                # "samen met onder meer het Verenigd Koninkrijk"
                       rf"|(?:^|\s)(?:tussen|door|met)\s+(?:de\s+|het\s+)?(?-i:{U})[\w'’-]*\s+en\s+(?:de\s+|het\s+)?$", re.I),
            re.compile(rf"(?:^|[\s(])(?:{alt(c['place_before'])})\s+(?:de\s+|het\s+)?$", re.I),
            re.compile(rf"(?:^|\s)(?:{alt(c['verb_before_subject'] + c['state_verbs'])})\s+"
                       rf"(?:(?:{alt(c['subject_adverbs'])})\s+)?(?:de\s+)?$"),   # "doen ook Finland en Zweden mee"
            re.compile(r"^\s+(?:gelieerde|geleide|gesteunde)\b"),
            re.compile(rf"(?:^|[\s(])(?:{alt(c['state_before_strong'])})\s+$", re.I),
            re.compile(rf"(?:^|[\s,])(?:{alt(c['state_clause_openers'])})\s+(?:de\s+|het\s+)?$"),
            re.compile(rf"^\s+(?:(?:{alt(c['state_clause_objects'])})\s|(?!(?:en|of)\b){L})"),
            re.compile(rf"^(?:\s+(?!(?:en|of)\b){L}+){{0,4}}?\s+(?:{alt(c['state_object_participles'])})\b"))


# the ending of a weak past verb: "blokkeerde(n)", "plaatste(n)", "begeleidden"; not "begeleiden" (a vowel
# before -den: the present)
WEAK_PAST_END = r"(?:de|te|dden|tten|[b-df-hj-np-tv-z]den|[b-df-hj-np-tv-z]ten)"
# a fronted adverbial ("Op 27 juni jl.", "In maart") and a weak past verb: the subject follows
_FRONTED_VERB = re.compile(r"(?:^|[.;:]\s+|\n)(?:Op|In|Na|Sinds|Begin|Eind|Medio|Vorige|Afgelopen)\s+[^\s,.;:]+(?:\s+[^\s,.;:]+){0,3}?"
                           rf"(?:\s+jl\.|\s+a\.s\.)?\s+(?P<v>[a-z]{{3,}})\s+(?:de\s+|het\s+)?$")


@lru_cache(maxsize=1)
def _place_cue_res() -> tuple[re.Pattern, re.Pattern]:
    c = cues()
    return (re.compile(rf"^\s+(?:(?:wordt|worden|werd|werden|is|zijn|was|waren)\s+)?(?:{alt(c['place_after_verbs'])})\b"),
            re.compile(rf"(?<![\w-])(?:{alt(c['attack_target_before'])})\s(?:[^.;:,()]{{0,40}}?\s)?op\s+$", re.I))


def coordinated_group(text: str, s: int, e: int, names: dict[int, int]) -> tuple[int, int]:
    """Extend ``[s:e]`` over a list of names joined by commas and "en" ("België, Cyprus en Malta").

    ``names`` maps the start of every known name in the text to its end.
    """
    start, end = s, e
    while True:                                   # to the right
        m = re.match(r"(?:\s*\([^()]{1,12}\))?(?:\s*,\s*|\s+en\s+|\s+of\s+)(?:(?:het|de)\s+)?", text[end:end + 24])
        if not m or (end + m.end()) not in names:
            break
        end = names[end + m.end()]
    rev = {v: k for k, v in names.items()}
    while True:                                   # to the left
        m = re.search(r"(?:\s*\([^()]{1,12}\))?(?:\s*,\s*|\s+en\s+|\s+of\s+)(?:(?:het|de)\s+)?$", text[max(0, start - 24):start])
        if not m:
            break
        prev_end = start - len(m.group(0))
        if prev_end not in rev:
            break
        start = rev[prev_end]
    return start, end


def _inside_name(before: str) -> bool:
    """Does the text before a name end in a capitalised word that is no sentence opener?"""
    m = re.search(rf"(?:^|(?<=[^\s]))(\s*)({U}{L}+) $", before)
    if not m:
        return False
    head = before[:m.start(2)].rstrip()
    if not head or head[-1] in ".:;!?\n\"'(«":
        return False
    from spacy.lang.nl.stop_words import STOP_WORDS
    return m.group(2).lower() not in STOP_WORDS


def _opens_sentence(before: str) -> bool:
    """Does the name open its sentence (after an article: "Het Verenigd Koninkrijk maakte …")?"""
    before = re.sub(r"(?:^|(?<=\s))(?:Het|De)\s+$", "", before)
    return not before.strip() or re.search(r"(?:[.!?;]\s+|\n\s*)$", before) is not None


def _finite_verb_after(after: str) -> bool:
    """Does a lower-case word that can be a finite verb follow ("bemiddelt", "blokkeerde")?"""
    from spacy.lang.nl.stop_words import STOP_WORDS
    m = re.match(rf"\s+({L}+)\b", after)
    if not m:
        return False
    w = m.group(1)
    return w in cues()["state_verbs"] or w in strong_past_verbs() or (
        w not in STOP_WORDS and w not in cues()["not_finite_verbs"] and re.search(r"(?:t|de|te|den|ten)$", w) is not None)


@lru_cache(maxsize=1)
def strong_past_verbs() -> frozenset[str]:
    """Irregular past forms ("greep", "trok"): finite verbs the weak-verb endings miss."""
    return frozenset(load_language_data("nl")["events"]["strong_past_verbs"])


_SUPPORT_FROM = re.compile(rf"(?<![\w-])(?:steun|hulp|druk|dreigementen|kritiek|protest|reactie|instructies|bevelen)"
                           rf"\s+(?:uit|van|vanuit)\s+(?:{U}[\w-]*(?: {U}[\w-]*)?\s+en\s+)?$")


def _inverted_verb_before(before: str) -> bool:
    """Does a finite verb after a fronted phrase stand right before ("Sinds december blokkeerde ")?"""
    from spacy.lang.nl.stop_words import STOP_WORDS
    m = re.search(rf"(?<=[\w,]) ({L}+) $", before)
    if not m or m.group(1) in STOP_WORDS:
        return False
    w = m.group(1)
    return w in cues()["verb_before_subject"] or w in cues()["state_verbs"] or w in strong_past_verbs() or \
        re.search(r"[a-z](?:de|te|den|ten)$", w) is not None


_PLACE_LIST_BEFORE = re.compile(r"(?:^|\s)(?:in|naar|uit|bij|rond|nabij|tussen)\s+(?:[A-ZÀ-Þ][\w'’-]*\s*(?:,|en)\s+)+$")


_NAMED_AFTER = re.compile(r"(?<![\w-])(?:Verdrag|Akkoord|Protocol|Conventie|Overeenkomst|Statuut|Handvest|Pact|"
                         r"Verklaring|Treaty|Accord|Agreement)\s+(?:van|of)\s+$")


def capital_acts(text: str, s: int, e: int) -> bool:
    """Does the capital at ``[s:e]`` stand for its government: the subject of a verb ("Washington legde
    sancties op", "omdat Den Haag zich laat meeslepen") or the agent after "door"? A capital in a list
    ("steden in Iran, waaronder Teheran") or after a place word stays a city."""
    before, after = text[max(0, s - 40):s], text[e:e + 60]
    res = _state_cue_res()
    if _NAMED_AFTER.search(before):
        return False                # "het Verdrag van Washington blijft …": a treaty named after the city
    if _SUPPORT_FROM.search(before):
        return True                 # "steun uit Moskou en Belgrado": what a government gives
    if _PLACE_LIST_BEFORE.search(before):
        return False                # "geweld in Benghazi en Tripoli voerde …": the second city of a place list
    if res[2].search(before) or re.match(rf"\s+(?:\w+\s+){{0,2}}(?:{alt(cues()['capture_participles'])})\b", after):
        return False                # "dat strijders … Damascus hebben ingenomen": the city taken
    if res[0].match(after) or re.search(r"(?:^|\s)(?:door|namens)\s+$", before):
        return True
    if _inverted_verb_before(before) and re.match(r"\s+(?:de|het|een|zijn|haar|geen)\s", after):
        return True                 # "Sinds december blokkeerde Bakoe de corridor"
    return (_opens_sentence(before) or res[6].search(before) is not None) and \
        (_finite_verb_after(after) or re.match(r"\s+zich\b", after) is not None)


# participles of being struck: "getroffen door" an attack makes its subject the target, not the actor
STRUCK = r"(?:getroffen|geraakt|opgeschrikt|geteisterd|bestookt|overvallen)"
_STRUCK = re.compile(rf"\s+(?:(?:[a-z]+\s+){{0,2}}?{STRUCK}\s+door\b|(?:is|zijn|werd|werden)\s+(?:[^.;,:()]{{0,60}}?\s)?{STRUCK}\b)")


def acts_as_state(text: str, s: int, e: int, entry: Entry, group: tuple[int, int] | None = None) -> bool | None:
    """True where the country name at ``[s:e]`` is an actor, False where it is a location.

    ``group`` is the coordinated list the name stands in; cues are read before
    the list and after it. None when no cue decides.
    """
    gs, ge = group or (s, e)
    after, verb_after, state_before, place_before, verb_before = (text[ge:ge + 60],) + _state_cue_res()[:4]
    before = text[max(0, gs - 40):gs]
    own_before = text[max(0, s - 40):s]
    if _state_cue_res()[5].search(own_before):
        return True                 # "mijn collega uit Qatar": the state's representative
    if _inside_name(own_before):
        return False                # "Dreigingsbeeld Terrorisme Nederland": a title naming the place
    if text[e:e + 1] == ")" and re.search(rf"{U}{L}+\s*\($", own_before):
        return False                # "Mosul (Irak)": the country a place lies in
    if place_before.search(own_before) or place_before.search(before):
        # "in Irak" is a location even in a list; "staatshoofden van Mali" is not
        return False
    place_after, target_before = _place_cue_res()
    if place_after.match(after) or target_before.search(before) \
            or re.search(r"(?<![\w-])van\s+$", own_before) and re.match(r"\s+naar\s+[A-ZÀ-Þ]", after):
        return False                # "toen Rusland Oekraïne binnenviel", "raketaanvallen van X op Israël": where it struck
    if _STRUCK.match(after):
        return False                # "zijn Frankrijk en België getroffen door twee aanslagen": where they struck
    if re.match(r"\s+binnen\b", after) and re.search(r"(?<![\w-])(?:viel|vielen|valt|vallen|trok|trokken|trekt|trekken|"
                                                     r"drong|drongen)\s", own_before):
        return False                # "vielen Russische troepen Oekraïne binnen": where they went in
    if re.fullmatch(r"[ \t]*", text[text.rfind("\n", 0, s) + 1:s]) and re.match(r"[ \t]*(?:\n|$)", text[e:]):
        return False                # a heading "Oekraïne" over a section: the country as a topic, a place
    fronted = _FRONTED_VERB.search(before)
    if fronted and (re.fullmatch(rf"[a-z]{{3,}}{WEAK_PAST_END}", fronted.group("v"))
                    or fronted.group("v") in strong_past_verbs()):
        return True                 # "Op 27 juni jl. deponeerden Letland, Litouwen en Estland …": the subject
    if re.search(r",\s*\w+\s+$", own_before) and _inverted_verb_before(own_before) \
            and re.match(r"\s+(?:de|het|een|zijn|haar|geen)\s", after):
        return True                 # "…, greep Frankrijk een dag later in": the subject after a fronted clause
    if _state_cue_res()[4].match(text[e:e + 20]):
        return True
    if verb_after.match(after) or verb_before.search(before):
        return True
    if _state_cue_res()[8].match(after):
        return True                 # "heeft Oman en Qatar geconsulteerd": whom one addresses acts as a state
    if _state_cue_res()[6].search(before) and _state_cue_res()[7].match(after):
        return True                 # "toen Rusland een aanval uitvoerde": the subject of a clause
    if _opens_sentence(before) and _finite_verb_after(after):
        return True                 # "Hongarije blokkeerde dit voorstel": the subject of a sentence
    sb = state_before.search(own_before) or state_before.search(before)
    if sb:
        cue = sb.group(0).split()[0].lower()
        if cue not in cues()["weak_state_before"] or not re.match(r"\s*[.:;?!]", after):
            return True
        # "met Soedan." ends a clause: a topic or target, no actor; "steun aan Oekraïne.": where it goes
        if cue in cues()["direction_before"] and not entry.always_state:
            return False
    if entry.always_state:
        return True
    return None


@lru_cache(maxsize=1)
def demonym_alternation() -> str:
    """The demonyms as one regex alternation, to build into other patterns."""
    return alt(demonyms())


@lru_cache(maxsize=1)
def demonym_regex() -> re.Pattern:
    return re.compile(rf"(?<!\w)({demonym_alternation()})(?!\w)")


def demonym_state(word: str) -> Entry | None:
    return demonyms().get(word)


def states() -> Any:
    return gazetteer("states")



# ---------------------------------------------------------------- names defined by a short form
_ACR = re.compile(r"\((?P<a>[A-Z][A-Za-z0-9]*(?:-[A-Z0-9]+)?)\)")
_WORD = re.compile(r"[^\s\-–—]+")
_LINKS = frozenset({"in", "of", "for", "the", "and", "de", "het", "van", "voor", "en", "der", "du", "des",
                    "pour", "la", "le", "les", "et", "sur", "au", "aux", "da", "do", "dos", "del", "y",
                    "al", "el", "wal", "ad", "an", "ar", "as", "ash", "at", "az", "–", "—", "-"})


def acronym_start(words: list[str], letters: str) -> int | None:
    """Index of the word where the name abbreviated by ``letters`` begins, reading ``words`` backwards.

    Every capitalised word gives the next letter (its first); linking words
    ("in", "of", "al-") may give one or be skipped.  None when they do not fit.
    """
    def walk(i: int, j: int) -> int | None:
        if j < 0:
            return i + 1 if i + 1 < len(words) and words[i + 1][:1].isupper() else None
        if i < 0:
            return None
        w = re.sub(r"^[lLdD]['’](?=\w)", "", words[i])     # "l’Alternance": the elided article gives no letter
        first = w[:1].upper()
        if w[:1].isupper() or w[:1].isdigit():
            if first == letters[j]:
                got = walk(i - 1, j - 1)
                if got is not None:
                    return got
            # a compound gives the letters of its parts: "Luchtverdedigingscommando" -> "LC"
            for r in (1, 2):
                if j - r >= 0 and len(w) >= 10 and letters[j - r] == first and _in_order(letters[j - r + 1:j + 1], w[1:].upper()):
                    got = walk(i - 1, j - r - 1)
                    if got is not None:
                        return got
            return None
        if w.lower() not in _LINKS:
            return None
        got = walk(i - 1, j - 1) if first == letters[j] else None
        return got if got is not None else walk(i - 1, j)
    return walk(len(words) - 1, len(letters) - 1)


def _in_order(letters: str, word: str) -> bool:
    """Do ``letters`` occur in ``word`` in this order, the last one opening a part of at least four letters?"""
    pos = 0
    for c in letters:
        pos = word.find(c, pos) + 1
        if not pos:
            return False
    return len(word) - pos >= 3


def _translated_start(words: list[str], letters: str) -> int | None:
    """A short form of the name in another language ("Syrisch Nationaal Leger (SNA)"): as many
    capitalised words as letters, the first letters agreeing."""
    caps = 0
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w[:1].isupper():
            caps += 1
            if caps == len(letters):
                return i if w[0] == letters[0] else None
        elif w.lower() not in _LINKS:
            return None
    return None


@lru_cache(maxsize=4)
def defined_acronyms(text: str) -> tuple[tuple[int, int, str, int, int], ...]:
    """(start, end) of each long name introduced with its short form in brackets, the short form
    and its span: "Syrisch Nationaal Leger (SNA)", "Train Advise Assist Command-North (TAAC-N)".
    Read once per text: the organisations and missions extractors both ask."""
    return tuple(_defined_acronyms(text))


def _defined_acronyms(text: str) -> Iterable[tuple[int, int, str, int, int]]:
    for m in _ACR.finditer(text):
        letters = re.sub(r"[^A-Z]", "", m.group("a").upper())
        if not 2 <= len(letters) <= 8 or sum(c.isupper() for c in m.group("a")) < 2:
            continue
        left = text[max(0, m.start() - 160):m.start()].rstrip()
        base = m.start() - (m.start() - max(0, m.start() - 160) - len(left))
        left = re.split(r"[\n.;:,()«»\"]", left)[-1]
        spans = [(w.start(), w.end()) for w in _WORD.finditer(left)]
        words = [left[a:b] for a, b in spans]
        k = acronym_start(words, letters)
        if k is None:
            k = _translated_start(words, letters)
        if k is None or sum(w[:1].isupper() for w in words[k:]) < 2:
            continue
        off = base - len(left)
        yield off + spans[k][0], base, m.group("a"), m.start("a"), m.end("a")


# ---------------------------------------------------------------- literal prefilter
def may_match(pattern: re.Pattern, low: str) -> bool:
    """False where ``pattern`` cannot match in the text whose lower-case form is ``low``."""
    return all(any(n in low for n in group) for group in required_literals(pattern))


def matches(pattern: re.Pattern, text: str, low: str) -> Iterable[re.Match]:
    """``pattern.finditer(text)``, skipped where a literal the pattern needs is absent from ``low``
    (``text.lower()``)."""
    return pattern.finditer(text) if may_match(pattern, low) else ()


def needles(pattern: re.Pattern) -> tuple[str, ...]:
    """Lower-case strings one of which a match of ``pattern`` (with what its lookaheads read) must contain
    ("" when none is known): the strongest group of :func:`required_literals`."""
    groups = required_literals(pattern)
    return groups[0] if groups else ("",)


@lru_cache(maxsize=4096)
def required_literals(pattern: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """Groups of lower-case strings; the text a match of ``pattern`` spans, with what its lookaheads
    read, contains one string of every group.

    Groups are runs of literal characters the pattern cannot match without
    (outside optional parts, inside groups and lookaheads too) and alternations whose every
    branch has such a run ("(?:geleden|terug)"), strongest first (longer shortest
    string, then fewer strings). Cheap ``needle in text.lower()`` tests then skip
    patterns that cannot match.
    """
    from re import _parser as sre_parse   # the stdlib's own parser: exact, no regex-on-regex guessing

    def required(items) -> list[tuple[str, ...]]:
        out, cur = [], ""
        for op, av in list(items) + [(None, None)]:
            if op is sre_parse.LITERAL:
                cur += chr(av)
                continue
            if len(cur) >= 3:
                out.append((cur.lower(),))
            cur = ""
            if op is sre_parse.SUBPATTERN:
                out += required(av[3])
            elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and av[0] >= 1:
                out += required(av[2])
            elif op is sre_parse.ASSERT and av[0] == 1:          # a lookahead (not a lookbehind)
                out += required(av[1])
            elif op is sre_parse.BRANCH:
                per_branch = [required(b) for b in av[1]]
                if all(per_branch):
                    out.append(tuple(dict.fromkeys(n for c in per_branch for n in max(c, key=_strength))))
        return out

    found = required(sre_parse.parse(pattern.pattern, pattern.flags))
    return tuple(sorted(dict.fromkeys(found), key=_strength, reverse=True))


def _strength(group: tuple[str, ...]) -> tuple[int, int]:
    return min(map(len, group)), -len(group)
