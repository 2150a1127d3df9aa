"""Missions and operations, who leads them and where, on sentences from real papers."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import entities_of
from kg_builder.document import Document
from kg_builder.pipeline import Context
from kg_builder.registry import get


def missions(analyse_text, text, **kw):
    return entities_of(analyse_text(text, **kw), "mission")


def test_abbreviation_introduced_once_and_used_after(analyse_text):
    text = ("Het kabinet informeert u over een aanvullende bijdrage aan de NAVO Missie in Irak (NMI) met een "
            "Force Commander. Het kabinet heeft besloten tot een aanvullende bijdrage aan NMI van mei 2024 tot "
            "en met mei 2025. Dit heeft gevolgen voor zowel de NAVO missie Irak (NMI) als Operation Inherent "
            "Resolve (OIR). NMI en OIR zijn op dezelfde bases gestationeerd.")
    for gaz in (True, False):
        m = missions(analyse_text, text, use_gazetteer=gaz)
        nmi = m["NAVO Missie in Irak"]
        assert {"NMI", "NAVO missie Irak"} <= set(nmi.labels)
        assert nmi.attrs["led_by"] == "NAVO"
        assert "OIR" in m["Operation Inherent Resolve"].labels
        assert len(m) == 2


def test_led_by_stated_in_the_text(analyse_text):
    text = ("Wanneer niet actief voor NMI, kunnen ze opdrachten uitvoeren voor Operation Inherent Resolve (OIR). "
            "Dat is een door de Verenigde Staten geleide missie, ontstaan als reactie op de opmars van ISIS.")
    m = missions(analyse_text, text)
    assert m["Operation Inherent Resolve"].attrs["led_by"] == "Verenigde Staten"
    text = ("De Verenigde Staten starten een maritieme operatie, genaamd Prosperity Guardian, in de Rode Zee en "
            "de westelijke Golf van Aden onder leiding van de Combined Maritime Forces (CMF).")
    for gaz in (True, False):
        pg = missions(analyse_text, text, use_gazetteer=gaz)["Prosperity Guardian"]
        assert pg.attrs["led_by"] == "Combined Maritime Forces"
        assert pg.attrs["operates_in"] == ["Rode Zee", "Golf van Aden"]


def test_state_led_operation_and_descriptions(analyse_text):
    m = missions(analyse_text, "Op 9 oktober is het Turkse leger begonnen met een nieuwe militaire operatie in "
                 "Noord-Syrië. Op 10 oktober zijn moties aangenomen naar aanleiding van de Turkse operatie in "
                 "Noord-Syrië.")
    (op,) = m.values()
    assert op.attrs["led_by"] == "Turkije" and "Turkse operatie in Noord-Syrië" in op.labels
    text = ("De Koninklijke Marine levert een bijdrage aan de Europese missie EMASOH in de Straat van Hormuz. "
            "De missie heet officieel European-led Maritime Awareness in the Strait of Hormuz (EMASOH). Binnen "
            "deze door Frankrijk geleide missie werkte het fregat samen met een Frans fregat.")
    (em,) = missions(analyse_text, text).values()
    assert em.name == "European-led Maritime Awareness in the Strait of Hormuz"
    assert "Europese missie EMASOH" in em.labels and em.attrs["led_by"] == "Frankrijk"


def test_org_prefixed_operations(analyse_text):
    text = ("Het kabinet besloot tot deelname aan de EU-operatie Atalanta voor de kust van Somalië. "
            "Maritieme bescherming is een van de hoofdtaken van de EU-operatie.")
    (at,) = missions(analyse_text, text).values()
    assert at.attrs["led_by"] == "EU" and "EU-operatie" in at.labels
    m = missions(analyse_text, "de evaluatie van de antipiraterijoperaties Atalanta van de EU en Ocean Shield "
                 "van de Navo in 2013")
    assert m["Atalanta"].attrs["led_by"] == "EU" and m["Ocean Shield"].attrs["led_by"] == "Navo"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=500), st.booleans())
def test_never_crashes_and_offsets_hold(text, gaz):
    doc = Document(key="x", text=text)
    ctx = Context(doc=doc, use_gazetteer=gaz)
    for spec in ("organisations", "places", "missions"):
        for item in get(spec)(doc, ctx):
            assert text[item.start:item.end] == item.text
            if hasattr(item, "kind"):
                ctx.mentions.append(item)


def test_mission_name_stops_before_its_area_of_operations(analyse_text):
    a = analyse_text("Nederland levert een fregat aan de NAVO-operatie Ocean Sentry in de Noordzee. De "
                     "bijdrage aan Ocean Sentry loopt tot mei.")
    m = entities_of(a, "mission")
    assert "NAVO-operatie Ocean Sentry" in {l for e in m.values() for l in e.labels}, set(m)
    assert not any("Noordzee" in n for n in m)
    assert "Noordzee" in entities_of(a, "place")


def test_missions_without_gazetteer(analyse_text):
    text = ("Het kabinet steunt de EU-operatie EUNAVFOR Irini in de Middellandse Zee en de inzet van EUFOR "
            "Concordia. De bijdrage aan enhanced Air Policing in Polen gaat door, net als die aan de United "
            "Nations Mission for Stability in Haiti (UNMSH). UNICEF en UNHCR helpen de bevolking.")
    m = entities_of(analyse_text(text, use_gazetteer=False), "mission")
    labels = " | ".join(l for e in m.values() for l in e.labels)
    for name in ("EUNAVFOR Irini", "EUFOR Concordia", "enhanced Air Policing", "United Nations Mission for Stability in Haiti"):
        assert name in labels, labels
    assert "Middellandse" not in labels
    assert not {"UNICEF", "UNHCR", "EUNAVFOR", "EUFOR"} & set(m)


def test_unknown_mission_keyed_by_its_own_name_not_its_acronym_prefix(analyse_text):
    a = analyse_text("Nederland draagt bij aan de EU-operatie EUNAVFOR MED Nereus. Operatie Nereus ziet toe op "
                     "het embargo. Ook EUCAP Moldavië en de missie EUCAP gaan door.", use_gazetteer=False)
    ms = [e for e in a.entities if e.kind == "mission"]
    nereus = [e for e in ms if any("Nereus" in label for label in e.labels)]
    assert len(nereus) == 1


def test_english_names_acronym_with_country_and_short_forms(analyse_text):
    text = ("Zr.Ms. Tromp neemt deel aan Standing NATO Maritime Group 1 (SNMG1). Later volgt SNMG1 weer. "
            "Nederland droeg bij aan EUTM Mozambique en EUFOR Tchad/RCA; de SADC-missie SAMIM is beëindigd. "
            "Ook EUMAM Ukraine traint militairen.")
    a = analyse_text(text)
    ms = {m.text: m for m in a.mentions if m.kind == "mission"}
    assert {"Standing NATO Maritime Group 1", "SNMG1", "EUTM Mozambique", "EUFOR Tchad/RCA",
            "SADC-missie SAMIM", "EUMAM Ukraine"} <= set(ms)
    assert ms["SNMG1"].attrs["key"] == ms["Standing NATO Maritime Group 1"].attrs["key"]
    assert ms["EUTM Mozambique"].attrs["key"] != "eutm-mali"
    places = {m.text for m in a.mentions if m.kind == "place"}
    assert not places & {"Mozambique", "Ukraine", "Tchad"}


def test_a_name_the_context_calls_an_operation(analyse_text):
    a = analyse_text("Nederland neemt sinds 3 maart deel aan Arctic Lantern, een maritieme operatie onder "
                     "Noors commando. Twee fregatten voor Northern Shield Patrol blijven tot juni.")
    m = entities_of(a, "mission")
    assert {"Arctic Lantern", "Northern Shield Patrol"} <= set(m)


def test_a_defined_name_wins_over_a_mission_inside_it(analyse_text):
    a = analyse_text("De commandant van Combined Joint Task Force – Operation Inherent Resolve (CJTF-OIR) "
                     "bezocht de staf. CJTF-OIR blijft in Bagdad.")
    m = entities_of(a, "mission")
    (name,) = [n for n in m if n.startswith("Combined Joint Task Force")]
    assert name.endswith("Operation Inherent Resolve") and "CJTF-OIR" in m[name].labels
    assert "Operation Inherent Resolve" not in m


def test_a_described_mission_with_its_short_form(analyse_text):
    a = analyse_text("Nederland steunt de VN-missie ter ondersteuning van het akkoord van Hodeidah (UNMHA). "
                     "Het mandaat van UNMHA loopt af.")
    m = entities_of(a, "mission")
    (name,) = [n for n in m if n.startswith("VN-missie")]
    assert "UNMHA" in m[name].labels


def test_staff_at_a_cell_is_no_mission(analyse_text):
    a = analyse_text("Twee stafofficieren bij de Regional Maritime Coordination Cell (RMCC) in Napels.")
    assert not entities_of(a, "mission")


def test_an_initiative_one_takes_part_in_is_no_mission(analyse_text):
    a = analyse_text("De brief gaat over de Nederlandse deelname aan het Northern Drone Initiative (NDI).")
    assert not entities_of(a, "mission")


def test_spaced_navfor_names_a_lower_case_cue_word_and_a_long_english_name(analyse_text):
    text = ("Nederland levert een fregat aan de EU-operatie Atalanta (EU NAVFOR Somalia). De Afrikaanse Unie "
            "verving de missie ATMIS door de African Union Support and Stabilization Mission in Somalia (AUSSOM).")
    for gaz in (True, False):
        a = analyse_text(text, use_gazetteer=gaz)
        m = entities_of(a, "mission")
        assert "EU NAVFOR Somalia" in m["EU-operatie Atalanta"].labels
        assert "ATMIS" in m and "missie ATMIS" not in m
        assert "AUSSOM" in m["African Union Support and Stabilization Mission in Somalia"].labels
        assert not any(n.startswith("African Union") for n in entities_of(a, "organisation"))


def test_operations_named_after_an_adjective_and_english_names_ending_in_mission(analyse_text):
    text = ("De Franse operatie Serval en de Europese taskforce Takuba zijn beëindigd. Nederland steunt de "
            "civiele missie EUCAP Sahel Mali. De Multinational Security Support Mission (MSS) in Haïti staat "
            "onder leiding van Kenia. Er komt een Turks-Amerikaans Joint Operation Center.")
    for gaz in (True, False):
        m = missions(analyse_text, text, use_gazetteer=gaz)
        assert {"Serval", "Takuba", "EUCAP Sahel Mali"} <= set(m)
        assert "MSS" in m["Multinational Security Support Mission"].labels
        assert not any("Joint Operation" in n for n in m)


def test_exercises_are_no_missions(analyse_text):
    text = ("Nederland neemt deel aan Iron Hawk, een oefening in Estland, en aan BALTOPS. Twee fregatten nemen "
            "deel aan de NAVO-oefening Dynamic Mongoose. De bijdrage aan Operation Sea Guardian blijft.")
    for gaz in (True, False):
        names = set(missions(analyse_text, text, use_gazetteer=gaz))
        assert names and all("Sea Guardian" in n for n in names)


def test_a_name_found_as_mission_and_organisation_is_one_mission_with_its_short_form(analyse_text):
    a = analyse_text("De Task Force Takuba (TFT) patrouilleert in de Sahel. De TFT telt zeshonderd militairen.")
    m = entities_of(a, "mission")
    assert {"Task Force Takuba", "TFT"} <= set(m["Task Force Takuba"].labels)
    assert not any("Task Force" in n or n == "TFT" for n in entities_of(a, "organisation"))


def test_a_task_force_named_by_its_task_is_a_unit(analyse_text):
    a = analyse_text("De Redeployment Task Force (RTF) rondde haar werk af. De RTF telde tweehonderd militairen.")
    assert not entities_of(a, "mission")
    assert {"Redeployment Task Force", "RTF"} <= set(entities_of(a, "organisation")["Redeployment Task Force"].labels)


def test_where_a_mission_is_active_after_a_verb(analyse_text):
    a = analyse_text("De missie UNMISS opereert in Zuid-Soedan. EUFOR Althea staat onder leiding van de EU en is "
                     "actief in Bosnië-Herzegovina.")
    where = {(r.subject.label, r.object.label) for r in a.relations if r.predicate == "operates_in"}
    assert {("UNMISS", "Zuid-Soedan"), ("EUFOR Althea", "Bosnië-Herzegovina")} <= where


def test_a_force_of_a_mission_is_a_unit_and_a_training_mission_keeps_its_country(analyse_text):
    a = analyse_text("Nederland levert twee officieren aan de Air Task Force (ATF) van KFOR. De EU Training Mission "
                     "in Somalia (EUTM Somalia) stopt. EUTM Somalia was klein.")
    missions = {e.name for e in a.entities if e.kind == "mission"}
    orgs = {e.name for e in a.entities if e.kind == "organisation"}
    assert "Air Task Force" in orgs and "Air Task Force" not in missions
    assert "EU Training Mission in Somalia" in missions


def test_a_capitalised_operation_word_stays_in_the_name(analyse_text):
    a = analyse_text("Franse troepen van Operatie Barkhane en de Malinese strijdkrachten trokken samen op.")
    m = entities_of(a, "mission")
    assert "Operatie Barkhane" in {label for e in m.values() for label in e.labels}


def test_a_commission_is_no_mission(analyse_text):
    m = missions(analyse_text, "De Europese Commissie sloot in juli 2022 een gasmemorandum. De Europese "
                               "trainingsmissie EUTM Mali stopte in 2024.")
    assert "Europese Commissie" not in m and any("EUTM Mali" in k for k in m)


def test_a_name_closing_a_mission_its_words_alone_and_an_apposed_acronym_are_that_mission(analyse_text):
    a = analyse_text("Het kabinet draagt bij aan de militaire EU-operatie European Union Force Althea (EUFOR Althea) in "
                     "Bosnië. EUFOR reageerde in maart op de crisis. Althea blijft nodig. Sinds februari patrouilleert "
                     "de EU-missie in Armenië, EUMA, langs de grens.")
    m = entities_of(a, "mission")
    assert len(m) == 2, sorted(m)
    assert not any(e.name == "European Union Force Althea" for e in a.entities if e.kind == "organisation")


def test_a_contribution_to_a_fund_is_no_mission(analyse_text):
    m = missions(analyse_text, "Nederland heeft een bijdrage aan het Afghan National Army Trust geleverd en een "
                               "bijdrage aan Resolute Support.", use_gazetteer=False)
    assert not any("Trust" in k for k in m)


def test_an_operation_keeps_its_cue_word_and_an_apposed_militia_is_no_mission(analyse_text):
    for gaz in (True, False):
        a = analyse_text("Het leger voert in het zuiden de operatie Storm Veld uit. De rol van de Civilian Joint Task\n"
                         "Force (CJTF), een burgermilitie die met het leger optreedt, is omstreden. Over de CJTF zijn "
                         "klachten bekend.", use_gazetteer=gaz)
        m = entities_of(a, "mission")
        assert list(m) == ["Storm Veld"], sorted(m)
        assert [x.text for x in m["Storm Veld"].mentions] == ["operatie Storm Veld"]    # as the text calls it
        o = entities_of(a, "organisation")
        cjtf = next(e for e in o.values() if "CJTF" in [e.name, *e.labels])
        assert cjtf.type == "militia" and len([e for e in o.values() if "CJTF" in [e.name, *e.labels]]) == 1


def test_a_hyphenated_mission_name_and_a_states_peacekeeping_force(analyse_text):
    a = analyse_text("De Multinational Stability Support-missie (MSSM), geleid door Kenia, kampte met tekorten. De MSSM "
                     "telde 1.000 man. In 2020 werd de Russische vredesmacht in het gebied gestationeerd.",
                     use_gazetteer=False)
    m = entities_of(a, "mission")
    assert "MSSM" in m["Multinational Stability Support-missie"].labels, sorted(m)
    assert m["Russische vredesmacht"].attrs.get("led_by") == "Rusland", m["Russische vredesmacht"].attrs


def test_a_mission_in_a_country_with_its_short_form_and_a_team_is_no_mission(analyse_text):
    a = analyse_text("Wij informeren u over de European Union Monitoring Mission in Armenia (EUMA) in 2024. De EUMA "
                     "patrouilleert. De European Union\nTraining Mission in support of Moldova (EUTM MD) gaat door. "
                     "Nederland neemt deel aan het Multilateral Sanctions Monitoring Team (MSMT).", use_gazetteer=False)
    m = entities_of(a, "mission")
    assert "EUMA" in m["European Union Monitoring Mission in Armenia"].labels, sorted(m)
    assert any("EUTM MD" in e.labels for e in m.values()), sorted(m)
    assert not any("MSMT" in e.labels for e in m.values())


def test_org_missions_without_a_trailing_town_english_forces_task_groups_and_known_bodies(analyse_text):
    a = analyse_text("Agenten werkten in de EU-politiemissie EUPOL Vorland in Kaapstad. De Raad verlengde de EU Advisory "
                     "Mission in de Democratische Republiek Congo (EUAM DRC). Het bataljon is onderdeel van de "
                     "NAVO-Forward Land Forces. Twee officieren gaan naar de Baltic Mine Countermeasures Task Group "
                     "(MCM Baltic). De Financial Action Task Force (FATF) publiceerde een rapport.")
    m = entities_of(a, "mission")
    assert "EUPOL Vorland" in m, sorted(m)
    assert m["Forward Land Forces"].attrs.get("led_by") == "NAVO", sorted(m)
    assert "MCM Baltic" in m["Baltic Mine Countermeasures Task Group"].labels, sorted(m)
    assert any("EUAM DRC" in e.labels for e in m.values()), sorted(m)
    assert not any("FATF" in e.labels for e in m.values())
    places = entities_of(a, "place")
    assert "Democratische Republiek Congo" not in places and "Kaapstad" in places, sorted(places)


def test_quoted_and_numbered_operations_missions_sent_by_a_body_and_short_forms_with_a_tail(analyse_text):
    a = analyse_text("Het leger begon in de stad de militaire operatie «Stone Gate»; sinds Operatie 2744 vielen posten. "
                     "De waarnemersmissie van de Arabische Liga kon het geweld niet stoppen. UNTSO, de oudste "
                     "vredesmissie van de Verenigde Naties, blijft. Wij steunen de EU-missie EUPOL KOPRA. Bij EUPOL "
                     "KOPRA werken agenten.")
    m = entities_of(a, "mission")
    assert {"Stone Gate", "Operatie 2744", "waarnemersmissie van de Arabische Liga"} <= set(m), sorted(m)
    assert m["waarnemersmissie van de Arabische Liga"].attrs.get("led_by") == "Arabische Liga"
    assert not any("vredesmissie" in n for n in m) and "EUPOL" not in m, sorted(m)


def test_an_operation_of_frontex_or_a_regional_body(analyse_text):
    m = entities_of(analyse_text("Nederland draagt bij aan de Frontex-operatie Themis en aan de SADC-missie in "
                                 "Mozambique."), "mission")
    assert {"Frontex-operatie Themis", "SADC-missie in Mozambique"} <= set(m)


def test_where_an_operation_runs_is_not_its_name_and_two_letter_tails(analyse_text):
    m = entities_of(analyse_text("Hoe beoordeelt u de Keniaanse operatie Linda Nchi in Zuid-Somalië? Het kabinet "
                                 "draagt bij aan EUFOR RD Congo, de militaire operatie van de Europese Unie."), "mission")
    assert "Linda Nchi" in m and "EUFOR RD Congo" in m, sorted(m)


def test_french_and_spanish_operation_names(analyse_text):
    m = missions(analyse_text, "Frankrijk zet binnen Opération Chammal vliegtuigen in; Spanje leidt Operación Sophia.")
    assert {"Opération Chammal", "Operación Sophia"} <= set(m), m


@pytest.mark.parametrize("text, name, led_by", [
    # a smaller organisation's one mission or force, named by its short form
    ("De terugtrekking van de CSTO-vredesmacht begon op 13 januari.", "CSTO-vredesmacht", "CSTO"),
    ("Grossi reist naar de centrale om de IAEA-missie te bezoeken die daar aanwezig is.", "IAEA-missie", "IAEA"),
    # a mission described by what it does and who sends it, with a short form of its own
    ("Nederland draagt bij aan de Verificatiemissie van de Verenigde Naties in Colombia (UNVMC). De UNVMC telt "
     "honderden waarnemers.", "Verificatiemissie van de Verenigde Naties in Colombia", "Verenigde Naties"),
    # an organisation's short form, then an English mission name with where it works
    ("Zij dienden onder de noemer ECOWAS Mission in Liberia (ECOMIL). De ECOMIL-militairen bleven.",
     "ECOWAS Mission in Liberia", None),
])
def test_missions_of_smaller_bodies_described_missions_and_english_names_after_a_short_form(analyse_text, text, name,
                                                                                                led_by):
    m = missions(analyse_text, text)
    assert name in m, m
    if led_by:
        assert m[name].attrs.get("led_by") == led_by


def test_a_french_un_short_form_named_as_a_force_and_a_dutch_article_ends_an_english_name(analyse_text):
    m = missions(analyse_text, "Licorne steunt de vredesmacht van de Verenigde Naties, ONUCI. Later verdreven "
                               "eenheden in Operation Medusa de Taliban uit het district.")
    assert {"ONUCI", "Operation Medusa"} <= set(m) and not any("Taliban" in n for n in m), m
    assert "IS-missie" not in missions(analyse_text, "De IS-missie loopt door.")   # a mission against a group


def test_an_organisations_named_assistance_group_is_a_mission_its_generic_observer_mission_not(analyse_text):
    m = missions(analyse_text, "De OVSE-Assistentiegroep in Grozny bereidt de verkiezingen voor.")
    assert "OVSE-Assistentiegroep" in m, m
    m = missions(analyse_text, "De VN-waarnemersmissie en de EU-monitoringmissie rapporteerden.")
    assert not {"VN-waarnemersmissie", "EU-monitoringmissie"} & set(m), m
