"""Golden cases for the emitter: hand-made mentions in, expected graph out.

The comparison is up to blank-node renaming; a failure prints the triples only
in the expected graph and only in the emitted one, in N-Triples."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import graph_diff, to_isomorphic

from kg_builder.document import Document, DocumentMeta, Part
from kg_builder.emit import date_literal, emit, first_day, last_day
from kg_builder.mentions import Mention, Relation
from kg_builder.pipeline import Analysis
from kg_builder.registry import ExtractorSpec
from kg_builder.resolve import resolve

GOLDEN = Path(__file__).parent / "golden"
WHEN = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
TEXT = ("Aan de Voorzitter van de Eerste Kamer\n\nDen Haag, 20 december 2023\n\n"
        "Zo voerde de VS op 22 november jl. luchtaanvallen uit op wapendepots van "
        "Kata’ib Hezbollah (KH) in Jurf al-Nasr, waarbij aan Iran gelieerde milities\n"
        "(Kamerstuk 27 925, nr. 960). Ongeveer 120 personen.")


def m(kind, needle, label=None, type=None, nth=0, **attrs):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return Mention(kind, start, start + len(needle), needle, label or needle, type, attrs, "test")


def golden_analysis() -> Analysis:
    doc = Document(key="kst-99999-1", text=TEXT, path="kst-99999-1.txt", sha256="0" * 64,
                   meta=DocumentMeta(id="kst-99999-1", dossiers=["99999"], number="1",
                                     chamber="Eerste Kamer", session_year="2023-2024",
                                     date="2023-12-20", type="brief", title="Testdossier"),
                   parts=[Part("letter", 0, len(TEXT), date="2023-12-20", place="Den Haag",
                               addressee="de Voorzitter van de Eerste Kamer")])
    kh = m("organisation", "Kata’ib Hezbollah", type="militia", key="kataib-hezbollah")
    kh_short = m("organisation", "KH", type="militia", key="kataib-hezbollah")
    iran = m("organisation", "Iran", type="state", key="iran")
    mentions = [
        m("organisation", "VS", "Verenigde Staten", type="state", key="verenigde-staten"),
        kh, kh_short, iran,
        m("place", "Jurf al-Nasr", type="city"),
        m("place", "Den Haag", type="city"),
        m("date", "22 november jl.", value="2023-11-22", relative=True, anchor="2023-12-20"),
        m("citation", "Kamerstuk 27 925, nr. 960", target="kst-27925-960"),
        m("quantity", "Ongeveer 120 personen", value=120, of="personen"),
    ]
    rel = Relation("linked_to", kh, iran, TEXT.index("Kata’ib"), len(TEXT) - 60,
                   TEXT[TEXT.index("Kata’ib"):len(TEXT) - 60], extractor="test")
    entities = resolve(doc, mentions, [rel])
    spec = ExtractorSpec("test", lambda d, c: [], "1", (), ())
    return Analysis(doc, mentions, [rel], entities, [spec])


def graph_of(analysis, evidence: str = "full") -> Graph:
    g = Graph()
    g.bind("kgb", "https://w3id.org/kamerkg/def#")
    g.bind("oa", "http://www.w3.org/ns/oa#")
    for triples in emit(analysis, when=WHEN, evidence=evidence).values():
        for t in triples:
            g.add(t)
    return g


def assert_same_graph(actual: Graph, expected: Graph) -> None:
    iso_a, iso_e = to_isomorphic(actual), to_isomorphic(expected)
    if iso_a == iso_e:
        return
    _, only_expected, only_actual = graph_diff(iso_e, iso_a)
    lines = ["graphs differ", "only in expected:"]
    lines += sorted(f"  {s.n3()} {p.n3()} {o.n3()}" for s, p, o in only_expected)
    lines += ["only in emitted:"]
    lines += sorted(f"  {s.n3()} {p.n3()} {o.n3()}" for s, p, o in only_actual)
    pytest.fail("\n".join(lines))


def test_emit_matches_golden_graph(request):
    actual = graph_of(golden_analysis())
    path = GOLDEN / "emit-basic.ttl"
    if request.config.getoption("--update-golden", default=False) or not path.exists():
        actual.serialize(path, format="turtle")
    expected = Graph().parse(path)
    assert_same_graph(actual, expected)


def test_same_militia_same_iri_across_forms():
    a = golden_analysis()
    kh = [e for e in a.entities if e.key == "kataib-hezbollah"]
    assert len(kh) == 1 and set(kh[0].labels) == {"Kata’ib Hezbollah", "KH"}
    assert str(kh[0].iri).endswith("/id/org/kataib-hezbollah")


def test_every_mention_has_evidence():
    g = graph_of(golden_analysis())
    rows = list(g.query("""PREFIX kgb: <https://w3id.org/kamerkg/def#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?quote ?s ?e WHERE { ?m a kgb:Mention ; kgb:quote ?quote ; kgb:start ?s ; kgb:end ?e ;
          oa:hasTarget/oa:hasSelector/oa:exact ?quote }"""))
    assert rows and all(TEXT[int(r.s):int(r.e)] == str(r.quote) for r in rows)


def test_compact_evidence_keeps_the_spans_and_drops_only_what_can_be_inferred():
    from rdflib import RDF
    from rdflib.namespace import PROV

    from kg_builder.vocab import KGB, OA
    full, compact = graph_of(golden_analysis()), graph_of(golden_analysis(), "compact")
    assert len(compact) < 0.7 * len(full)
    assert set(compact) <= set(full)          # no blank nodes in compact evidence: a plain subset
    evidence = set(full.subjects(RDF.type, KGB.Mention)) | set(full.subjects(RDF.type, KGB.FactEvidence))
    dropped = set(full) - set(compact)
    assert {p for s, p, o in dropped} <= {RDF.type, OA.hasBody, OA.hasTarget, OA.hasSource, OA.hasSelector,
                                          OA.start, OA.end, OA.exact, PROV.wasGeneratedBy}
    assert all(s in evidence or not isinstance(s, URIRef) for s, p, o in dropped)
    for node in evidence:   # every span keeps document, offsets, quote, extractor and what it says
        for p in (KGB.document, KGB.start, KGB.end, KGB.quote, KGB.extractor):
            assert compact.value(node, p) == full.value(node, p), (node, p)


def test_compact_evidence_conforms_to_the_shapes():
    from kg_builder.validate import validate
    v = validate(graph_of(golden_analysis(), "compact"))
    assert v.conforms, [r.message for r in v.results if r.severity == "Violation"]


def test_unknown_evidence_mode_is_refused():
    with pytest.raises(ValueError, match="full, compact"):
        graph_of(golden_analysis(), "tiny")


def test_rebuild_is_deterministic():
    assert to_isomorphic(graph_of(golden_analysis())) == to_isomorphic(graph_of(golden_analysis()))


@pytest.mark.parametrize("value,dtype,first,last", [
    ("2023-11-22", "date", "2023-11-22", "2023-11-22"),
    ("2024-02", "gYearMonth", "2024-02-01", "2024-02-29"),
    ("2025", "gYear", "2025-01-01", "2025-12-31"),
])
def test_dates_keep_their_granularity(value, dtype, first, last):
    assert str(date_literal(value).datatype).endswith(dtype)
    assert str(first_day(value)) == first and str(last_day(value)) == last
