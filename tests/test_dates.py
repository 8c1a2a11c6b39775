from datetime import date

from geo.dates import APPROXIMATE, DAY, UNKNOWN, DateInfo, day_mentions, line_date, relative_to_earlier, resolve
from geo.events import process_article, sentence_dates
from geo.ingest import build_article, with_metadata
from geo.pipeline import events_frame
from geo.textutil import split_sentences
from tests.test_places import events_by_place

FRIDAY = date(2024, 11, 29)


def dated(gazetteer, sentence, published="2024-12-09"):
    """Each event's place, with its day and precision, of a one-sentence article about Syria."""
    events = events_by_place(f"date {published} Syria\n\n{sentence}", gazetteer)
    return {place: (str(e.date), e.date_precision) for place, e in events.items()}


def test_bare_weekday_is_the_most_recent_on_or_before_publication():
    assert resolve("on Friday, fighters pulled down the flag", FRIDAY).date == FRIDAY
    assert resolve("late on Friday the city fell", FRIDAY).date == FRIDAY
    assert resolve("The offensive began on Tuesday", FRIDAY).date == date(2024, 11, 26)
    assert resolve("by Saturday the rebels held it", date(2024, 11, 30)).date == date(2024, 11, 30)


def test_a_weekday_with_its_date_and_the_nth_day_of_an_offensive():
    assert resolve("They launched the offensive on Wednesday, November 27.", date(2024, 12, 8)).date == date(
        2024, 11, 27
    )  # the date says which Wednesday
    sentences = split_sentences(
        "The rebels launched their offensive on 27 November.\n\nIt was a surprise. By the third day they had "
        "entered Aleppo."
    )
    assert sentence_dates(sentences, date(2024, 12, 8))[-1].date == date(2024, 11, 29)


def test_last_weekday_is_before_the_publication_day():
    assert resolve("Sheberghan was taken last Friday", FRIDAY).date == date(2024, 11, 22)
    assert resolve("Kunduz fell last Sunday", FRIDAY).date == date(2024, 11, 24)


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


def test_days_counted_from_an_event_dated_earlier_in_the_article():
    earlier = [
        ("Rebels launched their offensive on Wednesday.", resolve("on Wednesday", date(2024, 11, 30))),
        ("They shelled the town.", DateInfo(date(2024, 11, 27), DAY, "carried from previous sentence")),
    ]
    info = relative_to_earlier("Barely 48 hours after their offensive began, Aleppo fell.", earlier)
    assert info is not None and info.date == date(2024, 11, 29) and info.precision == DAY
    assert "48 hours after their offensive" in info.method
    assert relative_to_earlier("Three days into the offensive, they reached Hama.", earlier).date == date(2024, 11, 30)
    assert relative_to_earlier("48 hours after the ceasefire, fighting resumed.", earlier) is None  # never dated


def test_the_next_and_previous_day_count_from_the_sentence_before():
    earlier = [("On Friday rebels entered Aleppo.", resolve("On Friday", date(2024, 11, 30)))]
    assert relative_to_earlier("The next day they took the airport.", earlier).date == date(2024, 11, 30)
    assert relative_to_earlier("The previous day they had cut the M5.", earlier).date == date(2024, 11, 28)
    assert relative_to_earlier("The day before yesterday nothing moved.", earlier) is None
    assert relative_to_earlier("The following morning, rebels entered Homs.", earlier).date == date(2024, 11, 30)
    assert relative_to_earlier("That evening, jets struck the airport.", earlier).date == date(2024, 11, 29)
    carried = [("They advanced.", DateInfo(date(2024, 11, 29), DAY, "carried from previous sentence (x)"))]
    assert relative_to_earlier("The next day they took the airport.", carried) is None


def test_an_article_resolves_relative_days_sentence_by_sentence():
    text = (
        "Rebels launched their offensive on Wednesday west of Aleppo.\n\n"
        "Barely 48 hours after their offensive began, they entered the city.\n\n"
        "The next day they reached the airport."
    )
    dates = sentence_dates(split_sentences(text), date(2024, 11, 30))
    assert [d.date for d in dates] == [date(2024, 11, 27), date(2024, 11, 29), date(2024, 11, 30)]
    assert all(d.precision == DAY for d in dates)


def test_a_background_sentence_stays_background_even_when_it_counts_days():
    text = "Rebels launched their offensive on Wednesday.\n\nIn 2016, a day after the offensive, the city fell."
    dates = sentence_dates(split_sentences(text), date(2024, 11, 30))
    assert dates[1].background_year == 2016 and dates[1].date is None


def test_an_event_takes_the_day_its_sentence_counts_from_an_earlier_one(gazetteer):
    text = (
        "date 2024-11-30 Rebels advance\n\n"
        "Rebels launched their offensive on Wednesday and attacked Atarib.\n\n"
        "This week, three days into the offensive, rebels captured Saraqib."
    )
    events = events_by_place(text, gazetteer)
    assert events["Saraqib"].date == date(2024, 11, 30) and events["Saraqib"].date_precision == DAY
    assert "three days into the offensive" in events["Saraqib"].date_method


