"""Map pane: the region drawn from real geometry, coloured by who held each district and town on the current date.

The pane assembles the view (`view.py`), the date row (`player.py`) and the legend (`legend.py`), and turns
the user's zoom, pan, clicks and keys into calls on the view-model (`desktop_app.views.map`), whose answers
the scene (`scene.py`) draws; `detail.py` decides when places are read and laid out. After a zoom the
labels are laid out again, and a label that would overlap a more important one is hidden (its marker stays,
and its tooltip names it). With far more places than bundled (MAX_DRAWN), only the most important ones in
and near the view are drawn, and places are read from the content database by box and importance as the
view asks for them, not all at start-up.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QBrush, QImage, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QGraphicsView, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from desktop_app.content import ContentDatabase, Place
from desktop_app.content.geometry import RegionMap, load_region
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.notes.model import Target as NoteTarget
from desktop_app.ui.announcer import Announcer
from desktop_app.ui.capped_text import CappedText
from desktop_app.ui.panes.base import Pane, plain_text
from desktop_app.ui.panes.map import image
from desktop_app.ui.panes.map.detail import LevelOfDetail
from desktop_app.ui.panes.map.items import PlaceMark
from desktop_app.ui.panes.map.legend import legend_html
from desktop_app.ui.panes.map.player import DatePlayer, DateRow
from desktop_app.ui.panes.map.scene import MapScene, scene_rect
from desktop_app.ui.panes.map.view import ZOOM_STEP, MapView
from desktop_app.ui.settings import MAP_TABLE, NAME_FORM, Settings
from desktop_app.ui.state import AppState
from desktop_app.ui.table_switch import TableSwitch
from desktop_app.views.map.layout import neighbour
from desktop_app.views.map.model import MapModel
from desktop_app.views.map.projection import CONFLICT_ZONE, scene_box, zoom_scale
from desktop_app.views.map.text import credit
from desktop_app.views.spoken import map_spoken
from desktop_app.views.tables import Table, place_table

#: the map's tooltip. +/-, Home, Ctrl+Left/Right, Enter and Space are keys: name them as keyboards in your
#: language do; "the conflict zone": Nagorno-Karabakh and the districts around it
HELP = QT_TRANSLATE_NOOP(
    "MapPane",
    "Map of the region. Drag to pan, wheel to zoom; +/- zoom, arrow keys pan, Home fits the conflict zone, "
    "Ctrl+Left/Right select the previous/next place, Enter opens it, Space plays the days. "
    "Click a place or district to open its entry."
)


class MapPane(Pane):
    """The region at the current date; clicking a place opens its entry."""

    def __init__(
        self, content: ContentDatabase, state: AppState, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(content, state, settings, parent=parent)
        #: the map pane's name for screen readers (a noun)
        self.setAccessibleName(translate("MapPane", "Map"))
        self._auto_fit = True  # until the user zooms or pans, a resize fits the conflict zone again

        self.region: RegionMap = load_region()
        self.model = MapModel(content, self.region, PlaceMark.of)
        # The places read so far, by id: asking for one not read yet reads it (KeyError if not on the map).
        self.marks: dict[str, PlaceMark] = self.model.places.by_id
        self._scene_box = scene_box(*self.region.bbox)
        self.scene = MapScene(self.region, self.model, self)
        self._build_widgets()
        self._build_actions()
        self.detail = LevelOfDetail(self.model, self.scene, self.view, state, settings, content.path, self)
        self._apply_palette()
        self.announcer = Announcer(self.view, self, self._spoken)

        state.date_changed.connect(self._on_date_changed)
        state.place_selected.connect(self._on_place_selected)
        settings.changed.connect(self._on_setting_changed)
        self.table.chosen.connect(self.state.select_place)
        self.table.opened.connect(self.open_place)  # Enter on a row: as Enter on the map
        self.switch.switched.connect(self._on_switched)
        self._on_date_changed(state.date)
        self._relabel()
        self._on_place_selected(state.place_id)
        self.announcer.refresh()
        self._on_switched(self.switch.showing_table())

    def shutdown(self) -> None:
        """Stop reading places in the background (the window is closing)."""
        self.detail.shutdown()

    # -- construction -------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.view = MapView(self, self.scene)
        self.view.setAccessibleName(translate("MapPane", "Map of the region"))
        self.view.setToolTip(translate("MapPane", HELP))

        self.player = DatePlayer(self.state, self)
        self.play_button, self.date_label, self.slider = self.player.button, self.player.date_label, self.player.slider
        self.play_timer = self.player.timer

        self.zoom_out_button = QToolButton(self)
        self.zoom_in_button = QToolButton(self)
        self.fit_button = QToolButton(self)

        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(translate("MapPane", "Map legend"))
        #: the legend's tooltip: the fill colours of the map
        self.legend.setToolTip(translate("MapPane", "What the colours mean"))
        self.legend.setContentsMargins(6, 2, 6, 4)

        layout_ = QVBoxLayout(self)
        layout_.setContentsMargins(0, 0, 0, 0)
        layout_.setSpacing(0)
        #: the name, for screen readers, of the map shown as a table (a noun)
        self.switch = TableSwitch(self.view, translate("MapPane", "Places on the map"), self._table_rows,
                                  self.settings, MAP_TABLE, self)
        self.table = self.switch.table
        self.top = DateRow(self.player, [self.zoom_out_button, self.zoom_in_button, self.fit_button,
                                         self.switch.button])
        self.legend_box = CappedText(self.legend, self)
        layout_.addLayout(self.top)
        layout_.addWidget(self.switch, 1)
        layout_.addWidget(self.legend_box)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self.top.fit(event.size().width())
        self.legend_box.fit(event.size())

    def _build_actions(self) -> None:
        def action(text: str, keys: list, slot, button: QToolButton | None = None, label: str = "") -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            if button is not None:
                # On the action, not the button: a button takes its action's text and tooltip again when the
                # action is greyed out (the map shown as a table).
                act.setIconText(label)
                keys_text = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
                #: a button's tooltip: {command} is its command ("Zoom In"), {keys} its keyboard shortcuts ("+, =")
                with_keys = translate("MapPane", "{command} ({keys})")
                name = text.replace("&", "")
                act.setToolTip(with_keys.format(command=name, keys=keys_text) if keys else name)
                button.setDefaultAction(act)
                button.setAccessibleName(name)
            return act

        self.zoom_in_action = action(translate("MapPane", "Zoom &In"), ["+", "="], self.zoom_in, self.zoom_in_button,
                                     "+")
        self.zoom_out_action = action(translate("MapPane", "Zoom &Out"), ["-"], self.zoom_out, self.zoom_out_button,
                                      "−")
        #: a command (a verb): zoom the map so that it shows the conflict zone, Nagorno-Karabakh and the districts
        #: around it
        self.fit_action = action(translate("MapPane", "&Fit the Conflict Zone"), [], self.fit, self.fit_button,
                                 #: the short label of the button that fits the map to the conflict zone (a verb)
                                 translate("MapPane", "Fit"))
        #: the Fit button's tooltip; Home is the key
        self.fit_action.setToolTip(translate("MapPane", "Show the conflict zone (Home when the map has focus)"))
        #: File menu: save the map as a picture file
        self.save_image_action = action(translate("MapPane", "Save Map &Image..."), ["Ctrl+Shift+M"],
                                        self.ask_save_image)
        self.save_image_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # a File menu command
        self.save_image_action.setToolTip(
            translate("MapPane", "Save the map as shown, with its legend, as a PNG image"))

    def menu_actions(self) -> list[QAction]:
        return [self.save_image_action]

    def focus_target(self) -> QWidget:
        return self.table.view if self.switch.showing_table() else self.view

    def key_help(self) -> list[tuple[str, str]]:
        # The keys stay as the keyboard names them; what they do is translated (Keyboard Shortcuts, Help menu).
        return [("← → ↑ ↓", translate("MapPane", "scroll the map")),
                ("Ctrl+← / Ctrl+→", translate("MapPane", "choose the previous / next place")),
                ("Enter", translate("MapPane", "open the chosen place's entry")),
                #: what the Space key does on the map: play or pause the days one after another
                ("Space", translate("MapPane", "play or pause the dates")),
                ("Home", translate("MapPane", "show the conflict zone"))]

    # -- colours and words --------------------------------------------------------------------
    def _apply_palette(self) -> None:
        self.scene.apply_palette(self.palette(), self.font())
        self._update_legend()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and hasattr(self, "detail"):
            self._apply_palette()
            self._relabel()
            self.player.fit_date_label()

    def area_brush(self, area_id: str) -> QBrush:
        """How a district (or city) polygon is filled now."""
        return self.scene.areas[area_id].brush()

    def area_hatching(self, area_id: str) -> list[QBrush]:
        """The lines drawn over a district's fill now: its holder's pattern, both sides' where it is divided."""
        return self.scene.hatched(area_id)

    def marker_brush(self, place_id: str) -> QBrush:
        """How a place's marker is filled now (drawn or not)."""
        return QBrush(self.scene.marker_colour(place_id))

    def tooltip(self, place_id: str) -> str:
        """What pointing at the place shows (made when asked for: dragging the date stays cheap)."""
        return self.model.tooltip(self.marks[place_id].place)

    def _legend_html(self, with_date: bool = False) -> str:
        return legend_html(self.scene.land, self.state.date if with_date else None)

    def legend_text(self) -> str:
        return plain_text(self._legend_html(with_date=True))

    def _update_legend(self) -> None:
        self.legend.setText(self._legend_html())
        self.legend.setAccessibleDescription(self.legend_text())
        self.legend_box.fit(self.size())

    def credit_text(self) -> str:
        return credit()

    # -- for screen readers -------------------------------------------------------------------
    def _spoken(self, changes: set[str]) -> tuple[str, str]:
        """The map in words, and what to announce after `changes` (see Announcer)."""
        place = self.model.place_words(self.state.place_id, str(self.settings.get(NAME_FORM)))
        return map_spoken(changes, self.state.date, place)

    # -- as a table ---------------------------------------------------------------------------
    def _table_rows(self) -> Table:
        return place_table(self.model, self.model.all_places(), str(self.settings.get(NAME_FORM)))

    def _on_switched(self, table: bool) -> None:
        # Zooming moves the picture; with the table shown, + and - are typed into its filter, not zoom.
        for act in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            act.setEnabled(not table)
        self.legend_box.setVisible(not table)
        if table and self.state.place_id:
            self.table.show_key(self.state.place_id)

    # -- picking ------------------------------------------------------------------------------
    def marker_view_pos(self, place_id: str) -> QPoint:
        """Where a place's marker is drawn, in view (viewport) coordinates."""
        return self.view.marker_pos(self.marks[place_id])

    def place_at(self, pos: QPoint) -> Place | None:
        """The place under a point of the view: a marker (within a few pixels), a label, then a polygon."""
        return self.view.place_at(pos)

    def click_at(self, pos: QPoint) -> None:
        place = self.place_at(pos)
        if place is not None:
            self.open_place(place.id)

    def open_place(self, place_id: str) -> None:
        mark = self.model.places.get(place_id)
        place = mark.place if mark is not None else self.content.place(place_id)
        if place is None:
            return
        self.state.select_place(place.id)
        self.state.set_entry(place.entry_id)

    def place_menu(self, pos: QPoint) -> bool:
        """Right-click on a place: open it, or write a note on it. False if no place is there."""
        place = self.place_at(pos)
        if place is None:
            return False
        menu = QMenu(self)
        #: a command in a place's right-click menu (a verb): open the place's entry; {place} is the place's name
        menu.addAction(translate("MapPane", "Open {place}").format(place=place.name), lambda: self.open_place(place.id))
        menu.addAction(translate("MapPane", "Add Note to This Place..."),
                       lambda: self.state.request_note(NoteTarget("place", place.id)))
        menu.exec(self.view.viewport().mapToGlobal(pos))
        return True

    def open_selected(self) -> None:
        if self.state.place_id:
            self.open_place(self.state.place_id)

    def select_neighbour(self, step: int) -> None:
        """Select the next place to the east (step 1) or west (-1) among those drawn in view."""
        chosen = neighbour(self.view.places_in_view(), self.state.place_id, step)
        if chosen is not None:
            self.state.select_place(chosen)

    # -- selection ----------------------------------------------------------------------------
    def _on_place_selected(self, place_id: str) -> None:
        self.announcer.changed("place")
        if place_id and self.switch.showing_table():
            self.table.show_key(place_id)
        self.detail.layout()  # a selected village is shown and named at every zoom
        mark = self.model.places.get(place_id)
        if mark is None:
            return
        if not self.view.view_box().shows(mark.x, mark.y, margin=20):
            self._auto_fit = False
            self.view.centerOn(mark.scene_pos)
            if self.detail.culled:
                self.detail.layout()

    # -- image --------------------------------------------------------------------------------
    def save_image(self, path: str | Path, size: QSize | tuple[int, int] | None = None) -> bool:
        """Write the map as shown, with the legend and the date, to a PNG of `size` (default: the view's size)."""
        return self.render_image(size).save(str(path), "PNG")

    def shown_image_size(self) -> QSize:
        """The size of the image when saved as shown on screen: the view plus the legend below it."""
        return image.shown_size(self.view.viewport().size(), self._legend_html(with_date=True), self.font())

    def render_image(self, size: QSize | tuple[int, int] | None = None) -> QImage:
        """The map as shown, with the legend and the date, as an image of `size` (default: the view's size)."""
        if size is None:
            size = self.shown_image_size()
        elif not isinstance(size, QSize):
            size = QSize(*size)
        return image.render(self.scene, self.visible_scene_rect(), self._legend_html(with_date=True), self.font(),
                            self.palette(), size)

    def ask_save_image(self) -> None:
        image.ask_and_save(self, self.settings, self.shown_image_size(), self.state.date, self.save_image)

    # -- date and control ---------------------------------------------------------------------
    def _on_date_changed(self, day: date) -> None:
        self.scene.recolour(self.model.move_to(day))
        self.player.show_date(day)
        if hasattr(self, "announcer"):
            self.announcer.changed("date")
            self.switch.refresh()  # who held each place

    def is_playing(self) -> bool:
        return self.player.is_playing()

    def toggle_play(self) -> None:
        self.player.toggle()

    def play(self) -> None:
        self.player.play()

    def pause(self) -> None:
        self.player.pause()

    # -- names --------------------------------------------------------------------------------
    def _on_setting_changed(self, key: str) -> None:
        if key == NAME_FORM.key:
            self._relabel()
            self.announcer.refresh()
            self.switch.refresh()

    def _relabel(self) -> None:
        form = str(self.settings.get(NAME_FORM))
        for mark in self.scene.live:
            self.scene.set_label(mark, form)
        self.detail.layout()

    def label_visible(self, place_id: str) -> bool:
        mark = self.marks[place_id]
        return mark.marker is not None and mark.marker.isVisible() and mark.label.isVisible()

    def label_text(self, place_id: str) -> str:
        mark = self.marks[place_id]
        return mark.label.text if mark.label is not None else mark.place.label(str(self.settings.get(NAME_FORM)))

    # -- view ---------------------------------------------------------------------------------
    def pixels_per_degree(self) -> float:
        return self.view.view_box().pixels_per_degree

    def view_resized(self) -> None:
        if self._auto_fit:
            self._fit_rect(scene_rect(*CONFLICT_ZONE))
        else:
            self.detail.layout()

    def _fit_rect(self, rect: QRectF) -> None:
        self.view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.detail.layout()

    def fit(self) -> None:
        self._auto_fit = True
        self._fit_rect(scene_rect(*CONFLICT_ZONE))

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def zoom_by(self, factor: float, under_mouse: bool = False) -> None:
        viewport = self.view.viewport()
        current = self.view.transform().m11()
        target = zoom_scale(current, factor, (viewport.width(), viewport.height()), self._scene_box)
        if abs(target - current) < 1e-9:
            return
        self._auto_fit = False
        anchor = QGraphicsView.ViewportAnchor.AnchorUnderMouse if under_mouse else \
            QGraphicsView.ViewportAnchor.AnchorViewCenter
        self.view.setTransformationAnchor(anchor)
        self.view.scale(target / current, target / current)
        self.detail.layout(read=False)

    def pan_pixels(self, dx: float, dy: float) -> None:
        self._auto_fit = False
        h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        h.setValue(h.value() + round(dx))
        v.setValue(v.value() + round(dy))

    def visible_scene_rect(self) -> QRectF:
        return self.view.mapToScene(self.view.viewport().rect()).boundingRect()
