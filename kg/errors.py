"""The error hierarchy.  Every error says what went wrong, where, and what to do.

Each class carries a short code (``[KG101]``) so that users can search for it.
"""

from __future__ import annotations

__all__ = [
    "InputError",
    "KGError",
    "ModelNotFoundError",
    "OntologyError",
    "QueryError",
    "StoreError",
    "StoreInUseError",
]


class KGError(Exception):
    """Base class of every error geokg raises on purpose."""

    code = "KG000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")


class InputError(KGError):
    """An input file or record cannot be read (names the file, line and problem)."""

    code = "KG101"


class StoreError(KGError):
    """The store cannot be opened, read or written."""

    code = "KG201"


class StoreInUseError(StoreError):
    """Another process holds the embedded store open for writing."""

    code = "KG202"


class QueryError(KGError):
    """A SPARQL query is malformed or cannot run."""

    code = "KG301"


class ModelNotFoundError(KGError):
    """The spaCy pipeline named by ``KG_SPACY_MODEL`` is not installed."""

    code = "KG401"


class OntologyError(KGError):
    """An ontology or actor file is malformed."""

    code = "KG501"
