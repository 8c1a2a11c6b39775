"""Run the stages over many articles and collect fixed-column tables for the CLI and the dashboard."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

import pandas as pd

from geo.dates import APPROXIMATE, DAY
from geo.events import (
    EVENT_COLUMNS,
    FROM_PUBLICATION,
    PLACE_COLUMNS,
    ArticleResult,
    as_dict,
    incident_id,
    process_article,
)
from geo.gazetteer import AIRPORT, DISTRICT, LANDMARK, Gazetteer, load_gazetteer
from geo.geocode import OnlineGeocoder
from geo.ingest import Article


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once per process."""
    return load_gazetteer()


_RESULTS: dict[tuple[object, ...], ArticleResult] = {}


def process(
    article: Article, gazetteer: Gazetteer | None = None, online: OnlineGeocoder | None = None
) -> ArticleResult:
    """``process_article``, remembered by content and metadata so an unchanged article runs once."""
    gazetteer = gazetteer or default_gazetteer()
    service = online.service if online else ""
    key = (id(gazetteer), service, article.content_hash, article.name, article.outlet, article.url, article.published)
    if key not in _RESULTS:
        if len(_RESULTS) > 10_000:
            _RESULTS.clear()
        _RESULTS[key] = process_article(article, gazetteer, online.locate if online else None)
    return _RESULTS[key]


def events_frame(results: Iterable[ArticleResult]) -> pd.DataFrame:
    """All events, one row each, with the columns of :data:`geo.events.EVENT_COLUMNS`; days that only
    other articles give filled in (:func:`refine_dates`)."""
    rows = [as_dict(e) for r in results for e in r.events]
    return refine_dates(pd.DataFrame(rows, columns=EVENT_COLUMNS))


_REFINE_REACH = timedelta(days=2)
_SITES = {LANDMARK, DISTRICT, AIRPORT}


def refine_dates(events: pd.DataFrame) -> pd.DataFrame:
    """An event its own article dates only by its publication ("the sentence names no day") takes the day
    the other articles give the same place, where they give it one day only, on or up to two days before
    that publication: Voz.us's fighters "outside the Aleppo citadel" are The Telegraph's of Friday there.
    Where they give none, but reported the site (a landmark, district or airport, where one thing happens,
    not a city), dated by their publication, up to two days earlier, it takes the earliest such day: what
    was reported had happened by then. The date stays approximate, and its method says whose day it is; a
    day an article states is never changed, so disagreements stay."""
    exact: dict[str, list[tuple[date, str, str]]] = {}
    reported: dict[str, list[tuple[date, str, str]]] = {}  # place -> the publication days of reports dated by them
    for row in events.itertuples():
        if row.date_precision == DAY:
            exact.setdefault(row.place, []).append((row.date, row.article, row.outlet))
        elif (
            row.date_precision == APPROXIMATE and row.date_method.startswith(FROM_PUBLICATION) and row.feature in _SITES
        ):
            reported.setdefault(row.place, []).append((row.date, row.article, row.outlet))
    changed = {}
    for k, row in enumerate(events.itertuples()):
        if row.date_precision != APPROXIMATE or not row.date_method.startswith(FROM_PUBLICATION):
            continue
        others = [(d, outlet) for d, article, outlet in exact.get(row.place, []) if article != row.article]
        days = {d for d, _ in others if row.published - _REFINE_REACH <= d <= row.published}
        earlier = [
            (d, outlet)
            for d, article, outlet in reported.get(row.place, [])
            if article != row.article and row.published - _REFINE_REACH <= d < row.date
        ]
        if len(days) == 1 and (day := days.pop()) != row.date:
            outlets = sorted({outlet or "another article" for d, outlet in others if d == day})
            changed[k] = (day, f"{row.date_method}; the day {', '.join(outlets)} gives for {row.place}", row)
        elif not days and earlier:  # reported already before this article was published: by then
            day = min(d for d, _ in earlier)
            outlets = sorted({outlet or "another article" for d, outlet in earlier if d == day})
            changed[k] = (day, f"{row.date_method}; {', '.join(outlets)} reported {row.place} already on {day}", row)
    if not changed:
        return events
    out = events.copy()
    for k, (day, method, row) in changed.items():
        out.iat[k, out.columns.get_loc("date")] = day
        out.iat[k, out.columns.get_loc("date_method")] = method
        out.iat[k, out.columns.get_loc("incident")] = incident_id(row.place, day, row.kind)
    return out


def places_frame(results: Iterable[ArticleResult]) -> pd.DataFrame:
    """All toponym mentions, one row each, with the columns of :data:`geo.events.PLACE_COLUMNS`."""
    rows = [as_dict(p) for r in results for p in r.places]
    return pd.DataFrame(rows, columns=PLACE_COLUMNS)
