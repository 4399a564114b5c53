"""A self-contained HTML page of families: members side by side, substitutions and changed
att-satser highlighted. Inline CSS, no scripts, no external assets."""

from __future__ import annotations

import html
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

from tillit.families._compare import DocumentLike, resolve
from tillit.families._mask import content_range
from tillit.families.models import Family, Member, ProposalMatch, WordEdit
from tillit.spans import Span

#: Members shown side by side per family; the rest are listed in the members table only.
MAX_COLUMNS: Final = 12

_CSS: Final = """
body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem;color:#1d1d1f;background:#fafafa}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2.5rem;border-top:2px solid #ccc;
padding-top:1rem}h3{font-size:1.05rem;margin-top:1.4rem}
table{border-collapse:collapse;margin:.4rem 0;background:#fff}
th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}tr.representative td{font-weight:600}
.columns{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(22rem,1fr);gap:.8rem;
overflow-x:auto;padding-bottom:.5rem}
.member-text{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem}
.member-text h4{margin:.1rem 0 .5rem;font-size:.95rem}
.text{white-space:pre-wrap;font-size:.85rem;max-height:40rem;overflow-y:auto}
mark.sub{background:#ffe16b;border-radius:3px}
.added{background:#d4f5d4}.removed{background:#ffd9d9;text-decoration:line-through}
.prop{outline:2px solid #7aa7ff;border-radius:3px}
.prop.reworded{outline-color:#f0a000}.prop.only_in_b{outline-color:#2a9d2a}
.prop.only_in_a{outline-color:#d33}
.status{font-weight:600}.status.same{color:#555}.status.reworded{color:#b37400}
.status.only_in_b{color:#1f7a1f}.status.only_in_a{color:#b00}
ins{background:#d4f5d4;text-decoration:none}del{background:#ffd9d9}
pre.template{white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:.6rem}
.legend span{margin-right:1rem;padding:0 .3rem}
"""

_STATUS_LABEL: Final = {"same": "same", "reworded": "reworded", "only_in_a": "dropped",
                        "only_in_b": "added"}


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text))


def _diff(edits: Sequence[WordEdit]) -> str:
    out = []
    for edit in edits:
        if edit.op == "equal":
            out.append(_e(edit.b))
        elif edit.op == "substitute":
            out.append(f'<mark class="sub" title="{_e(edit.a)}">{_e(edit.b)}</mark>')
        else:
            if edit.a:
                out.append(f"<del>{_e(edit.a)}</del>")
            if edit.b:
                out.append(f"<ins>{_e(edit.b)}</ins>")
        out.append(" ")
    return "".join(out).strip()


def _annotated(text: str, start: int, end: int,
               marks: list[tuple[Span, str, str]]) -> str:
    """``text[start:end]`` as HTML with each (span, class, title) wrapped in a span."""
    cuts = {start, end}
    for span, _, _ in marks:
        cuts.update((max(start, min(end, span.start)), max(start, min(end, span.end))))
    points = sorted(cuts)
    out = []
    for a, b in pairwise(points):
        active = [(cls, title) for span, cls, title in marks if span.start <= a and b <= span.end]
        piece = _e(text[a:b])
        if not active:
            out.append(piece)
            continue
        classes = " ".join(sorted({cls for cls, _ in active}))
        titles = "; ".join(t for _, t in active if t)
        tag = "mark" if "sub" in classes.split() else "span"
        title = f' title="{_e(titles)}"' if titles else ""
        out.append(f'<{tag} class="{classes}"{title}>{piece}</{tag}>')
    return "".join(out)


def _member_marks(member: Member, representative: bool, family: Family) -> list[tuple[Span, str,
                                                                                        str]]:
    marks: list[tuple[Span, str, str]] = []
    if representative:
        for other in family.members:
            for sub in other.substitutions:
                marks += [(s, "sub", f"{sub.kind}: {sub.a} → {sub.b}") for s in sub.a_spans]
            for p in other.proposals:
                if p.status in ("reworded", "only_in_a") and p.a_span is not None:
                    marks.append((p.a_span, f"prop {p.status}", f"att-sats {p.a}: "
                                  f"{_STATUS_LABEL[p.status]} in {other.source or other.index}"))
        marks += [(x.span, "added", "not in the template") for x in member.added]
        return marks
    for sub in member.substitutions:
        marks += [(s, "sub", f"{sub.kind}: {sub.a} → {sub.b}") for s in sub.b_spans]
    marks += [(x.span, "added", "not in the template") for x in member.added]
    for p in member.proposals:
        if p.status in ("reworded", "only_in_b") and p.b_span is not None:
            marks.append((p.b_span, f"prop {p.status}",
                          f"att-sats {p.b}: {_STATUS_LABEL[p.status]}"))
    return marks


def _proposal_rows(member: Member) -> list[str]:
    rows = []
    for p in member.proposals:
        if member.representative:
            text = _e(p.a_text)
        elif p.status in ("same", "reworded"):
            text = _diff(p.diff)
        else:
            text = f"<ins>{_e(p.b_text)}</ins>" if p.status == "only_in_b" \
                else f"<del>{_e(p.a_text)}</del>"
        status = "template" if member.representative else _STATUS_LABEL[p.status]
        cls = "template" if member.representative else p.status
        rows.append(f'<tr class="proposal" data-status="{_e(cls)}"><td>{_e(_label(member))}'
                    f'</td><td>{_e(_numbers(p))}</td><td class="status {_e(cls)}">{_e(status)}'
                    f"</td><td>{p.similarity:.2f}</td><td>{text}</td></tr>")
    return rows


def _numbers(p: ProposalMatch) -> str:
    return f"{p.a or '–'} → {p.b or '–'}"


