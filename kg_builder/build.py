"""Build the graph: read documents, extract, emit, store.  ``build()`` is the API.

Each document is analysed on its own, in ``jobs`` worker processes that stream
through the files with a bounded number in flight, into the N-Triples of its
named graph.  The parent writes documents in batches: one transaction replaces
the graphs and the bookkeeping (``graph/build``: source file, content hash,
extractor versions) of a batch, so after a crash each document is either its old
or its new version, never half.  An unchanged document (same content hash, same
extractor versions) is skipped; documents whose files left a folder being built
are removed.  A file that cannot be read is reported and the rest goes on.
"""
from __future__ import annotations

import hashlib
import os
import queue
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from rdflib import Literal, URIRef

from . import __version__, iris, registry
from .config import EVIDENCE_MODES, ontology_dir, ttl_files
from .errors import ConfigError, KGError, StoreError
from .readers import RDF_SUFFIXES, discover, read_document
from .store import OxigraphStore, Store, open_store
from .vocab import DCTERMS, KGB, XSD

# Oxigraph's bulk loader writes its input atomically only below its chunk size (1,000,000 quads)
BULK_LOAD_MAX_QUADS = 900_000


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


def pipeline_signature(extractors=None, exclude=(), evidence: str = "full") -> str:
    """What decides a document's triples: the extractors (name, version and the source of the
    module defining each), the language data files, the evidence mode and the package version.
    A document whose stored signature differs is analysed again by an incremental build."""
    import inspect

    from .lang import data_fingerprint

    specs = registry.pipeline(extractors, exclude)
    parts = []
    for s in specs:
        try:
            source = hashlib.sha1(Path(inspect.getsourcefile(s.func) or "").read_bytes()).hexdigest()[:12]
        except (OSError, TypeError):
            source = "?"
        parts.append(f"{s.name}/{s.version}/{source}")
    sig = ";".join(parts) + f";data/{data_fingerprint()};kg-builder/{__version__}"
    if evidence != "full":  # the full mode's signature stays what it was before the option
        sig += f";evidence/{evidence}"
    return hashlib.sha1(sig.encode()).hexdigest()[:12]


def analyse_file(path: str, hints: dict, options: dict, known_sha: str | None = None) -> tuple:
    """Worker: one file -> ``(doc key, N-Triples per graph IRI, info)``.

    With ``known_sha`` (the content hash stored for this file) an unchanged file gives
    ``("", {}, info)`` without being analysed."""
    from .emit import emit_ntriples
    from .pipeline import analyse

    if known_sha is not None:
        try:
            sha = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except OSError:
            sha = None  # read_document below reports the problem properly
        if sha == known_sha:
            return "", {}, {"path": path, "sha256": sha, "unchanged": True}
    doc = read_document(path, hints)
    analysis = analyse(doc, extractors=options.get("extractors"), exclude=options.get("exclude", ()),
                       use_gazetteer=options.get("use_gazetteer", True))
    graphs = emit_ntriples(analysis, evidence=options.get("evidence", "full"))
    return doc.key, graphs, {"sha256": doc.sha256, "chars": len(doc.text), "path": str(path),
                             "warnings": list(doc.warnings)}


def _analyse_safely(task: tuple[str, dict, str | None], options: dict) -> tuple:
    """``analyse_file`` with every error turned into ``("!", message)`` (pickles cleanly)."""
    path, hints, known_sha = task
    try:
        return analyse_file(path, hints, options, known_sha)
    except KGError as exc:
        return "!", str(exc) if exc.path else f"{path}: {exc}"
    except Exception as exc:  # an extractor bug must not stop a batch of 100k files
        return "!", (f"{path}: internal error while extracting: {type(exc).__name__}: {exc}. "
                     f"Fix: report this as a bug")


