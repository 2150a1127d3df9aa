"""Score the extractors against hand-made gold annotations (``GUIDELINES.md`` schema).

``evaluate(gold_dir, corpus_dir)`` runs the pipeline on every corpus document
that has a gold file, turns the result into the gold schema
(:func:`kg_builder.gold.to_gold`) and counts, per kind, true positives, false
positives and false negatives; ``render`` prints the table.

Matching rules (one-to-one; a gold entry matches at most one prediction):

- persons, organisations, places, missions: same folded name (case,
  diacritics, punctuation ignored), else a folded surface form shared between
  the two entries' names and ``mentions``.
- dates: equal ``value`` (two nulls are equal) and overlapping text (one folded
  text contains the other, or they share a word that is not a number).
- citations: equal ``target``.
- quantities: equal ``value`` and overlapping text (as for dates).
- events: equal ``date`` (two nulls are equal) and a shared actor or place
  (one name's words all within the other's counts as shared), where a name
  also stands for every surface form of the entity of that name in the same
  file; a gold event without actors and place matches on date and a shared
  content word of ``what``.

A prediction that repeats an already matched one (same value or target and
overlapping text) is a duplicate, not a false positive: the gold lists each
distinct expression once. Document metadata is scored per field as accuracy
(exact match; ``type`` and ``title`` compared folded).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Iterable

from .errors import InputError
from .iris import fold

KINDS = ("persons", "organisations", "places", "missions", "dates", "citations", "quantities", "events")
META_FIELDS = ("id", "dossiers", "number", "chamber", "session_year", "date", "type", "title")
_NUMBER_WORDS: set[str] | None = None


# ---------------------------------------------------------------- text helpers
def _words(text: str | None) -> set[str]:
    global _NUMBER_WORDS
    if _NUMBER_WORDS is None:
        from .lang import load_language_data
        nums = load_language_data("nl")["numbers"]
        _NUMBER_WORDS = {fold(w) for part in ("units", "tens", "english") for w in nums[part]} | {"een"}
    return {w for w in fold(text or "").split() if not w.isdigit() and w not in _NUMBER_WORDS}


def _content(text: str | None) -> set[str]:
    from .textview import _stop_words
    return {w for w in _words(text) if w not in _stop_words() and len(w) > 2}


def text_overlap(a: str | None, b: str | None) -> bool:
    fa, fb = fold(a or ""), fold(b or "")
    if not fa or not fb:
        return False
    return fa in fb or fb in fa or bool(_words(a) & _words(b))


# ---------------------------------------------------------------- matchers
def _entity_forms(e: dict) -> set[str]:
    return {fold(x) for x in [e.get("name"), *(e.get("mentions") or [])] if x and fold(x)}


def _match_entities(g: dict, p: dict) -> bool:
    return fold(g.get("name") or "") == fold(p.get("name") or "") or bool(_entity_forms(g) & _entity_forms(p))


def _match_dates(g: dict, p: dict) -> bool:
    return g.get("value") == p.get("value") and text_overlap(g.get("text"), p.get("text"))


def _match_citations(g: dict, p: dict) -> bool:
    return g.get("target") == p.get("target")


def _match_quantities(g: dict, p: dict) -> bool:
    try:
        same = float(g.get("value")) == float(p.get("value"))
    except (TypeError, ValueError):
        same = g.get("value") == p.get("value")
    return same and text_overlap(g.get("text"), p.get("text"))


def _name_index(doc: dict) -> dict[str, set[str]]:
    """Folded name -> every folded surface form of the entity of that name."""
    index: dict[str, set[str]] = {}
    for kind in ("persons", "organisations", "places", "missions"):
        for e in doc.get(kind) or []:
            forms = _entity_forms(e)
            for f in forms:
                index.setdefault(f, set()).update(forms)
    return index


def _event_names(ev: dict, index: dict[str, set[str]]) -> set[str]:
    names = set()
    for n in [*(ev.get("actors") or []), ev.get("place")]:
        if n and fold(n):
            names.add(fold(n))
            names |= index.get(fold(n), set())
    return names


def _names_overlap(a: set[str], b: set[str]) -> bool:
    """A shared name, or one name's words all inside the other's ("Kharab al-Jir" / "Kharab")."""
    if a & b:
        return True
    return any(set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split()) for x in a for y in b)


def _event_matcher(gold_doc: dict, pred_doc: dict) -> Callable[[dict, dict], bool]:
    gi, pi = _name_index(gold_doc), _name_index(pred_doc)

    def match(g: dict, p: dict) -> bool:
        if g.get("date") != p.get("date"):
            return False
        gn = _event_names(g, gi)
        if gn:
            return _names_overlap(gn, _event_names(p, pi))
        return g.get("date") is not None and bool(_content(g.get("what")) & _content(p.get("what")))
    return match


def _pair(gold: list[dict], pred: list[dict], match: Callable[[dict, dict], bool],
          same: Callable[[dict, dict], bool] | None = None) -> dict[str, Any]:
    """One-to-one matching of gold and predicted entries, as many pairs as possible.

    A maximum bipartite matching (augmenting paths): a prediction that fits two gold
    entries goes to the one no other prediction fits. Returns counts and the unmatched entries.
    """
    fits = [[i for i, p in enumerate(pred) if match(g, p)] for g in gold]
    owner: dict[int, int] = {}                     # prediction -> gold entry

    def augment(gi: int, seen: set[int]) -> bool:
        for i in fits[gi]:
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or augment(owner[i], seen):
                owner[i] = gi
                return True
        return False

    for gi in range(len(gold)):
        augment(gi, set())
    paired = {gi: i for i, gi in owner.items()}
    matched = [pred[paired[gi]] for gi in range(len(gold)) if gi in paired]
    missed = [g for gi, g in enumerate(gold) if gi not in paired]
    extra = []
    for i, p in enumerate(pred):
        if i in owner:
            continue
        if same and any(same(p, m) for m in matched):
            continue                               # a repeat of a matched expression
        extra.append(p)
    return {"tp": len(matched), "fp": len(extra), "fn": len(missed), "missed": missed, "extra": extra}


def _same_value(p: dict, m: dict) -> bool:
    key = "target" if "target" in p else "value"
    return p.get(key) == m.get(key) and (key == "target" or text_overlap(p.get("text"), m.get("text")))


def compare(gold_doc: dict, pred_doc: dict) -> dict[str, dict[str, Any]]:
    """Per-kind counts for one document (gold and prediction in the gold schema)."""
    out: dict[str, dict[str, Any]] = {}
    for kind in KINDS:
        g, p = list(gold_doc.get(kind) or []), list(pred_doc.get(kind) or [])
        if kind in ("persons", "organisations", "places", "missions"):
            out[kind] = _pair(g, p, _match_entities)
        elif kind == "dates":
            out[kind] = _pair(g, p, _match_dates, _same_value)
        elif kind == "citations":
            out[kind] = _pair(g, p, _match_citations, _same_value)
        elif kind == "quantities":
            out[kind] = _pair(g, p, _match_quantities, _same_value)
        else:
            out[kind] = _pair(g, p, _event_matcher(gold_doc, pred_doc))
    return out


def _meta_equal(field: str, g: Any, p: Any) -> bool:
    if field in ("type", "title"):
        return fold(g or "") == fold(p or "")
    return g == p


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(f1, 4)}


# ---------------------------------------------------------------- running
def evaluate(gold_dir: str | Path, corpus_dir: str | Path, use_gazetteer: bool = True,
             extractors: Iterable[str] | None = None, details: bool = False) -> dict[str, Any]:
    """Scores per kind, per metadata field and per document (a plain, JSON-ready dict)."""
    from .gold import to_gold
    from .pipeline import analyse
    from .readers import MANIFEST_NAME, read_document, read_manifest

    gold_dir, corpus_dir = Path(gold_dir), Path(corpus_dir)
    gold_files = sorted(p for p in gold_dir.glob("*.json"))
    if not gold_files:
        raise InputError("no gold annotations (*.json) found", path=str(gold_dir),
                         hint="give the folder holding the gold JSON files (see GUIDELINES.md)")
    manifest = read_manifest(corpus_dir / MANIFEST_NAME) if (corpus_dir / MANIFEST_NAME).is_file() else {}
    totals = {k: [0, 0, 0] for k in KINDS}
    meta_ok = {f: 0 for f in META_FIELDS}
    per_doc: dict[str, Any] = {}
    n_docs = 0
    for gf in gold_files:
        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(f"gold file cannot be read: {exc}", path=str(gf),
                             hint="fix the JSON (schema in GUIDELINES.md)") from exc
        name = gold.get("file") or gf.stem + ".txt"
        src = corpus_dir / name
        if not src.is_file():
            continue
        doc = read_document(src, manifest.get(name, {}))
        pred = to_gold(analyse(doc, extractors=extractors, use_gazetteer=use_gazetteer))
        n_docs += 1
        result = compare(gold, pred)
        row: dict[str, Any] = {}
        for kind, r in result.items():
            for i, key in enumerate(("tp", "fp", "fn")):
                totals[kind][i] += r[key]
            row[kind] = {k: r[k] for k in ("tp", "fp", "fn")}
            if details:
                row[kind]["missed"] = r["missed"]
                row[kind]["extra"] = r["extra"]
        gmeta, pmeta = gold.get("document") or {}, pred["document"]
        row["metadata"] = {}
        for f in META_FIELDS:
            ok = _meta_equal(f, gmeta.get(f), pmeta.get(f))
            meta_ok[f] += ok
            row["metadata"][f] = ok if not details else {"ok": ok, "gold": gmeta.get(f), "pred": pmeta.get(f)}
        per_doc[gf.stem] = row
    return {
        "documents": n_docs,
        "use_gazetteer": use_gazetteer,
        "kinds": {k: _prf(*totals[k]) for k in KINDS},
        "metadata": {f: {"correct": meta_ok[f], "total": n_docs,
                         "accuracy": round(meta_ok[f] / n_docs, 4) if n_docs else 0.0} for f in META_FIELDS},
        "per_document": per_doc,
    }


def render(scores: dict[str, Any], per_document: bool = False, console=None) -> None:
    """Print the scores as rich tables."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    title = f"{scores['documents']} documents, gazetteer {'on' if scores['use_gazetteer'] else 'off'}"
    t = Table(title=title)
    for col in ("kind", "P", "R", "F1", "tp", "fp", "fn"):
        t.add_column(col, justify="left" if col == "kind" else "right")
    for kind, s in scores["kinds"].items():
        t.add_row(kind, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}",
                  str(s["tp"]), str(s["fp"]), str(s["fn"]))
    console.print(t)
    m = Table(title="document metadata (accuracy)")
    m.add_column("field")
    m.add_column("accuracy", justify="right")
    m.add_column("correct", justify="right")
    for f, s in scores["metadata"].items():
        m.add_row(f, f"{s['accuracy']:.3f}", f"{s['correct']}/{s['total']}")
    console.print(m)
    if per_document:
        d = Table(title="per document (F1 per kind)")
        d.add_column("document")
        for kind in KINDS:
            d.add_column(kind[:5], justify="right")
        for name, row in scores["per_document"].items():
            cells = []
            for kind in KINDS:
                tp, fp, fn = (row[kind][k] for k in ("tp", "fp", "fn"))
                cells.append(f"{_prf(tp, fp, fn)['f1']:.2f}" if tp + fp + fn else "-")
            d.add_row(name, *cells)
        console.print(d)
