from datetime import date

import pandas as pd

from geo.events import EVENT_COLUMNS
from geo.view import (
    CUMULATIVE_MODE,
    ViewState,
    filter_events,
    from_params,
    incident_at,
    incidents,
    md_escape,
    share_link,
    summary,
    to_params,
)


def frame() -> pd.DataFrame:
    rows = [
        {
            "article": "a",
            "outlet": "A",
            "date": date(2024, 11, 28),
            "place": "Saraqib",
            "kind": "capture",
            "incident": "i1",
        },
        {
            "article": "b",
            "outlet": "B",
            "date": date(2024, 11, 29),
            "place": "Aleppo",
            "kind": "capture",
            "incident": "i2",
        },
        {
            "article": "c",
            "outlet": "",
            "date": date(2024, 11, 29),
            "place": "Aleppo",
            "kind": "capture",
            "incident": "i2",
        },
        {"article": "c", "outlet": "", "date": None, "place": "Idlib", "kind": "airstrike", "incident": "i3"},
    ]
    df = pd.DataFrame(rows).reindex(columns=EVENT_COLUMNS)
    return df.assign(date_precision="day", lat=36.0, lon=37.0, geo_precision=1, feature="city")


def test_params_round_trip():
    state = ViewState(
        day=date(2024, 11, 28),
        mode=CUMULATIVE_MODE,
        outlets=("A", "B"),
        kinds=("capture",),
        min_sources=2,
        incident="i2",
    )
    params = {k: v if isinstance(v, list) else [v] for k, v in to_params(state).items()}
    parsed = from_params(params, frame())
    assert parsed.state == state and parsed.notices == []


def test_malformed_params_are_ignored_with_notices():
    parsed = from_params(
        {
            "day": ["yesterday"],
            "mode": ["<script>"],
            "outlet": ["Nobody"],
            "min_sources": ["-3"],
            "zoom": ["9"],
            "incident": ["x"],
        },
        frame(),
    )
    assert parsed.state == ViewState(day=date(2024, 11, 29))
    assert len(parsed.notices) == 6


def test_filters_day_mode_outlets_and_corroboration():
    df = frame()
    assert len(filter_events(df, ViewState(day=date(2024, 11, 29)))) == 2
    cumulative = filter_events(df, ViewState(day=date(2024, 11, 29), mode=CUMULATIVE_MODE))
    assert list(cumulative["incident"]) == ["i1", "i2", "i2", "i3"]  # the undated one too
    assert list(filter_events(df, ViewState(day=date(2024, 11, 28), mode=CUMULATIVE_MODE))["incident"]) == ["i1", "i3"]
    assert len(filter_events(df, ViewState(day=date(2024, 11, 29), outlets=("(unknown outlet)",)))) == 1
    assert list(filter_events(df, ViewState(min_sources=2), by_day=False)["incident"]) == ["i2", "i2"]
    inc = incidents(df).set_index("incident")
    assert inc.loc["i2", "n_sources"] == 2 and inc.loc["i2", "outlets"] == ["(unknown outlet)", "B"]
    assert len(inc.loc["i2", "quotes"]) == 2 and inc.loc["i1", "quotes"][0].startswith("A: ")
    shown = filter_events(df, ViewState(day=date(2024, 11, 29)))
    assert summary(shown, ViewState(day=date(2024, 11, 29))) == "Fri 29 Nov 2024 — 2 events at 1 place, 2 outlets"


def test_share_link_and_markdown_escaping():
    state = ViewState(day=date(2024, 11, 29), outlets=("The Times", "A&B"), incident="i2")
    link = share_link("https://frontline.example/?day=2020-01-01#top", state)
    assert link == "https://frontline.example/?day=2024-11-29&outlet=The+Times&outlet=A%26B&incident=i2"
    assert share_link("", ViewState()) == ""
    assert md_escape("[click](http://x) <img src=x onerror=y>") == "\\[click\\]\\(http://x\\) \\<img src=x onerror=y\\>"


def test_a_click_anywhere_on_a_marker_selects_its_lead_incident():
    events = frame().assign(lat=[35.86, 36.20, 36.20, 35.93], lon=[36.80, 37.16, 37.16, 36.63])
    assert incident_at(events, 36.2031, 37.1542) == "i2"  # about 600 m from Aleppo's marker: the mouse, not its centre
    assert incident_at(events, 35.87, 36.79) == "i1"
    assert incident_at(events, 33.51, 36.29) == ""  # Damascus: no marker within reach
    assert incident_at(events.iloc[0:0], 36.2, 37.16) == ""
