"""The dashboard's view: what is selected, read from and written to the URL, and the events it shows.

Pure functions over the events table, testable without Streamlit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode, urlparse

import pandas as pd

from geo.gazetteer import distance_km

DAY_MODE, CUMULATIVE_MODE = "day", "cumulative"
UNKNOWN_OUTLET = "(unknown outlet)"


@dataclass(frozen=True)
class ViewState:
    """Everything that defines a view; ``None``/empty means "all" or "default"."""

    day: date | None = None
    mode: str = DAY_MODE
    outlets: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    min_sources: int = 1
    incident: str = ""


@dataclass(frozen=True)
class ParsedView:
    state: ViewState
    notices: list[str] = field(default_factory=list)


def day_label(day: date) -> str:
    """``Fri 29 Nov 2024``."""
    return day.strftime("%a %d %b %Y").replace(" 0", " ")


def outlet_of(value: object) -> str:
    return str(value) if isinstance(value, str) and value else UNKNOWN_OUTLET


def sources(outlets: pd.Series) -> pd.Series:
    """:func:`outlet_of` for a whole column."""
    return outlets.where(outlets.notna() & (outlets != ""), UNKNOWN_OUTLET).astype(str)


def dated(events: pd.DataFrame) -> pd.Series:
    """Which events have a known day."""
    return events["date"].map(lambda d: isinstance(d, date), na_action="ignore").fillna(False).astype(bool)


def available_days(events: pd.DataFrame) -> list[date]:
    return sorted(d for d in events["date"].dropna().unique() if isinstance(d, date))


def from_params(params: Mapping[str, Sequence[str]], events: pd.DataFrame) -> ParsedView:
    """A view from URL query parameters; unknown or malformed ones are dropped with a notice."""
    notices: list[str] = []
    days = available_days(events)
    outlets = {outlet_of(o) for o in events["outlet"]}
    kinds = set(events["kind"])
    state = ViewState(day=days[-1] if days else None)
    values = {k: list(v) for k, v in params.items()}
    for key in values:
        if key not in ("day", "mode", "outlet", "kind", "min_sources", "incident"):
            notices.append(f"Ignored unknown parameter '{key}'.")
    if values.get("day"):
        raw = values["day"][-1]
        try:
            wanted = date.fromisoformat(raw)
            if wanted in days:
                state = _with(state, day=wanted)
            else:
                notices.append(f"No events on {raw}; showing {day_label(state.day) if state.day else 'all'}.")
        except ValueError:
            notices.append(f"Ignored day '{raw[:40]}': not a YYYY-MM-DD date.")
    if values.get("mode"):
        mode = values["mode"][-1]
        if mode in (DAY_MODE, CUMULATIVE_MODE):
            state = _with(state, mode=mode)
        else:
            notices.append(f"Ignored mode '{mode[:40]}': use 'day' or 'cumulative'.")
    for key, known, attr in (("outlet", outlets, "outlets"), ("kind", kinds, "kinds")):
        chosen = [v for v in values.get(key, []) if v in known]
        dropped = [v for v in values.get(key, []) if v not in known]
        if dropped:
            notices.append(f"Ignored unknown {key}(s): {', '.join(d[:40] for d in dropped)}.")
        if chosen:
            state = _with(state, **{attr: tuple(dict.fromkeys(chosen))})
    if values.get("min_sources"):
        raw = values["min_sources"][-1]
        if re.fullmatch(r"\d{1,3}", raw) and int(raw) >= 1:
            state = _with(state, min_sources=int(raw))
        else:
            notices.append(f"Ignored min_sources '{raw[:40]}': a whole number from 1.")
    if values.get("incident"):
        raw = values["incident"][-1]
        if raw in set(events["incident"]):
            state = _with(state, incident=raw)
        else:
            notices.append("Ignored incident: not found in these events.")
    return ParsedView(state, notices)


def to_params(state: ViewState) -> dict[str, str | list[str]]:
    """URL query parameters for a view (defaults left out, so links stay short)."""
    params: dict[str, str | list[str]] = {}
    if state.day:
        params["day"] = state.day.isoformat()
    if state.mode != DAY_MODE:
        params["mode"] = state.mode
    if state.outlets:
        params["outlet"] = list(state.outlets)
    if state.kinds:
        params["kind"] = list(state.kinds)
    if state.min_sources > 1:
        params["min_sources"] = str(state.min_sources)
    if state.incident:
        params["incident"] = state.incident
    return params


def _with(state: ViewState, **changes: object) -> ViewState:
    return ViewState(**{**state.__dict__, **changes})


INCIDENT_COLUMNS = [
    "incident", "date", "date_precision", "place", "lat", "lon", "kind", "geo_precision", "outlets",
    "n_sources", "n_reports", "feature", "quotes",
]  # fmt: skip


def incidents(events: pd.DataFrame) -> pd.DataFrame:
    """One row per incident (same place, day and kind), with its outlets, how many reported it and every
    outlet's quote."""
    if events.empty:
        return pd.DataFrame(columns=INCIDENT_COLUMNS)
    rows = []
    for incident, group in events.groupby("incident", sort=False):
        first = group.iloc[0]
        outlets = sorted({outlet_of(o) for o in group["outlet"]})
        rows.append(
            {
                "incident": incident,
                "date": first["date"],
                "date_precision": "day" if (group["date_precision"] == "day").any() else first["date_precision"],
                "place": first["place"],
                "lat": first["lat"],
                "lon": first["lon"],
                "kind": first["kind"],
                "geo_precision": int(group["geo_precision"].min()),
                "outlets": outlets,
                "n_sources": len(outlets),
                "n_reports": len(group),
                "feature": first["feature"],
                "quotes": [f"{outlet_of(r.outlet)}: {r.quote}" for r in group.itertuples()],
            }
        )
    return pd.DataFrame(rows, columns=INCIDENT_COLUMNS)


