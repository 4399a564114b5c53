"""tillit: Swedish political documents (motioner, press releases) as validated, typed data.

>>> import tillit
>>> doc = tillit.parse(open("seeds/004_1bb6f32811f21775.txt", encoding="utf-8").read())
>>> doc.organisation, [p.text for p in doc.proposals][0][:20]
('Lunds kommun', 'Lunds kommun påbörja')
"""

from tillit import display, riksdagen  # noqa: F401  (they register Document's views)
from tillit.api import DEFAULT_MAX_CHARS, explain, parse
from tillit.batch import ParseFailure, parse_many
from tillit.caches import clear_caches
from tillit.dates import DateMention, find_dates
from tillit.errors import (
    EmptyDocumentError,
    InputTooLarge,
    InvalidTextError,
    ParseTimeout,
    ParseWarningError,
    TillitError,
)
from tillit.evaluate import evaluate
from tillit.export import to_frame, to_rows
from tillit.families import Comparison, Family, compare, families
from tillit.models import (
    SCHEMA_VERSION,
    Addressee,
    Contact,
    Diagnostic,
    Document,
    Evidence,
    Paragraph,
    Party,
    Proposal,
    PublisherContact,
    Question,
    Quote,
    Reference,
    RelatedItem,
    Signatory,
)
from tillit.organisations import Organisation, find_organisation, organisations
from tillit.readers import Source, parse_file, read
from tillit.roles import LineRole, Roles
from tillit.spans import Span

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MAX_CHARS",
    "SCHEMA_VERSION",
    "Addressee",
    "Comparison",
    "Contact",
    "DateMention",
    "Diagnostic",
    "Document",
    "EmptyDocumentError",
    "Evidence",
    "Family",
    "InputTooLarge",
    "InvalidTextError",
    "LineRole",
    "Organisation",
    "Paragraph",
    "ParseFailure",
    "ParseTimeout",
    "ParseWarningError",
    "Party",
    "Proposal",
    "PublisherContact",
    "Question",
    "Quote",
    "Reference",
    "RelatedItem",
    "Roles",
    "Signatory",
    "Source",
    "Span",
    "TillitError",
    "__version__",
    "clear_caches",
    "compare",
    "evaluate",
    "explain",
    "families",
    "find_dates",
    "find_organisation",
    "organisations",
    "parse",
    "parse_file",
    "parse_many",
    "read",
    "to_frame",
    "to_rows",
]
