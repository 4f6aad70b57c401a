"""The stage page: name, description, the business goal of the stage, and its colour."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from cjdesigner.editor.window.dialogs import Dialogs
from cjdesigner.editor.window.inspector.binding import hint
from cjdesigner.editor.window.inspector.form import ItemForm, multi_line
from cjdesigner.editor.window.inspector.widgets import ColourButton
from cjdesigner.model import Stage
from cjdesigner.model.text import NAME_MAX


class StageForm(ItemForm):
    kind = "stage"

    def __init__(self, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(dialogs, parent)
        self.setObjectName("stage_form")
        b = self.binder
        self.name = b.line(QLineEdit(objectName="stage_name"), "name", NAME_MAX)
        hint(self.name, self.tr("e.g. Awareness"))
        self.add_row(self.tr("&Name"), self.name)
        self.description = b.text(multi_line(3), "description")
        self.description.setObjectName("stage_description")
        hint(self.description, self.tr("What happens for the customer in this stage"))
        self.add_row(self.tr("&Description"), self.description)
        self.goal = b.text(multi_line(3), "goal")
        self.goal.setObjectName("stage_goal")
        hint(self.goal, self.tr("What the business wants to achieve here"))
        self.add_row(self.tr("Business &goal"), self.goal)
        self.colour = ColourButton(
            lambda initial: dialogs.colour(initial, self.tr("Stage colour")), optional=True
        )
        self.colour.setObjectName("stage_colour")
        b.custom("colour", self.colour.set_value, self.colour.chosen)
        self.add_row(self.tr("Header colour"), self.colour)

    def refresh(self) -> None:
        stage = self.binder.target()
        doc = self.doc
        if not isinstance(stage, Stage) or doc is None:
            return
        index = next((i for i, s in enumerate(doc.map.stages) if s.id == stage.id), 0)
        count = sum(1 for t in doc.map.touchpoints if t.stage_id == stage.id)
        self.heading.setText(stage.name or self.tr("Stage"))
        self.subheading.setText(
            self.tr("Stage %1 of %2 · %n touchpoint(s)", "", count)
            .replace("%1", str(index + 1))
            .replace("%2", str(len(doc.map.stages)))
        )
        super().refresh()

    def focus_first(self) -> None:
        self.name.setFocus()
        self.name.selectAll()
