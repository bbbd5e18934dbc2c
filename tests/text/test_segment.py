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
