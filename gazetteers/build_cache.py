"""A disk cache for gazetteer structures that take a second to build and never change.

Every process (each ingest worker, each CLI call) used to rebuild the
administrative-unit index from the package's SQLite file; loading the built
index back is ten times faster. Nothing generated is shipped: the file is made
at first use in the user's cache directory, named by a hash of every input
(data files *and* the code that builds from them, plus the Python version), so a
changed input simply yields a new file. A cache that cannot be read or
written is ignored and the structure is built as before.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")

ENV_DIR = "VNREPORT_CACHE_DIR"  # set to an empty string to switch the cache off


def cache_dir() -> Path | None:
    """``$VNREPORT_CACHE_DIR``, else ``$XDG_CACHE_HOME/vnreport``, else ``~/.cache/vnreport``."""
    configured = os.environ.get(ENV_DIR)
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "vnreport"


def inputs_hash(name: str, sources: Iterable[Path]) -> str:
    """Hash of the structure's name, the Python version and the bytes of every source."""
    digest = hashlib.sha256(f"{name}\0{sys.version}\0{pickle.HIGHEST_PROTOCOL}".encode())
    for path in sources:
        digest.update(str(path.name).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def cached(name: str, sources: Iterable[Path], build: Callable[[], T]) -> T:
    """``build()``, or the result a previous process built from the same ``sources``."""
    folder = cache_dir()
    if folder is None:
        return build()
    try:
        path = folder / f"{name}-{inputs_hash(name, sources)}.pickle"
    except OSError:
        return build()
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:  # missing, truncated or from another version: build again
        pass
    value = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=folder, prefix=f".{name}-", delete=False) as tmp:
            pickle.dump(value, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)  # atomic: parallel workers never read a half-written file
    except Exception:  # read-only home, full disk, …: the cache is an optimisation only
        try:
            os.unlink(tmp.name)
        except (OSError, UnboundLocalError):
            pass
    return value
