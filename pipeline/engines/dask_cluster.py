"""The same batches on a Dask distributed cluster.

Each task is :func:`pipeline.workers.run_batch`, which stages its part in
``<out>/_parts`` itself (the driver publishes it on receipt): the inputs and the output folder must be on a
filesystem that every Dask worker sees under the same path. The driver only
gets the small batch summaries back.

Isolation works as on the local engine, with Dask's own parts:

* **Memory** comes from Dask's nanny (``--memory-limit``): a task that keeps
  killing its worker fails with ``KilledWorker``; its batch is then rerun one
  document at a time so that only the document at fault becomes an error row.
* **Time**: a task thread cannot be interrupted, so each task logs an event
  as it starts a document (``Worker.log_event``); the driver, subscribed to
  the topic, restarts the worker (through its nanny) once a document overruns
  ``--doc-timeout``, writes that document's error row and submits the rest of
  its batch again. Workers started without a nanny cannot be restarted: there
  a document that overruns is reported, not stopped.
"""
from __future__ import annotations

import contextlib
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Any

from pipeline.engines import Handle, Limits
from pipeline.workers import BatchResult, WorkItem, stage_failure, run_batch, warm_up

_START_TOPIC = "vnreport-document-start"
_POLL_SECONDS = 0.25


def _warm_up_plugin() -> Any:
    from distributed import WorkerPlugin

    class WarmUp(WorkerPlugin):
        """Every worker, including one restarted after a timeout, loads models and gazetteers
        before it takes work, so their seconds are never charged to a document's time."""

        name = "vnreport-warm-up"

        def setup(self, worker: Any) -> None:
            warm_up()

    return WarmUp()


def run_reporting(items: list[WorkItem], token: str, parts_dir: str, version: str, limits_key: str) -> BatchResult:
    """``run_batch`` on a worker, telling the driver which document of batch ``token`` it starts."""
    from distributed import get_worker

    worker = get_worker()

    def started(index: int) -> None:
        worker.log_event(_START_TOPIC, {"token": token, "index": index, "worker": worker.address})

    return run_batch(items, parts_dir, version, on_start=started, limits_key=limits_key)


@dataclass
class _Task:
    """A submitted batch and, once its worker says so, the document it is on."""

    future: Any
    batch: list[WorkItem]
    index: int | None = None
    worker: str | None = None
    started: float = 0.0


class DaskEngine:
    def __init__(self, parts_dir: str, version: str, workers: int, limits: Limits, scheduler: str | None) -> None:
        self.parts_dir = parts_dir
        self.version = version
        self.workers = workers
        self.limits = limits
        self.scheduler = scheduler

    def run(self, batches: list[list[WorkItem]], handle: Handle) -> None:
        from distributed import Client, LocalCluster

        cluster: Any = None
        if self.scheduler:
            client = Client(self.scheduler)
        else:  # no cluster given: one on this machine, a process per worker (each with a nanny)
            cluster = LocalCluster(n_workers=max(self.workers, 1), threads_per_worker=1,
                                   memory_limit=f"{self.limits.memory_mb}MiB", dashboard_address=None)
            client = Client(cluster)
        tasks: dict[str, _Task] = {}
        lock = threading.Lock()  # events arrive on the client's event-loop thread

        def on_start(event: tuple[float, dict[str, Any]]) -> None:
            message = event[1]
            with lock:
                task = tasks.get(message["token"])
                if task is not None:
                    task.index, task.worker, task.started = message["index"], message["worker"], time.monotonic()

        try:
            client.register_plugin(_warm_up_plugin())
            client.subscribe_topic(_START_TOPIC, on_start)
            for batch in batches:
                if batch:
                    self._submit(client, tasks, lock, batch)
            while tasks:
                self._collect(client, tasks, lock, handle)
                self._stop_overruns(client, tasks, lock, handle)
        finally:
            with contextlib.suppress(ValueError):  # never subscribed: the failure is raised already
                client.unsubscribe_topic(_START_TOPIC)
            client.close()
            if cluster is not None:
                cluster.close()

    def _submit(self, client: Any, tasks: dict[str, _Task], lock: threading.Lock, batch: list[WorkItem]) -> None:
        token = uuid.uuid4().hex
        with lock:  # registered before the task can start, so its first event finds it
            tasks[token] = _Task(None, batch)
            tasks[token].future = client.submit(run_reporting, batch, token, self.parts_dir, self.version,
                                                self.limits.key, pure=False)

    def _collect(self, client: Any, tasks: dict[str, _Task], lock: threading.Lock, handle: Handle) -> None:
        """Handle every finished batch, waiting at most one poll interval for one."""
        from distributed import wait
        from distributed.scheduler import KilledWorker

        with lock:
            futures = {task.future: token for token, task in tasks.items()}
        try:
            finished = wait(list(futures), timeout=_POLL_SECONDS, return_when="FIRST_COMPLETED").done
        except TimeoutError:
            return
        for future in finished:
            with lock:
                task = tasks.pop(futures[future])
            try:
                result = future.result()
            except KilledWorker as exc:
                if len(task.batch) > 1:  # the document at fault is not known: each alone
                    for item in task.batch:
                        self._submit(client, tasks, lock, [item])
                    continue
                handle(stage_failure(task.batch[0], f"worker died while processing this document: {exc}",
                                      self.parts_dir, self.version, self.limits.key))
                continue
            handle(result)

    def _stop_overruns(self, client: Any, tasks: dict[str, _Task], lock: threading.Lock, handle: Handle) -> None:
        """Restart the worker of each document past the time limit; blame it, rerun the rest of its batch."""
        now = time.monotonic()
        with lock:
            late = [(token, task) for token, task in tasks.items()  # a done one is ``_collect``'s next
                    if task.index is not None and now - task.started > self.limits.doc_timeout
                    and not task.future.done()]
            for token, _ in late:
                del tasks[token]
        for _, task in late:
            assert task.index is not None and task.worker is not None
            task.future.cancel()  # no longer wanted: the scheduler must not run it again elsewhere
            status = client.restart_workers([task.worker], raise_for_error=False)
            if status.get(task.worker) != "OK":
                print(f"vnreport: worker {task.worker} could not be restarted ({status.get(task.worker)}); "
                      f"it keeps running a document past --doc-timeout (start workers with a nanny)", file=sys.stderr)
            item = task.batch[task.index]
            handle(stage_failure(item, f"timed out after {self.limits.doc_timeout:g}s (--doc-timeout)", self.parts_dir,
                                  self.version, self.limits.key))
            for rest in (task.batch[task.index + 1:], task.batch[:task.index]):
                if rest:
                    self._submit(client, tasks, lock, rest)
