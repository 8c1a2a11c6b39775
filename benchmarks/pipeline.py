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
from geo.ingest import Article, load_articles

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
    for label, article in _outsized(seeds[0]):
        started = time.perf_counter()
        events = len(process_article(article, gazetteer).events)
        print(f"{label}: {time.perf_counter() - started:.2f} s, {events} events")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(f"peak memory (max resident set): {peak / 1024:.0f} MiB")


def _outsized(seed: Article) -> list[tuple[str, Article]]:
    """Articles far longer than news, which must still take time in proportion: the seeds one after
    another (650 KB), one "sentence" of 50,000 words without a full stop (as a scrape may give), and one
    of 2,000 lists of villages and towns (a gazetteer dump pasted in)."""
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "articles").glob("*.txt")))
    words = " ".join((seeds.replace(".", " ").split() * 10)[:50_000])
    towns = "the villages of Kafr Zita, Morek, Sohmor and Brital near Hama, Antonivka, Kherson city and Idlib, "
    return [
        ("the seeds 20 times as one article (650 KB)", replace(seed, name="long.txt", text="\n\n".join([seeds] * 20))),
        ("50,000 words without a full stop", replace(seed, name="run-on.txt", text=words)),
        ("2,000 lists of towns without a full stop (200 KB)", replace(seed, name="lists.txt", text=towns * 2000)),
    ]


if __name__ == "__main__":
    main()
