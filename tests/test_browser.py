"""The dashboard in a real browser: Debian's Chromium driven by Playwright, with the network cut."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from geo import view
from tests.conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip
OUTPUT = ROOT / "test-output"
MARKER = "path.frontline-incident"

pytestmark = pytest.mark.browser


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("streamlit did not start") from None
                time.sleep(0.5)
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def browser():
    if not shutil.which("chromium") and not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: install it with 'apt-get install chromium' (make test does this as root)")
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def offline_page(browser):
    """A page in a fresh context where any request leaving loopback is blocked and recorded."""
    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    outside: list[str] = []

    def route(r):
        if r.request.url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:", "about:")):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.outside = outside
    yield page
    context.close()


def expected_markers(**params: str) -> int:
    from ui import corpus  # noqa: PLC0415 - cached loader shared with the app

    events = corpus()
    parsed = view.from_params({k: [v] for k, v in params.items()}, events["events"])
    return view.marker_count(view.filter_events(events["events"], parsed.state))


def place_of(incident: str) -> str:
    from ui import corpus  # noqa: PLC0415

    events = corpus()["events"]
    return str(events.loc[events["incident"] == incident, "place"].iloc[0])


def map_frame(page):
    page.wait_for_selector("iframe[title*='st_folium']", timeout=60_000)
    frame = page.frame_locator("iframe[title*='st_folium']")
    frame.locator(".leaflet-container").wait_for(timeout=60_000)
    return frame


def count_markers(page, expected: int) -> int:
    frame = map_frame(page)
    deadline = time.monotonic() + 30
    while frame.locator(MARKER).count() != expected and time.monotonic() < deadline:
        time.sleep(0.5)
    return frame.locator(MARKER).count()


def outline_counts(frame) -> tuple[int, int]:
    """Outlines drawn in the base layer (countries, provinces), once the browser has them."""
    countries = frame.locator(".leaflet-frontline-countries-pane path")
    provinces = frame.locator(".leaflet-frontline-provinces-pane path")
    deadline = time.monotonic() + 30
    while (countries.count() == 0 or provinces.count() == 0) and time.monotonic() < deadline:
        time.sleep(0.5)
    return countries.count(), provinces.count()


def shot(page, name: str) -> None:
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"{name}.png"), full_page=True)


def test_day_and_outlet_filter_show_the_expected_markers(server, offline_page):
    page = offline_page
    page.goto(f"{server}/?day=2024-11-29&outlet=The+Telegraph")
    want = expected_markers(day="2024-11-29", outlet="The Telegraph")
    assert want > 0
    assert count_markers(page, want) == want
    page.get_by_text("Fri 29 Nov 2024 — ").wait_for()
    countries, provinces = outline_counts(map_frame(page))
    assert countries > 0 and provinces >= 14  # Syria's governorates
    shot(page, "day-outlet")
    assert page.outside == []


def test_stepping_the_day_changes_the_markers(server, offline_page):
    page = offline_page
    page.goto(f"{server}/?day=2024-11-29")
    assert count_markers(page, expected_markers(day="2024-11-29")) == expected_markers(day="2024-11-29")
    page.get_by_role("button", name="◀").click()
    page.get_by_text("Thu 28 Nov 2024 — ").wait_for(timeout=60_000)
    want = expected_markers(day="2024-11-28")
    assert want != expected_markers(day="2024-11-29")
    assert count_markers(page, want) == want
    assert "day=2024-11-28" in page.url
    shot(page, "stepped")


def uncovered(markers):
    """The first marker nothing else covers a little right of its centre (markers overlap in a city), and
    that point, relative to the marker: where a click hits it."""
    for i in range(markers.count()):
        marker = markers.nth(i)
        on_top = marker.evaluate(
            "el => { const r = el.getBoundingClientRect();"
            " return document.elementFromPoint(r.x + r.width * 0.7, r.y + r.height / 2) === el; }"
        )
        if on_top:
            box = marker.bounding_box()
            return marker, {"x": box["width"] * 0.7, "y": box["height"] / 2}
    raise AssertionError("every marker is covered by another")


def test_shared_link_reopens_the_same_view(server, offline_page, browser):
    page = offline_page
    page.goto(f"{server}/?day=2024-11-29&mode=cumulative")
    want = expected_markers(day="2024-11-29", mode="cumulative")
    assert count_markers(page, want) == want
    marker, off_centre = uncovered(map_frame(page).locator(MARKER))
    marker.click(position=off_centre)  # as a person clicks: on the marker, not at its exact centre
    page.wait_for_function("() => location.search.includes('incident=')", timeout=60_000)
    page.get_by_text("Reported by ").first.wait_for(timeout=60_000)
    panel = page.locator("[data-testid='stMarkdownContainer'] strong").first.inner_text()
    incident = parse_qs(urlparse(page.url).query)["incident"][0]
    assert panel == place_of(incident)
    shot(page, "selected")
    link = page.url

    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    fresh = context.new_page()
    fresh.goto(link)
    assert count_markers(fresh, want) == want
    fresh.get_by_text("Reported by ").first.wait_for(timeout=60_000)
    assert fresh.locator("[data-testid='stMarkdownContainer'] strong").first.inner_text() == panel
    assert date(2024, 11, 29).isoformat() in fresh.url
    shot(fresh, "shared")
    context.close()


def test_downloaded_map_works_from_disk(browser, tmp_path):
    from geo.mapping import standalone_html  # noqa: PLC0415
    from ui import corpus, roads  # noqa: PLC0415

    events = corpus()["events"]
    path = tmp_path / "map.html"
    path.write_text(standalone_html(events, roads()), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    outside: list[str] = []
    context.route(
        "**/*",
        lambda r: (
            r.continue_()
            if r.request.url.startswith(("file:", "data:"))
            else (outside.append(r.request.url), r.abort())
        ),
    )
    page = context.new_page()
    page.goto(path.as_uri())
    last = view.available_days(events)[-1]
    day_events = events[events["date"] == last]
    page.locator(MARKER).first.wait_for(timeout=30_000)
    assert page.locator(MARKER).count() == view.marker_count(day_events)
    assert all(count > 0 for count in outline_counts(page))
    assert page.locator("#fl-label").inner_text() == last.strftime("%a %d %b %Y")
    page.locator("#fl-day").fill("0")
    first = view.available_days(events)[0]
    assert page.locator(MARKER).count() == view.marker_count(events[events["date"] == first])
    page.locator("#fl-play").click()  # steps one day every 1.5 s
    second = view.available_days(events)[1]
    page.wait_for_function(f"() => document.getElementById('fl-label').textContent == '{second:%a %d %b %Y}'")
    assert page.locator(MARKER).count() == view.marker_count(events[events["date"] == second])
    shot(page, "standalone")
    assert outside == []
    context.close()
