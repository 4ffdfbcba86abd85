"""The Python API: kg.open and its methods, and rich display."""

from __future__ import annotations

import pytest

import kg
from kg.display import claims_html, highlight_sentence
from kg.graph.projection import example_claims
from kg.model import Actor, Claim, Evidence
from tests.conftest import REPO


def test_api_import_is_light():
    import subprocess
    import sys

    code = "import sys, kg; print('spacy' in sys.modules, 'pyoxigraph' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


def test_api_highlights_mark_subject_object_and_trigger():
    a = Actor("https://w3id.org/geokg/id/actor/RUS", "Russia", "State", "RUS", "RUS")
    b = Actor("https://w3id.org/geokg/id/actor/SYR", "Syria", "State", "SYR", "SYR")
    text = "Moscow supplied rockets to Damascus."
    evidence = Evidence(
        "a", text, (10, 10 + len(text)), "t", ((10, 16, "subject"), (37, 45, "object"), (17, 25, "trigger"))
    )
    marked = highlight_sentence(Claim(a, "supplies", b, evidence))
    assert '<mark title="subject"' in marked and ">Moscow</mark>" in marked and ">Damascus</mark>" in marked
    assert ">supplied</mark>" in marked
    assert "<table>" in claims_html(example_claims())


@pytest.mark.model
def test_api_open_build_query_and_analyse(tmp_path):
    with kg.open("memory") as graph:
        report = graph.build(REPO / "examples" / "articles")
        assert report.ingested == 6 and graph.stats()["claims"] == report.claims
        supplies = graph.claims(relation="supplies")
        assert supplies and all(c.relation == "supplies" for c in supplies)
        assert "<mark" in supplies._repr_html_()
        frame = supplies.to_dataframe()
        assert {"subject", "object", "modality", "sentence"} <= set(frame.columns) and len(frame) == len(supplies)
        assert all(c.subject.country == "PRK" or c.object.country == "PRK" for c in graph.claims(actor="Pyongyang"))
        assert all(c.modality == "denied" for c in graph.claims(modality="denied"))
        rows = graph.sparql("SELECT ?a WHERE { ?a rdfs:label ?name }", name="Russia")
        assert list(rows["a"]) == ["https://w3id.org/geokg/id/actor/RUS"]
        assert graph.sparql("ASK { actor:PRK geo:supplies actor:RUS }") is True
        assert len(graph.sparql("CONSTRUCT { ?a geo:supplies ?b } WHERE { ?a geo:supplies ?b }")) >= 2
        card = graph.actor("DPRK")
        assert card["code"] == "PRK" and "Pyongyang" in card["aliases"] and "<h4>" in card._repr_html_()
        assert graph.to_networkx().number_of_edges() > 5
        assert graph.to_networkx(alliance=True, by="country").number_of_nodes() > 5
        assert graph.export(tmp_path / "g.ttl").stat().st_size > 1000
        claims = graph.extract("Iran supplied drones to Russia last year.", date="2023-10-01")
        assert [(c.subject.code, c.relation, c.object.code, c.date) for c in claims] == [
            ("IRN", "supplies", "RUS", "2022")
        ]
