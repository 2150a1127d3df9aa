"""``kg validate``: a thin click command over :mod:`kg_builder.validate`.

Exit status: 0 when the graph conforms (no Violation), 1 when it does not, 2 on error.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .errors import KGError

FORMATS = ("text", "turtle", "html")


@click.command("validate")
@click.option("--store", default=os.environ.get("KG_STORE", "data/store"), show_default=True,
              help="Store: a folder (embedded Oxigraph), memory:, or a SPARQL endpoint URL.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text (document, entity, quote, what is wrong), turtle (SHACL ValidationReport) or html.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report to this file instead of standard output.")
@click.option("--record/--no-record", default=True, show_default=True,
              help="Store each document's status and the report in the store.")
@click.option("--limit", type=int, default=None, help="Show at most this many results (text).")
def validate(store, fmt, output, record, limit):
    """Validate the graph in the store against the SHACL shapes (shapes/)."""
    from .store import open_store
    from .validate import record_status, render_html, render_text, render_turtle, validate as run

    try:
        spec = str(store)
        if not spec.startswith(("http://", "https://", "memory:")) and not Path(spec).is_dir():
            raise KGError("no store here", path=spec, hint=f"build one first: kg build PATH --store {spec}")
        st = open_store(store)
        try:
            if not st.count():
                raise KGError("the store is empty", path=str(store),
                              hint="build it first: kg build PATH --store " + str(store))
            result = run(st)
            if record:
                record_status(st, result)
        finally:
            st.close()
        text = {"text": lambda: render_text(result, limit=limit), "turtle": lambda: render_turtle(result),
                "html": lambda: render_html(result)}[fmt]()
    except KGError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    if output:
        output.write_text(text, encoding="utf-8")
        c = result.counts()
        click.echo(f"{'conforms' if result.conforms else 'does NOT conform'}: {c['Violation']} violation(s), "
                   f"{c['Warning']} warning(s), {c['Info']} info(s); report in {output}", err=True)
    else:
        click.echo(text, nl=False)
    sys.exit(0 if result.conforms else 1)
