"""The CAMEO verb dictionary and the coders' conventions, on hand-built parses (no model).

Sentences are paraphrases written for these tests; each checks one construction.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.model import Claim
from kg.ontology import load_vocabulary
from kg.relations.patterns import ArgumentWords, match_verb


def _dyads(claims: list[Claim]) -> set[tuple[str | None, str, str | None, str | None]]:
    return {(c.subject.code, c.relation, c.object.code, c.cameo) for c in claims}


def test_codebook_every_cameo_code_has_a_relation_plover_type_and_weight():
    vocab = load_vocabulary()
    assert len(vocab.cameo) == 311
    assert {code[:2] for code in vocab.code_relations} == {f"{n:02d}" for n in range(1, 21)}
    assert vocab.relation_for_code("0234").name == "requests"
    assert vocab.relation_for_code("042").name == "visits" and vocab.relation_for_code("1831").name == "assaults"
    assert vocab.cameo["163"][1] == "COERCE" and vocab.goldstein("0874") == 10.0


def test_codebook_the_most_specific_pattern_gives_the_code():
    vocab = load_vocabulary()
    bare = ArgumentWords(objects=frozenset({"help"}))
    assert match_verb("request", bare, vocab).code == "020"
    weapons = ArgumentWords(objects=frozenset({"weapons", "weapon"}))
    assert match_verb("request", weapons, vocab).code == "0232"  # "- * &WEAPON [0232]"
    assert match_verb("unknownverb", bare, vocab) is None


def test_codebook_a_blocking_pattern_codes_no_event():
    vocab = load_vocabulary()
    # "- * COURT [---]" in the motion block: going to court is no visit
    assert (
        match_verb("go", ArgumentWords(objects=frozenset({"court"}), prepositions={"to": frozenset()}), vocab) is None
    )


def test_codebook_dictionary_verb_codes_a_claim(claims_of):
    # "Kenya rushed aid to Somalia."
    claims = claims_of(
        [
            ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1),
            ("rushed", "rush", "VERB", "VBD", "ROOT", 1),
            ("aid", "aid", "NOUN", "NN", "dobj", 1),
            ("to", "to", "ADP", "IN", "prep", 1),
            ("Somalia", "Somalia", "PROPN", "NNP", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert ("KEN", "supplies", "SOM", "070") in _dyads(claims)


def test_codebook_a_verb_of_thought_alone_codes_nothing(claims_of):
    # "Chile considered Peru." — CONSIDER codes only through its patterns.
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("considered", "consider", "VERB", "VBD", "ROOT", 1),
            ("Peru", "Peru", "PROPN", "NNP", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert claims == []


def test_codebook_a_coalition_joined_by_several_states_makes_no_pairs_among_them(claims_of):
    # "The alliance was joined by Chile and Peru."
    claims = claims_of(
        [
            ("The", "the", "DET", "DT", "det", 1),
            ("alliance", "alliance", "NOUN", "NN", "nsubjpass", 3),
            ("was", "be", "AUX", "VBD", "auxpass", 3),
            ("joined", "join", "VERB", "VBN", "ROOT", 3),
            ("by", "by", "ADP", "IN", "agent", 3),
            ("Chile", "Chile", "PROPN", "NNP", "pobj", 4),
            ("and", "and", "CCONJ", "CC", "cc", 5),
            ("Peru", "Peru", "PROPN", "NNP", "conj", 5),
            (".", ".", "PUNCT", ".", "punct", 3),
        ]
    )
    assert not [c for c in claims if {c.subject.code, c.object.code} == {"CHL", "PER"}]


def test_codebook_a_speaker_reporting_a_hostile_act_accuses_its_actor(claims_of):
    # "Ottawa said Iran seized a tanker from Norway."
    claims = claims_of(
        [
            ("Canada", "Canada", "PROPN", "NNP", "nsubj", 1),
            ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("Iran", "Iran", "PROPN", "NNP", "nsubj", 3),
            ("seized", "seize", "VERB", "VBD", "ccomp", 1),
            ("a", "a", "DET", "DT", "det", 5),
            ("tanker", "tanker", "NOUN", "NN", "dobj", 3),
            ("from", "from", "ADP", "IN", "prep", 3),
            ("Norway", "Norway", "PROPN", "NNP", "pobj", 6),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    reported = next(c for c in claims if c.relation == "coerces")
    assert (reported.subject.code, reported.object.code, reported.modality) == ("IRN", "NOR", "reported")
    accusation = next(c for c in claims if c.relation == "accuses")
    assert (accusation.subject.code, accusation.object.code, accusation.cameo) == ("CAN", "IRN", "112")
    assert accusation.modality == "asserted" and accusation.extra["derived_from"] == reported.id


def test_codebook_passive_agents_come_from_the_statement_they_were_made_in(claims_of):
    # "Iran was denounced in a letter by Chile and Peru."
    claims = claims_of(
        [
            ("Iran", "Iran", "PROPN", "NNP", "nsubjpass", 2),
            ("was", "be", "AUX", "VBD", "auxpass", 2),
            ("denounced", "denounce", "VERB", "VBN", "ROOT", 2),
            ("in", "in", "ADP", "IN", "prep", 2),
            ("a", "a", "DET", "DT", "det", 5),
            ("letter", "letter", "NOUN", "NN", "pobj", 3),
            ("by", "by", "ADP", "IN", "prep", 5),
            ("Chile", "Chile", "PROPN", "NNP", "pobj", 6),
            ("and", "and", "CCONJ", "CC", "cc", 7),
            ("Peru", "Peru", "PROPN", "NNP", "conj", 7),
            (".", ".", "PUNCT", ".", "punct", 2),
        ]
    )
    assert {("CHL", "criticizes", "IRN", "111"), ("PER", "criticizes", "IRN", "111")} <= _dyads(claims)


def test_codebook_an_act_of_state_power_without_agent_is_the_state_s_where_it_was_done(claims_of):
    # "The party was outlawed in Kenya."
    claims = claims_of(
        [
            ("The", "the", "DET", "DT", "det", 1),
            ("party", "party", "NOUN", "NN", "nsubjpass", 3),
            ("was", "be", "AUX", "VBD", "auxpass", 3),
            ("outlawed", "outlaw", "VERB", "VBN", "ROOT", 3),
            ("in", "in", "ADP", "IN", "prep", 3),
            ("Kenya", "Kenya", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 3),
        ]
    )
    # the party names no actor, so there is no claim; with an actor as the passive subject there is one
    assert claims == []
    claims = claims_of(
        [
            ("Hamas", "Hamas", "PROPN", "NNP", "nsubjpass", 2),
            ("was", "be", "AUX", "VBD", "auxpass", 2),
            ("outlawed", "outlaw", "VERB", "VBN", "ROOT", 2),
            ("in", "in", "ADP", "IN", "prep", 2),
            ("Kenya", "Kenya", "PROPN", "NNP", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 2),
        ]
    )
    assert ("KEN", "coerces", "PSEREBHMS", "172") in _dyads(claims)


def test_codebook_an_agreement_signed_between_several_parties_gives_each_pair(claims_of):
    # "A pact was signed between Chile, Peru and Bolivia."
    claims = claims_of(
        [
            ("A", "a", "DET", "DT", "det", 1),
            ("pact", "pact", "NOUN", "NN", "nsubjpass", 3),
            ("was", "be", "AUX", "VBD", "auxpass", 3),
            ("signed", "sign", "VERB", "VBN", "ROOT", 3),
            ("between", "between", "ADP", "IN", "prep", 3),
            ("Chile", "Chile", "PROPN", "NNP", "pobj", 4),
            (",", ",", "PUNCT", ",", "punct", 5),
            ("Peru", "Peru", "PROPN", "NNP", "conj", 5),
            ("and", "and", "CCONJ", "CC", "cc", 7),
            ("Bolivia", "Bolivia", "PROPN", "NNP", "conj", 7),
            (".", ".", "PUNCT", ".", "punct", 3),
        ]
    )
    pairs = {frozenset((c.subject.code, c.object.code)) for c in claims if c.relation == "signsAgreementWith"}
    assert pairs == {frozenset(p) for p in (("CHL", "PER"), ("CHL", "BOL"), ("PER", "BOL"))}


def test_codebook_the_navies_of_several_states_are_each_a_party(claims_of):
    # "Chile deepened cooperation with the navies of Peru and Bolivia."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("deepened", "deepen", "VERB", "VBD", "ROOT", 1),
            ("cooperation", "cooperation", "NOUN", "NN", "dobj", 1),
            ("with", "with", "ADP", "IN", "prep", 1),
            ("the", "the", "DET", "DT", "det", 5),
            ("navies", "navy", "NOUN", "NNS", "pobj", 3),
            ("of", "of", "ADP", "IN", "prep", 5),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 6),
            ("and", "and", "CCONJ", "CC", "cc", 7),
            ("Bolivia", "Bolivia", "PROPN", "NNP", "conj", 7),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    partners = {c.object.code for c in claims if c.relation == "cooperatesWith" and c.subject.code == "CHL"}
    assert partners == {"PERMIL", "BOLMIL"}


def test_codebook_every_claim_is_dated_by_its_text_or_its_article(claims_of):
    from datetime import date

    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("expelled", "expel", "VERB", "VBD", "ROOT", 1),
        ("Peru", "Peru", "PROPN", "NNP", "poss", 4),
        ("'s", "'s", "PART", "POS", "case", 2),
        ("ambassador", "ambassador", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    [claim] = [c for c in claims_of(rows, published=date(2024, 3, 8)) if c.object.country == "PER"]
    assert (claim.date, claim.date_source) == ("2024-03-08", "article")
    assert claim.to_json()["date_source"] == "article"
    on_monday = [("on", "on", "ADP", "IN", "prep", 1), ("Monday", "Monday", "PROPN", "NNP", "pobj", 5)]
    dated = [*rows[:5], *on_monday, (".", ".", "PUNCT", ".", "punct", 1)]
    [claim] = [
        c for c in claims_of(dated, ents=[(6, 7, "DATE")], published=date(2024, 3, 8)) if c.object.country == "PER"
    ]
    assert (claim.date, claim.date_source) == ("2024-03-04", "text")


def test_codebook_a_word_marked_no_event_is_not_read_from_the_dictionary(claims_of):
    # "Chile's former president died in Peru." — the dictionary files "die" under force; it names no act.
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "poss", 3),
            ("'s", "'s", "PART", "POS", "case", 0),
            ("former", "former", "ADJ", "JJ", "amod", 3),
            ("president", "president", "NOUN", "NN", "nsubj", 4),
            ("died", "die", "VERB", "VBD", "ROOT", 4),
            ("in", "in", "ADP", "IN", "prep", 4),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 5),
            (".", ".", "PUNCT", ".", "punct", 4),
        ]
    )
    assert claims == []
    assert ("die", "VERB") in load_vocabulary().silent


def test_codebook_withdrawing_from_a_body_is_leaving_it_not_a_retreat(claims_of):
    # "Peru withdrew from the European Union." — CAMEO 160, where "withdrew from Chile" stays 087.
    def coded(rows, ents):  # type: ignore[no-untyped-def]
        return [(c.relation, c.cameo) for c in claims_of(rows, ents=ents)]

    body = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("withdrew", "withdraw", "VERB", "VBD", "ROOT", 1),
        ("from", "from", "ADP", "IN", "prep", 1),
        ("the", "the", "DET", "DT", "det", 5),
        ("European", "European", "PROPN", "NNP", "compound", 5),
        ("Union", "Union", "PROPN", "NNP", "pobj", 2),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    state = [*body[:3], ("Chile", "Chile", "PROPN", "NNP", "pobj", 2), (".", ".", "PUNCT", ".", "punct", 1)]
    assert coded(body, [(3, 6, "ORG")]) == [("reducesRelationsWith", "160")]
    assert coded(state, []) == [("yieldsTo", "087")]


def test_codebook_who_is_under_sanctions_is_their_target(claims_of):
    # "Peru is under Chilean sanctions."
    claims = claims_of(
        [
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
            ("is", "be", "AUX", "VBZ", "ROOT", 1),
            ("under", "under", "ADP", "IN", "prep", 1),
            ("Chilean", "chilean", "ADJ", "JJ", "amod", 4),
            ("sanctions", "sanction", "NOUN", "NNS", "pobj", 2),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert [(c.subject.country, c.relation, c.object.country) for c in claims] == [("CHL", "sanctions", "PER")]


def test_codebook_a_meeting_of_several_parties_gives_each_pair_once(claims_of):
    # "A meeting of Chile, Peru and Bolivia ended."
    claims = claims_of(
        [
            ("A", "a", "DET", "DT", "det", 1),
            ("meeting", "meeting", "NOUN", "NN", "nsubj", 8),
            ("of", "of", "ADP", "IN", "prep", 1),
            ("Chile", "Chile", "PROPN", "NNP", "pobj", 2),
            (",", ",", "PUNCT", ",", "punct", 3),
            ("Peru", "Peru", "PROPN", "NNP", "conj", 3),
            ("and", "and", "CCONJ", "CC", "cc", 5),
            ("Bolivia", "Bolivia", "PROPN", "NNP", "conj", 5),
            ("ended", "end", "VERB", "VBD", "ROOT", 8),
            (".", ".", "PUNCT", ".", "punct", 8),
        ]
    )
    pairs = sorted((c.subject.country, c.object.country) for c in claims if c.relation == "meetsWith")
    assert pairs == [("CHL", "BOL"), ("CHL", "PER"), ("PER", "BOL")]


def test_codebook_a_preposition_repeated_or_coordinated_names_one_more_party(claims_of):
    # "Chile met with Peru, then with Bolivia." / "Chile met with Peru and with Bolivia."
    repeated = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("met", "meet", "VERB", "VBD", "ROOT", 1),
        ("with", "with", "ADP", "IN", "prep", 1),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 2),
        (",", ",", "PUNCT", ",", "punct", 1),
        ("then", "then", "ADV", "RB", "advmod", 6),
        ("with", "with", "ADP", "IN", "prep", 1),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    coordinated = [
        *repeated[:4],
        ("and", "and", "CCONJ", "CC", "cc", 2),
        ("with", "with", "ADP", "IN", "conj", 2),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    for rows in (repeated, coordinated):
        assert sorted(c.object.country for c in claims_of(rows)) == ["BOL", "PER"]


def test_codebook_calling_for_someone_to_act_asks_them(claims_of):
    # "Chile called for Peru to end the blockade."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("called", "call", "VERB", "VBD", "ROOT", 1),
            ("for", "for", "SCONJ", "IN", "mark", 5),
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 5),
            ("to", "to", "PART", "TO", "aux", 5),
            ("end", "end", "VERB", "VB", "advcl", 1),
            ("the", "the", "DET", "DT", "det", 7),
            ("blockade", "blockade", "NOUN", "NN", "dobj", 5),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    called = [(c.subject.country, c.relation, c.object.country) for c in claims if c.trigger == "called"]
    assert called == [("CHL", "requests", "PER")]


def test_codebook_a_passive_second_conjunct_acts_on_the_first_one_s_subject(claims_of):
    # "Peru is isolated, and was condemned by Chile."
    claims = claims_of(
        [
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
            ("is", "be", "AUX", "VBZ", "ROOT", 1),
            ("isolated", "isolated", "ADJ", "JJ", "acomp", 1),
            (",", ",", "PUNCT", ",", "punct", 1),
            ("and", "and", "CCONJ", "CC", "cc", 1),
            ("was", "be", "AUX", "VBD", "auxpass", 6),
            ("condemned", "condemn", "VERB", "VBN", "conj", 1),
            ("by", "by", "ADP", "IN", "agent", 6),
            ("Chile", "Chile", "PROPN", "NNP", "pobj", 7),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert [(c.subject.country, c.relation, c.object.country) for c in claims] == [("CHL", "criticizes", "PER")]


def test_codebook_a_critic_of_someone_criticizes_them(claims_of):
    # "Chile is a critic of Peru."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("is", "be", "AUX", "VBZ", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 3),
            ("critic", "critic", "NOUN", "NN", "attr", 1),
            ("of", "of", "ADP", "IN", "prep", 3),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert [(c.subject.country, c.relation, c.object.country) for c in claims] == [("CHL", "criticizes", "PER")]


def test_codebook_announcing_a_deal_between_two_others_is_no_deal_with_either(claims_of):
    # "Chile announced a deal between Peru and Bolivia."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("announced", "announce", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 3),
            ("deal", "deal", "NOUN", "NN", "dobj", 1),
            ("between", "between", "ADP", "IN", "prep", 3),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 4),
            ("and", "and", "CCONJ", "CC", "cc", 5),
            ("Bolivia", "Bolivia", "PROPN", "NNP", "conj", 5),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert {(c.subject.country, c.object.country) for c in claims} == {("PER", "BOL")}


def test_codebook_a_defeat_in_a_match_or_an_election_is_no_force(claims_of):
    # "Chile defeated Peru in the final."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("defeated", "defeat", "VERB", "VBD", "ROOT", 1),
            ("Peru", "Peru", "PROPN", "NNP", "dobj", 1),
            ("in", "in", "ADP", "IN", "prep", 1),
            ("the", "the", "DET", "DT", "det", 5),
            ("final", "final", "NOUN", "NN", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert claims == []


def test_codebook_encouraging_someone_to_act_is_an_appeal(claims_of):
    # "Chile encouraged Peru to negotiate."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("encouraged", "encourage", "VERB", "VBD", "ROOT", 1),
            ("Peru", "Peru", "PROPN", "NNP", "dobj", 1),
            ("to", "to", "PART", "TO", "aux", 4),
            ("negotiate", "negotiate", "VERB", "VB", "xcomp", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert ("CHL", "requests", "PER", "020") in _dyads(claims)
    assert not any(c.relation == "praises" for c in claims)


def test_codebook_a_purpose_infinitive_after_giving_is_the_recipient_s_act(claims_of):
    # "Chile sent money to Bolivia to attack Peru."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("sent", "send", "VERB", "VBD", "ROOT", 1),
            ("money", "money", "NOUN", "NN", "dobj", 1),
            ("to", "to", "ADP", "IN", "prep", 1),
            ("Bolivia", "Bolivia", "PROPN", "NNP", "pobj", 3),
            ("to", "to", "PART", "TO", "aux", 6),
            ("attack", "attack", "VERB", "VB", "advcl", 1),
            ("Peru", "Peru", "PROPN", "NNP", "dobj", 6),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    attacks = {(c.subject.country, c.object.country) for c in claims if c.relation == "attacks"}
    assert attacks == {("BOL", "PER")}


def test_codebook_a_negation_stays_in_its_own_finite_conjunct(claims_of):
    # "Chile did not sign it and urges Peru to wait."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3),
            ("did", "do", "AUX", "VBD", "aux", 3),
            ("not", "not", "PART", "RB", "neg", 3),
            ("sign", "sign", "VERB", "VB", "ROOT", 3),
            ("it", "it", "PRON", "PRP", "dobj", 3),
            ("and", "and", "CCONJ", "CC", "cc", 3),
            ("urges", "urge", "VERB", "VBZ", "conj", 3),
            ("Peru", "Peru", "PROPN", "NNP", "dobj", 6),
            ("to", "to", "PART", "TO", "aux", 9),
            ("wait", "wait", "VERB", "VB", "xcomp", 6),
            (".", ".", "PUNCT", ".", "punct", 3),
        ]
    )
    urged = [c for c in claims if c.relation == "requests"]
    assert [(c.subject.country, c.object.country, c.modality) for c in urged] == [("CHL", "PER", "asserted")]


def test_codebook_an_event_noun_owned_by_someone_unknown_is_not_the_sentence_subject_s(claims_of):
    # "Chile backed the woman in her lawsuit against Peru."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("backed", "back", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3),
            ("woman", "woman", "NOUN", "NN", "dobj", 1),
            ("in", "in", "ADP", "IN", "prep", 1),
            ("her", "her", "PRON", "PRP$", "poss", 6),
            ("lawsuit", "lawsuit", "NOUN", "NN", "pobj", 4),
            ("against", "against", "ADP", "IN", "prep", 6),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 7),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert not any(c.object.country == "PER" for c in claims), [c.to_json() for c in claims]


def test_codebook_a_mediator_acts_towards_each_party_named_with_between(claims_of):
    # "Chile mediated talks between Peru and Bolivia."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("mediated", "mediate", "VERB", "VBD", "ROOT", 1),
            ("talks", "talk", "NOUN", "NNS", "dobj", 1),
            ("between", "between", "ADP", "IN", "prep", 2),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 3),
            ("and", "and", "CCONJ", "CC", "cc", 4),
            ("Bolivia", "Bolivia", "PROPN", "NNP", "conj", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    mediated = {(c.subject.country, c.object.country) for c in claims if (c.cameo or "").startswith("045")}
    assert mediated == {("CHL", "PER"), ("CHL", "BOL")}


def test_codebook_the_host_of_a_meeting_between_two_parties_meets_each(claims_of):
    # "Chile hosted a meeting between Peru and Bolivia."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("hosted", "host", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 3),
            ("meeting", "meeting", "NOUN", "NN", "dobj", 1),
            ("between", "between", "ADP", "IN", "prep", 3),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 4),
            ("and", "and", "CCONJ", "CC", "cc", 5),
            ("Bolivia", "Bolivia", "PROPN", "NNP", "conj", 5),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    met = {frozenset((c.subject.country, c.object.country)) for c in claims if c.relation == "meetsWith"}
    assert {frozenset(("CHL", "PER")), frozenset(("CHL", "BOL"))} <= met


def test_codebook_what_a_mutual_verb_discusses_is_its_topic_not_its_counterpart(claims_of):
    # "Chile discussed the army of Peru with Bolivia."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("discussed", "discuss", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3),
            ("army", "army", "NOUN", "NN", "dobj", 1),
            ("of", "of", "ADP", "IN", "prep", 3),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 4),
            ("with", "with", "ADP", "IN", "prep", 1),
            ("Bolivia", "Bolivia", "PROPN", "NNP", "pobj", 6),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert {(c.subject.country, c.object.country) for c in claims if c.relation == "meetsWith"} == {("CHL", "BOL")}


def test_codebook_two_subjects_the_parser_flattened_into_one_phrase_still_meet(claims_of):
    # "Chile and Peru talked.", parsed as if "Chile and" modified "Peru"
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "compound", 2),
            ("and", "and", "CCONJ", "CC", "cc", 0),
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 3),
            ("talked", "talk", "VERB", "VBD", "ROOT", 3),
            (".", ".", "PUNCT", ".", "punct", 3),
        ]
    )
    assert {frozenset((c.subject.country, c.object.country)) for c in claims if c.relation == "meetsWith"} == {
        frozenset(("CHL", "PER"))
    }


def test_codebook_who_fired_the_weapons_is_who_they_targeted(claims_of):
    # "Chile fired rockets targeting Peruvian troops."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("fired", "fire", "VERB", "VBD", "ROOT", 1),
            ("rockets", "rocket", "NOUN", "NNS", "dobj", 1),
            ("targeting", "target", "VERB", "VBG", "acl", 2),
            ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 5),
            ("troops", "troop", "NOUN", "NNS", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert ("CHL", "PERMIL") in {(c.subject.code, c.object.code) for c in claims if c.relation == "attacks"}


def test_codebook_a_verb_that_orchestrates_an_attack_is_its_agent(claims_of):
    # "Chile orchestrated attacks on Peru."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("orchestrated", "orchestrate", "VERB", "VBD", "ROOT", 1),
            ("attacks", "attack", "NOUN", "NNS", "dobj", 1),
            ("on", "on", "ADP", "IN", "prep", 2),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert ("CHL", "PER") in {(c.subject.code, c.object.code) for c in claims if c.relation == "attacks"}


def test_codebook_a_pattern_s_target_may_hang_off_its_object(claims_of):
    # "Chile used water canons against Peru."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("used", "use", "VERB", "VBD", "ROOT", 1),
            ("water", "water", "NOUN", "NN", "compound", 3),
            ("canons", "canon", "NOUN", "NNS", "dobj", 1),
            ("against", "against", "ADP", "IN", "prep", 3),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert ("CHL", "coerces", "PER", "175") in _dyads(claims)


def test_codebook_a_trip_made_is_a_visit_not_an_intention(claims_of):
    # "Chile made a trip to Peru." — the dictionary's MAKE TRIP [036] gives way to the visit
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("made", "make", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 3),
            ("trip", "trip", "NOUN", "NN", "dobj", 1),
            ("to", "to", "ADP", "IN", "prep", 3),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert {(c.subject.country, c.relation, c.object.country, c.cameo) for c in claims} == {
        ("CHL", "visits", "PER", "042")
    }


def test_codebook_retiring_from_an_office_is_no_event(claims_of):
    # "Chile retired from Peru." — read as a career ending: nothing is yielded
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("retired", "retire", "VERB", "VBD", "ROOT", 1),
            ("from", "from", "ADP", "IN", "prep", 1),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 2),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert claims == []


def test_codebook_who_goes_on_despite_criticism_is_its_target(claims_of):
    # "Chile signed it despite criticism by Peru."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("signed", "sign", "VERB", "VBD", "ROOT", 1),
            ("it", "it", "PRON", "PRP", "dobj", 1),
            ("despite", "despite", "ADP", "IN", "prep", 1),
            ("criticism", "criticism", "NOUN", "NN", "pobj", 3),
            ("by", "by", "ADP", "IN", "prep", 4),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 5),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert ("PER", "criticizes", "CHL", "111") in _dyads(claims)


def test_codebook_who_joins_the_talks_meets_those_who_held_them(claims_of):
    # "Chile and Peru met in 2019. Bolivia joined the talks."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3),
            ("and", "and", "CCONJ", "CC", "cc", 0),
            ("Peru", "Peru", "PROPN", "NNP", "conj", 0),
            ("met", "meet", "VERB", "VBD", "ROOT", 3),
            ("in", "in", "ADP", "IN", "prep", 3),
            ("2019", "2019", "NUM", "CD", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 3),
            ("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 8),
            ("joined", "join", "VERB", "VBD", "ROOT", 8),
            ("the", "the", "DET", "DT", "det", 10),
            ("talks", "talk", "NOUN", "NNS", "dobj", 8),
            (".", ".", "PUNCT", ".", "punct", 8),
        ],
        ents=[(5, 6, "DATE")],
    )
    joined = {(c.object.country, c.date) for c in claims if c.subject.country == "BOL" and c.relation == "meetsWith"}
    assert joined == {("CHL", "2019"), ("PER", "2019")}


def test_codebook_endorsing_an_audit_of_someone_praises_no_one(claims_of):
    # "Chile endorsed an audit of Peru."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("endorsed", "endorse", "VERB", "VBD", "ROOT", 1),
            ("an", "an", "DET", "DT", "det", 3),
            ("audit", "audit", "NOUN", "NN", "dobj", 1),
            ("of", "of", "ADP", "IN", "prep", 3),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert not any(c.relation == "praises" for c in claims)


def test_codebook_proposing_to_act_oneself_asks_nothing_of_the_other(claims_of):
    # "Chile proposed to raise the issue with Peru."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("proposed", "propose", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3),
            ("raise", "raise", "VERB", "VB", "xcomp", 1),
            ("the", "the", "DET", "DT", "det", 5),
            ("issue", "issue", "NOUN", "NN", "dobj", 3),
            ("with", "with", "ADP", "IN", "prep", 3),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 6),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert not any(c.relation == "requests" for c in claims)


def test_codebook_a_planned_meeting_is_still_to_come(claims_of):
    # "Chile and Peru announced a planned summit."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3),
            ("and", "and", "CCONJ", "CC", "cc", 0),
            ("Peru", "Peru", "PROPN", "NNP", "conj", 0),
            ("announced", "announce", "VERB", "VBD", "ROOT", 3),
            ("a", "a", "DET", "DT", "det", 6),
            ("planned", "planned", "ADJ", "JJ", "amod", 6),
            ("summit", "summit", "NOUN", "NN", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 3),
        ]
    )
    met = [c for c in claims if c.relation == "meetsWith"]
    assert met and all(c.modality == "future" for c in met)


def test_codebook_a_conjunct_followed_by_its_own_verb_is_the_next_clause_s_subject(claims_of):
    # "Chile attacked Peru and Bolivia would answer." parsed with Bolivia joined to Peru
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
            ("Peru", "Peru", "PROPN", "NNP", "dobj", 1),
            ("and", "and", "CCONJ", "CC", "cc", 2),
            ("Bolivia", "Bolivia", "PROPN", "NNP", "conj", 2),
            ("would", "would", "AUX", "MD", "aux", 6),
            ("answer", "answer", "VERB", "VB", "conj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert {c.object.country for c in claims if c.relation == "attacks"} == {"PER"}


def test_codebook_killed_by_an_airstrike_is_an_air_strike(claims_of):
    # "Peruvian soldiers were killed by a Chilean airstrike."
    claims = claims_of(
        [
            ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 1),
            ("soldiers", "soldier", "NOUN", "NNS", "nsubjpass", 3),
            ("were", "be", "AUX", "VBD", "auxpass", 3),
            ("killed", "kill", "VERB", "VBN", "ROOT", 3),
            ("by", "by", "ADP", "IN", "agent", 3),
            ("a", "a", "DET", "DT", "det", 7),
            ("Chilean", "chilean", "ADJ", "JJ", "amod", 7),
            ("airstrike", "airstrike", "NOUN", "NN", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 3),
        ]
    )
    assert ("CHL", "attacks", "PERMIL", "195") in {(c.subject.code, c.relation, c.object.code, c.cameo) for c in claims}


def test_codebook_a_killing_or_an_assassination_named_as_a_noun_is_an_assault(claims_of):
    # "Chile's killing of a Peruvian general ended it."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "poss", 2),
            ("'s", "'s", "PART", "POS", "case", 0),
            ("killing", "killing", "NOUN", "NN", "nsubj", 7),
            ("of", "of", "ADP", "IN", "prep", 2),
            ("a", "a", "DET", "DT", "det", 6),
            ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 6),
            ("general", "general", "NOUN", "NN", "pobj", 3),
            ("ended", "end", "VERB", "VBD", "ROOT", 7),
            ("it", "it", "PRON", "PRP", "dobj", 7),
            (".", ".", "PUNCT", ".", "punct", 7),
        ]
    )
    assert ("CHL", "assaults", "PERMIL") in {(c.subject.code, c.relation, c.object.code) for c in claims}


@pytest.mark.parametrize(
    ("verb", "lemma", "tag", "thing", "expected"),
    [
        ("withdrew", "withdraw", "VBD", ("accord", "accord"), ("CHL", "rejects", "PER", "120")),  # leaves a deal
        ("quit", "quit", "VBD", ("treaty", "treaty"), ("CHL", "rejects", "PER", "120")),
    ],
)
def test_codebook_leaving_an_agreement_rejects_it(claims_of, verb, lemma, tag, thing, expected):
    # "Chile withdrew from the accord with Peru." / "Chile quit the treaty with Peru."
    preposition = [("from", "from", "ADP", "IN", "prep", 1)] if lemma == "withdraw" else []
    n = len(preposition)
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            (verb, lemma, "VERB", tag, "ROOT", 1),
            *preposition,
            ("the", "the", "DET", "DT", "det", n + 3),
            (*thing, "NOUN", "NN", "pobj" if n else "dobj", 2 if n else 1),
            ("with", "with", "ADP", "IN", "prep", n + 3),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", n + 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert expected in _dyads(claims)
    assert not any(c.relation == "yieldsTo" for c in claims)


def test_codebook_withdrawing_troops_from_a_state_is_still_a_military_withdrawal(claims_of):
    # "Chile withdrew troops from Peru."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("withdrew", "withdraw", "VERB", "VBD", "ROOT", 1),
            ("troops", "troop", "NOUN", "NNS", "dobj", 1),
            ("from", "from", "ADP", "IN", "prep", 1),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert ("CHL", "yieldsTo", "PER", "087") in _dyads(claims)


@pytest.mark.parametrize(
    ("verb", "thing", "expected"),
    [
        ("reject", "accusation", ("PER", "denies", "CHL", "016")),  # rejecting an accusation denies it
        ("reject", "proposal", ("PER", "rejects", "CHL", "120")),
        ("oppose", "statement", ("PER", "criticizes", "CHL", "110")),  # the dictionary: disapproval
        ("oppose", "proposal", ("PER", "rejects", "CHL", "120")),  # its pattern for proposals
    ],
)
def test_codebook_what_is_rejected_or_opposed_decides_the_code(claims_of, verb, thing, expected):
    # "Peru rejected (opposed) Chile's accusation (proposal, statement)."
    claims = claims_of(
        [
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
            (verb + "d", verb, "VERB", "VBD", "ROOT", 1),
            ("Chile", "Chile", "PROPN", "NNP", "poss", 4),
            ("'s", "'s", "PART", "POS", "case", 2),
            (thing, thing, "NOUN", "NN", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert expected in _dyads(claims)
    assert {c.relation for c in claims if (c.subject.code, c.object.code) == ("PER", "CHL")} == {expected[1]}


def test_codebook_awarding_a_prize_honours_its_bearer(claims_of):
    # "Norway awarded Chile a prize."
    claims = claims_of(
        [
            ("Norway", "Norway", "PROPN", "NNP", "nsubj", 1),
            ("awarded", "award", "VERB", "VBD", "ROOT", 1),
            ("Chile", "Chile", "PROPN", "NNP", "dative", 1),
            ("a", "a", "DET", "DT", "det", 4),
            ("prize", "prize", "NOUN", "NN", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert _dyads(claims) == {("NOR", "praises", "CHL", "051")}


@pytest.mark.parametrize(("word", "lemma"), [("recognized", "recognize"), ("recognised", "recognise")])
def test_codebook_an_entry_reads_american_and_british_spelling(claims_of, word, lemma):
    # "Peru recognized (recognised) Chile."
    claims = claims_of(
        [
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
            (word, lemma, "VERB", "VBD", "ROOT", 1),
            ("Chile", "Chile", "PROPN", "NNP", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert _dyads(claims) == {("PER", "supports", "CHL", "054")}


def test_codebook_a_declaration_against_a_third_state_is_each_signatorys_act_not_a_pact(claims_of):
    # "A declaration condemning Peru was signed by Chile and Bolivia."
    claims = claims_of(
        [
            ("A", "a", "DET", "DT", "det", 1),
            ("declaration", "declaration", "NOUN", "NN", "nsubjpass", 5),
            ("condemning", "condemn", "VERB", "VBG", "acl", 1),
            ("Peru", "Peru", "PROPN", "NNP", "dobj", 2),
            ("was", "be", "AUX", "VBD", "auxpass", 5),
            ("signed", "sign", "VERB", "VBN", "ROOT", 5),
            ("by", "by", "ADP", "IN", "agent", 5),
            ("Chile", "Chile", "PROPN", "NNP", "pobj", 6),
            ("and", "and", "CCONJ", "CC", "cc", 7),
            ("Bolivia", "Bolivia", "PROPN", "NNP", "conj", 7),
            (".", ".", "PUNCT", ".", "punct", 5),
        ]
    )
    assert _dyads(claims) == {("CHL", "criticizes", "PER", "111"), ("BOL", "criticizes", "PER", "111")}


def test_codebook_a_statement_addressing_an_act_is_not_that_act(claims_of):
    # "Chile issued a statement addressing Peru's arrest."
    claims = claims_of(
        [
            ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
            ("issued", "issue", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 3),
            ("statement", "statement", "NOUN", "NN", "dobj", 1),
            ("addressing", "address", "VERB", "VBG", "acl", 3),
            ("Peru", "Peru", "PROPN", "NNP", "poss", 7),
            ("'s", "'s", "PART", "POS", "case", 5),
            ("arrest", "arrest", "NOUN", "NN", "dobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert not any(c.relation == "coerces" and c.subject.code == "CHL" for c in claims), _dyads(claims)


def test_codebook_rallying_ones_allies_is_no_mobilisation_against_them(claims_of):
    # "France is rallying its allies to back its position."
    claims = claims_of(
        [
            ("France", "France", "PROPN", "NNP", "nsubj", 2),
            ("is", "be", "AUX", "VBZ", "aux", 2),
            ("rallying", "rally", "VERB", "VBG", "ROOT", 2),
            ("its", "its", "PRON", "PRP$", "poss", 4),
            ("allies", "ally", "NOUN", "NNS", "dobj", 2),
            ("to", "to", "PART", "TO", "aux", 6),
            ("back", "back", "VERB", "VB", "xcomp", 2),
            ("its", "its", "PRON", "PRP$", "poss", 8),
            ("position", "position", "NOUN", "NN", "dobj", 6),
            (".", ".", "PUNCT", ".", "punct", 2),
        ]
    )
    assert not any(c.relation == "mobilizesAgainst" or (c.cameo or "").startswith("15") for c in claims), _dyads(claims)


def _police_act(verb: str, lemma: str, thing: str, thing_lemma: str, preposition: str) -> list:
    # "Chilean police <verb> <thing> <preposition> the protesters."
    return [
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 1),
        ("police", "police", "NOUN", "NNS", "nsubj", 2),
        (verb, lemma, "VERB", "VBD", "ROOT", 2),
        (thing, thing_lemma, "NOUN", "NN", "dobj", 2),
        (preposition, preposition, "ADP", "IN", "prep", 2),
        ("the", "the", "DET", "DT", "det", 6),
        ("protesters", "protester", "NOUN", "NNS", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]


@pytest.mark.parametrize(
    "rows",
    [
        _police_act("fired", "fire", "gas", "gas", "at"),
        _police_act("fired", "fire", "bullets", "bullet", "at"),
    ],
    ids=["fired gas at", "fired bullets at"],
)
def test_codebook_crowd_weapons_or_bullets_fired_at_ones_own_protesters_are_repression(claims_of, rows):
    claims = claims_of(rows, ents=[(0, 1, "NORP")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("CHLCOP", "175", "CHLOPP")]


def test_codebook_protesters_throwing_stones_at_the_police_riot(claims_of):
    # "Chilean protesters threw stones at the police.": THROW * STONES [182] at the police, by
    # convention a riot (145) when dissenters turn on their own state's police.
    rows = [
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 1),
        ("protesters", "protester", "NOUN", "NNS", "nsubj", 2),
        ("threw", "throw", "VERB", "VBD", "ROOT", 2),
        ("stones", "stone", "NOUN", "NNS", "dobj", 2),
        ("at", "at", "ADP", "IN", "prep", 2),
        ("the", "the", "DET", "DT", "det", 6),
        ("police", "police", "NOUN", "NNS", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "NORP")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("CHLOPP", "145", "CHLCOP")]


def test_codebook_firing_at_someone_attacks_them(claims_of):
    # "Chilean troops fired at Peruvian soldiers."
    rows = [
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 1),
        ("troops", "troop", "NOUN", "NNS", "nsubj", 2),
        ("fired", "fire", "VERB", "VBD", "ROOT", 2),
        ("at", "at", "ADP", "IN", "prep", 2),
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 5),
        ("soldiers", "soldier", "NOUN", "NNS", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (4, 5, "NORP")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("CHLMIL", "190", "PERMIL")]


def test_codebook_an_infinitive_marker_is_no_preposition_of_a_pattern(claims_of):
    # "Chile ordered its envoys to praise Peru.": the dictionary's "- * TO [030]" (head to) is not
    # matched by the 'to' of the infinitive; what is left is the praise.
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("ordered", "order", "VERB", "VBD", "ROOT", 1),
        ("its", "its", "PRON", "PRP$", "poss", 3),
        ("envoys", "envoy", "NOUN", "NNS", "dobj", 1),
        ("to", "to", "PART", "TO", "aux", 5),
        ("praise", "praise", "VERB", "VB", "xcomp", 1),
        ("Peru", "Peru", "PROPN", "NNP", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (6, 7, "GPE")])
    assert "030" not in {c.cameo for c in claims}
    assert {(c.subject.code, c.cameo[:2], c.object.code) for c in claims} == {("CHLGOV", "05", "PER")}


def _admitted(actor: list) -> list:
    # "Chile admitted that <actor> had shelled Bolivian villages." (the actor's rows come with heads
    # relative to their own first row; the clause's verb is the row after "had")
    verb = 3 + len(actor) + 1
    rows = [(w, lemma, pos, tag, dep, verb if dep == "nsubj" else head + 3) for w, lemma, pos, tag, dep, head in actor]
    return [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("admitted", "admit", "VERB", "VBD", "ROOT", 1),
        ("that", "that", "SCONJ", "IN", "mark", verb),
        *rows,
        ("had", "have", "AUX", "VBD", "aux", verb),
        ("shelled", "shell", "VERB", "VBN", "ccomp", 1),
        ("Bolivian", "bolivian", "ADJ", "JJ", "amod", verb + 2),
        ("villages", "village", "NOUN", "NNS", "dobj", verb),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


def test_codebook_admitting_ones_own_attack_acknowledges_responsibility(claims_of):
    own = [("its", "its", "PRON", "PRP$", "poss", 1), ("troops", "troop", "NOUN", "NNS", "nsubj", 0)]
    claims = claims_of(_admitted(own), ents=[(0, 1, "GPE"), (7, 8, "NORP")])
    found = {(c.subject.code, c.cameo, c.object.code, c.modality) for c in claims}
    assert found == {("CHLMIL", "194", "BOLCVL", "asserted"), ("CHL", "015", "BOLCVL", "asserted")}


def test_codebook_admitting_anothers_attack_acknowledges_nothing(claims_of):
    rows = _admitted([("Peru", "Peru", "PROPN", "NNP", "nsubj", 0)])
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (3, 4, "GPE"), (6, 7, "NORP")])
    assert {c.cameo for c in claims} == {"194"}


def test_codebook_claiming_responsibility_for_an_attack_is_towards_its_target(claims_of):
    # "The rebels claimed responsibility for the attack on Peru."
    rows = [
        ("The", "the", "DET", "DT", "det", 1),
        ("Taliban", "Taliban", "PROPN", "NNP", "nsubj", 2),
        ("claimed", "claim", "VERB", "VBD", "ROOT", 2),
        ("responsibility", "responsibility", "NOUN", "NN", "dobj", 2),
        ("for", "for", "ADP", "IN", "prep", 3),
        ("the", "the", "DET", "DT", "det", 6),
        ("attack", "attack", "NOUN", "NN", "pobj", 4),
        ("on", "on", "ADP", "IN", "prep", 6),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 7),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(1, 2, "ORG"), (8, 9, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims if c.cameo == "015"] == [("AFGREB", "015", "PER")]


def test_codebook_claiming_responsibility_reports_the_act_as_the_claimers_own(claims_of):
    # "The Taliban claimed responsibility for the attack on Peru": the attack too, as the Taliban tell it
    rows = [
        ("Taliban", "Taliban", "PROPN", "NNP", "nsubj", 1),
        ("claimed", "claim", "VERB", "VBD", "ROOT", 1),
        ("responsibility", "responsibility", "NOUN", "NN", "dobj", 1),
        ("for", "for", "ADP", "IN", "prep", 2),
        ("the", "the", "DET", "DT", "det", 5),
        ("attack", "attack", "NOUN", "NN", "pobj", 3),
        ("on", "on", "ADP", "IN", "prep", 5),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "ORG"), (7, 8, "GPE")])
    [attack] = [c for c in claims if c.relation == "attacks"]
    assert (attack.subject.code, attack.object.code, attack.modality) == ("AFGREB", "PER", "reported")
    assert attack.attributed_to is not None and attack.attributed_to.code == "AFGREB"
    assert attack.trigger == "attack" and attack.cameo[:2] == "19"


def test_codebook_an_attack_claimed_by_a_group_is_owned_by_it(claims_of):
    # "The attack on Peru was claimed by the Taliban": the act is the passive subject of the claim
    rows = [
        ("The", "the", "DET", "DT", "det", 1),
        ("attack", "attack", "NOUN", "NN", "nsubjpass", 6),
        ("on", "on", "ADP", "IN", "prep", 1),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 2),
        ("was", "be", "AUX", "VBD", "auxpass", 6),
        ("quickly", "quickly", "ADV", "RB", "advmod", 6),
        ("claimed", "claim", "VERB", "VBN", "ROOT", 6),
        ("by", "by", "ADP", "IN", "agent", 6),
        ("the", "the", "DET", "DT", "det", 9),
        ("Taliban", "Taliban", "PROPN", "NNP", "pobj", 7),
        (".", ".", "PUNCT", ".", "punct", 6),
    ]
    claims = claims_of(rows, ents=[(3, 4, "GPE"), (9, 10, "ORG")])
    found = {(c.subject.code, c.cameo[:2], c.object.code, c.modality) for c in claims}
    assert found == {("AFGREB", "01", "PER", "asserted"), ("AFGREB", "19", "PER", "reported")}


def _violence_then_claim(subject_rows: list[tuple[str, str, str, str, str, int]], claim_object: str) -> list:
    # "<subject> killed Peruvian soldiers. The Taliban claimed <responsibility|the attack>."
    verb = len(subject_rows)
    rows = [
        *subject_rows,
        ("killed", "kill", "VERB", "VBD", "ROOT", verb),
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", verb + 2),
        ("soldiers", "soldier", "NOUN", "NNS", "dobj", verb),
        (".", ".", "PUNCT", ".", "punct", verb),
    ]
    at = len(rows)
    obj = [("responsibility", "responsibility", "NOUN", "NN", "dobj", at + 2)]
    if claim_object == "the attack":
        obj = [("the", "the", "DET", "DT", "det", at + 4), ("attack", "attack", "NOUN", "NN", "dobj", at + 2)]
    return [
        *rows,
        ("The", "the", "DET", "DT", "det", at + 1),
        ("Taliban", "Taliban", "PROPN", "NNP", "nsubj", at + 2),
        ("claimed", "claim", "VERB", "VBD", "ROOT", at + 2),
        *obj,
        (".", ".", "PUNCT", ".", "punct", at + 2),
    ]


@pytest.mark.parametrize("claim_object", ["responsibility", "the attack"])
def test_codebook_a_claim_of_responsibility_targets_the_victims_of_the_violence_just_reported(claims_of, claim_object):
    bomb = [("A", "a", "DET", "DT", "det", 1), ("bomb", "bomb", "NOUN", "NN", "nsubj", 2)]
    rows = _violence_then_claim(bomb, claim_object)
    claims = claims_of(rows, ents=[(3, 4, "NORP"), (7, 8, "ORG")])
    statements = {(c.subject.code, c.cameo, c.object.code) for c in claims if c.relation == "makesStatement"}
    assert statements == {("AFGREB", "015", "PERMIL")}
    attacks = {(c.subject.code, c.object.code, c.modality) for c in claims if c.relation in {"attacks", "assaults"}}
    # owning "the attack" reports it as the Taliban's; "responsibility" alone names no act to report
    assert attacks == ({("AFGREB", "PERMIL", "reported")} if claim_object == "the attack" else set())


def test_codebook_a_weapon_in_a_place_is_no_act_of_that_places_state(claims_of):
    # "A bomb in Lima killed Peruvian soldiers": not Peru killing its soldiers
    rows = [
        ("A", "a", "DET", "DT", "det", 1),
        ("bomb", "bomb", "NOUN", "NN", "nsubj", 4),
        ("in", "in", "ADP", "IN", "prep", 1),
        ("Lima", "Lima", "PROPN", "NNP", "pobj", 2),
        ("killed", "kill", "VERB", "VBD", "ROOT", 4),
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 6),
        ("soldiers", "soldier", "NOUN", "NNS", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 4),
    ]
    assert claims_of(rows, ents=[(3, 4, "GPE"), (5, 6, "NORP")]) == []


@pytest.mark.parametrize(("noun", "relation", "code"), [("plan", "criticizes", "111"), ("border", "attacks", "190")])
def test_codebook_force_aimed_at_what_a_state_decided_is_criticism(claims_of, noun, relation, code):
    # "Peru attacked Chile's plan" is words against Chile; "Peru attacked Chile's border" is force
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
        ("Chile", "Chile", "PROPN", "NNP", "poss", 4),
        ("'s", "'s", "PART", "POS", "case", 2),
        (noun, noun, "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert [(c.subject.code, c.relation, c.cameo, c.object.code) for c in claims] == [("PER", relation, code, "CHL")]


def test_codebook_states_that_agree_agree_with_each_other(claims_of):
    # "Peru and Chile agreed on a border": an agreement between them, with no 'with'; each agreed
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Chile", "Chile", "PROPN", "NNP", "conj", 0),
        ("agreed", "agree", "VERB", "VBD", "ROOT", 3),
        ("on", "on", "ADP", "IN", "prep", 3),
        ("a", "a", "DET", "DT", "det", 6),
        ("border", "border", "NOUN", "NN", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert {(c.subject.code, c.cameo[:2], c.object.code) for c in claims} == {
        ("PER", "03", "CHL"),
        ("CHL", "03", "PER"),
    }


def test_codebook_states_that_cut_ties_each_cut_them_with_the_other(claims_of):
    # "Peru and Chile severed ties." (one state severing ties with another is that state's act alone)
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Chile", "Chile", "PROPN", "NNP", "conj", 0),
        ("severed", "sever", "VERB", "VBD", "ROOT", 3),
        ("ties", "tie", "NOUN", "NNS", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert {(c.subject.code, c.cameo, c.object.code) for c in claims} == {("PER", "161", "CHL"), ("CHL", "161", "PER")}


def test_codebook_states_that_agree_to_act_are_coded_by_the_act_alone(claims_of):
    # "Peru and Chile agreed to hold talks": the talks they mean to hold, not a second agreement
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Chile", "Chile", "PROPN", "NNP", "conj", 0),
        ("agreed", "agree", "VERB", "VBD", "ROOT", 3),
        ("to", "to", "PART", "TO", "aux", 5),
        ("hold", "hold", "VERB", "VB", "xcomp", 3),
        ("talks", "talk", "NOUN", "NNS", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert [(c.relation, c.trigger) for c in claims] == [("meetsWith", "talks")]


@pytest.mark.parametrize(
    ("verb", "lemma", "noun", "relation"),
    [("drew", "draw", "criticism", "criticizes"), ("won", "win", "backing", "supports")],
)
def test_codebook_who_receives_an_act_is_its_target_and_the_giver_acts(claims_of, verb, lemma, noun, relation):
    # "Chile drew criticism from Peru", "Chile won backing from Peru": Peru acts on Chile
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        (verb, lemma, "VERB", "VBD", "ROOT", 1),
        (noun, noun, "NOUN", "NN", "dobj", 1),
        ("from", "from", "ADP", "IN", "prep", 1),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (4, 5, "GPE")])
    assert [(c.subject.code, c.relation, c.object.code) for c in claims] == [("PER", relation, "CHL")]


def test_codebook_an_act_received_from_nobody_named_is_no_claim(claims_of):
    # "Chile faced criticism over Peru": no giver, and Chile did not criticize Peru
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("faced", "face", "VERB", "VBD", "ROOT", 1),
        ("criticism", "criticism", "NOUN", "NN", "dobj", 1),
        ("over", "over", "ADP", "IN", "prep", 2),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert claims_of(rows, ents=[(0, 1, "GPE"), (4, 5, "GPE")]) == []


def test_codebook_a_relative_clause_acts_for_the_actor_it_qualifies(claims_of):
    # "Peru, which invaded Chile, held talks.": 'which' is Peru
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 6),
        (",", ",", "PUNCT", ",", "punct", 0),
        ("which", "which", "PRON", "WDT", "nsubj", 3),
        ("invaded", "invade", "VERB", "VBD", "relcl", 0),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", 3),
        (",", ",", "PUNCT", ",", "punct", 0),
        ("slept", "sleep", "VERB", "VBD", "ROOT", 6),
        (".", ".", "PUNCT", ".", "punct", 6),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (4, 5, "GPE")])
    assert [(c.subject.code, c.cameo[:2], c.object.code) for c in claims] == [("PER", "19", "CHL")]


def test_codebook_an_air_strike_that_killed_is_coded_by_its_means(claims_of):
    # "the Peruvian airstrike that killed Chilean soldiers": an air attack (195), not a killing (18)
    rows = [
        ("the", "the", "DET", "DT", "det", 2),
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 2),
        ("airstrike", "airstrike", "NOUN", "NN", "ROOT", 2),
        ("that", "that", "PRON", "WDT", "nsubj", 4),
        ("killed", "kill", "VERB", "VBD", "relcl", 2),
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 6),
        ("soldiers", "soldier", "NOUN", "NNS", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(1, 2, "NORP"), (5, 6, "NORP")])
    assert ("PER", "195") in {(c.subject.code, c.cameo) for c in claims}
    assert not [c for c in claims if c.cameo.startswith("18")]


def test_codebook_a_definite_operation_refers_to_the_act_just_reported(claims_of):
    # "Peru launched an offensive on Chile. Bolivia condemned the operation."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("launched", "launch", "VERB", "VBD", "ROOT", 1),
        ("an", "an", "DET", "DT", "det", 3),
        ("offensive", "offensive", "NOUN", "NN", "dobj", 1),
        ("on", "on", "ADP", "IN", "prep", 3),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 8),
        ("condemned", "condemn", "VERB", "VBD", "ROOT", 8),
        ("the", "the", "DET", "DT", "det", 10),
        ("operation", "operation", "NOUN", "NN", "dobj", 8),
        (".", ".", "PUNCT", ".", "punct", 8),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE"), (7, 8, "GPE")])
    assert ("BOL", "criticizes", "PER") in {(c.subject.code, c.relation, c.object.code) for c in claims}


def test_codebook_a_definite_attack_refers_to_an_act_on_no_actor_just_reported(claims_of):
    # "Peru shelled the harbour. Bolivia condemned the attack." (the harbour is no actor)
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("shelled", "shell", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("harbour", "harbour", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 6),
        ("condemned", "condemn", "VERB", "VBD", "ROOT", 6),
        ("the", "the", "DET", "DT", "det", 8),
        ("attack", "attack", "NOUN", "NN", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 6),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert {(c.subject.code, c.relation, c.object.code) for c in claims} == {("BOL", "criticizes", "PER")}


def test_codebook_a_denied_act_on_no_actor_is_not_what_a_definite_noun_refers_to(claims_of):
    # "Peru did not shell the harbour. Bolivia condemned the attack."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 3),
        ("did", "do", "AUX", "VBD", "aux", 3),
        ("not", "not", "PART", "RB", "neg", 3),
        ("shell", "shell", "VERB", "VB", "ROOT", 3),
        ("the", "the", "DET", "DT", "det", 5),
        ("harbour", "harbour", "NOUN", "NN", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 8),
        ("condemned", "condemn", "VERB", "VBD", "ROOT", 8),
        ("the", "the", "DET", "DT", "det", 10),
        ("attack", "attack", "NOUN", "NN", "dobj", 8),
        (".", ".", "PUNCT", ".", "punct", 8),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (7, 8, "GPE")])
    assert not [c for c in claims if c.relation == "criticizes"]


def test_codebook_a_gerund_after_an_aim_is_no_act(claims_of):
    # "Peru dropped its goal of invading Chile."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("dropped", "drop", "VERB", "VBD", "ROOT", 1),
        ("its", "its", "PRON", "PRP$", "poss", 3),
        ("goal", "goal", "NOUN", "NN", "dobj", 1),
        ("of", "of", "ADP", "IN", "prep", 3),
        ("invading", "invade", "VERB", "VBG", "pcomp", 4),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (6, 7, "GPE")])
    assert [c for c in claims if c.cameo.startswith("19")] == []


def test_codebook_calling_a_race_for_someone_is_no_appeal(claims_of):
    # "The agency called Lima for Soto.": names a winner, asks nothing of Soto
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("called", "call", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("race", "race", "NOUN", "NN", "dobj", 1),
        ("for", "for", "ADP", "IN", "prep", 1),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")]) == []


def test_codebook_a_plea_delivered_is_said_not_supplied(claims_of):
    # "Peru delivered a plea to Chile."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("delivered", "deliver", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3),
        ("plea", "plea", "NOUN", "NN", "dobj", 1),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert [c for c in claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")]) if c.relation == "supplies"] == []


def test_codebook_unnamed_protesters_are_the_opposition_where_they_protest(claims_of):
    # "Anti-government protests went on in Lima.": Peru's opposition against Peru's government
    rows = [
        ("Anti", "anti", "ADJ", "JJ", "amod", 3),
        ("-", "-", "ADJ", "JJ", "amod", 3),
        ("government", "government", "ADJ", "JJ", "amod", 3),
        ("protests", "protest", "NOUN", "NNS", "nsubj", 4),
        ("continued", "continue", "VERB", "VBD", "ROOT", 4),
        ("in", "in", "ADP", "IN", "prep", 4),
        ("Lima", "Lima", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 4),
    ]
    claims = claims_of(rows, ents=[(6, 7, "GPE")])
    assert [(c.subject.code, c.relation, c.object.code) for c in claims] == [("PEROPP", "protestsAgainst", "PERGOV")]


def test_codebook_protesters_read_from_the_place_protest_against_its_government_not_the_state(claims_of):
    # "Thousands protested in Peru.": no one named is protested against: Peru's government, not Peru
    rows = [
        ("Thousands", "thousand", "NOUN", "NNS", "nsubj", 1),
        ("protested", "protest", "VERB", "VBD", "ROOT", 1),
        ("in", "in", "ADP", "IN", "prep", 1),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 2),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(3, 4, "GPE")])
    assert [(c.subject.code, c.object.code) for c in claims] == [("PEROPP", "PERGOV")]


def test_codebook_demonstrating_with_no_object_is_protest_with_one_is_showing(claims_of):
    # "Students demonstrated in Lima." protests; "Peru demonstrated its resolve to Chile." shows
    protest = [
        ("Students", "student", "NOUN", "NNS", "nsubj", 1),
        ("demonstrated", "demonstrate", "VERB", "VBD", "ROOT", 1),
        ("in", "in", "ADP", "IN", "prep", 1),
        ("Lima", "Lima", "PROPN", "NNP", "pobj", 2),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert [c.relation for c in claims_of(protest, ents=[(3, 4, "GPE")])] == ["protestsAgainst"]
    showing = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("demonstrated", "demonstrate", "VERB", "VBD", "ROOT", 1),
        ("its", "its", "PRON", "PRP$", "poss", 3),
        ("resolve", "resolve", "NOUN", "NN", "dobj", 1),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert claims_of(showing, ents=[(0, 1, "GPE"), (5, 6, "GPE")]) == []


def test_codebook_an_envoy_recalled_from_a_capital_cuts_ties_with_its_state(claims_of):
    # "Chile recalled its ambassador from Lima."
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("recalled", "recall", "VERB", "VBD", "ROOT", 1),
        ("its", "its", "PRON", "PRP$", "poss", 3),
        ("ambassador", "ambassador", "NOUN", "NN", "dobj", 1),
        ("from", "from", "ADP", "IN", "prep", 1),
        ("Lima", "Lima", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("CHL", "161", "PER")]


def test_codebook_taking_over_an_office_is_no_act_on_its_body(claims_of):
    # "Peru took over the presidency of the Andean Community" names a new office-holder
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("took", "take", "VERB", "VBD", "ROOT", 1),
        ("over", "over", "ADP", "RP", "prt", 1),
        ("the", "the", "DET", "DT", "det", 4),
        ("presidency", "presidency", "NOUN", "NN", "dobj", 1),
        ("of", "of", "ADP", "IN", "prep", 4),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert claims_of(rows, ents=[(0, 1, "GPE"), (6, 7, "GPE")]) == []


def test_codebook_an_attack_made_in_words_is_criticism_whoever_the_sides_are(claims_of):
    # "Peru attacked Chile, saying it lied.": a verbal attack (111), though states command force
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", 1),
        (",", ",", "PUNCT", ",", "punct", 1),
        ("saying", "say", "VERB", "VBG", "advcl", 1),
        ("it", "it", "PRON", "PRP", "nsubj", 6),
        ("lied", "lie", "VERB", "VBD", "ccomp", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert ("PER", "criticizes", "111", "CHL") in {(c.subject.code, c.relation, c.cameo, c.object.code) for c in claims}
    assert not [c for c in claims if c.relation == "attacks"]


def test_codebook_opposition_protesters_protest_their_own_government_by_default(claims_of):
    # "Peruvian protesters demonstrated in Lima.": Peru's opposition against Peru's government
    rows = [
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 1),
        ("protesters", "protester", "NOUN", "NNS", "nsubj", 2),
        ("demonstrated", "demonstrate", "VERB", "VBD", "ROOT", 2),
        ("in", "in", "ADP", "IN", "prep", 2),
        ("Lima", "Lima", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (4, 5, "GPE")])
    assert [(c.subject.code, c.object.code) for c in claims] == [("PEROPP", "PERGOV")]


def test_codebook_the_one_called_on_does_what_is_asked_of_it_hypothetically(claims_of):
    # "Brazil called on Peru to withdraw its troops from Bolivia.": Peru's withdrawal, not yet made
    rows = [
        ("Brazil", "Brazil", "PROPN", "NNP", "nsubj", 1),
        ("called", "call", "VERB", "VBD", "ROOT", 1),
        ("on", "on", "ADP", "IN", "prep", 1),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 2),
        ("to", "to", "PART", "TO", "aux", 5),
        ("withdraw", "withdraw", "VERB", "VB", "xcomp", 1),
        ("its", "its", "PRON", "PRP$", "poss", 7),
        ("troops", "troop", "NOUN", "NNS", "dobj", 5),
        ("from", "from", "ADP", "IN", "prep", 5),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "pobj", 8),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (3, 4, "GPE"), (9, 10, "GPE")])
    withdrawn = [c for c in claims if c.trigger == "withdraw"]
    assert [(c.subject.code, c.object.code, c.modality) for c in withdrawn] == [("PER", "BOL", "hypothetical")]


def test_codebook_what_one_tells_another_to_do_is_no_act_of_the_teller(claims_of):
    # "Peru told Chile to withdraw.": Peru yields nothing to Chile
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("told", "tell", "VERB", "VBD", "ROOT", 1),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", 1),
        ("to", "to", "PART", "TO", "aux", 4),
        ("withdraw", "withdraw", "VERB", "VB", "xcomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert not [c for c in claims if c.subject.code == "PER" and c.cameo.startswith("08")]


def test_codebook_troops_threatened_into_a_state_are_the_means_not_the_target(claims_of):
    # "Chile threatened to send troops into Peru."
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("threatened", "threaten", "VERB", "VBD", "ROOT", 1),
        ("to", "to", "PART", "TO", "aux", 3),
        ("send", "send", "VERB", "VB", "xcomp", 1),
        ("troops", "troop", "NOUN", "NNS", "dobj", 3),
        ("into", "into", "ADP", "IN", "prep", 3),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (6, 7, "GPE")])
    assert [(c.subject.code, c.relation, c.object.code) for c in claims] == [("CHL", "threatens", "PER")]


def test_codebook_a_pledge_of_money_in_aid_is_an_intent_to_give_economic_aid(claims_of):
    # "Chile pledged 500 million euros in aid to Peru.": 0331, the recipient on the thing pledged
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("pledged", "pledge", "VERB", "VBD", "ROOT", 1),
        ("500", "500", "NUM", "CD", "compound", 3),
        ("million", "million", "NUM", "CD", "nummod", 4),
        ("euros", "euro", "NOUN", "NNS", "dobj", 1),
        ("in", "in", "ADP", "IN", "prep", 4),
        ("aid", "aid", "NOUN", "NN", "pobj", 5),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 7),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 4, "CARDINAL"), (8, 9, "GPE")])
    assert ("CHL", "offers", "0331", "PER") in {(c.subject.code, c.relation, c.cameo, c.object.code) for c in claims}


def test_codebook_an_offer_of_aid_is_material_and_the_aid_not_yet_given(claims_of):
    # "Peru offered aid to Chile.": an offer of material aid (033); the aid itself is hypothetical
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("offered", "offer", "VERB", "VBD", "ROOT", 1),
        ("aid", "aid", "NOUN", "NN", "dobj", 1),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (4, 5, "GPE")])
    assert {(c.relation, c.cameo, c.modality) for c in claims} == {
        ("offers", "033", "asserted"),
        ("supplies", "070", "hypothetical"),
    }


def test_codebook_an_offer_of_services_to_a_place_promises_no_one_anything(claims_of):
    # "Chile offered flights to Peruvian cities."
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("offered", "offer", "VERB", "VBD", "ROOT", 1),
        ("flights", "flight", "NOUN", "NNS", "dobj", 1),
        ("to", "to", "ADP", "IN", "prep", 2),
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 5),
        ("cities", "city", "NOUN", "NNS", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert not [c for c in claims_of(rows, ents=[(0, 1, "GPE"), (4, 5, "NORP")]) if c.relation == "offers"]


def test_codebook_money_named_by_its_currency_is_economic_aid(claims_of):
    # "Chile sent Peru two million euros.": the dictionary's currency set names money
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("sent", "send", "VERB", "VBD", "ROOT", 1),
        ("Peru", "Peru", "PROPN", "NNP", "dative", 1),
        ("two", "two", "NUM", "CD", "compound", 4),
        ("million", "million", "NUM", "CD", "nummod", 5),
        ("euros", "euro", "NOUN", "NNS", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE"), (3, 5, "CARDINAL")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("CHL", "071", "PER")]


def test_codebook_a_clash_is_fighting_coded_both_ways(claims_of):
    # "Peruvian troops clashed with Chilean forces.": each side fights the other (190 both ways)
    rows = [
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 1),
        ("troops", "troop", "NOUN", "NNS", "nsubj", 2),
        ("clashed", "clash", "VERB", "VBD", "ROOT", 2),
        ("with", "with", "ADP", "IN", "prep", 2),
        ("Chilean", "Chilean", "PROPN", "NNP", "compound", 5),
        ("forces", "force", "NOUN", "NNS", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (4, 5, "NORP")])
    assert sorted((c.subject.code, c.cameo, c.object.code) for c in claims) == [
        ("CHLMIL", "190", "PERMIL"),
        ("PERMIL", "190", "CHLMIL"),
    ]


def test_codebook_a_war_that_is_ended_is_the_background_not_an_event(claims_of):
    # "Brazil mediated an end to the war between Peru and Chile.": the mediation, no fighting
    rows = [
        ("Brazil", "Brazil", "PROPN", "NNP", "nsubj", 1),
        ("mediated", "mediate", "VERB", "VBD", "ROOT", 1),
        ("an", "an", "DET", "DT", "det", 3),
        ("end", "end", "NOUN", "NN", "dobj", 1),
        ("to", "to", "ADP", "IN", "prep", 3),
        ("the", "the", "DET", "DT", "det", 6),
        ("war", "war", "NOUN", "NN", "pobj", 4),
        ("between", "between", "ADP", "IN", "prep", 6),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 7),
        ("and", "and", "CCONJ", "CC", "cc", 8),
        ("Chile", "Chile", "PROPN", "NNP", "conj", 8),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (8, 9, "GPE"), (10, 11, "GPE")])
    assert {c.relation for c in claims} == {"meetsWith"}
    assert {c.object.code for c in claims} == {"PER", "CHL"}


def test_codebook_a_demand_that_another_act_targets_it_and_the_act_is_not_yet_done(claims_of):
    # "Peru demanded that Chile withdraw its troops from Bolivia."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("demanded", "demand", "VERB", "VBD", "ROOT", 1),
        ("that", "that", "SCONJ", "IN", "mark", 4),
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 4),
        ("withdraw", "withdraw", "VERB", "VB", "ccomp", 1),
        ("its", "its", "PRON", "PRP$", "poss", 6),
        ("troops", "troop", "NOUN", "NNS", "dobj", 4),
        ("from", "from", "ADP", "IN", "prep", 4),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "pobj", 7),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (3, 4, "GPE"), (8, 9, "GPE")])
    assert {(c.subject.code, c.cameo, c.object.code, c.modality) for c in claims} == {
        ("PER", "100", "CHL", "asserted"),
        ("CHL", "087", "BOL", "hypothetical"),
    }


@pytest.mark.parametrize("verb", [("cut", "cut"), ("suspended", "suspend"), ("froze", "freeze")])
def test_codebook_ties_cut_suspended_or_frozen_break_relations(claims_of, verb):
    # "Peru cut diplomatic ties with Chile." (and suspended, froze): 161 on the other party
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        (*verb, "VERB", "VBD", "ROOT", 1),
        ("diplomatic", "diplomatic", "ADJ", "JJ", "amod", 3),
        ("ties", "tie", "NOUN", "NNS", "dobj", 1),
        ("with", "with", "ADP", "IN", "prep", 3),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("PER", "161", "CHL")]


def test_codebook_military_exercises_near_a_state_are_a_show_of_force(claims_of):
    # "Peru held military exercises near Chile.": 150, aimed at Chile
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("held", "hold", "VERB", "VBD", "ROOT", 1),
        ("military", "military", "ADJ", "JJ", "amod", 3),
        ("exercises", "exercise", "NOUN", "NNS", "dobj", 1),
        ("near", "near", "ADP", "IN", "prep", 1),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert [(c.subject.code, c.relation, c.cameo, c.object.code) for c in claims] == [
        ("PER", "mobilizesAgainst", "150", "CHL")
    ]


def test_codebook_planning_on_an_act_announces_it_for_later(claims_of):
    # "Peru plans on leaving the Andean Community.": 160, future
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("plans", "plan", "VERB", "VBZ", "ROOT", 1),
        ("on", "on", "ADP", "IN", "prep", 1),
        ("leaving", "leave", "VERB", "VBG", "pcomp", 2),
        ("the", "the", "DET", "DT", "det", 6),
        ("Andean", "Andean", "PROPN", "NNP", "compound", 6),
        ("Community", "Community", "PROPN", "NNP", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (4, 7, "ORG")])
    assert [(c.subject.code, c.cameo, c.modality) for c in claims] == [("PER", "160", "future")]


def test_codebook_what_is_done_at_ones_request_was_asked_of_the_doer(claims_of):
    # "Chilean troops returned to Bolivia at Peru's request.": Peru asked Chile's troops; their
    # going back is no return of anything to Bolivia (0842 needs a thing returned)
    rows = [
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 1),
        ("troops", "troop", "NOUN", "NNS", "nsubj", 2),
        ("returned", "return", "VERB", "VBD", "ROOT", 2),
        ("to", "to", "ADP", "IN", "prep", 2),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "pobj", 3),
        ("at", "at", "ADP", "IN", "prep", 2),
        ("Peru", "Peru", "PROPN", "NNP", "poss", 8),
        ("'s", "'s", "PART", "POS", "case", 6),
        ("request", "request", "NOUN", "NN", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (4, 5, "GPE"), (6, 7, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("PER", "020", "CHLMIL")]


def test_codebook_returning_a_thing_to_a_state_yields_it(claims_of):
    # "Peru returned the islands to Chile.": 0842
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("returned", "return", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("islands", "island", "NOUN", "NNS", "dobj", 1),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("PER", "0842", "CHL")]


@pytest.mark.parametrize(
    ("noun", "lemma", "coded"), [("troops", "troop", [("CHLMIL", "087", "BOL")]), ("envoys", "envoy", [])]
)
def test_codebook_forces_leaving_a_state_withdraw_from_it(claims_of, noun, lemma, coded):
    # "Chilean troops left Bolivia." withdraws (087); "Chilean envoys left Bolivia." only travel
    rows = [
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 1),
        (noun, lemma, "NOUN", "NNS", "nsubj", 2),
        ("left", "leave", "VERB", "VBD", "ROOT", 2),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (3, 4, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == coded


@pytest.mark.parametrize(("adjective", "coded"), [("terrorist", [("PER", "112", "CHL")]), ("trusted", [])])
def test_codebook_calling_an_actor_by_an_accusing_name_accuses_it(claims_of, adjective, coded):
    # "Peru labelled Chile a terrorist state." accuses Chile; "… a trusted state." does not
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("labelled", "label", "VERB", "VBD", "ROOT", 1),
        ("Chile", "Chile", "PROPN", "NNP", "dative", 1),
        ("a", "a", "DET", "DT", "det", 5),
        (adjective, adjective, "ADJ", "JJ", "amod", 5),
        ("state", "state", "NOUN", "NN", "oprd", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == coded


def test_codebook_a_passive_designation_as_terrorists_accuses_by_its_agent(claims_of):
    # "Chile was designated a terrorist state by Peru."
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubjpass", 2),
        ("was", "be", "AUX", "VBD", "auxpass", 2),
        ("designated", "designate", "VERB", "VBN", "ROOT", 2),
        ("a", "a", "DET", "DT", "det", 5),
        ("terrorist", "terrorist", "ADJ", "JJ", "amod", 5),
        ("state", "state", "NOUN", "NN", "dobj", 2),
        ("by", "by", "ADP", "IN", "prep", 5),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (7, 8, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("PER", "112", "CHL")]


def test_codebook_the_particle_that_names_an_actor_chooses_the_sense(claims_of):
    # "Peruvian troops fired on Chilean soldiers at the border.": "fire on" and "fire at" are both
    # entries; the one whose object is an actor (the soldiers, not the border) is read
    rows = [
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 1),
        ("troops", "troop", "NOUN", "NNS", "nsubj", 2),
        ("fired", "fire", "VERB", "VBD", "ROOT", 2),
        ("on", "on", "ADP", "IN", "prep", 2),
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 5),
        ("soldiers", "soldier", "NOUN", "NNS", "pobj", 3),
        ("at", "at", "ADP", "IN", "prep", 2),
        ("the", "the", "DET", "DT", "det", 8),
        ("border", "border", "NOUN", "NN", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (4, 5, "NORP")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("PERMIL", "190", "CHLMIL")]


@pytest.mark.parametrize(
    ("word", "lemma", "pos", "tag", "coded"),
    [
        ("liar", "liar", "NOUN", "NN", [("PER", "111", "CHL")]),  # "attacked Chile as a liar": words
        ("reckless", "reckless", "ADJ", "JJ", [("PER", "111", "CHL")]),  # "… as reckless": words
        ("warning", "warning", "NOUN", "NN", [("PER", "190", "CHL")]),  # "… as a warning": force
    ],
)
def test_codebook_an_attack_that_names_what_its_target_is_is_criticism(claims_of, word, lemma, pos, tag, coded):
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", 1),
        ("as", "as", "ADP", "IN", "prep", 1),
        ("a", "a", "DET", "DT", "det", 5),
        (word, lemma, pos, tag, "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == coded


@pytest.mark.parametrize(
    ("preposition", "coded"),
    [("with", [("PER", "062", "RUS")]), ("near", [("PER", "150", "RUS")])],
)
def test_codebook_exercises_with_a_state_cooperate_and_near_it_show_force(claims_of, preposition, coded):
    # "Peru held naval drills with Russia." (062); "… near Russia." (150)
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("held", "hold", "VERB", "VBD", "ROOT", 1),
        ("naval", "naval", "ADJ", "JJ", "amod", 3),
        ("drills", "drill", "NOUN", "NNS", "dobj", 1),
        (preposition, preposition, "ADP", "IN", "prep", 1),
        ("Russia", "Russia", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == coded


def test_codebook_tariffs_on_a_states_goods_sanction_that_state(claims_of):
    # "Peru imposed tariffs on Chilean steel." sanctions Chile, though Chilean goods are no party elsewhere
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("imposed", "impose", "VERB", "VBD", "ROOT", 1),
        ("tariffs", "tariff", "NOUN", "NNS", "dobj", 1),
        ("on", "on", "ADP", "IN", "prep", 2),
        ("Chilean", "Chilean", "PROPN", "NNP", "compound", 5),
        ("steel", "steel", "NOUN", "NN", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (4, 5, "NORP")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("PER", "163", "CHL")]


def test_codebook_aid_cut_to_a_state_reduces_material_aid(claims_of):
    # "Peru cut aid to Bolivia." (162), not cut ties (161)
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("cut", "cut", "VERB", "VBD", "ROOT", 1),
        ("aid", "aid", "NOUN", "NN", "dobj", 1),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (4, 5, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("PER", "162", "BOL")]


def test_codebook_coordinated_states_that_fought_a_war_fought_each_other(claims_of):
    # "Peru and Chile fought a war in 1879.": each attacks the other (190 both ways)
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Chile", "Chile", "PROPN", "NNP", "conj", 0),
        ("fought", "fight", "VERB", "VBD", "ROOT", 3),
        ("a", "a", "DET", "DT", "det", 5),
        ("war", "war", "NOUN", "NN", "dobj", 3),
        ("in", "in", "ADP", "IN", "prep", 3),
        ("1879", "1879", "NUM", "CD", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE"), (7, 8, "DATE")])
    assert sorted((c.subject.code, c.cameo, c.object.code) for c in claims) == [
        ("CHL", "190", "PER"),
        ("PER", "190", "CHL"),
    ]


def test_codebook_states_that_fight_alongside_another_are_not_each_others_targets(claims_of):
    # "Peru and Chile fought alongside Bolivia.": allies, no attack between them
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Chile", "Chile", "PROPN", "NNP", "conj", 0),
        ("fought", "fight", "VERB", "VBD", "ROOT", 3),
        ("alongside", "alongside", "ADP", "IN", "prep", 3),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE"), (5, 6, "GPE")])
    assert [(c.subject.code, c.object.code) for c in claims if {c.subject.code, c.object.code} == {"PER", "CHL"}] == []


def test_codebook_a_complaint_against_a_state_is_aimed_at_it(claims_of):
    # "Peru filed a complaint against Chile." (the dictionary's FILE COMPLAINT, 114)
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("filed", "file", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3),
        ("complaint", "complaint", "NOUN", "NN", "dobj", 1),
        ("against", "against", "ADP", "IN", "prep", 3),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("PER", "114", "CHL")]


def test_codebook_a_passive_reaction_to_an_act_is_aimed_at_whose_act_it_is(claims_of):
    # "The Peruvian move was welcomed by Chile.": Chile praises Peru
    rows = [
        ("The", "the", "DET", "DT", "det", 2),
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 2),
        ("move", "move", "NOUN", "NN", "nsubjpass", 4),
        ("was", "be", "AUX", "VBD", "auxpass", 4),
        ("welcomed", "welcome", "VERB", "VBN", "ROOT", 4),
        ("by", "by", "ADP", "IN", "agent", 4),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 4),
    ]
    claims = claims_of(rows, ents=[(1, 2, "NORP"), (6, 7, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("CHL", "051", "PER")]


def test_codebook_support_pledged_to_a_state_is_an_intention_to_support_it(claims_of):
    # "Peru pledged support for Chile." (032, future)
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("pledged", "pledge", "VERB", "VBD", "ROOT", 1),
        ("support", "support", "NOUN", "NN", "dobj", 1),
        ("for", "for", "ADP", "IN", "prep", 2),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (4, 5, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code, c.modality) for c in claims] == [("PER", "032", "CHL", "future")]


def test_codebook_lashing_out_at_a_state_criticizes_it(claims_of):
    # "Peru lashed out at Chile."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("lashed", "lash", "VERB", "VBD", "ROOT", 1),
        ("out", "out", "ADP", "RP", "prt", 1),
        ("at", "at", "ADP", "IN", "prep", 1),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (4, 5, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("PER", "111", "CHL")]


def test_codebook_the_one_said_to_be_behind_an_attack_did_it_and_is_accused(claims_of):
    # "Peru said Chile was responsible for the attack on Bolivian troops."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3),
        ("was", "be", "AUX", "VBD", "ccomp", 1),
        ("responsible", "responsible", "ADJ", "JJ", "acomp", 3),
        ("for", "for", "ADP", "IN", "prep", 4),
        ("the", "the", "DET", "DT", "det", 7),
        ("attack", "attack", "NOUN", "NN", "pobj", 5),
        ("on", "on", "ADP", "IN", "prep", 7),
        ("Bolivian", "bolivian", "ADJ", "JJ", "amod", 10),
        ("troops", "troop", "NOUN", "NNS", "pobj", 8),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE"), (9, 10, "NORP")])
    assert sorted((c.subject.code, c.cameo, c.object.code, c.modality) for c in claims) == [
        ("CHL", "190", "BOLMIL", "reported"),
        ("PER", "112", "CHL", "asserted"),
    ]


def test_codebook_the_author_of_a_stance_may_hang_on_the_verb(claims_of):
    # "Peru attacked the proclamation by Chile.", parsed with "by Chile" on the verb: Peru criticizes Chile
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("proclamation", "proclamation", "NOUN", "NN", "dobj", 1),
        ("by", "by", "ADP", "IN", "prep", 1),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("PER", "111", "CHL")]


@pytest.mark.parametrize("possessive", [False, True])
def test_codebook_sanctions_lifted_on_a_state_ease_them_and_impose_none(claims_of, possessive):
    # "Peru lifted (its) sanctions on Chile.": an easing (085), never an imposition (163)
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("lifted", "lift", "VERB", "VBD", "ROOT", 1),
    ]
    if possessive:
        rows.append(("its", "its", "PRON", "PRP$", "poss", 3))
    at = len(rows)
    rows += [
        ("sanctions", "sanction", "NOUN", "NNS", "dobj", 1),
        ("on", "on", "ADP", "IN", "prep", at),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", at + 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (at + 2, at + 3, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("PER", "085", "CHL")]


def test_codebook_a_protest_outside_a_states_embassy_is_against_that_state(claims_of):
    # "Peruvian protesters protested outside the Chilean embassy."
    rows = [
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 1),
        ("protesters", "protester", "NOUN", "NNS", "nsubj", 2),
        ("protested", "protest", "VERB", "VBD", "ROOT", 2),
        ("outside", "outside", "ADP", "IN", "prep", 2),
        ("the", "the", "DET", "DT", "det", 6),
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 6),
        ("embassy", "embassy", "NOUN", "NN", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (5, 6, "NORP")])
    assert [(c.subject.code, c.object.code) for c in claims] == [("PEROPP", "CHLGOV")]


@pytest.mark.parametrize(("verb", "lemma", "code"), [("ratified", "ratify", "057"), ("approved", "approve", "031")])
def test_codebook_among_equally_specific_patterns_the_one_written_for_the_verb_wins(claims_of, verb, lemma, code):
    # RATIFY shares APPROVE's block: "ratified the treaty" is the dictionary's "&TREATY [057] # RATIFY",
    # "approved the treaty" its "&TREATY [031] # APPROVE"
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        (verb, lemma, "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("treaty", "treaty", "NOUN", "NN", "dobj", 1),
        ("with", "with", "ADP", "IN", "prep", 3),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert {(c.subject.code, c.cameo, c.object.code) for c in claims if c.subject.code == "PER"} == {
        ("PER", code, "CHL")
    }


def test_codebook_telling_a_state_to_act_appeals_to_it(claims_of):
    # "Peru told Chile to leave." is an appeal (020), as the guidelines code "urged / asked X to"
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("told", "tell", "VERB", "VBD", "ROOT", 1),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", 1),
        ("to", "to", "PART", "TO", "aux", 4),
        ("leave", "leave", "VERB", "VB", "xcomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("PER", "020", "CHL")]


def test_codebook_telling_a_state_that_something_is_so_asks_nothing_of_it(claims_of):
    # "Peru told Chile that talks were over.": no appeal
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("told", "tell", "VERB", "VBD", "ROOT", 1),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", 1),
        ("that", "that", "SCONJ", "IN", "mark", 5),
        ("talks", "talk", "NOUN", "NNS", "nsubj", 5),
        ("were", "be", "AUX", "VBD", "ccomp", 1),
        ("over", "over", "ADV", "RB", "advmod", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert [c for c in claims if c.relation == "requests"] == []


def test_codebook_closing_its_border_with_a_state_acts_on_that_state(claims_of):
    # "Chile closed its border with Peru." acts on Peru ("its" is Chile's own, the 'with' party the other side)
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("closed", "close", "VERB", "VBD", "ROOT", 1),
        ("its", "its", "PRON", "PRP$", "poss", 3),
        ("border", "border", "NOUN", "NN", "dobj", 1),
        ("with", "with", "ADP", "IN", "prep", 3),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert [(c.subject.code, c.object.code) for c in claims] == [("CHL", "PER")]


def test_codebook_going_ahead_despite_objections_from_a_state_is_that_states_disapproval(claims_of):
    # "Peru went ahead despite objections from Chile." — Chile disapproves of Peru (110)
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("went", "go", "VERB", "VBD", "ROOT", 1),
        ("ahead", "ahead", "ADV", "RB", "advmod", 1),
        ("despite", "despite", "SCONJ", "IN", "prep", 1),
        ("objections", "objection", "NOUN", "NNS", "pobj", 3),
        ("from", "from", "ADP", "IN", "prep", 4),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (6, 7, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("CHL", "110", "PER")]


def test_codebook_in_spite_of_criticism_targets_who_goes_on(claims_of):
    # "Peru went ahead in spite of criticism from Chile." — as "despite"
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("went", "go", "VERB", "VBD", "ROOT", 1),
        ("ahead", "ahead", "ADV", "RB", "advmod", 1),
        ("in", "in", "ADP", "IN", "prep", 1),
        ("spite", "spite", "NOUN", "NN", "pobj", 3),
        ("of", "of", "ADP", "IN", "prep", 4),
        ("criticism", "criticism", "NOUN", "NN", "pobj", 5),
        ("from", "from", "ADP", "IN", "prep", 6),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 7),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (8, 9, "GPE")])
    assert [(c.subject.code, c.relation, c.object.code) for c in claims] == [("CHL", "criticizes", "PER")]


@pytest.mark.parametrize(
    ("noun", "lemma", "code"), [("thanks", "thank", None), ("disappointment", "disappointment", "110")]
)
def test_codebook_expressed_alone_is_no_disapproval_its_patterns_still_code(claims_of, noun, lemma, code):
    # "Chile expressed thanks to Peru." codes nothing; "… expressed disappointment with Peru." 110
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("expressed", "express", "VERB", "VBD", "ROOT", 1),
        (noun, lemma, "NOUN", "NNS" if noun.endswith("s") else "NN", "dobj", 1),
        ("to" if code is None else "with", "to" if code is None else "with", "ADP", "IN", "prep", 2),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (4, 5, "GPE")])
    assert [c.cameo for c in claims if c.relation == "criticizes"] == ([code] if code else [])


@pytest.mark.parametrize(("obj", "lemma", "relation"), [("medicine", "medicine", "supplies"), (None, None, "visits")])
def test_codebook_flying_goods_somewhere_carries_them_there(claims_of, obj, lemma, relation):
    # "Peru flew medicine to Bolivia." delivers it; "Peru flew to Bolivia." is a visit
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("flew", "fly", "VERB", "VBD", "ROOT", 1),
        *([(obj, lemma, "NOUN", "NN", "dobj", 1)] if obj else []),
    ]
    to = len(rows)
    rows += [
        ("to", "to", "ADP", "IN", "prep", 1),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "pobj", to),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (to + 1, to + 2, "GPE")])
    assert [(c.subject.code, c.relation, c.object.code) for c in claims] == [("PER", relation, "BOL")]


def test_codebook_seconding_a_call_endorses_whoever_made_it(claims_of):
    # "Chile called for Bolivian action. The call was seconded by Peru." — Peru endorses Chile
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("called", "call", "VERB", "VBD", "ROOT", 1),
        ("for", "for", "ADP", "IN", "prep", 1),
        ("Bolivian", "bolivian", "ADJ", "JJ", "amod", 4),
        ("action", "action", "NOUN", "NN", "pobj", 2),
        (".", ".", "PUNCT", ".", "punct", 1),
        ("The", "the", "DET", "DT", "det", 7),
        ("call", "call", "NOUN", "NN", "nsubjpass", 9),
        ("was", "be", "AUX", "VBD", "auxpass", 9),
        ("seconded", "second", "VERB", "VBN", "ROOT", 9),
        ("by", "by", "ADP", "IN", "agent", 9),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 10),
        (".", ".", "PUNCT", ".", "punct", 9),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (3, 4, "NORP"), (11, 12, "GPE")])
    assert ("PER", "praises", "CHL") in [(c.subject.code, c.relation, c.object.code) for c in claims]


def test_codebook_a_passive_relative_clause_acts_on_the_noun_it_qualifies_as_a_fact(claims_of):
    # "Peru asked Bolivia, which is backed by Chile, to withdraw." — Chile backs Bolivia, asserted:
    # the aside is the writer's, not part of what Peru asked for
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("asked", "ask", "VERB", "VBD", "ROOT", 1),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "dobj", 1),
        (",", ",", "PUNCT", ",", "punct", 2),
        ("which", "which", "PRON", "WDT", "nsubjpass", 6),
        ("is", "be", "AUX", "VBZ", "auxpass", 6),
        ("backed", "back", "VERB", "VBN", "relcl", 2),
        ("by", "by", "ADP", "IN", "agent", 6),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 7),
        (",", ",", "PUNCT", ",", "punct", 2),
        ("to", "to", "PART", "TO", "aux", 11),
        ("withdraw", "withdraw", "VERB", "VB", "xcomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE"), (8, 9, "GPE")])
    backing = [(c.subject.code, c.object.code, c.modality) for c in claims if c.relation == "supports"]
    assert backing == [("CHL", "BOL", "asserted")]


@pytest.mark.parametrize(
    ("speaker", "lemma", "tag", "coded"),
    [
        ("Chile", "Chile", "NNP", ("threatens", "138", "asserted")),  # said by the one who would attack
        ("Bolivia", "Bolivia", "NNP", ("attacks", "190", "future")),  # a third party's prediction
    ],
)
def test_codebook_a_conditional_attack_announced_by_its_actor_is_a_threat(claims_of, speaker, lemma, tag, coded):
    # "Chile said Chile would attack Peru if the talks failed." / "Bolivia said Chile would …"
    rows = [
        (speaker, lemma, "PROPN", tag, "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 4),
        ("would", "would", "AUX", "MD", "aux", 4),
        ("attack", "attack", "VERB", "VB", "ccomp", 1),
        ("Peru", "Peru", "PROPN", "NNP", "dobj", 4),
        ("if", "if", "SCONJ", "IN", "mark", 9),
        ("the", "the", "DET", "DT", "det", 8),
        ("talks", "talk", "NOUN", "NNS", "nsubj", 9),
        ("failed", "fail", "VERB", "VBD", "advcl", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE"), (5, 6, "GPE")])
    acts = [(c.relation, c.cameo, c.modality) for c in claims if (c.subject.code, c.object.code) == ("CHL", "PER")]
    assert acts == [coded]


def test_codebook_a_givers_own_troops_sent_somewhere_are_what_it_sends(claims_of):
    # "Peru said it had sent troops to Chile." — the troops read as Peru's forces are the item sent
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("it", "it", "PRON", "PRP", "nsubj", 4),
        ("had", "have", "AUX", "VBD", "aux", 4),
        ("sent", "send", "VERB", "VBN", "ccomp", 1),
        ("troops", "troop", "NOUN", "NNS", "dobj", 4),
        ("to", "to", "ADP", "IN", "prep", 4),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (7, 8, "GPE")])
    sent = [(c.subject.code, c.relation, c.object.code, [i.text for i in c.items]) for c in claims]
    assert sent == [("PER", "supplies", "CHL", ["troops"])]


def test_codebook_closing_its_border_with_the_party_hung_on_the_verb(claims_of):
    # "Chile closed its border with Peru." parsed with 'with' on the verb
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("closed", "close", "VERB", "VBD", "ROOT", 1),
        ("its", "its", "PRON", "PRP$", "poss", 3),
        ("border", "border", "NOUN", "NN", "dobj", 1),
        ("with", "with", "ADP", "IN", "prep", 1),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("CHL", "172", "PER")]


@pytest.mark.parametrize(
    ("rows", "ents"),
    [
        (  # "Chile banned flights to Peru."
            [
                ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
                ("banned", "ban", "VERB", "VBD", "ROOT", 1),
                ("flights", "flight", "NOUN", "NNS", "dobj", 1),
                ("to", "to", "ADP", "IN", "prep", 2),
                ("Peru", "Peru", "PROPN", "NNP", "pobj", 3),
                (".", ".", "PUNCT", ".", "punct", 1),
            ],
            [(0, 1, "GPE"), (4, 5, "GPE")],
        ),
        (  # "Chile announced restrictions on travel to Peru."
            [
                ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
                ("announced", "announce", "VERB", "VBD", "ROOT", 1),
                ("restrictions", "restriction", "NOUN", "NNS", "dobj", 1),
                ("on", "on", "ADP", "IN", "prep", 2),
                ("travel", "travel", "NOUN", "NN", "pobj", 3),
                ("to", "to", "ADP", "IN", "prep", 4),
                ("Peru", "Peru", "PROPN", "NNP", "pobj", 5),
                (".", ".", "PUNCT", ".", "punct", 1),
            ],
            [(0, 1, "GPE"), (6, 7, "GPE")],
        ),
    ],
)
def test_codebook_a_ban_on_traffic_to_a_state_is_aimed_at_that_state(claims_of, rows, ents):
    claims = claims_of(rows, ents=ents)
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("CHL", "172", "PER")]


def test_codebook_claiming_strikes_on_facilities_a_state_owns_targets_that_state(claims_of):
    # "Facilities belonging to Chile were hit by drone strikes. The Houthi movement claimed the strikes."
    rows = [
        ("Facilities", "facility", "NOUN", "NNS", "nsubjpass", 5),
        ("belonging", "belong", "VERB", "VBG", "acl", 0),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 2),
        ("were", "be", "AUX", "VBD", "auxpass", 5),
        ("hit", "hit", "VERB", "VBN", "ROOT", 5),
        ("by", "by", "ADP", "IN", "agent", 5),
        ("drone", "drone", "NOUN", "NN", "compound", 8),
        ("strikes", "strike", "NOUN", "NNS", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 5),
        ("The", "the", "DET", "DT", "det", 12),
        ("Houthi", "Houthi", "PROPN", "NNP", "compound", 12),
        ("movement", "movement", "NOUN", "NN", "nsubj", 13),
        ("claimed", "claim", "VERB", "VBD", "ROOT", 13),
        ("responsibility", "responsibility", "NOUN", "NN", "dobj", 13),
        ("for", "for", "ADP", "IN", "prep", 14),
        ("the", "the", "DET", "DT", "det", 17),
        ("strikes", "strike", "NOUN", "NNS", "pobj", 15),
        (".", ".", "PUNCT", ".", "punct", 13),
    ]
    claims = claims_of(rows, ents=[(3, 4, "GPE"), (11, 12, "NORP")])
    acts = {(c.subject.code, c.cameo, c.object.code, c.modality) for c in claims}
    assert {("YEMREB", "195", "CHL", "reported"), ("YEMREB", "015", "CHL", "asserted")} <= acts


def test_codebook_a_participle_on_a_posted_message_acts_through_its_author(claims_of):
    # "Peru posted a message on Twitter blaming Chile." — Peru accuses Chile
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("posted", "post", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3),
        ("message", "message", "NOUN", "NN", "dobj", 1),
        ("on", "on", "ADP", "IN", "prep", 3),
        ("Twitter", "Twitter", "PROPN", "NNP", "pobj", 4),
        ("blaming", "blame", "VERB", "VBG", "acl", 5),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (7, 8, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code) for c in claims] == [("PER", "112", "CHL")]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["together"], {("PER", "cooperatesWith", "CHL", "060")}),  # "Peru and Chile worked together."
        (["in", "Lima"], set()),  # "Peru and Chile worked in Lima." names no act
    ],
)
def test_codebook_working_together_or_with_a_partner_is_cooperation(claims_of, words, expected):
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Chile", "Chile", "PROPN", "NNP", "conj", 0),
        ("worked", "work", "VERB", "VBD", "ROOT", 3),
    ]
    if words == ["together"]:
        rows.append(("together", "together", "ADV", "RB", "advmod", 3))
    else:
        rows += [("in", "in", "ADP", "IN", "prep", 3), ("Lima", "Lima", "PROPN", "NNP", "pobj", 4)]
    rows.append((".", ".", "PUNCT", ".", "punct", 3))
    ents = [(0, 1, "GPE"), (2, 3, "GPE")] + ([(5, 6, "GPE")] if len(words) == 2 else [])
    assert _dyads(claims_of(rows, ents=ents)) == expected


@pytest.mark.parametrize(
    ("verb", "preposition"),
    [("import", "from"), ("sell", "to")],
)
def test_codebook_a_deal_to_buy_or_sell_is_with_the_state_bought_from_or_sold_to(claims_of, verb, preposition):
    # "Peru signed a contract to import copper from Chile." / "… to sell copper to Chile."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("signed", "sign", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3),
        ("contract", "contract", "NOUN", "NN", "dobj", 1),
        ("to", "to", "PART", "TO", "aux", 5),
        (verb, verb, "VERB", "VB", "acl", 3),
        ("copper", "copper", "NOUN", "NN", "dobj", 5),
        (preposition, preposition, "ADP", "IN", "prep", 5),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 7),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (8, 9, "GPE")])
    assert ("PER", "signsAgreementWith", "CHL", "057") in _dyads(claims)


def test_codebook_a_deal_to_import_a_state_s_goods_is_with_that_state(claims_of):
    # "Peru signed a deal to import Chilean copper."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("signed", "sign", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3),
        ("deal", "deal", "NOUN", "NN", "dobj", 1),
        ("to", "to", "PART", "TO", "aux", 5),
        ("import", "import", "VERB", "VB", "acl", 3),
        ("Chilean", "Chilean", "ADJ", "JJ", "amod", 7),
        ("copper", "copper", "NOUN", "NN", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (6, 7, "NORP")])
    assert ("PER", "signsAgreementWith", "CHL", "057") in _dyads(claims)


def test_codebook_states_that_are_to_meet_have_arranged_it(claims_of):
    # "Peru and Chile are to meet."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Chile", "Chile", "PROPN", "NNP", "conj", 0),
        ("are", "be", "AUX", "VBP", "ROOT", 3),
        ("to", "to", "PART", "TO", "aux", 5),
        ("meet", "meet", "VERB", "VB", "xcomp", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert {(c.relation, c.modality) for c in claims} == {("meetsWith", "future")}


@pytest.mark.parametrize(
    ("words", "label", "expected"),
    [
        (["Gabriel", "Boric"], "PERSON", {("meetsWith", "040")}),  # "Peru spoke to Gabriel Boric."
        (["the", "BBC"], "ORG", set()),  # an interview: no consultation
        (["Chile"], "GPE", set()),  # speaking to a state or a body addresses it
    ],
)
def test_codebook_speaking_to_a_person_consults_them(claims_of, words, label, expected):
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 1),
        ("to", "to", "ADP", "IN", "prep", 1),
    ]
    last = 3 + len(words) - 1
    rows += [
        (
            w,
            w,
            "DET" if w == "the" else "PROPN",
            "DT" if w == "the" else "NNP",
            "det" if w == "the" else "compound",
            last,
        )
        for w in words[:-1]
    ]
    rows += [(words[-1], words[-1], "PROPN", "NNP", "pobj", 2), (".", ".", "PUNCT", ".", "punct", 1)]
    start = 4 if words[0] == "the" else 3
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (start, last + 1, label)])
    assert {(c.relation, c.cameo) for c in claims} == expected


def test_codebook_speaking_by_phone_to_someone_is_a_phone_call(claims_of):
    # "Peru spoke by phone to Gabriel Boric."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 1),
        ("by", "by", "ADP", "IN", "prep", 1),
        ("phone", "phone", "NOUN", "NN", "pobj", 2),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("Gabriel", "Gabriel", "PROPN", "NNP", "compound", 6),
        ("Boric", "Boric", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 7, "PERSON")])
    assert {(c.object.code, c.relation, c.cameo) for c in claims} == {("CHLGOV", "meetsWith", "041")}


def test_codebook_a_party_named_beside_a_noun_and_one_joined_to_that_name_both_count(claims_of):
    # "Peru held talks with its neighbour, Chile, and the Bolivian government."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("held", "hold", "VERB", "VBD", "ROOT", 1),
        ("talks", "talk", "NOUN", "NNS", "dobj", 1),
        ("with", "with", "ADP", "IN", "prep", 2),
        ("its", "its", "PRON", "PRP$", "poss", 5),
        ("neighbour", "neighbour", "NOUN", "NN", "pobj", 3),
        (",", ",", "PUNCT", ",", "punct", 5),
        ("Chile", "Chile", "PROPN", "NNP", "appos", 5),
        (",", ",", "PUNCT", ",", "punct", 7),
        ("and", "and", "CCONJ", "CC", "cc", 7),
        ("the", "the", "DET", "DT", "det", 12),
        ("Bolivian", "Bolivian", "ADJ", "JJ", "amod", 12),
        ("government", "government", "NOUN", "NN", "conj", 7),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (7, 8, "GPE"), (11, 12, "NORP")])
    assert {(c.subject.code, c.object.code) for c in claims} == {("PER", "CHL"), ("PER", "BOLGOV")}


def test_codebook_meeting_the_press_is_no_consultation(claims_of):
    # "Peru met the BBC."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("met", "meet", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("BBC", "BBC", "PROPN", "NNP", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert claims_of(rows, ents=[(0, 1, "GPE"), (3, 4, "ORG")]) == []


def test_codebook_a_visit_to_a_place_in_a_city_named_beside_its_noun_visits_that_state(claims_of):
    # "Gabriel Boric visited schools in the capital, Lima."
    rows = [
        ("Gabriel", "Gabriel", "PROPN", "NNP", "compound", 1),
        ("Boric", "Boric", "PROPN", "NNP", "nsubj", 2),
        ("visited", "visit", "VERB", "VBD", "ROOT", 2),
        ("schools", "school", "NOUN", "NNS", "dobj", 2),
        ("in", "in", "ADP", "IN", "prep", 3),
        ("the", "the", "DET", "DT", "det", 6),
        ("capital", "capital", "NOUN", "NN", "pobj", 4),
        (",", ",", "PUNCT", ",", "punct", 6),
        ("Lima", "Lima", "PROPN", "NNP", "appos", 6),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 2, "PERSON"), (8, 9, "GPE")])
    assert {(c.relation, c.object.code) for c in claims} == {("visits", "PER")}


@pytest.mark.parametrize(("particle", "expected"), [("down", {("coerces", "170")}), (None, set())])
def test_codebook_cracking_down_on_a_group_represses_it(claims_of, particle, expected):
    # "Peru cracked down on Bolivian miners." / "Peru cracked on Bolivian miners." (no act)
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("cracked", "crack", "VERB", "VBD", "ROOT", 1),
    ]
    rows += [("down", "down", "ADP", "RP", "prt", 1)] if particle else []
    n = len(rows)
    rows += [
        ("on", "on", "ADP", "IN", "prep", 1),
        ("Bolivian", "Bolivian", "ADJ", "JJ", "amod", n + 2),
        ("miners", "miner", "NOUN", "NNS", "pobj", n),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (n + 1, n + 2, "NORP")])
    assert {(c.relation, c.cameo) for c in claims} == expected


def test_codebook_a_joint_news_conference_with_someone_is_a_meeting(claims_of):
    # "Peru held a joint news conference with Chile."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("held", "hold", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 5),
        ("joint", "joint", "ADJ", "JJ", "amod", 5),
        ("news", "news", "NOUN", "NN", "compound", 5),
        ("conference", "conference", "NOUN", "NN", "dobj", 1),
        ("with", "with", "ADP", "IN", "prep", 5),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (7, 8, "GPE")])
    assert _dyads(claims) == {("PER", "meetsWith", "CHL", "040")}


def test_codebook_who_is_caught_up_in_an_act_takes_part_in_it(claims_of):
    # "Peru was locked in talks with Chile."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubjpass", 2),
        ("was", "be", "AUX", "VBD", "auxpass", 2),
        ("locked", "lock", "VERB", "VBN", "ROOT", 2),
        ("in", "in", "ADP", "IN", "prep", 2),
        ("talks", "talk", "NOUN", "NNS", "pobj", 3),
        ("with", "with", "ADP", "IN", "prep", 4),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (6, 7, "GPE")])
    assert {(c.subject.code, c.relation, c.object.code) for c in claims} == {("PER", "meetsWith", "CHL")}


@pytest.mark.parametrize(("particle", "expected"), [("out", {("criticizes", "111")}), (None, set())])
def test_codebook_lashing_out_at_someone_criticises_them(claims_of, particle, expected):
    # "Peru lashed out at Chile." / "Peru lashed at Chile." (no act)
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("lashed", "lash", "VERB", "VBD", "ROOT", 1)]
    rows += [("out", "out", "ADP", "RP", "prt", 1)] if particle else []
    n = len(rows)
    rows += [
        ("at", "at", "ADP", "IN", "prep", 1),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", n),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (n + 1, n + 2, "GPE")])
    assert {(c.relation, c.cameo) for c in claims} == expected


@pytest.mark.parametrize("verb", ["cut", "stopped", "shut"])
def test_codebook_cutting_off_supplies_to_a_state_stops_material_aid(claims_of, verb):
    # "Peru cut off gas supplies to Chile." (and "stopped", "shut off")
    lemma = {"cut": "cut", "stopped": "stop", "shut": "shut"}[verb]
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        (verb, lemma, "VERB", "VBD", "ROOT", 1),
        ("off", "off", "ADP", "RP", "prt", 1),
        ("gas", "gas", "NOUN", "NN", "compound", 4),
        ("supplies", "supply", "NOUN", "NNS", "dobj", 1),
        ("to", "to", "ADP", "IN", "prep", 4),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (6, 7, "GPE")])
    assert _dyads(claims) == {("PER", "reducesRelationsWith", "CHL", "162")}


def test_codebook_a_meeting_someone_is_due_to_hold_is_arranged(claims_of):
    # "Peru is due to meet Chile."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("is", "be", "AUX", "VBZ", "ROOT", 1),
        ("due", "due", "ADJ", "JJ", "acomp", 1),
        ("to", "to", "PART", "TO", "aux", 4),
        ("meet", "meet", "VERB", "VB", "xcomp", 2),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert {(c.relation, c.modality) for c in claims} == {("meetsWith", "future")}


@pytest.mark.parametrize(("adverb", "expected"), [(None, {"045"}), ("back", set())])
def test_codebook_a_verb_s_own_particle_keeps_it_from_another_phrasal_verb(claims_of, adverb, expected):
    # "Peru and Chile stepped in the dispute" reads as "step in" (intervene, 045); "Peru and Chile
    # stepped back in the dispute" does not
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Chile", "Chile", "PROPN", "NNP", "conj", 0),
        ("stepped", "step", "VERB", "VBD", "ROOT", 3),
    ]
    rows += [(adverb, adverb, "ADV", "RB", "advmod", 3)] if adverb else []
    n = len(rows)
    rows += [
        ("in", "in", "ADP", "IN", "prep", 3),
        ("the", "the", "DET", "DT", "det", n + 2),
        ("dispute", "dispute", "NOUN", "NN", "pobj", n),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert {c.cameo for c in claims} == expected


def test_codebook_what_someone_is_urged_to_do_is_theirs_even_when_we_do_not_know_them(claims_of):
    # "Peru urged the man to condemn Chile." — the man (no actor) would condemn, not Peru
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("urged", "urge", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("man", "man", "NOUN", "NN", "dobj", 1),
        ("to", "to", "PART", "TO", "aux", 5),
        ("condemn", "condemn", "VERB", "VB", "xcomp", 1),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (6, 7, "GPE")])
    assert not any(c.relation == "criticizes" for c in claims)


def test_codebook_lending_a_sum_of_money_is_economic_aid(claims_of):
    # "Peru lent Chile $6bn."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("lent", "lend", "VERB", "VBD", "ROOT", 1),
        ("Chile", "Chile", "PROPN", "NNP", "dative", 1),
        ("$", "$", "SYM", "$", "nmod", 4),
        ("6bn", "6bn", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    (claim,) = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert (claim.relation, claim.cameo, claim.object.code) == ("supplies", "071", "CHL")
    assert [i.commodity for i in claim.items] == ["Money"]


def test_codebook_restrictions_a_government_introduces_on_a_state_are_its_act(claims_of):
    # "Peru introduced restrictions on Chile."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("introduced", "introduce", "VERB", "VBD", "ROOT", 1),
        ("restrictions", "restriction", "NOUN", "NNS", "dobj", 1),
        ("on", "on", "ADP", "IN", "prep", 2),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (4, 5, "GPE")])
    assert _dyads(claims) == {("PER", "coerces", "CHL", "172")}


@pytest.mark.parametrize("means", ["airstrike", "operation"])
def test_codebook_who_was_killed_in_another_s_strike_was_killed_by_them(claims_of, means):
    # "Peruvian soldiers were killed in a Chilean airstrike." / "… in a Chilean operation."
    rows = [
        ("Peruvian", "Peruvian", "ADJ", "JJ", "amod", 1),
        ("soldiers", "soldier", "NOUN", "NNS", "nsubjpass", 3),
        ("were", "be", "AUX", "VBD", "auxpass", 3),
        ("killed", "kill", "VERB", "VBN", "ROOT", 3),
        ("in", "in", "ADP", "IN", "prep", 3),
        ("a", "a", "DET", "DT", "det", 7),
        ("Chilean", "Chilean", "ADJ", "JJ", "amod", 7),
        (means, means, "NOUN", "NN", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (6, 7, "NORP")])
    assert {(c.subject.code, c.object.code) for c in claims} == {("CHL", "PERMIL")}


@pytest.mark.parametrize(
    ("verb", "lemma", "noun", "expected"),
    [
        ("paid", "pay", "tribute", ("praises", "051")),  # "Peru paid tribute to Chile."
        ("placed", "place", "arrest", ("coerces", "173")),  # "Peru placed Chile's envoy under arrest."
    ],
)
def test_codebook_a_verb_with_its_noun_names_the_act(claims_of, verb, lemma, noun, expected):
    if noun == "tribute":
        rows = [
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
            (verb, lemma, "VERB", "VBD", "ROOT", 1),
            (noun, noun, "NOUN", "NN", "dobj", 1),
            ("to", "to", "ADP", "IN", "prep", 1),
            ("Chile", "Chile", "PROPN", "NNP", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
        ents = [(0, 1, "GPE"), (4, 5, "GPE")]
    else:
        rows = [
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
            (verb, lemma, "VERB", "VBD", "ROOT", 1),
            ("Chile", "Chile", "PROPN", "NNP", "poss", 4),
            ("'s", "'s", "PART", "POS", "case", 2),
            ("envoy", "envoy", "NOUN", "NN", "dobj", 1),
            ("under", "under", "ADP", "IN", "prep", 1),
            (noun, noun, "NOUN", "NN", "pobj", 5),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
        ents = [(0, 1, "GPE"), (2, 3, "GPE")]
    claims = claims_of(rows, ents=ents)
    assert {(c.relation, c.cameo) for c in claims} == {expected}


def test_codebook_an_arrangement_stays_future_with_a_description_after_it(claims_of):
    # "Peru is to meet Chile, a first." — the description after the clause does not make it "it is X to"
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("is", "be", "AUX", "VBZ", "ROOT", 1),
        ("to", "to", "PART", "TO", "aux", 3),
        ("meet", "meet", "VERB", "VB", "xcomp", 1),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", 3),
        (",", ",", "PUNCT", ",", "punct", 1),
        ("a", "a", "DET", "DT", "det", 7),
        ("first", "first", "NOUN", "NN", "attr", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (4, 5, "GPE")])
    assert {(c.relation, c.modality) for c in claims} == {("meetsWith", "future")}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("sham", {("criticizes", "CHL", "111")}),  # "Peru called Chile's claim a sham."
        ("success", set()),  # "Peru called Chile's claim a success." censures nothing
    ],
)
def test_codebook_calling_a_state_s_act_by_a_censuring_name_criticises_the_state(claims_of, name, expected):
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("called", "call", "VERB", "VBD", "ROOT", 1),
        ("Chile", "Chile", "PROPN", "NNP", "poss", 4),
        ("'s", "'s", "PART", "POS", "case", 2),
        ("claim", "claim", "NOUN", "NN", "dobj", 1),
        ("a", "a", "DET", "DT", "det", 6),
        (name, name, "NOUN", "NN", "oprd", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert {(c.relation, c.object.code, c.cameo) for c in claims} == expected


def test_codebook_describing_a_state_s_vote_as_illegal_criticises_the_state(claims_of):
    # "Peru described the Chilean vote as illegal."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("described", "describe", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 4),
        ("Chilean", "Chilean", "ADJ", "JJ", "amod", 4),
        ("vote", "vote", "NOUN", "NN", "dobj", 1),
        ("as", "as", "ADP", "IN", "prep", 1),
        ("illegal", "illegal", "ADJ", "JJ", "amod", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (3, 4, "NORP")])
    assert _dyads(claims) == {("PER", "criticizes", "CHL", "111")}


def test_codebook_an_act_that_is_only_attempted_is_still_to_come(claims_of):
    # "Peru's efforts to attack Chile failed."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "poss", 2),
        ("'s", "'s", "PART", "POS", "case", 0),
        ("efforts", "effort", "NOUN", "NNS", "nsubj", 6),
        ("to", "to", "PART", "TO", "aux", 4),
        ("attack", "attack", "VERB", "VB", "acl", 2),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", 4),
        ("failed", "fail", "VERB", "VBD", "ROOT", 6),
        (".", ".", "PUNCT", ".", "punct", 6),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert {(c.relation, c.modality) for c in claims} == {("attacks", "future")}


@pytest.mark.parametrize(("thing", "expected"), [("bombing", {("accuses", "112")}), ("success", set())])
def test_codebook_attributing_a_hostile_act_to_someone_blames_them(claims_of, thing, expected):
    # "Peru attributed the bombing to Chile." / "Peru attributed its success to Chile." (no blame)
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("attributed", "attribute", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        (thing, thing, "NOUN", "NN", "dobj", 1),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert {(c.relation, c.cameo) for c in claims if c.object.code == "CHL"} == expected


def test_codebook_a_battle_with_someone_is_fought_on_both_sides(claims_of):
    # "Bolivian soldiers died in a battle with Peruvian troops."
    rows = [
        ("Bolivian", "bolivian", "ADJ", "JJ", "amod", 1),
        ("soldiers", "soldier", "NOUN", "NNS", "nsubj", 2),
        ("died", "die", "VERB", "VBD", "ROOT", 2),
        ("in", "in", "ADP", "IN", "prep", 2),
        ("a", "a", "DET", "DT", "det", 5),
        ("battle", "battle", "NOUN", "NN", "pobj", 3),
        ("with", "with", "ADP", "IN", "prep", 5),
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 8),
        ("troops", "troop", "NOUN", "NNS", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (7, 8, "NORP")])
    assert _dyads(claims) == {("BOLMIL", "attacks", "PERMIL", "190"), ("PERMIL", "attacks", "BOLMIL", "190")}


@pytest.mark.parametrize(("field", "expected"), [("trade", set()), ("border", {("BOL", "attacks", "PER", "190")})])
def test_codebook_a_war_in_another_field_than_arms_is_no_use_of_force(claims_of, field, expected):
    # "A trade war between Bolivia and Peru began." / "A border war …" (a real one)
    rows = [
        ("A", "a", "DET", "DT", "det", 2),
        (field, field, "NOUN", "NN", "compound", 2),
        ("war", "war", "NOUN", "NN", "nsubj", 7),
        ("between", "between", "ADP", "IN", "prep", 2),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "pobj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 4),
        ("Peru", "Peru", "PROPN", "NNP", "conj", 4),
        ("began", "begin", "VERB", "VBD", "ROOT", 7),
        (".", ".", "PUNCT", ".", "punct", 7),
    ]
    claims = claims_of(rows, ents=[(4, 5, "GPE"), (6, 7, "GPE")])
    assert {d for d in _dyads(claims) if d[0] == "BOL"} == expected


def test_codebook_calling_it_names_what_the_main_verb_acted_on(claims_of):
    # "Chile rejected the Peruvian plan, calling it a sham.": it is the plan; the calling is not denied
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("rejected", "reject", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 4),
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 4),
        ("plan", "plan", "NOUN", "NN", "dobj", 1),
        (",", ",", "PUNCT", ",", "punct", 1),
        ("calling", "call", "VERB", "VBG", "advcl", 1),
        ("it", "it", "PRON", "PRP", "dobj", 6),
        ("a", "a", "DET", "DT", "det", 9),
        ("sham", "sham", "NOUN", "NN", "oprd", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (3, 4, "NORP")])
    assert {(c.relation, c.cameo, c.modality) for c in claims if c.trigger == "calling"} == {
        ("criticizes", "111", "asserted")
    }


@pytest.mark.parametrize(
    ("name", "expected"), [("courageous", ("praises", "051")), ("unacceptable", ("criticizes", "111")), ("late", None)]
)
def test_codebook_saying_a_state_s_act_is_such_and_such_acclaims_or_censures_it(claims_of, name, expected):
    # "Chile said Peru's decision was courageous / unacceptable / late."
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("Peru", "Peru", "PROPN", "NNP", "poss", 4),
        ("'s", "'s", "PART", "POS", "case", 2),
        ("decision", "decision", "NOUN", "NN", "nsubj", 5),
        ("was", "be", "AUX", "VBD", "ccomp", 1),
        (name, name, "ADJ", "JJ", "acomp", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert {(c.relation, c.cameo) for c in claims} == ({expected} if expected else set())


def test_codebook_finding_a_state_s_act_justified_praises_the_state(claims_of):
    # "Chile found Peru's decision justified." (a small clause the parser reads as a clause)
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("found", "find", "VERB", "VBD", "ROOT", 1),
        ("Peru", "Peru", "PROPN", "NNP", "poss", 4),
        ("'s", "'s", "PART", "POS", "case", 2),
        ("decision", "decision", "NOUN", "NN", "nsubj", 5),
        ("justified", "justify", "VERB", "VBD", "ccomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert _dyads(claims) == {("CHL", "praises", "PER", "051")}


def test_codebook_what_a_coordinated_verb_did_at_someone_s_request_they_asked_its_doers(claims_of):
    # "Bolivian troops left Peru and returned at the request of the Peruvian government."
    rows = [
        ("Bolivian", "bolivian", "ADJ", "JJ", "amod", 1),
        ("troops", "troop", "NOUN", "NNS", "nsubj", 2),
        ("left", "leave", "VERB", "VBD", "ROOT", 2),
        ("Peru", "Peru", "PROPN", "NNP", "dobj", 2),
        ("and", "and", "CCONJ", "CC", "cc", 2),
        ("returned", "return", "VERB", "VBD", "conj", 2),
        ("at", "at", "ADP", "IN", "prep", 5),
        ("the", "the", "DET", "DT", "det", 8),
        ("request", "request", "NOUN", "NN", "pobj", 6),
        ("of", "of", "ADP", "IN", "prep", 8),
        ("the", "the", "DET", "DT", "det", 12),
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 12),
        ("government", "government", "NOUN", "NN", "pobj", 9),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (3, 4, "GPE"), (11, 12, "NORP")])
    assert ("PERGOV", "requests", "BOLMIL", "020") in _dyads(claims)


@pytest.mark.parametrize(("particle", "expected"), [("on", {("BOL", "requests", "PER", "020")}), ("with", set())])
def test_codebook_counting_on_a_state_to_act_asks_it_to(claims_of, particle, expected):
    # "Bolivia counts on Peru to show restraint." (the "to" clause parsed as an adjunct of the verb)
    rows = [
        ("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 1),
        ("counts", "count", "VERB", "VBZ", "ROOT", 1),
        (particle, particle, "ADP", "IN", "prep", 1),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 2),
        ("to", "to", "PART", "TO", "aux", 5),
        ("show", "show", "VERB", "VB", "advcl", 1),
        ("restraint", "restraint", "NOUN", "NN", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert _dyads(claims_of(rows, ents=[(0, 1, "GPE"), (3, 4, "GPE")])) == expected


@pytest.mark.parametrize(
    "by_phrase",
    [
        [("by", "by", "ADP", "IN", "prep", 1), ("Peru", "Peru", "PROPN", "NNP", "pobj", 4)],  # hung on the verb
        [  # "… the accusations made by Peru."
            ("made", "make", "VERB", "VBN", "acl", 3),
            ("by", "by", "ADP", "IN", "agent", 4),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 5),
        ],
    ],
)
def test_codebook_denying_accusations_by_a_state_answers_that_state(claims_of, by_phrase):
    # "Bolivia denied the accusations by Peru." / "… made by Peru."
    rows = [
        ("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 1),
        ("denied", "deny", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("accusations", "accusation", "NOUN", "NNS", "dobj", 1),
        *by_phrase,
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    peru = len(rows) - 2
    assert _dyads(claims_of(rows, ents=[(0, 1, "GPE"), (peru, peru + 1, "GPE")])) == {("BOL", "denies", "PER", "016")}


def test_codebook_a_mediator_mediates_with_each_side_it_is_between(claims_of):
    # "Chile mediated between Peru and Bolivia."
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("mediated", "mediate", "VERB", "VBD", "ROOT", 1),
        ("between", "between", "ADP", "IN", "prep", 1),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 2),
        ("and", "and", "CCONJ", "CC", "cc", 3),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "conj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (3, 4, "GPE"), (5, 6, "GPE")])
    assert {d for d in _dyads(claims) if d[0] == "CHL"} == {
        ("CHL", "meetsWith", "PER", "045"),
        ("CHL", "meetsWith", "BOL", "045"),
    }


@pytest.mark.parametrize("verb", ["ban", "suspend"])
def test_codebook_stopping_imports_of_a_state_s_goods_is_an_embargo_on_it(claims_of, verb):
    # "Chile banned (suspended) imports of Peruvian wine."
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        (verb + "ed", verb, "VERB", "VBD", "ROOT", 1),
        ("imports", "import", "NOUN", "NNS", "dobj", 1),
        ("of", "of", "ADP", "IN", "prep", 2),
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 5),
        ("wine", "wine", "NOUN", "NN", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert _dyads(claims_of(rows, ents=[(0, 1, "GPE"), (4, 5, "NORP")])) == {("CHL", "sanctions", "PER", "163")}


@pytest.mark.parametrize(
    ("object_rows", "expected"),
    [
        ([], {("BOL", "protestsAgainst", "PERGOV", "141")}),  # "Bolivians rallied outside the Peruvian embassy."
        ([("supporters", "supporter", "NOUN", "NNS", "dobj", 1)], set()),  # "… rallied supporters outside …"
    ],
)
def test_codebook_rallying_outside_a_state_s_building_protests_against_it(claims_of, object_rows, expected):
    rows = [
        ("Bolivians", "Bolivians", "PROPN", "NNPS", "nsubj", 1),
        ("rallied", "rally", "VERB", "VBD", "ROOT", 1),
        *object_rows,
        ("outside", "outside", "ADP", "IN", "prep", 1),
        ("the", "the", "DET", "DT", "det", 5 + len(object_rows)),
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 5 + len(object_rows)),
        ("embassy", "embassy", "NOUN", "NN", "pobj", 2 + len(object_rows)),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    peruvian = 4 + len(object_rows)
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (peruvian, peruvian + 1, "NORP")])
    assert {d for d in _dyads(claims) if d[1] == "protestsAgainst"} == expected


def test_codebook_a_modal_on_the_copula_governs_what_one_is_ready_to_do(claims_of):
    # "Chile must be ready to attack Peru.": an obligation, not an announced intention
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 2),
        ("must", "must", "AUX", "MD", "aux", 2),
        ("be", "be", "AUX", "VB", "ROOT", 2),
        ("ready", "ready", "ADJ", "JJ", "acomp", 2),
        ("to", "to", "PART", "TO", "aux", 5),
        ("attack", "attack", "VERB", "VB", "xcomp", 3),
        ("Peru", "Peru", "PROPN", "NNP", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (6, 7, "GPE")])
    assert {c.modality for c in claims} == {"hypothetical"}


@pytest.mark.parametrize(("means", "code"), [("airstrike", "195"), ("raid", "180")])
def test_codebook_a_killing_is_coded_by_its_means_and_a_raid_is_no_air_strike(claims_of, means, code):
    # "Peruvian troops killed two Chileans in an airstrike / a raid."
    rows = [
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 1),
        ("troops", "troop", "NOUN", "NNS", "nsubj", 2),
        ("killed", "kill", "VERB", "VBD", "ROOT", 2),
        ("two", "two", "NUM", "CD", "nummod", 4),
        ("Chileans", "chilean", "NOUN", "NNS", "dobj", 2),
        ("in", "in", "ADP", "IN", "prep", 2),
        ("a", "a", "DET", "DT", "det", 7),
        (means, means, "NOUN", "NN", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (4, 5, "NORP")])
    assert {c.cameo for c in claims} == {code}


@pytest.mark.parametrize("noun", ["accusation", "allegation"])
def test_codebook_denying_the_accusation_made_just_before_answers_the_accuser(claims_of, noun):
    # "Peru accused Chile. Chile denied the accusation (allegation)."
    rows = [
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("accused", "accuse", "VERB", "VBD", "ROOT", 1),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 5),
        ("denied", "deny", "VERB", "VBD", "ROOT", 5),
        ("the", "the", "DET", "DT", "det", 7),
        (noun, noun, "NOUN", "NN", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 5),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE")])
    assert ("CHL", "denies", "PER", "016") in _dyads(claims)


def test_codebook_censuring_the_act_told_just_before_criticises_its_doer(claims_of):
    # "Bolivia shelled Peru. Peru characterized the attack as a provocation."
    rows = [
        ("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 1),
        ("shelled", "shell", "VERB", "VBD", "ROOT", 1),
        ("Peru", "Peru", "PROPN", "NNP", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 5),
        ("characterized", "characterize", "VERB", "VBD", "ROOT", 5),
        ("the", "the", "DET", "DT", "det", 7),
        ("attack", "attack", "NOUN", "NN", "dobj", 5),
        ("as", "as", "ADP", "IN", "prep", 5),
        ("a", "a", "DET", "DT", "det", 10),
        ("provocation", "provocation", "NOUN", "NN", "pobj", 8),
        (".", ".", "PUNCT", ".", "punct", 5),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE")])
    assert ("PER", "criticizes", "BOL", "111") in _dyads(claims)


def test_codebook_in_front_of_a_state_s_building_is_outside_it(claims_of):
    # "Bolivians rallied in front of the Peruvian embassy."
    rows = [
        ("Bolivians", "Bolivians", "PROPN", "NNPS", "nsubj", 1),
        ("rallied", "rally", "VERB", "VBD", "ROOT", 1),
        ("in", "in", "ADP", "IN", "prep", 1),
        ("front", "front", "NOUN", "NN", "pobj", 2),
        ("of", "of", "ADP", "IN", "prep", 3),
        ("the", "the", "DET", "DT", "det", 7),
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 7),
        ("embassy", "embassy", "NOUN", "NN", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (6, 7, "NORP")])
    assert _dyads(claims) == {("BOL", "protestsAgainst", "PERGOV", "141")}


def test_codebook_a_named_group_s_fighters_are_the_subject_of_their_relative_clause(claims_of):
    # "Chile condemned the Hezbollah militia that attacked Israel": the militia is Hezbollah
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("condemned", "condemn", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 4),
        ("Hezbollah", "Hezbollah", "PROPN", "NNP", "compound", 4),
        ("militia", "militia", "NOUN", "NN", "dobj", 1),
        ("that", "that", "PRON", "WDT", "nsubj", 6),
        ("attacked", "attack", "VERB", "VBD", "relcl", 4),
        ("Israel", "Israel", "PROPN", "NNP", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (3, 4, "ORG"), (7, 8, "GPE")])
    attacks = {(c.subject.label, c.object.code) for c in claims if c.cameo.startswith("19")}
    assert attacks == {("Hezbollah", "ISR")}


@pytest.mark.parametrize(("verb", "lemma"), [("alleged", "allege"), ("claimed", "claim"), ("swore", "swear")])
def test_codebook_alleging_that_another_did_something_accuses_it(claims_of, verb, lemma):
    # "Bolivia claimed that Chile had shelled the port.": the allegation block codes disapproval (110);
    # saying that another did it is the accusation the codebook asks for (112)
    rows = [
        ("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 1),
        (verb, lemma, "VERB", "VBD", "ROOT", 1),
        ("that", "that", "SCONJ", "IN", "mark", 5),
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 5),
        ("had", "have", "AUX", "VBD", "aux", 5),
        ("shelled", "shell", "VERB", "VBN", "ccomp", 1),
        ("the", "the", "DET", "DT", "det", 7),
        ("port", "port", "NOUN", "NN", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = [c for c in claims_of(rows, ents=[(0, 1, "GPE"), (3, 4, "GPE")]) if c.trigger == verb]
    assert [(c.subject.code, c.relation, c.cameo, c.object.code) for c in claims] == [("BOL", "accuses", "112", "CHL")]


@pytest.mark.parametrize(("demonym", "thing", "lemma", "expected"), [
    (None, "troops", "troop", [("BOL", "154", "CHL")]),
    ("Chilean", "delegates", "delegate", []),
])  # fmt: skip
def test_codebook_amassing_forces_near_another_is_a_show_of_force_and_amassing_anything_else_no_act(
    claims_of, demonym, thing, lemma, expected
):
    # "Bolivia amassed troops near Chile." / "Bolivia amassed Chilean delegates near Chile.": to amass
    # is to accumulate, never to meet (the dictionary files it with the verbs of assembling, 040)
    rows = [("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 1), ("amassed", "amass", "VERB", "VBD", "ROOT", 1)]
    ents = [(0, 1, "GPE")]
    if demonym is not None:
        rows.append((demonym, demonym.lower(), "ADJ", "JJ", "amod", 3))
        ents.append((2, 3, "NORP"))
    at = len(rows)
    rows += [
        (thing, lemma, "NOUN", "NNS", "dobj", 1),
        ("near", "near", "ADP", "IN", "prep", 1),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", at + 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[*ents, (at + 2, at + 3, "GPE")])
    assert [(c.subject.code, c.cameo, c.object.code[:3]) for c in claims] == expected


def test_codebook_the_thing_of_a_named_groups_members_is_that_groups(claims_of):
    # "Brazil condemned the farm subsidies of the G7 nations.": the nations are the G7's
    rows = [
        ("Brazil", "Brazil", "PROPN", "NNP", "nsubj", 1),
        ("condemned", "condemn", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 4),
        ("farm", "farm", "NOUN", "NN", "compound", 4),
        ("subsidies", "subsidy", "NOUN", "NNS", "dobj", 1),
        ("of", "of", "ADP", "IN", "prep", 4),
        ("the", "the", "DET", "DT", "det", 8),
        ("G7", "G7", "PROPN", "NNP", "compound", 8),
        ("nations", "nation", "NOUN", "NNS", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (7, 8, "ORG")])
    assert [(c.subject.code, c.relation, c.object.code) for c in claims] == [("BRA", "criticizes", "IGOG7")]


@pytest.mark.parametrize(("verb", "lemma", "expected"), [("died", "die", {("PER", "attacks", "CHLMIL", "195")}),
                                                         ("slept", "sleep", set())])  # fmt: skip
def test_codebook_who_died_in_an_attack_is_the_one_it_was_made_on(claims_of, verb, lemma, expected):
    # "Chilean soldiers died in a Peruvian air strike." ("slept in" a strike is no casualty of it)
    rows = [
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 1),
        ("soldiers", "soldier", "NOUN", "NNS", "nsubj", 2),
        (verb, lemma, "VERB", "VBD", "ROOT", 2),
        ("in", "in", "ADP", "IN", "prep", 2),
        ("a", "a", "DET", "DT", "det", 7),
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 7),
        ("air", "air", "NOUN", "NN", "compound", 7),
        ("strike", "strike", "NOUN", "NN", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (5, 6, "NORP")])
    assert _dyads(claims) == expected


@pytest.mark.parametrize(("noun", "expected"), [("target", {("PER", "attacks", "CHL", "190")}), ("author", set())])
def test_codebook_the_target_of_an_attack_is_the_one_it_was_made_on(claims_of, noun, expected):
    # "Chile was the target of an attack by Peru." ("the author of an attack" is no one it was made on)
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("was", "be", "AUX", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        (noun, noun, "NOUN", "NN", "attr", 1),
        ("of", "of", "ADP", "IN", "prep", 3),
        ("an", "an", "DET", "DT", "det", 6),
        ("attack", "attack", "NOUN", "NN", "pobj", 4),
        ("by", "by", "ADP", "IN", "prep", 6),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 7),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (8, 9, "GPE")])
    assert _dyads(claims) == expected


def _shelled_held_towns(demonym: str, place: str | None):  # type: ignore[no-untyped-def]
    """ "<Demonym> troops shelled rebel-held towns [in <place>]." as parsed rows, with entities."""
    rows = [
        (demonym, demonym.lower(), "ADJ", "JJ", "amod", 1),
        ("troops", "troop", "NOUN", "NNS", "nsubj", 2),
        ("shelled", "shell", "VERB", "VBD", "ROOT", 2),
        ("rebel", "rebel", "NOUN", "NN", "npadvmod", 5),
        ("-", "-", "PUNCT", "HYPH", "punct", 5),
        ("held", "hold", "VERB", "VBN", "amod", 6),
        ("towns", "town", "NOUN", "NNS", "dobj", 2),
    ]
    ents = [(0, 1, "NORP")]
    if place is not None:
        rows += [("in", "in", "ADP", "IN", "prep", 2), (place, place, "PROPN", "NNP", "pobj", 7)]
        ents.append((8, 9, "GPE"))
    rows.append((".", ".", "PUNCT", ".", "punct", 2))
    return rows, ents


@pytest.mark.parametrize(("demonym", "place", "expected"), [
    ("Chilean", "Peru", {("CHLMIL", "attacks", "PERREB", "194")}),
    ("Peruvian", None, {("PERMIL", "attacks", "PERREB", "194")}),
])  # fmt: skip
def test_codebook_an_attack_on_rebel_held_places_is_on_the_rebels_of_the_state_they_are_in(
    claims_of, demonym, place, expected
):
    # "Chilean troops shelled rebel-held towns in Peru." / "Peruvian troops shelled rebel-held towns."
    rows, ents = _shelled_held_towns(demonym, place)
    assert _dyads(claims_of(rows, ents=ents)) == expected


def test_codebook_rejecting_the_proposal_made_just_before_answers_its_maker(claims_of):
    # "Bolivia proposed a truce. Peru rejected the proposal."
    rows = [
        ("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 1),
        ("proposed", "propose", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3),
        ("truce", "truce", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 6),
        ("rejected", "reject", "VERB", "VBD", "ROOT", 6),
        ("the", "the", "DET", "DT", "det", 8),
        ("proposal", "proposal", "NOUN", "NN", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 6),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert {(c.subject.code, c.relation, c.object.code) for c in claims} == {("PER", "rejects", "BOL")}


def test_codebook_accepting_the_invitation_made_just_before_answers_who_invited(claims_of):
    # "Bolivia invited Peru to talks. Peru accepted the invitation."
    rows = [
        ("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 1),
        ("invited", "invite", "VERB", "VBD", "ROOT", 1),
        ("Peru", "Peru", "PROPN", "NNP", "dobj", 1),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("talks", "talk", "NOUN", "NNS", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 7),
        ("accepted", "accept", "VERB", "VBD", "ROOT", 7),
        ("the", "the", "DET", "DT", "det", 9),
        ("invitation", "invitation", "NOUN", "NN", "dobj", 7),
        (".", ".", "PUNCT", ".", "punct", 7),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE"), (6, 7, "GPE")])
    assert ("PER", "BOL") in {(c.subject.code, c.object.code) for c in claims if c.trigger == "accepted"}


def test_codebook_the_government_of_a_leader_is_the_leaders(claims_of):
    # "Chile backed the government of Evo Morales." (a thing of a person other than a body they lead,
    # "the tomb of …", is still not the person)
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("backed", "back", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("government", "government", "NOUN", "NN", "dobj", 1),
        ("of", "of", "ADP", "IN", "prep", 3),
        ("Evo", "Evo", "PROPN", "NNP", "compound", 6),
        ("Morales", "Morales", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (5, 7, "PERSON")], published=date(2008, 6, 1))
    assert {(c.subject.code, c.relation, c.object.code[:3]) for c in claims} == {("CHL", "supports", "BOL")}


def _deployed(thing: str, lemma: str, where: list[tuple[str, str, str, str, str, int]]):  # type: ignore[no-untyped-def]
    """ "Bolivia deployed <thing> <where>." as parsed rows (``where`` hangs off the verb, index 1)."""
    return [
        ("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 1),
        ("deployed", "deploy", "VERB", "VBD", "ROOT", 1),
        (thing, lemma, "NOUN", "NNS", "dobj", 1),
        *where,
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


_TO_THE_BORDER_WITH_PERU = [
    ("to", "to", "ADP", "IN", "prep", 1),
    ("the", "the", "DET", "DT", "det", 5),
    ("border", "border", "NOUN", "NN", "pobj", 3),
    ("with", "with", "ADP", "IN", "prep", 5),
    ("Peru", "Peru", "PROPN", "NNP", "pobj", 6),
]
_TO_PERU = [("to", "to", "ADP", "IN", "prep", 1), ("Peru", "Peru", "PROPN", "NNP", "pobj", 3)]
_NEAR_PERU = [("near", "near", "ADP", "IN", "prep", 1), ("Peru", "Peru", "PROPN", "NNP", "pobj", 3)]


@pytest.mark.parametrize(("thing", "lemma", "where", "expected"), [
    ("troops", "troop", _TO_THE_BORDER_WITH_PERU, {("BOL", "mobilizesAgainst", "PER", "154")}),
    ("tanks", "tank", _NEAR_PERU, {("BOL", "mobilizesAgainst", "PER", "154")}),
    ("troops", "troop", _TO_PERU, set()),  # sent into a state, they may be there as its allies
    ("peacekeepers", "peacekeeper", _NEAR_PERU, set()),
], ids=["to the border with", "near", "to a state", "peacekeepers"])  # fmt: skip
def test_codebook_forces_deployed_near_a_state_or_at_its_border_are_a_show_of_force(
    claims_of, thing, lemma, where, expected
):
    rows = _deployed(thing, lemma, where)
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (len(rows) - 2, len(rows) - 1, "GPE")])
    assert _dyads(claims) == expected


def test_codebook_the_states_a_plural_state_noun_is_of_are_the_parties(claims_of):
    # "A war between the nations of Bolivia and Peru began.": the two states fight
    rows = [
        ("A", "a", "DET", "DT", "det", 1),
        ("war", "war", "NOUN", "NN", "nsubj", 9),
        ("between", "between", "ADP", "IN", "prep", 1),
        ("the", "the", "DET", "DT", "det", 4),
        ("nations", "nation", "NOUN", "NNS", "pobj", 2),
        ("of", "of", "ADP", "IN", "prep", 4),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "pobj", 5),
        ("and", "and", "CCONJ", "CC", "cc", 6),
        ("Peru", "Peru", "PROPN", "NNP", "conj", 6),
        ("began", "begin", "VERB", "VBD", "ROOT", 9),
        (".", ".", "PUNCT", ".", "punct", 9),
    ]
    claims = claims_of(rows, ents=[(6, 7, "GPE"), (8, 9, "GPE")])
    assert {d for d in _dyads(claims) if d[0] == "BOL"} == {("BOL", "attacks", "PER", "190")}


def test_codebook_an_unnamed_doer_acting_on_behalf_of_an_actor_is_that_actor(claims_of):
    # "An envoy, on behalf of Chile, helped broker a truce between Peru and Bolivia.": Chile mediates
    # ('on behalf' is no one called on to act)
    rows = [
        ("An", "an", "DET", "DT", "det", 1),
        ("envoy", "envoy", "NOUN", "NN", "nsubj", 8),
        (",", ",", "PUNCT", ",", "punct", 1),
        ("on", "on", "ADP", "IN", "prep", 8),
        ("behalf", "behalf", "NOUN", "NN", "pobj", 3),
        ("of", "of", "ADP", "IN", "prep", 4),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 5),
        (",", ",", "PUNCT", ",", "punct", 8),
        ("helped", "help", "VERB", "VBD", "ROOT", 8),
        ("broker", "broker", "VERB", "VB", "xcomp", 8),
        ("a", "a", "DET", "DT", "det", 11),
        ("truce", "truce", "NOUN", "NN", "dobj", 9),
        ("between", "between", "ADP", "IN", "prep", 11),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 12),
        ("and", "and", "CCONJ", "CC", "cc", 13),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "conj", 13),
        (".", ".", "PUNCT", ".", "punct", 8),
    ]
    claims = claims_of(rows, ents=[(6, 7, "GPE"), (13, 14, "GPE"), (15, 16, "GPE")])
    assert {(c.subject.code, c.object.code) for c in claims if c.trigger == "broker"} == {
        ("CHL", "PER"),
        ("CHL", "BOL"),
    }


@pytest.mark.parametrize(
    ("verb", "determiner", "count", "weapon", "preposition", "code"),
    [
        ("fire", None, "dozens", "rocket", "into", "190"),
        ("launch", "a", "barrage", "missile", "at", "190"),
        ("launch", None, "dozens", "drone", "at", "195"),
    ],
)
def test_codebook_projectiles_sent_at_or_into_a_state_attack_it(
    claims_of, verb, determiner, count, weapon, preposition, code
):
    # "Chile fired dozens of rockets into Peru.", "… launched a barrage of missiles at Peru.": what
    # is counted is what was sent (drones are aerial weapons, 195)
    rows = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), (verb + "ed", verb, "VERB", "VBD", "ROOT", 1)]
    if determiner:
        rows.append((determiner, determiner, "DET", "DT", "det", len(rows) + 1))
    counted = len(rows)
    rows += [
        (count, count, "NOUN", "NNS" if count.endswith("s") else "NN", "dobj", 1),
        ("of", "of", "ADP", "IN", "prep", counted),
        (weapon + "s", weapon, "NOUN", "NNS", "pobj", counted + 1),
        (preposition, preposition, "ADP", "IN", "prep", 1),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", counted + 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (counted + 4, counted + 5, "GPE")])
    assert {(c.subject.code, c.relation, c.object.code, c.cameo) for c in claims} == {("CHL", "attacks", "PER", code)}


@pytest.mark.parametrize(
    ("modifier", "expected"), [("defence", {("CHL", "supplies", "PER", "072")}), ("filing", set())]
)
def test_codebook_goods_may_be_named_by_the_word_compounded_with_them(claims_of, modifier, expected):
    # "Chile sent air defence systems to Peru.": defence systems are arms; "filing systems" are nothing we know
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("sent", "send", "VERB", "VBD", "ROOT", 1),
        ("air", "air", "NOUN", "NN", "compound", 3),
        (modifier, modifier, "NOUN", "NN", "compound", 4),
        ("systems", "system", "NOUN", "NNS", "dobj", 1),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (6, 7, "GPE")])
    assert {(c.subject.code, c.relation, c.object.code, c.cameo) for c in claims} == expected


@pytest.mark.parametrize(("thing", "expected"), [("partnership", "050"), ("economy", None)])
def test_codebook_ties_made_closer_are_diplomatic_cooperation_both_ways(claims_of, thing, expected):
    # "Chile and Peru deepened their partnership." (each with the other); "… their economy" is no tie
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Peru", "Peru", "PROPN", "NNP", "conj", 0),
        ("deepened", "deepen", "VERB", "VBD", "ROOT", 3),
        ("their", "their", "PRON", "PRP$", "poss", 5),
        (thing, thing, "NOUN", "NN", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    found = {(c.subject.code, c.object.code, c.cameo) for c in claims}
    assert found == ({("CHL", "PER", expected), ("PER", "CHL", expected)} if expected else set())


@pytest.mark.parametrize("preposition", ["in", "inside", "within"])
def test_codebook_targets_placed_inside_a_state_are_in_it(claims_of, preposition):
    # "Chilean jets bombed targets inside Peru.": the state they lie in is attacked, as with 'in'
    rows = [
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 1),
        ("jets", "jet", "NOUN", "NNS", "nsubj", 2),
        ("bombed", "bomb", "VERB", "VBD", "ROOT", 2),
        ("targets", "target", "NOUN", "NNS", "dobj", 2),
        (preposition, preposition, "ADP", "IN", "prep", 3),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (5, 6, "GPE")])
    assert {(c.subject.code[:3], c.relation, c.object.code) for c in claims} == {("CHL", "attacks", "PER")}


def test_codebook_a_place_the_gazetteer_lacks_is_in_the_state_of_its_noun_s_adjective(claims_of):
    # "Chilean jets bombed a depot in the Peruvian town of Zarumilla.": a town of Peru's
    rows = [
        ("Chilean", "chilean", "ADJ", "JJ", "amod", 1),
        ("jets", "jet", "NOUN", "NNS", "nsubj", 2),
        ("bombed", "bomb", "VERB", "VBD", "ROOT", 2),
        ("a", "a", "DET", "DT", "det", 4),
        ("depot", "depot", "NOUN", "NN", "dobj", 2),
        ("in", "in", "ADP", "IN", "prep", 4),
        ("the", "the", "DET", "DT", "det", 8),
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 8),
        ("town", "town", "NOUN", "NN", "pobj", 5),
        ("of", "of", "ADP", "IN", "prep", 8),
        ("Zarumilla", "Zarumilla", "PROPN", "NNP", "pobj", 9),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]
    claims = claims_of(rows, ents=[(0, 1, "NORP"), (7, 8, "NORP"), (10, 11, "GPE")])
    assert {(c.subject.code[:3], c.relation, c.object.code) for c in claims} == {("CHL", "attacks", "PER")}


@pytest.mark.parametrize(
    ("verb", "lemma", "expected"), [("expelled", "expel", {("PER", "CHLGOV")}), ("recalled", "recall", set())]
)
def test_codebook_one_sent_out_of_a_state_is_sent_out_by_it(claims_of, verb, lemma, expected):
    # "Chile's ambassador was expelled from Peru.": Peru expels him; "recalled from Peru" is Chile's own act
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "poss", 2),
        ("'s", "'s", "PART", "POS", "case", 0),
        ("ambassador", "ambassador", "NOUN", "NN", "nsubjpass", 4),
        ("was", "be", "AUX", "VBD", "auxpass", 4),
        (verb, lemma, "VERB", "VBN", "ROOT", 4),
        ("from", "from", "ADP", "IN", "prep", 4),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 4),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (6, 7, "GPE")])
    assert {(c.subject.code, c.object.code) for c in claims if c.subject.code == "PER"} == expected


def test_codebook_a_mediator_named_as_the_agent_of_a_passive_acts_towards_each_party(claims_of):
    # "Talks between Peru and Bolivia were mediated by Chile."
    rows = [
        ("Talks", "talk", "NOUN", "NNS", "nsubjpass", 6),
        ("between", "between", "ADP", "IN", "prep", 0),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 1),
        ("and", "and", "CCONJ", "CC", "cc", 2),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "conj", 2),
        ("were", "be", "AUX", "VBD", "auxpass", 6),
        ("mediated", "mediate", "VERB", "VBN", "ROOT", 6),
        ("by", "by", "ADP", "IN", "agent", 6),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 7),
        (".", ".", "PUNCT", ".", "punct", 6),
    ]
    claims = claims_of(rows, ents=[(2, 3, "GPE"), (4, 5, "GPE"), (8, 9, "GPE")])
    mediation = {(c.subject.code, c.object.code, c.cameo) for c in claims if c.trigger == "mediated"}
    assert mediation == {("CHL", "PER", "045"), ("CHL", "BOL", "045")}


@pytest.mark.parametrize(("thing", "expected"), [("ships", {("CHL", "PER", "191")}), ("reforms", set())])
def test_codebook_movement_blocked_by_force_is_a_blockade(claims_of, thing, expected):
    # "Chile blocked Peruvian ships.": a blockade (191); "blocked Peruvian reforms" is nothing we code
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("blocked", "block", "VERB", "VBD", "ROOT", 1),
        ("Peruvian", "peruvian", "ADJ", "JJ", "amod", 3),
        (thing, thing[:-1], "NOUN", "NNS", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (2, 3, "NORP")])
    assert {(c.subject.code, c.object.code, c.cameo) for c in claims} == expected


@pytest.mark.parametrize("label", ["GPE", "ORG", "NORP"])
def test_codebook_force_on_a_city_named_after_of_is_on_its_state_whatever_the_model_calls_it(claims_of, label):
    # "Chile's shelling of Arequipa continued.": a city of Peru's (the model may tag it ORG or NORP)
    rows = [
        ("Chile", "Chile", "PROPN", "NNP", "poss", 2),
        ("'s", "'s", "PART", "POS", "case", 0),
        ("shelling", "shelling", "NOUN", "NN", "nsubj", 5),
        ("of", "of", "ADP", "IN", "prep", 2),
        ("Arequipa", "Arequipa", "PROPN", "NNP", "pobj", 3),
        ("continued", "continue", "VERB", "VBD", "ROOT", 5),
        (".", ".", "PUNCT", ".", "punct", 5),
    ]
    claims = claims_of(rows, ents=[(0, 1, "GPE"), (4, 5, label)])
    assert {(c.subject.code, c.relation, c.object.code, c.cameo) for c in claims} == {("CHL", "attacks", "PER", "194")}
