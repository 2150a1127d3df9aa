"""A normalised view of a document's text with a map back to the original.

Text taken from PDFs and web pages breaks words and sentences in ways that
defeat patterns: words hyphenated across lines ("Artikel 100-\\nbrief"),
sentences running over line and page breaks, footnote markers glued to words
("Artikel 100-brief2", "Defensie1"), curly and straight quotes side by side,
en and em dashes for hyphens, non-breaking and thin spaces.
:class:`TextView` builds a cleaned string on which extractors match and maps
every position of it back to ``Document.text``, so a mention keeps the exact
original quote (``text == doc.text[start:end]``) while its label is clean::

    view = view_of(doc.text)
    for m, start, end in view.spans(r"\\d+ november \\d{4}"):
        Mention("date", start, end, doc.text[start:end], label=m.group(0))

Line breaks inside a sentence become one space; a break after a line shorter
than the document's full lines (a heading, a signature, a list item) or after
sentence-final punctuation is kept as ``"\\n"`` so sentences and headings stay
apart. A wide gap inside a line (signature columns) becomes ``"\\t"``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Pattern

from spacy.attrs import IDX, IS_PUNCT, LENGTH, ORTH

# one character in, one character out: offsets are kept
_CHAR_MAP = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'", "ʼ": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\t": " ", "\f": " ", "\v": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\ufe63": "-", "\uff0d": "-",
})
_DROP = {"\u00ad", "\u200b", "\ufeff"}           # soft hyphen, zero-width space, BOM
# what needs a decision: whitespace runs other than one plain space, dropped characters (\s is str.isspace)
_SPECIAL = re.compile(r"\s{2,}|[^\S ]|[" + "".join(_DROP) + "]")
_LEADING = re.compile(r"[\s" + "".join(_DROP) + "]*")

# a footnote marker: 1-2 digits glued to a lower-case word or closing punctuation,
# followed by a space, punctuation or the end ("Defensie1 en", "verwondingen.8 De",
# "beperkt”.6", "UNITAD)?1"); upper-case words with digits (D66, G5, F16) are names
_MARKER = re.compile(r"(?<=[a-zà-ÿ.)?!'\"”’»])(\d{1,2})(?=[\s.,;:)]|$)")
# … or to a year after a word ("het Toetsingskader 20011 berichten", "jaarverslag over 20031"): a plain number
# of five or six digits is written with separators in Dutch ("20.011"), so the last digits are a marker
_YEAR_MARKER = re.compile(r"(?<=[A-Za-zÀ-ÿ] (?:19|20)\d\d)(\d{1,2})(?=[\s,;:)]|\.(?:\s|$)|$)")
_YEAR_MARKER_NOT_AFTER = re.compile(r"\b(?:nr|Kamerstuk|Kamerstukken|dossier|dossiernummer|zaaknummer|Stcrt|Stb)\.? \d{4}$")
_MARKER_NOT_AFTER = re.compile(r"(?:\b(?:nr|blz|art|p|pag|no|ca|jo|lid|sub)\.|\d[.,])$", re.I)
_SENTENCE_END = ".:;!?"
_SHORT_LINE = 45          # a line shorter than this that breaks is a heading/list/signature
_JOINERS = {"en", "of", "tot", "t/m", "and", "or"}   # "West-\nen Noord-Afrikaanse" keeps its space


@dataclass(frozen=True, slots=True)
class Marker:
    """A footnote marker glued to a word, removed from the clean view."""

    start: int          # offsets in the original text
    end: int
    number: int


class TextView:
    """Clean text plus, for every clean character, its offset in the original."""

    __slots__ = ("original", "clean", "_orig", "markers", "_sentences", "_sorted")

    def __init__(self, text: str):
        self.original = text
        out: list[str] = []               # chunks of clean text, never empty
        orig: list[int] = []
        markers: list[Marker] = []
        found = sorted([m for m in _MARKER.finditer(text) if _is_marker(text, m)]
                       + [m for m in _YEAR_MARKER.finditer(text)
                          if not _YEAR_MARKER_NOT_AFTER.search(text, max(0, m.start() - 30), m.start())],
                       key=lambda m: m.start())
        found_starts = [m.start() for m in found]
        lines_start = _line_starts(text)
        full = _full_line_length(text)
        n = len(text)

        def copy(a: int, b: int) -> None:
            """Copy ``text[a:b]`` (no whitespace, no dropped characters), cutting out markers."""
            k = bisect_left(found_starts, a)
            while k < len(found) and found[k].start() < b:
                m = found[k]
                k += 1
                markers.append(Marker(m.start(), m.end(), int(m.group(1))))
                append(a, m.start())
                a = m.end()
            append(a, b)

        def append(a: int, b: int) -> None:
            if a < b:
                out.append(text[a:b].translate(_CHAR_MAP))
                orig.extend(range(a, b))

        def run(pos: int, end: int) -> None:
            """Clean ``text[pos:end]``: text between special runs is copied whole (a lone space stays a space)."""
            for sm in _SPECIAL.finditer(text, pos, end):
                i, j = sm.span()
                copy(pos, i)
                pos = j
                if text[i] in _DROP or j >= n:
                    continue
                tail = "".join(out[-2:])[-2:]
                k = _hyphen_join(text, i, j, tail)
                if k is not None:         # "100-\n\nbrief": drop the break (and a soft hyphen)
                    if k == 0:
                        out[-1] = out[-1][:-1]
                        orig.pop()
                        if not out[-1]:
                            out.pop()
                    continue
                if "\n" in text[i:j]:
                    out.append("\n" if _hard_break(text, i, lines_start, full) else " ")
                else:                     # a wide gap inside a line separates columns
                    out.append("\t" if j - i >= 3 else " ")
                orig.append(i)
            copy(pos, end)

        def sep(char: str, at: int) -> None:
            out.append(char)
            orig.append(at)

        # footnotes printed inside a sentence at a page's foot go after that sentence
        pos = _LEADING.match(text).end()
        moves = _merged_moves(_footnote_moves(text, found), _furniture_moves(text))
        for cut, block, block_end, resume, insert in moves:
            run(pos, cut)
            # "ambassade in [footnotes] Bagdad.": one sentence again; a list goes on with its next item
            sep("\n" if text[resume] in "-•–*·" else " ", resume - 1)
            run(resume, insert)
            sep("\n", block - 1)
            run(block, block_end)
            pos = _LEADING.match(text, insert).end()
            if pos < n:
                sep("\n", pos - 1)
        run(pos, n)
        self.clean = "".join(out).rstrip(" \n\t")      # strip a trailing separator
        del orig[len(self.clean):]
        orig.append(n if not orig else max(orig) + 1)
        self._orig = orig
        self.markers = sorted(markers, key=lambda m: m.start)
        self._sentences: list[tuple[int, int]] | None = None
        # with footnotes moved the map is no longer monotonic: original offsets in order, for to_clean
        self._sorted = None if not moves else tuple(map(list, zip(*sorted((o, c) for c, o in enumerate(orig[:-1])))))

    # -- offsets
    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the clean span ``[start:end]``."""
        start = max(0, min(start, len(self.clean)))
        end = max(start, min(end, len(self.clean)))
        if end == start:
            o = self._orig[start]
            return o, o
        if self._sorted is not None:      # a span over a moved footnote covers all it was cut from
            return min(self._orig[start:end]), max(self._orig[start:end]) + 1
        return self._orig[start], self._orig[end - 1] + 1

    def to_clean(self, pos: int) -> int:
        """Clean offset of the first clean character at or after original ``pos``."""
        if self._sorted is not None:
            origs, cleans = self._sorted
            k = bisect_left(origs, pos)
            return cleans[k] if k < len(origs) else len(self.clean)
        return bisect_right(self._orig, pos - 1, 0, len(self._orig) - 1)

    def quote(self, start: int, end: int) -> tuple[int, int, str]:
        """Original offsets and exact original text of a clean span."""
        s, e = self.to_original(start, end)
        return s, e, self.original[s:e]

    def spans(self, pattern: str | Pattern[str], flags: int = 0) -> Iterator[tuple[re.Match, int, int]]:
        """``(match, original start, original end)`` for every match in the clean text."""
        rx = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
        for m in rx.finditer(self.clean):
            s, e = self.to_original(m.start(), m.end())
            yield m, s, e

    # -- sentences
    def sentences(self) -> list[tuple[int, int]]:
        """Clean ``(start, end)`` of each sentence (spaCy sentencizer, plus hard line breaks)."""
        if self._sentences is None:
            out: list[tuple[int, int]] = []
            pos = 0
            for block in self.clean.split("\n"):
                if block.strip():
                    for sa, sb in sentence_spans(block):
                        a, b = pos + sa, pos + sb
                        if self.clean[a:b].strip():
                            out.append((a, b))
                pos += len(block) + 1
            self._sentences = out
        return self._sentences

    def sentence_at(self, clean_pos: int) -> tuple[int, int]:
        sents = self.sentences()
        i = bisect_right([s for s, _ in sents], clean_pos) - 1
        if 0 <= i < len(sents) and sents[i][0] <= clean_pos <= sents[i][1]:
            return sents[i]
        return (clean_pos, clean_pos)


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n", text)]


