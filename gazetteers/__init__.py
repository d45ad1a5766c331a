"""Reference data (CSV files in this folder) and the code that loads it."""
from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent


def read_rows(name: str) -> list[dict[str, str]]:
    """The rows of one of this folder's CSV files, every value a string (empty where blank), so every
    reader of the data parses it the same way."""
    with (HERE / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))
