"""Mutations of documents: byte-wise, character-wise and structural (lines, blocks, cue words).

Each mutator takes a ``random.Random`` and a text and returns a new text. Byte-wise mutators work
on the UTF-8 bytes and decode with ``surrogateescape`` half of the time, so broken encodings
reach ``parse`` as lone surrogates, as they do from ``open(..., errors="surrogateescape")``.
"""

from __future__ import annotations

import random
from collections.abc import Callable

Mutator = Callable[[random.Random, str], str]

#: Characters that normalisation, segmentation or the patterns treat specially.
SPECIAL_CHARS = [
    "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\r", "\n", "\t",
    "\u00a0", "\u00ad", "\ufeff", "\u200b", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e",
    "\u2028", "\u2029", "\u2060", "\u3000", "\uf0b7", "\uf0a7", "\u25cf", "\u2022", "\u2013",
    "\u2014", "\u2019", "\u00b4", "\u201d", "\u0301", "\u0308", "\ud800", "\udfff", "\udc80",
    "\U0001f680", "\U0001f44d\U0001f3fd", "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "\u05e9", "\u0627", "\u0416", "\u03a9", "\u6771", "\u0130", "\u0131", "\u00df", "\ufb01",
    "\u2126", "\u212a", "*", "_", "#", ">", "<", "&", "(", ")", "[", "]", ":", ";", ",", ".",
    "-", "/", "|", "!", "?", "\"", "'", "1", "0", " ", "  ",
]
#: Fragments of the conventions: cue words, lines and markup.
FRAGMENTS = [
    "att ", "Att ", "ATT ", "Att: ", "- att ", "1. Att ", "a) att ", "\uf0b7\tatt ", "• att ",
    "Vi yrkar därför:", "Vi yrkar därför", "Vänsterpartiet yrkar därför", "hemställs att ",
    "hemställer härmed att kommunfullmäktige beslutar", "föreslår", "yrkar därför att ",
    "Förslag till beslut", "Förslag till riksdagsbeslut", "Hemställan", "Yrkanden",
    "Motion till kommunfullmäktige i Lund", "Motion till Lunds kommunfullmäktige",
    "Motion till Region Skånes regionfullmäktige", "Motion till riksdagen", "MOTION",
    "Interpellation till", "Enkel fråga", "Medborgarförslag", "Pressmeddelande", "Yrkande",
    "Anna Andersson (S)", "Bengt Berg (båda KD)", "Anna Andersson och Bengt Berg (båda KD)",
    "Eva Lindberg, Socialdemokraterna", "För Vänsterpartiet i Region Örebro län",
    "För den kristdemokratiska fullmäktigegruppen", "/Lina Särén", "Carl af Ugglas (M)",
    "Anna K. Andersson (V)", "gruppledare", "Undertecknare", "Centerpartiet",
    "Sverigedemokraterna i Mark", "Vi socialdemokrater", "Nya Ulricehamn föreslår därför",
    "Gävle 2023-04-04", "Lund den 27 januari 2022", "Karlskoga 181211", "2022-01-27",
    "27 januari 2022", "Inlämnad: 2015-10-06", "Januari 2022", "Lund 27/1 2022",
    "2021/22:4102", "1990/91:A18", "av Anna Andersson m.fl. (KD)", "Nr 5",
    "PERSONALPOLITISK MOTION 10: Tillit", "Av herrar Nilsson i Tvärålund och Johansson, om viss",
    "Lunds kommun", "Region Skåne", "Stockholms läns landsting", "kommunfullmäktige",
    "regionfullmäktige", "riksdagen", ", samt", " samt", ";", "organisa-\ntion",
    "radio-\noch tv", "## ", "#### **", "**", "*", "__", "> ", "[länk](http://x.se/a)",
    "<p>", "</p>", "<br>", "<li>", "<h1>", "</h1>", "<script>", "<!--", "-->", "&amp;",
    "&auml;", "&#0;", "&#xD800;", "&#1114111;", "<?xml version='1.0'?>", "<TEI>", "<fw>",
    "Kontakter", "Dela", "– Det här är bra, säger Sara Svensson", "Title | Site",
    "(", ")", "((((", "))))", "att att att ", "\n\n", "\n", " \n", "\r\n", "\r",
]


