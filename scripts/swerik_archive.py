"""Convert Swerik TEI motions (swerik-project/riksdagen-motions) to text + answer pairs.

Usage::

    python scripts/swerik_archive.py TEI_FILE... --out DIR --first NNN

Each TEI file becomes ``DIR/NNN.txt`` and ``DIR/NNN.json`` (numbered from ``--first`` in the
order given). The rules are those of ``tests/corpus/swerik/README.md``:

- text: the text of the TEI ``<body>`` in document order, one block per text element
  (``<p>``, ``<head>``, list ``<item>``, a ``<div>`` holding text of its own such as the
  born-digital ``motTitle``), its internal whitespace collapsed to single spaces, blocks joined
  by a blank line; running page headers (``<fw>``) and page breaks (``<pb>``) dropped.
- answer: read only off the markup: date and place from the ``type="date"`` paragraph,
  signatories from the ``correspDesc`` signatory notes resolved in ``listPerson``, party codes
  mapped to the canonical ones, proposals from the ``motProposal`` list items.

Standard library only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

SKIPPED = {"fw", "pb"}

# Elements that only group text elements: their children are blocks of their own. (Some
# born-digital files wrap the signature list in a non-TEI ``<signatureBlock>`` element.)
CONTAINERS = {"div", "list", "body", "signatureBlock", "table", "row"}

PARTY_CODES = {
    "s": "S",
    "m": "M",
    "h": "M",
    "c": "C",
    "fp": "L",
    "l": "L",
    "kd": "KD",
    "kds": "KD",
    "mp": "MP",
    "v": "V",
    "vpk": "V",
    "sd": "SD",
    "nyd": "NYD",
}

# Register party codes that mean "no party" (a member outside the party groups, ``(-)``).
NO_PARTY = {"-", "–", "—"}

MONTHS = {
    "januari": 1,
    "februari": 2,
    "mars": 3,
    "april": 4,
    "maj": 5,
    "juni": 6,
    "juli": 7,
    "augusti": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}

# The date line may run on into the signature line when OCR merged them into the one tagged
# paragraph (``Stockholm den 10 november 1977 INGER LINDQUIST (m) …``): the date is the start of
# the paragraph, and what follows the year after a space is left out.
DATE_LINE = re.compile(
    r"^(?P<place>.+?),?\s+den\s+(?P<day>\d{1,2})\s*\.?\s+(?P<month>[a-zåäö]+)\s+(?P<year>\d{4})(?:\s*\.?$|\s+(?=\D))",
    re.IGNORECASE,
)

NOTES = (
    "Answers read off the Swerik TEI markup, not typed by a person: date and place from the "
    "date paragraph (OCR era only; born-digital texts print none), signatories from the tagged "
    "signature entries with their parties (names as printed, upper case in the OCR era), "
    "proposals from the tagged motProposal items (born-digital only; null = not tagged). The "
    "header title is left out: it differs from the printed heading."
)


def local(tag: object) -> str:
    """The tag name without its namespace ('' for comments and processing instructions)."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def collapse(text: str) -> str:
    """Internal whitespace and newlines collapsed to single spaces, ends trimmed."""
    return " ".join(text.split())


