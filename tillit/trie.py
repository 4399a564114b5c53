"""Word lists as trie-shaped alternations, for the patterns built from the data tables.

The regex engine tries the branches of "w1|w2|…" one by one at every position of a line; a
trie ("j(?:an(?:uari)?|u(?:ni|li))") turns a non-word away after one character, and has no
quantifier to backtrack over. Where one word begins another, the longer is tried first, so a
trie finds what the list sorted longest-first finds.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

#: Each next character to its subtrie; "" marks the end of a word.
Trie = dict[str, "Trie"]


def alternation(words: Iterable[str], gap: str, *, behind: bool = False) -> str:
    """A pattern matching exactly ``words``; a space inside a word matches ``gap``.

    Look-behinds are matched right to left, so for them (``behind=True``) the trie is factored
    on the words' endings instead.
    """
    root: Trie = {}
    for word in words:
        node = root
        spaced = " ".join(word.split())
        for ch in reversed(spaced) if behind else spaced:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _render(root, gap, behind)


def _render(node: Trie, gap: str, behind: bool) -> str:
    branches = []
    for ch, child in sorted(node.items()):
        if ch:
            atom = gap if ch == " " else regex.escape(ch)
            rest = _render(child, gap, behind)
            branches.append(rest + atom if behind else atom + rest)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body
