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


def _print_version(wanted: bool) -> None:
    if wanted:
        from kg import __version__

        typer.echo(f"geokg {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print geokg's version and exit."),
    ] = False,
    update_url: Annotated[
        str | None,
        typer.Option(
            "--update-url",
            envvar="KG_UPDATE_URL",
            help="SPARQL update endpoint, when --store is a remote query endpoint and updates go elsewhere.",
        ),
    ] = None,
) -> None:
    """Build a geopolitical knowledge graph from news: who does what to whom, with evidence."""
    import os

    if update_url:
        os.environ["KG_UPDATE_URL"] = update_url


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


def _open_existing_store(location: str | None, plugin: str | None):  # type: ignore[no-untyped-def]
    """The store a read command reads: never created by the reading (a mistyped path is an error)."""
    from kg.errors import InputError
    from kg.rdf.store import default_location

    where = location or default_location()
    local = plugin in (None, "Oxigraph") and where != "memory" and not where.startswith(("http://", "https://"))
    if local and not Path(where).is_dir():
        raise InputError(
            f"{where}: no store there; build one with `kg build FILES --store {where}`, "
            "or name an existing one with --store or $KG_STORE"
        )
    return _open_store(location, plugin, read_only=_read_only_ok(location, plugin))


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
    processes: Annotated[int, typer.Option("--processes", "-p", help="Worker processes for extraction.")] = 1,
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address: extract on that cluster.")
    ] = None,
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
        options = {"actors": actors or (), "batch_articles": batch, "processes": processes, "scheduler": scheduler}
        if progress is not None:
            with progress:
                task = progress.add_task("building", total=None)
                report = run_build(paths, knowledge, on_article=lambda _a: progress.advance(task), **options)  # type: ignore[arg-type]
        else:
            report = run_build(paths, knowledge, **options)  # type: ignore[arg-type]
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
    _exit_unless_ok(report)


def _exit_unless_ok(report) -> None:  # type: ignore[no-untyped-def]
    """Exit 1 when an input failed, or when every input was skipped (nothing was read at all)."""
    if report.ok:
        return
    if not report.failed:
        _err("kg: error: nothing was read: every input was skipped (see above)")
    raise typer.Exit(1)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .html, .jsonl), folders, or - for stdin.")],
    format: Annotated[ClaimFormat, typer.Option("--format", "-f", help="Output format.")] = ClaimFormat.jsonl,
    actors: ActorsOption = None,
    processes: Annotated[int, typer.Option("--processes", "-p", help="Worker processes for extraction.")] = 1,
) -> None:
    """Extract claims and print them; nothing is stored."""
    from kg.build import BuildReport
    from kg.build import extract as run_extract
    from kg.query import claims_csv, claims_jsonl, claims_table

    report = BuildReport()
    claims = (
        claim
        for _article, found in run_extract(paths, actors=actors or (), report=report, processes=processes)
        for claim in found
    )
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
    _exit_unless_ok(report)


@app.command()
def claims(
    store: StoreOption = None,
    store_plugin: PluginOption = None,
    format: Annotated[ClaimFormat, typer.Option("--format", "-f", help="Output format.")] = ClaimFormat.jsonl,
    relation: Annotated[str | None, typer.Option(help="Only this relation (e.g. supplies, attacks).")] = None,
    actor: Annotated[
        str | None, typer.Option(help="Only claims with this actor (any name or alias) on either side.")
    ] = None,
    modality: Annotated[
        list[str] | None, typer.Option(help="Only this modality: asserted, reported, denied, … (repeatable).")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Only claims dated on or after YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, typer.Option(help="Only claims dated on or before YYYY[-MM[-DD]].")] = None,
    min_confidence: Annotated[float, typer.Option(help="Only claims at least this confident (0–1).")] = 0.0,
    actors: ActorsOption = None,
) -> None:
    """Print the claims in the store, filtered like the Python API's ``KnowledgeGraph.claims``."""
    from kg.api import KnowledgeGraph
    from kg.query import claims_csv, claims_jsonl, claims_table

    with _open_existing_store(store, store_plugin) as knowledge:
        found = KnowledgeGraph(knowledge, actors=actors or ()).claims(
            relation=relation,
            actor=actor,
            modality=modality or None,
            since=since,
            until=until,
            min_confidence=min_confidence,
        )
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
    if (verb := _update_verb(text)) is not None:
        raise InputError(
            f"kg query is read-only: it runs SELECT, ASK, CONSTRUCT and DESCRIBE, not {verb}; "
            "the store changes only through kg build"
        )
    bindings = {}
    for item in bind or []:
        name, sep, value = item.partition("=")
        if not sep:
            raise InputError(f"--bind {item!r}: write NAME=VALUE")
        bindings[name.lstrip("?")] = value
    with _open_existing_store(store, store_plugin) as knowledge:
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


