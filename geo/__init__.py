"""Frontline: news articles about a war in, dated and geocoded events out.

The stages, in data-flow order: ``ingest`` (files to articles), ``extract`` (toponym mentions),
``dates`` (when), ``gazetteer`` and ``geocode`` (where), ``events`` (what, with provenance), and
``mapping`` / ``view`` for the dashboard. Nothing here imports Streamlit.
"""

PIPELINE_VERSION = "63"
