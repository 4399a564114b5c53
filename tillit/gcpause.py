"""The cyclic garbage collector paused for work that makes many small objects and no cycles."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic collector and put it back as it was found: a parse or a family
    grouping frees its objects by their reference counts, and full collections over the many
    still alive cost a quarter to a third of the run time. The collector's state is the
    process's: a thread that changes it meanwhile finds it as the last pause to end left it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
