"""Document kind from cues, with the evidence that decided it.

Header words decide first ("Motion till …", "Interpellation till …", "Medborgarförslag"), then
press-room furniture and attributed quotes, then the presence of att-satser. Every decision keeps
its cue and span so a user can see why a document got its kind.
"""

from __future__ import annotations

from tillit import patterns as P
from tillit.blocks import Block
from tillit.lexicon import fold, lexicon
from tillit.models import Evidence, Kind

#: Kind word → kind, built once at import so that threads never see it half-filled.
_KIND_OF_WORD: dict[str, str] = {
    fold(w): kind
    for kind in ("motion", "interpellation", "question", "citizen_proposal", "press_release",
                 "other")
    for w in lexicon().cue("kinds", kind)
}


def _kind_of(word: str) -> str:
    return _KIND_OF_WORD[fold(word)]


def classify(
    blocks: list[Block], header_end: int, has_proposals: bool, riksdag: bool
) -> tuple[Kind, tuple[Evidence, ...]]:
    """Decide the kind; return it with the cues that decided it."""
    evidence: list[Evidence] = []
    header_kind: str | None = None
    for block in blocks[: max(header_end, 1)]:
        for line in block.lines:
            text = line.text.text
            m = P.KIND_START.match(text, timeout=P.TIMEOUT) or (
                P.SERIES_TITLE.match(text, timeout=P.TIMEOUT))
            if m is None:
                continue
            word = m.group("kind") if "kind" in m.groupdict() else "motion"
            kind = _kind_of(word.split()[-1] if word.lower().endswith("motion") else word)
            evidence.append(Evidence(cue=f"heading: {text[:60]}",
                                     span=line.text.span(m.start(), m.end())))
            header_kind = kind
            break
        if header_kind:
            break

    furniture = lexicon().folded("kinds", "press_furniture")
    press: list[Evidence] = []
    for block in blocks:
        for line in block.lines:
            if fold(line.text.text) in furniture:
                press.append(Evidence(cue=f"press-room furniture: {line.text.text}",
                                      span=line.text.span()))
        if block.marker in ("-", "–", "—") and (
                q := P.QUOTE_ATTRIBUTION.search(block.text.text, timeout=P.TIMEOUT)):
            press.append(Evidence(cue=f"attributed quote: {q.group(0).strip(', ')}",
                                  span=block.text.span(q.start(), q.end())))

    if header_kind in ("interpellation", "question", "citizen_proposal", "press_release"):
        return header_kind, tuple(evidence)  # type: ignore[return-value]
    if header_kind == "other":
        return "unknown", tuple(evidence)
    if header_kind == "motion":
        if has_proposals:
            evidence.append(Evidence(cue="att-satser", span=None))
        return "motion", tuple(evidence)
    if len(press) >= 2 or (press and not has_proposals):
        return "press_release", tuple(press)
    if has_proposals or riksdag:
        evidence.append(Evidence(cue="att-satser" if has_proposals else "riksdag beteckning",
                                 span=None))
        return "motion", tuple(evidence)
    return "unknown", tuple(evidence)
