"""The page for several selected cards: what can be set on all of them at once."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cjdesigner.editor.commands import UpdateTouchpoints
from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window.dialogs import Dialogs
from cjdesigner.editor.window.inspector.form import ItemForm
from cjdesigner.editor.window.inspector.widgets import SentimentButtons
from cjdesigner.model import Sentiment


class MultiForm(ItemForm):
    kind = "touchpoint"

    def __init__(self, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(dialogs, parent)
        self.setObjectName("multi_form")
        self.ids: list[str] = []
        self.sentiment = SentimentButtons(self)
        self.sentiment.setObjectName("multi_sentiment")
        self.sentiment.chosen.connect(self.set_sentiment)
        self.add_row(self.tr("Sentiment of all"), self.sentiment)

    def set_cards(self, doc: MapDocument | None, ids: list[str]) -> None:
        self.ids = list(ids)
        self.binder.set_target(doc, None)
        self.refresh()

    def refresh(self) -> None:
        doc = self.doc
        if doc is None:
            return
        existing = {t.id: t for t in doc.map.touchpoints}
        cards = [existing[i] for i in self.ids if i in existing]
        self.heading.setText(self.tr("%n touchpoint(s) selected", "", len(cards)))
        self.subheading.setText(
            self.tr("Drag them together on the canvas, or set what they share here.")
        )
        shared = {c.sentiment for c in cards}
        self.sentiment.set_value(shared.pop() if len(shared) == 1 else None)

    def set_sentiment(self, sentiment: Sentiment) -> None:
        doc = self.doc
        if doc is None:
            return
        existing = {t.id: t for t in doc.map.touchpoints}
        changed = [i for i in self.ids if i in existing and existing[i].sentiment != sentiment]
        if changed:  # one step, one change signal for all the cards
            text = self.tr("Set sentiment")
            doc.push(UpdateTouchpoints(doc, changed, {"sentiment": sentiment}, text))
