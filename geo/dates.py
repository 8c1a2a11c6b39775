"""Resolve when: explicit and relative dates in a sentence, against the article's publication date.

A bare weekday means the most recent such day on or before publication ("on Friday" in a Friday
article is that Friday). Years before the publication year mark a sentence as background.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta, weekday

from geo.textutil import lowered, overlaps

DAY, APPROXIMATE, UNKNOWN = "day", "approximate", "unknown"

_WEEKDAYS: dict[str, weekday] = {
    "monday": MO, "tuesday": TU, "wednesday": WE, "thursday": TH, "friday": FR, "saturday": SA, "sunday": SU,
}  # fmt: skip
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")]
    )
    for m in names
}  # fmt: skip
# Names of days and months, which are never places ("Saturday" is not Hashtrud, "March" not the town).
CALENDAR_WORDS = frozenset(_WEEKDAYS) | {m for m in _MONTHS if len(m) > 3 or m == "may"}
# Months as news abbreviate them, which are also towns' names (Nov, Tajikistan): calendar words before a day.
MONTH_ABBREVIATIONS = frozenset(m for m in _MONTHS if len(m) <= 4 and m != "may")
_WEEKDAY_WORD = "(?:" + "|".join(_WEEKDAYS) + ")"
_MONTH_WORD = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH = r"(?P<month>" + _MONTH_WORD + ")"
# Days, matched on lower-cased text (``textutil.lowered``) from where a word starts: far faster than re.I.
_EXPLICIT = [
    re.compile(r"\b(?=\d)(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?\b"),
    re.compile(r"\b(?=[a-z])" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:(?:,\s*|\s+)(?P<year>\d{4}))?"),
    re.compile(  # "2024-11-30T10:05", "2024.08.04", "2024/08/04"
        r"\b(?=\d)(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?:\b|(?=t\d))"
    ),
    re.compile(
        r"\b(?=\d)(?P<day>\d{1,2})([/.-])(?P<month>\d{1,2})\2(?P<year>\d{4})\b"
    ),  # "30/11/2024", "30.11.2024", "10-12-2024"
]
# A day of the month alone: "Sweida on the 7th" (not "the 7th Division").
_DAY_OF_MONTH = re.compile(
    r"\b(?:on|by|since|until)\s+the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?!\s+(?:of\s+)?(?:century|anniversary|division|brigade|regiment|army|corps|battalion|floor|fleet))"
)
_WEEKDAY = re.compile(r"\b(?=[lmtwfs])(?P<last>last\s+|this\s+past\s+)?(?P<name>" + _WEEKDAY_WORD + r")s?\b")
# How a day counted from the publication date ("yesterday", "two days ago") says so, at the end of its method.
COUNTED_FROM_PUBLICATION = "from publication date"
_RELATIVE: list[tuple[re.Pattern[str], int, str]] = [
    (re.compile(r"\bday before yesterday\b", re.I), -2, "day before yesterday"),  # before "yesterday" itself
    (re.compile(r"\b(?:yesterday|last night|overnight|on the eve)\b", re.I), -1, "yesterday"),
    (re.compile(r"\b(?:today|this morning|this afternoon|this evening|tonight)\b", re.I), 0, "today"),
]
# A date right after "overnight" says which night: "struck Kharkiv overnight on Oct. 30" is of the 30th.
_DATED_AFTER = re.compile(r"\s+(?:on|into)\s+(?:the\s+)?(?=\d|" + "|".join(_WEEKDAYS) + "|" + _MONTH_WORD + ")")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_MORE_NUMBERS = {"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # of years ago
_NUMBER = r"\d+|" + "|".join({**_NUMBERS, **_MORE_NUMBERS})  # "48", "two", "a", "eight"
_COUNT = rf"(?P<n>{_NUMBER})"
_AGO = re.compile(r"\b" + _COUNT + r"\s+(?P<unit>days?|nights?|hours?|weeks?)\s+ago\b", re.I)
_WEEKEND = re.compile(r"\b(?:over|at|during|last|past|by) (?:the )?weekend\b", re.I)  # not "this weekend": to come
_APPROX = re.compile(
    r"\b(?:earlier this (?:week|month|year)|this (?:week|month|year)|in recent days|"
    r"(?:in|over) the (?:past|last) (?:few|two|three|four|five|\d+) (?:days|hours)|(?:in|over) the (?:past|last) day|"
    r"recent days)\b",
    re.I,
)
# A where-, which- or who-clause, up to the next comma: what it dates is its own.
_PLACES_CLAUSE = re.compile(r",\s+(?:where|which|who|whose)\b[^,;]*", re.I)
# A who-clause set off by commas, or an aside about people with one: "Rebels from Daraa, who had taken the
# city on Friday, reached ...", "The fighters, many of them former rebels who reconciled with the regime in
# 2018, first seized ...": its day or year is theirs, not the sentence's.
WHO_CLAUSE = re.compile(r",\s+[^,;.]*?\b(?:who|whose)\b[^,;.]*,")
# ... or not set off, up to the main clause's verb: "fighters who launched their offensive from the Idleb region on
# November 27 were advancing on Homs".
WHO_THEN_MAIN = re.compile(r"\bwho\s+(?:had\s+)?\w+ed\b[^,;.]*?(?=\s+(?:were|are|was|is)\s+\w+ing\b)", re.I)
# A clause about an agreement: "strikes continued despite the ceasefire that came into effect on 27 November":
# its day is the agreement's, not the strikes'.
AGREEMENT_CLAUSE = re.compile(r"\b(?:cease-?fire|truce|agreement|deal|accord),?\s+(?:that|which)\s[^,;.]*", re.I)
_SINCE = re.compile(r"\bsince\b", re.I)
_LAST_MONTH = re.compile(r"\b(?:(?P<part>early|late|mid-?)\s*)?(?:last|previous)\s+month\b", re.I)
_LAST_WEEK = re.compile(r"\b(?:(?P<part>early|late)\s+)?(?:last|previous|(?P<past>past)) week\b", re.I)
_WEEK_PART = {"early": 1, "": 3, "late": 4}  # days after the Monday of last week: Tuesday, Thursday, Friday


def last_week(match: re.Match[str], published: date) -> DateInfo:
    """The day "last week" most likely means: the middle of the calendar week before publication
    (Thursday; Tuesday for "early last week", Friday for "late last week"); "the past week", the middle
    of the seven days before publication."""
    if match.group("past"):
        return DateInfo(published - timedelta(days=3), APPROXIMATE, f"'{match.group()}' (the days before publication)")
    monday = published - timedelta(days=published.weekday() + 7)
    day = monday + timedelta(days=_WEEK_PART[(match.group("part") or "").casefold()])
    return DateInfo(day, APPROXIMATE, f"'{match.group()}' (the week before publication)")


_YEARS_AGO = re.compile(
    rf"\b(?:last|the previous) year\b|\b(?P<years>{_NUMBER}|eight|nine|ten|eleven|twelve|a few|several|many|some)\s+years?"
    r"\s+ago\b|\b(?:years|decades?)\s+ago\b|\bin the past(?=\s*[,.;!?]|\s*$)|"
    r"\bbefore the (?:covid(?:-19)? |coronavirus )?pandemic\b",
    re.I,
)  # "in the past, the group fought in Qusayr" (not "in the past 24 hours"); "in the weeks before the pandemic"
# What a sentence says about one of its places, not what happened: "..., where the army lost it in 2023",
# "Aleppo, a city the regime retook in 2016".
_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:where|which|who|whose|(?P<appositive>(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|region|province)\b|"
    r"(?:(?:an?|the)\s+(?:[\w-]+\s+)?)?(?:scene|site|cradle|birthplace)\s+of\b|"  # "Hama, scene of a 1982 massacre,"
    r"(?:districts|neighbou?rhoods|towns|villages|cities|areas|suburbs)\s+(?:that|which)\b))",  # "..., districts that were
    re.I,
)
_CLAUSE_WORD = re.compile(r"\b(?:that|which|where|when|who|whose)\b", re.I)
# Where the main clause goes on after a relative one: "Daraa, which lies south of Damascus, was retaken".
_MAIN_GOES_ON = re.compile(r",\s+(?=(?:was|were|is|are|has|have|had|fell|remained|remains|became)\b)")
# A clause about a place without commas: "to a city they were ousted from in 2016".
_PLACE_CLAUSE = re.compile(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|region|province)\s+(?:that|which|where|they|it|the)\b",
    re.I,
)


def _main_clause(sentence: str) -> str:
    """The sentence without a relative clause about a place ("..., where the army is pushing to retake
    what it lost in 2023"), up to where the main clause goes on, if it does."""
    clause = _RELATIVE_CLAUSE.search(sentence)
    if clause is None:
        return sentence
    comma = sentence.find(",", clause.end()) if clause.group("appositive") else -1
    if comma != -1 and not _CLAUSE_WORD.search(sentence, clause.end(), comma):
        # "captured Goma, the largest city in the region, in late January": the main clause goes on (not in
        # "Palmyra, the desert city that Islamic State militants seized twice, in 2015 and 2016")
        return sentence[: clause.start()] + _main_clause(sentence[comma:])
    goes_on = _MAIN_GOES_ON.search(sentence, clause.end())
    if goes_on is None:
        return sentence[: clause.start()]
    rest = sentence[goes_on.end() :]
    another = _PLACE_CLAUSE.search(rest)  # as in: the return of rebels to a city they were ousted from in 2016
    return sentence[: clause.start()] + (rest[: another.start()] if another else rest)


# A year something new is measured against, not when it happened: "entered Aleppo for the first time
# since 2016", "the biggest attack since 2020".
_COMPARED_SINCE = re.compile(
    r"\b(?:first(?:\s+time)?|biggest|largest|worst|deadliest|heaviest|fiercest|boldest|highest|longest|"
    r"most\s+\w+)\b[^.;]{0,60}?\bsince\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:[\w-]+\s+){0,6}?(?:19|20)\d{2}\b",  # "the first time ... since the civil war began in 2011"
    re.I,
)
# A thing the year of whose making is given, which is no news of that year: "entered the demilitarised zone
# established in 1974", "attacked Manbij under a deal agreed in 2019" (but "the deal was agreed in 2019").
_DATED_THING = re.compile(
    r"\b(?P<thing>(?:zone|area|deal|agreement|accord|cease-?fire|truce|pact|treaty|line|base|camp|force|mission|"
    r"council|republic|memorandum|arrangement|corridor|post|wall|dam|bridge|prison|mechanism|framework)s?)"
    r",?\s+(?:first\s+)?(?:established|signed|agreed|brokered|built|created|set\s+up|founded|declared|drawn\s+up|"
    r"imposed|negotiated|adopted|formed|erected|installed|reached|struck|mediated)\s+(?:[^,.;]{0,40}?\s)?"
    r"(?:19|20)\d{2}\b",
    re.I,
)
# What a place is remembered for, of a past year: "Hama ... was the scene of a 1982 massacre".
_SCENE_OF = re.compile(
    r"\b(?:scene|site|cradle|birthplace|epicent(?:re|er))\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?P<year>(?:19|20)\d{2})\b",
    re.I,
)
_YEAR = re.compile(
    r"\b(?:in|since|of|between|until|by|from|during|and)\s+(?:(?:early|late|mid-?)\s*)?(?:"
    + _MONTH
    + r"\s+)?(?P<year>(?:19|20)\d{2})\b",
    re.I,
)
_MONTH_ALONE = re.compile(
    r"\b(?:in|during|until|by|from|last)\s+(?:(?P<part>early|late|mid-?)\s*)?" + _MONTH + r"(?!\s*\d)\b", re.I
)
_AFTER_EVENT = re.compile(
    r"\b" + _COUNT + r"\s+(?P<unit>hours?|days?)\s+(?P<dir>after|before|into)\s+"
    r"(?:(?:the|their|its|his|her|this|that)\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>offensive|attack|assault|operation|"
    r"campaign|incursion|advance|ceasefire|truce|battle|raid|bombardment|push|uprising|invasion|takeover)\b",
    re.I,
)
# "On the first day, the rebels overran ...", "by the third day of the offensive": counted from its start.
_NTH_DAY = re.compile(r"\b(?:on|by|in)\s+the\s+(?P<nth>first|second|third|fourth|fifth|sixth|seventh)\s+day\b", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
_STARTED = re.compile(r"\b(?:offensive|operation|assault|campaign|incursion|invasion)\b", re.I)
_NEIGHBOUR_DAY = [
    (re.compile(r"\b(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+after(?!\s+tomorrow))\b", re.I), 1),
    (re.compile(r"\b(?:the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+before(?!\s+yesterday))\b", re.I), -1),
    (re.compile(r"\b(?:(?:earlier|later)\s+(?:in\s+)?(?:the|that)\s+(?:day|morning|afternoon|evening)|(?:the|that)\s+same\s+(?:day|morning|evening)|at\s+the\s+same\s+time|that\s+(?:morning|afternoon|evening|night)|(?:hours|minutes|moments)\s+(?:earlier|later))\b", re.I), 0),
]  # fmt: skip
# A place an action named apart from the sentence's day: "reached Homs on Friday, a day after capturing Hama".
# ... or "a week after their lightning capture of Aleppo" (about then).
_DAYS_FROM_ACTION = re.compile(  # also without a count: "days after seizing most of Aleppo", a few
    r"\b(?:" + _COUNT + r"\s+)?(?P<unit>days?|weeks?|hours)\s+(?P<dir>after|before)\s+"
    r"(?:\w+ing\s+|(?:their|the|its)\s+(?:\w+\s+)?(?:capture|fall|seizure|taking|storming)\s+of\s+|"
    r"(?:an?|the|their|its)\s+(?:[\w-]+\s+)?(?:attack|assault|strike|bombing|massacre|raid|ambush)\s+"  # "an attack
    r"(?:(?:on|against)\s+(?:[\w'’-]+\s+){1,3}?)?(?:in|at|near|on)\s+|"  # on tourists in Pahalgam"
    r"(?:they|it|(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:rebels|fighters|forces|army|troops|insurgents|group|gangs?|gunmen|"
    r"militants|militias?|jihadists|drones?|missiles?|rockets?|warplanes|jets)|(?:the\s+)?(?-i:[A-Z])[\w'’-]+)"  # "the
    # RSF", "a Houthi drone hit Tel Aviv"
    r"(?:\s+and\s+(?:[\w-]+\s+){0,3}?(?:militias?|forces|fighters|troops|allies))?"  # "forces and allied clan militias"
    r"\s+(?:had\s+)?(?:\w+ed|swept|(?:re)?took|overran|broke|fought|drove|ran|won|rode|struck|hit|left|fled)\s+"
    r"(?:(?:into|through|across|over|in|to)\s+|(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,4}?(?:in|at|near|on)\s+)?)"
    # "a day after Israel bombed the defence ministry in Damascus"
    r"(?:(?:[\w'’-]+\s+){0,3}?by\s+\w+ing\s+)?"  # "a week after they stunned the world by taking Aleppo"
    r"(?:(?:full\s+|complete\s+)?control\s+(?:of|over)\s+)?"  # "a day after seizing control of Hama"
    r"(?:(?:most|much|all|parts?)\s+of\s+)?(?:the\s+)?(?:(?:[\w-]+\s+)?(?:towns?|cit(?:y|ies)|villages?|ports?)\s+of\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?(?:,\s+|,?\s+and\s+))*$",  # and down a list
    re.I,
)
_WITHIN_HOURS = re.compile(
    r"\b(?:within|(?:over|in)\s+the\s+(?:next|following))\s+" + _COUNT + r"\s+(?P<unit>hours|days)\b", re.I
)  # "within 48 hours", "over the next 48 hours", "in the following two days"
_DAYS_APART = re.compile(r"\b" + _COUNT + r"\s+(?P<unit>days?|weeks?)\s+(?P<dir>later|earlier)\b", re.I)

# Every pattern above has a number or one of these words (or its plural): one search for them spares
# the patterns most sentences, which name no time at all.
_ANCHORS = {*_MONTHS, *_WEEKDAYS} | {
    "yesterday", "today", "tonight", "night", "overnight", "eve", "morning", "afternoon", "evening", "ago", "week", "month",
    "hour", "day", "weekend", "year", "past", "same",
}  # fmt: skip
_ANY_ANCHOR = re.compile(r"\b(?=[a-z\d])(?:\d|(?:" + "|".join(sorted(_ANCHORS, key=len, reverse=True)) + r")s?\b)")


# A when-clause about a month: "advancing in the capital since January, when it recaptured Wad Madani".
_MONTH_WHEN = re.compile(r"\b(?:in|since)\s+(?:(?:early|late|mid-?)\s*)?" + _MONTH + r",?\s+when\b[^.;]*$", re.I)


def month_when(before: str, on: date) -> int | None:
    """The year of the month before ``on``'s that a when-clause ``before`` ends in tells of ("since January,
    when it recaptured the key city of"), or None."""
    match = _MONTH_WHEN.search(before)
    if match is None:
        return None
    month = _MONTHS[match.group("month").casefold().rstrip(".")]
    return None if month == on.month else _year_of_past(month, on)


def _year_of_past(month: int, on: date) -> int:
    """The year of the last ``month`` before ``on``'s month: this year's, or, for a later month, last year's."""
    return on.year if month < on.month else on.year - 1


def names_time(sentence: str) -> bool:
    """Whether any of the date patterns may match in ``sentence``."""
    return _ANY_ANCHOR.search(sentence.lower()) is not None


@dataclass(frozen=True)
class DateInfo:
    """When a sentence says something happened, and how that was worked out."""

    date: date | None
    precision: str  # DAY, APPROXIMATE or UNKNOWN
    method: str  # e.g. "weekday 'Friday' before publication", "explicit '29 November'"
    background_year: int | None = None  # a past year the sentence is about, when it is background


def most_recent(day_name: str, published: date, before: bool = False) -> date:
    """The most recent ``day_name`` on or before ``published`` (``before``: before it: "last Friday" in a
    Friday article is the week before)."""
    return published + relativedelta(days=-1 if before else 0, weekday=_WEEKDAYS[day_name.casefold()](-1))


def resolve(sentence: str, published: date | None, near: int | None = None) -> DateInfo | None:
    """The date a sentence gives, or None when it gives none (the caller may carry one over).

    Where it names several days, the one nearest character offset ``near`` wins (else the first); not
    one of a who-clause set off by commas, which tells what its people did before ("Rebels from Daraa,
    who had taken the city on Friday, reached Damascus overnight" is of the night before publication).
    """
    if not names_time(sentence):
        return None
    clauses = (
        [m.span() for m in (*WHO_CLAUSE.finditer(sentence), *WHO_THEN_MAIN.finditer(sentence))]
        if "who" in sentence
        else []
    )
    clauses += [m.span() for m in AGREEMENT_CLAUSE.finditer(sentence)]
    days = [d for d in _day_mentions(sentence, published) if not any(a <= d[0] < b for a, b in clauses)]
    if days:
        return nearest_day(days, near)
    match = _AGO.search(sentence)
    if match and published is not None:
        n = _count(match)
        unit = match.group("unit").casefold()
        if unit.startswith("week"):  # "a week ago": about then
            return DateInfo(
                published - timedelta(weeks=n), APPROXIMATE, f"'{match.group()}' {COUNTED_FROM_PUBLICATION}"
            )
        back = n if unit.startswith(("day", "night")) else n // 24
        return DateInfo(published - timedelta(days=back), DAY, f"'{match.group()}' {COUNTED_FROM_PUBLICATION}")
    main = _DATED_THING.sub(r"\g<thing>", _COMPARED_SINCE.sub("", WHO_CLAUSE.sub(",", _main_clause(sentence))))
    years = [int(m.group("year")) for m in _YEAR.finditer(main)]
    years += [int(m.group("year")) for m in _SCENE_OF.finditer(main)]
    if years and published is not None and max(years) < published.year:
        return DateInfo(None, UNKNOWN, f"background: {max(years)}", background_year=max(years))
    match = _YEARS_AGO.search(main)  # "seized Nyala last year", "two years ago": before this news
    if match and published is not None:
        said = (match.group("years") or "").casefold()
        years_back = int(said) if said.isdigit() else {**_NUMBERS, **_MORE_NUMBERS}.get(said)
        if years_back is not None:  # "Eight years ago this month": 2016, in a 2024 article
            year = published.year - years_back
            return DateInfo(None, UNKNOWN, f"background: {match.group()} ({year})", background_year=year)
        year = published.year - 1
        return DateInfo(None, UNKNOWN, f"background: {match.group()} ({year} or before)", background_year=year)
    own = _PLACES_CLAUSE.sub("", sentence)  # "Tel al-Sultan in Rafah, where medics were killed last week": theirs
    match = _APPROX.search(own)
    if match and published is not None:
        return DateInfo(published, APPROXIMATE, f"'{match.group()}' (around publication)")
    match = _WEEKEND.search(own)
    if match and published is not None:  # the Saturday of the latest weekend; "last weekend" on one, the one before
        saturday = published + relativedelta(weekday=SA(-1))
        if match.group().casefold().startswith("last") and published.weekday() >= 5:
            saturday -= timedelta(days=7)
        return DateInfo(saturday, APPROXIMATE, f"'{match.group()}' (the weekend before publication)")
    match = _LAST_WEEK.search(own)
    if match and published is not None:
        return last_week(match, published)
    match = _LAST_MONTH.search(own)
    if match and published is not None:  # "attacked the Al-Nau hospital last month": the month before's middle
        return _in_last_month(match, (published.replace(day=1) - timedelta(days=1)).replace(day=1))
    if published is not None:  # "in February 2025", in a March 2025 article: as "in February"
        main = _MONTH_AND_YEAR.sub(
            lambda m: m.group() if int(m.group("year")) != published.year else m.group("month"), main
        )
    match = _MONTH_ALONE.search(main)  # not "Jabalia, where the army has operated since October, ..."
    if match and published is not None:
        month = _MONTHS[match.group("month").casefold().rstrip(".")]
        since = _SINCE.search(main, 0, match.start())  # "have fled since the fighting broke out in July": till now
        if month != published.month and since is None:  # "seized in August", in a November article: before this news
            year = _year_of_past(month, published)
            if (published.year - year) * 12 + published.month - month == 1:  # "in late November", in December
                return _in_last_month(match, date(year, month, 1))
            return DateInfo(None, UNKNOWN, f"background: {match.group().strip()} ({year})", background_year=year)
    return None


_MONTH_AND_YEAR = re.compile(_MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I)
# A month written right after a place: "executed at least 12 civilians ... near Afrin in February 2025".
_IN_MONTH = re.compile(
    r"\s+(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?" + _MONTH + r"(?:,?\s+(?:19|20)\d{2})?\b", re.I
)


def month_right_after(text: str, end: int, published: date | None) -> DateInfo | None:
    """When the month written right after offset ``end`` says it was, as :func:`resolve` reads it ("near
    Afrin in February 2025": mid-February, in a March article), or None."""
    match = _IN_MONTH.match(text, end)
    return resolve(match.group().strip(), published) if match else None


_PART_OF_MONTH = {"early": 5, "mid": 15, "late": 25}


def _in_last_month(match: re.Match[str], first: date) -> DateInfo:
    """The day a month before publication stands for, approximately: "in late November" its 25th, "in early
    November" its 5th, "in November" its middle. News of the weeks before, not background."""
    part = match.group("part")
    day = _PART_OF_MONTH[part.rstrip("-").casefold()] if part else 15
    return DateInfo(first.replace(day=day), APPROXIMATE, f"'{match.group().strip()}' (the month before publication)")


_TIME = (  # "6:45 PM GMT+2", "10.32 GMT", "10:05:00+00:00"
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\W*(?:[a-z]{1,4}\W*)?(?:[+-]?\d{1,2}(?::?\d{2})?\b)?"
)
_HEADING = re.compile(
    r"\W*(?:" + _WEEKDAY_WORD + r",?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_WORD + r"|" + _MONTH_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?)"
    r",?(?:\s+\d{4})?(?:\W+" + _TIME + r")?\W*",  # a live blog's entry, timed: "7 Dec 2024 - 22:10 GMT"
    re.I,
)


def heading_day(sentence: str, published: date | None) -> DateInfo | None:
    """The day a line that is nothing but a date gives ("Saturday, December 7, 2024"), as live blogs
    head each day's entries with; None for any other sentence."""
    if not _HEADING.fullmatch(sentence.strip()):
        return None
    days = _day_mentions(sentence, published)
    return days[0][1] if days and days[0][1].precision == DAY else None


_LABEL = (  # "Published", "Published on:", "Issued on:" (France 24), "Updated 2:30 PM EST, Sat", "By Jane Doe |", "by Martin Fornusek"
    r"\W*(?:by\s+[^|·—\d]{1,40}?\s*(?:[|·—]\s*)?)?"
    r"(?:(?:first\s+)?(?:(?:published|updated|posted|issued|modified|last\s+(?:updated|modified))(?:\s+date)?|date)"
    r"\W*(?:on\W+)?)?"
    r"(?:" + _TIME + r"\W*)?(?:(?:" + _WEEKDAY_WORD + r"|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\W*)?"
)
_CLOCK = (  # "10.32 GMT", "at 8:12am", "T10:05:00Z"; "9:41 AM GMT+2 Updated 2 hours ago"
    r"\W*(?:(?:at\s+|t)?"
    + _TIME
    + r")?(?:\W*updated\s+(?:\d+\s+(?:minutes?|mins?|hours?|days?)\s+ago|"
    + _TIME
    + r"))?\W*"
)
_LABEL_ONLY, _CLOCK_ONLY = re.compile(_LABEL), re.compile(_CLOCK)


_COMMA_BEFORE_YEAR = re.compile(r"\s+,\s*(?=\d{4}\b)")


def line_date(line: str) -> tuple[date, str] | None:
    """The date, and how it was written, of a line that is nothing but a full date, perhaps labelled
    and timed ("Published 2024-10-03", "Dec. 6, 2024", "Saturday 7 December 2024 10.32 GMT"): how
    an article's header says when it was published."""
    if len(line) > 80:
        return None
    written = line
    line = _COMMA_BEFORE_YEAR.sub(", ", line)  # "06 December ,2024", as Al Arabiya writes it
    written = written if len(written) == len(line) else line  # quoted as written where the offsets agree
    low = lowered(line)
    for pattern in _EXPLICIT:
        match = pattern.search(low)
        if match is None or not match.group("year"):
            continue
        if _LABEL_ONLY.fullmatch(low[: match.start()]) and _CLOCK_ONLY.fullmatch(low[match.end() :]):
            info = _explicit(match, line[match.start() : match.end()], None)
            if info is not None and info.date is not None:
                return info.date, written[match.start() : match.end()]
    return None


# A dateline's day without its year ("Jan 10", "4 December"), a year the text names, a month with its year.
_DATELINE_DAY = re.compile(
    r"(?:" + _MONTH + r"\s+(?P<day>\d{1,2})|(?P<day_first>\d{1,2})\s+(?P<month_after>" + _MONTH_WORD + r"))\.?"
)
_NAMED_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_MONTH_OF_YEAR = re.compile(r"\b" + _MONTH + r"\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?P<year>(?:19|20)\d{2})\b")
_LEAD_WEEKDAY = re.compile(r"\b(" + _WEEKDAY_WORD + r")\b")
_YEARS_AHEAD = 3  # a report dated up to two years after the latest year it names


def yearless_day(when: str, lead: str, text: str) -> tuple[date, str] | None:
    """The day of a dateline without a year ("KYIV, Jan 10 (Reuters) - ... said on Friday"): of the latest
    year the text names and the two after it, the first in which the day falls on the weekday the report's
    first sentence (``lead``) names, and not before a month the text names with its year ("in August
    2024"); with how it was found. None where the text names no year, the lead no weekday, or no year fits."""
    found = _DATELINE_DAY.fullmatch(lowered(when.strip()))
    weekday_named = weekday_named_first(lead.split(". ", 1)[0])
    years = [int(y) for y in _NAMED_YEAR.findall(text)]
    if found is None or weekday_named is None or not years:
        return None
    month = _MONTHS[(found.group("month") or found.group("month_after")).rstrip(".")]
    day = int(found.group("day") or found.group("day_first"))
    low = lowered(text)
    named = [date(int(m.group("year")), _MONTHS[m.group("month").rstrip(".")], 1) for m in _MONTH_OF_YEAR.finditer(low)]
    not_before = max(named, default=date(max(years), 1, 1))
    weekday_wanted, weekday_name = weekday_named
    for year in range(max(years), max(years) + _YEARS_AHEAD):
        try:
            candidate = date(year, month, day)
        except ValueError:  # 29 February
            continue
        if candidate >= not_before and candidate.weekday() == weekday_wanted:
            how = (
                f"'{when.strip()}' without a year: {year}, the first year from {max(years)} (the latest the text "
                f"names) in which it is the {weekday_name} the report opens with"
            )
            return candidate, how
    return None


def weekday_named_first(text: str) -> tuple[int, str] | None:
    """The first weekday the text names (0 for Monday), with its name, or None."""
    found = _LEAD_WEEKDAY.search(lowered(text))
    return (_WEEKDAYS[found.group(1)].weekday, found.group(1).capitalize()) if found else None


def months_named(text: str) -> dict[int, int]:
    """How often the text names each month (1-12) in a date written with the month's name ("on March 6",
    "7 March 2025")."""
    low = lowered(text)
    found: dict[int, int] = {}
    for pattern in _EXPLICIT[:2]:
        for match in pattern.finditer(low):
            month = _MONTHS[match.group("month").rstrip(".")]
            found[month] = found.get(month, 0) + 1
    return found


def nearest_day(days: list[tuple[int, DateInfo]], near: int | None = None) -> DateInfo:
    """Of a sentence's :func:`day_mentions`, the one nearest character offset ``near`` (else the first)."""
    return min(days, key=lambda d: abs(d[0] - near) if near is not None else d[0])[1]


def relative_to_earlier(sentence: str, earlier: list[tuple[str, DateInfo]]) -> DateInfo | None:
    """A day given relative to something earlier in the article (``earlier``: each sentence before, with
    its date): "48 hours after their offensive" counts from the first sentence that dates the
    offensive itself, "the next day" and "earlier in the day" from the last of the three sentences
    before that dates what it tells."""
    if not names_time(sentence):
        return None
    match = _AFTER_EVENT.search(sentence)
    if match:
        noun = re.compile(rf"\b{match.group('noun')}", re.I)
        anchor = next((info for text, info in earlier if _own_day(info) and noun.search(text)), None)
        if anchor is not None and anchor.date is not None:
            n = _count(match)
            days = round(n / 24) if match.group("unit").casefold().startswith("hour") else n
            days = -days if match.group("dir").casefold() == "before" else days
            return DateInfo(anchor.date + timedelta(days=days), DAY, f"'{match.group()}', from {anchor.method}")
    nth = _NTH_DAY.search(sentence)
    if nth:  # the first sentence that dates the offensive, also in an earlier paragraph
        start = next((info for text, info in earlier if _own_day(info) and _STARTED.search(text)), None)
        if start is not None and start.date is not None:
            days = _ORDINALS[nth.group("nth").casefold()] - 1
            return DateInfo(start.date + timedelta(days=days), DAY, f"'{nth.group()}', from {start.method}")
    # the last of the three sentences before that dates what it tells
    before = next((info for _, info in reversed(earlier[-3:]) if _own_day(info)), None)
    if before is None or before.date is None:
        return None
    steps = [(pattern.search(sentence), step) for pattern, step in _NEIGHBOUR_DAY]
    apart = _DAYS_APART.search(sentence)  # "two days later", "a day earlier", "three weeks earlier"
    weeks = apart is not None and apart.group("unit").casefold().startswith("week")
    if apart:
        n = _count(apart) * (7 if weeks else 1)
        steps.append((apart, n if apart.group("dir").casefold() == "later" else -n))
    within = _WITHIN_HOURS.search(sentence)  # "Within 48 hours the fighters were in Aleppo"
    if within:
        hours = within.group("unit").casefold() == "hours"
        days = round(_count(within) / 24) if hours else _count(within)
        if apart and not weeks:  # "launched their offensive eight days earlier ... and swept through Aleppo within
            steps[-1] = (apart, steps[-1][1] + days)  # 48 hours": within 48 hours of that
        steps.append((within, days))
    for match, step in steps:
        if match:
            said = (
                f"{match.group()}' and '{within.group()}" if match is apart and within and not weeks else match.group()
            )
            how = f"'{said}', from the sentence before ({before.method})"
            return DateInfo(before.date + timedelta(days=step), APPROXIMATE if match is apart and weeks else DAY, how)
    return None


# Right after a place of a list, how many days after the one before it: "Saraqib on 1 December and Maarat
# al-Numan a day later".
_DAYS_LATER_AFTER = re.compile(  # also past a word for part of the place: "Beirut's southern suburbs the day before"
    r"(?:['’]s(?:\s+[a-z]+)?\s+(?:suburbs|outskirts|countryside|centre|center)|\s+(?:city|province|countryside))?"
    r"(?P<comma>,)?\s+(?:" + _COUNT + r"\s+days?\s+(?P<dir>later|earlier)|the\s+(?:next|following)\s+day|"
    r"(?P<back>the\s+(?:day|night)\s+before(?!\s+(?:the|a|an|his|her|its|their)\b)|the\s+previous\s+(?:day|night)))\b",
    re.I,
)


_CLAUSE_ENDS = re.compile(r"\s*(?:[.;:!?]|$)")


def days_later(text: str, end: int) -> tuple[int, str] | None:
    """How many days after the day written before it a place at ``end`` is said to be, with the words
    ("a day later", "the next day"; "began in Idlib 11 days earlier": -11; "the day before": -1); None where
    no such words follow it."""
    match = _DAYS_LATER_AFTER.match(text, end)
    if match is None or match.group("comma") and not _CLAUSE_ENDS.match(text, match.end()):
        return None  # "captured Aleppo, three days later." but not "took Aleppo, two days later they took Hama"
    if match.group("back"):  # "said Saturday that it had killed him in a strike on Beirut's suburbs the day before"
        return -1, match.group().strip()
    n = _count(match) if match.group("n") else 1
    return (-n if match.group("dir") and match.group("dir").casefold() == "earlier" else n), match.group().strip(" ,")


def day_of_action(before: str, day: DateInfo) -> DateInfo:
    """The day of a place written after "a day after capturing" (``before``: the text before it): the
    sentence's ``day`` less one; ``day`` itself where no such words come before the place."""
    match = _DAYS_FROM_ACTION.search(before)
    if match is None or day.date is None:
        return day
    unit = match.group("unit").casefold()
    weeks, hours = unit.startswith("week"), unit.startswith("hour")
    counted = match.group("n") is not None
    if hours:  # "48 hours after seizing Hama": two days before; "hours after taking Hama": that day
        n = _count(match) // 24 if counted else 0
    else:
        n = (_count(match) if counted else _A_FEW) * (7 if weeks else 1)
    step = -n if match.group("dir").casefold() == "after" else n
    exact = counted and not (hours and _count(match) % 24)
    precision = APPROXIMATE if weeks or not exact else day.precision
    return DateInfo(day.date + timedelta(days=step), precision, f"'{match.group().strip()}' {day.method}")


_A_FEW = 3  # days, or weeks, that "days after" and "weeks after" count back

# Right after a place, how long after (or before) what the rest of the sentence tells it came: "took Homs two
# days after entering Hama on Thursday", "Aleppo 48 hours after the offensive began on Wednesday".
_COUNTED_AFTER = re.compile(
    r"\s+(?:just\s+|only\s+|some\s+|about\s+)?" + _COUNT + r"\s+(?P<unit>hours|days?|weeks?)\s+(?P<dir>after|before)\b",
    re.I,
)


def counted_from(text: str, end: int, day: DateInfo) -> DateInfo | None:
    """The day of a place at ``end`` that the words after it count from ``day``, the day of what they
    tell ("two days after entering Hama on Thursday": Thursday and two); None where no such words follow."""
    match = _COUNTED_AFTER.match(text, end)
    if match is None or day.date is None:
        return None
    n, unit = _count(match), match.group("unit").casefold()
    days = n // 24 if unit == "hours" else n * 7 if unit.startswith("week") else n
    exact = unit.startswith("day") or unit == "hours" and n % 24 == 0
    step = days if match.group("dir").casefold() == "after" else -days
    precision = day.precision if exact else APPROXIMATE
    return DateInfo(day.date + timedelta(days=step), precision, f"'{match.group().strip()}' {day.method}")


# "The fall of Homs came a day after the rebels entered Rastan": what the sentence tells after "after"
# happened that long before the fall of the place it opens with.
_CAME_AFTER = re.compile(
    r"\b(?:fall|capture|seizure|loss|taking|storming) of (?P<what>[^,.;]{2,40}?) came (?:just |only )?"
    + _COUNT
    + r"\s+(?P<unit>hours?|days?|weeks?)\s+after\b",
    re.I,
)


def came_after(before: str) -> tuple[str, int, bool] | None:
    """Of a place written after "The fall of Homs came a day after" (``before``: its sentence up to it):
    the place that fell ("Homs"), how many days before it this place's news came, and whether that is
    approximate (weeks); None without such words."""
    match = _CAME_AFTER.search(before)
    if match is None:
        return None
    unit = match.group("unit").casefold()
    days = 0 if unit.startswith("hour") else _count(match) * (7 if unit.startswith("week") else 1)
    return match.group("what"), days, unit.startswith("week")


def _count(match: re.Match[str]) -> int:
    """The number a match of :data:`_COUNT` says: "two" is 2, "a" 1, "48" 48."""
    word = match.group("n").casefold()
    return _NUMBERS.get(word) or _MORE_NUMBERS.get(word) or int(word)


def _own_day(info: DateInfo) -> bool:
    """A day the sentence states itself (not carried over, not background)."""
    return info.precision == DAY and info.background_year is None and not info.method.startswith("carried")


def day_mentions(sentence: str, published: date | None) -> list[tuple[int, DateInfo]]:
    """Every explicit date and weekday in a sentence, with its offset."""
    return _day_mentions(sentence, published) if names_time(sentence) else []


def _day_mentions(sentence: str, published: date | None) -> list[tuple[int, DateInfo]]:
    found: list[tuple[int, DateInfo]] = []
    taken: list[tuple[int, int]] = []
    low = lowered(sentence)
    for pattern in _EXPLICIT:
        for match in pattern.finditer(low):
            info = _explicit(match, sentence[match.start() : match.end()], published)
            if info is not None and not overlaps(taken, match.start(), match.end()):
                found.append((match.start(), _ranged(low, match, info)))
                taken.append(match.span())
    for match in _DAY_OF_MONTH.finditer(low):
        if not overlaps(taken, match.start(), match.end()):
            info = _day_of_month(int(match.group("day")), found, published, match.group().strip())
            if info is not None:
                found.append((match.start(), info))
    for match in _WEEKDAY.finditer(low):
        if any(0 <= start - match.end() <= 3 for start, _ in taken):
            continue  # "on Wednesday, November 27": the date says which Wednesday
        if _UNTIL.search(low, max(0, match.start() - 24), match.start()):
            continue  # "imposed a curfew ... until Saturday morning": when it ends, maybe still to come
        name = sentence[match.start("name") : match.end("name")]
        if published is None:
            info = DateInfo(None, UNKNOWN, f"weekday '{name}' without a publication date")
        else:
            said = sentence[match.start() : match.end()].strip()
            if match.group("last"):
                info = DateInfo(most_recent(name, published, before=True), DAY, f"weekday '{said}' before publication")
            else:
                info = DateInfo(most_recent(name, published), DAY, f"weekday '{said}' on or before publication")
        found.append((match.start(), info))
    for pattern, offset, label in _RELATIVE:  # "after capturing Rastan overnight": Rastan's, not the whole sentence's
        for match in pattern.finditer(low):
            if not overlaps(taken, match.start(), match.end()) and not _DATED_AFTER.match(low, match.end()):
                taken.append(match.span())
                if published is None:
                    found.append((match.start(), DateInfo(None, UNKNOWN, f"'{label}' without a publication date")))
                else:
                    day = published + timedelta(days=offset)
                    found.append((match.start(), DateInfo(day, DAY, f"'{label}' {COUNTED_FROM_PUBLICATION}")))
    return [  # "strikes since Sunday", "have been surrounded since Saturday": from that day on, not on it alone;
        # "launched their offensive on Wednesday and have since captured dozens of villages": after it
        (at, DateInfo(info.date, APPROXIMATE, f"since {info.method}, till the news"))
        if info.date is not None
        and (
            _SINCE_BEFORE.search(low, max(0, at - 60), at)
            and not _WHEN_AFTER.match(low, at)
            or _SINCE_AFTER.match(low, at)
        )
        else (at, info)
        for at, info in found
    ]


_UNTIL = re.compile(
    r"\b(?:until|till|through)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+(?:on\s+)?)?$"
)  # "until 10 a.m. Friday"

# "since" before a day, also after the event it counts from: "since the fall of Bashar al-Assad on Sunday",
# "Since launching their offensive on November 27, ...".
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:late|early)\s+)?$|\bsince\s+[^,.;]{3,40}?\s+on\s+$")
_SINCE_AFTER = re.compile(r"[\w ,.'’-]{0,30}?\s+and\s+(?:has|have|had)\s+since\b")
_WHEN_AFTER = re.compile(r"[\w .'’-]{0,25}?,?\s+when\b")  # "since Friday, when they took Rastan": that day


