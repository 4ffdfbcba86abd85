"""geokg: turn English news into a geopolitical knowledge graph.

Example:
    >>> import kg
    >>> kg.__version__
    '0.1.0'
"""

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
    "QueryError",
    "StoreError",
    "StoreInUseError",
    "__version__",
]