def _is_marker(text: str, m: re.Match) -> bool:
    before = text[max(0, m.start() - 6):m.start()]
    if _MARKER_NOT_AFTER.search(before):
        return False
    # the word it is glued to must be a word of letters (not "2e", "x2", "Vraag1" at line start)
    w = re.search(r"([^\s]*)$", text[max(0, m.start() - 40):m.start()]).group(1)
    letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", w)
    if len(letters) < 2:
        return False
    return not (text[m.start() - 1].isalpha() and letters.isupper())


def _hyphen_join(text: str, i: int, j: int, tail: str) -> int | None:
    """At a whitespace run ``text[i:j]`` after a hyphen (``tail``: the last two clean characters so far):
    1 keeps the hyphen, 0 drops it."""
    if tail[-1:] != "-" or "\n" not in text[i:j] or len(tail) < 2:
        return None
    prev, nxt = tail[0], text[j] if j < len(text) else ""
    if not nxt or not nxt.isalnum() or not prev.isalnum():   # "Centre –\nHorn" is a dash
        return None
    word = re.match(r"[^\s,.;:]+", text[j:])
    if word and word.group(0).lower() in _JOINERS:
        return None
    if prev.isalpha() and "\n\n" in text[i:j].replace(" ", "") and re.match(r"\d{1,3} [A-ZÀ-Þ]", text[j:]):
        return None                   # "over de uitkom-\n\n1 Het rapport …": a text cut off, then a footnote
    if prev.islower() and nxt.islower():
        before = re.search(r"(\w+)-$", text[max(0, i - 30):i])
        if before and word and (before.group(1).lower(), re.sub(r"\W+$", "", word.group(0).lower())) in _kept_hyphens():
            return 1                  # "luitenant-\ngeneraal" -> "luitenant-generaal"
        return 0                      # "Kamer-\nstuk" -> "Kamerstuk"
    return 1                          # "100-\nbrief", "al-\nNubaja"


