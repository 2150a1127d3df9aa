"""Events stated in one sentence: trigger, date, actors, place and target.

:func:`sentence_event` reads one sentence of the clean text view with the
mentions found in it and returns the event it states, or ``None``:

- the trigger: a word of ``data/nl/events.json`` ("luchtaanvallen",
  "besloten", "dreigingsniveau … verhoogd"); with several, the one nearest
  the date, else the first type of ``type_priority``;
- the date: the sentence's date mention nearest the trigger, leaving out a
  paper's date ("brief van 7 juli", "d.d.") and a lone deadline ("verlengd tot
  31 december"); undated events are kept only for ``undated_types``, with an
  actor or place, in sentences that state rather than ask, propose or suppose;
- actors: organisations and persons in subject position before the trigger,
  agents after "door"/"bij monde van", parties after "tussen", and the state
  of a demonym before the trigger ("Amerikaanse luchtaanvallen" -> de VS);
- target: what follows "op"/"tegen" after the trigger ("luchtaanvallen uit op
  wapendepots van Kata'ib Hezbollah"); place: a place after a place
  preposition ("in Jurf al-Nasr"), else the country of a demonym before a place
  noun ("Iraakse locaties");
- threat-level changes carry ``from_level``/``to_level``;
- a trigger inside a reporting frame ("brief inzake de verlenging … in 2023")
  counts only with a date of its own after it; a decision noun with its own
  maker ("het besluit van de regering") also stands beside a dated event of
  others.

Offsets are clean offsets of :class:`~kg_builder.textview.TextView`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..lang import load_language_data
from ..mentions import Mention
from ._common import STRUCK, alt, cues, demonym_alternation, demonym_regex, demonym_state, needles


@dataclass(frozen=True, slots=True)
class Span:
    """A mention placed in clean offsets."""

    start: int
    end: int
    mention: Mention

    @property
    def label(self) -> str:
        return self.mention.label

    @property
    def kind(self) -> str:
        return self.mention.kind


@dataclass
class Found:
    """An event read from one sentence (clean offsets)."""

    type: str
    start: int
    end: int
    trigger: tuple[int, int]
    date: Mention | None
    actors: list[str] = field(default_factory=list)
    place: str | None = None
    target: str | None = None
    levels: tuple[str, str] | None = None
    tentative: bool = False                             # a state, kept only if the next sentence dates it
    inherited: bool = False                             # dated by the meeting a report is about, not by its text


@lru_cache(maxsize=1)
def vocab() -> dict[str, Any]:
    ev = load_language_data("nl")["events"]
    words = lambda key: alt(ev[key])  # noqa: E731
    triggers = []
    for etype in ev["type_priority"]:
        for rx in ev["triggers"].get(etype, []):
            rx = rx.replace("[^.;]", r"(?:[^.;]|\.(?=\w|\s(?-i:[A-ZÀ-Þ]))|(?<=\bjl)\.|(?<=\ba\.s)\.)")  # "nam Zr.Ms. Tromp …
            # deel", "stelde zich op 16 mei jl. kandidaat", "neemt het besluit op 4 juni a.s. formeel aan"
            compiled = re.compile(rf"(?<![\w-]){rx}", re.I)
            triggers.append((etype, compiled, needles(compiled)))
    dem = demonym_alternation()
    weekdays = alt(load_language_data("nl")["dates"]["weekdays"])
    return {
        "ev": ev,
        "demonym_before": re.compile(rf"(?<!\w)(?P<dem>{dem})\s+(?:[\w-]+\s+){{0,2}}$"),
        "demonym_after": re.compile(rf"\s+van\s+(?:de |het )?(?P<dem>{dem})\s"),
        "triggers": triggers,
        "frame_nouns": frozenset(ev["temporal_frame"]["nouns"]),
        "priority": {t: i for i, t in enumerate(ev["type_priority"])},
        "letter": re.compile(rf"(?:{words('letter_date_words')})\s*(?:de |het )?$", re.I),
        "letter_list": re.compile(rf"(?:{words('letter_date_words')})\s*(?:de |het )?\d[^.;()]{{0,30}}"
                                  rf"(?:\([^()]*\)\s*)?(?:en|,)\s*$", re.I),
        "paper": re.compile(rf"(?<![\w-])(?i:{words('paper_words')})(?:\s+(?:[A-Z][\w-]*|\d[\w/.-]*))*"
                            rf"(?:\s+\([A-Z][\w-]{{1,10}}\))?\s+(?i:van|uit)\s*$"),   # "Dreigingsbeeld … (DBSA) van"
        "dated_irrealis": re.compile(rf"(?<![\w-])(?:{words('dated_irrealis_words')})(?![\w-])", re.I),
        "counting": re.compile(rf"(?<![\w-])(?:{words('counting_verbs')})(?![\w-])", re.I),
        "present_time": re.compile(rf"(?<![\w-])(?:{words('present_time_words')})(?![\w-])", re.I),
        "deadline": re.compile(rf"(?<![\w-])(?:{words('deadline_words')})\s*(?:(?:de|het)\s+)?$", re.I),
        "auxiliaries": re.compile(rf"(?<![\w-])(?:{words('auxiliaries')})(?![\w-])", re.I),
        "exempt": re.compile(rf"(?:{words('frame_exempt')})\b", re.I),
        "deadline_start": re.compile(rf"(?:{words('deadline_words')})\s", re.I),
        "reporting": re.compile(rf"(?<![\w-])(?:{words('reporting_words')})(?![\w-])", re.I),
        "irrealis": re.compile(rf"(?<![\w-])(?:{words('irrealis_words')})(?![\w-])", re.I),
        "agent": re.compile(rf"(?<![\w-])(?i:{words('agent_prepositions')})\s+(?:de |het )?(?:[a-z][\w-]*\s+)?$"),
        "target": re.compile(rf"(?<![\w-])(?:{words('target_prepositions')})\s(?!\s*(?:\d|(?:{weekdays})\b))", re.I),
        # "tussen X en Y", "tussen de gijzelnemers en Russische veiligheidstroepen": both sides of a pair
        "pair": re.compile(rf"(?<![\w-])(?:{words('pair_prepositions')})\s+(?:de |het )?"
                           rf"(?:(?:[a-zà-ÿ][\w-]*\s+){{1,3}}?en\s+(?:de |het )?)?$", re.I),
        "unrealised_heads": re.compile(rf"(?<![\w-])(?:{words('unrealised_heads')})\s+(?:[\w-]+\s+){{0,2}}$", re.I),
        # "in de stad X", "vlak bij de finish van de marathon van Boston"
        "place_prep": re.compile(rf"(?<![\w-])(?:{words('place_prepositions')})\s+(?:de |het |een )?"
                                 rf"(?:(?:(?!\d)[\w'’-]+ ){{0,2}}?|(?:[a-zà-ÿ][\w-]* van (?:de |het )?){{1,3}})$", re.I),
        # who reports ("Syrische bronnen") or a group of the country that is not its state ("Iraakse milities")
        "owner_head": re.compile(rf"(?:^|[,.;:]\s+|(?<![\w-])(?:[Dd]e|[Hh]et|[Ee]en|[Tt]wee|[Dd]rie|[Vv]ier|[Zz]es|\d+)\s+"
                                 rf"|(?<![\w-])(?:[Nn]adat|[Tt]oen|[Tt]erwijl|[Oo]mdat|[Dd]oordat|[Vv]oordat|[Zz]odra|dat)\s+"
                                 rf"|(?<![\w-])(?!(?:{words('agent_prepositions')}|{words('target_prepositions')})\s)"
                                 rf"[a-zà-ÿ][\w-]*(?:en|de|te)\s+)"                  # "pleegden leden van …": after a verb
                                 rf"(?:{words('owner_heads')})\s+van\s+"
                                 rf"(?:(?:de |het |een )?(?:{words('group_heads')})\s+van\s+)?"  # "… van een cel van X"
                                 rf"(?:de |het )?$"),
        "source_noun": re.compile(rf"\s+(?:{words('source_nouns')}|{words('non_state_nouns')})\b", re.I),
        "place_noun": re.compile(rf"\s+(?:\w+\s+)?(?:{words('place_nouns')})\b", re.I),
        "comparison": re.compile(rf"(?<![\w-])(?:{words('comparison_before')})\s+(?:(?:sinds|in|na)\s+)?$", re.I),
        "presupposing": re.compile(rf"(?<![\w-])(?:{words('presupposing_prepositions')})\s+(?:de|het)\s+(?:[\w-]+\s+)?$",
                                   re.I),
        "purpose": re.compile(rf"\s*(?:{words('purpose_openers')})\s[^,;]*?\bte\s+[a-z]\w*", re.I),
        "existential": re.compile(rf"(?<![\w-])[Ee]r\s+(?:{words('existential_verbs')})\s+(?:[\w-]+\s+){{0,3}}$"),
        "bound": re.compile(rf"(?<![\w-])(?:{words('bound_words')})\s*$", re.I),
        "clause_irrealis": re.compile(rf"(?<![\w-])(?:{words('clause_irrealis_words')})(?![\w-])", re.I),
        "temporal_frame": re.compile(rf"(?<![\w-])(?:{alt(ev['temporal_frame']['prepositions'])})\s+het\s+$", re.I),
        "foiled": re.compile(rf"(?<![\w-])(?:{words('foiled_words')})(?![\w-])", re.I),
        "coordinated": re.compile(rf",?\s+en\s+(?:nog\s+)?(?:een|één|\d+|{alt(_numeral_words())})\s+"
                                  rf"(?:(?!{words('target_prepositions')})[\w-]+\s+)?(?=(?:{words('target_prepositions')})\s)",
                                  re.I),
        "aspect": frozenset(ev["aspect_words"]),
        "departure": frozenset(ev["departure_words"]),
        "verb_lookalikes": frozenset(ev["verb_lookalikes"]),
        "statement_verb": re.compile(rf"(?:{words('statement_verb_stems')})"),
        # a bound opening a date ("sinds februari 2022") or standing right before it
        "act_bound_start": re.compile(rf"(?:{words('act_bound_words')})\s", re.I),
        "act_bound_before": re.compile(rf"(?<![\w-])(?:{words('act_bound_words')})\s+$", re.I),
        "unrealised_of": re.compile(rf"(?<![\w-])(?:{words('unrealised_heads')})\s+(?:voor|tot|van|op)\s+"
                                    rf"(?:de |het |een )?(?:[\w-]+\s+)?$", re.I),       # "voorbereidingen voor sabotage"
        "known_reports": re.compile(rf"\s*(?:[\d.]+\s+)?(?:{words('known_reports')})\b", re.I),
        "place_of": re.compile(rf"(?:{words('place_of_nouns')})\b", re.I),
        "topic": re.compile(rf"(?<![\w-])(?:{words('topic_prepositions')})\s", re.I),
        "numeral": re.compile(rf"(?<![\w-])(?:\d[\d.,]*|{alt(_numeral_words())})\s+$", re.I),
        "levels": re.compile(rf"van (?:niveau )?(?P<from>{alt(ev['threat_levels'])}) naar (?:niveau )?(?P<to>{alt(ev['threat_levels'])})",
                             re.I),
    }


def _numeral_words() -> list[str]:
    nums = load_language_data("nl")["numbers"]
    return [w for part in ("units", "tens") for w in nums[part]]


@lru_cache(maxsize=4)
def _needle_index(text: str) -> tuple[list[int], list[tuple[int, int]], set[int]] | None:
    """Where the trigger patterns' needles occur in ``text``: sorted starts, ``(end, pattern index)`` and
    the patterns without a needle (one ``str.find`` pass per needle and document instead of a needle test
    per pattern and sentence); ``None`` when lower-casing changes the text's length (offsets would differ)."""
    low = text.lower()
    if len(low) != len(text):
        return None
    hits: list[tuple[int, int, int]] = []
    always: set[int] = set()
    for i, (_, _, needle) in enumerate(vocab()["triggers"]):
        for n in needle:
            if not n:
                always.add(i)
                continue
            at = low.find(n)
            while at >= 0:
                hits.append((at, at + len(n), i))
                at = low.find(n, at + 1)
    hits.sort()
    return [a for a, _, _ in hits], [(b, i) for _, b, i in hits], always


