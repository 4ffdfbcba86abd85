"""Analytics over the claims graph and the alliance graph, as plain networkx-style functions.

Every function takes a graph first and returns plain Python data (lists of
dicts) that carry the evidence: claim IRIs and sentences.

Example:
    >>> from kg.graph.projection import alliance_graph, claims_graph, example_claims
    >>> G = claims_graph(example_claims())
    >>> A = alliance_graph(G)
    >>> [p["actor"] for p in partners(A, "actor:RUS")]
    ['actor:PRK', 'actor:CHN']
    >>> [a["actor"] for a in adversaries(A, "actor:RUS")]
    ['actor:UKR']
    >>> [[hop["from"] for hop in chain] for chain in supply_chains(G, item="arms")]
    [['actor:PRK'], ['actor:USA']]
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.ontology import load_vocabulary

__all__ = [
    "adversaries",
    "blocs",
    "centrality",
    "changes",
    "contested",
    "explain_connection",
    "partners",
    "structural_balance",
    "supply_chains",
]


def _evidence(G: nx.MultiDiGraph | None, u: str, v: str) -> list[dict[str, Any]]:
    if G is None:
        return []
    found = []
    for a, b in ((u, v), (v, u)):
        if G.has_node(a) and G.has_node(b):
            for key, data in G.get_edge_data(a, b, default={}).items():
                found.append(
                    {
                        "claim": data["claims"][0],
                        "subject": a,
                        "relation": data["relation"],
                        "object": b,
                        "modality": data["modality"],
                        "date": data["date"],
                        "sentence": data["sentence"],
                        "id": key,
                    }
                )
    return found


def _ties(A: nx.Graph, actor: str, sign: int, n: int, G: nx.MultiDiGraph | None) -> list[dict[str, Any]]:
    if actor not in A:
        return []
    ties = []
    for other, edge in A[actor].items():
        if edge["sign"] == sign:
            ties.append(
                {
                    "actor": other,
                    "label": A.nodes[other].get("label", other),
                    "weight": edge["weight"],
                    "cooperation": round(edge["cooperation"], 3),
                    "conflict": round(edge["conflict"], 3),
                    "claims": list(edge["claims"]),
                    "evidence": _evidence(G, actor, other),
                }
            )
    ties.sort(key=lambda t: (-abs(t["weight"]), t["actor"]))
    return ties[:n]


def partners(A: nx.Graph, actor: str, *, n: int = 10, G: nx.MultiDiGraph | None = None) -> list[dict[str, Any]]:
    """The actor's cooperative ties, strongest first (pass ``G`` to attach the sentences)."""
    return _ties(A, actor, 1, n, G)


def adversaries(A: nx.Graph, actor: str, *, n: int = 10, G: nx.MultiDiGraph | None = None) -> list[dict[str, Any]]:
    """The actor's hostile ties, strongest first (pass ``G`` to attach the sentences)."""
    return _ties(A, actor, -1, n, G)


def _hops(A: nx.Graph, path: list[str], G: nx.MultiDiGraph | None) -> list[dict[str, Any]]:
    return [
        {
            "from": u,
            "to": v,
            "weight": A[u][v]["weight"],
            "claims": list(A[u][v]["claims"]),
            "evidence": _evidence(G, u, v),
        }
        for u, v in itertools.pairwise(path)
    ]


def explain_connection(
    A: nx.Graph, source: str, target: str, *, G: nx.MultiDiGraph | None = None
) -> dict[str, list[dict[str, Any]]]:
    """How two actors are connected: the shortest path and the strongest path, hop by hop with claims.

    The strongest path minimises the sum of ``1 / strength`` over its ties, so it
    prefers a chain of strong ties to a single weak one.

    Example:
        >>> from kg.graph.projection import alliance_graph, claims_graph, example_claims
        >>> A = alliance_graph(claims_graph(example_claims()))
        >>> [hop["to"] for hop in explain_connection(A, "actor:CHN", "actor:UKR")["shortest"]]
        ['actor:RUS', 'actor:UKR']
    """
    if source not in A or target not in A or not nx.has_path(A, source, target):
        return {"shortest": [], "strongest": []}
    shortest = nx.shortest_path(A, source, target)
    strongest = nx.shortest_path(A, source, target, weight=lambda _u, _v, d: 1.0 / max(d["strength"], 1e-6))
    return {"shortest": _hops(A, shortest, G), "strongest": _hops(A, strongest, G)}


