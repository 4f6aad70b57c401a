"""The touchpoint page: every field of a card, in the order a consultant fills them in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QVBoxLayout, QWidget

from cjdesigner.editor.window.dialogs import Dialogs
from cjdesigner.editor.window.icons import blank_icon, svg_icon
from cjdesigner.editor.window.inspector.binding import hint
from cjdesigner.editor.window.inspector.form import ItemForm, multi_line
from cjdesigner.editor.window.inspector.known_values import KnownValues
from cjdesigner.editor.window.inspector.no_channel_choice import needs_no_channel, to_no_channel
from cjdesigner.editor.window.inspector.widgets import (
    EmotionCombo,
    KpiTable,
    ListEditor,
    SentimentButtons,
)
from cjdesigner.model import Evidence, Kpi, Touchpoint
from cjdesigner.model.no_channel import NO_CHANNEL, shows_channel
from cjdesigner.model.text import NAME_MAX, SHORT_TEXT_MAX


class TouchpointForm(ItemForm):
    kind = "touchpoint"
    channel_chosen = Signal(str)
    """A channel of the catalogue chosen in the channel box (its id)."""

    def __init__(self, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(dialogs, parent)
        self.setObjectName("touchpoint_form")
        b = self.binder

        self.title = b.line(QLineEdit(objectName="touchpoint_title"), "title", NAME_MAX)
        hint(self.title, self.tr("What happens, e.g. “Sees an Instagram ad”"))
        self.add_row(self.tr("&Title"), self.title)

        self.channel = QComboBox(objectName="touchpoint_channel")
        b.custom("channel", self._show_channel, self.channel_chosen)
        self.channel.activated.connect(self._choose_channel)
        self.add_row(self.tr("C&hannel"), self.channel)

        self.sentiment = SentimentButtons(self)
        self.sentiment.setObjectName("touchpoint_sentiment")
        b.custom("sentiment", self.sentiment.set_value, self.sentiment.chosen)
        self.add_row(self.tr("Sentiment"), self.sentiment)

        self.emotion = EmotionCombo(self)
        self.emotion.setObjectName("touchpoint_emotion")
        b.combo(self.emotion, "emotion")
        self.add_row(self.tr("&Emotion"), self.emotion)

        self.description = b.text(multi_line(3), "description")
        self.description.setObjectName("touchpoint_description")
        hint(self.description, self.tr("What the customer meets here"))
        self.add_row(self.tr("&Description"), self.description)

        self.customer_action = b.text(multi_line(2), "customer_action")
        self.customer_action.setObjectName("touchpoint_customer_action")
        hint(self.customer_action, self.tr("What the customer does"))
        self.add_row(self.tr("Customer &action"), self.customer_action)

        self.pain_points = ListEditor(self.tr("Add pain point"), self.tr("New pain point"), self)
        self.pain_points.setObjectName("touchpoint_pain_points")
        b.custom("pain_points", self.pain_points.set_values, self.pain_points.edited)
        self.add_row(self.tr("Pain points"), self.pain_points)

        self.opportunities = ListEditor(
            self.tr("Add opportunity"), self.tr("New opportunity"), self
        )
        self.opportunities.setObjectName("touchpoint_opportunities")
        b.custom("opportunities", self.opportunities.set_values, self.opportunities.edited)
        self.add_row(self.tr("Opportunities"), self.opportunities)

        self.kpis = KpiTable(self)
        self.kpis.setObjectName("touchpoint_kpis")
        self.kpis.error.connect(self.error)
        b.custom("kpis", self.kpis.set_kpis, self.kpis.edited)
        self.kpis.offer_known(
            lambda: (kpi.name for kpi in self._kpis_in_map()),
            lambda: (kpi.unit for kpi in self._kpis_in_map()),
        )
        self.add_row(self.tr("KPIs"), self.kpis)

        self.add_separator()
        self.owner = b.line(QLineEdit(objectName="touchpoint_owner"), "owner", SHORT_TEXT_MAX)
        hint(self.owner, self.tr("Team or person responsible"))
        self.add_row(self.tr("&Owner"), self.owner)
        self.owners = KnownValues(self.owner, self._owners_in_map)

        self.evidence = QComboBox(objectName="touchpoint_evidence")
        self.evidence.addItem(self.tr("Not stated yet"), None)
        self.evidence.addItem(self.tr("Research-based"), Evidence.RESEARCH)
        self.evidence.addItem(self.tr("Partly researched"), Evidence.PARTIAL)
        self.evidence.addItem(self.tr("Assumption"), Evidence.ASSUMPTION)
        self.evidence.setToolTip(
            self.tr("Assumptions are drawn with a dashed border, research with a solid one")
        )
        b.combo(self.evidence, "evidence")
        self.add_row(self.tr("E&vidence"), self.evidence)

        flags = QWidget(self)
        row = QVBoxLayout(flags)  # one above the other: side by side they outgrow a laptop's dock
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.milestone = b.check(
            QCheckBox(self.tr("&Milestone"), objectName="touchpoint_milestone"), "milestone"
        )
        self.milestone.setIcon(svg_icon("milestone"))
        self.milestone.setToolTip(self.tr("A key moment such as sign-up or first purchase"))
        self.journey_end = b.check(
            QCheckBox(self.tr("&Journey ends here"), objectName="touchpoint_journey_end"),
            "journey_end",
        )
        self.journey_end.setToolTip(
            self.tr("The customer's journey may end at this touchpoint (not a dead end)")
        )
        row.addWidget(self.milestone)
        row.addWidget(self.journey_end)
        self.add_row(self.tr("Marks"), flags)

    def _card(self) -> Touchpoint | None:
        target = self.binder.target()
        return target if isinstance(target, Touchpoint) else None

    def refresh(self) -> None:
        card = self._card()
        doc = self.doc
        if card is None or doc is None:
            return
        self._fill_channels()
        self.emotion.set_language(doc.map.info.language)
        self.heading.setText(card.title or self.tr("Touchpoint"))
        try:
            where = f"{doc.map.stage(card.stage_id).name} · {doc.map.persona(card.persona_id).name}"
        except KeyError:
            where = ""
        self.subheading.setText(self.tr("Touchpoint") + (f" — {where}" if where else ""))
        super().refresh()

    def _fill_channels(self) -> None:
        doc = self.doc
        if doc is None:
            return
        # "no channel given" (a sheet without a channel column) first, without an icon,
        # offered on every map (choosing it puts it in the catalogue, see no_channel_choice)
        wanted = [(NO_CHANNEL, self.tr("No channel"), "")]
        wanted += [(c.id, c.name, c.icon) for c in doc.map.channels if shows_channel(c.id)]
        current = [
            (self.channel.itemData(i), self.channel.itemText(i))
            for i in range(self.channel.count())
        ]
        if current == [(cid, name) for cid, name, _icon in wanted]:
            return
        self.channel.blockSignals(True)
        self.channel.clear()
        for cid, name, icon in wanted:
            self.channel.addItem(svg_icon(icon) if icon else blank_icon(), name, cid)
        self.channel.blockSignals(False)

    def _show_channel(self, channel_id: str) -> None:
        index = self.channel.findData(channel_id)
        if index >= 0 and self.channel.currentIndex() != index:
            self.channel.setCurrentIndex(index)

    def _choose_channel(self, index: int) -> None:
        channel_id = str(self.channel.itemData(index))
        doc, card = self.doc, self._card()
        if doc is not None and card is not None and needs_no_channel(doc, channel_id):
            if card.channel != channel_id:
                self.binder.new_session()
                doc.push(to_no_channel(doc, card.id))
            return
        if index >= 0:
            self.channel_chosen.emit(channel_id)

    def focus_first(self) -> None:
        self.title.setFocus()
        self.title.selectAll()

    def _owners_in_map(self) -> list[str]:
        doc = self.doc
        return [] if doc is None else [card.owner for card in doc.map.touchpoints]

    def _kpis_in_map(self) -> list[Kpi]:
        doc = self.doc
        return [] if doc is None else [kpi for card in doc.map.touchpoints for kpi in card.kpis]
