"""Counted quantities: "ongeveer honderdtwintig personen", "ca. 117 aanvallen".

A number in digits or Dutch words, with an optional qualifier ("ongeveer",
"maximaal", "meer dan") and multiplier ("miljoen"), followed by what is
counted (a short noun phrase from the text: ``of``) or a unit ("procent",
"minuten"); frequencies ("7 keer", "tweemaal") count too. A bare approximate
number ("circa 60 zijn teruggekeerd") counts what was counted just before it.
Rates of time ("24 uur per dag"), ratios ("twee keer zo groot"), levels
("dreigingsniveau 4") and numbers that identify rather than count (after "nr.", "artikel",
"Vraag"; dossier numbers; footnote numbers; times; numbers inside dates and
citations) are skipped. Vocabulary: ``data/nl/quantities.json`` and
``numbers.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..lang import load_language_data
from ..mentions import Mention
from ..numbers import as_number, digits_value, number_word_pattern, word_value
from ..registry import extractor
from ..textview import _stop_words, view_of
from ..vocab import KGB
from ._common import matches, strong_past_verbs

VERSION = "1"
_MAX_OF_WORDS = 3
_TIME_UNITS = {"minute", "hour", "day", "week", "month", "year"}


@lru_cache(maxsize=1)
def _vocab():
    q = load_language_data("nl")["quantities"]
    mods = "|".join(sorted((re.escape(m) for m in q["modifiers"]), key=len, reverse=True))
    mult = "|".join(sorted((re.escape(m) for m in q["multipliers"]), key=len, reverse=True))
    sfx = "|".join(sorted((re.escape(s) for s in q["age_suffixes"] + q["group_suffixes"]), key=len, reverse=True))
    cur = "|".join(sorted((re.escape(c) for c in q["currency_signs"]), key=len, reverse=True))
    words = number_word_pattern() + "|" + "|".join(load_language_data("nl")["numbers"]["one"])
    glued = re.escape(q["times"]["glued"])
    rx = re.compile(
        rf"""(?<![\w.,/'’-])(?:(?P<mod>(?:{mods}))\s+)?(?:(?P<cur>{cur})\s?)?
        (?:(?P<dig>\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|[1-9]\d{{0,2}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d-])|\d+(?:,\d+)?)|(?P<word>{words})(?P<glued>{glued})?)
        (?:\s(?P<mult>{mult})(?!\w))?
        (?:-(?P<sfx>{sfx})\b|(?![\w-]|[.,]\d))""", re.I | re.X)
    link = "|".join(sorted((re.escape(w) for w in q["range_links"]), key=len, reverse=True))
    return {"q": q, "rx": rx, "age": re.compile(q["english_age"], re.I),
            # "een jongen van acht", "een meisje van 12 jaar"; "kapitein Maarten (34)", "Mohammed B. (26)"
            "age_of": re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, q['age_nouns']))}) van (?P<n>\d{{1,2}}|{words})"
                                 rf"(?: jaar)?(?![\w-])", re.I),
            "idioms": re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, q["idioms"])) + r")(?![\w-])", re.I),
            "age_bracket": re.compile(r"(?<=[A-Za-zà-ÿ.]) \((?P<n>[1-9]\d)\)(?=[\s,.;:])"),
            "range": re.compile(rf"\s*(?:{link})\s*", re.I),
            "times_not_after": re.compile(r"\s*" + q["times"]["not_after"], re.I),
            "offset": re.compile(r"\s+(?:" + "|".join(map(re.escape, q["offset_words"])) + r")\b", re.I),
            "clock": re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, q["clock_before"])) + r")\s+$", re.I),
            "rate": re.compile(r"\S+ per (?:" + "|".join(map(re.escape, q["rate_periods"])) + r")\b", re.I),
            "level": re.compile(r"([\w-]+)(?:\s+(?:" + "|".join(map(re.escape, q["level_links"])) + r"|\d+)){1,3}\s+$",
                                re.I),
            "follow": re.compile(r"\s*(?:(?:" + "|".join(map(re.escape, q["count_follow_words"])) + r")\s+)?")}


_DAYTIME = re.compile(r"uur\s+['’]s\s+(?:ochtends|morgens|middags|avonds|nachts)\b")
# "twee derde van het gebied": a fraction, not a count of two
_FRACTION_NEXT = re.compile(r"\s+(?:derde|vierde|vijfde|zesde|achtste|tiende|honderdste)\b")
_BRACKET_NAME = re.compile(r"(?<![\w-])(?:[A-Z][a-zà-ÿ]+(?:[- ][A-Z][a-zà-ÿ]+)*|[A-Z][a-zà-ÿ]+ [A-Z]\.)$")


def _range_partner(text: str, end: int, value: float, g: dict) -> tuple[str | None, float]:
    """"van ongeveer 100 tot maximaal 160 militairen": the first number counts what the second
    counts; "tussen 2 en 3 miljoen euro": a small first number takes the second's multiplier."""
    v = _vocab()
    link = v["range"].match(text, end)
    partner = v["rx"].match(text, link.end()) if link else None
    if not partner or partner.group("sfx") or g["cur"] and partner.group("cur") \
            and g["cur"].lower() != partner.group("cur").lower():
        return None, value
    of, _ = _of_words(text, partner.end())
    if partner.group("mult") and not g["mult"] and value < 1000:
        value = round(value * v["q"]["multipliers"][partner.group("mult").lower().rstrip(".")], 6)
    return of, value


def _of_words(text: str, pos: int) -> tuple[str | None, int]:
    """What follows a number: the ``of`` phrase (up to a few words) and its clean end."""
    rest = text[pos:pos + 120]
    link = _vocab()["follow"].match(rest)
    offset = link.end() if link else 0
    stop = _stop_words() | set(_vocab()["q"]["range_links"])
    words, end = [], pos
    for w in re.finditer(r"[^\s,.;:()\"!?]+|[,.;:()\"!?]", rest[offset:]):
        token = w.group(0)
        model = bool(words) and words[-1][:1].isupper() and re.fullmatch(r"\d+[A-Za-z]\w*(?:-[a-zà-ÿ]+)?", token)
        if len(words) >= _MAX_OF_WORDS or not (re.match(r"[^\W\d]|[€%'’-]", token) or model) \
                or "\n" in rest[0 if not words else offset:offset + w.start()] \
                or token.lower() in stop and token.lower() not in ("extra", "andere", "anderen") \
                or token in strong_past_verbs():       # "de laatste 12 kwamen aan", "een miljoen mensen sloegen": a verb
            break
        words.append(token)
        end = pos + offset + w.end()
    return (" ".join(words) or None), end


def _value(g: dict) -> float | None:
    """The number a match stands for, multiplier included ("€ 38,5 miljoen" = 38500000)."""
    if g["dig"]:
        value = digits_value(g["dig"])
    else:
        value = word_value(g["word"].lower())     # "een"/"één" = 1; _counts_one decides
    if value is not None and g["mult"]:
        value = round(value * _vocab()["q"]["multipliers"][g["mult"].lower().rstrip(".")], 6)
    return value


def _counts_one(text: str, g: dict, s: int, of: str | None, end: int, q: dict) -> bool:
    """Is "een"/"één" a count here, not the article? The accented "één" is, unless it names a
    stretch of time ("op één nacht") or a pronoun ("de één"); "een" only after a word that makes
    it exact ("slechts een") or when another count of something follows ("een dode en drie gewonden")."""
    if not of:
        return False
    before = text[max(0, s - 20):s].lower().split()
    if "é" in g["word"].lower():
        first = of.split()[0].lower()
        return not (before and before[-1] in ("de", "het")) and first not in q["units"] \
            and first not in q["rate_periods"]
    if any(w in q["vague_amounts"] for w in of.lower().split()[:2]):
        return False                      # "slechts een beperkt aantal toestellen": an amount, not one
    if g["mod"] and " ".join(g["mod"].lower().split()) in q["one_counts_after"] \
            or before and before[-1] in q["one_counts_after"]:
        return True
    other = re.match(rf"\s+en\s+(?:\d+|{number_word_pattern()}|{'|'.join(q['count_words'])})\s+([\w-]+)",
                     text[end:end + 60], re.I)
    return bool(other) and other.group(1).lower() not in _stop_words()


def _sentence_start(text: str, pos: int) -> bool:
    """Does a sentence (or line) begin at ``pos``? An abbreviation's dot ("Hr.Ms.", "Dr.") ends none;
    a dateline's year, time or separator does ("Den Haag, 12 mei 2025 Vier militairen …")."""
    words = text[text.rfind("\n", 0, pos) + 1:pos].split()
    if not words:
        return True
    token = words[-1].rstrip("\"')")
    if token in ("|", "-") or re.fullmatch(r"(?:19|20)\d\d|\d{1,2}[:.]\d\d", token):
        return True                               # after a dateline ("Nieuwsbericht | 12 mei 2025")
    if not token or token[-1] not in ".!?:":
        return False
    word = token.rstrip(".!?:")
    return not re.search(r"\w\.\w", word) and not (len(word) <= 3 and word[:1].isupper())


def _counts_a_group(word: str, q: dict) -> bool:
    """A capitalised plural after a number counts people ("170 Afghanen", "12 Syriërs")."""
    return bool(re.search(q["group_plural"], word)) and word.lower() not in _stop_words()


def _counted_before(text: str, pos: int, recent: list[tuple[int, str]]) -> str | None:
    """What a bare approximate number ("circa 60.") counts: the ``of`` of a quantity shortly
    before, else the last plural noun of the clause or sentence before it."""
    for end, of in reversed(recent):
        if pos - end <= 300:
            return of
    q = _vocab()["q"]
    before = text[max(0, pos - 200):pos]
    dets = set(q["plural_determiners"])
    nouns = [m.group(2) for m in re.finditer(r"\b([\wà-ÿ]+)\s+(?=([a-zà-ÿ]{4,})\b)", before)
             if (m.group(1).lower() in dets or m.group(1).isdigit() or word_value(m.group(1).lower())
                 or m.group(1).endswith("e") and m.group(1).islower())
             and re.search(q["group_plural"], m.group(2)) and m.group(2) not in _stop_words()
             and m.group(2) not in load_language_data("nl")["dates"]["units"]]
    return nouns[-1] if nouns else None


_HEADING_AFTER = re.compile(r" [A-ZÀ-Þ][^\n.;:!?]{0,80}\n")    # the rest of a line with no sentence end


def find_quantities(doc: Document, blocked_original=()) -> list[Mention]:
    view = view_of(doc.text)
    text = view.clean
    text_low = text.lower()
    v = _vocab()
    q = v["q"]
    blocked = [(view.to_clean(s), view.to_clean(e)) for s, e in blocked_original]
    blocked += [(m.start(), m.end()) for m in v["idioms"].finditer(text)]      # "in één adem": no count
    ident = {w.rstrip(".:") for w in q["identifier_words"]}
    not_counted = set(q["not_counted"])
    months = set(load_language_data("nl")["dates"]["months"])
    units = {k.lower(): u for k, u in q["units"].items()}
    currencies = {k.lower(): u for k, u in q["currency_signs"].items()}
    endings = tuple(q["identifier_endings"])
    times = set(q["times"]["words"])
    alone = set(q["approximate_alone"])
    out: list[Mention] = []
    counted: set[int] = set()                 # clean ends of the numbers counted so far
    recent: list[tuple[int, str]] = []        # (clean end, of) of the quantities counting something
    for m in matches(v["rx"], text, text_low):
        s, e = m.start(), m.end()
        if any(s < b and a < e for a, b in blocked):
            continue
        g = m.groupdict()
        value = _value(g)
        if value is None:
            continue
        num_start = m.start("dig") if g["dig"] else m.start("word")
        before = text[max(0, num_start - 25):num_start]
        prev = re.search(r"([\w'’]+)[.:]?\s*$", before)
        if prev and (prev.group(1).lower() in ident or prev.group(1).lower().endswith(endings)):
            continue                              # "artikel 5", "dreigingsniveau 4"
        level = v["level"].search(text, max(0, num_start - 50), num_start)
        if level and level.group(1).lower().endswith(endings):
            continue                              # "het dreigingsniveau blijft op 4"
        if g["dig"] and re.fullmatch(r"(?:19|20)\d\d", g["dig"]) and prev and prev.group(1)[:1].isupper() \
                and not _sentence_start(text, max(0, num_start - 25) + prev.start(1)):
            continue                              # "het Toetsingskader 2001", "Agenda 2030": a name's year
        if g["dig"] and re.fullmatch(r"\d{1,2}", g["dig"]) and prev and not _sentence_start(text, max(0, num_start - 25) + prev.start(1)) \
                and (re.search(r"[a-z]-[A-Z][a-z]+\s*$", before) or re.fullmatch(r"[A-Z]{3,}", prev.group(1))
                     and re.match(r"(?:\s+(?:via|in|op|naar|bij|en|van|met)\b|\s*[,.;:)])", text[e:e + 6])):
            continue                              # "Defender-Europe 20 gelost", "BALTOPS 25 in juni": a name's number
        if g["dig"] and re.search(r"\d[^\S\n]$", before) or re.match(r"\s\d|\s?-\d", text[e:e + 3]):
            continue                              # "27 925", "27925 -919": a dossier number
        linked = re.search(r"(\d)\s(?:en|of|tot|t/m|-)\s$", before)
        if linked and num_start - len(linked.group(0)) + 1 not in counted:
            continue                              # "pagina's 7 en 8": a list of identifiers
        if g["word"] and re.search(r"\bin\s$", before) and g["word"].lower() == "acht":
            continue                              # "in acht nemen"
        if re.match(r"\s*[.:]\d{2}\s*uur", text[e:e + 10]):
            continue                              # "17.00 uur"
        if _FRACTION_NEXT.match(text, e):
            continue                              # "twee derde van het gebied": a share
        if g["word"] and g["word"][0].isupper() and not _sentence_start(text, s) \
                and re.match(r"\s+[A-Z]", text[e:e + 2]):
            continue                              # "De Zeven Provinciën": a name
        if g["dig"] and (s == 0 or text[s - 1] == "\n") and _HEADING_AFTER.match(text, e):
            continue                              # "12 Chemische wapens in Oekraïne": a numbered heading
        unit = currencies.get((g["cur"] or "").lower())
        of, end = _of_words(text, e)
        if g["word"] and word_value(g["word"].lower()) == 1 and not _counts_one(text, g, s, of, end, q):
            continue                              # "een" as the article
        if g["dig"] and not g["dig"].isdigit() and re.search(r"\d\s\d", g["dig"]) \
                and not (g["mod"] or g["cur"] or g["mult"] or of and of[0].islower()):
            continue                              # "29 521 Nederlandse deelname": a dossier number
        if g["sfx"]:
            unit = "year" if "jarig" in g["sfx"].lower() else None
        elif g["glued"]:                          # "tweemaal"
            of, end, unit = None, e, "times"
            if v["times_not_after"].match(text, e):
                continue
        elif not of:
            of, value = _range_partner(text, e, value, g)
            end = e
            if not of and not unit:
                if not (g["mod"] and " ".join(g["mod"].lower().split()) in alone and value >= 2):
                    continue
                of = _counted_before(text, s, recent)     # "circa 60 zijn teruggekeerd"
                if not of:
                    continue
        if of and not g["sfx"]:
            first = of.split()[0]
            low = first.lower()
            if low in times:
                if v["times_not_after"].match(text, e + len(text[e:]) - len(text[e:].lstrip()) + len(first)):
                    continue                      # "twee keer zo groot": a ratio
                unit = "times"
            elif low in units or low in currencies:
                unit = unit or units.get(low) or currencies.get(low)
                if unit in _TIME_UNITS and v["rate"].match(of):
                    continue                      # "24 uur per dag": a rate
                if unit in _TIME_UNITS and v["offset"].match(text, e + len(text[e:]) - len(text[e:].lstrip()) + len(first)):
                    continue                      # "drie dagen na de inauguratie": a date, not a duration
                if unit == "hour" and (v["clock"].search(text, max(0, num_start - 20), num_start)
                                       or _DAYTIME.match(of)):
                    continue                      # "even na acht uur", "vier uur 's ochtends": a time of day
            elif low in not_counted or low in months:
                continue
            elif g["dig"] and first[0].isupper() and not re.search(r"(?:s|sch|isch)e$", first) and \
                    (not g["mod"] and _sentence_start(text, s) or not _counts_a_group(first, q)):
                continue                          # "1 Samenstelling", "7 De aanvallen"
        label = text[s:end]
        os_, oe = view.to_original(s, end)
        counted.add(e)
        if of and unit not in _TIME_UNITS and unit != "times" and not g["sfx"]:
            recent.append((end, of))
        out.append(Mention("quantity", os_, oe, doc.text[os_:oe], label, type=unit,
                           attrs={"value": as_number(value), "of": of, "unit": unit,
                                  "approximate": bool(g["mod"])}))
    for key in ("age_of", "age_bracket"):
        for m in matches(v[key], text, text_low):
            raw = m.group("n")
            value = int(raw) if raw.isdigit() else word_value(raw.lower())
            s = m.start("n") if key == "age_bracket" else m.start()
            e = m.end("n") if key == "age_bracket" else m.end()
            if key == "age_bracket":
                name = _BRACKET_NAME.search(text, max(0, s - 40), s - 2)
                if not name or name.group(0).split()[0].lower() in ident:
                    continue                      # "artikel 5 (12)", "Bijlage (3)": no one's age
            else:                                 # "een meisje van 12 jaar": the age, not a duration of 12 years
                out = [x for x in out if not (x.start < view.to_original(e, e)[0] and view.to_original(s, s)[0] < x.end)]
            if value and not any(s < b and a < e for a, b in blocked):
                os_, oe = view.to_original(s, e)
                out.append(Mention("quantity", os_, oe, doc.text[os_:oe], text[s:e], type="year",
                                   attrs={"value": value, "of": "age", "unit": "year", "approximate": False}))
    for m in matches(v["age"], text, text_low):
        raw = m.group("n")
        value = int(raw) if raw.isdigit() else load_language_data("nl")["numbers"]["english"].get(raw.lower())
        if value is not None and not any(m.start() < b and a < m.end() for a, b in blocked):
            os_, oe = view.to_original(m.start(), m.end())
            out.append(Mention("quantity", os_, oe, doc.text[os_:oe], m.group(0), type="year",
                               attrs={"value": value, "of": "age", "unit": "year", "approximate": False}))
    return out


@extractor("quantities", version=VERSION, produces=[KGB.Quantity, KGB.value, KGB.quantityOf],
           kinds=["quantity"], order=62)
def extract_quantities(doc: Document, ctx) -> list[Mention]:
    """Counted quantities with what they count, outside dates and citations."""
    blocked = [(m.start, m.end) for m in ctx.mentions if m.kind in ("date", "citation")]
    if not blocked:
        from .citations import find_citations
        from .dates import find_dates
        cits = find_citations(doc)
        blocked = [(c.start, c.end) for c in cits]
        blocked += [(d.start, d.end) for d in find_dates(doc, blocked)]
    # a number in a name identifies, it does not count ("CTF 150 boekte resultaten", "13 Lichte Brigade")
    blocked += [(m.start, m.end) for m in ctx.mentions
                if m.kind in ("organisation", "mission") and any(ch.isdigit() for ch in m.text)]
    return find_quantities(doc, blocked)
