"""The persona page: who the customer is, what they want, what frustrates them, their picture."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cjdesigner.editor.window.dialogs import Dialogs
from cjdesigner.editor.window.inspector.binding import hint
from cjdesigner.editor.window.inspector.form import ItemForm, multi_line
from cjdesigner.editor.window.inspector.widgets import ColourButton, ListEditor
from cjdesigner.model import AVATAR_MAX_BYTES, Avatar, Persona
from cjdesigner.model.picture import PictureProblem, picture_size
from cjdesigner.model.text import NAME_MAX, SHORT_TEXT_MAX
from cjdesigner.templates import is_persona_prompt, persona_prompt

AVATAR_SIDE = 64
SHRINK_TO = 400
"""A picture over the size cap is scaled to this many pixels on its longer side."""


def avatar_pixmap(persona: Persona, side: int = AVATAR_SIDE) -> QPixmap:
    """The round avatar: the picture, or the initials on the persona's colour."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, side, side))
    image = QImage()
    if persona.avatar is not None:
        image.loadFromData(persona.avatar.data)
    if not image.isNull():
        scaled = image.scaled(
            side,
            side,
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        painter.setClipPath(path)
        painter.drawImage((side - scaled.width()) // 2, (side - scaled.height()) // 2, scaled)
    else:
        painter.fillPath(path, QBrush(QColor(persona.colour)))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(side * 0.38))
        painter.setFont(font)
        painter.setPen(_text_colour(persona.colour))
        painter.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, persona.initials)
    painter.end()
    return pixmap


def _text_colour(background: str) -> QColor:
    colour = QColor(background)
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return QColor("#1A1A1A") if luminance > 0.55 else QColor("#FFFFFF")


class PictureError(ValueError):
    """A picture that cannot become an avatar; the message is for the user."""


def _loads_as_avatar(data: bytes, media_type: str) -> bool:
    """Whether the map's loader accepts ``data`` as it is (else it is re-encoded smaller)."""
    try:
        picture_size(data, media_type)
    except PictureProblem:
        return False
    return True


def _unopened(path: Path, exc: OSError) -> str:
    """Why the picture file could not be read, in the user's language (the system's own words,
    "No such file or directory", were English in a Polish editor)."""
    if isinstance(exc, FileNotFoundError):
        text = QCoreApplication.translate("PictureError", "“%1” does not exist.")
    elif isinstance(exc, IsADirectoryError):
        text = QCoreApplication.translate("PictureError", "“%1” is a folder, not a picture.")
    elif isinstance(exc, PermissionError):
        text = QCoreApplication.translate(
            "PictureError", "“%1” cannot be opened: you are not allowed to read it."
        )
    else:
        text = QCoreApplication.translate("PictureError", "“%1” cannot be read (%2).").replace(
            "%2", exc.strerror or str(exc)
        )
    return text.replace("%1", path.name)


