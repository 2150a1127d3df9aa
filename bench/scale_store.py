"""A store of a given size from a built one: ``python bench/scale_store.py SOURCE TARGET TRIPLES``.

Document graphs of SOURCE are copied into a fresh TARGET until it holds TRIPLES
triples; past the first round each copy renames the document (``doc/X`` becomes
``doc/X-r2``, with its graph, mentions, events and run) and its blank nodes, while
entity IRIs (``id/…``) stay as they are, so entities are shared by more and more
documents, as in a larger corpus.  The ontology graph is copied once.  Prints one
JSON line: triples, documents, seconds.
"""
from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def graph_text(store, graph) -> str:
    import pyoxigraph as ox
    from io import BytesIO
    buf = BytesIO()
    store.dump(buf, format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
    return buf.getvalue().decode("utf-8").replace(" .\n", f" {graph} .\n")


def rename(text: str, key: str, copy: int) -> str:
    from kg_builder.vocab import BASE
    new = f"{key}-r{copy}"
    for stem in (f"{BASE}doc/", f"{BASE}graph/", f"{BASE}run/"):
        for end in (">", "/", "#"):
            text = text.replace(f"<{stem}{key}{end}", f"<{stem}{new}{end}")
    return text.replace(" _:", f" _:r{copy}x")


def scale(source: Path, target: Path, triples: int) -> dict:
    import pyoxigraph as ox
    from kg_builder import iris

    t0 = time.perf_counter()
    src = ox.Store.read_only(str(source))
    shutil.rmtree(target, ignore_errors=True)
    dst = ox.Store(str(target))
    prefix = str(iris.graph_iri("x"))[:-1]
    docs = sorted(g for g in src.named_graphs() if g.value.startswith(prefix)
                  and g.value not in {str(iris.ONTOLOGY_GRAPH), str(iris.METADATA_GRAPH),
                                      str(iris.INFERRED_GRAPH), str(iris.CURATION_GRAPH)})
    if not docs:
        sys.exit(f"no document graphs in {source}")
    dst.bulk_load(graph_text(src, ox.NamedNode(str(iris.ONTOLOGY_GRAPH))).encode(), format=ox.RdfFormat.N_QUADS)
    total, copies, buf = len(dst), 0, []
    copy = 1
    while total < triples:
        for g in docs:
            text = graph_text(src, g)
            if copy > 1:
                text = rename(text, g.value[len(prefix):], copy)
            buf.append(text)
            total += text.count("\n")
            copies += 1
            if len(buf) >= 200 or total >= triples:
                dst.bulk_load("".join(buf).encode(), format=ox.RdfFormat.N_QUADS)
                buf = []
            if total >= triples:
                break
        copy += 1
    dst.flush()
    dst.optimize()
    return {"triples": len(dst), "documents": copies, "seconds": round(time.perf_counter() - t0, 1)}


if __name__ == "__main__":
    print(json.dumps(scale(Path(sys.argv[1]), Path(sys.argv[2]), int(float(sys.argv[3])))))
