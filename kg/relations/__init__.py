"""Relations: claims from the dependency parse, with modality, attribution and time."""

from kg.relations.extractor import EXTRACTOR_NAME, RelationExtractor, extract_items
from kg.relations.modality import ModalityReading, read_modality
from kg.relations.timex import resolve_time

__all__ = ["EXTRACTOR_NAME", "ModalityReading", "RelationExtractor", "extract_items", "read_modality", "resolve_time"]
