"""geokg: turn English news into a geopolitical knowledge graph.

``kg.open(store)`` is the entry point for Python users (see :mod:`kg.api`);
heavy parts (spaCy, the store engine) load on first use, so ``import kg`` is fast.

Example:
    >>> import kg
    >>> kg.__version__
    '0.1.0'
"""

from typing import Any

__version__ = "0.1.0"

from kg.errors import InputError, KGError, QueryError, StoreError, StoreInUseError
from kg.model import Actor, Article, Claim, Evidence, Item

__all__ = [
    "Actor",
    "Article",
    "Claim",
    "Evidence",
    "InputError",
    "Item",
    "KGError",
    "KnowledgeGraph",
    "QueryError",
    "StoreError",
    "StoreInUseError",
    "__version__",
    "open",
    "open_graph",
]

_LAZY = {"open": "open_graph", "open_graph": "open_graph", "KnowledgeGraph": "KnowledgeGraph"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from kg import api

        return getattr(api, _LAZY[name])
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
