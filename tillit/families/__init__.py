"""Motion families: templates that travel between councils, and how each copy differs.

* :func:`compare` — two documents: similarity with names masked, shared passages with spans
  in both texts, substituted names, changed fields, att-satser aligned pairwise.
* :func:`families` — documents that descend from one template (MinHash/LSH over word 5-grams,
  verified exactly), each member described against the template; press releases attached to
  the member they announce.
* :func:`report_html` — a self-contained HTML page of the families.
* :func:`main` — the ``tillit families`` command.

Documents must carry their text (``tillit.parse(text, keep_text=True)`` or
``parse_file(path, keep_text=True)``), or be passed as ``(document, text)`` pairs. See
docs/families.md.

``tillit.families`` the *attribute* of the package is the function :func:`families` (exported
from ``tillit``); this module is reached with ``from tillit.families import ...`` or
``importlib.import_module("tillit.families")``.
"""

from tillit.families._cli import main
from tillit.families._compare import compare
from tillit.families._group import MENTION_THRESHOLD, THRESHOLD, families
from tillit.families._html import report_html
from tillit.families.models import (
    Comparison,
    DocumentTextError,
    Excerpt,
    Family,
    FieldDifference,
    Member,
    Mention,
    ProposalMatch,
    SharedPassage,
    Substitution,
    WordEdit,
)

__all__ = [
    "MENTION_THRESHOLD",
    "THRESHOLD",
    "Comparison",
    "DocumentTextError",
    "Excerpt",
    "Family",
    "FieldDifference",
    "Member",
    "Mention",
    "ProposalMatch",
    "SharedPassage",
    "Substitution",
    "WordEdit",
    "compare",
    "families",
    "main",
    "report_html",
]