def _candidates(text: str, start: int, end: int) -> list[int]:
    """Indices of the trigger patterns with a needle inside ``text[start:end]``, in vocabulary order."""
    index = _needle_index(text)
    if index is None:
        low = text[start:end].lower()
        return [i for i, (_, _, needle) in enumerate(vocab()["triggers"]) if any(n in low for n in needle)]
    starts, ends, always = index
    lo = bisect_left(starts, start)
    return sorted(always.union(i for b, i in ends[lo:bisect_left(starts, end, lo)] if b <= end))


def triggers_in(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """``(type, start, end)`` of every trigger in ``text[start:end]``, one per position; "begin"/"einde"
    after "in het", "tot het" … is a time adverbial, not a trigger."""
    v = vocab()
    frame_nouns = v["frame_nouns"]
    out: dict[int, tuple[str, int, int]] = {}
    triggers = v["triggers"]
    for i in _candidates(text, start, end):
        etype, rx, _ = triggers[i]
        for m in rx.finditer(text, start, end):
            a, b = m.span()
            if text[a:b].split()[0].lower() in frame_nouns and v["temporal_frame"].search(text, max(0, a - 20), a):
                continue
            if _CAUSE_OPENER.search(text, max(0, a - 40), a) and _PLURAL.match(text, a) \
                    and not re.search(r"\d", text[b:b + 40]):
                continue               # "Door de aanvallen is het aantal passages gedaald": ones told before, as a cause
            if _TIME_AFTER.search(text, max(start, a - 40), a):
                continue               # "een dag na de aanslagen in New York": a time told by a happening
            if _REACTION_TO.search(text, max(start, a - 40), a):
                continue               # "Het kabinet is geschokt door de dood van …": a feeling about one told before
            if _in_reported_speech(text, start, a):
                continue               # 'noemde het "een erkenning van …"': words quoted, no happening told
            if _ABSTRACT_CAUSE.match(text, a):
                continue               # "door de voedselcrisis worden getroffen": hit by a crisis, not an attack
            if _COUNT_OF.search(text, max(start, a - 30), a):
                continue               # "Het aantal aanvallen door piraten daalde": a statistic, no happening
            if _REFLEXIVE_EFFORT.match(text, a) and _ZICH.search(text, max(start, a - 60), a):
                continue               # "heeft zich hier voor ingezet": an effort, no deployment
            if _ATTRIBUTIVE.match(text[a:b]) and _DETERMINER.search(text, max(0, a - 8), a) \
                    and re.match(r"\s+[a-zà-ÿ][\w-]*", text[b:b + 30]) and " " not in text[a:b]:
                continue               # "de aangekondigde film": a participle describing a noun, no happening
            if a not in out:
                out[a] = (etype, a, b)
    prio = v["priority"]
    # "voerde Pakistan luchtaanvallen uit": a light verb around a stronger noun takes the noun's kind
    return sorted((t for t in out.values() if not any(t[1] < u[1] and u[2] <= t[2] and prio[u[0]] < prio[t[0]]
                                                      for u in out.values())), key=lambda t: t[1])


_TOPIC_OF = re.compile(r"(?<![\w-])(?:in verband met|naar aanleiding van|met betrekking tot|inzake|betreffende|"
                       r"aangaande)\s+(?:de |het |een )?(?:[\w-]+\s+){0,2}$", re.I)
# a footnote naming a source and its date: "1 AIVD en MIVD, «Laundry Bear», publicatie van 27 mei 2025."
_SOURCE_NOTE = re.compile(r"\d{1,2}\s+[A-ZÀ-Þ][^;:\n]{0,160}?,\s+(?:[a-z]+\s+(?:van\s+)?)?\d{1,2}\s+[a-z]+\s+\d{4}\s*(?:[.;]|$)")
_LISTED_PAPER = re.compile(r"\s*(?:[•–*-]\s*)?(?:de\s+)?(?:brief|brieven|notitie|nota)\b", re.I)
_OWNED_HAPPENING = re.compile(r"\s+(?:van|door)\s+(?:de\s+|het\s+)?(?:[a-zà-ÿ][\w-]*\s+){0,2}")
_AGREED_THAT = re.compile(r"\s*,?\s*dat\s")
_PRESENCE = re.compile(r"(?<![\w-])(?:in (?:het )?(?:aanwezigheid|bijzijn)|op (?:verzoek|uitnodiging)) van\s+"
                       r"(?:de |het )?(?:\S+\s+){0,2}$", re.I)   # "op verzoek van Turkije": the one who asked takes part
_ANNOUNCED_THAT = re.compile(r"(?:maakt|maakte|maakten)\s[^.;]*?\bbekend\s*,?\s*dat\s|bekendgemaakt\s*,?\s*dat\s", re.I)
_FRONTED_SUBCLAUSE = re.compile(r"\s*(?:Toen|Nadat|Terwijl|Voordat|Zodra|Omdat|Doordat)\s[^.;:]{5,200}?[a-z],\s+"
                                r"(?=(?!en\s|maar\s|of\s|dat\s|die\s|waar)[a-z])")
_REACTION_TO = re.compile(r"(?<![\w-])(?:geschokt|geschrokken|bedroefd|verontwaardigd|ontsteld|ontzet)\s+"
                          r"(?:door|over|van)\s+(?:de|het)\s+(?:[a-zà-ÿ][\w-]*e\s+)?$", re.I)
_TIME_AFTER = re.compile(r"(?<![\w-])(?:\w+\s+)?(?:dag|dagen|week|weken|maand|maanden|uur|jaar)\s+(?:na|vóór|voor)\s+"
                         r"(?:de|het)\s+(?:[a-zà-ÿ][\w-]*\s+)?$", re.I)
_SPEECH_QUOTE = re.compile(r"(?<![\w-])(?:noemde|noemden|noemt|noemen|zei|zeiden|zegt|verklaarde|verklaarden|sprak\s+van|"
                           r"spreekt\s+van|stelde|stelt)\s[^.;\"“„«]{0,60}[\"“„«][^\"”»“]{0,300}$", re.I)
_ABSTRACT_CAUSE = re.compile(r"door\s+(?:de|het|een)\s+(?:[a-zà-ÿ][\w-]*\s+)?[a-zà-ÿ-]*(?:crisis|ramp|droogte|overstroming|"
                             r"overstromingen|aardbeving|pandemie|sancties|maatregelen|inflatie)\b")


def _in_reported_speech(text: str, start: int, a: int) -> bool:
    """Does position ``a`` lie inside a quotation opened after a verb of speech in the same sentence?"""
    return _SPEECH_QUOTE.search(text, start, a) is not None


_COUNT_OF = re.compile(r"(?<![\w-])(?:aantal|aantallen)\s+(?:[a-zà-ÿ][\w-]*\s+)?$", re.I)
_REFLEXIVE_EFFORT = re.compile(r"(?:ingezet|inzetten|inzet)\b", re.I)
_ZICH = re.compile(r"(?<![\w-])zich\s+[^.;,]{0,50}$")
# "… dat de dienst heeft vastgesteld dat sprake is van sabotage": a finding or an opinion, undated
_REPORTED_THAT = re.compile(r"(?<![\w-])(?:vastgesteld|stelt\s+vast|stelde\s+vast|stellen\s+vast|"
                            r"concludeert|concludeerde|concluderen|meent|menen|meende|vindt|vinden|vond)\b[^.;]{0,100}?\bdat\s")
_ATTRIBUTIVE = re.compile(r"(?:ge|aan|af|be|ver|ont|op|uit|in|voor)[a-zà-ÿ]+[dt]e$")     # "aangekondigde", "geplande"
_DETERMINER = re.compile(r"(?<![\w-])(?:de|het|een|deze|die|dit|dat|zijn|haar|hun)\s+$", re.I)
# "werd een schip van de Houthi's aangevallen": the owner of what was hit is no actor
_PASSIVE_OWNED = re.compile(r"(?<![\w-])(?:werd|werden|wordt|worden)\s+(?:\S+\s+){1,3}van\s+(?:de |het )?$")
_HIT_BY = re.compile(rf"(?<![\w-]){STRUCK}\s+door\s+[^.;,]{{0,40}}$")
_HIT_BY_AT = re.compile(rf"{STRUCK}\s+door\s")
# "werd … getroffen": a happening (not "is de afgelopen weken opnieuw getroffen", a state of affairs)
_PASSIVE_SUBJECT = re.compile(r"\s+(?:werd|werden|wordt|worden)\s+(?:[^.;,:()]{0,60}?\s)?")


@lru_cache(maxsize=1)
def _passive_struck_rx() -> re.Pattern:
    """The participles of being hit or taken ("getroffen door", "gebombardeerd", "ingenomen")."""
    return re.compile(rf"(?:{STRUCK}|{alt(cues()['capture_participles'])})(?![\w-])")
_CAUSE_OPENER = re.compile(r"(?:^|[.;:!?]\s+|\n)(?:Door|Vanwege|Als gevolg van|Ten gevolge van)\s+(?:de|deze|die)\s+$")
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:van|in|op|aan|over|naar|met|voor|uit|bij|tegen|om|tot|sinds|na|onder|zoals|als|dan|binnen|"
    r"tussen|door|vanuit|richting|jegens|inzake|tijdens|volgens)\s+(?:de |het |een )?(?:(?!\d)[\w-]+\s+){0,2}$", re.I)


_OBJECT_GAP = re.compile(r"\s+(?:[A-ZÀ-Þ][\w'’-]*\s+)?(?:(?:op|in)\s+[^,;]{0,25}?\d{4},?\s+)?(?:van\s+|aan\s+)?"
                         r"(?:de\s+|het\s+)?(?:(?!(?:aan|van|in|op|uit|met|voor|door|bij|naar|tegen|over|om)\s)[a-z][\w-]*\s+)?")
_LISTED_OF = re.compile(          # "luchtaanvallen, trainingen en materiële steun van de coalitie"
    r"(?:,\s+[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*)?){0,3},?\s+en\s+(?:[a-zà-ÿ][\w-]*\s+)?[a-zà-ÿ][\w-]*\s+van\s+(?:de |het )?")
_SINCE_CLAUSE = re.compile(r"(?:^|[,;]\s*|(?<![\w-]))[Ss]inds\s+$")     # "Sinds Rusland … binnenviel": a conjunction
_REASON_FOR = re.compile(r"(?<![\w-])voor\s+(?:de |het )?$", re.I)
_REASON_TO = re.compile(          # "voor de VS aanleiding geweest om luchtaanvallen uit te voeren": the VS act
    r"\s+(?:[a-z]\w*\s+){0,2}?(?:de\s+)?(?:aanleiding|reden|redenen)\s+(?:[a-z]\w*\s+){0,2}?om\s+(?:[^.;,]{0,40}?\s)?")
