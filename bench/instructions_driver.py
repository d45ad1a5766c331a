"""Every extractor over N copies of the sample corpus, text caches cleared per copy: a driver to count instructions.

Timings on a shared machine move by a quarter from run to run; instruction counts barely move, so a session's cost in
speed is read from them. Run it under valgrind once with no copy and once with one, and take the difference (start-up,
imports and the warm-up copy cancel out)::

    PYTHONHASHSEED=0 OPENBLAS_NUM_THREADS=1 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        .venv/bin/python bench/instructions_driver.py . 0      # then with 1; compare the two "I refs"

The first argument is the checkout whose ``corpora/`` is read (a worktree of another commit, with ``PYTHONPATH`` set to
it, measures that commit's code).
"""
from __future__ import annotations

import sys
from pathlib import Path

root = Path(sys.argv[1]).resolve()
copies = int(sys.argv[2])
sys.path[:0] = [str(root), str(root / "bench")]

from extract_speed import load_corpus, run_extractors  # noqa: E402

docs = load_corpus([root / "corpora"])
run_extractors(docs, 1, cold=True)  # warm-up: imports, gazetteers, the tagger, automata built on first use
if copies:
    run_extractors(docs, copies, cold=True)
