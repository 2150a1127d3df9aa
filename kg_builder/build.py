"""Build the graph: read documents, extract, emit, store.  ``build()`` is the API.

Each document is processed on its own (in worker processes when ``jobs > 1``)
into the N-Triples of its named graph; the parent process writes one document
at a time, replacing its graph and its bookkeeping in one transaction.  An
unchanged document (same content hash, same extractor versions) is skipped.
A file that cannot be read is reported and the rest of the batch goes on.
"""
from __future__ import annotations

import hashlib
import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Literal, URIRef

from . import __version__, iris, registry
from .config import ontology_dir, ttl_files
from .errors import InputError, KGError
from .readers import RDF_SUFFIXES, discover, read_document
from .store import Store, open_store
from .vocab import DCTERMS, KGB, PROV, RDF, XSD


@dataclass
class BuildReport:
    """What a build did; plain values only."""

    store: str
    documents: int = 0
    skipped: int = 0
    rdf_files: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)   # (path, message); file was built
    removed: int = 0
    triples: int = 0
    inferred: int = 0
    seconds: float = 0.0
    bytes_of_text: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def pipeline_signature(extractors=None, exclude=()) -> str:
    specs = registry.pipeline(extractors, exclude)
    sig = ";".join(f"{s.name}/{s.version}" for s in specs) + f";kg-builder/{__version__}"
    return hashlib.sha1(sig.encode()).hexdigest()[:12]


def analyse_file(path: str, hints: dict, options: dict) -> tuple[str, str, dict]:
    """Worker: one file -> (doc key, N-Triples of its graphs keyed by graph IRI, info)."""
    from .emit import emit
    from .pipeline import analyse
    from .store import ntriples

    doc = read_document(path, hints)
    analysis = analyse(doc, extractors=options.get("extractors"), exclude=options.get("exclude", ()),
                       use_gazetteer=options.get("use_gazetteer", True))
    graphs = {str(g): ntriples(t) for g, t in emit(analysis).items()}
    return doc.key, graphs, {"sha256": doc.sha256, "chars": len(doc.text), "path": str(path),
                             "warnings": list(doc.warnings)}


def _bookkeeping(key: str, info: dict, signature: str) -> list[tuple]:
    d = iris.document_iri(key)
    return [(d, KGB.contentHash, Literal(info["sha256"])),
            (d, KGB.sourceFile, Literal(os.path.abspath(info["path"]))),
            (d, KGB.extractorVersion, Literal(signature)),
            (d, DCTERMS.modified, Literal(time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                                          datatype=XSD.dateTime))]


def _known(store: Store) -> dict[str, tuple[str, str, str]]:
    """Bookkeeping of built documents: source path -> (key, hash, signature)."""
    rows = store.select(f"""SELECT ?d ?h ?f ?v WHERE {{ GRAPH <{iris.METADATA_GRAPH}> {{
        ?d <{KGB.contentHash}> ?h ; <{KGB.sourceFile}> ?f ; <{KGB.extractorVersion}> ?v }} }}""")
    return {str(r["f"]): (str(r["d"]).rsplit("/", 1)[-1], str(r["h"]), str(r["v"])) for r in rows}


def load_ontology(store: Store) -> None:
    folder = ontology_dir()
    data = b"".join(p.read_bytes() + b"\n" for p in ttl_files(folder)) if folder.is_dir() else b""
    store.replace_graphs({iris.ONTOLOGY_GRAPH: []})
    if data:
        store.load_rdf(data, "text/turtle", iris.ONTOLOGY_GRAPH)


