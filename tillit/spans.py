"""Half-open character spans into the exact text the caller passed to :func:`tillit.parse`."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

_M = TypeVar("_M", bound=BaseModel)


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


_new = object.__new__
_set = object.__setattr__


def unchecked(model: type[_M], values: dict[str, Any], given: set[str]) -> _M:
    """The instance ``model.model_validate`` builds from the ``given`` fields, made without
    validation: ``values`` holds every field in the model's order, defaults included. Only for
    values the caller has checked are of the fields' types (``tests/test_unchecked.py``
    compares the two); validation costs ~1 µs a model and a parse builds dozens.

    ``given`` becomes the instance's fields-set as it is, so callers share one set per model:
    a frozen model never changes it (``model_copy`` copies it first), and every set is one
    more object for the cyclic collector to walk (~0.8 µs each at a million blocks)."""
    obj = _new(model)
    _set(obj, "__dict__", values)
    _set(obj, "__pydantic_fields_set__", given)
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


def span_at(start: int, end: int) -> Span:
    """``Span(start=start, end=end)``; built unchecked where two ints satisfy
    ``0 <= start <= end`` (all validation asks), validated otherwise so a bad span raises."""
    if type(start) is int and type(end) is int and 0 <= start <= end:
        return unchecked(Span, {"start": start, "end": end}, _SPAN_FIELDS)
    return Span(start=start, end=end)


#: The fields-set of every span :func:`span_at` builds (shared: see :func:`unchecked`).
_SPAN_FIELDS = {"start", "end"}
