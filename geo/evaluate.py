"""Score the pipeline: events against a gold CSV, and toponyms against the TR-News corpus."""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from geo.extract import find_mentions
from geo.gazetteer import Gazetteer, distance_km
from geo.resolve import resolve_mentions

CONTEXT_KIND = "context_only"


@dataclass
class GoldScore:
    rows: int = 0
    found: int = 0
    dated: int = 0  # found rows whose date the article states
    dated_right: int = 0
    inferred: int = 0
    inferred_right: int = 0
    context_rows: int = 0
    context_mapped: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.rows if self.rows else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.dated_right / self.dated if self.dated else 0.0


def read_gold(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def score_gold(gold: list[dict[str, str]], events: pd.DataFrame) -> GoldScore:
    """Recall of gold event places, date accuracy on those found, context places wrongly mapped."""
    score = GoldScore()
    real = [r for r in gold if r["kind"] != CONTEXT_KIND]
    for row in real:
        score.rows += 1
        near = _near(events, row)
        if near.empty:
            score.misses.append(
                f"missed   {row['file']}: {row['place']} ({row['kind']}, {row['event_date'] or 'no date'})"
            )
            continue
        score.found += 1
        if not row["event_date"]:
            continue
        right = (near["date"].astype(str) == row["event_date"]).any()
        if row["date_certainty"] == "exact":
            score.dated += 1
            score.dated_right += int(right)
            if not right:
                dates = ", ".join(sorted(set(near["date"].astype(str))))
                score.misses.append(f"bad date {row['file']}: {row['place']} is {row['event_date']}, got {dates}")
        else:
            score.inferred += 1
            score.inferred_right += int(right)
            if not right:
                dates = ", ".join(sorted(set(near["date"].astype(str))))
                score.misses.append(f"inferred {row['file']}: {row['place']} is {row['event_date']}, got {dates}")
    for row in gold:
        if row["kind"] != CONTEXT_KIND:
            continue
        score.context_rows += 1
        radius = max(float(row["tol_km"]), 25.0)
        point = (float(row["lat"]), float(row["lon"]))
        article = events[events["article"] == row["file"]]
        close = [d for d in (distance_km(point, (e.lat, e.lon)) for e in article.itertuples()) if d <= radius]
        excused = any(
            r["file"] == row["file"] and distance_km(point, (float(r["lat"]), float(r["lon"]))) <= radius for r in real
        )
        if close and not excused:
            score.context_mapped += 1
            score.misses.append(f"context  {row['file']}: {row['place']} mapped as an event")
    return score


def _near(events: pd.DataFrame, row: dict[str, str]) -> pd.DataFrame:
    article = events[events["article"] == row["file"]]
    point = (float(row["lat"]), float(row["lon"]))
    mask = [distance_km(point, (e.lat, e.lon)) <= float(row["tol_km"]) for e in article.itertuples()]
    near = article[mask] if mask else article.iloc[0:0]
    if row.get("key"):
        near = near[near["place"].str.contains(row["key"], flags=re.I, regex=True)]
    return near


@dataclass
class ToponymScore:
    gold: int = 0
    found: int = 0
    within_161: int = 0
    within_25: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def accuracy_161(self) -> float:
        return self.within_161 / self.found if self.found else 0.0

    @property
    def accuracy_25(self) -> float:
        return self.within_25 / self.found if self.found else 0.0


def score_trnews(path: Path, gazetteer: Gazetteer, limit: int | None = None) -> ToponymScore:
    """Span recall of gold toponyms and distance accuracy of those found (GeoNames coordinates)."""
    score = ToponymScore()
    root = ET.parse(path).getroot()
    for article in root.findall("article")[:limit]:
        text = article.findtext("text") or ""
        places = resolve_mentions(text, find_mentions(text, gazetteer), gazetteer)
        for toponym in article.iter("toponym"):
            lat, lon = toponym.findtext("gaztag/lat"), toponym.findtext("gaztag/lon")
            if lat is None or lon is None:
                continue
            start, end = int(toponym.findtext("start") or 0), int(toponym.findtext("end") or 0)
            score.gold += 1
            hit = next((p for p in places if p.resolved and p.start < end and start < p.end), None)
            if hit is None or hit.lat is None or hit.lon is None:
                continue
            score.found += 1
            distance = distance_km((float(lat), float(lon)), (hit.lat, hit.lon))
            score.within_161 += int(distance <= 161)
            score.within_25 += int(distance <= 25)
    return score
