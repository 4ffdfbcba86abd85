"""The alliance graph: networkx projections of the store and analytics over them."""

from kg.graph.analytics import (
    adversaries,
    blocs,
    centrality,
    changes,
    contested,
    explain_connection,
    partners,
    structural_balance,
    supply_chains,
)
from kg.graph.io import GRAPH_FORMATS, write_graph
from kg.graph.projection import DEFAULT_MODALITIES, alliance_graph, claims_graph, country_actor, node_id

__all__ = [
    "DEFAULT_MODALITIES",
    "GRAPH_FORMATS",
    "adversaries",
    "alliance_graph",
    "blocs",
    "centrality",
    "changes",
    "claims_graph",
    "contested",
    "country_actor",
    "explain_connection",
    "node_id",
    "partners",
    "structural_balance",
    "supply_chains",
    "write_graph",
]
