"""The window's frame: actions and shortcuts, palette, channels dialog, title, status, start."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGraphicsView, QWidget

from cjdesigner.editor.commands import UpdateFields
from cjdesigner.editor.window import MainWindow
from cjdesigner.editor.window.channels_dialog import ChannelsDialog
from cjdesigner.editor.window.palette import CHANNEL_MIME

ACTIONS = [
    "action_new",
    "action_open",
    "action_save",
    "action_save_as",
    "action_export_pdf",
    "action_quit",
    "action_undo",
    "action_redo",
    "action_cut",
    "action_copy",
    "action_paste",
    "action_duplicate",
    "action_delete",
    "action_select_all",
    "action_zoom_in",
    "action_zoom_out",
    "action_fit",
    "action_zoom_reset",
    "action_add_stage",
    "action_add_persona",
    "action_manage_channels",
]

STANDARD = {
    "action_new": QKeySequence.StandardKey.New,
    "action_open": QKeySequence.StandardKey.Open,
    "action_save": QKeySequence.StandardKey.Save,
    "action_undo": QKeySequence.StandardKey.Undo,
    "action_redo": QKeySequence.StandardKey.Redo,
    "action_copy": QKeySequence.StandardKey.Copy,
    "action_paste": QKeySequence.StandardKey.Paste,
    "action_zoom_in": QKeySequence.StandardKey.ZoomIn,
}


def test_parts_have_their_object_names(window: MainWindow) -> None:
    assert isinstance(window.findChild(QGraphicsView, "canvas"), QGraphicsView)
    assert window.findChild(QWidget, "palette") is window.palette_panel
    assert window.findChild(QWidget, "inspector") is window.inspector
    for name in ACTIONS:
        assert window.findChild(QAction, name) is not None, name


def test_actions_use_the_standard_shortcuts(window: MainWindow) -> None:
    for name, key in STANDARD.items():
        action = window.findChild(QAction, name)
        assert action is not None
        assert action.shortcut() == QKeySequence.keyBindings(key)[0], name


def test_title_shows_the_map_the_file_and_the_modified_mark(window: MainWindow) -> None:
    assert window.windowTitle() == "Test journey — Untitled[*] — cjdesigner"
    assert not window.isWindowModified()
    assert window.doc is not None
    window.doc.push(UpdateFields(window.doc, "info", None, {"title": "Nowa mapa"}))
    assert window.windowTitle() == "Nowa mapa — Untitled[*] — cjdesigner"
    assert window.isWindowModified()
    window.window_actions.undo.trigger()
    assert not window.isWindowModified()


def test_status_bar_counts_and_zoom(window: MainWindow) -> None:
    assert window.counts_label.text() == "2 personas · 3 stages · 5 touchpoints"
    window.view.reset_zoom()
    assert window.zoom_label.text() == "100 %"
    window.window_actions.zoom_in.trigger()
    assert window.zoom_label.text() != "100 %"


def test_undo_action_names_the_step(window: MainWindow) -> None:
    assert not window.window_actions.undo.isEnabled()
    assert window.doc is not None
    window.doc.push(UpdateFields(window.doc, "touchpoint", "t0", {"title": "x"}, text="Rename"))
    assert window.window_actions.undo.isEnabled()
    assert window.window_actions.undo.text() == "&Undo Rename"


def test_palette_lists_the_map_channels_with_filter_and_drag_data(window: MainWindow) -> None:
    palette = window.palette_panel
    assert window.doc is not None
    assert palette.channel_ids() == [c.id for c in window.doc.map.channels]
    item = palette.channels.item(0)
    assert not item.icon().isNull()
    palette.filter.setText("MAIL")
    assert palette.channel_ids(visible_only=True) == ["email"]
    window.doc.push(UpdateFields(window.doc, "channel", "email", {"name": "Poștă electronică"}))
    palette.filter.setText("posta")  # accents ignored, as Edit > Find does
    assert palette.channel_ids(visible_only=True) == ["email"]
    palette.filter.clear()
    mime = palette.channels.mimeData([palette.channels.item(1)])
    assert bytes(mime.data(CHANNEL_MIME).data()).decode() == window.doc.map.channels[1].id


def test_channels_dialog_adds_renames_and_removes_unused_channels(window: MainWindow) -> None:
    doc = window.doc
    assert doc is not None
    dialog = ChannelsDialog(doc, window)
    count = len(doc.map.channels)
    new_id = dialog.add_channel()
    assert len(doc.map.channels) == count + 1
    assert window.palette_panel.channel_ids()[-1] == new_id  # the palette follows at once
    dialog.name.setText("Kiosk w sklepie")
    dialog.name.editingFinished.emit()
    dialog.icon.activated.emit(dialog.icon.findData("store"))
    channel = doc.map.channel(new_id)
    assert (channel.name, channel.icon) == ("Kiosk w sklepie", "store")
    assert dialog.remove_current()
    assert new_id not in {c.id for c in doc.map.channels}
    dialog.list.setCurrentRow([c.id for c in doc.map.channels].index("email"))
    assert not dialog.remove_button.isEnabled()  # the sample's "Zażółć gęślą" card uses it
    assert "1 touchpoint" in dialog.usage.text()
    assert not dialog.remove_current()
    dialog.done(0)


def test_start_with_a_bad_file_shows_the_message_and_a_blank_map(
    make_window: Callable[..., MainWindow], dialogs: Any, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.cjm"
    bad.write_bytes(b"\x00\x01 not a map")
    window = make_window()
    window.start(str(bad))
    assert "bad.cjm" in dialogs.messages()[0]
    assert window.doc is not None and window.doc.path is None
    assert len(window.doc.map.stages) == 5  # the free blank 5A template
    assert window.doc.map.touchpoints == []


def test_start_opens_the_given_file(make_window: Callable[..., MainWindow], map_file: Path) -> None:
    window = make_window()
    window.start(str(map_file))
    assert window.doc is not None and window.doc.path == map_file


def test_read_only_window_blocks_edits(window: MainWindow) -> None:
    window.set_read_only(True)
    actions = window.window_actions
    window.scene.select_ids(["t0"])
    assert actions.copy.isEnabled()
    for action in (actions.cut, actions.paste, actions.delete, actions.add_stage, actions.undo):
        assert not action.isEnabled()
    assert not window.inspector.stack.isEnabled()


def test_every_sample_opens_in_the_window(
    make_window: Callable[..., MainWindow], dialogs: Any, samples_dir: Path, tmp_path: Path
) -> None:
    files = sorted(samples_dir.glob("*.cjm"))
    assert files, "the samples folder has maps"
    window = make_window()
    for sample in files:
        path = tmp_path / sample.name  # a copy: the lock file never lands in the repository
        path.write_bytes(sample.read_bytes())
        assert window.files.open_path(path, ask_to_save=False), path
        assert window.doc is not None
        assert len(window.scene.cards) == len(window.doc.map.touchpoints)
    assert dialogs.messages() == []


def test_window_default_size_and_docks(window: MainWindow) -> None:
    assert (window.width(), window.height()) == (1440, 900)
    assert window.dockWidgetArea(window.palette_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.dockWidgetArea(window.inspector_dock) == Qt.DockWidgetArea.RightDockWidgetArea


def test_drag_from_the_palette_into_a_cell_makes_a_card_ready_to_name(
    window: MainWindow, qtbot: Any
) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    doc = window.doc
    assert doc is not None
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    palette = window.palette_panel
    row = palette.channel_ids().index("chat")
    mime = palette.channels.mimeData([palette.channels.item(row)])
    layout = window.scene.grid_layout
    assert layout is not None
    cell = layout.cells[("s1", "p1")]
    point = window.view.mapFromScene(QPointF(cell.x + cell.w / 2, cell.y + cell.h - 4))
    viewport = window.view.viewport()
    copy = Qt.DropAction.CopyAction
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(viewport, QDragEnterEvent(point, copy, mime, left, none))
    QApplication.sendEvent(viewport, QDragMoveEvent(point, copy, mime, left, none))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), copy, mime, left, none))
    titles = [(t.channel, t.stage_id, t.persona_id) for t in doc.map.cell("s1", "p1")]
    assert titles[-1] == ("chat", "s1", "p1")
    new = doc.map.cell("s1", "p1")[-1]
    assert window.scene.selected_touchpoint_ids() == [new.id]
    assert window.inspector.current_form() is window.inspector.touchpoint_form
    title = window.inspector.touchpoint_form.title
    qtbot.waitUntil(title.hasFocus, timeout=2000)
    qtbot.keyClicks(title, "Asks the chatbot")
    assert doc.map.touchpoint(new.id).title == "Asks the chatbot"


def test_save_stamps_the_modified_time_without_an_undo_step(
    window: MainWindow, dialogs: Any, tmp_path: Path
) -> None:
    doc = window.doc
    assert doc is not None
    doc.map.info.modified = doc.map.info.modified.replace(year=2020)
    steps = doc.undo_stack.count()
    dialogs.script("save_path", str(tmp_path / "stamped.cjm"))
    assert window.files.save()
    assert doc.map.info.modified.year > 2020
    assert doc.undo_stack.count() == steps and not doc.modified


def test_autosave_failure_is_shown_and_work_goes_on(window: MainWindow, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the recovery folder should be", "utf-8")
    window.autosave.directory = blocker
    assert window.doc is not None
    window.doc.push(UpdateFields(window.doc, "info", None, {"title": "Still editing"}))
    window.autosave.flush()
    assert "Autosave failed" in window.statusBar().currentMessage()
    assert window.doc.map.info.title == "Still editing"


def test_romanian_cedillas_are_pointed_out_and_fixed_in_one_step(
    make_window: Callable[..., MainWindow], journey_map: Any, tmp_path: Path
) -> None:
    from cjdesigner.model import Kpi
    from cjdesigner.storage import save_map

    journey_map.info.client = "Aplicaţie de plăţi"
    journey_map.personas[1].name = "Ştefan Popescu"
    journey_map.touchpoints[0].pain_points = ["Nu ştie unde să caute"]
    journey_map.touchpoints[0].kpis = [Kpi(name="Conversie ţintă", value=3)]
    path = tmp_path / "ro.cjm"
    save_map(journey_map, path)
    window = make_window()
    window.files.open_path(path)
    assert "4 fields" in window.statusBar().currentMessage()
    assert window.doc is not None and not window.doc.modified  # nothing changed silently
    window.window_actions.fix_cedillas.trigger()
    m = window.doc.map
    assert m.info.client == "Aplicație de plăți"
    assert m.persona("p1").name == "Ștefan Popescu"
    assert m.touchpoint("t0").pain_points == ["Nu știe unde să caute"]
    assert m.touchpoint("t0").kpis == [Kpi(name="Conversie țintă", value=3)]
    window.window_actions.undo.trigger()
    assert m.persona("p1").name == "Ştefan Popescu"
    assert not window.doc.modified


def test_fixing_romanian_letters_on_many_cards_redraws_them_once(
    window: MainWindow,
) -> None:
    """One change signal for all the cards (a signal per card took 35 s on 5,000 cards)."""
    doc = window.doc
    assert doc is not None
    for card in doc.map.touchpoints:
        card.title = card.title + " ţară"
    card_signals: list[list[str]] = []
    doc.touchpoints_changed.connect(card_signals.append)
    window.window_actions.fix_cedillas.trigger()
    assert [t.title.endswith(" țară") for t in doc.map.touchpoints] == [True] * 5
    assert len(card_signals) == 1 and sorted(card_signals[0]) == ["t0", "t1", "t2", "t3", "t4"]
    assert doc.undo_stack.count() == 1
    window.window_actions.undo.trigger()
    assert all(t.title.endswith(" ţară") for t in doc.map.touchpoints)
    assert len(card_signals) == 2
    window.window_actions.redo.trigger()
    assert all(t.title.endswith(" țară") for t in doc.map.touchpoints)


def test_double_click_on_a_palette_channel_adds_a_card_to_the_selected_cell(
    window: MainWindow,
) -> None:
    doc = window.doc
    assert doc is not None
    palette = window.palette_panel
    item = palette.channels.item(palette.channel_ids().index("email"))
    window.scene.select_ids(["t0"])
    palette.channels.itemActivated.emit(item)
    cell = doc.map.cell("s0", "p0")
    assert [t.channel for t in cell] == ["advertising", "email", "website"]
    assert window.scene.selected_touchpoint_ids() == [cell[1].id]
    window.scene.select_ids(["s2"])  # a stage header: its first cell, at the end
    palette.channels.itemActivated.emit(item)
    assert [t.channel for t in doc.map.cell("s2", "p0")] == ["email"]
    window.scene.select_ids([])  # nothing: the map's first cell
    palette.channels.itemActivated.emit(item)
    assert doc.map.cell("s0", "p0")[-1].channel == "email"


def test_legend_explains_every_card_mark(window: MainWindow) -> None:
    """The palette's legend names what the canvas draws (as the PDF's legend does)."""
    from PySide6.QtWidgets import QFrame, QLabel

    legend = window.palette_panel.findChild(QFrame, "legend")
    assert legend is not None
    texts = [label.text() for label in legend.findChildren(QLabel) if label.text()]
    for expected in (
        "Positive (▲)",
        "Neutral (●)",
        "Negative (▼)",
        "Milestone",
        "Dotted border: partly researched",
        "Dashed border: assumption",
        "Moment of truth: a persona's lowest emotion",
        "Flow label with no room: point at it to read it",
        "Hollow point: emotion estimated from the sentiment",
    ):
        assert expected in texts
    icons = [label for label in legend.findChildren(QLabel) if not label.text()]
    assert len(icons) == 9 and all(not label.pixmap().isNull() for label in icons)


def test_a_cedilla_letter_typed_is_pointed_out_once_while_writing(window: MainWindow) -> None:
    """An old Romanian keyboard layout types ş/ţ: the first one typed in a card, stage or
    persona is pointed out then, not only when the map is next opened (QA s8 K6); once a map,
    and nothing is changed without asking."""
    from cjdesigner.editor.commands import UpdateFields

    doc = window.doc
    assert doc is not None
    window.statusBar().clearMessage()
    doc.push(UpdateFields(doc, "touchpoint", "t0", {"title": "Plată în aplicație"}))
    assert window.statusBar().currentMessage() == ""  # comma below: nothing to say
    doc.push(UpdateFields(doc, "touchpoint", "t0", {"title": "Plată în aplicaţie"}))
    assert "You typed ş/ţ with a cedilla" in window.statusBar().currentMessage()
    assert doc.map.touchpoint("t0").title == "Plată în aplicaţie"  # not changed silently
    window.statusBar().clearMessage()
    doc.push(UpdateFields(doc, "persona", doc.map.personas[0].id, {"name": "Ştefan"}))
    assert window.statusBar().currentMessage() == ""  # said once for this map
