"""Half-open character spans into the exact text the caller passed to :func:`tillit.parse`."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Span(BaseModel):
    """Where a value came from: ``text[start:end]`` of the caller's original string."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int = Field(ge=0, description="Offset of the first character (inclusive).")
    end: int = Field(ge=0, description="Offset after the last character (exclusive).")

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} precedes start {self.start}")
        return self

    def slice(self, text: str) -> str:
        """Return the source text this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start
