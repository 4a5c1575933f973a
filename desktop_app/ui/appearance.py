"""Reading comfort for the whole application: light, dark or the system's colours, high contrast, text size.

One place applies the appearance settings to the QApplication (palette, font, style); the panes
already take their colours from the palette and redraw on palette and font changes, so nothing else
needs to know about themes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QStyleFactory

from desktop_app.i18n import QT_TRANSLATE_NOOP, number, translate
from desktop_app.ui.settings import HIGH_CONTRAST, TEXT_SCALE, TEXT_SCALES, THEME, THEMES, Settings

# Fusion draws every control from the palette; native styles (Windows, macOS) partly ignore a palette,
# so a chosen theme or high contrast switches to Fusion and "follow system" goes back to the native style.
PALETTE_STYLE = "Fusion"

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

DARK = {
    Role.Window: "#2b2b2b", Role.WindowText: "#e8e8e8", Role.Base: "#1f1f1f", Role.AlternateBase: "#292929",
    Role.ToolTipBase: "#3a3a3a", Role.ToolTipText: "#f2f2f2", Role.PlaceholderText: "#a0a0a0",
    Role.Text: "#e8e8e8", Role.Button: "#353535", Role.ButtonText: "#e8e8e8", Role.BrightText: "#ff7070",
    Role.Light: "#505050", Role.Midlight: "#424242", Role.Mid: "#6a6a6a", Role.Dark: "#1a1a1a",
    Role.Shadow: "#000000", Role.Highlight: "#3d7bd9", Role.HighlightedText: "#ffffff",
    Role.Link: "#7cb8ff", Role.LinkVisited: "#c0a8ff",
}
DARK_DISABLED = "#7c7c7c"

# Black on white and white on black, with borders and the selection in full strength.
CONTRAST_LIGHT = {
    Role.Window: "#ffffff", Role.WindowText: "#000000", Role.Base: "#ffffff", Role.AlternateBase: "#f0f0f0",
    Role.ToolTipBase: "#ffffff", Role.ToolTipText: "#000000", Role.PlaceholderText: "#3c3c3c",
    Role.Text: "#000000", Role.Button: "#ffffff", Role.ButtonText: "#000000", Role.BrightText: "#b00000",
    Role.Light: "#ffffff", Role.Midlight: "#e0e0e0", Role.Mid: "#000000", Role.Dark: "#000000",
    Role.Shadow: "#000000", Role.Highlight: "#0000b4", Role.HighlightedText: "#ffffff",
    Role.Link: "#0000c8", Role.LinkVisited: "#5a0096",
}
CONTRAST_DARK = {
    Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000", Role.AlternateBase: "#141414",
    Role.ToolTipBase: "#000000", Role.ToolTipText: "#ffffff", Role.PlaceholderText: "#d0d0d0",
    Role.Text: "#ffffff", Role.Button: "#000000", Role.ButtonText: "#ffffff", Role.BrightText: "#ff8080",
    Role.Light: "#ffffff", Role.Midlight: "#3a3a3a", Role.Mid: "#ffffff", Role.Dark: "#ffffff",
    Role.Shadow: "#ffffff", Role.Highlight: "#ffd800", Role.HighlightedText: "#000000",
    Role.Link: "#ffff3c", Role.LinkVisited: "#ff96ff",
}
CONTRAST_DISABLED = {"light": "#5a5a5a", "dark": "#b4b4b4"}

# View > Theme's entries, translated where the menu is made.
THEME_LABELS = {
    #: View > Theme: the colours the operating system is set to
    "system": QT_TRANSLATE_NOOP("Appearance", "Follow &System"),
    #: View > Theme: the light colour theme
    "light": QT_TRANSLATE_NOOP("Appearance", "&Light"),
    #: View > Theme: the dark colour theme
    "dark": QT_TRANSLATE_NOOP("Appearance", "&Dark"),
}


def _palette(colours: dict, disabled: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, QColor(disabled))
    return palette


def palette_for(theme: str, high_contrast: bool, system_dark: bool) -> QPalette | None:
    """The palette for these settings; None means the system's own palette."""
    dark = theme == "dark" or (theme == "system" and system_dark)
    if high_contrast:
        return _palette(CONTRAST_DARK if dark else CONTRAST_LIGHT, CONTRAST_DISABLED["dark" if dark else "light"])
    if theme == "dark":
        return _palette(DARK, DARK_DISABLED)
    if theme == "light":
        return QStyleFactory.create(PALETTE_STYLE).standardPalette()
    return None


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightness() < 128


class _Baseline:
    """The system's own font, style and colour scheme, taken once before this module changes any."""

    font: QFont | None = None
    style: str = ""
    dark: bool = False

    @classmethod
    def take(cls, app: QApplication) -> None:
        if cls.font is None:
            cls.font = QFont(app.font())
            cls.style = app.style().name()
            cls.dark = is_dark(app.palette())