def test_a_month_other_than_the_publication_month_is_background():
    published = date(2024, 11, 21)
    august = resolve("Ukrainian forces seized territory in August.", published)
    assert august is not None and august.background_year == 2024 and august.date is None
    assert resolve("The RSF seized the city in December.", published).background_year == 2023
    assert resolve("Clashes continued in November.", published) is None  # this month: no day, not background
    this_month = resolve("The army recaptured the town earlier this month, after taking it in May.", published)
    assert this_month is not None and this_month.precision == APPROXIMATE
    assert resolve("Officials said they may attack.", published) is None


def test_a_month_after_a_description_of_the_place_is_still_the_sentences():
    published = date(2025, 2, 14)
    goma = resolve("The rebels captured Goma, the largest city in the region, in late January.", published)
    assert goma is not None and (goma.date, goma.precision) == (date(2025, 1, 25), APPROXIMATE)  # the month's
    older = resolve("The rebels captured Goma, the largest city in the region, in late December.", published)
    assert older is not None and older.background_year == 2024 and older.date is None
    bukavu = resolve("They entered Bukavu, a city that fell in 2012, on Friday.", published)
    assert bukavu is not None and bukavu.date == date(2025, 2, 14)  # the town's own past is not the sentence's


def test_a_live_blog_heads_its_entries_with_their_day(gazetteer):
    text = (
        "date 2024-12-08 Live: Homs falls as rebels close in on Damascus\n\n"
        "Saturday, December 7, 2024\n\n"
        "6:15pm: Israeli warplanes bombed the Mezzeh military airport, state media said.\n\n"
        "2:05pm: Hezbollah sent 2,000 fighters to the border town of Al-Qusayr.\n\n"
        "Last week the group had pulled its forces out of the Aleppo countryside."
    )
    result = process_article(build_article("live.txt", text), gazetteer)
    events = {(e.place, e.kind, str(e.date), e.date_precision) for e in result.events}
    assert ("Mezzeh Military Airport", "airstrike", "2024-12-07", "day") in events
    assert ("Al Qusayr", "other", "2024-12-07", "day") in events
    assert ("Aleppo (countryside)", "withdrawal", "2024-11-28", "approximate") in events  # last week's Thursday
    assert ("Homs", "capture", "2024-12-08", "approximate") in events
    assert ("Damascus", "advance", "2024-12-08", "approximate") in events


def test_a_line_that_is_only_a_date_gives_it():
    assert line_date("Published 2024-10-03") == (date(2024, 10, 3), "2024-10-03")
    assert line_date("Dec. 6, 2024") == (date(2024, 12, 6), "Dec. 6, 2024")
    assert line_date("Sat 7 Dec 2024 14.05 GMT") == (date(2024, 12, 7), "7 Dec 2024")
    assert line_date("Updated on December 7, 2024 at 10:32 a.m. EST")[0] == date(2024, 12, 7)
    assert line_date("Published date: 7 December 2024 21:05 GMT")[0] == date(2024, 12, 7)
    assert line_date("Rebels took Aleppo on Dec. 6, 2024") is None  # a sentence, not a header
    assert line_date("December 2024") is None  # no day
    assert line_date("Updated 2:30 PM EST, Sat November 30, 2024")[0] == date(2024, 11, 30)  # a clock first
    assert line_date("2024-11-30T10:05:00+00:00")[0] == date(2024, 11, 30)  # a timestamp
    assert line_date("By Jane Doe | November 30, 2024")[0] == date(2024, 11, 30)  # after a byline
    assert line_date("by Martin Fornusek February 17, 2024 11:48 AM")[0] == date(2024, 2, 17)  # no bar between
    assert line_date("30/11/2024")[0] == line_date("30.11.2024")[0] == date(2024, 11, 30)  # day first
    assert line_date("by 2 February 17, 2024") is None  # a byline names someone
    assert line_date("Dec 6,2024")[0] == date(2024, 12, 6)  # The Jordan Times writes no space after the comma
    assert line_date("Published on: 05/11/2024 - 18:42")[0] == date(2024, 11, 5)  # France 24
    assert line_date("Issued on: 05/12/2024 - 18:42")[0] == date(2024, 12, 5)  # France 24 since
    assert line_date("Last modified: Dec. 5, 2024")[0] == date(2024, 12, 5)
    assert line_date("2024.08.04")[0] == line_date("2024/08/04")[0] == date(2024, 8, 4)  # year first
    assert line_date("2024.08-04") is None  # separators that differ


def test_weeks_ago_the_weekend_and_days_later_or_earlier():
    monday = date(2024, 12, 9)
    assert (resolve("A week ago rebels took Hama", monday).date, resolve("A week ago", monday).precision) == (
        date(2024, 12, 2),
        APPROXIMATE,
    )
    weekend = resolve("Over the weekend, rebels seized Homs", monday)
    assert (weekend.date, weekend.precision) == (date(2024, 12, 7), APPROXIMATE)  # its Saturday
    assert resolve("at the weekend", date(2024, 12, 7)).date == date(2024, 12, 7)  # published that Saturday
    assert resolve("Talks are due this weekend", monday) is None  # still to come
    earlier = [("Rebels took Hama on Thursday.", resolve("on Thursday", monday))]
    assert relative_to_earlier("Two days later, they entered Homs.", earlier).date == date(2024, 12, 7)
    assert relative_to_earlier("A day earlier they shelled Rastan.", earlier).date == date(2024, 12, 4)


