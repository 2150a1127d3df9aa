"""Evidence and provenance: every mention and every stated fact points at its quote.

Mentions and facts become W3C Web Annotations (``oa:``) whose target is a
text-position and a text-quote selector on the document; the extraction run
and the extractors are PROV-O activities and software agents.  Terms are in
their N-Triples form and the methods return N-Triples lines (see
:mod:`kg_builder.ntlines`): evidence is most of a document's triples.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from functools import lru_cache
from typing import Iterable

from rdflib import URIRef

from . import __version__, iris
from .config import EVIDENCE_MODES
from .mentions import Mention, Relation
from .ntlines import Names, iri, literal, quoted, typed
from .vocab import BASE, KGB, OA, PROV, RDF, RDFS, XSD

kgb, oa, prov, rdf, rdfs = Names(KGB), Names(OA), Names(PROV), Names(RDF), Names(RDFS)
_A = rdf.type


def extractor_iri(name: str) -> URIRef:
    return URIRef(f"{BASE}extractor/{iris.slug(name)}")


@lru_cache(maxsize=1024)
def _extractor(name: str) -> str:
    return iri(extractor_iri(name))


def run_iri(doc_key: str, sha: str | None) -> URIRef:
    return URIRef(f"{BASE}run/{iris.slug_id(doc_key)}/{(sha or 'nohash')[:16]}")


def _span(doc: str, node: str, s: str, e: str, x: str) -> str:
    """The ``kgb:document/start/end/quote`` shortcuts of the evidence ``node`` (N-Triples forms)."""
    return (f"{node} {kgb.document} {doc} .\n"
            f"{node} {kgb.start} {s} .\n"
            f"{node} {kgb.end} {e} .\n"
            f"{node} {kgb.quote} {x} .\n")


def _selectors(doc: str, node: str, start: int, end: int, quote: str) -> str:
    """Target, position and quote selectors of the annotation ``node`` (N-Triples IRI form),
    then the shortcuts of :func:`_span`."""
    # Deterministic blank-node labels keep rebuilds byte-identical.
    h = hashlib.sha1(node[1:-1].encode()).hexdigest()[:16]
    t, p, q = f"_:t{h}", f"_:p{h}", f"_:q{h}"
    s, e, x = literal(start), literal(end), quoted(quote)
    return (f"{node} {oa.hasTarget} {t} .\n"
            f"{t} {_A} {oa.SpecificResource} .\n"
            f"{t} {oa.hasSource} {doc} .\n"
            f"{t} {oa.hasSelector} {p} .\n"
            f"{p} {_A} {oa.TextPositionSelector} .\n"
            f"{p} {oa.start} {s} .\n"
            f"{p} {oa.end} {e} .\n"
            f"{t} {oa.hasSelector} {q} .\n"
            f"{q} {_A} {oa.TextQuoteSelector} .\n"
            f"{q} {oa.exact} {x} .\n"
            + _span(doc, node, s, e, x))


class Provenance:
    """Writes evidence lines for one document's extraction run.

    ``evidence="full"`` (the default) makes each mention and fact a Web Annotation with its
    target, selectors and run; ``"compact"`` keeps only what cannot be inferred: the type,
    what it denotes or states, the extractor and the ``kgb:document/start/end/quote``
    shortcuts (7 triples a mention instead of 20; OWL-RL restores ``oa:Annotation`` and
    ``oa:hasBody``, the document names its run).  For corpora of many thousand documents."""

    def __init__(self, doc_key: str, doc_iri: URIRef, sha: str | None, extractors: Iterable,
                 when: datetime | None = None, evidence: str = "full"):
        if evidence not in EVIDENCE_MODES:
            raise ValueError(f"evidence must be one of {', '.join(EVIDENCE_MODES)}, not {evidence!r}")
        self.compact = evidence == "compact"
        self.doc_key, self.doc = doc_key, iri(doc_iri)
        # iris.mention_iri and iris.local_iri are the document IRI with "#char=start,end" and
        # "/kind/n" added: made here from it directly, as a document has thousands of them
        self._char, self._local = f"<{doc_iri}#char=", f"<{doc_iri}/"
        self.run = iri(run_iri(doc_key, sha))
        self.when = when or datetime.now(timezone.utc).replace(microsecond=0)
        self.extractors = list(extractors)
        self._facts = 0

    def local(self, kind: str, n: int) -> str:
        """``iris.local_iri`` of this document in N-Triples form."""
        return f"{self._local}{kind}/{n}>"

    def run_lines(self) -> str:
        r = self.run
        out = [f"{r} {_A} {kgb.ExtractionRun} .\n", f"{r} {_A} {prov.Activity} .\n",
               f"{r} {prov.used} {self.doc} .\n",
               f"{r} {prov.startedAtTime} {typed(self.when.isoformat(), XSD.dateTime)} .\n",
               f"{r} {rdfs.label} {quoted(f'extraction of {self.doc_key} by kg-builder {__version__}')} .\n",
               f"{self.doc} {prov.wasGeneratedBy} {r} .\n"]
        for spec in self.extractors:
            e = _extractor(spec.name)
            out += [f"{e} {_A} {kgb.Extractor} .\n", f"{e} {_A} {prov.SoftwareAgent} .\n",
                    f"{e} {rdfs.label} {quoted(spec.name)} .\n",
                    f"{e} {kgb.extractorVersion} "
                    f"{quoted(f'{spec.name}/{spec.version} (kg-builder {__version__})')} .\n",
                    f"{r} {prov.wasAssociatedWith} {e} .\n"]
        return "".join(out)

    def mention(self, m: Mention, entity: str) -> str:
        """Evidence of mention ``m`` of ``entity`` (N-Triples IRI form)."""
        n = f"{self._char}{m.start},{m.end}>"
        if self.compact:
            return (f"{n} {_A} {kgb.Mention} .\n"
                    f"{n} {kgb.denotes} {entity} .\n"
                    f"{n} {kgb.extractor} {_extractor(m.extractor or 'unknown')} .\n"
                    + _span(self.doc, n, literal(m.start), literal(m.end), quoted(m.text)))
        return (f"{n} {_A} {kgb.Mention} .\n"
                f"{n} {_A} {oa.Annotation} .\n"
                f"{n} {oa.hasBody} {entity} .\n"
                f"{n} {kgb.denotes} {entity} .\n"
                f"{n} {prov.wasGeneratedBy} {self.run} .\n"
                f"{n} {kgb.extractor} {_extractor(m.extractor or 'unknown')} .\n"
                + _selectors(self.doc, n, m.start, m.end, m.text))

    def fact(self, s: str, p: str, o: str, r: Relation | Mention) -> str:
        """Reify ``(s, p, o)`` (N-Triples forms) with the evidence span ``r``."""
        self._facts += 1
        n = self.local("fact", self._facts)
        if self.compact:
            return (f"{n} {_A} {kgb.FactEvidence} .\n"
                    f"{n} {rdf.subject} {s} .\n"
                    f"{n} {rdf.predicate} {p} .\n"
                    f"{n} {rdf.object} {o} .\n"
                    f"{n} {kgb.extractor} {_extractor(r.extractor or 'unknown')} .\n"
                    + _span(self.doc, n, literal(r.start), literal(r.end), quoted(r.text)))
        return (f"{n} {_A} {kgb.FactEvidence} .\n"
                f"{n} {_A} {rdf.Statement} .\n"
                f"{n} {_A} {oa.Annotation} .\n"
                f"{n} {rdf.subject} {s} .\n"
                f"{n} {rdf.predicate} {p} .\n"
                f"{n} {rdf.object} {o} .\n"
                f"{n} {prov.wasGeneratedBy} {self.run} .\n"
                f"{n} {kgb.extractor} {_extractor(r.extractor or 'unknown')} .\n"
                + _selectors(self.doc, n, r.start, r.end, r.text))
