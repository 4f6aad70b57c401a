"""The items on their own: routing, curve runs, avatars, card text, painting, icons, fonts, view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontDatabase, QImage, QPainter
from pytestqt.qtbot import QtBot

from cjdesigner.editor import commands as cmd
from cjdesigner.editor.canvas import MapScene, MapView, style
from cjdesigner.editor.canvas.icons import IconCache
from cjdesigner.editor.canvas.items.card import CardItem, _two_lines, tooltip_for
from cjdesigner.editor.canvas.items.connection import path_of, route_points, visible_path
from cjdesigner.editor.canvas.items.emotion_curve import curve_runs
from cjdesigner.editor.canvas.items.headers import avatar_pixmap
from cjdesigner.editor.document import MapDocument
from cjdesigner.model import Avatar, Evidence, Persona, Sentiment, Touchpoint


def test_forward_flow_leaves_right_edge_and_enters_left_edge() -> None:
    source, target = QRectF(0, 0, 100, 50), QRectF(300, 200, 100, 50)
    points = route_points(source, target)
    assert points[0] == (100, 25)
    assert points[-1][1] == 225 and 290 < points[-1][0] < 300
    path = path_of(points)
    assert path.elementCount() == 1 + 3 * ((len(points) - 1) // 3)  # runs and round corners
    # orthogonal: every run is horizontal or vertical, the last one into the target's edge
    assert points[-2][1] == points[-1][1] == 225


def test_backward_flow_goes_around_above_the_target() -> None:
    source, target = QRectF(300, 0, 100, 50), QRectF(0, 100, 100, 50)
    points = route_points(source, target)
    assert max(p[0] for p in points) > 400  # out to the right of the source
    assert min(p[0] for p in points) < 0  # back in from the left of the target
    assert min(p[1] for p in points) < 100  # over the target, not through it
    assert points[-1][1] == 125


def test_flow_to_card_below_in_same_cell_is_a_straight_drop() -> None:
    source, target = QRectF(0, 0, 100, 50), QRectF(0, 60, 100, 50)
    points = route_points(source, target)
    assert {p[0] for p in points} == {50}
    assert points[0][1] == 50 and points[-1][1] < 60


@pytest.mark.parametrize("band", [(-100, 40), (100, 300), (300, 2000)])
def test_visible_path_is_the_flow_cut_to_a_band(band: tuple[float, float]) -> None:
    points = route_points(QRectF(300, 0, 100, 50), QRectF(0, 400, 100, 50))
    full = path_of(points)
    top, bottom = band
    cut = visible_path(points, top, bottom)
    bounds = cut.boundingRect()
    assert not cut.isEmpty()
    assert bounds.top() >= top - 0.01 and bounds.bottom() <= bottom + 0.01
    # every point of the cut lies on the full flow
    for i in range(11):
        p = cut.pointAtPercent(i / 10)
        nearest = min((full.pointAtPercent(j / 2000) - p).manhattanLength() for j in range(2001))
        assert nearest < 1.5


def test_visible_path_outside_the_flow_is_empty() -> None:
    points = route_points(QRectF(0, 0, 100, 50), QRectF(300, 200, 100, 50))
    assert visible_path(points, 1000, 2000).isEmpty()


def test_curve_runs_break_at_unscored_stages() -> None:
    runs = curve_runs([(1, 1), (2, 2), None, (4, 4), None])
    assert [[(p.x(), p.y()) for p in run] for run in runs] == [[(1, 1), (2, 2)], [(4, 4)]]
    assert curve_runs([None, None]) == []


def _png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_avatar_picture_is_cropped_square(qtbot: QtBot) -> None:
    persona = Persona(name="Ana", avatar=Avatar(media_type="image/png", data=_png(200, 100)))
    pixmap = avatar_pixmap(persona, 64)
    assert pixmap is not None and (pixmap.width(), pixmap.height()) == (64, 64)
    assert avatar_pixmap(Persona(name="Ana"), 64) is None


def test_title_wraps_to_two_lines_then_elides(qtbot: QtBot) -> None:
    font = style.font(style.TITLE_PX, bold=True)
    lines = _two_lines("Zażółć gęślą jaźń " * 10, font, 150)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert _two_lines("Short", font, 150) == ["Short"]
    assert _two_lines("   ", font, 150) == []


def test_a_long_channel_name_shows_whole_beside_the_marker(qtbot: QtBot) -> None:
    """The Polish template's "Media społecznościowe" was cut on every card ("Media
    społecznoś…"): the line holds it; beside a milestone flag a name a little too long shows
    a step smaller; a name longer still ends in "…" (the tooltip has it whole)."""
    from cjdesigner.editor.canvas.items.card import _CardText
    from cjdesigner.layout import GridMetrics

    width = GridMetrics().card_width

    def text(name: str, milestone: bool = False) -> _CardText:
        card = Touchpoint(
            stage_id="s", persona_id="p", title="Post", channel="social", milestone=milestone
        )
        return _CardText(card, name, width)

    plain = text("Media społecznościowe")
    assert plain.channel is not None and plain.channel.text() == "Media społecznościowe"
    assert plain.channel_font.pixelSize() == style.SMALL_PX  # type: ignore[attr-defined]
    flagged = text("Polecenia znajomych", milestone=True)
    assert flagged.channel is not None and flagged.channel.text() == "Polecenia znajomych"
    assert flagged.channel_font.pixelSize() == style.SMALL_PX - 1  # type: ignore[attr-defined]
    long = text("Media społecznościowe i fora internetowe")
    assert long.channel is not None and long.channel.text().endswith("…")


def test_tooltip_has_full_title_and_description() -> None:
    tp = Touchpoint(
        stage_id="s",
        persona_id="p",
        title="A very long title " * 5,
        channel="website",
        description="Line one\nline two",
    )
    text = tooltip_for(tp, "Website")
    assert tp.title in text and "Line one\nline two" in text and "[Website]" in text


def _render(scene: MapScene, scale: float) -> QImage:
    rect = scene.sceneRect()
    image = QImage(
        int(rect.width() * scale) + 1,
        int(rect.height() * scale) + 1,
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


@pytest.mark.parametrize("scale", [1.0, 0.25])
def test_every_card_variant_paints(doc: MapDocument, scene: MapScene, scale: float) -> None:
    for i, (sentiment, evidence) in enumerate(
        [
            (Sentiment.POSITIVE, Evidence.RESEARCH),
            (Sentiment.NEGATIVE, Evidence.PARTIAL),
            (Sentiment.NEUTRAL, Evidence.ASSUMPTION),
        ]
    ):
        doc.push(
            cmd.UpdateFields(
                doc,
                "touchpoint",
                f"t{i}",
                {
                    "sentiment": sentiment,
                    "evidence": evidence,
                    "milestone": i == 0,
                    "description": "Something happens here " * 4,
                    "emotion": i - 1,
                },
            )
        )
    scene.select_ids(["t1", "c0", "s1"])
    image = _render(scene, scale)
    # the negative card's sentiment edge is drawn in vermillion
    lay = scene.grid_layout
    r = lay.cards["t1"]
    x = int((r.x + 2 - scene.sceneRect().x()) * scale)
    y = int((r.y + r.h / 2 - scene.sceneRect().y()) * scale)
    colour = image.pixelColor(x, y)
    assert colour.red() > colour.green() > colour.blue()  # vermillion (blended when small)
    if scale == 1.0:
        assert colour.name() == style.SENTIMENT_COLOURS[Sentiment.NEGATIVE].name()


def test_header_selection_and_avatar_paint(doc: MapDocument, scene: MapScene) -> None:
    doc.push(
        cmd.UpdateFields(
            doc,
            "persona",
            "p0",
            {
                "avatar": Avatar(media_type="image/png", data=_png(80, 80)),
                "role": "Student, Kraków",
            },
        )
    )
    scene.select_ids(["p0"])
    image = _render(scene, 1.0)
    a = scene.persona_headers["p0"]._avatar_rect().center()
    origin = scene.sceneRect().topLeft()
    assert image.pixelColor(int(a.x() - origin.x()), int(a.y() - origin.y())) == QColor("#336699")


def test_icon_cache_renders_once_and_falls_back(qtbot: QtBot) -> None:
    cache = IconCache()
    first = cache.pixmap("email", 32)
    assert cache.pixmap("email", 32) is first and not first.isNull()
    assert cache.renderer("no-such-icon") is cache.renderer("generic")
    assert cache.renderer("generic") is not None


def test_noto_sans_is_registered(qtbot: QtBot) -> None:
    family = style.ensure_fonts()
    assert "Noto Sans" in family
    assert family in QFontDatabase.families()
    assert style.font(12).family() == family


def test_contrast_of_text_colours() -> None:
    assert style.readable_on(QColor("#FAF5D0")) == style.TEXT
    assert style.readable_on(QColor("#0072B2")) == QColor("#FFFFFF")


def test_view_zoom_fit_and_reveal(view: MapView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.zoom_changed) as blocker:
        view.zoom_in()
    assert blocker.args[0] == pytest.approx(1.2)
    view.zoom_out()
    assert view.zoom == pytest.approx(1.0)
    for _ in range(40):
        view.zoom_out()
    assert view.zoom == pytest.approx(0.1)
    view.reset_zoom()
    assert view.zoom == 1.0 and view.transform().m11() == pytest.approx(1.0)
    view.fit_map()
    assert view.zoom <= 1.0
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.adjusted(-1, -1, 1, 1).contains(view.sceneRect())
    view.set_zoom(3.0)
    view.reveal(["t4"])
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.map_scene().cards["t4"].sceneBoundingRect())


def test_ctrl_wheel_zooms(view: MapView, qtbot: QtBot) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    pos = QPointF(200, 200)
    event = QWheelEvent(
        pos,
        QPointF(view.viewport().mapToGlobal(QPoint(200, 200))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom == pytest.approx(1.2)


def test_card_text_is_laid_out_once(doc: MapDocument, scene: MapScene) -> None:
    item: CardItem = scene.cards["t0"]
    _render(scene, 1.0)
    text = item._text
    assert text is not None
    _render(scene, 1.0)
    assert item._text is text  # repaint reuses the laid-out text
    doc.push(cmd.UpdateFields(doc, "touchpoint", "t0", {"title": "Changed"}))
    assert item._text is None


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_the_curve_scale_words_share_one_readable_size(qtbot: QtBot, language: str) -> None:
    """One size for the three words, as large as the longest allows: Polish "sfrustrowany"
    printed at 6 px beside "obojętny" at 9 (QA s4 F5: unreadable on a projector)."""
    from PySide6.QtGui import QFontMetricsF

    from cjdesigner.editor.canvas.items.emotion_curve import WORDS_ROOM, EmotionCurveItem
    from cjdesigner.map_language import emotion_axis

    item = EmotionCurveItem("p0")
    item.set_language(language)
    font = item._words_font
    metrics = QFontMetricsF(font)
    for word in emotion_axis(language).values():
        assert metrics.horizontalAdvance(word) <= WORDS_ROOM + 0.5, word
    assert font.pixelSize() >= 8
