"""HTML and XML (TEI) input: tags become line structure, text keeps its original offsets.

Block elements end a paragraph, ``<br>`` ends a line, ``<h1>``–``<h6>`` become Markdown
headings and ``<li>`` a list item, so segmentation sees what a reader of the page sees.
Scripts, styles, navigation and TEI running headers (``<fw>``) are dropped; entities are
decoded; whitespace inside text collapses as a browser collapses it. The scanner uses
``str.find`` only, so it is linear in the input even for unclosed tags and comments.
"""

from __future__ import annotations

import html
import re

import regex

from tillit.text import Builder, Mapped, clean_char

#: Elements whose whole content is furniture, not text.
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "nav", "fw", "teiheader",
                   "head", "iframe", "object", "select", "button"})
_BLOCK = frozenset({"p", "div", "section", "article", "header", "footer", "main", "aside",
                    "blockquote", "ul", "ol", "table", "tr", "title", "dt", "dd", "pre",
                    "figure", "figcaption", "form", "fieldset", "address", "body", "html",
                    "text", "tei", "lb", "ab", "note", "list", "item", "label", "td", "th"})
_LINE = frozenset({"br", "lb"})
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_TAG_NAME = regex.compile(r"</?\s*([A-Za-z][\w:.-]*)")
_ENTITY = regex.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MARKUP_HINT = regex.compile(
    r"<(?:\?xml|!DOCTYPE|html|body|TEI|p|div|br|h[1-6]|li|span|a)[\s>/]", regex.IGNORECASE
)


def looks_like_markup(text: str) -> bool:
    """True when the text is an HTML or XML document rather than text with a stray "<"."""
    head = text.lstrip()[:2000]
    return head.startswith("<") and len(_MARKUP_HINT.findall(text[:20000])) >= 2


def strip_markup(src: Mapped) -> Mapped:
    """Turn markup into text with line structure, mapping each character to its origin."""
    text = src.text
    out = Builder()
    n = len(text)
    pos = 0
    skip_until: str | None = None
    pending_space = False
    tags: dict[str, tuple[str, bool, str]] = {}  # the same few tags recur thousands of times
    # src.at(i) where the page is one run without entities (a text without CR): i + offset.
    offset = src.offset_of_run()

    while pos < n:
        lt = text.find("<", pos)
        chunk_end = n if lt < 0 else lt
        if skip_until is None and chunk_end > pos:
            if not pending_space and (word := text[pos:chunk_end]).isalnum():
                # _text of one word, spelt out: most nodes
                if offset is None:
                    out.add_slice(src, pos, chunk_end)
                else:
                    out.add_run(word, pos + offset)
            else:
                pending_space = _text(src, pos, chunk_end, out, pending_space,
                                      offset is not None)
        if lt < 0:
            break
        if text.startswith("<!--", lt):
            end = text.find("-->", lt + 4)
            pos = n if end < 0 else end + 3
            continue
        gt = text.find(">", lt + 1)
        if gt < 0:
            if skip_until is None:
                pending_space = _text(src, lt, n, out, pending_space)
            break
        pos = gt + 1
        tag = text[lt:pos]
        read = tags.get(tag)
        if read is None:
            read = tags[tag] = _action(tag)
        name, closing, action = read
        if not name:
            continue
        if skip_until is not None:
            if closing and name == skip_until:
                skip_until = None
            continue
        if action == _SKIPS:
            skip_until = name
        elif action:
            at = src.at(lt) if offset is None else lt + offset
            pending_space = False
            out.insert(action, at)
    return out.build()


#: A tag's action: skip the element's content; else the text it inserts ("" for none).
_SKIPS = "skip"


def _action(tag: str) -> tuple[str, bool, str]:
    """A tag's name, whether it closes an element, and what it does (:data:`_SKIPS`, or the
    text it inserts: line breaks, and a heading's or list item's mark)."""
    name, closing, self_closing = _read_tag(tag)
    if name in _SKIP and not closing and not self_closing:
        return name, closing, _SKIPS
    if name in _LINE:
        return name, closing, "\n"
    if name in _HEADINGS:
        return name, closing, "\n\n" if closing else "\n\n" + "#" * _HEADINGS[name] + " "
    if name == "li":
        return name, closing, "\n" if closing else "\n- "
    if name in _BLOCK or name in ("pb",):
        return name, closing, "\n\n"
    return name, closing, ""


def _read_tag(tag: str) -> tuple[str, bool, bool]:
    """A tag's local name in lower case ("" when it is no tag, "<3>"), whether it closes an
    element ("</p>") and whether it closes itself ("<br/>")."""
    m = _TAG_NAME.match(tag)
    if m is None:
        return "", False, False
    return (m.group(1).lower().split(":")[-1], tag[1:m.start(1)].strip() == "/",
            tag[-2] == "/")


#: A run of characters that are not white space (``re``'s ``\s`` is :meth:`str.isspace`).
_WORD = re.compile(r"\S+")


def _text(src: Mapped, start: int, end: int, out: Builder, pending_space: bool,
          one_run: bool = False) -> bool:
    """Append a text node with whitespace collapsed and entities decoded; return trailing space.

    ``one_run``: ``src`` is one run (its characters' sources are consecutive), so words joined
    by single spaces are added as one slice: the spaces the word loop inserts map to the
    source's own spaces, and the runs come out the same."""
    text = src.text
    chunk = text[start:end]
    if chunk.isalnum() or (one_run and "&" not in chunk and " ".join(chunk.split()) == chunk):
        # One word (the usual text of an element), or words with single spaces: no scan.
        if pending_space:
            out.space(src.at(start - 1))
        if one_run:
            out.add_run(chunk, src.at(start))
        else:
            out.add_slice(src, start, end)
        return False
    if text.find("&", start, end) < 0:  # no entities: whole words at a time
        pos = start
        for m in _WORD.finditer(text, start, end):
            i, j = m.span()
            if pending_space or i > pos:
                out.space(src.at(i - 1))
                pending_space = False
            out.add_slice(src, i, j)
            pos = j
        return pending_space or pos < end
    i = start
    while i < end:
        ch = text[i]
        if ch.isspace():
            pending_space = True
            i += 1
            continue
        if pending_space:
            out.insert(" ", src.at(i - 1))
            pending_space = False
        if ch == "&":
            m = _ENTITY.match(text, i, end)
            if m:
                unescaped = html.unescape(m.group(0))
                if unescaped == m.group(0):
                    out.add_slice(src, i, m.end())  # unknown entity: kept as written
                else:
                    # The decoded text stands for the whole entity "&…;".
                    decoded = "".join(clean_char(c) for c in unescaped)
                    out.insert(decoded, src.at(i), until=src.at(m.end() - 1) + 1)
                i = m.end()
                continue
        j = i + 1
        while j < end and not text[j].isspace() and text[j] != "&":
            j += 1
        out.add_slice(src, i, j)
        i = j
    return pending_space