def avatar_from_file(path: Path) -> tuple[Avatar, bool]:
    """Read a PNG/JPEG as an avatar; returns (avatar, shrunk).

    A picture over :data:`AVATAR_MAX_BYTES` is scaled down (longer side :data:`SHRINK_TO` px)
    so that it fits in the map file; anything that is not a readable PNG or JPEG is refused.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PictureError(_unopened(path, exc)) from exc
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        media_type = "image/png"
    elif data.startswith(b"\xff\xd8\xff"):
        media_type = "image/jpeg"
    else:
        raise PictureError("not_png_jpeg")
    image = QImage()
    if not image.loadFromData(data):
        raise PictureError("unreadable")
    if len(data) <= AVATAR_MAX_BYTES and _loads_as_avatar(data, media_type):
        return Avatar(media_type=media_type, data=data), False
    smaller = image.scaled(
        QSize(SHRINK_TO, SHRINK_TO),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    smaller.save(buffer, "JPEG", 88)
    buffer.close()
    shrunk = bytes(array.data())
    if len(shrunk) > AVATAR_MAX_BYTES:
        raise PictureError("too_big")
    return Avatar(media_type="image/jpeg", data=shrunk), True


class PersonaForm(ItemForm):
    kind = "persona"

    def __init__(self, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(dialogs, parent)
        self.setObjectName("persona_form")
        b = self.binder

        picture = QWidget(self)
        row = QHBoxLayout(picture)
        row.setContentsMargins(0, 0, 0, 0)
        self.avatar = QLabel(picture, objectName="persona_avatar")
        self.avatar.setFixedSize(AVATAR_SIDE, AVATAR_SIDE)
        buttons = QVBoxLayout()
        self.choose_picture = QPushButton(self.tr("Choose Picture…"), objectName="persona_picture")
        self.choose_picture.setToolTip(
            self.tr("A PNG or JPEG picture; large pictures are scaled down to fit in the map")
        )
        self.remove_picture = QPushButton(
            self.tr("Remove Picture"), objectName="persona_remove_picture"
        )
        self.choose_picture.clicked.connect(self.pick_picture)
        self.remove_picture.clicked.connect(lambda: self.binder.apply({"avatar": None}))
        buttons.addWidget(self.choose_picture)
        buttons.addWidget(self.remove_picture)
        row.addWidget(self.avatar)
        row.addSpacing(8)
        row.addLayout(buttons)
        row.addStretch(1)
        self.add_row(self.tr("Picture"), picture)

        self.name = b.line(QLineEdit(objectName="persona_name"), "name", NAME_MAX)
        hint(self.name, self.tr("e.g. Anna, the first-time buyer"))
        self.add_row(self.tr("&Name"), self.name)
        self.role = b.line(QLineEdit(objectName="persona_role"), "role", SHORT_TEXT_MAX)
        self.add_row(self.tr("&Role"), self.role)
        self.quote = b.text(multi_line(2), "quote")
        self.quote.setObjectName("persona_quote")
        hint(self.quote, self.tr("Something this customer would say"))
        self.add_row(self.tr("&Quote"), self.quote)
        self.goals = ListEditor(self.tr("Add goal"), self.tr("New goal"), self)
        self.goals.setObjectName("persona_goals")
        b.custom("goals", self.goals.set_values, self.goals.edited)
        self.add_row(self.tr("Goals"), self.goals)
        self.frustrations = ListEditor(self.tr("Add frustration"), self.tr("New frustration"), self)
        self.frustrations.setObjectName("persona_frustrations")
        b.custom("frustrations", self.frustrations.set_values, self.frustrations.edited)
        self.add_row(self.tr("Frustrations"), self.frustrations)
        self.demographics = b.text(multi_line(3), "demographics")
        self.demographics.setObjectName("persona_demographics")
        hint(self.demographics, self.tr("Age, location, income, habits…"))
        self.add_row(self.tr("&Demographics"), self.demographics)
        self.colour = ColourButton(
            lambda initial: dialogs.colour(initial, self.tr("Persona colour"))
        )
        self.colour.setObjectName("persona_colour")
        b.custom("colour", self.colour.set_value, self.colour.chosen)
        self.add_row(self.tr("Colour"), self.colour)

    def refresh(self) -> None:
        persona = self.binder.target()
        doc = self.doc
        if not isinstance(persona, Persona) or doc is None:
            return
        count = sum(1 for t in doc.map.touchpoints if t.persona_id == persona.id)
        self.heading.setText(persona.name or self.tr("Persona"))
        self.subheading.setText(self.tr("Persona · %n touchpoint(s)", "", count))
        self.avatar.setPixmap(avatar_pixmap(persona))
        self.remove_picture.setEnabled(persona.avatar is not None)
        super().refresh()
        # The template's question about the customer is a greyed placeholder, not a role:
        # also when an older map still holds it as the role (it is never printed).
        self.role.setPlaceholderText(persona_prompt(doc.map.info.language))
        if is_persona_prompt(persona.role) and self.role.text():
            self.role.blockSignals(True)
            self.role.clear()
            self.role.blockSignals(False)

    def pick_picture(self) -> None:
        chosen = self.dialogs.image_path(str(Path.home()))
        if not chosen:
            return
        self.set_picture(Path(chosen))

    def set_picture(self, path: Path) -> bool:
        """Use the picture at ``path``; a clear message when it cannot be used."""
        self.error.emit("")  # a note about an earlier picture no longer applies
        try:
            avatar, shrunk = avatar_from_file(path)
        except PictureError as exc:
            reason = str(exc)
            limit = f"{AVATAR_MAX_BYTES // 1024} KB"
            messages = {
                "not_png_jpeg": self.tr("“%1” is not a PNG or JPEG picture."),
                "unreadable": self.tr("“%1” could not be read as a picture (damaged file?)."),
                "too_big": self.tr("“%1” is too large even when scaled down (the limit is %2)."),
            }
            template = messages.get(reason)
            message = template.replace("%1", path.name).replace("%2", limit) if template else reason
            self.dialogs.warning(self.tr("Picture not used"), message)
            return False
        if self.binder.apply({"avatar": avatar}) and shrunk:
            self.error.emit(
                self.tr(
                    "The picture was larger than %1 and was scaled down to fit in the map."
                ).replace("%1", f"{AVATAR_MAX_BYTES // 1024} KB")
            )
        return True

    def focus_first(self) -> None:
        self.name.setFocus()
        self.name.selectAll()