def build(paths: Iterable[str | Path], store: str | Path | Store = "data/store", *,
          reason: bool = False, jobs: int = 1, extractors: Iterable[str] | None = None,
          exclude: Iterable[str] = (), use_gazetteer: bool = True, force: bool = False,
          prune: bool = False,
          progress: Callable[[str, int, int], None] | None = None) -> BuildReport:
    """Build (or update) the graph in ``store`` from documents and RDF files under ``paths``.

    Returns a :class:`BuildReport`; unreadable files are listed in ``report.failed``
    and do not stop the build.  ``prune`` drops graphs of documents whose source file
    under ``paths`` is gone.
    """
    t0 = time.perf_counter()
    st = store if isinstance(store, Store) else open_store(store)
    report = BuildReport(store=st.location)
    options = {"extractors": list(extractors) if extractors else None, "exclude": tuple(exclude),
               "use_gazetteer": use_gazetteer}
    signature = pipeline_signature(options["extractors"], options["exclude"])
    load_ontology(st)
    known = {} if force else _known(st)
    todo: list[tuple[str, dict]] = []
    seen_paths: set[str] = set()
    for path, hints in _discover_safely(paths, report):
        apath = os.path.abspath(path)
        seen_paths.add(apath)
        if path.suffix.lower() in RDF_SUFFIXES:
            _load_rdf_file(st, path, report)
            continue
        if apath in known:
            try:
                sha = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                sha = None
            if sha == known[apath][1] and known[apath][2] == signature:
                report.skipped += 1
                continue
        todo.append((str(path), hints))

    def write(key: str, graphs: dict[str, str], info: dict) -> None:
        st.replace_graphs({URIRef(g): nt for g, nt in graphs.items()},
                          and_then=_bookkeeping_update(key, info, signature))
        report.documents += 1
        report.bytes_of_text += info["chars"]
        report.warnings.extend((info["path"], w) for w in info.get("warnings", ()))

    total = len(todo)
    if jobs > 1 and total > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = [(p, pool.submit(analyse_file, p, h, options)) for p, h in todo]
            for i, (p, fut) in enumerate(futures, 1):
                _collect(lambda: fut.result(), p, write, report)
                if progress:
                    progress(p, i, total)
    else:
        for i, (p, h) in enumerate(todo, 1):
            _collect(lambda: analyse_file(p, h, options), p, write, report)
            if progress:
                progress(p, i, total)

    if prune:
        for apath, (key, _h, _v) in known.items():
            if apath not in seen_paths and any(apath.startswith(os.path.abspath(str(x))) for x in paths):
                st.replace_graphs({}, drop=[iris.graph_iri(key)], and_then=(
                    f"DELETE WHERE {{ GRAPH <{iris.METADATA_GRAPH}> {{ <{iris.document_iri(key)}> ?p ?o }} }}"))
                report.removed += 1
    if reason:
        from .reason import materialize
        report.inferred = materialize(st)
    st.flush()
    report.triples = st.count()
    report.seconds = time.perf_counter() - t0
    return report


def _bookkeeping_update(key: str, info: dict, signature: str) -> str:
    """SPARQL update recording that ``key`` was built from ``info`` (same transaction as its graph)."""
    from .store import ntriples
    d = iris.document_iri(key)
    return (f"DELETE WHERE {{ GRAPH <{iris.METADATA_GRAPH}> {{ <{d}> ?p ?o }} }} ;\n"
            f"INSERT DATA {{ GRAPH <{iris.METADATA_GRAPH}> {{ {ntriples(_bookkeeping(key, info, signature))} }} }}")


def _collect(run: Callable, path: str, write: Callable, report: BuildReport) -> None:
    try:
        key, graphs, info = run()
    except KGError as exc:
        report.failed.append((path, str(exc) if exc.path else f"{path}: {exc}"))
        return
    except Exception as exc:  # an extractor bug must not stop a batch of 100k files
        report.failed.append((path, f"{path}: internal error while extracting: "
                                    f"{type(exc).__name__}: {exc}. Fix: report this as a bug"))
        return
    write(key, graphs, info)


def _discover_safely(paths, report: BuildReport):
    for p in paths:
        try:
            yield from discover([p], on_error=lambda path, exc: report.failed.append((path, str(exc))))
        except KGError as exc:
            report.failed.append((str(p), str(exc)))


def _load_rdf_file(st: Store, path: Path, report: BuildReport) -> None:
    media = RDF_SUFFIXES[path.suffix.lower()]
    graph = URIRef(f"{iris.BASE}graph/ref/{iris.slug_id(path.stem)}")
    try:
        data = path.read_bytes()
        st.replace_graphs({graph: []})
        st.load_rdf(data, media, graph, base_iri=path.resolve().as_uri())
        report.rdf_files += 1
    except (OSError, SyntaxError, ValueError, KGError) as exc:
        report.failed.append((str(path), f"{path}: RDF cannot be loaded ({media}): {exc}. "
                                         f"Fix: check the file's syntax or its extension"))


def extract(path: str | Path, *, use_gazetteer: bool = True, extractors=None, exclude=()) -> dict:
    """What the extractors find in one document, in the gold JSON schema."""
    from .gold import to_gold
    from .pipeline import analyse
    from .readers import read_manifest, MANIFEST_NAME

    path = Path(path)
    manifest = path.parent / MANIFEST_NAME
    hints = read_manifest(manifest).get(path.name, {}) if manifest.is_file() else {}
    doc = read_document(path, hints)
    return to_gold(analyse(doc, extractors=extractors, exclude=exclude, use_gazetteer=use_gazetteer))
