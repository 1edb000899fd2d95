"""Import members from a spreadsheet in three steps: choose the file, say what each column holds, check
every row and import. Nothing is written before the person presses Import, and then in one transaction.

Reading, checking and writing run on the background worker (a file of 10,000 rows takes a moment); the
dialog only shows what `asm_assoc.core.member_io` decided.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from asm_assoc.core import member_io, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import _, active, ngettext
from asm_assoc.core.member_columns import COLUMNS
from asm_assoc.core.progress import Progress
from asm_assoc.core.tabular import Table
from asm_assoc.gui import settings
from asm_assoc.gui.dialogs.backup_dialogs import documents_folder
from asm_assoc.gui.forms.ui_import_dialog import Ui_ImportDialog
from asm_assoc.gui.widgets.field_messages import ERROR_COLOUR, ERROR_STYLE, PROBLEM_TINT
from asm_assoc.gui.worker import Job, Worker, show_error

ERROR_TEXT, ERROR_BACKGROUND = ERROR_COLOUR, PROBLEM_TINT
WARNING_TEXT, WARNING_BACKGROUND = QColor("#8a5300"), QColor("#fff4e0")
WARNING_CSS = "color: #8a5300;"
# How many cells of a column are shown beside it, to recognise what it holds.
SAMPLE_VALUES = 3
# Long problems wrap onto more lines up to this many rows; measuring every row of a bigger file would
# take seconds, so there the full text is in the tooltip.
WRAP_ROWS_UP_TO = 2000


def action_label(action: str) -> str:
    return {
        "add": _("Add"),
        "update": _("Update"),
        "unchanged": _("No change"),
        "skip": _("Skip"),
        "error": _("Not imported: error"),
    }[action]


def problems_text(row: member_io.RowResult, sep: str = "; ") -> str:
    """The row's errors, then its warnings (marked ⚠), or why it is skipped, in the person's language."""
    parts = [e.text() for e in row.errors]
    parts += ["⚠ " + w.text() for w in row.warnings]
    if row.reason is not None:
        parts.append(row.reason.text())
    return sep.join(parts)


def counts_text(plan: member_io.ImportPlan) -> str:
    """"64 rows in members.csv: 58 to add, 2 to update, 1 skipped, 3 with errors"."""
    tr = active()
    counts = Counter(r.action for r in plan.rows)
    parts = [_("{count} to add").format(count=tr.number(counts["add"])),
             _("{count} to update").format(count=tr.number(counts["update"]))]
    if counts["unchanged"]:
        parts.append(_("{count} unchanged").format(count=tr.number(counts["unchanged"])))
    parts.append(_("{count} skipped").format(count=tr.number(counts["skip"])))
    parts.append(_("{count} with errors").format(count=tr.number(counts["error"])))
    rows = ngettext("{count} row in {file}", "{count} rows in {file}", len(plan.rows)).format(
        count=tr.number(len(plan.rows)), file=plan.file_name)
    return rows + ": " + ", ".join(parts)


class PlanModel(QAbstractTableModel):
    """The rows of an import plan: line, what will happen, name, problems. Errors red, warnings amber."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[member_io.RowResult] = []
        self.separator = "\n"  # each problem on its own line while rows are tall enough to show them

    def set_rows(self, rows: list[member_io.RowResult]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_("Line"), _("What happens"), _("Name"), _("Problems"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.line
            if column == 1:
                return action_label(row.action)
            if column == 2:
                return row.member.full_name if row.member is not None else ""
            return problems_text(row, self.separator)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return problems_text(row, "\n") or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.action == "error":
                return ERROR_BACKGROUND
            if row.warnings:
                return WARNING_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and column in (1, 3):
            if row.action == "error":
                return ERROR_TEXT
            if row.warnings:
                return WARNING_TEXT
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportDialog(QDialog):
    """The member import. Emits `membersImported` when the register was changed."""

    membersImported = Signal()  # noqa: N815 - Qt signal naming

    FILE, MAPPING, PREVIEW, DONE = range(4)

    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, parent: QWidget | None = None, *,
                 worker: Worker | None = None, options: settings.Settings | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.conn, self.actor, self.worker = conn, actor, worker
        self.options = options or settings.Settings()
        self.table: Table | None = None
        self.plan: member_io.ImportPlan | None = None
        self.summary: member_io.ImportSummary | None = None
        self.combos: list[QComboBox] = []
        self._planned_for: tuple | None = None
        self._busy = False
        self.model = PlanModel(self)
        self._setup_views()
        self._connect()
        self.options.restore_geometry(self)
        self._show_page(self.FILE)

    # Setting up ------------------------------------------------------------------------------------
    def _setup_views(self) -> None:
        ui = self.ui
        ui.previewTable.setModel(self.model)
        header = ui.previewTable.horizontalHeader()
        header.setStretchLastSection(True)
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Interactive)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(2, 220)
        # Wrapped problems need taller rows when the window (and so the last column) gets narrower.
        self._fit_timer = QTimer(self, singleShot=True, interval=150)
        self._fit_timer.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda *args: self._fit_timer.start())
        ui.previewTable.verticalHeader().setDefaultSectionSize(ui.previewTable.fontMetrics().height() + 8)
        mapping_header = ui.mappingTable.horizontalHeader()
        mapping_header.setStretchLastSection(False)
        mapping_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        mapping_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        mapping_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

    def _connect(self) -> None:
        ui = self.ui
        ui.chooseFileButton.clicked.connect(self.choose_file)
        ui.templateButton.clicked.connect(self.save_template)
        ui.backButton.clicked.connect(self.back)
        ui.nextButton.clicked.connect(self.next)
        ui.importButton.clicked.connect(self.start_import)
        ui.closeButton.clicked.connect(self.reject)
        ui.problemsOnlyCheck.toggled.connect(self._show_plan_rows)
        ui.allOrNothingRadio.toggled.connect(self._update_preview_message)

    # Step 1: the file ------------------------------------------------------------------------------
    def choose_file(self) -> None:
        folder = self.options.get(settings.LAST_IMPORT_DIR) or str(documents_folder())
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Choose the file with the members"), folder,
            _("Member lists (*.xlsx *.csv *.txt);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def save_template(self) -> None:
        """An empty member file with the column headings in the chosen language, to fill in with Excel."""
        folder = Path(self.options.get(settings.LAST_IMPORT_DIR) or str(documents_folder()))
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Save an empty template"), str(folder / _("members-template.xlsx")),
            _("Excel workbook (*.xlsx);;CSV file (*.csv)"),
        )
        if not path:
            return
        try:
            member_io.write_template(Path(path), active().lang)
        except UserError as exc:
            self._message(self.ui.fileMessage, exc.text(), ERROR_STYLE)
            return
        except OSError as exc:
            self._message(self.ui.fileMessage, _("The template could not be saved: {reason}").format(
                reason=exc.strerror or exc), ERROR_STYLE)
            return
        self._message(self.ui.fileMessage, _("The template was saved: {path}").format(path=path))

    def load_file(self, path: Path) -> None:
        """Read the file on the worker; a good file moves on to the columns, a bad one stays here."""
        self.options.set(settings.LAST_IMPORT_DIR, str(path.parent))
        self.ui.filePathEdit.setText(str(path))
        self._message(self.ui.fileMessage, _("Reading {file}…").format(file=path.name))
        self.table, self.plan, self._planned_for = None, None, None
        self._run(Job(self, lambda progress: member_io.read_file(path), label=_("Reading the file…"))
                  .success(self._file_read)
                  .failure(lambda error: self._failed(self.ui.fileMessage, error)))

    def _file_read(self, result: tuple[Table, member_io.ColumnMapping]) -> None:
        self._busy = False  # before the next page takes the focus (the job's `finished` comes later)
        table, mapping = result
        self.table = table
        count = len(table.rows)
        rows = ngettext("{count} row", "{count} rows", count).format(count=active().number(count))
        self._message(self.ui.fileMessage, _("{file}: {rows} read.").format(file=table.name, rows=rows))
        self._fill_mapping(table, mapping)
        self._show_page(self.MAPPING)

    # Step 2: the columns ---------------------------------------------------------------------------
    def _fill_mapping(self, table: Table, mapping: member_io.ColumnMapping) -> None:
        grid = self.ui.mappingTable
        grid.setRowCount(len(table.headers))
        self.combos = []
        for index, heading in enumerate(table.headers):
            grid.setItem(index, 0, QTableWidgetItem(heading or _("(no heading)")))
            samples = [row.cell(index) for row in table.rows[:50] if row.cell(index)][:SAMPLE_VALUES]
            grid.setItem(index, 1, QTableWidgetItem(", ".join(samples)))
            combo = QComboBox(grid)
            combo.addItem(_("— ignore —"), None)
            for column in COLUMNS:
                combo.addItem(_(column.label), column.field)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(index))))
            combo.setAccessibleName(_("Member field for the column {column}").format(column=heading))
            combo.currentIndexChanged.connect(self._mapping_changed)
            grid.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        grid.resizeColumnsToContents()
        if self.combos:
            # Tab moves from combo to combo (the table itself takes no focus), then on to the options.
            for before, after in zip(self.combos, self.combos[1:], strict=False):
                QWidget.setTabOrder(before, after)
            QWidget.setTabOrder(self.combos[-1], self.ui.updateKnownRadio)
        self._mapping_changed()

    def mapping(self) -> member_io.ColumnMapping:
        return {index: combo.currentData() for index, combo in enumerate(self.combos)}

    def on_known_regnum(self) -> member_io.KnownRegnum:
        return "update" if self.ui.updateKnownRadio.isChecked() else "skip"

    def mode(self) -> member_io.Mode:
        return "all_or_nothing" if self.ui.allOrNothingRadio.isChecked() else "valid_only"

    def mapping_problem(self) -> str:
        """What keeps the columns from being checked ("" when nothing does)."""
        chosen = [name for name in self.mapping().values() if name]
        labels = {c.field: _(c.label) for c in COLUMNS}
        twice = [name for name, n in Counter(chosen).items() if n > 1]
        if twice:
            return _("Two columns are set to “{field}”. Set one of them to “— ignore —”.").format(
                field=labels[twice[0]])
        missing = [labels[name] for name in member_io.REQUIRED if name not in chosen]
        if missing:
            return _("Choose the column that holds: {fields}.").format(fields=", ".join(missing))
        return ""

    def _mapping_changed(self) -> None:
        problem = self.mapping_problem()
        self._message(self.ui.mappingMessage, problem, ERROR_STYLE)
        self._update_buttons()

    # Step 3: check and import ----------------------------------------------------------------------
    def plan_rows(self) -> None:
        """Check every row on the worker (only when the columns or options changed since the last check)."""
        if self.table is None:
            return
        table, mapping, known = self.table, self.mapping(), self.on_known_regnum()
        key = (tuple(sorted(mapping.items())), known)
        if key == self._planned_for and self.plan is not None:
            self._show_plan()
            return

        def planned(plan: member_io.ImportPlan) -> None:
            self._busy = False
            self.plan, self._planned_for = plan, key
            self._show_plan()

        def check_rows(progress: Progress) -> member_io.ImportPlan:
            return member_io.plan_import(self.conn, table, mapping, actor=self.actor, on_known_regnum=known,
                                          progress=progress)

        self._run(Job(self, check_rows, label=_("Checking every row of the file…"))
                  .success(planned)
                  .failure(lambda error: self._failed(self.ui.mappingMessage, error)))

    def _show_plan(self) -> None:
        assert self.plan is not None
        self.ui.countsLabel.setText(counts_text(self.plan))
        self._show_page(self.PREVIEW)
        self._show_plan_rows()

    def _show_plan_rows(self) -> None:
        if self.plan is None:
            return
        rows = self.plan.rows
        if self.ui.problemsOnlyCheck.isChecked():
            rows = [r for r in rows if r.action == "error" or r.warnings]
        self.model.separator = "\n" if len(rows) <= WRAP_ROWS_UP_TO else "; "
        self.model.set_rows(rows)
        self._fit_rows()

    def _fit_rows(self) -> None:
        if self.model.rowCount() <= WRAP_ROWS_UP_TO:
            self.ui.previewTable.resizeRowsToContents()

    def importable(self) -> bool:
        """True when pressing Import would write something."""
        if self.plan is None:
            return False
        changes = self.plan.count("add") + self.plan.count("update")
        return changes > 0 and not (self.mode() == "all_or_nothing" and self.plan.error_rows)

    def _update_preview_message(self) -> None:
        plan = self.plan
        if plan is None:
            return
        errors = len(plan.error_rows)
        if errors and self.mode() == "all_or_nothing":
            text, css = ngettext(
                "{count} row has an error, and you chose to import nothing if any row has an error. "
                "Correct the row in the file and choose the file again, or go back and choose to import "
                "the valid rows.",
                "{count} rows have errors, and you chose to import nothing if any row has an error. "
                "Correct the rows in the file and choose the file again, or go back and choose to import "
                "the valid rows.",
                errors).format(count=errors), ERROR_STYLE
        elif not self.importable():
            text, css = _("There is nothing to add or update: the register already holds these members."), ""
        elif errors:
            text, css = ngettext(
                "{count} row has an error and will be left out (shown in red). Press Import to save the "
                "other rows, or correct the file first.",
                "{count} rows have errors and will be left out (shown in red). Press Import to save the "
                "other rows, or correct the file first.", errors).format(count=errors), WARNING_CSS
        else:
            text, css = _("Check the rows below, then press Import to save them."), ""
        self._message(self.ui.previewMessage, text, css)
        self._update_buttons()

    def start_import(self) -> None:
        if not self.importable() or self._busy:
            return
        plan, mode = self.plan, self.mode()
        def write_rows(progress: Progress) -> member_io.ImportSummary:
            return member_io.apply_import(self.conn, self.actor, plan, mode=mode, progress=progress)

        def cancelled() -> None:
            text = _("The import was cancelled. Nothing was saved.")
            self._message(self.ui.previewMessage, text, ERROR_STYLE)

        self._run(Job(self, write_rows, label=_("Importing the members…"))
                  .success(self._imported)
                  .cancelled(cancelled))

    def _imported(self, summary: member_io.ImportSummary) -> None:
        self._busy = False
        self.summary = summary
        done = _("The import is finished.")
        if summary.skipped:
            done += " " + _("The rows left out are listed below: correct them in the file and import it "
                            "again. Members already imported are recognised by their registration number, "
                            "member number, or names and birth date, and are not added twice.")
        self.ui.doneLabel.setText(done)
        self.ui.summaryText.setPlainText(summary.text(active()))
        self._show_page(self.DONE)
        if summary.added or summary.updated:
            self.membersImported.emit()

    # Navigation ------------------------------------------------------------------------------------
    def back(self) -> None:
        page = self.ui.pages.currentIndex()
        if page in (self.MAPPING, self.PREVIEW) and not self._busy:
            self._show_page(page - 1)

    def next(self) -> None:
        if self._busy or not self.ui.nextButton.isEnabled():
            return
        page = self.ui.pages.currentIndex()
        if page == self.FILE and self.table is not None:
            self._show_page(self.MAPPING)
        elif page == self.MAPPING:
            self.plan_rows()

    def _show_page(self, page: int) -> None:
        ui = self.ui
        ui.pages.setCurrentIndex(page)
        ui.stepLabel.setText({
            self.FILE: _("Step 1 of 3: choose the file"),
            self.MAPPING: _("Step 2 of 3: what each column holds"),
            self.PREVIEW: _("Step 3 of 3: check the rows, then import"),
            self.DONE: _("Done"),
        }[page])
        if page == self.PREVIEW:
            self._update_preview_message()
        self._update_buttons()
        focus = {self.FILE: ui.chooseFileButton,
                 self.MAPPING: self.combos[0] if self.combos else ui.nextButton,
                 self.PREVIEW: ui.importButton if ui.importButton.isEnabled() else ui.previewTable,
                 self.DONE: ui.closeButton}[page]
        focus.setFocus()

    def _update_buttons(self) -> None:
        ui, page = self.ui, self.ui.pages.currentIndex()
        ui.backButton.setVisible(page in (self.MAPPING, self.PREVIEW))
        ui.nextButton.setVisible(page in (self.FILE, self.MAPPING))
        ui.importButton.setVisible(page == self.PREVIEW)
        can_go_on = ((page == self.FILE and self.table is not None)
                     or (page == self.MAPPING and not self.mapping_problem()))
        ui.nextButton.setEnabled(not self._busy and can_go_on)
        ui.importButton.setEnabled(not self._busy and self.importable())
        ui.backButton.setEnabled(not self._busy)
        ui.chooseFileButton.setEnabled(not self._busy)
        ui.closeButton.setEnabled(not self._busy)
        ui.closeButton.setText(_("Close") if page == self.DONE else _("Cancel"))
        default = {self.FILE: ui.nextButton, self.MAPPING: ui.nextButton, self.PREVIEW: ui.importButton,
                   self.DONE: ui.closeButton}[page]
        default.setDefault(True)

    # Helpers ---------------------------------------------------------------------------------------
    def _run(self, job: Job[Any]) -> None:
        self._busy = True
        self._update_buttons()
        job.finished(self._job_finished).run(self.worker)

    def _job_finished(self) -> None:
        self._busy = False
        self._update_buttons()

    def _failed(self, label: Any, error: BaseException) -> None:
        if isinstance(error, UserError):
            self._message(label, error.text(), ERROR_STYLE)
        else:
            self._message(label, "")
            show_error(self, error)

    @staticmethod
    def _message(label: Any, text: str, css: str = "") -> None:
        label.setText(text)
        label.setStyleSheet(css)
        label.setVisible(bool(text))

    @property
    def busy(self) -> bool:
        return self._busy

    def reject(self) -> None:
        # Closing while a job runs would leave it answering a dialog that is gone; Cancel in the progress
        # dialog stops the job instead.
        if self._busy:
            return
        self.options.save_geometry(self)
        super().reject()
