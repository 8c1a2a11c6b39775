"""What the dashboard's pages share: cached loading of the corpus and the filter widgets.

Widget keys are the state; the URL is read into them once per session and written back each run.
"""

from __future__ import annotations

import os
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st
from geopy.exc import GeopyError

from geo import mapping, view
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.geocode import OnlineGeocoder, config_from_env, online_geocoder
from geo.ingest import load_articles
from geo.pipeline import articles_frame, events_frame, places_frame, process

BUNDLED_ARTICLES = Path(__file__).resolve().parent / "data" / "articles"


def articles_dir() -> Path:
    """The corpus folder: ``FRONTLINE_ARTICLES_DIR`` if set, else the bundled articles."""
    return Path(os.environ.get("FRONTLINE_ARTICLES_DIR") or BUNDLED_ARTICLES)


@st.cache_resource(show_spinner="Loading the gazetteer…")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    return tuple((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(folder.iterdir()) if p.is_file())


@st.cache_resource
def online() -> OnlineGeocoder | None:
    """The online geocoder the environment asks for (``FRONTLINE_GEOCODER``), or None: offline only."""
    config = config_from_env()
    try:
        return online_geocoder(config) if config else None
    except (GeopyError, OSError):
        return None


@st.cache_data(show_spinner="Reading the articles…")
def _corpus(
    folder: str, service: str, fingerprint: tuple[tuple[str, int, int], ...]
) -> dict[str, pd.DataFrame | list[str]]:
    """The corpus' tables; ``service`` and ``fingerprint`` (file names, sizes, dates) key the cache."""
    articles, errors = load_articles([Path(folder)])
    results = [process(a, gazetteer(), online()) for a in articles]
    return {
        "events": events_frame(results),
        "places": places_frame(results),
        "articles": articles_frame(articles),
        "errors": [str(e) for e in errors],
    }


def corpus(folder: Path | None = None) -> dict[str, pd.DataFrame | list[str]]:
    """Events, places, articles and load errors of the corpus (re-read when files change)."""
    folder = folder or articles_dir()
    geocoder = online()
    return _corpus(str(folder), geocoder.service if geocoder else "", _fingerprint(folder))


def roads() -> dict[str, list[tuple[float, float]]]:
    return gazetteer().roads()


def filters(events: pd.DataFrame, with_day: bool = True) -> view.ViewState:
    """Sidebar filters (and the day), seeded once from the URL; the URL is kept in step."""
    if "url_read" not in st.session_state:
        parsed = view.from_params({k: st.query_params.get_all(k) for k in st.query_params}, events)
        state = parsed.state
        st.session_state.update(
            url_read=True,
            notices=parsed.notices,
            outlet=list(state.outlets),
            kind=list(state.kinds),
            min_sources=state.min_sources,
            mode=state.mode,
            incident=state.incident,
        )
        if state.day:
            st.session_state["day"] = state.day
    for notice in st.session_state.get("notices", []):
        st.info(notice)
    outlet_counts = events["outlet"].map(view.outlet_of).value_counts()
    with st.sidebar:
        st.multiselect(
            "Outlets (all when empty)",
            sorted(outlet_counts.index),
            key="outlet",
            format_func=lambda o: f"{o} ({outlet_counts.get(o, 0)})",
        )
        st.multiselect("Kinds (all when empty)", sorted(set(events["kind"])), key="kind")
        st.number_input("Reported by at least N outlets", min_value=1, max_value=20, step=1, key="min_sources")
    day = st.session_state.get("day") if with_day else None
    state = view.ViewState(
        day=day,
        mode=st.session_state.get("mode", view.DAY_MODE),
        outlets=tuple(st.session_state["outlet"]),
        kinds=tuple(st.session_state["kind"]),
        min_sources=int(st.session_state["min_sources"]),
        incident=st.session_state.get("incident", ""),
    )
    st.query_params.from_dict(view.to_params(state))
    return state


def day_chart(events: pd.DataFrame) -> alt.Chart:
    """Events per day, stacked by kind in the map's colours."""
    per_day = events.dropna(subset=["date"]).groupby(["date", "kind"]).size().reset_index(name="events")
    per_day["date"] = per_day["date"].astype(str)
    colours = alt.Scale(domain=list(mapping.KIND_COLOURS), range=list(mapping.KIND_COLOURS.values()))
    return (
        alt.Chart(per_day)
        .mark_bar()
        .encode(x=alt.X("date:O", axis=alt.Axis(labelAngle=0)), y="events:Q", color=alt.Color("kind:N", scale=colours))
        .properties(height=160)
    )
