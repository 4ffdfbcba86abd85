"""The ``kg`` command line.

Commands: ``build``, ``extract``, ``claims``, ``query``, ``export``, ``stats``.
Run ``kg --help`` or ``kg COMMAND --help``.  Errors print one line that says
what went wrong and what to do, and exit with status 1 (2 for usage errors);
no Python traceback is shown for a user error.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from kg.errors import KGError

__all__ = ["app", "main"]

app = typer.Typer(
    name="kg",
    help="Build a geopolitical knowledge graph from news: who does what to whom, with evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store", "-s", help="Store folder, 'memory', or plugin configuration (default: $KG_STORE or ./kg-store)."
    ),
]
PluginOption = Annotated[
    str | None,
    typer.Option("--store-plugin", help="rdflib store plugin name (default: Oxigraph).", envvar="KG_STORE_PLUGIN"),
]
ActorsOption = Annotated[
    list[Path] | None,
    typer.Option("--actors", help="Extra actors: a Turtle file or a PETRARCH .actors.txt dictionary (repeatable)."),
]


class ClaimFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"
    csv = "csv"


class ResultFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class ExportFormat(StrEnum):
    turtle = "turtle"
    trig = "trig"
    nquads = "nquads"
    jsonld = "jsonld"
    ntriples = "ntriples"


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _open_store(location: str | None, plugin: str | None, *, read_only: bool = False):  # type: ignore[no-untyped-def]
    from kg.rdf.store import KnowledgeStore

    return KnowledgeStore(location, plugin=plugin, read_only=read_only)


def _read_only_ok(location: str | None, plugin: str | None) -> bool:
    from kg.rdf.store import default_location

    where = location or default_location()
    return (plugin in (None, "Oxigraph")) and where != "memory" and Path(where).is_dir()


@app.command()
def build(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .html, .jsonl), folders, or - for stdin.")],
    store: StoreOption = None,
    store_plugin: PluginOption = None,
    actors: ActorsOption = None,
    batch: Annotated[int, typer.Option(help="Articles written per transaction.")] = 16,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Extract claims from articles and store them (rebuilding an article replaces it)."""
    from kg.build import build as run_build

    progress = None
    if sys.stderr.isatty() and not quiet:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TextColumn("{task.completed} articles"),
            TimeElapsedColumn(),
            transient=True,
        )
    with _open_store(store, store_plugin) as knowledge:
        if progress is not None:
            with progress:
                task = progress.add_task("building", total=None)
                report = run_build(
                    paths,
                    knowledge,
                    actors=actors or (),
                    batch_articles=batch,
                    on_article=lambda _a: progress.advance(task),
                )
        else:
            report = run_build(paths, knowledge, actors=actors or (), batch_articles=batch)
        stats = knowledge.stats()
    if not quiet:
        _err(f"ingested {report.ingested} article(s), {report.claims} claim(s), {report.words} words")
        for kind, issues in (("warning", report.warnings), ("skipped", report.skipped), ("failed", report.failed)):
            if issues:
                _err(f"{kind}: {len(issues)}")
                for issue in issues:
                    _err(f"  {issue}")
        counts = ", ".join(f"{value} {key}" for key, value in stats.items())
        _err(f"store {knowledge.location}: {counts}")
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .html, .jsonl), folders, or - for stdin.")],
    format: Annotated[ClaimFormat, typer.Option("--format", "-f", help="Output format.")] = ClaimFormat.jsonl,
    actors: ActorsOption = None,
) -> None:
    """Extract claims and print them; nothing is stored."""
    from kg.build import BuildReport
    from kg.build import extract as run_extract
    from kg.query import claims_csv, claims_jsonl, claims_table

    report = BuildReport()
    claims = (claim for _article, found in run_extract(paths, actors=actors or (), report=report) for claim in found)
    if format is ClaimFormat.jsonl:
        for line in claims_jsonl(claims):
            typer.echo(line)
    elif format is ClaimFormat.csv:
        typer.echo(claims_csv(claims), nl=False)
    else:
        from rich.console import Console

        Console(width=200).print(claims_table(list(claims)))
    for issue in [*report.warnings, *report.skipped, *report.failed]:
        _err(f"{issue.kind}: {issue}")
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def claims(
    store: StoreOption = None,
    store_plugin: PluginOption = None,
    format: Annotated[ClaimFormat, typer.Option("--format", "-f", help="Output format.")] = ClaimFormat.jsonl,
) -> None:
    """Print the claims in the store."""
    from kg.query import claims_csv, claims_jsonl, claims_table

    with _open_store(store, store_plugin, read_only=_read_only_ok(store, store_plugin)) as knowledge:
        found = list(knowledge.claims())
    if format is ClaimFormat.jsonl:
        for line in claims_jsonl(found):
            typer.echo(line)
    elif format is ClaimFormat.csv:
        typer.echo(claims_csv(found), nl=False)
    else:
        from rich.console import Console

        Console(width=200).print(claims_table(found))


