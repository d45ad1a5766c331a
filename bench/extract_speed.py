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
either way. Repetition flatters any cache keyed on text (the counted-noun
tagger cache in figures, for one), so a second figure is printed with those
caches cleared for every copy of the corpus. Numbers only; no asserts.
"""
from __future__ import annotations

import argparse
import copy
import time
from collections import defaultdict
from pathlib import Path

import extractors
from pipeline.ingest import iter_inputs
from pipeline.load import load_path
from pipeline.models import Document

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
    return clone


def clear_text_caches() -> None:
    from extractors import figure_counted

    figure_counted._tags.cache_clear()


def run_extractors(docs: list[Document], copies: int, cold: bool) -> tuple[int, float, dict[str, float]]:
    per_component: dict[str, float] = defaultdict(float)
    chars = 0
    started = time.perf_counter()
    for n in range(copies):
        if cold:
            clear_text_caches()
        for doc in docs:
            work = fresh(doc, n)
            chars += sum(len(b.text) for b in work.blocks)
            for component in extractors.components():
                t0 = time.perf_counter()
                component.extract(work)
                per_component[component.__name__.rsplit(".", 1)[-1]] += time.perf_counter() - t0
    return chars, time.perf_counter() - started, per_component


def run_dateparser(texts: list[str], limit_chars: int) -> tuple[int, float, int]:
    from dateparser.search import search_dates

    chars = found = 0
    started = time.perf_counter()
    for text in texts:
        if chars >= limit_chars:
            break
        chars += len(text)
        found += len(search_dates(text, languages=["vi"]) or [])
    return chars, time.perf_counter() - started, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=Path, default=[ROOT / "corpora"])
    parser.add_argument("--mb", type=float, default=3.0, help="size of the repeated corpus (millions of characters)")
    parser.add_argument("--dateparser-mb", type=float, default=0.2, help="characters given to dateparser (millions)")
    args = parser.parse_args()

    docs = load_corpus(args.inputs)
    base = sum(len(b.text) for d in docs for b in d.blocks)
    copies = max(1, round(args.mb * 1e6 / base))
    print(f"corpus: {len(docs)} documents, {base:,} characters of blocks, repeated {copies}× "
          f"= {base * copies:,} characters")
    # warm-up: imports and first-use loading (gazetteers, tagger model) are not throughput
    run_extractors(docs, 1, cold=False)

    rates: dict[str, float] = {}
    for label, cold in (("warm caches", False), ("caches cleared per copy", True)):
        chars, seconds, parts = run_extractors(docs, copies, cold)
        rates[label] = chars / seconds
        print(f"\nall extractors ({label}): {chars:,} chars in {seconds:.2f}s = {chars / seconds:,.0f} chars/s")
        for name, spent in sorted(parts.items(), key=lambda kv: -kv[1]):
            print(f"  {name:<12} {spent:7.2f}s  {chars / spent if spent else float('inf'):>14,.0f} chars/s")

    texts = [b.text for _ in range(copies) for d in docs for b in d.blocks]
    try:
        dp_chars, dp_seconds, dp_found = run_dateparser(texts, int(args.dateparser_mb * 1e6))
    except ImportError:
        print("\ndateparser not installed (pip install '.[bench]')")
        return
    dp_rate = dp_chars / dp_seconds
    print(f"\ndateparser.search_dates(languages=['vi']): {dp_chars:,} chars in {dp_seconds:.2f}s "
          f"= {dp_rate:,.0f} chars/s ({dp_found} dates)")
    for label, rate in rates.items():
        print(f"all extractors ({label}) / dateparser: {rate / dp_rate:,.1f}×")


if __name__ == "__main__":
    main()
