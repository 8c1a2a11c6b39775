from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.events import process_article
from geo.ingest import build_article, page_metadata


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
