"""``/query``: the query page, and the canned queries of ``queries/*.rq``.

A canned query file starts with comment lines ``# key: value`` (``title``,
``description``, each optionally ``@nl``/``@en``, and ``questions``: the numbers of
the competency questions it answers), then the query.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from flask import Blueprint, Response, abort, jsonify, render_template, request

from ..config import queries_dir
from . import i18n
from .state import prefix_block, PREFIXES

bp = Blueprint("querypage", __name__)

_HEADER = re.compile(r"#\s*([a-z]+)(?:@([a-z]{2}))?\s*:\s*(.*)")


@dataclass
class CannedQuery:
    name: str
    text: str
    meta: dict = field(default_factory=dict)

    def get(self, key: str) -> str:
        lang = i18n.lang()
        return self.meta.get(f"{key}@{lang}") or self.meta.get(key) or \
            next((v for k, v in self.meta.items() if k.startswith(key + "@")), "")

    @property
    def title(self) -> str:
        return self.get("title") or self.name

    @property
    def description(self) -> str:
        return self.get("description")


def parse_canned(path: Path) -> CannedQuery:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    last = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _HEADER.match(line)
        if m:
            last = m.group(1) + (f"@{m.group(2)}" if m.group(2) else "")
            meta[last] = m.group(3).strip()
        elif last and line.strip("# ").strip():
            meta[last] += " " + line.strip("# ").strip()
    return CannedQuery(path.stem, text, meta)


def canned_queries() -> list[CannedQuery]:
    folder = queries_dir()
    if not folder.is_dir():
        return []
    return [parse_canned(p) for p in sorted(folder.glob("*.rq")) if p.is_file()]


@bp.route("/query")
def page():
    queries = canned_queries()
    name = request.args.get("canned")
    chosen = next((q for q in queries if q.name == name), None)
    initial = request.args.get("query") or (chosen.text if chosen else
                                            prefix_block() + "\nSELECT ?s ?p ?o WHERE {\n  ?s ?p ?o\n} LIMIT 20\n")
    return render_template("query.html", queries=queries, initial=initial, chosen=chosen,
                           prefixes=PREFIXES, autorun=bool(chosen or request.args.get("query")))


@bp.route("/queries/")
def listing():
    resp = jsonify([{"name": q.name, "title": q.title, "description": q.description,
                     "questions": q.meta.get("questions", ""), "query": q.text} for q in canned_queries()])
    resp.headers["KG-Prewarmed"] = _prewarmed()
    return resp


def _prewarmed() -> str:
    """"yes" when the canned answers of the store as it is now are stored, "no" while they are
    being computed, "off" without the prewarmer (see :mod:`.prewarm`)."""
    from flask import current_app
    warmer = current_app.extensions.get("kg-prewarm")
    if warmer is None:
        return "off"
    generation, _ = current_app.extensions["kg-results"]
    return "yes" if warmer.warmed is not None and warmer.warmed == generation.token() else "no"


@bp.route("/queries/<name>.rq")
def raw(name: str):
    q = next((q for q in canned_queries() if q.name == name), None)
    if q is None:
        abort(404)
    return Response(q.text, mimetype="application/sparql-query")
