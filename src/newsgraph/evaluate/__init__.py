"""Evaluation harnesses kept next to the code: HTML extraction, attribution, events, actors."""
