"""Find toponym mentions in text: towns, regions, countries (and their demonyms), districts, landmarks
and roads, each with its character span.

Capitalised word runs are looked up in the gazetteer, longest first; curated landmarks, districts and
roads are also found by their (lower-case) aliases. A single capitalised word that is a common English
word ("Reading", "Nice": frequent, and in the dictionary in lower case) counts only when it names a
large place or a country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from english_words import get_english_words_set
from wordfreq import zipf_frequency

from geo.gazetteer import ADMIN1, CITY, CONTINENT, COUNTRY, Gazetteer
from geo.textutil import name_key

EXACT, LOOSE, ALIAS, UNKNOWN, ROAD_TO = "exact", "loose", "alias", "unknown", "road_to"


@dataclass(frozen=True)
class Mention:
    """A span of text that may name a place, with the gazetteer rows it may be."""

    start: int
    end: int
    text: str
    match: str  # EXACT, LOOSE (vowel-less spelling), ALIAS (curated alias), UNKNOWN, or ROAD_TO (an
    # unnamed road, "the highway to Damascus": ``qualifier`` holds where it leads)
    candidates: tuple[int, ...]
    qualifier: str = ""  # "province", "countryside", "west", "near", "suburbs", ... or ""


_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]\w*(?:(?:['’‘ʿ`](?!s\b)|-)\w+)*")
_CONNECTORS = {"al", "el", "an", "ad", "as", "ar", "at", "az", "ash", "de", "del", "la", "le", "of", "ez", "es", "en"}
_MAX_WORDS = 5
# Words that may follow a place name inside a capitalised run without making it another kind of name.
_GEO_WORDS = {
    "province", "governorate", "region", "city", "district", "square", "airport", "international", "stadium",
    "countryside", "highway", "motorway", "road", "river", "valley", "mountains", "county", "state",
    "citadel", "suburbs", "neighbourhood", "neighborhood", "prison", "base", "airbase", "university", "gates",
    "front", "border", "crossing", "dam", "lake", "bay", "gulf", "sea", "island", "islands", "strip", "bank",
}  # fmt: skip
# Words that make a run starting with a region's name a newspaper or broadcaster.
_MEDIA_WORDS = {
    "times", "post", "journal", "herald", "tribune", "telegraph", "gazette", "star", "sun", "news", "daily",
    "chronicle", "examiner", "observer", "standard", "guardian", "record", "register", "inquirer", "globe",
    "mail", "press", "review", "today", "weekly", "magazine", "radio", "television", "tv",
}  # fmt: skip
_QUALIFIER_AFTER = re.compile(
    r"^['’]?s?\s*(province|governorate|region|countryside|district|suburbs|outskirts|area|city)\b", re.I
)
_QUALIFIER_BEFORE = re.compile(
    r"\b(north|south|east|west|northern|southern|eastern|western|north-?western|north-?eastern|south-?western|"
    r"south-?eastern|central|outskirts of|suburbs of|edge of|edges of|near|outside|around|province of|"
    r"countryside of|countryside around|[\d,.]+ (?:km|kilometres|kilometers|miles) (?:\w+ )?(?:of|from))\s+(?:the\s+)?$",
    re.I,
)


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """Lower-case English words (Webster's Second, from ``english-words``); proper nouns are left out."""
    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower())


@lru_cache(maxsize=65536)
def _common_word(word: str) -> bool:
    """A frequent word that is also an ordinary lower-case one: "Reading", "Nice" -- not "Vancouver"."""
    folded = word.casefold()
    return zipf_frequency(folded, "en") >= 4.0 and folded in _dictionary()


@lru_cache(maxsize=65536)
def _capitalised(token: str) -> bool:
    return any(p[:1].isupper() or "\u0600" <= p[:1] <= "\u06ff" for p in token.split("-"))


