"""Content negotiation: ``Accept`` with q-values, ``format=`` overrides, file extensions."""
from __future__ import annotations

from werkzeug.datastructures import MIMEAccept

RESULT_TYPES = ["application/sparql-results+json", "application/sparql-results+xml",
                "text/csv", "text/tab-separated-values"]
RDF_TYPES = ["text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml",
             "application/n-quads", "application/trig"]

# Aliases clients send for the same formats
RESULT_ALIASES = {"application/json": "application/sparql-results+json",
                  "application/xml": "application/sparql-results+xml",
                  "text/xml": "application/sparql-results+xml"}
RDF_ALIASES = {"application/x-turtle": "text/turtle", "text/plain": "application/n-triples",
               "application/json": "application/ld+json", "application/xml": "application/rdf+xml",
               "text/xml": "application/rdf+xml", "application/x-trig": "application/trig"}

# format= values (and resource file extensions) -> media type
FORMAT_NAMES = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "srj": ("application/sparql-results+json", None),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "srx": ("application/sparql-results+xml", None),
    "csv": ("text/csv", None), "tsv": ("text/tab-separated-values", None),
    "ttl": (None, "text/turtle"), "turtle": (None, "text/turtle"),
    "nt": (None, "application/n-triples"), "ntriples": (None, "application/n-triples"),
    "nq": (None, "application/n-quads"), "nquads": (None, "application/n-quads"),
    "trig": (None, "application/trig"),
    "jsonld": (None, "application/ld+json"), "json-ld": (None, "application/ld+json"),
    "rdf": (None, "application/rdf+xml"), "rdfxml": (None, "application/rdf+xml"),
}
EXTENSIONS = {"ttl": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples",
              "rdf": "application/rdf+xml", "nq": "application/n-quads", "trig": "application/trig"}


def _best(accept: MIMEAccept, offered: list[str], aliases: dict[str, str]) -> str | None:
    """The offered type the client prefers most (aliases count as their canonical type)."""
    best, best_q = None, 0.0
    for media in offered:
        q = accept.quality(media)
        for alias, canonical in aliases.items():
            if canonical == media:
                q = max(q, accept[alias] if alias in accept.values() else 0)
        if q > best_q:
            best, best_q = media, q
    return best


def choose(accept: MIMEAccept, fmt: str | None) -> tuple[str | None, str | None]:
    """(results type, RDF type) to answer with; None where the client accepts none.

    ``fmt`` (the ``format=`` parameter: a short name or a media type) overrides Accept.
    No Accept header means anything goes: JSON results and Turtle graphs.
    """
    if fmt:
        f = fmt.strip().lower()
        if f in FORMAT_NAMES:
            return FORMAT_NAMES[f]
        f = f.split(";")[0].strip()
        res = RESULT_ALIASES.get(f, f)
        rdf = RDF_ALIASES.get(f, f)
        return (res if res in RESULT_TYPES else None, rdf if rdf in RDF_TYPES else None)
    if not accept:
        return RESULT_TYPES[0], RDF_TYPES[0]
    return _best(accept, RESULT_TYPES, RESULT_ALIASES), _best(accept, RDF_TYPES, RDF_ALIASES)


def wants_html(accept: MIMEAccept) -> bool:
    """A browser: HTML preferred over every RDF and results type."""
    html = accept.quality("text/html")
    if html <= 0:
        return False
    others = max([accept.quality(m) for m in RESULT_TYPES + RDF_TYPES]
                 + [accept[a] for a in list(RESULT_ALIASES) + list(RDF_ALIASES) if a in accept.values()])
    return html > others or (html == others and "text/html" in accept.values())
