"""The ontology parses, documents itself, and carries CAMEO and PLOVER codes for every relation."""

from __future__ import annotations

import re

import pytest
from rdflib import Graph
from rdflib.namespace import OWL, RDF, SKOS

from kg.ontology import GEO, load_vocabulary, ontology_dir, ontology_files
from tests.conftest import shared_path

REQUIRED = [
    "supplies", "meetsWith", "visits", "signsAgreementWith", "supports", "praises", "allyOf", "cooperatesWith",
    "requests", "warns", "threatens", "sanctions", "accuses", "criticizes", "denies", "attacks",
]  # fmt: skip


@pytest.mark.parametrize("path", ontology_files(), ids=lambda p: p.name)
def test_ontology_every_file_parses_as_turtle(path):
    assert len(Graph().parse(path, format="turtle")) > 10


def test_ontology_every_required_relation_has_codes_and_labels():
    graph = Graph().parse(ontology_dir() / "geokg.ttl")
    for name in REQUIRED:
        relation = GEO[name]
        assert (relation, RDF.type, OWL.ObjectProperty) in graph, name
        assert re.fullmatch(r"\d{2,4}", str(graph.value(relation, GEO.cameoCode))), name
        assert str(graph.value(relation, GEO.ploverType)).isupper(), name
        assert graph.value(relation, SKOS.prefLabel) is not None, name
        assert graph.value(relation, GEO.goldstein) is not None, name


def test_ontology_plover_types_agree_with_the_cameo_to_plover_table():
    table = {}
    for line in shared_path("gold", "reference", "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if match:
            table[match.group(1)] = match.group(2)
    vocab = load_vocabulary()
    checked = 0
    for code, (_label, plover, _score) in vocab.cameo.items():
        if code in table and len(code) >= 3:
            assert plover == table[code], code
            checked += 1
    assert checked >= 20


def test_ontology_lexicon_entries_evoke_known_relations():
    vocab = load_vocabulary()
    assert vocab.lexicon[("supply", "VERB")].relation == "supplies"
    assert vocab.lexicon[("invasion", "NOUN")].cameo == "192"
    assert {e.relation for e in vocab.lexicon.values()} >= set(REQUIRED) - {"denies"} | {"denies"}


def test_ontology_commodity_keywords_prefer_the_narrower_concept():
    vocab = load_vocabulary()
    assert vocab.commodity_keywords["shell"] == "Artillery"
    assert vocab.commodities["Artillery"].broader == "Arms"
    assert vocab.commodity_keywords["fertiliser"] == "Fertiliser"


def test_ontology_cameo_fallbacks_use_the_root():
    vocab = load_vocabulary()
    assert vocab.cameo_plover("0721") == "AID"
    assert vocab.goldstein("1999") == vocab.goldstein("19")


def test_ontology_every_lexicon_code_is_in_the_cameo_table():
    vocab = load_vocabulary()
    entries = [*vocab.lexicon.values(), *vocab.collocations.values()]
    missing = sorted({e.cameo for e in entries if e.cameo and e.cameo not in vocab.cameo})
    assert missing == []
    assert vocab.collocations[("restore", "tie")].relation == "supports"
