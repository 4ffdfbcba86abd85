"""Actors the way an analyst reads them: sectors, titles, context and names carried across the
article, on hand-built parses (no model).  Sentences are paraphrases written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.actors import ActorMention, load_gazetteer


def test_article_actors_agents_dictionary_gives_sectors_with_their_modifiers():
    gazetteer = load_gazetteer()
    assert gazetteer.sector_for("police") == "COP"
    assert gazetteer.sector_for("protester") == "OPP"
    assert gazetteer.sector_for("minister", ["defence"]).startswith("GOV")
    assert gazetteer.sector_for("minister") == "GOV"  # the hand-written role noun decides the bare word
    assert gazetteer.sector_for("weather") is None


def test_article_actors_armed_groups_and_agencies_from_the_petrarch_dictionaries():
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("PKK")[0].actor.code == "TURREB"
    assert gazetteer.lookup("CIA")[0].actor.code == "USASPY"
    assert gazetteer.lookup("Royal Air Force")[0].actor.code == "GBRMIL"
    assert not gazetteer.lookup("Falcon")  # a one-word synonym re-cased as a common word is not a name


def test_article_actors_a_bare_role_noun_takes_the_one_state_in_context(mentions_of):
    # "Police detained three students in Nairobi."
    mentions = mentions_of(
        [
            ("Police", "police", "NOUN", "NNS", "nsubj", 1),
            ("detained", "detain", "VERB", "VBD", "ROOT", 1),
            ("three", "three", "NUM", "CD", "nummod", 3),
            ("students", "student", "NOUN", "NNS", "dobj", 1),
            ("in", "in", "ADP", "IN", "prep", 1),
            ("Nairobi", "Nairobi", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
        ents=[(5, 6, "GPE")],
    )
    assert mentions[0].actor.code == "KENCOP" and mentions[0].rule == "context"


def test_article_actors_a_bare_role_noun_takes_the_state_of_the_nearest_sentence_before(mentions_of):
    # "Kenyan and Ugandan diplomats met. Bolivians marched. Police detained three students."
    rows = [
        ("Kenyan", "kenyan", "ADJ", "JJ", "amod", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Ugandan", "ugandan", "ADJ", "JJ", "conj", 0),
        ("diplomats", "diplomat", "NOUN", "NNS", "nsubj", 4),
        ("met", "meet", "VERB", "VBD", "ROOT", 4),
        (".", ".", "PUNCT", ".", "punct", 4),
        ("Bolivians", "Bolivians", "PROPN", "NNPS", "nsubj", 7),
        ("marched", "march", "VERB", "VBD", "ROOT", 7),
        (".", ".", "PUNCT", ".", "punct", 7),
        ("Police", "police", "NOUN", "NNS", "nsubj", 10),
        ("detained", "detain", "VERB", "VBD", "ROOT", 10),
        ("three", "three", "NUM", "CD", "nummod", 12),
        ("students", "student", "NOUN", "NNS", "dobj", 10),
        (".", ".", "PUNCT", ".", "punct", 10),
    ]
    mentions = mentions_of(rows, ents=[(0, 1, "NORP"), (2, 3, "NORP"), (6, 7, "NORP")])
    assert mentions[9].actor.code == "BOLCOP" and mentions[9].rule == "context"


def test_article_actors_the_charge_after_an_accused_body_does_not_say_whose_it_is(mentions_of, claims_of):
    # "Bolivia's opposition accused the government of fraud.": "of fraud" is the accusation's
    rows = [
        ("Bolivia", "Bolivia", "PROPN", "NNP", "poss", 2),
        ("'s", "'s", "PART", "POS", "case", 0),
        ("opposition", "opposition", "NOUN", "NN", "nsubj", 3),
        ("accused", "accuse", "VERB", "VBD", "ROOT", 3),
        ("the", "the", "DET", "DT", "det", 5),
        ("government", "government", "NOUN", "NN", "dobj", 3),
        ("of", "of", "ADP", "IN", "prep", 5),
        ("fraud", "fraud", "NOUN", "NN", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    mentions = mentions_of(rows, ents=[(0, 1, "GPE")])
    assert mentions[4].actor.code == "BOLGOV" and mentions[4].rule == "context"
    [claim] = claims_of(rows, ents=[(0, 1, "GPE")])
    assert (claim.subject.code, claim.relation, claim.object.code) == ("BOLOPP", "accuses", "BOLGOV")


@pytest.mark.parametrize(
    "second",
    [
        [  # "All the presidents came.": everyone in the role, no one body
            ("All", "all", "DET", "PDT", "predet", 2),
            ("the", "the", "DET", "DT", "det", 2),
            ("presidents", "president", "NOUN", "NNS", "nsubj", 3),
            ("came", "come", "VERB", "VBD", "ROOT", 3),
            (".", ".", "PUNCT", ".", "punct", 3),
        ],
        [  # "The presidents and ministers of the world came.": the 'of' phrase is both nouns'
            ("The", "the", "DET", "DT", "det", 1),
            ("presidents", "president", "NOUN", "NNS", "nsubj", 7),
            ("and", "and", "CCONJ", "CC", "cc", 1),
            ("ministers", "minister", "NOUN", "NNS", "conj", 1),
            ("of", "of", "ADP", "IN", "prep", 3),
            ("the", "the", "DET", "DT", "det", 6),
            ("world", "world", "NOUN", "NN", "pobj", 4),
            ("came", "come", "VERB", "VBD", "ROOT", 7),
            (".", ".", "PUNCT", ".", "punct", 7),
        ],
    ],
)
def test_article_actors_a_role_noun_for_everyone_in_a_role_takes_no_state(mentions_of, second):
    # "Kenya hosted a summit." and the sentence given
    mentions = mentions_of(
        [
            ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1),
            ("hosted", "host", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 3),
            ("summit", "summit", "NOUN", "NN", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
            *[(w, lemma, pos, tag, dep, head + 5) for w, lemma, pos, tag, dep, head in second],
        ],
    )
    assert list(mentions) == [0], mentions


def test_article_actors_a_role_noun_stays_unresolved_between_two_states(mentions_of):
    # "Police in Chile said protesters crossed from Peru." — two states: no guess.
    mentions = mentions_of(
        [
            ("Officials", "official", "NOUN", "NNS", "nsubj", 1),
            ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3),
            ("thanked", "thank", "VERB", "VBD", "ccomp", 1),
            ("Peru", "Peru", "PROPN", "NNP", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert 0 not in mentions


def test_article_actors_a_minted_person_takes_the_title_that_names_them(mentions_of):
    # "Chilean foreign minister Ana Soto spoke."
    mentions = mentions_of(
        [
            ("Chilean", "chilean", "ADJ", "JJ", "amod", 2),
            ("foreign", "foreign", "ADJ", "JJ", "amod", 2),
            ("minister", "minister", "NOUN", "NN", "compound", 4),
            ("Ana", "Ana", "PROPN", "NNP", "compound", 4),
            ("Soto", "Soto", "PROPN", "NNP", "nsubj", 5),
            ("spoke", "speak", "VERB", "VBD", "ROOT", 5),
            (".", ".", "PUNCT", ".", "punct", 5),
        ],
        ents=[(3, 5, "PERSON")],
    )
    soto = mentions[3].actor
    assert (soto.code, soto.country) == ("CHLGOV", "CHL") and "/CHLGOV/" in soto.iri


@pytest.mark.parametrize("label", [None, "LOC", "GPE"])
def test_article_actors_a_surname_alone_is_the_person_named_earlier(mentions_of, label):
    # "Chilean minister Ana Soto arrived. Later Soto spoke." — the model missed the second name,
    # or read it as a place the gazetteer does not know
    mentions = mentions_of(
        [
            ("Chilean", "chilean", "ADJ", "JJ", "amod", 1),
            ("minister", "minister", "NOUN", "NN", "compound", 3),
            ("Ana", "Ana", "PROPN", "NNP", "compound", 3),
            ("Soto", "Soto", "PROPN", "NNP", "nsubj", 4),
            ("arrived", "arrive", "VERB", "VBD", "ROOT", 4),
            (".", ".", "PUNCT", ".", "punct", 4),
            ("Later", "later", "ADV", "RB", "advmod", 8),
            ("Soto", "Soto", "PROPN", "NNP", "nsubj", 8),
            ("spoke", "speak", "VERB", "VBD", "ROOT", 8),
            (".", ".", "PUNCT", ".", "punct", 8),
        ],
        ents=[(2, 4, "PERSON"), *([(7, 8, label)] if label else [])],
    )
    assert mentions[7].rule == "surname" and mentions[7].actor.code == "CHLGOV"


def test_article_actors_a_known_place_named_like_a_person_stays_a_place(mentions_of):
    # "Ana Lima met the press. Lima welcomed her." — Lima the city (Peru), not Ana Lima
    rows = [
        ("Ana", "Ana", "PROPN", "NNP", "compound", 1),
        ("Lima", "Lima", "PROPN", "NNP", "nsubj", 2),
        ("met", "meet", "VERB", "VBD", "ROOT", 2),
        ("the", "the", "DET", "DT", "det", 4),
        ("press", "press", "NOUN", "NN", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
        ("Lima", "Lima", "PROPN", "NNP", "nsubj", 7),
        ("welcomed", "welcome", "VERB", "VBD", "ROOT", 7),
        ("her", "she", "PRON", "PRP", "dobj", 7),
        (".", ".", "PUNCT", ".", "punct", 7),
    ]
    mentions = mentions_of(rows, ents=[(0, 2, "PERSON"), (6, 7, "GPE")])
    assert 6 not in mentions or mentions[6].rule != "surname"


@pytest.mark.parametrize(
    ("name_label", "short_label", "short_rule"),
    [
        ("ORG", "ORG", "short name"),
        # the model reads the name after the role noun as a building and the short name as a place
        ("FAC", "GPE", "surname"),
    ],
)
def test_article_actors_an_organisation_named_by_its_first_word_is_the_one_named_before(
    mentions_of, name_label, short_label, short_rule
):
    # "The Chilean company Andes Mining protested. Andes said no." — Andes is Andes Mining
    rows = [
        ("The", "the", "DET", "DT", "det", 4),
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 2),
        ("company", "company", "NOUN", "NN", "compound", 4),
        ("Andes", "Andes", "PROPN", "NNP", "compound", 4),
        ("Mining", "Mining", "PROPN", "NNP", "nsubj", 5),
        ("protested", "protest", "VERB", "VBD", "ROOT", 5),
        (".", ".", "PUNCT", ".", "punct", 5),
        ("Andes", "Andes", "PROPN", "NNP", "nsubj", 8),
        ("said", "say", "VERB", "VBD", "ROOT", 8),
        ("no", "no", "INTJ", "UH", "dobj", 8),
        (".", ".", "PUNCT", ".", "punct", 8),
    ]
    mentions = mentions_of(rows, ents=[(3, 5, name_label), (7, 8, short_label)])
    assert mentions[3].actor.code == "CHLBUS"
    assert mentions[7].rule == short_rule and mentions[7].actor.code == "CHLBUS"


def test_article_actors_country_words_before_a_name_only_from_its_own_phrase(mentions_of):
    # "Chilean troops killed Ana Soto, head of Peru's militia." — Soto is not Chilean.
    mentions = mentions_of(
        [
            ("Chilean", "chilean", "ADJ", "JJ", "amod", 1),
            ("troops", "troop", "NOUN", "NNS", "nsubj", 2),
            ("killed", "kill", "VERB", "VBD", "ROOT", 2),
            ("Ana", "Ana", "PROPN", "NNP", "compound", 4),
            ("Soto", "Soto", "PROPN", "NNP", "dobj", 2),
            (",", ",", "PUNCT", ",", "punct", 4),
            ("head", "head", "NOUN", "NN", "appos", 4),
            ("of", "of", "ADP", "IN", "prep", 6),
            ("Peru", "Peru", "PROPN", "NNP", "poss", 10),
            ("'s", "'s", "PART", "POS", "case", 8),
            ("militia", "militia", "NOUN", "NN", "pobj", 7),
            (".", ".", "PUNCT", ".", "punct", 2),
        ],
        ents=[(3, 5, "PERSON")],
    )
    assert mentions[3].actor.country == "PER"


def test_article_actors_a_plural_refers_to_the_actors_named_together_before(blank_nlp, resolver):
    # "Chile and Peru met. The two countries agreed. They signed." — both references are the pair.
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Peru", "Peru", "PROPN", "NNP", "conj", 0),
        ("met", "meet", "VERB", "VBD", "ROOT", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
        ("The", "the", "DET", "DT", "det", 7),
        ("two", "two", "NUM", "CD", "nummod", 7),
        ("countries", "country", "NOUN", "NNS", "nsubj", 8),
        ("agreed", "agree", "VERB", "VBD", "ROOT", 8),
        (".", ".", "PUNCT", ".", "punct", 8),
        ("They", "they", "PRON", "PRP", "nsubj", 11),
        ("signed", "sign", "VERB", "VBD", "ROOT", 11),
        (".", ".", "PUNCT", ".", "punct", 11),
    ]
    from tests.conftest import make_doc

    doc = resolver(make_doc(blank_nlp, rows))
    by_token: dict[int, set[str]] = {}
    for m in doc._.actor_mentions:
        by_token.setdefault(m.head, set()).add(m.actor.code)
    assert by_token[7] == {"CHL", "PER"} and by_token[10] == {"CHL", "PER"}


def test_article_actors_their_in_the_coordination_s_own_sentence_is_not_resolved(mentions_of):
    # "Chile and Peru postponed their talks." — 'their' is the pair's own, no earlier group.
    mentions = mentions_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3),
            ("and", "and", "CCONJ", "CC", "cc", 0),
            ("Peru", "Peru", "PROPN", "NNP", "conj", 0),
            ("postponed", "postpone", "VERB", "VBD", "ROOT", 3),
            ("their", "their", "PRON", "PRP$", "poss", 5),
            ("talks", "talk", "NOUN", "NNS", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 3),
        ]
    )
    assert 4 not in mentions


def test_article_actors_names_that_are_not_people_are_not_minted(mentions_of):
    # A disease name and a building tagged PERSON by the model are no actors; a full name is.
    disease = mentions_of(
        [
            ("COVID-19", "covid-19", "PROPN", "NNP", "nsubj", 1),
            ("spread", "spread", "VERB", "VBD", "ROOT", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
        ents=[(0, 1, "PERSON")],
    )
    building = mentions_of(
        [
            ("They", "they", "PRON", "PRP", "nsubj", 1),
            ("visited", "visit", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 4),
            ("Hagia", "Hagia", "PROPN", "NNP", "compound", 4),
            ("Sophia", "Sophia", "PROPN", "NNP", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
        ents=[(3, 5, "PERSON")],
    )
    person = mentions_of(
        [
            ("Ana", "Ana", "PROPN", "NNP", "compound", 1),
            ("Soto", "Soto", "PROPN", "NNP", "nsubj", 2),
            ("spoke", "speak", "VERB", "VBD", "ROOT", 2),
            (".", ".", "PUNCT", ".", "punct", 2),
        ],
        ents=[(0, 2, "PERSON")],
    )
    assert 0 not in disease and 3 not in building and person[0].actor.type == "Person"


def test_article_actors_first_person_in_a_quote_is_its_speaker(claims_of):
    # 'Chile said: "We expelled Peru's envoy."' — "we" is Chile, and the claim is Chile's report.
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("said", "say", "VERB", "VBD", "ROOT", 1),
            (":", ":", "PUNCT", ":", "punct", 1),
            ('"', '"', "PUNCT", "``", "punct", 4),
            ("We", "we", "PRON", "PRP", "nsubj", 5),
            ("expelled", "expel", "VERB", "VBD", "ccomp", 1),
            ("Peru", "Peru", "PROPN", "NNP", "poss", 8),
            ("'s", "'s", "PART", "POS", "case", 6),
            ("envoy", "envoy", "NOUN", "NN", "dobj", 5),
            (".", ".", "PUNCT", ".", "punct", 5),
            ('"', '"', "PUNCT", "''", "punct", 5),
        ]
    )
    [claim] = [c for c in claims if c.object.country == "PER"]
    assert claim.subject.code == "CHL" and claim.modality == "reported" and claim.attributed_to.code == "CHL"


def test_article_actors_a_speaker_s_own_words_in_a_quote_are_their_act(claims_of):
    # 'Chile said: "We condemn Peru's decision."' — the condemnation is done by saying it: asserted
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("said", "say", "VERB", "VBD", "ROOT", 1),
            (":", ":", "PUNCT", ":", "punct", 1),
            ('"', '"', "PUNCT", "``", "punct", 4),
            ("We", "we", "PRON", "PRP", "nsubj", 5),
            ("condemn", "condemn", "VERB", "VBP", "ccomp", 1),
            ("Peru", "Peru", "PROPN", "NNP", "poss", 8),
            ("'s", "'s", "PART", "POS", "case", 6),
            ("decision", "decision", "NOUN", "NN", "dobj", 5),
            (".", ".", "PUNCT", ".", "punct", 5),
            ('"', '"', "PUNCT", "''", "punct", 5),
        ]
    )
    [claim] = [c for c in claims if c.object.country == "PER"]
    assert (claim.subject.code, claim.relation, claim.modality, claim.attributed_to) == (
        "CHL",
        "criticizes",
        "asserted",
        None,
    )


def test_article_actors_its_is_the_governing_subject_and_the_shot_down_plane_is_its_state(claims_of):
    # "Peru admitted its navy shot down a Chilean plane." — its = Peru; the plane's demonym is the target.
    claims = claims_of(
        [
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
            ("admitted", "admit", "VERB", "VBD", "ROOT", 1),
            ("its", "its", "PRON", "PRP$", "poss", 3),
            ("navy", "navy", "NOUN", "NN", "nsubj", 4),
            ("shot", "shoot", "VERB", "VBD", "ccomp", 1),
            ("down", "down", "ADP", "RP", "prt", 4),
            ("a", "a", "DET", "DT", "det", 8),
            ("Chilean", "chilean", "ADJ", "JJ", "amod", 8),
            ("plane", "plane", "NOUN", "NN", "dobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    shot = [c for c in claims if c.trigger == "shot"]
    assert [(c.subject.country, c.object.country, c.cameo) for c in shot] == [("PER", "CHL", "190")]


def test_article_actors_its_is_unresolved_when_two_subjects_compete(mentions_of):
    # "Chile demanded that Peru end its blockade." — its could be either: no guess.
    mentions = mentions_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("demanded", "demand", "VERB", "VBD", "ROOT", 1),
            ("that", "that", "SCONJ", "IN", "mark", 4),
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 4),
            ("end", "end", "VERB", "VB", "ccomp", 1),
            ("its", "its", "PRON", "PRP$", "poss", 6),
            ("blockade", "blockade", "NOUN", "NN", "dobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert 5 not in mentions


def test_article_actors_counterparts_named_by_coordinated_demonyms_are_each_a_state_official(mentions_of):
    # "Soto and her Peruvian and Bolivian counterparts met." — two more officials, one per demonym.
    mentions = mentions_of(
        [
            ("Soto", "Soto", "PROPN", "NNP", "nsubj", 7),
            ("and", "and", "CCONJ", "CC", "cc", 0),
            ("her", "her", "PRON", "PRP$", "poss", 6),
            ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 6),
            ("and", "and", "CCONJ", "CC", "cc", 3),
            ("Bolivian", "bolivian", "ADJ", "JJ", "conj", 3),
            ("counterparts", "counterpart", "NOUN", "NNS", "conj", 0),
            ("met", "meet", "VERB", "VBD", "ROOT", 7),
            (".", ".", "PUNCT", ".", "punct", 7),
        ]
    )
    assert {m.actor.code for m in mentions.values() if m.head == 6} == {"PERGOV", "BOLGOV"}


def test_article_actors_they_two_sentences_on_is_the_group_when_no_other_subject_intervenes(blank_nlp, resolver):
    # "Chile and Peru met. The meeting lasted. They agreed." — no other subject 'they' could mean: the pair.
    # "Chile and Peru met. Bolivia objected there. They agreed." — a state between: who 'they' are is open.
    from tests.conftest import make_doc

    def references(middle: list[tuple[str, str, str, str, str, int]]) -> set[str]:
        rows = [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3),
            ("and", "and", "CCONJ", "CC", "cc", 0),
            ("Peru", "Peru", "PROPN", "NNP", "conj", 0),
            ("met", "meet", "VERB", "VBD", "ROOT", 3),
            (".", ".", "PUNCT", ".", "punct", 3),
            *middle,
            (".", ".", "PUNCT", ".", "punct", 7),
            ("They", "they", "PRON", "PRP", "nsubj", 10),
            ("agreed", "agree", "VERB", "VBD", "ROOT", 10),
            (".", ".", "PUNCT", ".", "punct", 10),
        ]
        doc = resolver(make_doc(blank_nlp, rows))
        return {m.actor.code for m in doc._.actor_mentions if m.head == 9}

    calm = [
        ("The", "the", "DET", "DT", "det", 6),
        ("meeting", "meeting", "NOUN", "NN", "nsubj", 7),
        ("lasted", "last", "VERB", "VBD", "ROOT", 7),
    ]
    objected = [
        ("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 6),
        ("objected", "object", "VERB", "VBD", "ROOT", 6),
        ("there", "there", "ADV", "RB", "advmod", 6),
    ]
    assert references(calm) == {"CHL", "PER"}
    assert references(objected) == set()


def test_article_actors_a_role_noun_from_a_state_is_that_state_s(mentions_of):
    # "Delegates from Peru arrived."
    mentions = mentions_of(
        [
            ("Delegates", "delegate", "NOUN", "NNS", "nsubj", 3),
            ("from", "from", "ADP", "IN", "prep", 0),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 1),
            ("arrived", "arrive", "VERB", "VBD", "ROOT", 3),
            (".", ".", "PUNCT", ".", "punct", 3),
        ]
    )
    assert mentions[0].actor.country == "PER" and mentions[0].rule == "sector"


def test_article_actors_an_unlisted_ministry_of_a_state_is_that_state_s_government(mentions_of):
    # "The Foreign Ministry of Peru protested." — a role noun heads the name, the state follows 'of'.
    ministry = mentions_of(
        [
            ("The", "the", "DET", "DT", "det", 2),
            ("Foreign", "Foreign", "PROPN", "NNP", "compound", 2),
            ("Ministry", "Ministry", "PROPN", "NNP", "nsubj", 5),
            ("of", "of", "ADP", "IN", "prep", 2),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 3),
            ("protested", "protest", "VERB", "VBD", "ROOT", 5),
            (".", ".", "PUNCT", ".", "punct", 5),
        ],
        ents=[(0, 5, "ORG")],
    )
    # "The Museum of Peru opened." — no role of a state: whose it is stays open.
    museum = mentions_of(
        [
            ("The", "the", "DET", "DT", "det", 1),
            ("Museum", "Museum", "PROPN", "NNP", "nsubj", 4),
            ("of", "of", "ADP", "IN", "prep", 1),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 2),
            ("opened", "open", "VERB", "VBD", "ROOT", 4),
            (".", ".", "PUNCT", ".", "punct", 4),
        ],
        ents=[(0, 4, "ORG")],
    )
    assert ministry[0].actor.code == "PERGOV" and museum[0].actor.code is None


def test_article_actors_an_acronym_written_as_a_word_is_the_organisation(mentions_of):
    # "Peru asked Interpol for help."
    mentions = mentions_of(
        [
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
            ("asked", "ask", "VERB", "VBD", "ROOT", 1),
            ("Interpol", "Interpol", "PROPN", "NNP", "dobj", 1),
            ("for", "for", "ADP", "IN", "prep", 1),
            ("help", "help", "NOUN", "NN", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
        ents=[(2, 3, "ORG")],
    )
    assert mentions[2].actor.code == "IGOCOPITP"


def test_article_actors_a_state_backed_group_is_backed_by_that_state_not_its_own(claims_of):
    # "They fought the FARC, a Venezuelan-backed group." — Venezuela backs the FARC.
    claims = claims_of(
        [
            ("They", "they", "PRON", "PRP", "nsubj", 1),
            ("fought", "fight", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3),
            ("FARC", "FARC", "PROPN", "NNP", "dobj", 1),
            (",", ",", "PUNCT", ",", "punct", 3),
            ("a", "a", "DET", "DT", "det", 9),
            ("Venezuelan", "venezuelan", "ADJ", "JJ", "npadvmod", 8),
            ("-", "-", "PUNCT", "HYPH", "punct", 8),
            ("backed", "back", "VERB", "VBN", "amod", 9),
            ("group", "group", "NOUN", "NN", "appos", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
        ents=[(3, 4, "ORG"), (6, 7, "NORP")],
    )
    backed = [(c.subject.country, c.relation, c.object.code) for c in claims if c.trigger == "backed"]
    assert backed == [("VEN", "supports", "COLREB")]


def test_article_actors_a_role_owned_through_a_pronoun_is_a_sector_of_its_state(claims_of):
    # "Peruvian students criticized their government." — a domestic dyad: students against government.
    claims = claims_of(
        [
            ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 1),
            ("students", "student", "NOUN", "NNS", "nsubj", 2),
            ("criticized", "criticize", "VERB", "VBD", "ROOT", 2),
            ("their", "their", "PRON", "PRP$", "poss", 4),
            ("government", "government", "NOUN", "NN", "dobj", 2),
            (".", ".", "PUNCT", ".", "punct", 2),
        ]
    )
    assert [(c.subject.country, c.object.code) for c in claims] == [("PER", "PERGOV")]


def test_article_actors_a_state_acting_on_its_own_people_acts_on_no_other(claims_of):
    # "Peru urged its citizens to leave." — internal to Peru: no dyad.
    claims = claims_of(
        [
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
            ("urged", "urge", "VERB", "VBD", "ROOT", 1),
            ("its", "its", "PRON", "PRP$", "poss", 3),
            ("citizens", "citizen", "NOUN", "NNS", "dobj", 1),
            ("to", "to", "PART", "TO", "aux", 5),
            ("leave", "leave", "VERB", "VB", "xcomp", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert claims == []


def test_article_actors_members_named_with_such_as_stand_for_the_group(claims_of):
    # "Neighbours such as Chile criticized Peru."
    claims = claims_of(
        [
            ("Neighbours", "neighbour", "NOUN", "NNS", "nsubj", 4),
            ("such", "such", "ADJ", "JJ", "amod", 2),
            ("as", "as", "ADP", "IN", "prep", 0),
            ("Chile", "Chile", "PROPN", "NNP", "pobj", 2),
            ("criticized", "criticize", "VERB", "VBD", "ROOT", 4),
            ("Peru", "Peru", "PROPN", "NNP", "dobj", 4),
            (".", ".", "PUNCT", ".", "punct", 4),
        ]
    )
    assert [(c.subject.country, c.object.country) for c in claims] == [("CHL", "PER")]


def test_article_actors_a_courtesy_title_is_no_part_of_the_name(mentions_of):
    # "Mr Putin spoke."
    mentions = mentions_of(
        [
            ("Mr", "Mr", "PROPN", "NNP", "compound", 1),
            ("Putin", "Putin", "PROPN", "NNP", "nsubj", 2),
            ("spoke", "speak", "VERB", "VBD", "ROOT", 2),
            (".", ".", "PUNCT", ".", "punct", 2),
        ],
        ents=[(0, 2, "PERSON")],
    )
    assert mentions[0].actor.code == "RUSGOV"


def test_article_actors_the_definite_title_is_the_officeholder_named_just_before(mentions_of):
    # "Vladimir Putin flew to Egypt. The president spoke." — Putin, not Egypt's president.
    mentions = mentions_of(
        [
            ("Vladimir", "Vladimir", "PROPN", "NNP", "compound", 1),
            ("Putin", "Putin", "PROPN", "NNP", "nsubj", 2),
            ("flew", "fly", "VERB", "VBD", "ROOT", 2),
            ("to", "to", "ADP", "IN", "prep", 2),
            ("Egypt", "Egypt", "PROPN", "NNP", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 2),
            ("The", "the", "DET", "DT", "det", 7),
            ("president", "president", "NOUN", "NN", "nsubj", 8),
            ("spoke", "speak", "VERB", "VBD", "ROOT", 8),
            (".", ".", "PUNCT", ".", "punct", 8),
        ],
        ents=[(0, 2, "PERSON"), (4, 5, "GPE")],
    )
    assert mentions[6].actor.label == "Vladimir Putin" and mentions[6].rule == "coreference"


def test_article_actors_a_title_without_a_state_takes_the_one_state_named_before(mentions_of):
    # "Peru sent aid. Interior Minister Ana Soto visited Chile." — Chile is where she went, Peru whose minister.
    mentions = mentions_of(
        [
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
            ("sent", "send", "VERB", "VBD", "ROOT", 1),
            ("aid", "aid", "NOUN", "NN", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
            ("Interior", "Interior", "PROPN", "NNP", "compound", 5),
            ("Minister", "Minister", "PROPN", "NNP", "compound", 7),
            ("Ana", "Ana", "PROPN", "NNP", "compound", 7),
            ("Soto", "Soto", "PROPN", "NNP", "nsubj", 8),
            ("visited", "visit", "VERB", "VBD", "ROOT", 8),
            ("Chile", "Chile", "PROPN", "NNP", "dobj", 8),
            (".", ".", "PUNCT", ".", "punct", 8),
        ],
        ents=[(0, 1, "GPE"), (6, 8, "PERSON"), (9, 10, "GPE")],
    )
    assert mentions[6].actor.code == "PERGOV"


def test_article_actors_a_bare_singular_role_noun_names_no_body(mentions_of):
    # "Peru said Soto faces tough opposition." — opposition to a plan, not Peru's opposition.
    mentions = mentions_of(
        [
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
            ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("Soto", "Soto", "PROPN", "NNP", "nsubj", 3),
            ("faces", "face", "VERB", "VBZ", "ccomp", 1),
            ("tough", "tough", "ADJ", "JJ", "amod", 5),
            ("opposition", "opposition", "NOUN", "NN", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert 5 not in mentions and 4 not in mentions


def test_article_actors_a_group_led_by_a_state_acts_as_that_state(mentions_of):
    # "A Chilean-led coalition and the Peru-led forces moved."
    mentions = mentions_of(
        [
            ("A", "a", "DET", "DT", "det", 4),
            ("Chilean", "chilean", "ADJ", "JJ", "npadvmod", 3),
            ("-", "-", "PUNCT", "HYPH", "punct", 3),
            ("led", "lead", "VERB", "VBN", "amod", 4),
            ("coalition", "coalition", "NOUN", "NN", "nsubj", 9),
            ("and", "and", "CCONJ", "CC", "cc", 4),
            ("the", "the", "DET", "DT", "det", 8),
            ("Peru-led", "peru-led", "ADJ", "JJ", "amod", 8),
            ("forces", "force", "NOUN", "NNS", "conj", 4),
            ("moved", "move", "VERB", "VBD", "ROOT", 9),
            (".", ".", "PUNCT", ".", "punct", 9),
        ]
    )
    assert mentions[1].actor.code == "CHL" and mentions[1].end == 5
    assert mentions[7].actor.code == "PERMIL"


def test_article_actors_a_person_in_apposition_to_an_organisation_s_role_acts_for_it(mentions_of):
    # "Ana Ruiz, a UN envoy, spoke."
    mentions = mentions_of(
        [
            ("Ana", "Ana", "PROPN", "NNP", "compound", 1),
            ("Ruiz", "Ruiz", "PROPN", "NNP", "nsubj", 7),
            (",", ",", "PUNCT", ",", "punct", 1),
            ("a", "a", "DET", "DT", "det", 5),
            ("UN", "UN", "PROPN", "NNP", "compound", 5),
            ("envoy", "envoy", "NOUN", "NN", "appos", 1),
            (",", ",", "PUNCT", ",", "punct", 1),
            ("spoke", "speak", "VERB", "VBD", "ROOT", 7),
            (".", ".", "PUNCT", ".", "punct", 7),
        ],
        ents=[(0, 2, "PERSON"), (4, 5, "ORG")],
    )
    assert mentions[0].actor.type == "Person" and mentions[0].actor.code == "IGOUNO"


def test_article_actors_a_state_named_as_the_place_is_the_role_noun_s_state(mentions_of):
    # "Police fired at protesters in Chile."
    mentions = mentions_of(
        [
            ("Police", "police", "NOUN", "NN", "nsubj", 1),
            ("fired", "fire", "VERB", "VBD", "ROOT", 1),
            ("at", "at", "ADP", "IN", "prep", 1),
            ("protesters", "protester", "NOUN", "NNS", "pobj", 2),
            ("in", "in", "ADP", "IN", "prep", 1),
            ("Chile", "Chile", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert mentions[0].actor.code == "CHLCOP" and mentions[3].actor.code == "CHLOPP"


def test_article_actors_a_role_noun_far_from_any_state_takes_the_one_the_article_is_about(mentions_of):
    # "Chile voted. It rained. It snowed. Then the police arrived."
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("voted", "vote", "VERB", "VBD", "ROOT", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
        ("It", "it", "PRON", "PRP", "nsubj", 4),
        ("rained", "rain", "VERB", "VBD", "ROOT", 4),
        (".", ".", "PUNCT", ".", "punct", 4),
        ("It", "it", "PRON", "PRP", "nsubj", 7),
        ("snowed", "snow", "VERB", "VBD", "ROOT", 7),
        (".", ".", "PUNCT", ".", "punct", 7),
        ("Then", "then", "ADV", "RB", "advmod", 12),
        ("the", "the", "DET", "DT", "det", 11),
        ("police", "police", "NOUN", "NNS", "nsubj", 12),
        ("arrived", "arrive", "VERB", "VBD", "ROOT", 12),
        (".", ".", "PUNCT", ".", "punct", 12),
    ]
    assert mentions_of(rows)[10].actor.code == "CHLCOP"
    # with a second state named as often, no guess: "Chile voted. Peru voted. It rained. It snowed. …"
    peru_voted = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 4),
        ("voted", "vote", "VERB", "VBD", "ROOT", 4),
        (".", ".", "PUNCT", ".", "punct", 4),
    ]
    rows = [*rows[:3], *peru_voted, *[(*row[:5], row[5] + 3) for row in rows[3:]]]
    assert 13 not in mentions_of(rows)


def test_article_actors_an_organisation_reporting_what_they_did_speaks_of_itself(mentions_of):
    # "Chileans waited. UNICEF said they had sent aid."
    mentions = mentions_of(
        [
            ("Chileans", "Chileans", "PROPN", "NNPS", "nsubj", 1),
            ("waited", "wait", "VERB", "VBD", "ROOT", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
            ("UNICEF", "UNICEF", "PROPN", "NNP", "nsubj", 4),
            ("said", "say", "VERB", "VBD", "ROOT", 4),
            ("they", "they", "PRON", "PRP", "nsubj", 7),
            ("had", "have", "AUX", "VBD", "aux", 7),
            ("sent", "send", "VERB", "VBN", "ccomp", 4),
            ("aid", "aid", "NOUN", "NN", "dobj", 7),
            (".", ".", "PUNCT", ".", "punct", 4),
        ],
        ents=[(3, 4, "ORG")],
    )
    assert mentions[5].actor.code == mentions[3].actor.code == "IGOUNOKID"


def test_article_actors_a_subject_pronoun_goes_on_with_the_last_one_of_its_gender(mentions_of):
    # "Ana Ruiz spoke. She thanked President Gabriel Boric. She left."
    rows = [
        ("Ana", "Ana", "PROPN", "NNP", "compound", 1),
        ("Ruiz", "Ruiz", "PROPN", "NNP", "nsubj", 2),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
        ("She", "she", "PRON", "PRP", "nsubj", 5),
        ("thanked", "thank", "VERB", "VBD", "ROOT", 5),
        ("President", "President", "PROPN", "NNP", "compound", 8),
        ("Gabriel", "Gabriel", "PROPN", "NNP", "compound", 8),
        ("Boric", "Boric", "PROPN", "NNP", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 5),
        ("She", "she", "PRON", "PRP", "nsubj", 11),
        ("left", "leave", "VERB", "VBD", "ROOT", 11),
        (".", ".", "PUNCT", ".", "punct", 11),
    ]
    mentions = mentions_of(rows, ents=[(0, 2, "PERSON"), (7, 9, "PERSON")])
    assert mentions[10].actor.label == mentions[4].actor.label == "Ana Ruiz"


@pytest.mark.parametrize(
    ("pronoun", "dep", "antecedent"),
    [
        ("He", "nsubj", "Gabriel Boric"),  # a subject pronoun goes on with the last sentence's subject
        ("him", "dobj", "Luis Arce"),  # any other takes the person named last
    ],
)
def test_article_actors_a_new_sentence_s_subject_pronoun_prefers_the_last_subject(
    mentions_of, pronoun, dep, antecedent
):
    # "Gabriel Boric received Luis Arce. He thanked Peru." / "Peru thanked him."
    subject_first = dep == "nsubj"
    rows = [
        ("Gabriel", "Gabriel", "PROPN", "NNP", "compound", 1),
        ("Boric", "Boric", "PROPN", "NNP", "nsubj", 2),
        ("received", "receive", "VERB", "VBD", "ROOT", 2),
        ("Luis", "Luis", "PROPN", "NNP", "compound", 4),
        ("Arce", "Arce", "PROPN", "NNP", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
        (
            pronoun if subject_first else "Peru",
            pronoun.lower() if subject_first else "Peru",
            "PRON" if subject_first else "PROPN",
            "PRP" if subject_first else "NNP",
            "nsubj",
            7,
        ),
        ("thanked", "thank", "VERB", "VBD", "ROOT", 7),
        (
            "Peru" if subject_first else pronoun,
            "Peru" if subject_first else pronoun,
            "PROPN" if subject_first else "PRON",
            "NNP" if subject_first else "PRP",
            "dobj",
            7,
        ),
        (".", ".", "PUNCT", ".", "punct", 7),
    ]
    ents = [(0, 2, "PERSON"), (3, 5, "PERSON"), ((8, 9) if subject_first else (6, 7)) + ("GPE",)]
    mentions = mentions_of(rows, ents=ents)
    assert mentions[6 if subject_first else 8].actor.label == antecedent


def test_article_actors_a_people_named_where_another_state_is_is_not_their_state(mentions_of):
    # "Peruvians in Chile protested." — a diaspora, not Peru
    mentions = mentions_of(
        [
            ("Peruvians", "Peruvians", "PROPN", "NNPS", "nsubj", 3),
            ("in", "in", "ADP", "IN", "prep", 0),
            ("Chile", "Chile", "PROPN", "NNP", "pobj", 1),
            ("protested", "protest", "VERB", "VBD", "ROOT", 3),
            (".", ".", "PUNCT", ".", "punct", 3),
        ],
        ents=[(0, 1, "NORP"), (2, 3, "GPE")],
    )
    assert 0 not in mentions


@pytest.mark.parametrize(
    ("pronoun", "dep", "resolved"),
    [
        ("them", "dobj", False),  # the nearer plural, the papers, is what was published
        ("they", "nsubj", True),  # a subject pronoun goes on with the subject group
    ],
)
def test_article_actors_a_plural_pronoun_skips_no_nearer_plural_thing(mentions_of, pronoun, dep, resolved):
    # "Kenyan rebels marched. Reporters obtained the papers and published them." /
    # "… and they published …"
    mentions = mentions_of(
        [
            ("Kenyan", "kenyan", "ADJ", "JJ", "amod", 1),
            ("rebels", "rebel", "NOUN", "NNS", "nsubj", 2),
            ("marched", "march", "VERB", "VBD", "ROOT", 2),
            (".", ".", "PUNCT", ".", "punct", 2),
            ("Reporters", "reporter", "NOUN", "NNS", "nsubj", 5),
            ("obtained", "obtain", "VERB", "VBD", "ROOT", 5),
            ("the", "the", "DET", "DT", "det", 7),
            ("papers", "paper", "NOUN", "NNS", "dobj", 5),
            ("and", "and", "CCONJ", "CC", "cc", 5),
            ("published", "publish", "VERB", "VBD", "conj", 5),
            (pronoun, pronoun, "PRON", "PRP", dep, 9),
            (".", ".", "PUNCT", ".", "punct", 5),
        ],
    )
    assert (10 in mentions) is resolved, mentions


def test_article_actors_the_country_of_the_outlet_reporting_places_no_role_noun(mentions_of):
    # "Peru held a vote. The government banned rallies, ABC of Chile reported."
    mentions = mentions_of(
        [
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
            ("held", "hold", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 3),
            ("vote", "vote", "NOUN", "NN", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
            ("The", "the", "DET", "DT", "det", 6),
            ("government", "government", "NOUN", "NN", "nsubj", 7),
            ("banned", "ban", "VERB", "VBD", "ccomp", 13),
            ("rallies", "rally", "NOUN", "NNS", "dobj", 7),
            (",", ",", "PUNCT", ",", "punct", 13),
            ("ABC", "ABC", "PROPN", "NNP", "nsubj", 13),
            ("of", "of", "ADP", "IN", "prep", 10),
            ("Chile", "Chile", "PROPN", "NNP", "pobj", 11),
            ("reported", "report", "VERB", "VBD", "ROOT", 13),
            (".", ".", "PUNCT", ".", "punct", 13),
        ],
        ents=[(10, 11, "ORG"), (12, 13, "GPE")],
    )
    assert mentions[5].actor.code == "PERGOV", mentions[5]


@pytest.mark.parametrize(
    ("verb", "lemma", "dep", "speaks"), [("reported", "report", "nsubj", True), ("crossed", "cross", "dobj", False)]
)
def test_article_actors_a_place_name_that_speaks_is_an_organisation(mentions_of, verb, lemma, dep, speaks):
    # "The Pacific reported …" (an outlet named like a place) / "Ships crossed the Pacific."
    rows = (
        [
            ("The", "the", "DET", "DT", "det", 1),
            ("Pacific", "Pacific", "PROPN", "NNP", dep, 2),
            (verb, lemma, "VERB", "VBD", "ROOT", 2),
        ]
        if speaks
        else [
            ("Ships", "ship", "NOUN", "NNS", "nsubj", 1),
            (verb, lemma, "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3),
            ("Pacific", "Pacific", "PROPN", "NNP", dep, 1),
        ]
    )
    where = 1 if speaks else 3
    mentions = mentions_of(
        [*rows, (".", ".", "PUNCT", ".", "punct", 2 if speaks else 1)], ents=[(where, where + 1, "LOC")]
    )
    assert (where in mentions and mentions[where].actor.type == "Organization") is speaks


def test_article_actors_one_unknown_person_with_two_codes_is_two_actors(mentions_of):
    # "Chilean minister Ana Soto spoke." / "Peruvian minister Ana Soto spoke." (two articles)
    def soto(demonym: str) -> ActorMention:
        rows = [
            (demonym, demonym.lower(), "ADJ", "JJ", "amod", 1),
            ("minister", "minister", "NOUN", "NN", "compound", 3),
            ("Ana", "Ana", "PROPN", "NNP", "compound", 3),
            ("Soto", "Soto", "PROPN", "NNP", "nsubj", 4),
            ("spoke", "speak", "VERB", "VBD", "ROOT", 4),
            (".", ".", "PUNCT", ".", "punct", 4),
        ]
        return next(m for m in mentions_of(rows, ents=[(2, 4, "PERSON")]).values() if m.actor.label == "Ana Soto")

    chilean, peruvian = soto("Chilean"), soto("Peruvian")
    assert (chilean.actor.code, peruvian.actor.code) == ("CHLGOV", "PERGOV")
    assert chilean.actor.iri != peruvian.actor.iri


@pytest.mark.parametrize(
    ("noun", "lemma", "coded"),
    [("Protesters", "protester", "PEROPP"), ("Judges", "judge", "PERJUD"), ("Troops", "troop", None)],
)
def test_article_actors_a_role_noun_in_a_known_city_is_that_states_body(mentions_of, noun, lemma, coded):
    # "Protesters in Lima marched." — a city makes a home body its state's; troops may be anyone's.
    rows = [
        (noun, lemma, "NOUN", "NNS", "nsubj", 3),
        ("in", "in", "ADP", "IN", "prep", 0),
        ("Lima", "Lima", "PROPN", "NNP", "pobj", 1),
        ("marched", "march", "VERB", "VBD", "ROOT", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    mentions = mentions_of(rows, ents=[(2, 3, "GPE")])
    assert (mentions[0].actor.code if 0 in mentions else None) == coded


@pytest.mark.parametrize(
    ("noun", "lemma", "other_code", "coded"),
    [("police", "police", "PERCOP", "PEROPP"), ("troops", "troop", "PERMIL", None)],
)
def test_article_actors_a_home_body_in_the_clause_does_not_make_the_state_foreign(
    mentions_of, noun, lemma, other_code, coded
):
    # "Peruvian police / troops fired on the demonstrators.": beside the state's own police the
    # demonstrators are its own; troops may be fighting abroad, so they say nothing of them.
    rows = [
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 1),
        (noun, lemma, "NOUN", "NNS", "nsubj", 2),
        ("fired", "fire", "VERB", "VBD", "ROOT", 2),
        ("on", "on", "ADP", "IN", "prep", 2),
        ("the", "the", "DET", "DT", "det", 5),
        ("demonstrators", "demonstrator", "NOUN", "NNS", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    mentions = mentions_of(rows, ents=[(0, 1, "NORP")])
    assert mentions[0].actor.code == other_code
    assert (mentions[4].actor.code if 4 in mentions else None) == coded


@pytest.mark.parametrize(("modifier", "resolved"), [("foreign", {"CHLGOV", "PERGOV"}), ("energy", set())])
def test_article_actors_a_definite_plural_title_is_the_people_titled_so_before(blank_nlp, resolver, modifier, resolved):
    # "Chilean foreign minister Ana Soto met Peruvian foreign minister Luis Vega. The foreign /
    # energy ministers spoke.": only a title every one of them holds refers back to them.
    from tests.conftest import make_doc

    rows = [
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 2),
        ("foreign", "foreign", "ADJ", "JJ", "amod", 2),
        ("minister", "minister", "NOUN", "NN", "compound", 4),
        ("Ana", "Ana", "PROPN", "NNP", "compound", 4),
        ("Soto", "Soto", "PROPN", "NNP", "nsubj", 5),
        ("met", "meet", "VERB", "VBD", "ROOT", 5),
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 8),
        ("foreign", "foreign", "ADJ", "JJ", "amod", 8),
        ("minister", "minister", "NOUN", "NN", "compound", 10),
        ("Luis", "Luis", "PROPN", "NNP", "compound", 10),
        ("Vega", "Vega", "PROPN", "NNP", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 5),
        ("The", "the", "DET", "DT", "det", 14),
        (modifier, modifier, "ADJ" if modifier == "foreign" else "NOUN", "JJ" if modifier == "foreign" else "NN",
         "amod" if modifier == "foreign" else "compound", 14),
        ("ministers", "minister", "NOUN", "NNS", "nsubj", 15),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 15),
        (".", ".", "PUNCT", ".", "punct", 15),
    ]  # fmt: skip
    ents = [(0, 1, "NORP"), (3, 5, "PERSON"), (6, 7, "NORP"), (9, 11, "PERSON")]
    mentions = resolver(make_doc(blank_nlp, rows, ents=ents))._.actor_mentions
    assert {m.actor.code for m in mentions if m.start in {3, 9}} == {"CHLGOV", "PERGOV"}
    assert {m.actor.code for m in mentions if m.start == 14} == resolved


@pytest.mark.parametrize(
    ("name", "lemma", "coded"), [("Parliament", "parliament", "PERLEG"), ("Zentria", "zentria", None)]
)
def test_article_actors_a_body_named_by_its_role_alone_belongs_to_the_state_in_context(mentions_of, name, lemma, coded):
    # "Peru voted. Parliament / Zentria rejected the bill.": a name that is only a role noun is that
    # state's body; another unknown name stays uncoded.
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("voted", "vote", "VERB", "VBD", "ROOT", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
        (name, lemma, "PROPN", "NNP", "nsubj", 4),
        ("rejected", "reject", "VERB", "VBD", "ROOT", 4),
        ("the", "the", "DET", "DT", "det", 6),
        ("bill", "bill", "NOUN", "NN", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 4),
    ]
    mentions = mentions_of(rows, ents=[(0, 1, "GPE"), (3, 4, "ORG")])
    assert mentions[3].actor.code == coded


def test_article_actors_an_institution_something_comes_from_acts(mentions_of):
    # "Congress sought papers from the State Department.": a department is no place one comes from.
    rows = [
        ("Lawmakers", "lawmaker", "NOUN", "NNS", "nsubj", 1),
        ("sought", "seek", "VERB", "VBD", "ROOT", 1),
        ("papers", "paper", "NOUN", "NNS", "dobj", 1),
        ("from", "from", "ADP", "IN", "prep", 1),
        ("the", "the", "DET", "DT", "det", 6),
        ("State", "State", "PROPN", "NNP", "compound", 6),
        ("Department", "Department", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    mentions = mentions_of(rows, ents=[(4, 7, "ORG")])
    assert mentions[4].actor.country == "USA"


@pytest.mark.parametrize(("subject", "tag", "bound"), [("lawmakers", "NNS", True), ("Peru", "NNP", False)])
def test_article_actors_their_on_a_plural_subjects_object_is_the_subjects(mentions_of, subject, tag, bound):
    # "Chilean lawmakers / Peru abused their power.": 'their' goes with a plural subject of its verb.
    rows = [
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 1),
        (subject, "lawmaker" if tag == "NNS" else subject, "NOUN" if tag == "NNS" else "PROPN", tag, "nsubj", 2),
        ("abused", "abuse", "VERB", "VBD", "ROOT", 2),
        ("their", "their", "PRON", "PRP$", "poss", 4),
        ("power", "power", "NOUN", "NN", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    mentions = mentions_of(rows, ents=[(0, 1, "NORP")] if tag == "NNS" else [(0, 1, "NORP"), (1, 2, "GPE")])
    their = mentions.get(3)
    assert (their is not None and their.actor.code == "CHLLEG") == bound


def test_article_actors_a_plural_description_is_not_one_state(mentions_of):
    # "Peru voted. The two countries spoke.": two countries are not Peru.
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("voted", "vote", "VERB", "VBD", "ROOT", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
        ("The", "the", "DET", "DT", "det", 5),
        ("two", "two", "NUM", "CD", "nummod", 5),
        ("countries", "country", "NOUN", "NNS", "nsubj", 6),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 6),
        (".", ".", "PUNCT", ".", "punct", 6),
    ]
    mentions = mentions_of(rows, ents=[(0, 1, "GPE")])
    assert not [m for m in mentions.values() if m.start >= 3]


@pytest.mark.parametrize(("noun", "lemma", "coded"), [("protester", "protester", "CHLOPP"), ("court", "court", None)])
def test_article_actors_one_of_a_peoples_sector_is_that_sector_but_an_institution_needs_naming(
    mentions_of, noun, lemma, coded
):
    # "Chilean police shot a protester." gives Chile's dissenters; "… shot a court" no known body.
    mentions = mentions_of(
        [
            ("Chilean", "chilean", "ADJ", "JJ", "amod", 1),
            ("police", "police", "NOUN", "NNS", "nsubj", 2),
            ("shot", "shoot", "VERB", "VBD", "ROOT", 2),
            ("a", "a", "DET", "DT", "det", 4),
            (noun, lemma, "NOUN", "NN", "dobj", 2),
            (".", ".", "PUNCT", ".", "punct", 2),
        ],
        ents=[(0, 1, "NORP")],
    )
    found = mentions.get(3)
    assert (found.actor.code if found else None) == coded


def test_article_actors_a_title_naming_no_state_is_held_in_the_colleagues_named_before(mentions_of):
    # "Peruvian president Luis Quispe and energy minister Ana Soto arrived.": she is Peru's minister.
    mentions = mentions_of(
        [
            ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 1),
            ("president", "president", "NOUN", "NN", "compound", 3),
            ("Luis", "Luis", "PROPN", "NNP", "compound", 3),
            ("Quispe", "Quispe", "PROPN", "NNP", "nsubj", 9),
            ("and", "and", "CCONJ", "CC", "cc", 3),
            ("energy", "energy", "NOUN", "NN", "compound", 6),
            ("minister", "minister", "NOUN", "NN", "compound", 8),
            ("Ana", "Ana", "PROPN", "NNP", "compound", 8),
            ("Soto", "Soto", "PROPN", "NNP", "conj", 3),
            ("arrived", "arrive", "VERB", "VBD", "ROOT", 9),
            (".", ".", "PUNCT", ".", "punct", 9),
        ],
        ents=[(0, 1, "NORP"), (2, 4, "PERSON"), (7, 9, "PERSON")],
    )
    assert mentions[7].actor.code == "PERGOV"
    assert "colleague" in mentions[7].why


def test_article_actors_a_title_names_a_state_by_a_whole_name_only(mentions_of):
    # "New Jersey governor Ana Soto spoke.": a US state, not Jersey's.
    mentions = mentions_of(
        [
            ("New", "New", "PROPN", "NNP", "compound", 1),
            ("Jersey", "Jersey", "PROPN", "NNP", "compound", 2),
            ("governor", "governor", "NOUN", "NN", "compound", 4),
            ("Ana", "Ana", "PROPN", "NNP", "compound", 4),
            ("Soto", "Soto", "PROPN", "NNP", "nsubj", 5),
            ("spoke", "speak", "VERB", "VBD", "ROOT", 5),
            (".", ".", "PUNCT", ".", "punct", 5),
        ],
        ents=[(0, 2, "GPE"), (3, 5, "PERSON")],
    )
    person = mentions[3].actor
    assert person.type == "Person" and person.country != "JEY"


def _crown_prince_then(rows: list) -> list:
    # "Crown Prince Ana Soto of Peru spoke. <rows>" (the rows' heads relative to their own first row)
    return [
        ("Crown", "Crown", "PROPN", "NNP", "compound", 1),
        ("Prince", "Prince", "PROPN", "NNP", "compound", 3),
        ("Ana", "Ana", "PROPN", "NNP", "compound", 3),
        ("Soto", "Soto", "PROPN", "NNP", "nsubj", 6),
        ("of", "of", "ADP", "IN", "prep", 3),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 4),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 6),
        (".", ".", "PUNCT", ".", "punct", 6),
        *[(w, lemma, pos, tag, dep, head + 8) for w, lemma, pos, tag, dep, head in rows],
    ]


def test_article_actors_a_definite_title_is_the_one_person_named_with_it_before(mentions_of):
    # "… The crown prince left.": the prince named before, though the gazetteer lacks him.
    rows = [
        ("The", "the", "DET", "DT", "det", 2),
        ("crown", "crown", "NOUN", "NN", "compound", 2),
        ("prince", "prince", "NOUN", "NN", "nsubj", 3),
        ("left", "leave", "VERB", "VBD", "ROOT", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    mentions = mentions_of(_crown_prince_then(rows), ents=[(0, 4, "PERSON"), (5, 6, "GPE")])
    assert mentions[8].rule == "coreference" and mentions[8].actor.iri == mentions[0].actor.iri


def test_article_actors_a_title_with_its_own_state_is_not_the_one_named_before(mentions_of):
    # "… The crown prince of Chile left.": Chile's, not Peru's.
    rows = [
        ("The", "the", "DET", "DT", "det", 2),
        ("crown", "crown", "NOUN", "NN", "compound", 2),
        ("prince", "prince", "NOUN", "NN", "nsubj", 5),
        ("of", "of", "ADP", "IN", "prep", 2),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 3),
        ("left", "leave", "VERB", "VBD", "ROOT", 5),
        (".", ".", "PUNCT", ".", "punct", 5),
    ]
    mentions = mentions_of(_crown_prince_then(rows), ents=[(0, 4, "PERSON"), (5, 6, "GPE"), (12, 13, "GPE")])
    assert all(m.actor.iri != mentions[0].actor.iri for start, m in mentions.items() if start >= 8)


def test_article_actors_a_demonym_with_its_article_names_the_people_and_so_does_its_conjunct(mentions_of):
    # "The British and the French condemned the move."
    mentions = mentions_of(
        [
            ("The", "the", "DET", "DT", "det", 1),
            ("British", "british", "ADJ", "JJ", "nsubj", 5),
            ("and", "and", "CCONJ", "CC", "cc", 1),
            ("the", "the", "DET", "DT", "det", 4),
            ("French", "French", "PROPN", "NNPS", "conj", 1),
            ("condemned", "condemn", "VERB", "VBD", "ROOT", 5),
            ("the", "the", "DET", "DT", "det", 7),
            ("move", "move", "NOUN", "NN", "dobj", 5),
            (".", ".", "PUNCT", ".", "punct", 5),
        ],
        ents=[(1, 2, "NORP"), (4, 5, "NORP")],
    )
    assert {m.actor.code for m in mentions.values()} == {"GBR", "FRA"}


def test_article_actors_an_object_it_is_not_its_own_clauses_subject(mentions_of):
    # "Peru opposed it." names one actor; "Peru said Chile attacked it." makes 'it' Peru.
    opposed = mentions_of(
        [
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
            ("opposed", "oppose", "VERB", "VBD", "ROOT", 1),
            ("it", "it", "PRON", "PRP", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
        ents=[(0, 1, "GPE")],
    )
    assert list(opposed) == [0]
    attacked = mentions_of(
        [
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
            ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3),
            ("attacked", "attack", "VERB", "VBD", "ccomp", 1),
            ("it", "it", "PRON", "PRP", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
        ents=[(0, 1, "GPE"), (2, 3, "GPE")],
    )
    assert attacked[4].actor.code == "PER"


def test_article_actors_both_demonyms_of_a_hyphened_pair_on_an_event_are_actors(mentions_of):
    # "Chile welcomed the Peruvian-Bolivian border agreement."
    mentions = mentions_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("welcomed", "welcome", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 8),
            ("Peruvian", "peruvian", "ADJ", "JJ", "npadvmod", 5),
            ("-", "-", "PUNCT", "HYPH", "punct", 5),
            ("Bolivian", "bolivian", "ADJ", "JJ", "amod", 8),
            ("maritime", "maritime", "ADJ", "JJ", "amod", 8),
            ("border", "border", "NOUN", "NN", "compound", 8),
            ("agreement", "agreement", "NOUN", "NN", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
        ents=[(0, 1, "GPE"), (3, 4, "NORP"), (5, 6, "NORP")],
    )
    assert {(i, m.actor.code, m.rule) for i, m in mentions.items()} >= {
        (3, "PER", "adjective"),
        (5, "BOL", "adjective"),
    }


@pytest.mark.parametrize(("role", "code"), [("commander", "PERMIL"), ("critic", "PER")])
def test_article_actors_a_person_who_leads_a_states_body_acts_for_it(mentions_of, role, code):
    # "Juan Pardo, commander of Peru's army, spoke." (a critic of it is only placed in Peru)
    mentions = mentions_of(
        [
            ("Juan", "Juan", "PROPN", "NNP", "compound", 1),
            ("Pardo", "Pardo", "PROPN", "NNP", "nsubj", 9),
            (",", ",", "PUNCT", ",", "punct", 1),
            (role, role, "NOUN", "NN", "appos", 1),
            ("of", "of", "ADP", "IN", "prep", 3),
            ("Peru", "Peru", "PROPN", "NNP", "poss", 7),
            ("'s", "'s", "PART", "POS", "case", 5),
            ("army", "army", "NOUN", "NN", "pobj", 4),
            (",", ",", "PUNCT", ",", "punct", 1),
            ("spoke", "speak", "VERB", "VBD", "ROOT", 9),
            (".", ".", "PUNCT", ".", "punct", 9),
        ],
        ents=[(0, 2, "PERSON"), (5, 6, "GPE")],
    )
    assert mentions[0].actor.code == code


_MET_THEN = [
    ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
    ("met", "meet", "VERB", "VBD", "ROOT", 1),
    ("Chile", "Chile", "PROPN", "NNP", "dobj", 1),
    ("in", "in", "ADP", "IN", "prep", 1),
    ("Lima", "Lima", "PROPN", "NNP", "pobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_article_the_two_countries_after_a_meeting_are_those_who_met(claims_of):
    # "Peru met Chile in Lima. The two countries signed a treaty."
    rows = [
        *_MET_THEN,
        ("The", "the", "DET", "DT", "det", 8),
        ("two", "two", "NUM", "CD", "nummod", 8),
        ("countries", "country", "NOUN", "NNS", "nsubj", 9),
        ("signed", "sign", "VERB", "VBD", "ROOT", 9),
        ("a", "a", "DET", "DT", "det", 11),
        ("treaty", "treaty", "NOUN", "NN", "dobj", 9),
        (".", ".", "PUNCT", ".", "punct", 9),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE"), (7, 8, "CARDINAL")])
    signed = [(c.subject.code, c.cameo, c.object.code) for c in claims if c.relation == "signsAgreementWith"]
    assert signed == [("PER", "057", "CHL")]


def test_article_they_after_other_plural_subjects_are_not_the_meeting_parties(claims_of):
    # "Peru met Chile in Lima. Protesters gathered. They attacked Bolivia.": the protesters attacked
    rows = [
        *_MET_THEN,
        ("Protesters", "protester", "NOUN", "NNS", "nsubj", 7),
        ("gathered", "gather", "VERB", "VBD", "ROOT", 7),
        (".", ".", "PUNCT", ".", "punct", 7),
        ("They", "they", "PRON", "PRP", "nsubj", 10),
        ("attacked", "attack", "VERB", "VBD", "ROOT", 10),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "dobj", 10),
        (".", ".", "PUNCT", ".", "punct", 10),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE"), (11, 12, "GPE")])
    assert not [c for c in claims if c.relation == "attacks" and c.subject.code in {"PER", "CHL"}]


def test_article_his_after_a_titled_office_holder_is_that_holder(claims_of):
    # "The Chilean president said his government would send aid to Bolivia."
    rows = [
        ("The", "the", "DET", "DT", "det", 2),
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 2),
        ("president", "president", "NOUN", "NN", "nsubj", 3),
        ("said", "say", "VERB", "VBD", "ROOT", 3),
        ("his", "his", "PRON", "PRP$", "poss", 5),
        ("government", "government", "NOUN", "NN", "nsubj", 7),
        ("would", "would", "AUX", "MD", "aux", 7),
        ("send", "send", "VERB", "VB", "ccomp", 3),
        ("aid", "aid", "NOUN", "NN", "dobj", 7),
        ("to", "to", "ADP", "IN", "prep", 7),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "pobj", 9),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    claims = claims_of(rows, ents=[(1, 2, "NORP"), (10, 11, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code, c.modality) for c in claims] == [
        ("CHLGOV", "070", "BOL", "future")
    ]


@pytest.mark.parametrize(
    ("modifier", "coded"),
    [(None, []), ("EU", [("PERGOV", "IGOEUREEC")])],
)
def test_article_his_counterpart_is_not_of_his_own_state(claims_of, modifier, coded):
    # "The Peruvian minister met his counterpart." names no one of Peru; "… his EU counterparts" the EU's
    rows = [
        ("The", "the", "DET", "DT", "det", 2),
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 2),
        ("minister", "minister", "NOUN", "NN", "nsubj", 3),
        ("met", "meet", "VERB", "VBD", "ROOT", 3),
        ("his", "his", "PRON", "PRP$", "poss", 5 if modifier is None else 6),
    ]
    ents = [(1, 2, "NORP")]
    if modifier is not None:
        rows.append((modifier, modifier, "PROPN", "NNP", "compound", 6))
        ents.append((5, 6, "ORG"))
    rows += [
        ("counterparts", "counterpart", "NOUN", "NNS", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    claims = claims_of(rows, ents=ents)
    assert [(c.subject.code, c.object.code) for c in claims] == coded


def test_article_the_minister_is_the_minister_named_just_before(claims_of):
    # "Peru's foreign minister arrived in Santiago. The minister urged Chile to reopen the border."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "poss", 3),
        ("'s", "'s", "PART", "POS", "case", 0),
        ("foreign", "foreign", "ADJ", "JJ", "amod", 3),
        ("minister", "minister", "NOUN", "NN", "nsubj", 4),
        ("arrived", "arrive", "VERB", "VBD", "ROOT", 4),
        ("in", "in", "ADP", "IN", "prep", 4),
        ("Santiago", "Santiago", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 4),
        ("The", "the", "DET", "DT", "det", 9),
        ("minister", "minister", "NOUN", "NN", "nsubj", 10),
        ("urged", "urge", "VERB", "VBD", "ROOT", 10),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", 10),
        ("to", "to", "PART", "TO", "aux", 13),
        ("reopen", "reopen", "VERB", "VB", "xcomp", 10),
        ("the", "the", "DET", "DT", "det", 15),
        ("border", "border", "NOUN", "NN", "dobj", 13),
        (".", ".", "PUNCT", ".", "punct", 10),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (6, 7, "GPE"), (11, 12, "GPE")])
    assert ("PERGOV", "020", "CHL") in [(c.subject.code, c.cameo, c.object.code) for c in claims]


def test_article_the_bloc_is_the_organisation_named_just_before(claims_of):
    # "The European Union warned Peru. The bloc criticized Lima."
    rows = [
        ("The", "the", "DET", "DT", "det", 2),
        ("European", "European", "PROPN", "NNP", "compound", 2),
        ("Union", "Union", "PROPN", "NNP", "nsubj", 3),
        ("warned", "warn", "VERB", "VBD", "ROOT", 3),
        ("Peru", "Peru", "PROPN", "NNP", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
        ("The", "the", "DET", "DT", "det", 7),
        ("bloc", "bloc", "NOUN", "NN", "nsubj", 8),
        ("criticized", "criticize", "VERB", "VBD", "ROOT", 8),
        ("Lima", "Lima", "PROPN", "NNP", "dobj", 8),
        (".", ".", "PUNCT", ".", "punct", 8),
    ]
    claims = claims_of(rows, ents=[(0, 3, "ORG"), (4, 5, "GPE"), (9, 10, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [
        ("IGOEUREEC", "130", "PER"),
        ("IGOEUREEC", "111", "PER"),
    ]


@pytest.mark.parametrize(("determiner", "described"), [("The", True), ("A", False)])
def test_article_a_definite_demonym_noun_places_the_person_named_just_before(mentions_of, determiner, described):
    # "Ana Quispe spoke in Lima. The young Peruvian met Chilean officials." — the Peruvian is Quispe,
    # who is from Peru from then on; "A young Peruvian …" is someone else.
    rows = [
        ("Ana", "Ana", "PROPN", "NNP", "compound", 1),
        ("Quispe", "Quispe", "PROPN", "NNP", "nsubj", 2),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 2),
        ("in", "in", "ADP", "IN", "prep", 2),
        ("Lima", "Lima", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 2),
        (determiner, determiner.lower(), "DET", "DT", "det", 8),
        ("young", "young", "ADJ", "JJ", "amod", 8),
        ("Peruvian", "Peruvian", "PROPN", "NNP", "nsubj", 9),
        ("met", "meet", "VERB", "VBD", "ROOT", 9),
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 11),
        ("officials", "official", "NOUN", "NNS", "dobj", 9),
        (".", ".", "PUNCT", ".", "punct", 9),
    ]
    mentions = mentions_of(rows, ents=[(0, 2, "PERSON"), (4, 5, "GPE"), (8, 9, "NORP"), (10, 11, "NORP")])
    person, description = mentions[0].actor, mentions[8].actor
    if described:
        assert (person.label, person.country) == ("Ana Quispe", "PER")
        assert (description.label, description.country) == ("Ana Quispe", "PER")
    else:
        assert person.country is None
        assert description.type == "State"


@pytest.mark.parametrize(("title", "antecedent"), [("Mr", "Ana Quispe"), ("Ms", "Luis Lopez"), (None, "Luis Lopez")])
def test_article_she_does_not_refer_back_to_a_man_the_title_names(mentions_of, title, antecedent):
    # "Mr Luis Lopez met Ana Quispe. She praised Chile." — she is Quispe; untitled, the subject before.
    rows = [
        *([(title, title, "PROPN", "NNP", "compound", 2)] if title else []),
        ("Luis", "Luis", "PROPN", "NNP", "compound", 2 if title else 1),
        ("Lopez", "Lopez", "PROPN", "NNP", "nsubj", 3 if title else 2),
        ("met", "meet", "VERB", "VBD", "ROOT", 3 if title else 2),
    ]
    met = len(rows) - 1
    rows += [
        ("Ana", "Ana", "PROPN", "NNP", "compound", met + 2),
        ("Quispe", "Quispe", "PROPN", "NNP", "dobj", met),
        (".", ".", "PUNCT", ".", "punct", met),
    ]
    she = len(rows)
    rows += [
        ("She", "she", "PRON", "PRP", "nsubj", she + 1),
        ("praised", "praise", "VERB", "VBD", "ROOT", she + 1),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", she + 1),
        (".", ".", "PUNCT", ".", "punct", she + 1),
    ]
    lopez = met - 2
    ents = [(lopez, lopez + 2, "PERSON"), (met + 1, met + 3, "PERSON"), (she + 2, she + 3, "GPE")]
    mentions = mentions_of(rows, ents=ents)
    assert mentions[she].actor.label == antecedent


def test_article_actors_a_state_s_name_opening_a_body_s_name_is_no_short_name_for_it(mentions_of):
    # "The U.S. Grain Board protested. A U.S. ship sank." — the second "U.S." is the state's
    rows = [
        ("The", "the", "DET", "DT", "det", 3),
        ("U.S.", "U.S.", "PROPN", "NNP", "compound", 3),
        ("Grain", "Grain", "PROPN", "NNP", "compound", 3),
        ("Board", "Board", "PROPN", "NNP", "nsubj", 4),
        ("protested", "protest", "VERB", "VBD", "ROOT", 4),
        (".", ".", "PUNCT", ".", "punct", 4),
        ("A", "a", "DET", "DT", "det", 8),
        ("U.S.", "U.S.", "PROPN", "NNP", "compound", 8),
        ("ship", "ship", "NOUN", "NN", "nsubj", 9),
        ("sank", "sink", "VERB", "VBD", "ROOT", 9),
        (".", ".", "PUNCT", ".", "punct", 9),
    ]
    mentions = mentions_of(rows, ents=[(1, 4, "ORG"), (7, 8, "GPE")])
    assert mentions[1].actor.label == "U.S. Grain Board" and mentions[1].actor.code
    assert 7 not in mentions or mentions[7].actor.label != "U.S. Grain Board"


def test_article_actors_an_apposed_title_with_words_of_its_own_codes_the_person(mentions_of):
    # "Ana Ruiz, the foreign affairs minister of Peru, said no." — Ruiz is Peru's government
    rows = [
        ("Ana", "Ana", "PROPN", "NNP", "compound", 1),
        ("Ruiz", "Ruiz", "PROPN", "NNP", "nsubj", 10),
        (",", ",", "PUNCT", ",", "punct", 1),
        ("the", "the", "DET", "DT", "det", 6),
        ("foreign", "foreign", "ADJ", "JJ", "amod", 5),
        ("affairs", "affair", "NOUN", "NNS", "compound", 6),
        ("minister", "minister", "NOUN", "NN", "appos", 1),
        ("of", "of", "ADP", "IN", "prep", 6),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 7),
        (",", ",", "PUNCT", ",", "punct", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 10),
        ("no", "no", "INTJ", "UH", "intj", 10),
        (".", ".", "PUNCT", ".", "punct", 10),
    ]
    mentions = mentions_of(rows, ents=[(0, 2, "PERSON"), (8, 9, "GPE")])
    assert mentions[0].actor.code == "PERGOV"


def test_article_actors_i_in_a_quote_after_replied_is_the_one_who_replied(mentions_of):
    # 'Peru replied: "I refuse."' — a reply is a verb of saying
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("replied", "reply", "VERB", "VBD", "ROOT", 1),
        (":", ":", "PUNCT", ":", "punct", 1),
        ('"', '"', "PUNCT", "``", "punct", 5),
        ("I", "I", "PRON", "PRP", "nsubj", 5),
        ("refuse", "refuse", "VERB", "VBP", "ccomp", 1),
        (".", ".", "PUNCT", ".", "punct", 5),
        ('"', '"', "PUNCT", "''", "punct", 5),
    ]
    mentions = mentions_of(rows, ents=[(0, 1, "GPE")])
    assert mentions[4].actor.code == "PER"


@pytest.mark.parametrize(
    ("noun", "lemma", "rule"),
    [("movement", "movement", "name"), ("fighters", "fighter", "name"), ("spokesman", "spokesman", "sector")],
)
def test_article_actors_a_groups_name_on_a_group_or_role_noun_is_that_group(mentions_of, noun, lemma, rule):
    # "The Houthi movement spoke." / "Houthi fighters spoke." / "The Houthi spokesman spoke."
    rows = [
        ("The", "the", "DET", "DT", "det", 2),
        ("Houthi", "Houthi", "PROPN", "NNP", "compound", 2),
        (noun, lemma, "NOUN", "NNS" if noun.endswith("s") else "NN", "nsubj", 3),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    mentions = mentions_of(rows, ents=[(1, 2, "NORP")])
    assert (mentions[1].actor.code, mentions[1].end, mentions[1].rule) == ("YEMREB", 3, rule)


@pytest.mark.parametrize(
    ("first_subject", "expected"),
    [
        ([("Chile", "Chile", "PROPN", "NNP", "nsubj", 1)], "Chile"),  # "Chile exports gas. … it sells …"
        (  # "Chile and Peru export gas.": which of them 'it' is stays open
            [
                ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3),
                ("and", "and", "CCONJ", "CC", "cc", 0),
                ("Peru", "Peru", "PROPN", "NNP", "conj", 0),
            ],
            None,
        ),
    ],
)
def test_article_actors_it_opening_a_main_clause_goes_on_with_the_last_sentence_s_subject(
    mentions_of, first_subject, expected
):
    # "<subject> export(s) gas. Under the deal, it sells gas to Bolivia."
    n = len(first_subject)
    rows = [
        *first_subject,
        ("exports", "export", "VERB", "VBZ", "ROOT", n),
        ("gas", "gas", "NOUN", "NN", "dobj", n),
        (".", ".", "PUNCT", ".", "punct", n),
        ("Under", "under", "ADP", "IN", "prep", n + 8),
        ("the", "the", "DET", "DT", "det", n + 6),
        ("deal", "deal", "NOUN", "NN", "pobj", n + 4),
        (",", ",", "PUNCT", ",", "punct", n + 8),
        ("it", "it", "PRON", "PRP", "nsubj", n + 8),
        ("sells", "sell", "VERB", "VBZ", "ROOT", n + 8),
        ("gas", "gas", "NOUN", "NN", "dobj", n + 8),
        (".", ".", "PUNCT", ".", "punct", n + 8),
    ]
    ents = [(0, 1, "GPE")] + ([(2, 3, "GPE")] if n == 3 else [])
    mentions = mentions_of(rows, ents=ents)
    found = mentions.get(n + 7)
    assert (found.actor.label if found else None) == expected


def test_article_actors_an_expletive_it_takes_no_antecedent(mentions_of):
    # "Chile exports gas. It seems that prices rose."
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("exports", "export", "VERB", "VBZ", "ROOT", 1),
        ("gas", "gas", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
        ("It", "it", "PRON", "PRP", "nsubj", 5),
        ("seems", "seem", "VERB", "VBZ", "ROOT", 5),
        ("that", "that", "SCONJ", "IN", "mark", 8),
        ("prices", "price", "NOUN", "NNS", "nsubj", 8),
        ("rose", "rise", "VERB", "VBD", "ccomp", 5),
        (".", ".", "PUNCT", ".", "punct", 5),
    ]
    assert 4 not in mentions_of(rows, ents=[(0, 1, "GPE")])


def test_article_actors_a_demonym_before_another_names_a_community_of_the_second_state(mentions_of):
    # "Greek Cypriot leaders met Turkish officials."
    rows = [
        ("Greek", "Greek", "ADJ", "JJ", "amod", 2),
        ("Cypriot", "Cypriot", "ADJ", "JJ", "amod", 2),
        ("leaders", "leader", "NOUN", "NNS", "nsubj", 3),
        ("met", "meet", "VERB", "VBD", "ROOT", 3),
        ("Turkish", "Turkish", "ADJ", "JJ", "amod", 5),
        ("officials", "official", "NOUN", "NNS", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    mentions = mentions_of(rows, ents=[(0, 1, "NORP"), (1, 2, "NORP"), (4, 5, "NORP")])
    assert {m.actor.code for m in mentions.values()} == {"CYPGOV", "TURGOV"}


def test_article_actors_a_role_before_a_name_s_own_title_still_names_the_person(mentions_of):
    # "Peru met Chilean counterpart Minister Ana Ruiz."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("met", "meet", "VERB", "VBD", "ROOT", 1),
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 3),
        ("counterpart", "counterpart", "NOUN", "NN", "compound", 4),
        ("Minister", "Minister", "PROPN", "NNP", "compound", 6),
        ("Ana", "Ana", "PROPN", "NNP", "compound", 6),
        ("Ruiz", "Ruiz", "PROPN", "NNP", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    mentions = mentions_of(rows, ents=[(0, 1, "GPE"), (2, 3, "NORP"), (5, 7, "PERSON")])
    assert mentions[5].actor.code == "CHLGOV"


@pytest.mark.parametrize(("later", "same"), [("Quispe", True), ("Quispa", True), ("Quiroga", False)])
def test_article_actors_a_surname_spelt_a_letter_apart_is_the_person_named_before(mentions_of, later, same):
    # "Peruvian minister Ana Quispe spoke. Quispa left." — a name transliterated two ways in one article
    rows = [
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 1),
        ("minister", "minister", "NOUN", "NN", "compound", 3),
        ("Ana", "Ana", "PROPN", "NNP", "compound", 3),
        ("Quispe", "Quispe", "PROPN", "NNP", "nsubj", 4),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 4),
        (".", ".", "PUNCT", ".", "punct", 4),
        (later, later, "PROPN", "NNP", "nsubj", 7),
        ("left", "leave", "VERB", "VBD", "ROOT", 7),
        (".", ".", "PUNCT", ".", "punct", 7),
    ]
    mentions = mentions_of(rows, ents=[(0, 1, "NORP"), (2, 4, "PERSON"), (6, 7, "PERSON")])
    later_mention = mentions.get(6)
    assert (later_mention is not None and later_mention.actor.iri == mentions[2].actor.iri) is same


def test_article_actors_a_middle_initial_without_its_full_stop_still_names_the_person(mentions_of):
    # "George W Bush spoke." — British papers drop the full stop after an initial
    rows = [
        ("George", "George", "PROPN", "NNP", "compound", 2),
        ("W", "W", "PROPN", "NNP", "compound", 2),
        ("Bush", "Bush", "PROPN", "NNP", "nsubj", 3),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    mentions = mentions_of(rows, ents=[(0, 3, "PERSON")], published=date(2005, 1, 20))
    assert mentions[0].actor.label == "George W. Bush"


def test_article_actors_a_first_name_transliterated_a_letter_apart_still_names_the_leader(mentions_of):
    # "Yassir Arafat spoke." — the gazetteer spells him Yasir
    rows = [
        ("Yassir", "Yassir", "PROPN", "NNP", "compound", 1),
        ("Arafat", "Arafat", "PROPN", "NNP", "nsubj", 2),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    mentions = mentions_of(rows, ents=[(0, 2, "PERSON")], published=date(1994, 5, 4))
    assert mentions[0].actor.label == "Yasir Arafat"


def test_article_actors_the_role_noun_of_a_coded_body_named_before_is_that_body(mentions_of):
    # "Peru wrote to the Chilean Embassy. The embassy refused."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("wrote", "write", "VERB", "VBD", "ROOT", 1),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("the", "the", "DET", "DT", "det", 5),
        ("Chilean", "Chilean", "ADJ", "JJ", "amod", 5),
        ("Embassy", "Embassy", "PROPN", "NNP", "pobj", 2),
        (".", ".", "PUNCT", ".", "punct", 1),
        ("The", "the", "DET", "DT", "det", 8),
        ("embassy", "embassy", "NOUN", "NN", "nsubj", 9),
        ("refused", "refuse", "VERB", "VBD", "ROOT", 9),
        (".", ".", "PUNCT", ".", "punct", 9),
    ]
    mentions = mentions_of(rows, ents=[(0, 1, "GPE"), (3, 6, "ORG")])
    assert mentions[7].actor.code == mentions[3].actor.code == "CHLGOV"


def test_article_actors_a_state_s_short_name_as_a_possessor_is_the_state(mentions_of):
    # "The UK's rebate angered France." — "UK" is also listed as an adjective
    rows = [
        ("The", "the", "DET", "DT", "det", 1),
        ("UK", "UK", "PROPN", "NNP", "poss", 3),
        ("'s", "'s", "PART", "POS", "case", 1),
        ("rebate", "rebate", "NOUN", "NN", "nsubj", 4),
        ("angered", "anger", "VERB", "VBD", "ROOT", 4),
        ("France", "France", "PROPN", "NNP", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 4),
    ]
    mentions = mentions_of(rows, ents=[(1, 2, "GPE"), (5, 6, "GPE")])
    assert mentions[1].actor.code == "GBR"


def test_article_actors_a_known_person_titled_as_an_organisation_s_officer_acts_for_it(mentions_of):
    # "UN Secretary-General Antonio Guterres visited Peru.": the UN's, not Portugal's former premier
    mentions = mentions_of(
        [
            ("UN", "UN", "PROPN", "NNP", "compound", 5),
            ("Secretary", "Secretary", "PROPN", "NNP", "compound", 3),
            ("-", "-", "PUNCT", "HYPH", "punct", 3),
            ("General", "General", "PROPN", "NNP", "compound", 5),
            ("Antonio", "Antonio", "PROPN", "NNP", "compound", 5),
            ("Guterres", "Guterres", "PROPN", "NNPS", "nsubj", 6),
            ("visited", "visit", "VERB", "VBD", "ROOT", 6),
            ("Peru", "Peru", "PROPN", "NNP", "dobj", 6),
            (".", ".", "PUNCT", ".", "punct", 6),
        ],
        ents=[(0, 1, "ORG"), (4, 6, "PERSON"), (7, 8, "GPE")],
    )
    assert mentions[4].actor.code == "IGOUNO" and mentions[4].actor.type == "Person"


def test_article_actors_a_sitting_leader_s_surname_the_model_reads_as_a_firm_is_the_leader(mentions_of):
    # "Obama spoke.", with the model's ORG label on the surname: a person while in office, else a firm
    rows = [
        ("Obama", "Obama", "PROPN", "NNP", "nsubj", 1),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    in_office = mentions_of(rows, ents=[(0, 1, "ORG")], published=date(2012, 5, 1))
    out_of_office = mentions_of(rows, ents=[(0, 1, "ORG")], published=date(2022, 5, 1))
    assert in_office[0].actor.type == "Person" and in_office[0].actor.code == "USAGOV"
    assert out_of_office[0].actor.type == "Organization"


def _police_held(count: str, modifier: tuple[str, str] | None, noun: str, lemma: str):  # type: ignore[no-untyped-def]
    """ "Zambian police detained <count> [<modifier>] <noun>." as parsed rows."""
    rows = [
        ("Zambian", "zambian", "ADJ", "JJ", "amod", 1),
        ("police", "police", "NOUN", "NNS", "nsubj", 2),
        ("detained", "detain", "VERB", "VBD", "ROOT", 2),
    ]
    head = 4 if modifier is None else 5
    rows.append((count, count, "NUM", "CD", "nummod", head))
    if modifier is not None:
        rows.append((modifier[0], modifier[1], "NOUN", "NN", "compound", head))
    rows += [(noun, lemma, "NOUN", "NNS", "dobj", 2), (".", ".", "PUNCT", ".", "punct", 2)]
    return rows


@pytest.mark.parametrize(
    ("modifier", "noun", "lemma", "sector"),
    [
        (None, "demonstrators", "demonstrator", "OPP"),
        (("opposition", "opposition"), "activists", "activist", "OPP"),
    ],
    ids=["two demonstrators", "two opposition activists"],
)
def test_article_actors_people_counted_or_named_by_their_role_phrase_are_the_states_in_context(
    claims_of, modifier, noun, lemma, sector
):
    # a number says how many, and "opposition" what they are: neither says whose they are
    rows = _police_held("two", modifier, noun, lemma)
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (3, 4, "CARDINAL")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("ZMBCOP", "173", f"ZMB{sector}")]


def test_article_actors_a_company_modifier_still_says_whose_the_people_are(mentions_of):
    # "Zambian police detained two mining workers.": "mining" is no part of a role phrase for workers
    rows = _police_held("two", ("mining", "mining"), "workers", "worker")
    mentions = mentions_of(rows, ents=[(0, 1, "NORP"), (3, 4, "CARDINAL")])
    assert 5 not in {i for m in mentions.values() for i in range(m.start, m.end)}


def test_article_actors_examples_of_a_noun_are_its_own_not_the_states_in_context(mentions_of):
    # "Argentine aircraft including helicopter gunships fired on Chilean villagers."
    rows = [
        ("Argentine", "argentine", "ADJ", "JJ", "amod", 1),
        ("aircraft", "aircraft", "NOUN", "NN", "nsubj", 5),
        ("including", "include", "VERB", "VBG", "prep", 1),
        ("helicopter", "helicopter", "NOUN", "NN", "compound", 4),
        ("gunships", "gunship", "NOUN", "NNS", "pobj", 2),
        ("fired", "fire", "VERB", "VBD", "ROOT", 5),
        ("on", "on", "ADP", "IN", "prep", 5),
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 8),
        ("villagers", "villager", "NOUN", "NNS", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 5),
    ]
    mentions = mentions_of(rows, ents=[(0, 1, "NORP"), (7, 8, "NORP")])
    assert all(not (m.start <= 4 < m.end) or not (m.actor.code or "").startswith("CHL") for m in mentions.values())
    assert mentions[7].actor.code == "CHLCVL"


@pytest.mark.parametrize("dash", ["-", "--"])
def test_article_actors_a_wire_credit_is_no_actor_and_gives_no_state(mentions_of, dash):
    # "LIMA (Reuters) - The foreign minister resigned.": the agency wrote the story; the minister
    # is not British
    rows = [
        ("LIMA", "LIMA", "PROPN", "NNP", "nsubj", 8),
        ("(", "(", "PUNCT", "-LRB-", "punct", 2),
        ("Reuters", "Reuters", "PROPN", "NNP", "appos", 0),
        (")", ")", "PUNCT", "-RRB-", "punct", 2),
        (dash, dash, "PUNCT", ":", "punct", 8),
        ("The", "the", "DET", "DT", "det", 7),
        ("foreign", "foreign", "ADJ", "JJ", "amod", 7),
        ("minister", "minister", "NOUN", "NN", "nsubj", 8),
        ("resigned", "resign", "VERB", "VBD", "ROOT", 8),
        (".", ".", "PUNCT", ".", "punct", 8),
    ]
    mentions = mentions_of(rows, ents=[(2, 3, "ORG")])
    assert 2 not in mentions
    assert not any((m.actor.country or "") == "GBR" for m in mentions.values())


def test_article_actors_an_agency_named_in_the_story_is_still_an_actor(mentions_of):
    # "Reuters said it had seen the letter.": the agency as the one speaking
    rows = [
        ("Reuters", "Reuters", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("it", "it", "PRON", "PRP", "nsubj", 4),
        ("had", "have", "AUX", "VBD", "aux", 4),
        ("seen", "see", "VERB", "VBN", "ccomp", 1),
        ("the", "the", "DET", "DT", "det", 6),
        ("letter", "letter", "NOUN", "NN", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert mentions_of(rows, ents=[(0, 1, "ORG")])[0].actor.code == "GBRMED"


def test_article_actors_a_city_before_a_role_noun_makes_it_that_states(mentions_of):
    # "Nairobi prosecutors charged two Ugandans.": the city's state's judiciary
    rows = [
        ("Nairobi", "Nairobi", "PROPN", "NNP", "compound", 1),
        ("prosecutors", "prosecutor", "NOUN", "NNS", "nsubj", 2),
        ("charged", "charge", "VERB", "VBD", "ROOT", 2),
        ("two", "two", "NUM", "CD", "nummod", 4),
        ("Ugandans", "Ugandans", "PROPN", "NNPS", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    mentions = mentions_of(rows, ents=[(0, 1, "GPE"), (3, 4, "CARDINAL"), (4, 5, "NORP")])
    assert (mentions[0].actor.code, mentions[0].end) == ("KENJUD", 2)


def test_article_actors_an_airline_named_after_a_state_is_that_states_business_not_the_state(mentions_of):
    # "Kenyan Airways suspended flights." (a made-up airline): a company of Kenya
    rows = [
        ("Kenyan", "Kenyan", "PROPN", "NNP", "compound", 1),
        ("Airways", "Airways", "PROPN", "NNPS", "nsubj", 2),
        ("suspended", "suspend", "VERB", "VBD", "ROOT", 2),
        ("flights", "flight", "NOUN", "NNS", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    assert mentions_of(rows, ents=[(0, 2, "ORG")])[0].actor.code == "KENBUS"


def test_article_actors_a_body_conjoined_with_a_demonym_before_a_role_noun_is_one_of_the_group(claims_of):
    # "Chilean and EU ministers met.": Chile's government and the EU
    rows = [
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("EU", "EU", "PROPN", "NNP", "conj", 0),
        ("ministers", "minister", "NOUN", "NNS", "nsubj", 4),
        ("met", "meet", "VERB", "VBD", "ROOT", 4),
        (".", ".", "PUNCT", ".", "punct", 4),
    ]
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (2, 3, "ORG")])
    assert {(c.subject.code, c.relation, c.object.code) for c in claims} == {("CHLGOV", "meetsWith", "IGOEUREEC")}


def test_article_actors_a_count_of_fighters_leaves_them_anyones(mentions_of):
    # "Four rebels attacked a bus in Lusaka.": counted protesters are the state's (above); counted
    # fighters striking a city may come from anywhere
    rows = [
        ("Four", "four", "NUM", "CD", "nummod", 1),
        ("rebels", "rebel", "NOUN", "NNS", "nsubj", 2),
        ("attacked", "attack", "VERB", "VBD", "ROOT", 2),
        ("a", "a", "DET", "DT", "det", 4),
        ("bus", "bus", "NOUN", "NN", "dobj", 2),
        ("in", "in", "ADP", "IN", "prep", 2),
        ("Lusaka", "Lusaka", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    assert 1 not in {m.head for m in mentions_of(rows, ents=[(0, 1, "CARDINAL"), (6, 7, "GPE")]).values()}


def test_article_actors_people_a_states_police_act_on_are_its_people(claims_of):
    # "Zambian police detained two people." (the test above: two demonstrators, two activists)
    rows = _police_held("two", None, "people", "people")
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (3, 4, "CARDINAL")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("ZMBCOP", "173", "ZMBPPL")]


def test_article_actors_people_acted_on_by_anything_else_are_no_one(mentions_of):
    # "The storm killed two people in Lusaka.": no state's people as a party
    rows = [
        ("The", "the", "DET", "DT", "det", 1),
        ("storm", "storm", "NOUN", "NN", "nsubj", 2),
        ("killed", "kill", "VERB", "VBD", "ROOT", 2),
        ("two", "two", "NUM", "CD", "nummod", 4),
        ("people", "people", "NOUN", "NNS", "dobj", 2),
        ("in", "in", "ADP", "IN", "prep", 2),
        ("Lusaka", "Lusaka", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    assert 4 not in {m.head for m in mentions_of(rows, ents=[(3, 4, "CARDINAL"), (6, 7, "GPE")]).values()}


@pytest.mark.parametrize(("role", "expected"), [("spokesman", "RUSGOV"), ("critic", None)])
def test_article_actors_an_unknown_person_titled_by_a_body_s_office_acts_for_the_body(mentions_of, role, expected):
    # "Kremlin spokesman Ivan Petrovsky denied it.": the Kremlin's; "Kremlin critic …" holds no office there
    mentions = mentions_of(
        [
            ("Kremlin", "Kremlin", "PROPN", "NNP", "compound", 1),
            (role, role, "NOUN", "NN", "compound", 3),
            ("Ivan", "Ivan", "PROPN", "NNP", "compound", 3),
            ("Petrovsky", "Petrovsky", "PROPN", "NNP", "nsubj", 4),
            ("denied", "deny", "VERB", "VBD", "ROOT", 4),
            ("it", "it", "PRON", "PRP", "dobj", 4),
            (".", ".", "PUNCT", ".", "punct", 4),
        ],
        ents=[(0, 1, "ORG"), (2, 4, "PERSON")],
    )
    assert mentions[2].actor.type == "Person" and mentions[2].actor.code == expected


def test_article_actors_a_role_noun_s_field_may_follow_it_after_of(mentions_of):
    # "The Chilean secretary of state spoke.": the title is read with its 'of' phrase, as "state secretary"
    mentions = mentions_of(
        [
            ("The", "the", "DET", "DT", "det", 2),
            ("Chilean", "chilean", "ADJ", "JJ", "amod", 2),
            ("secretary", "secretary", "NOUN", "NN", "nsubj", 5),
            ("of", "of", "ADP", "IN", "prep", 2),
            ("state", "state", "NOUN", "NN", "pobj", 3),
            ("spoke", "speak", "VERB", "VBD", "ROOT", 5),
            (".", ".", "PUNCT", ".", "punct", 5),
        ],
        ents=[(1, 2, "NORP")],
    )
    assert any(m.actor.code == "CHLGOV" and m.head == 2 for m in mentions.values())


def test_article_actors_the_ministers_after_a_meeting_of_several_states_are_not_one_state_s(mentions_of):
    # "The ministers of Chile and Peru met. … The ministers agreed to meet in Arequipa.": the group,
    # not Peru's ministers because their sentence names a city of Peru
    rows = [
        ("The", "the", "DET", "DT", "det", 1),
        ("ministers", "minister", "NOUN", "NNS", "nsubj", 6),
        ("of", "of", "ADP", "IN", "prep", 1),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 2),
        ("and", "and", "CCONJ", "CC", "cc", 3),
        ("Peru", "Peru", "PROPN", "NNP", "conj", 3),
        ("met", "meet", "VERB", "VBD", "ROOT", 6),
        (".", ".", "PUNCT", ".", "punct", 6),
        ("The", "the", "DET", "DT", "det", 9),
        ("ministers", "minister", "NOUN", "NNS", "nsubj", 10),
        ("agreed", "agree", "VERB", "VBD", "ROOT", 10),
        ("to", "to", "PART", "TO", "aux", 12),
        ("meet", "meet", "VERB", "VB", "xcomp", 10),
        ("in", "in", "ADP", "IN", "prep", 12),
        ("Arequipa", "Arequipa", "PROPN", "NNP", "pobj", 13),
        (".", ".", "PUNCT", ".", "punct", 10),
    ]
    mentions = mentions_of(rows, ents=[(3, 4, "GPE"), (5, 6, "GPE"), (14, 15, "GPE")])
    later = [m for m in mentions.values() if m.head == 9]
    assert all(m.actor.code != "PERGOV" for m in later), later


def test_article_actors_a_pronoun_may_take_a_definite_description_resolved_before_it(mentions_of):
    # "Peru protested. The country has ties with Chile, and its president met Bolivia's president.":
    # 'its' is the country's, and the country is Peru
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("protested", "protest", "VERB", "VBD", "ROOT", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
        ("The", "the", "DET", "DT", "det", 4),
        ("country", "country", "NOUN", "NN", "nsubj", 5),
        ("has", "have", "VERB", "VBZ", "ROOT", 5),
        ("ties", "tie", "NOUN", "NNS", "dobj", 5),
        ("with", "with", "ADP", "IN", "prep", 6),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 7),
        (",", ",", "PUNCT", ",", "punct", 5),
        ("and", "and", "CCONJ", "CC", "cc", 5),
        ("its", "its", "PRON", "PRP$", "poss", 12),
        ("president", "president", "NOUN", "NN", "nsubj", 13),
        ("met", "meet", "VERB", "VBD", "conj", 5),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "poss", 16),
        ("'s", "'s", "PART", "POS", "case", 14),
        ("president", "president", "NOUN", "NN", "dobj", 13),
        (".", ".", "PUNCT", ".", "punct", 5),
    ]
    mentions = mentions_of(rows, ents=[(0, 1, "GPE"), (8, 9, "GPE"), (14, 15, "GPE")])
    assert mentions[3].actor.code == "PER"  # the country
    assert mentions[11].actor.code.startswith("PER"), mentions[11]  # its (president)