def structural_balance(A: nx.Graph, *, max_exact: int = 16) -> dict[str, Any]:
    """Split the signed graph into two camps with the fewest (weighted) frustrated ties.

    A tie is frustrated when allies sit in different camps or enemies in the same
    camp.  Components of up to ``max_exact`` actors are solved exactly; larger
    ones by greedy single-actor moves from a spanning-tree colouring.

    Returns:
        ``{"camps": [[...], [...]], "frustrated": [{"u","v","weight"}], "frustration": float}``
    """
    signed = nx.Graph((u, v, d) for u, v, d in A.edges(data=True) if d["sign"] != 0)
    side: dict[str, int] = {}

    def cost(nodes: list[str], assignment: dict[str, int]) -> float:
        total = 0.0
        for u, v, d in signed.subgraph(nodes).edges(data=True):
            same = assignment[u] == assignment[v]
            if (d["sign"] > 0) != same:
                total += d["strength"]
        return total

    for component in sorted(nx.connected_components(signed), key=lambda c: sorted(c)):
        nodes = sorted(component)
        if len(nodes) <= max_exact:
            best, best_cost = None, float("inf")
            for bits in range(2 ** (len(nodes) - 1)):
                assignment = {node: (bits >> i) & 1 if i < len(nodes) - 1 else 0 for i, node in enumerate(nodes)}
                c = cost(nodes, assignment)
                if c < best_cost:
                    best, best_cost = assignment, c
            assert best is not None
            side.update(best)
            continue
        root = nodes[0]
        assignment = {root: 0}
        for u, v in nx.bfs_edges(signed, root):
            assignment[v] = assignment[u] if signed[u][v]["sign"] > 0 else 1 - assignment[u]
        improved = True
        while improved:
            improved = False
            for node in nodes:
                before = cost(nodes, assignment)
                assignment[node] = 1 - assignment[node]
                if cost(nodes, assignment) < before - 1e-9:
                    improved = True
                else:
                    assignment[node] = 1 - assignment[node]
        side.update(assignment)
    # Larger camp first, then by name, so output is stable.
    camps = sorted((sorted(n for n, s in side.items() if s == k) for k in (0, 1)), key=lambda c: (-len(c), c))
    camps = [c for c in camps if c]
    frustrated = [
        {"u": u, "v": v, "weight": d["weight"]}
        for u, v, d in signed.edges(data=True)
        if (d["sign"] > 0) != (side[u] == side[v])
    ]
    return {
        "camps": camps,
        "frustrated": frustrated,
        "frustration": round(sum(abs(f["weight"]) for f in frustrated), 6),
    }


def blocs(A: nx.Graph, *, seed: int = 0) -> dict[str, Any]:
    """Blocs: communities of the cooperation graph, and the structural-balance split of the signed graph.

    Example:
        >>> from kg.graph.projection import alliance_graph, claims_graph, example_claims
        >>> result = blocs(alliance_graph(claims_graph(example_claims())))
        >>> result["camps"]
        [['actor:CHN', 'actor:PRK', 'actor:RUS'], ['actor:UKR', 'actor:USA']]
    """
    cooperation = nx.Graph()
    cooperation.add_nodes_from(A.nodes)
    cooperation.add_edges_from((u, v, {"weight": d["weight"]}) for u, v, d in A.edges(data=True) if d["weight"] > 0)
    communities = nx.community.louvain_communities(cooperation, weight="weight", seed=seed) if len(cooperation) else []
    ordered = sorted((sorted(c) for c in communities), key=lambda c: (-len(c), c))
    balance = structural_balance(A)
    return {"communities": ordered, **balance}


def _matches_item(data: dict[str, Any], item: str | None) -> bool:
    if item is None:
        return True
    wanted = item.casefold()
    vocab = load_vocabulary()
    for commodity in data.get("commodities", []):
        current: str | None = commodity
        while current:
            concept = vocab.commodities.get(current)
            if current.casefold() == wanted or (concept and concept.label.casefold() == wanted):
                return True
            current = concept.broader if concept else None
    return any(wanted in text.casefold() for text in data.get("items", []))


