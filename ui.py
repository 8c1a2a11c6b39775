"""What the dashboard's pages share: cached loading of the corpus and the filter widgets.

Widget keys are the state; the URL is read into them once per session and written back each run.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pandas as pd
import streamlit as st
from geopy.exc import GeopyError
from streamlit.errors import StreamlitAPIException

from geo import mapping, view
from geo.events import ArticleResult
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.geocode import OnlineGeocoder, config_from_env, online_geocoder
from geo.ingest import Article
from geo.pipeline import places_frame, process, refine_dates
from geo.store import Store, database_url, import_folder

BUNDLED_ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
STATIC = Path(__file__).resolve().parent / "static"


def serve_map_files() -> None:
    """Put what maps load (Leaflet, outlines) where Streamlit serves them, before any page shows a map."""
    mapping.install_static(STATIC)


def articles_dir() -> Path:
    """The corpus folder: ``FRONTLINE_ARTICLES_DIR`` if set, else the bundled articles."""
    return Path(os.environ.get("FRONTLINE_ARTICLES_DIR") or BUNDLED_ARTICLES)


@st.cache_resource(show_spinner="Loading the gazetteer…")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _fingerprint(folder: Path) -> str:
    """A digest of the folder's file names, sizes and dates: it changes when a file does."""
    digest = hashlib.sha1()
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if entry.is_file():
            info = entry.stat()
            digest.update(f"{entry.name}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()


@st.cache_resource
def online(url: str) -> OnlineGeocoder | None:
    """The online geocoder the environment asks for (``FRONTLINE_GEOCODER``), or None: offline only.
    Its answers are cached in the store at ``url``."""
    config = config_from_env()
    try:
        return online_geocoder(config, store(url).engine) if config else None
    except (GeopyError, OSError):
        return None


@st.cache_resource
def store(url: str) -> Store:
    """The database handle (``FRONTLINE_DB_URL``, else ``data/frontline.sqlite``)."""
    return Store(url)


def _process(article: Article) -> ArticleResult:
    return process(article, gazetteer(), online(database_url()))


@st.cache_data(show_spinner="Reading new articles…")
def _import(url: str, folder: str, service: str, fingerprint: str) -> list[str]:
    """Store the folder's new articles and remake stale events; the load errors. Keyed by the folder's
    ``fingerprint`` (names, sizes, dates), so it runs again only when files change."""
    _, errors = import_folder(store(url), Path(folder), _process)
    store(url).rebuild_stale(_process)
    return [str(e) for e in errors]


@st.cache_data(show_spinner=False)
def _tables(url: str, version: tuple[int, int, int]) -> dict[str, pd.DataFrame]:
    """Stored events (with the days only other articles give, filled in) and articles; ``version`` changes
    whenever the store does."""
    articles = store(url).articles().rename(columns={"name": "article"})
    return {"events": refine_dates(store(url).events()), "articles": articles}


def _load_secrets() -> None:
    """Read ``.streamlit/secrets.toml`` (or the hosted app's secrets); Streamlit then exposes its
    top-level keys, such as ``FRONTLINE_DB_URL``, as environment variables."""
    try:
        st.secrets.load_if_toml_exists()
    except (FileNotFoundError, StreamlitAPIException) as error:
        st.warning(f"The secrets file could not be read ({error}); using the defaults.")


def corpus() -> dict[str, pd.DataFrame | list[str]]:
    """Events, articles and load errors: the store, after importing new files from the articles folder."""
    _load_secrets()
    url, folder = database_url(), articles_dir()
    geocoder = online(url)
    errors = _import(url, str(folder), geocoder.service if geocoder else "", _fingerprint(folder))
    return {**_tables(url, store(url).version()), "errors": errors}


@st.cache_data(show_spinner="Finding places…")
def _places(url: str, version: tuple[int, int, int]) -> pd.DataFrame:
    return places_frame(_process(article) for _, article in store(url).stored_articles())


def places() -> pd.DataFrame:
    """Every toponym mention of the stored articles (remade from their text, cached per article)."""
    corpus()
    url = database_url()
    return _places(url, store(url).version())


def preview(article: Article) -> ArticleResult:
    """What the pipeline finds in an article, before it is saved."""
    return _process(article)


def save(article: Article) -> tuple[bool, int]:
    """Store an article with its events: (whether it was new, how many events it has)."""
    result = _process(article)
    _, added = store(database_url()).add(article, result)
    return added, len(result.events)


def editor_password() -> str:
    """The editor password (``FRONTLINE_EDITOR_PASSWORD``, else ``editor_password`` in secrets), or ""."""
    if os.environ.get("FRONTLINE_EDITOR_PASSWORD"):
        return os.environ["FRONTLINE_EDITOR_PASSWORD"]
    try:
        return str(st.secrets.get("editor_password", ""))
    except (FileNotFoundError, KeyError, StreamlitAPIException):
        return ""


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
    outlet_counts = view.sources(events["outlet"]).value_counts()
    with st.sidebar:
        st.multiselect(
            "Outlets (all when empty)",
            sorted(outlet_counts.index),
            key="outlet",
            format_func=lambda o: f"{o} ({outlet_counts.get(o, 0)})",
        )
        st.multiselect("Kinds (all when empty)", sorted(events["kind"].dropna().unique()), key="kind")
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


def day_chart(events: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, object]]:
    """Events per day, stacked by kind in the map's colours: the data and a Vega-Lite spec for it."""
    per_day = events[["date", "kind"]].dropna().groupby(["date", "kind"]).size().reset_index(name="events")
    per_day["date"] = per_day["date"].astype(str)
    spec = {
        "mark": "bar",
        "height": 160,
        "encoding": {
            "x": {"field": "date", "type": "ordinal", "axis": {"labelAngle": 0}},
            "y": {"field": "events", "type": "quantitative"},
            "color": {
                "field": "kind",
                "type": "nominal",
                "scale": {"domain": list(mapping.KIND_COLOURS), "range": list(mapping.KIND_COLOURS.values())},
            },
        },
    }
    return per_day, spec
