"""The Python API: one object for building, extracting, querying and analysing.

Example:
    >>> import kg
    >>> graph = kg.open("memory")
    >>> graph.stats()["claims"]
    0
    >>> graph.close()

In a notebook::

    graph = kg.open("kg-store")
    graph.build(["examples/articles"])
    graph.claims(relation="supplies")          # a DataFrame; shows evidence with highlights
    graph.sparql("SELECT ?a ?b WHERE { ?a geo:supplies ?b }")
    graph.actor("Pyongyang")                   # aliases, codes, strongest ties
    G = graph.to_networkx()                    # networkx MultiDiGraph, one edge per claim
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from kg.build import BuildReport
from kg.build import build as run_build
from kg.errors import InputError
from kg.model import Article, Claim, article_id_for
from kg.rdf.store import KnowledgeStore

__all__ = ["ActorInfo", "ClaimList", "KnowledgeGraph", "open_graph"]


class ClaimList(list[Claim]):
    """A list of claims that shows itself as a table in notebooks and converts to a DataFrame."""

    def _repr_html_(self) -> str:
        from kg.display import claims_html

        return claims_html(self)

    def to_dataframe(self) -> Any:
        """A pandas DataFrame, one row per claim, in the public claim shape (flattened)."""
        import pandas as pd

        rows = []
        for claim in self:
            data = claim.to_json()
            rows.append(
                {
                    "subject": claim.subject.label,
                    "relation": claim.relation,
                    "object": claim.object.label,
                    "modality": claim.modality,
                    "attributed_to": claim.attributed_to.label if claim.attributed_to else None,
                    "date": claim.date,
                    "cameo": claim.cameo,
                    "plover": claim.plover,
                    "items": data["items"],
                    "confidence": claim.confidence,
                    "sentence": claim.evidence.sentence,
                    "subject_code": claim.subject.code,
                    "object_code": claim.object.code,
                    "article_id": claim.evidence.article_id,
                    "id": claim.id,
                }
            )
        return pd.DataFrame(rows)


class ActorInfo(dict[str, Any]):
    """What the graph knows about an actor; shows as a card in notebooks."""

    def _repr_html_(self) -> str:
        from kg.display import actor_html

        return actor_html(self)


class KnowledgeGraph:
    """A geokg store with the pipeline and analytics around it.

    Args:
        store: The store to use.
        actors: Extra actor files (Turtle or PETRARCH dictionaries) for extraction.
    """

    def __init__(self, store: KnowledgeStore, *, actors: Iterable[str | Path] = ()) -> None:
        self.store = store
        self.actors = tuple(actors)

    @property
    def dataset(self) -> Any:
        """The rdflib Dataset behind the store, for anything rdflib can do."""
        return self.store.dataset

    # -- building and extracting ------------------------------------------------------
    def build(self, paths: Iterable[str | Path] | str | Path) -> BuildReport:
        """Extract claims from files or folders and store them (rebuilding an article replaces it)."""
        if isinstance(paths, str | Path):
            paths = [paths]
        return run_build(paths, self.store, actors=self.actors)

    def extract(self, text: str, date: str | date | None = None, *, title: str | None = None) -> ClaimList:
        """Claims in a piece of text, without storing them.

        Example:
            >>> graph = open_graph("memory")                                   # doctest: +SKIP
            >>> [c.relation for c in graph.extract("Russia supplied rockets to Syria.")]  # doctest: +SKIP
            ['supplies']
        """
        from kg.clean import clean_text
        from kg.nlp import extract_claims
        from kg.relations.timex import day_bound

        body = clean_text(text)
        article = Article(id=article_id_for(body), text=body, title=title, published=day_bound(date))
        return ClaimList(claim for _a, claims in extract_claims([article], actors=self.actors) for claim in claims)

    # -- reading ----------------------------------------------------------------------------
    def claims(
        self,
        *,
        relation: str | None = None,
        actor: str | None = None,
        modality: str | Iterable[str] | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        min_confidence: float = 0.0,
    ) -> ClaimList:
        """Claims in the store, filtered; ``actor`` is any name or alias and matches either side."""
        wanted_modalities = {modality} if isinstance(modality, str) else set(modality) if modality else None
        country = None
        if actor is not None:
            from kg.actors import load_gazetteer

            record = load_gazetteer(self.actors).find(actor)
            if record is None:
                raise InputError(f"{actor!r}: no actor by that name")
            country = record.actor.country
            iri = record.actor.iri
        from kg.relations.timex import day_bound  # lazily: kg.relations loads spaCy

        start, end = day_bound(since), day_bound(until, end=True)
        found = ClaimList()
        for claim in self.store.claims():
            if relation is not None and claim.relation != relation:
                continue
            if wanted_modalities is not None and claim.modality not in wanted_modalities:
                continue
            if claim.confidence < min_confidence:
                continue
            if actor is not None:
                sides = (claim.subject, claim.object)
                if not any(a.iri == iri or (country and a.country == country) for a in sides):
                    continue
            if (start or end) and claim.date_start is None:
                continue
            if start and (claim.date_end or claim.date_start) < start:  # type: ignore[operator]
                continue
            if end and claim.date_start and claim.date_start > end:
                continue
            found.append(claim)
        return found

    def sparql(self, query: str, **bindings: Any) -> Any:
        """Run SPARQL: a DataFrame for SELECT (values as Python objects), a bool for ASK, an rdflib Graph for CONSTRUCT.

        Bindings are passed as values, never pasted into the query:
        ``graph.sparql("SELECT ?a WHERE { ?a rdfs:label ?name }", name="Russia")``.
        """
        result = self.store.query(query, bindings)
        if result.kind == "ask":
            return bool(result.boolean)
        if result.kind == "graph":
            from rdflib import Graph

            graph = Graph()
            for triple in result.triples:
                graph.add(triple)
            return graph
        import pandas as pd

        rows = [{k: (v.toPython() if hasattr(v, "toPython") else v) for k, v in row.items()} for row in result.rows]
        return pd.DataFrame(rows, columns=result.variables)

    def actor(self, name: str) -> ActorInfo:
        """An actor's names, codes and strongest ties in the store."""
        from kg.actors import load_gazetteer
        from kg.graph import adversaries, alliance_graph, country_actor, node_id, partners

        gazetteer = load_gazetteer(self.actors)
        record = gazetteer.find(name)
        if record is None:
            raise InputError(f"{name!r}: no actor by that name")
        state = country_actor(record.actor)
        A = alliance_graph(self.to_networkx(by="country"))
        node = node_id(state.iri)
        info = ActorInfo(
            iri=record.actor.iri,
            label=record.actor.label,
            type=record.actor.type,
            code=record.actor.code,
            country=record.actor.country,
            aliases=sorted(record.aliases | record.metonyms | record.adjectives),
            partners=partners(A, node),
            adversaries=adversaries(A, node),
        )
        return info

    def to_networkx(self, *, alliance: bool = False, **filters: Any) -> Any:
        """The claims as a networkx MultiDiGraph (or the signed alliance Graph); filters as in ``claims_graph``."""
        from kg.graph import alliance_graph, claims_graph

        G = claims_graph(self.store.claims(), **filters)
        return alliance_graph(G) if alliance else G

    def export(self, path: str | Path, format: str = "turtle") -> Path:
        """Write the store as Turtle, TriG, N-Quads, N-Triples or JSON-LD."""
        self.store.export(path, format)
        return Path(path)

    def stats(self) -> dict[str, int]:
        """Counts of articles, claims, actors and triples."""
        return self.store.stats()

    def close(self) -> None:
        """Release the store."""
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"KnowledgeGraph({self.store.location!r})"


def open_graph(
    store: str | Path | None = None,
    *,
    plugin: str | None = None,
    actors: Iterable[str | Path] = (),
    read_only: bool = False,
) -> KnowledgeGraph:
    """Open (or create) a geokg graph; exported as ``kg.open``.

    Args:
        store: A folder (default ``$KG_STORE`` or ``./kg-store``), or ``memory``.
        plugin: An rdflib store plugin name (default Oxigraph).
        actors: Extra actor files for extraction.
        read_only: Open an existing on-disk store without taking the write lock.
    """
    return KnowledgeGraph(KnowledgeStore(store, plugin=plugin, read_only=read_only), actors=actors)
