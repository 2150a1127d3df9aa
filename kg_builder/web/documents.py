"""What the document page shows beyond the generic resource page.

Parts (letters with sender and addressee), entities mentioned, papers cited and
citing, and the text cut into segments so each mention becomes a link.
"""
from __future__ import annotations

from collections import defaultdict

from ..vocab import KGB
from .lookup import P, labels, sparql_iri
from .state import state

META_HIDDEN = {str(KGB.text), str(KGB.mentions), str(KGB.cites), "http://purl.org/dc/terms/hasPart"}


def parts(doc: str) -> list[dict]:
    rows = state().store.select(P + """SELECT ?part ?type ?date ?sl ?al ?sender ?addressee ?sig ?place ?start ?end
      WHERE { { %s dcterms:hasPart ?part } UNION { ?part dcterms:isPartOf %s }
        OPTIONAL { ?part a ?type } OPTIONAL { ?part dcterms:date ?date }
        OPTIONAL { ?part kgb:senderLabel ?sl } OPTIONAL { ?part kgb:addresseeLabel ?al }
        OPTIONAL { ?part kgb:sender ?sender } OPTIONAL { ?part kgb:addressee ?addressee }
        OPTIONAL { ?part kgb:signatory ?sig } OPTIONAL { ?part kgb:placeOfWriting ?place }
        OPTIONAL { ?part kgb:start ?start } OPTIONAL { ?part kgb:end ?end } }""" % (sparql_iri(doc), sparql_iri(doc)))
    merged: dict[str, dict] = {}
    for r in rows:
        p = merged.setdefault(str(r["part"]), {"iri": str(r["part"]), "types": set(), "signatories": set()})
        for k in ("date", "sl", "al", "sender", "addressee", "place", "start", "end"):
            if k in r and k not in p:
                p[k] = r[k]
        if "type" in r:
            p["types"].add(str(r["type"]))
        if "sig" in r:
            p["signatories"].add(str(r["sig"]))
    return sorted(merged.values(), key=lambda p: (int(p.get("start", 0)), p["iri"]))


def entities(doc: str) -> list[dict]:
    """Entities the document mentions, with their type and how often."""
    d = sparql_iri(doc)
    rows = state().store.select(P + """SELECT ?e (SAMPLE(?t) AS ?type) (COUNT(DISTINCT ?m) AS ?n) WHERE {
        { %s kgb:mentions ?e } UNION { ?m a kgb:Mention ; kgb:document %s ; kgb:denotes ?e }
        OPTIONAL { ?e a ?t FILTER(STRSTARTS(STR(?t), STR(kgb:))) }
        FILTER(isIRI(?e)) } GROUP BY ?e ORDER BY DESC(?n)""" % (d, d))
    return [{"iri": str(r["e"]), "type": str(r.get("type", "")), "n": int(r["n"])} for r in rows]


def citations(doc: str) -> tuple[list[str], list[str]]:
    d = sparql_iri(doc)
    cites = state().store.select(P + "SELECT DISTINCT ?c WHERE { %s kgb:cites ?c } ORDER BY ?c" % d)
    cited = state().store.select(P + "SELECT DISTINCT ?c WHERE { ?c kgb:cites %s } ORDER BY ?c" % d)
    return [str(r["c"]) for r in cites], [str(r["c"]) for r in cited]


def text_segments(doc: str, text: str) -> list[tuple[str, dict | None]]:
    """The text cut at mention boundaries: (piece, None) or (piece, mention)."""
    rows = state().store.select(P + """SELECT ?start ?end (SAMPLE(?e) AS ?ent) (SAMPLE(?t) AS ?type) WHERE {
        ?m a kgb:Mention ; kgb:document %s ; kgb:start ?start ; kgb:end ?end .
        OPTIONAL { ?m kgb:denotes ?e OPTIONAL { ?e a ?t FILTER(STRSTARTS(STR(?t), STR(kgb:))) } } }
        GROUP BY ?start ?end""" % sparql_iri(doc))
    spans = sorted(((int(r["start"]), int(r["end"]), r) for r in rows), key=lambda x: (x[0], -x[1]))
    out, pos = [], 0
    for s, e, r in spans:
        if s < pos or e > len(text) or e <= s:
            continue  # overlaps the previous mention or lies outside the text
        if s > pos:
            out.append((text[pos:s], None))
        ent = str(r["ent"]) if "ent" in r else None
        kind = str(r["type"]).rsplit("#", 1)[-1] if "type" in r else ""
        out.append((text[s:e], {"start": s, "end": e, "entity": ent, "kind": kind}))
        pos = e
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def document_data(iri: str, data: dict) -> dict:
    text_values = state().store.select(P + "SELECT ?t WHERE { %s kgb:text ?t } LIMIT 1" % sparql_iri(iri))
    text = str(text_values[0]["t"]) if text_values else ""
    ents = entities(iri)
    cites, cited_by = citations(iri)
    the_parts = parts(iri)
    more = {e["iri"] for e in ents} | set(cites) | set(cited_by) | {e["type"] for e in ents}
    for p in the_parts:
        more.update(str(p[k]) for k in ("sender", "addressee", "place") if k in p)
        more.update(p["signatories"])
    data["labels"].update(labels(sorted(x for x in more if x)))
    by_type: dict[str, list] = defaultdict(list)
    for e in ents:
        by_type[e["type"]].append(e)
    meta = {p: v for p, v in data["props"].items() if p not in META_HIDDEN}
    return {"meta": meta, "parts": the_parts, "entities_by_type": dict(by_type), "cites": cites,
            "cited_by": cited_by, "segments": text_segments(iri, text) if text else [], "has_text": bool(text)}
