"""The editor window: canvas in the centre, palette left, inspector right, menus and status.

The window only assembles parts and routes signals. File handling, clipboard, structure edits,
autosave, exports (``map_exports``), the status bar (``status_counts``), Romanian letters
(``cedilla_actions``), which actions are enabled (``action_states``), the recent maps
(``recent_menu``), the remembered layout (``window_layout``, ``view_options``) and the dialogs
(``dialog_launchers``) live in their own modules; the canvas (``editor.canvas``) displays the
document and turns gestures into commands.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from cjdesigner.editor.canvas import MapScene, MapView
from cjdesigner.editor.canvas.view import READABLE_ZOOM
from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window import dialog_launchers, room, view_options, window_layout
from cjdesigner.editor.window.action_states import update_selection_actions, update_undo_actions
from cjdesigner.editor.window.actions import WindowActions
from cjdesigner.editor.window.autosave import Autosaver
from cjdesigner.editor.window.cedilla_actions import CedillaActions
from cjdesigner.editor.window.clipboard import ClipboardController
from cjdesigner.editor.window.dialogs import Dialogs
from cjdesigner.editor.window.escape_to_map import EscapeToMap
from cjdesigner.editor.window.file_controller import FileController
from cjdesigner.editor.window.file_drops import FileDrops
from cjdesigner.editor.window.find_bar import FindBar
from cjdesigner.editor.window.help_windows import HelpWindows
from cjdesigner.editor.window.icons import app_icon
from cjdesigner.editor.window.insights_panel import InsightsPanel
from cjdesigner.editor.window.inspector import Inspector
from cjdesigner.editor.window.inspector.persona_form import PersonaForm
from cjdesigner.editor.window.inspector.stage_form import StageForm
from cjdesigner.editor.window.map_exports import MapExports
from cjdesigner.editor.window.message_bar import MessageBar, stacked_above
from cjdesigner.editor.window.palette import Palette
from cjdesigner.editor.window.presentation import Presentation
from cjdesigner.editor.window.recent_menu import fill_recent_menu
from cjdesigner.editor.window.recovery import offer_recovery
from cjdesigner.editor.window.status_counts import StatusCounts
from cjdesigner.editor.window.structure import StructureController
from cjdesigner.editor.window.undo_selection import step_and_select

if TYPE_CHECKING:
    from cjdesigner.analysis import Finding

_open_windows: list[MainWindow] = []
"""Windows opened by other windows (recovery of several maps) stay referenced here."""


class MainWindow(QMainWindow):
    """One map in one window."""

    def __init__(
        self,
        dialogs: Dialogs | None = None,
        recovery_directory: Path | None = None,
        parent: QWidget | None = None,
        hold_insights: bool = False,
    ) -> None:
        """``hold_insights``: no analysis until ``insights_panel.refresher.release()`` (the
        start releases it after the first frame)."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowIcon(app_icon())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.dialogs = dialogs or Dialogs(self)
        self._recovery_directory = recovery_directory
        self.doc: MapDocument | None = None
        self._connected: MapDocument | None = None
        self.read_only = False

        self.scene = MapScene(self)
        self.view = MapView(self.scene, self)
        self.read_only_bar = MessageBar("read_only_bar", self)
        self.message_bar = MessageBar("message_bar", self)
        self.find_bar = FindBar(
            lambda: self.doc,
            self._show_found,
            self.scene.select_ids,
            lambda: self.view.setFocus(Qt.FocusReason.OtherFocusReason),
            self,
        )
        bars = [self.read_only_bar, self.message_bar, self.find_bar]
        self.setCentralWidget(stacked_above(self.view, bars))
        self.palette_panel = Palette(self)
        self.inspector = Inspector(self.dialogs, self)
        self.palette_dock = self._dock(self.palette_panel, self.tr("Touchpoints"), "palette_dock")
        self.inspector_dock = self._dock(self.inspector, self.tr("Inspector"), "inspector_dock")
        self.insights_panel = InsightsPanel(self)
        if hold_insights:
            self.insights_panel.refresher.hold()
        self.insights_dock = self._dock(self.insights_panel, self.tr("Insights"), "insights")
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palette_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector_dock)
        # Under the canvas, between the side panels: findings are sentences, they need width.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.insights_dock)
        self.resizeDocks(
            [self.palette_dock, self.inspector_dock],
            list(room.ROOMY),
            Qt.Orientation.Horizontal,
        )
        self.resizeDocks([self.insights_dock], [room.INSIGHTS_HEIGHT], Qt.Orientation.Vertical)
        self.insights_dock.hide()  # folded until asked for: the map needs the room

        self.autosave = Autosaver(self, recovery_directory)
        self.autosave.failed.connect(self._autosave_failed)
        self.files = FileController(
            lambda: self.doc,
            self.dialogs,
            self.autosave,
            lambda text, ms: self.statusBar().showMessage(text, ms),
            show_document=self.set_document,
            set_read_only=self.set_read_only,
            opened=self.note_cedillas,
            open_sheet=lambda path: dialog_launchers.import_sheet_file(self, path),
            parent=self,
        )
        # a map or a spreadsheet dragged onto the window opens as File > Open would
        self.file_drops = FileDrops(
            self, self.files.open_path, lambda text, ms: self.statusBar().showMessage(text, ms)
        )
        self.clipboard = ClipboardController(
            lambda: self.doc,
            self.scene,
            lambda text, ms: self.statusBar().showMessage(text, ms),
            self.view.reveal,
            parent=self,
        )
        self.structure = StructureController(
            lambda: self.doc,
            self.scene,
            self.dialogs,
            read_only=lambda: self.read_only,
            edit_selected=lambda: self.inspector.focus_first(),
            name_card=self.reveal_and_name,
            reveal=self.view.reveal,
            show_message=lambda text, ms: self.statusBar().showMessage(text, ms),
            parent=self,
        )
        self.window_actions = WindowActions(self)
        self.toolbar = self.window_actions.install()
        self.cedillas = CedillaActions(
            lambda: self.doc,
            lambda: self.read_only,
            lambda text, ms: self.statusBar().showMessage(text, ms),
            self.window_actions.fix_cedillas,
            parent=self,
        )
        self.exports = MapExports(
            lambda: self.doc, self.dialogs, self.files.last_folder, self.message_bar, parent=self
        )
        self.presentation = Presentation(
            self,
            self.view,
            self.scene,
            document=lambda: self.doc,
            read_only=lambda: self.read_only,
            message_bars=bars,
        )
        self.help_windows = HelpWindows(self)
        for panel in (self.inspector, self.palette_panel):  # Esc: back to the map
            EscapeToMap(panel, self.view)
        insights_toggle = self.insights_dock.toggleViewAction()
        insights_toggle.setObjectName("action_show_insights")
        self.window_actions.view_menu.addActions(
            [
                self.palette_dock.toggleViewAction(),
                self.inspector_dock.toggleViewAction(),
                insights_toggle,
            ]
        )
        self._connect_actions()
        self._restore_view_options()
        self._scope_canvas_shortcuts()
        self._build_status_bar()
        self._connect_canvas()
        self.inspector.add_page_actions(
            StageForm,
            [
                self.window_actions.move_stage_left,
                self.window_actions.move_stage_right,
                self.window_actions.delete_stage,
            ],
        )
        self.inspector.add_page_actions(
            PersonaForm,
            [
                self.window_actions.move_persona_up,
                self.window_actions.move_persona_down,
                self.window_actions.delete_persona,
            ],
        )
        self.resize(*room.DEFAULT_SIZE)
        self.files.new_blank()

    def _dock(self, widget: QWidget, title: str, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        return dock

    # -- start ---------------------------------------------------------------------------------

    def start(self, path: str | None = None) -> None:
        """First thing after showing: offer crash recovery, then open ``path`` if given."""
        restored = offer_recovery(
            self.autosave.directory,
            self.dialogs,
            restore_here=self.files.adopt_recovered,
            restore_in_new_window=lambda *work: self.new_window().files.adopt_recovered(*work),
        )
        if not path:
            if not restored:
                self.help_windows.quick_start_once()  # a first start on the blank template
            return
        target = self
        if restored:
            if self.doc is not None and self.doc.path == Path(path).absolute():
                return  # the recovered work is that file's newer version
            target = self.new_window()
        target.files.open_path(Path(path), ask_to_save=False)

    def restore_layout(self) -> None:
        """Size and dock layout as the user left them; else the default size, within the screen."""
        if window_layout.restore_layout(self):
            return
        screen = self.screen()
        room.first_start_layout(self, screen.availableGeometry() if screen is not None else None)

    def save_layout(self) -> None:
        self.presentation.leave()  # never remember the presentation's hidden panels
        window_layout.save_layout(self)

    def new_window(self) -> MainWindow:
        """Another window with the same dialogs and recovery folder (kept alive while open)."""
        window = MainWindow(
            dialogs=None if isinstance(self.dialogs, Dialogs) else self.dialogs,
            recovery_directory=self._recovery_directory,
        )
        _open_windows.append(window)
        window.restore_layout()  # the layout the user keeps, else one that fits the screen
        if not self.isMaximized() and not self.isFullScreen():
            room.place_beside(window, self.frameGeometry(), self.screen().availableGeometry())
        window.show()
        return window

    # -- the document --------------------------------------------------------------------------

    def set_document(self, doc: MapDocument) -> None:
        """Show ``doc`` in every part of the window; the previous document is dropped."""
        old = self.doc
        if old is not None and shiboken6.isValid(old):
            room.remember_view(self.view, old.path)
        self._disconnect_document()
        self.doc = doc
        self.scene.set_document(doc)
        self.palette_panel.set_document(doc)
        self.inspector.set_document(doc)
        self.insights_panel.set_document(doc)
        self.find_bar.set_document(doc)
        self.autosave.set_document(doc)
        for signal, slot in self._doc_connections(doc):
            signal.connect(slot)
        self._connected = doc
        self._update_undo_actions()
        self._update_title()
        self.status_counts.update_counts()
        self._update_selection_actions()
        QTimer.singleShot(0, lambda: self.doc is doc and room.open_view(self.view, doc.path))
        if old is not None:
            old.deleteLater()

    def _disconnect_document(self) -> None:
        doc, self._connected = self._connected, None
        if doc is None or not shiboken6.isValid(doc):
            return
        for signal, slot in self._doc_connections(doc):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)

    def _doc_connections(self, doc: MapDocument) -> list[tuple[object, object]]:
        stack = doc.undo_stack
        return [
            (doc.modified_changed, self._update_title),
            (doc.path_changed, self._update_title),
            (doc.info_changed, self._update_title),
            (doc.structure_changed, self.status_counts.update_counts),
            (doc.touchpoints_added, self.status_counts.update_counts),
            (doc.touchpoints_removed, self.status_counts.update_counts),
            (doc.structure_changed, self._update_selection_actions),
            (stack.canUndoChanged, self._update_undo_actions),
            (stack.canRedoChanged, self._update_undo_actions),
            (stack.undoTextChanged, self._update_undo_actions),
            (stack.redoTextChanged, self._update_undo_actions),
            (doc.touchpoints_changed, self.cedillas.typed_in_touchpoints),
            (doc.stages_changed, self.cedillas.typed_in_stages),
            (doc.personas_changed, self.cedillas.typed_in_personas),
        ]

    def set_read_only(self, read_only: bool) -> None:
        """A map another window or program holds: look, select, copy, Save As — no edits."""
        self.read_only = read_only
        self.scene.set_read_only(read_only)
        self.read_only_bar.show_read_only(read_only, self.files.save_as)
        self.palette_panel.setEnabled(not read_only)
        self.inspector.stack.setEnabled(not read_only)
        self._update_undo_actions()
        self._update_selection_actions()
        self._update_title()

    # -- title and status ----------------------------------------------------------------------

    def _update_title(self, *_args: object) -> None:
        doc = self.doc
        if doc is None:
            return
        name = self.files.display_name()
        if self.read_only:
            name += " " + self.tr("(read-only)")
        self.setWindowTitle(f"{doc.map.info.title} — {name}[*] — cjdesigner")
        self.setWindowModified(doc.modified)

    def _build_status_bar(self) -> None:
        self.statusBar().setObjectName("status_bar")
        self.status_counts = StatusCounts(
            self.statusBar(),
            lambda: self.doc,
            shown_findings=lambda: len(self.insights_panel.shown_rows),  # after the panel's hint
            show_insights=self.show_insights_panel,
        )
        self.counts_label = self.status_counts.counts_label
        self.zoom_label = self.status_counts.zoom_label
        self.insights_label = self.status_counts.insights_label
        self.insights_panel.refresher.insights_ready.connect(self.status_counts.show_insight_count)
        self.view.zoom_changed.connect(self.status_counts.show_zoom)

    def show_insights_panel(self) -> None:
        """Unfold the Insights panel (it starts folded to leave the map room)."""
        self.insights_dock.show()
        self.insights_dock.raise_()

    def _autosave_failed(self, reason: str) -> None:
        self.statusBar().showMessage(self.tr("Autosave failed: %1").replace("%1", reason), 10_000)

    # -- actions -------------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        a = self.window_actions
        f = self.files
        pairs = [
            (a.new, f.new_from_template),
            (a.open, f.open),
            (a.save, f.save),
            (a.save_as, f.save_as),
            (a.export_pdf, self.exports.export_pdf),
            (a.export_image, self.exports.export_image),
            (a.import_sheet, lambda: dialog_launchers.import_spreadsheet(self)),
            (a.export_formats, lambda: dialog_launchers.export_formats(self)),
            (a.close, self.close),
            (a.quit, self._quit),
            (a.undo, self._undo),
            (a.redo, self._redo),
            (a.cut, self.clipboard.cut),
            (a.copy, self.clipboard.copy),
            (a.paste, self.clipboard.paste),
            (a.duplicate, self.clipboard.duplicate),
            (a.delete, self.structure.delete_selection),
            (a.select_all, self._select_all),
            (a.find, self.find_bar.open_bar),
            (a.find_next, self.find_bar.find_next),
            (a.find_previous, self.find_bar.find_previous),
            (a.new_window, self.new_window),
            (a.zoom_in, self.view.zoom_in),
            (a.zoom_out, self.view.zoom_out),
            (a.fit, self.view.fit_map),
            (a.zoom_reset, self.view.reset_zoom),
            (a.presentation, self.presentation.toggle),
            (a.shortcuts, self.help_windows.show_shortcuts),
            (a.quick_start, self.help_windows.show_quick_start),
            (a.map_properties, self._show_map_properties),
            (a.add_stage, self.structure.add_stage),
            (a.add_persona, self.structure.add_persona),
            (a.delete_stage, self.structure.delete_stage),
            (a.delete_persona, self.structure.delete_persona),
            (a.move_stage_left, lambda: self.structure.move_stage(-1)),
            (a.move_stage_right, lambda: self.structure.move_stage(1)),
            (a.move_persona_up, lambda: self.structure.move_persona(-1)),
            (a.move_persona_down, lambda: self.structure.move_persona(1)),
            (
                a.manage_channels,
                lambda: dialog_launchers.manage_channels(self.doc, self.read_only, self),
            ),
            (a.fix_cedillas, self.cedillas.fix),
            (a.about, self._about),
            (
                a.preferences,
                lambda: dialog_launchers.show_preferences(self, self.statusBar().showMessage),
            ),
        ]
        for action, slot in pairs:
            action.triggered.connect(lambda _checked=False, s=slot: s())
        a.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(a.recent_menu, self.files))
        a.map_menu.aboutToShow.connect(self.cedillas.offer_fix)

    def _restore_view_options(self) -> None:
        """View options as the user last left them (emotion curves shown by default)."""
        show = view_options.shown_curves()
        self.window_actions.show_curves.setChecked(show)
        self.scene.set_show_curves(show)
        self.window_actions.show_curves.toggled.connect(self.set_show_curves)

    def set_show_curves(self, show: bool) -> None:
        """View > Emotion Curves: show or hide the curves, and remember the choice."""
        self.window_actions.show_curves.setChecked(show)
        self.scene.set_show_curves(show)
        view_options.remember_curves(show)

    def _scope_canvas_shortcuts(self) -> None:
        """Delete, Cut, Copy, Paste… act on cards only while the canvas has the focus.

        In the inspector or the palette the same keys belong to the text field or list
        being edited; Delete in a list of pain points must never delete a card.
        """
        a = self.window_actions
        for action in (a.cut, a.copy, a.paste, a.duplicate, a.delete, a.select_all):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)

    def _undo(self) -> None:
        if self.doc is not None and not self.read_only:
            self.statusBar().clearMessage()  # "20 touchpoints deleted…" is over once undone
            step_and_select(self.doc.undo_stack, self.scene, undo=True)

    def _redo(self) -> None:
        if self.doc is not None and not self.read_only:
            self.statusBar().clearMessage()
            step_and_select(self.doc.undo_stack, self.scene, undo=False)

    def _update_undo_actions(self, *_args: object) -> None:
        update_undo_actions(self.window_actions, self.doc, self.read_only)

    def _select_all(self) -> None:
        if self.doc is not None:
            self.scene.select_ids([t.id for t in self.doc.map.touchpoints])

    def _show_map_properties(self) -> None:
        self.scene.select_ids([])
        self.inspector.show_selection([], None, None)
        self.inspector_dock.show()
        self.inspector_dock.raise_()  # in front of the palette when they share a side
        self.inspector.focus_first()

    def note_cedillas(self) -> None:
        """After opening: point out ş/ţ with a cedilla (never fixed without asking)."""
        self.cedillas.note()

    def export_pdf(self) -> str | None:
        return self.exports.export_pdf()

    def export_image(self) -> Path | None:
        return self.exports.export_image()

    def confirm_export(self, written: Path) -> None:
        self.exports.confirm_export(written)

    def _about(self) -> None:
        dialog_launchers.show_about(self)

    # -- selection -----------------------------------------------------------------------------

    def _connect_canvas(self) -> None:
        self.scene.selection_changed_ids.connect(self._selection_changed)
        self.scene.new_card_created.connect(self._card_ready_to_name)
        self.scene.card_activated.connect(self._card_ready_to_name)
        self.scene.status_message.connect(self.statusBar().showMessage)
        self.palette_panel.channel_activated.connect(self.structure.add_card)
        self.insights_panel.finding_activated.connect(self.show_finding)
        QGuiApplication.clipboard().dataChanged.connect(self._update_selection_actions)

    def _selection_changed(self) -> None:
        scene = self.scene
        self.inspector.show_selection(
            scene.selected_touchpoint_ids(), scene.selected_stage_id(), scene.selected_persona_id()
        )
        self._update_selection_actions()

    def show_finding(self, finding: Finding) -> None:
        """An insight was clicked: select and show what it is about.

        Its cards and flows are selected together (a skip or a loop then stands out among the
        other flows of the same cards). A gap names no card: its empty cell is shown with the
        "drop touchpoints here" hint for a moment, and the selection is cleared.
        """
        ids = [*finding.touchpoint_ids, *finding.connection_ids]
        if ids:
            self.scene.select_ids(ids)
            self.view.reveal(ids)
            return
        self.scene.select_ids([])
        if finding.stage_id is not None and finding.persona_id is not None:
            self.view.reveal_cell(finding.stage_id, finding.persona_id)

    def _show_found(self, card_id: str) -> None:
        """A card found by Edit > Find: selected, and in view at a zoom where it reads."""
        self.scene.select_ids([card_id])
        if self.view.zoom < READABLE_ZOOM:
            self.view.set_zoom(READABLE_ZOOM)
        self.view.reveal([card_id])

    def reveal_and_name(self, card_id: str) -> None:
        """Show a new card and put the cursor in its title."""
        self.view.reveal([card_id])
        self._card_ready_to_name(card_id)

    def _card_ready_to_name(self, _card_id: str) -> None:
        """A new (or double-clicked) card: the inspector's title field takes the typing."""
        self.inspector_dock.show()
        self.inspector_dock.raise_()  # in front of the palette when they share a side
        QTimer.singleShot(0, self.inspector.focus_first)

    def _update_selection_actions(self, *_args: object) -> None:
        editable = self.doc is not None and not self.read_only
        update_selection_actions(
            self.window_actions, self.scene, editable, self.clipboard.can_paste
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            # Network drives may not report changes: look again whenever the user comes back.
            QTimer.singleShot(0, self.files.check_disk_now)

    # -- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.presentation.leave()  # the editor as it was: its layout and view are remembered
        if not self.files.maybe_save():
            event.ignore()
            return
        if self.doc is not None:
            room.remember_view(self.view, self.doc.path)
        self.files.close_file()
        self.autosave.close()
        self.insights_panel.shutdown()
        self.find_bar.set_document(None)
        self._disconnect_document()
        self.scene.set_document(None)
        with contextlib.suppress(ValueError):
            _open_windows.remove(self)
        event.accept()

    def _quit(self) -> None:
        app = QGuiApplication.instance()
        if app is not None:
            app.closeAllWindows()  # type: ignore[attr-defined]