_CIRCUMSTANCE = re.compile(       # a trigger noun inside a time or cause adverbial is not the subject's act
    r"(?<![\w-])(?:na|sinds|sedert|tijdens|ondanks|vanwege|wegens|na afloop van|als gevolg van|ten gevolge van)\s+"
    r"(?:de|het|een)\s+(?:[\w-]+\s+)?$", re.I)
_RELATIVE_AFTER = re.compile(r"\)?\s*(?:\([^()]{1,40}\))?,?\s*(?:dat|die)\s")   # "X (HTS), dat …": a relative clause on X
EARLIER_KIND = re.compile(r"(?<![\w-])(?:eerdere|vorige|soortgelijke|dergelijke|vergelijkbare|zulke|iedere|elke)\s+"
                          r"(?:[\w-]+\s+)?$", re.I)      # "inspireren door eerdere aanslagen", "na iedere aanslag":
#                                                     others, or any, not one told
_INFINITIVE_OPEN = re.compile(r"(?<![\w-])om\s")            # an "om … te"-clause holds a purpose or an ability
_INFINITIVE_CLOSE = re.compile(r"(?<![\w-])te\s+[a-zà-ÿ]+(?:en|n)\b")
_APPOSITIVE_RELATIVE = re.compile(     # ", het kamp dat Nederland in 2014 zelf bouwde,": a relative clause between commas
    r",\s+(?:(?:het|de|een)\s+)?(?:[\w-]+\s+){0,3}?(?:dat|die|waar|waarin|waarmee|waarbij)\s[^,;()]{1,120}?,")
_THAT = re.compile(r",?\s*dat\s|\sdat\s")        # a complement clause: its subject, not the reporting one, acts
_OF_TITLED = re.compile(r"\s+van\s+(?:de |het )?[a-zà-ÿ][\w-]*\s+")     # "de dood van Wagner-leider X"
_AFTER_PRONOUN = re.compile(      # a name after a subject pronoun, before the verb, is its object
    r"(?<![\w-])(?:zij|ze|hij|wij|we|ik)\s+(?:(?:heeft|hebben|had|hadden)\s+)?(?:de |het |een )?(?:(?!en\s|of\s)[a-z][\w-]*\s+){0,2}$",
    re.I)
@lru_cache(maxsize=1)
def _role_before() -> re.Pattern:
    """An office right before a person's name ("Minister van Defensie X"): a title, not a preposition."""
    heads = alt(vocab()["ev"]["role_heads"])
    return re.compile(rf"(?<![\w-])(?i:{heads})\s+(?:van|voor)\s+[\w-]+(?:,?\s+(?:en\s+)?[\w-]+){{0,3}}\s+$")


_INDIRECT_QUESTION = re.compile(r"(?<![\w-])(?:vragen|vraagt|vroegen|vroeg)\s+(?:zich\s+af\s+|de\s+regering\s+|het\s+kabinet\s+|"
                                r"de\s+minister\s+)?(?:of|hoe|wat|welke|waarom|wanneer|in\s+hoeverre|naar)\s", re.I)
_STANCE = re.compile(r"(?<![\w-])(?:blijft|blijven|zet(?:ten)?\s+zich\s+(?:[\w-]+\s+){0,4}?in\s+voor|pleit(?:en)?\s+voor|"
                     r"dringt\s+(?:[\w-]+\s+){0,3}?aan\s+op|dringen\s+(?:[\w-]+\s+){0,3}?aan\s+op|"
                     r"beschouw(?:t|en)|nog\s+(?:altijd|steeds))\s", re.I)   # an opinion or a lasting state
_PORTFOLIO_OF = re.compile(r"(?<![\w-])(?:van|voor)\s+(?:de\s+|het\s+)?$")
_AS_CLAUSE = re.compile(r",\s+zoals\s+(?:[\w-]+\s+){0,3}$")
# "sinds de aanslagen", "verdacht van beide aanslagen": undated, a plural with "de" and no "van …" after it
# names ones told before
_PLURAL_BACK = re.compile(r"(?<![\w-])(?:de|beide|alle)\s+$", re.I)
_PLURAL = re.compile(r"[\w-]+en(?![\w-])")
# "getroffen door twee terroristische aanslagen": several happenings counted, each told on its own
_COUNTED = re.compile(r"(?<![\w-])(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|beide|\d+)\s+(?:[a-zà-ÿ][\w-]*\s+)?$", re.I)
_OWNED_BY = re.compile(r"(?<![\w-])(?:van|door)\s")                # "de aanslagen van de TTP": told by whom
# "De Raad zal spreken over de laatste ontwikkelingen in de oorlog …": the topic of a talk, undated
_TALK_ABOUT = re.compile(r"(?<![\w-])(?:spreken|spreekt|sprak|spraken|praten|praat|discussiëren|debatteren|"
                         r"bespreken|bespreekt|overleggen)\s+(?:[^.;]{0,40}?\s)?over\s+[^.;]{0,80}$")
# "De dader werd door de politie doodgeschoten.": how the attack told before ended, not another one
_PERPETRATOR = re.compile(r"\s*(?:De|Een van de|Beide|Alle)\s+(?:\w+\s+)?(?:dader|daders|aanvaller|aanvallers|schutter|"
                          r"schutters|bestuurder|terrorist|terroristen|gijzelnemer|gijzelnemers|verdachte)\b")
_STOPPED = re.compile(r"(?:doodgeschoten|gedood|uitgeschakeld|neergeschoten|overmeesterd)\b")
# "ISIS heeft de aanslag opgeëist.": the claim of one told before, not a happening of its own
_TOLD_BEFORE = re.compile(r"(?<![\w-])(?:de|die|deze|beide|alle)\s+(?:[\w-]+\s+)?$", re.I)
_CLAIM_AFTER = re.compile(r"(?:\s+[^.;]{0,60}?)?\s+(?:opgeëist|geclaimd)(?![\w-])")
_DEMONSTRATIVE = re.compile(r"(?<![\w-])(?:die|deze|dit|dat|diezelfde|dezelfde)\s+$", re.I)
_INVERTED_GAP = re.compile(        # "Op 7 januari drongen de broers X …": the subject right after a fronted verb
    r"\s+(?:(?:de|het)\s+(?:[a-zà-ÿ\d][\w-]*\s+){1,2}"     # "vielen enkele honderden Taliban-strijders …", "de 35-jarige X"
    r"|(?:enkele|meerdere|vele|tientallen|honderden|duizenden|ongeveer|circa|ruim|zo'n|\d[\d.]*)\s+(?:[a-zà-ÿ][\w-]*\s+){0,2})")
_ROLE_GAP = re.compile(r"\s+(?:[a-zà-ÿ][\w-]*\s+"     # "Op 3 februari ontmoetten premier X en …": a title,
                       r"|de\s+(?:[A-ZÀ-Þ][\w-]*e\s+|[a-zà-ÿ][\w-]*e\s+)?[a-zà-ÿ][\w-]*(?:\s+van\s+(?:de\s+|het\s+)?[\w-]+){0,2},\s+)")  # "tekende de leider van de
#                                     regering, X, …", "de Franse president, X,": a role in apposition
_OFFICE_OF_GAP = re.compile(      # "maakten de ministers van Defensie van Polen … bekend": their states act
    r"\s+de\s+(?:[a-zà-ÿ][\w-]*e\s+)?(?:ministers?|premiers?|presidenten?|regeringen?|regeringsleiders|staatshoofden|leiders?|"
    r"leiding|autoriteiten)"
    r"(?:\s+van\s+(?:[A-ZÀ-Þ][\w-]*\s+){1,3}?)?\s*van\s+(?:de\s+|het\s+)?")
_SUBJECT_PRONOUN = re.compile(r"(?<![\w-])(?:zij|ze|hij|wij|we|ik|dit|dat|die|er)(?![\w-])", re.I)
_PARTNER = re.compile(r"(?<![\w-])met\s+(?:de |het |zijn |haar |hun |mijn |onze |uw )?(?:[\w-]+\s+){0,4}$", re.I)
_SOURCE = re.compile(             # who a statement is attributed to: "volgens de provinciegouverneur, de heer X"
    r"(?<![\w-])[Vv]olgens\s+(?:de |het |een )?(?:[\w-]+(?:\s+van\s+(?:de |het )?[\w-]+)*"
    r"(?:,\s+(?:de heer |mevrouw |[a-z][\w-]*\s+){0,2}|\s+))?$")
_RELATIVE_SUBJECT = re.compile(r"\s*(?:dat|die)\s+(?:de |het )?")    # the subject of a relative clause on the trigger
_HEAD_OF = re.compile(r"(?:^|[,.]\s+|(?<![\w-])(?:[Dd]e|[Hh]et)\s+)[A-ZÀ-Þ][\w-]*\s+van\s+(?:de |het )?$")


_CLAUSE_BREAK = re.compile(r";|:\s|\s[–—-]\s|,\s+(?:en|maar)\s+(?=(?:op|in|sinds|bij|na|met|vorige|afgelopen|eerder|later|daarna)\s"
                           r"|(?:een|\w+)\s+(?:dag|dagen|week|weken|maand|maanden|jaar)\s+(?:later|daarna|nadien)\b)"
                           r"|,\s+(?=(?:kort\s+|vlak\s+|direct\s+|lang\s+)?(?:nadat|voordat|nadien)\s)")   # "…, kort nadat X had …"


def clause_of(text: str, sent: tuple[int, int], pos: int) -> tuple[int, int]:
    """The clause of ``sent`` holding ``pos``: parts split at ';', ':', dashes and ", en" before an adverbial
    ("…, en op 10 januari dreef …"), not inside
    brackets ("Jurf al-Sakhar (ook: Jurf al-Nasr)")."""
    a, b = sent
    for m in _CLAUSE_BREAK.finditer(text[a:b]):
        if text.count("(", sent[0], sent[0] + m.start()) > text.count(")", sent[0], sent[0] + m.start()):
            continue
        if a + m.end() <= pos:
            a = a + m.end()
        elif sent[0] + m.start() >= pos:
            b = sent[0] + m.start()
            break
    return a, b


def _date_ok(text: str, sent_start: int, d: tuple[int, int, Mention]) -> bool:
    a, b, m = d
    if m.attrs.get("value") is None:
        return False
    before = text[max(sent_start, a - 40):a]
    v = vocab()
    adopted = _RESOLUTION_OF.search(before) is not None and m.attrs.get("granularity") == "day"
    if v["letter"].search(before) or v["paper"].search(text, max(sent_start, a - 90), a) and not adopted \
            or v["letter_list"].search(text, max(sent_start, a - 120), a):     # "brieven van 1 mei (…) en 3 juni"
        return False                                    # (but "resolutie 1744 van 20 februari": the day it was adopted)
    rep = None
    for rep in v["reporting"].finditer(before):
        pass
    if rep is not None and re.fullmatch(r"\s+(?:over|van|inzake)\s+(?:de |het )?", before[rep.end():]):
        return False                                    # "de evaluatie over 2015"
    if "/" not in str(m.attrs["value"]) and (v["deadline"].search(before) or v["deadline_start"].match(m.label)):
        return False
    if v["bound"].search(before) and not re.match(r"\s*(?:\(|,\s*toen\b)", text[b:b + 12]) \
            and not _SCHEDULED_FOR.search(before) and not re.match(r"(?:de |een )?periode\b", m.label):
        return False                                    # "gestart na 31 december", "sinds 2001"
    if re.fullmatch(r"\d{4}", m.label) and (re.search(r"(?<![.!?:]\s)(?<!^)\b[A-ZÀ-Þ][\w-]*\s$", before)
                                           or _REGULATION_YEAR.search(before)):
        return False                                    # "de Carrier Strike Group 2025": a name's year
    if v["comparison"].search(before) or _AS_CLAUSE.search(before):
        return False                                    # "voor het eerst sinds 2001", ", zoals het sinds 2013 is"
    if _AS_TOLD.search(before) and _TOLD_VERB.match(text, b):
        return False                                    # "Zoals wij u op 30 december hebben gemeld, …": the telling
    # a date inside a parenthesised citation "(Kamerstuk 27 925, nr. 612, d.d. …)"
    return not re.search(r"\((?:[^()]*\b(?:Kamerstuk|nr\.))[^()]*$", text[sent_start:a])


