from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

PAGES = ["app.py", "pages/1_Events.py", "pages/2_Sources.py", "pages/3_Places.py"]


def run(page: str, **params: str | list[str]) -> AppTest:
    at = AppTest.from_file(str(ROOT / page), default_timeout=180)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def test_every_page_renders():
    for page in PAGES:
        at = run(page)
        assert not at.exception, (page, at.exception)
        assert at.title[0].value.startswith(("Frontline", "Events", "Sources", "Places"))


def test_main_page_reads_and_writes_the_url():
    at = run("app.py", day="2024-11-29", mode="cumulative", outlet="The Telegraph")
    assert not at.exception
    assert at.subheader[0].value.startswith("Up to Fri 29 Nov 2024 — ")
    assert at.subheader[0].value.endswith(" 1 outlet")
    assert one(at.query_params["day"]) == "2024-11-29" and one(at.query_params["outlet"]) == "The Telegraph"
    at.button(key="prev").click().run()
    assert one(at.query_params["day"]) == "2024-11-28"


def one(value: str | list[str]) -> str:
    return value[0] if isinstance(value, list) else value


def test_malformed_parameters_give_notices_not_errors():
    at = run("app.py", day="not-a-day", min_sources="lots", outlet="<script>x</script>")
    assert not at.exception
    notices = " ".join(i.value for i in at.info)
    assert "not a YYYY-MM-DD date" in notices and "min_sources" in notices and "unknown outlet" in notices


def test_kind_filter_on_the_events_page():
    at = run("pages/1_Events.py", kind="capture")
    assert not at.exception
    assert set(at.dataframe[0].value["kind"]) == {"capture"}


def test_outlet_and_corroboration_filters_on_the_events_page():
    at = run("pages/1_Events.py", outlet="The Times")
    assert set(at.dataframe[0].value["outlet"]) == {"The Times"}
    at = run("pages/1_Events.py", min_sources="2")
    table = at.dataframe[0].value
    assert not at.exception and 0 < len(table) < len(run("pages/1_Events.py").dataframe[0].value)


def test_play_steps_to_the_last_day_and_stops():
    at = run("app.py", day="2024-11-29")
    at.toggle(key="play").set_value(True).run()
    assert not at.exception
    assert one(at.query_params["day"]) == "2024-11-30"
    assert at.toggle(key="play").value is False


def test_new_articles_show_without_a_restart(tmp_path, monkeypatch):
    monkeypatch.setenv("FRONTLINE_ARTICLES_DIR", str(tmp_path))
    monkeypatch.setenv("FRONTLINE_DB_URL", f"sqlite:///{tmp_path / 'store.sqlite'}")
    (tmp_path / "a.txt").write_text("date 2024-11-29 A\n\nRebels captured Saraqib on Friday.", encoding="utf-8")
    at = run("pages/1_Events.py")
    assert set(at.dataframe[0].value["place"]) == {"Saraqib"}
    (tmp_path / "b.txt").write_text("date 2024-11-30 B\n\nRebels stormed Hama on Saturday.", encoding="utf-8")
    at.run()
    assert set(at.dataframe[0].value["place"]) == {"Saraqib", "Hamah"}


def test_adding_needs_the_editor_password(monkeypatch):
    monkeypatch.delenv("FRONTLINE_EDITOR_PASSWORD", raising=False)
    at = run("pages/4_Add_articles.py")
    assert not at.exception and "Editing is off" in at.info[0].value
    monkeypatch.setenv("FRONTLINE_EDITOR_PASSWORD", "s3cret")
    at = run("pages/4_Add_articles.py")
    at.text_input(key="password").input("wrong").run()
    assert "Enter the editor password" in at.info[0].value and not at.text_area


def test_pasted_article_is_previewed_saved_once_and_mapped(monkeypatch, tmp_path):
    monkeypatch.setenv("FRONTLINE_EDITOR_PASSWORD", "s3cret")
    monkeypatch.setenv("FRONTLINE_DB_URL", f"sqlite:///{tmp_path / 'store.sqlite'}")
    monkeypatch.setenv("FRONTLINE_ARTICLES_DIR", str(tmp_path))
    at = run("pages/4_Add_articles.py")
    at.text_input(key="password").input("s3cret").run()
    text = "date 2024-12-01 Hama\n\nRebels stormed Hama <script>alert(1)</script> on Sunday."
    at.text_area(key="pasted").input(text).run()
    assert not at.exception
    assert list(at.dataframe[0].value["place"]) == ["Hamah"]
    assert at.date_input(key="published-0").value.isoformat() == "2024-12-01"
    at.text_input(key="outlet-0").input("Reuters").run()
    at.button(key="save").click().run()
    assert "Saved pasted.txt: 1 events" in at.success[0].value.replace("\\", "")
    at.button(key="save").click().run()
    assert "already stored" in at.info[0].value
    events = run("pages/1_Events.py").dataframe[0].value
    assert list(events["place"]) == ["Hamah"] and list(events["outlet"]) == ["Reuters"]
    assert "<script>alert(1)</script>" in events["quote"][0]  # shown as text in the table


def test_events_page_shows_one_row_per_incident_with_its_outlets():
    at = run("pages/1_Events.py", min_sources="2")
    events = at.dataframe[0].value
    at.toggle(key="by_incident").set_value(True).run()
    incidents = at.dataframe[0].value
    assert not at.exception and 0 < len(incidents) < len(events)
    assert (incidents["n_sources"] >= 2).all()
    assert all(len(quotes) >= 2 for quotes in incidents["quotes"])
