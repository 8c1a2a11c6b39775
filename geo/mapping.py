"""Maps of events: GeoJSON, and Folium maps that need no CDN (Leaflet is served by the dashboard).

Every text from an article is escaped before it becomes HTML.
"""

from __future__ import annotations

import html
import json
import math
import shutil
from datetime import date
from functools import lru_cache
from pathlib import Path

import folium
import pandas as pd
from branca.element import Figure, MacroElement
from jinja2 import Template

from geo.gazetteer import distance_km
from geo.view import CUMULATIVE_MODE, dated, lead_incident, outlet_of, sources

KIND_COLOURS = {
    "capture": "#d62728", "advance": "#ff7f0e", "fighting": "#8c564b", "airstrike": "#1f77b4",
    "shelling": "#17becf", "attack": "#9467bd", "withdrawal": "#2ca02c", "casualties": "#000000",
    "displacement": "#e377c2", "other": "#7f7f7f",
}  # fmt: skip
DATA = Path(__file__).resolve().parent.parent / "data"
OUTLINES_FILE = DATA / "outlines.geojson"
PROVINCES_FILE = DATA / "provinces.geojson"
STATIC_URL = "/app/static/vendor"
UNDATED_COLOUR = "#9e9e9e"
TILES_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
TILES_ATTRIBUTION = "&copy; OpenStreetMap contributors"


def events_geojson(events: pd.DataFrame) -> dict[str, object]:
    """A FeatureCollection with one point per event and every column as a property."""
    features = []
    for row in events.to_dict(orient="records"):
        props = {k: (None if _missing(v) else str(v) if isinstance(v, date) else v) for k, v in row.items()}
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
                "properties": props,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _figure(fmap: folium.Map) -> Figure:
    root = fmap.get_root()
    assert isinstance(root, Figure)
    return root


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value))


def leaflet_files() -> dict[str, Path]:
    """Leaflet (``xstatic-leaflet``) and jQuery (``xstatic-jquery``, which folium's popups use), by the
    name the dashboard serves them under."""
    from xstatic.pkg import jquery, leaflet  # noqa: PLC0415 - namespace packages, imported where used

    base = Path(leaflet.BASE_DIR)
    files = {
        "jquery.min.js": Path(jquery.BASE_DIR) / "jquery.min.js",
        "leaflet.js": base / "leaflet.js",
        "leaflet.css": base / "leaflet.css",
    }
    files.update({f"images/{p.name}": p for p in (base / "images").iterdir()})
    return files


def install_static(static_dir: Path) -> Path:
    """Put what the map loads into ``static_dir/vendor`` for Streamlit to serve: Leaflet from its registry
    package, the country outlines, and each country's provinces as a file of its own."""
    vendor = static_dir / "vendor"
    for name, source in {**leaflet_files(), "outlines.geojson": OUTLINES_FILE}.items():
        target = vendor / name
        if not target.exists() or target.stat().st_size != source.stat().st_size:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    folder = vendor / "provinces"
    stamp, made_from = folder / "source.txt", f"{PROVINCES_FILE.stat().st_size} {PROVINCES_FILE.stat().st_mtime_ns}"
    if not stamp.exists() or stamp.read_text(encoding="utf-8") != made_from:
        folder.mkdir(exist_ok=True)
        for country in _provinces_by_country():
            text = json.dumps(provinces(country), separators=(",", ":"))
            (folder / f"{country}.geojson").write_text(text, encoding="utf-8")
        stamp.write_text(made_from, encoding="utf-8")
    return vendor


def _use_local_assets(fmap: folium.Map, base_url: str | None, inline: bool) -> None:
    if inline:
        files = leaflet_files()
        fmap.default_js, fmap.default_css = [], []
        _figure(fmap).header.add_child(
            folium.Element(
                f"<style>{files['leaflet.css'].read_text(encoding='utf-8')}</style>"
                f"<script>{files['leaflet.js'].read_text(encoding='utf-8')}</script>"
                f"<script>{files['jquery.min.js'].read_text(encoding='utf-8')}</script>"
            ),
            name="leaflet_inline",
        )
    else:
        url = base_url or STATIC_URL
        fmap.default_js = [("leaflet", f"{url}/leaflet.js"), ("jquery", f"{url}/jquery.min.js")]
        fmap.default_css = [("leaflet_css", f"{url}/leaflet.css")]


