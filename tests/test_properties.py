from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.events import _reference_before, process_article
from geo.extract import (
    _PLACE_BEFORE,
    _PLACES_INCLUDING,
    _QUALIFIER_BEFORE,
    _QUALIFIER_LAST,
    _QUALIFIER_LAST_STEMS,
    _place_before,
)
from geo.ingest import build_article, page_metadata
from geo.textutil import ends_with_word


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400), st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1))))
def test_no_text_crashes_the_pipeline(gazetteer, text, published):
    article = build_article("x.txt", text + " Rebels attacked Aleppo on Friday.")
    article = type(article)(**{**article.__dict__, "published": published})
    result = process_article(article, gazetteer)
    for event in result.events:
        assert 0 <= event.start < event.end <= len(article.text)


_TAGS = st.sampled_from(
    ['<meta property="og:site_name" content="', '<meta name="date" content="', '<time datetime="', "<link rel=canonical href=",
     '<script type="application/ld+json">', "</script>", '">', "<p>", "2024-13-45", "{", "[", '"datePublished":'],
)  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(_TAGS, st.text(max_size=20)), max_size=30))
def test_no_page_crashes_reading_its_metadata(parts):
    page = "<html><head>" + "".join(parts) + "</head><body><p>Rebels took Homs.</p></body></html>"
    info = page_metadata(page)
    assert info.published is None or info.published.isoformat() in page  # a day the page states


# Words that may stand before a place, and the phrases that make it a reference point or institution.
_WORDS = st.sampled_from(["the", "of", "in", "to", "and", "near", "captured", "Hama", "north", ",", "city", "25", "km"])
_PHRASES = st.sampled_from(
    ["university of", "professor at", "based in", "born in", "capital,", "linking Damascus and", "connecting",
     "to the capital", "leading south to", "road to", "from the capital", "ties with", "embassy in",
     "highway between", "road between Hama and", "across the river from", "officials in", "25 km north of",
     "40km from the centre of", "speaking in", "told reporters in", "said in", "press conference in", "visited",
     "advancing from", "groups from", "withdrew towards", "moved west to", "leave for",
     "launched an offensive from their stronghold in", ", the capital of", ", the city in northern"],
)  # fmt: skip


_PLACE_PHRASES = st.sampled_from(
    ["the town of", "villages of", "the outskirts of", "towns, including", "villages such as", "areas, among them",
     "fled to", "fled south towards", "pushed into", "headed toward", "captured", "seized", "overran", "stormed",
     "recaptured", "retook", "took control of", "north of", "the central", "near", "outside", "around", "25 km from",
     "10 miles south of", "the countryside of", "province of", "western", "south-eastern", "city of",
     "villages on the east bank of the river, including", "towns, namely", "settlements such as"],
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(_WORDS, max_size=5),
    st.one_of(st.none(), _PHRASES, _PLACE_PHRASES),
    st.sampled_from(["", " ", " the ", "  "]),
)
def test_the_quick_checks_of_words_before_a_name_agree_with_the_full_patterns(words, phrase, end):
    head = " ".join([*words, phrase or ""]) + end
    assert _reference_before(head) == _reference_before(head, quick=False)
    full = _PLACE_BEFORE.search(head[-30:]) or _PLACES_INCLUDING.search(head[-90:])
    assert _place_before(head, len(head)) == bool(full)
    quick = ends_with_word(head, _QUALIFIER_LAST, _QUALIFIER_LAST_STEMS) and _QUALIFIER_BEFORE.search(head)
    assert bool(quick) == bool(_QUALIFIER_BEFORE.search(head))
