"""Overview pages: home, instances of a class, timeline of events, citation graph."""
from __future__ import annotations

from datetime import date

from flask import Blueprint, jsonify, render_template, request

from ..vocab import BASE
from .lookup import P, href, labels, sparql_iri
from .state import state
from .void import stats

bp = Blueprint("pages", __name__)

EVENT_TYPES = ["Event", "Attack", "Meeting", "Decision", "Deployment", "ThreatLevelChange", "Election"]


@bp.route("/")
def home():
    s = stats()
    docs = state().cached("doclist", lambda: state().store.select(P + """
        SELECT ?d (SAMPLE(?id) AS ?ident) (SAMPLE(?title) AS ?t) (SAMPLE(?date) AS ?dt) (SAMPLE(?tl) AS ?type)
        WHERE { ?d kgb:text ?x . OPTIONAL { ?d dcterms:identifier ?id } OPTIONAL { ?d dcterms:title ?title }
                OPTIONAL { ?d dcterms:date ?date } OPTIONAL { ?d kgb:documentTypeLabel ?tl } }
        GROUP BY ?d ORDER BY DESC(?dt) ?d"""))
    classes = [(c, n) for c, n in s["classes"] if c.startswith(BASE)]
    names = labels([c for c, _ in classes])
    return render_template("home.html", stats=s, docs=docs, classes=classes, class_labels=names)


@bp.route("/list")
def instances():
    cls = request.args.get("class", "")
    try:
        c = sparql_iri(cls)
    except ValueError:
        c = None
    rows = state().store.select("SELECT DISTINCT ?s WHERE { ?s a %s FILTER(isIRI(?s)) } LIMIT 2000" % c) \
        if c and cls else []
    iris = [str(r["s"]) for r in rows]
    names = labels(iris + ([cls] if cls else []))
    items = sorted(iris, key=lambda i: names.get(i, i).lower())
    return render_template("list.html", cls=cls, items=items, labels=names)


def events() -> list[dict]:
    """Every event with its date, type, description, actors, places and document."""
    rows = state().store.select(P + """SELECT ?e ?type ?g ?date ?desc ?actor ?target ?place ?mission WHERE {
        VALUES ?type { %s }
        GRAPH ?g { ?e a ?type }
        OPTIONAL { ?e kgb:date ?date } OPTIONAL { ?e kgb:description ?desc }
        OPTIONAL { ?e kgb:actor ?actor } OPTIONAL { ?e kgb:target ?target }
        OPTIONAL { ?e kgb:place ?place } OPTIONAL { ?e kgb:mission ?mission } }"""
                                % " ".join(f"kgb:{t}" for t in EVENT_TYPES))
    out: dict[str, dict] = {}
    for r in rows:
        e = out.setdefault(str(r["e"]), {"iri": str(r["e"]), "types": set(), "actor": set(), "target": set(),
                                         "place": set(), "mission": set(), "date": None, "desc": "",
                                         "doc": None})
        e["types"].add(str(r["type"]).rsplit("#", 1)[-1])
        g = str(r["g"])
        if g.startswith(BASE + "graph/"):
            e["doc"] = BASE + "doc/" + g[len(BASE + "graph/"):]
        if "date" in r and not e["date"]:
            e["date"] = str(r["date"])[:10]
        if "desc" in r:
            e["desc"] = str(r["desc"])
        for k in ("actor", "target", "place", "mission"):
            if k in r:
                e[k].add(str(r[k]))
    for e in out.values():
        if len(e["types"]) > 1:
            e["types"].discard("Event")
    return sorted(out.values(), key=lambda e: (e["date"] or "9999", e["iri"]))


def _militias() -> set[str]:
    return {str(r["m"]) for r in state().store.select(P + "SELECT DISTINCT ?m WHERE { ?m a kgb:Militia }")}


@bp.route("/timeline")
def timeline():
    evs = state().cached("events", events)
    militias = state().cached("militias", _militias)
    choices = {"actor": set(), "militia": set(), "mission": set(), "place": set()}
    for e in evs:
        choices["actor"] |= e["actor"]
        choices["militia"] |= (e["actor"] | e["target"]) & militias
        choices["mission"] |= e["mission"]
        choices["place"] |= e["place"]
    chosen = {k: request.args.get(k) or "" for k in choices}
    shown = [e for e in evs
             if (not chosen["actor"] or chosen["actor"] in e["actor"])
             and (not chosen["militia"] or chosen["militia"] in e["actor"] | e["target"])
             and (not chosen["mission"] or chosen["mission"] in e["mission"])
             and (not chosen["place"] or chosen["place"] in e["place"])]
    names = labels(sorted(set().union(*choices.values(), *(e["target"] | e["actor"] | e["place"] | e["mission"]
                                                           for e in shown), {e["doc"] for e in shown if e["doc"]})))
    return render_template("timeline.html", events=shown, choices=choices, chosen=chosen, labels=names,
                           axis=_axis([e for e in shown if e["date"]]))


def _axis(dated: list[dict]) -> dict:
    """Positions (0..1) of dated events on a time axis, and yearly ticks."""
    if not dated:
        return {"points": [], "ticks": []}
    days = [date.fromisoformat(e["date"]).toordinal() for e in dated]
    lo, hi = min(days), max(days)
    span = max(hi - lo, 1)
    points = [{"x": (d - lo) / span, "event": e} for d, e in zip(days, dated)]
    y0, y1 = date.fromordinal(lo).year, date.fromordinal(hi).year
    step = max(1, (y1 - y0) // 10 + 1)
    ticks = [{"x": (date(y, 1, 1).toordinal() - lo) / span, "label": str(y)}
             for y in range(y0, y1 + 2, step) if lo <= date(y, 1, 1).toordinal() <= hi]
    return {"points": points, "ticks": ticks}


@bp.route("/citations")
def citation_graph():
    return render_template("citations.html")


@bp.route("/citations.json")
def citation_data():
    rows = state().store.select(P + """SELECT ?a ?b WHERE { ?a kgb:cites ?b
        FILTER(STRSTARTS(STR(?b), "%sdoc/")) }""" % BASE)
    in_corpus = {str(r["d"]) for r in state().store.select(P + "SELECT DISTINCT ?d WHERE { ?d kgb:text ?t }")}
    nodes = sorted({str(r["a"]) for r in rows} | {str(r["b"]) for r in rows} | in_corpus)
    names = labels(nodes)
    return jsonify({"nodes": [{"id": n, "label": names.get(n, n), "href": href(n), "corpus": n in in_corpus}
                              for n in nodes],
                    "links": [{"source": str(r["a"]), "target": str(r["b"])} for r in rows]})