def test_last_year_and_years_ago_are_background():
    published = date(2024, 12, 11)
    assert resolve("The group seized Nyala and Zalingei last year.", published).background_year == 2023
    assert resolve("Rebels held the town two years ago.", published).background_year == 2022  # as many years back
    assert resolve("Eight years ago, the Islamic State seized Palmyra.", published).background_year == 2016
    for ago in ("A decade ago", "Years ago", "Several years ago"):  # not counted: the year before, or earlier
        assert resolve(f"{ago}, the Islamic State seized Palmyra.", published).background_year == 2023, ago
    assert resolve("Rebels entered Aleppo two days ago.", published).date == date(2024, 12, 9)
    assert resolve("Aleppo, where rebels were driven out last year, fell on Friday.", published).precision == DAY
    assert resolve("Rebels entered Aleppo for the first time since 2016.", published) is None  # measured against
    assert resolve("Rebels have held areas west of the city since 2016.", published).background_year == 2016
    this_year = resolve("The group seized Buthidaung this year.", published)
    assert this_year.precision == APPROXIMATE and this_year.background_year is None  # about now, not before


def test_earlier_in_the_day_counts_from_the_last_sentence_that_dates_what_it_tells(gazetteer):
    text = (
        "date 2024-12-07 Homs\n\nFighters entered Homs on Saturday evening.\n\nThey took the prison.\n\n"
        "Earlier in the day, they captured the towns of Rastan and Talbiseh."
    )
    events = {e.place: e for e in process_article(build_article("h.txt", text), gazetteer).events}
    assert (str(events["Ar Rastan"].date), events["Ar Rastan"].date_precision) == ("2024-12-07", DAY)


def test_a_day_of_the_month_alone_is_in_the_month_of_the_date_before_or_of_publication():
    days = day_mentions("They took Daraa on Dec 6 and Sweida on the 7th.", date(2025, 1, 3))
    assert [info.date for _, info in days] == [date(2024, 12, 6), date(2024, 12, 7)]
    assert [info.date for _, info in day_mentions("Talks began on the 28th.", date(2024, 12, 9))] == [
        date(2024, 11, 28)  # not yet the 28th in December: November's
    ]
    assert day_mentions("Troops attacked the 7th Division.", date(2024, 12, 9)) == []


def test_a_past_year_in_a_the_city_appositive_is_the_place_s_past_not_the_sentence_s():
    info = resolve(
        "Government forces also pulled out of Palmyra, the desert city that Islamic State militants seized twice, "
        "in 2015 and 2016.",
        date(2024, 12, 7),
    )
    assert info is None  # no day, and no background either
    assert resolve("Islamic State seized Palmyra in 2015.", date(2024, 12, 7)).background_year == 2015


def test_a_day_after_they_captured_the_towns_of_a_list(gazetteer):
    text = (
        "date 2024-12-07 Syria\n\nFighters were filmed in the streets of Homs on Saturday evening, a day after they "
        "captured the towns of Rastan and Talbiseh to the north."
    )
    events = process_article(build_article("r.txt", text), gazetteer).events
    assert {e.place: str(e.date) for e in events} == {
        "Homs": "2024-12-07",
        "Ar Rastan": "2024-12-06",
        "Tallbisah": "2024-12-06",
    }


def test_last_weekend_on_a_weekend_and_the_next_hours_or_days():
    sunday = date(2024, 12, 1)
    assert resolve("Last weekend the army shelled Qaminas", sunday).date == date(2024, 11, 23)  # the one before
    assert resolve("Over the weekend the army shelled Qaminas", sunday).date == date(2024, 11, 30)  # this one
    assert resolve("Last weekend the army shelled Qaminas", date(2024, 12, 4)).date == date(2024, 11, 30)
    earlier = [("The offensive began at dawn on Wednesday.", resolve("on Wednesday", sunday))]
    later = relative_to_earlier("Over the next 48 hours, rebels seized more than 50 villages.", earlier)
    assert (later.date, later.precision) == (date(2024, 11, 29), DAY)
    assert relative_to_earlier("In the following three days they took Saraqib.", earlier).date == date(2024, 11, 30)


def test_a_day_other_articles_give_the_same_place_fills_an_undated_event(gazetteer):
    def result(name, outlet, text):
        return process_article(with_metadata(build_article(name, text), outlet, None, None), gazetteer)

    dated = result(
        "t.txt", "The Telegraph", "date 2024-11-29 Aleppo\n\nOn Friday fighters posed outside the Aleppo citadel."
    )
    undated = result("v.txt", "Voz.us", "date 2024-11-30 Aleppo\n\nFighters posed outside the Aleppo citadel.")
    frame = events_frame([dated, undated]).set_index("article")
    assert frame.loc["v.txt", "date"] == date(2024, 11, 29)
    assert frame.loc["v.txt", "date_precision"] == APPROXIMATE
    assert frame.loc["v.txt", "date_method"].endswith("the day The Telegraph gives for Aleppo Citadel")
    assert frame.loc["v.txt", "incident"] == frame.loc["t.txt", "incident"]
    stated = result(
        "s.txt", "The Times", "date 2024-11-30 Aleppo\n\nOn Saturday fighters posed outside the Aleppo citadel."
    )
    unsure = events_frame([dated, undated, stated]).set_index("article")
    assert unsure.loc["s.txt", "date"] == date(2024, 11, 30)  # a day an article states stays: they disagree
    assert unsure.loc["v.txt", "date"] == date(2024, 11, 30)  # and with two days given, no telling which


