"""Build ``data/gazetteer/abbreviations.csv``: how news abbreviate US states and Canadian provinces
after a town's name ("GLASGOW, Ky.", "Edmonton, Alta.", "London, ON").

Run once by hand when the reference data should be refreshed; the product reads only the CSV.

    pip download --no-deps -d /tmp/ref us==4.0.0
    python tools/build_abbreviations.py /tmp/ref

Sources (see README, "Reference data"):
- US states: Associated Press style and postal abbreviations from the ``us`` package (BSD-3-Clause);
- Canadian provinces and territories: The Canadian Press Stylebook's abbreviations and Canada Post's
  two-letter codes, listed below.

Only abbreviations of regions that ``regions.csv`` holds are written.
"""

from __future__ import annotations

import ast
import csv
import sys
import zipfile
from pathlib import Path

GAZETTEER = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
OUT = GAZETTEER / "abbreviations.csv"
FIELDS = ["abbreviation", "region", "country_code", "source"]

_CANADA = {  # region: (Canadian Press abbreviations, Canada Post code)
    "Alberta": (["Alta."], "AB"),
    "British Columbia": (["B.C."], "BC"),
    "Manitoba": (["Man."], "MB"),
    "New Brunswick": (["N.B."], "NB"),
    "Newfoundland and Labrador": (["N.L.", "Nfld."], "NL"),
    "Nova Scotia": (["N.S."], "NS"),
    "Ontario": (["Ont."], "ON"),
    "Prince Edward Island": (["P.E.I."], "PE"),
    "Quebec": (["Que."], "QC"),
    "Saskatchewan": (["Sask."], "SK"),
    "Yukon": ([], "YT"),
    "Northwest Territories": (["N.W.T."], "NT"),
    "Nunavut": ([], "NU"),
}


def us_states(wheel: Path) -> list[dict[str, str]]:
    """Each state's AP abbreviation (where AP abbreviates it) and postal code, read from the ``us``
    package's source without importing it."""
    with zipfile.ZipFile(wheel) as zf:
        tree = ast.parse(zf.read("us/states.py").decode("utf-8"))
    rows = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict):
            continue
        fields = {
            k.value: v.value
            for k, v in zip(node.keys, node.values, strict=True)
            if isinstance(k, ast.Constant) and isinstance(v, ast.Constant)
        }
        if "ap_abbr" not in fields or fields.get("is_obsolete"):
            continue
        for abbreviation in {fields["ap_abbr"], fields["abbr"]} - {None, fields["name"]}:
            rows.append({"abbreviation": abbreviation, "region": fields["name"], "country_code": "US",
                         "source": "us 4.0.0 (BSD-3-Clause): AP style and postal abbreviations"})  # fmt: skip
    return rows


def canadian_provinces() -> list[dict[str, str]]:
    return [
        {
            "abbreviation": abbreviation,
            "region": region,
            "country_code": "CA",
            "source": "The Canadian Press Stylebook; Canada Post province codes",
        }  # fmt: skip
        for region, (press, post) in _CANADA.items()
        for abbreviation in [*press, post]
    ]


def main(folder: str) -> None:
    with (GAZETTEER / "regions.csv").open(encoding="utf-8") as fh:
        regions = {(r["name"], r["country_code"]) for r in csv.DictReader(fh) if r["feature"] == "admin1"}
    rows = us_states(next(Path(folder).glob("us-*.whl"))) + canadian_provinces()
    kept = [r for r in rows if (r["region"], r["country_code"]) in regions]
    for row in rows:
        if row not in kept:
            print(f"no region {row['region']!r} in {row['country_code']}: {row['abbreviation']} left out")
    kept.sort(key=lambda r: (r["country_code"], r["region"], r["abbreviation"]))
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, FIELDS)
        writer.writeheader()
        writer.writerows(kept)
    print(f"wrote {len(kept)} rows to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
