"""Metamorphic probe: rewrite each tuned document the way real copies of it differ, and list
the fields that change. Standard library and tillit only.

A rewrite keeps the document's meaning (a menu above it, a share/comment trailer or a
letterhead's address footer below, hard wraps at 72 columns, a PDF page number alone or under
a running head between paragraphs, dates in words instead of ISO, the first line glued to the
text, upper-case headings, an office line under each signature, no blank line between
paragraphs or one between every two lines, the text as an HTML article, …). A field that changes
under it is a rule leaning on the wrong thing: each such finding in the tenth session became
a convention with test rows. Only the tuned halves are read (held-out documents, odd numbers
of 100 or more, are never opened).

Usage: python scripts/metamorphic.py [REWRITE ...] [--show N]
"""

from __future__ import annotations

import argparse
import collections
import html
import re
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import tillit
from tillit.evaluate import half_of

ROOT = Path(__file__).resolve().parents[1]
SETS = ["tests/corpus", "tests/archive", "tests/archive2", "tests/archive3", "tests/archive4",
        "tests/archive5", "tests/archive6", "tests/archive7", "tests/archive8", "tests/archive9",
        "tests/archive10", "tests/archive11", "tests/archive12"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]
PARTY_NAMES = {"S": "Socialdemokraterna", "M": "Moderaterna", "SD": "Sverigedemokraterna",
               "C": "Centerpartiet", "V": "Vänsterpartiet", "KD": "Kristdemokraterna",
               "L": "Liberalerna", "MP": "Miljöpartiet", "FP": "Folkpartiet"}
_CODES = "SD|KD|MP|FP|S|M|C|V|L"
_TAG = re.compile(rf"\(({_CODES})\)")
_SIGNATURE = re.compile(
    rf"^([A-ZÅÄÖ][a-zåäöéü]+(?:[ -][A-ZÅÄÖ][a-zåäöéü]+){{1,2}}) \(({_CODES})\)\s*$", re.M)
_ISO = re.compile(r"\b(19\d\d|20\d\d)-(\d\d)-(\d\d)\b")
_LONG = re.compile(rf"\b(\d{{1,2}}) ({'|'.join(MONTHS)}) (\d{{4}})\b")
_ATT = re.compile(r"^(?:[-•*–] ?)?(att|Att) ", re.M)


def _first_line(text: str, change: Callable[[str], str]) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip():
            lines[i] = change(line)
            break
    return "\n".join(lines)


def _rewrap(text: str) -> str:
    return "\n\n".join(
        textwrap.fill(p, 72, break_long_words=False, break_on_hyphens=False)
        if len(p) > 120 and "\n" not in p.strip() else p for p in text.split("\n\n"))


def _page_break(text: str) -> str:
    parts = text.split("\n\n")
    if len(parts) < 4:
        return text
    mid = len(parts) // 2
    return "\n\n".join([*parts[:mid], "Sida 1 av 2", *parts[mid:]])


def _running_head(text: str) -> str:
    parts = text.split("\n\n")
    first = next((p.strip() for p in parts if p.strip()), "")
    if len(parts) < 4 or len(first) > 100 or "\n" in first:
        return text
    mid = len(parts) // 2
    return "\n\n".join([*parts[:mid], f"{first}\n2 (3)", *parts[mid:]])


def _signers_on_one_line(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if out and _SIGNATURE.fullmatch(line) and _SIGNATURE.fullmatch(out[-1].split(", ")[-1]):
            out[-1] += ", " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _glued_title(text: str) -> str:
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return text
    nxt = first + 1
    while nxt < len(lines) and not lines[nxt].strip():
        nxt += 1
    if nxt > first + 1 and nxt < len(lines):
        del lines[first + 1:nxt]
    return "\n".join(lines)


def _numbered(text: str) -> str:
    count = 0

    def number(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f"{count}. {m.group(1)} "

    return _ATT.sub(number, text)


def _in_words(m: re.Match[str]) -> str:
    month = int(m.group(2))
    return f"{int(m.group(3))} {MONTHS[month - 1]} {m.group(1)}" if 1 <= month <= 12 \
        else m.group(0)


def _page_title(text: str, template: str) -> str:
    """``template`` (with the first line as ``{first}``) above the text: a scraped page's
    title or breadcrumb repeating the document's heading."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if not first or len(first) > 100:
        return text
    return template.format(first=first) + text


def _page_footer(text: str) -> str:
    parts = text.split("\n\n")
    if len(parts) < 4:
        return text
    mid = len(parts) // 2
    footer = "Postadress: Box 1234, 221 00 Lund | Telefon: 046-35 50 00 | www.lund.se"
    return "\n\n".join([*parts[:mid], footer, *parts[mid:]])


def _html(text: str) -> str:
    """The document as a web page's article: a <p> per paragraph, <br> between its lines."""
    paragraphs = [p.strip() for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    body = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line.strip()) for line in p.split("\n")) + "</p>"
        for p in paragraphs)
    return f"<html><head><title>Nyheter</title></head><body><article>\n{body}\n" \
        "</article></body></html>\n"


