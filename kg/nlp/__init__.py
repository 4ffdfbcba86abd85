"""NLP: the spaCy pipeline and its geokg components."""

from kg.nlp.pipeline import DEFAULT_MODEL, article_docs, extract_claims, load_pipeline, model_name

__all__ = ["DEFAULT_MODEL", "article_docs", "extract_claims", "load_pipeline", "model_name"]
