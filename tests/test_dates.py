from datetime import date

from geo.dates import APPROXIMATE, DAY, UNKNOWN, resolve

FRIDAY = date(2024, 11, 29)


def test_bare_weekday_is_the_most_recent_on_or_before_publication():
    assert resolve("on Friday, fighters pulled down the flag", FRIDAY).date == FRIDAY
    assert resolve("late on Friday the city fell", FRIDAY).date == FRIDAY
    assert resolve("The offensive began on Tuesday", FRIDAY).date == date(2024, 11, 26)
    assert resolve("by Saturday the rebels held it", date(2024, 11, 30)).date == date(2024, 11, 30)


def test_relative_and_explicit_dates():
    assert resolve("Yesterday the army retreated", FRIDAY).date == date(2024, 11, 28)
    assert resolve("Two days ago rebels attacked", FRIDAY).date == date(2024, 11, 27)
    found = resolve("posted on November 29, 2024", None)
    assert found.date == FRIDAY and found.precision == DAY
    assert resolve("earlier this week", FRIDAY).precision == APPROXIMATE


def test_nearest_weekday_to_the_place_wins():
    sentence = "A campaign that began on Wednesday stormed into western Aleppo on Friday night."
    assert resolve(sentence, FRIDAY, near=sentence.index("Aleppo")).date == FRIDAY
    assert resolve(sentence, FRIDAY, near=0).date == date(2024, 11, 27)


def test_past_years_are_background_and_unknown_publication_stays_unknown():
    background = resolve("Between 2012 and 2016, the battle of Aleppo raged", FRIDAY)
    assert background.background_year == 2016 and background.date is None
    assert resolve("on Friday", None).precision == UNKNOWN
    assert resolve("nothing about time here", FRIDAY) is None