_UPDATE_VERBS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


def _update_verb(text: str) -> str | None:
    """The SPARQL UPDATE operation a request starts with after its prologue (PREFIX, BASE, comments)."""
    import re

    body = re.sub(r"#[^\n]*", " ", text)
    body = re.sub(r"(?is)^\s*((PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*", "", body)
    first = body.split(None, 1)[0].upper() if body.split() else ""
    return first if first in _UPDATE_VERBS else None


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
    with _open_existing_store(store, store_plugin) as knowledge:
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

    with _open_existing_store(store, store_plugin) as knowledge:
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


# -- kg graph ------------------------------------------------------------------------------

graph_app = typer.Typer(help="Alliance-graph analytics over the store (networkx).", no_args_is_help=True)
app.add_typer(graph_app, name="graph")


class GraphFormat(StrEnum):
    table = "table"
    json = "json"


class ExportGraphFormat(StrEnum):
    graphml = "graphml"
    gexf = "gexf"
    json = "json"


class Level(StrEnum):
    country = "country"
    actor = "actor"


ByOption = Annotated[Level, typer.Option("--by", help="Nodes: states (people folded into their state) or every actor.")]
SinceOption = Annotated[str | None, typer.Option("--since", help="Only claims dated on or after YYYY[-MM[-DD]].")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Only claims dated on or before YYYY[-MM[-DD]].")]
GraphFormatOption = Annotated[GraphFormat, typer.Option("--format", "-f", help="Output format.")]


def _load_graph(store, plugin, by: Level, since, until, modalities=("asserted", "reported")):  # type: ignore[no-untyped-def]
    from kg.graph import claims_graph
    from kg.relations.timex import day_bound

    with _open_existing_store(store, plugin) as knowledge:
        return claims_graph(
            knowledge.claims(),
            start=day_bound(since),
            end=day_bound(until, end=True),
            modalities=modalities,
            by=by.value,
        )


def _node(G, name: str, by: Level) -> str:  # type: ignore[no-untyped-def]
    from kg.actors import load_gazetteer
    from kg.errors import InputError
    from kg.graph import country_actor, node_id

    record = load_gazetteer().find(name)
    if record is not None:
        actor = country_actor(record.actor) if by is Level.country else record.actor
        if node_id(actor.iri) in G:
            return node_id(actor.iri)
    folded = name.casefold()
    for node, data in G.nodes(data=True):
        if str(data.get("label", "")).casefold() == folded or node.casefold() in {folded, "actor:" + folded}:
            return str(node)
    known = "no actor by that name" if record is None else f"'{name}' ({record.actor.label}) has no claims in the store"
    raise InputError(f"{name!r}: {known}; try 'kg graph central' to list the actors")


def _emit(rows, format: GraphFormat, columns: list[str]) -> None:  # type: ignore[no-untyped-def]
    import json

    if format is GraphFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, default=str, indent=1))
        return
    from rich.console import Console
    from rich.table import Table

    def cell(value) -> str:  # type: ignore[no-untyped-def]
        if value is None:
            return "—"
        return "; ".join(map(str, value)) if isinstance(value, list) else str(value)

    table = Table(*columns)
    for row in rows:
        table.add_row(*[cell(row.get(c)) for c in columns])
    Console(width=200).print(table)


