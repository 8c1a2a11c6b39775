"""Find toponym mentions in text: towns, regions, countries (and their demonyms), districts, landmarks
and roads, each with its character span.

Capitalised word runs are looked up in the gazetteer, longest first; curated landmarks, districts and
roads are also found by their (lower-case) aliases. A single capitalised word that is a common English
word ("Reading", "Nice": frequent, and in the dictionary in lower case) counts only when it names a
large place or a country.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from english_words import get_english_words_set
from wordfreq import zipf_frequency

from geo.dates import CALENDAR_WORDS, MONTH_ABBREVIATIONS
from geo.gazetteer import ADMIN1, AIRPORT, CITY, CONTINENT, COUNTRY, LARGE_TOWN, Candidate, Gazetteer
from geo.textutil import (
    ARABIC_ARTICLES,
    TITLES,
    ends_with_word,
    fold,
    heading_ends,
    lines_are_paragraphs,
    lowered,
    name_key,
    overlaps,
)

EXACT, LOOSE, ALIAS, UNKNOWN, ROAD_TO, PART = "exact", "loose", "alias", "unknown", "road_to", "part"


@dataclass(frozen=True)
class Mention:
    """A span of text that may name a place, with the gazetteer rows it may be."""

    start: int
    end: int
    text: str
    match: str  # EXACT, LOOSE (vowel-less spelling), ALIAS (curated alias), PART (of a hyphenated word:
    # "UK-based"), UNKNOWN, or ROAD_TO (an
    # unnamed road, "the highway to Damascus": ``qualifier`` holds where it leads)
    candidates: tuple[int, ...]
    qualifier: str = ""  # "province", "countryside", "west", "near", "suburbs", ... or ""


_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]\w*(?:(?:['’‘ʿ`](?!s\b)|-)\w+)*")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_CONNECTORS = {
    "al", "el", "an", "ad", "as", "ar", "at", "az", "ash", "de", "del", "la", "le", "of", "ez", "es", "en",
    "da", "do", "dos", "das", "di", "du", "des",  # "Mocímboa da Praia", "Sesto San Giovanni di ..."
}  # fmt: skip
# The connectors that join a run, written in lower case: not the English "an", "as" and "at" ("pushed into
# Kurakhove as Moscow presses").
_RUN_CONNECTORS = _CONNECTORS - {"an", "as", "at"}
_MAX_WORDS = 5
# Armed groups and parties whose names GeoNames also gives a town in another language ("Hamas" is Hamm,
# Germany; "Taliban" a village in Turkey; "Baath" is Bath): in the news of a war they name the group; and
# groups a list of places may hold ("Russia, Iran and Hezbollah").
ARMED_GROUPS = frozenset({
    "hamas", "taliban", "wagner", "shabaab", "al-shabaab", "baath", "ba'ath", "ba’ath", "hezbollah", "houthi", "houthis",
    "daesh",
})  # fmt: skip
# Peoples and faiths: "Druze militias drove security forces out" names no place after "Sweida, ".
_PEOPLES = frozenset({
    "druze", "alawite", "alawites", "sunni", "sunnis", "shia", "shiite", "shiites", "yazidi", "yazidis", "ismaili",
    "ismailis", "bedouin", "bedouins", "kurds", "kurdish", "turkmen",  # "Kurdish neighbourhoods in Aleppo"
})  # fmt: skip
_NOT_NAMES = CALENDAR_WORDS | ARMED_GROUPS | _PEOPLES  # capitalised words that never begin a place's name
_ENGLISH_ARTICLES = {"The", "A", "An"}
_OPENING_PREPOSITIONS = {"In", "At", "On", "From", "Near", "Outside", "Inside", "Around", "Across", "Along", "Into"}
_WATER = {"gulf", "bay", "sea", "strait", "straits", "lake", "river"}  # "the Gulf of Aden" is no town
_WATER_AFTER = re.compile(r"\s+(?:river|sea|lake|reservoir|canal)\b", re.I)  # "the Oskil river", "Azov Sea"
_WEAPON_AFTER = re.compile(
    r"\s+(?:(?:cruise|ballistic|anti-\w+|air-defen[cs]e|attack)\s+)?(?:missiles?|rockets?|drones?|jets?|tanks?|bombs?|"
    r"launchers?|howitzers?|helicopters?|fighters?|interceptors?)\b",
    re.I,
)
_RIVER_NAMED = re.compile(r"\b[Tt]he\s+([A-Z][\w'’-]+)\s+[Rr]iver\b")
_PALACE_AFTER = re.compile(r"\s+palace\b", re.I)  # a palace bears a name of its own, seldom a far town's
# A river or sea that names a region too: "withdrew across the White Nile" is the river, "White Nile state" the
# state; "ships in the Red Sea" the sea, "Red Sea state" Sudan's.
_RIVER_NAME = re.compile(r"\b(?:Nile|Sea)$")
_STATE_AFTER = re.compile(r"\s+(?:state|province|region)\b", re.I)
_BANK_BEFORE = re.compile(  # "the eastern bank of the Blue Nile", "the Hantoub bridge across the Blue Nile"
    r"\b(?:(?:banks?|shores?)\s+of|bridges?\s+(?:across|over|on))\s+(?:the\s+)?$", re.I
)
# Words that may follow a place name inside a capitalised run without making it another kind of name.
_GEO_WORDS = {
    "province", "governorate", "region", "city", "district", "square", "airport", "international", "stadium",
    "countryside", "highway", "motorway", "road", "river", "valley", "mountains", "county", "state", "oblast",
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
    r"^['’]?s?\s*(?:(?:north|south|east|west)(?:ern|-?(?:east|west)ern)?\s+(?=countryside|suburbs|outskirts))?"  # "Hama northern countryside"
    r"(province|governorate|region|state(?!\s+(?:university|college|police|hospital|school|television|tv|media))|"
    r"oblast|people['’]s\s+republic|countryside|district|suburbs|outskirts|"  # not "Sumy State University"
    r"local\s+government\s+area|(?-i:LGA)|area|"
    r"sector|direction|axis|(?-i:front)(?!\s+(?:line|lines|page|door|of)\b)|"
    r"city(?!\s+of))\b",
    re.I,
)
# A region word after a list covers every name of it: "Idlib and Hama provinces", "Idlib and northern
# Aleppo governorates", "the Kupyansk and Krasny Liman directions".
NAME_WORD = r"(?:[A-Z]|(?:al|el|an|ar|as|ad|ash)-)[\w'’-]*"  # a word of a name: "Hawa", or "al-Hawa" after its first
LISTED_NAME = r"[A-Z][\w'’-]*(?:\s+" + NAME_WORD + r"){0,2}"  # "Tel al-Hawa"
# The rest of a list after a name, up to the word after it: " and Tel al-Hawa " of "the Rimal and Tel al-Hawa districts".
LIST_GOES_ON = r"(?:(?:,?\s+and|,)\s+" + LISTED_NAME + r"){1,12}\s+"
_QUALIFIER_AFTER_LIST = re.compile(
    r"^(?:(?:,?\s+and|,)\s+(?:(?:north|south|east|west)(?:ern|-?(?:east|west)ern)?\s+)?"
    + LISTED_NAME
    + r"){0,12}\s+(province|governorate|region|state|oblast|direction|sector|front)s\b"
)
# The next names of a list and a word for what places they are: "the Rimal and Tel al-Hawa districts".
# Or set off after them: "Suran, Maardes and Khattab, villages north of Hama".
_PLURAL_PLACES = r"(?:districts|neighbou?rhoods|quarters|suburbs|villages|towns|camps|counties)\b"
SOME_PLACES = r"(?:(?:two|three|four|five|several|both|all)\s+)?(?:[\w-]+\s+)?" + _PLURAL_PLACES  # "two villages"
_PLURAL_APPOSITIVE = r",\s+" + SOME_PLACES
_PLACES_AFTER_LIST = re.compile(
    r"(?:(?:,?\s+and|,)\s+" + LISTED_NAME + r"){1,12}(?:\s+" + _PLURAL_PLACES + "|" + _PLURAL_APPOSITIVE + ")"
)
# A list of regions: "the provinces of Saada, al-Bayda and Radaa".
_REGION_PLURALS = {"provinces": "province", "governorates": "governorate", "regions": "region", "oblasts": "oblast"}
_REGIONS_OF = re.compile(
    r"\b(provinces|governorates|regions|oblasts)\s+of\s+"
    r"(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s+(?:and\s+)?|\s+and\s+)){0,12}$",
    re.I,
)
# Qualifiers that make a name the region, not the town: "Aleppo province", "Gezira state".
REGION_QUALIFIERS = {"province", "governorate", "region", "state", "oblast", "province of"}
# The unit of a distance, with the conversion news add in brackets: "25 km (15 miles)".
DISTANCE_UNIT = r"(?:km|kilometres|kilometers|miles)(?: \([^()]{1,20}\))?"
ABOUT = r"(?:just|about|some|around|roughly|nearly|almost|approximately)"  # before a distance: "approximately 45 miles"
_QUALIFIER_BEFORE = re.compile(
    r"\b(north|south|east|west|northern|southern|eastern|western|north-?western|north-?eastern|south-?western|"
    r"south-?eastern|central|(?:outskirts|suburbs|edges?) of(?: the (?:[\w-]+ )?(?:city|town) of)?|"
    r"(?:near|outside|around) (?:the )?(?:towns?|cit(?:y|ies)|villages?) of|near|outside|around|province of|city of|town of|"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west) of|"
    r"countryside of|countryside around|direction of|"
    r"(?:within\s+)?[\d,.]+ ?" + DISTANCE_UNIT + r" (?:[\w-]+ )?(?:of|from))\s+(?:the\s+)?$",
    re.I,
)


# The last words _QUALIFIER_BEFORE can end on.
_QUALIFIER_LAST = frozenset(["central", "of", "near", "outside", "around", "from"])
_QUALIFIER_LAST_STEMS = ("north", "south", "east", "west")


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """Lower-case English words (Webster's Second, from ``english-words``); proper nouns are left out."""
    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower())