@lru_cache(maxsize=1)
def _kept_hyphens() -> frozenset[tuple[str, str]]:
    """Word pairs whose hyphen stays when a line breaks after it (language data ``tokenizer.kept_hyphens``)."""
    from .lang import load_language_data
    return frozenset(tuple(p.lower().split("-", 1)) for p in load_language_data("nl")["tokenizer"].get("kept_hyphens", ()))


def _full_line_length(text: str) -> int:
    """Length from which a line counts as full (wrapped by the layout, not ended by the author)."""
    lengths = sorted(len(line.strip()) for line in text.split("\n") if line.strip())
    if not lengths:
        return _SHORT_LINE
    p90 = lengths[int(len(lengths) * 0.9) - 1 if len(lengths) > 1 else 0]
    return max(_SHORT_LINE, int(p90 * 0.7))


def _hard_break(text: str, i: int, line_starts: list[int], full: int = 0) -> bool:
    """Is the line break at ``i`` a real break (heading, list item, sentence end)?"""
    k = i - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0 or text[k] == "\n":
        return True
    if text[k] in _SENTENCE_END:
        return True
    line_no = bisect_right(line_starts, k) - 1
    line = text[line_starts[line_no]:k + 1].strip()
    if len(line) < max(full, _SHORT_LINE):
        return True
    nxt = re.match(r"\s*(\S+)", text[i:])
    if not nxt:
        return True
    word = nxt.group(1)
    if word[0] in "•–-*·" or _FOOTNOTE_LINE.match(text, i + nxt.start(1)):
        return True
    # a capitalised function word opens a new sentence after a heading, unless the line ends with a
    # word that needs one to follow ("…, mevrouw\nVan Leeuwen-Hartog", "… de\nDe Gaulle")
    last = line.rsplit(None, 1)[-1]
    return (word[0].isupper() and word.lower().strip(".,:;") in _stop_words()
            and not (last.islower() and (last in _stop_words() or last in _honorific_words())))


