"""Ingest: files, folders, JSON Lines and stdin into articles."""

from kg.ingest.readers import IngestIssue, decode, read_inputs, read_jsonl, read_path, read_text_article

__all__ = ["IngestIssue", "decode", "read_inputs", "read_jsonl", "read_path", "read_text_article"]