def element_text(elem: ET.Element) -> str:
    """All text inside ``elem`` in order, without page headers and page breaks."""
    parts: list[str] = []

    def walk(node: ET.Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if local(child.tag) not in SKIPPED:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(elem)
    return collapse("".join(parts))


def has_own_text(elem: ET.Element) -> bool:
    """Whether ``elem`` holds text directly (its own text or a child's tail)."""
    if elem.text and elem.text.strip():
        return True
    return any(child.tail and child.tail.strip() for child in elem)


def blocks(elem: ET.Element) -> Iterator[str]:
    """The text blocks under ``elem`` in document order."""
    for child in elem:
        name = local(child.tag)
        if not name or name in SKIPPED:
            continue
        if name in CONTAINERS and not has_own_text(child):
            yield from blocks(child)
            continue
        text = element_text(child)
        if text:
            yield text


def body_text(root: ET.Element) -> str:
    body = root.find(f"{TEI}text/{TEI}body")
    if body is None:
        return ""
    return "\n\n".join(blocks(body)) + "\n"


def parse_date(root: ET.Element) -> tuple[str | None, str | None]:
    """(date, place) from the first paragraph tagged ``type="date"``."""
    body = root.find(f"{TEI}text/{TEI}body")
    if body is None:
        return None, None
    for elem in body.iter():
        if local(elem.tag) == "p" and elem.get("type") == "date":
            line = element_text(elem)
            match = DATE_LINE.match(line)
            if not match:
                return None, None
            month = MONTHS.get(match["month"].lower())
            day = int(match["day"])
            if month is None or not 1 <= day <= 31:
                return None, None
            return f"{match['year']}-{month:02d}-{day:02d}", match["place"].strip()
    return None, None


def party_code(raw: str | None) -> str | None:
    if raw is None:
        return None
    raw = raw.strip()
    # ``-`` is how the register marks a member without a party (printed ``(-)``).
    if not raw or raw in NO_PARTY:
        return None
    return PARTY_CODES.get(raw.lower(), raw)


def printed_name(entry: str) -> str:
    """The name of a signature entry as printed, without its party tag: ``X Y (fp)`` → ``X Y``."""
    return entry.split("(", 1)[0].strip()


def register_party(person: ET.Element, candidates: list[ET.Element], ident: str) -> str | None:
    """The register party of ``person``: its own ``<desc>``, or, where that is empty, the party
    of another register entry under the same (non-placeholder) id.

    A duplicated register may leave the party empty in one of a person's entries (1992/93 New
    Democracy members: ``<desc/>`` first, ``nyd`` in the second entry).
    """

    def desc_text(entry: ET.Element) -> str | None:
        desc = entry.find(f"{TEI}state[@type='partyAffiliation']/{TEI}desc")
        return desc.text if desc is not None else None

    raw = desc_text(person)
    if (raw is None or not raw.strip()) and not ident.startswith("r-"):
        for other in candidates:
            text = desc_text(other)
            if text and text.strip():
                return text
    return raw


def signatories(root: ET.Element) -> list[dict[str, str | None]]:
    """Persons of the correspDesc signatory notes, in note order.

    The name is the one printed in the person's tagged signature entry (``who``), party tag
    dropped; the register's ``<name>`` where no entry is tagged with the person. The party comes
    from the register. A person noted twice under the same id is listed once.
    """
    printed: dict[str, str] = {}
    body = root.find(f"{TEI}text/{TEI}body")
    if body is not None:
        for elem in body.iter():
            who = (elem.get("who") or "").strip()
            if who and who != "unknown" and who not in printed:
                printed[who] = element_text(elem)
    persons: dict[str, list[ET.Element]] = {}
    for person in root.iter(f"{TEI}person"):
        idno = person.find(f"{TEI}idno")
        if idno is not None and idno.text:
            persons.setdefault(idno.text.strip(), []).append(person)
    used: dict[str, int] = {}
    seen: set[tuple[str, str]] = set()
    result: list[dict[str, str | None]] = []
    for corresp in root.iter(f"{TEI}correspDesc"):
        for note in corresp.iter(f"{TEI}note"):
            if note.get("type") != "signatory":
                continue
            ident = (note.get("corresp") or "").strip()
            candidates = persons.get(ident)
            if not candidates:
                continue
            # Several register entries may share an id (``r-0``): take them in turn.
            person = candidates[min(used.get(ident, 0), len(candidates) - 1)]
            used[ident] = used.get(ident, 0) + 1
            name = printed_name(printed.get(ident, ""))
            if not name:
                name_el = person.find(f"{TEI}name")
                name = element_text(name_el) if name_el is not None else ""
            # The same person noted twice (a duplicated register): list once. Placeholder ids
            # (``r-0``) may stand for several people, so there the name must match too.
            key = (ident, name) if ident.startswith("r-") else (ident, "")
            if key in seen:
                continue
            seen.add(key)
            party = party_code(register_party(person, candidates, ident))
            result.append({"name": name, "party": party})
    return result


def proposals(root: ET.Element) -> list[str] | None:
    """Texts of the motProposal list items; None when no motProposal is tagged.

    A motProposal holding no list items but paragraphs (as in some 2006-2013 files) gives
    the text of each of its paragraphs.
    """
    divs = [d for d in root.iter(f"{TEI}div") if d.get("type") == "motProposal"]
    if not divs:
        return None
    result: list[str] = []
    for div in divs:
        entries = list(div.iter(f"{TEI}item")) or list(div.iter(f"{TEI}p"))
        result.extend(text for text in map(element_text, entries) if text)
    return result


def source_path(path: Path) -> str:
    """``data/<year>/<file>`` for a file named after its Swerik path."""
    name = path.name
    match = re.match(r"mot-(\d+)-", name)
    year = match.group(1) if match else path.parent.name
    return f"swerik-project/riksdagen-motions data/{year}/{name}"


def answer(root: ET.Element, path: Path) -> dict[str, object]:
    date, place = parse_date(root)
    return {
        "source": source_path(path),
        "doc_type": "motion",
        "body": "riksdagen",
        "organisation": None,
        "date": date,
        "place": place,
        "proposals": proposals(root),
        "signatories": signatories(root),
        "notes": NOTES,
    }


def convert(path: Path, out: Path, number: int) -> None:
    root = ET.parse(path).getroot()
    (out / f"{number:03d}.txt").write_text(body_text(root), encoding="utf-8", newline="")
    text = json.dumps(answer(root, path), indent=2, ensure_ascii=False)
    (out / f"{number:03d}.json").write_text(text, encoding="utf-8", newline="")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("files", nargs="+", type=Path, metavar="TEI_FILE")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--first", type=int, required=True)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for offset, path in enumerate(args.files):
        convert(path, args.out, args.first + offset)
    return 0


if __name__ == "__main__":
    sys.exit(main())
