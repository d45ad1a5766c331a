"""Extractors: one module per kind of item, run in order over one Document.

A module here is a component when it defines

* ``TABLE: str`` — the output table its rows go to (SPEC §6),
* ``extract(doc: Document) -> None`` — adds rows with ``doc.add(TABLE, block, start, end, ...)``,
* optionally ``AFTER: tuple[str, ...]`` — components whose rows it reads
  (references read dates to link issue dates, for instance), and
* optionally ``resolve(tables: dict[str, pandas.DataFrame]) -> None`` — a
  corpus-level step run once after every document (canonical ids, say).

Components are discovered, not listed, so adding one never edits another.
"""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from types import ModuleType


def _is_component(module: ModuleType) -> bool:
    return isinstance(getattr(module, "TABLE", None), str) and callable(getattr(module, "extract", None))


@lru_cache(maxsize=None)
def components() -> tuple[ModuleType, ...]:
    """Components in dependency order (``AFTER``), ties broken by name."""
    found: dict[str, ModuleType] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if _is_component(module):
            found[info.name] = module
    ordered: list[ModuleType] = []
    done: set[str] = set()

    def visit(name: str, trail: tuple[str, ...] = ()) -> None:
        if name in done:
            return
        if name in trail:
            raise RuntimeError(f"extractor cycle: {' -> '.join(trail + (name,))}")
        for dep in getattr(found[name], "AFTER", ()):
            if dep in found:
                visit(dep, trail + (name,))
        done.add(name)
        ordered.append(found[name])

    for name in sorted(found):
        visit(name)
    return tuple(ordered)
