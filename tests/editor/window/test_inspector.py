"""The inspector edits the selection through undo commands and follows every change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFocusEvent, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cjdesigner.editor.commands import UpdateFields
from cjdesigner.editor.window import MainWindow
from cjdesigner.model import AVATAR_MAX_BYTES, Evidence, Kpi, Sentiment


def select(window: MainWindow, *ids: str) -> None:
    window.scene.select_ids(list(ids))


def focus_in(widget: Any) -> None:
    """What clicking into a field does: a new editing session starts."""
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusIn))


def test_nothing_selected_shows_the_map(window: MainWindow) -> None:
    form = window.inspector.current_form()
    assert form is window.inspector.map_form
    assert window.inspector.map_form.title.text() == "Test journey"


def test_selecting_a_card_shows_every_field(window: MainWindow) -> None:
    select(window, "t2")
    form = window.inspector.touchpoint_form
    assert window.inspector.current_form() is form
    assert form.title.text() == "Zażółć gęślą"
    assert form.channel.currentData() == "email"
    assert form.sentiment.buttons[Sentiment.NEGATIVE].isChecked()
    assert form.pain_points.values() == ["Slow"]
    assert form.emotion.currentData() is None
    assert form.evidence.currentData() is None  # not stated yet (a new card's default)
    assert "Stage 1" in form.subheading.text() and "Anna Kowalska" in form.subheading.text()
    # the catalogue's channels and "No channel" first (a map of the editor has none yet)
    assert form.channel.count() == len(window.doc.map.channels) + 1  # type: ignore[union-attr]


def test_typing_merges_into_one_undo_step_and_undo_shows_the_old_value(
    window: MainWindow, qtbot: QtBot
) -> None:
    doc = window.doc
    assert doc is not None
    select(window, "t0")
    title = window.inspector.touchpoint_form.title
    focus_in(title)
    before = doc.undo_stack.count()
    title.selectAll()
    qtbot.keyClicks(title, "Sees a TikTok ad")
    assert doc.map.touchpoint("t0").title == "Sees a TikTok ad"
    assert doc.undo_stack.count() == before + 1
    window.window_actions.undo.trigger()
    assert doc.map.touchpoint("t0").title == "Sees an ad"
    assert title.text() == "Sees an ad"
    window.window_actions.redo.trigger()
    assert title.text() == "Sees a TikTok ad"


def test_a_new_editing_session_is_a_new_undo_step(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.doc
    assert doc is not None
    select(window, "t0")
    owner = window.inspector.touchpoint_form.owner
    focus_in(owner)
    qtbot.keyClicks(owner, "Marketing")
    focus_in(owner)
    qtbot.keyClicks(owner, " team")
    assert doc.map.touchpoint("t0").owner == "Marketing team"
    doc.undo_stack.undo()
    assert doc.map.touchpoint("t0").owner == "Marketing"
    assert owner.text() == "Marketing"


def test_changes_from_elsewhere_show_at_once(window: MainWindow) -> None:
    doc = window.doc
    assert doc is not None
    select(window, "t1")
    form = window.inspector.touchpoint_form
    doc.push(UpdateFields(doc, "touchpoint", "t1", {"sentiment": Sentiment.POSITIVE}))
    assert form.sentiment.buttons[Sentiment.POSITIVE].isChecked()
    doc.push(UpdateFields(doc, "touchpoint", "t1", {"title": "From the canvas"}))
    assert form.title.text() == "From the canvas"
    assert form.heading.text() == "From the canvas"


def test_sentiment_emotion_channel_and_flags(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.doc
    assert doc is not None
    select(window, "t1")
    before = doc.map.touchpoint("t1").model_dump()
    form = window.inspector.touchpoint_form
    qtbot.mouseClick(form.sentiment.buttons[Sentiment.NEGATIVE], Qt.MouseButton.LeftButton)
    assert doc.map.touchpoint("t1").sentiment == Sentiment.NEGATIVE
    form.emotion.activated.emit(form.emotion.findData(-2))
    assert doc.map.touchpoint("t1").emotion == -2
    form.channel.activated.emit(form.channel.findData("store"))
    assert doc.map.touchpoint("t1").channel == "store"
    form.milestone.setChecked(True)
    form.journey_end.setChecked(True)
    form.evidence.activated.emit(form.evidence.findData(Evidence.RESEARCH))
    t = doc.map.touchpoint("t1")
    assert t.milestone and t.journey_end and t.evidence == Evidence.RESEARCH
    for _ in range(6):
        doc.undo_stack.undo()
    assert doc.map.touchpoint("t1").model_dump() == before
    assert form.emotion.currentData() is None  # back to "not scored"
    assert form.emotion.currentIndex() == 0
    assert form.evidence.currentData() is None and form.evidence.currentIndex() == 0
    assert form.channel.currentData() == "website"
    assert not form.milestone.isChecked()


def test_kpis_are_added_edited_with_decimal_commas_and_removed(window: MainWindow) -> None:
    doc = window.doc
    assert doc is not None
    select(window, "t0")
    kpis = window.inspector.touchpoint_form.kpis
    kpis.add_kpi()
    assert doc.map.touchpoint("t0").kpis == [Kpi(name="New KPI")]
    kpis.table.item(0, 0).setText("NPS")
    kpis.table.item(0, 1).setText("12,5")
    kpis.table.item(0, 2).setText("40")
    kpis.table.item(0, 3).setText("pts")
    assert doc.map.touchpoint("t0").kpis == [Kpi(name="NPS", value=12.5, target=40, unit="pts")]
    kpis.table.item(0, 1).setText("lots")
    assert doc.map.touchpoint("t0").kpis[0].value == 12.5
    assert kpis.table.item(0, 1).text() == "12.5"
    assert "not a number" in window.inspector.message.text()
    kpis.table.setCurrentCell(0, 0)
    kpis.remove_selected()
    assert doc.map.touchpoint("t0").kpis == []


def test_pain_points_and_opportunities_are_editable_lists(window: MainWindow) -> None:
    doc = window.doc
    assert doc is not None
    select(window, "t2")
    form = window.inspector.touchpoint_form
    form.pain_points.add_entry()
    form.pain_points.list.item(1).setText("No tracking link")
    assert doc.map.touchpoint("t2").pain_points == ["Slow", "No tracking link"]
    form.pain_points.list.setCurrentRow(0)
    form.pain_points.remove_selected()
    assert doc.map.touchpoint("t2").pain_points == ["No tracking link"]
    form.opportunities.add_entry()
    form.opportunities.list.item(0).setText("Send an SMS too")
    assert doc.map.touchpoint("t2").opportunities == ["Send an SMS too"]
    doc.undo_stack.undo()
    assert form.opportunities.values() == ["New opportunity"]


def test_text_that_is_too_long_is_refused_with_a_message(window: MainWindow) -> None:
    doc = window.doc
    assert doc is not None
    select(window, "t0")
    description = window.inspector.touchpoint_form.description
    description.setPlainText("x" * 6000)
    assert doc.map.touchpoint("t0").description == ""
    assert window.inspector.message.isVisibleTo(window.inspector)
    assert "5000" in window.inspector.message.text()


def test_several_cards_get_one_sentiment_in_one_step(window: MainWindow) -> None:
    doc = window.doc
    assert doc is not None
    select(window, "t0", "t1")
    form = window.inspector.multi_form
    assert window.inspector.current_form() is form
    assert form.heading.text() == "2 touchpoints selected"
    form.sentiment.chosen.emit(Sentiment.NEGATIVE)
    assert {doc.map.touchpoint(i).sentiment for i in ("t0", "t1")} == {Sentiment.NEGATIVE}
    doc.undo_stack.undo()
    assert doc.map.touchpoint("t0").sentiment == Sentiment.POSITIVE


def test_stage_form_edits_name_goal_and_colour(
    window: MainWindow, dialogs: Any, qtbot: QtBot
) -> None:
    doc = window.doc
    assert doc is not None
    select(window, "s1")
    form = window.inspector.stage_form
    assert window.inspector.current_form() is form
    assert form.name.text() == "Stage 1"
    assert "Stage 2 of 3" in form.subheading.text()
    form.name.selectAll()
    form.name.insert("Atrakcyjność")  # QTest types ASCII only
    assert doc.map.stage("s1").name == "Atrakcyjność"
    qtbot.keyClicks(form.goal, "Be shortlisted")
    assert doc.map.stage("s1").goal == "Be shortlisted"
    dialogs.script("colour", "#FCE8CC")
    form.colour.click()
    assert doc.map.stage("s1").colour == "#FCE8CC"
    form.colour.chosen.emit(None)
    assert doc.map.stage("s1").colour is None


def test_persona_form_edits_text_and_lists(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.doc
    assert doc is not None
    select(window, "p1")
    form = window.inspector.persona_form
    assert window.inspector.current_form() is form
    assert form.name.text() == "Ștefan Popescu"
    qtbot.keyClicks(form.role, "41, fleet manager")
    form.goals.add_entry()
    form.goals.list.item(0).setText("Keep vans on the road")
    persona = doc.map.persona("p1")
    assert persona.role == "41, fleet manager"
    assert persona.goals == ["Keep vans on the road"]


def _picture(path: Path, side: int, noisy: bool = False) -> Path:
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("#0072B2"))
    if noisy:
        import random

        rng = random.Random(1)
        for y in range(side):
            for x in range(side):
                image.setPixel(x, y, rng.getrandbits(24))
    assert image.save(str(path))
    return path


def test_persona_picture_is_chosen_and_removed(
    window: MainWindow, dialogs: Any, tmp_path: Path
) -> None:
    doc = window.doc
    assert doc is not None
    select(window, "p0")
    form = window.inspector.persona_form
    picture = _picture(tmp_path / "anna.png", 64)
    dialogs.script("image_path", str(picture))
    form.choose_picture.click()
    avatar = doc.map.persona("p0").avatar
    assert avatar is not None and avatar.media_type == "image/png"
    assert avatar.data == picture.read_bytes()
    assert form.remove_picture.isEnabled()
    form.remove_picture.click()
    assert doc.map.persona("p0").avatar is None


@pytest.mark.slow
def test_a_large_picture_is_scaled_down_to_fit(window: MainWindow, tmp_path: Path) -> None:
    doc = window.doc
    assert doc is not None
    select(window, "p0")
    big = _picture(tmp_path / "big.png", 700, noisy=True)
    assert big.stat().st_size > AVATAR_MAX_BYTES
    assert window.inspector.persona_form.set_picture(big)
    avatar = doc.map.persona("p0").avatar
    assert avatar is not None and avatar.media_type == "image/jpeg"
    assert len(avatar.data) <= AVATAR_MAX_BYTES
    assert "scaled down" in window.inspector.message.text()


def test_a_file_that_is_not_a_picture_is_refused_clearly(
    window: MainWindow, dialogs: Any, tmp_path: Path
) -> None:
    doc = window.doc
    assert doc is not None
    select(window, "p0")
    fake = tmp_path / "notes.png"
    fake.write_text("not a picture", "utf-8")
    note = "The picture was larger than 512 KB and was scaled down to fit in the map."
    window.inspector.show_message(note)  # as an earlier, shrunk picture left it
    assert not window.inspector.persona_form.set_picture(fake)
    assert "notes.png" in dialogs.messages("warning")[0]
    assert doc.map.persona("p0").avatar is None
    # the note spoke of the earlier picture: it goes (QA s4 F21)
    assert window.inspector.message.isHidden() and not window.inspector.message.text()


def test_map_form_edits_the_map_info(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.doc
    assert doc is not None
    form = window.inspector.map_form
    qtbot.keyClicks(form.client, "Acme Sp. z o.o.")
    form.state.activated.emit(1)
    form.language.activated.emit(form.language.findData("pl"))
    info = doc.map.info
    assert (info.client, info.state.value, info.language.value) == (
        "Acme Sp. z o.o.",
        "to_be",
        "pl",
    )
    assert window.windowTitle().startswith("Test journey — Untitled")


def test_deleted_card_returns_the_inspector_to_the_map(window: MainWindow) -> None:
    doc = window.doc
    assert doc is not None
    select(window, "t3")
    window.window_actions.delete.trigger()
    assert "t3" not in {t.id for t in doc.map.touchpoints}
    assert window.inspector.current_form() is window.inspector.map_form


def test_a_new_card_is_ready_to_name(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    select(window, "t0")
    window.scene.new_card_created.emit("t0")
    title = window.inspector.touchpoint_form.title
    qtbot.waitUntil(title.hasFocus, timeout=2000)
    assert title.selectedText() == "Sees an ad"


def test_ctrl_z_in_a_field_undoes_the_map_edit(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.doc
    assert doc is not None
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    select(window, "t0")
    title = window.inspector.touchpoint_form.title
    title.setFocus()
    qtbot.waitUntil(title.hasFocus, timeout=2000)
    title.end(False)
    qtbot.keyClicks(title, " now")
    assert doc.map.touchpoint("t0").title == "Sees an ad now"
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.map.touchpoint("t0").title == "Sees an ad"
    assert title.text() == "Sees an ad"
    assert doc.undo_stack.canRedo()


def test_a_long_title_shows_its_start_in_the_field(window: MainWindow) -> None:
    """The field scrolled to the text's end ("a na TikToku: konto za 0 zł…" for "Reklama na
    TikToku…"): the cursor goes to the start when a card is shown."""
    doc = window.doc
    assert doc is not None
    long = "Reklama na TikToku: konto za 0 zł i 100 zł na start dla studentów pierwszego roku"
    doc.push(UpdateFields(doc, "touchpoint", "t1", {"title": long}))
    window.scene.select_ids(["t1"])
    title = window.inspector.touchpoint_form.title
    assert title.text() == long
    assert title.cursorPosition() == 0


