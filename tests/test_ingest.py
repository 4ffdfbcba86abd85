"""Reading inputs: headers, cleaning, JSON Lines, and clear reasons for bad files."""

from __future__ import annotations

import json
from datetime import date

from kg.clean import clean_text, html_to_text, split_header
from kg.ingest import IngestIssue, read_inputs
from kg.model import Article
from tests.conftest import shared_path


def test_ingest_reads_the_seed_header():
    articles = [a for a in read_inputs([shared_path("seed")]) if isinstance(a, Article)]
    assert len(articles) == 1
    article = articles[0]
    assert article.published == date(2023, 9, 12)
    assert article.title and article.title.startswith("Kim Jong Un arrives in Russia")
    assert "WhatsApp" not in article.text and "READ |" not in article.text
    assert "Pyongyang supplied infantry rockets and missiles to Moscow in 2022" in article.text


def test_ingest_header_without_a_date_keeps_everything_as_body():
    header = split_header("Russia and China held talks on Monday.\nThey agreed to meet again.")
    assert header.published is None and header.body.startswith("Russia and China")


def test_ingest_cleaning_drops_captions_and_repeats():
    story = "The story goes on here, long enough to matter."
    text = f"Leaders meet in Moscow. (AP File)\n{story}\n{story}"
    assert clean_text(text) == "The story goes on here, long enough to matter."


def test_ingest_html_drops_scripts_and_menus():
    title, published, text = html_to_text(
        "<html><head><title>T</title><meta property='article:published_time' content='2024-01-12T10:00'>"
        "<script>var x = 1;</script></head><body><nav>Home | World</nav><h1>Strikes on Yemen</h1>"
        "<p>The United States struck targets in Yemen.</p><footer>Contact us</footer></body></html>"
    )
    assert title == "Strikes on Yemen" and published == date(2024, 1, 12)
    assert text == "The United States struck targets in Yemen."


def test_ingest_jsonl_names_the_bad_line_and_keeps_going(tmp_path):
    path = tmp_path / "batch.jsonl"
    good = {
        "id": "a1",
        "text": "Russia and China held talks in Beijing on Monday, officials said.",
        "date": "2023-03-20",
    }
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "a3"}) + "\n", encoding="utf-8")
    results = list(read_inputs([path]))
    assert [r.id for r in results if isinstance(r, Article)] == ["a1"]
    issues = [r for r in results if isinstance(r, IngestIssue)]
    assert [(i.line, i.kind) for i in issues] == [(2, "failed"), (3, "skipped")]
    assert "malformed JSON" in issues[0].reason and str(path) in str(issues[0])


def test_ingest_bad_files_get_reasons(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.txt").write_text("   \n\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin1.txt").write_bytes(
        "Russia met France in Paris on Monday, the ministry said.\xe9".encode("latin-1")
    )
    results = {
        str(r.path).rsplit("/", 1)[-1]: r
        for r in read_inputs([tmp_path, tmp_path / "missing.txt"])
        if not (isinstance(r, IngestIssue) and r.kind == "warning")
    }
    assert results["empty.txt"].reason == "empty file"
    assert results["blank.txt"].reason == "only whitespace"
    assert "binary" in results["binary.txt"].reason
    assert isinstance(results["latin1.txt"], Article)
    assert results["missing.txt"].reason == "no such file or folder"


def test_ingest_article_ids_are_stable():
    first = next(a for a in read_inputs([shared_path("seed")]) if isinstance(a, Article))
    second = next(a for a in read_inputs([shared_path("seed")]) if isinstance(a, Article))
    assert first.id == second.id and first.id.startswith("sha1-")


def test_ingest_article_dates_in_every_form_news_feeds_use():
    from kg.clean import read_date

    expected = date(2024, 4, 26)
    for value in ("2024-04-26", "2024-04-26T08:30:00Z", "2024-04-26T08:30:00+02:00", "Apr 26, 2024 08:30 AM EDT",
                  "26 April 2024", "Friday, April 26, 2024", "04/26/2024", 1714120200):  # fmt: skip
        assert read_date(value) == expected, value


def test_ingest_an_unreadable_date_is_reported_and_the_article_kept(tmp_path):
    path = tmp_path / "batch.jsonl"
    records = [
        {"id": "a1", "text": "Chile and Peru held talks in Lima on Monday, officials said.", "date": "not a date"},
        {"id": "a2", "text": "Chile and Peru signed a trade accord in Lima on Friday.", "date": "2024-04-26T08:30Z"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    results = list(read_inputs([path]))
    articles = {r.id: r for r in results if isinstance(r, Article)}
    assert articles["a1"].published is None and articles["a2"].published == date(2024, 4, 26)
    [issue] = [r for r in results if isinstance(r, IngestIssue)]
    assert (issue.line, issue.kind) == (1, "warning") and "'not a date'" in issue.reason
