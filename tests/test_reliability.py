"""Nothing lost, nothing let in: bad input, crashes, concurrency, parsers that do not fetch, properties."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from benchmarks.corpus import write_jsonl
from kg.ingest import IngestIssue, read_inputs
from kg.model import Article
from kg.rdf import KnowledgeStore
from tests.conftest import REPO
from tests.test_cli import kg

GOOD = "Russia supplied rockets to Syria on Monday, the defence ministry said.\n\nIran condemned the shipment."


def _bad_folder(root: Path) -> Path:
    folder = root / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_text("Arms for Damascus\nSep 12, 2023\n\n" + GOOD, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (folder / "latin1.txt").write_bytes(
        ("Germany supplied tanks to Ukraine, officials in Berlin said. Caf\xe9.").encode("latin-1")
    )
    (folder / "huge.txt").write_text("word " * 1_100_000, encoding="utf-8")
    (folder / "page.html").write_text(
        "<html><head><script>alert('x')</script><style>p{}</style></head><body><nav>Home | World | Sport</nav>"
        "<aside class='ad'>Buy now!</aside><article><h1>Talks</h1><p>China and Russia held talks in Beijing.</p>"
        "</article><footer>(c) news</footer><script src='http://127.0.0.1:9/tracker.js'></script></body></html>",
        encoding="utf-8",
    )
    (folder / "batch.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Japan criticised China over its drills.", "date": "2023-08-01"})
        + "\n{broken json\n"
        + json.dumps({"id": "j3", "title": "no text"})
        + "\n"
        + json.dumps(
            {
                "id": "j4",
                "text": "Der Bundeskanzler hat heute in Berlin mit dem Präsidenten gesprochen und die Lage erörtert.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    return folder


@pytest.mark.model
def test_reliability_bad_inputs_are_reported_and_the_rest_goes_in(tmp_path):
    store = tmp_path / "store"
    earlier = tmp_path / "earlier.jsonl"
    earlier.write_text(json.dumps({"id": "before", "text": "France praised Germany for its support."}) + "\n")
    assert kg("build", str(earlier), "--store", str(store)).returncode == 0

    folder = _bad_folder(tmp_path)
    result = kg("build", str(folder), str(tmp_path / "missing.txt"), "--store", str(store))
    assert result.returncode == 1
    err = result.stderr
    assert "Traceback" not in err
    for expected in (
        "empty.txt: empty file",
        "blank.txt: only whitespace",
        "binary.txt: binary data",
        "latin1.txt: not valid UTF-8; 1 undecodable byte(s) replaced",
        "huge.txt: text is 5.5 million characters",
        "batch.jsonl:2: malformed JSON",
        "batch.jsonl:3: record has no text",
        "batch.jsonl:4: not English",
        "missing.txt: no such file or folder",
    ):
        assert expected in err, (expected, err)
    assert "ingested 4 article(s)" in err  # good.txt, latin1.txt, page.html, j1
    stats = json.loads(kg("stats", "--store", str(store), "-f", "json").stdout)
    assert stats["articles"] == 5  # and the article stored before is still there
    html_claims = kg("query", "SELECT ?t WHERE { ?a dcterms:title ?t }", "--store", str(store), "-f", "csv").stdout
    assert "Talks" in html_claims and "alert('x')" not in kg("export", "--store", str(store)).stdout


def test_reliability_unreadable_file_is_named(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(GOOD, encoding="utf-8")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    issues = [r for r in read_inputs([path]) if isinstance(r, IngestIssue)]
    assert [(i.path, i.reason) for i in issues] == [(str(path), "permission denied (cannot read the file)")]


def _stats_read_only(store: Path) -> dict:
    result = kg("stats", "--store", str(store), "-f", "json")
    return json.loads(result.stdout) if result.returncode == 0 else {}


@pytest.mark.model
@pytest.mark.slow
def test_reliability_sigkill_mid_build_keeps_committed_articles_and_a_rerun_completes(tmp_path):
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 240, seed=3)  # long enough to be caught mid-build
    clean = tmp_path / "clean"
    assert kg("build", str(corpus), "--store", str(clean), "-q").returncode == 0
    expected = _stats_read_only(clean)

    store = tmp_path / "store"
    build = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store), "--batch", "2", "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    seen = 0
    while time.monotonic() < deadline and build.poll() is None:
        seen = _stats_read_only(store).get("articles", 0) if store.exists() else 0
        if seen >= 6:
            break
        time.sleep(0.05)
    assert build.poll() is None, "the build finished before it could be killed; use a larger corpus"
    build.send_signal(signal.SIGKILL)
    build.wait()

    with KnowledgeStore(store) as reopened:  # opens after a kill
        after_kill = reopened.stats()
        claims_by_article: dict[str, int] = {}
        for claim in reopened.claims():
            claims_by_article[claim.evidence.article_id] = claims_by_article.get(claim.evidence.article_id, 0) + 1
    assert after_kill["articles"] >= seen >= 6
    assert after_kill["articles"] < expected["articles"]
    assert kg("build", str(corpus), "--store", str(store), "-q").returncode == 0
    assert _stats_read_only(store) == expected


@pytest.mark.model
def test_reliability_a_second_writer_is_told_the_store_is_in_use_and_readers_still_read(tmp_path):
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 200, seed=4)
    store = tmp_path / "store"
    assert kg("build", str(REPO / "examples" / "articles"), "--store", str(store), "-q").returncode == 0
    first = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store), "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while _stats_read_only(store).get("articles", 0) <= 6 and time.monotonic() < deadline and first.poll() is None:
        time.sleep(0.05)  # wait until the first build has committed, so it surely holds the lock
    assert first.poll() is None, "the first build ended before the second could try; use a larger corpus"
    second = kg("build", str(REPO / "examples" / "articles"), "--store", str(store))
    reader = kg("stats", "--store", str(store), "-f", "json")
    first.communicate(timeout=300)
    assert first.returncode == 0
    assert second.returncode == 1 and "in use by another process" in second.stderr and "Traceback" not in second.stderr
    assert reader.returncode == 0 and json.loads(reader.stdout)["articles"] >= 6
    assert _stats_read_only(store)["articles"] == 206


def test_reliability_rdf_parsers_do_not_fetch_external_entities(tmp_path):
    hits: list[bytes] = []
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(3)
    port = listener.getsockname()[1]

    def watch() -> None:
        try:
            connection, _ = listener.accept()
            hits.append(connection.recv(100))
            connection.close()
        except OSError:
            pass

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    rdfxml = tmp_path / "evil.rdf"
    rdfxml.write_text(
        f"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ <!ENTITY leak SYSTEM "file://{secret}"> <!ENTITY remote SYSTEM "http://127.0.0.1:{port}/x"> ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/a"><ex:p>&leak;&remote;</ex:p></rdf:Description>
</rdf:RDF>""",
        encoding="utf-8",
    )
    with KnowledgeStore("memory") as store:
        try:
            store.load(rdfxml)
        except Exception as error:  # refusing the document is also safe
            assert "TOP-SECRET" not in str(error)
        values = [str(r["o"]) for r in store.query("SELECT ?o WHERE { ?s <http://example.org/p> ?o }").rows]
    watcher.join(timeout=4)
    listener.close()
    assert not any("TOP-SECRET" in v for v in values)
    assert hits == [], "the parser opened a connection"


