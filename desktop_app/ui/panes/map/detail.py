"""When the map's places are read and laid out, so that no frame of a pan or zoom waits for the database.

A layout shows the markers the view calls for and places each label where it overlaps nothing more
important (the view-model's rules, in plain numbers; the scene touches only the items that change). With
far more places than bundled, a zoom step lays out only the places already read, and a pan shows the places
drawn around the view; once the view rests (RELAYOUT_MS) it is laid out again, and the places it asks for
are read in the background and laid out when they come. After each read, the places the next zoom step in
would show are made ready (items made, labels drawn), so that step does not make them: tens of places
appear at each step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from desktop_app.content import Place
from desktop_app.ui.background import BackgroundReader
from desktop_app.ui.panes.map.items import PlaceMark
from desktop_app.ui.panes.map.scene import MapScene
from desktop_app.ui.panes.map.view import ZOOM_STEP, MapView
from desktop_app.ui.settings import NAME_FORM, Settings
from desktop_app.ui.state import AppState
from desktop_app.views.map.layout import layout
from desktop_app.views.map.model import MapModel
from desktop_app.views.map.places import PlaceCache, Question
from desktop_app.views.map.projection import ViewBox

RELAYOUT_MS = 60  # after a pan or zoom stops for this long, the places that came into view are read and drawn


class LevelOfDetail(QObject):
    """Lays out the places of `model` in `scene` for what `view` shows, reading places as the view asks."""

    def __init__(self, model: MapModel, scene: MapScene, view: MapView, state: AppState, settings: Settings,
                 database_path: Path, parent: QObject) -> None:
        super().__init__(parent)
        self.model, self.scene, self.view, self.state, self.settings = model, scene, view, state, settings
        self.culled = False  # more places than MAX_DRAWN at this zoom: only those in and near the view are drawn
        # Not a child: it must outlive this object's destruction to be shut down by it.
        self._reader = BackgroundReader(database_path, "map-places")
        self.destroyed.connect(self._reader.shutdown)
        self._reading: Question | None = None  # asked of the reader, not answered yet
        self._rested = QTimer(self, singleShot=True, interval=RELAYOUT_MS)
        self._rested.timeout.connect(self._view_rested)
        for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
            bar.valueChanged.connect(self._layout_soon)

    def shutdown(self) -> None:
        """Stop reading places in the background (the window is closing)."""
        self._reader.shutdown()

    def layout(self, read: bool = True) -> None:
        """Show the markers this view calls for and place each label where it overlaps nothing more important.

        With `read` false (a zoom step, the view at rest), only places already read are laid out; those the
        view asks for besides are read in the background once it rests (RELAYOUT_MS), and laid out then."""
        view = self.view.view_box()
        places = self.model.places
        self.culled = places.culled(view.pixels_per_degree)
        question = places.question(view)
        just_read = False
        if not places.answered(question):
            if read or not self.culled:  # not culled: at most MAX_DRAWN places to read
                self.scene.forget(places.read(question, self._kept()))
                just_read = True
            elif question != self._reading:
                self._rested.start()
        selected = self.state.place_id
        shown = places.shown(view, selected)
        self.scene.draw(shown, str(self.settings.get(NAME_FORM)))
        self.scene.arrange(shown, layout(shown, view, selected, self.scene.fixed_labels()), selected)
        self.scene.mark_selection(selected, places.get(selected))
        if just_read and self.culled:
            self._prepare_zoom_in(view)

    def _prepare_zoom_in(self, view: ViewBox) -> None:
        selected, form = self.state.place_id, str(self.settings.get(NAME_FORM))
        ratio = self.view.devicePixelRatioF()
        for mark in self.model.places.shown(view.zoomed(ZOOM_STEP), selected):
            self.scene.materialize(mark, form)
            mark.label.image(ratio)

    def _kept(self) -> set[PlaceMark | None]:
        """The places the view-model must not forget: those drawn and the selected one."""
        return self.scene.drawn | {self.model.places.by_id.get(self.state.place_id)}

    def _layout_soon(self) -> None:
        if self.culled:  # after a pan, the places that came into view need drawing
            self._rested.start()

    def _view_rested(self) -> None:
        """After a pan or zoom: draw what the view calls for of the places read, and read in the background
        the places it asks for that were not (drawn when they come)."""
        view = self.view.view_box()
        places = self.model.places
        question = places.question(view)
        if places.culled(view.pixels_per_degree) and question != self._reading and not places.answered(question):
            self._reading = question
            self._reader.submit(lambda content: PlaceCache.answer(content, question),
                                lambda found: self._places_read(question, found), key="places")
        self.layout(read=False)

    def _places_read(self, question: Question, found: list[Place]) -> None:
        self._reading = None
        self.scene.forget(self.model.places.add_answer(question, found, self._kept()))
        self.layout(read=False)
        self._prepare_zoom_in(self.view.view_box())
