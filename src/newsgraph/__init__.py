"""newsgraph: news to source-attributed, structured data.

    >>> import newsgraph
    >>> doc = newsgraph.extract(html_or_text)
    >>> doc.to_dict()["quotes"]
"""

from newsgraph import model as _model
from newsgraph.api import ExtractionError, extract, extract_files
from newsgraph.model import Actor, Article, Doc, DocumentError, Event, Quote, Span
from newsgraph.pipeline import Pipeline

__version__ = "0.1.0"
# True when the analysis modules were compiled with mypyc at install time (see setup.py): the
# same results, faster
COMPILED = not _model.__file__.endswith(".py")
__all__ = [
    "COMPILED", "Actor", "Article", "Doc", "DocumentError", "Event", "ExtractionError", "Pipeline", "Quote",
    "Span", "__version__", "extract", "extract_files",
]