@app.command()
def query(
    sparql: Annotated[str, typer.Argument(help="A SPARQL 1.1 query, or @file.rq to read it from a file.")],
    store: StoreOption = None,
    store_plugin: PluginOption = None,
    format: Annotated[ResultFormat, typer.Option("--format", "-f", help="Output format.")] = ResultFormat.table,
    bind: Annotated[
        list[str] | None, typer.Option("--bind", help="NAME=VALUE: bind ?NAME to a plain literal (repeatable).")
    ] = None,
) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT) over all graphs. Prefixes geo:, actor:, rdfs:, … are predeclared."""
    from kg.errors import InputError
    from kg.query import result_csv, result_json, result_table

    text = sparql
    if sparql.startswith("@"):
        path = Path(sparql[1:])
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise InputError(f"{path}: cannot read the query file: {error.strerror or error}") from error
    bindings = {}
    for item in bind or []:
        name, sep, value = item.partition("=")
        if not sep:
            raise InputError(f"--bind {item!r}: write NAME=VALUE")
        bindings[name.lstrip("?")] = value
    with _open_store(store, store_plugin, read_only=_read_only_ok(store, store_plugin)) as knowledge:
        result = knowledge.query(text, bindings)
    if result.kind == "graph" and format is ResultFormat.table:
        import pyoxigraph as ox

        triples = [ox.Triple(*(_ox_term(t) for t in triple)) for triple in result.triples]
        typer.echo((ox.serialize(triples, format=ox.RdfFormat.TURTLE) or b"").decode("utf-8"), nl=False)
        return
    if format is ResultFormat.json:
        typer.echo(result_json(result))
    elif format is ResultFormat.csv:
        typer.echo(result_csv(result), nl=False)
    else:
        from rich.console import Console

        Console(width=200).print(result_table(result))


def _ox_term(term):  # type: ignore[no-untyped-def]
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    assert isinstance(term, Literal)
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)


@app.command()
def export(
    store: StoreOption = None,
    store_plugin: PluginOption = None,
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="RDF format.")] = ExportFormat.turtle,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
) -> None:
    """Export the store as Turtle (graphs merged), TriG, N-Quads, N-Triples or JSON-LD."""
    with _open_store(store, store_plugin, read_only=_read_only_ok(store, store_plugin)) as knowledge:
        if output is None:
            knowledge.export(sys.stdout.buffer, format.value)
            sys.stdout.flush()
        else:
            knowledge.export(output, format.value)
            _err(f"wrote {output}")


@app.command()
def stats(
    store: StoreOption = None,
    store_plugin: PluginOption = None,
    format: Annotated[ResultFormat, typer.Option("--format", "-f", help="Output format.")] = ResultFormat.table,
) -> None:
    """Count articles, claims, actors and triples in the store."""
    import json

    with _open_store(store, store_plugin, read_only=_read_only_ok(store, store_plugin)) as knowledge:
        counts = knowledge.stats()
    if format is ResultFormat.json:
        typer.echo(json.dumps(counts))
    elif format is ResultFormat.csv:
        typer.echo(",".join(counts))
        typer.echo(",".join(str(v) for v in counts.values()))
    else:
        for key, value in counts.items():
            typer.echo(f"{key:<9}{value:>10}")


def main() -> None:
    """Entry point of the ``kg`` console script."""
    try:
        app()
    except KGError as error:
        _err(f"kg: error: {error}")
        sys.exit(1)
    except BrokenPipeError:
        sys.exit(0)
    except KeyboardInterrupt:
        _err("kg: interrupted; everything written before the interrupt is kept")
        sys.exit(130)


if __name__ == "__main__":
    main()