@graph_app.command("partners")
def graph_partners(
    actor: Annotated[str, typer.Argument(help="Any name or alias: 'Pyongyang', 'Kim Jong Un', 'DPRK'.")],
    store: StoreOption = None,
    store_plugin: PluginOption = None,
    by: ByOption = Level.country,
    since: SinceOption = None,
    until: UntilOption = None,
    n: Annotated[int, typer.Option("-n", help="How many of each.")] = 10,
    format: GraphFormatOption = GraphFormat.table,
) -> None:
    """Partners and adversaries of an actor, ranked by net cooperation, with evidence."""
    from kg.graph import adversaries, alliance_graph, partners

    G = _load_graph(store, store_plugin, by, since, until)
    node = _node(G, actor, by)
    A = alliance_graph(G)
    rows = [{"tie": "partner", **t} for t in partners(A, node, n=n, G=G)]
    rows += [{"tie": "adversary", **t} for t in adversaries(A, node, n=n, G=G)]
    for row in rows:  # each distinct sentence once (two claims of one sentence are one piece of evidence)
        row["sentences"] = list(dict.fromkeys(e["sentence"] for e in row["evidence"]))
        row["claims"] = len(row["evidence"])
    columns = ["tie", "actor", "label", "weight", "cooperation", "conflict", "claims", "sentences"]
    _emit(rows, format, columns)


@graph_app.command("path")
def graph_path(
    source: Annotated[str, typer.Argument(help="First actor (any name or alias).")],
    target: Annotated[str, typer.Argument(help="Second actor.")],
    store: StoreOption = None,
    store_plugin: PluginOption = None,
    by: ByOption = Level.country,
    since: SinceOption = None,
    until: UntilOption = None,
    format: GraphFormatOption = GraphFormat.table,
) -> None:
    """How two actors are connected: shortest and strongest paths, each tie with its claims."""
    from kg.graph import alliance_graph, explain_connection

    G = _load_graph(store, store_plugin, by, since, until)
    A = alliance_graph(G)
    result = explain_connection(A, _node(G, source, by), _node(G, target, by), G=G)
    rows = [
        {"path": kind, "from": hop["from"], "to": hop["to"], "weight": hop["weight"],
         "evidence": [f"{e['relation']} ({e['modality']}): {e['sentence']}" for e in hop["evidence"]]}
        for kind, hops in result.items()
        for hop in hops
    ]  # fmt: skip
    if not rows:
        _err(f"no path between {source!r} and {target!r}")
    _emit(rows if format is GraphFormat.table else result, format, ["path", "from", "to", "weight", "evidence"])  # type: ignore[arg-type]


@graph_app.command("blocs")
def graph_blocs(
    store: StoreOption = None,
    store_plugin: PluginOption = None,
    by: ByOption = Level.country,
    since: SinceOption = None,
    until: UntilOption = None,
    format: GraphFormatOption = GraphFormat.table,
) -> None:
    """Camps: cooperation communities and the structural-balance split, with frustrated ties."""
    from kg.graph import alliance_graph, blocs

    result = blocs(alliance_graph(_load_graph(store, store_plugin, by, since, until)))
    if format is GraphFormat.json:
        _emit(result, format, [])
        return
    rows = [{"kind": "camp", "members": camp} for camp in result["camps"]]
    rows += [{"kind": "community", "members": c} for c in result["communities"]]
    rows += [{"kind": "frustrated tie", "members": [f["u"], f["v"], f["weight"]]} for f in result["frustrated"]]
    _emit(rows, format, ["kind", "members"])


@graph_app.command("central")
def graph_central(
    store: StoreOption = None,
    store_plugin: PluginOption = None,
    by: ByOption = Level.country,
    since: SinceOption = None,
    until: UntilOption = None,
    format: GraphFormatOption = GraphFormat.table,
) -> None:
    """Who is the hub: PageRank and betweenness, for the window given."""
    from kg.graph import centrality

    _emit(
        centrality(_load_graph(store, store_plugin, by, since, until)),
        format,
        ["actor", "label", "pagerank", "betweenness", "degree"],
    )