@lru_cache(maxsize=1)
def _honorific_words() -> frozenset[str]:
    """The last words of the honorifics in the language data ("mevrouw", "heer")."""
    from .lang import load_language_data
    return frozenset(h.split()[-1].lower() for h in load_language_data("nl")["persons"]["honorifics"])


_FOOTNOTE_START = re.compile(r"\n[ \t]*(\d{1,2}) (?=[A-ZÀ-Þ‘“'\"(])")
_RESUME = re.compile(r"\n (?=[^\s\d])")          # the page's text goes on: a line opened by one space
_SENTENCE_CLOSE = re.compile(r"[.!?](?=\s)")


def _footnote_moves(text: str, markers: list[re.Match]) -> list[tuple[int, int, int, int, int]]:
    """Footnotes at a page's foot that cut a sentence in two ("… ambassade in\n\n7 De aanvallen …\n
    Bagdad. Premier …"): ``(cut, block, block_end, resume, insert)`` — the sentence stops at ``cut``,
    the footnotes run from ``block`` to ``block_end``, the sentence resumes at ``resume`` and ends at
    ``insert``, where the footnotes are put back. Only where the footnote's number is a marker in
    the text before it and the page's text visibly resumes."""
    numbers = {int(m.group(1)): m.start() for m in markers}
    full = _full_line_length(text)
    out: list[tuple[int, int, int, int, int]] = []
    last = 0
    for m in _FOOTNOTE_START.finditer(text):
        if m.start() < last or numbers.get(int(m.group(1)), len(text)) > m.start():
            continue
        cut = len(text[:m.start()].rstrip())
        line = text[text.rfind("\n", 0, cut) + 1:cut].strip()
        if cut == 0 or text[cut - 1] in ".!?:" or cut < last or len(line) < full:
            continue                      # footnotes after a sentence, a heading or a signature stay put
        resume = _RESUME.search(text, m.end(), m.end() + 4000)
        if resume is None or resume.end() >= len(text):
            continue
        end = _SENTENCE_CLOSE.search(text, resume.end(), resume.end() + 1500)
        if end is None or _FOOTNOTE_START.search(text, resume.end(), end.end()):
            continue
        block_end = len(text[:resume.start()].rstrip())
        out.append((cut, m.start(1), block_end, resume.end(), end.end()))
        last = end.end()
    return out


# page furniture printed between two pages of a PDF: the running head ("Tweede Kamer, vergaderjaar 2023–2024,
# 29 521, nr. 468   2"), the paper's id, ISSN and imprint lines of the Handelingen, a bare page number
_FURNITURE_LINE = re.compile(
    r"[ \t]*(?:(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}[-–]\d{4}, [^\n]{1,60}?, nr\. ?[\w-]+(?:[ \t]+\d{1,4})?"
    r"|(?:ah|kst|h|kv|blg|stb|stcrt)-[a-z]{0,3}-?\d[\w-]*|ISSN \d{4}-\d{3}[\dX]"
    r"|'s-Gravenhage \d{4}(?:[ \t][^\n]*)?|\d{1,4})[ \t]*")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


