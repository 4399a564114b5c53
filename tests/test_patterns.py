"""Every regular expression in tillit is linear by construction: no unbounded repetition of a
group that can itself repeat, unless the repetition is possessive or the group atomic.

Such a nested repetition is what makes a backtracking engine take exponential or quadratic time
on a crafted line; with it ruled out there is no need for a wall-clock guard, and a parse gives
the same answer on a busy machine as on an idle one."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import tillit
import tillit.extract
from tillit import patterns as P

#: An unbounded quantifier (greedy or lazy, not possessive) in a stripped pattern; a "+" right
#: after another quantifier makes that one possessive and is not a quantifier itself.
_UNBOUNDED = regex.compile(r"(?<![*+?}])(?:[*+]|\{\d*,\})\??(?!\+)")


def _modules() -> Iterator[str]:
    for pkg in (tillit, tillit.extract):
        for info in pkgutil.iter_modules(pkg.__path__):
            if info.name != "__main__":
                yield f"{pkg.__name__}.{info.name}"


def _patterns() -> list[tuple[str, str]]:
    """Every compiled pattern (``regex`` or ``re``, text or bytes) held by a tillit module."""
    found: dict[int, tuple[str, str]] = {}
    for name in _modules():
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if isinstance(value, (regex.Pattern, re.Pattern)):
                source = value.pattern
                text = source.decode("latin-1") if isinstance(source, bytes) else source
                found.setdefault(id(value), (f"{name}.{attr}", text))
    return list(found.values())


def _strip(source: str) -> str:
    """The pattern with each character class and escape as one letter and without verbose
    comments and spaces, so that only structure (groups and quantifiers) is left."""
    out, i = [], 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            end = i + 2
            if source[i + 1:i + 2] in ("p", "P", "N") and source[end:end + 1] == "{":
                end = source.index("}", end) + 1
            out.append("E")
            i = end
        elif c == "[":
            j = i + 1 + (source[i + 1:i + 2] == "^")
            j += source[j:j + 1] == "]"
            while j < len(source) and source[j] != "]":
                j += 2 if source[j] == "\\" else 1
            out.append("C")
            i = j + 1
        elif c == "#":
            end = source.find("\n", i)
            i = len(source) if end < 0 else end
        elif c in " \t\n":
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def nested_repetitions(source: str) -> list[str]:
    """Groups repeated without bound, not possessively, whose body repeats without bound."""
    text, stack, bad = _strip(source), [], []
    for i, c in enumerate(text):
        if c == "(":
            stack.append(i)
        elif c == ")" and stack:
            start = stack.pop()
            group, after = text[start:i + 1], text[i + 1:i + 12]
            outer = _UNBOUNDED.match(after)
            if outer is None or any(text.startswith("(?>", s) for s in (*stack, start)):
                continue
            if _UNBOUNDED.search(group[1:-1]):
                bad.append(group + after[:outer.end()])
    return bad


PATTERNS = _patterns()


def test_the_audit_sees_the_patterns() -> None:
    names = {name for name, _ in PATTERNS}
    assert {"tillit.patterns.SIGNATURE", "tillit.dates._DATES", "tillit.text._EDITS"} <= names
    assert len(PATTERNS) > 50


@pytest.mark.parametrize(("shape", "nested"), [
    (r"(?:a+)*", True),
    (r"(?:[ ]*,)+x", True),
    (r"(?:-\p{Ll}+)*+", False),
    (r"(?>(?:a+)*)", False),
    (r"(?:a+){1,4}", False),
    (r"(?:a+\))*", True),
    (r"(?:\+a)*", False),
    (r"(?:\p{Lu}\p{Ll}+)*", True),
    (r"(?:[ ]*+,)+", False),
    (r"(?:a{2,}+b)+", False),
    (r"(?:a+?b)+", True),
])
def test_the_audit_tells_nested_repetition(shape: str, nested: bool) -> None:
    assert bool(nested_repetitions(shape)) is nested


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_no_pattern_repeats_a_repeating_group(name: str, pattern: str) -> None:
    assert nested_repetitions(pattern) == []


_WORDS = st.lists(st.text(alphabet="aAbBåÅ -", min_size=1, max_size=5), min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(words=_WORDS, data=st.data(), ignore_case=st.booleans(), fold=st.booleans())
def test_word_lists_match_as_the_longest_listed_form(words: list[str], data: st.DataObject,
                                                      ignore_case: bool, fold: bool) -> None:
    """Cue lists compile to tries; a trie finds what the list sorted longest-first finds."""
    words = [" ".join(w.split()) for w in words if w.strip()] or ["a"]
    pieces = st.sampled_from([*words, *(w.swapcase() for w in words), "x", " "])
    text = data.draw(st.lists(pieces, max_size=6).map("".join))
    flags = regex.VERSION1 | regex.VERBOSE | (regex.IGNORECASE if ignore_case else 0)
    longest_first = sorted(set(words), key=lambda w: (-len(w), w))
    flat = "|".join(regex.escape(w).replace("\\ ", "[ ]+") for w in longest_first)
    trie = P._alt(words, fold=fold and ignore_case)
    for suffix in ("", "(?!a)", "x"):
        want = regex.search(f"(?:{flat}){suffix}", text, flags)
        got = regex.search(f"(?:{trie}){suffix}", text, flags)
        assert (got and got.span()) == (want and want.span())