@graph_app.command("supply-chains")
def graph_supply_chains(
    store: StoreOption = None,
    store_plugin: PluginOption = None,
    item: Annotated[str | None, typer.Option("--item", help="Commodity (arms, food, energy, …) or item text.")] = None,
    by: ByOption = Level.country,
    since: SinceOption = None,
    until: UntilOption = None,
    format: GraphFormatOption = GraphFormat.table,
) -> None:
    """Who supplies what to whom, directly and through intermediaries."""
    from kg.graph import supply_chains

    chains = supply_chains(_load_graph(store, store_plugin, by, since, until), item=item)
    if format is GraphFormat.json:
        _emit(chains, format, [])
        return
    rows = [
        {"chain": " → ".join([chain[0]["from"], *[hop["to"] for hop in chain]]),
         "items": [f"{hop['from']}→{hop['to']}: {', '.join(hop['items']) or '?'}" for hop in chain],
         "evidence": [s for hop in chain for s in hop["sentences"]]}
        for chain in chains
    ]  # fmt: skip
    _emit(rows, format, ["chain", "items", "evidence"])


@graph_app.command("contested")
def graph_contested(
    store: StoreOption = None,
    store_plugin: PluginOption = None,
    by: ByOption = Level.country,
    format: GraphFormatOption = GraphFormat.table,
) -> None:
    """Claims some put forward and others deny, with who says what."""
    from kg.graph import contested

    G = _load_graph(store, store_plugin, by, None, None, modalities=None)
    found = contested(G)
    if format is GraphFormat.json:
        _emit(found, format, [])
        return
    rows = [
        {"claim": f"{_node_label(c['subject'], G)} {c['relation']} {_node_label(c['object'], G)}",
         "asserted by": list(dict.fromkeys(f"{s['by']} ({s['modality']})" for s in c["asserted"])),
         "denied by": list(dict.fromkeys(f"{s['by']} ({s['modality']})" for s in c["denied"]))}
        for c in found
    ]  # fmt: skip
    _emit(rows, format, ["claim", "asserted by", "denied by"])


@graph_app.command("changes")
def graph_changes(
    before: Annotated[str, typer.Option("--before", help="Ties dated up to this day form the 'before' graph.")],
    after: Annotated[str, typer.Option("--after", help="Ties dated from this day form the 'after' graph.")],
    store: StoreOption = None,
    store_plugin: PluginOption = None,
    by: ByOption = Level.country,
    format: GraphFormatOption = GraphFormat.table,
) -> None:
    """Ties that appeared, strengthened, weakened, flipped or vanished between two windows."""
    from kg.graph import alliance_graph, changes

    early = alliance_graph(_load_graph(store, store_plugin, by, None, before))
    late = alliance_graph(_load_graph(store, store_plugin, by, after, None))
    rows = changes(early, late)
    for row in rows:  # the pair by its actors' labels too ("Germany – Iran"), beside their node ids
        row["actors"] = " – ".join(_node_label(node, late, early) for node in row["pair"])
    _emit(rows, format, ["actors" if format is GraphFormat.table else "pair", "change", "before", "after"])


def _node_label(node: str, *graphs) -> str:  # type: ignore[no-untyped-def]
    """A graph node's label (the first graph that holds it), else its id."""
    return next((str(G.nodes[node].get("label") or node) for G in graphs if node in G), node)


