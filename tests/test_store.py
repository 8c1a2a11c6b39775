"""The store, run against SQLite and against a real PostgreSQL server started on loopback."""

import glob
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.exc import OperationalError
from sqlalchemy.schema import CreateTable

import geo.store
from geo.events import process_article
from geo.ingest import build_article
from geo.store import Store, articles_table
from tests.conftest import ROOT
from tests.test_browser import free_port

HOSTILE = (
    "date 2024-11-29 X\n\nRebels captured Saraqib <script>alert(1)</script> on Friday, O'Brien said "
    '"\'; DROP TABLE articles; --" <img src=x onerror=alert(2)>'
)


def postgres_bin() -> Path | None:
    found = shutil.which("initdb") and shutil.which("pg_ctl")
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if candidates:
        return Path(candidates[-1]).parent
    return Path(shutil.which("initdb")).parent if found else None  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def postgres_url():
    bindir = postgres_bin()
    if bindir is None:
        pytest.skip("no PostgreSQL server binaries (apt-get install postgresql); make test installs them as root")
    folder = Path(tempfile.mkdtemp(prefix="frontline-pg-"))
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if run_as:
        shutil.chown(folder, "postgres")
    port = free_port()
    data = folder / "data"
    subprocess.run(
        [*run_as, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust"],
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        [*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-l", str(folder / "log"), "start"],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    url = request.getfixturevalue("postgres_url")
    store = Store(url)
    with store.engine.begin() as conn:  # a clean database for each test
        conn.exec_driver_sql("TRUNCATE articles, events RESTART IDENTITY CASCADE")
    return url


def test_adding_is_idempotent_and_round_trips_untrusted_text(db_url, gazetteer):
    store = Store(db_url)
    article = build_article("hostile.txt", HOSTILE)
    result = process_article(article, gazetteer)
    first, added = store.add(article, result)
    again, added_again = store.add(build_article("copy.txt", HOSTILE), result)
    assert added and not added_again and first == again
    assert store.count() == (1, len(result.events))
    [(_, stored)] = list(store.stored_articles())
    assert stored.text == HOSTILE
    events = store.events(day=date(2024, 11, 29))
    assert list(events["place"]) == ["Saraqib"] and events.iloc[0]["date"] == date(2024, 11, 29)
    assert (
        "<script>alert(1)</script>" in events.iloc[0]["quote"] and "DROP TABLE articles; --" in events.iloc[0]["quote"]
    )
    assert store.events(day=date(2024, 11, 28)).empty


def test_a_failure_between_article_and_events_stores_nothing(db_url, gazetteer, monkeypatch):
    store = Store(db_url)
    article = build_article("a.txt", HOSTILE)

    def broken(*_args):
        raise RuntimeError("disk full")

    monkeypatch.setattr("geo.store._insert_events", broken)
    with pytest.raises(RuntimeError):
        store.add(article, process_article(article, gazetteer))
    assert store.count() == (0, 0)


def test_stale_events_are_rebuilt_and_articles_kept(db_url, gazetteer):
    store = Store(db_url)
    article = build_article("a.txt", HOSTILE)
    store.add(article, process_article(article, gazetteer))
    with store.engine.begin() as conn:
        conn.execute(update(articles_table).values(pipeline_version="0"))
    assert store.rebuild_stale(lambda a: process_article(a, gazetteer)) == 1
    assert store.rebuild_stale(lambda a: process_article(a, gazetteer)) == 0
    assert store.count()[0] == 1 and set(store.articles()["pipeline_version"]) != {"0"}


CRASH = """
import os, sys
import geo.store
from geo.events import process_article
from geo.ingest import build_article
from geo.pipeline import default_gazetteer
geo.store._insert_events = lambda *a: os._exit(9)  # the process dies between article and events
article = build_article("a.txt", sys.argv[2])
geo.store.Store(sys.argv[1]).add(article, process_article(article, default_gazetteer()))
"""


def test_a_killed_process_leaves_the_store_consistent(db_url):
    crashed = subprocess.run([sys.executable, "-c", CRASH, db_url, HOSTILE], cwd=ROOT, check=False)
    assert crashed.returncode == 9
    assert Store(db_url).count() == (0, 0)


WRITER = """
import sys
from geo.events import process_article
from geo.ingest import build_article
from geo.pipeline import default_gazetteer
from geo.store import Store
store, gazetteer, worker = Store(sys.argv[1]), default_gazetteer(), int(sys.argv[2])
for i in range(50):
    n = (worker * 50 + i) % 150  # workers overlap: each text is offered by two of them
    article = build_article(f"{n}.txt", f"date 2024-11-29 T\\n\\nRebels captured Saraqib on Friday, report {n}.")
    store.add(article, process_article(article, gazetteer))
    store.events(day=None) if i % 10 == 0 else None
"""


READER = """
import sys
from datetime import date
from geo.store import Store
store = Store(sys.argv[1])
for _ in range(100):
    store.events(day=date(2024, 11, 29))
    store.count()
"""


def test_concurrent_writers_store_every_article_once(db_url):
    """Four writers and two readers start together on a new database: it is created once, without error."""
    scripts = [(WRITER, str(w)) for w in range(4)] + [(READER, "")] * 2
    processes = [
        subprocess.Popen([sys.executable, "-c", code, db_url, arg], cwd=ROOT, stderr=subprocess.PIPE)
        for code, arg in scripts
    ]
    errors = [p.communicate(timeout=300)[1].decode() for p in processes]
    print(*errors, sep="\n")  # shown whole when the test fails; an assertion's message would be cut short
    assert [p.returncode for p in processes] == [0] * 6
    store = Store(db_url)
    names = list(store.articles()["name"])
    assert len(names) == 150 and len(set(names)) == 150
    assert store.count() == (150, 150)


def test_a_database_half_created_by_another_process_is_waited_for(tmp_path):
    """SQLite creates tables one by one: a store opened meanwhile waits for the lock, then adds what is missing."""
    path = tmp_path / "store.sqlite"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("BEGIN IMMEDIATE")
    other.execute(str(CreateTable(articles_table).compile(dialect=sqlite_dialect())))
    finishing = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    finishing.start()
    try:
        store = Store(f"sqlite:///{path}")
    finally:
        finishing.join()
        other.close()
    assert store.count() == (0, 0)


def test_a_write_sqlite_reports_locked_is_tried_again_whole(db_url, gazetteer, monkeypatch):
    """SQLite may report a database locked without waiting (to break a deadlock): the write is tried again,
    and the attempt that failed leaves nothing behind."""
    store = Store(db_url)
    article = build_article("a.txt", HOSTILE)
    result = process_article(article, gazetteer)
    real = geo.store._insert_events
    calls = []

    def locked_once(conn, article_id, found):
        calls.append(article_id)
        if len(calls) == 1:
            raise OperationalError("INSERT", {}, Exception("database is locked"))
        real(conn, article_id, found)

    monkeypatch.setattr("geo.store._insert_events", locked_once)
    monkeypatch.setattr("geo.store._pause", lambda seconds: None)
    assert store.add(article, result)[1] is True
    assert len(calls) == 2 and store.count() == (1, len(result.events))


def test_other_database_errors_are_not_tried_again(db_url, gazetteer, monkeypatch):
    store = Store(db_url)
    article = build_article("a.txt", HOSTILE)
    calls = []

    def full(*_args):
        calls.append(1)
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    monkeypatch.setattr("geo.store._insert_events", full)
    monkeypatch.setattr("geo.store._pause", lambda seconds: None)
    with pytest.raises(OperationalError):
        store.add(article, process_article(article, gazetteer))
    assert len(calls) == 1 and store.count() == (0, 0)
