"""The alliance graph: projection, analytics, exports, and the ``kg graph`` commands."""

from __future__ import annotations

import json
from datetime import date

import networkx as nx
import pytest

from kg.graph import (
    adversaries,
    alliance_graph,
    blocs,
    centrality,
    changes,
    claims_graph,
    contested,
    explain_connection,
    partners,
    structural_balance,
    supply_chains,
    write_graph,
)
from kg.graph.projection import example_claims
from tests.conftest import REPO
from tests.test_cli import kg

CORPUS = REPO / "tests" / "data" / "graph_corpus"


def test_graph_projection_keeps_evidence_on_every_edge():
    G = claims_graph(example_claims())
    assert isinstance(G, nx.MultiDiGraph)
    assert G.nodes["actor:PRK"]["label"] == "North Korea" and G.nodes["actor:PRK"]["code"] == "PRK"
    for _u, _v, data in G.edges(data=True):
        assert data["claims"][0].startswith("https://w3id.org/geokg/id/claim/")
        assert data["sentence"] and data["modality"] in {"asserted", "reported"}
    everything = claims_graph(example_claims(), modalities=None)
    assert everything.number_of_edges() == G.number_of_edges() + 1  # the denial


def test_graph_projection_filters_by_window_relation_and_confidence():
    claims = example_claims()
    assert {d["relation"] for *_e, d in claims_graph(claims, relations=["supplies"]).edges(data=True)} == {"supplies"}
    september = claims_graph(claims, start=date(2023, 9, 1), end=date(2023, 9, 30))
    assert {d["date"][:7] for *_e, d in september.edges(data=True)} == {"2023-09"}
    assert claims_graph(claims, min_confidence=0.9).number_of_edges() == 0


def test_graph_alliance_scores_are_goldstein_cooperation_minus_conflict():
    A = alliance_graph(claims_graph(example_claims()))
    supply = A["actor:PRK"]["actor:RUS"]
    assert supply["cooperation"] == pytest.approx((8.3 + 7.4) * 0.8)
    assert A["actor:USA"]["actor:PRK"]["weight"] == pytest.approx(-5.8 * 0.8)
    recent = alliance_graph(claims_graph(example_claims()), half_life_days=30, reference=date(2023, 9, 30))
    assert recent["actor:CHN"]["actor:RUS"]["weight"] < A["actor:CHN"]["actor:RUS"]["weight"]


def test_graph_structural_balance_finds_the_frustrated_tie():
    A = nx.Graph()
    for u, v, w in [("a", "b", 2.0), ("b", "c", 2.0), ("a", "c", -1.0), ("c", "d", -3.0)]:
        A.add_edge(u, v, weight=w, sign=1 if w > 0 else -1, strength=abs(w))
    result = structural_balance(A)
    assert result["frustrated"] == [{"u": "a", "v": "c", "weight": -1.0}]
    assert result["camps"] == [["a", "b", "c"], ["d"]]


def test_graph_changes_between_windows():
    claims = example_claims()
    before = alliance_graph(claims_graph(claims, end=date(2023, 8, 31)))
    after = alliance_graph(claims_graph(claims, start=date(2023, 9, 1)))
    found = {c["pair"]: c["change"] for c in changes(before, after)}
    assert found[("actor:RUS", "actor:UKR")] == "appeared"
    assert found[("actor:CHN", "actor:RUS")] == "vanished"


def test_graph_exports_open_with_networkx_readers(tmp_path):
    G = claims_graph(example_claims())
    A = alliance_graph(G)
    write_graph(A, tmp_path / "a.graphml", "graphml")
    write_graph(G, tmp_path / "g.gexf", "gexf")
    write_graph(A, tmp_path / "a.json", "json")
    assert set(nx.read_graphml(tmp_path / "a.graphml").nodes) == set(A.nodes)
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_edges() == G.number_of_edges()
    data = json.loads((tmp_path / "a.json").read_text())
    assert nx.node_link_graph(data, edges="links").number_of_edges() == A.number_of_edges()


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory):
    store = tmp_path_factory.mktemp("graph") / "store"
    result = kg("build", str(CORPUS), "--store", str(store))
    assert result.returncode == 0, result.stderr
    return store


