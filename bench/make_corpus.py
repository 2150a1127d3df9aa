"""Scale corpus: N documents recombined from the sentences of the real corpus.

Each generated document takes the heading of a real parliamentary paper (dossier,
number, addressee, place and date) and a body of sentences drawn from the whole
corpus, with the numbers, dates and person names varied: surnames after a title
or honorific are replaced by names drawn from the corpus and by names made up from
syllables (which no gazetteer knows), consistently within a document; dossier and
paper numbers are drawn so that dossiers are shared between documents.  The
extractors therefore do the work they do on real text.  Lengths follow a
log-normal law (median about 6 KB, as full Kamerstukken rather than the openings
in the corpus).  The real corpus is read at run time (``--corpus``, ``KG_CORPUS``
or ``../shared/corpus``) and never copied into the repository; the output goes to
``bench/out/corpus-N`` (git-ignored).  The same ``--seed`` gives the same corpus.

    python bench/make_corpus.py 1000            # -> bench/out/corpus-1000
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SYLLABLES = ("ber", "dijk", "hof", "kamp", "veld", "bos", "brink", "berg", "mol", "wit", "haar", "lin",
             "smit", "roo", "graaf", "meer", "laan", "horst", "beek", "dam", "ker", "sel", "ma", "ning",
             "stra", "hui", "zen", "wou", "ter", "gel", "ink", "vo", "ste", "ren", "lo", "wijk")
PARTICLES = ("", "", "", "van ", "de ", "van der ", "van den ", "ter ", "ten ")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"'(])")
NUMBER = re.compile(r"(?<![\d./-])\d{1,3}(?:\.\d{3})*(?:,\d+)?(?![\d/-])")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")
DOSSIER = re.compile(r"^(\d{2}) ?(\d{3})(?=\s)", re.M)
PAPER_NR = re.compile(r"\bNr\. ?\d+\b")
# sentences that could give a document its id (links to itself, Handelingen headers) stay out
OWN_ID = re.compile(r"\b(?:kst|h-tk|h-ek|kv-tk)-\w|Bron\b|Staten-Generaal\s*\d{4}-\d{4}")


def corpus_folder(arg: str | None) -> Path:
    p = Path(arg or os.environ.get("KG_CORPUS") or ROOT.parent / "shared" / "corpus")
    if not p.is_dir():
        sys.exit(f"corpus folder not found: {p} (give --corpus or set KG_CORPUS)")
    return p


@dataclass
class Material:
    headings: list[str]
    sentences: list[str]
    surnames: list[str]
    months: list[str]
    name_pattern: re.Pattern
    date_pattern: re.Pattern


def read_material(corpus: Path) -> Material:
    """Headings, sentences and names of the real corpus; month names and titles from the
    builder's Dutch language data."""
    sys.path.insert(0, str(ROOT))
    from kg_builder.lang import load_language_data

    lang = load_language_data("nl")
    month_names = lang["dates"]["months"]
    written = sorted((m for m in month_names if len(m) > 3 or m == "mei"), key=len, reverse=True)
    months = list({n: m for m, n in reversed(month_names.items())}.values())  # first name per month
    persons = lang["persons"]
    titles = sorted({w for key in ("honorifics", "titles") for w in _words(persons.get(key, ()))},
                    key=len, reverse=True)
    name_pattern = re.compile(r"\b(?:%s)\s+((?:(?:van|de|der|den|ter|ten)\s+)*[A-Z][a-zëéöü]+"
                              r"(?:-[A-Z][a-zëéöü]+)?)" % "|".join(map(re.escape, titles)))
    date_pattern = re.compile(r"\b([1-9]|[12]\d|3[01]) (%s)( (?:19|20)\d\d)?\b" % "|".join(written))
    headings, sentences, surnames = [], [], set()
    for f in sorted(corpus.glob("*.txt")):
        text = f.read_text(encoding="utf-8", errors="replace")
        lines = text.splitlines()
        if f.name.startswith("kst-") and len(lines) > 8:
            cut = next((i for i, line in enumerate(lines[:12]) if re.match(r"^\S+, \d{1,2} \w+ \d{4}", line)), 5)
            headings.append("\n".join(lines[:cut + 1]))
            body = "\n".join(lines[cut + 1:])
        else:
            body = text
        for s in SENTENCE_END.split(body):
            s = s.strip()
            if 40 <= len(s) <= 600 and not OWN_ID.search(s):
                sentences.append(s)
        surnames.update(m.group(1) for m in name_pattern.finditer(text))
    return Material(headings, sentences, sorted(surnames), months, name_pattern, date_pattern)