_RESOLUTION_OF = re.compile(r"(?<![\w-])[Rr]esoluties?\s+\d+(?:\s*\(\d{4}\))?\s+van\s+$")
_AS_TOLD = re.compile(r"(?<![\w-])(?:[Zz]oals|[Aa]ls)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\s+(?:[a-z]+\s+){0,2}?(?:op|in|bij\s+brief\s+van)\s+$")
_TOLD_VERB = re.compile(r"(?:\s+jl\.)?\s+(?:(?:heb|hebben)\s+)?(?:[a-z]+\s+){0,2}?(?:gemeld|bericht|geïnformeerd|meegedeeld|"
                        r"laten\s+weten|toegezegd|schreef|schreven|meldde|meldden|berichtte|berichtten)\b")
# "de Sanctieregeling terrorisme 2002", "het Actieprogramma Terrorismebestrijding 2005": a regulation's or plan's year
_REGULATION_YEAR = re.compile(r"\b[A-ZÀ-Þ][\w-]*(?:regeling|wet|besluit|verdrag|programma|plan|strategie|agenda|nota)"
                              r"(?:\s+[a-zà-ÿ][\w-]*){0,2}\s$")
_SCHEDULED_FOR = re.compile(r"(?<![\w-])(?:voorzien|geagendeerd)\s+voor\s+$")


def _paren(text: str, start: int, pos: int) -> int:
    """Offset of the innermost parenthesis open at ``pos`` (reading from ``start``), or -1."""
    stack: list[int] = []
    for m in re.finditer(r"[()]", text[start:pos]):
        if m.group(0) == "(":
            stack.append(start + m.start())
        elif stack:
            stack.pop()
    return stack[-1] if stack else -1


def _attached(text: str, clause: tuple[int, int], trig: tuple[str, int, int], d: tuple[int, int, Mention],
              question: bool) -> bool:
    """May date ``d`` be the date of trigger ``trig``? No modal verb between them nor an expectation before
    the trigger in its clause; not across a parenthesis (unless it explains the date: "7 oktober (de dag
    van de aanval …)"); not the date of the action a decision is about ("besloten de bijdrage volgend
    jaar uit te breiden"), unless it is when that action starts ("om met ingang van 1 maart bij te
    dragen"); in a question the date must follow the trigger closely, unless the question
    presupposes the happening ("na de veroordeling van X op 26 februari")."""
    v = vocab()
    a, b = sorted((trig[2], d[0])) if d[0] >= trig[2] else (d[1], trig[1])
    if v["dated_irrealis"].search(text, a, b) or v["clause_irrealis"].search(text, clause[0], trig[1]) \
            or v["foiled"].search(text, *clause):
        return False
    for rel in _APPOSITIVE_RELATIVE.finditer(text, clause[0], clause[1]):
        if (rel.start() <= d[0] < rel.end()) != (rel.start() <= trig[1] < rel.end()):
            return False                                # ", het kamp dat Nederland in 2014 bouwde,": the clause's own date
    pt, pd = _paren(text, clause[0], trig[1]), _paren(text, clause[0], d[0])
    if pt != pd and not (pt > d[0] and not text[d[1]:pt].strip()):
        return False
    if trig[0] == "decision" and d[0] >= trig[2] and "/" not in str(d[2].attrs.get("value")) \
            and re.fullmatch(r"\s*(?:op|in|per|d\.d\.)?\s*", text[trig[2]:d[0]]) is None \
            and not (_STARTING.match(d[2].label) or _STARTING_BEFORE.search(text, max(trig[2], d[0] - 20), d[0])) \
            and re.match(r"[^,;()]{0,80}?\bte\s+[a-z]\w*(?:en|n)\b", text[d[1]:clause[1]]):
        return False
    if question and v["presupposing"].search(text, max(clause[0], trig[1] - 50), trig[1]):
        question = False                                # "Hoe beoordeelt u de situatie na de val van X op 8 mei?"
    return not question or d[0] >= trig[2] and _QUESTION_GAP.fullmatch(text, trig[2], d[0]) is not None


# "besluit om met ingang van 1 maart bij te dragen": the contribution decided starts then, which dates the decision
_STARTS = r"(?:met ingang van|m\.i\.v\.|vanaf)"
_STARTING = re.compile(rf"{_STARTS}\s", re.I)                          # opening the date ("met ingang van 1 maart")
_STARTING_BEFORE = re.compile(rf"(?<![\w-]){_STARTS}\s+$", re.I)       # or right before it
# in a question a trigger's own date follows it closely, perhaps after its target ("de luchtaanval op Sanaa van 28
# augustus")
_QUESTION_GAP = re.compile(r"\s*(?:(?:(?:op|tegen|in|bij)\s+)?(?:de\s+|het\s+)?(?:(?:heer|mevrouw|journalist|president|premier|"
                           r"minister|burgemeester)\s+)?[A-ZÀ-Þ][\w'’-]*(?:\s+(?:van|de|der|den|ter|van der|van den|von|al|el|bin))*"
                           r"(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2}\s+){0,2}(?:op|van|in|d\.d\.)?\s*")     # "de moord op de heer Theo van Gogh op"


def _in_reporting_frame(text: str, sent: tuple[int, int], trig: int) -> bool:
    """Is the trigger what a paper or a question is about ("informeren … over de verlenging")?"""
    before = text[sent[0]:trig]                         # ("zoals aangekondigd": dropped before, see _AS_ANNOUNCED)
    if re.match(r"\s*(?:over|inzake)\s", before, re.I) and "," not in re.sub(r"\([^()]*\)", "", text[trig:sent[1]]) \
            and vocab()["reporting"].search(text, trig, sent[1]):
        return True                                     # "Over hun overbrenging informeren wij u …"
    rep = vocab()["reporting"].search(before)
    return rep is not None and re.search(r"\b(?:over|inzake|naar|betreffende|om)\b", before[rep.start():]) is not None


def _actors(text: str, clause: tuple[int, int], trig: tuple[int, int], agents: list[Span],
            target: tuple[int, int] | None, partners: bool = False) -> list[str]:
    """Who acted: subjects before the trigger, agents after "door", parties after "tussen", the one after
    "van" ("aanval van Hamas") and, with ``partners``, whom one met ("sprak met zijn collega X")."""
    v = vocab()
    out: list[str] = []
    ts, te = trig
    prev: tuple[Span, bool] | None = None
    relatives = [(r.start(), r.end()) for r in _APPOSITIVE_RELATIVE.finditer(text, clause[0], clause[1])
                 if not r.start() <= ts < r.end()]
    for s in sorted(agents, key=lambda s: s.start):
        if not clause[0] <= s.start < clause[1] or target and target[0] <= s.start < target[1] \
                or any(a <= s.start < b for a, b in relatives):
            continue                                    # ", het kamp dat Nederland bouwde,": not this event's actor
        if any(o.start <= s.start and s.end <= o.end and o.end - o.start > s.end - s.start for o in agents):
            continue                                    # "het regime van Maduro" acts, not Maduro inside its name
        before = text[max(clause[0], s.start - 30):s.start]
        if prev is not None and re.fullmatch(r"\s*(?:(?:,|en|of)\s+(?:de |het )?|\()", text[prev[0].end:s.start]) \
                and not (s.kind == "person" != prev[0].kind and _PORTFOLIO_OF.search(text, 0, prev[0].start)):
            ok = prev[1]                                # "NOS en NRC": the second shares the first's role
            #                                             (not "de minister van Defensie, X": X is the minister)
        elif _SOURCE.search(text, max(clause[0], s.start - 80), s.start):
            ok = False                                  # "volgens de gouverneur, de heer X": who reports it
        elif ts < s.start and _RELATIVE_SUBJECT.fullmatch(text, te, s.start):
            ok = True                                   # "het staakt-het-vuren dat Turkije en Rusland afkondigden"
        elif re.search(r"\buw\s+$", before):
            ok = False                                  # "uw Kamer": the addressee
        elif _PRESENCE.search(before):
            ok = True                                   # "in aanwezigheid van president X", "op verzoek van X": X took part
        elif partners and s.start < ts and re.search(r"(?<![\w-])met\s+(?:de |het )?$", before):
            ok = True                                   # "heb ik met de NCTV en de politie overleg gevoerd"
        elif partners and s.kind == "organisation" and s.mention.type not in ("state", "country") \
                and re.search(r"(?<![\w-])in\s+(?:de|het)\s+$", before):
            ok = True                                   # "hebben de bondgenoten in de Noord-Atlantische Raad overleg
            #                                             gevoerd": the body met
        elif v["pair"].search(before):                  # not ", de enige weg tussen X en Y": an apposition
            ok = s.start < ts or "," not in text[te:s.start]
        elif v["agent"].search(before):                 # not "aanvallen van milities, bewapend door Iran"
            ok = s.start < ts or "," not in text[te:s.start]
        elif s.start < ts:                              # "De Raad van de EU heeft … besloten": the EU acts
            ok = not _PREPOSITION_BEFORE.search(before) or _HEAD_OF.search(before) is not None \
                or _SINCE_CLAUSE.search(before) is not None and text[ts].islower() \
                and re.match(r"(?:\s+[a-zà-ÿ][\w-]*){0,2}\s*[,.;]", text[te:te + 40]) is not None \
                or v["owner_head"].search(before) is not None and not _PASSIVE_OWNED.search(before) \
                and not re.search(r"(?<![\w-])door\s", text[te:clause[1]]) \
                or s.kind == "person" and _role_before().search(before) is not None \
                or _REASON_FOR.search(before) is not None and _REASON_TO.fullmatch(text, s.end, ts) is not None
            ok = ok and not _CIRCUMSTANCE.search(text, s.end, ts)      # "Nederland heeft na de staatsgreep …"
            ok = ok and not (_THAT.search(text, s.end, ts) and not _RELATIVE_AFTER.match(text, s.end))  # "X stelt vast dat …"
            ok = ok and not _AFTER_PRONOUN.search(text, max(clause[0], s.start - 40), s.start)  # "toen zij X kaapten"
            ok = ok and not v["counting"].search(text, max(clause[0], s.start - 30), ts)    # "telt de coalitie 170 aanvallen"
            ok = ok and not (_HIT_BY.search(text, s.end, ts) or _HIT_BY_AT.match(text, ts))
            #                                             "zijn Frankrijk en België getroffen door … aanslagen": the targets
        elif partners and _PARTNER.search(text, ts, s.start):     # "met mijn collega X gesproken" too
            ok = True
        else:                                           # "aanval van Hamas", "kondigde het kabinet aan"
            ok = bool(re.fullmatch(r"\s*(?:van\s+)?(?:de |het )?(?:[\w-]+ van (?:de |het )?)?", text[te:s.start])) \
                or s.kind == "person" and _OF_TITLED.fullmatch(text, te, s.start) is not None \
                or _LISTED_OF.fullmatch(text, te, s.start) is not None
            ok = ok or (_INVERTED_GAP.fullmatch(text, te, s.start) is not None or s.kind == "person"
                        and _ROLE_GAP.fullmatch(text, te, s.start) is not None
                        or s.kind != "person" and _OFFICE_OF_GAP.fullmatch(text, te, s.start) is not None) \
                and not text[ts].isupper() \
                and not re.search(r"(?<![\w-])(?:de|het|een)\s+$", text[clause[0]:ts]) \
                and not any(a.start < ts for a in agents if clause[0] <= a.start) \
                and not _SUBJECT_PRONOUN.search(text, clause[0], ts)
            ok = ok and not re.match(r"\s+naar\s", text[s.end:s.end + 7])     # "verschuiven van OIR naar NMI"
        prev = (s, ok)
        if ok:
            out.append(s.label)
    placed = [s for s in agents if s.label in out and s.kind == "place"]
    if len(out) > 1 and placed and re.fullmatch(r"\s+", text[placed[-1].end:ts]) and text[ts].islower() \
            and placed[-1].label == out[-1]:
        out.pop()                                       # "toen Rusland Oekraïne binnenviel": the country invaded
    # the state of a demonym right before the trigger ("Amerikaanse luchtaanvallen", "Nederlandse inzet")
    head = max(clause[0], ts - 40)
    dm = v["demonym_before"].search(text[head:ts])
    if dm and text[head + dm.end("dem"):ts].strip() and v["numeral"].search(text, max(0, head + dm.start() - 20),
                                                                           head + dm.start()):
        dm = None                                       # "12 Franse militairen kwamen om": counted victims
    if dm and v["source_noun"].match(text, head + dm.end("dem")):
        dm = None                                       # "Syrische bronnen meldden de dood van …": who reports
    dspan = (head + dm.start("dem"), head + dm.end("dem")) if dm else None
    if dm is None:
        dm = v["demonym_after"].match(text, te)
        dspan = dm.span("dem") if dm else None
    st = demonym_state(dm.group("dem")) if dm else None
    if dspan and any(a.start <= dspan[0] < a.end and a.label in out for a in agents):
        st = None                                       # "De Malinese overgangsregering eiste": inside the actor named
    if st is None and not out:                          # "het zwaartepunt van de Nederlandse inzet … verschuiven"
        found = list(demonym_regex().finditer(text, clause[0], ts))
        # "werd het hoofdkwartier van het Fijische bataljon door Israëlische granaten getroffen": the agent's
        agent = [m for m in demonym_regex().finditer(text, clause[0], clause[1])
                 if _BY_AGENT.search(text, max(clause[0], m.start() - 12), m.start())]
        dm = next((m for m in agent or found if not v["place_noun"].match(text, m.end())
                   and not v["numeral"].search(text, max(0, m.start() - 20), m.start())
                   and not v["source_noun"].match(text, m.end())
                   and not _SOURCE.search(text, max(clause[0], m.start() - 80), m.start())
                   and not _PLACED_DEMONYM.search(text, max(clause[0], m.start() - 20), m.start())
                   and not (_APPOSED_DEMONYM.search(text, max(clause[0], m.start() - 8), m.start())
                            and _APPOSITION_END.match(text, m.end()))), None)
        st = demonym_state(dm.group(1)) if dm else None
        dspan = dm.span(1) if dm else None
    if st is not None:
        out += _paired_states(text, clause, dspan, st.name)
    return list(dict.fromkeys(out))


