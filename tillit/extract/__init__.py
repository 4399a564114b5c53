"""Field extractors: each reads blocks and returns candidates with the span they came from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from tillit.spans import Span

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Found(Generic[T]):
    """One extracted value, where it stands, and whether it was only implied by the text."""

    value: T
    span: Span
    inferred: bool = False