def test_a_title_typed_then_shown_again_shows_its_start(window: MainWindow, qtbot: QtBot) -> None:
    """After typing a long title and Enter, the same card shown again showed the title's end."""
    window.show()
    qtbot.waitExposed(window)
    window.scene.select_ids(["t1"])
    title = window.inspector.touchpoint_form.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Visits the site on the phone while waiting for the bus to town")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    window.view.setFocus()
    qtbot.waitUntil(lambda: not title.hasFocus())
    window.scene.select_ids([])
    window.scene.select_ids(["t1"])
    assert title.cursorPosition() == 0


def test_a_long_unbroken_word_in_a_title_keeps_the_inspector_in_its_panel(
    window: MainWindow, qtbot: QtBot
) -> None:
    doc = window.doc
    assert doc is not None
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.scene.select_ids(["t1"])
    width = window.inspector.width()
    word = "Konstantynopolitańczykowianeczka" * 3
    doc.push(UpdateFields(doc, "touchpoint", "t1", {"title": word}))
    qtbot.wait(10)
    form = window.inspector.touchpoint_form
    assert window.inspector.width() == width
    assert form.heading.width() <= window.inspector.width()
    assert form.heading.accessibleName() == word
    assert form.heading.text().replace("\u200b", "") == word  # breaks only where Qt may wrap