@graph_app.command("export")
def graph_export(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    format: Annotated[
        ExportGraphFormat, typer.Option("--format", "-f", help="graphml/gexf (Gephi, yEd) or node-link json.")
    ] = ExportGraphFormat.graphml,
    alliance: Annotated[
        bool, typer.Option("--alliance/--claims", help="The collapsed signed graph, or one edge per claim.")
    ] = True,
    store: StoreOption = None,
    store_plugin: PluginOption = None,
    by: ByOption = Level.country,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Write the alliance graph (or the claims graph) for Gephi, yEd or a web viewer."""
    from kg.graph import alliance_graph, write_graph

    G = _load_graph(store, store_plugin, by, since, until)
    write_graph(alliance_graph(G) if alliance else G, output, format.value)
    _err(f"wrote {output} ({G.number_of_nodes()} actors)")


# -- kg evaluate ---------------------------------------------------------------------------

evaluate_app = typer.Typer(help="Score extraction against gold data.", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")


@evaluate_app.command("events")
def evaluate_events_command(
    gold: Annotated[Path, typer.Argument(help="Gold JSON Lines: {id, text, date, events:[{source, target, code}]}.")],
    actors: ActorsOption = None,
    modality: Annotated[
        list[str] | None, typer.Option("--modality", help="Claim modalities that count as events (repeatable).")
    ] = None,
    min_raters: Annotated[int, typer.Option(help="Multi-rater gold: raters needed for an event to count.")] = 2,
    errors: Annotated[
        bool, typer.Option("--errors", help="List each record's missed and spurious events, with the rule that fired.")
    ] = False,
    format: Annotated[ResultFormat, typer.Option("--format", "-f", help="table, csv or json.")] = ResultFormat.table,
) -> None:
    """Precision, recall and F1 at dyad+root, dyad+code and PLOVER levels (strict and lenient); per category;
    false positives on noevents; for article-level gold, the actor ceiling and claim-level accuracy."""
    import json

    from kg.evaluation import read_records
    from kg.evaluation.events import evaluate_events, extract_with_actors

    report = evaluate_events(
        read_records(gold),
        lambda articles: extract_with_actors(articles, actors=actors or ()),
        modalities=modality or None,
        min_raters=min_raters,
        errors=errors,
    )
    data = report.as_dict()
    if format is ResultFormat.json:
        typer.echo(json.dumps(data, indent=1))
        return
    if format is ResultFormat.csv:
        _evaluation_csv(data)
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(width=160)
    if errors:
        _print_errors(console, data.get("errors", []))
    table = Table(
        "level", "precision", "recall", "F1", "tp", "predicted", "gold", "lenient P", "lenient R", "lenient F1",
        title=f"{gold.name}: {report.records} records (strict; lenient: a gold IGO matches a specific one, old codes)",
    )  # fmt: skip
    for level, score in data["levels"].items():
        if score["predicted"] == 0 and score["gold"] == 0:
            continue  # a level this gold file has no codes for
        loose = data["lenient"][level]
        table.add_row(level, f"{score['precision']:.3f}", f"{score['recall']:.3f}", f"{score['f1']:.3f}",
                      f"{score['tp']:g}", str(score["predicted"]), str(score["gold"]),
                      f"{loose['precision']:.3f}", f"{loose['recall']:.3f}", f"{loose['f1']:.3f}")  # fmt: skip
    console.print(table)
    if "ceiling" in data:
        ceiling = data["ceiling"]
        console.print(
            f"actor ceiling: both actors of a gold event resolved in its sentence for "
            f"{ceiling['actors_in_sentence']:.1%} of {ceiling['gold_events']} asserted/reported gold claims "
            f"({ceiling['actors_in_sentence_or_its_claims']:.1%} with the actors its claims carry from the "
            "sentences before), somewhere in the article for "
            f"{ceiling['actors_in_article']:.1%}"
        )
    if "claims" in data:
        claims = data["claims"]
        console.print(
            f"claims: {claims['matched']} of {claims['gold_claims']} gold claims matched (dyad + root); on those, "
            f"modality {claims['modality_accuracy']:.1%}, attribution {claims['attribution_accuracy']:.1%}, "
            f"date {claims['date_accuracy']:.1%} right"
        )
    if data["categories"]:
        per = Table("category", *[f"{lv} F1" for lv in data["levels"] if lv in ("dyad+root", "dyad+code", "plover")])
        for category, levels in data["categories"].items():
            per.add_row(category, *[f"{levels[lv]['f1']:.3f}" for lv in ("dyad+root", "dyad+code", "plover")])
        console.print(per)
    console.print(
        f"noevents records: {data['noevent_records']}, false positives on them: {data['noevent_false_positives']}; "
        f"gold events without source or target (not scorable as dyads): {data['non_dyadic_gold_events']}"
    )


def _print_errors(console, errors: list[dict]) -> None:  # type: ignore[no-untyped-def]
    for record in errors:
        console.print(f"[bold]{record['id']}[/bold]")
        for miss in record["missed"]:
            found = f" actors found: {miss['actors_found']:<6}" if "actors_found" in miss else ""
            line = f"  missed    {miss['event']:<22}{found} | {miss['sentence']}"
            console.print(line, soft_wrap=True, highlight=False)
        for extra in record["spurious"]:
            console.print(
                f"  spurious  {extra['event']:<22} | {extra['trigger']} ({extra['modality']}; {extra['rule']}; "
                f"{extra['how']}) | {extra['sentence']}",
                soft_wrap=True,
                highlight=False,
            )


def _evaluation_csv(data: dict) -> None:  # type: ignore[type-arg]
    import csv
    import sys

    writer = csv.writer(sys.stdout)
    writer.writerow(["scoring", "level", "precision", "recall", "f1", "tp", "predicted", "gold"])
    for scoring in ("levels", "lenient"):
        for level, score in data[scoring].items():
            writer.writerow([{"levels": "strict"}.get(scoring, scoring), level, *(score[k] for k in
                            ("precision", "recall", "f1", "tp", "predicted", "gold"))])  # fmt: skip


@evaluate_app.command("actors")
def evaluate_actors_command(
    gold: Annotated[
        Path, typer.Argument(help="Gold JSON Lines: entity-linked text (GUM) or events with actor lists (PLOVER).")
    ],
    actors: ActorsOption = None,
    format: Annotated[ResultFormat, typer.Option("--format", "-f", help="table or json.")] = ResultFormat.table,
) -> None:
    """Precision and recall of actor recognition and linking, by country and by full code."""
    import json

    from kg.evaluation import evaluate_actors, read_records
    from kg.nlp import load_pipeline

    score = evaluate_actors(read_records(gold), load_pipeline(actors or ()))
    data = score.as_dict()
    if format is ResultFormat.json:
        typer.echo(json.dumps(data, indent=1))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(
        "level", "precision", "recall", "F1", "correct", title=f"{gold.name}: {data['gold_mentions']} gold mentions"
    )
    for level, values in data["levels"].items():
        table.add_row(
            level,
            f"{values['precision']:.3f}",
            f"{values['recall']:.3f}",
            f"{values['f1']:.3f}",
            str(values["correct"]),
        )
    Console(width=120).print(table)
    typer.echo(f"{data['matched']} of {data['gold_mentions']} gold mentions overlapped a predicted actor mention")


@app.command()
def serve(
    store: StoreOption = None,
    store_plugin: PluginOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 7878,
    row_limit: Annotated[int, typer.Option(help="Most rows a SELECT returns.")] = 10_000,
    timeout: Annotated[float, typer.Option(help="Seconds a query may run.")] = 30.0,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(help="A host name clients may use in their Host header (repeatable; loopback names always)."),
    ] = None,
    max_request_bytes: Annotated[int, typer.Option(help="Largest request body or query string, in bytes.")] = 1_000_000,
) -> None:
    """Serve the store as a read-only SPARQL endpoint (/sparql) with a query page (/)."""
    import uvicorn

    from kg.query.endpoint import create_app
    from kg.query.guard import LOOPBACK_HOSTS

    knowledge = _open_existing_store(store, store_plugin)
    allowed = set(LOOPBACK_HOSTS) | set(allow_host or ())
    if host not in {"0.0.0.0", "::"}:
        allowed.add(host)
    if host not in LOOPBACK_HOSTS:
        _err(f"kg serve: listening on {host}: anyone who can reach this address can query the store")
        _err(f"kg serve: answering requests for {', '.join(sorted(allowed))} (--allow-host NAME for others)")
    _err(f"kg serve: SPARQL endpoint at http://{host}:{port}/sparql, query page at http://{host}:{port}/")
    try:
        uvicorn.run(
            create_app(
                knowledge,
                row_limit=row_limit,
                timeout=timeout,
                allowed_hosts=allowed,
                max_request_bytes=max_request_bytes,
            ),
            host=host,
            port=port,
            log_level="warning",
        )
    finally:
        knowledge.close()
