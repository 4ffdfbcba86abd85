"""Evaluation: scoring logic on hand-made records, and the model scored on gold with thresholds."""

from __future__ import annotations

import json

import pytest

from kg.evaluation import actor_key, claim_events, evaluate_actors, evaluate_events, gold_events
from kg.evaluation.events import ActorIndex
from kg.graph.projection import example_claims
from tests.conftest import REPO, shared_path


def test_evaluation_actor_keys_compare_country_or_whole_igo():
    assert [actor_key(c) for c in ("RUSGOV", "rus", "IGOUNOKID", "", None)] == ["RUS", "RUS", "IGOUNOKID", None, None]


def test_evaluation_gold_events_expand_actor_lists_and_map_plover_versions():
    record = {
        "events": [
            {"source_codes": ["HUNGOV", "ROUGOV"], "target_codes": ["SRB"], "code": "DEMAND"},
            {"source": "ARN", "target": "GON", "code": "0721"},
            {"source_codes": ["X"], "code": "AGREE"},
        ]
    }
    events, non_dyadic = gold_events(record)
    assert ("HUN", "SRB", None, "REQUEST") in events and ("ROU", "SRB", None, "REQUEST") in events
    assert ("ARN", "GON", "0721", "AID") in events
    assert non_dyadic == 1


def test_evaluation_plover_compound_actors_are_each_others_targets():
    # "(SRC/TAR: Chile) and (SRC/TAR: Peru) agreed …": no target list, each side acts on the other
    event = {"source_codes": ["CHL", "PER"], "code": "AGREE"}
    compound = {"markup": "(SRC/TAR: Chile) and (SRC/TAR: Peru) (EVT: agreed)", "events": [event]}
    events, non_dyadic = gold_events(compound)
    assert sorted(events) == [("CHL", "PER", None, "AGREE"), ("PER", "CHL", None, "AGREE")] and non_dyadic == 0
    assert gold_events({"markup": "(SRC: Chile) and (SRC: Peru) agreed", "events": [event]}) == ([], 1)


def test_evaluation_symmetric_claims_count_both_ways_and_denials_do_not_count():
    events = claim_events(example_claims())
    assert ("PRK", "RUS", "072", "AID") in events
    assert sum(1 for e in events if e[:2] == ("PRK", "RUS")) == 1  # the denial is not an event


def test_evaluation_scores_a_perfect_and_a_wrong_extractor():
    record = {
        "id": "r1",
        "text": "North Korea supplied shells to Russia.",
        "events": [{"source": "PRK", "target": "RUS", "code": "072"}],
    }
    claims = [
        c for c in example_claims() if c.relation == "supplies" and c.modality == "asserted" and c.subject.code == "PRK"
    ]

    def perfect(articles):
        return [(a, claims) for a in articles]

    def silent(articles):
        return [(a, []) for a in articles]

    good = evaluate_events([record], perfect)
    assert good.levels["dyad+code"].f1 == 1.0 and good.levels["plover"].f1 == 1.0
    bad = evaluate_events([record], silent)
    assert bad.levels["dyad+root"].recall == 0.0 and bad.levels["dyad+root"].gold == 1
    noevents = evaluate_events([{**record, "noevents": True, "events": []}], perfect)
    assert noevents.noevent_false_positives == 1


def test_evaluation_multi_rater_errors_list_consensus_misses_and_events_no_rater_coded():
    # Two raters code North Korea → Russia as aid ("2-7 Provide Aid", the ConfliBERT form).
    event = {"source": ["North Korea"], "target": ["Russia"], "code": "2-7 Provide Aid"}
    rated = [{**event, "rater": rater} for rater in ("r1", "r2")]
    record = {"id": "m1", "text": "North Korea sent shells to Russia.", "events": rated, "annotations": {}}
    claims = [c for c in example_claims() if c.modality == "asserted"]
    silent = evaluate_events([record], lambda articles: [(a, []) for a in articles], errors=True)
    assert [m["event"] for m in silent.errors[0]["missed"]] == ["PRK→RUS 07"]
    loud = evaluate_events([record], lambda articles: [(a, claims) for a in articles], errors=True)
    spurious = {s["event"] for s in loud.errors[0]["spurious"]}
    assert loud.errors[0]["missed"] == [] and spurious and "PRK→RUS 07" not in spurious


