"""An interactive graph view that works offline: vis-network inlined by pyvis, no CDN.

Example:
    >>> from kg.graph.projection import alliance_graph, claims_graph, example_claims
    >>> page = interactive_html(alliance_graph(claims_graph(example_claims())))   # doctest: +SKIP
    >>> "cdn." in page                                                              # doctest: +SKIP
    False
"""

from __future__ import annotations

import html
import re
from typing import Any

import networkx as nx

__all__ = ["iframe", "interactive_html"]

_REMOTE = re.compile(r"<(?:link|script)[^>]*(?:href|src)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.I)


def interactive_html(A: nx.Graph, *, height: str = "520px", camps: list[list[str]] | None = None) -> str:
    """A self-contained HTML page of the alliance graph: green ties cooperate, red ties conflict.

    Args:
        A: An alliance graph (edges with ``weight``) or any networkx graph.
        height: Height of the canvas.
        camps: Optional camps (from :func:`kg.graph.blocs`) to colour the nodes by.
    """
    try:
        from pyvis.network import Network
    except ImportError as error:  # pragma: no cover - depends on the optional extra
        raise ImportError("the interactive view needs pyvis: pip install 'geokg[notebooks]'") from error
    palette = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2"]
    camp_of = {node: i for i, camp in enumerate(camps or []) for node in camp}
    net = Network(height=height, width="100%", cdn_resources="in_line", directed=A.is_directed())
    for node, data in A.nodes(data=True):
        colour = palette[camp_of[node] % len(palette)] if node in camp_of else "#9c9c9c"
        net.add_node(str(node), label=str(data.get("label", node)), title=str(data.get("code") or node), color=colour)
    for u, v, data in A.edges(data=True):
        weight = float(data.get("weight", data.get("goldstein", 0.0)) or 0.0)
        colour = "#2ca02c" if weight > 0 else "#d62728" if weight < 0 else "#999999"
        label = ", ".join(sorted(set(data.get("relations", [data.get("relation", "")])))) if data else ""
        net.add_edge(str(u), str(v), color=colour, value=abs(weight) or 1.0, title=f"{label} ({weight:+.1f})")
    page = net.generate_html(notebook=False)
    return _REMOTE.sub("", page)


def iframe(page: str, height: int = 540) -> Any:
    """Show a self-contained page inline in Jupyter (an iframe with ``srcdoc``)."""
    from IPython.display import HTML

    return HTML(f'<iframe srcdoc="{html.escape(page)}" style="width:100%;height:{height}px;border:0"></iframe>')
