"""Characters per second of the whole extraction, next to dateparser on the same text.

Usage: ``.venv/bin/python bench/extract_speed.py [--mb 3] [--dateparser-mb 0.2] [inputs…]``

The corpus is the blocks of the given inputs (default ``corpora/``) repeated
to the requested size, in documents of the seeds' own size so per-document
work is counted as often as it would be. Every extractor
(``extractors.components()``) runs in this one process, on one core. Each
extractor's share is printed as well, because one slow component hides
behind a total. dateparser (the ``bench`` extra) runs ``search_dates(text,
languages=['vi'])`` on a prefix of the same blocks; it is slow enough that
timing a prefix is the only way to finish, and the rate is per character
either way; it is warmed up first and timed in every round, right after the
extractors, so each round gives a ratio of two rates measured seconds apart
(the machine's speed drifts over minutes). Repetition flatters any cache keyed on text (the counted-noun
tagger cache in figures, for one), so a second figure is printed with every
``normalize.text_cache`` cleared for every copy of the corpus. Each copy gets
new ``Block`` objects, so forms memoised on a block are computed again too.

Rates are CPU seconds of this process (``time.process_time``): one core's
throughput even on a machine other jobs share; wall-clock seconds are printed
beside them (CPU time still moves by a third between runs when other jobs
share the cores' caches: compare runs made back to back). Each mode is
timed once per round (``--repeat`` rounds) and summed up as median and range,
since one run alone says little on such a machine. Start-up (imports,
gazetteers, the tagger, automata built on first use) is not throughput; it is
measured apart in a fresh interpreter, once with an empty gazetteer build cache
(``gazetteers.build_cache``) and once with the cache that run filled, and
printed first (``--no-startup`` skips it). Numbers only; no asserts.
"""
from __future__ import annotations

import argparse
import copy
import dataclasses
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import extractors
from pipeline.ingest import iter_inputs
from pipeline.load import load_path
from pipeline.models import Document
from pipeline.normalize import clear_text_caches

ROOT = Path(__file__).resolve().parent.parent


def load_corpus(inputs: list[Path]) -> list[Document]:
    docs = [load_path(path, root) for path, root in iter_inputs(inputs)]
    return [d for d in docs if d.status == "ok"]


def fresh(doc: Document, copy_no: int) -> Document:
    """A copy with no extracted rows, so each run does the whole job again."""
    clone = copy.copy(doc)
    clone.doc_id = f"{doc.doc_id}#{copy_no}"
    clone.items = {}
    clone.meta = dict(doc.meta)
    clone.blocks = [dataclasses.replace(b) for b in doc.blocks]
    return clone


_STARTUP = """
import time
t0 = time.process_time()
import extractors
from pipeline.models import Document
doc = Document("startup", "startup.txt", "text", "0")
doc.add_block("paragraph", "UBND tỉnh Cà Mau ban hành Kế hoạch số 12/KH-UBND ngày 3/2/2025, chi 1,5 tỷ đồng, có 12 con bò lạ.")
for component in extractors.components():
    component.extract(doc)
print(time.process_time() - t0)
"""


def startup_seconds(cache_dir: str) -> tuple[float, float]:
    """CPU and wall seconds of a fresh interpreter importing every extractor and running it once,
    with ``cache_dir`` as the gazetteer build cache (``gazetteers.build_cache``)."""
    env = dict(os.environ, VNREPORT_CACHE_DIR=cache_dir)
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _STARTUP], capture_output=True, text=True, check=True, cwd=ROOT,
                         env=env)
    return float(out.stdout.strip().splitlines()[-1]), time.perf_counter() - t0


def run_extractors(docs: list[Document], copies: int, cold: bool) -> tuple[int, float, float, dict[str, float]]:
    """Characters, CPU seconds, wall seconds and CPU seconds per component.

    Only the extractors are timed: copying the corpus (``fresh``) and emptying
    caches are the bench's own work, so the total is the sum of the components.
    """
    per_component: dict[str, float] = defaultdict(float)
    chars = 0
    wall = 0.0
    for n in range(copies):
        if cold:
            clear_text_caches()
        for doc in docs:
            work = fresh(doc, n)
            chars += sum(len(b.text) for b in work.blocks)
            w0 = time.perf_counter()
            for component in extractors.components():
                t0 = time.process_time()
                component.extract(work)
                per_component[component.__name__.rsplit(".", 1)[-1]] += time.process_time() - t0
            wall += time.perf_counter() - w0
    return chars, sum(per_component.values()), wall, per_component