def test_a_place_an_action_a_week_before_names_takes_that_day_in_a_sentence_without_one(gazetteer):
    events = process_article(
        build_article(
            "i.txt",
            "date 2024-12-05 Hama\n\nSyrian rebels have captured the central city of Hama, a week after the insurgents "
            "swept into Aleppo.",
        ),
        gazetteer,
    ).events
    assert {e.place: (e.date, e.date_precision) for e in events} == {
        "Hamah": (date(2024, 12, 5), APPROXIMATE),
        "Aleppo": (date(2024, 11, 28), APPROXIMATE),
    }


def test_nights_ago_the_day_before_yesterday_and_the_past_hours_or_days():
    thursday = date(2024, 12, 5)
    assert resolve("Two nights ago rebels entered Hama", thursday).date == date(2024, 12, 3)
    assert resolve("The day before yesterday the army withdrew", thursday).date == date(2024, 12, 3)
    for said in ("in the past 24 hours", "over the past three days", "over the past day"):
        found = resolve(f"Clashes were reported {said}", thursday)
        assert (found.date, found.precision) == (thursday, APPROXIMATE), said


def test_a_district_takes_the_day_written_after_its_city_named_again(gazetteer):
    events = process_article(
        build_article(
            "b.txt",
            "date 2024-10-03 Lebanon\n\nIn Beirut, a strike on the Bachoura neighbourhood in the heart of the capital "
            "killed nine people late on Thursday.",
        ),
        gazetteer,
    ).events
    assert [(e.place, e.date, e.date_precision) for e in events] == [("Bachoura (Beirut)", date(2024, 10, 3), DAY)]


def test_a_week_written_right_after_a_place_is_its_and_not_the_day_of_the_sentence(gazetteer):
    text = (
        "date 2024-12-02 Syria\n\nWarplanes bombed Idlib on Monday, as the insurgents who seized Aleppo last "
        "week consolidated their hold."
    )
    result = process_article(build_article("r.txt", text), gazetteer)
    assert {(e.place, str(e.date), e.date_precision) for e in result.events} == {
        ("Idlib", "2024-12-02", "day"),
        ("Aleppo", "2024-11-28", "approximate"),  # the middle of last week
    }


def test_a_sentence_opening_with_the_next_day_and_one_at_the_same_time(gazetteer):
    text = (
        "date 2024-12-08 Syria\n\nOn Thursday 5 December, the rebels took Hama after the army withdrew. The next "
        "day, they captured Rastan and Talbiseh, and on Saturday they reached the outskirts of Homs.\n\nAt the "
        "same time, local rebels in the south seized Daraa."
    )
    result = process_article(build_article("r.txt", text), gazetteer)
    assert {(e.place, str(e.date), e.date_precision) for e in result.events} == {
        ("Hamah", "2024-12-05", "day"),
        ("Ar Rastan", "2024-12-06", "day"),
        ("Tallbisah", "2024-12-06", "day"),
        ("Homs (outskirts of)", "2024-12-07", "day"),
        ("Dar'a", "2024-12-07", "day"),
    }


def test_a_live_blog_entry_s_timed_date_line_dates_it(gazetteer):
    text = (
        "date 2024-12-08 Live: Syria\n\n8 Dec 2024 - 06:30 GMT\nHoms under full control\n\nRebels say they have "
        "taken Homs.\n\n7 Dec 2024 - 18:00 GMT\nArmy pulls out\n\nGovernment forces have withdrawn from Rastan."
    )
    result = process_article(build_article("live.txt", text), gazetteer)
    assert {(e.place, str(e.date), e.date_precision) for e in result.events} == {
        ("Homs", "2024-12-08", "approximate"),  # the publication day's entries: as any sentence without a day
        ("Ar Rastan", "2024-12-07", "day"),
    }


def test_a_clause_of_now_after_one_of_the_past_is_news(gazetteer):
    text = (
        "date 2024-08-04 Myanmar\n\nThe TNLA said it had captured the town of Mogok in July, and was now fighting "
        "junta troops near Kyaukme."
    )
    result = process_article(build_article("r.txt", text), gazetteer)
    assert {(e.place, e.kind, str(e.date), e.date_precision) for e in result.events} == {
        ("Mogok", "capture", "2024-07-15", "approximate"),  # last month's news: July, about its middle
        ("Kyaukme (near)", "fighting", "2024-08-04", "approximate"),  # now, not July
    }