def ordinary_words(phrase: str) -> bool:
    """Whether a name is made of frequent ordinary words only: "White House", not "Homs" or "Cape Town"."""
    words = phrase.split()
    return len(words) > 1 and all(common_word(w) for w in words)


def dictionary_words(phrase: str) -> bool:
    """Whether every word of a name is an English dictionary word: "Central", "Littoral", not "Kursk"."""
    return all(w.casefold() in _dictionary() for w in phrase.split())


@lru_cache(maxsize=65536)
def common_word(word: str) -> bool:
    """A frequent word that is also an ordinary lower-case one: "Reading", "Nice" -- not "Vancouver"."""
    folded = word.casefold()
    return zipf_frequency(folded, "en") >= 4.0 and folded in _dictionary()


@lru_cache(maxsize=65536)
def _capitalised(token: str) -> bool:
    return any(p[:1].isupper() or "\u0600" <= p[:1] <= "\u06ff" for p in token.split("-"))


class _Tokens:
    """The words of a text with their spans, which are capitalised, and where capitalised runs end."""

    def __init__(self, text: str) -> None:
        self.text = text
        matches = list(_TOKEN.finditer(text))
        self.words = [m.group() for m in matches]
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]
        self.caps = [w[0].isupper() or "\u0600" <= w[0] <= "\u06ff" or "-" in w and _capitalised(w) for w in self.words]
        self._run_ends: dict[int, int] = {}
        self._headings = heading_ends(text)
        self._lines_apart = lines_are_paragraphs(text)
        self.in_title = [False] * len(matches)  # whether each word is in a headline written in title case
        for start, end in title_case_lines(text):
            for k in range(bisect_left(self.starts, start), bisect_left(self.starts, end)):
                self.in_title[k] = True

    def joined(self, i: int) -> bool:
        """Whether token ``i`` follows token ``i - 1`` in the same name: only spaces between, one line break
        at most, and not the end of a heading ("... north of Hama" above "Al Arabiya English")."""
        gap = self.text[self.ends[i - 1] : self.starts[i]]
        if "\n" in gap and (gap.count("\n") > 1 or self._lines_apart or self.ends[i - 1] in self._headings):
            return False
        return gap.strip() == ""

    def same_line(self, i: int) -> bool:
        """Whether token ``i`` is on the line of token ``i - 1``."""
        return "\n" not in self.text[self.ends[i - 1] : self.starts[i]]

    def run_end(self, i: int) -> int:
        """Index after the last token of the capitalised run that token ``i`` starts or is in."""
        if i in self._run_ends:
            return self._run_ends[i]
        j = i + 1
        n = len(self.words)
        while j < n and self.joined(j):
            if self.caps[j] or self.words[j] in _RUN_CONNECTORS and j + 1 < n and self.caps[j + 1]:
                j += 1
            else:
                break
        for k in range(i, j):  # every token of the run ends it at the same place
            self._run_ends[k] = j
        return j


