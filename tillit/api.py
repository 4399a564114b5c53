"""``parse``: runs the stages in order and resolves one value per field.

normalise → segment → line roles → extract (header, proposals, date/place, press or
signatories, questions) and classify → resolve (:mod:`tillit.resolve`: choose among
candidates, infer what the text only implies, say what is missing) → build the validated
:class:`~tillit.models.Document`.
"""

from __future__ import annotations

import re
from typing import Literal

from tillit import build, resolve
from tillit.blocks import segment
from tillit.classify import classify
from tillit.errors import (
    EmptyDocumentError,
    InputTooLarge,
    InvalidTextError,
    ParseWarningError,
)
from tillit.extract import dateplace, header, press, proposals, questions, signatories
from tillit.frontmatter import read_front_matter
from tillit.gcpause import gc_paused
from tillit.markup import looks_like_markup, strip_markup
from tillit.models import Document
from tillit.roles import Roles, assign
from tillit.text import Mapped, normalise

_SURROGATE = re.compile("[\ud800-\udfff]")
#: Default upper bound on input length (characters): about 2,000 pages of text.
DEFAULT_MAX_CHARS = 10_000_000


def parse(text: str, *, source: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
          errors: Literal["collect", "raise"] = "collect", keep_text: bool = False) -> Document:
    """Parse one document's text into a :class:`Document`; spans index into ``text``.

    Raises :class:`TypeError` for a non-string, :class:`EmptyDocumentError` for blank text,
    :class:`InputTooLarge` beyond ``max_chars``, :class:`InvalidTextError` for lone surrogates
    (not valid Unicode). Text that is no known kind of document comes
    back with ``kind="unknown"`` and warnings, not an exception. ``errors="raise"`` turns the
    first warning into :class:`ParseWarningError`; ``keep_text`` stores ``text`` on the result.
    """
    if errors not in ("collect", "raise"):
        raise ValueError(f'errors must be "collect" or "raise", not {errors!r}')
    if not isinstance(text, str):
        raise TypeError(f"tillit.parse expects the document text as str, got {type(text).__name__}"
                        " (decode bytes first, or use a file reader)")
    if len(text) > max_chars:
        raise InputTooLarge(f"text has {len(text):,} characters; the limit is {max_chars:,} "
                            "(pass max_chars= to raise it)")
    if not text.strip():
        raise EmptyDocumentError("the text is empty or only whitespace")
    if (bad := _lone_surrogate(text)) is not None:
        raise InvalidTextError(
            f"lone surrogate U+{ord(bad.group()):04X} at offset {bad.start()}: the text is not "
            "valid Unicode (decode bytes with errors='replace' or fix the source)")
    if source is not None and _SURROGATE.search(source):
        # A file name that is not valid UTF-8 (os.fsdecode's surrogateescape): keep it readable.
        source = source.encode("utf-8", "backslashreplace").decode("utf-8")
    with gc_paused():  # many tiny blocks: collections over them took a third of the time
        doc = _parse(text, source)
    if errors == "raise" and doc.warnings:
        raise ParseWarningError(doc.warnings[0])
    if keep_text:
        doc = doc.model_copy(update={"text": text})
    return doc


def _lone_surrogate(text: str) -> re.Match[str] | None:
    """The first lone surrogate in ``text``: the only code points UTF-8 cannot encode, so a
    text that encodes (a C loop, several times faster than the pattern's scan) has none."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.search(text)
    return None


def explain(text: str) -> Roles:
    """Every line's role and the evidence for it, as :func:`parse` sees them.

    ``print(tillit.explain(text).table())`` shows why a line was taken as a title, a date or
    a signature, or passed over as page furniture.
    """
    if not isinstance(text, str):
        raise TypeError(f"tillit.explain expects str, got {type(text).__name__}")
    return assign(segment(_clean(text)))


def _clean(text: str) -> Mapped:
    clean = read_front_matter(normalise(text))
    if looks_like_markup(clean.text):
        clean = strip_markup(clean)
    return clean


def _parse(text: str, source: str | None) -> Document:
    clean = _clean(text)
    if not clean.text.strip():
        raise EmptyDocumentError("the text holds nothing but invisible marks, markup or whitespace")
    blocks = segment(clean)
    roles = assign(blocks)
    head = header.extract(blocks, roles)
    props = proposals.extract(blocks, roles, text)
    authors, local = resolve.local_authors(blocks, head, props)
    kind, evidence = classify(blocks, roles, head.end, bool(props.items),
                              resolve.riksdag_mark(head) is not None, props.items,
                              head.title is not None)
    fields = resolve.Fields(source=text, blocks=blocks, roles=roles, head=head, props=props,
                            kind=kind, evidence=evidence, authors=authors,
                            when=dateplace.extract(blocks, head.end, roles,
                                                    resolve.session_year(head)))
    if kind == "press_release":
        fields.press = press.extract(blocks, roles, head.title)
        fields.sigs = list(fields.press.signers) or signatories.closing(blocks, roles)
    else:
        fields.sigs, groups = signatories.extract(blocks, roles, head.end, props.used, local)
        fields.authors += groups
    if kind in ("interpellation", "question"):
        fields.extra["addressee"], fields.extra["questions"] = questions.extract(
            blocks, roles, head.end, fields.sigs[0].span.start if fields.sigs else None)
    return build.document(fields, resolve.resolve(fields), source)
