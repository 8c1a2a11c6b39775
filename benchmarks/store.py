"""Store speed: articles added per second, and the time to read one day's events with 10,000 articles
stored (SQLite by default; set FRONTLINE_DB_URL to measure PostgreSQL).

The pipeline runs once per seed article; the copies reuse its events, so this measures the store.
Run from the repository: ``.venv/bin/python -m benchmarks.store``.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from geo.events import process_article
from geo.ingest import load_articles
from geo.pipeline import default_gazetteer
from geo.store import Store

ROOT = Path(__file__).resolve().parent.parent
COUNT = 10_000


def main() -> None:
    seeds, _ = load_articles([ROOT / "data" / "articles"])
    results = [process_article(a, default_gazetteer()) for a in seeds]
    with tempfile.TemporaryDirectory() as folder:
        store = Store(os.environ.get("FRONTLINE_DB_URL") or f"sqlite:///{folder}/bench.sqlite")
        started = time.perf_counter()
        for i in range(COUNT):
            seed, result = seeds[i % len(seeds)], results[i % len(seeds)]
            article = replace(seed, name=f"copy-{i}.txt", text=f"{seed.text}\n\nCopy {i}.")
            store.add(article, replace(result, article=article))
        elapsed = time.perf_counter() - started
        articles, events = store.count()
        print(f"added {articles:,} articles ({events:,} events): {COUNT / elapsed:.0f} articles/s")
        timings = []
        for _ in range(5):
            started = time.perf_counter()
            day = store.events(day=date(2024, 11, 29))
            timings.append(time.perf_counter() - started)
        print(f"one day's events ({len(day):,} rows): median {statistics.median(timings) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