@pytest.mark.model
def test_evaluation_errors_on_article_gold_say_which_actors_of_a_miss_were_found():
    # Chile's sanctions on Peru are missed with both actors found; Bolivia's on Peru with Peru alone
    sentences = ["Chile imposed sanctions on Peru.", "Bolivia's rulers followed suit against Peru."]
    gold = [
        {"source": "CHL", "target": "PER", "code": "163", "modality": "asserted", "sentence": sentences[0]},
        {"source": "BOL", "target": "PER", "code": "163", "modality": "asserted", "sentence": sentences[1]},
    ]
    events = [{k: g[k] for k in ("source", "target", "code")} for g in gold]
    record = {"id": "a1", "text": " ".join(sentences), "claims": gold, "events": events}
    index = ActorIndex(
        sentences=[(sentences[0], frozenset({"CHL", "PER"})), (sentences[1], frozenset({"PER"}))],
        article=frozenset({"CHL", "PER"}),
    )
    report = evaluate_events([record], lambda articles: [(a, [], index) for a in articles], errors=True)
    found = {m["event"]: m.get("actors_found") for m in report.errors[0]["missed"]}
    assert found == {"CHL→PER 16": "both", "BOL→PER 16": "target"}


def test_evaluation_petrarch_pytest_sentences_all_right(nlp):
    from kg.nlp import extract_claims

    records = [
        json.loads(line) for line in shared_path("gold", "petrarch2_pytest_sentences.jsonl").read_text().splitlines()
    ]
    report = evaluate_events(records, lambda articles: extract_claims(articles))
    assert report.levels["dyad+code"].f1 == 1.0


@pytest.mark.model
def test_evaluation_plover_gold_above_floor(nlp):
    from kg.nlp import extract_claims

    records = [json.loads(line) for line in shared_path("gold", "plover_gsr_cameo.jsonl").read_text().splitlines()]
    report = evaluate_events(records, lambda articles: extract_claims(articles))
    plover = report.levels["plover"]
    # Floors just under the figures in the README (strict; development data), so a regression fails here
    # (precision 0.594: this gold codes one event a sentence, so a second real one counts against us:
    # "closed its borders … because of fighting between A and B" gives the fighting too).
    assert plover.precision >= 0.59 and plover.recall >= 0.34, report.as_dict()["levels"]


@pytest.mark.model
def test_evaluation_actor_linking_on_gum_above_floor(nlp):
    records = [json.loads(line) for line in shared_path("gold", "gum_news_ir.jsonl").read_text().splitlines()]
    score = evaluate_actors(records, nlp)
    assert score.precision("country") >= 0.95 and score.recall("country") >= 0.75, score.as_dict()


def test_evaluation_calibration_curve_is_monotone_and_fitted_on_enough_events():
    from kg.relations.confidence import calibrated, load_calibration

    curve = load_calibration()
    ys = [y for _x, y in curve["points"]]
    assert ys == sorted(ys) and curve["events"] >= 50
    assert calibrated(0.25) < calibrated(0.6) <= calibrated(0.8) < 1.0