def _words(value) -> list[str]:
    if isinstance(value, dict):
        return [str(k) for k in value]
    return [str(v) if not isinstance(v, dict) else str(next(iter(v.values()))) for v in value]


def made_up_surname(rng: random.Random) -> str:
    stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3))))
    return rng.choice(PARTICLES) + stem.capitalize()


class Varier:
    """Varies numbers, dates and names of one document consistently."""

    def __init__(self, m: Material, rng: random.Random, year: int):
        self.m, self.rng, self.year = m, rng, year
        self.names: dict[str, str] = {}

    def name(self, old: str) -> str:
        if old not in self.names:
            pool = self.m.surnames
            self.names[old] = made_up_surname(self.rng) if not pool or self.rng.random() < 0.5 \
                else self.rng.choice(pool)
        return self.names[old]

    def number(self, match: re.Match) -> str:
        text = match.group(0)
        if YEAR.fullmatch(text):
            return str(self.year - self.rng.randint(0, 3))
        digits = re.sub(r"\D", "", text.split(",")[0])
        value = max(1, int(int(digits or 1) * self.rng.uniform(0.5, 2.0)))
        return f"{value:,}".replace(",", ".") if "." in text else str(value)

    def date(self, match: re.Match) -> str:
        month = self.rng.choice(self.m.months)
        year = f" {self.year - self.rng.randint(0, 2)}" if match.group(3) else ""
        return f"{self.rng.randint(1, 28)} {month}{year}"

    def __call__(self, text: str) -> str:
        text = self.m.date_pattern.sub(lambda mm: "\x00" + self.date(mm) + "\x01", text)
        parts = re.split(r"(\x00[^\x01]*\x01)", text)  # keep new dates away from the number pass
        text = "".join(p[1:-1] if p.startswith("\x00") else NUMBER.sub(self.number, p) for p in parts)
        return self.m.name_pattern.sub(lambda mm: mm.group(0)[:mm.start(1) - mm.start(0)]
                                       + self.name(mm.group(1)), text)


def make_document(m: Material, i: int, seed: int, dossiers: list[str]) -> tuple[str, str]:
    """(file name, text) of document ``i``."""
    rng = random.Random(seed * 1_000_003 + i)
    year = rng.randint(2005, 2024)
    vary = Varier(m, rng, year)
    dossier = rng.choice(dossiers)
    number = 1000 + i
    heading = DOSSIER.sub(f"{dossier[:2]} {dossier[2:]}", rng.choice(m.headings), count=1) \
        if m.headings else f"{dossier[:2]} {dossier[2:]}"
    heading = PAPER_NR.sub(f"Nr. {number}", heading)
    heading = m.date_pattern.sub(lambda mm: vary.date(mm), heading)
    target = int(min(40_000, max(1_500, rng.lognormvariate(8.7, 0.6))))
    body, size = [], 0
    while size < target:
        s = vary(rng.choice(m.sentences))
        body.append(s)
        size += len(s) + 1
    lines, line = [], ""
    for s in body:  # paragraphs of a few sentences, as in the PDFs' text
        line = f"{line} {s}".strip()
        if rng.random() < 0.3:
            lines.append(line)
            line = ""
    lines.append(line)
    return f"kst-{dossier}-{number}.txt", heading + "\n" + "\n".join(lines) + "\n"


def make_corpus(n: int, out: Path, corpus: Path, seed: int = 1) -> dict:
    m = read_material(corpus)
    if not m.sentences:
        sys.exit(f"no sentences found in {corpus}")
    rng = random.Random(seed)
    dossiers = sorted({f"{rng.randint(21000, 36999)}" for _ in range(max(10, n // 20))})
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.txt"):
        old.unlink()
    t0, chars = time.perf_counter(), 0
    for i in range(n):
        name, text = make_document(m, i, seed, dossiers)
        (out / name).write_text(text, encoding="utf-8")
        chars += len(text)
    return {"documents": n, "characters": chars, "mb": round(chars / 1e6, 2), "folder": str(out),
            "seconds": round(time.perf_counter() - t0, 1), "sentences": len(m.sentences),
            "headings": len(m.headings), "surnames": len(m.surnames)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of documents")
    ap.add_argument("--out", type=Path, default=None, help="folder (default bench/out/corpus-N)")
    ap.add_argument("--corpus", default=None, help="real corpus folder (default KG_CORPUS or ../shared/corpus)")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    stats = make_corpus(a.n, a.out or OUT / f"corpus-{a.n}", corpus_folder(a.corpus), a.seed)
    print(json.dumps(stats))


if __name__ == "__main__":
    main()
