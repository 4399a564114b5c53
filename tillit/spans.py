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
#: The setters of a model's four slots (a slot's own setter: a third quicker than
#: ``object.__setattr__`` by name, and a parse builds a model per block).
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def unchecked(model: type[_M], values: dict[str, Any], given: set[str]) -> _M:
    """The instance ``model.model_validate`` builds from the ``given`` fields, made without
    validation: ``values`` holds every field in the model's order, defaults included. Only for
    values the caller has checked are of the fields' types (``tests/test_unchecked.py``
    compares the two); validation costs ~1 µs a model and a parse builds dozens.

    ``given`` becomes the instance's fields-set as it is, so callers share one set per model:
    a frozen model never changes it (``model_copy`` copies it first), and every set is one
    more object for the cyclic collector to walk (~0.8 µs each at a million blocks)."""
    obj = _new(model)
    _set_dict(obj, values)
    _set_fields(obj, given)
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj


def span_at(start: int, end: int) -> Span:
    """``Span(start=start, end=end)``; built unchecked where two ints satisfy
    ``0 <= start <= end`` (all validation asks), validated otherwise so a bad span raises."""
    if type(start) is int and type(end) is int and 0 <= start <= end:
        obj = _new(Span)  # unchecked(Span, …) spelt out: a parse builds one per block
        _set_dict(obj, {"start": start, "end": end})
        _set_fields(obj, _SPAN_FIELDS)
        _set_extra(obj, None)
        _set_private(obj, None)
        return obj
    return Span(start=start, end=end)


#: The fields-set of every span :func:`span_at` builds (shared: see :func:`unchecked`).
_SPAN_FIELDS = {"start", "end"}