# A range of days around a date: "6-7 Dec", "between 6 and 7 December", "Dec. 6-7"; but "the night of Dec. 7-8"
# is the 7th's.
_RANGE_BEFORE = re.compile(  # a hyphen without spaces: "Day 4 - 30 November" is no range
    r"(?:(?<!day )\b(?P<from>\d{1,2})(?:-|\s*–\s*)|\bbetween\s+(?P<first>\d{1,2})\s+and\s+)$"
)
_RANGE_AFTER = re.compile(r"(?:-|\s*–\s*)\d{1,2}\b(?![.,:]\d|\s*(?:km|kilomet|miles?|%|per|people|killed|dead))")
_NIGHT_OF = re.compile(r"\b(?:night\s+of|overnight\s+on)\s+(?:\d{1,2}\s*[-–]\s*)?$")  # "overnight on 9-10 June"


def _ranged(low: str, match: re.Match[str], info: DateInfo) -> DateInfo:
    """The first day of a range of days a date ends or opens ("6-7 Dec": the 6th), approximately, as the
    day of what happened over it; ``info`` itself where the date is no range's or is "the night of" one."""
    if info.date is None:
        return info
    night = _NIGHT_OF.search(low, max(0, match.start() - 20), match.start()) is not None
    before = _RANGE_BEFORE.search(low, max(0, match.start() - 16), match.start())
    if before is not None:
        first = int(before.group("from") or before.group("first"))
        if not 1 <= first < info.date.day:
            return info
        said = low[before.start() : match.end()]
        return DateInfo(info.date.replace(day=first), DAY if night else APPROXIMATE, f"'{said}', its first day")
    if not night and _RANGE_AFTER.match(low, match.end()):
        return DateInfo(info.date, APPROXIMATE, f"{info.method}, the first day of a range")
    return info


