"""Frontline — the offensive day by day on a map."""

import json
import time
from dataclasses import replace

import streamlit as st
from streamlit_folium import st_folium

import ui
from geo import mapping, view

st.set_page_config(page_title="Frontline", page_icon="🗺️", layout="wide")
ui.serve_map_files()
st.title("Frontline")

data = ui.corpus()
events = data["events"]
if events.empty:
    st.info("No events yet: add articles to data/articles/ (see the README).")
    st.stop()

days = view.available_days(events)
if st.session_state.get("day") not in days:
    st.session_state["day"] = days[-1]
if st.session_state.get("play") and st.session_state["day"] == days[-1]:
    st.session_state["play"] = False


def _step(delta: int) -> None:
    i = days.index(st.session_state["day"]) + delta
    st.session_state["day"] = days[max(0, min(len(days) - 1, i))]


if st.session_state.pop("advance", False):  # Play: the step asked for at the end of the last run
    _step(1)
state = ui.filters(events)
left, mid, right, play_col, mode_col = st.columns([1, 6, 1, 2, 3])
left.button("◀", on_click=_step, args=(-1,), key="prev", help="Previous day", disabled=state.day == days[0])
mid.select_slider("Day", options=days, key="day", format_func=view.day_label, label_visibility="collapsed")
right.button("▶", on_click=_step, args=(1,), key="next", help="Next day", disabled=state.day == days[-1])
play_col.toggle("Play", key="play", help="Step through the days, one every two seconds")
mode_col.radio(
    "Show", [view.DAY_MODE, view.CUMULATIVE_MODE], key="mode", horizontal=True,
    format_func=lambda m: "this day" if m == view.DAY_MODE else "up to this day",
)  # fmt: skip
tiles = st.sidebar.toggle("OpenStreetMap tiles (needs internet)", key="tiles")

filtered_all = view.filter_events(events, state, by_day=False)
st.vega_lite_chart(*ui.day_chart(filtered_all), width="stretch")

shown = view.filter_events(events, state)
plotted = mapping.plotted(shown)
st.subheader(view.summary(shown, state))

map_col, panel = st.columns([3, 2])
with map_col:
    fmap = mapping.base_map(events, tiles=tiles)  # all events: filters never move or reload the map
    mapping.legend(fmap)
    layers = [
        mapping.incident_layer(plotted, state.day, state.mode, popups=False),
        mapping.road_layer(shown, ui.roads()),
    ]
    clicked = st_folium(
        fmap, key="map", height=560, use_container_width=True,
        feature_group_to_add=layers, returned_objects=["last_object_clicked"],
    )  # fmt: skip
with panel:
    point = (clicked or {}).get("last_object_clicked")
    if point:
        picked = view.incident_at(plotted, point["lat"], point["lng"])
        if picked and picked != st.session_state.get("incident"):
            st.session_state["incident"] = picked
    selected = view.same_place(shown, st.session_state.get("incident", ""))
    if selected.empty:
        st.info("Click a marker to read what was reported there, and by whom.")
    for _, rows in selected.groupby("incident", sort=False):
        first = rows.iloc[0]
        outlets = sorted(rows["outlet"].map(view.outlet_of).unique())
        st.markdown(
            f"**{view.md_escape(first['place'])}** — {first['kind']}, {first['date'] or 'day unknown'} "
            f"({first['date_precision']})"
        )
        st.caption(
            view.md_escape(
                f"Date: {first['date_method']}. Place: {first['place_resolution']}. "
                f"Coordinates: {first['place_source']}"
            )
        )
        st.write(f"Reported by {len(outlets)} outlet(s): {view.md_escape(', '.join(outlets))}")
        for row in rows.itertuples():
            st.text(f"{view.outlet_of(row.outlet)}: “{row.quote}”")
            if row.url:
                st.link_button("Read the article", row.url)
    current = replace(state, incident=st.session_state.get("incident", ""))
    st.query_params.from_dict(view.to_params(current))
    st.text_input("Share this view", view.share_link(st.context.url or "", current))  # no key: follows the view
    st.caption("Copy this link: it opens this same view.")

downloads = st.columns(3)
downloads[0].download_button(
    "Download this map (HTML)", lambda: mapping.standalone_html(shown, ui.roads()), "frontline-map.html", "text/html",
    on_click="ignore",
)  # fmt: skip
downloads[1].download_button(
    "Events (CSV)", lambda: shown.to_csv(index=False), "frontline-events.csv", "text/csv", on_click="ignore"
)
downloads[2].download_button(
    "Events (GeoJSON)", lambda: json.dumps(mapping.events_geojson(shown)), "frontline-events.geojson",
    "application/geo+json", on_click="ignore",
)  # fmt: skip
if st.session_state.get("play"):
    time.sleep(2)
    st.session_state["advance"] = True
    st.rerun()
