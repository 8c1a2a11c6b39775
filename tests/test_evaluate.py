from datetime import date

import pandas as pd

from geo.evaluate import score_gold
from geo.events import EVENT_COLUMNS


def gold_row(place: str, lat: str, lon: str, when: str, certainty: str) -> dict[str, str]:
    return {"file": "a.txt", "place": place, "lat": lat, "lon": lon, "tol_km": "5", "event_date": when,
            "date_certainty": certainty, "kind": "capture"}  # fmt: skip


def test_date_misses_are_listed_also_for_dates_inferred_from_context():
    events = pd.DataFrame(
        [
            {"article": "a.txt", "place": "Citadel", "lat": 36.199, "lon": 37.163, "date": date(2024, 11, 30)},
            {"article": "a.txt", "place": "Square", "lat": 36.205, "lon": 37.105, "date": date(2024, 11, 29)},
        ]
    ).reindex(columns=EVENT_COLUMNS)
    score = score_gold(
        [
            gold_row("Aleppo citadel", "36.1993", "37.1629", "2024-11-29", "inferred"),
            gold_row("Al-Basel square", "36.2050", "37.1050", "2024-11-29", "exact"),
        ],
        events,
    )
    assert (score.found, score.inferred_right, score.dated_right) == (2, 0, 1)
    assert score.misses == ["inferred a.txt: Aleppo citadel is 2024-11-29, got 2024-11-30"]