def _day_of_month(day: int, found: list[tuple[int, DateInfo]], published: date | None, said: str) -> DateInfo | None:
    """ "on the 7th": that day of the month of the date the sentence gave before it ("Daraa on Dec 6 and
    Sweida on the 7th"), else of the publication's month, or of the month before if that day is yet to come."""
    earlier = [info.date for _, info in found if info.date is not None and info.precision == DAY]
    base = earlier[-1] if earlier else published
    if base is None:
        return None
    month = date(base.year, base.month, 1)
    if not earlier and day > base.day:
        month = (month - timedelta(days=1)).replace(day=1)
    try:
        whose = "the date before" if earlier else "publication"
        return DateInfo(month.replace(day=day), DAY, f"'{said}' in the month of {whose}")
    except ValueError:
        return None


def _explicit(match: re.Match[str], said: str, published: date | None) -> DateInfo | None:
    """The date an explicit match gives; ``said``: the matched words as written."""
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.casefold().rstrip(".")]
    day_of_month = int(match.group("day"))
    if month_text.isdigit() and month > 12 >= day_of_month:  # "11/30/2024", as DW and US outlets write it
        month, day_of_month = day_of_month, month
    year_text = match.group("year")
    if year_text:
        year = int(year_text)
    elif published is not None:
        year = published.year if (month, day_of_month) <= (published.month, published.day) else published.year - 1
    else:
        return DateInfo(None, UNKNOWN, f"'{said}' without a year or publication date")
    try:
        found = date(year, month, day_of_month)
    except ValueError:
        return None
    if published is not None and found.year < published.year - 1:
        return DateInfo(None, UNKNOWN, f"background: {said}", background_year=found.year)
    return DateInfo(found, DAY, f"explicit '{said}'")
