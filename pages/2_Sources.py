"""Outlets, their articles, what each reported per day, and where outlets disagree."""

import streamlit as st

import ui
from geo import view

st.set_page_config(page_title="Frontline — sources", layout="wide")
st.title("Sources")
data = ui.corpus()
articles, events = data["articles"], data["events"]
if articles.empty:
    st.info("No articles yet: add them to data/articles/ (see the README).")
    st.stop()
for error in data["errors"]:
    st.warning(view.md_escape(error))
articles = articles.assign(outlet=articles["outlet"].map(view.outlet_of))
st.subheader("Articles")
st.dataframe(articles[["outlet", "title", "published", "metadata_source", "article"]], hide_index=True, width="stretch")
st.subheader("Events per outlet per day")
per_day = events.assign(outlet=events["outlet"].map(view.outlet_of)).dropna(subset=["date"])
st.bar_chart(per_day.groupby(["date", "outlet"]).size().unstack(fill_value=0))
st.subheader("Where outlets disagree")
st.caption("Places and kinds of event that outlets date differently; each claim stays with its source.")
st.dataframe(view.disagreements(events), hide_index=True, width="stretch")