@pytest.mark.model
def test_reliability_arbitrary_unicode_never_crashes_extract(nlp):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from kg.nlp import extract_claims

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.text(min_size=0, max_size=400))
    def check(text: str) -> None:
        for _article, claims in extract_claims([Article("h", text)]):
            for claim in claims:
                start, end = claim.evidence.span
                assert 0 <= start <= end <= len(text)
                json.dumps(claim.to_json())

    check()


@pytest.mark.model
def test_reliability_export_import_round_trip_and_idempotent_builds(tmp_path):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from benchmarks.corpus import generate_articles
    from kg.build import build

    @settings(max_examples=5, deadline=None)
    @given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=1, max_value=4))
    def check(seed: int, n: int) -> None:
        corpus = tmp_path / f"c{seed}-{n}.jsonl"
        corpus.write_text("".join(json.dumps(r) + "\n" for r in generate_articles(n, seed=seed, sentences=4)))
        with KnowledgeStore("memory") as store:
            build([corpus], store)
            first = sorted(map(str, store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows))
            build([corpus], store)
            assert sorted(map(str, store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows)) == first
            out = tmp_path / f"c{seed}-{n}.trig"
            store.export(out, "trig")
            claims = [c.to_json() for c in store.claims()]
        with KnowledgeStore("memory") as fresh:
            fresh.load(out)
            assert sorted(map(str, fresh.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows)) == first
            assert [c.to_json() for c in fresh.claims()] == claims

    check()


def test_reliability_store_path_that_is_a_file_is_refused(tmp_path):
    from kg.errors import StoreError

    path = tmp_path / "not-a-store"
    path.write_text("x")
    with pytest.raises(StoreError, match="not a store folder"):
        KnowledgeStore(path)
    assert os.path.isfile(path)


@pytest.mark.model
@pytest.mark.slow
def test_reliability_soak_small_form(tmp_path):
    from benchmarks.soak import soak

    figures = soak(articles=120, clients=4, queries=15, max_seconds=300, workdir=tmp_path)
    assert figures["errors"] == 0 and figures["queries"] == 60 and figures["articles"] == 120
