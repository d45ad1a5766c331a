"""How extraction time grows with one block's length: a text file that is one long line.

Usage: ``.venv/bin/python bench/long_block.py [--mb 0.25 1 2]``

Archives hold text files with no line break at all (a paragraph pasted from a
web form, a conversion that lost its newlines); the whole file is one block.
Work done once per figure over every date or place of the block turns
quadratic there (it did: 1 MB took 6.8 s and 4 MB 77 s, for a per-figure scan of
the block's periods). This prints the CPU seconds of every extractor on one
block of each size, and the same text with a newline after each sentence as the
baseline, measured in the same run; the per-MB cost should stay flat. Numbers
only, no asserts.
"""
from __future__ import annotations

import argparse
import time

from pipeline.load import load_bytes
from pipeline.workers import process

SENTENCE = ("BÁO CÁO kết quả công tác dân vận năm 2020. Toàn huyện đã tổ chức 45 hội nghị với 3.250 lượt cán "
            "bộ tham gia ngày 15/3/2021. ")


def seconds(text: str) -> float:
    doc = load_bytes(text.encode("utf-8"), "long.txt")
    started = time.process_time()
    process(doc)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[0.25, 1.0, 2.0])
    args = parser.parse_args()
    seconds(SENTENCE * 10)  # warm-up: gazetteers, tagger, patterns
    for mb in args.mb:
        copies = int(mb * 1e6) // len(SENTENCE.encode("utf-8")) + 1
        one_line = seconds(SENTENCE * copies)
        lines = seconds((SENTENCE.rstrip() + "\n") * copies)
        print(f"{mb:g} MB: one line {one_line:.2f}s ({one_line / mb:.2f}s/MB); "
              f"a line per sentence {lines:.2f}s ({lines / mb:.2f}s/MB)")


if __name__ == "__main__":
    main()
