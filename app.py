"""Frontline — the offensive day by day on a map."""

from dataclasses import replace
from pathlib import Path
from urllib.parse import urlencode

import altair as alt
import streamlit as st
from streamlit_folium import st_folium

import ui
from geo import mapping, view

st.set_page_config(page_title="Frontline", page_icon="🗺️", layout="wide")
mapping.install_static(Path(__file__).resolve().parent / "static")
st.title("Frontline")

data = ui.corpus()
events = data["events"]
if events.empty:
    st.info("No events yet: add articles to data/articles/ (see the README).")
    st.stop()

days = view.available_days(events)
if st.session_state.get("day") not in days:
    st.session_state["day"] = days[-1]


def _step(delta: int) -> None:
    i = days.index(st.session_state["day"]) + delta
    st.session_state["day"] = days[max(0, min(len(days) - 1, i))]


state = ui.filters(events)
left, mid, right, mode_col = st.columns([1, 6, 1, 3])
left.button("◀", on_click=_step, args=(-1,), key="prev", help="Previous day", disabled=state.day == days[0])
mid.select_slider("Day", options=days, key="day", format_func=view.day_label, label_visibility="collapsed")
right.button("▶", on_click=_step, args=(1,), key="next", help="Next day", disabled=state.day == days[-1])
mode_col.radio(
    "Show", [view.DAY_MODE, view.CUMULATIVE_MODE], key="mode", horizontal=True,
    format_func=lambda m: "this day" if m == view.DAY_MODE else "up to this day",
)  # fmt: skip

filtered_all = view.filter_events(events, state, by_day=False)
per_day = filtered_all.dropna(subset=["date"]).groupby(["date", "kind"]).size().reset_index(name="events")
per_day["date"] = per_day["date"].astype(str)
st.altair_chart(
    alt.Chart(per_day)
    .mark_bar()
    .encode(
        x=alt.X("date:O", axis=alt.Axis(labelAngle=0)),
        y="events:Q",
        color=alt.Color(
            "kind:N", scale=alt.Scale(domain=list(mapping.KIND_COLOURS), range=list(mapping.KIND_COLOURS.values()))
        ),
    )
    .properties(height=160),
    width="stretch",
)

shown = view.filter_events(events, state)
st.subheader(view.summary(shown, state))

map_col, panel = st.columns([3, 2])
with map_col:
    fmap = mapping.base_map(shown)
    mapping.legend(fmap)
    layers = [mapping.incident_layer(shown, state.day, state.mode), mapping.road_layer(shown, ui.roads())]
    for layer in layers:
        layer.add_to(fmap)
    clicked = st_folium(fmap, key="map", height=560, use_container_width=True, returned_objects=["last_object_clicked"])
with panel:
    point = (clicked or {}).get("last_object_clicked")
    if point:
        picked = view.incident_at(shown, point["lat"], point["lng"])
        if picked and picked != st.session_state.get("incident"):
            st.session_state["incident"] = picked
    selected = view.same_place(shown, st.session_state.get("incident", ""))
    if selected.empty:
        st.info("Click a marker to read what was reported there, and by whom.")
    for _, rows in selected.groupby("incident", sort=False):
        first = rows.iloc[0]
        outlets = sorted(rows["outlet"].map(view.outlet_of).unique())
        st.markdown(f"**{first['place']}** — {first['kind']}, {first['date']} ({first['date_precision']})")
        st.caption(
            f"Date: {first['date_method']}. Place: {first['place_resolution']}. Coordinates: {first['place_source']}"
        )
        st.write(f"Reported by {len(outlets)} outlet(s): {', '.join(outlets)}")
        for row in rows.itertuples():
            st.text(f"{view.outlet_of(row.outlet)}: “{row.quote}”")
            if row.url:
                st.link_button("Read the article", row.url)
    params = view.to_params(replace(state, incident=st.session_state.get("incident", "")))
    st.query_params.from_dict(params)
    st.code("?" + urlencode(params, doseq=True), language=None)
    st.caption("Share this view: add the line above to the dashboard's address.")

st.download_button(
    "Download this map (HTML)", mapping.standalone_html(shown, ui.roads()), "frontline-map.html", "text/html"
)
st.download_button("Download events (CSV)", shown.to_csv(index=False), "frontline-events.csv", "text/csv")
