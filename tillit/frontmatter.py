"""A Markdown file's front matter (Jekyll, Hugo): metadata lines become the text a page shows.

A file that opens with ``---``, then ``key: value`` lines (a key's list items on ``- item``
lines), then ``---``, carries its title, publication date and authors there, not in the text.
The title becomes a heading line, the date a publication line, the authors the lines under a
signer label: the forms the later stages read on a web page, so no stage needs to know about
front matter. Every value keeps its original offsets; an inserted label maps to its key. The
other keys (tags, image, layout) are dropped. Which keys count, and the labels, come from
``cues.toml`` ``[front_matter]``.
"""

from __future__ import annotations

from typing import cast

from tillit.lexicon import lexicon
from tillit.text import Builder, Mapped

_CUES = lexicon().cues["front_matter"]
_FIELDS = {key.casefold(): field for field in ("title", "date", "author")
           for key in cast(list[str], _CUES[field])}
_DATE_LABEL = cast(str, _CUES["date_label"])
_AUTHOR_LABEL = cast(str, _CUES["author_label"])
#: Front matter is short: its closing line lies within this many characters of the start.
_REACH = 4000
_FENCE = "---"


def read_front_matter(src: Mapped) -> Mapped:
    """``src`` with its front matter, if it opens with one, turned into text lines."""
    text = src.text
    if not text.startswith(_FENCE):
        return src
    first_end = text.find("\n", 0, _REACH)
    if first_end < 0 or text[:first_end].rstrip() != _FENCE:
        return src
    close = text.find("\n" + _FENCE, first_end, _REACH)
    if close < 0:
        return src
    rest = text.find("\n", close + 1)
    rest = len(text) if rest < 0 else rest
    if text[close + 1:rest].rstrip() != _FENCE:
        return src
    values = _values(text, first_end + 1, close)
    if values is None:
        return src
    out = Builder()
    for field, key, spans in values:
        key_at = src.at(key)
        if field == "title" and spans:
            out.insert("# ", key_at)
            out.add(src.slice(*spans[0]))
        elif field == "date" and spans:
            out.insert(_DATE_LABEL, key_at)
            out.add(src.slice(*spans[0]))
        elif field == "author" and spans:
            for span in spans:  # each under a label of its own: the label names one signer
                out.insert(_AUTHOR_LABEL + "\n", key_at)
                out.add(src.slice(*span))
                out.insert("\n\n", key_at)
            continue
        else:
            continue
        out.insert("\n\n", key_at)
    if rest < len(text):
        out.add(src.slice(rest, len(text)))
    return out.build()


#: A wanted key's field, the key's offset and its values' spans.
_Value = tuple[str, int, list[tuple[int, int]]]


def _values(text: str, start: int, stop: int) -> list[_Value] | None:
    """The wanted keys' values as (field, key offset, value spans); None if a line is neither
    ``key: value``, a list item nor indented (then the fences enclose no front matter)."""
    out: list[_Value] = []
    current: list[tuple[int, int]] | None = None
    at = start
    while at < stop:
        end = text.find("\n", at, stop)
        end = stop if end < 0 else end
        line = text[at:end]
        stripped = line.strip()
        if not stripped:
            pass
        elif stripped.startswith("- ") or line[:1] in (" ", "\t"):
            if current is not None and stripped.startswith("- "):
                lead = at + line.index("-") + 2
                current.append(_unquoted(text, lead, end))
        else:
            key, colon, _ = line.partition(":")
            if not colon or not key.strip() or " " in key.strip():
                return None
            current = None
            field = _FIELDS.get(key.strip().casefold())
            if field is not None:
                current = []
                value_at = at + len(key) + 1
                if text[value_at:end].strip():
                    current.append(_unquoted(text, value_at, end))
                out.append((field, at, current))
        at = end + 1
    return out


def _unquoted(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a value without its outer spaces and quotes."""
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    if end - start >= 2 and text[start] == text[end - 1] and text[start] in "\"'":
        start, end = start + 1, end - 1
    return start, end
