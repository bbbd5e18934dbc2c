from newsgraph.text import paragraph_spans, sentence_spans, tokenize


def test_sentences_respect_abbreviations_and_initials():
    text = ("Gen. Charles Q. Brown Jr. said the U.S. would not send troops. Mr. Smith disagreed. "
            "\"We'll see,\" he said.\n\nA new paragraph starts here")
    got = [text[s.start : s.end] for s in sentence_spans(text)]
    assert got == ["Gen. Charles Q. Brown Jr. said the U.S. would not send troops.", "Mr. Smith disagreed.",
                   "\"We'll see,\" he said.", "A new paragraph starts here"]


def test_every_span_indexes_the_text():
    text = "  One.  Two!\n\n\nThree?  "
    for span in paragraph_spans(text) + sentence_spans(text):
        assert text[span.start : span.end].strip() == text[span.start : span.end]
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text


def test_tokens_split_possessives_and_keep_numbers():
    assert [t.text for t in tokenize("NATO’s 150,000 re-run O'Brien's")] == \
        ["NATO", "’s", "150,000", "re-run", "O'Brien", "'s"]


def test_tokens_split_contracted_auxiliaries_from_their_pronoun():
    # "they've said": the pronoun is a token of its own, as in "he's"; names and "don't" stay whole
    assert [t.text for t in tokenize("they’ve said I'm sure we'd go, don't O'Brien D'Amato")] == \
        ["they", "’ve", "said", "I", "'m", "sure", "we", "'d", "go", ",", "don't", "O'Brien", "D'Amato"]


def test_token_offsets_survive_unusual_characters():
    """Offsets are recovered with str.find, which relies on every non-space character being in a token."""
    import re

    from newsgraph.text.segment import _TOKEN

    text = "Café\u0301 said\u200b: ‘no’ — O’Brien’s  U.S.-led 3.5%\t\u00a0«ok» _x_ 🙂 re-run\n\nend."
    tokens = tokenize(text)
    assert [(t.start, t.end, t.text) for t in tokens] == [
        (m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert not re.sub(r"\s", "", "".join(ch for i, ch in enumerate(text)
                                         if not any(t.start <= i < t.end for t in tokens)))
    inner = tokenize(text, 5, 30)
    assert inner == [t for t in tokens if t.start >= 5 and t.end <= 30]


def test_a_sentence_may_open_with_doubled_apostrophes():
    # Some wire and newspaper archives write quotation marks as two apostrophes.
    text = "Farmers insist the count was wrong. ''We feel cheated,'' said Ada Voss. She left."
    got = [text[s.start : s.end] for s in sentence_spans(text)]
    assert got == ["Farmers insist the count was wrong.", "''We feel cheated,'' said Ada Voss.", "She left."]


def test_a_closing_quotation_mark_ends_a_sentence_after_an_abbreviation():
    text = 'Asked if she would run, Moreau said, \u201cNo.\u201d The ferry sails at No. 4 pier.'
    assert [text[s.start : s.end] for s in sentence_spans(text)] == [
        'Asked if she would run, Moreau said, \u201cNo.\u201d', "The ferry sails at No. 4 pier."]