def _outcomes(tasks: list[tuple[str, dict, str | None]], options: dict, jobs: int,
              window: int) -> Iterator[tuple]:
    """Analyse ``tasks`` in order, on ``jobs`` processes with at most ``window`` files in flight,
    so memory stays bounded whatever the number of files."""
    if jobs <= 1 or len(tasks) < 2:
        for task in tasks:
            yield _analyse_safely(task, options)
        return
    # The first file is analysed here: imports, language data and lazily compiled patterns are
    # then ready in this process, and the workers forked from it start warm.
    yield _analyse_safely(tasks[0], options)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque = deque()
        for task in tasks[1:]:
            pending.append(pool.submit(_analyse_safely, task, options))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _bookkeeping(key: str, info: dict, signature: str) -> list[tuple]:
    d = iris.document_iri(key)
    return [(d, KGB.contentHash, Literal(info["sha256"])),
            (d, KGB.sourceFile, Literal(os.path.abspath(info["path"]))),
            (d, KGB.extractorVersion, Literal(signature)),
            (d, DCTERMS.modified, Literal(time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                                          datatype=XSD.dateTime))]


def _bookkeeping_update(docs: list[tuple[str, dict]], signature: str) -> str:
    """SPARQL update recording that each ``(key, info)`` was built (same transaction as its graph)."""
    from .store import ntriples
    values = " ".join(f"<{iris.document_iri(key)}>" for key, _ in docs)
    body = ntriples(t for key, info in docs for t in _bookkeeping(key, info, signature))
    return (f"DELETE {{ GRAPH <{iris.METADATA_GRAPH}> {{ ?d ?p ?o }} }} WHERE {{ VALUES ?d {{ {values} }} "
            f"GRAPH <{iris.METADATA_GRAPH}> {{ ?d ?p ?o }} }} ;\n"
            f"INSERT DATA {{ GRAPH <{iris.METADATA_GRAPH}> {{\n{body}}} }}")


def _forget_update(keys: Iterable[str]) -> str:
    values = " ".join(f"<{iris.document_iri(k)}>" for k in keys)
    return (f"DELETE {{ GRAPH <{iris.METADATA_GRAPH}> {{ ?d ?p ?o }} }} WHERE {{ VALUES ?d {{ {values} }} "
            f"GRAPH <{iris.METADATA_GRAPH}> {{ ?d ?p ?o }} }}")


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


def _trimmer() -> Callable[[], object] | None:
    """glibc's ``malloc_trim``, or None elsewhere."""
    try:
        import ctypes
        import ctypes.util

        name = ctypes.util.find_library("c")
        return ctypes.CDLL(name).malloc_trim if name and "libc" in name else None
    except (OSError, AttributeError):
        return None


_MALLOC_TRIM = _trimmer()


def _release_memory() -> None:
    """Give the heap pages freed by a written batch back to the system.  Each batch passes
    megabytes of N-Triples text through the parent; without this glibc keeps the freed
    pages, and the parent's resident memory creeps up with the number of batches."""
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


