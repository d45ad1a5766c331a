"""Engines run batches of :class:`pipeline.workers.WorkItem` somewhere and report each result.

An engine only schedules: every engine calls the same
:func:`pipeline.workers.run_batch`, which stages its own part (the driver
publishes it on receipt), so the tables cannot depend on the engine. A document that kills or hangs its worker is
turned into an error row by the engine, and the other documents of its batch
are run again.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Protocol

from pipeline.workers import BatchResult, WorkItem

Handle = Callable[[BatchResult], None]


@dataclass(frozen=True)
class Limits:
    """Per-document isolation: a file that runs longer or allocates more becomes an error row."""

    doc_timeout: float = 600.0
    memory_mb: int = 2048

    @property
    def key(self) -> str:
        return f"{self.doc_timeout:g}s/{self.memory_mb}MB"


class Engine(Protocol):
    def run(self, batches: list[list[WorkItem]], handle: Handle) -> None: ...


def make_engine(name: str, *, parts_dir: str, version: str, workers: int, limits: Limits, scheduler: str | None = None) -> Engine:
    if name == "local":
        from pipeline.engines.local import LocalEngine

        return LocalEngine(parts_dir, version, workers, limits)
    if name == "dask":
        from pipeline.engines.dask_cluster import DaskEngine

        return DaskEngine(parts_dir, version, workers, limits, scheduler)
    raise ValueError(f"unknown engine {name!r} (local or dask)")
