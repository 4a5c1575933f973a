"""Print an entry or export it as PDF: the entry as the reader shows it, optionally with the user's notes
and highlights and with the map and chart images, laid out page by page for A4 or Letter paper.

The document is built from the same Markdown as the reader (desktop_app.content.render), so a passage
highlighted in the reader is found and marked in the print too. Pages are painted one at a time so the
caller can show progress and let the user cancel.

Over 400 lines because one print-out is laid out here whole: its HTML, the notes beside each passage,
the images, and the page painting with progress and cancel.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QObject, QRectF, QSize, QSizeF, QStandardPaths, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QProgressDialog,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.app_links import link_url
from desktop_app.content import ContentDatabase, Entry
from desktop_app.content.links import ENTRY_SCHEME
from desktop_app.content.render import PLACE_SCHEME, entry_document
from desktop_app.i18n import QT_TRANSLATE_NOOP, number, translate
from desktop_app.notes.anchoring import anchor
from desktop_app.notes.model import Note
from desktop_app.ui import messages
from desktop_app.ui.appearance import is_dark, palette_for
from desktop_app.ui.notes import NotesModel
from desktop_app.ui.settings import (
    NAME_FORM,
    PRINT_CHART,
    PRINT_MAP,
    PRINT_NOTES,
    PRINT_PAPER,
    SENSITIVE_REVEAL,
    Settings,
)
from desktop_app.ui.state import AppState

PAPERS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 18
PDF_DPI = 300
BODY_POINT_SIZE = 10.5
FOOTER_POINT_SIZE = 8
# On paper: dark text and links, and highlight colours light enough to read black text through.
INK = QColor(20, 20, 20)
LINK_INK = QColor(20, 60, 150)
PAPER_HIGHLIGHTS = {
    "yellow": QColor(255, 236, 140), "green": QColor(190, 235, 200), "blue": QColor(195, 220, 255),
    "pink": QColor(255, 200, 225), "orange": QColor(255, 214, 170),
}
NOTE_MARK = "✎"
# At most this share of a page's height for an image, leaving room for its heading and caption.
IMAGE_HEIGHT_SHARE = 0.7
SENSITIVE_LINE = QT_TRANSLATE_NOOP("Printing", "This entry describes killings or the abuse of prisoners as documented "
                                  "by investigators and journalists. It is written factually, without graphic detail.")

# Called after each page with (pages done, pages in all); returning False cancels the rest.
Progress = Callable[[int, int], bool]


def default_paper() -> str:
    """Letter where the locale measures in US units (the US, Canada's usual printers), A4 elsewhere."""
    return "Letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "A4"


def page_layout(paper: str) -> QPageLayout:
    return QPageLayout(QPageSize(PAPERS.get(paper, PAPERS["A4"])), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


@dataclass
class PrintOptions:
    paper: str = "A4"
    include_notes: bool = True
    include_map: bool = False
    include_chart: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> PrintOptions:
        paper = str(settings.get(PRINT_PAPER))
        return cls(paper if paper in PAPERS else default_paper(), bool(settings.get(PRINT_NOTES)),
                   bool(settings.get(PRINT_MAP)), bool(settings.get(PRINT_CHART)))

    def save(self, settings: Settings) -> None:
        settings.set(PRINT_PAPER, self.paper)
        settings.set(PRINT_NOTES, self.include_notes)
        settings.set(PRINT_MAP, self.include_map)
        settings.set(PRINT_CHART, self.include_chart)


@dataclass
class EntryPrint:
    """What goes on paper for one entry."""

    content: ContentDatabase
    entry: Entry
    name_form: str = "english"
    notes: Sequence[Note] = ()  # the user's notes and highlights on this entry; empty for none
    map_image: QImage | None = None
    chart_image: QImage | None = None
    map_caption: str = ""
    chart_caption: str = ""

    def document(self, device: QPagedPaintDevice) -> QTextDocument:
        """The entry laid out for `device`'s page, in print colours."""
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(device)  # fonts in points, measured at the device's resolution
        font = QFont(QGuiApplication.font())
        font.setPointSizeF(BODY_POINT_SIZE)
        doc.setDefaultFont(font)
        doc.setMarkdown(entry_document(self.content, self.entry, self.name_form))
        _ink_links(doc)
        numbered = self._mark_notes(doc) if self.notes else []
        cursor = QTextCursor(doc)
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        if self.entry.sensitive:  # the notice the reader shows, as a line under the title
            cursor.insertBlock()
            cursor.insertHtml(f"<i>{html.escape(translate('Printing', SENSITIVE_LINE))}</i>")
        # The way back from paper or a PDF: the link that opens this entry in the app.
        link = html.escape(link_url("entry", self.entry.id))
        cursor.insertBlock()
        #: under the entry's title on paper: {app} is the app's name ("44 Days"), {link} the address that opens
        #: the entry in the app
        way_back = translate("Printing", "Open in {app}: {link}").format(
            app=html.escape(APP_NAME), link=f"<a href='{link}' style='color:{LINK_INK.name()}'>{link}</a>")
        cursor.insertHtml(f"<small>{way_back}</small>")
        cursor.movePosition(QTextCursor.MoveOperation.End)
        body = _body_rect(device)
        if self.notes:
            _append_html(cursor, self._notes_html(numbered))
        #: the heading of the page that shows the map (a noun)
        map_title = translate("Printing", "Map")
        #: the heading of the page that shows the casualty chart
        chart_title = translate("Printing", "Casualty figures")
        for key, image, caption, title in (("map", self.map_image, self.map_caption, map_title),
                                           ("chart", self.chart_image, self.chart_caption, chart_title)):
            if image is None or image.isNull():
                continue
            url = QUrl(f"print-image:{key}")
            doc.addResource(QTextDocument.ResourceType.ImageResource, url, image)
            # A tall image is kept to most of a page's height, so it never spills over a page break.
            fit_height = IMAGE_HEIGHT_SHARE * body.height() * image.width() / image.height()
            width = min(body.width(), fit_height) * 96 / device.logicalDpiX()  # <img width> counts 96-dpi pixels
            # Each image on a page of its own, under its heading.
            _append_html(cursor, f"<h2>{title}</h2><p><img src='{url.toString()}' width='{int(width)}'></p>"
                                 + (f"<p><i>{html.escape(caption)}</i></p>" if caption else ""), new_page=True)
        # The document margin is kept at the top and bottom of every page, so no line touches the cut.
        doc.setDocumentMargin(device.logicalDpiY() * 0.06)
        doc.setPageSize(QSizeF(body.width(), body.height() - _footer_height(device)))
        return doc

    # -- the user's notes ---------------------------------------------------------------------
    def _mark_notes(self, doc: QTextDocument) -> list[tuple[int, Note, bool]]:
        """Colour each highlighted passage, and put a numbered mark after each passage that has a note.

        Returns (number, note, found in the text) for every note and highlight: notes with text are
        numbered in the order of the text (those on the whole entry after them), highlights get 0."""
        text = doc.toRawText()
        placed: list[tuple[int, int, Note]] = []
        loose: list[Note] = []
        for note in self.notes:
            quote = note.target.quote
            where = anchor(text, quote) if quote is not None else None
            if where is None or where.detached:
                loose.append(note)
            else:
                placed.append((where.start, where.end, note))
        placed.sort(key=lambda item: (item[0], item[1]))
        listed: list[tuple[int, Note, bool]] = []
        numbers: dict[str, int] = {}
        for found, notes in ((True, [note for _s, _e, note in placed]), (False, loose)):
            for note in notes:
                if note.body.strip():
                    numbers[note.uuid] = len(numbers) + 1
                listed.append((numbers.get(note.uuid, 0), note, found))
        # From the end backwards, so inserting a mark does not move the passages still to do.
        for start, end, note in reversed(placed):
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            highlight = QTextCharFormat()
            highlight.setBackground(PAPER_HIGHLIGHTS.get(note.colour, PAPER_HIGHLIGHTS["yellow"]))
            cursor.mergeCharFormat(highlight)
            if note.uuid in numbers:
                cursor.clearSelection()
                mark = QTextCharFormat(cursor.charFormat())
                mark.clearBackground()
                mark.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
                mark.setForeground(LINK_INK)
                mark.setAnchor(False)
                mark.setAnchorHref("")
                cursor.insertText(f"{NOTE_MARK}{numbers[note.uuid]}", mark)
        return listed

    def _notes_html(self, listed: list[tuple[int, Note, bool]]) -> str:
        #: the heading of the list of the user's notes after the entry's text
        heading = translate("Printing", "Your notes")
        parts = [f"<h2>{heading}</h2>"]
        numbered = sorted((item for item in listed if item[0]), key=lambda item: item[0])
        highlights = [item for item in listed if not item[0]]
        if not listed:
            none = translate("Printing", "No notes or highlights on this entry.")
            parts.append(f"<p><i>{none}</i></p>")
        for mark, note, found in numbered:
            parts.append(f"<p><b>{NOTE_MARK}{mark}</b> {self._quote_html(note, found)}</p>")
            body = "<br>".join(html.escape(line) for line in note.body.strip().splitlines())
            parts.append(f"<p style='margin-left:18px'>{body}</p>")
            parts += self._about_html(note)
        if highlights:
            #: the heading of the list of passages the user highlighted (without a note)
            highlighted = translate("Printing", "Highlighted passages")
            parts.append(f"<h3>{highlighted}</h3>")
            for _number, note, found in highlights:
                parts.append(f"<p>{self._quote_html(note, found)}</p>")
                parts += self._about_html(note)
        return "".join(parts)

    @staticmethod
    def _quote_html(note: Note, found: bool) -> str:
        quote = note.target.quote
        if quote is None:
            #: in place of a quoted passage: the note is on the entry as a whole, not on a passage of it
            whole = translate("Printing", "On the whole entry")
            return f"<i>{whole}</i>"
        colour = PAPER_HIGHLIGHTS.get(note.colour, PAPER_HIGHLIGHTS["yellow"]).name()
        #: {passage} is a passage of the entry quoted by a note or highlight: use your language's quotation marks
        quoted = translate("Printing", "“{passage}”").format(passage=html.escape(quote.exact))
        shown = f"<span style='background-color:{colour}'>{quoted}</span>"
        if found:
            return shown
        #: after a quoted passage that the entry's text no longer holds word for word
        gone = translate("Printing", "(this passage is no longer in the entry's text)")
        return f"{shown} <i>{gone}</i>"

    @staticmethod
    def _about_html(note: Note) -> list[str]:
        extra = []
        if note.tags:
            extra.append(" ".join(f"#{html.escape(t)}" for t in note.tags))
        if note.imported:
            #: under a note from an imported file: {author} is the name of the person who wrote it
            extra.append(translate("Printing", "from {author}").format(author=html.escape(note.author)) if note.author
                         else translate("Printing", "from an imported file"))
        if not extra:
            return []
        return [f"<p style='margin-left:18px; color:#555555'><small>{' · '.join(extra)}</small></p>"]

    # -- painting -----------------------------------------------------------------------------
    def paint(self, device: QPagedPaintDevice, progress: Progress | None = None) -> int:
        """Paint every page on `device` (a QPdfWriter or QPrinter); returns the pages painted."""
        doc = self.document(device)
        body = _body_rect(device)
        page_height = doc.pageSize().height()
        pages = doc.pageCount()
        footer_font = QFont(QGuiApplication.font())
        footer_font.setPointSizeF(FOOTER_POINT_SIZE)
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette(context.palette)
        palette.setColor(QPalette.ColorRole.Text, INK)
        palette.setColor(QPalette.ColorRole.Link, LINK_INK)
        context.palette = palette
        painter = QPainter()
        if not painter.begin(device):
            raise OSError(translate("Printing", "The printer or the PDF file could not be opened for writing."))
        try:
            for page in range(pages):
                if page and not device.newPage():
                    raise OSError(translate("Printing", "The printer or the PDF file stopped accepting pages."))
                painter.save()
                painter.setClipRect(QRectF(0, 0, body.width(), page_height))
                painter.translate(0, -page * page_height)
                context.clip = QRectF(0, page * page_height, body.width(), page_height)
                doc.documentLayout().draw(painter, context)
                painter.restore()
                painter.setFont(footer_font)
                painter.setPen(QColor(90, 90, 90))
                footer = QRectF(0, page_height, body.width(), body.height() - page_height)
                painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                                 f"{self.entry.title} — {APP_NAME}")
                #: {page} is the number of a page, {pages} the number of pages in all
                page_of = translate("Printing", "Page {page} of {pages}").format(page=number(page + 1),
                                                                                  pages=number(pages))
                painter.drawText(footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, page_of)
                if progress is not None and not progress(page + 1, pages):
                    return page + 1
        finally:
            painter.end()
        return pages


def _body_rect(device: QPagedPaintDevice) -> QRectF:
    """The printable area inside the margins, in device pixels, with its origin where painting starts."""
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    return QRectF(0, 0, rect.width(), rect.height())


def _footer_height(device: QPagedPaintDevice) -> float:
    return device.logicalDpiY() * 0.3  # about 7.6 mm for the page number line


def _append_html(cursor: QTextCursor, markup: str, new_page: bool = False) -> None:
    """Add `markup` after everything, starting a block of its own (not run into the last paragraph)."""
    cursor.movePosition(QTextCursor.MoveOperation.End)
    block = QTextBlockFormat()
    if new_page:
        block.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.insertBlock(block, QTextCharFormat())
    cursor.insertHtml(markup)


def _ink_links(doc: QTextDocument) -> None:
    """Links take their colour from the screen's theme when the text is read in; make them dark on paper.
    The app's own links (entry:ID, place:ID) become fortyfourdays:// links, which open the app from a PDF."""
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().isAnchor():
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                ink = QTextCharFormat()
                ink.setForeground(LINK_INK)
                scheme, _, ident = fragment.charFormat().anchorHref().partition(":")
                if scheme in (ENTRY_SCHEME, PLACE_SCHEME) and ident and not ident.startswith("/"):
                    ink.setAnchorHref(link_url(scheme, ident))
                cursor.mergeCharFormat(ink)
            it += 1
        block = block.next()


def export_pdf(job: EntryPrint, path: str | Path, paper: str = "A4", progress: Progress | None = None) -> int:
    """Write the entry as a PDF on A4 or Letter paper; returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(paper))
    writer.setTitle(job.entry.title)
    writer.setCreator(APP_NAME)
    return job.paint(writer, progress)


class PrintOptionsDialog(QDialog):
    """Paper size and what to include; the choices are remembered."""

    def __init__(self, settings: Settings, title: str, parent: QWidget | None = None, *, paper: bool = True,
                 notes_available: bool = True) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(title)
        options = PrintOptions.from_settings(settings)
        self.paper = QComboBox(self)
        self.paper.setAccessibleName(translate("Printing", "Paper size"))
        #: paper sizes: "Letter" is the US paper size; write the sizes with your language's decimal separator
        self.paper.setToolTip(translate("Printing", "A4 (210 × 297 mm) or US Letter (8.5 × 11 in)"))
        for name in PAPERS:
            #: a paper size
            self.paper.addItem(translate("Printing", "A4 (210 × 297 mm)") if name == "A4"
                               #: the US paper size, 8.5 by 11 inches
                               else translate("Printing", "Letter (8.5 × 11 in)"), name)
        self.paper.setCurrentIndex(max(self.paper.findData(options.paper), 0))
        self.notes = QCheckBox(translate("Printing", "Your notes and highlights"), self, checked=options.include_notes)
        self.notes.setToolTip(translate("Printing", "Mark your highlights in the text and list your notes after it"))
        if not notes_available:
            self.notes.setToolTip(translate("Printing", "Your notes cannot be read just now"))
            self.notes.setEnabled(False)
            self.notes.setChecked(False)
        self.map = QCheckBox(translate("Printing", "The map on the current date"), self, checked=options.include_map)
        #: "Map pane": the pane of the main window named "Map"
        self.map.setToolTip(translate("Printing", "The map as the Map pane shows it, with its legend"))
        self.chart = QCheckBox(translate("Printing", "The casualty chart"), self, checked=options.include_chart)
        #: "Casualties pane": the pane of the main window named "Casualties"
        self.chart.setToolTip(translate("Printing", "The chart as the Casualties pane shows it"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        if paper:
            form.addRow(translate("Printing", "&Paper:"), self.paper)
        #: above the choices of what to print besides the entry's text (notes, map, chart)
        form.addRow(QLabel(translate("Printing", "Include:"), self))
        for box in (self.notes, self.map, self.chart):
            form.addRow(box)
        form.addRow(buttons)

    def options(self) -> PrintOptions:
        return PrintOptions(self.paper.currentData(), self.notes.isChecked(), self.map.isChecked(),
                            self.chart.isChecked())

    def accept(self) -> None:
        self.options().save(self.settings)
        super().accept()


def on_paper(pane: Callable[[], QWidget]) -> Callable[[QSize], QImage]:
    """The pane's `render_image(size)` in light colours whatever the screen's theme: a dark map or chart wastes ink and
    prints muddy. The pane redraws with the light palette for the picture and again with its own after."""

    def image(size: QSize) -> QImage:
        widget = pane()
        if not is_dark(widget.palette()):
            return widget.render_image(size)
        had_own = widget.testAttribute(Qt.WidgetAttribute.WA_SetPalette)
        own = QPalette(widget.palette())
        widget.setPalette(palette_for("light", high_contrast=False, system_dark=False))
        try:
            return widget.render_image(size)
        finally:
            widget.setPalette(own if had_own else QPalette())  # an empty palette: inherit the window's again

    return image


def page_image_size(paper: str, height_share: float = IMAGE_HEIGHT_SHARE, dpi: int = 200) -> QSize:
    """Pixels for an image that fills the page's width and `height_share` of its height at `dpi`."""
    rect = page_layout(paper).paintRect(QPageLayout.Unit.Inch)
    return QSize(round(rect.width() * dpi), round(rect.height() * height_share * dpi))


class EntryPrinter(QObject):
    """File > Print... and File > Export Entry as PDF...: the options, the dialogs and the progress.

    Knows no pane: the main window hands it functions that render the map and the chart.
    """

    def __init__(
        self,
        content: ContentDatabase,
        state: AppState,
        settings: Settings,
        notes: NotesModel | None,
        parent: QWidget,
        *,
        map_image: Callable[[QSize], QImage] | None = None,
        chart_image: Callable[[QSize], QImage] | None = None,
        map_caption: str = "",
        before: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.content = content
        self.state = state
        self.settings = settings
        self.notes = notes
        self.window = parent
        self.map_image = map_image
        self.chart_image = chart_image
        self.map_caption = map_caption
        self.before = before  # e.g. save the note being typed, so the print has it
        #: File menu command (a verb)
        self.print_action = QAction(translate("Printing", "&Print..."), parent, shortcut=QKeySequence.StandardKey.Print)
        self.print_action.setToolTip(translate("Printing", "Print the entry shown, optionally with your notes, the map "
                                               "and the chart"))
        self.print_action.triggered.connect(self.ask_print)
        #: File menu command (a verb)
        self.pdf_action = QAction(translate("Printing", "Export Entry as P&DF..."), parent)
        self.pdf_action.setToolTip(translate("Printing", "Save the entry shown as a PDF for A4 or Letter paper"))
        self.pdf_action.triggered.connect(self.ask_export_pdf)

    def actions(self) -> list[QAction]:
        return [self.print_action, self.pdf_action]

    # -- building and writing -----------------------------------------------------------------
    def refusal(self) -> str:
        """Why the current entry cannot be printed ("" when it can)."""
        entry = self.content.entry(self.state.entry_id) if self.state.entry_id else None
        if entry is None:
            return translate("Printing", "Open an entry first.")
        if entry.sensitive and not self.settings.get(SENSITIVE_REVEAL):
            return translate("Printing", "The text of this entry is not shown on this computer (a classroom setting), "
                             "so it is not printed.")
        return ""

    def job(self, options: PrintOptions) -> EntryPrint:
        if self.refusal():
            raise ValueError(self.refusal())
        if self.before is not None:
            self.before()
        entry = self.content.entry(self.state.entry_id)
        notes: list[Note] = []
        if options.include_notes and self.notes is not None:
            notes = [n for n in self.notes.store.notes(entry_id=entry.id) if n.kind != "bookmark"]
        size = page_image_size(options.paper)
        return EntryPrint(
            self.content, entry, str(self.settings.get(NAME_FORM)), notes,
            map_image=self.map_image(size) if options.include_map and self.map_image else None,
            chart_image=self.chart_image(size) if options.include_chart and self.chart_image else None,
            map_caption=self.map_caption,
        )

    def export_pdf(self, path: str | Path, options: PrintOptions, progress: Progress | None = None) -> int:
        """Write the current entry to a PDF; returns the pages written."""
        return export_pdf(self.job(options), path, options.paper, progress)

    def print_to(self, printer: QPrinter, options: PrintOptions, progress: Progress | None = None) -> int:
        return self.job(options).paint(printer, progress)

    # -- dialogs ------------------------------------------------------------------------------
    def _options(self, title: str, paper: bool) -> PrintOptions | None:
        dialog = PrintOptionsDialog(self.settings, title, self.window, paper=paper,
                                    notes_available=self.notes is not None)
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _progress(self, title: str) -> tuple[QProgressDialog, Progress]:
        dialog = QProgressDialog(translate("Printing", "Laying out the pages…"), translate("Printing", "Cancel"), 0, 0,
                                 self.window)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        QApplication.processEvents()

        def step(done: int, total: int) -> bool:
            dialog.setMaximum(total)
            dialog.setValue(done)
            dialog.setLabelText(translate("Printing", "Page {page} of {pages}").format(page=number(done),
                                                                                        pages=number(total)))
            QApplication.processEvents()
            return not dialog.wasCanceled()

        return dialog, step

    def _refused(self, title: str) -> bool:
        reason = self.refusal()
        if reason:
            messages.inform(self.window, title, reason)
        return bool(reason)

    def ask_export_pdf(self) -> None:
        #: the title of the dialogs of File > Export Entry as PDF
        title = translate("Printing", "Export Entry as PDF")
        if self._refused(title):
            return
        options = self._options(title, paper=True)
        if options is None:
            return
        entry = self.content.entry(self.state.entry_id)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(Path(folder) / f"{entry.id}.pdf"),
                                              #: a file type in the save dialog: keep "(*.pdf)" as it is
                                              translate("Printing", "PDF document (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        dialog, step = self._progress(title)
        try:
            pages = self.export_pdf(path, options, step)
        except OSError as error:
            dialog.close()
            #: {error} says why (the system's or the printer's words)
            messages.warn(self.window, title, translate("Printing", "The PDF could not be written: {error}")
                          .format(error=error))
            return
        cancelled = dialog.wasCanceled()
        dialog.close()
        if cancelled:
            Path(path).unlink(missing_ok=True)
            self._status(translate("Printing", "PDF export cancelled"))
        else:
            #: {path} is the PDF file written
            self._status(translate("Printing", "Saved %Ln page(s) to {path}", None, pages).format(path=path))

    def ask_print(self) -> None:
        #: the title of the dialogs of File > Print (a noun or a verb, as your language titles such a dialog)
        title = translate("Printing", "Print")
        if self._refused(title):
            return
        options = self._options(title, paper=True)
        if options is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(options.paper))
        printer.setDocName(self.content.entry(self.state.entry_id).title)
        if QPrintDialog(printer, self.window).exec() != QDialog.DialogCode.Accepted:
            return
        dialog, step = self._progress(title)
        try:
            pages = self.print_to(printer, options, step)
        except OSError as error:
            dialog.close()
            #: {error} says why (the system's or the printer's words)
            messages.warn(self.window, title, translate("Printing", "Printing failed: {error}").format(error=error))
            return
        dialog.close()
        self._status(translate("Printing", "Sent %Ln page(s) to the printer", None, pages))

    def _status(self, message: str) -> None:
        status_bar = getattr(self.window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(message, 8000)