def test_owner_offers_the_owners_other_cards_have(window: MainWindow, qtbot: QtBot) -> None:
    """The same few owners are typed on card after card; a slip splits a team in two."""
    doc = window.doc
    assert doc is not None
    for card_id, owner in (
        ("t0", "Marketing team"),
        ("t1", "Obsługa klienta"),
        ("t3", "Marketing team"),
    ):
        doc.push(UpdateFields(doc, "touchpoint", card_id, {"owner": owner}))
    window.show()
    qtbot.waitExposed(window)
    select(window, "t2")
    form = window.inspector.touchpoint_form
    focus_in(form.owner)
    assert form.owners.model.stringList() == [
        "Marketing team",
        "Obsługa klienta",
    ]  # most used first
    qtbot.keyClicks(form.owner, "KLIEN")  # any part of the name, case ignored
    completer = form.owner.completer()
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Obsługa klienta"


def test_known_values_are_distinct_most_used_first() -> None:
    from cjdesigner.editor.window.inspector.known_values import known_values

    assert known_values(["b", " a ", "", "  ", "a", "C", "b", "b"]) == ["b", "a", "C"]


def test_kpi_name_and_unit_cells_offer_the_maps_kpis(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit

    from cjdesigner.model import Kpi

    doc = window.doc
    assert doc is not None
    doc.push(
        UpdateFields(
            doc,
            "touchpoint",
            "t0",
            {"kpis": [Kpi(name="CSAT", unit="%"), Kpi(name="NPS", unit="pts")]},
        )
    )
    doc.push(UpdateFields(doc, "touchpoint", "t1", {"kpis": [Kpi(name="NPS", unit="pts")]}))
    window.show()
    qtbot.waitExposed(window)
    select(window, "t2")
    table = window.inspector.touchpoint_form.kpis
    table.add_kpi()
    qtbot.waitUntil(lambda: table.table.findChild(QLineEdit) is not None)
    editor = table.table.findChild(QLineEdit)
    assert editor.completer().model().stringList() == ["NPS", "CSAT", "New KPI"]
    table.table.setCurrentCell(0, 3)
    table.table.closePersistentEditor(table.table.item(0, 0))
    table.table.editItem(table.table.item(0, 3))
    units = [e for e in table.table.findChildren(QLineEdit) if e.completer() is not None]
    assert any(e.completer().model().stringList() == ["pts", "%"] for e in units)


def test_the_kpi_table_gives_the_kpi_names_the_room_in_a_narrow_panel(window: MainWindow) -> None:
    """The figures' columns are as wide as their figures, not their headings: a KPI's name
    is not cut to "Czas …" in the Inspector of a laptop's window (QA s7 J15); a heading that
    does not fit says itself whole in its tooltip."""
    doc = window.doc
    assert doc is not None
    window.scene.select_ids(["t0"])
    kpis = window.inspector.touchpoint_form.kpis
    assert kpis.table.horizontalHeaderItem(1).toolTip() == "Value"
    for column, heading in ((1, "Wartość"), (2, "Cel"), (3, "Jednostka")):  # as in Polish
        kpis.table.horizontalHeaderItem(column).setText(heading)
    kpis.set_kpis([Kpi(name="Czas oczekiwania na konsultanta", value=14, target=3, unit="min")])
    header = kpis.table.horizontalHeader()
    metrics = kpis.table.fontMetrics()
    assert header.sectionSize(1) >= metrics.horizontalAdvance("14")
    assert header.sectionSize(3) >= metrics.horizontalAdvance("min")
    assert header.sectionSize(1) < metrics.horizontalAdvance("Wartość")
    assert header.sectionSize(3) < metrics.horizontalAdvance("Jednostka")
