"""Dashboard speed: server time of one day step (previous/next day, an AppTest rerun) and the size of the map sent,
with the bundled corpus and with about 10,000 events (the seeds copied under new names).

Run from the repository: ``.venv/bin/python -m benchmarks.app``.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from geo import mapping, view

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "articles"


def map_bytes(at: AppTest) -> int:
    """Bytes of the map component's arguments (the HTML and scripts streamlit-folium sends)."""
    total = 0
    for element in at.get("component_instance"):
        total += len(str(element.proto))
    return total


def measure(label: str, steps: int = 5) -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    started = time.perf_counter()
    at.run()
    first = time.perf_counter() - started
    assert not at.exception, at.exception
    timings = []
    for i in range(steps):
        step = at.button(key="prev" if i % 2 == 0 else "next")
        started = time.perf_counter()
        step.click().run()
        timings.append(time.perf_counter() - started)
    events = at.subheader[0].value if at.subheader else ""
    print(f"{label}: first run {first:.1f} s; day step median {statistics.median(timings) * 1000:.0f} ms "
          f"(min {min(timings) * 1000:.0f}); map sent {map_bytes(at) / 1e6:.2f} MB; {events}")  # fmt: skip


def synthetic_map_size(n: int = 10_000) -> None:
    """Map HTML for ``n`` events at random places across Syria, every one its own location."""
    rng = random.Random(7)
    events = pd.DataFrame(
        {
            "lat": [round(rng.uniform(32.5, 37.0), 5) for _ in range(n)],
            "lon": [round(rng.uniform(35.8, 42.0), 5) for _ in range(n)],
            "place": [f"place {i}" for i in range(n)],
            "country_code": "SY",
            "kind": [rng.choice(list(mapping.KIND_COLOURS)) for _ in range(n)],
            "outlet": [rng.choice(["A", "B", "C", ""]) for _ in range(n)],
            "date": [date(2024, 11, 26 + rng.randrange(5)) for _ in range(n)],
            "date_precision": "day",
            "incident": [f"i{i}" for i in range(n)],
            "quote": "A synthetic sentence of about eighty characters, as a news report would have.",
        }
    )
    started = time.perf_counter()
    shown = mapping.plotted(events)
    fmap = mapping.base_map(events)
    mapping.incident_layer(shown, None, "day", popups=False).add_to(fmap)
    size = len(fmap.get_root().render())
    elapsed = time.perf_counter() - started
    markers = view.marker_count(shown)
    print(f"{n:,} synthetic events: {markers} markers, map HTML {size / 1e6:.2f} MB, built in {elapsed * 1000:.0f} ms")


def main() -> None:
    synthetic_map_size()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["FRONTLINE_DB_URL"] = f"sqlite:///{folder}/bundled.sqlite"
        measure("bundled corpus")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["FRONTLINE_DB_URL"] = f"sqlite:///{folder}/large.sqlite"
        seeds = sorted(SEEDS.glob("*.txt"))
        for i in range(600):
            # a different last line per copy, so each is a new article to the store
            text = seeds[i % len(seeds)].read_text(encoding="utf-8") + f"\n\nCopy {i}."
            (Path(folder) / f"{i:04d}_{seeds[i % len(seeds)].name}").write_text(text, encoding="utf-8")
        os.environ["FRONTLINE_ARTICLES_DIR"] = folder
        measure("600 articles (~10,000 events)")


if __name__ == "__main__":
    main()
