"""Engines decide where the analysis runs (local processes, Spark); the analysis is the same."""
