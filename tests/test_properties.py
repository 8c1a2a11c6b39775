from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.events import process_article
from geo.ingest import build_article


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400), st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1))))
def test_no_text_crashes_the_pipeline(gazetteer, text, published):
    article = build_article("x.txt", text + " Rebels attacked Aleppo on Friday.")
    article = type(article)(**{**article.__dict__, "published": published})
    result = process_article(article, gazetteer)
    for event in result.events:
        assert 0 <= event.start < event.end <= len(article.text)
