"""The gazetteer: generated files, lookups, tenures and user dictionaries."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from kg.actors import Gazetteer, load_gazetteer, read_petrarch_actors
from tests.conftest import REPO, shared_path


def test_gazetteer_resolves_names_capitals_and_abbreviations():
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("DPRK")[0].actor.code == "PRK"
    assert gazetteer.lookup("Pyongyang")[0].actor.code == "PRK"
    assert gazetteer.lookup("the Kremlin")[0].actor.code == "RUS"
    assert gazetteer.lookup("NATO")[0].actor.code == "IGOWSTNAT"
    assert gazetteer.lookup("Soviet Union")[0].actor.type == "State"
    assert gazetteer.lookup("Houthis")[0].actor.type == "ArmedGroup"
    assert gazetteer.find("kim jong un") is not None


def test_gazetteer_matches_name_particles_as_news_writes_them(tmp_path):
    # dictionaries capitalise particles ("Hamid Bin Rashid"); news lower-cases and hyphenates them
    path = tmp_path / "people.actors.txt"
    path.write_text("HAMID_BIN_RASHID_  [MEAREB]\nOMAR_AL_FAROUQ_  [MEAREB]\n", encoding="utf-8")
    gazetteer = Gazetteer()
    gazetteer.load(path)
    assert gazetteer.lookup("Hamid bin Rashid")[0].actor.code == "MEAREB"
    assert gazetteer.lookup("Omar al-Farouq")[0].actor.code == "MEAREB"
    assert gazetteer.lookup("Omar Al-Farouq")[0].actor.code == "MEAREB"
    assert not gazetteer.lookup("omar al-Farouq")  # the given name stays capitalised


def test_gazetteer_keeps_leaders_whose_names_have_diacritics_and_finds_them_either_way():
    # the Wikidata snapshot writes Latin names with their accents; news prints them with or without
    gazetteer = load_gazetteer()
    for written in ("Nicolás Maduro", "Nicolas Maduro"):
        assert [r.actor.code for r in gazetteer.candidates(written, "name")] == ["VENGOV"]
    assert gazetteer.candidates("Jonas Gahr Store", "name")[0].actor.country == "NOR"  # ø has no accent to drop
    sys.path.insert(0, str(REPO / "scripts"))
    from build_gazetteer import latin, unaccented

    assert unaccented("Miguel Díaz-Canel") == "Miguel Diaz-Canel"
    for capital in ("Bogotá", "Bogota"):  # a capital stands for its state, however it is spelt
        assert gazetteer.lookup(capital)[0].actor.code == "COL"
    assert latin("Viktor Orbán") and not latin("Владимир Путин")


def test_gazetteer_codes_follow_tenure_dates():
    kim_jong_il = load_gazetteer().lookup("Kim Jong Il")[0]
    assert kim_jong_il.code_on(date(2005, 1, 1)) == "PRKGOV"
    assert kim_jong_il.code_on(date(2023, 9, 12)) == "PRKELI"


def test_gazetteer_reads_a_petrarch_dictionary(tmp_path):
    path = tmp_path / "test.actors.txt"
    path.write_text(
        "# comment\nARNOR_  [ARN]\n+KINGDOM_OF_ARNOR\nARAGORN_\n+STRIDER\n\t[ARNGOV 300101-400101]\n\t[ARNELI]\n",
        encoding="utf-8",
    )
    records = {r.actor.label: r for r in read_petrarch_actors(path)}
    assert records["Arnor"].actor.code == "ARN" and records["Arnor"].actor.type == "State"
    assert "KINGDOM OF ARNOR" in records["Arnor"].aliases
    assert records["Aragorn"].actor.code == "ARNELI"
    gazetteer = Gazetteer()
    gazetteer.load(path)
    assert gazetteer.lookup("Kingdom Of Arnor")[0].actor.code == "ARN"


def test_gazetteer_reads_the_shared_petrarch_validation_actors():
    records = list(read_petrarch_actors(shared_path("gold", "reference", "PETR.Validate.actors.txt")))
    assert len(records) > 20
    assert any(r.actor.code and r.actor.code.startswith("GON") for r in records)


def test_gazetteer_generation_is_reproducible(tmp_path):
    data = shared_path("data")
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_gazetteer.py"), "--data", str(data), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "wrote" in result.stdout
    for generated in tmp_path.glob("actors-*.ttl"):
        assert generated.read_bytes() == (REPO / "ontologies" / generated.name).read_bytes(), generated.name


def test_gazetteer_demonym_plurals_name_the_people_of_a_state():
    gazetteer = load_gazetteer()
    assert gazetteer.candidates("Palestinians", "adjective")[0].actor.code == "PSE"
    assert gazetteer.candidates("Iraqis", "adjective")[0].actor.code == "IRQ"
    assert gazetteer.candidates("Chineses", "adjective") == []


def test_gazetteer_knows_past_heads_of_government_with_dated_tenures():
    gazetteer = load_gazetteer()
    clinton = gazetteer.find("Bill Clinton")
    assert clinton is not None and clinton.actor.country == "USA"
    assert clinton.code_on(date(1998, 6, 1)) == "USAGOV"
    assert clinton.code_on(date(2005, 6, 1)) == "USAELI"


def test_resolver_surname_shared_within_one_state_picks_the_bearer_in_office(mentions_of):
    rows = [
        ("President", "president", "PROPN", "NNP", "compound", 1),
        ("Bush", "Bush", "PROPN", "NNP", "nsubj", 2),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    for published, expected in ((date(1990, 5, 1), "George Bush"), (date(2003, 5, 1), "George W. Bush")):
        bush = mentions_of(rows, ents=[(1, 2, "PERSON")], published=published)[1]
        assert (bush.actor.label, bush.actor.code) == (expected, "USAGOV")


def test_resolver_person_of_a_state_belongs_to_it(mentions_of):
    rows = [
        ("King", "king", "PROPN", "NNP", "compound", 1),
        ("Zog", "Zog", "PROPN", "NNP", "nsubj", 4),
        ("of", "of", "ADP", "IN", "prep", 1),
        ("Albania", "Albania", "PROPN", "NNP", "pobj", 2),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 4),
        (".", ".", "PUNCT", ".", "punct", 4),
    ]
    zog = mentions_of(rows, ents=[(1, 2, "PERSON"), (3, 4, "GPE")])[1]
    assert zog.actor.country == "ALB"


def test_resolver_entity_keeps_its_actor_without_the_possessive(mentions_of):
    rows = [
        ("Iraq", "Iraq", "PROPN", "NNP", "poss", 2),
        ("'s", "'s", "PART", "POS", "case", 0),
        ("army", "army", "NOUN", "NN", "ROOT", 2),
    ]
    assert [m.actor.country for m in mentions_of(rows, ents=[(0, 2, "GPE")]).values()] == ["IRQ"]


def test_gazetteer_codes_non_governmental_organisations_as_cameo_does():
    gazetteer = load_gazetteer()
    amnesty = gazetteer.find("Amnesty International")
    assert amnesty is not None and amnesty.actor.code.startswith("NGO")
    assert gazetteer.find("Red Cross").actor.type == "Organization"


def test_resolver_person_found_without_middle_initials(mentions_of):
    rows = [
        ("Vladimir", "Vladimir", "PROPN", "NNP", "compound", 2),
        ("V.", "V.", "PROPN", "NNP", "compound", 2),
        ("Putin", "Putin", "PROPN", "NNP", "nsubj", 3),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 3),
    ]
    assert mentions_of(rows, ents=[(0, 3, "PERSON")])[0].actor.label == "Vladimir Putin"


def test_resolver_they_refers_to_the_last_plural_group(mentions_of):
    rows = [
        ("Afghan", "afghan", "ADJ", "JJ", "amod", 1),
        ("rebels", "rebel", "NOUN", "NNS", "nsubj", 2),
        ("said", "say", "VERB", "VBD", "ROOT", 2),
        ("they", "they", "PRON", "PRP", "nsubj", 4),
        ("left", "leave", "VERB", "VBD", "ccomp", 2),
    ]
    they = mentions_of(rows)[3]
    assert (they.actor.code, they.rule) == ("AFGREB", "coreference")


def test_resolver_person_by_first_name_and_surname(mentions_of):
    rows = [
        ("Carlos", "Carlos", "PROPN", "NNP", "compound", 1),
        ("Menem", "Menem", "PROPN", "NNP", "nsubj", 2),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 2),
    ]
    menem = mentions_of(rows, ents=[(0, 2, "PERSON")], published=None)[0]
    assert (menem.actor.country, menem.rule) == ("ARG", "name")


def test_resolver_unknown_person_takes_the_organisation_named_before_them(mentions_of):
    rows = [
        ("U.N.", "U.N.", "PROPN", "NNP", "compound", 2),
        ("envoy", "envoy", "NOUN", "NN", "compound", 2),
        ("Nobody", "Nobody", "PROPN", "NNP", "compound", 3),
        ("Knownski", "Knownski", "PROPN", "NNP", "nsubj", 4),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 4),
    ]
    envoy = mentions_of(rows, ents=[(2, 4, "PERSON")])[2]
    assert (envoy.actor.code, envoy.actor.country) == ("IGOUNO", None)


def test_resolver_unknown_person_takes_a_multiword_state_named_before_them(mentions_of):
    rows = [
        ("South", "South", "PROPN", "NNP", "compound", 1),
        ("Korea", "Korea", "PROPN", "NNP", "compound", 4),
        ("envoy", "envoy", "NOUN", "NN", "compound", 4),
        ("Nobody", "Nobody", "PROPN", "NNP", "compound", 4),
        ("Knownski", "Knownski", "PROPN", "NNP", "nsubj", 5),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 5),
    ]
    envoy = mentions_of(rows, ents=[(3, 5, "PERSON")])[3]
    assert envoy.actor.country == "KOR"


def test_gazetteer_places_of_the_country_dictionary_stand_for_their_state():
    gazetteer = load_gazetteer()
    for place, state in [("West Bank", "PSE"), ("Gaza Strip", "PSE"), ("Donbas", "UKR"), ("Idlib", "SYR")]:
        assert [r.actor.code for r in gazetteer.candidates(place, "city")] == [state], place
    # a people's word or another state's name is no place
    assert gazetteer.candidates("Palestinians", "city") == []
    assert gazetteer.candidates("Georgia", "city") == []


def test_gazetteer_knows_an_organisation_in_either_spelling():
    gazetteer = load_gazetteer()
    for american, british in [("World Trade Organization", "World Trade Organisation"),
                              ("World Food Program", "World Food Programme")]:  # fmt: skip
        assert gazetteer.lookup(american) and gazetteer.lookup(american) == gazetteer.lookup(british)


def test_gazetteer_a_later_files_metonym_goes_first(tmp_path):
    # the hand-written actors read "Brussels" acting as the EU; the city stays Belgium's
    gazetteer = load_gazetteer()
    assert [r.actor.code for r in gazetteer.candidates("Brussels", "metonym")][:2] == ["IGOEUREEC", "BEL"]
    assert gazetteer.candidates("Brussels", "city")[0].actor.code == "BEL"
    # a user's file declaring a metonym the packaged files give to another wins as well
    path = tmp_path / "mine.ttl"
    path.write_text(
        "@prefix geo: <https://w3id.org/geokg/ont#> .\n@prefix actor: <https://w3id.org/geokg/id/actor/> .\n"
        'actor:GBR geo:metonym "Kingston" .\n',
        encoding="utf-8",
    )
    mine = Gazetteer()
    mine.load_turtle(REPO / "ontologies" / "actors-countries.ttl")
    assert mine.candidates("Kingston", "metonym")[0].actor.code == "JAM"
    mine.load(path)
    assert mine.candidates("Kingston", "metonym")[0].actor.code == "GBR"


def test_gazetteer_knows_the_adjectives_of_nationality_countryinfo_adds_and_not_its_misspelt_names():
    gazetteer = load_gazetteer()
    for adjective, code in (("Philippine", "PHL"), ("Argentinian", "ARG"), ("Bosnian", "BIH"), ("Timorese", "TLS")):
        assert [r.actor.code for r in gazetteer.candidates(adjective, "adjective")] == [code], adjective
    assert gazetteer.candidates("Azerbajan", "adjective") == []  # a misspelt name in the source's list