@pytest.mark.model
def test_evaluation_calibrated_confidence_scores_better_than_raw(nlp):
    import importlib.util

    from kg.relations.confidence import calibrated

    path = REPO / "scripts" / "calibrate_confidence.py"
    spec = importlib.util.spec_from_file_location("calibrate", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    events = module.labelled(shared_path("gold"))
    raw = sum((score - right) ** 2 for score, right in events) / len(events)
    fitted = sum((calibrated(score) - right) ** 2 for score, right in events) / len(events)
    assert fitted <= raw + 0.005  # the fitted curve is at least as good as the raw score on its own data


def test_evaluation_gold_granularity_igo_prefixes_and_legacy_country_codes():
    from kg.evaluation.events import _match

    gold = [("IGO", "CIV", "071", "AID"), ("RUS", "JPN", "040", "CONSULT")]
    predicted = [("IGOEUREEC", "CIV", "071", "AID"), ("RUS", actor_key("JAP"), "040", "CONSULT")]
    assert _match(predicted, gold, "dyad+code").tp == 2
    assert _match([("IGOUNO", "CIV", "071", "AID")], [("NGA", "CIV", "071", "AID")], "dyad+code").tp == 0


def test_evaluation_scores_domestic_events_between_distinct_actors():
    from kg.evaluation.events import event_of
    from kg.model import Actor, Claim, Evidence

    police = Actor("https://w3id.org/geokg/id/actor/SRBCOP", "Serbia (police)", "Organization", "SRB", "SRBCOP")
    serbia = Actor("https://w3id.org/geokg/id/actor/SRB", "Serbia", "State", "SRB", "SRB")
    evidence = Evidence(article_id="a", sentence="s", span=(0, 1), extractor="test")
    domestic = Claim(subject=police, relation="coerces", object=serbia, evidence=evidence)
    assert event_of(domestic)[:2] == ("SRB", "SRB")
    assert event_of(Claim(subject=serbia, relation="coerces", object=serbia, evidence=evidence)) is None


def test_evaluation_counts_a_stated_intent_as_asserted_but_not_a_plain_future_act():
    from kg.model import Actor, Claim, Evidence

    chile = Actor("https://w3id.org/geokg/id/actor/CHL", "Chile", "State", "CHL", "CHL")
    peru = Actor("https://w3id.org/geokg/id/actor/PER", "Peru", "State", "PER", "PER")
    evidence = Evidence(article_id="a", sentence="s", span=(0, 1), extractor="test")

    def supply(cameo: str) -> Claim:
        return Claim(chile, "supplies", peru, evidence, modality="future", cameo=cameo)

    # "Chile agreed to send aid to Peru" (033) states an intent; "Chile will send aid" (070) is to come
    assert claim_events([supply("033"), supply("070")], ("asserted", "reported")) == [("CHL", "PER", "033", "AGREE")]


def _records(name: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in shared_path("gold", name).read_text().splitlines() if line.strip()]


@pytest.mark.model
def test_evaluation_universal_petrarch_validation_above_floor(nlp):
    from kg.nlp import extract_claims

    actors = shared_path("gold", "reference", "PETR_Validate_actors_2_02.txt")
    records = _records("udpetrarch_validate_records_2_02.jsonl")
    report = evaluate_events(records, lambda a: extract_claims(a, actors=[actors]))
    level = report.levels["dyad+root"]
    # P 0.720: the suite's gold leaves out some acts told in relative clauses ("a woman who shot at
    # US officers") that geokg now reads, and codes a vow to wage war as the war itself (geokg: a
    # threat, 138, future). P 0.707: its synonym-set records give arbitrary test codes to what is
    # welcomed ("welcomed economic memos sent by X" is 091 there; geokg: welcoming X's act, 05); 0.709 / 0.364 now
    assert level.precision >= 0.705 and level.recall >= 0.36, report.as_dict()["levels"]
    # the records the suite's authors skip (evaluate=false) or expect to fail are left out
    skipped = [r for r in records if r.get("evaluate") is False or r.get("expected_error")]
    assert report.excluded_records == len(skipped) > 0


@pytest.mark.model
def test_evaluation_wikinews_claims_gold_above_floor(nlp):
    from kg.evaluation.events import extract_with_actors

    report = evaluate_events(_records("wikinews_claims_gold.jsonl"), extract_with_actors)
    data = report.as_dict()
    level = report.levels["dyad+root"]
    assert level.precision >= 0.90 and level.recall >= 0.39, data["levels"]  # 0.907 / 0.395 now
    assert data["ceiling"]["actors_in_sentence"] >= 0.678 and data["ceiling"]["actors_in_article"] >= 0.98
    assert data["ceiling"]["actors_in_sentence_or_its_claims"] >= 0.705  # 0.708: the actors claims carry too
    # the aspects of the claims that match a gold claim (165 of 443 now: modality 0.927, attribution
    # 0.958 since a speaker's own words count as their act; dates 0.776: the acts matched since 140
    # are often told after the day they happened was named, and dated by the article)
    claims = data["claims"]
    assert claims["modality_accuracy"] >= 0.92 and claims["attribution_accuracy"] >= 0.95, claims
    assert claims["date_accuracy"] >= 0.765, claims


@pytest.mark.model
def test_evaluation_plover_gold_actors_above_floor(nlp):
    score = evaluate_actors(_records("plover_gsr_cameo.jsonl"), nlp)
    assert score.f1("country") >= 0.73, score.as_dict()


@pytest.mark.model
def test_evaluation_every_claim_on_the_audit_articles_is_judged_and_most_are_right(nlp):
    # The precision audit (tests/data/audit): the claims this version emits on the unannotated
    # Wikinews articles must all have a verdict, and strict precision stays at its figure.
    import subprocess
    import sys

    audit = REPO / "tests" / "data" / "audit"
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "precision_audit.py"), "score", str(audit / "verdicts.tsv"),
         "--against", str(audit / "sample.jsonl"), "--gold", str(shared_path("gold"))],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    report = json.loads(result.stdout)
    assert report["unjudged now"] == [], "judge the new claims: see tests/data/audit/README.md"
    # strict 0.785 on 93 claims (the partly right ones are mostly dated by the article or loosely
    # attributed, or coded one root off: a terrorist attack coded as military force)
    assert report["still emitted"]["strict_precision"] >= 0.78, report["still emitted"]