_BY_AGENT = re.compile(r"(?<![\w-])door\s+(?:de\s+|het\s+)?$")
# a demonym that names where ("in de Russische deelrepubliek X") or describes a time or thing in an
# apposition ("Op 14 juli, de Franse nationale feestdag, reed …"), not who acted
_PLACED_DEMONYM = re.compile(r"(?<![\w-])(?:in|bij|nabij|naar|uit|vanuit|rond)\s+(?:de|het|een)\s+$", re.I)
_APPOSED_DEMONYM = re.compile(r",\s*(?:de|het|een)\s+$")
_APPOSITION_END = re.compile(r"[^,.;:]{0,40},")


def _paired_states(text: str, clause: tuple[int, int], span: tuple[int, int], name: str) -> list[str]:
    """The state of the demonym at ``span`` and of one coordinated with it ("Franse en Britse fregatten"),
    in the order written."""
    dem = demonym_alternation()
    before = re.search(rf"(?<!\w)({dem}),? en $", text[max(clause[0], span[0] - 30):span[0]])
    after = re.match(rf",? en ({dem})(?!\w)", text[span[1]:span[1] + 30])
    first = demonym_state(before.group(1)) if before else None
    second = demonym_state(after.group(1)) if after else None
    return [st.name for st in (first,) if st] + [name] + [st.name for st in (second,) if st]


def _most_specific(text: str, place: Span, places: list[Span]) -> Span:
    """The base, building or town named right before ``place`` as lying in or near it ("Kamp Holland bij
    Tarin Kowt", "Crocus City Hall in Krasnogorsk", "Khan Shaykhun in de Syrische provincie Idlib"): the
    event's place is the more specific one; not a street or square ("op het 24 Oktoberplein in Utrecht":
    Utrecht)."""
    by_end = {s.end: s for s in places}
    while True:
        m = _WITHIN.search(text, max(0, place.start - 48), place.start)
        inner = by_end.get(m.start()) if m else None
        if inner is None or inner is place or inner.mention.type not in ("base", "building", "city", "other") \
                or str(inner.mention.attrs.get("key", "")).startswith("street-"):
            return place
        place = inner


def _town_of(text: str, place: Span, places: list[Span]) -> Span:
    """The town a street, a square or a building with a common head lies in, named right after it ("op het
    24 Oktoberplein in Utrecht", "in School nr. 1 in Beslan", "in de Olof Palmes gata in het centrum van
    Stockholm"), or the town an embassy or consulate is named
    with ("de Amerikaanse ambassade in Bagdad"): the event's place; else ``place`` itself."""
    if str(place.mention.attrs.get("key", "")).startswith("street-") or _PARK.search(place.label) \
            or place.mention.type == "building" and _GENERIC_BUILDING.search(place.label):
        gap = re.match(r"\s+in\s+(?:het\s+(?:centrum|noorden|zuiden|oosten|westen)\s+van\s+)?", text[place.end:place.end + 40])
        town = next((s for s in places if gap and s.start == place.end + gap.end()), None)
        return town if town is not None and town.mention.type in ("city", "region", "country") else place
    if place.mention.type == "building" and _MISSION_BUILDING_IN.search(place.label):
        return next((s for s in places if place.start < s.start and s.end == place.end), place)
    return place


_PARK = re.compile(r"(?:^Park\s|park$)")
_MISSION_BUILDING_IN = re.compile(r"(?:ambassade|consulaat|consulaat-generaal|vertegenwoordiging) in \S")


# "op een vlucht van Tomsk naar Moskou", "op weg van Bakoe naar Grozny": the ends of a journey, not where
# something happened on it
# "aangehouden op verdenking van … een aanslag op de ambassade in Parijs": what they are suspected of, not where
_SUSPICION = re.compile(r"(?<![\w-])(?:op\s+verdenking\s+van|verdacht\s+van|op\s+beschuldiging\s+van|wegens)\s", re.I)
_JOURNEY_END = re.compile(r"(?<![\w-])(?:vlucht|vluchten|reis|route|rit|overtocht|treinreis|busreis|op\s+weg)(?:\s+[\w-]+){0,2}?"
                          r"\s+van\s+(?:\S+\s+){0,3}?(?:naar\s+)?$")
# a building named by a common head and a name or number ("School nr. 1", "basiliek Notre-Dame", "Heaton Park-synagoge"),
# not a name of its own ("Bardomuseum", "Crocus City Hall")
_GENERIC_BUILDING = re.compile(r"^(?i:school|lyceum|college|basiliek|kathedraal|synagoge|moskee|kerk|kapel|tempel|"
                               r"station|ziekenhuis|museum|theater|markt)\b")
_CAPTURED = re.compile(r"(?:viel|vielen|veroverde|veroverden|heroverde|heroverden|bezette|bezetten|omsingelde|"
                       r"omsingelden|belegerde|belegerden)\b", re.I)
_PLACE_OF_GAP = re.compile(r"\s+van\s+(?:de |het )?(?:[a-z][\w-]*\s+)?")
_WITHIN = re.compile(r"\s+(?:bij|nabij|in|rond|near|in de buurt van|ten (?:noord|zuid)?(?:oosten|westen)\s+van|"
                     r"ten (?:noorden|zuiden)\s+van)\s+(?:de |het )?"
                     r"(?:[A-Z][\w-]*(?:se|sche) )?(?:(?:provincie|regio|district|gouvernement|deelstaat|oblast|stad|"
                     r"hoofdstad|gemeente) )?$")


_AS_ANNOUNCED = re.compile(r"(?<![\w-])[Zz]oals\s+$")
_LATER_CLAUSE = re.compile(r"(?<![\w-])(?:die|dat|waar|waarin|waarbij|wie|toen|nadat|omdat)\s")
_BEFORE_FINAL_VERB = re.compile(r"\s*(?:(?:heeft|hebben|had|hadden|is|zijn|was|waren)\s+)?")


_NAMED_ROUTE = re.compile(r"\s*(?:de |het )?(?-i:[A-ZÀ-Þ])")


def _topic_between(text: str, a: int, b: int) -> bool:
    """A topic preposition in ``[a, b)`` ("overleg over de situatie in …"); "over" before a name is the
    way taken ("reed over de Promenade des Anglais in Nice")."""
    return any(not (m.group(0).lower().startswith("over") and _NAMED_ROUTE.match(text, m.end()))
               for m in vocab()["topic"].finditer(text, a, b))


_AFTER_DATE = re.compile(r"(?:\s+(?:jl|a\.s)\.)?\s*,?\s+(?:in|te|bij|nabij|vanaf|vanuit|rond)\s+(?:de |het )?")
_BEFORE_DATE = re.compile(r"\s*,?\s+(?:op|in|sinds|vanaf)\s+")


def _next_to(text: str, s: Span, at: tuple[int, int] | None) -> bool:
    """Whether place ``s`` is named right next to the event's date ("op 14 december in Parijs", "in Dili op
    20 september"): where the dated thing happened."""
    return at is not None and (_AFTER_DATE.fullmatch(text, at[1], s.start) is not None
                               or _BEFORE_DATE.fullmatch(text, s.end, at[0]) is not None)


