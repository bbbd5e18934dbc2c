"""Text: paragraphs, sentences and tokens, all as offsets into the article text."""

from newsgraph.text.segment import Token, paragraph_spans, segment, sentence_spans, tokenize

__all__ = ["Token", "paragraph_spans", "segment", "sentence_spans", "tokenize"]
