"""A remote SPARQL 1.1 store (Virtuoso on loopback): every store command works the same on it."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from tests.conftest import REPO
from tests.servers import virtuoso as server
from tests.test_cli import kg

pytestmark = [pytest.mark.model, pytest.mark.slow]


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    reason = server.available()
    if reason:
        pytest.skip(reason)
    with server.virtuoso(tmp_path_factory.mktemp("virtuoso")) as url:
        yield url


@pytest.fixture(scope="module")
def local_claims(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    store = tmp_path_factory.mktemp("local") / "store"
    assert kg("build", str(REPO / "examples" / "articles"), "--store", str(store), "-q").returncode == 0
    return [json.loads(line) for line in kg("claims", "--store", str(store)).stdout.splitlines()]


def test_remote_build_claims_query_export_graph(endpoint, local_claims, tmp_path):
    result = kg("build", str(REPO / "examples" / "articles"), "--store", endpoint)
    assert result.returncode == 0, result.stderr
    remote = [json.loads(line) for line in kg("claims", "--store", endpoint).stdout.splitlines()]
    key = lambda c: c["id"]  # noqa: E731
    assert sorted(remote, key=key) == sorted(local_claims, key=key)

    stats = json.loads(kg("stats", "--store", endpoint, "-f", "json").stdout)
    assert stats["articles"] == 6 and stats["claims"] == len(local_claims)
    again = kg("build", str(REPO / "examples" / "articles"), "--store", endpoint, "-q")
    assert again.returncode == 0 and json.loads(kg("stats", "--store", endpoint, "-f", "json").stdout) == stats

    answer = kg("query", "ASK { actor:PRK geo:supplies actor:RUS }", "--store", endpoint, "-f", "json")
    assert json.loads(answer.stdout)["boolean"] is True
    rows = kg(
        "query", "SELECT ?a WHERE { ?a rdfs:label ?name }", "--bind", "name=Russia", "--store", endpoint, "-f", "csv"
    )
    assert rows.stdout.splitlines() == ["a", "https://w3id.org/geokg/id/actor/RUS"]

    out = tmp_path / "remote.trig"
    assert kg("export", "--store", endpoint, "-f", "trig", "-o", str(out)).returncode == 0
    from rdflib import Dataset

    dataset = Dataset()
    dataset.parse(out, format="trig")
    assert len(dataset) == stats["triples"]

    partners = kg("graph", "partners", "Pyongyang", "--store", endpoint, "-f", "json")
    assert json.loads(partners.stdout)[0]["actor"] == "actor:RUS"


def test_remote_unreachable_server_is_a_clear_error():
    result = kg("stats", "--store", "http://127.0.0.1:9/sparql")
    assert (
        result.returncode == 1
        and "cannot reach the SPARQL endpoint" in result.stderr
        and "Traceback" not in result.stderr
    )
