"""Project claims into networkx graphs.

:func:`claims_graph` makes a :class:`networkx.MultiDiGraph` of actors — one edge
per claim, carrying relation, codes, items, modality, date, confidence and the
claim's IRI and sentence, so every edge traces back to its evidence.
:func:`alliance_graph` collapses it into a signed, weighted
:class:`networkx.Graph`: per actor pair, cooperation minus conflict, scored by
the Goldstein weight of each claim's CAMEO code (kept in the ontology).

Example:
    >>> from kg.graph.projection import example_claims
    >>> G = claims_graph(example_claims())
    >>> sorted(G.nodes)
    ['actor:CHN', 'actor:PRK', 'actor:RUS', 'actor:UKR', 'actor:USA']
    >>> A = alliance_graph(G)
    >>> A["actor:PRK"]["actor:RUS"]["sign"], A["actor:RUS"]["actor:UKR"]["sign"]
    (1, -1)
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date

import networkx as nx

from kg.model import Actor, Claim, Evidence, Item
from kg.ontology import load_vocabulary
from kg.rdf.mapping import CLAIM_PREFIX

__all__ = ["DEFAULT_MODALITIES", "alliance_graph", "claims_graph", "country_actor", "example_claims", "node_id"]

DEFAULT_MODALITIES = ("asserted", "reported")
_ACTOR_PREFIX = "https://w3id.org/geokg/id/actor/"


def node_id(iri: str) -> str:
    """A short node name for an actor IRI (``actor:PRK``); other IRIs stay whole."""
    return "actor:" + iri[len(_ACTOR_PREFIX) :] if iri.startswith(_ACTOR_PREFIX) else iri


def country_actor(actor: Actor) -> Actor:
    """The state an actor belongs to (Kim Jong Un → North Korea); the actor itself if it has no country."""
    if actor.type == "State" or not actor.country:
        return actor
    from kg.actors.gazetteer import load_gazetteer

    record = load_gazetteer().state(actor.country)
    return record.actor if record is not None else actor


def _in_window(claim: Claim, start: date | None, end: date | None) -> bool:
    if start is None and end is None:
        return True
    if claim.date_start is None:
        return False
    first, last = claim.date_start, claim.date_end or claim.date_start
    return (start is None or last >= start) and (end is None or first <= end)


def claims_graph(
    claims: Iterable[Claim],
    *,
    start: date | None = None,
    end: date | None = None,
    relations: Iterable[str] | None = None,
    modalities: Iterable[str] | None = DEFAULT_MODALITIES,
    min_confidence: float = 0.0,
    actor_types: Iterable[str] | None = None,
    by: str = "actor",
    coded_only: bool = True,
) -> nx.MultiDiGraph:
    """A MultiDiGraph of actors with one edge per claim.

    Args:
        claims: Claims, e.g. ``store.claims()``; read once, in one pass.
        start: Keep claims whose date interval ends on or after this day (undated claims drop out
            when a window is given).
        end: Keep claims whose date interval starts on or before this day.
        relations: Keep only these relations (``supplies``, ``attacks``, …).
        modalities: Keep only these modalities; the default keeps asserted and reported claims;
            ``None`` keeps all, denied and hypothetical included.
        min_confidence: Drop claims below this confidence.
        actor_types: Keep claims whose both actors have one of these types.
        by: ``actor`` keeps people and agencies as nodes; ``country`` folds them into their state.
        coded_only: Keep only claims between coded actors (states, IGOs, sectors of states, coded
            groups and people); ``False`` keeps every actor a store holds (stores built by older
            versions may hold uncoded ones).  A claim of an actor on itself is never an edge.

    Returns:
        Nodes keyed ``actor:CODE`` (or the IRI) with ``label``, ``type``, ``country``, ``code``;
        edges keyed by claim id with ``relation``, ``cameo``, ``plover``, ``goldstein``, ``items``,
        ``modality``, ``attributed_to``, ``date``, ``confidence``, ``claims`` (IRIs), ``sentence``
        and ``article_id``.
    """
    vocab = load_vocabulary()
    wanted_relations = set(relations) if relations is not None else None
    wanted_modalities = set(modalities) if modalities is not None else None
    wanted_types = set(actor_types) if actor_types is not None else None
    graph = nx.MultiDiGraph()
    for claim in claims:
        if wanted_relations is not None and claim.relation not in wanted_relations:
            continue
        if wanted_modalities is not None and claim.modality not in wanted_modalities:
            continue
        if claim.confidence < min_confidence or not _in_window(claim, start, end):
            continue
        subject, obj = claim.subject, claim.object
        if coded_only and not (subject.code and obj.code):
            continue
        if by == "country":
            subject, obj = country_actor(subject), country_actor(obj)
        if subject.iri == obj.iri:
            continue  # no self-loops
        if wanted_types is not None and not (subject.type in wanted_types and obj.type in wanted_types):
            continue
        for actor in (subject, obj):
            key = node_id(actor.iri)
            if key not in graph:
                graph.add_node(
                    key, iri=actor.iri, label=actor.label, type=actor.type, country=actor.country, code=actor.code
                )
        code = claim.cameo or vocab.relations[claim.relation].cameo
        identifier = claim.id
        graph.add_edge(
            node_id(subject.iri),
            node_id(obj.iri),
            key=identifier,
            relation=claim.relation,
            cameo=code,
            plover=claim.plover,
            goldstein=vocab.goldstein(code),
            items=[item.text for item in claim.items],
            commodities=[item.commodity for item in claim.items if item.commodity],
            modality=claim.modality,
            attributed_to=claim.attributed_to.label if claim.attributed_to else None,
            date=claim.date,
            date_start=claim.date_start,
            confidence=claim.confidence,
            claims=[CLAIM_PREFIX + identifier],
            sentence=claim.evidence.sentence,
            article_id=claim.evidence.article_id,
        )
    return graph


def alliance_graph(
    G: nx.MultiDiGraph,
    *,
    half_life_days: float | None = None,
    reference: date | None = None,
) -> nx.Graph:
    """Collapse a claims graph into a signed, weighted, undirected alliance graph.

    Each claim adds its Goldstein score (×confidence, ×recency if ``half_life_days`` is
    given) to its actor pair: positive scores to ``cooperation``, negative ones to
    ``conflict``.  ``weight`` is cooperation minus conflict; ``sign`` is +1, −1 or 0.

    Args:
        G: A graph from :func:`claims_graph`.
        half_life_days: Halve a claim's weight every this many days before ``reference``.
        reference: The day recency is measured from (default: the latest claim date).
    """
    if half_life_days is not None and reference is None:
        dated = [d["date_start"] for _, _, d in G.edges(data=True) if d.get("date_start")]
        reference = max(dated) if dated else None
    alliance = nx.Graph()
    alliance.add_nodes_from(G.nodes(data=True))
    for u, v, data in G.edges(data=True):
        score = data["goldstein"] * data["confidence"]
        if half_life_days is not None and reference is not None and data.get("date_start"):
            age = max(0, (reference - data["date_start"]).days)
            score *= math.pow(0.5, age / half_life_days)
        if not alliance.has_edge(u, v):
            alliance.add_edge(u, v, cooperation=0.0, conflict=0.0, claims=[], relations=[])
        edge = alliance[u][v]
        if score >= 0:
            edge["cooperation"] += score
        else:
            edge["conflict"] += -score
        edge["claims"].extend(data["claims"])
        edge["relations"].append(data["relation"])
    for _u, _v, edge in alliance.edges(data=True):
        edge["weight"] = round(edge["cooperation"] - edge["conflict"], 6)
        edge["sign"] = (edge["weight"] > 0) - (edge["weight"] < 0)
        edge["strength"] = abs(edge["weight"])
    return alliance


def example_claims() -> list[Claim]:
    """A handful of claims for examples and doctests (not from any article)."""

    def actor(code: str, label: str) -> Actor:
        return Actor(_ACTOR_PREFIX + code, label, "State", code, code)

    prk, rus, chn, usa, ukr = (
        actor("PRK", "North Korea"),
        actor("RUS", "Russia"),
        actor("CHN", "China"),
        actor("USA", "United States"),
        actor("UKR", "Ukraine"),
    )

    def claim(
        s: Actor, rel: str, o: Actor, cameo: str, modality: str = "asserted", when: str | None = None, **kw
    ) -> Claim:  # type: ignore[no-untyped-def]
        sentence = f"{s.label} {rel} {o.label}."
        start = date.fromisoformat(when) if when else None
        return Claim(s, rel, o, Evidence("example", sentence, (0, len(sentence)), "example"), modality=modality,  # type: ignore[arg-type]
                     cameo=cameo, date=when, date_start=start, date_end=start, confidence=0.8, **kw)  # fmt: skip

    return [
        claim(prk, "supplies", rus, "072", when="2023-08-01", items=(Item("artillery shells", "Artillery"),)),
        claim(prk, "supplies", rus, "072", "denied", attributed_to=prk),
        claim(rus, "supplies", prk, "071", when="2023-09-15", items=(Item("food", "Food"),)),
        claim(rus, "attacks", ukr, "190", when="2023-09-01"),
        claim(usa, "supplies", ukr, "072", when="2023-09-01", items=(Item("missiles", "Missiles"),)),
        claim(usa, "threatens", prk, "1312", when="2023-09-05"),
        claim(chn, "supports", rus, "050", when="2023-03-20"),
        claim(rus, "supplies", chn, "071", when="2023-05-01", items=(Item("oil", "Energy"),)),
    ]
