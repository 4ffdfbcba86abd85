"""Relations: claims from the dependency parse, with modality, attribution and time."""

from kg.relations.conventions import domestic_force, speaker_accusations
from kg.relations.extractor import EXTRACTOR_NAME, RelationExtractor, extract_items
from kg.relations.modality import ModalityReading, read_modality
from kg.relations.patterns import ArgumentWords, CodedVerb, argument_words, match_verb
from kg.relations.timex import resolve_time

__all__ = [
    "EXTRACTOR_NAME",
    "ArgumentWords",
    "CodedVerb",
    "ModalityReading",
    "RelationExtractor",
    "argument_words",
    "domestic_force",
    "extract_items",
    "match_verb",
    "read_modality",
    "resolve_time",
    "speaker_accusations",
]
