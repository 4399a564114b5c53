"""The signature loop's remembered line answers change no result (speed only)."""

from __future__ import annotations

import random

import pytest
from repo_util import parsed, stored_texts

from tillit.extract import signatories


class _Forgetful(set[tuple[str, bool, bool, bool, bool]]):
    def add(self, item: tuple[str, bool, bool, bool, bool]) -> None:
        pass


def _texts() -> list[str]:
    """Stored documents, and documents whose closing lines repeat and mix: names, tags, group
    lines and blank markers in runs, the states the remembered answers are kept for."""
    stored = list(stored_texts())
    rng = random.Random(7)
    out = stored[:]
    for text in [t for t in stored if t.strip()][:60]:
        tail = text.strip().splitlines()[-12:]
        lines = [rng.choice(tail) for _ in range(40)]
        gaps = [rng.choice(["\n", "\n", "\n\n", "\n  \n"]) for _ in lines]
        out.append(text + "\n\n" + "".join(a + b for a, b in zip(lines, gaps, strict=True)))
    names = ["Anna Berg (S)", "ANNA BERG (S)", "Per Holm", "(S)", "(S)    (MP)",
             "Vänsterpartiet", "För Vänsterpartiet i Lund", "i Lund", "och", "x", "",
             "Anna Berg    Per Holm", "Centerpartiet    Kristdemokraterna", "gruppledare",
             "Lund 2022-01-27", "Socialdemokraterna genom", "V-gruppen i Lund"]
    for _ in range(60):
        body = "\n".join(rng.choice(names) for _ in range(rng.randint(5, 60)))
        out.append("Motion om bänkar\n\nVi yrkar att kommunen bygger bänkar.\n\n" + body)
    return out


def test_remembered_answers_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    remembered = [parsed(t) for t in texts]
    monkeypatch.setattr(signatories, "_answers", _Forgetful)
    fresh = [parsed(t) for t in texts]
    assert remembered == fresh
