"""RDF: the mapping of the data model to RDF, and the store."""

from kg.rdf.mapping import (
    ACTORS_GRAPH,
    CLAIMS_QUERY,
    actor_triples,
    article_iri,
    article_triples,
    claim_iri,
    claim_triples,
)
from kg.rdf.store import DEFAULT_STORE, EXPORT_FORMATS, KnowledgeStore, QueryResult, default_location

__all__ = [
    "ACTORS_GRAPH",
    "CLAIMS_QUERY",
    "DEFAULT_STORE",
    "EXPORT_FORMATS",
    "KnowledgeStore",
    "QueryResult",
    "actor_triples",
    "article_iri",
    "article_triples",
    "claim_iri",
    "claim_triples",
    "default_location",
]