class _Writer:
    """Collects analysed documents and writes them ``batch`` at a time, each batch (graphs and
    bookkeeping) in one transaction, on a thread of its own so that the workers keep analysing
    while the store writes (the engines release the GIL).  A batch the store refuses is retried
    document by document; if every document is refused, the store's error stops the build."""

    def __init__(self, st: Store, report: BuildReport, signature: str, batch: int, batch_bytes: int,
                 fresh: bool = False):
        self.st, self.report, self.signature = st, report, signature
        self.fresh = fresh              # the store held no documents: nothing to drop before a first write
        self.stored: set[str] = set()   # keys this build has written (a repeat must drop the earlier one)
        self.batch, self.batch_bytes = max(1, batch), batch_bytes
        self.docs: list[tuple[str, dict, dict]] = []
        self.size = 0
        self.written: set[str] = set()
        self._queue: queue.Queue = queue.Queue(maxsize=2)
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def add(self, key: str, graphs: dict[str, str], info: dict) -> None:
        if key in self.written:
            self.report.warnings.append((info["path"], f"{info['path']}: another file of this build also "
                                         f"gives document {key!r}; this one replaces it"))
            self.flush()  # keep one document's versions in separate transactions
        self.written.add(key)
        self.docs.append((key, graphs, info))
        self.size += sum(map(len, graphs.values()))
        if len(self.docs) >= self.batch or self.size >= self.batch_bytes:
            self.flush()

    def flush(self) -> None:
        """Hand the collected documents to the writing thread."""
        docs, self.docs, self.size = self.docs, [], 0
        if self._error is not None:
            raise self._error
        if not docs:
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="kg-build-writer", daemon=True)
            self._thread.start()
        self._queue.put(docs)

    def close(self) -> None:
        """Write what is left and wait for the writing thread."""
        self.flush()
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        while (docs := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._store(docs)
                except BaseException as exc:  # re-raised in the building thread
                    self._error = exc
            del docs
            _release_memory()

    def _store(self, docs: list[tuple[str, dict, dict]]) -> None:
        try:
            self._write(docs)
            return
        except KGError:
            pass
        refused = []
        for doc in docs:
            try:
                self._write([doc])
            except KGError as exc:
                refused.append((doc[2]["path"], exc))
        if len(refused) == len(docs):
            raise refused[0][1]
        self.report.failed += [(path, f"{path}: cannot be stored: {exc}") for path, exc in refused]

    def _write(self, docs: list[tuple[str, dict, dict]]) -> None:
        graphs = {URIRef(g): text for _, gs, _ in docs for g, text in gs.items()}
        if isinstance(self.st, OxigraphStore):
            self._write_oxigraph(docs, graphs)
        else:
            self.st.replace_graphs(graphs, and_then=_bookkeeping_update([(k, i) for k, _, i in docs],
                                                                        self.signature))
        for _, _, info in docs:
            self.report.documents += 1
            self.report.bytes_of_text += info["chars"]
            self.report.warnings.extend((info["path"], w) for w in info.get("warnings", ()))

    def _write_oxigraph(self, docs: list[tuple[str, dict, dict]], graphs: dict[URIRef, str]) -> None:
        """A batch is two atomic steps: a transaction drops its graphs and bookkeeping, then one
        N-Quads load adds both.  A crash in between leaves those documents absent and unrecorded
        (so the next build redoes them), never half-written.

        On disk the load is Oxigraph's bulk loader, several times faster than its transactional
        loader (which checks every quad and term against the store): it parses the whole input
        before writing anything, then ingests one set of sorted files, all indexes at once and
        atomically (RocksDB ``IngestExternalFiles``), as long as the input holds fewer quads than
        its chunk size (a million); larger batches take the transactional loader."""
        import pyoxigraph as ox
        from .store import ntriples

        keys = [k for k, _, _ in docs]
        if not self.fresh or self.stored & set(keys):
            # a store written before: drop what these documents had (a fresh store has nothing, and
            # skipping the look-ups keeps the table files of a growing store out of memory)
            self.st.update(" ;\n".join([*(f"DROP SILENT GRAPH <{g}>" for g in graphs), _forget_update(keys)]))
        self.stored.update(keys)
        books = ntriples(t for k, _, info in docs for t in _bookkeeping(k, info, self.signature))
        # N-Triples lines end in " .\n" and hold no raw line break, so each becomes an N-Quad
        nquads = "".join(text.replace(" .\n", f" <{g}> .\n") for g, text in
                         [*graphs.items(), (iris.METADATA_GRAPH, books)]).encode("utf-8")
        try:
            if self.st.persistent and nquads.count(b"\n") < BULK_LOAD_MAX_QUADS:
                self.st.raw.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
            else:
                self.st.raw.load(nquads, format=ox.RdfFormat.N_QUADS)
                # RocksDB keeps transactional writes in memory tables until flushed: without this
                # the process grows by about 1 GB per million triples built
                self.st.raw.flush()
        except (SyntaxError, OSError) as exc:
            raise StoreError(f"store write failed: {exc}", path=self.st.location) from exc


def build(paths: Iterable[str | Path], store: str | Path | Store = "data/store", *,
          reason: bool = False, jobs: int = 1, extractors: Iterable[str] | None = None,
          exclude: Iterable[str] = (), use_gazetteer: bool = True, force: bool = False,
          prune: bool | None = None, evidence: str = "full",
          progress: Callable[[str, int, int], None] | None = None,
          batch: int = 64, batch_bytes: int = 16 << 20) -> BuildReport:
    """Build (or update) the graph in ``store`` from documents and RDF files under ``paths``.

    Returns a :class:`BuildReport`; unreadable files are listed in ``report.failed``
    and do not stop the build.  Unchanged documents (same content hash and extractor
    versions) are skipped unless ``force``.  ``prune``: ``None`` (default) removes the
    documents whose file was in a folder of ``paths`` and is gone; ``True`` also those
    whose file is gone wherever it was; ``False`` removes nothing.  ``jobs`` worker
    processes analyse the files; ``batch`` documents (or ``batch_bytes`` of N-Triples)
    are written per transaction.  ``evidence``: ``"full"`` Web Annotations for every mention
    and fact, or ``"compact"`` (the ``kgb:`` span shortcuts only; about 40 % fewer triples, for
    large corpora).  ``progress(path, done, total)`` is called per document.
    """
    t0 = time.perf_counter()
    paths = list(paths)
    st = store if isinstance(store, Store) else open_store(store)
    report = BuildReport(store=st.location)
    options = {"extractors": list(extractors) if extractors else None, "exclude": tuple(exclude),
               "use_gazetteer": use_gazetteer, "evidence": evidence}
    if evidence not in EVIDENCE_MODES:
        raise ConfigError(f"evidence mode {evidence!r} is unknown; expected one of: {', '.join(EVIDENCE_MODES)}")
    signature = pipeline_signature(options["extractors"], options["exclude"], evidence)
    load_ontology(st)
    known = _known(st)
    tasks: list[tuple[str, dict, str | None]] = []
    seen_paths: set[str] = set()
    for path, hints in _discover_safely(paths, report):
        apath = os.path.abspath(path)
        seen_paths.add(apath)
        if path.suffix.lower() in RDF_SUFFIXES:
            _load_rdf_file(st, path, report)
            continue
        old = known.get(apath)
        tasks.append((str(path), hints, old[1] if old and old[2] == signature and not force else None))

    writer = _Writer(st, report, signature, batch, batch_bytes,
                     fresh=not known and isinstance(st, OxigraphStore) and not report.rdf_files)
    try:
        for i, (task, outcome) in enumerate(zip(tasks, _outcomes(tasks, options, jobs, 8 * jobs)), 1):
            if outcome[0] == "!":
                report.failed.append((task[0], outcome[1]))
            elif outcome[2].get("unchanged"):
                report.skipped += 1
                writer.written.add(known[os.path.abspath(task[0])][0])
            else:
                writer.add(*outcome)
            if progress:
                progress(task[0], i, len(tasks))
    finally:
        writer.close()

    gone = _gone(known, seen_paths, writer.written, paths, prune)
    for i in range(0, len(gone), 256):
        keys = gone[i:i + 256]
        st.replace_graphs({}, drop=[iris.graph_iri(k) for k in keys], and_then=_forget_update(keys))
        report.removed += len(keys)
    if reason:
        from .reason import materialize
        report.inferred = materialize(st)
    elif (report.documents or report.removed) and iris.INFERRED_GRAPH in st.named_graphs():
        st.replace_graphs({}, drop=[iris.INFERRED_GRAPH])
        report.warnings.append((st.location, "documents changed, so the OWL-RL entailments of an earlier "
                                             "`--reason` build were dropped; build with --reason to add them again"))
    st.flush()
    report.triples = st.count()
    report.seconds = time.perf_counter() - t0
    return report


def _gone(known: dict[str, tuple[str, str, str]], seen: set[str], kept: set[str],
          paths: list, prune: bool | None) -> list[str]:
    """Keys of built documents whose source file is gone (see ``build``'s ``prune``)."""
    if prune is False:
        return []
    folders = [os.path.join(os.path.abspath(p), "") for p in paths if Path(p).is_dir()]
    keys = []
    for apath, (key, _h, _v) in known.items():
        if apath in seen or key in kept:
            continue
        if any(apath.startswith(f) for f in folders) or (prune and not os.path.exists(apath)):
            keys.append(key)
    return sorted(set(keys))


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
