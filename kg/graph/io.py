"""Write graphs for Gephi, yEd and web viewers: GraphML, GEXF and node-link JSON.

List and date attributes are flattened to strings, since GraphML and GEXF take
only scalars; the JSON form keeps them as lists.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx

from kg.outputs import replaced_atomically

__all__ = ["GRAPH_FORMATS", "write_graph"]

GRAPH_FORMATS = ("graphml", "gexf", "json")


def _scalar(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list | tuple | set):
        return "; ".join(str(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _flat(G: nx.Graph) -> nx.Graph:
    flat = G.__class__()
    flat.add_nodes_from((n, {k: _scalar(v) for k, v in d.items()}) for n, d in G.nodes(data=True))
    if G.is_multigraph():
        flat.add_edges_from(
            (u, v, k, {a: _scalar(b) for a, b in d.items()}) for u, v, k, d in G.edges(keys=True, data=True)
        )
    else:
        flat.add_edges_from((u, v, {a: _scalar(b) for a, b in d.items()}) for u, v, d in G.edges(data=True))
    return flat


def write_graph(G: nx.Graph, path: str | Path, format: str = "graphml") -> None:
    """Write ``G`` as GraphML, GEXF or node-link JSON (readable by networkx's own readers); the
    file is replaced only when complete."""
    if format not in GRAPH_FORMATS:
        raise ValueError(f"unknown graph format {format!r}; use one of {', '.join(GRAPH_FORMATS)}")
    with replaced_atomically(path) as partial:
        if format == "graphml":
            nx.write_graphml(_flat(G), partial)
        elif format == "gexf":
            nx.write_gexf(_flat(G), partial)
        else:
            data = nx.node_link_data(G, edges="links")
            partial.write_text(json.dumps(data, default=_scalar, ensure_ascii=False, indent=1), encoding="utf-8")
