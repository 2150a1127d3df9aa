"""The canned queries of queries/ against the corpus graph.

Expected rows were checked by hand in the documents (line numbers refer to
../shared/corpus/kst-27925-AL.txt unless said otherwise).  Where the text states a
fact the extractors do not produce yet, the test is an xfail naming what is missing.
"""
from __future__ import annotations

import re

import pytest

from kg_builder.web.querypage import canned_queries, parse_canned

DOC = "https://w3id.org/kamerkg/doc/"
ID = "https://w3id.org/kamerkg/id/"


@pytest.fixture(scope="module")
def run(corpus_store):
    queries = {q.name: q for q in canned_queries()}

    def _run(prefix: str) -> list[dict[str, str]]:
        name = next(n for n in queries if n.startswith(prefix))
        return [{k: str(v) for k, v in row.items()} for row in corpus_store.select(queries[name].text)]
    return _run


def test_at_least_twelve_queries_with_headers(repo_root):
    files = sorted((repo_root / "queries").glob("*.rq"))
    assert len(files) >= 12
    for f in files:
        q = parse_canned(f)
        assert q.meta.get("title") and q.meta.get("description"), f.name
        assert re.fullmatch(r"[\d, ]+", q.meta.get("questions", "")), f"{f.name}: questions header"


def test_every_query_runs(run):
    for q in canned_queries():
        run(q.name)  # parses and evaluates on the corpus graph


def test_dossier_27925_documents(run):
    rows = {r["identifier"]: r for r in run("01")}
    al = rows["kst-27925-AL"]  # header: "27 925 ... AL VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", Eerste Kamer
    assert al["number"] == "AL" and al["date"] == "2023-12-27"
    assert al["type"] == "verslag van een schriftelijk overleg"
    assert al["title"] == "Bestrijding internationaal terrorisme"
    assert rows["kst-27925-524"]["date"] == "2014-11-20"  # kst-27925-524.txt line 5: "Vastgesteld 20 november 2014"
    assert all(not i.startswith("kst-29521") for i in rows)


def test_960_is_cited_by_the_verslag(run):
    rows = run("02")  # line 226: "(Kamerstuk 27 925, nr. 960)"
    assert {"direction": "cited by", "other": DOC + "kst-27925-AL"}.items() <= \
        next(r for r in rows if r["other"] == DOC + "kst-27925-AL").items()


def test_letters_of_the_verslag(run):
    letters = [r for r in run("04") if r["document"] == DOC + "kst-27925-AL"]
    by_date = {r["date"]: r for r in letters}
    # line 86: "Den Haag, 28 november 2023", line 82: "Aan de minister van Buitenlandse Zaken"
    first = by_date["2023-11-28"]
    assert first["addressee"].lower() == "de minister van buitenlandse zaken"
    assert "voorzitter van de vaste commissie" in first["sender"].lower()
    # lines 211-217: letter of the ministers of Defensie and Buitenlandse Zaken to the Eerste Kamer
    second = by_date["2023-12-20"]
    assert "eerste kamer" in second["addressee"].lower()
    assert "minister van defensie" in second["sender"].lower()
    assert all("haag" in (r.get("placeName") or r["place"]).lower() for r in letters)


def test_posts_in_the_verslag(run):
    rows = [r for r in run("05") if r["document"] == DOC + "kst-27925-AL"]
    posts = {(r["name"], r["role"].rsplit("/", 1)[-1]) for r in rows}
    assert ("Van Luijk", "griffier") in posts  # line 47-51
    assert ("Koen Petersen", "voorzitter") in posts  # lines 202-207


def test_committee_members_and_chair(run):
    rows = {r["name"]: r for r in run("06")}  # "1 Samenstelling:" lines 64-73
    assert rows["Koen Petersen"]["party"] == "VVD" and rows["Koen Petersen"]["isChair"] == "true"
    assert rows["Oplaat"]["party"] == "BBB" and rows["Oplaat"]["isChair"] == "false"
    assert rows["Karimi"]["party"] == "GroenLinks-PvdA"
    assert rows["Huizinga-Heringa"]["party"] == "CU"
    assert "Vacant" not in rows
    assert sum(r["isChair"] == "true" for r in rows.values()) == 1


def test_militias_with_spellings(run):
    rows = {r["group"]: r for r in run("07")}
    kh = rows[ID + "org/kataib-hezbollah"]  # lines 153, 278, 309
    spellings = set(kh["spellings"].split(" | "))
    assert {"Kata’ib Hezbollah", "Kataib Hezbollah", "KH"} <= spellings
    assert int(kh["mentions"]) >= 4


