from newsgraph.quotes.marks import find_quotes
from newsgraph.text.segment import paragraph_spans


def quoted(text):
    found = find_quotes(text, paragraph_spans(text))
    return [(text[q.inner.start : q.inner.end], q.runs_on, q.continues) for q in found]


def test_a_quote_left_open_at_a_paragraphs_end_runs_on_and_the_next_continues_it():
    text = ('"The quay stays shut," Moreau said. "We will not reopen it.\n\n'
            '"Not this winter, and not for anyone," she added.')
    assert quoted(text) == [
        ("The quay stays shut,", False, False),
        ("We will not reopen it.", True, False),
        ("Not this winter, and not for anyone,", False, True),
    ]


def test_a_quote_left_open_at_a_lines_end_runs_on_when_a_new_quote_opens_the_next_line():
    text = ("“One kind is polite,” Moreau said. “The other shouts at the dock.\n"
            "“It has been like this for years,” she said.")
    assert [q[0] for q in quoted(text)] == [
        "One kind is polite,", "The other shouts at the dock.", "It has been like this for years,"]


def test_apostrophes_are_not_quotation_marks():
    text = "The port's manager said 'no' to the union's offer."
    assert quoted(text) == [("no", False, False)]