def find_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Every toponym mention in ``text``, in order, without overlaps (the longest name wins)."""
    found = _alias_mentions(text, gazetteer)
    taken = [(m.start, m.end) for m in found]
    tokens = list(_TOKEN.finditer(text))
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not _capitalised(token.group()) or _overlaps(taken, token.start(), token.end()):
            i += 1
            continue
        run_end = _run_end(text, tokens, i)
        mention, used = _longest_match(text, tokens, i, run_end, gazetteer)
        if mention is not None and _accept(text, tokens, i, i + used, run_end, mention, gazetteer):
            found.append(_qualified(text, mention))
            i += used
        elif _facility(tokens, i, run_end):
            start, end = tokens[i].start(), tokens[run_end - 1].end()
            found.append(Mention(start, end, text[start:end], UNKNOWN, ()))
            i = run_end
        else:
            i += 1
    found += _unnamed_roads(text, found, gazetteer)
    return sorted(found, key=lambda m: m.start)


_UNNAMED_ROAD = re.compile(
    r"\b(?:highway|motorway|main road)s?\b(?:\s+(?:that\s+)?(?:lead|leading|leads|link|linking|links|"
    r"connect|connecting|connects|running|runs|north|south|east|west|from\s+\S+))*\s+(?:to|with|towards?)\s+"
    r"(?:the\s+(?:capital|city|coast)\s+)?",
    re.I,
)


def _unnamed_roads(text: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """ "A highway leading south to Damascus": a road mention whose candidates are the curated roads,
    to be told apart by the place it leads to (named right after, and already found)."""
    roads = tuple(i for i in gazetteer.landmarks if gazetteer.row(i).line)
    out = []
    for match in _UNNAMED_ROAD.finditer(text):
        if _overlaps([(m.start, m.end) for m in found], match.start(), match.end()):
            continue
        destination = next((m for m in found if m.start == match.end() and m.match != UNKNOWN), None)
        if destination is not None and roads:
            word = re.match(r"\w+", match.group())
            end = match.start() + (word.end() if word else 0)
            out.append(Mention(match.start(), end, text[match.start() : end], ROAD_TO, roads, destination.text))
    return out


_FACILITY_WORDS = {
    "hospital",
    "square",
    "airport",
    "airbase",
    "prison",
    "bridge",
    "street",
    "stadium",
    "mosque",
    "citadel",
}


def _facility(tokens: list[re.Match[str]], i: int, run_end: int) -> bool:
    """A capitalised name ending in a facility word (``Martini Hospital``) that no gazetteer knows."""
    words = [t.group() for t in tokens[i:run_end]]
    return 1 < len(words) <= _MAX_WORDS and words[-1].casefold() in _FACILITY_WORDS


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in taken)


def _separator_ok(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    gap = text[left.end() : right.start()]
    return gap.strip() == "" and gap.count("\n") < 2


def _run_end(text: str, tokens: list[re.Match[str]], i: int) -> int:
    """Index after the last token of the capitalised run that starts at token ``i``."""
    j = i + 1
    while j < len(tokens) and _separator_ok(text, tokens[j - 1], tokens[j]):
        word = tokens[j].group()
        if (
            _capitalised(word)
            or word.casefold() in _CONNECTORS
            and j + 1 < len(tokens)
            and _capitalised(tokens[j + 1].group())
        ):
            j += 1
        else:
            break
    return j


def _longest_match(
    text: str, tokens: list[re.Match[str]], i: int, run_end: int, gazetteer: Gazetteer
) -> tuple[Mention | None, int]:
    for j in range(min(run_end, i + _MAX_WORDS), i, -1):
        start, end = tokens[i].start(), tokens[j - 1].end()
        phrase = text[start:end]
        key_phrase = phrase.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.)+", phrase) else phrase
        ids = tuple(c.id for c in gazetteer.lookup(key_phrase))
        if ids:
            return Mention(start, end, phrase, EXACT, ids), j - i
    phrase = tokens[i].group()
    loose = tuple(c.id for c in gazetteer.lookup_loose(phrase) if c.feature == CITY)
    if loose and not _common_word(phrase) and not phrase.isupper():
        return Mention(tokens[i].start(), tokens[i].end(), phrase, LOOSE, loose), 1
    return None, 0


def _accept(
    text: str,
    tokens: list[re.Match[str]],
    i: int,
    j: int,
    run_end: int,
    mention: Mention,
    gazetteer: Gazetteer,
) -> bool:
    rows = [gazetteer.row(c) for c in mention.candidates]
    large = any(r.feature in (COUNTRY, CONTINENT, ADMIN1) or r.population >= 1_000_000 for r in rows)
    if mention.text.isupper() and len(mention.text.replace(".", "")) <= 4:
        return any(r.feature in (COUNTRY, CONTINENT) for r in rows)
    if mention.text.isupper() and not large:
        return False
    if j - i == 1 and _common_word(mention.text) and not large:
        return False
    run_start = i
    while (
        run_start > 0
        and _capitalised(tokens[run_start - 1].group())
        and _separator_ok(text, tokens[run_start - 1], tokens[run_start])
    ):
        run_start -= 1
    before = [t.group() for t in tokens[run_start:i]]
    after = [t.group() for t in tokens[j:run_end]]
    if not before and any(r.feature == COUNTRY for r in rows):
        return True
    if not before and any(r.feature == ADMIN1 for r in rows) and not _MEDIA_WORDS & {w.casefold() for w in after}:
        return True  # "Kentucky State Police", "Queensland Amber Alert"; not "the Washington Post"
    others = [w for w in before + after if w.casefold() not in _CONNECTORS]
    if not others:
        return True
    return all(w.casefold().rstrip("s'’") in _GEO_WORDS for w in after) and (
        not before or (_is_sentence_start(text, tokens, run_start) and all(_common_word(w) for w in before))
    )


def _is_sentence_start(text: str, tokens: list[re.Match[str]], index: int) -> bool:
    head = text[: tokens[index].start()].rstrip()
    return not head or head[-1] in '.!?\n:"“'


def _qualified(text: str, mention: Mention) -> Mention:
    after = _QUALIFIER_AFTER.match(text[mention.end : mention.end + 30])
    before = _QUALIFIER_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
    qualifier = ""
    if after:
        qualifier = after.group(1).casefold()
    elif before:
        qualifier = before.group(1).casefold()
    if not qualifier:
        return mention
    return Mention(mention.start, mention.end, mention.text, mention.match, mention.candidates, qualifier)


def _alias_pattern(gazetteer: Gazetteer) -> re.Pattern[str] | None:
    names = {name for row in gazetteer.landmarks for name in gazetteer.names_of(row)}
    if not names:
        return None
    parts = [
        r"\s+".join(re.escape(w).replace("['’]", "['’]").replace("'", "['’]") for w in name.split())
        for name in sorted(names, key=len, reverse=True)
    ]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.I)


_ALIASES: dict[int, tuple[re.Pattern[str] | None, dict[str, list[int]]]] = {}


def _aliases(gazetteer: Gazetteer) -> tuple[re.Pattern[str] | None, dict[str, list[int]]]:
    """The alias pattern and key -> rows map of a gazetteer, built once per gazetteer."""
    if id(gazetteer) not in _ALIASES:
        by_key: dict[str, list[int]] = {}
        for row in gazetteer.landmarks:
            for name in gazetteer.names_of(row):
                by_key.setdefault(name_key(name), []).append(row)
        _ALIASES[id(gazetteer)] = (_alias_pattern(gazetteer), by_key)
    return _ALIASES[id(gazetteer)]


def _alias_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    pattern, by_key = _aliases(gazetteer)
    if pattern is None:
        return []
    return [
        Mention(m.start(), m.end(), m.group(), ALIAS, tuple(dict.fromkeys(by_key[name_key(m.group())])))
        for m in pattern.finditer(text)
        if name_key(m.group()) in by_key
    ]