def supply_chains(G: nx.MultiDiGraph, *, item: str | None = None, max_length: int = 4) -> list[list[dict[str, Any]]]:
    """Who supplies whom, directly and through intermediaries: maximal directed chains of supply edges.

    Args:
        G: A claims graph.
        item: Keep supply edges carrying this commodity (``arms`` includes artillery and missiles)
            or whose item text contains it.
        max_length: Longest chain, in hops.

    Returns:
        Chains, longest first; each a list of hops ``{"from","to","items","claims","sentences"}``.
    """
    supply = nx.DiGraph()
    for u, v, data in G.edges(data=True):
        if data["relation"] != "supplies" or not _matches_item(data, item):
            continue
        if not supply.has_edge(u, v):
            supply.add_edge(u, v, items=[], claims=[], sentences=[])
        edge = supply[u][v]
        edge["items"].extend(i for i in data["items"] if i not in edge["items"])
        edge["claims"].extend(data["claims"])
        edge["sentences"].append(data["sentence"])
    chains: list[list[str]] = []

    def extend(path: list[str]) -> None:
        grown = False
        if len(path) - 1 < max_length:
            for nxt in sorted(supply.successors(path[-1])):
                if nxt not in path:
                    grown = True
                    extend([*path, nxt])
        if not grown and len(path) > 1:
            chains.append(path)

    for start in sorted(supply.nodes):
        extend([start])
    # Drop chains contained in a longer one.
    maximal = [c for c in chains if not any(len(o) > len(c) and _contains(o, c) for o in chains)]
    maximal.sort(key=lambda c: (-len(c), c))
    return [
        [
            {"from": u, "to": v, **{k: list(val) for k, val in supply[u][v].items()}}
            for u, v in itertools.pairwise(chain)
        ]
        for chain in maximal
    ]


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def centrality(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Who is the hub: PageRank on the directed claims graph, betweenness on its undirected shadow.

    Window the graph first (``claims_graph(..., start=, end=)``) for centrality per period.
    """
    if len(G) == 0:
        return []
    directed = nx.DiGraph()
    directed.add_nodes_from(G.nodes)
    for u, v, data in G.edges(data=True):
        weight = directed[u][v]["weight"] if directed.has_edge(u, v) else 0.0
        directed.add_edge(u, v, weight=weight + data["confidence"])
    rank = nx.pagerank(directed, weight="weight")
    between = nx.betweenness_centrality(directed.to_undirected())
    rows = [
        {
            "actor": node,
            "label": G.nodes[node].get("label", node),
            "pagerank": round(rank[node], 6),
            "betweenness": round(between[node], 6),
            "degree": G.degree(node),
        }
        for node in G.nodes
    ]
    rows.sort(key=lambda r: (-r["pagerank"], r["actor"]))
    return rows


def contested(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Claims that some put forward and others deny: same dyad and relation, opposite stances.

    ``G`` must keep every modality: ``claims_graph(claims, modalities=None)``.

    Example:
        >>> from kg.graph.projection import claims_graph, example_claims
        >>> found = contested(claims_graph(example_claims(), modalities=None))
        >>> [(c["subject"], c["relation"], c["object"]) for c in found]
        [('actor:PRK', 'supplies', 'actor:RUS')]
    """
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for u, v, data in G.edges(data=True):
        groups[(u, data["relation"], v)].append(data)
    found = []
    for (u, relation, v), edges in sorted(groups.items()):
        positive = [e for e in edges if e["modality"] in {"asserted", "reported"}]
        negative = [e for e in edges if e["modality"] in {"denied", "negated"}]
        if positive and negative:

            def stance(e: dict[str, Any]) -> dict[str, Any]:
                return {"by": e["attributed_to"] or "(the article)", "modality": e["modality"], "date": e["date"],
                        "sentence": e["sentence"], "claim": e["claims"][0]}  # fmt: skip

            found.append(
                {
                    "subject": u,
                    "relation": relation,
                    "object": v,
                    "asserted": [stance(e) for e in positive],
                    "denied": [stance(e) for e in negative],
                }
            )
    return found


def changes(before: nx.Graph, after: nx.Graph, *, threshold: float = 0.5) -> list[dict[str, Any]]:
    """Ties that appeared, vanished, strengthened, weakened or flipped sign between two alliance graphs.

    Args:
        before: Alliance graph of the earlier window.
        after: Alliance graph of the later window.
        threshold: Smallest change of weight that counts as strengthening or weakening.

    Example:
        >>> a, b = nx.Graph(), nx.Graph()
        >>> a.add_edge("x", "y", weight=1.0); b.add_edge("x", "y", weight=3.0); b.add_edge("y", "z", weight=-2.0)
        >>> [(c["pair"], c["change"]) for c in changes(a, b)]
        [(('x', 'y'), 'strengthened'), (('y', 'z'), 'appeared')]
    """
    pairs: Iterable[tuple[str, str]] = {tuple(sorted((u, v))) for u, v in [*before.edges, *after.edges]}  # type: ignore[misc]
    rows = []
    for u, v in sorted(pairs):
        old = before[u][v]["weight"] if before.has_edge(u, v) else None
        new = after[u][v]["weight"] if after.has_edge(u, v) else None
        if old is None:
            change = "appeared"
        elif new is None:
            change = "vanished"
        elif (old > 0) != (new > 0) and old != 0 and new != 0:
            change = "flipped"
        elif abs(new) - abs(old) >= threshold:
            change = "strengthened"
        elif abs(old) - abs(new) >= threshold:
            change = "weakened"
        else:
            continue
        rows.append({"pair": (u, v), "change": change, "before": old, "after": new})
    return rows
