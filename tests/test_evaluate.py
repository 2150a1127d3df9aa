"""The scorer: matching rules and the scores on the gold corpus."""
from kg_builder.evaluate import compare, evaluate, render, text_overlap


def test_matching_rules():
    gold = {"dates": [{"text": "vanaf mei 2024", "value": "2024-05"}],
            "citations": [{"text": "a", "target": "kst-1-2"}, {"text": "b", "target": "kst-1-3"}],
            "quantities": [{"text": "twee op Kharab", "value": 2}, {"text": "twee stafofficieren", "value": 2}],
            "organisations": [{"name": "Verenigde Staten", "mentions": ["VS"]}],
            "events": [{"what": "x", "date": "2023-11-22", "actors": ["Verenigde Staten"], "place": None}]}
    pred = {"dates": [{"text": "mei 2024", "value": "2024-05"}, {"text": "Mei 2024", "value": "2024-05"}],
            "citations": [{"text": "a", "target": "kst-1-2"}, {"text": "c", "target": "kst-9-9"}],
            "quantities": [{"text": "maximaal twee stafofficieren", "value": 2}],
            "organisations": [{"name": "VS", "mentions": ["VS"]}],
            "events": [{"what": "y", "date": "2023-11-22", "actors": ["VS"], "place": None}]}
    r = compare(gold, pred)
    assert (r["dates"]["tp"], r["dates"]["fp"], r["dates"]["fn"]) == (1, 0, 0)      # repeat is no FP
    assert (r["citations"]["tp"], r["citations"]["fp"], r["citations"]["fn"]) == (1, 1, 1)
    assert (r["quantities"]["tp"], r["quantities"]["fn"]) == (1, 1)
    assert r["organisations"]["tp"] == 1 and r["events"]["tp"] == 1


def test_a_prediction_that_fits_two_gold_entries_goes_where_no_other_fits():
    gold = {"persons": [{"name": "Usman Khan", "mentions": ["Usman Khan"]}],
            "organisations": [{"name": "City of London Police", "mentions": ["City of London Police"]}],
            "places": [{"name": "London Bridge", "mentions": ["London Bridge"]},
                       {"name": "Fishmongers' Hall", "mentions": ["Fishmongers' Hall"]}],
            "events": [{"what": "steekpartij", "date": "2019-11-29", "actors": ["Usman Khan"],
                        "place": "Fishmongers' Hall"},
                       {"what": "doodgeschoten", "date": "2019-11-29", "actors": ["City of London Police"],
                        "place": "London Bridge"}]}
    pred = dict(gold, events=[{"what": "a", "date": "2019-11-29", "actors": ["Usman Khan"], "place": "London Bridge"},
                              {"what": "b", "date": "2019-11-29", "actors": [], "place": "Fishmongers' Hall"}])
    r = compare(gold, pred)["events"]
    assert (r["tp"], r["fp"], r["fn"]) == (2, 0, 0)     # first-fit pairing would give 1, 1, 1


def test_text_overlap_ignores_numbers():
    assert not text_overlap("twee op Kharab", "maximaal twee stafofficieren")
    assert text_overlap("26 oktober jl.", "26 oktober")


def test_targets_on_the_gold_corpus(gold_dir, corpus_dir):
    scores = evaluate(gold_dir, corpus_dir)
    k = scores["kinds"]
    assert k["dates"]["f1"] >= 0.95 and k["dates"]["precision"] >= 0.9
    assert k["citations"]["f1"] >= 0.95 and k["citations"]["precision"] >= 0.9
    assert k["quantities"]["f1"] >= 0.9 and k["quantities"]["precision"] >= 0.9
    assert scores["metadata"]["id"]["accuracy"] == 1.0
    render(scores, per_document=True)