def _place(text: str, clause: tuple[int, int], trig: tuple[int, int], places: list[Span], trig_end: int,
           objects: list[Span], at: tuple[int, int] | None = None) -> str | None:
    """Where the event happened: a place after a place preposition (first the one next to the date
    ``at``), else the place the verb acts on ("bezette de stad X", "werkbezoek aan X"; ``trig_end``: end of
    the whole trigger; ``objects``: places and states), else the country of a demonym before a place noun
    ("Iraakse locaties")."""
    v = vocab()
    for s in objects:                                   # "de val van Baghuz", "de inname van de stad X"
        if trig[1] <= s.start < clause[1] and v["place_of"].match(text, trig[0]) \
                and _PLACE_OF_GAP.fullmatch(text, trig[1], s.start):
            return s.label
    if _CAPTURED.match(text, trig[0]):                  # "viel het district X in de provincie Y": X fell
        for s in objects:
            if trig[1] <= s.start < clause[1] and _OBJECT_GAP.fullmatch(text, trig[1], s.start):
                return s.label
    for s in objects:                                   # "drong … het dorp Banjska binnen": before the particle
        if trig[1] <= s.start and s.end < trig_end and re.fullmatch(r"\s+(?!naar$)[a-z]+", text[s.end:trig_end]) \
                and not v["place_prep"].search(text, max(clause[0], s.start - 70), s.start):
            return s.label                              # (not "… de concertzaal X in Krasnogorsk binnen")
    best: tuple[int, str] | None = None
    departs = any(w.lower() in v["departure"] for w in re.findall(r"[a-zà-ÿ]+", text[clause[0]:clause[1]]))
    for s in places:
        if not clause[0] <= s.start < clause[1]:
            continue
        before = text[max(clause[0], s.start - 70):s.start]
        if not v["place_prep"].search(before) or s.start >= trig[1] and _topic_between(text, trig[1], s.start) \
                or re.search(r"(?<![\w-])(?:als|zoals)\s+$", before) or _JOURNEY_END.search(before) \
                or s.start >= trig[1] and _SUSPICION.search(text, trig[1], s.start):
            continue                                    # not "overleg over de situatie in de Rode Zee", "een stad als X"
        # "uit Syrië", "van Eindhoven naar Wrocław" is where it came from; "voerde … uit op Kabul": a verb's
        # particle, then the target
        origin = re.search(r"(?<![\w-])(?i:uit|vanuit|vanaf)\s+(?!(?:op|tegen)\s)(?:de |het |een )?"
                           r"(?:(?:noorden|zuiden|oosten|westen|noordoosten|noordwesten|zuidoosten|zuidwesten|centrum|kust|"
                           r"omgeving) van (?:de |het )?)?(?:(?!\d)[\w-]+ ){0,2}?$", before) is not None \
            or re.search(r"(?<![\w-])van\s+(?:de |het )?$", before) is not None \
            and re.match(r"\s+naar\s", text[s.end:s.end + 7]) is not None
        later = s.start >= trig[1] and _LATER_CLAUSE.search(text, trig[1], s.start) is not None
        first = (not origin or later) if departs else (origin or later)    # "vertrok uit Den Helder": from there
        # after the trigger the nearest, before it the first named ("toen in X zeven en in Y één verdachte werden
        # aangehouden": X); not "… die in X zat"
        near = _next_to(text, s, at)
        rank = (first if departs else first and not near, not near,
                0 if s.start >= trig[0] else 1, s.start - trig[0] if s.start >= trig[0] else s.start)
        if best is None or rank < best[0]:
            best = (rank, s)
    if best:
        place = best[1]
        by_end = {s.end: s for s in places}
        while True:                                     # "in Duitsland en Nederland": the first named
            m = re.search(r"(?:,|\s+en)\s+(?:de |het )?$", text[max(clause[0], place.start - 10):place.start])
            first = by_end.get(max(clause[0], place.start - 10) + m.start()) if m else None
            if first is None or first is place:
                break
            place = first
        return _town_of(text, _most_specific(text, place, places), places).label
    for s in objects:                                   # what the verb acts on: "bezette (buurland) Koeweit"
        if trig[1] <= s.start < clause[1] and any(_OBJECT_GAP.fullmatch(text, e, s.start) for e in (trig[1], trig_end)):
            return s.label
    for s in objects:                                   # "toen ISIS Sinjar innam": the object right before a final verb
        if clause[0] <= s.start and s.end <= trig[0] and text[trig[0]:trig[0] + 1].islower() \
                and _BEFORE_FINAL_VERB.fullmatch(text, s.end, trig[0]) \
                and not _JOURNEY_END.search(text, max(clause[0], s.start - 70), s.start):   # "… Akçakale hadden beschoten"
            return s.label
    for s in places:                                    # "werd Harir Air Base met raketten bestookt": the base hit
        if clause[0] <= s.start < trig[0] and s.mention.type in ("base", "building") and \
                re.search(r"(?<![\w-])(?:werd|werden|wordt|worden)\s+(?:de |het )?$", text[max(clause[0], s.start - 20):s.start]):
            return s.label
    for s in places:                                    # "Haïti werd … getroffen door een aardbeving": the place hit
        if clause[0] <= s.start and s.end <= trig[0] and _PASSIVE_SUBJECT.fullmatch(text, s.end, trig[0]) \
                and _passive_struck_rx().match(text, trig[0]):
            return s.label
    for m in demonym_regex().finditer(text, clause[0], clause[1]):
        if v["place_noun"].match(text, m.end()):
            st = demonym_state(m.group(1))
            if st is not None:
                return st.name
    return None


def _target(text: str, clause: tuple[int, int], trig: tuple[int, int], spans: list[Span]
            ) -> tuple[str | None, tuple[int, int] | None]:
    """What the trigger is aimed at: the first organisation or person after "op"/"tegen"."""
    m = vocab()["target"].search(text, trig[1], min(clause[1], trig[1] + 25))
    if not m:
        return None, None
    end = clause[1]
    stop = re.search(r",|\s(?:in|bij|nabij|waarbij|ten)\s", text[m.end():end])
    if stop:
        end = m.end() + stop.start()
    for s in spans:
        if m.end() <= s.start < end and s.kind in ("organisation", "person"):
            return s.label, (m.start(), end)
    return None, (m.start(), end)


def sentence_event(text: str, sent: tuple[int, int], dates: list[tuple[int, int, Mention]],
                   spans: list[Span], exclude: list[tuple[int, int]] = ()) -> list[Found]:
    """The events sentence ``sent`` states: one per trigger with its own date, else one undated
    event (``exclude``: spans already read, e.g. named occasions). A trigger inside a reporting frame
    ("de brief inzake de verlenging van de bijdrage in 2023") counts only with a date of its own after it."""
    v = vocab()
    if _SOURCE_NOTE.match(text, sent[0], sent[1]):
        return []                                       # "1 Persconferentie van het Parijse parket, 1 juni 2014.": a source
    purpose = v["purpose"].match(text, sent[0], sent[1])        # "Om de besluitvorming … te kunnen plaatsen, …"
    found = [t for t in triggers_in(text, *sent) if not any(a <= t[1] < b for a, b in exclude)
             and not (purpose and t[1] < purpose.end())]
    aspect = {t for t in found if text[t[1]:t[2]].split()[0].lower() in v["aspect"]}
    found = [t for t in found if t not in aspect or not any(                # "De belegering … begon": the siege
        u not in aspect and clause_of(text, sent, u[1]) == clause_of(text, sent, t[1]) for u in found)]
    found = [t for t in found if not _AS_ANNOUNCED.search(text, max(sent[0], t[1] - 8), t[1])]  # "Zoals aangekondigd"
    if not found:                                       # "Op 3 mei ontmoette X Y": a dated act without a trigger
        return _fronted_act(text, sent, dates, spans) or _since_day(text, sent, dates, spans)
    told = [t for t in found if _ANNOUNCED_THAT.match(text, t[1], t[2] + 8)]
    found = [t for t in found if t not in told or not any(u[1] > t[2] for u in found)]    # "maakte X bekend dat Y
    #                                                       was overleden": what was announced is the happening
    framed = [t for t in found if not v["exempt"].match(text, t[1]) and _in_reporting_frame(text, sent, t[1])]
    trigs = [t for t in found if t not in framed]
    ds = stated_dates(text, sent, dates)
    question = text[sent[0]:sent[1]].rstrip().endswith("?") and not v["known_reports"].match(text, sent[0], sent[1])
    chosen = _assign(text, sent, ds, trigs, question)
    chosen = {t: (dist, d) for t, (dist, d) in chosen.items()       # "levert dit jaar drie militairen": a state
              if not (text[t[1]:t[2]].split()[0].lower() in v["ev"]["stative_present"]
                      and v["present_time"].search(d.label))}
    if framed:
        taken = {id(d) for _, d in chosen.values()}
        chosen.update(_assign(text, sent, [d for d in ds if id(d[2]) not in taken], framed, question, after=True))
    decided = [t[2] for t in chosen if t[0] == "decision" and _AGREED_THAT.match(text, t[2])
               and not _DETERMINER.search(text, max(0, t[1] - 8), t[1])]     # not "het staakt-het-vuren dat …"
    if decided:                                         # "hebben afgesproken dat de overdracht begin 2011 begint":
        chosen = {t: x for t, x in chosen.items()       # what was agreed, not a happening
                  if t[0] == "decision" or not any(e <= t[1] for e in decided)}
    if chosen:
        when = _when_clauses(text, sent, trigs, chosen)
        chosen.update({t: d for t, (d, _) in when.items()})
        out = [f for t, (_, d) in sorted(chosen.items(), key=lambda x: x[0][1])
               for f in ([_read(text, sent, t, d, spans, part=(when[t][1], clause_of(text, sent, t[1])[1]))]
                         if t in when else _read_all(text, sent, t, d, spans, until=_next_dated(text, sent, t, d, chosen)))
               if not _for_exercise(text, sent, t)]
        _announcers(told, out, spans)
        return out + _owned_undated(text, sent, [t for t in trigs if t not in chosen], spans, out, question)
    if not trigs and _LISTED_PAPER.match(text, sent[0]):  # "• de brief … over het overlijden van kapitein X": in a
        trigs = [t for t in framed if _names_its_actor(text, t, spans)]     # list of papers, the happening one is
    #                                                                         about, named with its actor
    if not trigs or any(sent[0] <= a < sent[1] for a, _ in exclude):
        return []                       # "Op de NAVO-top van 24 juni hebben de bondgenoten afgesproken …": the occasion
    # "De Raad kwam bijeen in verband met het gewapend conflict": the meeting, not its topic
    main = [t for t in trigs if not _TOPIC_OF.search(text, max(sent[0], t[1] - 50), t[1])] or trigs
    trig = min(main, key=lambda t: (v["priority"][t[0]], t[1]))
    if trig[0] not in v["ev"]["undated_types"] or question or v["irrealis"].search(text, sent[0], sent[1]) \
            or v["known_reports"].match(text, sent[0], sent[1]) \
            or v["unrealised_of"].search(text, max(sent[0], trig[1] - 50), trig[1]) \
            or _DEMONSTRATIVE.search(text, max(sent[0], trig[1] - 12), trig[1]) \
            or _TOLD_BEFORE.search(text, max(sent[0], trig[1] - 30), trig[1]) and _CLAIM_AFTER.match(text, trig[2]) \
            or _PERPETRATOR.match(text, sent[0]) and _STOPPED.match(text, trig[1]) \
            or _PLURAL_BACK.search(text, max(sent[0], trig[1] - 12), trig[1]) and _PLURAL.match(text, trig[1]) \
            and not _OWNED_BY.search(text, trig[2], min(sent[1], trig[2] + 60)) \
            or any(_COUNTED.search(text, max(sent[0], u[1] - 30), u[1]) and _PLURAL.match(text, u[1]) for u in trigs) \
            or _INDIRECT_QUESTION.search(text, sent[0], trig[1]) or _STANCE.search(text, sent[0], trig[1]) \
            or _REPORTED_THAT.search(text, sent[0], trig[1]) \
            or _TALK_ABOUT.search(text, sent[0], trig[1]):
        return []                       # "bij die aanval": one told before; "zij vragen hoe …"; "blijft de verlenging steunen"
    clause = clause_of(text, sent, trig[1])
    if EARLIER_KIND.search(text, max(clause[0], trig[1] - 30), trig[1]) or _for_exercise(text, sent, trig) \
            or _BACK_REFERENCE.fullmatch(text, sent[0], trig[1]) and _SHOWS.match(text, trig[2]):
        return []                       # "De aanslagen tonen dat …": the ones told before, read for a lesson
    opener = None
    for opener in _INFINITIVE_OPEN.finditer(text, clause[0], trig[1]):
        pass
    if opener is not None and not _INFINITIVE_CLOSE.search(text, opener.end(), trig[1]) \
            and _INFINITIVE_CLOSE.search(text, trig[2], clause[1]) \
            and v["unrealised_heads"].search(text, max(clause[0], opener.start() - 40), opener.start()):
        return []                                       # "vermogen om … aanslagen in Europa aan te sturen": no act
    found = _read(text, sent, trig, None, spans)
    found.tentative = text[trig[1]:trig[2]].split()[0].lower() in v["ev"]["stative_present"] \
        or v["existential"].search(text, sent[0], trig[1]) is not None          # "Er is oorlog in Europa": a state
    if trig[0] == "threat_level_change" and not found.actors and _KEPT.search(text, *sent):
        return []                       # "Het dreigingsniveau blijft 4": nothing changed, nobody decided
    _announcers(told, [found], spans)
    return [found] if found.actors or found.place else []


