"""``parse_many``: many texts or files, in input order, streaming, optionally across processes.

A failed item does not stop the batch: it comes back as a :class:`ParseFailure` record in its
place (``on_error="record"``, the default), or its exception is raised (``on_error="raise"``).

>>> import tillit
>>> [d.kind for d in tillit.parse_many(["Motion till kommunfullmäktige ...", ""])]
['motion', 'error']

With ``workers > 1`` the items are parsed in a :class:`~concurrent.futures.ProcessPoolExecutor`.
At most ``workers * prefetch`` chunks are in flight at once, and results are yielded as soon as
the item at the head of the queue is done, so memory stays flat however long the input is.
"""

from __future__ import annotations

import importlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Any, Literal, TypeAlias, cast

from pydantic import BaseModel, ConfigDict, Field

from tillit.api import DEFAULT_MAX_CHARS, parse
from tillit.models import SCHEMA_VERSION, Document

#: What ``parse_many`` accepts: a document's text, or a path (``pathlib.Path`` or any
#: ``os.PathLike``) read with ``parse_file``. A plain ``str`` is always text, never a path.
Item: TypeAlias = "str | os.PathLike[str]"


class ParseFailure(BaseModel):
    """An item that could not be parsed: where it came from and why.

    Serialised beside documents (JSON Lines, CSV), it is told apart by its ``error`` field,
    which a document record never has.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: str = Field(default=SCHEMA_VERSION,
                                description="Version of the record shapes, as on Document.")
    source: str | None = Field(default=None, description="The path, or None for a text item.")
    kind: Literal["error"] = Field(default="error",
                                   description='Always "error", so kind-based filters see it.')
    error: str = Field(description='The exception class, e.g. "EmptyDocumentError", '
                       '"FileNotFoundError", "ParseWarningError".')
    message: str = Field(description="The reason, for a human reader.")

    @classmethod
    def from_exception(cls, exc: BaseException, source: str | None) -> ParseFailure:
        message = str(exc) or type(exc).__name__
        if isinstance(exc, OSError) and exc.strerror:
            message = exc.strerror  # the path is already in ``source``
        elif source and message.startswith(f"{source}: "):
            message = message[len(source) + 2:]
        return cls(source=source, error=type(exc).__name__, message=message)


Result: TypeAlias = "Document | ParseFailure"


def _reader() -> Callable[..., Document] | None:
    """``tillit.readers.parse_file`` when that module is installed, else None."""
    try:
        module = importlib.import_module("tillit.readers")
    except ModuleNotFoundError as exc:
        if exc.name == "tillit.readers":
            return None
        raise
    return cast("Callable[..., Document]", module.parse_file)


def parse_path(path: str | os.PathLike[str], *, keep_text: bool = False,
               max_chars: int = DEFAULT_MAX_CHARS,
               errors: Literal["collect", "raise"] = "collect") -> Document:
    """Parse one file: ``tillit.readers.parse_file`` when available (txt, md, html, pdf, docx),
    else the file decoded as UTF-8 text (a BOM is dropped). ``source`` is the path."""
    reader = _reader()
    if reader is not None:
        return reader(path, keep_text=keep_text, max_chars=max_chars, errors=errors)
    text = Path(path).read_text(encoding="utf-8-sig")
    return parse(text, source=os.fspath(path), keep_text=keep_text, max_chars=max_chars,
                 errors=errors)


def _source(item: object) -> str | None:
    return os.fspath(cast("os.PathLike[str]", item)) if isinstance(item, os.PathLike) else None


def _one(item: object, options: dict[str, Any], catch: bool) -> Result:
    """Parse one item; with ``catch`` any exception becomes a :class:`ParseFailure`."""
    try:
        if isinstance(item, os.PathLike):
            return parse_path(item, **options)
        if isinstance(item, str):
            return parse(item, **options)
        raise TypeError(f"parse_many items are str (text) or os.PathLike (a path), "
                        f"not {type(item).__name__}")
    except Exception as exc:
        if not catch:
            raise
        return ParseFailure.from_exception(exc, _source(item))


def _chunk(items: list[object], options: dict[str, Any], catch: bool) -> list[Result]:
    """Worker entry point (module level, so it pickles): one chunk of items, in order."""
    return [_one(item, options, catch) for item in items]


def parse_many(items: Iterable[str | os.PathLike[str]], *, workers: int | None = None,
               on_error: Literal["record", "raise"] = "record", keep_text: bool = False,
               max_chars: int = DEFAULT_MAX_CHARS,
               errors: Literal["collect", "raise"] = "collect", chunksize: int = 8,
               prefetch: int = 4) -> Iterator[Document | ParseFailure]:
    """Parse every item and yield one result per item, in input order, as they are ready.

    ``items``: texts (``str``) and paths (``pathlib.Path``/``os.PathLike``, read with
    ``tillit.parse_file`` when ``tillit.readers`` is installed, else as UTF-8 text); a lazy
    iterable is consumed lazily. ``workers``: ``None`` or 1 parses in this process; ``n > 1``
    uses ``n`` processes, sending ``chunksize`` items per task with at most
    ``n * prefetch`` tasks in flight. ``on_error="record"`` yields a :class:`ParseFailure` for
    an item that raised (any ``Exception``: unreadable file, blank text, ``errors="raise"``
    warnings...); ``"raise"`` re-raises it and stops. ``keep_text``, ``max_chars`` and
    ``errors`` are passed to ``parse``/``parse_file``.

    Under the ``spawn`` start method (Windows, macOS) call it from a
    ``if __name__ == "__main__":`` block, as for any process pool.
    """
    if on_error not in ("record", "raise"):
        raise ValueError(f'on_error must be "record" or "raise", not {on_error!r}')
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be None or >= 1, not {workers}")
    if chunksize < 1 or prefetch < 1:
        raise ValueError("chunksize and prefetch must be >= 1")
    options: dict[str, Any] = {"keep_text": keep_text, "max_chars": max_chars, "errors": errors}
    catch = on_error == "record"
    if workers is None or workers == 1:
        return (_one(item, options, catch) for item in items)
    return _pool(items, workers, options, catch, chunksize, prefetch)


def _pool(items: Iterable[object], workers: int, options: dict[str, Any], catch: bool,
          chunksize: int, prefetch: int) -> Iterator[Result]:
    it = iter(items)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[list[Result]]] = deque()

        def submit() -> bool:
            chunk = list(islice(it, chunksize))
            if chunk:
                pending.append(pool.submit(_chunk, chunk, options, catch))
            return bool(chunk)

        while len(pending) < workers * prefetch and submit():
            pass
        try:
            while pending:
                results = pending.popleft().result()
                submit()
                yield from results
        finally:
            for future in pending:
                future.cancel()
