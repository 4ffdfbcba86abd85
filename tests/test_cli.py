"""The ``kg`` command-line contract (names, options, output shapes, errors)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.model
CLAIM_KEYS = {
    "subject", "object", "relation", "cameo", "plover", "items", "modality", "attributed_to", "date",
    "article_id", "sentence", "span", "confidence",
}  # fmt: skip
ACTOR_KEYS = {"id", "label", "type", "country", "code"}


def kg(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, input=stdin, cwd=cwd or REPO, timeout=300
    )


@pytest.fixture(scope="module")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("cli") / "store"
    result = kg("build", str(REPO / "examples" / "articles"), "--store", str(store))
    assert result.returncode == 0, result.stderr
    assert "ingested 6 article(s)" in result.stderr
    return store


def test_cli_extract_prints_one_json_claim_per_line_with_the_public_shape(tmp_path):
    record = {"id": "rec-1", "text": "Russia supplied rockets to Syria on Monday.", "date": "2023-09-12"}
    result = kg("extract", "-", stdin=json.dumps(record) + "\n")
    assert result.returncode == 0, result.stderr
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert claims and all(set(c) >= CLAIM_KEYS for c in claims)
    claim = claims[0]
    assert set(claim["subject"]) >= ACTOR_KEYS and claim["article_id"] == "rec-1"
    assert (claim["subject"]["code"], claim["relation"], claim["object"]["code"]) == ("RUS", "supplies", "SYR")
    assert claim["date"] == "2023-09-11" and claim["cameo"] == "072"


def test_cli_build_claims_stats_query_export(built_store, tmp_path):
    stats = json.loads(kg("stats", "--store", str(built_store), "--format", "json").stdout)
    assert stats["articles"] == 6 and stats["claims"] > 10 and stats["triples"] > 100

    lines = kg("claims", "--store", str(built_store)).stdout.splitlines()
    assert len(lines) == stats["claims"]
    assert all(set(json.loads(line)) >= CLAIM_KEYS for line in lines)

    csv_out = kg("claims", "--store", str(built_store), "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("subject,relation,object") and len(csv_out) == stats["claims"] + 1

    query = kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?c a geo:Claim }", "--store", str(built_store), "-f", "json")
    assert json.loads(query.stdout)["results"]["bindings"][0]["n"]["value"] == str(stats["claims"])

    for rq in sorted((REPO / "examples" / "queries").glob("*.rq")):
        result = kg("query", f"@{rq}", "--store", str(built_store), "-f", "csv")
        assert result.returncode == 0, result.stderr
        assert len(result.stdout.splitlines()) > 1, rq.name

    out = tmp_path / "export.ttl"
    assert kg("export", "--store", str(built_store), "-o", str(out)).returncode == 0
    from rdflib import Graph

    assert len(Graph().parse(out)) == stats["triples"] - _duplicates_across_graphs(built_store)


def _duplicates_across_graphs(store: Path) -> int:
    result = kg(
        "query",
        "SELECT (COUNT(*) AS ?all) (COUNT(DISTINCT ?s ?p ?o) AS ?d) WHERE { GRAPH ?g { ?s ?p ?o } }".replace(
            "COUNT(DISTINCT ?s ?p ?o)", "COUNT(DISTINCT CONCAT(STR(?s), STR(?p), STR(?o)))"
        ),
        "--store",
        str(store),
        "-f",
        "json",
    )
    binding = json.loads(result.stdout)["results"]["bindings"][0]
    return int(binding["all"]["value"]) - int(binding["d"]["value"])


def test_cli_building_twice_changes_nothing(built_store):
    before = kg("stats", "--store", str(built_store), "-f", "json").stdout
    assert kg("build", str(REPO / "examples" / "articles"), "--store", str(built_store)).returncode == 0
    assert kg("stats", "--store", str(built_store), "-f", "json").stdout == before


def test_cli_user_errors_are_one_line_without_traceback(built_store, tmp_path):
    bad = kg("query", "SELEC nonsense", "--store", str(built_store))
    assert bad.returncode == 1 and "malformed SPARQL" in bad.stderr and "Traceback" not in bad.stderr

    missing = kg("build", str(tmp_path / "nope.txt"), "--store", str(tmp_path / "s"))
    assert missing.returncode == 1 and "no such file" in missing.stderr and "Traceback" not in missing.stderr

    bad_file = kg("query", "@/nonexistent/q.rq", "--store", str(built_store))
    assert bad_file.returncode == 1 and "cannot read the query file" in bad_file.stderr


def test_cli_actors_option_adds_a_petrarch_dictionary(tmp_path):
    actors = tmp_path / "fiction.actors.txt"
    actors.write_text("ARNOR_ [ARN]\nGONDOR_ [GON]\n", encoding="utf-8")
    text = "Arnor attacked Gondor on Monday."
    result = kg("extract", "-", "--actors", str(actors), stdin=json.dumps({"id": "x", "text": text}) + "\n")
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(c["subject"]["code"], c["relation"], c["object"]["code"]) for c in claims] == [("ARN", "attacks", "GON")]


def test_cli_actors_option_adds_a_turtle_file(tmp_path):
    actors = tmp_path / "fiction.ttl"
    actors.write_text(
        "@prefix geo: <https://w3id.org/geokg/ont#> .\n"
        "@prefix actor: <https://w3id.org/geokg/id/actor/> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        'actor:ARN a geo:State ; rdfs:label "Arnor"@en ; geo:actorCode "ARN" ; geo:country "ARN" ;\n'
        '    geo:alias "Arnor" .\n'
        'actor:GON a geo:State ; rdfs:label "Gondor"@en ; geo:actorCode "GON" ; geo:country "GON" ;\n'
        '    geo:alias "Gondor" ; geo:metonym "Minas Tirith" .\n',
        encoding="utf-8",
    )
    text = "Minas Tirith accused Arnor of sending troops to the border."
    result = kg("extract", "-", "--actors", str(actors), stdin=json.dumps({"id": "x", "text": text}) + "\n")
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert ("GON", "accuses", "ARN") in [(c["subject"]["code"], c["relation"], c["object"]["code"]) for c in claims]


READ_COMMANDS = [["stats"], ["claims"], ["query", "ASK {}"], ["export"], ["graph", "partners", "X"], ["serve"]]


@pytest.mark.parametrize("command", READ_COMMANDS)
def test_cli_a_read_command_on_a_missing_store_says_so_and_creates_none(tmp_path, command):
    typo = tmp_path / "kg-stroe"
    result = kg(*command, "--store", str(typo))
    assert result.returncode == 1 and "no store there" in result.stderr and "Traceback" not in result.stderr
    assert not typo.exists()


def test_cli_build_and_extract_fail_when_every_input_was_skipped(tmp_path):
    unread = tmp_path / "scan.pdf"
    unread.write_text("not an article")
    for command in (["build", str(unread), "--store", str(tmp_path / "s")], ["extract", str(unread)]):
        result = kg(*command)
        assert result.returncode == 1, command
        assert "unsupported file type" in result.stderr and "every input was skipped" in result.stderr


def test_cli_version():
    from kg import __version__

    result = kg("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"geokg {__version__}"


def test_cli_claims_filters_match_the_python_api(built_store):
    from kg.api import KnowledgeGraph
    from kg.rdf.store import KnowledgeStore

    with KnowledgeStore(str(built_store), read_only=True) as knowledge:
        graph = KnowledgeGraph(knowledge)
        expected = graph.claims(relation="supplies", actor="Russia", modality=["asserted", "denied"])
        dated = graph.claims(since="2023-03", until="2023-03")
        every = graph.claims()
    assert expected and len(expected) < len(every) and dated
    filters = ["--relation", "supplies", "--actor", "Russia", "--modality", "asserted", "--modality", "denied"]
    lines = kg("claims", "--store", str(built_store), *filters).stdout.splitlines()
    assert sorted(json.loads(line)["id"] for line in lines) == sorted(c.id for c in expected)
    march = kg("claims", "--store", str(built_store), "--since", "2023-03", "--until", "2023-03").stdout.splitlines()
    assert len(march) == len(dated)
    unknown = kg("claims", "--store", str(built_store), "--actor", "Atlantis")
    assert unknown.returncode == 1 and "no actor by that name" in unknown.stderr


def test_cli_claims_csv_carries_actor_codes_and_iso_dates(built_store):
    import csv

    rows = list(csv.DictReader(kg("claims", "--store", str(built_store), "-f", "csv").stdout.splitlines()))
    assert rows and all(row["subject_code"] and row["object_code"] for row in rows)
    dated = [row for row in rows if row["date"]]
    assert dated and all(len(row["date_start"]) == 10 and row["date_start"] <= row["date_end"] for row in dated)


def test_cli_query_refuses_an_update_saying_it_is_read_only(built_store):
    before = kg("stats", "--store", str(built_store), "-f", "json").stdout
    update = "PREFIX ex: <http://example.org/>  # a comment\nDELETE WHERE { ?s ?p ?o }"
    result = kg("query", update, "--store", str(built_store))
    assert result.returncode == 1 and "read-only" in result.stderr and "DELETE" in result.stderr
    assert kg("stats", "--store", str(built_store), "-f", "json").stdout == before


def test_cli_graph_changes_shows_actors_by_label(built_store):
    table = kg("graph", "changes", "--before", "2023-06", "--after", "2023-06", "--store", str(built_store))
    assert table.returncode == 0 and " – " in table.stdout
    assert "actor:" not in table.stdout and "None" not in table.stdout and "('" not in table.stdout


def test_cli_graph_tables_speak_in_labels_and_show_each_sentence_once(built_store):
    contested = kg("graph", "contested", "--store", str(built_store))
    assert contested.returncode == 0 and "North Korea supplies Russia" in contested.stdout
    assert "actor:" not in contested.stdout
    rows = json.loads(kg("graph", "partners", "Russia", "--store", str(built_store), "-f", "json").stdout)
    assert rows and all(len(set(r["sentences"])) == len(r["sentences"]) for r in rows)
    assert all(r["claims"] == len(r["evidence"]) >= len(r["sentences"]) for r in rows)