def filter_events(events: pd.DataFrame, state: ViewState, by_day: bool = True) -> pd.DataFrame:
    """The events a view shows: outlets, kinds, corroboration and (if ``by_day``) the day or days."""
    out = events
    if state.outlets:
        out = out[sources(out["outlet"]).isin(state.outlets)]
    if state.kinds:
        out = out[out["kind"].isin(state.kinds)]
    if state.min_sources > 1:
        counts = out.assign(source=sources(out["outlet"])).groupby("incident")["source"].transform("nunique")
        out = out[counts >= state.min_sources]
    if by_day and state.day is not None:
        known = dated(out)
        if state.mode == CUMULATIVE_MODE:  # everything so far, and what has no known day
            keep = ~known | (out["date"].where(known, state.day) <= state.day)
        else:
            keep = known & (out["date"] == state.day)
        out = out[keep]
    return out


def share_link(page_url: str, state: ViewState) -> str:
    """The address that reopens this view: the page's address with the view's query parameters."""
    base = page_url.split("?", maxsplit=1)[0].split("#", maxsplit=1)[0]
    if base and not urlparse(base).path:
        base += "/"
    query = urlencode(to_params(state), doseq=True)
    return f"{base}?{query}" if query else base


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$])")


def md_escape(text: object) -> str:
    """Text shown through Markdown as it is: no links, images, emphasis or HTML from article text."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


def summary(events: pd.DataFrame, state: ViewState) -> str:
    """``Fri 29 Nov 2024 — 14 events at 11 places, 4 outlets``."""
    when = day_label(state.day) if state.day else "All days"
    if state.mode == CUMULATIVE_MODE and state.day:
        when = f"Up to {when}"
    places = events["place"].nunique()
    outlets = sources(events["outlet"]).nunique()
    return (
        f"{when} — {len(events)} event{'s' * (len(events) != 1)} at {places} place{'s' * (places != 1)}, "
        f"{outlets} outlet{'s' * (outlets != 1)}"
    )


def disagreements(events: pd.DataFrame) -> pd.DataFrame:
    """Place and kind pairs that outlets put on different days (exact dates only), one row per claim."""
    dated = events[events["date_precision"] == "day"].assign(outlet=sources(events["outlet"]))
    columns = ["place", "kind", "date", "outlet", "quote"]
    if dated.empty:
        return pd.DataFrame(columns=columns)
    spread = dated.groupby(["place", "kind"])["date"].transform("nunique")
    outlets = dated.groupby(["place", "kind"])["outlet"].transform("nunique")
    claims = dated[(spread > 1) & (outlets > 1)]
    return claims[columns].drop_duplicates(["place", "kind", "date", "outlet"]).sort_values(["place", "kind", "date"])


def lead_incident(events: pd.DataFrame) -> str:
    """Of the incidents in ``events``, the one most outlets reported (then the most reports; then the first)."""
    outlets: dict[str, set[str]] = {}
    reports: dict[str, int] = {}
    for incident, outlet in zip(events["incident"], events["outlet"], strict=True):
        outlets.setdefault(incident, set()).add(outlet_of(outlet))
        reports[incident] = reports.get(incident, 0) + 1
    return str(max(outlets, key=lambda i: (len(outlets[i]), reports[i])))


def at_point(events: pd.DataFrame, lat: float, lon: float) -> pd.Series:
    """Which events the marker at (lat, lon) stands for: a marker is drawn at its events' coordinates
    (rounded to 5 decimals), and a click reports them back to within a metre or so."""
    return (events["lat"].sub(lat).abs() < 1e-4) & (events["lon"].sub(lon).abs() < 1e-4)


_CLICK_REACH_KM = 50.0


def incident_at(events: pd.DataFrame, lat: float, lon: float) -> str:
    """The incident to select for a click at (lat, lon): the lead incident of the marker nearest it (a
    click reports where the mouse was, anywhere on the marker, not the marker's centre), or "" when no
    marker is within 50 km."""
    if events.empty:
        return ""
    points = events[["lat", "lon"]].drop_duplicates()
    nearest = min(zip(points["lat"], points["lon"], strict=True), key=lambda p: distance_km((lat, lon), p))
    if distance_km((lat, lon), nearest) > _CLICK_REACH_KM:
        return ""
    return lead_incident(events[at_point(events, *nearest)])


def same_place(events: pd.DataFrame, incident: str) -> pd.DataFrame:
    """Every event at the point of ``incident``, the selected incident's first (the marker's content)."""
    chosen = events[events["incident"] == incident]
    if chosen.empty:
        return chosen
    here = events[at_point(events, chosen.iloc[0]["lat"], chosen.iloc[0]["lon"])]
    return pd.concat([here[here["incident"] == incident], here[here["incident"] != incident]])


def marker_count(events: pd.DataFrame) -> int:
    """How many markers a map of ``events`` shows: one per location."""
    return len(events[["lat", "lon"]].drop_duplicates())
