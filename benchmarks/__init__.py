"""Benchmarks and load scripts (not tests): run them as ``python benchmarks/run.py``."""
