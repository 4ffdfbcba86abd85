"""The seed article, through the real English model (marked ``model``)."""

from __future__ import annotations

import pytest

from kg.ingest import read_inputs
from kg.model import Article, Claim
from kg.nlp import extract_claims
from tests.conftest import shared_path

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seed_claims() -> list[Claim]:
    articles = [a for a in read_inputs([shared_path("seed")]) if isinstance(a, Article)]
    return [claim for _article, claims in extract_claims(articles) for claim in claims]


def _dyad(claims: list[Claim], subject: str, relation: str, obj: str) -> list[Claim]:
    return [c for c in claims if c.relation == relation and c.subject.country == subject and c.object.country == obj]


def test_seed_north_korea_supplies_russia_with_rockets_as_washington_says(seed_claims):
    reported = [c for c in _dyad(seed_claims, "PRK", "supplies", "RUS") if c.modality == "reported"]
    assert any(
        c.attributed_to is not None
        and c.attributed_to.country == "USA"
        and any(i.commodity in {"Missiles", "Artillery", "Arms"} for i in c.items)
        and c.date == "2022"
        for c in reported
    ), [c.to_json() for c in reported]


def test_seed_north_korea_denies_supplying_arms(seed_claims):
    denied = [c for c in _dyad(seed_claims, "PRK", "supplies", "RUS") if c.modality == "denied"]
    assert denied and all(c.attributed_to is not None and c.attributed_to.country == "PRK" for c in denied)


def test_seed_russia_may_supply_north_korea_with_technology(seed_claims):
    claims = _dyad(seed_claims, "RUS", "supplies", "PRK")
    assert any(
        c.modality == "hypothetical" and {i.commodity for i in c.items} & {"Food", "Fertiliser", "Energy", "Technology"}
        for c in claims
    ), [c.to_json() for c in claims]


def test_seed_the_white_house_warns_north_korea(seed_claims):
    assert any(
        c.subject.country == "USA" and c.object.country == "PRK"
        for c in seed_claims
        if c.relation in {"warns", "threatens"}
    )


def test_seed_visit_and_meeting(seed_claims):
    visits = _dyad(seed_claims, "PRK", "visits", "RUS")
    assert any(c.date == "2019" for c in visits) and any(c.date and c.date.startswith("2023-09") for c in visits)
    meetings = [
        c for c in seed_claims if c.relation == "meetsWith" and {c.subject.country, c.object.country} == {"PRK", "RUS"}
    ]
    assert any(c.modality == "future" for c in meetings)
    assert any(c.date == "2000" for c in meetings)


def test_seed_every_claim_has_evidence_inside_the_text(seed_claims):
    article = next(a for a in read_inputs([shared_path("seed")]) if isinstance(a, Article))
    for claim in seed_claims:
        start, end = claim.evidence.span
        assert article.text[start:end].strip() == claim.evidence.sentence
        assert claim.cameo and 0 < claim.confidence < 1
        # PLOVER has no statements (CAMEO 01): those claims carry no PLOVER type.
        assert claim.plover or claim.cameo.startswith("01")


def test_seed_the_isolated_country_is_north_korea(seed_claims):
    # "Russia, a historical ally of Pyongyang, was a crucial backer of the isolated country"
    assert _dyad(seed_claims, "RUS", "allyOf", "PRK")
    assert _dyad(seed_claims, "RUS", "supports", "PRK")


def test_seed_praise_and_invasion(seed_claims):
    assert any(c.date == "2023-07" for c in _dyad(seed_claims, "RUS", "praises", "PRK"))
    assert any(c.cameo == "192" for c in _dyad(seed_claims, "RUS", "attacks", "UKR"))


def test_seed_minted_experts_get_a_country_from_their_apposition(nlp):
    from datetime import date

    doc = nlp.make_doc("Yang Moo-jin, president of the University of North Korean Studies in Seoul, told AFP.")
    doc._.published = date(2023, 9, 12)
    doc = nlp(doc)
    yang = next(m for m in doc._.actor_mentions if m.span(doc).text == "Yang Moo-jin")
    assert yang.actor.country == "KOR" and "Seoul" in yang.why


def test_seed_mid_sentence_aside_vouches_only_for_what_follows(seed_claims):
    # "Kim has been steadfast in his support for Moscow's invasion of Ukraine, including, Washington says, …"
    supports = _dyad(seed_claims, "PRK", "supports", "RUS")
    assert supports and all(c.modality == "asserted" and c.attributed_to is None for c in supports)


def test_seed_the_agreement_takes_the_date_of_the_declaration(seed_claims):
    agreements = [c for c in seed_claims if c.relation == "signsAgreementWith"]
    assert any(c.date == "2000" for c in agreements)


def test_seed_titles_resolve_to_the_officeholder_of_the_day(nlp):
    from datetime import date

    def holders(text: str, when: date) -> list[tuple[str, str]]:
        doc = nlp.make_doc(text)
        doc._.published = when
        doc = nlp(doc)
        return [(m.actor.label, m.rule) for m in doc._.actor_mentions]

    assert holders("The Russian president met the North Korean leader.", date(2023, 9, 13)) == [
        ("Vladimir Putin", "title"),
        ("Kim Jong-un", "title"),
    ]
    # Before Kim Jong Un, "the North Korean leader" was Kim Jong Il.
    assert ("Kim Jong Il", "title") in holders("The North Korean leader visited Moscow.", date(2001, 8, 4))
