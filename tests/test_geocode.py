"""The optional online geocoder against a local server that speaks Nominatim's /search API."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from geo.events import process_article
from geo.geocode import OnlineConfig, config_from_env, online_geocoder
from geo.ingest import build_article
from geo.store import Store

ARTICLE = "date 2024-11-29 X\n\nBy nightfall, fighters had advanced to central Aleppo's Martini Hospital on Friday."


class Nominatim(BaseHTTPRequestHandler):
    mode = "ok"
    queries: list[str] = []

    def do_GET(self):
        query = parse_qs(urlparse(self.path).query).get("q", [""])[0]
        type(self).queries.append(query)
        if self.mode == "error":
            self.send_response(503)
            self.end_headers()
            return
        if self.mode == "ok" and "Martini Hospital" in query:
            body = [{"lat": "36.2101", "lon": "37.1402", "display_name": "Martini Hospital, Aleppo", "place_id": 1}]
        elif self.mode == "far":
            body = [{"lat": "48.85", "lon": "2.35", "display_name": "Somewhere in Paris", "place_id": 2}]
        elif self.mode == "garbage":
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"<html>not json</html>")
            return
        else:
            body = []
        payload = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Nominatim)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    Nominatim.queries = []
    yield f"127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


SLEPT: list[float] = []


def geocoder(domain, tmp_path):
    config = OnlineConfig("nominatim", domain=domain, scheme="http", min_delay_seconds=1, timeout=2)
    online = online_geocoder(config, Store(f"sqlite:///{tmp_path / 'store.sqlite'}").engine)
    online._geocode._sleep = SLEPT.append  # geopy's RateLimiter waits through this; tests never sleep
    return online


def hospital(result):
    return next(p for p in result.places if p.text == "Martini Hospital")


def test_unknown_names_are_asked_once_and_cached_on_disk(server, tmp_path, gazetteer):
    Nominatim.mode = "ok"
    online = geocoder(server, tmp_path)
    place = hospital(process_article(build_article("a.txt", ARTICLE), gazetteer, online.locate))
    assert (place.lat, place.lon, place.source) == (36.2101, 37.1402, "online: nominatim")
    assert Nominatim.queries == ["Martini Hospital, Aleppo"]
    again = geocoder(server, tmp_path)  # a new process would read the same store
    assert hospital(process_article(build_article("a.txt", ARTICLE), gazetteer, again.locate)).lat == 36.2101
    assert Nominatim.queries == ["Martini Hospital, Aleppo"]


@pytest.mark.parametrize("mode", ["error", "garbage", "far", "none"])
def test_failures_and_bad_answers_fall_back_to_the_gazetteer(server, tmp_path, gazetteer, mode):
    Nominatim.mode = mode
    online = geocoder(server, tmp_path)
    result = process_article(build_article("a.txt", ARTICLE), gazetteer, online.locate)
    place = hospital(result)
    assert place.name == "Martini Hospital (Aleppo)" and abs(place.lat - 36.2) < 0.01
    assert place.source.startswith("GeoNames")
    assert result.events
    assert online.failures == (1 if mode in ("error", "garbage") else 0)
    if mode == "error":
        assert len(Nominatim.queries) == 2 and SLEPT  # one retry, after a wait


def test_unreachable_service_fails_soft(tmp_path, gazetteer):
    online = geocoder("127.0.0.1:9", tmp_path)  # nothing listens on the discard port
    result = process_article(build_article("a.txt", ARTICLE), gazetteer, online.locate)
    assert hospital(result).source.startswith("GeoNames") and online.failures == 1


def test_off_by_default_and_configured_by_environment():
    assert config_from_env({}) is None
    config = config_from_env({"FRONTLINE_GEOCODER": "nominatim", "FRONTLINE_GEOCODER_DOMAIN": "geo.example"})
    assert config == OnlineConfig("nominatim", domain="geo.example")