def _furniture_moves(text: str) -> list[tuple[int, int, int, int, int]]:
    """Page furniture that cuts a running sentence in two ("… besloot de\nEuropese Raad\n\nTweede Kamer,
    vergaderjaar 2023–2024, 29 521, nr. 468   2\n\nGeorgië de status …"): moves as in :func:`_footnote_moves`,
    the furniture put back after the sentence. Only where the text before it is a paragraph running on (a full
    line, or a line under one, without closing punctuation)."""
    full = _full_line_length(text)
    out: list[tuple[int, int, int, int, int]] = []
    for gap in _BLANK_LINES.finditer(text):
        block = gap.end()
        lines, pos = [], block
        while pos < len(text):
            eol = text.find("\n", pos)
            eol = len(text) if eol < 0 else eol
            if not _FURNITURE_LINE.fullmatch(text, pos, eol):
                break
            lines.append((pos, eol))
            pos = eol + 1
        if all(text[a:b].strip().isdigit() for a, b in lines):
            continue                      # a number alone is no sure furniture (a list's, a footnote's)
        after = _BLANK_LINES.match(text, lines[-1][1])
        if after is None or after.end() >= len(text) or not text[after.end()].isalpha():
            continue
        cut = gap.start()
        if cut == 0 or text[cut - 1] in ".!?:;":
            continue
        last_start = text.rfind("\n", 0, cut) + 1
        above = text[text.rfind("\n", 0, max(0, last_start - 1)) + 1:max(0, last_start - 1)].strip()
        if not (cut - last_start >= full or last_start > 0 and len(above) >= full and above[-1:] not in ".!?:;"):
            continue                      # a heading before the page break stays a heading
        end = _SENTENCE_CLOSE.search(text, after.end(), after.end() + 1500)
        if end is None or _BLANK_LINES.search(text, after.end(), end.end()):
            continue
        out.append((cut, block, lines[-1][1], after.end(), end.end()))
    return out


def _merged_moves(*lists: list[tuple[int, int, int, int, int]]) -> list[tuple[int, int, int, int, int]]:
    """The moves of several kinds in text order, a move overlapping an earlier one left out."""
    out: list[tuple[int, int, int, int, int]] = []
    for mv in sorted(m for moves in lists for m in moves):
        if not out or mv[0] >= out[-1][4]:
            out.append(mv)
    return out


# a line opening with a footnote number or a dossier number ("7 De aanvallen", "29 521 Nederlandse")
_FOOTNOTE_LINE = re.compile(r"\d{1,2} (?=[A-Z])|\d{2} \d{3}(?: [A-Z]{1,4})? (?=[A-Z])")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.nl.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


@lru_cache(maxsize=64)
def view_of(text: str) -> TextView:
    """The (cached) view of ``text``; one per document text."""
    return TextView(text)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the sentences spaCy's sentencizer finds in ``text``.

    Its rule, run on the token table instead of through the pipeline (which builds
    a Python object per token): a sentence ends after sentence-final punctuation,
    at the first token that is no punctuation.
    """
    tokenizer, punct, final_abbr, openers = _tokenizer()
    rows = tokenizer(text).to_array([ORTH, IS_PUNCT, IDX, LENGTH]).tolist()
    starts, seen_final = [0], False
    for i, (orth, is_punct, _, _) in enumerate(rows):
        if seen_final and not is_punct and orth not in punct:
            starts.append(i)
            seen_final = False
        elif orth in punct:
            seen_final = True
        if orth in final_abbr and i + 1 < len(rows) and rows[i + 1][0] in openers:
            seen_final = True                 # "… op 1 april jl. De Saeima stemde …": the abbreviation ends one
    ends = starts[1:] + [len(rows)]
    return [(rows[a][2], rows[b - 1][2] + rows[b - 1][3]) for a, b in zip(starts, ends) if rows]


@lru_cache(maxsize=1)
def _tokenizer():
    """spaCy's Dutch tokenizer, the hashes of the sentencizer's sentence-final characters, of the
    abbreviations that may end a sentence and of the words that open one (language data ``tokenizer``)."""
    from .lang import load_language_data

    pipe = nlp()
    data = load_language_data("nl")["tokenizer"]
    add = pipe.vocab.strings.add
    return (pipe.tokenizer, frozenset(add(c) for c in pipe.get_pipe("sentencizer").punct_chars),
            frozenset(add(w) for w in data.get("final_abbreviations", ())),
            frozenset(add(w) for w in data.get("sentence_openers", ())))


@lru_cache(maxsize=1)
def nlp():
    """spaCy's blank Dutch pipeline with a sentencizer, created once."""
    import spacy

    from .lang import load_language_data

    pipe = spacy.blank("nl")
    drop = {w.lower() for w in load_language_data("nl")["tokenizer"]["not_abbreviations"]}
    pipe.tokenizer.rules = {k: v for k, v in pipe.tokenizer.rules.items() if k.lower() not in drop}
    pipe.add_pipe("sentencizer")
    return pipe