def view_of(events: pd.DataFrame, width: int = 700, height: int = 560) -> tuple[list[float], int]:
    """Centre and zoom that fit the events in a map of about ``width`` x ``height`` pixels.

    Computed here, not by Leaflet's fitBounds, which runs while the dashboard's map frame still has no
    size and then zooms all the way in.
    """
    if events.empty:
        return [20.0, 0.0], 2
    events = _main_theatre(events)
    pad = 0.25  # degrees: enough to see the towns around a single city's events
    south, north = events["lat"].min() - pad, events["lat"].max() + pad
    west, east = events["lon"].min() - pad, events["lon"].max() + pad

    def mercator(lat: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    lon_zoom = math.log2(width * 360 / (256 * (east - west)))
    lat_zoom = math.log2(height * 2 * math.pi / (256 * (mercator(north) - mercator(south))))
    zoom = max(2, min(14, math.floor(min(lon_zoom, lat_zoom))))
    return [round((south + north) / 2, 5), round((west + east) / 2, 5)], zoom


_THEATRE_REACH_KM = 1000.0


def _main_theatre(events: pd.DataFrame) -> pd.DataFrame:
    """The events within ``_THEATRE_REACH_KM`` of their median point, where they are most of them: a corpus of
    several wars opens on the one it reports most (the others are a zoom out away), not on the whole world."""
    middle = (events["lat"].median(), events["lon"].median())
    reach = [
        distance_km(middle, point) <= _THEATRE_REACH_KM for point in zip(events["lat"], events["lon"], strict=True)
    ]
    near = events[reach]
    return near if len(near) * 2 > len(events) else events


BASE_STYLES = {
    "countries": {"color": "#666", "weight": 1, "fillColor": "#f2efe9", "fillOpacity": 1},
    "provinces": {"color": "#999", "weight": 0.8, "dashArray": "4 3", "fill": False},
}
# Panes under the tiles (200) and the markers (400); provinces above the filled countries, whichever
# file the browser gets first.
BASE_PANES = {"countries": 150, "provinces": 160}


class OutlineLayer(MacroElement):
    """Outlines drawn with one style under the tiles and the markers, never clickable: fetched by the
    browser from ``url`` (the dashboard serves them, so the map sent on each rerun stays small), or
    embedded as ``data`` (a standalone file). ``kind``: "countries" or "provinces"."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        if (!{{ this._parent.get_name() }}.getPane({{ this.pane|tojson }})) {
            {{ this._parent.get_name() }}.createPane({{ this.pane|tojson }}).style.zIndex = {{ this.z_index }};
        }
        var {{ this.get_name() }} = L.geoJSON(null, {
            style: {{ this.style|tojson }}, pane: {{ this.pane|tojson }}, interactive: false
        }).addTo({{ this._parent.get_name() }});
        {%- if this.url %}
        fetch({{ this.url|tojson }}).then(function (r) { return r.json(); })
            .then(function (d) { {{ this.get_name() }}.addData(d); });
        {%- else %}
        {{ this.get_name() }}.addData({{ this.data|tojson }});
        {%- endif %}
        {% endmacro %}
    """)

    def __init__(self, kind: str, url: str = "", data: object = None) -> None:
        super().__init__()
        self._name = "OutlineLayer"
        self.style, self.pane, self.z_index = BASE_STYLES[kind], f"frontline-{kind}", BASE_PANES[kind]
        self.url, self.data = url, data


@lru_cache(maxsize=1)
def _provinces_by_country() -> dict[str, list[dict[str, object]]]:
    by_country: dict[str, list[dict[str, object]]] = {}
    for feature in json.loads(PROVINCES_FILE.read_text(encoding="utf-8"))["features"]:
        by_country.setdefault(feature["properties"]["country"], []).append(feature)
    return by_country


def provinces(country: str) -> dict[str, object]:
    """The first-level regions (provinces, governorates) of a country (ISO code), as GeoJSON."""
    return {"type": "FeatureCollection", "features": _provinces_by_country().get(country, [])}


def base_map(
    events: pd.DataFrame, tiles: bool = False, base_url: str | None = None, inline: bool = False
) -> folium.Map:
    """An empty map fitted to the events, with the offline country outlines, the provinces of the
    events' countries (and OSM tiles if asked). ``inline``: everything inside the page, for a file."""
    centre, zoom = view_of(events)
    fmap = folium.Map(location=centre, zoom_start=zoom, tiles=None, control_scale=True)
    _use_local_assets(fmap, base_url, inline)
    url = base_url or STATIC_URL
    if inline:
        OutlineLayer("countries", data=json.loads(OUTLINES_FILE.read_text(encoding="utf-8"))).add_to(fmap)
    else:
        OutlineLayer("countries", url=f"{url}/outlines.geojson").add_to(fmap)
    codes = events["country_code"].dropna().unique() if "country_code" in events else []
    for country in sorted(c for c in codes if c in _provinces_by_country()):
        if inline:
            OutlineLayer("provinces", data=provinces(country)).add_to(fmap)
        else:
            OutlineLayer("provinces", url=f"{url}/provinces/{country}.geojson").add_to(fmap)
    if tiles:
        folium.TileLayer(TILES_URL, attr=TILES_ATTRIBUTION, name="OpenStreetMap").add_to(fmap)
    label_layer(events).add_to(fmap)
    return fmap


