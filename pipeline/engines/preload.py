"""Imported once by the local engine's fork server, so every worker forked from it starts warm.

Loading gazetteers and tagger models takes seconds; done here, it is paid once
per run instead of once per worker (and again after every worker a hostile
file kills), and the loaded data is shared copy-on-write between workers.
"""
from __future__ import annotations

from pipeline.workers import warm_up

try:
    warm_up()
except Exception:  # noqa: BLE001 - each worker warms up again and reports what fails
    pass
