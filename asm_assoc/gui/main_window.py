"""The main window: menus, the pages (home, members, savings groups, safety incidents, tax and insurance),
the status bar, and the jobs that need the whole database (backup, restore, import, export)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

import asm_assoc
from asm_assoc.core import access, association, db, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import _, active, ngettext
from asm_assoc.gui import settings
from asm_assoc.gui.export_path import ask_export_path
from asm_assoc.gui.pages.home_page import HomePage
from asm_assoc.gui.pages.incidents_page import IncidentsPage
from asm_assoc.gui.pages.members_page import MembersPage
from asm_assoc.gui.pages.payments_page import PaymentsPage
from asm_assoc.gui.pages.savings_page import SavingsPage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(
        self,
        conn: sqlite3.Connection,
        db_path: Path,
        actor: writes.Actor,
        options: settings.Settings,
        *,
        data_dir: Path | None = None,
        log_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.conn: sqlite3.Connection | None = conn
        self.db_path = Path(db_path)
        self.actor = actor
        self.options = options
        self.data_dir, self.log_path = data_dir, log_path
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.home_page = HomePage(conn, actor, self)
        self.add_page(self.home_page, "home")
        self.members_page = MembersPage(conn, actor, self)
        self.add_page(self.members_page, "members")
        self.savings_page = SavingsPage(conn, actor, self,
                                        report_lang=lambda: self.options.get(settings.REPORT_LANGUAGE))
        self.add_page(self.savings_page, "savings")
        # The incident list is read when its tab is first shown: the window starts on the home page.
        self.incidents_page = IncidentsPage(conn, actor, self,
                                            report_lang=lambda: self.options.get(settings.REPORT_LANGUAGE))
        self.add_page(self.incidents_page, "incidents")
        self.home_page.incidentSaved.connect(lambda _id: self.incidents_page.book_changed())
        self.incidents_page.incidentSaved.connect(lambda _id: self.home_page.refresh())
        self.payments_page = PaymentsPage(conn, actor, self,
                                          report_lang=lambda: self.options.get(settings.REPORT_LANGUAGE))
        self.add_page(self.payments_page, "payments")
        # The pages over the database that follow it through a restore and a new login.
        self.database_pages = (self.savings_page, self.home_page, self.incidents_page, self.payments_page)
        self.setCentralWidget(self.pages)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.members_page.countChanged.connect(self._show_count)
        self._make_actions()
        self._make_menus()
        self._watch_worker()
        self.retranslate()
        self._apply_permissions()
        self.members_page.apply_filter()
        self.resize(1100, 700)
        options.restore_geometry(self)
        options.restore_header("members", self.members_page.view.horizontalHeader())
        self.idle_lock = self._start_idle_lock()

    def add_page(self, page: QWidget, key: str) -> None:
        page.setObjectName(f"{key}Page")
        self.pages.addTab(page, "")

    # Actions and menus.

    def _action(self, handler, shortcut: QKeySequence | str | None = None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: handler())
        return action

    def _make_actions(self) -> None:
        page = self.members_page
        self.backup_action = self._action(self.backup)
        self.restore_action = self._action(self.restore)
        self.import_action = self._action(self.import_members)
        self.export_action = self._action(self.export_members)
        # Ctrl+Q everywhere: Windows has no standard Quit key, and tired hands look for one.
        self.quit_action = self._action(self.close, "Ctrl+Q")
        self.new_member_action = self._action(page.new_member, QKeySequence.StandardKey.New)
        self.find_action = self._action(self.find_member, QKeySequence.StandardKey.Find)
        self.profile_action = self._action(self.edit_profile)
        self.roster_action = self._action(self.roster, QKeySequence.StandardKey.Print)
        self.preferences_action = self._action(self.preferences)
        self.about_action = self._action(self.about)
        self.users_action = self._action(self.manage_users)
        self.password_action = self._action(self.change_password)
        self.lock_action = self._action(self.lock_now, "Ctrl+L")
        self.audit_action = self._action(self.check_audit_trail)
        self.addAction(self.lock_action)
        for action in (self.new_member_action, self.find_action, self.roster_action, self.quit_action):
            self.addAction(action)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        page = self.members_page
        self.file_menu = bar.addMenu("")
        for item in (self.backup_action, self.restore_action, None, self.import_action, self.export_action,
                     None, self.users_action, self.password_action, self.lock_action, None, self.quit_action):
            self.file_menu.addSeparator() if item is None else self.file_menu.addAction(item)
        self.members_menu = bar.addMenu("")
        for item in (self.new_member_action, page.open_action, page.archive_action, None, self.find_action):
            self.members_menu.addSeparator() if item is None else self.members_menu.addAction(item)
        self.association_menu = bar.addMenu("")
        self.association_menu.addAction(self.profile_action)
        self.reports_menu = bar.addMenu("")
        self.reports_menu.addAction(self.roster_action)
        self.settings_menu = bar.addMenu("")
        self.settings_menu.addAction(self.preferences_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.audit_action)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.file_menu.setTitle(_("&File"))
        self.members_menu.setTitle(_("&Members"))
        self.association_menu.setTitle(_("&Association"))
        self.reports_menu.setTitle(_("&Reports"))
        self.settings_menu.setTitle(_("&Settings"))
        self.help_menu.setTitle(_("&Help"))
        texts = {
            self.backup_action: _("&Back up now…"),
            self.restore_action: _("&Restore from a backup…"),
            self.import_action: _("&Import members…"),
            self.export_action: _("&Export members…"),
            self.quit_action: _("&Quit"),
            self.new_member_action: _("&New member…"),
            self.find_action: _("&Find member"),
            self.profile_action: _("&Profile…"),
            self.roster_action: _("Member &roster…"),
            self.preferences_action: _("&Preferences…"),
            self.about_action: _("&About asm-assoc"),
            self.users_action: _("&Users…"),
            self.password_action: _("&Change my password…"),
            self.lock_action: _("&Lock the window"),
            self.audit_action: _("Check the &audit trail"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.pages.setTabText(self.pages.indexOf(self.home_page), _("Home"))
        self.pages.setTabText(self.pages.indexOf(self.members_page), _("Members"))
        self.pages.setTabText(self.pages.indexOf(self.savings_page), _("Savings groups"))
        self.pages.setTabText(self.pages.indexOf(self.incidents_page), _("Safety incidents"))
        self.pages.setTabText(self.pages.indexOf(self.payments_page), _("Tax and insurance"))
        self._retitle()

    def _retitle(self) -> None:
        profile = association.get(self.conn) if self.conn is not None else None
        name = profile.name if profile else ""
        self.setWindowTitle(f"{name} — asm-assoc" if name else "asm-assoc")

    def _show_count(self, shown: int, total: int) -> None:
        if self.members_page.archive.isChecked():
            text = ngettext("{shown} of {total} archived member", "{shown} of {total} archived members",
                            total)
        elif shown == total:
            text = ngettext("{total} member", "{total} members", total)
        else:
            text = ngettext("{shown} of {total} member", "{shown} of {total} members", total)
        self.count_label.setText(text.format(shown=active().number(shown), total=active().number(total)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "help_menu"):
            self.retranslate()
            self.members_page.apply_filter()  # the count in the new language
        super().changeEvent(event)

    # The database.

    def _watch_worker(self) -> None:
        """While a background job holds the database, the list reads nothing; it reloads when the job ends."""
        try:
            from asm_assoc.gui.worker import default_worker
        except ImportError:  # pragma: no cover - the worker ships with the program
            return
        default_worker().busyChanged.connect(self._worker_busy)

    def _worker_busy(self, busy: bool) -> None:
        """While a job holds the connection, nothing else may use it: the list pauses and every action
        that reads or writes the database waits (its shortcut too)."""
        self.members_page.model.paused = busy
        if self.conn is None:
            return
        self.pages.setEnabled(not busy)
        for action in self._database_actions():
            action.setEnabled(not busy and self._allowed(action))
        if not busy:
            self.members_page.refresh()

    def check_integrity_in_background(self) -> None:
        """Look for damage in the open file without delaying the window (see gui/integrity.py)."""
        from asm_assoc.gui.integrity import IntegrityCheck

        self._integrity = IntegrityCheck(self)
        self._integrity.damaged.connect(self._database_damaged)
        self._integrity.start(self.db_path)

    def _database_damaged(self, exc: db.CorruptDatabaseError) -> None:
        """The background check found damage: say so, and offer the newest backup."""
        from asm_assoc.gui.app import agrees_to_restore, restore_backup

        if not agrees_to_restore(exc, self):
            return

        self.close_database()
        try:
            restored = restore_backup(self.db_path, exc.latest_backup, self)
        finally:
            self.open_database(self.db_path)
        if restored:
            self.statusBar().showMessage(_("The backup was restored."), 10_000)
            self.log_in_again()

    def close_database(self) -> None:
        """Let go of the database file (before a restore replaces it)."""
        if self.conn is None:
            return
        from asm_assoc.gui.worker import default_worker

        default_worker().shutdown()  # a running job is cancelled (rolled back) before the file goes
        self.members_page.model.paused = True
        for page in self.database_pages:
            page.detach()
        self.conn.close()
        self.conn = None
        self.pages.setEnabled(False)
        for action in self._database_actions():
            action.setEnabled(False)

    def open_database(self, path: Path) -> bool:
        """Open `path` (after a restore, or the same file again); says why when it cannot."""
        try:
            conn = db.open_database(path)
        except UserError as exc:
            QMessageBox.critical(self, _("The database cannot be opened"), exc.text())
            return False
        self.conn, self.db_path = conn, Path(path)
        self.members_page.model.paused = False
        self.members_page.set_connection(conn)
        for page in self.database_pages:
            page.set_connection(conn)
        self.pages.setEnabled(True)
        for action in self._database_actions():
            action.setEnabled(self._allowed(action))
        self._retitle()
        return True

    def _database_actions(self) -> list[QAction]:
        return [self.backup_action, self.import_action, self.export_action, self.new_member_action,
                self.find_action, self.profile_action, self.roster_action, self.users_action,
                self.password_action, self.audit_action]

    def _permissions(self) -> dict[QAction, str]:
        """What each action needs. Core refuses anyway; a greyed item saves a pointless try."""
        return {self.backup_action: "backup.make", self.restore_action: "backup.restore",
                self.import_action: "members.import", self.export_action: "members.export",
                self.new_member_action: "members.write", self.profile_action: "association.write",
                self.users_action: "users.manage", self.roster_action: "reports.print",
                self.audit_action: "audit.read"}

    def _allowed(self, action: QAction) -> bool:
        permission = self._permissions().get(action)
        if action is self.password_action:
            return self.actor.user_id is not None
        return permission is None or access.can(self.actor.role, permission)

    def _apply_permissions(self) -> None:
        for action in (*self._database_actions(), self.restore_action):
            action.setEnabled(self._allowed(action))

    # Accounts and the audit trail.

    def _start_idle_lock(self):  # type: ignore[no-untyped-def]
        """The idle lock guards a person's session (the program itself, acting in tests, has none)."""
        from asm_assoc.core import accounts, office_settings
        from asm_assoc.gui.idle_lock import IdleLock

        if self.conn is None or self.actor.user_id is None:
            return None
        user = accounts.get_user(self.conn, self.actor.user_id)
        return IdleLock(self, lambda: self.conn, user, office_settings.idle_lock_minutes(self.conn))

    def log_in_again(self) -> None:
        """After a restore the accounts are those of the backup: whoever goes on logs in to it."""
        from asm_assoc.gui import app  # its sign_in: the one the program starts with

        if self.conn is None or self.actor.user_id is None:
            return
        actor = app.sign_in(self.conn, self)
        if actor is None:
            self.close()
            return
        self.actor = self.members_page.actor = actor
        self.members_page.model.actor = actor
        self.members_page.model.set_connection(self.conn)
        for page in self.database_pages:
            page.set_connection(self.conn, actor)
        self._apply_permissions()
        if self.idle_lock is not None:
            self.idle_lock.stop()
        self.idle_lock = self._start_idle_lock()

    def lock_now(self) -> None:
        if self.idle_lock is not None:
            self.idle_lock.lock()

    def manage_users(self) -> None:
        from asm_assoc.gui.dialogs.users_dialog import UsersDialog

        dialog = UsersDialog(self.conn, self.actor, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def change_password(self) -> None:
        from asm_assoc.gui.dialogs.account_dialogs import PasswordDialog

        dialog = PasswordDialog(self.conn, PasswordDialog.CHANGE, self, actor=self.actor)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.statusBar().showMessage(_("Your password was changed."), 10_000)
        finally:
            dialog.deleteLater()

    def check_audit_trail(self) -> None:
        from asm_assoc.core import audit
        from asm_assoc.gui.worker import Job

        conn, actor = self.conn, self.actor

        def done(report: audit.VerifyReport) -> None:
            text = "\n\n".join([*(p.text() for p in report.problems[:30]), *report.summary(active())])
            show = QMessageBox.information if report.ok else QMessageBox.critical
            show(self, _("Audit trail"), text)

        Job(self, lambda progress: audit.verify(conn, actor, progress), label=_("Checking the audit trail…"),
            cancellable=False).success(done).run()

    # Menu commands.

    def find_member(self) -> None:
        """Ctrl+F from any page: to the member list's search box."""
        self.pages.setCurrentWidget(self.members_page)
        self.members_page.focus_search()

    def backup(self) -> None:
        from asm_assoc.gui.dialogs.backup_dialogs import backup_now

        backup_now(self.conn, self.db_path, self.actor, self)

    def restore(self) -> None:
        from asm_assoc.gui.dialogs.backup_dialogs import restore_from_file

        self.close_database()
        try:
            restored = restore_from_file(self.db_path, self.actor, self)
        finally:
            # Reopen whatever is there now: the restored copy, or the untouched original.
            self.open_database(self.db_path)
        if restored:
            self.statusBar().showMessage(_("The backup was restored."), 10_000)
            self.log_in_again()

    def import_members(self) -> None:
        from asm_assoc.gui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.conn, self.actor, self)
        dialog.membersImported.connect(self.members_page.refresh)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.members_page.refresh()
        finally:
            dialog.deleteLater()

    def export_members(self) -> None:
        from asm_assoc.core import member_io
        from asm_assoc.gui.worker import Job

        target = ask_export_path(self, _("Export members"), _("members"), self.options, self.db_path.parent)
        if target is None:
            return
        conn, lang, actor = self.conn, active().lang, self.actor

        def written(count: int) -> None:
            text = ngettext("{count} member written to {file}", "{count} members written to {file}", count)
            self.statusBar().showMessage(text.format(count=count, file=target.name), 10_000)

        Job(self, lambda _progress: member_io.export_members(conn, target, actor=actor, lang=lang),
            label=_("Exporting members…"), cancellable=False).success(written).run()

    def roster(self) -> None:
        from asm_assoc.gui.dialogs.report_preview import show_roster_preview

        show_roster_preview(self.conn, self.actor, self, self.options.get(settings.REPORT_LANGUAGE))

    def edit_profile(self) -> None:
        from asm_assoc.gui.dialogs.association_dialog import AssociationDialog

        dialog = AssociationDialog(self.conn, self.actor, self)
        dialog.associationSaved.connect(lambda _id: self._retitle())
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def preferences(self) -> None:
        from asm_assoc.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.options, data_dir=self.data_dir, db_path=self.db_path,
                                log_path=self.log_path, parent=self, conn=self.conn, actor=self.actor)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and self.idle_lock is not None and self.conn:
                from asm_assoc.core import office_settings

                self.idle_lock.set_minutes(office_settings.idle_lock_minutes(self.conn))
        finally:
            dialog.deleteLater()

    def about(self) -> None:
        QMessageBox.about(
            self,
            _("About asm-assoc"),
            _("asm-assoc {version}\n\nRecords for artisanal and small-scale miners' associations: members, "
              "savings groups, safety incidents, tax and insurance. It works without the internet.\n\n"
              "Your data: {path}").format(version=asm_assoc.__version__, path=self.db_path),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.idle_lock is not None:
            self.idle_lock.stop()
        self.options.save_geometry(self)
        self.options.save_header("members", self.members_page.view.horizontalHeader())
        self.options.sync()
        self.backup_at_close()
        super().closeEvent(event)

    def backup_at_close(self) -> None:
        """Keep a checked copy of the day's work in the backups folder (the newest ten are kept), so that a
        damaged file can always be restored. A failure is logged and never stops the window closing."""
        if self.conn is None:
            return
        from asm_assoc.core import backup

        try:
            made = backup.automatic_backup(self.conn, self.db_path)
        except (UserError, OSError, sqlite3.Error):
            log.exception("automatic backup at close failed")
            return
        log.info("automatic backup %s", made)