def _utf8_decode(rng: random.Random, data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape" if rng.random() < 0.5 else "replace")


def byte_flip(rng: random.Random, text: str) -> str:
    data = bytearray(text.encode("utf-8", "surrogatepass"))
    if not data:
        return text
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)
    return _utf8_decode(rng, bytes(data))


def byte_insert(rng: random.Random, text: str) -> str:
    data = bytearray(text.encode("utf-8", "surrogatepass"))
    i = rng.randint(0, len(data))
    chunk = rng.choice([bytes([rng.randrange(256)]), b"\xc3", b"\xef\xbb\xbf", b"\xc2\xa0",
                        b"\xe2\x80\xae", b"\x00", b"\xff\xfe", b"\xed\xa0\x80", b"\r"])
    data[i:i] = chunk
    return _utf8_decode(rng, bytes(data))


def byte_delete(rng: random.Random, text: str) -> str:
    data = bytearray(text.encode("utf-8", "surrogatepass"))
    if not data:
        return text
    i = rng.randrange(len(data))
    del data[i: i + rng.randint(1, 8)]
    return _utf8_decode(rng, bytes(data))


def char_insert(rng: random.Random, text: str) -> str:
    i = rng.randint(0, len(text))
    ch = rng.choice(SPECIAL_CHARS) if rng.random() < 0.8 else chr(rng.randrange(0x110000))
    return text[:i] + ch * rng.choice([1, 1, 1, 2, 3, 50]) + text[i:]


def char_replace(rng: random.Random, text: str) -> str:
    if not text:
        return text
    i = rng.randrange(len(text))
    return text[:i] + rng.choice(SPECIAL_CHARS) + text[i + 1:]


def chunk_delete(rng: random.Random, text: str) -> str:
    if not text:
        return text
    i = rng.randrange(len(text))
    return text[:i] + text[i + rng.randint(1, 200):]


def chunk_duplicate(rng: random.Random, text: str) -> str:
    if not text:
        return text
    i = rng.randrange(len(text))
    j = min(len(text), i + rng.randint(1, 300))
    return text[:j] + text[i:j] * rng.choice([1, 2, 10]) + text[j:]


def fragment_insert(rng: random.Random, text: str) -> str:
    lines = text.split("\n")
    i = rng.randint(0, len(lines))
    frag = rng.choice(FRAGMENTS)
    if rng.random() < 0.5:
        lines.insert(i, frag)
    else:
        j = min(i, len(lines) - 1)
        pos = rng.randint(0, len(lines[j]))
        lines[j] = lines[j][:pos] + frag + lines[j][pos:]
    return "\n".join(lines)


def word_replace(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    if not words:
        return text
    i = rng.randrange(len(words))
    words[i] = rng.choice(FRAGMENTS).strip() or words[i]
    return " ".join(words)


def _lines_op(op: Callable[[random.Random, list[str]], None]) -> Mutator:
    def mutate(rng: random.Random, text: str) -> str:
        lines = text.split("\n")
        if lines:
            op(rng, lines)
        return "\n".join(lines)
    mutate.__name__ = op.__name__
    return mutate


def _line_duplicate(rng: random.Random, lines: list[str]) -> None:
    i = rng.randrange(len(lines))
    lines[i:i] = [lines[i]] * rng.choice([1, 1, 2, 5, 30])


def _line_delete(rng: random.Random, lines: list[str]) -> None:
    del lines[rng.randrange(len(lines))]


def _line_swap(rng: random.Random, lines: list[str]) -> None:
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]