MAX_MARKERS = 400
_GRID_STEPS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0)
_POPUP_INCIDENTS = 6


def plotted(events: pd.DataFrame, max_markers: int = MAX_MARKERS) -> pd.DataFrame:
    """Events with the coordinates their marker is drawn at: their own, or, when there would be more
    than ``max_markers`` markers, the centre of a grid cell that gathers the events near each other."""
    if len(events[["lat", "lon"]].drop_duplicates()) <= max_markers:
        return events
    for step in _GRID_STEPS:
        cells = (events["lat"] // step).astype(int).astype(str) + ":" + (events["lon"] // step).astype(int).astype(str)
        if cells.nunique() <= max_markers:
            break
    centres = events.groupby(cells)[["lat", "lon"]].transform("mean").round(5)
    return events.assign(lat=centres["lat"], lon=centres["lon"])


def popup_html(rows: pd.DataFrame) -> str:
    """A location's popup: its incidents (the first few) with date, kind and each outlet's quote, escaped."""
    parts = []
    groups = list(rows.groupby("incident", sort=False))
    for _, group in groups[:_POPUP_INCIDENTS]:
        first = group.iloc[0]
        when = first["date"] if isinstance(first["date"], date) else "date unknown"
        parts.append(
            f"<b>{html.escape(str(first['place']))}</b><br>{html.escape(str(when))} "
            f"({html.escape(str(first['date_precision']))}) — {html.escape(str(first['kind']))}"
        )
        for row in group.itertuples():
            parts.append(f"<p><i>{html.escape(outlet_of(row.outlet))}</i>: “{html.escape(str(row.quote))}”</p>")
    if len(groups) > _POPUP_INCIDENTS:
        parts.append(f"<p>… and {len(groups) - _POPUP_INCIDENTS} more incidents here (zoom in or filter)</p>")
    return "".join(parts)


def incident_layer(events: pd.DataFrame, today: date | None, mode: str, popups: bool = True) -> folium.FeatureGroup:
    """One circle per location, coloured by the kind of its best-reported incident; hollow when no
    incident there has an exact date, faded when all are before the day shown. The dashboard shows
    details beside the map and leaves ``popups`` off."""
    group = folium.FeatureGroup(name="Events")
    if events.empty:
        return group
    marked = events.assign(
        source=sources(events["outlet"]),
        exact=events["date_precision"] == "day",
        today=events["date"] == today,
        dated=dated(events),
    )
    for (lat, lon), rows in marked.groupby(["lat", "lon"], sort=False):
        lead = view_lead(rows)
        undated = not rows["dated"].any()
        colour = UNDATED_COLOUR if undated else KIND_COLOURS.get(str(lead["kind"]), KIND_COLOURS["other"])
        exact = bool(rows["exact"].any())
        faded = mode == CUMULATIVE_MODE and today is not None and not rows["today"].any()
        outlets = rows["source"].nunique()
        count = rows["incident"].nunique()
        label = f"{lead['place']} — {lead['kind']}" + (f" and {count - 1} more" if count > 1 else "")
        folium.CircleMarker(
            location=[float(lat), float(lon)],
            radius=6 + 2 * min(outlets, 4),
            color=colour,
            weight=2 if exact else 3,
            dash_array=None if exact else "3 3",
            fill=True,
            fill_color=colour if exact else "#ffffff",
            fill_opacity=0.25 if faded else 0.8,
            opacity=0.35 if faded else 1.0,
            popup=folium.Popup(popup_html(rows), max_width=360) if popups else None,
            tooltip=html.escape(f"{label} ({outlets} outlet{'s' * (outlets != 1)})"),
            class_name="frontline-incident",
        ).add_to(group)
    return group


def view_lead(rows: pd.DataFrame) -> pd.Series:
    """The first event of the lead incident among ``rows``."""
    lead = lead_incident(rows)
    return rows.iloc[list(rows["incident"]).index(lead)]


def road_layer(events: pd.DataFrame, roads: dict[str, list[tuple[float, float]]]) -> folium.FeatureGroup:
    """Roads that events happened on, drawn as lines."""
    group = folium.FeatureGroup(name="Roads")
    for name in sorted(set(events.loc[events["feature"] == "road", "place"])):
        line = roads.get(str(name).split(" (")[0])
        if line:
            folium.PolyLine(line, color="#d62728", weight=4, opacity=0.7, tooltip=html.escape(str(name))).add_to(group)
    return group


MAX_LABELS = 60


class LabelLayer(MacroElement):
    """Place names as plain text on the map, not clickable: one element for all, so a rerun renders it once.
    Names arrive HTML-escaped."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.layerGroup({{ this.labels|tojson }}.map(function (l) {
            return L.marker([l[0], l[1]], {interactive: false, keyboard: false, icon: L.divIcon({
                className: "frontline-label", iconSize: [0, 0],
                html: '<div style="font:11px sans-serif;color:#444;white-space:nowrap;margin:8px 0 0 10px">'
                    + l[2] + "</div>"
            })});
        })).addTo({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, labels: list[tuple[float, float, str]]) -> None:
        super().__init__()
        self._name = "LabelLayer"
        self.labels = labels


def label_layer(events: pd.DataFrame, spacing: float = 0.05) -> LabelLayer:
    """Names of the most-reported places, so the offline map (outlines only) can be read; a label is
    left out when a busier place's label is within ``spacing`` degrees."""
    counts = events.groupby(["lat", "lon", "place"]).size().sort_values(ascending=False)
    labels: list[tuple[float, float, str]] = []
    for (lat, lon, place), _ in counts.items():
        if len(labels) >= MAX_LABELS or any(abs(lat - a) < spacing and abs(lon - b) < spacing for a, b, _ in labels):
            continue
        labels.append((float(lat), float(lon), html.escape(str(place).split(" (")[0])))
    return LabelLayer(labels)


def legend(fmap: folium.Map) -> None:
    items = "".join(
        f'<div><span style="display:inline-block;width:10px;height:10px;border-radius:5px;background:{c}"></span> {k}</div>'
        for k, c in KIND_COLOURS.items()
    )
    _figure(fmap).html.add_child(
        folium.Element(
            '<div style="position:fixed;bottom:24px;right:10px;z-index:9999;background:white;padding:6px;'
            f'font:12px sans-serif;border:1px solid #999">{items}<div>hollow: date approximate</div>'
            f'<div><span style="color:{UNDATED_COLOUR}">grey</span>: day unknown</div></div>'
        )
    )


def standalone_html(events: pd.DataFrame, roads: dict[str, list[tuple[float, float]]]) -> str:
    """A self-contained HTML map with a day slider (Leaflet inlined; works opened from disk)."""
    fmap = base_map(events, inline=True)
    days = sorted({d for d in events["date"] if isinstance(d, date)})
    layers = []
    for i, day in enumerate(days):
        layer = incident_layer(events[events["date"] == day], day, "day")
        layer.add_to(fmap)
        layers.append((i, day, layer.get_name()))
    road_layer(events, roads).add_to(fmap)
    legend(fmap)
    if days:
        names = json.dumps([name for _, _, name in layers])
        labels = json.dumps([d.strftime("%a %d %b %Y") for d in days])
        _figure(fmap).html.add_child(
            folium.Element(
                '<div style="position:fixed;top:10px;left:60px;z-index:9999;background:white;padding:6px;'
                'font:13px sans-serif;border:1px solid #999"><button id="fl-play" type="button">Play</button> '
                f'<input id="fl-day" type="range" min="0" max="{len(days) - 1}" value="{len(days) - 1}"> '
                '<span id="fl-label"></span></div>'
            )
        )
        _figure(fmap).script.add_child(
            folium.Element(
                "window.addEventListener('load',function(){"
                f"var flLayers={names}, flLabels={labels}, flMap={fmap.get_name()};"
                "function flShow(i){flLayers.forEach(function(n,j){var l=window[n];"
                "if(j==i){flMap.addLayer(l);}else{flMap.removeLayer(l);}});"
                "document.getElementById('fl-label').textContent=flLabels[i];}"
                "var flDay=document.getElementById('fl-day'), flPlay=document.getElementById('fl-play'), flTimer=null;"
                "function flStop(){clearInterval(flTimer);flTimer=null;flPlay.textContent='Play';}"
                "flDay.addEventListener('input',function(){flStop();flShow(+flDay.value);});"
                "flPlay.addEventListener('click',function(){if(flTimer){flStop();return;}"
                "if(+flDay.value>=flLayers.length-1){flDay.value=0;flShow(0);}flPlay.textContent='Pause';"
                "flTimer=setInterval(function(){if(+flDay.value>=flLayers.length-1){flStop();return;}"
                "flDay.value=+flDay.value+1;flShow(+flDay.value);},1500);});"
                "flShow(flLayers.length-1);});"
            )
        )
    return _figure(fmap).render()
