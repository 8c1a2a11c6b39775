"""Command line: ``python -m geo events|places|evaluate ...``. Errors become one-line messages here."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import pandas as pd
from geopy.exc import GeopyError

from geo.errors import BadInput
from geo.evaluate import read_gold, score_gold, score_trnews
from geo.geocode import OnlineConfig, config_from_env, online_geocoder
from geo.ingest import load_articles, parse_date, with_metadata
from geo.mapping import events_geojson
from geo.pipeline import default_gazetteer, events_frame, places_frame, process
from geo.store import Store, database_url


def run(argv: list[str] | None = None) -> int:
    """:func:`main`, quiet when whoever reads its output stops early (``python -m geo events . | head``)."""
    try:
        return main(argv)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error as Python exits
        return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m geo", description="News articles to dated, geocoded events.")
    sub = parser.add_subparsers(dest="command", required=True)
    events = sub.add_parser("events", help="print one event per row")
    events.add_argument("paths", nargs="+", type=Path, help="article files or folders")
    events.add_argument("--format", choices=["csv", "jsonl", "geojson"], default="csv")
    places = sub.add_parser("places", help="print every toponym mention")
    places.add_argument("paths", nargs="+", type=Path)
    places.add_argument("--format", choices=["csv", "jsonl"], default="csv")
    for command in (events, places):
        command.add_argument(
            "--geocoder", help="also ask this online geopy geocoder (e.g. nominatim) for names the gazetteer lacks"
        )
    add = sub.add_parser("add", help="store articles and their events")
    add.add_argument("paths", nargs="+", type=Path, help="article files or folders")
    add.add_argument("--outlet", help="outlet of every file given")
    add.add_argument("--url", help="address of the article (not fetched)")
    add.add_argument("--published", help="publication date, YYYY-MM-DD")
    add.add_argument("--db", help="database URL (default: FRONTLINE_DB_URL or data/frontline.sqlite)")
    listing = sub.add_parser("list", help="list stored articles")
    listing.add_argument("--db", help="database URL")
    evaluate = sub.add_parser("evaluate", help="score against a gold CSV and/or TR-News")
    evaluate.add_argument("--gold", type=Path, help="gold CSV (format of shared/seeds/gold.csv)")
    evaluate.add_argument("--articles", type=Path, help="folder of the gold's articles (default: beside it)")
    evaluate.add_argument("--trnews", type=Path, help="TR-News.xml")
    args = parser.parse_args(argv)
    if args.command == "evaluate":
        return _evaluate(args)
    if args.command == "add":
        return _add(args)
    if args.command == "list":
        Store(args.db or database_url()).articles().to_csv(sys.stdout, index=False)
        return 0
    articles, errors = load_articles(args.paths)
    config = OnlineConfig(args.geocoder) if args.geocoder else config_from_env()
    try:
        online = online_geocoder(config, Store(database_url()).engine) if config else None
    except (GeopyError, OSError) as exc:
        print(f"error: geocoder {config.service if config else ''}: {exc}; using the gazetteer only", file=sys.stderr)
        online = None
    results = [process(a, online=online) for a in articles]
    if online and online.failures:
        print(f"warning: {online.service} failed {online.failures} time(s); the gazetteer was used", file=sys.stderr)
    frame = events_frame(results) if args.command == "events" else places_frame(results)
    _write(frame, args.format)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    return 2 if errors else 0


def _add(args: argparse.Namespace) -> int:
    try:
        published = parse_date(args.published or "", "--published")
    except BadInput as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    articles, errors = load_articles(args.paths)
    store = Store(args.db or database_url())
    for found in articles:
        article = with_metadata(found, args.outlet, args.url, published)
        if store.article_id(article.content_hash) is not None:
            print(f"already stored: {article.name}")
            continue
        result = process(article)
        _, added = store.add(article, result)
        print(f"{'added' if added else 'already stored'}: {article.name} ({len(result.events)} events)")
        if not result.events:
            print(f"note: {article.name}: no events found (no places or no dates?)", file=sys.stderr)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    return 2 if errors else 0


def _write(frame: pd.DataFrame, fmt: str) -> None:
    if fmt == "csv":
        frame.to_csv(sys.stdout, index=False)
    elif fmt == "jsonl":
        for row in frame.to_dict(orient="records"):
            print(json.dumps(row, default=str, ensure_ascii=False))
    else:
        print(json.dumps(events_geojson(frame), ensure_ascii=False))


def _evaluate(args: argparse.Namespace) -> int:
    if not args.gold and not args.trnews:
        print("error: give --gold and/or --trnews", file=sys.stderr)
        return 2
    for path in (args.gold, args.articles, args.trnews):
        if path is not None and not path.exists():
            print(f"error: {path}: no such file or folder", file=sys.stderr)
            return 2
    if args.gold:
        folder = args.articles or args.gold.parent / "articles"
        articles, errors = load_articles([folder])
        score = score_gold(read_gold(args.gold), events_frame(process(a) for a in articles))
        for line in score.misses:
            print(line)
        print(f"gold event places: recall {score.recall:.2f} ({score.found}/{score.rows})")
        print(f"dates stated in the text: accuracy {score.date_accuracy:.2f} ({score.dated_right}/{score.dated})")
        print(f"dates inferred from context: {score.inferred_right}/{score.inferred} right")
        print(f"context places mapped as events: {score.context_mapped}/{score.context_rows}")
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
    if args.trnews:
        t = score_trnews(args.trnews, default_gazetteer())
        print(f"TR-News toponyms: recall {t.recall:.2f} ({t.found}/{t.gold})")
        print(f"TR-News accuracy of those found: within 161 km {t.accuracy_161:.2f}, within 25 km {t.accuracy_25:.2f}")
    return 0
