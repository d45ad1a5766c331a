"""The same batches on a Dask distributed cluster.

Each task is :func:`pipeline.workers.run_batch`, which commits its part to
``<out>/_parts`` itself: the inputs and the output folder must be on a
filesystem that every Dask worker sees under the same path. The driver only
gets the small batch summaries back. Memory isolation comes from Dask's nanny
(``--memory-limit``): a task that keeps killing its worker fails with
``KilledWorker``; its batch is then rerun one document at a time so that only
the document at fault becomes an error row.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.engines import Handle, Limits
from pipeline.workers import WorkItem, commit_documents, failed_document, run_batch, stat_or_none, warm_up


class DaskEngine:
    def __init__(self, parts_dir: str, version: str, workers: int, limits: Limits, scheduler: str | None) -> None:
        self.parts_dir = parts_dir
        self.version = version
        self.workers = workers
        self.limits = limits
        self.scheduler = scheduler

    def run(self, batches: list[list[WorkItem]], handle: Handle) -> None:
        from distributed import Client, LocalCluster, as_completed
        from distributed.scheduler import KilledWorker

        cluster: Any = None
        if self.scheduler:
            client = Client(self.scheduler)
        else:  # no cluster given: one on this machine, a process per worker
            cluster = LocalCluster(n_workers=max(self.workers, 1), threads_per_worker=1,
                                   memory_limit=f"{self.limits.memory_mb}MiB", dashboard_address=None)
            client = Client(cluster)
        try:
            client.run(warm_up)  # load models and gazetteers on every worker before the work arrives
            pending: dict[Any, list[WorkItem]] = {}
            for batch in batches:
                if batch:
                    pending[self._submit(client, batch)] = batch
            done = as_completed(list(pending))
            for future in done:
                batch = pending.pop(future)
                try:
                    result = future.result()
                except KilledWorker as exc:
                    if len(batch) > 1:
                        for item in batch:
                            retry = self._submit(client, [item])
                            pending[retry] = [item]
                            done.add(retry)
                        continue
                    item = batch[0]
                    handle(commit_documents([(failed_document(item, f"worker died while processing this document: {exc}"), stat_or_none(item.path))],
                                            Path(self.parts_dir), self.version, self.limits.key))
                    continue
                handle(result)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    def _submit(self, client: Any, batch: list[WorkItem]) -> Any:
        return client.submit(run_batch, batch, self.parts_dir, self.version, pure=False, limits_key=self.limits.key)
