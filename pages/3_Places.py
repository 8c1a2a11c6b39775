"""Every place the pipeline found, where it put it and why, and the names it could not place."""

import streamlit as st

import ui

st.set_page_config(page_title="Frontline — places", layout="wide")
st.title("Places")
places = ui.places()
if places.empty:
    st.info("No places yet: add articles to data/articles/ (see the README).")
    st.stop()
resolved = places.dropna(subset=["lat"])
table = (
    resolved.groupby(["name", "lat", "lon", "feature", "source"])
    .agg(
        mentions=("text", "size"),
        spelled=("text", lambda s: ", ".join(sorted(set(s)))),
        roles=("role", lambda s: ", ".join(sorted(set(s)))),
    )
    .reset_index()
    .sort_values("mentions", ascending=False)
)
st.subheader(f"{len(table)} places resolved")
st.dataframe(table, hide_index=True, width="stretch")
st.subheader("Names not resolved")
unresolved = places[places["lat"].isna()][["article", "text", "start", "end"]]
if unresolved.empty:
    st.write("Every name found was placed.")
else:
    st.dataframe(unresolved, hide_index=True, width="stretch")