@pytest.mark.model
def test_evaluation_the_wikinews_build_codes_its_actors_and_mints_no_non_actor(nlp):
    # Every actor slot of the claims on the 293 Wikinews articles is coded, and none is a disease, a
    # policy, an event, a building or a work (tests/data/not_actors.txt).
    from kg.ingest import read_inputs
    from kg.model import Article
    from kg.nlp import extract_claims

    listed = REPO / "tests" / "data" / "not_actors.txt"
    not_actors = {line.strip().lower() for line in listed.read_text().splitlines() if line.strip() and line[0] != "#"}
    inputs = read_inputs([shared_path("gold", "articles_wikinews_2019_2020_all.jsonl")])
    articles = [a for a in inputs if isinstance(a, Article)]
    slots = [actor for _a, claims in extract_claims(articles) for c in claims for actor in (c.subject, c.object)]
    assert len(slots) > 250
    assert sum(bool(a.code) for a in slots) / len(slots) >= 0.9
    assert not [a.label for a in slots if a.label.lower() in not_actors]


def test_evaluation_the_ceiling_also_counts_the_actors_a_sentences_claims_carry_from_before():
    # "Peru shelled the port. The attack was condemned by Chile.": the second sentence names Chile
    # only, and its claim carries Peru from the first
    sentences = ["Peru shelled the port.", "The attack was condemned by Chile."]
    gold = [{"source": "CHL", "target": "PER", "code": "111", "modality": "asserted", "sentence": sentences[1]}]
    events = [{k: g[k] for k in ("source", "target", "code")} for g in gold]
    record = {"id": "a1", "text": " ".join(sentences), "claims": gold, "events": events}
    index = ActorIndex(
        sentences=[(sentences[0], frozenset({"PER"})), (sentences[1], frozenset({"CHL"}))],
        article=frozenset({"CHL", "PER"}),
        carried={1: frozenset({"CHL", "PER"})},
    )
    ceiling = evaluate_events([record], lambda articles: [(a, [], index) for a in articles]).as_dict()["ceiling"]
    assert (ceiling["actors_in_sentence"], ceiling["actors_in_sentence_or_its_claims"]) == (0.0, 1.0)