def _label(member: Member) -> str:
    return member.source or f"document {member.index}"


def _family_html(family: Family, texts: dict[int, tuple[str, tuple[int, int]]]) -> str:
    rep = family.members[0]
    parts = [f'<section class="family" id="family-{family.id}" data-members='
             f'"{len(family.members)}">',
             f"<h2>Family {family.id}: {_e(rep.title or _label(rep))}</h2>",
             f"<p>{len(family.members)} members, {len(family.mentions)} press "
             f"release{'' if len(family.mentions) == 1 else 's'}; "
             f"template read from <b>{_e(_label(rep))}</b>.</p>",
             '<table class="members"><thead><tr><th>member</th><th>kind</th>'
             "<th>organisation</th><th>date</th><th>parties</th><th>similarity</th>"
             "<th>att-satser</th></tr></thead><tbody>"]
    for m in family.members:
        counts: dict[str, int] = {}
        for p in m.proposals:
            counts[p.status] = counts.get(p.status, 0) + 1
        summary = (f"{len(m.proposals)} (template)" if m.representative
                   else ", ".join(f"{n} {_STATUS_LABEL[s]}" for s, n in counts.items()))
        cls = "member representative" if m.representative else "member"
        parts.append(f'<tr class="{cls}" data-index="{m.index}"><td>{_e(_label(m))}</td>'
                     f"<td>{_e(m.kind)}</td><td>{_e(m.organisation)}</td><td>{_e(m.date)}</td>"
                     f"<td>{_e(', '.join(m.parties))}</td><td>{m.similarity:.2f}</td>"
                     f"<td>{_e(summary)}</td></tr>")
    parts.append("</tbody></table>")
    subs = [(m, s) for m in family.members for s in m.substitutions]
    parts.append("<h3>Substitutions</h3>")
    if subs:
        parts.append('<table class="substitutions"><thead><tr><th>member</th><th>kind</th>'
                     "<th>template</th><th>member's value</th><th>times</th></tr></thead><tbody>")
        for m, s in subs:
            parts.append(f'<tr class="substitution" data-kind="{_e(s.kind)}"><td>'
                         f"{_e(_label(m))}</td><td>{_e(s.kind)}</td><td>{_e(s.a)}</td>"
                         f'<td><mark class="sub">{_e(s.b)}</mark></td><td>{s.count}</td></tr>')
        parts.append("</tbody></table>")
    else:
        parts.append("<p>None: every member names the same organisation, places and years.</p>")
    rows = [r for m in family.members for r in _proposal_rows(m)]
    parts.append("<h3>Att-satser</h3>")
    if rows:
        parts.append('<table class="proposals"><thead><tr><th>member</th><th>template → '
                     "member</th><th>status</th><th>similarity</th><th>text (changes against "
                     "the template)</th></tr></thead><tbody>" + "".join(rows)
                     + "</tbody></table>")
    else:
        parts.append("<p>No att-satser.</p>")
    shown = family.members[:MAX_COLUMNS]
    parts.append("<h3>Side by side</h3>")
    parts.append('<p class="legend"><mark class="sub">substituted name</mark>'
                 '<span class="added">not in the template</span>'
                 '<span class="prop reworded">reworded att-sats</span>'
                 '<span class="prop only_in_b">added att-sats</span></p>')
    if len(family.members) > len(shown):
        parts.append(f"<p>The first {len(shown)} of {len(family.members)} members.</p>")
    parts.append('<div class="columns">')
    for m in shown:
        text, (start, end) = texts[m.index]
        body = _annotated(text, start, end, _member_marks(m, m.representative, family))
        parts.append(f'<article class="member-text" data-index="{m.index}"><h4>'
                     f"{_e(_label(m))}{' (template)' if m.representative else ''}</h4>"
                     f'<div class="text">{body}</div></article>')
    parts.append("</div>")
    if family.mentions:
        parts.append('<h3>Press releases</h3><ul class="mentions">')
        by_index = {m.index: m for m in family.members}
        for x in family.mentions:
            parts.append(f'<li class="mention" data-index="{x.index}" data-member="{x.member}">'
                         f"<b>{_e(x.source or x.index)}</b> ({_e(x.title)}) announces "
                         f"<b>{_e(_label(by_index[x.member]))}</b>: shares {x.score:.0%} of the "
                         f"shorter text, {len(x.passages)} passages.</li>")
        parts.append("</ul>")
    parts.append(f'<details><summary>Template text</summary><pre class="template">'
                 f"{_e(family.template)}</pre></details></section>")
    return "\n".join(parts)


def report_html(fams: Sequence[Family], docs: Sequence[DocumentLike], *,
                title: str = "Motion families") -> str:
    """The page for ``fams`` as returned by ``families(docs)`` (``docs`` gives the texts)."""
    needed = {m.index for f in fams for m in f.members[:MAX_COLUMNS]}
    texts: dict[int, tuple[str, tuple[int, int]]] = {}
    for i in sorted(needed):
        doc, text = resolve(docs[i])
        texts[i] = (text, content_range(doc, text))
    members = sum(len(f.members) for f in fams)
    head = (f'<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8">'
            f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>"
            f"<h1>{_e(title)}</h1><p class=\"summary\">{len(docs)} documents, {len(fams)} "
            f"families, {members} members.</p>")
    toc = ['<nav><ol class="toc">']
    toc += [f'<li><a href="#family-{f.id}">{_e(f.members[0].title or _label(f.members[0]))}'
            f"</a> ({len(f.members)})</li>" for f in fams]
    toc.append("</ol></nav>")
    body = [_family_html(f, texts) for f in fams]
    return head + "".join(toc) + "\n".join(body) + "</body></html>\n"
