"""Run the stages over many articles and collect fixed-column tables for the CLI and the dashboard."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import pandas as pd

from geo.events import EVENT_COLUMNS, PLACE_COLUMNS, ArticleResult, as_dict, process_article
from geo.gazetteer import Gazetteer, load_gazetteer
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
    """All events, one row each, with the columns of :data:`geo.events.EVENT_COLUMNS`."""
    rows = [as_dict(e) for r in results for e in r.events]
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)


def places_frame(results: Iterable[ArticleResult]) -> pd.DataFrame:
    """All toponym mentions, one row each, with the columns of :data:`geo.events.PLACE_COLUMNS`."""
    rows = [as_dict(p) for r in results for p in r.places]
    return pd.DataFrame(rows, columns=PLACE_COLUMNS)