def _hyphenated(text: str) -> str:
    """Paragraphs set at 60 columns the way a PDF prints them: a long word that does not fit
    is split with a hyphen at the line's end ("kommun-" / "fullmäktige")."""
    out = []
    for p in text.split("\n\n"):
        if len(p) <= 120 or "\n" in p.strip():
            out.append(p)
            continue
        lines, line = [], ""
        for word in p.split():
            room = 60 - len(line) - (1 if line else 0)
            if len(word) <= room:
                line = f"{line} {word}" if line else word
            elif len(word) >= 10 and word.isalpha() and room >= 5:
                lines.append(f"{line} {word[:room - 1]}-" if line else word[:room - 1] + "-")
                line = word[room - 1:]
            else:
                lines.append(line)
                line = word
        out.append("\n".join([*lines, line]))
    return "\n\n".join(out)


def _title_line(text: str, change: Callable[[str], str]) -> str:
    """The line that holds the document's title as read now, marked the way a Markdown or
    word-processor copy marks its heading (a title read from a page title or a run-on kind
    label is left alone)."""
    title = tillit.parse(text).title
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if title and line.strip() == title:
            lines[i] = change(line)
            return "\n".join(lines)
    return text


def _form_feed(text: str) -> str:
    """A PDF's page break as pdftotext writes it: a form feed between two paragraphs."""
    parts = text.split("\n\n")
    if len(parts) < 4:
        return text
    mid = len(parts) // 2
    return "\n\n".join(parts[:mid]) + "\n\f" + "\n\n".join(parts[mid:])


def _first_signature(text: str, change: Callable[[re.Match[str]], str]) -> str:
    """The first tagged signature line changed, the rest left as they are."""
    return _SIGNATURE.sub(change, text, count=1)


def _last_signature_end(text: str) -> int | None:
    ends = [m.end() for m in _SIGNATURE.finditer(text)]
    return ends[-1] if ends else None


def _contact_after(text: str) -> str:
    """An e-mail address and a phone number under the last signature, as letters end."""
    end = _last_signature_end(text)
    if end is None:
        return text
    return text[:end] + "\nanna.berg@partiet.se\n070-123 45 67" + text[end:]


def _kind_label(text: str) -> str:
    """The title written after a run-on kind label ("Motion: X"), as a register prints it;
    only for a motion whose title does not already name its kind."""
    doc = tillit.parse(text)
    if doc.kind != "motion" or not doc.title or doc.title.casefold().startswith("motion"):
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip() == doc.title:
            lines[i] = "Motion: " + line.strip()
            return "\n".join(lines)
    return text


def _date_after_signatures(text: str) -> str:
    """The place-and-date line moved from above the signatures to below them."""
    end = _last_signature_end(text)
    m = re.search(r"^([A-ZÅÄÖ][a-zåäö]+(?: den)? \d{1,2} [a-zåäö]+ \d{4}|"
                  r"[A-ZÅÄÖ][a-zåäö]+,? \d{4}-\d\d-\d\d)[ \t]*\n", text, re.M)
    if end is None or m is None or m.end() > end:
        return text
    return text[:m.start()] + text[m.end():end] + "\n\n" + m.group(1) + text[end:]


