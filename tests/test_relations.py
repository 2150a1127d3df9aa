"""Relations stated in the text, on sentences from real parliamentary papers."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from kg_builder.document import Document
from kg_builder.pipeline import analyse


def rels(analysis, predicate):
    """(subject entity name, object entity name) pairs of one predicate."""
    out = set()
    for e in analysis.entities:
        for r, other in e.attrs.get("relations", []):
            if r.predicate == predicate and other is not None:
                out.add((e.name, other.name))
    return out


AL_LINKS = ("Een week geleden zag het Islamitisch Verzet in Irak het levenslicht. Het is een "
            "samenwerkingsverband van kleinere internationale terreurorganisaties zoals Kataib Hezbollah, "
            "Asaib Ahl al-Haq en Hezbollah Harakat al-Nubaja, die allemaal banden hebben met Iran.\n"
            "7 De aanvallen worden geclaimd door 'al-Muqawama al-Islamiyah fil Iraq' (het Islamitische Verzet "
            "in Irak). Dit is geen daadwerkelijke militie, maar wordt gebruikt als een overkoepelende term voor "
            "verscheidene pro-Iraanse milities in Irak, waaronder Kata'ib Hezbollah en Ansar Allah al-Awfiya.\n"
            "Deze dreiging is gericht tegen de VS, omdat Iran de milities steunt.")


def test_militias_linked_to_a_state_and_an_umbrella_including_them(analyse_text):
    a = analyse_text(AL_LINKS)
    linked = rels(a, "linked_to")
    assert {("Kataib Hezbollah", "Iran"), ("Asaib Ahl al-Haq", "Iran"),
            ("Ansar Allah al-Awfiya", "Iran")} <= {(s, o) for s, o in linked} | \
        {(s.replace("Kata'ib", "Kataib"), o) for s, o in linked}
    includes = rels(a, "includes")
    umbrella = {s for s, _ in includes}
    assert len(umbrella) == 1
    assert {o for _, o in includes} >= {"Asaib Ahl al-Haq", "Ansar Allah al-Awfiya"}


def test_backed_by_a_supplier(analyse_text):
    a = analyse_text("constaterende dat de Iraanse Revolutionaire Garde drones levert aan terreurgroepen "
                     "zoals Hezbollah, Hamas en de houthi-rebellen;")
    assert {("Hezbollah", "Iraanse Revolutionaire Garde"), ("Hamas", "Iraanse Revolutionaire Garde")} <= \
        rels(a, "backed_by")


def test_places_located_in_places(analyse_text):
    a = analyse_text("Op 26 oktober 2023 volgde een aanval op Kharab al-Jir, een Amerikaanse basis in Syrië. "
                     "Luchtaanvallen op wapendepots in Jurf al-Nasr ten zuidoosten van Bagdad, Irak. In plaatsen "
                     "als Mosul (Irak) en Raqqa (Syrië) blijft ISIS actief.")
    located = rels(a, "located_in")
    assert {("Kharab al-Jir", "Syrië"), ("Jurf al-Nasr", "Irak"), ("Mosul", "Irak"),
            ("Raqqa", "Syrië")} <= located


def test_members_of_party_and_committee_and_chair(analyse_text):
    text = ("De leden van de vaste commissie voor Defensie1 hebben kennisgenomen van de brief.\n"
            "De voorzitter van de vaste commissie voor Defensie, Ten Broeke\n\n"
            "1 Samenstelling:\nKnops (CDA), Ten Broeke (VVD) (voorzitter)\n")
    a = analyse_text(text)
    members = rels(a, "member_of")
    assert {("Knops", "CDA"), ("Knops", "vaste commissie voor Defensie"), ("Ten Broeke", "VVD"),
            ("Ten Broeke", "vaste commissie voor Defensie")} <= members


def test_contribution_with_what_is_contributed(analyse_text):
    a = analyse_text("CMF is een internationaal hoofdkwartier in Bahrein. Momenteel draagt Nederland drie "
                     "stafofficieren bij aan het hoofdkwartier van CMF.")
    found = [(r.subject.label, r.object.label, r.value) for r in a.relations if r.predicate == "contributes_to"]
    assert found == [("Nederland", "CMF", "drie stafofficieren")]


def test_abbreviation_mentions_point_to_the_long_form(analyse_text):
    a = analyse_text("De Kata'ib Hezbollah (KH) voerde aanvallen uit. Later claimde KH ook een aanval.",
                     use_gazetteer=False)
    kh = [e for e in a.entities if "KH" in e.labels]
    assert len(kh) == 1 and "Kata'ib Hezbollah" in kh[0].labels
    assert len([m for m in kh[0].mentions if m.label == "KH"]) == 2


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(AL_LINKS.split(" ") + ["(KH)", "(NMI)", ",", "\n", "1 Samenstelling:", "Iran"]),
                max_size=80).map(" ".join))
def test_shuffled_real_words_never_break_offsets(text):
    a = analyse(Document(key="x", text=text))
    for r in a.relations:
        assert text[r.start:r.end] == r.text
        for m in (r.subject, r.object):
            if m is not None:
                assert text[m.start:m.end] == m.text


def test_a_state_before_a_backing_participle_backs_the_groups_listed(analyse_text):
    a = analyse_text("In Libië zijn door Egypte gesteunde milities actief, zoals de Tobruk-brigade en de "
                     "Zintan-brigades.")
    backed = {(r.subject.label, r.object.label) for r in a.relations if r.predicate == "backed_by"}
    assert backed == {("Tobruk-brigade", "Egypte"), ("Zintan-brigades", "Egypte")}
