from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter

from asm_assoc.core import writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_
from asm_assoc.core.reports.roster import render_roster_pdf
from asm_assoc.gui import settings
from asm_assoc.gui.dialogs.report_preview import ReportPreviewDialog, page_layout_of, show_roster_preview


@pytest.fixture
def roster_dialog(qtbot, conn, register, options):
    languages: list[str] = []

    def render(lang: str, out: Path, progress) -> Path:
        languages.append(lang)
        return render_roster_pdf(conn, out, actor=writes.SYSTEM, lang=lang, progress=progress)

    dialog = ReportPreviewDialog(None, "Member roster", render=render, lang="en", options=options)
    dialog.languages = languages
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.status == "ready", timeout=10000)
    return dialog


def pages_of(path: Path) -> list[tuple[int, int]]:
    document = QPdfDocument()
    document.load(str(path))
    sizes = [(round(document.pagePointSize(i).width()), round(document.pagePointSize(i).height()))
             for i in range(document.pageCount())]
    document.close()
    return sizes


def test_roster_preview_opens_ready_with_its_pages(qtbot, conn, register, options):
    dialog = show_roster_preview(conn, writes.SYSTEM, None, "en")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.status == "ready", timeout=10000)
    assert dialog.document.pageCount() >= 1
    assert dialog.ui.statusLabel.text().startswith("Ready")
    assert dialog.ui.pdfView.pageMode() == QPdfView.PageMode.MultiPage
    assert dialog.ui.printButton.isEnabled() and dialog.ui.savePdfButton.isEnabled()
    assert dialog.ui.pageLabel.text() == f"Page 1 of {dialog.document.pageCount()}"


def test_choosing_another_language_renders_the_report_again(qtbot, roster_dialog):
    first = roster_dialog.pdf_path
    roster_dialog.ui.languageCombo.setCurrentIndex(roster_dialog.ui.languageCombo.findData("mn"))
    qtbot.waitUntil(lambda: roster_dialog.status == "ready" and roster_dialog.pdf_path != first,
                    timeout=10000)
    assert roster_dialog.languages == ["en", "mn"]
    assert roster_dialog.options.get(settings.REPORT_LANGUAGE) == "mn"


def test_printing_sends_the_previewed_pages_on_matching_paper(qtbot, roster_dialog, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(page_layout_of(roster_dialog.document))
    printer.setFullPage(True)
    roster_dialog.print_to(printer)
    qtbot.waitUntil(lambda: roster_dialog.ui.statusLabel.text().startswith("Sent to the printer"),
                    timeout=10000)
    previewed, printed = pages_of(roster_dialog.pdf_path), pages_of(tmp_path / "printed.pdf")
    assert len(printed) == len(previewed) >= 1
    assert printed == previewed  # A4 landscape for the roster, page for page


def test_save_as_pdf_copies_the_previewed_file(roster_dialog, options, tmp_path):
    folder = tmp_path / "USB"
    folder.mkdir()
    assert roster_dialog.save_pdf_to(folder / "roster")
    assert (folder / "roster.pdf").read_bytes() == roster_dialog.pdf_path.read_bytes()
    assert options.get(settings.LAST_EXPORT_DIR) == str(folder)


def test_zoom_in_and_fit_width(roster_dialog):
    before = roster_dialog.effective_zoom()
    roster_dialog.zoom_by(1.25)
    assert roster_dialog.ui.pdfView.zoomMode() == QPdfView.ZoomMode.Custom
    assert roster_dialog.effective_zoom() == pytest.approx(before * 1.25)
    roster_dialog.fit_width()
    assert roster_dialog.ui.pdfView.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert roster_dialog.ui.fitWidthButton.isChecked()


def test_a_report_that_cannot_be_prepared_says_why(qtbot, options, messages):

    def render(lang, out, progress):
        raise UserError(N_("Enter the association's profile first."))

    dialog = ReportPreviewDialog(None, "Member roster", render=render, lang="en", options=options)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.status == "failed", timeout=5000)
    assert messages == [("warning", "Enter the association's profile first.")]
    assert not dialog.ui.printButton.isEnabled()
