import codecs
from datetime import date

import markdown
import pytest

from geo.errors import BadInput
from geo.ingest import (
    SourceInfo,
    article_text,
    build_article,
    html_to_text,
    infer_metadata,
    load_articles,
    read_article,
    read_manifest,
    url_date,
)


def test_manifest_fills_metadata_and_says_so(tmp_path):
    (tmp_path / "a.txt").write_text("Rebels took Aleppo on Friday.", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,outlet,url,published\na.txt,The Times,,2024-11-30\n")
    [article], errors = load_articles([tmp_path])
    assert errors == []
    assert (article.outlet, article.published) == ("The Times", date(2024, 11, 30))
    assert "outlet: manifest" in article.metadata_source and "url: unknown" in article.metadata_source


def test_bad_manifest_rows_and_files_are_reported_and_good_files_kept(tmp_path):
    (tmp_path / "good.txt").write_text("Rebels took Aleppo.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   ", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "notes.json").write_text("{}")
    (tmp_path / "sources.csv").write_text("file,outlet,url,published\ngood.txt,X,,30/11/2024\n")
    articles, errors = load_articles([tmp_path])
    assert [a.name for a in articles] == ["good.txt"]
    messages = sorted(str(e) for e in errors)
    assert any("empty.txt: has no text" in m for m in messages)
    assert any("binary.txt: looks like a binary file" in m for m in messages)
    assert any("sources.csv:2: published date '30/11/2024' is not YYYY-MM-DD" in m for m in messages)


def test_utf16_text_with_its_byte_order_mark_is_read_and_binary_data_behind_one_refused(tmp_path):
    (tmp_path / "notepad.txt").write_bytes("Rebels take Hama\n\nRebels entered Hama on Thursday.".encode("utf-16"))
    (tmp_path / "junk.txt").write_bytes(codecs.BOM_UTF16_LE + bytes(64) + b"PK\x03\x04")  # zeros, as binary data has
    articles, errors = load_articles([tmp_path])
    assert [(a.name, a.title) for a in articles] == [("notepad.txt", "Rebels take Hama")]
    assert [str(e) for e in errors] == [f"{tmp_path / 'junk.txt'}: looks like a binary file, not text"]


def test_manifest_with_missing_columns(tmp_path):
    path = tmp_path / "sources.csv"
    path.write_text("file,outlet\na.txt,X\n")
    rows, errors = read_manifest(path)
    assert rows == {} and "missing column(s) url, published" in str(errors[0])


def test_text_encodings_size_and_html():
    assert article_text("a.txt", "café in Aleppo".encode("cp1252")) == "café in Aleppo"
    html = b"<html><head><script>alert(1)</script></head><body><p>Rebels took <b>Aleppo</b>.</p></body></html>"
    assert article_text("a.html", html) == "Rebels took Aleppo."  # bold runs on with the words around it
    page = b"<title>Rebels take Homs - The Times</title><h1>Rebels take Homs</h1><p>They entered it on Friday.</p>"
    assert article_text("b.html", page) == "Rebels take Homs\n\nThey entered it on Friday."  # the headline once
    framed = (
        b"<nav><ul><li>Ukraine</li><li>Gaza</li></ul></nav><h1>Rebels take Hama</h1><p>They entered it.</p>"
        b"<aside><h2>Most viewed</h2><li>Russian missile attack on Kyiv kills three</li></aside><footer>(c) 2024</footer>"
    )
    assert article_text("c.html", framed) == "Rebels take Hama\n\nThey entered it."  # menus and side columns dropped
    related = (
        b"<h1>Rebels enter Homs</h1><p>They entered it.</p><ul><li><a href='/a'>Israel strikes Damascus airport</a></li>"
        b"<li><a href='/b'>Who seized Aleppo?</a></li></ul><ul><li>Rebels took <a href='/c'>Rastan</a> on Friday</li></ul>"
    )
    assert article_text("d.html", related) == "Rebels enter Homs\n\nThey entered it.\n\nRebels took Rastan on Friday"
    note = b"# Syria today\n\n- Rebels say they have taken **Damascus**, [Reuters](https://reuters.com) said.\n"
    assert article_text("c.md", note) == "Syria today\n\nRebels say they have taken Damascus, Reuters said."
    assert article_text("d.txt", note).startswith("# Syria today")  # only Markdown files lose their markup
    with pytest.raises(BadInput, match="over the"):
        article_text("big.txt", b"a" * 2_000_001)


def test_metadata_inferred_from_text():
    text = "date 2024-11-29 Rebels take Aleppo\n\nBody.\n\n1. https://www.thetimes.com/article/x\n"
    title, outlet, published, how = infer_metadata(text)
    assert (title, outlet, published) == ("Rebels take Aleppo", "The Times", date(2024, 11, 29))
    assert how["published"] == "text: 'date' line"
    assert build_article("x.txt", "No clue at all.").outlet == ""
    title, outlet, published, how = infer_metadata("Kyiv Post\ndate 2024-12-12 Russia closes in\n\nBody.")
    assert (title, published) == ("Russia closes in", date(2024, 12, 12))  # under the outlet's line


def test_publication_date_and_outlet_from_an_article_header():
    text = "Israeli strikes pound Beirut suburbs\n\nBy Staff Writer, Al Jazeera\nPublished 2024-10-03\n\nBody."
    title, outlet, published, how = infer_metadata(text)
    assert (title, outlet, published) == ("Israeli strikes pound Beirut suburbs", "Al Jazeera", date(2024, 10, 3))
    assert how == {"outlet": "text: byline naming Al Jazeera", "published": "text: date line '2024-10-03'"}
    wire = "Rebels seize Daraa\n\nAMMAN, Dec 7 (Reuters) - Local opposition fighters took control of Daraa."
    assert infer_metadata(wire)[1:3] == ("Reuters", None)  # the dateline has no year: the date stays unknown
    assert infer_metadata("Rebels take the capital\n\nDAMASCUS, Syria (AP) — Insurgents took over.")[1] == (
        "Associated Press"
    )
    assert infer_metadata("Strikes kill dozens in Gaza\nFrom Reuters\n\nBody.")[1] == "Reuters"
    dated = "Insurgents seize Mosul\n\nBAGHDAD, June 10, 2014 — Sunni militants overran Mosul on Tuesday."
    assert infer_metadata(dated)[2:] == (date(2014, 6, 10), {"published": "text: dateline 'June 10, 2014'"})
    keyevents = "# Key events in Syria\n\n*Reuters, December 9, 2024*\n\n* **Nov 27** - Rebels attack."
    assert infer_metadata(html_to_text(markdown.markdown(keyevents)))[1:3] == ("Reuters", date(2024, 12, 9))
    ap = "Insurgents reach Homs\n\nUpdated 6:45 PM GMT+2, December 6, 2024\n\nBEIRUT (AP) — Insurgents said ..."
    assert infer_metadata(ap)[1:3] == ("Associated Press", date(2024, 12, 6))
    assert infer_metadata("Syria live\n\nBy Al Jazeera Staff\n\nBody.")[1] == "Al Jazeera"
    assert infer_metadata("Rebels took Aleppo.\nBy Friday they held the citadel, said Hassan, a resident.")[1] == ""


def test_publication_date_and_outlet_from_a_signed_closing_line():
    body = "Russian troops pushed into Kurakhove.\n\nThe army said so.\n\nIt gave no figures.\n\nNo more.\n\n"
    title, outlet, published, how = infer_metadata(body + "Published Nov. 27, 2024 · The Kyiv Independent\n")
    assert (outlet, published) == ("The Kyiv Independent", date(2024, 11, 27))
    assert how["outlet"] == "text: date line signed The Kyiv Independent"
    assert infer_metadata(body + "Published 6 December 2024 by The National")[1:3] == (
        "The National",
        date(2024, 12, 6),
    )
    assert infer_metadata("# Syria\n\nPublished 8 December 2024, 09:30 GMT — BBC News\n\nBody.")[1:3] == (
        "BBC News",
        date(2024, 12, 8),
    )
    assert infer_metadata(body + "Published 6 December 2024 by John Smith")[1:3] == ("", date(2024, 12, 6))
    assert infer_metadata(body + "Talks resumed on Dec. 6, 2024 - The National said.")[1:3] == ("", None)


def test_outlet_and_date_from_the_manifest_url_when_the_manifest_lacks_them():
    info = SourceInfo("", "https://www.reuters.com/world/middle-east/syria-rebels-2024-12-07/", None)
    article = build_article("a.txt", "Rebels took Hama.", info)
    assert (article.outlet, article.published) == ("Reuters", date(2024, 12, 7))
    assert "outlet: manifest url's domain reuters.com" in article.metadata_source
    assert url_date("https://www.theguardian.com/world/2024/dec/07/syria") == date(2024, 12, 7)
    assert url_date("https://www.aljazeera.com/news/2024/12/7/live") == date(2024, 12, 7)
    assert url_date("https://apnews.com/article/syria-2b5c3f") is None
    assert url_date("https://example.org/2024/13/45/x") is None  # not a date


def test_an_html_page_says_who_published_it_and_when(tmp_path):
    page = (
        '<html><head><title>Rebels enter Homs</title><meta property="og:site_name" content="reuters">'
        '<meta property="article:published_time" content="2024-12-07T09:15:00Z">'
        '<link rel="canonical" href="https://www.reuters.com/world/homs/"></head>'
        "<body><p>Rebels entered Homs on Saturday.</p></body></html>"
    )
    (tmp_path / "homs.html").write_text(page, encoding="utf-8")
    (tmp_path / "dated.html").write_text(
        '<html><body><script type="application/ld+json">{"datePublished": "2024-12-08", "publisher": '
        '{"name": "Al Jazeera"}}</script><p>Rebels took Damascus.</p></body></html>',
        encoding="utf-8",
    )
    articles, errors = load_articles([tmp_path])
    by_name = {a.name: a for a in articles}
    homs = by_name["homs.html"]
    assert (homs.outlet, homs.published, homs.url) == (
        "Reuters",  # as the outlets list spells it, though the page says "reuters"
        date(2024, 12, 7),
        "https://www.reuters.com/world/homs/",
    )
    assert "published: page metadata" in homs.metadata_source and not errors
    assert (by_name["dated.html"].outlet, by_name["dated.html"].published) == ("Al Jazeera", date(2024, 12, 8))


def test_no_break_spaces_soft_hyphens_and_zero_width_spaces_are_plain_text():
    article = read_article("a.txt", "Rebels entered Alep\u00adpo\u200b on\u00a0Friday.\r\n".encode())
    assert article.text == "Rebels entered Aleppo on Friday.\n"


def test_an_outlet_s_staff_byline_and_a_reporter_s_post_name_the_outlet():
    def outlet(byline):
        return infer_metadata(f"Title\n\n{byline}\n\nBody of the article.")[1]

    assert outlet("By Kyiv Independent news desk") == "The Kyiv Independent"
    assert outlet("By Addis Standard staff") == "Addis Standard"  # not a listed outlet, but its staff
    assert outlet("By Al-Monitor Staff") == "Al-Monitor"  # a hyphen in the outlet's name
    assert infer_metadata("Army units redeploy\n\nHama, SANA – December 4, 2024\n\nBody.")[1:3] == (
        "SANA",
        date(2024, 12, 4),
    )  # a town, the outlet and the date
    assert outlet("By Lina Sinjab, BBC Middle East correspondent") == "BBC News"
    assert outlet("By Emanuel Fabian") == outlet("By our staff") == ""  # a person; no outlet named


def test_lines_that_link_to_other_stories_are_blanked():
    text = (
        "Rebels take Daraa\n\nFighters took Daraa on Friday.\n\nlist of 2 items\nlist 1 of 2\nIsrael strikes "
        "the Bekaa valley\nlist 2 of 2\nRussian attack on Kharkiv kills three\nend of list\n\nRead more: Rebels "
        "enter Hama\n\nAdvertisement\n\nThe army withdrew."
    )
    kept = [line for line in read_article("a.txt", text.encode()).text.split("\n") if line]
    assert kept == ["Rebels take Daraa", "Fighters took Daraa on Friday.", "The army withdrew."]
    unclosed = "Rebels take Daraa\n\nlist of 2 items\nFighters took Daraa on Friday."
    assert read_article("b.txt", unclosed.encode()).text == unclosed  # no end: nothing is lost


def test_a_wire_story_s_photo_captions_trailer_and_updated_date_line():
    text = (
        "Syrian rebels capture Deir ez-Zor airport\nReuters\nDecember 7, 2024 9:41 AM GMT+2 Updated 2 hours ago\n\n"
        "[1/3] A fighter stands next to a destroyed tank in Deir ez-Zor, Syria, December 7, 2024. REUTERS/Stringer "
        "Purchase Licensing Rights, opens new tab\n\nBEIRUT, Dec 7 (Reuters) - Kurdish-led forces took control of "
        "Deir ez-Zor airport on Saturday.\n\nReporting by Maya Gebeily in Beirut; Editing by William Maclean\n\n"
        "Our Standards: The Thomson Reuters Trust Principles., opens new tab\n"
    )
    article = read_article("r.txt", text.encode())
    assert (article.outlet, article.published) == ("Reuters", date(2024, 12, 7))  # the date, though updated since
    assert [line for line in article.text.split("\n")[3:] if line] == [
        "BEIRUT, Dec 7 (Reuters) - Kurdish-led forces took control of Deir ez-Zor airport on Saturday."
    ]  # no caption of a photo, no byline of the reporters


def test_a_date_line_published_by_its_outlet():
    article = build_article(
        "m.txt", "Assad falls\n\nPublished by Al-Monitor, 9 December 2024\n\nRebels entered Damascus."
    )
    assert (article.outlet, article.published) == ("Al-Monitor", date(2024, 12, 9))
    assert "outlet: text: date line of Al-Monitor" in article.metadata_source


def test_a_date_line_of_the_outlet_a_dash_and_the_date():
    text = "# Assad regime falls\n\n*Axios — Dec 8, 2024*\n\nSyrian rebels declared Damascus free early Sunday."
    article = read_article("a.md", text.encode())
    assert (article.outlet, article.published) == ("Axios", date(2024, 12, 8))
    assert "outlet: text: date line of Axios" in article.metadata_source


def test_an_outlet_line_above_a_posted_line():
    article = build_article(
        "abc.txt", "Celebrations in Homs\nABC News\nPosted Sun 8 Dec 2024 at 4:12am\n\nRebels took Homs overnight."
    )
    assert (article.outlet, article.published) == ("ABC News", date(2024, 12, 8))


def test_the_address_of_the_article_on_a_line_of_its_own():
    text = "Rebels take Homs\n\nRebels took Homs late on Saturday.\n\nSource: https://apnews.com/article/homs-2024-12-07-abc\n"
    article = build_article("ap.txt", text)
    assert (article.outlet, article.url, article.published) == (
        "Associated Press",
        "https://apnews.com/article/homs-2024-12-07-abc",
        date(2024, 12, 7),
    )
    assert "published: text: the date in its address" in article.metadata_source
    other = build_article("x.txt", "Rebels take Homs\n\nhttps://example.org/2024/12/07/homs\n")
    assert (other.url, other.published) == ("", None)  # no outlet's site: no telling whose page that is


def test_a_dateline_that_opens_with_the_date():
    article = build_article(
        "st.txt",
        "Army breaks siege of El Obeid\n\nFebruary 24, 2025 (KHARTOUM) – The Sudanese army said on Sunday it had "
        "broken the siege of El Obeid.\n",
    )
    assert article.published == date(2025, 2, 24)
    assert article.outlet == ""  # the brackets hold the town, not the outlet
    assert "published: text: dateline 'February 24, 2025'" in article.metadata_source


def test_an_outlet_credited_with_an_agency_a_town_before_the_date_and_a_slashed_agency():
    sabah = build_article(
        "s.txt",
        "SNA takes Tal Rifaat\n\nDAILY SABAH WITH AA\nISTANBUL Dec 02, 2024 - 10:41 am GMT+3\n\nThe SNA on Sunday "
        "took Tal Rifaat.\n",
    )
    assert (sabah.outlet, sabah.published) == ("Daily Sabah", date(2024, 12, 2))
    tass = build_article(
        "t.txt", "Army repels attacks\n\nMOSCOW, December 4. /TASS/. Syrian troops repelled attacks near Hama.\n"
    )
    assert (tass.outlet, tass.published) == ("TASS", None)  # no year given: the date stays unknown
    assert "outlet: text: dateline '/TASS/'" in tass.metadata_source


def test_an_outlet_s_subdomain_and_initials_that_name_two_outlets():
    linked = build_article("a.txt", "Rebels enter Hama\n\nSee https://english.alarabiya.net/News/2024/12/05/x\n")
    assert linked.outlet == "Al Arabiya English"
    assert build_article("b.txt", "Strikes on Idlib\n\nBy RT\n\nJets struck Idlib.\n").outlet == "RT"
    assert (
        build_article("c.txt", "Strikes on Idlib\n\nBy AA\n\nJets struck Idlib.\n").outlet == ""
    )  # two outlets' initials


def test_an_html_page_s_captions_and_table_rows_are_text_once():
    html = (
        "<html><body><article><h1>Timeline</h1><figure><img src='x.jpg'><figcaption>Fighters in Hama on Thursday"
        "</figcaption></figure><table><tr><th>Date</th><th>Event</th></tr><tr><td>7 December</td><td>Homs falls"
        "</td></tr></table><ul><li><p>Rebels enter Damascus</p></li></ul></article></body></html>"
    )
    assert html_to_text(html).split("\n\n") == [
        "Timeline",
        "Fighters in Hama on Thursday",
        "Date: Event",
        "7 December: Homs falls",
        "Rebels enter Damascus",  # a paragraph in a list item: once
    ]


def test_a_markdown_table_s_rows_are_text():
    article = read_article("t.md", b"# Timeline\n\n| Date | Event |\n|---|---|\n| 7 December | Homs falls |\n")
    assert article.text.split("\n\n") == ["Timeline", "Date: Event", "7 December: Homs falls"]


def test_a_dateline_of_two_towns_a_dash_and_the_date():
    article = build_article(
        "d.txt",
        "RSF storms Zamzam camp\n\nRadio Dabanga\nEL FASHER / TAWILA – April 14, 2025\n\nThe RSF stormed the camp.\n",
    )
    assert (article.outlet, article.published) == ("Radio Dabanga", date(2025, 4, 14))


def test_a_date_written_in_figures_and_words_and_a_page_s_section_links():
    article = read_article(
        "dw.txt",
        b"Syria: Rebels claim control of Homs\nDW\n12/07/2024December 7, 2024\n\nRebels captured Homs.\n\n"
        b"Skip next section What we know so far\n\nWhat we know so far\n",
    )
    assert article.published == date(2024, 12, 7)  # the one written out: 12/07 could be 12 July
    assert "Skip next section" not in article.text


def test_an_outlet_in_brackets_opening_the_text():
    cnn = build_article(
        "c.txt",
        "Updated 6 December 2024, 10:30 a.m. ET\n\nRebels advance on Homs\n\n(CNN) — Rebels advanced on Homs.\n",
    )
    assert (cnn.outlet, cnn.published) == ("CNN", date(2024, 12, 6))
    assert "outlet: text: dateline '(CNN)'" in cnn.metadata_source
    assert build_article("u.txt", "Rebels advance\n\n(Updated) — Rebels advanced on Homs.\n").outlet == ""  # no outlet


def test_a_source_line_naming_the_outlet():
    article = build_article(
        "e.txt", "Rebels take Homs\n\nLast updated: 07 December 2024\nSource: Middle East Eye\n\nRebels took Homs.\n"
    )
    assert (article.outlet, article.published) == ("Middle East Eye", date(2024, 12, 7))


def test_a_wiki_s_citation_marks_are_blanked_where_they_stand(tmp_path):
    (tmp_path / "w.txt").write_text(
        "Offensive\n\nOn 1 December, the SNA captured Tell Rifaat.[16] Hama fell on 5 December.[17][18]\n"
    )
    [article], problems = load_articles([tmp_path])
    assert not problems and "[16]" not in article.text
    assert article.text.index("Hama") == len("Offensive\n\nOn 1 December, the SNA captured Tell Rifaat.[16] ")


def test_a_date_in_figures_that_reads_both_ways_is_read_as_the_text_s_dates_say():
    def published(body):
        _, _, when, how = infer_metadata(f"Syria: violence\n\nDeutsche Welle\n03/09/2025\n\n{body}")
        return str(when), how["published"]

    assert published("Gunmen ambushed patrols near Jableh on Thursday, March 6.") == (
        "2025-03-09",
        "text: date line '03/09/2025', month first: the text's dates name March",
    )
    when, how = published("Gunmen ambushed patrols near Jableh on Thursday.")
    assert when == "2025-09-03" and "month first it would be 2025-03-09" in how  # day first, and says so
    assert published("Gunmen struck on 30 August.")[0] == "2025-09-03"


def test_an_outlet_line_with_a_hyphenated_name():
    article = build_article(
        "a.txt", "date 2024-12-09 Rebels enter Latakia\nAsharq Al-Awsat\n\nRebels entered Latakia.\n"
    )
    assert article.outlet == "Asharq Al-Awsat"


def test_an_outlet_line_and_a_date_without_a_space_after_its_comma():
    article = build_article(
        "j.txt",
        "Jordan closes Jaber border crossing with Syria\nThe Jordan Times\nDec 6,2024\n\nAMMAN — Jordan closed it.",
    )
    assert (article.outlet, article.published) == ("The Jordan Times", date(2024, 12, 6))


def test_an_outlet_by_its_initials_without_its_small_words():
    article = build_article("s.txt", "Escalation in Aleppo\nSOHR\n29 November 2024\n\nFactions advanced on Aleppo.")
    assert article.outlet == "Syrian Observatory for Human Rights"  # "for" has no letter in SOHR


def test_a_date_written_twice_without_a_space_as_al_jazeera_pages_copy():
    article = build_article(
        "a.txt", "Rebels enter Aleppo\nPublished On 30 Nov 202430 Nov 2024\n\nRebels entered Aleppo."
    )
    assert article.published == date(2024, 11, 30)


def test_an_outlet_the_text_says_it_was_told_something():
    text = "Drones hit four air bases\nJune 1, 2025\n\nThe operation hit 41 aircraft, a source in the SBU told the {}."
    article = build_article("k.txt", text.format("Kyiv Independent"))
    assert (article.outlet, article.metadata_source.split(";")[0]) == (
        "The Kyiv Independent",
        "outlet: text: 'told the Kyiv Independent'",
    )
    assert build_article("k.txt", text.format("Kyiv City Council")).outlet == ""  # no outlet of that name


def test_a_printed_page_s_header_date_and_words_broken_over_two_lines():
    text = (
        "THE OBSERVER · WORLD · 6 DECEMBER 2024          Page 12\n\n"
        "Rebel fighters entered Hama on Thurs-\nday after heavy fighting on its out-\n"
        "skirts, the well-\nknown monitor said. Jets struck Maarat-\nal-Numan.\n"
    )
    article = read_article("o.txt", text.encode())
    assert article.published == date(2024, 12, 6)
    assert "on Thursday\n" in article.text and "its outskirts,\n" in article.text  # made whole
    assert "the well-known\n" in article.text and "Maarat-al-Numan.\n" in article.text  # hyphenated words stay so
    assert len(article.text) == len(text)  # offsets kept: spaces for what was taken out


def test_a_timeline_s_first_date_heading_is_no_publication_date():
    text = "Fall of Assad — timeline\n\n27 November 2024\n* Rebels launch an offensive.\n\n29 November 2024\n* Rebels "
    text += "enter Aleppo.\n\n30 November 2024\n* Aleppo falls.\n"
    article = build_article("t.txt", text)
    assert article.published == date(2024, 11, 30)  # the latest day it tells of, and says so
    assert "published: text: the latest of 3 date headings" in article.metadata_source
    assert build_article("n.txt", "Rebels enter Aleppo\n29 November 2024\n\nRebels entered Aleppo.").published == date(
        2024, 11, 29
    )  # one date line heads an article


def test_a_dateline_in_brackets():
    text = "Syria: Executions by Factions in Afrin\n\n(Beirut, March 12, 2025) – Armed groups executed 12 civilians.\n"
    assert build_article("h.txt", text).published == date(2025, 3, 12)


def test_a_date_line_with_a_time_and_the_outlet_after_commas():
    text = (
        "Assad's troops melt away\n\nRichard Spencer\nSunday December 08 2024, 12.01am, The Times\n\nRebels took Homs."
    )
    article = build_article("t.txt", text)
    assert (article.outlet, article.published) == ("The Times", date(2024, 12, 8))
    signed = build_article("r.txt", "Who controls what\n\nDecember 9, 2024 By Reuters\n\n(Reuters) - Rebels hold Homs.")
    assert signed.published == date(2024, 12, 9)  # not cut at the comma inside the date


def test_a_wire_dateline_without_a_year_dated_by_the_weekday_its_report_opens_with():
    text = (
        "Ukraine strikes Kursk\n\nKYIV, Jan 10 (Reuters) - Ukraine's military said on Friday it had struck a command "
        "post in Russia's Kursk region.\n\nUkraine launched its incursion into Kursk in August 2024."
    )
    article = build_article("k.txt", text)
    assert article.published == date(2025, 1, 10)  # of 2024 and the years after it, the one Jan 10 is a Friday
    assert "'Jan 10' without a year: 2025" in article.metadata_source
    assert build_article("k.txt", text.replace("on Friday", "on Thursday")).published is None  # no year fits
    assert build_article("k.txt", text.replace("in August 2024", "last summer")).published is None  # no year named
    slashed = "MOSCOW, December 4. /TASS/. Russian forces took Ukrainka on Wednesday, as in 2023 they took Marinka."
    assert build_article("t.txt", slashed).published == date(2024, 12, 4)


def test_an_outlet_in_a_dateline_s_brackets_written_with_an_apostrophe():
    article = build_article(
        "l.txt", "Strikes on Tyre\n\nBEIRUT, 21 October 2024 (L'Orient Today) – Israeli warplanes struck Tyre."
    )
    assert (article.outlet, article.published) == ("L'Orient Today", date(2024, 10, 21))


def test_a_date_in_figures_read_month_first_where_only_that_is_the_weekday_the_text_names():
    text = "Russia claims Toretsk\n\nDW\n02/12/2025\n\nRussia's Defense Ministry on Wednesday said it took Toretsk."
    article = build_article("d.txt", text)
    assert article.published == date(2025, 2, 12)  # a Wednesday; 2 December 2025 is a Tuesday
    assert "month first: the Wednesday the text names first" in article.metadata_source
    assert build_article("d.txt", text.replace("Wednesday", "Friday")).published == date(2025, 12, 2)


def test_a_dateline_of_two_towns_and_an_outlet_s_own_correspondent():
    text = (
        "Rebels encircle Homs\nDecember 7, 2024\n\nBEIRUT/AMMAN, Dec 7 (Reuters) - Syrian rebels said on Saturday ..."
    )
    assert build_article("r.txt", text).outlet == "Reuters"
    text = (
        "Rebels take Hama\n5 Dec 2024\n\nAl Jazeera’s Resul Serdar, reporting from Hatay, said the capture was a blow."
    )
    article = build_article("a.txt", text)
    assert article.outlet == "Al Jazeera"
    assert article.metadata_source.startswith("outlet: text: 'Al Jazeera’s Resul Serdar, reporting from'")


def test_a_date_with_its_comma_before_the_year_as_al_arabiya_writes_it():
    article = build_article(
        "a.txt", "Army pulls out of Deir ez-Zor\nPublished: 06 December ,2024: 08:40 PM GST\n\nText."
    )
    assert article.published == date(2024, 12, 6)
    assert "'06 December ,2024'" in article.metadata_source  # quoted as written


def test_a_town_and_an_agency_opening_the_report_with_two_hyphens():
    assert build_article("s.txt", "Army advances\n\nDamascus, SANA -- The army said on Sunday ...").outlet == "SANA"


def test_a_date_in_figures_that_reads_only_month_first():
    article = build_article(
        "d.txt", "Rebels take Aleppo airport\n\nDW\n11/30/2024\n\nRebels on Saturday seized the airport."
    )
    assert article.published == date(2024, 11, 30)  # as DW and US outlets write it; no 30th month


def test_a_header_date_set_off_by_slashes_as_cbs_writes_it():
    article = build_article(
        "c.txt", "Rebels enter Homs\n\nDECEMBER 7, 2024 / 11:45 PM / CBS/AP\n\nRebels entered Homs."
    )
    assert article.published == date(2024, 12, 7)