def test_within_days_after_a_dated_paragraph_and_the_first_time_since_a_long_ago_year(gazetteer):
    text = (
        "date 2024-12-05 Syria\n\nThe rebels launched their offensive on November 27.\n\nThey seized Aleppo within "
        "days, the first time the city had slipped from government control since the civil war began in 2011."
    )
    result = process_article(build_article("r.txt", text), gazetteer)
    assert {(e.place, e.kind, str(e.date), e.date_precision) for e in result.events} == {
        ("Aleppo", "capture", "2024-11-27", "approximate"),  # not background: 2011 is what it is measured against
    }


def test_a_site_reported_earlier_by_another_article_had_happened_by_then(gazetteer):
    def result(name, outlet, text):
        return process_article(with_metadata(build_article(name, text), outlet, None, None), gazetteer)

    earlier = result("t.txt", "The Telegraph", "date 2024-11-29 Aleppo\n\nFighters reached Al-Basel Square and Idlib.")
    later = result("v.txt", "Voz.us", "date 2024-11-30 Aleppo\n\nFighters posed at Al-Basel Square and in Idlib.")
    frame = events_frame([earlier, later])
    dates = {(e.article, e.place): (str(e.date), e.date_precision) for e in frame.itertuples()}
    assert dates[("v.txt", "Al-Basel Square")] == ("2024-11-29", "approximate")  # reported there a day before
    assert dates[("v.txt", "Idlib")] == ("2024-11-30", "approximate")  # a city: many things happen there


def test_a_town_taken_a_day_after_the_one_before_it_in_a_list(gazetteer):
    text = "date 2024-12-08 Syria\n\nThe rebels took Saraqib on 1 December and Maarat al-Numan a day later."
    result = process_article(build_article("r.txt", text), gazetteer)
    assert {(e.place, e.kind, str(e.date), e.date_precision) for e in result.events} == {
        ("Saraqib", "capture", "2024-12-01", "day"),
        ("Ma'arrat an Nu'man", "capture", "2024-12-02", "day"),
    }


def test_a_month_that_something_has_gone_on_since_is_no_background():
    assert resolve("Thousands have fled Lashio since the fighting broke out in July.", date(2024, 8, 3)) is None
    assert resolve("Rebels seized Lashio in May.", date(2024, 8, 3)).background_year == 2024
    july = resolve("Rebels seized Lashio in late July.", date(2024, 8, 3))  # the month before: news, roughly dated
    assert (july.date, july.precision, july.background_year) == (date(2024, 7, 25), APPROXIMATE, None)


def test_last_week_is_its_middle_and_by_the_weekend_its_saturday():
    monday = date(2024, 12, 9)
    assert resolve("Rebels took Hama last week.", monday).date == date(2024, 12, 5)  # Thursday of last week
    assert resolve("Rebels took Hama late last week.", monday).date == date(2024, 12, 6)
    assert resolve("Rebels took Hama early last week.", monday).date == date(2024, 12, 3)
    assert resolve("Fighting raged in Idlib over the past week.", monday).date == date(2024, 12, 6)
    by = resolve("By the weekend, rebels had taken Homs.", monday)
    assert (by.date, by.precision) == (date(2024, 12, 7), APPROXIMATE)


def test_overnight_dates_the_clause_it_is_written_in(gazetteer):
    text = (
        "date 2024-12-07 Live\n\n"
        "Rebel forces say they have entered the outskirts of Homs, Syria's third-largest city, after capturing "
        "Rastan and Talbiseh overnight. "
        "Rebels said early on Saturday they had taken Hama, after government forces pulled out overnight, as they "
        "closed in on Salamiyah. "
        "Heavy Russian airstrikes hit Idlib city and Maarat Misrin this morning."
    )
    events = events_by_place(text, gazetteer)
    assert {place: (str(e.date), e.date_precision) for place, e in events.items()} == {
        "Homs (outskirts of)": ("2024-12-07", APPROXIMATE),  # entered now; the night was Rastan's
        "Ar Rastan": ("2024-12-06", DAY),
        "Tallbisah": ("2024-12-06", DAY),
        "Hamah": ("2024-12-07", DAY),
        "As Salamiyah": ("2024-12-07", DAY),  # Saturday, not the night of the pull-out
        "Idlib": ("2024-12-07", DAY),  # "Idlib city and Maarat Misrin" is a list: this morning is both's
        "Ma'arratmisrin": ("2024-12-07", DAY),
    }


def test_days_after_without_a_count_is_a_few_days_before(gazetteer):
    text = (
        "date 2024-12-03 Syria\n\nSyrian rebels advanced towards the central city of Hama on Tuesday, days after "
        "seizing most of Aleppo."
    )
    events = events_by_place(text, gazetteer)
    assert (events["Hamah"].date, events["Hamah"].date_precision) == (date(2024, 12, 3), DAY)
    assert (events["Aleppo"].date, events["Aleppo"].date_precision) == (date(2024, 11, 30), APPROXIMATE)


