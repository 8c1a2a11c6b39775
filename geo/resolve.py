"""Choose which place each mention means, from the gazetteer and the article's own geography.

The article's *theatre* is the country its places point to most. Candidates are ranked by population,
feature type, being in the theatre or in a country the article names, being in a first-level region
the article names, being a capital, bearing the name as written rather than only as an alternate
name, lying within about 50 km of the other towns the article names ("Edmonton, south of Cairns"), and
(for landmarks and districts) the article naming their city. A name written with its region
("Paris, Texas", "Ariha, Idlib") takes the candidate in that region. A candidate that is neither
large, nor in a country or region the article is about, nor introduced as a place ("the town of X",
"in X") is not taken: such a word is far more often a person's name than a hamlet abroad.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations

from wordfreq import zipf_frequency

from geo.extract import (
    ABOUT,
    CITY_PART,
    DISTANCE_UNIT,
    EXACT,
    LIST_GOES_ON,
    LIST_SEPARATOR,
    LISTED_NAME,
    LOOSE,
    NAME_WORD,
    PART,
    REGION_QUALIFIERS,
    ROAD_TO,
    SOME_PLACES,
    UNKNOWN,
    Mention,
    bare_capitals,
    between_places,
    dateline_town,
    dictionary_words,
    named_as_place,
    ordinary_words,
    shaped_like_a_place,
)
from geo.gazetteer import (
    ADMIN1,
    AIRPORT,
    CITY,
    CONTINENT,
    COUNTRY,
    LANDMARK,
    LARGE_TOWN,
    LOCAL_FEATURES,
    ROAD,
    Candidate,
    Gazetteer,
    distance_km,
)
from geo.geocode import Found
from geo.textutil import SENTENCE_OPENER, name_key, plain

_PLACE_CUE = re.compile(
    r"\b(?:in|at|near|from|to|into|outside|around|toward|towards|across|town of|city of|village of|"
    r"province of|region of|district of|suburb of|outskirts of|of)\s+(?:the\s+)?$",
    re.I,
)
# A list after such a word, which its later names share: "Sirens sounded in Nahariya and Kiryat Shmona".
_LIST_SO_FAR = (
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})*(?:,?\s+(?:and|or)|,)\s+$"
)
_CUE_THEN_LIST = re.compile(r"\b(?i:in|at|near|from|into|outside|around|toward|towards)\s+(?:the\s+)?" + _LIST_SO_FAR)
# Words after a name that say it is a place: "reinforced the al-Qaim border crossing".
_PLACE_CUE_AFTER = re.compile(
    r"\s+(?:border\s+)?(?:crossing|airport|air\s*base|(?:refugee\s+|displacement\s+)?camp)\b|"
    r",\s+in\s+(?:the\s+)?(?-i:[A-Z])",  # "the border crossing with Gisenyi, in Rwanda"
    re.I,
)
# Words that say a town follows, also after another qualifier ("near the town of Quneitra").
# ... also down a list: "the towns of Quneitra and Khan Arnabeh".
_TOWN_OF = re.compile(r"\b(?:towns?|cit(?:y|ies)|villages?)\s+of\s+(?:the\s+)?$", re.I)
_TOWNS_OF_LIST = re.compile(
    r"\b(?i:towns|cities|villages)\s+of\s+(?:the\s+)?" + _LIST_SO_FAR
)  # "the towns of Suran and"
_TOWN = 20_000
NOT_IN_GAZETTEER = "not in gazetteer"  # how a place's resolution opens where no source knows it
_NEIGHBOUR = 3.0  # a town near the article's other places: as much as being 1,000 times larger
_VERY_LARGE = 1_000_000
_NEARBY_COUNTRY = 300  # characters back to a country named just before a name, whose capital it may be
_CAPITAL_OF_NEARBY = 2.0
_BIG_CAPITAL = 500_000  # a capital this large stands for its government in any story: "Washington hosted"
_DEMONYM_VOTE = 0.25


@dataclass(frozen=True)
class Place:
    """A mention resolved to a point (or left unresolved, with ``lat``/``lon`` None)."""

    start: int
    end: int
    text: str
    name: str
    lat: float | None
    lon: float | None
    feature: str
    country_code: str
    source: str
    resolution: str
    qualifier: str = ""
    line: tuple[tuple[float, float], ...] = ()
    city: str = ""  # the city a curated landmark or district is in
    admin1: str = ""  # the first-level region a town or region is (GeoNames code: "SY.09")
    population: int = 0  # of the gazetteer's town or region it is

    @property
    def resolved(self) -> bool:
        return self.lat is not None


# Qualifiers that do not place a name by others: "the Valley area" may be no town at all.
_NOT_PLACING = {"", "area", "city", *REGION_QUALIFIERS}


def theatre(mentions: list[Mention], gazetteer: Gazetteer) -> list[str]:
    """Countries the article is about, most named first.

    Votes come from countries, regions, curated places, large towns and towns the text places ("near
    Pokrovsk", "in central Toretsk"); another small place that is the only one of its name does not
    vote, since such a word is often a person's name; a large town of several countries votes for one
    the article names, if it names one. A country named as its people ("Russian forces",
    "Israeli strikes") names an actor more than a place: it counts a quarter, so a Ukrainian front line
    that "Russian" opens every sentence of is about Ukraine, and Russia too.
    """
    votes: defaultdict[str, float] = defaultdict(float)
    unique: defaultdict[str, float] = defaultdict(float)
    people: defaultdict[str, float] = defaultdict(float)
    countries = {
        row.country_code
        for m in mentions
        if m.match not in (LOOSE, PART)
        for row in (gazetteer.row(c) for c in m.candidates[:1])
        if row.feature == COUNTRY and not gazetteer.is_demonym(m.text)
    }
    for mention in mentions:
        if mention.match == LOOSE:  # a spelling guess: it may not vote
            continue
        rows = [gazetteer.row(c) for c in mention.candidates]
        if (gazetteer.is_demonym(mention.text) or mention.match == PART) and rows and rows[0].feature == COUNTRY:
            people[rows[0].country_code] += _DEMONYM_VOTE  # "Russian forces", "US-backed forces": an actor
            continue
        # a large town known by another name does not vote where a town bears this one: "Pokrovsk" is a
        # former name of Engels, in Russia, but the Pokrovsk of the news is in Ukraine ("Tyre" is Sur's)
        named = any(r.feature == CITY and r.population >= _TOWN and _alike(r.name, mention.text) for r in rows)
        voters = [
            r
            for r in rows
            if r.feature != CITY or r.population >= LARGE_TOWN and (not named or _alike(r.name, mention.text))
        ]
        towns = [r for r in rows if r.feature == CITY and _alike(r.name, mention.text)]
        if voters:  # a large town of several countries votes for the one the article names: "London, ... Canada"
            top = max(voters, key=lambda r: (r.feature == COUNTRY, r.country_code in countries, r.population))
            votes[top.country_code] += 1
        elif mention.qualifier not in _NOT_PLACING and towns:  # "near Pokrovsk", "in central Toretsk": the largest,
            # of a country the article names if one is: "near Kobani in northern Syria", not Mkoani, Tanzania
            named_in = [r for r in rows if r.feature == CITY and r.country_code in countries]
            votes[max(named_in or towns, key=lambda r: r.population).country_code] += 1
        elif len({r.country_code for r in rows}) == 1:
            unique[rows[0].country_code] += 1
    votes = votes or unique  # with nothing better, places known in one country only
    for country, n in people.items():
        votes[country] += n
    if not votes:
        return []
    ranked = sorted(votes.items(), key=lambda vote: -vote[1])  # ties in the order first named
    return [cc for cc, n in ranked if n * 2 >= ranked[0][1]]


Locate = Callable[[str], Found | None]
_ONLINE_RADIUS_KM = 50.0


def resolve_mentions(
    text: str,
    mentions: list[Mention],
    gazetteer: Gazetteer,
    online: Locate | None = None,
    focus: list[str] | None = None,
) -> list[Place]:
    """Resolve every mention; unknown names come back unresolved, non-places are dropped.

    With ``online`` (an online geocoder's ``locate``), names the gazetteer does not know are asked
    there too; its answer is kept only when it lies near where the gazetteer would put the name.
    ``focus`` is the article's :func:`theatre`, when the caller has it already.
    """
    focus = theatre(mentions, gazetteer) if focus is None else focus
    named_countries = {  # not as a modifier ("US-backed forces"), which names an actor
        gazetteer.row(c).country_code
        for m in mentions
        if m.match != PART
        for c in m.candidates
        if gazetteer.row(c).feature == COUNTRY
    }
    keys = {name_key(m.text) for m in mentions}
    if len(focus) == 1:
        mentions = sorted(mentions + bare_capitals(text, mentions, gazetteer, focus[0]), key=lambda m: m.start)
    within = _listed_in_a_region(text, mentions, gazetteer) | _listed_regions(text, mentions, gazetteer)
    within |= _within(text, mentions, gazetteer)
    areas = _areas(mentions, gazetteer, focus) | {
        r.admin1 for rows in within.values() for r in rows if r.feature == ADMIN1
    }
    countries = [  # where the article names a country, and which
        (m.start, row.country_code)
        for m in mentions
        for row in map(gazetteer.row, m.candidates[:1])
        if row.feature == COUNTRY
    ]
    choose = _Chooser(text, gazetteer, focus, named_countries, keys, areas, countries)
    first = {
        i: best
        for i, m in enumerate(mentions)
        if m.match not in (ROAD_TO, UNKNOWN) and i not in within and (best := choose(m, {})) is not None
    }
    points: dict[str, set[tuple[float, float]]] = {}  # name key -> where the towns and sites it named are
    for i, row in first.items():
        if _point(row):
            points.setdefault(name_key(mentions[i].text), set()).add((row.lat, row.lon))
    places: list[Place] = []
    dropped: list[Mention] = []  # names whose places of that name are all elsewhere
    villages: set[int] = set()  # where the names start that the gazetteer took for a village
    cityless: set[int] = set()  # where districts start that their sentence names no city for
    for index, mention in enumerate(mentions):
        if mention.match == ROAD_TO:
            road = _road_to(mention, gazetteer, focus)
            if road is not None:
                places.append(road)
            continue
        if (
            mention.match == UNKNOWN
            or mention.match == LOOSE
            and _owned(text, mention, places)
            or _its_part_named_elsewhere(text, mention, places, gazetteer)
        ):
            # the first of "the Rimal and Tel al-Hawa districts" is a part of a city too
            fallback = _unknown(text, mention, places, _listed_part(text, mention))
            if not fallback.resolved and mention.match == UNKNOWN:
                elsewhere = _town_next(text, mention, mentions[index + 1 :], gazetteer)
                fallback = (not elsewhere and _site_of_a_town(mention, gazetteer, choose, focus)) or fallback
            places.append(_ask_online(mention, fallback, online) if online else fallback)
            continue
        if index in within:
            paired = max(within[index], key=lambda r: _score(r, mention, focus, named_countries, set(), areas))
            places.append(_place(mention, paired, focus, gazetteer, "; the text names it with the region it is in"))
            continue
        best, note = first.get(index), ""
        if best is not None and mention.match == LOOSE and not _in_reach(best, mention, points):
            best = None  # a spelling guess far from every other place: "Yantarne" is not Yantarnyy, 1,500 km off
        if best is not None and _point(best) and len(mention.candidates) > 1:
            alone, best = best, choose(mention, points)
            if best is not None and (best.lat, best.lon) != (alone.lat, alone.lon):
                note = "; near the other places the article names"
        last_part = bool(
            _PARTS_AFTER.match(text, mention.end)
            and _LISTED_BEFORE.search(text, max(0, mention.start - 6), mention.start)
        )  # the last of "the Dniprovskyi and Desnianskyi districts": of a city its sentence names
        districts = (
            last_part
            or bool(_DISTRICTS_AFTER.match(text, mention.end))
            or best is not None  # "the Kyivskyi district", after Kharkiv: GeoNames' Kyivskyi is a district of Donetsk
            and best.feature == CITY
            and bool(_CITY_PART_AFTER.match(text, mention.end))
            and gazetteer.town_around(best) is not None
        )
        quarter = bool(_NEIGHBOURHOODS_OF.search(text, max(0, mention.start - 60), mention.start))
        abroad_part = best is not None and (
            (focus and best.country_code not in {*focus, *named_countries} or mention.match == LOOSE)
            and _city_part(text, mention)  # not "strikes in Lebanon ... in Marjayoun and Bint Jbeil districts"
        )
        if best is not None and (abroad_part or districts or quarter and best.population < _TOWN):
            before = _before_its_list(text, places, mention.start)
            if districts:  # of a city its own sentence names, or the one "the city's" stands for
                list_start = places[len(before)].start if len(before) < len(places) else mention.start
                if not _THE_CITYS.search(text, max(0, list_start - 20), list_start):
                    before = [p for p in before if p.start >= _sentence_of(text, mention)[0]]
                    if not any(_a_city(p) for p in before):
                        cityless.add(mention.start)
            if abroad_part or _outside_the_city(best, before):
                # "the neighbourhoods of Shaar", not Sarh in Chad; "the Katindo neighbourhood", not Katanda 95 km
                # off; "fires in Kharkiv's Kyivskyi and Saltivskyi districts", not the Kyivskyi district of Poltava;
                # "the Alawite neighbourhoods of al-Zahraa and Akrama" in Homs, not the town of Al-Zahraa by Nubl
                # (but "the neighbourhoods of Aleppo" are the city's)
                inside = _unknown(text, mention, before, districts)
                if inside.resolved:
                    places.append(inside)
                    continue
        frame = _opening_region(text, mention, places) if best is not None and best.feature == CITY else None
        if best is not None and frame is not None and _elsewhere_small(best, frame):
            places.append(_moved(mention, frame, f"{best.name} lies in another region; placed at {frame.name}, "
                                 "the region its sentence opens with"))  # fmt: skip
        elif best is not None:
            places.append(_place(mention, best, focus, gazetteer, note))
            if best.feature == CITY and best.population < _TOWN:
                villages.add(mention.start)
        elif (
            named_as_place(text, mention.start, mention.end, mentions[max(0, index - _LIST_WINDOW) : index])
            or _located_next(text, mention, mentions[index + 1 : index + 1 + _LIST_WINDOW])
            or between_places(text, mention.start, mention.end, mentions[max(0, index - 1) : index], gazetteer)
            or shaped_like_a_place(
                mention.text.split(),
                text[max(0, mention.start - 12) : mention.start],
                _ends_a_list(text, mentions, index),
            )
            or _amid_a_list(text, mentions, index)
        ):  # "the towns of Nubl and Zahraa", "Nasir, in Upper Nile state", "Lysivka, Kotlyne, Udachne", "near
            # Tolpino": a place, not the one here of its name
            places.append(_unknown(text, mention, places, _listed_part(text, mention)))
        else:
            dropped.append(mention)
    places = _included_elsewhere(text, _placed_by_next(text, places, villages))
    places = _regions_elsewhere(text, _placed_elsewhere(places, dropped))
    places = _far_from_its_list(text, places, villages, gazetteer)
    places = _districts_of_the_city_before(text, places, cityless)
    places = _villages_far_from_all(text, places)
    places = _sites_cities_as_named(places)
    anchors = [(p.lat, p.lon) for p in places if p.resolved and p.feature not in (COUNTRY, CONTINENT, ROAD)]
    return [_on_road(p, anchors) if p.feature == ROAD else p for p in places]  # type: ignore[arg-type]


_DISTRICTS_REACH = 300  # characters before a sentence naming districts that their city may be named in


def _part_of(text: str, place: Place, city: Place) -> Place:
    """``place``, a part of ``city`` named in a list of its parts, as a name no source knows."""
    return _unknown(text, _as_unknown(place), [city], True)


def _districts_of_the_city_before(text: str, places: list[Place], cityless: set[int]) -> list[Place]:
    """Districts of a sentence that names no city (``cityless``: where they start), placed at the large city of
    their country named just before where the gazetteer's lie more than 50 km from it ("a drone attack on
    Kharkiv ... Strikes hit the Kyivskyi and Osnovianskyi districts": not the Kyivskyi district of Donetsk)."""
    out = list(places)
    for k, place in enumerate(out):
        if place.start not in cityless or not _a_city(place):
            continue
        opening = _sentence_of(text, place)[0]
        city = next(
            (
                p
                for p in reversed(out[:k])
                if opening - _DISTRICTS_REACH <= p.start < opening and _a_city(p) and p.population >= LARGE_TOWN
            ),
            None,
        )
        if city is None or city.country_code != place.country_code or _km(place, city) <= _LIST_NEAR_KM:
            continue
        out[k] = _part_of(text, place, city)
        after = k + 1  # and the names after it in its list that no source knows: "and Osnovianskyi districts"
        while (
            after < len(out)
            and not out[after].resolved
            and LIST_SEPARATOR.fullmatch(text, out[after - 1].end, out[after].start)
        ):
            out[after] = _part_of(text, out[after], city)
            after += 1
    return out


def _sites_cities_as_named(places: list[Place]) -> list[Place]:
    """Curated sites with their city as the gazetteer names the town the article names: the sites file's
    "Hama" is GeoNames' "Hamah", so "the city" after "Hama's Assi Square" is the town named Hamah."""
    towns = {name_key(key): p.name for p in places if p.feature == CITY and p.resolved for key in (p.text, p.name)}
    return [replace(p, city=towns[name_key(p.city)]) if p.city and name_key(p.city) in towns else p for p in places]


class _Chooser:
    """Chooses a mention's candidate within one article; a name written again with the same cue and
    qualifier is chosen once."""

    def __init__(
        self,
        text: str,
        gazetteer: Gazetteer,
        focus: list[str],
        named: set[str],
        keys: set[str],
        areas: set[str],
        countries: list[tuple[int, str]],
    ) -> None:
        self.text, self.gazetteer, self.focus, self.named, self.keys, self.areas, self.countries = (
            text, gazetteer, focus, named, keys, areas, countries,
        )  # fmt: skip
        self._chosen: dict[tuple[str, str, str, bool, bool, frozenset[str]], Candidate | None] = {}

    def __call__(self, mention: Mention, points: dict[str, set[tuple[float, float]]]) -> Candidate | None:
        """The best candidate, also weighing ``points``: where the article's other names (by name key)
        were placed before their neighbours were known."""
        head = self.text[max(0, mention.start - 25) : mention.start]
        cue = bool(
            _PLACE_CUE.search(head)
            or _PLACE_CUE_AFTER.match(self.text, mention.end)
            or _CUE_THEN_LIST.search(self.text, max(0, mention.start - 80), mention.start)
            or mention.text.isupper()
            and dateline_town(self.text, mention)  # "PORT SUDAN — The army said", in a roundup of several wars
        )
        if mention.qualifier != "city" and (  # "near the town of Quneitra": the town; "the towns of Suran and Maan"
            _TOWN_OF.search(head) or _TOWNS_OF_LIST.search(self.text, max(0, mention.start - 80), mention.start)
        ):
            mention = replace(mention, qualifier="city")
        first = bisect_left(self.countries, (mention.start - _NEARBY_COUNTRY,))
        nearby = frozenset(cc for _, cc in self.countries[first : bisect_left(self.countries, (mention.start,))])
        memo = (mention.text, mention.match, mention.qualifier, cue, bool(points), nearby)
        if memo not in self._chosen:
            key = name_key(mention.text)
            near = [p for k, where in points.items() if k != key for p in where]
            rows = _of_the_city_named_last(self.text, mention, [self.gazetteer.row(c) for c in mention.candidates])
            others = self.areas - {r.admin1 for r in rows if r.feature == ADMIN1}  # "Aleppo" names not its region
            self._chosen[memo] = _best(mention, rows, self.focus, self.named, self.keys, cue, others, near, nearby)
        return self._chosen[memo]


def _of_the_city_named_last(text: str, mention: Mention, rows: list[Candidate]) -> list[Candidate]:
    """Of sites of one name in several cities, those of the city named last before it ("the airport" after
    Damascus is Damascus's, also where Aleppo was named earlier); ``rows`` as they are otherwise."""
    cities = {r.city for r in rows if r.feature in LOCAL_FEATURES and r.city}
    if len(cities) < 2:
        return rows
    last = max(cities, key=lambda city: text.rfind(city, 0, mention.start))
    if text.rfind(last, 0, mention.start) == -1:
        return rows
    return [r for r in rows if r.feature not in LOCAL_FEATURES or r.city == last]


_RARE = 3.0  # Zipf frequency under which an English word is rare: about once in ten million words
_NEAR_DEGREES = 0.45  # about 50 km
_LOOSE_REACH_KM = 300.0


def _in_reach(row: Candidate, mention: Mention, points: dict[str, set[tuple[float, float]]]) -> bool:
    """Whether a spelling guess lies within a few hundred kilometres of the towns the article's other
    names were placed at (or the article has no such towns)."""
    key = name_key(mention.text)
    others = [p for k, where in points.items() if k != key for p in where]
    reach = _LOOSE_REACH_KM * (2 if row.feature == ADMIN1 else 1)  # a region's point is only its middle
    return not others or any(distance_km((row.lat, row.lon), p) <= reach for p in others)


def _point(row: Candidate | Place) -> bool:
    """A town or site, whose point is where it is (a region's or a road's is only a middle)."""
    return row.feature not in (ADMIN1, COUNTRY, CONTINENT, ROAD)


def _near(row: Candidate, points: list[tuple[float, float]]) -> bool:
    """Whether a town or site lies within about 50 km of one of ``points`` (the other places the article
    names): "Edmonton, south of Cairns" is the suburb of Cairns, not the Canadian city."""
    if not _point(row):
        return False
    stretch = math.cos(math.radians(row.lat))
    return any(
        abs(row.lat - lat) <= _NEAR_DEGREES and abs(row.lon - lon) * stretch <= _NEAR_DEGREES for lat, lon in points
    )


# Another name a place is given between commas: "the Tiyas airbase, known as T4, in the Homs desert".
ALSO_KNOWN_AS = (
    r"(?:,\s+(?:also\s+|locally\s+)?(?:known\s+as|called|dubbed|nicknamed)\s+[\w'’-]+(?:\s+[\w'’-]+)?(?=,))?"
)
# After a place's name, perhaps with the word for what it is ("the Shahba area", "Nuseirat camp").
# "Petrivka (southeast of Chasiv Yar)" too.
_AFTER_NAME = (
    r"^(?:\s+(?:area|region|province|governorate|countryside|district|village|town|commune|municipality|"
    r"(?:(?:refugee|displacement|idp)\s+)?camp(?:s?\s+for\s+(?:the\s+)?(?:internally\s+)?displaced(?:\s+people)?)?|"
    r"neighbou?rhood|"
    r"(?:military\s+)?(?:airport|(?:air\s*|naval\s+)?base|airfield)|prison|hospital|dam|bridge|(?:oil|gas)\s*field)s?)?"
    + ALSO_KNOWN_AS
    + r"(?:,?\s+|\s*\(\s*(?:(?:both|all)\s+)?)"  # "Berdin and Makhnovka (both northeast of Sudzha)"
    # "the dam on the Euphrates river, east of", "Rastan on the highway north of"
    r"(?:(?:on|along)\s+the\s+(?:[\w'’-]+\s+){0,2}(?:river|lake|coast|highway|motorway|road)\s*,?\s+)?"
    # "Mhardeh, a Christian town near", "Nubl and Zahraa, two Shiite towns north of", "Qardaha, the Assad
    # family's hometown in the mountains east of"
    r"(?:(?:an?|the|two|three|both|another)\s+(?:[\w'’-]+\s+){0,2}?(?:(?:home)?town|city|village|suburb|district|"
    r"community|hub|stronghold)s?\s+(?:for\s+(?:[\w'’-]+\s+){1,3}?)?"  # "a logistics hub for Ukrainian troops near"
    r"(?:in\s+the\s+(?:mountains|hills|desert|plains?)\s+|with\s+(?:an?\s+)?(?:[\w'’-]+\s+){1,3}?population\s+)?)?"
    # "Ashrafiyat Sahnaya, another town with a large Druze population southwest of the capital"
)
# Between a place and the one that says where it lies: "Qatana, about 25 km south-west of Damascus",
# "the Shahba area north of Aleppo", "Souran, north of Hama", "Kiswah, a town on the southern edge of the capital".
LOCATED_BY = re.compile(
    _AFTER_NAME
    + r"(?:"
    + SOME_PLACES  # the last of a list: "Suran, Maardes and Khattab, villages north of Hama"
    + r"\s+)?(?:"
    + ABOUT
    + r"\s+)?"
    r"(?:(?P<distance>\d[\d,]*(?:\.\d+)?) ?(?P<unit>" + DISTANCE_UNIT + r")\s+)?"
    r"(?:on\s+the\s+(?:[\w-]+\s+)?(?:bank|side|shore)\s+of\s+the\s+(?:[\w'’-]+\s+){1,2})?"  # "on the eastern bank of the Blue Nile"
    r"(?P<direction>(?:north|south|east|west)[\w-]* of|(?-i:NE|NW|SE|SW) of|opposite|"  # "Al-Safira, SE of Aleppo"
    r"on\s+the\s+(?:(?:north|south|east|west)[\w-]*\s+)?(?:edge|outskirts|fringes?)\s+of)"  # "on the southern edge of"
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:(?:town|city|village)\s+of\s+|capital,?\s+)?$",  # "the Syrian capital, "
    re.I,
)
# A country written as the owner of the place named after it: "in eastern Congo's North Kivu province".
OWNER = r"(?:[\w-]+(?:\s[\w-]+)?['’]s\s+)?"
# Between a place and the town or region it is in: "Nuseirat, in central Gaza", "the Hmeimim air base
# near Jableh", "Novopustynka in Donetsk Oblast", "Al-Bukamal, in the eastern countryside of Deir Ezzor".
_WITHIN = re.compile(
    _AFTER_NAME
    + r"(?:in|near|outside)\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+)?(?:rural\s+)?"  # "in southern rural Idlib"
    + r"(?:[\w'’]+-(?:occupied|held|controlled|annexed)\s+)?"  # "near the Israeli-occupied Golan Heights"
    + OWNER
    + r"(?:(?:north|south|east|west|central)[\w-]*\s+)?"  # "in Haiti's central Artibonite region"
    + r"(?:(?:countryside|outskirts|suburbs)\s+of\s+|(?:[\w'’-]+\s+)?(?:town|city)\s+of\s+|"  # "near the town of
    # al-Bab", "in the southern Gaza city of Khan Younis"
    + r"(?:[\w'’-]+\s+){0,2}(?:region|province)\s+of\s+)?$",  # "near the second breakaway region of Abkhazia"
    re.I,
)
_POSSESSIVE = re.compile(r"['’]s\s")
# A country whose town is named after it: "Congo's North Kivu province", "the Syrian capital Damascus".
_OWNING_COUNTRY = re.compile(r"['’]s\s|\s+(?:capital|city|town|village|port)\b")
# Between a part of a city and the city: "the Shejaiya suburb of Gaza City".
_PART_OF = re.compile(rf"^\s+(?:{CITY_PART}|area)\s+of\s+(?:the\s+)?$", re.I)  # also "the Tal al-Sultan area of Rafah"
_NEARBY_GAP = 80  # characters at most between a place and where the text says it is
# A blank line or a sentence's end between two places: a headline's "Gaza" is not "in Beit Lahia" below it.
_APART = re.compile(r"\n[ \t]*\n|[.!?]\s")
_CITY_REACH_KM = 25.0  # how far a city's districts reach from its point
_REFERENCE_REACH_KM = 150.0  # a town said to lie north of Aleppo is not 400 km away


def _placed_by_next(text: str, places: list[Place], villages: set[int]) -> list[Place]:
    """A place followed by the town or region it is in, is part of or lies near, when no source knows it
    ("the village of Al-Sireha in Gezira state", "the Shejaiya suburb of Gaza City") or the gazetteer's
    town of that name lies far from there ("the Shahba area north of Aleppo", not Shahba in Sweida):
    placed there, so the event is not lost; so are such names listed before it ("the villages of Deir
    Baalba and al-Zafaraneh on the northern edge of Homs", "the villages of Rivne and Novopavlivka in
    Dnipropetrovsk region": not the city of Rivne, 500 km west), if no source knows them, the gazetteer
    took them for villages (``villages``: where those names start) or the text calls them villages; not
    towns named before a town and its region ("Tyre, Nabatieh and Baalbek in the Bekaa valley")."""
    out = list(places)
    said: dict[int, tuple[Place, re.Match[str]]] = {}  # index -> where the text says it is, and how
    for k in range(len(out) - 1):
        place, where = out[k], next_named(text, out, k)
        located = where_it_lies(text, place, where) if where.resolved and where.feature in (CITY, ADMIN1) else None
        if located is not None and _MET.search(text, max(0, place.start - 30), place.start):
            continue  # "met Steele in London": a person where he was met, not a town there
        if located is not None and located.re is not _ON_ROAD and not off_another(place):
            said[k] = (where, located)
            out[k] = _placed(place, where, located, "")
    for k in range(len(out) - 2, -1, -1):
        if k + 1 in said and k not in said and LIST_SEPARATOR.fullmatch(text, out[k].end, out[k + 1].start):
            said[k] = said[k + 1]
            if _guessed(out[k]) or out[k].start in villages or _called_villages(text, out, k):
                region_abroad = out[k].feature == ADMIN1 and out[k].country_code != said[k][0].country_code
                listed = _unresolved(_as_unknown(out[k])) if region_abroad else out[k]
                out[k] = _placed(listed, *said[k], " as the name after it in its list")  # "the villages of Kawkab, Maan
                # and Taybat al-Imam in the northern countryside of Hama": not Jordan's Ma'an governorate
    return out


_MET = re.compile(
    r"\b(?:met|meet|meets|meeting|interviewed|joined|told|thanked|hosted|received|greeted|welcomed)\s+(?:with\s+)?$"
)
_VILLAGES_OF = re.compile(r"\b(?:villages|hamlets|settlements|localities)\s+of\s+(?:the\s+)?$", re.I)


def _called_villages(text: str, places: list[Place], k: int) -> bool:
    """Whether the list ``places[k]`` is in opens with "the villages of"."""
    while k > 0 and LIST_SEPARATOR.fullmatch(text, places[k - 1].end, places[k].start):
        k -= 1
    return _VILLAGES_OF.search(text, max(0, places[k].start - 40), places[k].start) is not None


_MILE_KM = 1.609


def _as_far_as_said(place: Place, where: Place, located: re.Match[str]) -> bool:
    """Whether ``place`` lies about as far from ``where`` as the text says: "Hama, 210 km north of
    Damascus" is Hama, though far."""
    if not located.group("distance"):
        return False
    said = float(located.group("distance").replace(",", ""))
    said *= _MILE_KM if located.group("unit").startswith("mile") else 1.0
    return abs(_km(place, where) - said) <= max(30.0, said / 2)


_THAT_WAY_KM = 400.0  # how far a town may lie in the direction the text gives, without a distance
_COMPASS = {"n": "north", "s": "south", "e": "east", "w": "west"}


def _that_way(place: Place, where: Place, direction: str) -> bool:
    """Whether a town lies, in the same country, in the direction the text gives from ``where`` and not too
    far: "Misrata, a port city east of Tripoli" (190 km) is Misrata, though farther than most such towns."""
    head = direction.split(maxsplit=1)[0]
    if head in ("NE", "NW", "SE", "SW"):
        points = {_COMPASS[c] for c in head.lower()}
    elif head.lower().startswith(tuple(_COMPASS.values())):  # "east of", "North-west of"
        points = {p for p in _COMPASS.values() if p in head.lower()}
    else:  # "opposite", "on the southern edge of": near, not some way off
        return False
    if place.country_code != where.country_code or _km(place, where) > _THAT_WAY_KM:
        return False
    dlat, dlon = place.lat - where.lat, place.lon - where.lon  # type: ignore[operator]
    sides = {"north": dlat > 0, "south": dlat < 0, "east": dlon > 0, "west": dlon < 0}
    return all(sides[p] for p in points)


def _placed(place: Place, where: Place, located: re.Match[str], how: str) -> Place:
    """``place`` at ``where``, which ``located`` says it is in, part of or lies off, when no source knows it
    or the gazetteer's town of its name is not there; else ``place`` itself."""
    if located.re is LOCATED_BY:
        if not (
            _guessed(place)
            or place.feature == CITY
            and _far(place, where)
            and not _as_far_as_said(place, where, located)
            # a direction in brackets is ISW's for a village nearby: "Dachne (west of Kurakhove)", not the
            # Dachne in Crimea, 390 km west
            and not ("(" not in located.group() and _that_way(place, where, located.group("direction")))
        ):
            return place
        direction = located.group("direction").lower()
        how, qualifier, name = (
            f"{how}, which the text says it lies {direction}",
            f"{direction} {where.name}",
            place.text,
        )
    elif located.re is _PART_OF or _guessed(place) or _elsewhere(place, where) and not _beside(place, where, located):
        how, qualifier, name = f"{how}, which the text says it is in", "part of", f"{place.text} ({_flat(where.name)})"
    else:
        return place
    known = f"{place.name} is far from {where.name}" if place.resolved else NOT_IN_GAZETTEER
    return Place(
        place.start, place.end, place.text, name, where.lat, where.lon, where.feature, where.country_code,
        where.source, f"{known}; placed at {where.name}{how}", qualifier,
    )  # fmt: skip


def _far_from_its_list(text: str, places: list[Place], villages: set[int], gazetteer: Gazetteer) -> list[Place]:
    """A village listed with towns of its sentence that all lie near one another and far from it ("near
    Lysivka, Kotlyne, Udachne and Uspenivka": not the Lysivka 600 km west of the others), or far from the
    sentence's towns that are no villages ("In the Pokrovsk direction, ... near Myrnohrad, Novotroitske and
    Pushkine": not the Pushkino of Crimea); also a larger town of another country than all the others ("near
    Dachnoye, Pokrovsk and Udachnoye": not the Dachnoye of St Petersburg): the town of its name near them, if
    the gazetteer has one ("Zvirove, Uspenivka and Kotlyne": the Uspenivka by Pokrovsk, the smallest of four),
    else a namesake no source knows, left unresolved rather than put where it is not."""
    out = list(places)
    for k, place in enumerate(places):
        if place.lat is None or place.lon is None or not _point(place) or not _in_a_list(text, places, k):
            continue
        parts = _PARTS_AFTER.match(text, place.end) is not None  # "the Sviatoshynskyi, ... and Podilskyi districts"
        if place.start in villages or parts:
            around = places[max(0, k - _LIST_WINDOW) : k + _LIST_WINDOW]  # its neighbours, in a sentence of any length
            towns = [t for t in _towns_within(around, _sentence_of(text, place)) if t is not place]
        else:  # a town: only where the others of its own list are all of one other country
            towns = [t for t in _listed_with(text, places, k) if t.resolved and _point(t)]
            countries = {t.country_code for t in towns}
            if len(countries) != 1 or place.country_code in countries:
                continue
        larger = [t for t in towns if t.start not in villages]  # the towns of the sentence, not its villages
        if larger and len(larger) < len(towns):  # "near Myrnohrad, Novotroitske and Pushkine": by Myrnohrad
            towns = larger
        elif len(towns) < 2:
            continue
        points = {(t.lat, t.lon) for t in towns if t.lat is not None and t.lon is not None}
        if not _together(points):
            continue  # towns that do not agree where the list is
        away = _km_to_nearest(place.lat, place.lon, points)
        if away <= _LIST_NEAR_KM:
            continue
        near = [
            c
            for c in gazetteer.lookup(place.text)
            if c.feature == CITY and _km_to_nearest(c.lat, c.lon, points) <= _LIST_NEAR_KM
        ]
        unknown = _as_unknown(place)
        if near:
            mention = Mention(place.start, place.end, place.text, EXACT, tuple(c.id for c in near), place.qualifier)
            out[k] = _place(mention, max(near, key=lambda c: c.population), [], gazetteer, _NEAR_ITS_LIST)
        elif parts:  # of the city the others are parts of
            out[k] = _unknown(text, unknown, out[:k], listed_part=True)
        elif away > _LOOSE_REACH_KM:
            out[k] = replace(_unresolved(unknown), resolution=f"unresolved: {place.name} lies far from its list")
    return out


# The words before a name that the text calls a village, also down a list: "the villages of Martynovka, Malaya
# Loknya and".
_NAMES_SO_FAR = (
    r"(?:(?:the\s+)?" + LISTED_NAME + r"(?:,\s+(?:and\s+)?|,?\s+and\s+))*"
)  # "Kafr Naha, Urum al-Sughra and "
_VILLAGES_OF = re.compile(r"\bvillages?\s+of\s+(?:the\s+)?" + _NAMES_SO_FAR + "$")
_VILLAGE_REACH = 120  # characters back to "the villages of"


def _villages_far_from_all(text: str, places: list[Place]) -> list[Place]:
    """A town the text calls a village that lies far from every other town and site the article names, and
    in none of its regions ("the villages of Martynovka, Malaya Loknya and Mirny", in a story about Sudzha:
    not the town of Mirny in Yakutia, 4,000 km off): a namesake no source knows, left unresolved rather than
    put where it is not."""
    towns = {
        (p.name, (p.lat, p.lon)) for p in places if p.resolved and _point(p) and p.feature in (CITY, *LOCAL_FEATURES)
    }
    regions = {p.admin1 for p in places if p.resolved and p.feature == ADMIN1}
    out = list(places)
    for k, place in enumerate(places):
        if place.feature != CITY or not place.resolved or place.qualifier == "part of" or place.admin1 in regions:
            continue  # "In Kherson Oblast, ... the village of Bilozerka": where the text says
        if not _VILLAGES_OF.search(text, max(0, place.start - _VILLAGE_REACH), place.start):
            continue
        others = {point for name, point in towns if name != place.name}  # each town once, however often named
        if len(others) >= 2 and all(distance_km((place.lat, place.lon), o) > _LOOSE_REACH_KM for o in others):  # type: ignore[arg-type]
            unknown = _as_unknown(place)
            out[k] = replace(
                _unresolved(unknown), resolution=f"unresolved: {place.name} lies far from every other place"
            )
    return out


def _listed_with(text: str, places: list[Place], k: int) -> list[Place]:
    """The other places of the list ``places[k]`` is in ("Dachnoye, Pokrovsk and Udachnoye")."""
    first = last = k
    while first > 0 and LIST_SEPARATOR.fullmatch(text, places[first - 1].end, places[first].start):
        first -= 1
    while last + 1 < len(places) and LIST_SEPARATOR.fullmatch(text, places[last].end, places[last + 1].start):
        last += 1
    return places[first:k] + places[k + 1 : last + 1]


_NEAR_ITS_LIST = "; the town of its name near the others of its list"
_LIST_NEAR_KM = 50.0  # a listed village further than this from the others is taken for a namesake near them


def _km_to_nearest(lat: float, lon: float, points: set[tuple[float, float]]) -> float:
    return min(distance_km((lat, lon), point) for point in points)


def _together(points: set[tuple[float, float]]) -> bool:
    """Whether the points all lie within ``_LOOSE_REACH_KM`` of one another: at once where the corners of
    the box around them do, else pair by pair."""
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    if distance_km((min(lats), min(lons)), (max(lats), max(lons))) <= _LOOSE_REACH_KM:
        return True
    return all(distance_km(a, b) <= _LOOSE_REACH_KM for a, b in combinations(points, 2))


@lru_cache(maxsize=4)
def _sentence_marks(text: str) -> tuple[list[int], list[int]]:
    """Where each end of a sentence (:data:`_SENTENCE_END`) starts, and where it ends."""
    marks = list(_SENTENCE_END.finditer(text))
    return [m.start() for m in marks], [m.end() for m in marks]


def _sentence_of(text: str, place: Place | Mention) -> tuple[int, int]:
    """The span of the sentence ``place`` is in (as far as :data:`_SENTENCE_END` tells sentences apart)."""
    starts, ends = _sentence_marks(text)
    k = bisect_right(ends, place.start)  # the ends of the sentences before it
    later = bisect_left(starts, place.end)  # the first end of a sentence after it
    return (ends[k - 1] if k else 0), (starts[later] if later < len(starts) else len(text))


def _towns_within(places: list[Place], span: tuple[int, int]) -> list[Place]:
    return [p for p in places if p.resolved and _point(p) and span[0] <= p.start < span[1]]


def _towns_of_its_sentence(text: str, places: list[Place], place: Place) -> list[Place]:
    """The other towns and sites, resolved, that the sentence of ``place`` names."""
    return [p for p in _towns_within(places, _sentence_of(text, place)) if p is not place]


def _in_a_list(text: str, places: list[Place], k: int) -> bool:
    """Whether place ``k`` and the one before or after it are written as a list, perhaps with names
    between that no source knows ("Lysivka, Kotlyne, Udachne")."""
    before = k > 0 and _NAMES_BETWEEN.fullmatch(text, places[k - 1].end, places[k].start)
    after = k + 1 < len(places) and _NAMES_BETWEEN.fullmatch(text, places[k].end, places[k + 1].start)
    return bool(before or after)


_NAMES_BETWEEN = re.compile(r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*" + LIST_SEPARATOR.pattern)


_AREA_QUALIFIERS = {"region", "area"}


def _regions_elsewhere(text: str, places: list[Place]) -> list[Place]:
    """An area named after a town ("the Shahba region") whose town lies far from every other town its
    sentence names ("..., cutting the corridor between Tal Rifaat and Manbij"): another area of that name,
    which no source knows, placed at the first of those towns, as a region (Shahba in Sweida is 400 km
    from the Shahba region of northern Aleppo)."""
    out = list(places)
    for k, place in enumerate(places):
        if not (place.resolved and place.feature == CITY and place.qualifier in _AREA_QUALIFIERS):
            continue
        if place.population >= LARGE_TOWN:  # "18 over the Moscow region", after Bryansk Oblast: Moscow's
            continue
        others = _towns_of_its_sentence(text, places, place)
        if others and all(_far(place, other) for other in others):
            where = others[0]
            how = f"{place.name} is far from the towns its sentence names; placed at {where.name}, the first of them"
            out[k] = replace(_moved(_as_unknown(place), where, how), qualifier="region")
    return out


def _placed_elsewhere(places: list[Place], dropped: list[Mention]) -> list[Place]:
    """A name no source knows that the text places at one mention is there at the others too: the
    headline's "town of Moqokori" is where "Moqokori in Somalia's Hiiraan region" is; so are the
    ``dropped`` mentions of it (whose places of that name all lie elsewhere): "Nasir" after "Nasir, in
    Upper Nile state"; and those the gazetteer put far away: "Illinka lies just east of Kurakhove" after
    "the village of Illinka in Donetsk Oblast" is not the Illinka near Odesa."""
    placed = {name_key(p.text): p for p in places if p.resolved and _placed_by_text(p)}
    unplaced = [_unresolved(m) for m in dropped if name_key(m.text) in placed]
    if unplaced:
        places = sorted(places + unplaced, key=lambda p: p.start)
    return [
        replace(
            p,
            name=there.name,
            lat=there.lat,
            lon=there.lon,
            feature=there.feature,
            country_code=there.country_code,
            source=there.source,
            qualifier=there.qualifier,
            resolution=f"{there.resolution}, as the text places it at another mention",
        )
        if (there := placed.get(name_key(p.text))) is not None
        and (not p.resolved or not _placed_by_text(p) and _far(p, there))
        else p
        for p in places
    ]


def _placed_by_text(place: Place) -> bool:
    """Whether the text, not the gazetteer, says where the place is."""
    return place.resolution.startswith(NOT_IN_GAZETTEER) or "; placed at " in place.resolution


# A sentence that opens with the region it tells of: "In the Kursk region of Russia, ...", "In Kursk Oblast, ...".
_OPENS_WITH = re.compile(
    r"(?:\A|[.!?][\"”’]?\s+|\n)\s*" + SENTENCE_OPENER + r"[Ii]n\s+(?:the\s+|[A-Z][\w-]*['’]s\s+)?$"
)  # "In Russia's"
_REGION_TAIL = re.compile(
    r"(?:\s+(?:region|province|oblast|governorate|state|direction|sector|front|axis))?(?:\s+of\s+[A-Z][\w-]+)?,", re.I
)
_SENTENCE_END = re.compile(r"[.!?]\s")
_REGION_REACH = 30  # places back to look for the region a sentence opens with
_LIST_WINDOW = 50  # mentions back to look for the names of a list a name ends


def _opening_region(text: str, mention: Mention, places: list[Place]) -> Place | None:
    """The first-level region the sentence of ``mention`` opens with, if it opens with one, or the front
    around a town ("In the Lyman direction, ... near Yampolivka")."""
    recent = places[-_REGION_REACH:]  # the places of the sentence so far, in a sentence of any length
    region = next(
        (p for p in reversed(recent) if (p.feature == ADMIN1 or p.qualifier == "sector") and p.resolved), None
    )
    if region is None or _SENTENCE_END.search(text, region.end, mention.start):
        return None
    opens = _OPENS_WITH.search(text, max(0, region.start - 45), region.start)
    return region if opens and _REGION_TAIL.match(text, region.end) else None


def _elsewhere_small(row: Candidate, region: Place) -> bool:
    """Whether a village the gazetteer gave a name lies outside the region its sentence tells of, and far
    from it: "In the Kursk region of Russia, ... retaken the village of Plekhovo" is not Plekhiv, Ukraine."""
    if row.population >= _TOWN or row.admin1 == region.admin1:
        return False
    return _km(row, region) > _REFERENCE_REACH_KM


def _flat(name: str) -> str:
    """A place's name to put in brackets after another's: "Malki, Damascus" for "Malki (Damascus)"."""
    return name[:-1].replace(" (", ", ", 1) if name.endswith(")") and " (" in name else name


# Sites named after the town they are in; not streets ("Baghdad Street" is in Damascus) or palaces.
_SITES_NAMED_AFTER_TOWNS = frozenset({
    "cantonment", "garrison", "barracks", "airport", "airbase", "prison", "hospital", "camp", "stadium", "dam", "refinery",
})  # fmt: skip


# A site's name followed by the town it is in: "the Khartoum Refinery in al-Jaili" is not at Khartoum.
_ITS_TOWN_NEXT = re.compile(r",?\s+(?:in|at)\s+(?:the\s+(?:town|city|village|area|district)\s+of\s+)?")


def _town_next(text: str, mention: Mention, after: list[Mention], gazetteer: Gazetteer) -> bool:
    """Whether the text puts the site ``mention`` names in a town right after it (or in a name no source
    knows; not in a region or a country)."""
    its_town = _ITS_TOWN_NEXT.match(text, mention.end)
    if its_town is None or not after or after[0].start != its_town.end():
        return False
    return after[0].match == UNKNOWN or any(gazetteer.row(i).feature == CITY for i in after[0].candidates)


def _site_of_a_town(mention: Mention, gazetteer: Gazetteer, choose: _Chooser, focus: list[str]) -> Place | None:
    """A site no source knows, named after the town it is in ("the Bannu Cantonment"): placed at the town."""
    words = mention.text.split()
    if len(words) < 2 or words[-1].casefold() not in _SITES_NAMED_AFTER_TOWNS:
        return None
    for k in range(len(words) - 1, 0, -1):
        name = " ".join(words[:k])
        ids = gazetteer.ids(name)
        sub = Mention(mention.start, mention.start + len(name), name, EXACT, ids)
        best = choose(sub, {}) if ids else None
        if best is not None and best.feature == CITY:
            town = _place(sub, best, focus, gazetteer)
            return _moved(mention, town, f"{NOT_IN_GAZETTEER}; placed at {town.name}, the town it is named after")
    return None


def _moved(mention: Mention, where: Place, how: str, city: str = "") -> Place:
    """A mention placed at the town or region the text puts it in (``city``: the town, for a part of it)."""
    return Place(
        mention.start, mention.end, mention.text, f"{mention.text} ({_flat(where.name)})", where.lat, where.lon,
        where.feature, where.country_code, where.source, how, "part of", city=city,
    )  # fmt: skip


_OFF = re.compile(r"(?:north|south|east|west)[\w-]* of")


def off_another(place: Place) -> bool:
    """Whether the text places the place off another ("southeast of Pokrovsk"): then it is a reference."""
    return _OFF.fullmatch(place.qualifier) is not None


def next_named(text: str, places: list[Place], k: int) -> Place:
    """The place named after ``places[k]`` (there must be one), past a country written as a possessive or
    before its town, as a hyphenated word's first part or before a word it describes: "the town of Masisi in
    eastern Congo's North Kivu province", "the Syrian capital Damascus", "near the Israeli-occupied Golan
    Heights", "a logistics hub for Ukrainian troops near the city of Pokrovsk"; past a place named
    before a word for a town and "of": "the Nasser Hospital in the southern Gaza city of Khan Younis"."""
    where = places[k + 1]
    if k + 2 < len(places) and (
        where.feature == COUNTRY
        and (
            _OWNING_COUNTRY.match(text, where.end)
            or text.startswith(("-", " "), where.end)
            and text[where.end + 1 : where.end + 2].islower()
        )
        or _KIND_OF_TOWN_AFTER.match(text, where.end, places[k + 2].start)
    ):
        return places[k + 2]
    return where


# A place's name used as an adjective before the town it names: "in the southern Gaza city of Khan Younis".
_KIND_OF_TOWN_AFTER = re.compile(r"\s+(?:city|town|village|port)\s+of\s+(?:the\s+)?$")


def where_it_lies(text: str, place: Place, where: Place) -> re.Match[str] | None:
    """How the text says ``place`` lies at ``where``, the place it names next: in it (a match of
    ``_WITHIN``: "Nuseirat, in central Gaza"; of ``_PART_OF``, for a place no source knows: "the Shejaiya
    suburb of Gaza City", but not "the Cincinnati suburb of West Chester"; on a road: "Khan Shaykhun on the
    M5 highway") or off it (of ``LOCATED_BY``, with its direction: "Qatana, about 25 km south-west of
    Damascus"); None when they are not written so."""
    gap = _nearby_gap(text, place.end, where.start)
    if gap is None:
        return None
    return (
        LOCATED_BY.match(gap)
        or _WITHIN.match(gap)
        or (_PART_OF.match(gap) if _guessed(place) else None)
        or (_ON_ROAD.match(gap) if where.feature == ROAD else None)
    )


_ON_ROAD = re.compile(r",?\s+(?:on|along)\s+(?:the\s+)?$", re.I)  # "Khan Shaykhun on the M5 highway"


def _nearby_gap(text: str, end: int, start: int) -> str | None:
    """The words between two names, on one line, where they are near and in one sentence; else None."""
    if start - end > _NEARBY_GAP or _APART.search(text, end, start):
        return None
    return re.sub(r"\s+", " ", text[end:start])


def _located_next(text: str, mention: Mention, following: list[Mention]) -> bool:
    """Whether the text says where a name lies, set off by a comma, by the name that follows it: "Nasir,
    in Upper Nile state", "Fambita, north of Kokorou"; or in brackets, as ISW writes: "Kotlyne (southwest of
    Pokrovsk)"; also for the rest of a list it opens: "Maardes and Khattab, north of Hama"."""
    last, rest = mention, following
    while len(rest) > 1 and LIST_SEPARATOR.fullmatch(text, last.end, rest[0].start):
        last, rest = rest[0], rest[1:]
    gap = _nearby_gap(text, last.end, rest[0].start) if rest else None
    if gap is None or _DESCRIBING.search(text, max(0, mention.start - 12), mention.start):
        return False  # "Mhardeh, a Christian town west of Hama"
    return gap.lstrip(" ").startswith((",", "(")) and bool(LOCATED_BY.match(gap) or _WITHIN.match(gap))


_DESCRIBING = re.compile(r"\b(?:an?|the|one)\s+$", re.I)


def _amid_a_list(text: str, mentions: list[Mention], index: int) -> bool:
    """Whether a name stands between two others in a list ("Nioro du Sahel, Gogui, Sandare, Niono"): a place,
    though the gazetteer's of its spelling lie elsewhere."""
    return (
        0 < index < len(mentions) - 1
        and LIST_SEPARATOR.fullmatch(text, mentions[index - 1].end, mentions[index].start) is not None
        and LIST_SEPARATOR.fullmatch(text, mentions[index].end, mentions[index + 1].start) is not None
    )


def _ends_a_list(text: str, mentions: list[Mention], index: int) -> bool:
    """Whether a name is the last of a list of three or more ("near Zvirove, Uspenivka, and Kotlyne")."""
    return (
        index > 1
        and LIST_SEPARATOR.fullmatch(text, mentions[index - 1].end, mentions[index].start) is not None
        and LIST_SEPARATOR.fullmatch(text, mentions[index - 2].end, mentions[index - 1].start) is not None
    )


def _guessed(place: Place) -> bool:
    """Whether no source knows the place, or it was only put at the city named last."""
    return not place.resolved or place.qualifier == "part of"


def _km(place: Place | Candidate, other: Place | Candidate) -> float:
    """How far apart two resolved places (or gazetteer rows) are."""
    return distance_km((place.lat, place.lon), (other.lat, other.lon))  # type: ignore[arg-type]


def _far(place: Place, where: Place) -> bool:
    return _km(place, where) > _REFERENCE_REACH_KM


def _beside(place: Place, where: Place, located: re.Match[str]) -> bool:
    """Whether the text puts a town of the region's country near or outside the region, not in it: "Zugdidi,
    near the breakaway region of Abkhazia" (GeoNames files it under Samegrelo)."""
    return (
        where.feature == ADMIN1
        and place.country_code == where.country_code
        and bool(_NEAR_OR_OUTSIDE.search(located.group()))
    )


_NEAR_OR_OUTSIDE = re.compile(r"\b(?:near|outside)\b", re.I)


def _elsewhere(place: Place, where: Place) -> bool:
    """Whether the town the gazetteer gave a name is not where the text says it is: outside the region
    named (and not near its point: "Baalbek in the Bekaa valley", though GeoNames files Baalbek under
    Baalbek-Hermel), or far from the town ("the village of Haris, in the Bint Jbeil district" is not
    Harris, Minnesota)."""
    if place.feature != CITY:
        return False
    if where.feature == ADMIN1:
        return place.admin1 != where.admin1 and _km(place, where) > _SEAT_REACH_KM
    return _far(place, where) and place.population < max(where.population, LARGE_TOWN)  # not "the highway linking
    # Aleppo with Damascus near the town of Zarbah": a city is in no smaller town


_SEAT_REACH_KM = 75.0  # a town this near a region's point is where the text says, whatever region it is filed in


_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")


def _within(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> dict[int, list[Candidate]]:
    """Places named with the region or country they are in ("Paris, Texas", "Ariha, Idlib"): for both
    mentions of such a pair, the candidates that agree with each other (by mention index)."""
    pairs: dict[int, list[Candidate]] = {}
    for i in range(len(mentions) - 1):
        place, region = mentions[i], mentions[i + 1]
        if text[place.end : region.start].strip() != "," or place.match in (UNKNOWN, ROAD_TO):
            continue
        if _NAME_GOES_ON.match(text, region.end) or gazetteer.is_demonym(region.text):
            continue  # "..., Iranian Foreign Minister Araqchi", "..., Ukrainian intelligence said": not its region
        if region.qualifier == "city":
            continue  # "Antonivka, Kherson city and 10 other settlements": a list, not Antonivka in Kherson
        if any(gazetteer.row(c).feature == COUNTRY for c in place.candidates):  # "in Russia, U.S. officials said"
            continue
        regions = [r for r in (gazetteer.row(c) for c in region.candidates) if r.feature in (ADMIN1, COUNTRY)]
        codes = {r.admin1 if r.feature == ADMIN1 else r.country_code for r in regions}
        countries = {r.country_code for r in regions if r.feature == COUNTRY}
        inside = [
            r
            for r in (gazetteer.row(c) for c in place.candidates)
            if r.feature not in (ADMIN1, COUNTRY, CONTINENT)
            and (r.admin1 in codes or r.country_code in codes)
            or r.feature == ADMIN1
            and r.country_code in countries  # "Queensland, Australia"
        ]
        if inside:
            pairs[i] = inside
            pairs[i + 1] = [
                r for r in regions if any(r.admin1 == p.admin1 or r.country_code == p.country_code for p in inside)
            ]
    return pairs


_IN_THE_REGION = re.compile(r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+)?")


def _listed_in_a_region(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> dict[int, list[Candidate]]:
    """Towns listed before the region they are in, of the candidates those in it ("near Krasnoarmeysk,
    Novoekonomicheskoye and Udachnoye in the Donetsk People's Republic": Pokrovsk, by its old name, not the
    Krasnoarmeysk near Moscow); by mention index, for those that have such a candidate."""
    found: dict[int, list[Candidate]] = {}
    for j in range(1, len(mentions)):
        region = mentions[j]
        if not _IN_THE_REGION.fullmatch(text, mentions[j - 1].end, region.start) or region.match == UNKNOWN:
            continue
        codes = {r.admin1 for r in map(gazetteer.row, region.candidates) if r.feature == ADMIN1}
        if not codes or region.qualifier == "city":
            continue
        k = j - 1
        while True:
            inside = [r for r in map(gazetteer.row, mentions[k].candidates) if r.feature == CITY and r.admin1 in codes]
            if inside and len(inside) < len(mentions[k].candidates):
                found[k] = inside
            if k == 0 or not LIST_SEPARATOR.fullmatch(text, mentions[k - 1].end, mentions[k].start):
                break
            k -= 1
    return found


def _listed_regions(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> dict[int, list[Candidate]]:
    """Regions listed with regions of one country are that country's: "New South Wales, Western Australia
    and Queensland" (not the Queensland in Calgary); by mention index."""
    found: dict[int, list[Candidate]] = {}
    for i in range(len(mentions) - 1):
        if not LIST_SEPARATOR.fullmatch(text, mentions[i].end, mentions[i + 1].start):
            continue
        pair = [[gazetteer.row(c) for c in m.candidates] for m in (mentions[i], mentions[i + 1])]
        for k in (0, 1):
            known, other = pair[k], pair[1 - k]
            countries = {r.country_code for r in known}
            if known and len(countries) == 1 and all(r.feature == ADMIN1 for r in known):
                regions = [r for r in other if r.feature == ADMIN1 and r.country_code in countries]
                if regions and len(regions) < len(other):
                    found[i + 1 - k] = regions
    return found


def _areas(mentions: list[Mention], gazetteer: Gazetteer, focus: list[str]) -> set[str]:
    """First-level regions that the article names, of its countries or, abroad, with the word for their kind
    ("the Novokuibyshevsk oil refinery in Russia's Samara Oblast", in a report about Ukraine): towns in them
    are preferred."""
    return {
        row.admin1
        for m in mentions
        if m.match != LOOSE
        for row in (gazetteer.row(c) for c in m.candidates)
        if row.feature == ADMIN1 and (row.country_code in focus or m.qualifier in REGION_QUALIFIERS)
    }


def _score(
    row: Candidate,
    mention: Mention,
    focus: list[str],
    named: set[str],
    cities: set[str],
    areas: set[str],
) -> float:
    # A region's population (the sum of its towns') only orders regions of one name (Florida the US
    # state, not the municipality in Puerto Rico); weighed against towns it would drown every city.
    score = math.log10((0 if row.feature == ADMIN1 else row.population) + 10)
    if row.feature == COUNTRY and mention.qualifier == "city":
        score -= 10  # "the town of Maan" is no country's other name (Man, the Isle of Man)
    elif row.feature == COUNTRY:
        score += 4
    elif row.feature == CONTINENT:
        score += 3
    elif row.feature == ADMIN1:
        if mention.qualifier in REGION_QUALIFIERS:
            score += 6
        elif mention.qualifier != "city":  # "the city of Daraa" and "Aleppo city" name the city
            # "Aleppo" is the city when a large one in the region bears its name; "Missouri" the state
            score += 1.5 if row.admin1 in cities or row.country_code + row.name in cities else 5.5
        else:  # "the town of Quneitra": the town, also where its own name is spelled otherwise
            score -= 3
    elif row.feature in LOCAL_FEATURES:
        score += 10
    if focus and row.country_code == focus[0]:
        score += 4
    elif row.country_code in focus:
        score += 3
    elif row.country_code in named:
        score += 2
    if row.capital:
        score += 2
    if row.feature != ADMIN1 and row.admin1 in areas:
        score += 3
    if name_key(row.name) == name_key(mention.text):
        score += 1
    elif not _alike(row.name, mention.text):  # only an alternate name: "Missouri" for Bozeman
        score -= 3
    return score


@lru_cache(maxsize=65536)
def _alike(name: str, other: str) -> bool:
    return SequenceMatcher(None, name_key(name), name_key(other)).ratio() >= 0.8


def _allowed(
    row: Candidate, mention: Mention, focus: list[str], named: set[str], keys: set[str], cue: bool, areas: set[str]
) -> bool:
    if row.feature in LOCAL_FEATURES:  # where its city is named, also in its own name: "Hama Central Prison";
        return (  # a site by a name of its own in an article about its country: "Kuweires airbase", not "the citadel"
            not row.city
            or name_key(row.city) in keys
            or f" {name_key(row.city)} " in f" {name_key(_POSSESSIVE.sub(' ', mention.text))} "  # "Aleppo's airport"
            or row.feature in (LANDMARK, AIRPORT)
            and row.country_code in focus
            and _rare_word(mention.text)
        )
    if mention.match == LOOSE:
        return row.country_code in focus[:1]
    if (
        row.feature == CITY
        and ordinary_words(mention.text)
        and not set(name_key(row.name).split()) & set(name_key(mention.text).split())
    ):
        return False  # "the White House": not Casablanca, whose name it translates
    if (
        row.feature == ADMIN1
        and row.country_code not in focus
        and row.country_code not in named
        and " " not in mention.text
        and dictionary_words(mention.text)
    ):
        return False  # "the Littoral", "the Central region": a word, of another country (not "the West Bank")
    if row.feature in (COUNTRY, CONTINENT, ADMIN1) or row.country_code in focus or row.admin1 in areas:
        return True
    if row.population >= _VERY_LARGE or row.capital and (row.country_code in named or row.population >= _BIG_CAPITAL):
        return True  # "the Eritrean capital, Asmara"; "days after Washington hosted the leaders of Congo and Rwanda"
    return cue and (
        row.population >= LARGE_TOWN
        or row.country_code in named
        and (row.population >= 1000 or row.population == 0)  # 0: GeoNames lists a district's seat without one
    )


@lru_cache(maxsize=4096)
def _rare_word(name: str) -> bool:
    """Whether a name has a word seldom written in English (Kuweires, Umayyad): a name of its own, not
    a common noun ("the citadel", "Clock Square")."""
    return any(zipf_frequency(w.casefold(), "en") < _RARE for w in re.findall(r"[^\W\d_]{3,}", name))


def _best(
    mention: Mention,
    rows: list[Candidate],
    focus: list[str],
    named: set[str],
    keys: set[str],
    cue: bool,
    areas: set[str],
    near: list[tuple[float, float]],
    nearby: frozenset[str] = frozenset(),
) -> Candidate | None:
    close = {id(r) for r in rows if near and _near(r, near)}
    allowed = [r for r in rows if id(r) in close or _allowed(r, mention, focus, named, keys, cue, areas)]
    ours = {*focus, *named}
    if allowed and all(r.feature == ADMIN1 and r.country_code not in ours for r in allowed):
        # only regions abroad: a large city of the name is meant rather ("its exiled Gaza chief", in a story about
        # Qatar: not Mozambique's Gaza province)
        allowed += [
            r for r in rows if r.feature == CITY and r.population >= LARGE_TOWN and _alike(r.name, mention.text)
        ]
    if not allowed:
        return None
    sites = [r for r in allowed if r.feature in LOCAL_FEATURES]
    if len(sites) > 1 and (in_named := [r for r in sites if name_key(r.city) in keys]):
        # sites of one name in several cities: those of a city the article names ("the Umayyad Mosque", after Aleppo)
        allowed = [r for r in allowed if r.feature not in LOCAL_FEATURES or r in in_named]
    cities = {  # regions with a town that bears their name: Aleppo, Daraa (97,000 people); New York by another
        r.admin1  # name, as only a very large one does (not Oklahoma City, for Oklahoma)
        for r in allowed
        if r.feature == CITY and (r.population >= _VERY_LARGE or r.population >= _TOWN and _alike(r.name, mention.text))
    }
    cities |= {  # and the region's namesakes in its country: Mandalay is filed as two regions, one with the city
        r.country_code + r.name for r in allowed if r.feature == ADMIN1 and r.admin1 in cities
    }
    if any(r.feature == CITY and r.population >= LARGE_TOWN and _alike(r.name, mention.text) for r in allowed):
        cities |= {  # and a region abroad that a large city elsewhere is named like: "in Gaza", not Mozambique's
            r.country_code + r.name
            for r in allowed
            if r.feature == ADMIN1 and r.country_code not in focus and r.country_code not in named
        }
    return max(
        allowed,
        key=lambda r: (
            _score(r, mention, focus, named, cities, areas)
            + _NEIGHBOUR * (id(r) in close)
            + _CAPITAL_OF_NEARBY * (r.capital and r.country_code in nearby),  # "in France ... Paris' Champs-Elysees"
            r.population,
        ),
    )


def _seat(row: Candidate, gazetteer: Gazetteer) -> Candidate | None:
    """The city a first-level region is named after (Aleppo for Aleppo province), if there is one: in the
    region, and named much like it (Ḩamāh for Hama; not Montana City, which merely has "Montana" among
    its alternate names)."""
    cities = [
        c
        for c in gazetteer.lookup(row.name)
        if c.feature == CITY
        and (c.admin1 or c.country_code) == (row.admin1 or row.country_code)
        and _alike(c.name, row.name)
    ]
    return max(cities, key=lambda c: c.population) if cities else None


def _place(mention: Mention, row: Candidate, focus: list[str], gazetteer: Gazetteer, note: str = "") -> Place:
    how = "only candidate" if len(mention.candidates) == 1 else f"best of {len(mention.candidates)} candidates"
    if mention.match == LOOSE:
        how = f"spelling variant of {row.name}, in {row.country_code}"
    elif len(mention.candidates) > 1 and focus:
        how += f" (article about {', '.join(focus)})"
    how += note
    seat = _seat(row, gazetteer) if row.feature == ADMIN1 else None
    if seat is not None:
        row = replace(row, lat=seat.lat, lon=seat.lon, ref=f"placed at its seat {seat.name}, {seat.source} {seat.ref}")
        how += "; a region is placed at the city it is named after, as ACLED places province-level events"
    return Place(
        mention.start,
        mention.end,
        mention.text,
        plain(row.name),
        row.lat,
        row.lon,
        row.feature,
        row.country_code,
        f"{row.source} {row.ref}".strip(),
        f"gazetteer: {how}",
        mention.qualifier,
        row.line,
        row.city,
        row.admin1 if row.feature in (CITY, ADMIN1) else "",
        row.population,
    )


# After a name, the rest of a list: "Makhnovka, Sverdlikovo and Malaya Loknya" (Sverdlikovo is not Makhnovka's).
_LIST_GOES_ON = re.compile(r"(?:,|\s+and|\s+or)\s")
# Between a city and a name it owns, on one line: "Toronto's Pearson International Airport".
_OWNER_GAP = re.compile(r"(?:['’]s|,)?[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+)?")


def _owned(text: str, mention: Mention, earlier: list[Place]) -> bool:
    """Whether a city is named just before, as the owner of the name ("Kyiv's Obolonskyi district"): a
    spelling guess (Obolensk, in Russia) gives way to the city."""
    last = earlier[-1] if earlier else None
    return last is not None and last.feature == CITY and _OWNS_NEXT.fullmatch(text, last.end, mention.start) is not None


_OWNS_NEXT = re.compile(r"['’]s (?:(?:north|south|east|west|central)[\w-]* )?")  # "Kyiv's Obolonskyi", not "Khartoum's
# presidential palace ... Reuters"


_PART_REACH_KM = 30.0  # a part of a city lies within this of its point


def _its_part_named_elsewhere(text: str, mention: Mention, earlier: list[Place], gazetteer: Gazetteer) -> bool:
    """Whether a name is a city's part, written after the city's possessive ("Hama's al-Hader neighbourhood"),
    though the gazetteer's places of that name all lie elsewhere (Hadar, 200 km south): the city's."""
    if mention.match != EXACT or not _owned(text, mention, earlier) or not _CITY_PART_AFTER.match(text, mention.end):
        return False
    city = earlier[-1]
    return all(_km(gazetteer.row(i), city) > _PART_REACH_KM for i in mention.candidates)


# A part of a city: "the Al-Joura neighbourhood", "the district of Maliki".
_CITY_PART_AFTER = re.compile(rf"\s+{CITY_PART}\b", re.I)
# The first of a list of a city's parts: "the Kyivskyi and Saltivskyi districts".
_CITY_PARTS = r"(?:district|neighbou?rhood|quarter|suburb)s\b"
_DISTRICTS_AFTER = re.compile(LIST_GOES_ON + _CITY_PARTS)


def _listed_part(text: str, mention: Mention) -> bool:
    """Whether a name is one of a list of a city's parts: "the Rimal and Tel al-Hawa districts", "in six
    districts, including Sviatoshynskyi and Solomianskyi"."""
    return bool(
        _DISTRICTS_AFTER.match(text, mention.end)
        or _PARTS_INCLUDING.search(text, max(0, mention.start - _CITY_LIST_REACH), mention.start)
    )


_PARTS_INCLUDING = re.compile(
    r"\b(?:districts|neighbou?rhoods|quarters)\b[^.;:]{0,30}?,?\s+(?:including|such as|among them)\s+"
    r"(?:" + LISTED_NAME + r"(?:,\s+(?:and\s+)?|,?\s+and\s+))*$"
)
_PARTS_AFTER = re.compile(r"\s+" + _CITY_PARTS + r"(?!\s+of\b)")  # the last of a list; not "the Aleppo districts of"
_LISTED_BEFORE = re.compile(r"(?:,|\band)\s+$")
_THE_CITYS = re.compile(r"\bthe\s+(?:city|capital|town)['’]s\s+$", re.I)  # "the city's Kyivskyi and ... districts"
_NAMES_BEFORE = r"(?:(?:[A-Za-z]+-)?[A-Z][\w'’-]*(?:,\s+|,?\s+and\s+))*$"  # the names of a list before this one
_CITY_PART_BEFORE = re.compile(  # also down a list: "the neighbourhoods of al-Zahraa and Akrama"
    rf"\b(?i:{CITY_PART} of\s+(?:the\s+)?){_NAMES_BEFORE}"
)
_NEIGHBOURHOODS_OF = re.compile(r"\bneighbou?rhoods?\s+of\s+" + _NAMES_BEFORE)  # no town of its own (Al-Zahraa)
_CITY_PART_REACH = 1000  # characters back to the city a neighbourhood is taken to be in
_OWNER_REACH = 200  # characters between a city and a name it owns ("Toronto's Pearson International Airport")
# Villages the text puts at the city named last: "the villages of Urum al-Kubra, Anjara and Khan al-Asal on
# the city's western edge", "... outside the city".
_AT_THE_CITY = re.compile(
    r"(?:(?:,|\s+and|\s+or)\s+" + NAME_WORD + r"(?:\s+[\w'’-]+){0,3}?)*\s+"  # down a list
    r"(?:(?:on|at|near|outside)\s+the\s+(?:city|town)(?:['’]s\s+(?:[a-z]+\s+)?(?:edges?|outskirts|side)\b|\b(?!['’]))|"
    r"on\s+the\s+(?:[a-z]+\s+)?(?:edges?|outskirts|side)\s+of\s+the\s+(?:city|town)\b)"  # "on the northern edge of the city"
)


# Villages the text says lie around "the city", down a list: "dozens of villages in the countryside west of the
# city, including Kafr Naha and".
_THE_CITY_INCLUDES = re.compile(
    r"\b(?:of|around|near|outside)\s+the\s+(?:city|town),\s+including\s+" + _NAMES_SO_FAR + "$"
)
_CITY_LIST_REACH = 150  # characters back to "the city, including"
_OFF_THE_CITY = re.compile(  # also past what the place is: "the Zamzam displacement camp south of the city"
    r"(?:\s+(?:(?:displacement|refugee|idp|military)\s+)?(?:camp|base|airport|prison))?"
    r",?\s+(?:" + ABOUT + r"\s+)?(?:\d[\d,.]*\s?" + DISTANCE_UNIT + r"\s+)?"
    r"(?P<direction>(?:north|south|east|west)[\w-]*\s+of)\s+the\s+(?:city|town)\b(?!['’])",
    re.I,
)


def _a_city(place: Place) -> bool:
    """Whether a place is a town of the gazetteer itself, not a village placed at one."""
    return place.resolved and place.feature == CITY and place.qualifier != "part of"


def _before_its_list(text: str, places: list[Place], start: int) -> list[Place]:
    """The places named before the list that the name at ``start`` ends ("In Kyiv, ... the Dniprovskyi and
    Desnianskyi districts": up to Kyiv)."""
    k = len(places)
    while k > 0 and LIST_SEPARATOR.fullmatch(text, places[k - 1].end, start):
        start, k = places[k - 1].start, k - 1
    return places[:k]


def _outside_the_city(row: Candidate, earlier: list[Place]) -> bool:
    """Whether ``row`` is a town outside the city named last before it."""
    city = next((p for p in reversed(earlier) if _a_city(p)), None)
    return row.feature == CITY and city is not None and _km(row, city) > _CITY_REACH_KM


def _city_part(text: str, mention: Mention) -> bool:
    """Whether the text calls the name a part of a city: "the Maliki district", "the suburbs of Mezzeh"."""
    head = text[max(0, mention.start - 60) : mention.start]
    return bool(_CITY_PART_AFTER.match(text, mention.end) or _CITY_PART_BEFORE.search(head))


def _listed_with_towns(text: str, mention: Mention, before: list[Place], listed: list[Place]) -> bool:
    """Whether a name ends a list (``listed``: the places of it before the name; ``before``: those before the
    list) with towns that are no parts of a city its sentence names before the list: then "districts" after it
    are theirs ("in Mocímboa da Praia and Muidumbe districts"; but not "In Kyiv, ... the Solomianskyi,
    Darnytskyi and Holosiivskyi districts", where Solomyanka lies in Kyiv)."""
    sentence_start = _sentence_of(text, mention)[0]
    owners = [p for p in before if p.start >= sentence_start and _a_city(p)]
    return any(_a_city(p) and not any(_km(p, owner) <= _CITY_REACH_KM for owner in owners) for p in listed)


def _unknown(text: str, mention: Mention, earlier: list[Place], listed_part: bool = False) -> Place:
    """A name no source knows: placed at a city named just before it ("Aleppo's Martini Hospital"); a
    neighbourhood or district at the city the article named last ("clashes in the Al-Joura
    neighbourhood", a few lines after Deir ez-Zor), or, after several and in a sentence that names none
    before it, at the one of them its sentence names after it, else at the one the article names most; a
    village the text puts at "the city", at the one of the cities named just before that the article
    names most; a name a town or region is said to include, at it ("villages in the Bekaa Valley, including
    Sohmor"); a place in a sentence that opens with its region, at the region. ``listed_part``: the name
    opens a list of a city's parts ("the Kyivskyi and Saltivskyi districts")."""
    named_part = listed_part or _city_part(text, mention)
    if named_part:  # a city's part is in no town of its own list ("In Kyiv, ... the Solomianskyi, Darnytskyi and")
        before = _before_its_list(text, earlier, mention.start)
        named_part = not _listed_with_towns(text, mention, before, earlier[len(before) :])
        earlier = before if named_part else earlier
    at_the_city = not named_part and (
        _AT_THE_CITY.match(text, mention.end)
        or _THE_CITY_INCLUDES.search(text, max(0, mention.start - _CITY_LIST_REACH), mention.start)
    )
    recent = _within_reach(earlier, mention.start, _CITY_PART_REACH)
    near = [p for p in recent if _a_city(p)]
    off = _OFF_THE_CITY.match(text, mention.end)
    if off and near:  # "the village of Dachenske, southwest of the city": of the city named last
        city, direction = near[-1], off.group("direction").lower()
        how = f"{NOT_IN_GAZETTEER}; placed at {city.name}, the city named last, which the text says it lies {direction}"
        return Place(
            mention.start, mention.end, mention.text, mention.text, city.lat, city.lon, city.feature,
            city.country_code, city.source, how, f"{direction} {city.name}",
        )  # fmt: skip
    # where its own sentence names no city: "In Rafah, ... the Tel al-Sultan neighbourhood" is Rafah's
    elsewhere = bool(near) and _SENTENCE_END.search(text, near[-1].end, mention.start) is not None
    if (at_the_city and near) or (named_part and len({p.name for p in near}) > 1 and elsewhere):
        # "the village of Deir Baalba on the city's edge", "the Malki neighbourhood" after Damascus and its
        # suburb Qudsaya: the city the article is about
        named = Counter(p.name for p in earlier if _a_city(p))
        end = _SENTENCE_END.search(text, mention.end)
        rest = text[mention.end : end.start() if end else len(text)]
        later = [p for p in near if p.text in rest]  # "the Al-Waer district and the Homs Military Academy"
        city = max(reversed(later or near), key=lambda p: named[p.name])
        how = f"{NOT_IN_GAZETTEER}; put at the city, {city.name}, of those just before the one the article names most"
        return _moved(mention, city, how, city=city.name)
    part = named_part or at_the_city
    for place in reversed(_within_reach(earlier, mention.start, _CITY_PART_REACH if part else _OWNER_REACH)):
        if not _a_city(place):
            continue  # a town itself, not a village placed at one
        gap = text[place.end : mention.start]
        if _OWNER_GAP.fullmatch(gap) and not (gap.startswith(",") and _LIST_GOES_ON.match(text, mention.end)):
            how = f"{NOT_IN_GAZETTEER}; placed at {place.name}, the city it is in"
        elif part and mention.start - place.end <= _CITY_PART_REACH:
            how = f"{NOT_IN_GAZETTEER}; a part of a city, placed at {place.name}, the city the article named last"
        elif part:
            break  # the city named last is too far back
        else:
            continue
        return _moved(mention, place, how, city=place.name)
    including = _including(text, earlier, mention.start)  # "several villages in the Bekaa Valley, including Sohmor"
    if including is not None:
        return _moved(
            mention, including, f"{NOT_IN_GAZETTEER}; placed at {including.name}, which the text says includes it"
        )
    frame = _opening_region(text, mention, earlier)  # "In Kursk Oblast, ... the village of Plekhovo"
    if frame is not None:
        return _moved(mention, frame, f"{NOT_IN_GAZETTEER}; placed at {frame.name}, the region its sentence opens with")
    return _unresolved(mention)


def _included_elsewhere(text: str, places: list[Place]) -> list[Place]:
    """A town a town or region is said to include whose namesake in the gazetteer lies elsewhere: at the
    one that includes it ("villages in the countryside of Quneitra, including Jabata al-Khashab, Ofania and
    al-Hamidiyah": not the al-Hamidiyah of Tartus)."""
    out = list(places)
    for k, place in enumerate(places):
        if not (place.resolved and place.feature == CITY and _point(place)):
            continue
        where = _including(text, places[:k], place.start)
        if where is not None and _elsewhere(place, where):
            how = f"{NOT_IN_GAZETTEER} there; placed at {where.name}, which the text says includes it"
            out[k] = _moved(_as_unknown(place), where, how)
    return out


def _including(text: str, earlier: list[Place], at: int) -> Place | None:
    """The town or region of ``earlier`` (the places before offset ``at``) that the text says includes the
    name at ``at``, the last such: "several villages in the Bekaa Valley, including Sohmor and Brital"."""
    return next(
        (
            p
            for p in reversed(earlier[-_LIST_WINDOW:])
            if p.resolved and p.feature in (CITY, ADMIN1) and _INCLUDING.fullmatch(text, p.end, at)
        ),
        None,
    )


# Between a place and a name it includes, perhaps down a list: ", including Brital and ".
_INCLUDING = re.compile(
    r"(?:\s+(?:[Vv]alley|[Rr]egion|[Pp]rovince|[Aa]rea|[Gg]overnorate|[Dd]istrict|[Cc]ountryside))?"
    r",\s+including\s+" + _NAMES_SO_FAR + r"(?:the\s+)?"
)


def _within_reach(earlier: list[Place], at: int, reach: int) -> list[Place]:
    """The places of ``earlier`` (in text order) that end no more than ``reach`` characters before ``at``."""
    k = len(earlier)
    while k and at - earlier[k - 1].end <= reach:
        k -= 1
    return earlier[k:]


def _as_unknown(place: Place) -> Mention:
    """The mention of a place's name as a name no source knows, to be placed or left unresolved anew."""
    return Mention(place.start, place.end, place.text, UNKNOWN, ())


def _unresolved(mention: Mention) -> Place:
    return Place(mention.start, mention.end, mention.text, mention.text, None, None, "", "", "", "unresolved")


_ROAD_REACH_KM = 25.0


def _road_to(mention: Mention, gazetteer: Gazetteer, focus: list[str]) -> Place | None:
    """The curated road that passes the place an unnamed road leads to ("the highway to Damascus")."""
    ends = [
        c for c in gazetteer.lookup(mention.qualifier) if c.feature in (CITY, ADMIN1) and c.country_code in focus[:1]
    ]
    if not ends:
        return None
    end = max(ends, key=lambda c: c.population)
    roads = [gazetteer.row(i) for i in mention.candidates]
    near = [(min(distance_km(p, (end.lat, end.lon)) for p in r.line), r) for r in roads if r.line]
    reach, road = min(near, key=lambda n: n[0]) if near else (math.inf, None)
    if road is None or reach > _ROAD_REACH_KM:
        return None
    return Place(
        mention.start, mention.end, mention.text, road.name, road.lat, road.lon, road.feature, road.country_code,
        road.source, f"gazetteer: the curated road that passes {end.name} ({reach:.0f} km)", "", road.line,
    )  # fmt: skip


def _ask_online(mention: Mention, fallback: Place, locate: Locate) -> Place:
    city = fallback.name[len(mention.text) + 2 : -1] if fallback.resolved else ""
    found = locate(f"{mention.text}, {city}" if city else mention.text)
    if found is None:
        return fallback
    if fallback.resolved and distance_km((found.lat, found.lon), (fallback.lat, fallback.lon)) > _ONLINE_RADIUS_KM:  # type: ignore[arg-type]
        return fallback
    return Place(
        mention.start, mention.end, mention.text, fallback.name, found.lat, found.lon, "landmark",
        fallback.country_code, f"online: {found.source}", f"online geocoder {found.source}: {found.address}",
    )  # fmt: skip


def _on_road(place: Place, anchors: list[tuple[float, float]]) -> Place:
    """A road is placed at its point nearest the article's other places (where it was cut or fought over)."""
    if not place.line or not anchors:
        return place
    centre = (sum(a[0] for a in anchors) / len(anchors), sum(a[1] for a in anchors) / len(anchors))
    lat, lon = min(place.line, key=lambda p: distance_km(p, centre))
    return Place(
        place.start, place.end, place.text, place.name, lat, lon, place.feature, place.country_code,
        place.source, place.resolution + "; point nearest the article's other places", place.qualifier, place.line,
    )  # fmt: skip
