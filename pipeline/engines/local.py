"""Worker processes on this machine, supervised one document at a time.

A plain ``ProcessPoolExecutor`` cannot do what an archive needs: when one
worker dies the whole pool breaks, and a hung task cannot be killed. Here each
worker tells the driver which document it starts, so the driver can kill a
worker that overruns the time limit, blame exactly that document (error row),
and run the rest of its batch again on a fresh worker.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from pipeline.engines import Handle, Limits
from pipeline.workers import WorkItem, stage_failure, run_batch, worker_main

_POLL_SECONDS = 0.25
_GRACE_SECONDS = 3.0
_MAX_STARTUP_FAILURES = 3  # workers dying before their first document: the setup, not a file, is at fault


@dataclass
class _Slot:
    process: Any
    conn: Connection
    batch: list[WorkItem] | None = None
    index: int | None = None
    started: float = 0.0
    killed_for: str | None = None


class LocalEngine:
    def __init__(self, parts_dir: str, version: str, workers: int, limits: Limits) -> None:
        self.parts_dir = parts_dir
        self.version = version
        self.workers = workers
        self.limits = limits

    def run(self, batches: list[list[WorkItem]], handle: Handle) -> None:
        if self.workers <= 0:  # in-process: no isolation, for debugging
            for batch in batches:
                handle(run_batch(batch, self.parts_dir, self.version, check_version=False, limits_key="none"))
            return
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, "1")  # one core per worker; threads inside would only fight
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["pipeline.engines.preload"])
        queue: deque[list[WorkItem]] = deque(b for b in batches if b)
        slots: list[_Slot] = []
        startup_failures = 0
        try:
            while queue or any(s.batch is not None for s in slots):
                idle = sum(1 for s in slots if s.batch is None)
                while len(slots) < self.workers and len(queue) > idle:
                    slots.append(self._spawn(ctx))
                    idle += 1
                for slot in slots:
                    if slot.batch is None and queue:
                        slot.batch, slot.index = queue.popleft(), None
                        slot.conn.send(slot.batch)
                ready = wait([s.conn for s in slots] + [s.process.sentinel for s in slots], timeout=_POLL_SECONDS)
                for slot in list(slots):
                    if slot.conn in ready or slot.process.sentinel in ready:
                        alive = self._drain(slot, handle)
                        if not alive:
                            startup_failures = self._bury(slot, slots, queue, handle, startup_failures)
                    elif slot.index is not None and time.monotonic() - slot.started > self.limits.doc_timeout:
                        slot.killed_for = f"timed out after {self.limits.doc_timeout:g}s (--doc-timeout)"
                        _stop(slot.process)
                        startup_failures = self._bury(slot, slots, queue, handle, startup_failures)
        finally:
            for slot in slots:
                try:
                    slot.conn.send(None)
                except OSError:
                    pass
            for slot in slots:
                slot.process.join(timeout=5)
                if slot.process.is_alive():
                    slot.process.kill()
                    slot.process.join()

    def _spawn(self, ctx: Any) -> _Slot:
        parent, child = ctx.Pipe()
        process = ctx.Process(target=worker_main, args=(child, self.parts_dir, self.version, self.limits.memory_mb, self.limits.key, os.getpid()), daemon=True)
        process.start()
        child.close()
        return _Slot(process, parent)

    def _drain(self, slot: _Slot, handle: Handle) -> bool:
        """Handle every message the worker has sent; False once it is gone."""
        try:
            while slot.conn.poll():
                kind, payload = slot.conn.recv()
                if kind == "start":
                    slot.index, slot.started = payload, time.monotonic()
                elif kind == "done":
                    slot.batch, slot.index = None, None
                    handle(payload)
                elif kind in ("fatal", "failed"):
                    raise RuntimeError(f"worker {slot.process.pid}: {payload}")
        except (EOFError, OSError):
            return False
        if slot.process.is_alive() or slot.process.exitcode is None:
            return True
        slot.process.join()
        return False

    def _bury(self, slot: _Slot, slots: list[_Slot], queue: deque[list[WorkItem]], handle: Handle, startup_failures: int) -> int:
        """Replace a dead worker; its current document becomes an error row, the rest of its batch is rerun."""
        slots.remove(slot)
        slot.conn.close()
        slot.process.join(timeout=5)
        batch, index = slot.batch, slot.index
        if batch is None:
            return startup_failures
        if index is None:
            if startup_failures + 1 >= _MAX_STARTUP_FAILURES:
                raise RuntimeError(f"workers keep dying before their first document (exit code {slot.process.exitcode}); "
                                   f"is --max-memory ({self.limits.memory_mb} MB) too small?")
            queue.appendleft(batch)
            return startup_failures + 1
        reason = slot.killed_for or _death_reason(slot.process.exitcode)
        item = batch[index]
        handle(stage_failure(item, reason, self.parts_dir, self.version, self.limits.key))
        for rest in (batch[index + 1:], batch[:index]):
            if rest:
                queue.appendleft(rest)
        return 0


def _stop(process: Any) -> None:
    """Ask a worker to stop (it unwinds: a conversion it started is stopped, its temporary files go),
    then kill it if it has not within the grace time (stuck in native code)."""
    process.terminate()
    process.join(timeout=_GRACE_SECONDS)
    if process.is_alive():
        process.kill()
        process.join()


def _death_reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name
        hint = " (out of memory?)" if -exitcode == signal.SIGKILL else ""
        return f"worker process killed by {name}{hint} while processing this document"
    return f"worker process exited with code {exitcode} while processing this document"