def test_items_of_a_list_take_the_day_of_its_opening_not_of_the_item_before(gazetteer):
    text = (
        "date 2024-12-09 Syria\n\nKey events:\n- On Friday, rebels captured Hama.\n- Rebels entered Homs.\n\n"
        "Here's a recap of Friday's events:\n- Rebels took control of Rastan\n- Kurdish-led forces entered Deir ez-Zor"
    )
    events = events_by_place(text, gazetteer)
    assert {place: (str(e.date), e.date_precision) for place, e in events.items()} == {
        "Hamah": ("2024-12-06", DAY),
        "Homs": ("2024-12-09", APPROXIMATE),  # news of its own: not Hama's Friday
        "Ar Rastan": ("2024-12-06", DAY),  # the recap's Friday
        "Deir ez-Zor": ("2024-12-06", DAY),
    }


def test_weeks_after_an_attack_somewhere_date_that_place_before_the_sentence_s_day(gazetteer):
    text = (
        "date 2025-05-07 India\n\nIndia struck nine sites in Pakistan early on Wednesday, two weeks after an attack "
        "on tourists in Pahalgam in Indian Kashmir. Rebels reached Hama on Monday, a week after the assault on Aleppo."
    )
    events = events_by_place(text, gazetteer)
    assert (events["Pahalgam"].date, events["Pahalgam"].date_precision) == (date(2025, 4, 23), APPROXIMATE)
    assert (events["Hamah"].date, events["Hamah"].date_precision) == (date(2025, 5, 5), DAY)
    assert (events["Aleppo"].date, events["Aleppo"].date_precision) == (date(2025, 4, 28), APPROXIMATE)


def test_the_year_of_an_aside_about_people_is_not_the_sentence_s(gazetteer):
    text = (
        "date 2024-12-07 Daraa\n\nThe fighters, many of them former rebels who reconciled with the regime in 2018, "
        "first seized checkpoints in the eastern countryside of Daraa."
    )
    events = events_by_place(text, gazetteer)
    assert [(str(e.date), e.date_precision) for e in events.values()] == [("2024-12-07", APPROXIMATE)]


def test_a_line_that_opens_a_list_dates_its_items_below_a_blank_line(gazetteer):
    text = (
        "date 2025-11-27 Ukraine war latest\n\nKey developments on Nov. 26:\n\n"
        "- Russia launches over 400 drones at Ukraine, killing 6 in Kyiv\n"
        "- Ukrainian drones hit oil refinery in Ryazan, governor says"
    )
    events = events_by_place(text, gazetteer)
    assert {place: (str(e.date), e.date_precision) for place, e in events.items()} == {
        "Kyiv": ("2025-11-26", DAY),
        "Ryazan'": ("2025-11-26", DAY),
    }


def test_a_when_clause_after_a_past_month_is_background(gazetteer):
    text = (
        "date 2025-03-21 Sudan\n\nThe army has been advancing in the capital Khartoum since January, when it "
        "recaptured the key city of Wad Madani."
    )
    result = process_article(build_article("a.txt", text), gazetteer)
    assert [e.place for e in result.events] == ["Khartoum"]
    assert next(p.reason for p in result.places if p.text == "Wad Madani") == "background (2025)"


def test_weeks_after_the_group_retook_a_town_dates_it_weeks_before(gazetteer):
    text = (
        "date 2025-04-16 Somalia\n\nThe fall of Moqokori comes weeks after the group retook the town of Adan Yabaal "
        "in Middle Shabelle."
    )
    events = events_by_place(text, gazetteer)
    adan = next(e for place, e in events.items() if place.startswith("Adan Yabaal"))
    assert (adan.date, adan.date_precision) == (date(2025, 3, 26), APPROXIMATE)


def test_a_place_counted_from_what_came_before_it_on_a_day(gazetteer):
    assert dated(gazetteer, "Rebels took Homs 48 hours after entering Hama on Thursday.")["Homs"] == ("2024-12-07", DAY)
    assert dated(gazetteer, "Rebels took Homs a day after they captured Hama on Thursday.")["Homs"] == (
        "2024-12-06",
        DAY,
    )
    assert dated(gazetteer, "Rebels took Homs two days after they captured Hama on Sunday.")["Homs"] == (
        "2024-12-09",
        APPROXIMATE,
    )
    assert dated(gazetteer, "Rebels shelled Homs on Sunday, Dec. 8, and took Hama on Thursday, Dec. 5.") == {
        "Homs": ("2024-12-08", DAY),
        "Hamah": ("2024-12-05", DAY),  # its own date, after its weekday
    }


def test_since_a_day_is_from_then_on_not_that_day_alone(gazetteer):
    assert dated(gazetteer, "Israel has carried out air strikes on Latakia since Sunday.") == {
        "Latakia": ("2024-12-08", APPROXIMATE)
    }
    assert dated(gazetteer, "Israel has struck Latakia since the fall of Bashar al-Assad on Sunday.") == {
        "Latakia": ("2024-12-08", APPROXIMATE)
    }
    assert dated(gazetteer, "Rebels had been fighting near Homs since Friday, when they took Rastan.")["Ar Rastan"] == (
        "2024-12-06",
        DAY,
    )  # the day the when-clause tells of
    assert dated(gazetteer, "Aleppo fell on Sat., Dec. 7.") == {"Aleppo": ("2024-12-07", DAY)}
    assert dated(gazetteer, "Debris fell on Saturday in Aleppo.") == {}