# A line's words, and a headline's leading "date 2024-12-06" (see ``ingest``).
_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_DATE_PREFIX = re.compile(r"date \d{4}-\d\d-\d\d\s+")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[^\W\d_A-Z][\w'’-]{3}")
_TITLE_MIN_WORDS = 5
_TITLE_MIN_ORDINARY = 3
_ORDINARY_ZIPF = 3.0


def title_case_lines(text: str) -> list[tuple[int, int]]:
    """The spans of lines written in title case, as headlines often are ("Syrian Rebels Seize Hama, a Key
    City, in Blow to Assad"): five words or more, every one of four letters or more capitalised, and three
    of them ordinary English words. There a capitalised word does not make a name; bylines ("By Anne
    Barnard and ...") are no headlines."""
    spans, offset = [], 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        prefix = _DATE_PREFIX.match(line)
        body = line[prefix.end() :] if prefix else line
        if _LOWER_WORD.search(body):  # most lines: a word of four letters or more in lower case
            continue
        words = _LINE_WORD.findall(body)
        long = [w for w in words if len(w) >= 4]
        if (
            len(words) >= _TITLE_MIN_WORDS
            and not body.startswith("By ")
            and all(w[0].isupper() for w in long)
            and sum(_ordinary(w) for w in long) >= _TITLE_MIN_ORDINARY
        ):
            spans.append((start, start + len(line)))
    return spans


@lru_cache(maxsize=65536)
def _ordinary(word: str) -> bool:
    """Whether a capitalised word of a headline is an ordinary English word ("Rebels", "Seize"), not a name."""
    folded = word.casefold()
    if zipf_frequency(folded, "en") < _ORDINARY_ZIPF:
        return False
    singular = folded[:-1] if folded.endswith("s") else ""  # "Rebels", "Strikes"; not "Paris" (pari)
    return folded in _dictionary() or singular in _dictionary() and zipf_frequency(singular, "en") >= _ORDINARY_ZIPF


_INFLECTION = re.compile(r"(?:(?<=[^aeiou])i(?=er$|est$|ed$)|(?<=(?P<twice>[bdgmnpt]))(?P=twice))?(?:er|est|ed|ing)$")


def _inflected(word: str) -> bool:
    """Whether a frequent word is an English word's comparative, superlative or participle ("Earlier", "Bigger",
    "Seized"), which the dictionary does not list."""
    folded = word.casefold()
    if zipf_frequency(folded, "en") < 4.0:
        return False
    stem = _INFLECTION.sub("", folded)
    return stem != folded and any(s in _dictionary() for s in (stem, stem + "y", stem + "e"))


# How a word that describes a place ends: "the UNESCO-listed town", "the Turkish-backed town".
_DESCRIBING_END = re.compile(
    r"-(?:listed|held|controlled|backed|based|led|run|occupied|style|owned|allied|linked|aligned|affiliated|"
    r"majority|dominated|populated|inhabited|speaking|area)$",  # "Dobropillia-area villages"
    re.I,
)
# Words that make a name one of armed men, not of a place: "overran Border Guard Police Battalion No. 5".
_UNIT_WORDS = frozenset({
    "battalion", "brigade", "regiment", "division", "corps", "squadron", "platoon", "police", "guard", "guards",
    "army", "forces", "militia", "command",
})  # fmt: skip
# A name with a possessive in it: "Cox's Bazar", "King's Lynn" (the gazetteer decides); each such word
# is tried, also right after another's ("Bangladesh's Cox's Bazar").
_POSSESSIVE_NAME = re.compile(r"(?=\b([A-Z]\w*['’]s(?:[ \t]+[A-Z][\w-]*){1,2}))")


def _possessive_names(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Names the gazetteer writes with a possessive, at which the words of a text are split."""
    found: list[Mention] = []
    for match in _POSSESSIVE_NAME.finditer(text) if "s " in text else ():
        phrase = match.group(1)
        while " " in phrase.strip() and not gazetteer.ids(phrase):
            phrase = phrase.rpartition(" ")[0].rstrip()
        if " " in phrase.strip() and not (found and found[-1].end > match.start()):
            found.append(Mention(match.start(), match.start() + len(phrase), phrase, EXACT, gazetteer.ids(phrase)))
    return found


def find_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Every toponym mention in ``text``, in order, without overlaps (the longest name wins)."""
    found = sorted(_alias_mentions(text, gazetteer) + _possessive_names(text, gazetteer), key=lambda m: m.start)
    taken = [(m.start, m.end) for m in found]
    tokens = _Tokens(text)
    rivers = set(_RIVER_NAMED.findall(text)) if "iver" in text else set()  # "the Dnipro River": "the Dnipro" too
    i, n = 0, len(tokens.words)
    doubted: list[Mention] = []  # a name that is an ordinary word too ("Sake"): a place where it is one elsewhere
    while i < n:
        if (
            not tokens.caps[i]
            or _after_an_article(tokens, i)
            or tokens.words[i].casefold() in _NOT_NAMES
            or tokens.words[i].casefold() in MONTH_ABBREVIATIONS
            and _DAY_AFTER.match(text, tokens.ends[i])
            or overlaps(taken, tokens.starts[i], tokens.ends[i])
        ):
            i += 1
            continue
        if tokens.words[i].casefold() in _WATER and i + 1 < n and tokens.words[i + 1] == "of":
            i = tokens.run_end(i)  # "the Gulf of Aden", "the Sea of Azov": water, not the town
            continue
        if (
            tokens.words[i].casefold() in TITLES
            and text.startswith(".", tokens.ends[i])  # "Const. Kim Flett"
            or tokens.words[i] in _SHIP_PREFIXES
            and i + 1 < n
            and tokens.caps[i + 1]  # "the USS Harry S. Truman": a ship
        ):
            i += 1
            while i < n and tokens.caps[i] and (tokens.joined(i) or text.startswith(".", tokens.ends[i - 1])):
                i += 1  # the name: "Const. Kim Flett", not "of Florida" after "Sen. Marco Rubio"
            continue
        parts = _hyphen_parts(tokens, i, gazetteer) if "-" in tokens.words[i] else []
        if parts:  # "the UK-based Syrian Observatory", "the Israel-Hamas war", "the Damascus-Beirut highway"
            found += [_qualified(text, m) for m in parts]
            i += 1
            continue
        run_end = tokens.run_end(i)
        with_and = _name_with_and(tokens, i, run_end, gazetteer)
        if with_and is not None:  # "Azad Jammu and Kashmir", "Bosnia and Herzegovina": one name
            found.append(_qualified(text, with_and[0]))
            i = with_and[1]
            continue
        mention, used = _longest_match(tokens, i, run_end, gazetteer, found)
        if mention is not None and mention.end > tokens.ends[i] and overlaps(taken, mention.start, mention.end):
            i += 1  # "At Sednaya prison": the curated name found first holds its words
            continue
        if _attribute(text, tokens.starts[i], tokens.ends[run_end - 1]) and not _sizeable(mention, gazetteer):
            i = run_end  # "the Druze village of Hader", "the Christian town of Mhardeh": no place of its own
            continue
        building = _PALACE_AFTER.match(text, mention.end) if mention is not None else None
        if mention is not None and building is not None:  # "the al-Rawda palace": no village of Ar Rawdah
            end = building.end()
            found.append(Mention(mention.start, end, text[mention.start : end], UNKNOWN, ()))
            i = run_end
            continue
        if mention is not None and (
            _WATER_AFTER.match(text, mention.end)  # the river, sea or lake named after a town: no town
            or mention.text in rivers
            and text.endswith("the ", 0, mention.start)  # "the Dnipro River" ... "the main crossing over the Dnipro"
            or _RIVER_NAME.search(mention.text)
            and not _STATE_AFTER.match(text, mention.end)
            or _BANK_BEFORE.search(text, max(0, mention.start - 25), mention.start)
            or _person_named(text, mention.start)  # "who gave his name as Sarmad": a person, not Sarmada
            or _nickname(text, mention)  # 'Joaquin "El Chapo" Guzman': a man, not the village of El Chapo
            or _TIME_AFTER.match(text, mention.end)  # "at 9 a.m. Moscow time": a clock, not the city
            or _WEAPON_AFTER.match(text, mention.end)
            and _small(mention, gazetteer)  # "Tomahawk missiles", "Shahed drones": weapons, not towns
        ):
            i = run_end
            continue
        if (
            mention is not None
            and not _describes(text, mention)
            and not (_WHO_AFTER.match(text, mention.end) and _small(mention, gazetteer))
            and (
                _accept(tokens, i, i + used, run_end, mention, gazetteer)
                or i + used == run_end
                and named_as_place(text, mention.start, mention.end, found)  # "Sake, a town"
            )
        ):
            found.append(_qualified(text, mention))
            i += used
        elif (
            (
                _facility(tokens.words[i:run_end])
                or shaped_like_a_place(
                    tokens.words[i:run_end],
                    text[max(0, tokens.starts[i] - 12) : tokens.starts[i]],
                    _next_in_a_list(text, tokens.starts[i], found),
                )
                or named_as_place(text, tokens.starts[i], tokens.ends[min(run_end, i + _MAX_WORDS) - 1], found)
                or between_places(text, tokens.starts[i], tokens.ends[run_end - 1], found, gazetteer)
                or _acted_on_in_a_region(text, tokens.starts[i], tokens.ends[run_end - 1], gazetteer)
            )
            and not _known_after_of(tokens, i, run_end, gazetteer)
            and not _acronym(tokens.words[i:run_end])
            and not _UNIT_WORDS.intersection(w.casefold() for w in tokens.words[i:run_end])  # "Battalion No. 5"
            and not _DESCRIBING_END.search(tokens.words[i])  # "the UNESCO-listed town": no town's name
            and tokens.words[i] not in _ENGLISH_ARTICLES  # "The town, which had ...": no town named
            and not (tokens.words[i] in _OPENING_PREPOSITIONS and i + 1 < run_end)  # "In Jableh, south of ...": Jableh
            and not (run_end == i + 1 and common_word(tokens.words[i]) and _is_sentence_start(text, tokens.starts[i]))
            # "Several provinces insisted": no province named
            and not tokens.in_title[i]  # "Rebels Seize Hama, a Key City": no name of a place
        ):
            end_token = min(run_end, i + _MAX_WORDS)
            if tokens.words[i].casefold() in _PLACE_PREFIXES:  # "Khirbet Zamalka": a village, not Damascus's Zamalka
                inner = [m for m in found if tokens.starts[i] < m.start and m.end <= tokens.ends[end_token - 1]]
                found = [m for m in found if m not in inner]
                inner_spans = {(m.start, m.end) for m in inner}
                taken = [span for span in taken if span not in inner_spans]
            end_token = next(  # not over a curated name found first: "Kurdish-majority Sheikh Maqsoud"
                (k for k in range(i + 1, end_token) if overlaps(taken, tokens.starts[k], tokens.ends[k])), end_token
            )
            i = _after_common_of(tokens, i, end_token)  # "Residents of Abu Shouk camp": Abu Shouk
            start, end = tokens.starts[i], tokens.ends[end_token - 1]
            found.append(Mention(start, end, text[start:end], UNKNOWN, ()))
            i = end_token
        else:
            if mention is not None and run_end == i + 1 and _alone(tokens, i) and common_word(mention.text):
                doubted.append(mention)
            i += 1
    found += _listed_with_towns(text, found, gazetteer)
    known = {m.text for m in found if m.match != UNKNOWN}  # "took Sake, 27 kilometers west of Goma"
    found += [_qualified(text, m) for m in doubted if m.text in known]  # ... "fighting near Sake"
    # "Oleksandr Syrskyi" ... "According to Syrskyi"; "Bashar al-Assad" ... "the fall of Assad": each name looked
    # for once (a name written a thousand times is looked for a thousand times, not a million)
    small = [m for m in found if m.match == LOOSE or m.candidates and _small(m, gazetteer)]
    surnames = {name for name in {m.text for m in small} if _written_as_surname(text, name, gazetteer)}
    persons = {id(m) for m in small if m.text in surnames}
    found = [m for m in found if id(m) not in persons]
    titled = _names_after_titles(text)
    found = [m for m in found if not (m.text in titled and _small(m, gazetteer))]
    found = _abbreviated_regions(text, found, gazetteer)
    found += _unnamed_roads(text, found, gazetteer)
    found += _capitals(text, found, gazetteer)
    found += _city_airports(text, found, gazetteer)
    return sorted(found, key=lambda m: m.start)


# A list of three names or more: "Diboli, Kayes, Nioro du Sahel, Gogui, Sandare, Niono and Molodo".
_LIST_ITEM = r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:du|de|des|da|di|la|le)[ \t]+)?" + NAME_WORD + r"){0,3}"
_LIST_OF_NAMES = re.compile(
    _LIST_ITEM + r"(?:,[ \t]+" + _LIST_ITEM + r"){1,15},?[ \t]+and[ \t]+" + _LIST_ITEM
)  # "and" before the last name only: "Muzaffarabad and Kotli, ISPR Director General Lt Gen ..." is no list of three


