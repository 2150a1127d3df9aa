"""N-Triples text written directly from strings.

The build writes millions of triples; making an rdflib term for each and then
serialising it costs more than extracting them.  The emitter therefore works
with terms already in their N-Triples form: ``Names(KGB).Person`` is
``"<https://w3id.org/kamerkg/def#Person>"`` (the namespace still checks the
name) and :func:`literal` quotes a value.  :func:`term` and :func:`lines`
serialise rdflib terms for everything else.
"""
from __future__ import annotations

from typing import Iterable

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_STRING = f"{_XSD}string"
_INTEGER = f"^^<{_XSD}integer>"
_TRUE, _FALSE = f'"true"^^<{_XSD}boolean>', f'"false"^^<{_XSD}boolean>'


class Names:
    """N-Triples forms of a namespace's terms, made on first use (``Names(RDF).type``).

    The name is looked up in the namespace, so a closed namespace (``KGB``)
    refuses a typo exactly as it does in rdflib."""

    def __init__(self, namespace):
        self._ns = namespace

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        value = f"<{getattr(self._ns, name)}>"
        setattr(self, name, value)  # later lookups are plain attribute reads
        return value


def iri(value: str) -> str:
    return f"<{value}>"


def quoted(text: str) -> str:
    """A string in N-Triples quotes.  Escaped by hand: rdflib's ``Literal.n3()`` writes
    multi-line text as a Turtle long string, which N-Triples parsers reject."""
    if "\\" in text or '"' in text or "\n" in text or "\r" in text:
        text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{text}"'


def typed(lexical: str, datatype: str) -> str:
    """A literal of ``datatype`` (an IRI string) with a lexical form that needs no escaping."""
    return f'"{lexical}"^^<{datatype}>'


def literal(value) -> str:
    """What ``term(Literal(value))`` gives, without making the Literal for strings, ints and bools."""
    kind = type(value)
    if kind is str:
        return quoted(value)
    if kind is int:
        return f'"{value}"{_INTEGER}'
    if kind is bool:
        return _TRUE if value else _FALSE
    return term(Literal(value))


def term(node: Node) -> str:
    """N-Triples form of an rdflib term."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, BNode):
        return f"_:{node}"
    if isinstance(node, Literal):
        lex = quoted(str(node))
        if node.language:
            return f"{lex}@{node.language}"
        if node.datatype is not None and str(node.datatype) != _XSD_STRING:
            return f"{lex}^^<{node.datatype}>"
        return lex
    return node.n3()


def lines(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    """N-Triples text of rdflib triples."""
    # A document's triples repeat their terms (predicates, classes, the document, its entities):
    # caching each term's form makes this a third faster.
    cache: dict[Node, str] = {}

    def form(t: Node) -> str:
        s = cache.get(t)
        if s is None:
            s = cache[t] = term(t)
        return s
    return "".join(f"{form(s)} {form(p)} {form(o)} .\n" for s, p, o in triples)