def test_a_range_of_days_is_its_first_day_roughly_and_the_night_of_one_its_first_night(gazetteer):
    rastan = {
        "Rebels 6-7 Dec took Rastan near Homs.": ("2024-12-06", APPROXIMATE),
        "Rebels took Rastan near Homs on Dec. 6-7.": ("2024-12-06", APPROXIMATE),
        "Rebels took Rastan between 6 and 7 December.": ("2024-12-06", APPROXIMATE),
        "Rebels took Rastan on the night of 7-8 December.": ("2024-12-07", DAY),
    }
    for sentence, day in rastan.items():
        assert dated(gazetteer, sentence, "2024-12-10")["Ar Rastan"] == day, sentence
    no_range = dated(gazetteer, "Day 4 - 30 November\nRebels took Aleppo.", "2024-12-10")
    assert no_range["Aleppo"] == ("2024-11-30", DAY)


def test_a_place_of_an_after_clause_about_a_breakthrough_is_not_of_the_sentence_s_day(gazetteer):
    text = (
        "date 2025-08-20 Ukraine\n\nUkrainian forces have cleared Russian troops from the village of Vesele near "
        "Dobropillia, the Azov Corps said on Wednesday, after a Russian breakthrough north-east of Pokrovsk earlier "
        "this month."
    )
    events = events_by_place(text, gazetteer)
    pokrovsk = events["Pokrovsk (north-east of)"]
    assert (pokrovsk.kind, str(pokrovsk.date), pokrovsk.date_precision) == ("advance", "2025-08-20", APPROXIMATE)


def test_the_year_a_thing_was_made_or_a_place_is_remembered_for(gazetteer):
    assert dated(
        gazetteer,
        "Troops entered the demilitarized zone established in 1974 and took positions in several villages, "
        "including Hader.",
    ) == {"Hadar": ("2024-12-09", APPROXIMATE)}  # the zone's year, not the news'
    assert dated(gazetteer, "Turkish-backed fighters attacked Manbij under a deal agreed in 2019.") == {
        "Manbij": ("2024-12-09", APPROXIMATE)
    }
    assert dated(gazetteer, "The zone was established in 1974 near Quneitra.") == {}  # what the sentence tells
    remembered = "Hama lies north of Homs and was the scene of a 1982 massacre in which troops killed thousands."
    assert dated(gazetteer, remembered) == {}
    assert dated(gazetteer, "Rebels entered Hama, the scene of a 1982 massacre, after the army withdrew.") == {
        "Hamah": ("2024-12-09", APPROXIMATE)
    }
    assert dated(gazetteer, "The army shelled Saraqib, a town captured in 2020, on Sunday.") == {
        "Saraqib": ("2024-12-08", DAY)
    }


def test_the_day_of_an_agreement_s_clause_is_not_what_goes_on_despite_it(gazetteer):
    sentence = "Israeli strikes {} Nabatieh {}despite the ceasefire that came into effect on 27 November."
    assert dated(gazetteer, sentence.format("continued in", "")) == {"Nabatiye et Tahta": ("2024-12-09", APPROXIMATE)}
    assert dated(gazetteer, sentence.format("hit", "on Sunday, ")) == {"Nabatiye et Tahta": ("2024-12-08", DAY)}


def test_a_town_taken_before_the_day_of_the_main_clause_is_dated_by_it(gazetteer):
    assert dated(
        gazetteer,
        "Rebel forces reached the outskirts of Homs late on Friday, after capturing the towns of Rastan and Talbiseh.",
        published="2024-12-07",
    ) == {
        "Homs (outskirts of)": ("2024-12-06", DAY),
        "Ar Rastan": ("2024-12-06", APPROXIMATE),  # by Friday; not the day of the news, after it
        "Tallbisah": ("2024-12-06", APPROXIMATE),
    }


def test_overnight_on_a_range_of_days_is_its_first_night(gazetteer):
    assert dated(gazetteer, "Russian forces attacked Odesa overnight on 9-10 June.", published="2025-06-10") == {
        "Odesa": ("2025-06-09", DAY)
    }


def test_an_after_clause_with_a_time_of_its_own_keeps_it(gazetteer):
    events = dated(
        gazetteer,
        "M23 rebels entered the town of Masisi in eastern Congo on Wednesday, extending their advance after seizing "
        "Goma and Bukavu earlier this year.",
        published="2025-03-20",
    )
    assert events["Goma"] == events["Bukavu"] == ("2025-03-20", APPROXIMATE)  # this year's, not Wednesday


def test_the_past_of_districts_described_after_them_is_not_the_sentence_s(gazetteer):
    sentence = (
        "Crowds poured into the streets of Homs's Khalidiya and Bab Amr neighbourhoods, districts that were reduced "
        "to rubble during the siege of 2012, chanting and firing into the air."
    )
    assert dated(gazetteer, sentence)["Khalidiya"] == ("2024-12-09", APPROXIMATE)  # was background (2012)


def test_a_day_in_an_opening_since_clause_is_where_the_news_counts_from(gazetteer):
    assert dated(
        gazetteer,
        "Since launching their offensive on November 27, the rebels have seized dozens of towns, as well as Aleppo.",
        published="2024-12-05",
    ) == {"Aleppo": ("2024-11-27", APPROXIMATE)}  # from that day on, not on it


