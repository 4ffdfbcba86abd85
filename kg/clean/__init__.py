"""Cleaning: from raw files to story text."""

from kg.clean.text import Header, clean_text, html_to_text, parse_date, read_date, split_header

__all__ = ["Header", "clean_text", "html_to_text", "parse_date", "read_date", "split_header"]