def test_militias_linked_to_iran(run):
    rows = run("08")  # lines 153-155: "Kataib Hezbollah, ... die allemaal banden hebben met Iran"
    assert any(r["group"] == ID + "org/kataib-hezbollah" and "iran" in r["state"] for r in rows)


def test_umbrella_group_includes_kataib_hezbollah(run):
    rows = run("09")  # footnote 7, lines 306-311: "overkoepelende term ... waaronder Kata'ib Hezbollah"
    assert any(r["umbrella"] == ID + "org/islamic-resistance-iraq" and r["member"] == ID + "org/kataib-hezbollah"
               for r in rows)


def test_nato_mission_iraq_is_named(run):
    rows = run("10")  # line 113: "aan de NAVO Missie in Irak (NMI)"
    assert any("nato" in r["mission"] or "navo" in r["mission"] or "nmi" in r["mission"] for r in rows)


def test_dutch_contributions(run):
    """rijksoverheid-2023-09-29: Nederland levert aan de NAVO-missie in Irak ... drie
    transporthelikopters (checked in the text)."""
    rows = run("11")
    assert any("Irak" in str(r.get("missionName")) and str(r.get("amount")) == "3"
               and "transporthelikopters" in str(r.get("expression")) for r in rows)


def test_bases_and_places(run):
    rows = {r["place"]: r for r in run("12")}
    # line 147: "twee op Kharab al-Jir, een Amerikaanse basis"
    assert rows[ID + "place/kharab-al-jir"]["kind"].endswith("#Base")


def test_events_between_dates(run):
    rows = run("13")
    assert rows and all("2023-10-01" <= r["date"] <= "2023-12-31" for r in rows)
    # lines 277-279: the US air strikes of 22 November on Kata'ib Hezbollah depots at Jurf al-Nasr
    assert any(r["date"] == "2023-11-22" and r["event"].startswith(DOC + "kst-27925-AL/event/") for r in rows)


def test_attack_at_jurf_al_nasr(run):
    rows = run("14")
    assert any(r.get("date") == "2023-11-22" and r.get("placeName") == "Jurf al-Nasr" for r in rows)


def test_threat_level_change(run):
    rows = run("15")  # line 240-242: "Op 13 november jl. is het dreigingsniveau ... verhoogd van significant naar hoog"
    change = next(r for r in rows if r["graph"].endswith("kst-27925-AL"))
    assert change["date"] == "2023-11-13"


def test_threat_level_from_significant_to_high(run):
    change = next(r for r in run("15") if r["graph"].endswith("kst-27925-AL"))
    assert "significant" in change["from"].lower() and "hoog" in change["to"].lower()


def test_relative_dates_resolved(run):
    rows = run("16")  # line 278: "op 22 november jl." in the letter dated 20 december 2023
    assert any(r["graph"].endswith("kst-27925-AL") and r["expression"] == "22 november jl."
               and r["date"] == "2023-11-22" and r["resolvedAgainst"] == "2023-12-20" for r in rows)


def test_evidence_quotes_match_the_text(run, corpus_dir):
    rows = run("17")
    text = (corpus_dir / "kst-27925-AL.txt").read_text(encoding="utf-8")
    al = [r for r in rows if r["document"] == DOC + "kst-27925-AL"]
    assert len(al) >= 4
    for r in al:
        assert text[int(r["start"]):int(r["end"])] == r["quote"]
    assert "Kata’ib Hezbollah" in {r["quote"] for r in al}


def test_fact_evidence_quotes_match_the_text(run, corpus_dir):
    texts = {}
    for r in run("18"):
        key = r["document"].rsplit("/", 1)[-1]
        path = corpus_dir / f"{key}.txt"
        if not path.exists():
            continue
        texts.setdefault(key, path.read_text(encoding="utf-8"))
        assert texts[key][int(r["start"]):int(r["end"])] == r["quote"]


def test_entities_with_several_names(run):
    rows = {r["entity"]: r for r in run("19")}
    assert "KH" in rows[ID + "org/kataib-hezbollah"]["spellings"].split(" | ")


def test_validation_failures_query_runs(run):
    for r in run("20"):
        assert r["focus"]


def test_documents_per_year_mention_iraq(run):
    rows = run("21")
    assert any(r["year"] == "2023" and r["countryName"] in ("Irak", "Iraq") for r in rows)


def test_states_acting(run):
    rows = {r["actor"]: r for r in run("22")}
    assert rows, "no state or international organisation acts in any event"