def _listed_with_towns(text: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The names no source knows in a list of three or more where towns known to the gazetteer are at least
    half, and two: places too ("targeted Diboli, Kayes, Nioro du Sahel, Gogui, Sandare, Niono and Molodo").
    Not initials, armed groups or units, nor an ordinary word ("Russia, Iran and Hezbollah")."""
    out: list[Mention] = []
    spans = sorted((m.start, m.end) for m in found)
    towns_at = {(m.start, m.end) for m in found if any(gazetteer.row(c).feature == CITY for c in m.candidates)}
    for match in _LIST_OF_NAMES.finditer(text):
        items, start = [], match.start()
        for gap in [*LIST_SEPARATOR.finditer(text, match.start(), match.end()), None]:
            end = gap.start() if gap else match.end()
            items.append((start, end))
            start = gap.end() if gap else end
        towns = sum(item in towns_at for item in items)
        if towns < 2 or towns * 2 < len(items):
            continue
        for a, b in items:
            words = text[a:b].split()
            k = bisect_left(spans, (b,))  # the spans that start before the item ends; the last may reach into it
            if (
                not (k and spans[k - 1][1] > a)
                and words[0].casefold() not in _NOT_NAMES | TITLES
                and not _acronym(words)
                and not _UNIT_WORDS.intersection(w.casefold() for w in words)
                and not (len(words) == 1 and common_word(words[0]))
            ):
                out.append(Mention(a, b, text[a:b], UNKNOWN, ()))
    return out


# Arabic articles that are no words of English or other languages news quote: not "as", "at", "an" ("near
# Kurakhove as Ukraine strikes"), "en", "es", "et", "ed".
_ARTICLES_NOT_ENGLISH = ARABIC_ARTICLES - {"an", "as", "at", "en", "es", "et", "ed"}


def _alone(tokens: _Tokens, i: int) -> bool:
    """Whether token ``i`` is a capitalised run of its own: "near Sake", not "an Air Berlin plane"."""
    return not (i and tokens.caps[i - 1] and tokens.joined(i))


def _after_an_article(tokens: _Tokens, i: int) -> bool:
    """Whether token ``i`` ends a name after its Arabic article in lower case, which a capitalised word
    begins: "Sham" in "Hayat Tahrir al Sham" (no Damascus) or in an unknown "Tal al Sham"."""
    return (
        i >= 2
        and tokens.words[i - 1] in _ARTICLES_NOT_ENGLISH
        and tokens.caps[i - 2]
        and tokens.joined(i - 1)
        and tokens.joined(i)
    )


# "took most of Aleppo, including the airport": the airport of the city named just before.
_ITS_AIRPORT = re.compile(r"\b(?:including|and|as well as|with)\s+((?:the|its)\s+airport)\b(?!\s+(?:of|in|at)\b)", re.I)
_NOT_ONE_SENTENCE = re.compile(r"[.!?;]\s")


def _city_airports(text: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Mentions of a city's international airport as "the airport" or "its airport" right after the city
    ("Aleppo, including the airport"), where the curated sites have one for it."""
    out = []
    for match in _ITS_AIRPORT.finditer(text):
        before = [m for m in found if m.end <= match.start() and match.start() - m.end <= 60]
        if not before:
            continue
        city = max(before, key=lambda m: m.end)
        if _NOT_ONE_SENTENCE.search(text, city.end, match.start()):
            continue
        airports = _airports_of(gazetteer).get(name_key(city.text), ())
        if len(airports) == 1:
            out.append(Mention(match.start(1), match.end(1), match.group(1), ALIAS, airports))
    return out


@lru_cache(maxsize=1)
def _airports_of(gazetteer: Gazetteer) -> dict[str, tuple[int, ...]]:
    """City name key -> its curated international airport(s)."""
    found: dict[str, tuple[int, ...]] = {}
    for i in gazetteer.landmarks:
        row = gazetteer.row(i)
        if row.feature == AIRPORT and row.city and "international" in row.name.casefold():
            found[name_key(row.city)] = (*found.get(name_key(row.city), ()), i)
    return found


# A word that describes the town named after it: "the Kurdish town of Kobani", "the Druze village of Hader".
_ATTRIBUTE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)
_ATTRIBUTE_AFTER = re.compile(
    r"\s+(?:town|village|city|hamlet|enclave|heartland)s?\s+of\s+(?:the\s+)?[A-Z]"
)  # not "suburb" or "district": "the Shejaiya suburb of Gaza City" is a suburb called Shejaiya


