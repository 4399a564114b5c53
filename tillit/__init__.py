"""tillit: Swedish political documents (motioner, press releases) as validated, typed data.

>>> import tillit
>>> doc = tillit.parse(open("seeds/004_1bb6f32811f21775.txt", encoding="utf-8").read())
>>> doc.organisation, [p.text for p in doc.proposals][0][:20]
('Lunds kommun', 'Lunds kommun påbörja')
"""

from tillit.api import DEFAULT_MAX_CHARS, parse
from tillit.dates import DateMention, find_dates
from tillit.errors import (
    EmptyDocumentError,
    InputTooLarge,
    ParseTimeout,
    ParseWarningError,
    TillitError,
)
from tillit.models import (
    SCHEMA_VERSION,
    Diagnostic,
    Document,
    Evidence,
    Paragraph,
    Party,
    Proposal,
    Signatory,
)
from tillit.spans import Span

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MAX_CHARS",
    "SCHEMA_VERSION",
    "DateMention",
    "Diagnostic",
    "Document",
    "EmptyDocumentError",
    "Evidence",
    "InputTooLarge",
    "Paragraph",
    "ParseTimeout",
    "ParseWarningError",
    "Party",
    "Proposal",
    "Signatory",
    "Span",
    "TillitError",
    "__version__",
    "find_dates",
    "parse",
]
