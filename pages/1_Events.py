"""The filtered events as a table, with the same filters and link as the map."""

import streamlit as st

import ui
from geo import view

st.set_page_config(page_title="Frontline — events", layout="wide")
st.title("Events")
events = ui.corpus()["events"]
if events.empty:
    st.info("No events yet: add articles to data/articles/ (see the README).")
    st.stop()
state = ui.filters(events, with_day=False)
shown = view.filter_events(events, state, by_day=False)
st.caption(f"{len(shown)} events from {shown['article'].nunique()} articles")
if st.toggle("One row per incident (same place, day and kind, from every outlet)", key="by_incident"):
    columns = ["date", "date_precision", "place", "kind", "n_sources", "outlets", "geo_precision", "quotes"]
    st.dataframe(view.incidents(shown)[columns], hide_index=True, width="stretch")
else:
    columns = ["date", "date_precision", "place", "kind", "outlet", "geo_precision", "fatalities", "quote", "article"]
    st.dataframe(shown[columns], hide_index=True, width="stretch")
st.download_button("Download (CSV)", shown.to_csv(index=False), "frontline-events.csv", "text/csv")
