"""The readings tillit keeps across parses, and a way to drop them.

A line's or a block's reading that depends on its text alone is kept (bounded LRU caches, the
proposal stage's ``_KEPT`` dict), so a heading or boilerplate repeated from document to
document is read once. Kept readings never change a result. :func:`clear_caches` drops them:
a long-running process may release their memory, and a measurement may start a parse cold.
"""

from __future__ import annotations

import sys


def clear_caches() -> int:
    """Empty every bounded cache and kept-readings dict of tillit's modules; the number of
    caches emptied. Tables loaded once (the lexicon, compiled patterns) stay: they are
    unbounded caches of constants, not readings of texts."""
    emptied = 0
    for name, module in list(sys.modules.items()):
        if module is None or (name != "tillit" and not name.startswith("tillit.")):
            continue
        for obj in list(vars(module).values()):
            info = getattr(obj, "cache_info", None)
            if callable(info) and getattr(obj, "__module__", None) == name \
                    and info().maxsize is not None:
                obj.cache_clear()
                emptied += 1
        kept = vars(module).get("_KEPT")
        if isinstance(kept, dict):
            kept.clear()
            emptied += 1
    return emptied
