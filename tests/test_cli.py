import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, shared_file

REQUIRED = "article,outlet,published,date,date_precision,place,lat,lon,geo_precision,kind,quote,start,end,place_source"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geo", *args], check=False, capture_output=True, text=True, cwd=ROOT, timeout=300
    )


def test_events_csv_has_the_documented_columns():
    out = run("events", "data/articles")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert set(REQUIRED.split(",")) <= set(rows[0])
    assert {r["article"] for r in rows} >= {"000_305a7f2a5c89ee33.txt", "004_c75d05c6ec27a651.txt"}


def test_places_jsonl_and_geojson():
    places = [json.loads(line) for line in run("places", "data/articles", "--format", "jsonl").stdout.splitlines()]
    assert {"article", "start", "end", "text", "name", "lat", "lon", "feature", "role", "source"} <= set(places[0])
    geojson = json.loads(run("events", "data/articles/000_305a7f2a5c89ee33.txt", "--format", "geojson").stdout)
    assert geojson["type"] == "FeatureCollection" and geojson["features"]


def test_bad_file_exits_2_after_the_good_ones(tmp_path: Path):
    (tmp_path / "good.txt").write_text("date 2024-11-29 X\n\nRebels captured Saraqib on Friday.")
    (tmp_path / "bad.txt").write_bytes(b"\x00binary")
    out = run("events", str(tmp_path))
    assert out.returncode == 2
    assert "Saraqib" in out.stdout
    assert out.stderr.strip().splitlines() == [f"error: {tmp_path / 'bad.txt'}: looks like a binary file, not text"]


def test_seed_scores_stay_above_the_bars():
    gold = shared_file("seeds", "gold.csv")
    out = run("evaluate", "--gold", str(gold), "--articles", "data/articles")
    assert out.returncode == 0, out.stderr
    lines = {line.split(":")[0]: line for line in out.stdout.splitlines()}
    recall = float(lines["gold event places"].split("recall ")[1].split()[0])
    accuracy = float(lines["dates stated in the text"].split("accuracy ")[1].split()[0])
    mapped = lines["context places mapped as events"].split(": ")[1].split("/")[0]
    assert recall >= 0.90 and accuracy >= 0.90 and mapped == "0", out.stdout


def test_add_and_list_store_each_text_once(tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    (tmp_path / "a.txt").write_text("date 2024-11-29 X\n\nRebels captured Saraqib on Friday.")
    (tmp_path / "quiet.txt").write_text("Nothing happened anywhere.")
    first = run("add", str(tmp_path / "a.txt"), str(tmp_path / "quiet.txt"), "--outlet", "Reuters", "--db", db)
    assert first.returncode == 0, first.stderr
    assert "added: a.txt (1 events)" in first.stdout
    assert "quiet.txt: no events found" in first.stderr
    again = run("add", str(tmp_path / "a.txt"), "--db", db)
    assert "already stored: a.txt" in again.stdout
    rows = list(csv.DictReader(io.StringIO(run("list", "--db", db).stdout)))
    assert [(r["name"], r["outlet"]) for r in rows] == [("a.txt", "Reuters"), ("quiet.txt", "Reuters")]


def test_add_rejects_a_bad_date_and_stores_nothing(tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    (tmp_path / "a.txt").write_text("Rebels captured Saraqib.")
    out = run("add", str(tmp_path / "a.txt"), "--published", "30/11/2024", "--db", db)
    assert out.returncode == 2 and "--published: published date '30/11/2024' is not YYYY-MM-DD" in out.stderr
    assert list(csv.DictReader(io.StringIO(run("list", "--db", db).stdout))) == []


def test_a_reader_that_stops_early_gets_no_traceback():
    command = f"'{sys.executable}' -m geo places data/articles data/articles data/articles | head -1"
    out = subprocess.run(command, shell=True, capture_output=True, text=True, cwd=ROOT, timeout=300, check=False)
    assert out.stdout.startswith("article,") and out.stderr == ""
