"""The member register: search as you type, filters, the list, and New / Edit / Archive."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asm_assoc.core import access, member_list, members, reference, writes
from asm_assoc.core.collation import sort_key
from asm_assoc.core.i18n import _, active
from asm_assoc.core.member_list import MemberFilter
from asm_assoc.gui.models.member_table import COLUMNS, MemberTableModel
from asm_assoc.gui.widgets.place_combos import code_of, fill_choices, select_code

SEARCH_DELAY_MS = 150
# Typical width of each column's contents, in characters (two phone numbers, a long soum name).
COLUMN_CHARS = {"member_no": 5, "name": 30, "regnum": 12, "sex": 7, "phones": 21, "soum_code": 15, "role": 14}
# Columns showing labels: wide enough for the longest label in the chosen language ("Нарийн бичгийн дарга").
LABELLED = {"sex": members.SEXES, "role": members.ROLES}


class MembersPage(QWidget):
    countChanged = Signal(int, int)  # noqa: N815 - members shown, members in the register (or archive)
    memberSaved = Signal(str)  # noqa: N815

    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn, self.actor = conn, actor
        self.model = MemberTableModel(conn, actor, self)
        self._build()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._connect()
        self.retranslate()
        self.view.sortByColumn(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
        self.apply_filter()

    # Layout.

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.status_label, self.status = QLabel(self), QComboBox(self)
        self.sex_label, self.sex = QLabel(self), QComboBox(self)
        self.soum_label, self.soum = QLabel(self), QComboBox(self)
        self.role_label, self.role = QLabel(self), QComboBox(self)
        self.archive = QCheckBox(self)
        # Mnemonics here must not clash with the menu bar's (File, Members, Association, Reports, ...).
        for label, combo in ((self.status_label, self.status), (self.sex_label, self.sex),
                             (self.soum_label, self.soum), (self.role_label, self.role)):
            label.setBuddy(combo)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for widget in (self.status_label, self.status, self.sex_label, self.sex, self.soum_label, self.soum,
                       self.role_label, self.role, self.archive):
            filters.addWidget(widget)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        # Name order from the start: enabling sorting sorts at once by the indicator, which otherwise
        # points at the first column (a wasted sort of the whole register before every start).
        self.view.horizontalHeader().setSortIndicator(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setWordWrap(False)
        # Uniform row heights let the view skip measuring 100,000 rows.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.new_button, self.edit_button, self.archive_button, self.history_button = (
            QPushButton(self) for _i in range(4))
        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.archive_button, self.history_button):
            buttons.addWidget(button)
        buttons.addWidget(self.empty_hint, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        # Return opens and Delete archives the selected member, but only while the list has the focus,
        # so the same keys keep their usual meaning in the search box.
        self.open_action = QAction(self)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.archive_action = QAction(self)
        self.archive_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for action in (self.open_action, self.archive_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.view.addAction(action)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.focus_list)
        for combo in (self.status, self.sex, self.soum, self.role):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.archive.toggled.connect(self.apply_filter)
        self.view.activated.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.new_button.clicked.connect(self.new_member)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.archive_selected)
        self.history_button.clicked.connect(self.show_history)
        self.open_action.triggered.connect(self.edit_selected)
        self.archive_action.triggered.connect(self.archive_selected)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(_("Search by name, number, registration no. or phone (Ctrl+F)"))
        self.status_label.setText(_("Sta&tus:"))
        self.sex_label.setText(_("Se&x:"))
        self.soum_label.setText(_("So&um:"))
        self.role_label.setText(_("Ro&le:"))
        self.archive.setText(_("Show ar&chive"))
        self.archive.setToolTip(_("Show archived members instead of the register"))
        self.new_button.setText(_("&New member…"))
        self.edit_button.setText(_("&Open…"))
        self.history_button.setText(_("&History…"))
        self.open_action.setText(_("&Open member…"))
        self._fill_filters()
        self._update_buttons()
        self.model.retranslate()
        self._size_columns()

    def _size_columns(self) -> None:
        """Wide enough for the header in the current language and for typical contents."""
        metrics, header = self.view.fontMetrics(), self.view.horizontalHeader()
        for column, chars in COLUMN_CHARS.items():
            section = COLUMNS.index(column)
            title = str(self.model.headerData(section, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(title) + 28, metrics.averageCharWidth() * chars + 16)
            if column in LABELLED:
                width = max(width, *(metrics.horizontalAdvance(_(label)) + 16 for label in LABELLED[column].values()))
            header.resizeSection(section, width)

    def _fill_filters(self) -> None:
        everyone = _("(all)")
        for combo, labels in ((self.status, members.STATUSES), (self.sex, members.SEXES),
                              (self.role, members.ROLES)):
            fill_choices(combo, labels, empty=everyone)
        lang, current = active().lang, code_of(self.soum)
        if self.model.paused:  # keep the soums listed now; the database is busy
            codes = [self.soum.itemData(i) for i in range(1, self.soum.count())]
        else:
            codes = member_list.soums_in_use(self.conn)
        codes = sorted(codes, key=lambda c: sort_key(reference.unit_name(c, lang)))
        self.soum.blockSignals(True)
        self.soum.clear()
        self.soum.addItem(everyone, "")
        for code in codes:
            self.soum.addItem(reference.unit_name(code, lang) or code, code)
        select_code(self.soum, current)
        self.soum.blockSignals(False)

    # Filtering.

    def current_filter(self) -> MemberFilter:
        return MemberFilter(
            text=self.search.text(),
            status=code_of(self.status) or None,
            sex=code_of(self.sex) or None,
            soum_code=code_of(self.soum) or None,
            role=code_of(self.role) or None,
            archived=self.archive.isChecked(),
            sort=self.model.filter.sort,
            descending=self.model.filter.descending,
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        selected = self.selected_id()
        self.model.set_filter(self.current_filter())
        self._reselect(selected)
        self._emit_count()

    def refresh(self) -> None:
        """Read the database again (after a save, an import or a restore)."""
        if self.model.paused:
            return
        self._fill_filters()
        selected = self.selected_id()
        self.model.refresh()
        self._reselect(selected)
        self._emit_count()

    def _emit_count(self) -> None:
        if not self.model.paused:
            total = self.model.member_index.count(archived=self.archive.isChecked())
            self.countChanged.emit(self.model.rowCount(), total)

    def set_connection(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.model.set_connection(conn)
        self.refresh()

    # Selection.

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.member_id(rows[0].row()) if rows else None

    def select_member(self, member_id: str | None) -> bool:
        row = self.model.row_of(member_id) if member_id else -1
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)
        return True

    def _reselect(self, member_id: str | None) -> None:
        if not self.select_member(member_id):
            self.view.clearSelection()
        self._update_buttons()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.selected_id() is None and self.model.rowCount():
            self.select_member(self.model.member_id(0))

    def _update_buttons(self) -> None:
        has_selection = self.selected_id() is not None
        may_write = access.can(self.actor.role, "members.write")
        self.edit_button.setEnabled(has_selection)
        self.archive_button.setEnabled(has_selection and may_write)
        self.history_button.setEnabled(has_selection)
        self.open_action.setEnabled(has_selection)
        self.archive_action.setEnabled(has_selection and may_write)
        showing_archive = self.archive.isChecked()
        self.archive_button.setText(_("R&estore from archive") if showing_archive else _("Arch&ive…"))
        self.archive_action.setText(_("Restore from archive") if showing_archive else _("Archive member…"))
        self.new_button.setEnabled(not showing_archive and may_write)
        self.empty_hint.setText("" if self.model.rowCount() else self._empty_text())

    def _empty_text(self) -> str:
        if self.archive.isChecked():
            return _("No archived member matches.")
        unfiltered = MemberFilter(sort=self.model.filter.sort, descending=self.model.filter.descending)
        if self.current_filter() != unfiltered:
            return _("No member matches the search and filters.")
        return _("No members yet. Press “New member” (Ctrl+N) or import a list (File menu).")

    # Actions.

    def show_history(self) -> None:
        from asm_assoc.gui.dialogs.history_dialog import HistoryDialog

        member_id = self.selected_id()
        if member_id is None:
            return
        m = members.read_member(self.conn, self.actor, member_id)
        subject = _("Member no. {no}, {name}").format(no=f"{m.member_no:04d}", name=m.full_name)
        dialog = HistoryDialog(self.conn, self.actor, "member", member_id, subject, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def new_member(self) -> None:
        self._open_member(None)

    def edit_selected(self) -> None:
        member_id = self.selected_id()
        if member_id is not None:
            self._open_member(member_id)

    def _open_member(self, member_id: str | None) -> None:
        from asm_assoc.gui.dialogs.member_dialog import MemberDialog

        dialog = MemberDialog(self.conn, self.actor, member_id, self)
        dialog.memberSaved.connect(self._member_saved)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _member_saved(self, member_id: str) -> None:
        self.refresh()
        self.select_member(member_id)
        self.memberSaved.emit(member_id)

    def archive_selected(self) -> None:
        member_id = self.selected_id()
        if member_id is None:
            return
        member = members.read_member(self.conn, self.actor, member_id)
        if member.archived:
            members.set_archived(self.conn, self.actor, member_id, False)
        else:
            answer = QMessageBox.question(
                self,
                _("Archive member?"),
                _("Move member no. {no}, {name}, to the archive? Their records are kept, and you can bring "
                  "them back with “Show archive”.").format(no=member.member_no, name=member.full_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            members.set_archived(self.conn, self.actor, member_id, True)
        row = self.model.row_of(member_id)
        self.refresh()
        # Keep the cursor on the same line, so the next member is selected rather than the list top.
        if self.model.rowCount():
            self.select_member(self.model.member_id(min(row, self.model.rowCount() - 1)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.retranslate()
        super().changeEvent(event)