def _names_its_actor(text: str, trig: tuple[str, int, int], spans: list[Span]) -> bool:
    """Does a person or organisation (no state) follow the trigger after "van"/"door" ("overlijden van kapitein X")?"""
    m = _OWNED_HAPPENING.match(text, trig[2])
    return m is not None and any(s.start == m.end() and s.kind in ("person", "organisation")
                                 and s.mention.type != "state" for s in spans)


def _announcers(told: list[tuple[str, int, int]], found: list[Found], spans: list[Span]) -> None:
    """Who announced a happening ("Op 15 januari maakten Qatar en de VS bekend dat …") acts in it too."""
    for f in found:
        t0 = next((t for t in told if t[2] <= f.trigger[0]), None)
        if t0 is not None:
            who = [s.label for s in spans if f.start <= s.start < t0[2] and s.kind in ("organisation", "person")]
            f.actors = list(dict.fromkeys([*who, *f.actors]))


_OPENER = (r"\s*(?:(?:Eerder|Later|Daarna|Vervolgens|Ook),?\s+)?"      # "Eerder, op 9 oktober 2019, probeerde …"
           r"(?:(?i:op|in|eind|begin|medio|afgelopen|vorige|gisteren|eergisteren|vandaag|van|tussen)\b"
           r"|(?:Een|Twee|Drie|Vier|Vijf|Zes|Zeven|Acht|Negen|Tien|\d{1,2})\s+(?:dag|dagen|week|weken|maand|maanden)"
           r"\s+(?:later|daarna|erna)\b)")                                 # "Drie dagen later plaatste …"
_OPENING = _OPENER + r"(?:[^,;.()]|\.(?=\s*[a-z\d])){0,40}?"       # the opener and its date
_FRONTED_ACT = re.compile(         # "Op 3 mei jl. ontmoette …", "In maart kondigden …": a date, then a past verb
    _OPENING + r",?\s(?P<v>[a-z]{3,}(?:de|te|dden|tten|[b-df-hj-np-tv-z]den|[b-df-hj-np-tv-z]ten)|STRONG)\s+(?!dat\b|of\b)")
_PARTICIPLE = (r"(?P<v>(?:ge|be|ver|ont|her|op|uit|in|aan|af|door|over|onder|vast|stop|toe|mee|neer)[a-zà-ÿ]{2,}(?:d|t|en))"
               r"(?:\s+(?:met|aan|op|in|bij|naar|door|tegen|over)\s[^.;]{0,160}?)?\s*[.;]")   # "… gesproken met X."
_TO_PARTICIPLE = (r"\s(?:[^.;,:()]|\.(?=\s*[a-z\d])|\([^()\n]{1,20}\)){0,90}?\s"     # "het lid Wilders (PVV) zijn film …"
                  + _PARTICIPLE)                                # after the auxiliary, up to the participle
_FRONTED_PERFECT = re.compile(     # "Op 2 december jl. heb ik in Warschau gesproken met …": the date, then a perfect
    _OPENING + r"\s(?:heb|heeft|hebben)" + _TO_PARTICIPLE)


def _fronted_act(text: str, sent: tuple[int, int], dates: list[tuple[int, int, Mention]],
                 spans: list[Span]) -> list[Found]:
    """A sentence opening with its date and a weak past verb states a dated act even where no trigger word
    names it ("Op 3 mei ontmoette de minister zijn Franse collega in Parijs"); kept with an actor or place."""
    m = _fronted_rx()[0].match(text, sent[0], sent[1]) or _FRONTED_PERFECT.match(text, sent[0], sent[1])
    if m is None:                                       # "Finnair schortte op 29 april de vluchten op"
        subject = [sp for sp in spans if sp.start >= sent[0]]
        if subject and subject[0].kind in ("organisation", "person", "place") \
                and re.fullmatch(r"\s*(?:(?:De|Het)\s+)?", text[sent[0]:subject[0].start]):
            end = subject[0].end                        # "Frankrijk, Duitsland en het Verenigd Koninkrijk hebben …"
            for sp in subject[1:]:
                if not re.fullmatch(r"(?:,|\s+en)\s+(?:(?:de|het)\s+)?", text[end:sp.start]):
                    break
                end = sp.end
            if subject[0].kind != "place" or end > subject[0].end:
                m = _fronted_rx()[1].match(text, end, sent[1]) or _PERFECT_ACT.match(text, end, sent[1])
    v = vocab()
    if m is None or m.group("v") in v["verb_lookalikes"] or not _asserted(text, sent) \
            or re.search(r"(?<![\w-])dat\s", text[m.end("v"):sent[1]]) or v["statement_verb"].match(m.group("v")):
        return []                                       # "X constateerde in juli dat …": a statement, not an act
    ds = [d for d in stated_dates(text, sent, dates) if (d[1] <= m.start("v") or d[0] >= m.end("v"))
          and not v["act_bound_start"].match(d[2].label)
          and not v["act_bound_before"].search(text, max(sent[0], d[0] - 12), d[0])]
    if len(ds) != 1:
        return []                                       # "heeft sinds februari 2022 … geleverd": a bound, not a date
    return _act(text, sent, m.start("v"), m.end("v"), ds[0][2], spans)


def _asserted(text: str, sent: tuple[int, int]) -> bool:
    """Does the sentence state something (no question, no hedge or denial)?"""
    return not text[sent[0]:sent[1]].rstrip().endswith("?") and not vocab()["irrealis"].search(text, *sent)


def _act(text: str, sent: tuple[int, int], a: int, b: int, date: Mention, spans: list[Span]) -> list[Found]:
    """The dated act of the verb (or date) at ``[a, b)``, kept where it has an actor or a place."""
    found = _read(text, sent, ("other", a, b), date, spans)
    return [found] if found.actors or found.place else []


def _since_at(text: str, sent: tuple[int, int], a: int, label: str) -> int:
    """Where "sinds" opens the date at ``a`` (in its label or right before it), else -1."""
    if re.match(r"(?i)sinds\s", label):
        return a
    m = re.search(r"(?i)(?<![\w-])sinds\s+$", text[max(sent[0], a - 8):a])
    return max(sent[0], a - 8) + m.start() if m else -1


def _since_day(text: str, sent: tuple[int, int], dates: list[tuple[int, int, Mention]],
               spans: list[Span]) -> list[Found]:
    """"Nederland neemt sinds 15 januari deel aan …", "Sinds 20 januari beschermt een Nederlandse eenheid …": a
    state that began on a given day; its beginning is the event (a year or month since is background)."""
    if not _asserted(text, sent):
        return []
    days = [(d, since) for d in dates if sent[0] <= d[0] < sent[1]
            and re.fullmatch(r"\d{4}-\d\d-\d\d", str(d[2].attrs.get("value")))
            for since in (_since_at(text, sent, d[0], d[2].label),) if since >= 0]
    if len(days) != 1:
        return []
    (a, b, date), since = days[0]
    if re.search(r"(?<![\w-])(?:de|het|die|deze|alle)\s+(?:[\w-]+\s+){0,2}$", text[max(sent[0], since - 40):since]):
        return []                                       # "de ontwikkelingen sinds 7 oktober": a noun's, no state's
    verb = re.match(r"(?:\s+(?:jl|a\.s)\.)?\s+([a-z]+)\s", text[b:b + 40])
    if verb and re.fullmatch(r"\s*", text[sent[0]:since]):
        a, b = b + verb.start(1), b + verb.end(1)       # "Sinds 3 december zet MONUSCO … in": the verb is the act
    return _act(text, sent, a, b, date, spans)


_SUBJECT_ACT = re.compile(r"(?:\s+\([^()]{1,15}\))?\s+(?P<v>[a-z]{3,}(?:de|te|dden|tten|[b-df-hj-np-tv-z]den|[b-df-hj-np-tv-z]ten)"
                          r"|STRONG)\s+(?!dat\b|of\b)")


_PERFECT_ACT = re.compile(         # "Finnair heeft op 29 april de vluchten opgeschort.": the participle closing the clause
    r"(?:\s+\([^()]{1,15}\))?\s+(?:heeft|hebben|had|hadden)" + _TO_PARTICIPLE)


@lru_cache(maxsize=1)
def _fronted_rx() -> tuple[re.Pattern, re.Pattern]:
    """The fronted and the subject-first act patterns, with the language data's strong past verbs."""
    strong = alt(vocab()["ev"]["strong_past_verbs"])
    return tuple(re.compile(rx.pattern.replace("STRONG", strong)) for rx in (_FRONTED_ACT, _SUBJECT_ACT))
_BACK_REFERENCE = re.compile(r"\s*(?:De|Deze|Die)\s+")
_SHOWS = re.compile(r"\s+(?:tonen|toont|laten|laat|bewijzen|bewijst|onderstrepen|onderstreept|bevestigen|bevestigt|"
                    r"illustreren|illustreert|maken|maakt)\b")
_KEPT = re.compile(r"(?<![\w-])(?:blijft|blijven|ongewijzigd)(?![\w-])")


