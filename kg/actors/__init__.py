"""Actors: the gazetteer and the ``geo_actors`` spaCy component."""

from kg.actors.gazetteer import ActorRecord, Gazetteer, Tenure, load_gazetteer, read_petrarch_actors
from kg.actors.resolver import (
    ActorMention,
    ActorResolver,
    mention_for,
    mentions_for,
    register_extensions,
    sector_actor,
)

__all__ = [
    "ActorMention",
    "ActorRecord",
    "ActorResolver",
    "Gazetteer",
    "Tenure",
    "load_gazetteer",
    "mention_for",
    "mentions_for",
    "read_petrarch_actors",
    "register_extensions",
    "sector_actor",
]