class Appearance(QObject):
    """Applies THEME, HIGH_CONTRAST and TEXT_SCALE to the application now and whenever they change."""

    KEYS = (THEME.key, HIGH_CONTRAST.key, TEXT_SCALE.key)

    def __init__(self, app: QApplication, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.settings = settings
        _Baseline.take(app)
        settings.changed.connect(self._setting_changed)
        # Following the system: a switch of the desktop between light and dark is picked up at once.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        self.apply()

    def _scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.theme() == "system":
            self.apply()

    def _setting_changed(self, key: str) -> None:
        if key in self.KEYS:
            self.apply()
            if hasattr(self, "contrast_action"):
                self._sync_menu()

    def system_dark(self) -> bool:
        scheme = QGuiApplication.styleHints().colorScheme()
        if scheme != Qt.ColorScheme.Unknown:
            return scheme == Qt.ColorScheme.Dark
        return _Baseline.dark  # the platform does not say: judge by the colours it started with

    def theme(self) -> str:
        theme = str(self.settings.get(THEME))
        return theme if theme in THEMES else "system"

    def text_scale(self) -> int:
        scale = int(self.settings.get(TEXT_SCALE))
        return min(max(scale, TEXT_SCALES[0]), TEXT_SCALES[-1])

    def apply(self) -> None:
        theme, contrast = self.theme(), bool(self.settings.get(HIGH_CONTRAST))
        palette = palette_for(theme, contrast, self.system_dark())
        wanted_style = _Baseline.style if palette is None else PALETTE_STYLE
        if wanted_style and self.app.style().name().lower() != wanted_style.lower():
            self.app.setStyle(wanted_style)
        # An empty palette hands every colour back to the platform, which then also follows its changes.
        self.app.setPalette(palette if palette is not None else QPalette())
        font = QFont(_Baseline.font)
        size = _Baseline.font.pointSizeF()
        if size > 0:
            font.setPointSizeF(round(size * self.text_scale() / 100, 1))
        else:  # a font given in pixels
            font.setPixelSize(round(_Baseline.font.pixelSize() * self.text_scale() / 100))
        if font != self.app.font():
            self.app.setFont(font)

    @staticmethod
    def base_point_size() -> float:
        """The system's text size in points, before scaling."""
        return _Baseline.font.pointSizeF() if _Baseline.font is not None else QApplication.font().pointSizeF()

    # -- the View menu's entries --------------------------------------------------------------
    def add_to_menu(self, menu: QMenu) -> None:
        """Theme, High Contrast and Text Size entries; they stay in step with the settings."""
        owner = menu.parent() or menu
        #: View > Theme: the colour theme (light, dark or the system's)
        theme_menu = menu.addMenu(translate("Appearance", "&Theme"))
        themes = QActionGroup(owner)
        self.theme_actions: dict[str, QAction] = {}
        for key in THEMES:
            action = QAction(translate("Appearance", THEME_LABELS[key]), owner, checkable=True)
            action.triggered.connect(lambda _checked=False, k=key: self.settings.set(THEME, k))
            themes.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[key] = action
        self.contrast_action = QAction(translate("Appearance", "&High Contrast"), owner, checkable=True)
        self.contrast_action.setToolTip(translate("Appearance",
                                                  "Black on white, or white on black with the dark theme"))
        self.contrast_action.toggled.connect(lambda on: self.settings.set(HIGH_CONTRAST, on))
        menu.addAction(self.contrast_action)
        size_menu = menu.addMenu(translate("Appearance", "Te&xt Size"))
        sizes = QActionGroup(owner)
        self.scale_actions: dict[int, QAction] = {}
        for scale in TEXT_SCALES:
            if scale == 100:
                #: View > Text Size, {scale} a percentage of the system's size: write "%" as your language does
                label = translate("Appearance", "{scale}% (system size)").format(scale=number(scale))
            else:
                #: View > Text Size, {scale} a percentage of the system's size: write "%" as your language does
                label = translate("Appearance", "{scale}%").format(scale=number(scale))
            action = QAction(label, owner, checkable=True)
            action.triggered.connect(lambda _checked=False, s=scale: self.settings.set(TEXT_SCALE, s))
            sizes.addAction(action)
            size_menu.addAction(action)
            self.scale_actions[scale] = action
        self._sync_menu()

    def _sync_menu(self) -> None:
        self.theme_actions[self.theme()].setChecked(True)
        self.contrast_action.setChecked(bool(self.settings.get(HIGH_CONTRAST)))
        scale = self.text_scale()
        nearest = min(TEXT_SCALES, key=lambda s: abs(s - scale))
        self.scale_actions[nearest].setChecked(True)
