"""Relation rules on hand-built parses: no trained model involved."""

from __future__ import annotations

from datetime import date

import pytest

from kg.model import Claim
from kg.nlp.lemmas import VerbLemmaRepair
from tests.conftest import make_doc


def _one(claims: list[Claim], relation: str) -> Claim:
    found = [c for c in claims if c.relation == relation]
    assert len(found) == 1, [c.to_json() for c in claims]
    return found[0]


def test_relations_active_transfer_with_recipient_and_items(claims_of):
    claims = claims_of(
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
            ("supplied", "supply", "VERB", "VBD", "ROOT", 1),
            ("rockets", "rocket", "NOUN", "NNS", "dobj", 1),
            ("to", "to", "ADP", "IN", "prep", 1),
            ("Syria", "Syria", "PROPN", "NNP", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    claim = _one(claims, "supplies")
    assert (claim.subject.code, claim.object.code) == ("RUS", "SYR")
    assert [(i.text, i.commodity) for i in claim.items] == [("rockets", "Missiles")]
    assert claim.cameo == "072" and claim.plover == "AID"
    assert claim.modality == "asserted" and claim.attributed_to is None


def test_relations_passive_transfer_with_agent(claims_of):
    claims = claims_of(
        [
            ("Shells", "shell", "NOUN", "NNS", "nsubjpass", 2),
            ("were", "be", "AUX", "VBD", "auxpass", 2),
            ("supplied", "supply", "VERB", "VBN", "ROOT", 2),
            ("to", "to", "ADP", "IN", "prep", 2),
            ("Russia", "Russia", "PROPN", "NNP", "pobj", 3),
            ("by", "by", "ADP", "IN", "agent", 2),
            ("North", "North", "PROPN", "NNP", "compound", 7),
            ("Korea", "Korea", "PROPN", "NNP", "pobj", 5),
            (".", ".", "PUNCT", ".", "punct", 2),
        ]
    )
    claim = _one(claims, "supplies")
    assert (claim.subject.code, claim.object.code) == ("PRK", "RUS")
    assert claim.items[0].commodity == "Artillery"


def test_relations_ditransitive_with_recipient_as_object(claims_of):
    claims = claims_of(
        [
            ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
            ("supplies", "supply", "VERB", "VBZ", "ROOT", 1),
            ("Russia", "Russia", "PROPN", "NNP", "dobj", 1),
            ("with", "with", "ADP", "IN", "prep", 1),
            ("drones", "drone", "NOUN", "NNS", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    claim = _one(claims, "supplies")
    assert (claim.subject.code, claim.object.code) == ("IRN", "RUS")
    assert [i.text for i in claim.items] == ["drones"]


def test_relations_denial_is_the_claim_denied_and_attributed_to_the_denier(claims_of):
    claims = claims_of(
        [
            ("Pyongyang", "Pyongyang", "PROPN", "NNP", "nsubj", 1),
            ("denied", "deny", "VERB", "VBD", "ROOT", 1),
            ("supplying", "supply", "VERB", "VBG", "xcomp", 1),
            ("arms", "arm", "NOUN", "NNS", "dobj", 2),
            ("to", "to", "ADP", "IN", "prep", 2),
            ("Russia", "Russia", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    claim = _one(claims, "supplies")
    assert (claim.subject.code, claim.object.code) == ("PRK", "RUS")
    assert claim.modality == "denied"
    assert claim.attributed_to is not None and claim.attributed_to.code == "PRK"
    assert not [c for c in claims if c.relation == "denies"], "denying an event is not a denial of Russia"


def test_relations_denial_survives_the_gerund_as_modifier_misparse(claims_of):
    # The small English model often attaches "supplying" as an adjective of "arms".
    claims = claims_of(
        [
            ("Pyongyang", "Pyongyang", "PROPN", "NNP", "nsubj", 1),
            ("denied", "deny", "VERB", "VBD", "ROOT", 1),
            ("supplying", "supply", "VERB", "VBG", "amod", 3),
            ("arms", "arm", "NOUN", "NNS", "dobj", 1),
            ("to", "to", "ADP", "IN", "prep", 1),
            ("Russia", "Russia", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    claim = _one(claims, "supplies")
    assert claim.modality == "denied" and [i.text for i in claim.items] == ["arms"]


def test_relations_reported_speech_is_attributed_to_the_speaker(claims_of):
    claims = claims_of(
        [
            ("Washington", "Washington", "PROPN", "NNP", "nsubj", 1),
            ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("Pyongyang", "Pyongyang", "PROPN", "NNP", "nsubj", 3),
            ("supplied", "supply", "VERB", "VBD", "ccomp", 1),
            ("missiles", "missile", "NOUN", "NNS", "dobj", 3),
            ("to", "to", "ADP", "IN", "prep", 3),
            ("Moscow", "Moscow", "PROPN", "NNP", "pobj", 5),
            ("in", "in", "ADP", "IN", "prep", 3),
            ("2022", "2022", "NUM", "CD", "pobj", 7),
            (".", ".", "PUNCT", ".", "punct", 1),
        ],
        ents=[(8, 9, "DATE")],
    )
    claim = _one(claims, "supplies")
    assert (claim.subject.code, claim.object.code) == ("PRK", "RUS")
    assert claim.modality == "reported"
    assert claim.attributed_to is not None and claim.attributed_to.code == "USA"
    assert claim.date == "2022"


def test_relations_modal_verb_makes_a_claim_hypothetical(claims_of):
    claims = claims_of(
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 2),
            ("could", "could", "AUX", "MD", "aux", 2),
            ("supply", "supply", "VERB", "VB", "ROOT", 2),
            ("food", "food", "NOUN", "NN", "dobj", 2),
            ("to", "to", "ADP", "IN", "prep", 2),
            ("North", "North", "PROPN", "NNP", "compound", 6),
            ("Korea", "Korea", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 2),
        ]
    )
    claim = _one(claims, "supplies")
    assert claim.modality == "hypothetical"
    assert claim.cameo == "073"  # food aid is humanitarian aid


@pytest.mark.parametrize(("auxiliary", "expected"), [("would", "hypothetical"), ("did", "asserted")])
def test_relations_the_infinitive_after_an_object_takes_the_modal_of_its_verb(claims_of, auxiliary, expected):
    # "The treaty would let Peru extradite Chileans." with the infinitive parsed as a ccomp, as the
    # small model does: what the treaty would permit has not happened
    rows = [
        ("The", "the", "DET", "DT", "det", 1),
        ("treaty", "treaty", "NOUN", "NN", "nsubj", 3),
        (auxiliary, auxiliary, "AUX", "MD" if auxiliary == "would" else "VBD", "aux", 3),
        ("allow", "allow", "VERB", "VB", "ROOT", 3),
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 6),
        ("to", "to", "PART", "TO", "aux", 6),
        ("arrest", "arrest", "VERB", "VB", "ccomp", 3),
        ("Chileans", "Chileans", "PROPN", "NNPS", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    claims = [c for c in claims_of(rows, ents=[(4, 5, "GPE"), (7, 8, "NORP")]) if c.trigger == "arrest"]
    assert [(c.subject.code, c.object.code, c.modality) for c in claims] == [("PER", "CHL", expected)]


def test_relations_will_makes_a_future_symmetric_meeting(claims_of):
    claims = claims_of(
        [
            ("Xi", "Xi", "PROPN", "NNP", "compound", 1),
            ("Jinping", "Jinping", "PROPN", "NNP", "nsubj", 3),
            ("will", "will", "AUX", "MD", "aux", 3),
            ("meet", "meet", "VERB", "VB", "ROOT", 3),
            ("Vladimir", "Vladimir", "PROPN", "NNP", "compound", 5),
            ("Putin", "Putin", "PROPN", "NNP", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 3),
        ]
    )
    claim = _one(claims, "meetsWith")
    assert claim.modality == "future"
    assert (claim.subject.code, claim.object.code) == ("CHNGOV", "RUSGOV")


def test_relations_negation(claims_of):
    claims = claims_of(
        [
            ("Germany", "Germany", "PROPN", "NNP", "nsubj", 3),
            ("did", "do", "AUX", "VBD", "aux", 3),
            ("not", "not", "PART", "RB", "neg", 3),
            ("sign", "sign", "VERB", "VB", "ROOT", 3),
            ("the", "the", "DET", "DT", "det", 5),
            ("treaty", "treaty", "NOUN", "NN", "dobj", 3),
            ("with", "with", "ADP", "IN", "prep", 3),
            ("France", "France", "PROPN", "NNP", "pobj", 6),
            (".", ".", "PUNCT", ".", "punct", 3),
        ]
    )
    claim = _one(claims, "signsAgreementWith")
    assert claim.modality == "negated" and claim.object.code == "FRA"


def test_relations_nominal_possessor_and_of_object(claims_of):
    claims = claims_of(
        [
            ("Moscow", "Moscow", "PROPN", "NNP", "poss", 2),
            ("'s", "'s", "PART", "POS", "case", 0),
            ("invasion", "invasion", "NOUN", "NN", "ROOT", 2),
            ("of", "of", "ADP", "IN", "prep", 2),
            ("Ukraine", "Ukraine", "PROPN", "NNP", "pobj", 3),
        ]
    )
    claim = _one(claims, "attacks")
    assert (claim.subject.code, claim.object.code, claim.cameo) == ("RUS", "UKR", "192")


def test_relations_coordinated_subjects_of_a_symmetric_noun(claims_of):
    claims = claims_of(
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 3),
            ("and", "and", "CCONJ", "CC", "cc", 0),
            ("China", "China", "PROPN", "NNP", "conj", 0),
            ("held", "hold", "VERB", "VBD", "ROOT", 3),
            ("a", "a", "DET", "DT", "det", 5),
            ("summit", "summit", "NOUN", "NN", "dobj", 3),
            ("in", "in", "ADP", "IN", "prep", 3),
            ("2000", "2000", "NUM", "CD", "pobj", 6),
            (".", ".", "PUNCT", ".", "punct", 3),
        ],
        ents=[(7, 8, "DATE")],
    )
    claim = _one(claims, "meetsWith")
    assert {claim.subject.code, claim.object.code} == {"RUS", "CHN"}
    assert claim.date == "2000"


def test_relations_apposition_makes_an_alliance(claims_of):
    claims = claims_of(
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 7),
            (",", ",", "PUNCT", ",", "punct", 0),
            ("an", "an", "DET", "DT", "det", 3),
            ("ally", "ally", "NOUN", "NN", "appos", 0),
            ("of", "of", "ADP", "IN", "prep", 3),
            ("Syria", "Syria", "PROPN", "NNP", "pobj", 4),
            (",", ",", "PUNCT", ",", "punct", 0),
            ("objected", "object", "VERB", "VBD", "ROOT", 7),
            (".", ".", "PUNCT", ".", "punct", 7),
        ]
    )
    claim = _one(claims, "allyOf")
    assert (claim.subject.code, claim.object.code) == ("RUS", "SYR")


def test_relations_questions_yield_no_claims(claims_of):
    claims = claims_of(
        [
            ("Will", "will", "AUX", "MD", "aux", 2),
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 2),
            ("supply", "supply", "VERB", "VB", "ROOT", 2),
            ("Iran", "Iran", "PROPN", "NNP", "dobj", 2),
            ("?", "?", "PUNCT", ".", "punct", 2),
        ]
    )
    assert claims == []


def test_relations_sector_actor_from_demonym_and_role_noun(claims_of):
    claims = claims_of(
        [
            ("Russian", "Russian", "ADJ", "JJ", "amod", 1),
            ("troops", "troop", "NOUN", "NNS", "nsubj", 2),
            ("attacked", "attack", "VERB", "VBD", "ROOT", 2),
            ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 2),
            (".", ".", "PUNCT", ".", "punct", 2),
        ]
    )
    claim = _one(claims, "attacks")
    assert claim.subject.code == "RUSMIL" and claim.subject.country == "RUS"


def test_relations_capital_after_in_is_a_place_not_an_actor(claims_of):
    claims = claims_of(
        [
            ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
            ("met", "meet", "VERB", "VBD", "ROOT", 1),
            ("Syria", "Syria", "PROPN", "NNP", "dobj", 1),
            ("in", "in", "ADP", "IN", "prep", 1),
            ("Moscow", "Moscow", "PROPN", "NNP", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    claim = _one(claims, "meetsWith")
    assert (claim.subject.code, claim.object.code) == ("IRN", "SYR")
    assert claim.location == "Moscow"
    assert not [c for c in claims if "RUS" in (c.subject.code, c.object.code)]


def test_relations_demonym_people_stand_for_their_state(claims_of):
    # "Egyptian demonstrators" as subject (Egypt's opposition, the CAMEO agent for demonstrators),
    # "Palestinians" (a plural demonym) as object.
    claims = claims_of(
        [
            ("Egyptian", "egyptian", "ADJ", "JJ", "amod", 1),
            ("demonstrators", "demonstrator", "NOUN", "NNS", "nsubj", 2),
            ("attacked", "attack", "VERB", "VBD", "ROOT", 2),
            ("Palestinians", "Palestinians", "PROPN", "NNPS", "dobj", 2),
            (".", ".", "PUNCT", ".", "punct", 2),
        ]
    )
    claim = _one(claims, "attacks")
    assert (claim.subject.code, claim.object.code) == ("EGYOPP", "PSE")


def test_relations_collective_noun_stands_for_what_follows_of(claims_of):
    claims = claims_of(
        [
            ("A", "a", "DET", "DT", "det", 1),
            ("group", "group", "NOUN", "NN", "nsubj", 5),
            ("of", "of", "ADP", "IN", "prep", 1),
            ("Moroccan", "moroccan", "ADJ", "JJ", "amod", 4),
            ("diplomats", "diplomat", "NOUN", "NNS", "pobj", 2),
            ("met", "meet", "VERB", "VBD", "ROOT", 5),
            ("Egypt", "Egypt", "PROPN", "NNP", "dobj", 5),
            (".", ".", "PUNCT", ".", "punct", 5),
        ]
    )
    assert _one(claims, "meetsWith").subject.country == "MAR"


def test_relations_a_promise_of_harm_is_a_threat(claims_of):
    claims = claims_of(
        [
            ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
            ("vowed", "vow", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3),
            ("attack", "attack", "VERB", "VB", "xcomp", 1),
            ("Iraq", "Iraq", "PROPN", "NNP", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    threat = _one(claims, "threatens")
    assert (threat.subject.code, threat.object.code, threat.cameo) == ("IRN", "IRQ", "138")
    assert not [c for c in claims if c.relation == "offers"]


def _said_peru_attacked_chile(speaker: list) -> list:
    """The speaker's rows (its root the first token with head -1), then "said Peru attacked Chile." """
    said = len(speaker)
    rows = [(w, lemma, pos, tag, dep, said if head == -1 else head) for w, lemma, pos, tag, dep, head in speaker]
    return [
        *rows,
        ("said", "say", "VERB", "VBD", "ROOT", said),
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", said + 2),
        ("attacked", "attack", "VERB", "VBD", "ccomp", said),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", said + 2),
        (".", ".", "PUNCT", ".", "punct", said),
    ]


@pytest.mark.parametrize(
    ("speaker", "ents", "attributed"),
    [
        (  # "The head of the agency, Ana Ruiz, said …": the person in apposition
            [
                ("The", "the", "DET", "DT", "det", 1),
                ("head", "head", "NOUN", "NN", "nsubj", -1),
                ("of", "of", "ADP", "IN", "prep", 1),
                ("the", "the", "DET", "DT", "det", 4),
                ("agency", "agency", "NOUN", "NN", "pobj", 2),
                (",", ",", "PUNCT", ",", "punct", 1),
                ("Ana", "Ana", "PROPN", "NNP", "compound", 7),
                ("Ruiz", "Ruiz", "PROPN", "NNP", "appos", 1),
                (",", ",", "PUNCT", ",", "punct", 1),
            ],
            [(6, 8, "PERSON")],
            "Ana Ruiz",
        ),
        (  # "A spokesman for NATO said …": the body spoken for
            [
                ("A", "a", "DET", "DT", "det", 1),
                ("spokesman", "spokesman", "NOUN", "NN", "nsubj", -1),
                ("for", "for", "ADP", "IN", "prep", 1),
                ("NATO", "NATO", "PROPN", "NNP", "pobj", 2),
            ],
            [(3, 4, "ORG")],
            "IGOWSTNAT",
        ),
    ],
)
def test_relations_an_unresolved_speaker_is_who_they_name_or_speak_for(claims_of, speaker, ents, attributed):
    claim = next(c for c in claims_of(_said_peru_attacked_chile(speaker), ents=ents) if c.relation == "attacks")
    assert claim.modality == "reported" and claim.attributed_to is not None
    assert attributed in {claim.attributed_to.label, claim.attributed_to.code}


def test_relations_a_finite_conjunct_of_a_modal_clause_belongs_to_the_clause_above(claims_of):
    # "Chile predicted Peru would lose and asked Bolivia to abstain." (the parse the small model gives)
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("predicted", "predict", "VERB", "VBD", "ROOT", 1),
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 4),
            ("would", "would", "AUX", "MD", "aux", 4),
            ("lose", "lose", "VERB", "VB", "ccomp", 1),
            ("and", "and", "CCONJ", "CC", "cc", 4),
            ("asked", "ask", "VERB", "VBD", "conj", 4),
            ("Bolivia", "Bolivia", "PROPN", "NNP", "dobj", 6),
            ("to", "to", "PART", "TO", "aux", 9),
            ("abstain", "abstain", "VERB", "VB", "xcomp", 6),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    asked = next(c for c in claims if c.relation == "requests")
    assert (asked.subject.code, asked.object.code, asked.modality) == ("CHL", "BOL", "asserted")


def test_relations_agentless_passive_does_not_borrow_the_speakers_subject(claims_of):
    # "Suspects were extradited to France, Spain said": Spain reports it, it did not extradite.
    claims = claims_of(
        [
            ("Suspects", "suspect", "NOUN", "NNS", "nsubjpass", 2),
            ("were", "be", "AUX", "VBD", "auxpass", 2),
            ("extradited", "extradite", "VERB", "VBN", "ccomp", 7),
            ("to", "to", "ADP", "IN", "prep", 2),
            ("France", "France", "PROPN", "NNP", "pobj", 3),
            (",", ",", "PUNCT", ",", "punct", 7),
            ("Spain", "Spain", "PROPN", "NNP", "nsubj", 7),
            ("said", "say", "VERB", "VBD", "ROOT", 7),
            (".", ".", "PUNCT", ".", "punct", 7),
        ]
    )
    assert claims == []


def test_relations_a_statement_that_another_must_act_is_a_demand(claims_of):
    claims = claims_of(
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
            ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("Sudan", "Sudan", "PROPN", "NNP", "nsubj", 4),
            ("must", "must", "AUX", "MD", "aux", 4),
            ("return", "return", "VERB", "VB", "ccomp", 1),
            ("the", "the", "DET", "DT", "det", 6),
            ("helicopter", "helicopter", "NOUN", "NN", "dobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    demand = _one(claims, "demands")
    assert (demand.subject.code, demand.object.code, demand.cameo) == ("RUS", "SDN", "100")


def test_relations_a_statement_that_another_should_act_is_an_appeal(claims_of):
    claims = claims_of(
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
            ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("Sudan", "Sudan", "PROPN", "NNP", "nsubj", 4),
            ("should", "should", "AUX", "MD", "aux", 4),
            ("return", "return", "VERB", "VB", "ccomp", 1),
            ("it", "it", "PRON", "PRP", "dobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert _one(claims, "requests").cameo == "020"


def test_relations_people_in_a_state_stand_for_it_but_ethnic_groups_not_for_their_namesake(claims_of):
    # "Ethnic Albanians in Serbia attacked Kosovo": the ethnic group is placed in Serbia, not Albania.
    claims = claims_of(
        [
            ("Ethnic", "ethnic", "ADJ", "JJ", "amod", 1),
            ("Albanians", "Albanians", "PROPN", "NNPS", "nsubj", 4),
            ("in", "in", "ADP", "IN", "prep", 1),
            ("Serbia", "Serbia", "PROPN", "NNP", "pobj", 2),
            ("attacked", "attack", "VERB", "VBD", "ROOT", 4),
            ("Croatia", "Croatia", "PROPN", "NNP", "dobj", 4),
            (".", ".", "PUNCT", ".", "punct", 4),
        ]
    )
    attack = _one(claims, "attacks")
    assert (attack.subject.code, attack.object.code) == ("SRB", "HRV")


def test_relations_refusal_rejects_the_target_of_the_refused_act(claims_of):
    claims = claims_of(
        [
            ("Pakistan", "Pakistan", "PROPN", "NNP", "nsubj", 1),
            ("refused", "refuse", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3),
            ("meet", "meet", "VERB", "VB", "xcomp", 1),
            ("India", "India", "PROPN", "NNP", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    rejection = _one(claims, "rejects")
    assert (rejection.subject.code, rejection.object.code, rejection.modality) == ("PAK", "IND", "asserted")
    assert _one(claims, "meetsWith").modality == "negated"


def test_relations_event_noun_takes_its_object_from_the_light_verb(claims_of):
    # "Peru granted asylum to Panamanian officers": 'to' hangs off the verb, the noun names the event.
    claims = claims_of(
        [
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
            ("granted", "grant", "VERB", "VBD", "ROOT", 1),
            ("asylum", "asylum", "NOUN", "NN", "dobj", 1),
            ("to", "to", "ADP", "IN", "prep", 1),
            ("Panamanian", "panamanian", "ADJ", "JJ", "amod", 5),
            ("officers", "officer", "NOUN", "NNS", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    asylum = _one(claims, "supplies")
    assert (asylum.subject.code, asylum.object.country, asylum.cameo) == ("PER", "PAN", "075")


def test_relations_coercion_without_object_targets_the_state_where_it_happened(claims_of):
    claims = claims_of(
        [
            ("Serbian", "serbian", "ADJ", "JJ", "amod", 1),
            ("police", "police", "NOUN", "NNS", "nsubj", 2),
            ("arrested", "arrest", "VERB", "VBD", "ROOT", 2),
            ("dozens", "dozen", "NOUN", "NNS", "dobj", 2),
            ("in", "in", "ADP", "IN", "prep", 2),
            ("Kosovo", "Kosovo", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 2),
        ]
    )
    arrest = _one(claims, "coerces")
    assert (arrest.subject.country, arrest.object.country) == ("SRB", "UNK")


def test_relations_delivering_words_is_no_transfer(claims_of):
    rows = [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("delivered", "deliver", "VERB", "VBD", "ROOT", 1),
        ("remarks", "remark", "NOUN", "NNS", "dobj", 1),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("Iraq", "Iraq", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert claims_of(rows) == []
    rows[2] = ("drones", "drone", "NOUN", "NNS", "dobj", 1)
    assert _one(claims_of(rows), "supplies").object.code == "IRQ"


def test_relations_people_from_a_state_stand_for_it(claims_of):
    claims = claims_of(
        [
            ("Soldiers", "soldier", "NOUN", "NNS", "nsubj", 3),
            ("from", "from", "ADP", "IN", "prep", 0),
            ("Chad", "Chad", "PROPN", "NNP", "pobj", 1),
            ("attacked", "attack", "VERB", "VBD", "ROOT", 3),
            ("Niger", "Niger", "PROPN", "NNP", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 3),
        ]
    )
    assert _one(claims, "attacks").subject.country == "TCD"


def test_relations_verb_object_collocation_names_the_event(claims_of):
    # "restore ties with X" is diplomatic cooperation (CAMEO 050); "restore" alone is no relation.
    rows = [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("restored", "restore", "VERB", "VBD", "ROOT", 1),
        ("diplomatic", "diplomatic", "ADJ", "JJ", "amod", 3),
        ("ties", "tie", "NOUN", "NNS", "dobj", 1),
        ("with", "with", "ADP", "IN", "prep", 3),
        ("Egypt", "Egypt", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claim = _one(claims_of(rows), "supports")
    assert (claim.subject.code, claim.object.code, claim.cameo) == ("IRN", "EGY", "050")
    rows[3] = ("order", "order", "NOUN", "NN", "dobj", 1)
    assert claims_of(rows) == []


def test_relations_firing_shells_at_a_capital_attacks_its_state(claims_of):
    claims = claims_of(
        [
            ("Pyongyang", "Pyongyang", "PROPN", "NNP", "nsubj", 1),
            ("fired", "fire", "VERB", "VBD", "ROOT", 1),
            ("shells", "shell", "NOUN", "NNS", "dobj", 1),
            ("at", "at", "ADP", "IN", "prep", 2),
            ("Seoul", "Seoul", "PROPN", "NNP", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    attack = _one(claims, "attacks")
    assert (attack.subject.code, attack.object.code, attack.cameo) == ("PRK", "KOR", "194")


def test_relations_of_phrase_names_whose_thing_it_is_but_not_after_an_event_noun(claims_of):
    rows = [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("warned", "warn", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("population", "population", "NOUN", "NN", "dobj", 1),
        ("of", "of", "ADP", "IN", "prep", 3),
        ("Iraq", "Iraq", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert _one(claims_of(rows), "warns").object.code == "IRQCVL"  # Iraq's civilians (CAMEO agent CVL)
    rows[1] = ("criticized", "criticize", "VERB", "VBD", "ROOT", 1)
    rows[3] = ("release", "release", "NOUN", "NN", "dobj", 1)  # the release of Iraq is not Iraq's
    assert [c for c in claims_of(rows) if c.relation == "criticizes"] == []


def test_relations_threat_targets_the_object_of_the_threatened_act_through_its_noun(claims_of):
    # "threatened to impose sanctions on Iraq": 'on Iraq' hangs off the noun, not the verb.
    claims = claims_of(
        [
            ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
            ("threatened", "threaten", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3),
            ("impose", "impose", "VERB", "VB", "xcomp", 1),
            ("sanctions", "sanction", "NOUN", "NNS", "dobj", 3),
            ("on", "on", "ADP", "IN", "prep", 4),
            ("Iraq", "Iraq", "PROPN", "NNP", "pobj", 5),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert _one(claims, "threatens").object.code == "IRQ"


def test_relations_legislature_as_a_role_noun_on_a_proper_noun(claims_of):
    claims = claims_of(
        [
            ("The", "the", "DET", "DT", "det", 2),
            ("US", "US", "PROPN", "NNP", "compound", 2),
            ("Congress", "Congress", "PROPN", "NNP", "nsubj", 3),
            ("condemned", "condemn", "VERB", "VBD", "ROOT", 3),
            ("Iran", "Iran", "PROPN", "NNP", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 3),
        ],
        ents=[(2, 3, "ORG")],  # the model tags "Congress" alone
    )
    assert _one(claims, "criticizes").subject.code == "USALEG"


def test_relations_hyphenated_pair_of_names_on_an_event_noun_is_two_parties(claims_of):
    claims = claims_of(
        [
            ("The", "the", "DET", "DT", "det", 4),
            ("Biden", "Biden", "PROPN", "NNP", "compound", 3),
            ("-", "-", "PUNCT", "HYPH", "punct", 3),
            ("Putin", "Putin", "PROPN", "NNP", "compound", 4),
            ("summit", "summit", "NOUN", "NN", "nsubj", 5),
            ("ended", "end", "VERB", "VBD", "ROOT", 5),
            (".", ".", "PUNCT", ".", "punct", 5),
        ],
        ents=[(1, 4, "PERSON")],
    )
    meeting = _one(claims, "meetsWith")
    assert {meeting.subject.label, meeting.object.label} == {"Joe Biden", "Vladimir Putin"}


def test_relations_nominal_agent_after_by_is_the_subject(claims_of):
    claims = claims_of(
        [
            ("Syria", "Syria", "PROPN", "NNP", "nsubj", 1),
            ("condemned", "condemn", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3),
            ("attack", "attack", "NOUN", "NN", "dobj", 1),
            ("by", "by", "ADP", "IN", "prep", 3),
            ("Israel", "Israel", "PROPN", "NNP", "pobj", 4),
            ("on", "on", "ADP", "IN", "prep", 3),
            ("Lebanon", "Lebanon", "PROPN", "NNP", "pobj", 6),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    attack = _one(claims, "attacks")
    assert (attack.subject.code, attack.object.code) == ("ISR", "LBN")


def test_relations_symmetric_relation_takes_no_counterpart_from_a_possessor(claims_of):
    # "Reagan signed Conyers's bill into law" is no agreement with Conyers.
    rows = [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("signed", "sign", "VERB", "VBD", "ROOT", 1),
        ("Iraq", "Iraq", "PROPN", "NNP", "poss", 4),
        ("'s", "'s", "PART", "POS", "case", 2),
        ("bill", "bill", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert [c for c in claims_of(rows) if c.relation == "signsAgreementWith"] == []


def test_relations_apposition_names_the_counterpart_not_the_possessor(claims_of):
    # "Iran held talks with its counterpart, Iraq": 'its' is Iran itself; the apposition is the party.
    claims = claims_of(
        [
            ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
            ("held", "hold", "VERB", "VBD", "ROOT", 1),
            ("talks", "talk", "NOUN", "NNS", "dobj", 1),
            ("with", "with", "ADP", "IN", "prep", 2),
            ("its", "its", "PRON", "PRP$", "poss", 5),
            ("neighbour", "neighbour", "NOUN", "NN", "pobj", 3),
            (",", ",", "PUNCT", ",", "punct", 5),
            ("Iraq", "Iraq", "PROPN", "NNP", "appos", 5),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    talks = _one(claims, "meetsWith")
    assert {talks.subject.code, talks.object.code} == {"IRN", "IRQ"}


def test_relations_declining_an_offer_rejects_whoever_made_it(claims_of):
    claims = claims_of(
        [
            ("India", "India", "PROPN", "NNP", "nsubj", 1),
            ("declined", "decline", "VERB", "VBD", "ROOT", 1),
            ("an", "an", "DET", "DT", "det", 3),
            ("offer", "offer", "NOUN", "NN", "dobj", 1),
            ("from", "from", "ADP", "IN", "prep", 3),
            ("Japan", "Japan", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert _one(claims, "rejects").object.code == "JPN"


def test_relations_purpose_of_a_transfer_is_no_recipient(claims_of):
    # "supplied shells to Moscow for its war in Ukraine": Ukraine receives nothing.
    claims = claims_of(
        [
            ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
            ("supplied", "supply", "VERB", "VBD", "ROOT", 1),
            ("shells", "shell", "NOUN", "NNS", "dobj", 1),
            ("for", "for", "ADP", "IN", "prep", 1),
            ("the", "the", "DET", "DT", "det", 5),
            ("war", "war", "NOUN", "NN", "pobj", 3),
            ("in", "in", "ADP", "IN", "prep", 5),
            ("Ukraine", "Ukraine", "PROPN", "NNP", "pobj", 6),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert [c for c in claims if c.relation == "supplies"] == []


def test_relations_warning_with_its_own_object_does_not_target_the_complement(claims_of):
    # "Rouhani warned Europe that Iran would act": Iran is not the one warned.
    claims = claims_of(
        [
            ("Iraq", "Iraq", "PROPN", "NNP", "nsubj", 1),
            ("warned", "warn", "VERB", "VBD", "ROOT", 1),
            ("Europe", "Europe", "PROPN", "NNP", "dobj", 1),
            ("that", "that", "SCONJ", "IN", "mark", 6),
            ("Iran", "Iran", "PROPN", "NNP", "nsubj", 6),
            ("would", "would", "AUX", "MD", "aux", 6),
            ("act", "act", "VERB", "VB", "ccomp", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert [c for c in claims if c.relation == "warns"] == []


def test_relations_a_phone_call_with_someone_is_a_consultation(claims_of):
    claims = claims_of(
        [
            ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
            ("held", "hold", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 4),
            ("phone", "phone", "NOUN", "NN", "compound", 4),
            ("call", "call", "NOUN", "NN", "dobj", 1),
            ("with", "with", "ADP", "IN", "prep", 4),
            ("Iraq", "Iraq", "PROPN", "NNP", "pobj", 5),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    call = _one(claims, "meetsWith")
    assert call.cameo == "041" and not [c for c in claims if c.relation == "requests"]


def test_relations_a_deadline_inside_a_nominal_event_is_not_its_date(claims_of):
    # "Iran and Iraq signed a deal to finish the dam by 2030": the deal is not dated 2030
    claims = claims_of(
        [
            ("Iran", "Iran", "PROPN", "NNP", "nsubj", 3),
            ("and", "and", "CCONJ", "CC", "cc", 0),
            ("Iraq", "Iraq", "PROPN", "NNP", "conj", 0),
            ("signed", "sign", "VERB", "VBD", "ROOT", 3),
            ("a", "a", "DET", "DT", "det", 5),
            ("deal", "deal", "NOUN", "NN", "dobj", 3),
            ("to", "to", "PART", "TO", "aux", 7),
            ("finish", "finish", "VERB", "VB", "acl", 5),
            ("the", "the", "DET", "DT", "det", 9),
            ("dam", "dam", "NOUN", "NN", "dobj", 7),
            ("by", "by", "ADP", "IN", "prep", 7),
            ("2030", "2030", "NUM", "CD", "pobj", 10),
            (".", ".", "PUNCT", ".", "punct", 3),
        ],
        ents=[(11, 12, "DATE")],
    )
    claim = _one(claims, "signsAgreementWith")
    assert (claim.date, claim.date_source) == ("2023-09-12", "article")


def test_relations_a_date_in_the_event_nouns_own_phrase_dates_it(claims_of):
    # "the March 3 deal between Iran and Iraq collapsed"
    claims = claims_of(
        [
            ("The", "the", "DET", "DT", "det", 3),
            ("March", "March", "PROPN", "NNP", "compound", 3),
            ("3", "3", "NUM", "CD", "nummod", 1),
            ("deal", "deal", "NOUN", "NN", "nsubj", 8),
            ("between", "between", "ADP", "IN", "prep", 3),
            ("Iran", "Iran", "PROPN", "NNP", "pobj", 4),
            ("and", "and", "CCONJ", "CC", "cc", 5),
            ("Iraq", "Iraq", "PROPN", "NNP", "conj", 5),
            ("collapsed", "collapse", "VERB", "VBD", "ROOT", 8),
            (".", ".", "PUNCT", ".", "punct", 8),
        ],
        ents=[(1, 3, "DATE")],
    )
    claim = _one(claims, "signsAgreementWith")
    assert (claim.date, claim.date_source) == ("2023-03-03", "text")


def test_relations_a_news_outlet_that_reports_an_act_is_its_source(claims_of):
    # "Al Jazeera reported that Chile attacked Peru."
    claims = claims_of(
        [
            ("Al", "Al", "PROPN", "NNP", "compound", 1),
            ("Jazeera", "Jazeera", "PROPN", "NNP", "nsubj", 2),
            ("reported", "report", "VERB", "VBD", "ROOT", 2),
            ("that", "that", "SCONJ", "IN", "mark", 5),
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 5),
            ("attacked", "attack", "VERB", "VBD", "ccomp", 2),
            ("Peru", "Peru", "PROPN", "NNP", "dobj", 5),
            (".", ".", "PUNCT", ".", "punct", 2),
        ]
    )
    claim = _one(claims, "attacks")
    assert claim.modality == "reported"
    assert claim.attributed_to is not None and claim.attributed_to.code == "QATMED"


def test_relations_a_subject_the_parser_hangs_on_an_auxiliary_is_still_the_subject(claims_of):
    # "Chile has been attacking Peru." with "Chile" attached to "been"
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 2),
            ("has", "have", "AUX", "VBZ", "aux", 3),
            ("been", "be", "AUX", "VBN", "aux", 3),
            ("attacking", "attack", "VERB", "VBG", "ROOT", 3),
            ("Peru", "Peru", "PROPN", "NNP", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 3),
        ]
    )
    claim = _one(claims, "attacks")
    assert (claim.subject.code, claim.object.code) == ("CHL", "PER")


def test_relations_a_place_of_remembrance_is_not_owned_by_who_lies_there(claims_of):
    # "Chile refused to visit a cemetery of Peruvian soldiers."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("refused", "refuse", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3),
            ("visit", "visit", "VERB", "VB", "xcomp", 1),
            ("a", "a", "DET", "DT", "det", 5),
            ("cemetery", "cemetery", "NOUN", "NN", "dobj", 3),
            ("of", "of", "ADP", "IN", "prep", 5),
            ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 8),
            ("soldiers", "soldier", "NOUN", "NNS", "pobj", 6),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert not claims, [c.to_json() for c in claims]


def test_relations_an_aside_on_the_object_names_no_party_to_the_act(claims_of):
    # "Chile declared a state of emergency, which closed the border with Peru."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("declared", "declare", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 3),
            ("state", "state", "NOUN", "NN", "dobj", 1),
            ("of", "of", "ADP", "IN", "prep", 3),
            ("emergency", "emergency", "NOUN", "NN", "pobj", 4),
            (",", ",", "PUNCT", ",", "punct", 3),
            ("which", "which", "PRON", "WDT", "nsubj", 8),
            ("closed", "close", "VERB", "VBD", "relcl", 3),
            ("the", "the", "DET", "DT", "det", 10),
            ("border", "border", "NOUN", "NN", "dobj", 8),
            ("with", "with", "ADP", "IN", "prep", 10),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 11),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert not any(c.trigger == "declared" for c in claims), [c.to_json() for c in claims]


def test_relations_a_relative_of_an_actor_is_not_that_actor(claims_of):
    # "Peru arrested Chile's son." / contrast: "Peru attacked Chile's forces."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("arrested", "arrest", "VERB", "VBD", "ROOT", 1),
        ("Chile", "Chile", "PROPN", "NNP", "poss", 4),
        ("'s", "'s", "PART", "POS", "case", 2),
        ("son", "son", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert not claims_of(rows)
    forces = [*rows[:4], ("forces", "force", "NOUN", "NNS", "dobj", 1), rows[5]]
    assert {(c.subject.code, c.object.code) for c in claims_of(forces)} == {("PER", "CHLMIL")}


@pytest.mark.parametrize(
    ("verb", "lemma", "expected"),
    [("back", "back", "asserted"), ("launch", "launch", "hypothetical")],
)
def test_relations_an_owned_event_noun_is_a_fact_inside_a_hypothetical_clause(claims_of, verb, lemma, expected):
    # "The pact could back Chile's offensive against Peru." (the offensive is under way) /
    # "The army could launch Chile's offensive against Peru." (its own light verb: still to come)
    claims = claims_of(
        [
            ("The", "the", "DET", "DT", "det", 1),
            ("pact", "pact", "NOUN", "NN", "nsubj", 3),
            ("could", "could", "AUX", "MD", "aux", 3),
            (verb, lemma, "VERB", "VB", "ROOT", 3),
            ("Chile", "Chile", "PROPN", "NNP", "poss", 6),
            ("'s", "'s", "PART", "POS", "case", 4),
            ("offensive", "offensive", "NOUN", "NN", "dobj", 3),
            ("against", "against", "ADP", "IN", "prep", 6),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 7),
            (".", ".", "PUNCT", ".", "punct", 3),
        ]
    )
    offensive = next(c for c in claims if c.trigger == "offensive")
    assert (offensive.subject.code, offensive.object.code, offensive.modality) == ("CHL", "PER", expected)


def test_relations_a_condition_makes_its_own_subject_hypothetical_and_lends_no_subject(claims_of):
    # "Chile warned Peru would pay if it supplies Bolivia with arms."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("warned", "warn", "VERB", "VBD", "ROOT", 1),
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 4),
            ("would", "would", "AUX", "MD", "aux", 4),
            ("pay", "pay", "VERB", "VB", "ccomp", 1),
            ("if", "if", "SCONJ", "IN", "mark", 7),
            ("it", "it", "PRON", "PRP", "nsubj", 7),
            ("supplies", "supply", "VERB", "VBZ", "advcl", 4),
            ("Bolivia", "Bolivia", "PROPN", "NNP", "dobj", 7),
            ("with", "with", "ADP", "IN", "prep", 7),
            ("arms", "arm", "NOUN", "NNS", "pobj", 9),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    supplies = [c for c in claims if c.relation == "supplies"]
    assert supplies and all(c.subject.code != "CHL" and c.modality == "hypothetical" for c in supplies)


def test_relations_a_leader_acting_on_their_own_state_is_no_dyad(claims_of):
    # "The Chilean president praised Chile."
    claims = claims_of(
        [
            ("The", "the", "DET", "DT", "det", 2),
            ("Chilean", "chilean", "ADJ", "JJ", "amod", 2),
            ("president", "president", "NOUN", "NN", "nsubj", 3),
            ("praised", "praise", "VERB", "VBD", "ROOT", 3),
            ("Chile", "Chile", "PROPN", "NNP", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 3),
        ]
    )
    assert not claims, [c.to_json() for c in claims]


def test_relations_a_dateline_city_is_no_party(claims_of):
    # "LIMA, Peru — Peru criticized Chile."
    claims = claims_of(
        [
            ("LIMA", "LIMA", "PROPN", "NNP", "npadvmod", 5),
            (",", ",", "PUNCT", ",", "punct", 0),
            ("Peru", "Peru", "PROPN", "NNP", "appos", 0),
            ("—", "—", "PUNCT", ":", "punct", 5),
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 5),
            ("criticized", "criticize", "VERB", "VBD", "ROOT", 5),
            ("Chile", "Chile", "PROPN", "NNP", "dobj", 5),
            (".", ".", "PUNCT", ".", "punct", 5),
        ],
        ents=[(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE"), (6, 7, "GPE")],
    )
    assert {(c.subject.code, c.relation, c.object.code) for c in claims} == {("PER", "criticizes", "CHL")}
    assert all(c.evidence.highlights[0][0] > 0 for c in claims if c.evidence.highlights)  # the subject is not LIMA


def test_relations_denying_an_event_noun_denies_the_event(claims_of):
    # "Chile denied its attack on Peru."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("denied", "deny", "VERB", "VBD", "ROOT", 1),
            ("its", "its", "PRON", "PRP$", "poss", 3),
            ("attack", "attack", "NOUN", "NN", "dobj", 1),
            ("on", "on", "ADP", "IN", "prep", 3),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    attack = next(c for c in claims if c.trigger == "attack")
    assert (attack.subject.code, attack.object.code, attack.modality) == ("CHL", "PER", "denied")
    assert attack.attributed_to is not None and attack.attributed_to.code == "CHL"


@pytest.mark.parametrize(
    ("crowd_of", "crowd_code", "code"),
    [("Peruvian", "PEROPP", "175"), ("Chilean", "CHLOPP", "190")],
)
def test_relations_force_on_ones_own_dissenters_is_repression(claims_of, crowd_of, crowd_code, code):
    # "Peruvian police attacked Peruvian / Chilean protesters.": force by a state's police on its own
    # protesters is violent repression (175); on another state's people it stays an attack.
    rows = [
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 1),
        ("police", "police", "NOUN", "NNS", "nsubj", 2),
        ("attacked", "attack", "VERB", "VBD", "ROOT", 2),
        (crowd_of, crowd_of.lower(), "ADJ", "JJ", "amod", 4),
        ("protesters", "protester", "NOUN", "NNS", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (3, 4, "NORP")])
    assert [(c.subject.code, c.cameo[:3], c.object.code) for c in claims] == [("PERCOP", code, crowd_code)]


def test_relations_dissenters_using_force_on_their_own_police_riot(claims_of):
    # "Peruvian protesters attacked the police.": a riot (145), not an armed attack.
    rows = [
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 1),
        ("protesters", "protester", "NOUN", "NNS", "nsubj", 2),
        ("attacked", "attack", "VERB", "VBD", "ROOT", 2),
        ("the", "the", "DET", "DT", "det", 4),
        ("police", "police", "NOUN", "NNS", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "NORP")])
    assert [(c.subject.code, c.relation, c.cameo, c.object.code) for c in claims] == [
        ("PEROPP", "protestsAgainst", "145", "PERCOP")
    ]


def test_relations_agreeing_to_a_meeting_is_the_intent_to_meet(claims_of):
    # "Chile and Peru agreed to a summit.": the summit is still to come; each intends to meet (036).
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Peru", "Peru", "PROPN", "NNP", "conj", 0),
        ("agreed", "agree", "VERB", "VBD", "ROOT", 3),
        ("to", "to", "ADP", "IN", "prep", 3),
        ("a", "a", "DET", "DT", "det", 6),
        ("summit", "summit", "NOUN", "NN", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert [(c.subject.code, c.object.code, c.cameo, c.modality) for c in claims] == [("CHL", "PER", "036", "future")]


def test_relations_a_passive_conjunct_shares_the_first_conjuncts_subject_not_its_agent(claims_of):
    # "Chile was praised by Peru and condemned by Bolivia.": both act on Chile; Peru is no target.
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubjpass", 2),
        ("was", "be", "AUX", "VBD", "auxpass", 2),
        ("praised", "praise", "VERB", "VBN", "ROOT", 2),
        ("by", "by", "ADP", "IN", "agent", 2),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 2),
        ("condemned", "condemn", "VERB", "VBN", "conj", 2),
        ("by", "by", "ADP", "IN", "agent", 6),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "pobj", 7),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (4, 5, "GPE"), (8, 9, "GPE")])
    assert sorted((c.subject.code, c.cameo[:2], c.object.code) for c in claims) == [
        ("BOL", "11", "CHL"),
        ("PER", "05", "CHL"),
    ]


@pytest.mark.parametrize("voice", ["active", "passive"])
def test_relations_the_one_who_feels_dismay_disapproves_of_its_cause(claims_of, voice):
    # "Peru dismayed Chile." / "Chile was dismayed by Peru.": Chile disapproves of Peru (110).
    if voice == "active":
        rows = [
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
            ("dismayed", "dismay", "VERB", "VBD", "ROOT", 1),
            ("Chile", "Chile", "PROPN", "NNP", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
        ents = [(0, 1, "GPE"), (2, 3, "GPE")]
    else:
        rows = [
            ("Chile", "Chile", "PROPN", "NNP", "nsubjpass", 2),
            ("was", "be", "AUX", "VBD", "auxpass", 2),
            ("dismayed", "dismay", "VERB", "VBN", "ROOT", 2),
            ("by", "by", "ADP", "IN", "agent", 2),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 2),
        ]
        ents = [(0, 1, "GPE"), (4, 5, "GPE")]
    claims = claims_of(rows, ents=ents)
    assert [(c.subject.code, c.cameo[:2], c.object.code) for c in claims] == [("CHL", "11", "PER")]


@pytest.mark.parametrize("preposition", ["from", "to"])
def test_relations_recalling_ones_envoy_reduces_relations_with_the_state_posted_to(claims_of, preposition):
    # "Chile recalled its ambassador from / to Peru.": Chile → Peru 161, the envoy being Chile's own.
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("recalled", "recall", "VERB", "VBD", "ROOT", 1),
        ("its", "its", "PRON", "PRP$", "poss", 3),
        ("ambassador", "ambassador", "NOUN", "NN", "dobj", 1),
        (preposition, preposition, "ADP", "IN", "prep", 3),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("CHL", "161", "PER")]


def test_relations_a_pattern_naming_its_object_noun_codes_one_act(claims_of):
    # "Chile lodged a protest with Peru.": LODGE * PROTEST [110] is the act; the noun adds no 140.
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("lodged", "lodge", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3),
        ("protest", "protest", "NOUN", "NN", "dobj", 1),
        ("with", "with", "ADP", "IN", "prep", 3),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("CHL", "110", "PER")]


def test_relations_force_on_a_city_targets_its_state_but_returning_to_one_targets_no_one(claims_of):
    # "Chilean troops shelled Kharkiv. Chilean troops returned to Kharkiv." (a city of the gazetteer)
    def sentence(verb: str, lemma: str, to: bool) -> list:
        rows = [
            ("Chilean", "chilean", "ADJ", "JJ", "amod", 1),
            ("troops", "troop", "NOUN", "NNS", "nsubj", 2),
            (verb, lemma, "VERB", "VBD", "ROOT", 2),
        ]
        if to:
            rows += [("to", "to", "ADP", "IN", "prep", 2), ("Kharkiv", "Kharkiv", "PROPN", "NNP", "pobj", 3)]
        else:
            rows += [("Kharkiv", "Kharkiv", "PROPN", "NNP", "dobj", 2)]
        return [*rows, (".", ".", "PUNCT", ".", "punct", 2)]

    shelled = claims_of(sentence("shelled", "shell", False), ents=[(0, 1, "NORP"), (3, 4, "GPE")])
    assert [(c.subject.code, c.cameo[:2], c.object.code) for c in shelled] == [("CHLMIL", "19", "UKR")]
    returned = claims_of(sentence("returned", "return", True), ents=[(0, 1, "NORP"), (4, 5, "GPE")])
    assert [c for c in returned if c.object.code == "UKR"] == []


def test_relations_two_sides_exchanging_fire_fight_each_other(claims_of):
    # "Chile and Peru exchanged fire.": the dictionary's EXCHANGE * FIRE [193:193], each on the other.
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Peru", "Peru", "PROPN", "NNP", "conj", 0),
        ("exchanged", "exchange", "VERB", "VBD", "ROOT", 3),
        ("fire", "fire", "NOUN", "NN", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert sorted((c.subject.code, c.cameo, c.object.code) for c in claims) == [
        ("CHL", "193", "PER"),
        ("PER", "193", "CHL"),
    ]


@pytest.mark.parametrize(("modifier", "code"), [("economic", "061"), ("military", "062"), ("diplomatic", "050")])
def test_relations_the_kind_of_ties_is_the_kind_of_cooperation(claims_of, modifier, code):
    # "Chile and Peru restored economic / military / diplomatic ties."
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Peru", "Peru", "PROPN", "NNP", "conj", 0),
        ("restored", "restore", "VERB", "VBD", "ROOT", 3),
        (modifier, modifier, "ADJ", "JJ", "amod", 5),
        ("ties", "tie", "NOUN", "NNS", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert {c.cameo for c in claims} == {code}


_LEFT = [
    ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
    ("left", "leave", "VERB", "VBD", "ROOT", 1),
    ("NATO", "NATO", "PROPN", "NNP", "dobj", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]
_VOTED_TO_LEAVE = [
    ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
    ("voted", "vote", "VERB", "VBD", "ROOT", 1),
    ("to", "to", "PART", "TO", "aux", 3),
    ("leave", "leave", "VERB", "VB", "xcomp", 1),
    ("NATO", "NATO", "PROPN", "NNP", "dobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
]


@pytest.mark.parametrize("rows", [_LEFT, _VOTED_TO_LEAVE], ids=["left", "voted to leave"])
def test_relations_leaving_an_organisation_reduces_relations_and_the_vote_is_that_act(claims_of, rows):
    # "Chile left NATO." / "Chile voted to leave NATO.": Chile → NATO 160; the vote codes nothing else.
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (len(rows) - 2, len(rows) - 1, "ORG")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("CHL", "160", "IGOWSTNAT")]


def test_relations_leaving_a_state_is_no_act_on_it(claims_of):
    # "The minister left Peru.": travel, no reduced relations.
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("left", "leave", "VERB", "VBD", "ROOT", 1),
        ("Peru", "Peru", "PROPN", "NNP", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")]) == []


def test_relations_blaming_someone_for_an_attack_reports_that_they_made_it(claims_of):
    # "Chile blamed Peru for the attack on Bolivia.": Chile accuses Peru (112), and reports Peru's attack.
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("blamed", "blame", "VERB", "VBD", "ROOT", 1),
        ("Peru", "Peru", "PROPN", "NNP", "dobj", 1),
        ("for", "for", "ADP", "IN", "prep", 1),
        ("the", "the", "DET", "DT", "det", 5),
        ("attack", "attack", "NOUN", "NN", "pobj", 3),
        ("on", "on", "ADP", "IN", "prep", 5),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE"), (7, 8, "GPE")])
    found = {
        (c.subject.code, c.cameo[:2], c.object.code, c.modality, c.attributed_to and c.attributed_to.code)
        for c in claims
    }
    assert found == {("CHL", "11", "PER", "asserted", None), ("PER", "19", "BOL", "reported", "CHL")}


def test_relations_intending_an_act_is_that_act_to_come_not_an_offer(claims_of):
    # "Chile intends to leave NATO.": the leaving, still to come; "intends" codes nothing of its own.
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("intends", "intend", "VERB", "VBZ", "ROOT", 1),
        ("to", "to", "PART", "TO", "aux", 3),
        ("leave", "leave", "VERB", "VB", "xcomp", 1),
        ("NATO", "NATO", "PROPN", "NNP", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (4, 5, "ORG")])
    assert [(c.subject.code, c.cameo, c.object.code, c.modality) for c in claims] == [
        ("CHL", "160", "IGOWSTNAT", "future")
    ]


@pytest.mark.parametrize(("reactor", "expected"), [("Bolivia", [("BOL", "111", "CHL")]), ("Chile", [])])
def test_relations_condemning_the_act_named_before_targets_who_did_it(claims_of, reactor, expected):
    # "Chile attacked Peru. Bolivia (Chile) condemned the attack.": Bolivia → Chile; Chile's own act, no one.
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
        ("Peru", "Peru", "PROPN", "NNP", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
        (reactor, reactor, "PROPN", "NNP", "nsubj", 5),
        ("condemned", "condemn", "VERB", "VBD", "ROOT", 5),
        ("the", "the", "DET", "DT", "det", 7),
        ("attack", "attack", "NOUN", "NN", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 5),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims if c.relation == "criticizes"] == expected


def _alleged(subject_dep: str, aux_dep: str, verb: tuple[str, str, str]) -> list[tuple[str, str, str, str, str, int]]:
    # "Peru alleged that Chile was <verb> …"
    word, lemma, tag = verb
    return [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("alleged", "allege", "VERB", "VBD", "ROOT", 1),
        ("that", "that", "SCONJ", "IN", "mark", 5),
        ("Chile", "Chile", "PROPN", "NNP", subject_dep, 5),
        ("was", "be", "AUX", "VBD", aux_dep, 5),
        (word, lemma, "VERB", tag, "ccomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


def test_relations_an_allegation_accuses_its_complement_subject_even_of_no_coded_act(claims_of):
    # "Peru alleged that Chile was hiding …": no act the lexicon codes, still an accusation of Chile
    claims = claims_of(_alleged("nsubj", "aux", ("hiding", "hide", "VBG")), ents=[(0, 1, "GPE"), (3, 4, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("PER", "112", "CHL")]


def test_relations_an_allegation_does_not_accuse_the_one_a_passive_complement_befell(claims_of):
    # "Peru alleged that Chile was flooded": Chile suffered it, the allegation is not against Chile
    rows = _alleged("nsubjpass", "auxpass", ("flooded", "flood", "VBN"))
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (3, 4, "GPE")])
    assert [c for c in claims if c.relation == "accuses"] == []


def _chile_attacked_peru_then(
    *reaction: tuple[str, str, str, str, str, int],
) -> list[tuple[str, str, str, str, str, int]]:
    return [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
        ("Peru", "Peru", "PROPN", "NNP", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
        *reaction,
    ]


def test_relations_speaking_out_against_the_act_named_before_criticizes_who_did_it(claims_of):
    # "Chile attacked Peru. Bolivia spoke out against the attack."
    rows = _chile_attacked_peru_then(
        ("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 5),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 5),
        ("out", "out", "ADP", "RP", "prt", 5),
        ("against", "against", "ADP", "IN", "prep", 5),
        ("the", "the", "DET", "DT", "det", 9),
        ("attack", "attack", "NOUN", "NN", "pobj", 7),
        (".", ".", "PUNCT", ".", "punct", 5),
    )
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims if c.relation == "criticizes"] == [
        ("BOL", "111", "CHL")
    ]


def test_relations_criticizing_the_decision_targets_who_acted_just_before(claims_of):
    # "Chile attacked Peru. Bolivia criticized the decision.": the decision is the act reported last
    rows = _chile_attacked_peru_then(
        ("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 5),
        ("criticized", "criticize", "VERB", "VBD", "ROOT", 5),
        ("the", "the", "DET", "DT", "det", 7),
        ("decision", "decision", "NOUN", "NN", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 5),
    )
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE")])
    assert [(c.subject.code, c.object.code) for c in claims if c.relation == "criticizes"] == [("BOL", "CHL")]


def test_relations_a_verb_read_as_the_wrong_stem_gets_the_one_the_vocabulary_codes(blank_nlp, resolver, extractor):
    # "Peru waged war on Chile.": the model reads wag + ed; the verb the dictionary codes is wage + d
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("waged", "wag", "VERB", "VBD", "ROOT", 1),
        ("war", "war", "NOUN", "NN", "dobj", 1),
        ("on", "on", "ADP", "IN", "prep", 1),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    ents = [(0, 1, "GPE"), (4, 5, "GPE")]
    assert extractor(resolver(make_doc(blank_nlp, rows, ents=ents)))._.claims == []
    repaired = VerbLemmaRepair()(make_doc(blank_nlp, rows, ents=ents))
    assert repaired[1].lemma_ == "wage"
    claims = extractor(resolver(repaired))._.claims
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("PER", "190", "CHL")]


@pytest.mark.parametrize(
    ("form", "lemma", "repaired"),
    [
        ("hoped", "hop", "hope"),
        ("raged", "rag", "rage"),
        ("hopped", "hop", "hop"),
        ("planned", "plan", "plan"),
        ("staging", "stag", "stage"),
    ],
)
def test_relations_only_a_form_that_cannot_be_the_chosen_stems_is_repaired(blank_nlp, form, lemma, repaired):
    # a one-syllable stem doubles its consonant ("hopped"), so "hoped" can only be hope + d
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), (form, lemma, "VERB", "VBD", "ROOT", 1)]
    rows.append((".", ".", "PUNCT", ".", "punct", 1))
    assert VerbLemmaRepair()(make_doc(blank_nlp, rows))[1].lemma_ == repaired


def test_relations_a_cognate_object_carries_the_target(claims_of):
    # "Peru fought a war against Chile.": the war's opponent is the fight's
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("fought", "fight", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3),
        ("war", "war", "NOUN", "NN", "dobj", 1),
        ("against", "against", "ADP", "IN", "prep", 3),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("PER", "190", "CHL")]


def test_relations_a_second_verb_of_saying_shares_its_speaker(claims_of):
    # "The Peruvian president spoke and reiterated that Peru would leave the Andean Community."
    rows = [
        ("The", "the", "DET", "DT", "det", 2),
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 2),
        ("president", "president", "NOUN", "NN", "nsubj", 3),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 3),
        ("and", "and", "CCONJ", "CC", "cc", 3),
        ("reiterated", "reiterate", "VERB", "VBD", "conj", 3),
        ("that", "that", "SCONJ", "IN", "mark", 9),
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 9),
        ("would", "would", "AUX", "MD", "aux", 9),
        ("leave", "leave", "VERB", "VB", "ccomp", 5),
        ("the", "the", "DET", "DT", "det", 12),
        ("Andean", "Andean", "PROPN", "NNP", "compound", 12),
        ("Community", "Community", "PROPN", "NNP", "dobj", 9),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    claims = claims_of(rows, ents=[(1, 2, "NORP"), (7, 8, "GPE"), (10, 13, "ORG")])
    said = [(c.subject.code, c.cameo, c.modality, c.attributed_to and c.attributed_to.code) for c in claims]
    assert said == [("PER", "160", "future", "PERGOV")]


def test_relations_a_gerund_parsed_as_a_conjunct_of_a_denial_is_denied_with_its_object(claims_of):
    # "Chile has denied charges of fraud and attempting to invade Peru.", with the gerund hung on
    # "denied" as a conjunct, as the small model does: the invasion is what was denied
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 2),
        ("has", "have", "AUX", "VBZ", "aux", 2),
        ("denied", "deny", "VERB", "VBN", "ROOT", 2),
        ("charges", "charge", "NOUN", "NNS", "dobj", 2),
        ("of", "of", "ADP", "IN", "prep", 3),
        ("fraud", "fraud", "NOUN", "NN", "pobj", 4),
        ("and", "and", "CCONJ", "CC", "cc", 2),
        ("attempting", "attempt", "VERB", "VBG", "conj", 2),
        ("to", "to", "PART", "TO", "aux", 9),
        ("invade", "invade", "VERB", "VB", "xcomp", 7),
        ("Peru", "Peru", "PROPN", "NNP", "dobj", 9),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = [c for c in claims_of(rows, ents=[(0, 1, "GPE"), (10, 11, "GPE")]) if c.trigger == "invade"]
    assert [(c.subject.code, c.object.code, c.modality) for c in claims] == [("CHL", "PER", "denied")]


def test_relations_a_date_after_a_conjunct_sharing_the_subject_dates_the_coordination(claims_of):
    # "Chilean police fired on protesters and left yesterday."
    rows = [
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 1),
        ("police", "police", "NOUN", "NNS", "nsubj", 2),
        ("fired", "fire", "VERB", "VBD", "ROOT", 2),
        ("on", "on", "ADP", "IN", "prep", 2),
        ("protesters", "protester", "NOUN", "NNS", "pobj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 2),
        ("left", "leave", "VERB", "VBD", "conj", 2),
        ("yesterday", "yesterday", "NOUN", "NN", "npadvmod", 6),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (7, 8, "DATE")], published=date(2024, 3, 8))
    assert [(c.trigger, c.date, c.date_source) for c in claims] == [("fired", "2024-03-07", "text")]