def _attribute(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words at ``start:end`` describe the town named after them, as in "the Druze
    village of Hader"."""
    return bool(_ATTRIBUTE_AFTER.match(text, end) and _ATTRIBUTE_BEFORE.search(text, max(0, start - 5), start))


def _rows(mention: Mention, gazetteer: Gazetteer) -> list[Candidate]:
    """The gazetteer rows a mention may be."""
    return [gazetteer.row(c) for c in mention.candidates]


_SIZEABLE_TOWN = 50_000


def _sizeable(mention: Mention | None, gazetteer: Gazetteer) -> bool:
    """Whether a name is written as the gazetteer has a country, region or sizeable town of it: "the
    Cincinnati suburb of West Chester" names Cincinnati; "the Christian town of" no Moundridge."""
    return (
        mention is not None
        and mention.match == EXACT
        and _large(_rows(mention, gazetteer), CONTINENT, town=_SIZEABLE_TOWN)
    )


def _written_as_surname(text: str, name: str, gazetteer: Gazetteer) -> bool:
    """Whether the article also writes ``name`` after a first name ("Commander-in-Chief Oleksandr Syrskyi",
    "Bashar al-Assad"): then "According to Syrskyi" names him, not Sursko-Lytovske, and "the fall of Assad"
    no village of Israel."""
    at = text.find(name)
    while at >= 0:
        match = _NAME_BEFORE.search(text, max(0, at - 40), at)
        at = text.find(name, at + len(name))
        if match is None:
            continue
        first = match.group(1)
        if first.endswith(("'s", "’s")) or first.isupper():  # "Kyiv's Obolonskyi district": an owner, not a first
            continue  # name; nor are initials ("06:00 MST Innisfail")
        if not (common_word(first) or first.casefold() in _NOT_NAMES or gazetteer.ids(first)):
            return True
    return False


# The capitalised word right before a name, perhaps with an Arabic article: "Bashar al-Assad".
_NAME_BEFORE = re.compile(r"\b([A-Z][\w'’-]+)[ \t]+(?:(?:al|el|as|ad|ash|an|ar|at|az)-)?$")
_TITLED = re.compile(
    r"\b(?:President|Prime\s+Minister|Minister|General|Gen\.|Commander|King|Emir|Governor|Mr\.?|Mrs\.?|Ms\.?)"
    r"[ \t]+([A-Z][\w'’-]+)(?:[ \t]+([A-Z][\w'’-]+))?"
)


def _names_after_titles(text: str) -> set[str]:
    """The names the article writes right after a title ("Prime Minister Abiy Ahmed", "President Ilham
    Aliyev"): a person's, so "Abiy said" names him, not the town of Ābīy Ādī."""
    return {name for match in _TITLED.finditer(text) for name in match.groups() if name}


_PERSON_BEFORE = re.compile(
    r"\b(?:gave|giving|gives)\s+(?:(?:his|her|their)\s+)?(?:first\s+|only\s+)*names?\s+as\s+$|"
    r"\bidentified\s+(?:only\s+)?(?:himself|herself|themselves)?\s*as\s+$|\b(?:his|her)\s+(?:first\s+)?name\s+is\s+$"
)


def _person_named(text: str, start: int) -> bool:
    """Whether the words before ``start`` say a person's name follows ("who gave his name as Sarmad")."""
    head = text[max(0, start - 40) : start]
    return ("name" in head or "identified" in head) and _PERSON_BEFORE.search(head) is not None


_TIME_AFTER = re.compile(r"[ \t]+time\b")  # "at 9 a.m. Moscow time"
# A name in quotes between a person's first name and surname: 'Joaquin "El Chapo" Guzman'.
_NICKNAME_BEFORE = re.compile(r"[A-Z][\w'’-]+[ \t]+[\"“]$")
_NICKNAME_AFTER = re.compile(r"[\"”][ \t]+[A-Z]")


def _nickname(text: str, mention: Mention) -> bool:
    """Whether a name is a person's nickname, in quotes between their first name and surname."""
    return bool(_NICKNAME_AFTER.match(text, mention.end)) and bool(
        _NICKNAME_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    )


_SHIP_PREFIXES = frozenset(["USS", "HMS", "MV", "RFS", "INS", "HMCS", "HMAS"])
_WHO_AFTER = re.compile(r",\s+who\b")  # "Al-Sharaa, who was known as Jolani": a person, not Al 'Asharah
_DAY_AFTER = re.compile(r"\.?\s+\d{1,2}\b")  # "Nov. 27", "Dec 10"
_TOWN_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*$")


@lru_cache(maxsize=8)  # once per gazetteer
def _abbreviation_pattern(gazetteer: Gazetteer) -> re.Pattern[str] | None:
    names = sorted(gazetteer.abbreviations, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf",[ \t]+({alternatives})(?![\w.])") if names else None


def _abbreviated_regions(text: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """ "GLASGOW, Ky.", "Edmonton, Alta.", "London, ON": a town followed by its state or province as news
    abbreviate them. The abbreviation becomes a mention of the region, and the town one of the places of
    its name in that region -- only then, since "Pa.", "Miss." and "ON" are also other words."""
    pattern = _abbreviation_pattern(gazetteer)
    if pattern is None:
        return found
    out = list(found)
    for match in pattern.finditer(text):
        regions = gazetteer.abbreviations[match.group(1)]
        codes = {gazetteer.row(r).admin1 for r in regions}
        town = next((m for m in out if m.end == match.start()), None)
        if town is None:
            run = _TOWN_BEFORE.search(text, max(0, match.start() - 60), match.start())
            if run is None:
                continue
            town = Mention(run.start(), run.end(), run.group(), EXACT, gazetteer.ids(run.group()))
        inside = tuple(c for c in town.candidates if gazetteer.row(c).admin1 in codes)
        if not inside:
            continue
        start, end = match.start(1), match.end(1)
        out = [m for m in out if m is not town and not (m.start < end and start < m.end)]
        out += [
            Mention(town.start, town.end, town.text, EXACT, inside),
            Mention(start, end, match.group(1), EXACT, regions),
        ]
    return out


_CAPITAL_AFTER = re.compile(r"(?:['’]s)?\s+(capital)\b(?!\s+(?:markets?|gains?|flight|punishment|letters?))", re.I)
_CAPITAL_BEFORE = re.compile(r"\b(capital) of\s+$", re.I)


def _capitals(text: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """ "Syria's capital", "the Syrian capital", "the capital of Syria": a mention of that country's
    capital city, on the word "capital"."""
    out = []
    for mention in found:
        codes = {r.country_code for r in (gazetteer.row(c) for c in mention.candidates) if r.feature == COUNTRY}
        ids = tuple(gazetteer.capitals[cc] for cc in sorted(codes) if cc in gazetteer.capitals)
        if not ids:
            continue
        after = _CAPITAL_AFTER.match(text, mention.end)
        before = _CAPITAL_BEFORE.search(text[max(0, mention.start - 20) : mention.start])
        if after and not _named_next(text, after.end(1), found, ids):
            out.append(Mention(after.start(1), after.end(1), after.group(1), EXACT, ids))
        elif before:
            start = mention.start - len(before.group())
            out.append(Mention(start, start + len("capital"), before.group(1), EXACT, ids))
    return out


# "the capital" with no country named: where something happened to it or in it ("entered the capital").
_BARE_CAPITAL = re.compile(
    r"\b(?:in|into|on|around|near|outside|towards?|entered|reached|stormed|seized|captured|took|encircled|"
    r"besieged|shelled|struck|hit|of|from)\s+the\s+(capital)\b(?!\s+(?:of\b|city\b|[A-Z]))"
)


def bare_capitals(text: str, found: list[Mention], gazetteer: Gazetteer, country: str) -> list[Mention]:
    """ "Rebels entered the capital": mentions of ``country``'s capital (the one country the article is
    about), where no mention covers them already."""
    if country not in gazetteer.capitals:
        return []
    taken = [(m.start, m.end) for m in found]
    return [
        _qualified(text, Mention(m.start(1), m.end(1), m.group(1), EXACT, (gazetteer.capitals[country],)))
        for m in _BARE_CAPITAL.finditer(text)
        if not overlaps(taken, m.start(1), m.end(1))
    ]


def _named_next(text: str, end: int, found: list[Mention], ids: tuple[int, ...]) -> bool:
    """Whether the name right after ``end`` is one of ``ids``: "the Yemeni capital Sanaa" names it."""
    return any(m.start >= end and not text[end : m.start].strip() and set(ids) & set(m.candidates) for m in found)


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
        if overlaps([(m.start, m.end) for m in found], match.start(), match.end()):
            continue
        destination = next((m for m in found if m.start == match.end() and m.match != UNKNOWN), None)
        if destination is not None and roads:
            word = re.match(r"\w+", match.group())
            end = match.start() + (word.end() if word else 0)
            out.append(Mention(match.start(), end, text[match.start() : end], ROAD_TO, roads, destination.text))
    return out


_FACILITY_WORDS = {  # what a facility's name ends with: "Martini Hospital", "Bannu Cantonment"
    "camp",
    "hospital",
    "square",
    "airport",
    "airbase",
    "prison",
    "bridge",
    "dam",
    "refinery",
    "street",
    "avenue",
    "boulevard",
    "stadium",
    "mosque",
    "citadel",
    "pass",
    "palace",
    "cantonment",
    "garrison",
    "barracks",
    "penitentiary",
    "mountains",
}


_COUNTY_WORDS = {"county", "parish", "township"}  # second-level regions, which the gazetteer does not hold
_STREET_WORDS = {"street", "avenue", "boulevard"}  # "Falcon Street", "Baghdad Street": a street, not the place


# How names of villages are made, where no source knows them: an Arabic word for what the place is ("Kafr
# Nabudah", "Tell Abyad", "Deir Baalba", "Khirbet Ghazaleh"), a Slavic ending ("Tolpino", "Novoivanivka").
_PLACE_PREFIXES = frozenset({
    "kafr", "kfar", "deir", "dayr", "tal", "tell", "tall", "ain", "ayn", "beit", "bayt", "khirbet", "khirbat", "jisr",
    "qasr", "ras", "bir", "umm", "wadi", "jabal", "jebel", "maarat", "marj", "qaryat", "tel",
})  # fmt: skip
_PLACE_ENDINGS = ("ivka", "ivske", "ivskyi", "ovo", "evo", "ino", "ove", "ivtsi", "ytsia", "ivne", "yne")


_ON_OR_OWNED = re.compile(r"(?:\bon|[a-z]['’]s)\s+$")  # "strikes on Ras Isa", "Yemen's Ras Isa fuel port"


def shaped_like_a_place(words: list[str], before: str, listed: bool = False) -> bool:
    """Whether an unknown name after "in", "near" and the like is made as village names are (``before``: the
    words before it): "near Tolpino", "near Kafr Nabudah"; ``listed``: the name is the next of a list of
    known places, wherever that stands ("near Nadiia, Novoiehorivka, Terny and Yampolivka")."""
    if not (listed or _PREPOSITION.search(before) or _ON_OR_OWNED.search(before)) or not 1 <= len(words) <= _MAX_WORDS:
        return False
    first, last = words[0].casefold(), words[-1].casefold()
    if len(words) > 1 and first in _PLACE_PREFIXES:
        return True
    return (  # not a word English uses often: "in Latino communities"
        len(last) >= 6
        and last.endswith(_PLACE_ENDINGS)
        and last not in _dictionary()
        and zipf_frequency(last, "en") < _ORDINARY_ZIPF
    )


def _facility(words: list[str]) -> bool:
    """A capitalised name ending in a facility word (``Martini Hospital``) or naming a county, which no
    gazetteer here knows."""
    return 1 < len(words) <= _MAX_WORDS and words[-1].casefold() in _FACILITY_WORDS | _COUNTY_WORDS


_PREPOSITION = re.compile(r"\b(?:in|at|near|from|into|outside|around|towards?|took|retook)\s+$", re.I)
# Words for a part of a city ("the Maliki district"); resolve places such names in their city.
CITY_PART = r"(?:district|neighbou?rhood|quarter|suburb)s?"
_PLACE_WORD_AFTER = re.compile(
    rf"\s+(?:{CITY_PART}|(?:village|township|(?:(?:displacement|refugee|idp)\s+)?camp|bridge|dam|area|prison|hospital|"
    r"(?:international\s+)?(?:airport|air\s*base|airfield)|(?:naval|military|army)\s+base|"
    r"(?:border\s+)?crossing|(?:oil|gas)\s*field|(?-i:region|province|governorate))s?|town(?!\s+of))\b|"
    r",\s+(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|suburb|district|camp|region|province|enclave|community|"
    r"settlement)\b|"
    + _PLURAL_APPOSITIVE  # the last of a list: "Suran, Maardes and Khattab, villages north of Hama"
    + r"|"
    # where it lies from a place: "Hsipaw, about 50 km south-west of Lashio", "Kibumba, north of Goma", "Mashkaf,
    # about 160 kilometres from Quetta"
    r",\s+(?:" + ABOUT + r"\s+)?(?:(?:[\d,.]+ ?" + DISTANCE_UNIT + r"\s+)?"
    r"(?:north|south|east|west)[\w-]* of\s+(?:the\s+)?[A-Z]|"
    r"[\d,.]+ ?" + DISTANCE_UNIT + r"\s+(?:from|outside)\s+(?:the\s+)?(?-i:[A-Z]))",
    re.I,
)
# What separates the names of a list: "Nubl and Zahraa", "Rastan, Talbiseh".
LIST_SEPARATOR = re.compile(r"(?:,?\s+(?:and|or|&)|,)\s+")  # "Rastan & Talbiseh", as a post writes it
_LIST_GAP = re.compile(LIST_SEPARATOR.pattern + "$")


# Words before a name that say it is a place: what kind of place ("the town of Latamneh"), where people
# or forces went ("fled towards Tawila", "pushed into Sanamayn") or what they took ("seized Maungdaw").
_PLACE_BEFORE = re.compile(
    r"\b(?:(?:towns?|villages?|cit(?:y|ies)|ports?|districts?|neighbou?rhoods?|suburbs?|hills?|hilltops?|areas?|provinces?|"
    r"camps?|outskirts|countryside|municipalit(?:y|ies)|communit(?:y|ies)|communes?|settlements?|hamlets?|vicinity|environs) of|"
    r"(?:towns|villages|cities|districts|neighbou?rhoods|suburbs|areas),? (?:including|such as|among them)|"
    r"(?:fled|flee|flees|fleeing|retreated|withdrew|advanced|marched|pushed|headed|heading)\s+(?:\w+\s+)?"
    r"(?:to|towards?|into)|captured|seized|overran|stormed|recaptured|retook|(?:took|taken|seized) control of|"
    r"entered|reached|shelled|bombed|besieged|encircled|"
    r"captures?|seizes?|overruns?|storms?|recaptures?|retakes?|enters?|reaches?|"  # as headlines and timelines write
    r"capturing|seizing|overrunning|storming|recapturing|retaking|entering|reaching|"  # "..., capturing Urum al-Kubra"
    r"kibbutz|moshav|"  # "Kibbutz Be'eri"
    r"(?:airport|air\s?base|airfield|military\s+base|barracks|garrison|checkpoint|hospital|prison|camp|crossings?)\s+"
    r"(?:in|at|near)|"  # "the main border crossings at Torkham and Chaman"
    r"(?:cent(?:re|er)|facility|complex|compound|depot|factory|headquarters)\s+(?:in|near))\s+$",  # "a research
    # centre in Barzeh" (not "a charity centre at Christmas")
    re.I,
)
# The last words _PLACE_BEFORE and _PLACES_INCLUDING can end on.
_PLACE_BEFORE_LAST = frozenset(["of", "including", "as", "them", "namely", "to", "toward", "towards", "into", "captured",
                                "seized", "overran", "stormed", "recaptured", "retook", "kibbutz", "moshav", "entered",
                                "reached", "shelled", "bombed", "besieged", "encircled", "in", "at", "near", "capture",
                                "captures", "seize", "seizes", "overrun", "overruns", "storm", "storms", "recapture",
                                "recaptures", "retake", "retakes", "enter", "enters", "reach", "reaches", "capturing",
                                "seizing", "overrunning", "storming", "recapturing", "retaking", "entering",
                                "reaching"])  # fmt: skip


def _place_before(text: str, start: int) -> bool:
    """Whether the words before a name at ``start`` say it is a place: ``_PLACE_BEFORE``, or a clause that
    names places and goes on with some of them (``_PLACES_INCLUDING``)."""
    head = text[max(0, start - 30) : start]
    return ends_with_word(head, _PLACE_BEFORE_LAST) and bool(
        _PLACE_BEFORE.search(head) or _PLACES_INCLUDING.search(text, max(0, start - 90), start)
    )


# An article before a name and a place word: the name describes the place ("an Alawite village"), as it
# surely does after an adverb ("a mostly Arab town"), even where a town bears it (Arab, Alabama).
_DESCRIBED = re.compile(r"\b(?:an?|one)\s+(?:\w+ly\s+)?$", re.I)
_SURELY_DESCRIBED = re.compile(r"\b(?:an?|one)\s+\w+ly\s+$", re.I)


def _describes(text: str, mention: Mention) -> bool:
    """Whether a name only describes the place after it: "a mostly Arab town"."""
    head = text[max(0, mention.start - 30) : mention.start]
    return bool(_SURELY_DESCRIBED.search(head) and _PLACE_WORD_AFTER.match(text, mention.end))


# Places, and further on in the clause some of them: "in seven villages on the east bank of the river,
# including Hatla".
_PLACES_INCLUDING = re.compile(
    r"\b(?:towns|villages|cities|districts|neighbou?rhoods|suburbs|settlements|hamlets|localities)\b"
    r"[^.;:!?]{0,60}?,?\s+(?:including|such as|among them|namely)\s+$"
)
_LIST_REACH = 20  # names back up a list to the one the text says is a place
_VERB_AFTER = re.compile(  # "Assad fled", "Assad reportedly flees"
    r"\s+(?:[a-z]+ly\s+)?(?:(?:has|had|have)\s+)?(?:fled|flees|said|says|told|tells|left|leaves|died|dies|resigned|"
    r"resigns|announced|announces|warned|warns|called|calls|vowed|vows|escaped|escapes)\b"
)


# A name attacked or taken, or listed after one, then the region it is in: "attacked Adan Yabaal in Middle
# Shabelle", "the communities of Kostantinopol in the Donetsk People's Republic and Novomlynsk in the Kharkov Region".
_ACTED_ON = re.compile(r"\b(?:attacked|raided|liberated|struck|hit|targeted|shelled|and)\s+$")
_IN_A_REGION = re.compile(r"\s+in\s+(?:the\s+)?(?P<region>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_REGION_WORD_LAST = re.compile(r"\s+(?:Region|Oblast|Province|Governorate|State)$")  # "the Kharkov Region"


def _acted_on_in_a_region(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a name no source knows is one an action falls on, or the next of a list, and the text puts it
    in a first-level region right after: a place (``_ACTED_ON``, ``_IN_A_REGION``)."""
    region = _IN_A_REGION.match(text, end)
    if region is None or not _ACTED_ON.search(text, max(0, start - 12), start):
        return False
    name = _REGION_WORD_LAST.sub("", region.group("region"))
    rows = gazetteer.lookup(name)  # a region, or a town's name and a region word: "the Kharkov Region"; not a
    # city's ("Associated Press writers ... and Ayse Wieting in Istanbul")
    if name != region.group("region"):
        return bool(rows)
    return any(r.feature == ADMIN1 for r in rows) and not any(r.feature == CITY for r in rows)


def named_as_place(text: str, start: int, end: int, found: list[Mention]) -> bool:
    """Whether the text says the name at ``start:end`` is a place: "the town of Latamneh", "the Maliki
    district", "Ann town", "Sake, a town west of Goma", "fled towards Tawila", or the next in a list of
    such ("the towns of Souran and Taibat al-Imam")."""
    if _PLACES_AFTER_LIST.match(text, end):
        return True
    for _ in range(_LIST_REACH):
        head = text[max(0, start - 30) : start]
        if _place_before(text, start) or _PLACE_WORD_AFTER.match(text, end) and not _DESCRIBED.search(head):
            return True
        if text.startswith(("'s", "’s"), end):
            return False  # "Baniyas and Qardaha, Assad's hometown": a person's, no third town
        if _VERB_AFTER.match(text, end):
            return False  # "seized Damascus and Bashar al-Assad fled": who begins a clause, no place down a list
        gap = _LIST_GAP.search(head)
        if gap is None:
            return False
        before = start - len(gap.group())
        last = next((m for m in reversed(found) if m.end == before), None)
        if last is None:
            return False
        start, end = last.start, last.end  # the name before it in the list
    return False


# What a word joined to a place's name by a hyphen may say of it: "UK-based", "Canada-wide", "Turkish-backed";
# or before it: "pro-Russian", "anti-Assad".
_HYPHEN_SUFFIXES = frozenset({
    "based", "born", "led", "backed", "bound", "wide", "era", "style", "held", "controlled", "occupied", "made",
    "funded", "allied", "aligned", "linked", "run", "owned", "speaking", "registered", "flagged", "annexed", "bred",
    "headquartered", "supported", "sponsored", "brokered", "mediated", "ruled",
})  # fmt: skip
_HYPHEN_PREFIXES = frozenset({"pro", "anti", "non", "ex", "post", "pre", "pan", "trans", "cross", "inter"})


def _hyphen_parts(tokens: _Tokens, i: int, gazetteer: Gazetteer) -> list[Mention]:
    """The countries, regions and large cities a hyphenated word no source knows whole is made of, beside
    other names or words that say what they are to it ("the UK-based Syrian Observatory", "Canada-wide",
    "the Israel-Hamas war", "the Damascus-Beirut highway", "pro-Russian"); none where a part is an Arabic
    article ("Al-Assad") or the word is a name of its own."""
    word, start = tokens.words[i], tokens.starts[i]
    parts = word.split("-")
    if len(parts) < 2 or gazetteer.ids(word) or any(p.casefold() in ARABIC_ARTICLES or not p for p in parts):
        return []
    if not _joined_by_hyphen(parts, gazetteer):
        return []
    known = [_known_part(p, gazetteer) for p in parts]
    found, offset = [], start
    for part, ids in zip(parts, known, strict=True):
        if ids:
            found.append(Mention(offset, offset + len(part), part, PART, ids))
        offset += len(part) + 1
    return found


def _joined_by_hyphen(parts: list[str], gazetteer: Gazetteer) -> bool:
    """Whether each part of a hyphenated word is a place, initials ("Canada-EU"), an armed group
    ("Israel-Hamas") or a word that says what a place is to it ("UK-based", "pro-Russian"): not "John-Paul"."""
    return all(
        _known_part(p, gazetteer) or p.isupper() or p.casefold() in _HYPHEN_SUFFIXES | _HYPHEN_PREFIXES | ARMED_GROUPS
        for p in parts
    )


def _before_a_hyphen(tokens: _Tokens, k: int, gazetteer: Gazetteer) -> int | None:
    """Where a name that ends inside the hyphenated token ``k`` ends: "New York" of "New York-based", "South
    Sudan" of "South Sudan-born"; None where the token is no such word."""
    word = tokens.words[k]
    if "-" not in word or not _joined_by_hyphen(word.split("-")[1:], gazetteer):
        return None
    return tokens.starts[k] + word.index("-")


def _known_part(part: str, gazetteer: Gazetteer) -> tuple[int, ...]:
    """The gazetteer rows of a country, region or large city a part of a hyphenated word names, if any."""
    if not part[:1].isupper() or part.casefold() in _NOT_NAMES:
        return ()
    ids = gazetteer.ids(part)
    rows = [gazetteer.row(c) for c in ids]
    return ids if any(r.feature in (COUNTRY, ADMIN1, CONTINENT) or r.population >= LARGE_TOWN for r in rows) else ()


def _name_with_and(tokens: _Tokens, i: int, run_end: int, gazetteer: Gazetteer) -> tuple[Mention, int] | None:
    """A name the gazetteer writes with "and", which ends a capitalised run ("Azad Jammu and Kashmir",
    "Trinidad and Tobago"): from token ``i`` to the end of the run after "and", or as much of it as the
    gazetteer knows; with the index of the token after it. None where the run goes on no such way."""
    after = run_end + 1
    if not (after < len(tokens.words) and tokens.words[run_end] == "and" and tokens.caps[after]):
        return None
    if not (tokens.joined(run_end) and tokens.joined(after)):
        return None
    for j in range(min(tokens.run_end(after), after + _MAX_WORDS), after, -1):
        phrase = tokens.text[tokens.starts[i] : tokens.ends[j - 1]]
        ids = gazetteer.ids(phrase)
        if ids:
            return Mention(tokens.starts[i], tokens.ends[j - 1], phrase, EXACT, ids), j
    return None


def _longest_match(
    tokens: _Tokens, i: int, run_end: int, gazetteer: Gazetteer, found: list[Mention]
) -> tuple[Mention | None, int]:
    """The longest gazetteer name the run has at token ``i``; else a spelling with other vowels, of one
    word, or of several where the text says a place comes ("the towns of Souran and Taibat al-Imam"),
    since a person's name can look like a town's ("Mrs Haley", Mars Hill). Where a place is expected, a
    longer spelling match beats a shorter exact one ("the town of Ain Issa", not the French Ain)."""
    start = tokens.starts[i]
    word = tokens.words[i]
    common = common_word(word) or word.isupper() or tokens.in_title[i] and _ordinary(word)  # "The French", "NATO"
    exact: tuple[Mention | None, int] = (None, 0)
    for j in range(min(run_end, i + _MAX_WORDS), i, -1):
        if not tokens.caps[j - 1] or j - 1 > i and tokens.words[j - 1].casefold() in ARABIC_ARTICLES:
            continue  # a name does not end on "al" or "as": "Moscow as HTS leader ...", "On Damascus As Assad"
        cut = _before_a_hyphen(tokens, j - 1, gazetteer) if j - 1 > i else None
        ends = (tokens.ends[j - 1],) if cut is None else (tokens.ends[j - 1], cut)  # "New York" of "New York-based"
        for end in ends:
            phrase = tokens.text[start:end]
            key_phrase = phrase.replace(".", "") if _INITIALS.fullmatch(phrase) else phrase
            ids = gazetteer.ids(key_phrase)
            if ids:
                exact = (Mention(start, end, phrase, EXACT, ids), j - i)
                break
        if exact[0] is not None:
            break
    longest = i + 1
    if run_end > i + max(1, exact[1]) and (
        _PREPOSITION.search(tokens.text[max(0, start - 12) : start])  # "took Um Rawaba": Umm Ruwaba
        or named_as_place(tokens.text, start, tokens.ends[run_end - 1], found)
        or _next_in_a_list(tokens.text, start, found)  # "in Saraqeb and Maarat al-Nouman"
    ):
        longest = min(run_end, i + _MAX_WORDS)
    shortest = max(exact[1], int(common)) if exact[0] is not None else int(common)
    for j in range(longest, i + shortest, -1):
        if not tokens.caps[j - 1] or j - 1 > i and tokens.words[j - 1].casefold() in ARABIC_ARTICLES:
            continue
        if j == i + 1 and (word.casefold() in _dictionary() or _ordinary(word) or _inflected(word)):
            continue  # "said on Telegram": the word, not Tālgrām spelled otherwise; "Militants", not Malyatyntsi;
            # "Earlier, a drone hit": not Erler
        end = tokens.ends[j - 1]
        phrase = tokens.text[start:end]
        airfield = _AIRFIELD_AFTER.match(tokens.text, end)  # "Kweiris airport": the Kuweires air base
        loose = tuple(  # "in North Kordofan": North Kurdufan
            c.id
            for c in gazetteer.lookup_loose(phrase)
            if c.feature in (CITY, ADMIN1) or airfield and c.feature == AIRPORT
        )
        if loose:
            return Mention(start, end, phrase, LOOSE, loose), j - i
    return exact


_AIRFIELD_AFTER = re.compile(r"\s+(?:military\s+)?(?:airport|air\s*base|airfield)\b", re.I)


def _next_in_a_list(text: str, start: int, found: list[Mention]) -> bool:
    """Whether a name follows a known place as the next of a list ("Saraqeb and Maarat al-Nouman")."""
    gap = _LIST_GAP.search(text, max(0, start - 10), start)
    return gap is not None and any(m.end == gap.start() and m.match != UNKNOWN for m in found)


def between_places(text: str, start: int, end: int, found: list[Mention], gazetteer: Gazetteer) -> bool:
    """Whether a name stands in a list between two places ("near Lysivka, Kotlyne, Udachne"): a place."""
    if not _next_in_a_list(text, start, found):
        return False
    after = _NEXT_IN_LIST.match(text, end)
    return after is not None and bool(gazetteer.ids(after.group(1)))


_NEXT_IN_LIST = re.compile(LIST_SEPARATOR.pattern + r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)")


def _small(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether every place a name may be is a town under 100,000 people (not a country or region)."""
    return all(r.feature == CITY and r.population < LARGE_TOWN for r in (gazetteer.row(c) for c in mention.candidates))


def _acronym(words: list[str]) -> bool:
    """Whether a name no source knows is an organisation's initials: "ISIS camps", "the RSF base"."""
    return len(words) == 1 and words[0].isupper() and len(words[0]) <= 5


def _after_common_of(tokens: _Tokens, i: int, end: int) -> int:
    """Where a name no source knows begins in a run that opens with common words and "of" ("Residents
    of Abu Shouk", "Thousands of ..."): after the "of"; else at ``i``."""
    for j in range(i + 1, end - 1):
        if tokens.words[j] == "of":
            return j + 1 if all(zipf_frequency(w.casefold(), "en") >= 3.5 for w in tokens.words[i:j]) else i
    return i


def _known_after_of(tokens: _Tokens, i: int, run_end: int, gazetteer: Gazetteer) -> bool:
    """Whether the run names a known place after "of": "Residents of Jaramana" is no unknown place."""
    end = min(run_end, i + _MAX_WORDS)  # a name is no longer than that
    return any(
        tokens.words[j - 1] == "of" and gazetteer.ids(tokens.text[tokens.starts[j] : tokens.ends[end - 1]])
        for j in range(i + 1, end)
    )


# What follows a town in capitals that opens a wire report: "HOMS, Syria (AP) —", "HAMA, Dec 5 (Reuters) -".
_DATELINE_AFTER = re.compile(r"(?:,\s+[A-Z][\w.]*(?:\s+[\w.]+){0,3}?)?\s*(?:\([A-Z][\w .]{1,30}\)\s*)?[-–—]")
_LINE_START = re.compile(r"(?:\A|\n)[ \t]*\Z")


def dateline_town(text: str, mention: Mention) -> bool:
    """Whether a name in capitals opens a line as a wire report's dateline ("HOMS, Syria (AP) —")."""
    return bool(_LINE_START.search(text[max(0, mention.start - 10) : mention.start])) and bool(
        _DATELINE_AFTER.match(text, mention.end)
    )


_RUN_REACH = 12  # words: more capitals either side of a name tell no more of it, and cost time in a run of many


_LGA_WORDS = ["Local", "Government", "Area"]


def _accept(tokens: _Tokens, i: int, j: int, run_end: int, mention: Mention, gazetteer: Gazetteer) -> bool:
    rows = _rows(mention, gazetteer)
    large = _large(rows)
    dateline = mention.text.isupper() and dateline_town(tokens.text, mention)  # "HOMS, Syria (AP) —"
    if mention.text.isupper() and len(mention.text.replace(".", "")) <= 4 and not dateline:
        return any(r.feature in (COUNTRY, CONTINENT) for r in rows)
    if mention.text.isupper() and not large and not dateline:
        return False
    if j - i == 1 and common_word(mention.text) and not large:
        return False
    if j - i == 1 and tokens.in_title[i] and _ordinary(mention.text) and not _large(rows, ADMIN1):
        return False  # "the Purchase of Plantation Lakes Apartments": no state of Lakes
    run_start, first = i, max(0, i - _RUN_REACH)  # a run of capitals is read so far either side of the name
    while run_start > first and tokens.caps[run_start - 1] and tokens.joined(run_start) and tokens.same_line(run_start):
        run_start -= 1
    line_end, last = j, min(run_end, j + _RUN_REACH)
    while line_end < last and tokens.same_line(line_end):
        line_end += 1
    before = tokens.words[run_start:i]
    if (
        before
        and before[0] in _ENGLISH_ARTICLES
        and _is_sentence_start(tokens.text, tokens.starts[run_start], _OPENING)
    ):
        before = before[1:]  # "The Queensland Government", "A Queensland Amber Alert": the article opens it
    after = tokens.words[j:line_end]  # a heading's last word and the next line's first are not one name
    if after[:3] == _LGA_WORDS or after[:1] == ["LGA"]:  # "Bama Local Government Area (of Borno State)": a district
        after = after[3 if after[0] == "Local" else 1 :]
        after = [] if after[:1] == ["of"] else after
    if after[:1] and after[0].casefold() in _COUNTY_WORDS and not any(r.feature == ADMIN1 for r in rows):
        return False  # "Metcalfe County" is not the town of Metcalfe, which lies in another state
    if after[:1] and after[0].casefold() in _STREET_WORDS:
        return False
    if not before and any(r.feature == COUNTRY for r in rows):
        return True
    region = any(r.feature == ADMIN1 and _same_initial(r.name, mention.text) for r in rows)
    if (
        not before
        and region
        and not _MEDIA_WORDS & {w.casefold() for w in after}
        and not (j < run_end and _surname_after(tokens.words[j]) and not mention.text.isupper())
        and tokens.words[run_end - 1].casefold() not in _FACILITY_WORDS  # "the Litoral Penitentiary": no region's
    ):
        return True  # "Kentucky State Police", "Queensland Amber Alert"; not "the Washington Post", "Vladimir Putin"
    if tokens.in_title[i]:  # a headline capitalises its every word: its ordinary ones end names
        before, after = _after_last_ordinary(before), _before_first_ordinary(after)
    others = [w for w in before + after if w.casefold() not in _CONNECTORS]
    if not others:
        return True
    return all(w.casefold().rstrip("s'’") in _GEO_WORDS for w in after) and (
        not before
        or (_is_sentence_start(tokens.text, tokens.starts[run_start]) and all(common_word(w) for w in before))
    )


_POSSESSIVE_END = re.compile(r"['’]s?$")  # "Putin's", "Assads'"


def _surname_after(word: str) -> bool:
    """Whether the word after a region's name in its run is no English word, nor one for a place or an
    office: a surname ("Vladimir Putin", "Victoria Beckham"), not "Oblast", "Governor" or "State"."""
    folded = _POSSESSIVE_END.sub("", word.casefold()).rstrip(".")
    singular = folded[:-1] if folded.endswith("s") else folded  # "Kurdistan Workers' Party", "Operations"
    return not (
        word.isupper()
        or folded in _dictionary()
        or singular in _dictionary()
        or folded in _GEO_WORDS | TITLES | CALENDAR_WORDS | MONTH_ABBREVIATIONS  # "New York Gov. Andrew Cuomo"
        or folded.partition("-")[0] in ARABIC_ARTICLES  # "Daraa al-Balad": a part of the town
    )


def _large(rows: list[Candidate], *not_counted: str, town: int = 1_000_000) -> bool:
    """Whether a name may be a country, continent or region (but those of ``not_counted``), or a city of
    ``town`` people or more."""
    wide = {COUNTRY, CONTINENT, ADMIN1} - set(not_counted)
    return any(r.feature in wide or r.population >= town for r in rows)


def _after_last_ordinary(words: list[str]) -> list[str]:
    """The words after the last ordinary one: "Israel Strikes" before "Gaza City" leaves nothing."""
    cut = max((k + 1 for k, w in enumerate(words) if _ordinary(w)), default=0)
    return words[cut:]


def _before_first_ordinary(words: list[str]) -> list[str]:
    """The words up to the first ordinary one, a newspaper's word kept: "Falls" after "Hama" leaves
    nothing; "Post" after "Washington" stays."""
    cut = next((k for k, w in enumerate(words) if _ordinary(w)), len(words))
    return words[: cut + 1] if cut < len(words) and words[cut].casefold() in _MEDIA_WORDS else words[:cut]


_OPENING = '.!?:"“–—'  # what an article opening a name may follow: also a dateline's dash ("(KHARTOUM) – The")


def _same_initial(name: str, written: str) -> bool:
    """Whether a name is written with its own first letter: "Qara Qozak" is not a run named after Kara,
    Togo, which the spelling key (q as k) finds."""
    return fold(name[:1])[:1] == fold(written[:1])


def _is_sentence_start(text: str, offset: int, opening: str = '.!?:"“') -> bool:
    """Whether ``offset`` opens the text, a sentence, a line or a quotation (or follows another of the
    characters ``opening``)."""
    k = offset - 1
    while k >= 0 and text[k].isspace():
        if text[k] == "\n":  # a capitalised word opening a line: "In Nuseirat" under a heading
            return True
        k -= 1
    return k < 0 or text[k] in opening


def _qualified(text: str, mention: Mention) -> Mention:
    after = _QUALIFIER_AFTER.match(text[mention.end : mention.end + 30]) or _QUALIFIER_AFTER_LIST.match(
        text[mention.end : mention.end + 80]
    )
    head = text[max(0, mention.start - 40) : mention.start]
    before = _QUALIFIER_BEFORE.search(head) if ends_with_word(head, _QUALIFIER_LAST, _QUALIFIER_LAST_STEMS) else None
    regions = (
        _REGIONS_OF.search(text, max(0, mention.start - 200), mention.start)
        if "s of" in text[max(0, mention.start - 200) : mention.start]
        else None
    )
    qualifier = ""
    if regions:  # "the provinces of Saada, al-Bayda and Radaa": each a province
        qualifier = _REGION_PLURALS[regions.group(1).casefold()]
    elif after and not (before and after.group(1).casefold() == "city"):  # "north of Kharkiv city": north of it
        qualifier = after.group(1).casefold()
    elif before:
        qualifier = before.group(1).casefold()
        qualifier = "city" if qualifier in ("city of", "town of") else qualifier
        qualifier = qualifier.split()[0] if qualifier.startswith(("near ", "outside ", "around ")) else qualifier
        qualifier = " ".join(qualifier.split()[:2]) if " the " in qualifier else qualifier  # "outskirts of the city of"
    if not qualifier:
        return mention
    if qualifier.startswith("people"):  # "the Donetsk People's Republic": the oblast, as Russia calls it
        qualifier = "region"
    if qualifier.startswith("local") or qualifier == "lga":  # "Bama Local Government Area": Nigeria's districts
        qualifier = "district"
    if qualifier in ("direction", "direction of", "axis", "front"):  # "in the Kupiansk direction": the front around it
        qualifier = "sector"
    return Mention(mention.start, mention.end, mention.text, mention.match, mention.candidates, qualifier)


_AIRFIELD = re.compile(r"\s+(?:military\s+)?(?:air\s*base|airbase|airport|airfield)$", re.I)
_AIRFIELD_FORMS = ("air base", "airbase", "airport", "airfield", "military airport", "military airbase")


def _alias_names(gazetteer: Gazetteer, row: int) -> list[str]:
    """A curated place's names, an airfield's under every name news give one ("Kuweires airbase",
    "Kuweires military airport"), a prison's also as a military one ("the Saydnaya military prison"), and
    those its city begins also with the city's possessive ("Hama's central prison")."""
    names = gazetteer.names_of(row)
    stems = {_AIRFIELD.sub("", n) for n in names if _AIRFIELD.search(n)} - {"the"}  # "the airport" is no other
    prisons = {n[: -len(" prison")] for n in names if n.casefold().endswith(" prison")}
    names = (
        names
        + [f"{stem} {form}" for stem in sorted(stems) for form in _AIRFIELD_FORMS]
        + [f"{stem} military prison" for stem in sorted(prisons)]  # "the Saydnaya military prison"
    )
    city = gazetteer.row(row).city
    owned = [f"{city}'s{n[len(city) :]}" for n in names if city and n.casefold().startswith(f"{city.casefold()} ")]
    return names + owned  # "Hama's central prison"


def _alias_pattern(gazetteer: Gazetteer) -> re.Pattern[str] | None:
    """Every curated alias, for lower-cased text (``textutil.lowered``), tried only where a word starts."""
    names = {name.lower() for row in gazetteer.landmarks for name in _alias_names(gazetteer, row)}
    if not names:
        return None
    by_initial: dict[str, list[str]] = {}  # grouped by first letter, so the engine tries a few, not all
    for name in sorted(names, key=len, reverse=True):
        part = r"\s+".join(re.escape(w).replace("'", "['’]") for w in name.split())
        by_initial.setdefault(part[0], []).append(part[1:])
    groups = [f"{initial}(?:{'|'.join(rests)})" for initial, rests in sorted(by_initial.items())]
    return re.compile(r"(?<![\w-])(?=\w)(?:" + "|".join(groups) + r")(?![\w-])")


@lru_cache(maxsize=8)  # once per gazetteer
def _aliases(gazetteer: Gazetteer) -> tuple[re.Pattern[str] | None, dict[str, list[int]]]:
    """The alias pattern and key -> rows map of a gazetteer."""
    by_key: dict[str, list[int]] = {}
    for row in gazetteer.landmarks:
        for name in _alias_names(gazetteer, row):
            by_key.setdefault(name_key(name), []).append(row)
    return _alias_pattern(gazetteer), by_key


def _alias_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    pattern, by_key = _aliases(gazetteer)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(lowered(text)):
        phrase = text[match.start() : match.end()]
        if name_key(phrase) in by_key:
            found.append(
                Mention(match.start(), match.end(), phrase, ALIAS, tuple(dict.fromkeys(by_key[name_key(phrase)])))
            )
    return found
