"""The store: persist, reopen in a new process, idempotent rebuild, round trips, one writer at a time."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg.errors import QueryError, StoreInUseError
from kg.model import Actor, Article, Claim, Evidence, Item
from kg.ontology import GEO
from kg.rdf import KnowledgeStore
from kg.rdf.mapping import ACTORS_GRAPH, article_iri

PRK = Actor("https://w3id.org/geokg/id/actor/PRK", "North Korea", "State", "PRK", "PRK")
RUS = Actor("https://w3id.org/geokg/id/actor/RUS", "Russia", "State", "RUS", "RUS")
USA = Actor("https://w3id.org/geokg/id/actor/USA", "United States", "State", "USA", "USA")
TEXT = "Washington said Pyongyang supplied rockets to Moscow in 2022. Pyongyang denied supplying arms to Russia."


def _claims(article_id: str = "a1") -> list[Claim]:
    first = Evidence(article_id, TEXT[:61], (0, 61), "test/1")
    second = Evidence(article_id, TEXT[62:], (62, len(TEXT)), "test/1")
    return [
        Claim(PRK, "supplies", RUS, first, items=(Item("rockets", "Missiles"),), modality="reported",
              attributed_to=USA, date="2022", date_start=date(2022, 1, 1), date_end=date(2022, 12, 31),
              cameo="072", plover="AID", confidence=0.8, trigger="supplied"),
        Claim(PRK, "supplies", RUS, second, items=(Item("arms", "Arms"),), modality="denied",
              attributed_to=PRK, cameo="072", plover="AID", confidence=0.7, trigger="supplying"),
    ]  # fmt: skip


def _article(article_id: str = "a1") -> Article:
    return Article(article_id, TEXT, title="Test", published=date(2023, 9, 12), url="https://example.org/a1")


def test_store_claims_round_trip_exactly():
    with KnowledgeStore("memory") as store:
        store.put_articles([(_article(), _claims())])
        assert [c.to_json() for c in store.claims()] == [c.to_json() for c in _claims()]


def test_store_direct_triple_only_for_asserted_or_reported_claims():
    with KnowledgeStore("memory") as store:
        store.put_articles([(_article(), _claims())])
        rows = store.query("SELECT ?claim WHERE { ?claim geo:modality geo:denied }").rows
        assert len(rows) == 1
        assert store.query("ASK { actor:PRK geo:supplies actor:RUS }").boolean
        store.put_articles([(_article(), _claims()[1:])])
        assert not store.query("ASK { actor:PRK geo:supplies actor:RUS }").boolean


def test_store_rebuilding_an_article_changes_nothing(tmp_path):
    with KnowledgeStore(tmp_path / "s") as store:
        store.put_articles([(_article(), _claims())])
        before = store.stats()
        dump_before = sorted(store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows, key=str)
        store.put_articles([(_article(), _claims())])
        assert store.stats() == before
        assert sorted(store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows, key=str) == dump_before
    assert before == {"articles": 1, "claims": 2, "actors": 3, "triples": before["triples"]}


def test_store_persists_and_reopens_in_a_new_process(tmp_path):
    location = tmp_path / "store"
    with KnowledgeStore(location) as store:
        store.put_articles([(_article(), _claims())])
    code = (
        "from kg.rdf import KnowledgeStore\n"
        f"s = KnowledgeStore({str(location)!r})\n"
        "print(s.stats()['claims'], len(list(s.claims())))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["2", "2"]


def test_store_second_writer_gets_a_clear_error(tmp_path):
    location = tmp_path / "store"
    with KnowledgeStore(location):
        code = f"from kg.rdf import KnowledgeStore\nKnowledgeStore({str(location)!r})\n"
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert result.returncode != 0
        assert "StoreInUseError" in result.stderr and "in use by another process" in result.stderr
    with pytest.raises(StoreInUseError), KnowledgeStore(location):
        KnowledgeStore(location)


def test_store_turtle_export_round_trips_the_merged_graph(tmp_path):
    with KnowledgeStore("memory") as store:
        store.put_articles([(_article(), _claims())])
        store.export(tmp_path / "out.ttl", "turtle")
        store.export(tmp_path / "out.trig", "trig")
        union = Graph()
        for row in store.query("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows:
            union.add((row["s"], row["p"], row["o"]))
    assert isomorphic(Graph().parse(tmp_path / "out.ttl"), union)
    reloaded = Dataset()
    reloaded.parse(tmp_path / "out.trig", format="trig")
    assert (URIRef(PRK.iri), GEO.supplies, URIRef(RUS.iri), article_iri("a1")) in reloaded
    with KnowledgeStore("memory") as fresh:
        fresh.load(tmp_path / "out.trig")
        assert [c.to_json() for c in fresh.claims()] == [c.to_json() for c in _claims()]


def test_store_query_bindings_are_values_not_code():
    hostile = '"} ; DROP ALL ; #'
    with KnowledgeStore("memory") as store:
        store.put_articles([(_article(), _claims())])
        result = store.query("SELECT ?actor WHERE { ?actor rdfs:label ?name }", {"name": hostile})
        assert result.rows == []
        result = store.query("SELECT ?actor WHERE { ?actor rdfs:label ?name }", {"name": "Russia"})
        assert [r["actor"] for r in result.rows] == [URIRef(RUS.iri)]
        assert store.stats()["claims"] == 2
        with pytest.raises(QueryError):
            store.query("SELECT ?x WHERE { ?x ?y }")


def test_store_works_over_rdflibs_own_memory_plugin():
    with KnowledgeStore("memory", plugin="Memory") as store:
        store.put_articles([(_article(), _claims())])
        assert [c.to_json() for c in store.claims()] == [c.to_json() for c in _claims()]
        assert store.stats()["claims"] == 2


def test_store_actors_graph_describes_every_actor():
    with KnowledgeStore("memory") as store:
        store.put_articles([(_article(), _claims())])
        labels = {
            str(o)
            for o in store.dataset.graph(ACTORS_GRAPH).objects(
                None, URIRef("http://www.w3.org/2000/01/rdf-schema#label")
            )
        }
        assert labels == {"North Korea", "Russia", "United States"}
        codes = {str(o) for o in store.dataset.graph(ACTORS_GRAPH).objects(URIRef(PRK.iri), GEO.actorCode)}
        assert codes == {"PRK"}