def test_hours_after_an_action_and_respective_days_before_another_clause(gazetteer):
    assert dated(
        gazetteer, "Rebels reached the outskirts of Homs on Saturday, 48 hours after seizing Hama.", "2024-12-07"
    )["Hamah"] == ("2024-12-05", DAY)
    assert dated(gazetteer, "Rebels reached Homs on Saturday, hours after seizing Rastan.", "2024-12-07")[
        "Ar Rastan"
    ] == ("2024-12-07", APPROXIMATE)
    events = dated(
        gazetteer,
        "Local groups took Daraa and Sweida on Friday and Saturday, and on Saturday night troops abandoned Quneitra.",
        "2024-12-08",
    )
    assert (events["Dar'a"], events["As-Suwayda"]) == (("2024-12-06", DAY), ("2024-12-07", DAY))


def test_a_paragraph_that_goes_on_with_the_one_before_keeps_its_day(gazetteer):
    events = events_by_place(
        "date 2025-04-19 Kharkiv\n\nRussia attacked Kharkiv with ballistic missiles on the morning of April 18.\n\n"
        "The missiles hit the city's Kyivskyi district, damaging a university.\n\n"
        "In the afternoon, Russian drones also struck the town of Chuhuiv.\n\n"
        "Drones hit Sumy, the regional administration said.",
        gazetteer,
    )
    assert str(events["Kyivskyi (Kharkiv)"].date) == str(events["Chuhuyiv"].date) == "2025-04-18"
    assert events["Sumy"].date_precision == APPROXIMATE  # a paragraph of its own news: the day of publication
    events = events_by_place(
        "date 2024-12-21 Yemen\n\nU.S. forces struck Sanaa on Saturday.\n\n"
        "The strikes came two days after Israeli jets hit the port of Hodeidah.",
        gazetteer,
    )
    assert events["Al Hudaydah"].date_precision == APPROXIMATE  # not Saturday: what came after it is not its day


def test_last_month_is_the_month_before_publication():
    assert resolve("The RSF attacked the Al-Nau hospital last month.", date(2025, 2, 1)) == DateInfo(
        date(2025, 1, 15), APPROXIMATE, "'last month' (the month before publication)"
    )
    assert resolve("Rebels took the town late last month.", date(2025, 1, 10)).date == date(2024, 12, 25)


def test_what_has_since_happened_is_after_the_day(gazetteer):
    assert dated(
        gazetteer,
        "The rebels launched their offensive on Wednesday and have since captured dozens of villages west of Aleppo.",
        published="2024-11-29",
    ) == {"Aleppo (west of)": ("2024-11-27", APPROXIMATE)}


def test_a_place_its_region_s_possessive_and_a_district_share_the_day_after_them(gazetteer):
    assert dated(
        gazetteer,
        "Militants attacked a checkpoint near Mirali in Khyber Pakhtunkhwa's North Waziristan district on Tuesday.",
        "2025-04-23",
    )["Mirali (Khyber Pakhtunkhwa)"] == ("2025-04-22", DAY)


def test_a_weekday_a_span_lasts_until_is_not_the_day_of_the_news(gazetteer):
    assert dated(
        gazetteer, "The authorities imposed a curfew in Latakia and Tartus until Saturday morning.", "2025-03-07"
    ) == {"Latakia": ("2025-03-07", APPROXIMATE), "Tartus": ("2025-03-07", APPROXIMATE)}  # not 1 March
    assert dated(gazetteer, "A curfew was imposed in Latakia until 10 a.m. Friday.", "2025-03-06") == {
        "Latakia": ("2025-03-06", APPROXIMATE)  # not the Friday before, with the hour it ends
    }


def test_the_previous_evening_and_within_hours_of_a_day_counted_back(gazetteer):
    assert dated(
        gazetteer,
        "In the early hours of Sunday, rebel fighters drove into Damascus. The previous evening, the army had "
        "abandoned Homs.",
    )["Homs"] == ("2024-12-07", DAY)  # the evening before Sunday, not the day of publication
    assert dated(
        gazetteer,
        "Syrian rebels seized Hama on Thursday. The rebels had launched their offensive eight days earlier and swept "
        "through Aleppo within 48 hours.",
        "2024-12-05",
    )["Aleppo"] == ("2024-11-29", DAY)  # 48 hours after 27 November, not after Thursday


def test_a_day_after_someone_hit_something_on_a_town(gazetteer):
    assert dated(
        gazetteer, "The strikes came a day after Israel hit government tanks advancing on Sweida.", "2025-07-16"
    )["As-Suwayda"] == ("2025-07-15", APPROXIMATE)


def test_a_day_after_a_drone_hit_a_city(gazetteer):
    events = events_by_place(
        "date 2024-07-21 Yemen\n\nIsraeli warplanes struck the port of Hodeidah on Saturday, a day after a Houthi drone "
        "hit Tel Aviv, killing one man.",
        gazetteer,
    )
    assert str(events["Tel Aviv"].date) == "2024-07-19"  # the day before the strike on Hodeidah