def _att_split(text: str) -> str:
    """A long att-sats broken by a paragraph break in the middle of its sentence, as a PDF's
    page or a careless copy breaks it ("att kommunen bygger fler" / "" / "cykelvägar …")."""
    def split(m: re.Match[str]) -> str:
        line = m.group(0)
        if len(line) < 90:
            return line
        at = line.find(" ", len(line) // 2)
        nxt = line[at + 1:at + 2]
        if at < 0 or not nxt.islower() or line.startswith(("att ", "samt ", "och "), at + 1):
            return line  # (a new "att" there would open an item of its own)
        return line[:at] + "\n\n" + line[at + 1:]
    return re.sub(r"^(?:[-•*–] ?)?[Aa]tt .*$", split, text, flags=re.M)


def _att_in_preamble(text: str) -> str:
    """The att-satser's "att" said once, ending the preamble ("Vi yrkar därför att:"), and
    the items listed without it under dashes; only where every item opens with "att"."""
    lines = text.split("\n")
    items = [i for i, line in enumerate(lines) if _ATT.match(line)]
    if len(items) < 2:
        return text
    first = items[0]
    pre = first - 1
    while pre >= 0 and not lines[pre].strip():
        pre -= 1
    if pre < 0 or not lines[pre].rstrip().endswith(":"):
        return text
    lines[pre] = lines[pre].rstrip()[:-1].rstrip() + " att:"
    for i in items:
        lines[i] = "- " + _ATT.sub("", lines[i], count=1)
    return "\n".join(lines)


def _site_title(text: str, template: str) -> str:
    """The page's title above the text: the document's title as read now and the site's
    name (only where the title is a line of the text, not cut from one)."""
    title = tillit.parse(text).title
    if not title or not any(line.strip() == title for line in text.split("\n")):
        return text
    return template.format(title=title) + text


REWRITES: dict[str, Callable[[str], str]] = {
    "site_title_above": lambda t: _site_title(t, "{title} – Kerstins blogg\n\n"),
    "share_row_below_title": lambda t: _first_line(
        t, lambda line: line + "\n\nDela: Facebook Twitter LinkedIn E-post"),
    "slash_signature": lambda t: _SIGNATURE.sub(lambda m: "/" + m.group(0), t),
    "greeting_slash_signature": lambda t: _first_signature(
        t, lambda m: "MVH / " + m.group(0)),
    "party_and_office_under_name": lambda t: _SIGNATURE.sub(
        lambda m: f"{m.group(1)}\n{PARTY_NAMES[m.group(2)]}\nGruppledare", t),
    "tags_below": lambda t: t.rstrip() + "\n\nTaggar: motion, kommunfullmäktige, "
                                         "fritid\nKategorier: Motioner\n",
    "footer_links_below": lambda t: t.rstrip() + "\n\nOm oss | Kontakt | Integritetspolicy | "
                                                 "Cookies\n© 2024 Partiet i kommunen\n",
    "print_links_below_title": lambda t: _first_line(
        t, lambda line: line + "\n\nSkriv ut | Ladda ner som PDF | Lyssna"),
    "caption_above": lambda t: "Foto: Anna Berg\n\n" + t,
    "login_row_above": lambda t: "Logga in | Bli medlem | Sök\n\n" + t,
    "cookie_banner_above": lambda t: "Vi använder kakor (cookies) för att webbplatsen ska "
                                     "fungera på ett bra sätt för dig. Läs mer om kakor\n"
                                     "Jag godkänner\n\n" + t,
    "att_split_paragraph": _att_split,
    "att_in_preamble": _att_in_preamble,
    "greeting_before_signature": lambda t: _first_signature(
        t, lambda m: "Med vänlig hälsning\n" + m.group(0)),
    "contact_after_signature": _contact_after,
    "kind_label_title": _kind_label,
    "date_after_signatures": _date_after_signatures,
    "menu_above": lambda t: "Hoppa till innehåll\nStart\nNyheter\nPolitik\nOm oss\nKontakt\n\n"
                            + t,
    "trailer": lambda t: t.rstrip() + "\n\nDela detta:\nFacebook\nTwitter\n\nRelaterade "
                                      "inlägg\n\nLämna ett svar\n",
    "address_footer": lambda t: t.rstrip() + "\n\nVänsterpartiet Lund, Box 123, 221 00 Lund\n"
                                             "Telefon 046-12 34 56 · lund@vansterpartiet.se\n",
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "trailing_spaces": lambda t: t.replace("\n", "  \n"),
    "hard_wraps": _rewrap,
    "page_number": _page_break,
    "running_head": _running_head,
    "title_glued": _glued_title,
    "title_upper": lambda t: _first_line(t, lambda line: line.upper() if len(line) < 120
                                         else line),
    "lower_tags": lambda t: _TAG.sub(lambda m: f"({m.group(1).lower()})", t),
    "tag_on_next_line": lambda t: _SIGNATURE.sub(
        lambda m: f"{m.group(1)}\n{PARTY_NAMES.get(m.group(2), m.group(2))}", t),
    "signers_on_one_line": _signers_on_one_line,
    "office_after_signature": lambda t: _SIGNATURE.sub(
        lambda m: m.group(0).rstrip() + ", gruppledare", t),
    "office_under_signature": lambda t: _SIGNATURE.sub(
        lambda m: m.group(0).rstrip() + "\nLedamot i kommunfullmäktige", t),
    "dates_in_words": lambda t: _ISO.sub(_in_words, t),
    "dates_iso": lambda t: _LONG.sub(
        lambda m: f"{m.group(3)}-{MONTHS.index(m.group(2)) + 1:02d}-{int(m.group(1)):02d}", t),
    "att_bullets": lambda t: _ATT.sub(lambda m: f"• {m.group(1)} ", t),
    "att_numbered": _numbered,
    "att_paren_numbered": lambda t: _ATT.sub(lambda m: f"1) {m.group(1)} ", t),
    "att_capital": lambda t: re.sub(r"^(\s*(?:[-•–*] ?|\d+\. )?)att ", r"\1Att ", t, flags=re.M),
    "straight_quotes": lambda t: t.replace("”", '"').replace("“", '"').replace("’", "'"),
    "signature_rules": lambda t: _SIGNATURE.sub(lambda m: "_" * 22 + "\n" + m.group(0), t),
    "signature_dots": lambda t: _SIGNATURE.sub(lambda m: "…" * 13 + "\n" + m.group(0), t),
    "page_footer": lambda t: _page_footer(t),
    "upper_names": lambda t: _SIGNATURE.sub(lambda m: f"{m.group(1).upper()} ({m.group(2)})", t),
    "party_name_next_line": lambda t: _SIGNATURE.sub(
        lambda m: f"{m.group(1)}\n{PARTY_NAMES[m.group(2)]}", t),
    "party_name_after_comma": lambda t: _SIGNATURE.sub(
        lambda m: f"{m.group(1)}, {PARTY_NAMES[m.group(2)]}", t),
    "word_bullets": lambda t: _ATT.sub(lambda m: f"\uf0b7\t{m.group(1)} ", t),
    "att_semicolons": lambda t: re.sub(r"^((?:[-•*–] ?)?[Aa]tt .*?),[ \t]*$", r"\1;", t,
                                       flags=re.M),
    "breadcrumb_above": lambda t: _page_title(t, "Hem > Nyheter > {first}\n\n"),
    "html": _html,
    "nbsp": lambda t: re.sub(r"(?<=\w) (?=\w)", "\u00a0", t),
    "spaced_names": lambda t: _SIGNATURE.sub(lambda m: m.group(0).replace(" ", "  ", 1), t),
    "signers_bulleted": lambda t: _SIGNATURE.sub(lambda m: "- " + m.group(0), t),
    "tabs_for_spaces": lambda t: re.sub(r"(?<=\S) {2,}(?=\S)", "\t", t),
    "no_blank_lines": lambda t: re.sub(r"\n[ \t]*\n(?:[ \t]*\n)*", "\n", t),
    "blank_between_lines": lambda t: re.sub(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)", "\n\n", t),
    "markdown_heading": lambda t: _title_line(t, lambda line: "# " + line.strip()),
    "bold_title": lambda t: _title_line(t, lambda line: f"**{line.strip()}**"),
    "indented": lambda t: re.sub(r"^(?=[ \t]*\S)", "   ", t, flags=re.M),
    "hyphen_wraps": _hyphenated,
    "form_feed": _form_feed,
    "soft_hyphens": lambda t: re.sub(r"(?<=[a-zåäö]{4})(?=[a-zåäö]{4})", "\u00ad", t),
}


#: Typographic quotes read as straight ones: straight_quotes changes only the characters.
_QUOTES = str.maketrans("”“„»«’‘", "\"\"\"\"\"''")


def _fields(doc: tillit.Document) -> dict[str, object]:
    """The scored fields, titles and names case-folded and quotes straightened: a rewrite into
    capitals or straight quotes changes nothing."""
    title = doc.title and doc.title.casefold().translate(_QUOTES)
    return {"kind": doc.kind, "title": title, "body": doc.body,
            "organisation": doc.organisation, "date": doc.date, "place": doc.place,
            "proposals": tuple(p.text.translate(_QUOTES) for p in doc.proposals),
            "signatories": tuple((s.name.casefold(), s.party.code if s.party else None)
                                 for s in doc.signatories)}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("rewrites", nargs="*", choices=[[], *REWRITES], default=[],
                    help="rewrites to run (default: all)")
    ap.add_argument("--show", type=int, default=3, help="examples to print per change")
    ns = ap.parse_args(argv)
    names = ns.rewrites or list(REWRITES)
    changed: collections.Counter[tuple[str, str]] = collections.Counter()
    tried: collections.Counter[str] = collections.Counter()
    examples: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    for folder in SETS:
        for path in sorted((ROOT / folder).glob("*.txt")):
            if half_of(path.name) != "tuned":
                continue
            text = path.read_text(encoding="utf-8-sig")
            base = _fields(tillit.parse(text))
            for name in names:
                rewritten = REWRITES[name](text)
                if rewritten == text:
                    continue
                tried[name] += 1
                got = _fields(tillit.parse(rewritten))
                for field, value in base.items():
                    if got[field] != value:
                        changed[name, field] += 1
                        before, after = str(value)[:70], str(got[field])[:70]
                        examples[name, field].append(
                            f"{folder}/{path.name}: {before!r} -> {after!r}")
    for name in names:
        fields = [f"{f}={changed[name, f]}" for f in ("kind", "title", "body", "organisation",
                                                      "date", "place", "proposals",
                                                      "signatories") if changed[name, f]]
        print(f"{name:24s} {tried[name]:4d} documents  {' '.join(fields) or 'no change'}")
        for key in sorted(k for k in examples if k[0] == name):
            for line in examples[key][:ns.show]:
                print(f"    {key[1]}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
