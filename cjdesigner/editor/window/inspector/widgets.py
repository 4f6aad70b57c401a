"""Small editors the inspector forms share: text lists, the KPI table, colour and sentiment."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6 import QtWidgets  # the KPI table's classes: built with the first card page
from PySide6.QtCore import QLocale, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.editor.window.icons import sentiment_icon
from cjdesigner.editor.window.inspector.known_values import Values, known_values_delegate
from cjdesigner.map_language import emotion_words, signed
from cjdesigner.model import EMOTION_MAX, EMOTION_MIN, Kpi, Sentiment


def _small_button(text: str, tip: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button


class ListEditor(QWidget):
    """An editable list of short texts (pain points, goals…): add, edit in place, remove."""

    edited = Signal(list)

    def __init__(self, add_label: str, new_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._new_text = new_text
        self.list = QListWidget(self)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setWordWrap(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.list.itemChanged.connect(self._item_changed)
        self.add_button = _small_button("＋ " + add_label, add_label, self)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.remove_button = _small_button(
            self.tr("Remove"), self.tr("Remove the selected entry"), self
        )
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self._filling = False
        self.list.setVisible(False)  # empty, as set_values([]) shows it (it returns early)

    def values(self) -> list[str]:
        texts = (self.list.item(i).text().strip() for i in range(self.list.count()))
        return [t for t in texts if t]

    def set_values(self, values: list[str]) -> None:
        current = [self.list.item(i).text() for i in range(self.list.count())]
        if current == list(values):
            return
        self._filling = True
        self.list.clear()
        for value in values:
            self._append(value)
        self._filling = False
        self.list.setVisible(bool(values))
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its wrapped entries (up to about eight lines), so short lists stay small."""
        metrics = self.list.fontMetrics()
        width = max(self.list.viewport().width() - 8, 120)
        height = 0
        for row in range(self.list.count()):
            text = self.list.item(row).text() or " "
            box = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
            height += box.height() + 4
        line = metrics.lineSpacing() + 4
        height = min(max(height, line), 8 * line)
        self.list.setFixedHeight(height + 2 * self.list.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _append(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setToolTip(text)
        self.list.addItem(item)
        return item

    def add_entry(self) -> None:
        """Add an entry and start editing it; it becomes part of the model when named."""
        self.list.setVisible(True)
        self._filling = True
        item = self._append(self._new_text)
        self._filling = False
        self.list.setCurrentItem(item)
        self._fit_height()
        self.edited.emit(self.values())
        self.list.editItem(item)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self._filling = True
        self.list.takeItem(row)
        self._filling = False
        self._fit_height()
        self.edited.emit(self.values())

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        item.setToolTip(item.text())
        self.edited.emit(self.values())


def parse_number(text: str) -> float | None:
    """'12,5' or '12.5' → 12.5 (Polish and Romanian write a decimal comma); '' → None."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    cleaned = cleaned.rstrip("%")
    if not cleaned:
        return None
    return float(cleaned)


def format_number(value: float | None) -> str:
    """3.5 → '3,5' in a Polish or Romanian editor (the decimal sign of the editor's language,
    as typed); no group separators, so :func:`parse_number` reads the text back."""
    if value is None:
        return ""
    return f"{value:g}".replace(".", QLocale().decimalPoint())


class KpiTable(QWidget):
    """KPIs of a touchpoint: name, value, target, unit — edited in place, added and removed."""

    edited = Signal(list)
    error = Signal(str)

    COLUMNS = ("name", "value", "target", "unit")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QtWidgets.QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("KPI"), self.tr("Value"), self.tr("Target"), self.tr("Unit")]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.Stretch)
        # The figures' columns as wide as their figures, not their headings ("Wartość",
        # "Jednostka" left the KPI's name "Czas …" in a narrow panel, QA s7 J15): a heading
        # too long is shortened, and says itself whole in its tooltip.
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QtWidgets.QHeaderView.ResizeMode.Interactive)
            item = self.table.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(item.text())
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setMinimumSectionSize(8)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        self.table.itemChanged.connect(self._item_changed)
        self._kpis: list[Kpi] = []
        self._known: dict[int, Values] = {}
        self._filling = False
        add = _small_button("＋ " + self.tr("Add KPI"), self.tr("Add a KPI"), self)
        remove = _small_button(self.tr("Remove"), self.tr("Remove the selected KPI"), self)
        add.clicked.connect(self.add_kpi)
        remove.clicked.connect(self.remove_selected)
        self.add_button, self.remove_button = add, remove
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(add)
        buttons.addStretch(1)
        buttons.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.setVisible(False)  # no KPIs yet: no empty header (set_kpis([]) returns early)

    def offer_known(self, names: Values, units: Values) -> None:
        """The name and unit cells offer the KPI names and units the map already has (their
        editors made so from the first KPI shown on)."""
        self._known = {0: names, 3: units}

    def _offer_known_now(self) -> None:
        for column, values in self._known.items():
            self.table.setItemDelegateForColumn(column, known_values_delegate(values, self.table))
        self._known = {}

    def set_kpis(self, kpis: list[Kpi]) -> None:
        if list(kpis) == self._kpis:
            return
        if kpis and self._known:
            self._offer_known_now()
        self._kpis = list(kpis)
        self._filling = True
        self.table.setRowCount(len(kpis))
        for row, kpi in enumerate(kpis):
            cells = (kpi.name, format_number(kpi.value), format_number(kpi.target), kpi.unit)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QtWidgets.QTableWidgetItem(text))
        self._filling = False
        self._fit_figures()
        self.table.setVisible(bool(kpis))
        rows = min(len(kpis), 6)
        header = self.table.horizontalHeader().sizeHint().height()
        row = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(header + rows * row + 2 * self.table.frameWidth() + 6)

    def _fit_figures(self) -> None:
        """Value, target and unit as wide as their longest cell (at least three digits)."""
        metrics = self.table.fontMetrics()
        padding = (
            2 * self.table.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_FocusFrameHMargin)
            + 12
        )
        for column in (1, 2, 3):
            texts = ["000"]
            for row in range(self.table.rowCount()):
                item = self.table.item(row, column)
                if item is not None:
                    texts.append(item.text())
            width = max(metrics.horizontalAdvance(text) for text in texts) + padding
            self.table.horizontalHeader().resizeSection(column, width)

    def add_kpi(self) -> None:
        self.table.setVisible(True)
        self.edited.emit([*self._kpis, Kpi(name=self.tr("New KPI"))])
        row = self.table.rowCount() - 1
        if row >= 0:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._kpis):
            self.edited.emit(self._kpis[:row] + self._kpis[row + 1 :])

    def _item_changed(self, item: QtWidgets.QTableWidgetItem) -> None:
        if self._filling or not 0 <= item.row() < len(self._kpis):
            return
        kpi = self._kpis[item.row()]
        field = self.COLUMNS[item.column()]
        text = item.text()
        value: Any
        if field in ("value", "target"):
            try:
                value = parse_number(text)
            except ValueError:
                self.error.emit(self.tr("“%1” is not a number").replace("%1", text))
                self._revert(item, format_number(getattr(kpi, field)))
                return
        else:
            value = text.strip()
            if field == "name" and not value:
                self._revert(item, kpi.name)
                return
        kpis = list(self._kpis)
        kpis[item.row()] = kpi.model_copy(update={field: value})
        self.edited.emit(kpis)

    def _revert(self, item: QtWidgets.QTableWidgetItem, text: str) -> None:
        self._filling = True
        item.setText(text)
        self._filling = False


class ColourButton(QToolButton):
    """A swatch that opens a colour chooser; ``optional`` adds a "no colour" choice."""

    chosen = Signal(object)

    def __init__(
        self,
        ask: Callable[[str], str | None],
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ask = ask
        self._value: str | None = None
        self._optional = optional
        self.setIconSize(QSize(40, 16))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clicked.connect(self._choose)
        if optional:
            self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            from PySide6.QtWidgets import QMenu

            menu = QMenu(self)
            menu.addAction(self.tr("No colour"), lambda: self.chosen.emit(None))
            self.setMenu(menu)
        self.set_value(None)

    def set_value(self, value: str | None) -> None:
        self._value = value
        pixmap = QPixmap(40, 16)
        pixmap.fill(QColor(value) if value else QColor(0, 0, 0, 0))
        self.setIcon(QIcon(pixmap))
        self.setText(value or self.tr("none"))

    def _choose(self) -> None:
        colour = self._ask(self._value or "#FFFFFF")
        if colour is not None:
            self.chosen.emit(colour)


class SentimentButtons(QWidget):
    """Positive / neutral / negative as three toggle buttons with the markers of the map."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            Sentiment.POSITIVE: self.tr("Positive"),
            Sentiment.NEUTRAL: self.tr("Neutral"),
            Sentiment.NEGATIVE: self.tr("Negative"),
        }
        shortcuts = {Sentiment.POSITIVE: "1", Sentiment.NEUTRAL: "2", Sentiment.NEGATIVE: "3"}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Sentiment, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for sentiment, label in labels.items():
            button = QToolButton(self)
            button.setObjectName(f"sentiment_{sentiment.value}")
            button.setText(label)
            button.setIcon(sentiment_icon(sentiment))
            button.setIconSize(QSize(16, 16))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setToolTip(
                self.tr("%1 (key %2 on the canvas)")
                .replace("%1", label)
                .replace("%2", shortcuts[sentiment])
            )
            button.clicked.connect(lambda _=False, s=sentiment: self.chosen.emit(s))
            self.group.addButton(button)
            self.buttons[sentiment] = button
            layout.addWidget(button)
        metrics = self.fontMetrics()  # a word, its marker and a little room (sizeHint pads more)
        self._text_width = 8 + sum(
            metrics.horizontalAdvance(b.text()) + b.iconSize().width() + 14
            for b in self.buttons.values()
        )
        for button in self.buttons.values():  # may shrink to its marker: see resizeEvent
            button.setMinimumWidth(button.iconSize().width() + 14)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrow inspector (a laptop; longer Polish and Romanian words) shows the markers
        alone, their words in the tooltips, instead of pushing the panel wider than its dock."""
        super().resizeEvent(event)
        style = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if event.size().width() >= self._text_width
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        for button in self.buttons.values():
            button.setToolButtonStyle(style)

    def set_value(self, value: Sentiment | None) -> None:
        if value is None:
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
            return
        button = self.buttons[Sentiment(value)]
        if not button.isChecked():
            button.setChecked(True)


class EmotionCombo(QComboBox):
    """Emotion from –2 (frustrated) to +2 (delighted), or not scored (no point on the curve).

    The words are the map's (:func:`cjdesigner.map_language.emotion_words`), the same as the
    curve's axis on the canvas and in the PDF: :meth:`set_language` follows the map.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = ""
        self.addItem(self.tr("Not scored"), None)
        for value in range(EMOTION_MAX, EMOTION_MIN - 1, -1):
            self.addItem("", value)
        self.set_language("en")

    def set_language(self, language: str) -> None:
        """Label the levels in the map's ``language`` (the values do not change)."""
        if language == self._language:
            return
        self._language = language
        words = emotion_words(language)
        for index in range(1, self.count()):
            value = int(self.itemData(index))
            # the sign as the map prints it (an en dash), so "–2" reads the same here and there
            self.setItemText(index, f"{signed(value)}  {words[value]}")