def _line_move(rng: random.Random, lines: list[str]) -> None:
    line = lines.pop(rng.randrange(len(lines)))
    lines.insert(rng.randint(0, len(lines)), line)


def _line_join(rng: random.Random, lines: list[str]) -> None:
    if len(lines) > 1:
        i = rng.randrange(len(lines) - 1)
        lines[i: i + 2] = [lines[i] + rng.choice([" ", "", "  "]) + lines[i + 1]]


def _line_split(rng: random.Random, lines: list[str]) -> None:
    i = rng.randrange(len(lines))
    words = lines[i].split(" ")
    if len(words) > 1:
        k = rng.randrange(1, len(words))
        lines[i: i + 1] = [" ".join(words[:k]), " ".join(words[k:])]


def _line_blank(rng: random.Random, lines: list[str]) -> None:
    lines.insert(rng.randint(0, len(lines)), rng.choice(["", "", " ", "\t", "   "]))


def _line_case(rng: random.Random, lines: list[str]) -> None:
    i = rng.randrange(len(lines))
    lines[i] = rng.choice([str.upper, str.lower, str.title, str.swapcase])(lines[i])


def _line_mark(rng: random.Random, lines: list[str]) -> None:
    i = rng.randrange(len(lines))
    mark = rng.choice(["- ", "* ", "• ", "\uf0b7\t", "1. ", "12) ", "a) ", "# ", "## ", "> ",
                       "**", "*", "– ", "> > ", "###### "])
    lines[i] = mark + lines[i] + (mark.strip() if mark in ("**", "*") else "")


def _block_repeat(rng: random.Random, lines: list[str]) -> None:
    i = rng.randrange(len(lines))
    j = min(len(lines), i + rng.randint(1, 12))
    lines[j:j] = lines[i:j] * rng.choice([1, 3, 20])


def _html_wrap(rng: random.Random, lines: list[str]) -> None:
    tag = rng.choice(["p", "li", "h2", "div", "td", "script", "fw"])
    i = rng.randrange(len(lines))
    lines[i] = f"<{tag}>{lines[i]}</{tag}>"
    if rng.random() < 0.3:
        lines.insert(0, "<html><body>")


line_duplicate = _lines_op(_line_duplicate)
line_delete = _lines_op(_line_delete)
line_swap = _lines_op(_line_swap)
line_move = _lines_op(_line_move)
line_join = _lines_op(_line_join)
line_split = _lines_op(_line_split)
line_blank = _lines_op(_line_blank)
line_case = _lines_op(_line_case)
line_mark = _lines_op(_line_mark)
block_repeat = _lines_op(_block_repeat)
html_wrap = _lines_op(_html_wrap)

BYTEWISE: list[Mutator] = [byte_flip, byte_insert, byte_delete, char_insert, char_replace,
                           chunk_delete, chunk_duplicate]
STRUCTURAL: list[Mutator] = [fragment_insert, word_replace, line_duplicate, line_delete,
                             line_swap, line_move, line_join, line_split, line_blank, line_case,
                             line_mark, block_repeat, html_wrap]


def crossover(rng: random.Random, a: str, b: str) -> str:
    """The head of one document and the tail of another, cut at line ends."""
    la, lb = a.split("\n"), b.split("\n")
    return "\n".join(la[: rng.randint(0, len(la))] + lb[rng.randint(0, len(lb)):])


def mutate(rng: random.Random, text: str, mode: str = "mixed") -> tuple[str, list[str]]:
    """Apply one to five mutations; return the text and the names of the mutators used."""
    pool = {"bytes": BYTEWISE, "structure": STRUCTURAL}.get(mode, BYTEWISE + STRUCTURAL)
    names = []
    for _ in range(rng.choice([1, 1, 2, 3, 5])):
        m = rng.choice(pool)
        text = m(rng, text)
        names.append(m.__name__)
    return text, names
