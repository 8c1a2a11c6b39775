"""Pipeline speed and memory: gazetteer load, then articles per second for 1, 100 and 2,000 articles.

The seed articles are repeated with a changed name each time. Run: ``.venv/bin/python benchmarks/pipeline.py``.
"""

from __future__ import annotations

import resource
import time
from dataclasses import replace
from pathlib import Path

from geo.events import process_article
from geo.gazetteer import load_gazetteer
from geo.ingest import load_articles

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    started = time.perf_counter()
    gazetteer = load_gazetteer()
    print(f"gazetteer load: {time.perf_counter() - started:.2f} s (from the cache after the first run)")
    seeds, _ = load_articles([ROOT / "data" / "articles"])
    for count in (1, 100, 2000):
        articles = [replace(seeds[i % len(seeds)], name=f"copy-{i}.txt") for i in range(count)]
        started = time.perf_counter()
        events = sum(len(process_article(a, gazetteer).events) for a in articles)
        elapsed = time.perf_counter() - started
        print(f"{count:>5} articles: {count / elapsed:7.1f} articles/s, {events} events")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(f"peak memory (max resident set): {peak / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