@lru_cache(maxsize=1)
def _exercise_rx() -> re.Pattern:
    words = alt(cues()["exercise_words"])
    return re.compile(rf"(?<![\w-])(?:deel\s+aan|voor|tijdens|in\s+het\s+kader\s+van)\s+(?:de\s+|het\s+|een\s+)?"
                      rf"(?:[\w-]+\s+){{0,2}}(?:[\w]+-)?(?:{words})(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _exercise_subject_rx() -> re.Pattern:
    words = alt(cues()["exercise_words"])
    # "De jaarlijkse oefening Steadfast Noon, die op 13 oktober begon": the exercise is what starts
    return re.compile(rf"(?<![\w-])(?:[\w]+-)?(?:{words})(?:\s+[A-Z][\w'’-]*){{0,3}},?\s+(?:die|dat)\s[^,.;]*$", re.I)


def _for_exercise(text: str, sent: tuple[int, int], trig: tuple[str, int, int]) -> bool:
    """Is a deployment for an exercise ("neemt deel aan de NAVO-oefening X", "militairen voor de oefening X")?
    Exercises are no events."""
    if trig[0] not in ("deployment", "other"):
        return False
    clause = clause_of(text, sent, trig[1])
    return _exercise_rx().search(text, trig[1], clause[1]) is not None \
        or _exercise_subject_rx().search(text, max(sent[0], trig[1] - 120), trig[1]) is not None


def _when_clauses(text: str, sent: tuple[int, int], trigs: list[tuple[str, int, int]],
                  chosen: dict[tuple[str, int, int], tuple[int, Mention]]
                  ) -> dict[tuple[str, int, int], tuple[tuple[int, Mention], int]]:
    """A trigger in a "toen"-clause after a dated one happened at that time ("… werd in 2014 opgericht toen
    ISIS Sinjar innam"): its (distance, date) and where its clause starts."""
    out = {}
    for m in re.finditer(r"(?:,\s*|\s)toen\s", text[sent[0]:sent[1]]):
        at = sent[0] + m.end()
        before = [(t, d) for t, d in chosen.items() if t[2] <= at]
        later = [t for t in trigs if t[1] >= at and t not in chosen]
        if before and later and not re.search(r"[;:]", text[at:later[0][1]]) \
                and not any(t[0] == later[0][0] for t in trigs if t[2] <= at):   # "de aanval … toen … afgevuurd": one
            out[later[0]] = (max(before, key=lambda x: x[0][1])[1], at)
    return out


def stated_dates(text: str, sent: tuple[int, int], dates: list[tuple[int, int, Mention]]
                 ) -> list[tuple[int, int, Mention]]:
    """The dates of sentence ``sent`` that may date a happening (not a paper's date, a deadline, a bound …)."""
    return [d for d in dates if sent[0] <= d[0] < sent[1] and _date_ok(text, sent[0], d)]


def _owned_undated(text: str, sent: tuple[int, int], rest: list[tuple[str, int, int]], spans: list[Span],
                   dated: list[Found], question: bool) -> list[Found]:
    """Undated events beside a sentence's dated ones: a decision noun with its own maker after "van" ("steunt
    het besluit van de regering om …"), made by none of the dated events' actors."""
    v = vocab()
    if question or v["irrealis"].search(text, *sent):
        return []
    out = []
    taken = {a for f in dated for a in f.actors}
    for t in rest:
        of = re.match(r"[\w-]+\s+van\s+(?:de |het )?", text[t[1]:t[2] + 12])         # "besluit van de …"
        if t[0] != "decision" or not v["exempt"].match(text, t[1]) or not of \
                or any(f.trigger[0] <= t[1] < f.trigger[1] for f in dated):
            continue
        maker = next((s for s in spans if s.start == t[1] + of.end() and s.kind in ("organisation", "person")), None)
        if maker is not None and maker.label not in taken:
            f = _read(text, sent, t, None, spans)
            f.actors = [maker.label]
            out.append(f)
    return out


def _assign(text: str, sent: tuple[int, int], ds: list[tuple[int, int, Mention]], trigs: list[tuple[str, int, int]],
            question: bool, after: bool = False) -> dict[tuple[str, int, int], tuple[int, Mention]]:
    """Each date to its nearest trigger of the same clause it may attach to (``after``: only a trigger
    before the date); a trigger keeps its nearest date."""
    v = vocab()
    chosen: dict[tuple[str, int, int], tuple[int, Mention]] = {}
    best: dict[tuple[str, int, int], tuple[int, int]] = {}
    options: list[tuple[tuple[int, int, Mention], list]] = []
    for d in ds:
        clause = clause_of(text, sent, d[0])
        fronted = _FRONTED_DATE.fullmatch(text, sent[0], d[0]) is not None and _DAY_FIRST.match(d[2].text) is not None
        pairs = [(0 if _presupposed(text, clause, t, d) or fronted and _main_clause_after(text, d, t)
                  else abs(t[1] - d[0]), abs(t[1] - d[0]), v["priority"][t[0]], t) for t in trigs
                 if (not after or t[2] <= d[0] and not _TELLER_BETWEEN.search(text, t[2], d[0]))
                 and clause_of(text, sent, t[1]) == clause
                 and _attached(text, clause, t, d, question)]
        if pairs:
            dist, raw, _, trig = min(pairs, key=lambda p: p[:3])
            if trig not in best or (dist, raw) < best[trig]:
                best[trig] = (dist, raw)
                chosen[trig] = (dist, d[2])
            else:
                options.append((d, pairs))
    for d, pairs in options:            # "Na de aanslag … op 22 maart volgden op 3 april een bomaanslag …": a date whose
        if any(x is d[2] for _, x in chosen.values()):      # nearest trigger has a nearer date takes the next free one
            continue
        free = [p for p in pairs if p[3] not in chosen and p[3][1] > d[1] and p[1] < 40]
        if free:
            dist, raw, _, trig = min(free, key=lambda p: p[:3])
            chosen[trig] = (dist, d[2])
    return chosen


# "Over de aanslag heb ik u op 15 juli geïnformeerd": the date of the telling, not of what it is about
_TELLER_BETWEEN = re.compile(r"(?<![\w-])(?:heb|hebben|heeft|had|hadden|hebt)\s+(?:ik|wij|we|u|het kabinet|de regering)\b")
_FRONTED_DATE = re.compile(r"\s*(?:(?:Op|Vanaf|In de nacht van|Op de avond van|Op de ochtend van)\s+)?")
_DAY_FIRST = re.compile(r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?\d{1,2}\s", re.I)
_SUBORDINATOR = re.compile(r"(?<![\w-])(?:dat|die|waarin|waarbij|waarmee|waardoor|nadat|omdat|zodat|toen|terwijl|"
                           r"waarna|waarop|wat|wie)\s")


def _main_clause_after(text: str, d: tuple[int, int, Mention], t: tuple[str, int, int]) -> bool:
    """Is trigger ``t`` in the main clause that the sentence-opening date ``d`` dates ("Op 19 november hebben
    de regeringsleiders het concept aangenomen, dat het concept uit 1999 vervangt": not the 1999 of a
    clause after it)?"""
    return t[1] >= d[1] and _SUBORDINATOR.search(text, d[1], t[1]) is None


def _presupposed(text: str, clause: tuple[int, int], t: tuple[str, int, int], d: tuple[int, int, Mention]) -> bool:
    """Does date ``d`` close the phrase "na de val van X op 8 december" that trigger ``t`` heads? Then it is
    that happening's date, not the main clause's ("… trokken troepen de zone binnen")."""
    if not (t[2] <= d[0] and not re.search(r"[,;:()]", text[t[2]:d[0]]) and d[0] - t[2] < 80):
        return False
    if vocab()["presupposing"].search(text, max(clause[0], t[1] - 50), t[1]) is not None:
        return True
    # "het vredesverdrag tussen Egypte en Israël van 26 maart 1979": a noun's own date after "van"
    return re.search(r"(?<![\w-])(?:de|het|een)\s+(?:[\w-]+\s+)?$", text[max(clause[0], t[1] - 30):t[1]], re.I) is not None \
        and re.search(r"\svan\s+$", text[t[2]:d[0]]) is not None and not text[t[1]:t[2]].endswith(" van")


def _next_dated(text: str, sent: tuple[int, int], trig: tuple[str, int, int], date: Mention,
                chosen: dict[tuple[str, int, int], tuple[int, Mention]]) -> int | None:
    """Where the next trigger of ``trig``'s clause with a date of its own begins, after ``trig``'s own date ("Na de
    aanslag bij het parlement op 22 maart volgden op 3 april een bomaanslag in de metro van Sint-Petersburg"):
    what comes after it is that happening's."""
    clause, at = clause_of(text, sent, trig[1]), text.find(date.text, sent[0], sent[1])
    later = [u[1] for u, (_, d) in chosen.items() if u[1] > trig[2] and clause[0] <= u[1] < clause[1]
             and d is not date and d.attrs.get("value") != date.attrs.get("value") and 0 <= at < u[1]]
    return min(later, default=None)


def _read_all(text: str, sent: tuple[int, int], trig: tuple[str, int, int], date: Mention | None,
              spans: list[Span], until: int | None = None) -> list[Found]:
    """The event of ``trig``, and a second one coordinated after it with its own count and target
    ("een aanval op een Iraakse basis en twee op Kharab al-Jir"): same type, date and actors; ``until``: where
    the next happening of the clause begins."""
    clause = clause_of(text, sent, trig[1])
    if until is not None:
        return [_read(text, sent, trig, date, spans, part=(clause[0], until))]
    co = vocab()["coordinated"].search(text, trig[2], clause[1])
    if not co:
        return [_read(text, sent, trig, date, spans)]
    first = _read(text, sent, trig, date, spans, part=(clause[0], co.start()))
    second = _read(text, sent, (trig[0], co.start(), co.end()), date, spans, part=(co.start(), clause[1]))
    second.actors = [a for a in first.actors if a != second.target]
    return [first, second]


def _read(text: str, sent: tuple[int, int], trig: tuple[str, int, int], date: Mention | None,
          spans: list[Span], part: tuple[int, int] | None = None) -> Found:
    """Actors, place, target and levels of the event of trigger ``trig`` (in ``part`` of its clause)."""
    v = vocab()
    etype, ts, te = trig
    full_end = te
    te = ts + len(re.match(r"[\w-]*", text[ts:te]).group(0) or text[ts:te])   # "viel Irak … binnen": the verb
    clause = part or clause_of(text, sent, ts)
    sub = _FRONTED_SUBCLAUSE.match(text, clause[0], clause[1])
    if sub and sub.end() <= ts:                         # "Toen hij naar Rusland terugkeerde, werd hij op de
        clause = (sub.end(), clause[1])                 # luchthaven X gearresteerd": the main clause's own places
    elif sub:                                           # "Nadat de rebellen … het kamp X hadden aangevallen, keerden
        clause = (clause[0], sub.end())                 # … bij Y terug": the subclause's own
    agents = [s for s in spans if s.kind in ("organisation", "person", "mission")]   # "UNMISS verplaatste …"
    meeting = etype == "meeting"                        # one meets with partners, aims at no target
    target, target_span = (None, None) if meeting else _target(text, clause, (ts, te), agents)
    # a country in subject position acts as a state ("In 1980 viel Irak buurland Iran binnen")
    states = [s for s in spans if s.kind == "place" and s.mention.type == "country"]
    actors = _actors(text, clause, (ts, te), agents + states, target_span, partners=meeting)
    if etype == "deployment":                           # "draagt bij met de mijnenjager Zr.Ms. Makkum": the ship goes
        actors += [s.label for s in agents if clause[0] <= s.start < clause[1] and s.label not in actors
                   and str(s.mention.attrs.get("key", "")).startswith("ship-")]
    places = [s for s in spans if s.kind == "place" and s.label not in actors]
    where = text.find(date.text, sent[0], sent[1]) if date is not None else -1
    found = Found(etype, sent[0], sent[1], (ts, te), date, actors=[a for a in actors if a != target],
                  place=_place(text, clause, (ts, te), places, full_end, places + [
                      s for s in agents if s.mention.type == "state" and s.label not in actors],
                      at=(where, where + len(date.text)) if where >= 0 else None), target=target)
    if etype == "threat_level_change":
        if not found.actors:                           # "De NCTV zei gisteren dat het dreigingsniveau op 4 blijft":
            found.actors = list(dict.fromkeys(         # who announces a level sets it
                s.label for s in agents if sent[0] <= s.start < ts and s.kind in ("organisation", "person")))
        lv = v["levels"].search(text, sent[0], sent[1])
        if lv:
            found.levels = (lv.group("from").lower(), lv.group("to").lower())
    return found
