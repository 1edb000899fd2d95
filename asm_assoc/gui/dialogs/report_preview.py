"""Preview a report inside the program, then print it or save it as a PDF.

The core renders the PDF (on the worker) into a temporary file; the dialog shows that file with QtPdf and
prints the same file page by page (each page drawn as an image at the printer's resolution), so what
comes out of the printer is exactly what was on screen. The dialog knows nothing about any one report: it
takes a function that renders a PDF in a given language.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from asm_assoc.core import writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import LANGUAGE_NAMES, LANGUAGES, N_, _, ngettext
from asm_assoc.core.progress import Cancelled, Progress
from asm_assoc.gui import settings
from asm_assoc.gui.dialogs.backup_dialogs import documents_folder
from asm_assoc.gui.forms.ui_report_preview import Ui_ReportPreviewDialog
from asm_assoc.gui.widgets.field_messages import ERROR_STYLE
from asm_assoc.gui.worker import Job, Worker, show_error

# (language, file to write, progress) -> the file written
RenderPdf = Callable[[str, Path, Progress], Path]

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 5.0
# Pages are drawn for the printer at its resolution, but not above this: 300 dpi is sharp on paper, and
# a landscape A4 page at a 1200 dpi printer's full resolution would be a 550 MB image.
MAX_PRINT_DPI = 300


def _unsafe_in_file_names(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|]+', " ", text).strip()


class PrintFailed(UserError):
    pass


def print_pdf(pdf_path: Path, printer: QPrinter, progress: Progress) -> int:
    """Print every page of the PDF (or the range chosen in the print dialog) on a configured printer;
    returns the number of pages printed. Runs on the worker: it loads its own QPdfDocument."""
    document = QPdfDocument()
    try:
        if document.load(str(pdf_path)) != QPdfDocument.Error.None_:
            raise PrintFailed(
                N_("The report could not be read for printing. Close the preview and open it again."))
        count = document.pageCount()
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        pages = [p for _copy in range(copies) for p in range(first - 1, last)]
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(N_("The printer could not be started. Check that it is switched on and "
                                 "connected, then try again."))
        try:
            for done, page in enumerate(pages):
                progress(done, len(pages))
                if done:
                    printer.newPage()
                points = document.pagePointSize(page)
                image = document.render(page, QSize(round(points.width() * dpi / 72),
                                                    round(points.height() * dpi / 72)))
                paper = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
                painter.drawImage(_fit(QSizeF(image.size()), paper), image)
            progress(len(pages), len(pages))
        except Cancelled:
            printer.abort()
            raise
        finally:
            painter.end()
        return len(pages)
    finally:
        document.close()


def _fit(size: QSizeF, box: QRectF) -> QRectF:
    """The largest rectangle of `size`'s shape centred in `box`: the page keeps its proportions on any
    paper."""
    scale = min(box.width() / size.width(), box.height() / size.height())
    fitted = QSizeF(size.width() * scale, size.height() * scale)
    corner = QPointF(box.x() + (box.width() - fitted.width()) / 2,
                     box.y() + (box.height() - fitted.height()) / 2)
    return QRectF(corner, fitted)


def page_layout_of(document: QPdfDocument) -> QPageLayout:
    """The paper and orientation of the document's first page (A4 landscape for the roster), without
    margins: the PDF carries its own."""
    size = document.pagePointSize(0)
    landscape = size.width() > size.height()
    portrait_size = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    page_size = QPageSize(portrait_size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(page_size, orientation, QMarginsF())


class ReportPreviewDialog(QDialog):
    """A PDF report on screen with zoom, a language choice (when it can render), Print… and Save as PDF…"""

    def __init__(self, pdf_path: Path | None, title: str, parent: QWidget | None = None, *,
                 render: RenderPdf | None = None, lang: str = "mn", worker: Worker | None = None,
                 options: settings.Settings | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportPreviewDialog()
        self.ui.setupUi(self)
        self.title, self.render, self.worker = title, render, worker
        self.options = options or settings.Settings()
        self.setWindowTitle(title)
        self.document = QPdfDocument(self)
        self.pdf_path: Path | None = None
        self.status = "empty"  # empty, rendering, ready, failed
        self._temp = tempfile.TemporaryDirectory(prefix="asm-assoc-report-")
        self._renders = 0
        self._busy = False
        self._setup_view()
        self._setup_languages(lang)
        self._connect()
        self.options.restore_geometry(self)
        if pdf_path is not None:
            self._show_pdf(Path(pdf_path))
        elif render is not None:
            self.rerender()
        self._update_buttons()

    # Setting up ------------------------------------------------------------------------------------
    def _setup_view(self) -> None:
        view = self.ui.pdfView
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setPageSpacing(12)
        self.ui.fitWidthButton.setChecked(True)
        view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        view.zoomFactorChanged.connect(self._update_zoom_label)
        view.zoomModeChanged.connect(self._update_zoom_label)

    def _setup_languages(self, lang: str) -> None:
        combo = self.ui.languageCombo
        for code in LANGUAGES:
            combo.addItem(LANGUAGE_NAMES[code], code)  # each language named in itself
        combo.setCurrentIndex(max(0, combo.findData(lang)))
        # A report that was handed over as a file cannot be rendered again in another language.
        for widget in (self.ui.languageLabel, combo, self.ui.toolSeparator):
            widget.setVisible(self.render is not None)

    def _connect(self) -> None:
        ui = self.ui
        ui.languageCombo.currentIndexChanged.connect(self._language_chosen)
        ui.zoomInButton.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        ui.zoomOutButton.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        ui.fitWidthButton.clicked.connect(self.fit_width)
        ui.printButton.clicked.connect(self.print_report)
        ui.savePdfButton.clicked.connect(self.save_pdf)
        ui.closeButton.clicked.connect(self.reject)
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(ZOOM_STEP)),
                           (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(1 / ZOOM_STEP)),
                           (QKeySequence("Ctrl+0"), self.fit_width),
                           (QKeySequence.StandardKey.Print, self.print_report),
                           (QKeySequence.StandardKey.Save, self.save_pdf)):
            QShortcut(keys, self, slot)

    # Rendering -------------------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.ui.languageCombo.currentData()

    def _language_chosen(self) -> None:
        self.options.set(settings.REPORT_LANGUAGE, self.lang)
        self.rerender()

    def rerender(self) -> None:
        """Render the report again in the chosen language (on the worker); the old pages stay until then."""
        if self.render is None:
            return
        render, lang = self.render, self.lang
        self._renders += 1
        out = Path(self._temp.name) / f"report-{lang}-{self._renders}.pdf"
        self._set_status("rendering", _("Preparing the report…"))
        self._busy = True
        self._update_buttons()
        (Job(self, lambda progress: render(lang, out, progress), label=_("Preparing the report…"))
         .success(self._show_pdf)
         .failure(self._render_failed)
         .cancelled(lambda: self._set_status("failed", _("Preparing the report was cancelled.")))
         .finished(self._job_finished)
         .run(self.worker))

    def _render_failed(self, error: BaseException) -> None:
        self._set_status("failed", _("The report could not be prepared."), ERROR_STYLE)
        show_error(self, error)

    def _show_pdf(self, path: Path) -> None:
        self.document.load(str(path))
        if self.document.status() != QPdfDocument.Status.Ready:
            self.pdf_path = None
            self._set_status("failed", _("The report could not be shown."), ERROR_STYLE)
            return
        self.pdf_path = Path(path)
        self._update_page_label(self.ui.pdfView.pageNavigator().currentPage())
        self._update_zoom_label()
        self._set_status("ready", _("Ready. Check the pages, then print or save them."))

    # Zoom ------------------------------------------------------------------------------------------
    def effective_zoom(self) -> float:
        """The zoom on screen, also while the page is fitted to the width (Qt reports 1.0 then)."""
        view = self.ui.pdfView
        if view.zoomMode() == QPdfView.ZoomMode.Custom or self.document.pageCount() == 0:
            return view.zoomFactor()
        page_pixels = self.document.pagePointSize(0).width() * view.logicalDpiX() / 72
        margins = view.documentMargins()
        available = view.viewport().width() - margins.left() - margins.right()
        return max(ZOOM_MIN, available / page_pixels) if page_pixels else 1.0

    def zoom_by(self, factor: float) -> None:
        view = self.ui.pdfView
        zoom = min(ZOOM_MAX, max(ZOOM_MIN, self.effective_zoom() * factor))
        view.setZoomMode(QPdfView.ZoomMode.Custom)
        view.setZoomFactor(zoom)
        self.ui.fitWidthButton.setChecked(False)
        self._update_zoom_label()

    def fit_width(self) -> None:
        self.ui.pdfView.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.fitWidthButton.setChecked(True)
        self._update_zoom_label()

    def _update_zoom_label(self, *args: object) -> None:
        self.ui.zoomLabel.setText(f"{round(self.effective_zoom() * 100)}%")

    def _update_page_label(self, page: int) -> None:
        count = self.document.pageCount()
        text = _("Page {page} of {count}").format(page=page + 1, count=count) if count else ""
        self.ui.pageLabel.setText(text)

    # Print and save --------------------------------------------------------------------------------
    def print_report(self) -> None:
        if self.pdf_path is None or self._busy:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout_of(self.document))
        printer.setFullPage(True)  # the PDF has its margins; paint on the whole sheet, as on screen
        printer.setDocName(self.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(_("Print {title}").format(title=self.title))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the previewed PDF on a configured printer (on the worker, with progress and Cancel)."""
        if self.pdf_path is None:
            return
        pdf = self.pdf_path
        self._busy = True
        self._update_buttons()
        self._set_status("ready", _("Printing…"))

        def printed(pages: int) -> None:
            text = ngettext("Sent to the printer: {count} page.", "Sent to the printer: {count} pages.",
                            pages)
            self._set_status("ready", text.format(count=pages))

        (Job(self, lambda progress: print_pdf(pdf, printer, progress), label=_("Printing…"))
         .success(printed)
         .cancelled(lambda: self._set_status("ready", _("Printing was cancelled.")))
         .failure(lambda error: (self._set_status("ready", ""), show_error(self, error)))
         .finished(self._job_finished)
         .run(self.worker))

    def default_file_name(self) -> str:
        return f"{_unsafe_in_file_names(self.title)} {dt.date.today().isoformat()}.pdf"

    def save_pdf(self) -> None:
        if self.pdf_path is None or self._busy:
            return
        folder = self.options.get(settings.LAST_EXPORT_DIR) or str(documents_folder())
        target, _filter = QFileDialog.getSaveFileName(
            self, _("Save the report as PDF"), str(Path(folder) / self.default_file_name()),
            _("PDF files (*.pdf)"))
        if target:
            self.save_pdf_to(Path(target))

    def save_pdf_to(self, target: Path) -> bool:
        """Copy the previewed PDF to `target` (".pdf" added when missing)."""
        if self.pdf_path is None:
            return False
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            shutil.copyfile(self.pdf_path, target)
        except OSError:
            show_error(self, UserError(
                N_("The report could not be saved as {path}. The file may be open in another program, or "
                   "the disk (USB stick) may be full or write-protected. Choose another name or place."),
                path=str(target)))
            return False
        self.options.set(settings.LAST_EXPORT_DIR, str(target.parent))
        self._set_status("ready", _("Saved as {path}").format(path=str(target)))
        return True

    # Helpers ---------------------------------------------------------------------------------------
    def _set_status(self, status: str, text: str, css: str = "") -> None:
        self.status = status
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setStyleSheet(css)

    def _job_finished(self) -> None:
        self._busy = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.pdf_path is not None and not self._busy
        self.ui.printButton.setEnabled(ready)
        self.ui.savePdfButton.setEnabled(ready)
        self.ui.languageCombo.setEnabled(not self._busy)
        self.ui.closeButton.setEnabled(not self._busy)
        if ready:
            self.ui.printButton.setDefault(True)

    def reject(self) -> None:
        if self._busy:  # Cancel in the progress dialog stops the job; the dialog must outlive it
            return
        self.options.save_geometry(self)
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        self.document.close()  # Windows cannot delete a file that is still open
        self._temp.cleanup()


def show_report_preview(title: str, render: RenderPdf, parent: QWidget | None, lang: str) -> ReportPreviewDialog:
    """Open a report in the preview (rendered on the worker in `lang`, re-rendered on request)."""
    dialog = ReportPreviewDialog(None, title, parent, render=render, lang=lang)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_roster_preview(conn: sqlite3.Connection, actor: writes.Actor, parent: QWidget | None,
                        lang: str) -> ReportPreviewDialog:
    # reportlab loads only when a report is first opened, not at every start of the program.
    from asm_assoc.core.reports.roster import render_roster_pdf

    def render(report_lang: str, out: Path, progress: Progress) -> Path:
        return render_roster_pdf(conn, out, actor=actor, lang=report_lang, progress=progress)

    return show_report_preview(_("Member roster"), render, parent, lang)
