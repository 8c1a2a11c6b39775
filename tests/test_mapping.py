import re

from geo.mapping import base_map, incident_layer, standalone_html
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
