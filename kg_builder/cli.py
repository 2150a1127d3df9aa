"""The ``kg`` command: thin click commands over the public functions."""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import click

from . import __version__
from .config import EVIDENCE_MODES
from .errors import KGError

PROGRESS_EVERY = 30.0   # seconds between progress lines when stderr is not a terminal

DEFAULT_STORE = os.environ.get("KG_STORE", "data/store")


def _fail(exc: Exception, code: int = 2):
    click.echo(f"error: {exc}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main():
    """Build, validate, query and serve a knowledge graph of Dutch parliamentary documents."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--store", default=DEFAULT_STORE, show_default=True,
              help="Store: a folder (embedded Oxigraph), memory:, or a SPARQL endpoint URL.")
@click.option("--reason/--no-reason", default=False, help="Add OWL-RL entailments in their own graph.")
@click.option("--jobs", "-j", default=0, show_default=True,
              help="Worker processes for extraction (0: one per core).")
@click.option("--force", is_flag=True, help="Rebuild documents even when unchanged.")
@click.option("--prune/--no-prune", default=None,
              help="Default: drop documents whose files are gone from the folders in PATHS. "
                   "--prune: also those whose files are gone from anywhere; --no-prune: keep all.")
@click.option("--batch", default=64, show_default=True, help="Documents written per transaction.")
@click.option("--no-gazetteer", is_flag=True, help="Patterns only (for measuring).")
@click.option("--evidence", type=click.Choice(EVIDENCE_MODES), default="full", show_default=True,
              help="full: a Web Annotation (target, selectors, run) per mention and fact; compact: "
                   "the kgb:document/start/end/quote shortcuts only, about 40 % fewer triples.")
@click.option("--quiet", "-q", is_flag=True)
@click.option("--report", "report_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the build report (counts, failed files, warnings) as JSON to this file.")
def build(paths, store, reason, jobs, force, prune, batch, no_gazetteer, evidence, quiet, report_file):
    """Read documents (txt, html, pdf) and RDF files from PATHS into the store."""
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    from .build import build as do_build

    console = Console(stderr=True, quiet=quiet, soft_wrap=True)
    try:
        with Progress(TextColumn("[bold]building[/]"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.fields[rate]} · {task.fields[left]} left"),
                      TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(),
                      console=console, transient=True) as bar:
            task = bar.add_task("build", total=None, rate="", left="")
            logged = [time.monotonic()]

            def progress(path, i, total):
                el = bar.tasks[0].elapsed or 1e-9
                bar.update(task, completed=i, total=total, rate=f"{i / el:.1f} docs/s", left=total - i)
                if not console.is_terminal and (time.monotonic() - logged[0] >= PROGRESS_EVERY or i == total):
                    logged[0] = time.monotonic()       # a log line where no bar can be drawn (CI, nohup, a file)
                    eta = (total - i) / (i / el) if i else 0
                    console.print(f"building: {i:,}/{total:,} documents, {i / el:.1f} docs/s, "
                                  f"{el:.0f} s elapsed, eta {eta:.0f} s", highlight=False)

            report = do_build(paths, store, reason=reason, jobs=jobs or os.cpu_count() or 1, force=force,
                              prune=prune, batch=batch, use_gazetteer=not no_gazetteer, evidence=evidence,
                              progress=progress)
    except KGError as exc:
        _fail(exc)
    console.print(f"built {report.documents} documents ({report.skipped} unchanged, "
                  f"{report.rdf_files} RDF files, {report.removed} removed) into {report.store}: "
                  f"{report.triples} triples"
                  + (f", {report.inferred} inferred" if reason else "")
                  + f" in {report.seconds:.1f} s")
    from rich.markup import escape
    for path, message in report.warnings:
        console.print(f"[yellow]warning[/] {escape(message)}", highlight=False, soft_wrap=True)
    errors = Console(stderr=True)  # failures are shown even with --quiet
    for path, message in report.failed:
        errors.print(f"[red]failed[/] {escape(message)}", highlight=False, soft_wrap=True)
    if report_file:
        _write_report(report, report_file)
    if report.failed:
        errors.print(f"[red]{len(report.failed)} file(s) failed[/]; the others are stored.")
        sys.exit(1)


def _write_report(report, path: Path) -> None:
    """The build report as JSON: counts, ``failed`` and ``warnings`` as {path, message} lists."""
    from dataclasses import asdict
    data = asdict(report)
    for key in ("failed", "warnings"):
        data[key] = [{"path": p, "message": m} for p, m in data[key]]
    data["ok"] = report.ok
    try:
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        click.echo(f"error: cannot write the report to {path}: {exc.strerror or exc}", err=True)


try:
    from .cli_validate import validate as _validate_cmd
    main.add_command(_validate_cmd, "validate")
except ImportError:  # pragma: no cover - only while the validator is being written
    pass


@main.command()
@click.option("--store", default=DEFAULT_STORE, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--threads", default=8, show_default=True, type=int)
@click.option("--curator-token", envvar="KG_CURATOR_TOKEN", default=None,
              help="Enable curator mode (SPARQL Update, Graph Store Protocol) behind this token.")
@click.option("--no-cache", is_flag=True,
              help="Keep no SPARQL answers for repeated queries (every query runs; for measuring).")
@click.option("--no-prewarm", is_flag=True,
              help="Do not answer the canned queries ahead of time (after start-up and every change).")
def serve(store, host, port, threads, curator_token, no_cache, no_prewarm):
    """Serve SPARQL, linked-data pages and dumps (production WSGI server: waitress)."""
    from waitress import serve as wserve

    from .web import create_app

    try:
        app = create_app(store=store, curator_token=curator_token, prewarm=not (no_cache or no_prewarm),
                         **({"result_cache_bytes": 0} if no_cache else {}))
    except KGError as exc:
        _fail(exc)
    url = f"http://{host}:{port}/"
    click.echo(f"serving {store} at {url}")
    click.echo(f"  query page: {url}query    SPARQL endpoint: {url}sparql")
    click.echo(f"  try: curl -H 'Accept: text/csv' '{url}sparql?query=SELECT+%3Fname+WHERE+%7B"
               f"%3Fm+a+%3Chttps%3A%2F%2Fw3id.org%2Fkamerkg%2Fdef%23Militia%3E+%3B"
               f"+%3Chttp%3A%2F%2Fwww.w3.org%2F2000%2F01%2Frdf-schema%23label%3E+%3Fname%7D'")
    wserve(app, host=host, port=port, threads=threads, ident="kg-builder",
           max_request_body_size=int(app.config["MAX_CONTENT_LENGTH"]) + 65536)


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option("--no-gazetteer", is_flag=True)
def extract(file, fmt, no_gazetteer):
    """Print what the extractors find in FILE (gold JSON schema)."""
    from .build import extract as do_extract
    try:
        result = do_extract(file, use_gazetteer=not no_gazetteer)
    except KGError as exc:
        _fail(exc)
    click.echo(json.dumps(result, ensure_ascii=False, indent=2))


@main.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True)
@click.option("--no-gazetteer", is_flag=True, help="Patterns only.")
@click.option("--per-document", is_flag=True, help="Also show scores per document.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate_cmd(gold_dir, corpus, no_gazetteer, per_document, as_json):
    """Precision, recall and F1 per kind against hand-made gold annotations."""
    from .evaluate import evaluate, render
    try:
        scores = evaluate(gold_dir, corpus, use_gazetteer=not no_gazetteer)
    except KGError as exc:
        _fail(exc)
    if as_json:
        click.echo(json.dumps(scores, ensure_ascii=False, indent=2))
    else:
        render(scores, per_document=per_document)


@main.command()
@click.option("--store", default=DEFAULT_STORE, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["trig", "nquads", "turtle", "ntriples", "jsonld", "xml"]),
              default="trig", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: standard output); .gz compresses.")
@click.option("--graph", default=None, help="Export one named graph only.")
def export(store, fmt, output, graph):
    """Export the graph (all named graphs, or one) as TriG, N-Quads, Turtle, JSON-LD ..."""
    from rdflib import URIRef

    from .store import open_store
    try:
        st = open_store(store, read_only=True) if not str(store).startswith(("http", "memory")) \
            else open_store(store)
        if output is None:
            st.dump(sys.stdout.buffer, fmt, URIRef(graph) if graph else None)
        else:
            import gzip
            opener = gzip.open if output.suffix == ".gz" else open
            with opener(output, "wb") as fh:
                st.dump(fh, fmt, URIRef(graph) if graph else None)
            click.echo(f"wrote {output}", err=True)
    except KGError as exc:
        _fail(exc)


@main.command("extractors")
def list_extractors():
    """List the registered extractors and the ontology terms they produce."""
    from . import registry
    for name in registry.names():
        spec = registry.get(name)
        click.echo(f"{name} (v{spec.version}, order {spec.order}): {spec.description}")
        for term in spec.produces:
            click.echo(f"    {term}")


if __name__ == "__main__":
    main()
