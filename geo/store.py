"""The store: articles and the events derived from them, in SQLite (default) or PostgreSQL.

One small interface over SQLAlchemy Core. Adding is idempotent (an article is known by the hash of
its text) and atomic (an article and its events are written in one transaction, or not at all).
Events carry the pipeline version that made them; :meth:`Store.rebuild_stale` remakes old ones
without touching the articles.

The database is ``FRONTLINE_DB_URL`` if set (e.g. ``postgresql+psycopg://user:pw@host/db``), else
the SQLite file ``data/frontline.sqlite`` (WAL mode).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar

import pandas as pd
from sqlalchemy import create_engine, event, func, insert, inspect, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from geo import PIPELINE_VERSION
from geo.errors import BadInput
from geo.events import EVENT_COLUMNS, ArticleResult
from geo.ingest import Article, load_articles
from geo.schema import articles_table, events_table, metadata

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "frontline.sqlite"

Process = Callable[[Article], ArticleResult]
T = TypeVar("T")
_TRIES = 5  # times a write is tried where SQLite reports the database locked without waiting


def database_url(env: dict[str, str] | None = None) -> str:
    env = dict(os.environ) if env is None else env
    return env.get("FRONTLINE_DB_URL") or f"sqlite:///{DEFAULT_PATH}"


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA busy_timeout=30000")  # first: the statements below may wait for a writer
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class Store:
    """Articles and events in one database."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = create_engine(url, future=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        _create_tables(self.engine)

    def add(self, article: Article, result: ArticleResult) -> tuple[int, bool]:
        """Store an article with its events; (its id, whether it is new). The same text twice is one article."""
        existing = self.article_id(article.content_hash)
        if existing is not None:
            return existing, False

        def write() -> int:
            with self.engine.begin() as conn:
                inserted = insert(articles_table).values(**_article_row(article)).returning(articles_table.c.id)
                article_id = conn.execute(inserted).scalar_one()
                _insert_events(conn, article_id, result)
            return int(article_id)

        try:
            article_id = _retrying(write)
        except IntegrityError:  # another writer stored the same text first
            found = self.article_id(article.content_hash)
            if found is None:
                raise
            return found, False
        return int(article_id), True

    def article_id(self, content_hash: str) -> int | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles_table.c.id).where(articles_table.c.content_hash == content_hash)).first()
        return None if row is None else int(row[0])

    def articles(self) -> pd.DataFrame:
        """Stored articles, without their text."""
        columns = [
            "id",
            "name",
            "title",
            "outlet",
            "url",
            "published",
            "metadata_source",
            "added_at",
            "pipeline_version",
        ]
        with self.engine.connect() as conn:
            rows = conn.execute(select(*(articles_table.c[c] for c in columns)).order_by(articles_table.c.id)).all()
        return pd.DataFrame([tuple(r) for r in rows], columns=columns)

    def stored_articles(self) -> Iterator[tuple[int, Article]]:
        with self.engine.connect() as conn:
            for row in conn.execute(select(articles_table).order_by(articles_table.c.id)):
                yield (
                    row.id,
                    Article(row.name, row.text, row.title, row.outlet, row.url, row.published, row.metadata_source),
                )

    def events(self, day: date | None = None) -> pd.DataFrame:
        """Stored events (of one day, if given) with the columns of :data:`geo.events.EVENT_COLUMNS`."""
        query = select(events_table.c.data).order_by(events_table.c.id)
        if day is not None:
            query = query.where(events_table.c.date == day)
        with self.engine.connect() as conn:
            rows = [_event_from_json(r[0]) for r in conn.execute(query)]
        return pd.DataFrame(rows, columns=EVENT_COLUMNS)

    def count(self) -> tuple[int, int]:
        with self.engine.connect() as conn:
            articles = conn.execute(select(func.count()).select_from(articles_table)).scalar_one()
            events = conn.execute(select(func.count()).select_from(events_table)).scalar_one()
        return int(articles), int(events)

    def version(self) -> tuple[int, int, int]:
        """Changes whenever articles or events are added or remade: a key for caches."""
        with self.engine.connect() as conn:
            articles = conn.execute(
                select(func.count(), func.max(articles_table.c.id)).select_from(articles_table)
            ).one()
            events = conn.execute(select(func.max(events_table.c.id))).scalar_one()
        return int(articles[0]), int(articles[1] or 0), int(events or 0)

    def rebuild_stale(self, process: Process, version: str = PIPELINE_VERSION) -> int:
        """Remake the events of articles processed by another pipeline version; how many were remade."""
        with self.engine.connect() as conn:
            stale = [
                r[0]
                for r in conn.execute(select(articles_table.c.id).where(articles_table.c.pipeline_version != version))
            ]
        done = 0
        for article_id, article in self.stored_articles():
            if article_id not in stale:
                continue
            result = process(article)

            def remake(article_id: int = article_id, result: ArticleResult = result) -> None:
                with self.engine.begin() as conn:
                    conn.execute(events_table.delete().where(events_table.c.article_id == article_id))
                    _insert_events(conn, article_id, result)
                    conn.execute(
                        articles_table.update()
                        .where(articles_table.c.id == article_id)
                        .values(pipeline_version=version)
                    )

            _retrying(remake)
            done += 1
        return done


def _retrying(write: Callable[[], T]) -> T:
    """Run a write transaction again when SQLite says the database is locked without waiting for it, as
    it does to break a deadlock between two connections (its advice: roll back and try again); each
    attempt is a whole transaction, so a failed one leaves nothing behind."""
    for attempt in range(1, _TRIES):
        try:
            return write()
        except OperationalError as error:
            if "database is locked" not in str(error):
                raise
            _pause(0.05 * attempt)
    return write()  # the last try: its error is the caller's


_pause = time.sleep  # replaced in tests, which never sleep


def _create_tables(engine: Engine) -> None:
    """Create missing tables once, when several processes open a new database together.

    SQLite runs each CREATE on its own, so one process could find a table missing that another is
    creating; ``BEGIN IMMEDIATE`` takes the write lock first, and the others wait for it (busy_timeout)
    and then find every table there. PostgreSQL's DDL is transactional: a loser fails, then finds them.
    """

    def create() -> None:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            metadata.create_all(conn)
            conn.commit()

    try:
        _retrying(create)
    except (OperationalError, ProgrammingError, IntegrityError):
        missing = set(metadata.tables) - set(inspect(engine).get_table_names())
        if missing:
            raise


def _article_row(article: Article) -> dict[str, object]:
    return {
        "content_hash": article.content_hash,
        "name": article.name,
        "text": article.text,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published,
        "metadata_source": article.metadata_source,
        "added_at": datetime.now(UTC),
        "pipeline_version": PIPELINE_VERSION,
    }


def _insert_events(conn: object, article_id: int, result: ArticleResult) -> None:
    rows = [
        {"article_id": article_id, "date": e.date, "data": json.dumps(asdict(e), default=str, ensure_ascii=False)}
        for e in result.events
    ]
    if rows:
        conn.execute(insert(events_table), rows)  # type: ignore[attr-defined]


def _event_from_json(raw: str) -> dict[str, object]:
    data = json.loads(raw)
    for field in ("date", "published"):
        data[field] = date.fromisoformat(data[field]) if data.get(field) else None
    return data


def import_folder(store: Store, folder: Path, process: Process) -> tuple[list[str], list[BadInput]]:
    """Add the folder's articles that are not stored yet; the names added, and the files that failed."""
    articles, errors = load_articles([folder])
    added = []
    for article in articles:
        if store.article_id(article.content_hash) is None:
            store.add(article, process(article))
            added.append(article.name)
    return added, errors
