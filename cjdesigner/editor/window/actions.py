"""The window's actions, menus and toolbar: names, shortcuts and places, no behaviour.

Every action has an object name (``action_save``…) so tests and other parts find it with
``window.findChild(QAction, "action_save")``. The main window connects them to controllers.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from cjdesigner.editor.window.icons import svg_icon

Key = QKeySequence.StandardKey


class WindowActions(QObject):
    """Creates every action of one window; :meth:`install` puts them in menus and a toolbar."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        # toolbar icons of our own line style (not the platform style's standard pixmaps: the
        # same on every system, and asking Qt for its style costs ~5 ms of the editor's start)
        a = self._action
        # File
        self.new = a("action_new", self.tr("&New from Template…"), Key.New, svg_icon("action-new"))
        self.new.setIconText(self.tr("New"))
        self.open = a("action_open", self.tr("&Open…"), Key.Open, svg_icon("action-open"))
        self.open.setIconText(self.tr("Open"))
        self.save = a("action_save", self.tr("&Save"), Key.Save, svg_icon("action-save"))
        self.save_as = a("action_save_as", self.tr("Save &As…"), Key.SaveAs)
        self.export_pdf = a("action_export_pdf", self.tr("Export &PDF…"), Key.Print)
        self.export_pdf.setIconText(self.tr("Export PDF"))
        self.export_image = a("action_export_image", self.tr("Export &Image…"))
        self.export_image.setStatusTip(self.tr("The map as a PNG picture or an SVG drawing"))
        self.import_sheet = a("action_import_sheet", self.tr("I&mport Spreadsheet…"))
        self.export_formats = a(
            "action_export_formats", self.tr("Export S&heet, Slides or Mermaid…")
        )
        self.export_formats.setStatusTip(self.tr("Excel or CSV, editable PowerPoint, Mermaid"))
        self.new_window = a("action_new_window", self.tr("New &Window"), "Ctrl+Shift+N")
        self.new_window.setStatusTip(self.tr("Another window, to work on two maps side by side"))
        self.close = a("action_close", self.tr("&Close Window"), Key.Close)
        self.quit = a("action_quit", self.tr("&Quit"), Key.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        # Edit
        self.undo = a("action_undo", self.tr("&Undo"), Key.Undo, svg_icon("action-undo"))
        self.redo = a("action_redo", self.tr("&Redo"), Key.Redo, svg_icon("action-redo"))
        redo_keys = self.redo.shortcuts()
        for extra in ("Ctrl+Y", "Ctrl+Shift+Z"):  # both habits work, on every system
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo.setShortcuts(redo_keys)
        # the toolbar says just Undo / Redo: "Undo Move 3 touchpoints" would shift the buttons
        self.undo.setIconText(self.tr("Undo"))
        self.redo.setIconText(self.tr("Redo"))
        self.cut = a("action_cut", self.tr("Cu&t"), Key.Cut)
        self.copy = a("action_copy", self.tr("&Copy"), Key.Copy)
        self.paste = a("action_paste", self.tr("&Paste"), Key.Paste)
        self.duplicate = a("action_duplicate", self.tr("Dup&licate"), "Ctrl+D")
        self.delete = a("action_delete", self.tr("&Delete"), Key.Delete)
        # Linux's Delete binding includes Ctrl+D, which is Duplicate here: the two shared it and
        # Qt ran neither ("Ambiguous shortcut overload", QA s8 K7)
        duplicate_keys = self.duplicate.shortcuts()
        self.delete.setShortcuts([k for k in self.delete.shortcuts() if k not in duplicate_keys])
        self.select_all = a("action_select_all", self.tr("Select &All"), Key.SelectAll)
        self.find = a("action_find", self.tr("&Find…"), Key.Find)
        self.find.setStatusTip(self.tr("Find cards by any word in their texts"))
        self.find_next = a("action_find_next", self.tr("Find &Next"), Key.FindNext)
        self.find_previous = a("action_find_previous", self.tr("Find Pre&vious"), Key.FindPrevious)
        self.preferences = a("action_preferences", self.tr("Pr&eferences…"), Key.Preferences)
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        # View
        self.zoom_in = a("action_zoom_in", self.tr("Zoom &In"), Key.ZoomIn)
        self.zoom_out = a("action_zoom_out", self.tr("Zoom &Out"), Key.ZoomOut)
        self.fit = a("action_fit", self.tr("&Fit Map"), "Ctrl+0")
        self.zoom_reset = a("action_zoom_reset", self.tr("&Actual Size (100%)"), "Ctrl+1")
        self.show_curves = a("action_show_curves", self.tr("&Emotion Curves"))
        self.show_curves.setCheckable(True)
        self.show_curves.setChecked(True)
        self.show_curves.setStatusTip(
            self.tr("Each persona's emotion curve beneath its lane (hidden: a more compact map)")
        )
        self.presentation = a("action_presentation", self.tr("&Presentation"), "F5")
        self.presentation.setStatusTip(
            self.tr("The map alone, full screen; Page Down steps through the lanes, Esc returns")
        )
        self.zoom_in.setIconText("+")
        self.zoom_out.setIconText("−")
        self.fit.setIconText(self.tr("Fit"))
        # Map
        self.map_properties = a("action_map_properties", self.tr("&Map Properties"))
        self.add_stage = a("action_add_stage", self.tr("Add &Stage"), "Ctrl+Shift+T")
        self.add_persona = a("action_add_persona", self.tr("Add &Persona"), "Ctrl+Shift+P")
        self.add_stage.setIconText(self.tr("+ Stage"))
        self.add_persona.setIconText(self.tr("+ Persona"))
        self.delete_stage = a("action_delete_stage", self.tr("Delete Stage…"))
        self.delete_persona = a("action_delete_persona", self.tr("Delete Persona…"))
        self.move_stage_left = a("action_move_stage_left", self.tr("Move Stage &Left"))
        self.move_stage_right = a("action_move_stage_right", self.tr("Move Stage &Right"))
        self.move_persona_up = a("action_move_persona_up", self.tr("Move Persona &Up"))
        self.move_persona_down = a("action_move_persona_down", self.tr("Move Persona &Down"))
        self.move_stage_left.setIconText(self.tr("◀ Move left"))
        self.move_stage_right.setIconText(self.tr("Move right ▶"))
        self.move_persona_up.setIconText(self.tr("▲ Move up"))
        self.move_persona_down.setIconText(self.tr("▼ Move down"))
        self.delete_stage.setIconText(self.tr("Delete stage…"))
        self.delete_persona.setIconText(self.tr("Delete persona…"))
        self.manage_channels = a("action_manage_channels", self.tr("Manage &Channels…"))
        self.fix_cedillas = a("action_fix_cedillas", self.tr("Fix Romanian Letters (ş ţ → ș ț)"))
        self.fix_cedillas.setStatusTip(
            self.tr("Replace ş/ţ written with a cedilla by ș/ț with a comma below, everywhere")
        )
        # Help
        self.shortcuts = a("action_shortcuts", self.tr("&Keyboard Shortcuts"))
        self.quick_start = a("action_quick_start", self.tr("&Quick Start"))
        self.about = a("action_about", self.tr("&About cjdesigner"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about.setIcon(svg_icon("cjdesigner"))

        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.setObjectName("menu_recent")

    def _action(
        self,
        name: str,
        text: str,
        shortcut: QKeySequence.StandardKey | str | None = None,
        icon: QIcon | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(shortcut))
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icon)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = text.replace("&", "").rstrip("…")
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        return action

    def install(self) -> QToolBar:
        """Put the actions into the menu bar and a toolbar; returns the toolbar."""
        bar = self.window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menu_file")
        file_menu.addActions([self.new, self.open])
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.import_sheet)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as])
        file_menu.addSeparator()
        file_menu.addActions([self.export_pdf, self.export_image, self.export_formats])
        file_menu.addSeparator()
        file_menu.addActions([self.new_window, self.close, self.quit])

        edit = bar.addMenu(self.tr("&Edit"))
        edit.setObjectName("menu_edit")
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.cut, self.copy, self.paste, self.duplicate, self.delete])
        edit.addSeparator()
        edit.addAction(self.select_all)
        edit.addActions([self.find, self.find_next, self.find_previous])
        edit.addSeparator()
        edit.addAction(self.preferences)

        view = bar.addMenu(self.tr("&View"))
        view.setObjectName("menu_view")
        view.addActions([self.zoom_in, self.zoom_out, self.fit, self.zoom_reset])
        view.addSeparator()
        view.addAction(self.show_curves)
        view.addAction(self.presentation)
        view.addSeparator()
        self.view_menu = view

        map_menu = bar.addMenu(self.tr("&Map"))
        map_menu.setObjectName("menu_map")
        map_menu.addAction(self.map_properties)
        map_menu.addSeparator()
        map_menu.addActions([self.add_stage, self.move_stage_left, self.move_stage_right])
        map_menu.addAction(self.delete_stage)
        map_menu.addSeparator()
        map_menu.addActions([self.add_persona, self.move_persona_up, self.move_persona_down])
        map_menu.addAction(self.delete_persona)
        map_menu.addSeparator()
        map_menu.addAction(self.manage_channels)
        map_menu.addAction(self.fix_cedillas)
        self.map_menu = map_menu

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menu_help")
        help_menu.addActions([self.quick_start, self.shortcuts])
        help_menu.addSeparator()
        help_menu.addAction(self.about)

        tools = QToolBar(self.tr("Main toolbar"), self.window)
        tools.setObjectName("toolbar_main")
        tools.setMovable(False)
        tools.setIconSize(QSize(18, 18))
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tools.addActions([self.new, self.open, self.save])
        tools.addSeparator()
        tools.addActions([self.undo, self.redo])
        tools.addSeparator()
        tools.addActions([self.zoom_out, self.fit, self.zoom_in])
        tools.addSeparator()
        tools.addActions([self.add_stage, self.add_persona])
        tools.addSeparator()
        tools.addAction(self.export_pdf)
        self.window.addToolBar(tools)
        return tools
