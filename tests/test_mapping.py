import json
import re

import pandas as pd

from geo.mapping import base_map, incident_layer, install_static, label_layer, standalone_html, view_of
from tests.test_view import frame


def test_article_text_is_escaped_in_popups():
    df = frame().assign(quote='<script>alert(1)</script><img src=x onerror="alert(2)">')
    fmap = base_map(df)
    incident_layer(df, None, "day").add_to(fmap)
    page = fmap.get_root().render()
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)" in page


def test_maps_need_no_cdn():
    df = frame()
    fmap = base_map(df)
    incident_layer(df, None, "day").add_to(fmap)
    live = fmap.get_root().render()
    assert not re.search(r"<(?:script|link)[^>]+(?:src|href)=\"https?://", live)
    assert "/app/static/vendor/leaflet.js" in live
    page = standalone_html(df, {})
    assert not re.search(r"<(?:script|link)[^>]+(?:src|href)=\"https?://", page)
    assert "fl-day" in page and "L.map" in page


def test_place_labels_are_escaped():
    df = frame().assign(place='<img src=x onerror="alert(1)">')
    assert label_layer(df).labels[0][2] == "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
    assert "<img src=x" not in base_map(df).get_root().render()


def test_provinces_of_the_events_countries_are_served_and_drawn(tmp_path):
    syrian = frame().assign(country_code="SY")
    live = base_map(syrian).get_root().render()
    assert "/app/static/vendor/outlines.geojson" in live
    assert "/app/static/vendor/provinces/SY.geojson" in live
    assert "provinces/" not in base_map(frame()).get_root().render()  # no country known, no provinces

    vendor = install_static(tmp_path)
    served = json.loads((vendor / "provinces" / "SY.geojson").read_text(encoding="utf-8"))
    names = {f["properties"]["name"] for f in served["features"]}
    assert {"Aleppo", "Idlib", "Damascus"} <= names and len(names) >= 14
    assert json.loads((vendor / "outlines.geojson").read_text(encoding="utf-8"))["features"]


def test_standalone_map_carries_its_outlines():
    page = standalone_html(frame().assign(country_code="SY"), {})
    assert "/app/static/" not in page
    assert "Dayr Az Zawr" in page  # a governorate's name: the provinces are inside the file


def test_the_map_opens_on_the_war_most_events_are_of():
    syria = frame()
    elsewhere = syria.head(2).assign(lat=[4.85, -1.68], lon=[-6.2, 29.22])  # Côte d'Ivoire, Goma: a few far away
    alone, both = view_of(syria), view_of(pd.concat([syria, elsewhere]))
    assert both == alone  # the Syrian events' view, not one of half the world
    scattered = view_of(pd.concat([syria.head(1), elsewhere]))  # no war has most of them: all in view
    assert scattered[1] <= 4 < alone[1]