def run_dateparser(texts: list[str], limit_chars: int) -> tuple[int, float, int]:
    """Characters, CPU seconds and dates found by ``search_dates`` on a prefix of ``texts``.

    Its first call loads the language data (a fifth of a second, several
    percent of the run): that is start-up, not throughput, as for the
    extractors, so it happens before the clock starts.
    """
    from dateparser.search import search_dates

    search_dates("ngày 3 tháng 2 năm 2020", languages=["vi"])
    chars = found = 0
    started = time.process_time()
    for text in texts:
        if chars >= limit_chars:
            break
        chars += len(text)
        found += len(search_dates(text, languages=["vi"]) or [])
    return chars, time.process_time() - started, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=Path, default=[ROOT / "corpora"])
    parser.add_argument("--mb", type=float, default=3.0, help="size of the repeated corpus (millions of characters)")
    parser.add_argument("--dateparser-mb", type=float, default=0.2, help="characters given to dateparser (millions)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds (each mode and dateparser, back to back); "
                        "the summary gives median and range")
    parser.add_argument("--no-startup", action="store_true", help="skip the fresh-interpreter start-up measurement")
    args = parser.parse_args()

    if not args.no_startup:
        with tempfile.TemporaryDirectory() as cache:
            for label in ("empty build cache", "build cache filled by the run before"):
                cpu, wall = startup_seconds(cache)
                if label != "empty build cache":  # best of three: other jobs on the machine only add time
                    cpu, wall = min([(cpu, wall)] + [startup_seconds(cache) for _ in range(2)])
                print(f"start-up ({label}; fresh interpreter: imports, gazetteers, tagger, one tiny document): "
                      f"{cpu:.2f}s CPU, {wall:.2f}s wall")
    docs = load_corpus(args.inputs)
    base = sum(len(b.text) for d in docs for b in d.blocks)
    copies = max(1, round(args.mb * 1e6 / base))
    print(f"corpus: {len(docs)} documents, {base:,} characters of blocks, repeated {copies}× "
          f"= {base * copies:,} characters")
    # warm-up: imports and first-use loading (gazetteers, tagger model) are not throughput
    run_extractors(docs, 1, cold=False)

    try:
        import dateparser  # noqa: F401
    except ImportError:
        dateparser = None
        print("\ndateparser not installed (pip install '.[bench]'): no baseline")
    texts = [b.text for _ in range(copies) for d in docs for b in d.blocks]
    modes = (("warm caches", False), ("caches cleared per copy", True))
    rates: dict[str, list[float]] = {label: [] for label, _ in modes}
    ratios: dict[str, list[float]] = {label: [] for label, _ in modes}
    dp_rates: list[float] = []
    # Round by round, each mode and then dateparser back to back: the machine's speed drifts over
    # minutes, and a ratio of two numbers timed seconds apart drifts far less than either number.
    for round_no in range(1, args.repeat + 1):
        print(f"\nround {round_no}")
        for label, cold in modes:
            if cold:
                clear_text_caches()
            chars, seconds, wall, parts = run_extractors(docs, copies, cold)
            rates[label].append(chars / seconds)
            print(f"all extractors ({label}): {chars:,} chars in {seconds:.2f}s CPU ({wall:.2f}s wall) "
                  f"= {chars / seconds:,.0f} chars/s per core")
            for name, spent in sorted(parts.items(), key=lambda kv: -kv[1]):
                print(f"  {name:<12} {spent:7.2f}s  {chars / spent if spent else float('inf'):>14,.0f} chars/s")
        if dateparser is None:
            continue
        dp_chars, dp_seconds, dp_found = run_dateparser(texts, int(args.dateparser_mb * 1e6))
        dp_rates.append(dp_chars / dp_seconds)
        for label in rates:
            ratios[label].append(rates[label][-1] / dp_rates[-1])
        print(f"dateparser.search_dates(languages=['vi']): {dp_chars:,} chars in {dp_seconds:.2f}s CPU "
              f"= {dp_rates[-1]:,.0f} chars/s ({dp_found} dates); this round: "
              + ", ".join(f"{ratios[label][-1]:.1f}× ({label})" for label in rates))

    def spread(values: list[float], fmt: str) -> str:
        return f"median {statistics.median(values):{fmt}} (range {min(values):{fmt}}–{max(values):{fmt}})"

    print(f"\nsummary over {args.repeat} rounds")
    if dp_rates:
        print(f"dateparser: {spread(dp_rates, ',.0f')} chars/s")
    for label in rates:
        line = f"all extractors ({label}): {spread(rates[label], ',.0f')} chars/s per core"
        if ratios[label]:
            line += f"; {spread(ratios[label], '.1f')}× dateparser, round by round"
        print(line)


if __name__ == "__main__":
    main()