@pytest.fixture(scope="module")
def corpus_claims(corpus_store):
    from kg.rdf import KnowledgeStore

    with KnowledgeStore(corpus_store, read_only=True) as store:
        return list(store.claims())


@pytest.mark.model
def test_graph_corpus_blocs_split_as_a_reader_expects(corpus_claims):
    A = alliance_graph(claims_graph(corpus_claims, by="country"))
    result = blocs(A)
    camps = [set(camp) for camp in result["camps"]]
    assert {"actor:USA", "actor:KOR", "actor:JPN"} in [c & {"actor:USA", "actor:KOR", "actor:JPN"} for c in camps]
    north = next(c for c in camps if "actor:PRK" in c)
    assert {"actor:RUS", "actor:CHN"} <= north and not north & {"actor:USA", "actor:KOR", "actor:JPN"}


@pytest.mark.model
def test_graph_corpus_partners_paths_chains_and_contested(corpus_claims):
    G = claims_graph(corpus_claims, by="country")
    A = alliance_graph(G)
    assert partners(A, "actor:PRK", G=G)[0]["actor"] == "actor:RUS"
    assert partners(A, "actor:PRK", G=G)[0]["evidence"][0]["sentence"]
    assert {a["actor"] for a in adversaries(A, "actor:PRK")} >= {"actor:USA", "actor:KOR", "actor:JPN"}
    path = explain_connection(A, "actor:JPN", "actor:RUS", G=G)
    assert path["shortest"][-1]["to"] == "actor:RUS" and all(hop["evidence"] for hop in path["shortest"])
    assert centrality(G)[0]["actor"] in {"actor:PRK", "actor:RUS", "actor:USA"}

    by_actor = claims_graph(corpus_claims, by="actor")
    chains = [[hop["from"] for hop in chain] + [chain[-1]["to"]] for chain in supply_chains(by_actor, item="arms")]
    assert ["actor:PRK", "actor:RUS", "actor:Wagner-Group"] in chains
    disputed = contested(claims_graph(corpus_claims, modalities=None, by="country"))
    assert [(c["subject"], c["relation"], c["object"]) for c in disputed] == [("actor:PRK", "supplies", "actor:RUS")]
    assert disputed[0]["asserted"][0]["by"] == "United States" and disputed[0]["denied"][0]["by"] == "North Korea"


@pytest.mark.model
def test_graph_cli_commands(corpus_store, tmp_path):
    partners_out = json.loads(kg("graph", "partners", "Pyongyang", "--store", str(corpus_store), "-f", "json").stdout)
    assert partners_out[0]["actor"] == "actor:RUS"
    assert kg("graph", "partners", "Kim Jong Un", "--store", str(corpus_store)).returncode == 0
    commands = [
        ["path", "Tokyo", "Moscow"],
        ["blocs"],
        ["central"],
        ["supply-chains", "--item", "arms"],
        ["contested"],
        ["changes", "--before", "2023-08-31", "--after", "2023-09-01"],
    ]
    for args in commands:
        result = kg("graph", *args, "--store", str(corpus_store), "-f", "json")
        assert result.returncode == 0, (args, result.stderr)
        assert json.loads(result.stdout) is not None
    out = tmp_path / "g.gexf"
    assert kg("graph", "export", "-o", str(out), "-f", "gexf", "--store", str(corpus_store)).returncode == 0
    assert nx.read_gexf(out).number_of_nodes() >= 6
    unknown = kg("graph", "partners", "Atlantis", "--store", str(corpus_store))
    assert unknown.returncode == 1 and "no actor by that name" in unknown.stderr
