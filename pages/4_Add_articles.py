"""Add articles: paste or upload, check what Frontline finds in them, then save."""

import hmac

import streamlit as st
from streamlit_folium import st_folium

import ui
from geo import mapping, view
from geo.errors import BadInput
from geo.ingest import read_article, with_metadata
from geo.pipeline import events_frame

st.set_page_config(page_title="Frontline — add articles", layout="wide")
st.title("Add articles")
password = ui.editor_password()
if not password:
    st.info(
        "Editing is off: this dashboard is read-only. To enable it, set `FRONTLINE_EDITOR_PASSWORD` in the "
        "environment or `editor_password` in `.streamlit/secrets.toml`."
    )
    st.stop()
if not hmac.compare_digest(st.text_input("Editor password", type="password", key="password"), password):
    st.info("Enter the editor password to add articles.")
    st.stop()

pasted = st.text_area("Paste an article", key="pasted", height=180)
pasted_name = st.text_input("Name for the pasted article", value="pasted.txt", key="pasted_name")
uploads = st.file_uploader(
    "…or upload files", type=["txt", "md", "html", "htm"], accept_multiple_files=True, key="files"
)
inputs = ([(pasted_name, pasted.encode("utf-8"))] if pasted.strip() else []) + [
    (f.name, f.getvalue()) for f in uploads or []
]
if not inputs:
    st.info("Paste text or upload .txt, .md or .html files to see what Frontline finds in them.")
    st.stop()

progress = st.progress(0.0, text="Reading…")
prepared = []
for i, (name, data) in enumerate(inputs):
    try:
        found = read_article(name, data)
    except BadInput as error:
        st.error(view.md_escape(error))
        continue
    with st.expander(view.md_escape(f"{name} — {found.title}"), expanded=True):
        outlet_col, url_col, date_col = st.columns(3)
        outlet = outlet_col.text_input("Outlet", found.outlet, key=f"outlet-{i}")
        url = url_col.text_input("URL", found.url, key=f"url-{i}")
        published = date_col.date_input("Published", found.published, key=f"published-{i}")
        article = with_metadata(found, outlet, url, published)
        st.caption(view.md_escape(f"Found in the text: {found.metadata_source}"))
        events = events_frame([ui.preview(article)])
        if events.empty:
            st.warning(
                view.md_escape(
                    f"{name}: no events found (no places, or no event words near them); it can still be saved."
                )
            )
        else:
            st.dataframe(events[["date", "date_precision", "place", "kind", "quote"]], hide_index=True, width="stretch")
            ui.serve_map_files()
            fmap = mapping.base_map(events)
            mapping.incident_layer(events, None, "day").add_to(fmap)
            st_folium(fmap, key=f"preview-map-{i}", height=300, returned_objects=[])
    prepared.append(article)
    progress.progress((i + 1) / len(inputs), text=f"Read {i + 1} of {len(inputs)}")

if st.button(f"Save {len(prepared)} article(s)", key="save", disabled=not prepared, type="primary"):
    for article in prepared:
        added, count = ui.save(article)
        if added:
            st.success(view.md_escape(f"Saved {article.name}: {count} events. They are on the map now."))
        else:
            st.info(view.md_escape(f"{article.name} was already stored (same text); nothing changed."))
