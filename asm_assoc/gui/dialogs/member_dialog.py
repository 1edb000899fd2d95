"""Add or edit one member. Every edit is checked by `members.check` and each field's problem is shown
under it; Save stays disabled while there is an error."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import asdict

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from asm_assoc.core import access, association, members, regnum, writes
from asm_assoc.core.errors import UserError, ValidationError
from asm_assoc.core.i18n import _
from asm_assoc.gui import settings
from asm_assoc.gui.forms.ui_member_dialog import Ui_MemberDialog
from asm_assoc.gui.widgets.field_messages import FieldMessages
from asm_assoc.gui.widgets.place_combos import PlaceCombos, code_of, fill_choices, select_code

# Member field -> message label under its widget, in the order of the form.
MESSAGE_LABELS = {
    "member_no": "memberNoMessage",
    "family_name": "familyNameMessage",
    "given_name": "givenNameMessage",
    "regnum": "regnumMessage",
    "sex": "sexMessage",
    "birth_date": "birthDateMessage",
    "phones": "phonesMessage",
    "aimag_code": "aimagMessage",
    "soum_code": "soumMessage",
    "dependants": "dependantsMessage",
    "work_kind": "workKindMessage",
    "role": "roleMessage",
    "status": "statusMessage",
    "joined_on": "joinedOnMessage",
    "left_on": "leftOnMessage",
}


class MemberDialog(QDialog):
    memberSaved = Signal(str)  # noqa: N815 - the member's id

    def __init__(
        self,
        conn: sqlite3.Connection,
        actor: writes.Actor,
        member_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        self.conn, self.actor = conn, actor
        settings.remember_geometry(self)
        self.ui.dependantsSpin.setMaximum(members.MAX_DEPENDANTS)
        self.places = PlaceCombos(self.ui.aimagCombo, self.ui.soumCombo)
        self._fill_choices()
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        labels = {name: getattr(self.ui, label) for name, label in MESSAGE_LABELS.items()}
        self.messages = FieldMessages(labels, self.ui.summaryLabel, self.save_button)
        self.check: members.Check | None = None
        self.member = members.read_member(conn, actor, member_id) if member_id else self._new_member()
        # An existing record shows all its problems at once; a new one only those of touched fields.
        self.messages.show_all = member_id is not None
        self._load(self.member)
        self._loaded = self.member_from_form()
        self._connect_edits()
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        # Enter saves from any field but the notes, where it starts a new line; Ctrl+Enter saves anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self._retitle()
        # A role that may not change members reads the record: nothing to type in, nothing to save.
        self.read_only = not access.can(actor.role, "members.write")
        if self.read_only:
            self.messages.show_all = False
            self.save_button.hide()
            for kind in (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox, QPlainTextEdit):
                for field in self.findChildren(kind):
                    field.setEnabled(False)
        else:
            self.validate()
        self.ui.familyNameEdit.setFocus()

    # Loading and reading the form.

    def _new_member(self) -> members.Member:
        assoc = association.get(self.conn)
        return members.Member(
            member_no=members.next_member_no(self.conn, association.current_id(self.conn)),
            family_name="",
            given_name="",
            aimag_code=assoc.aimag_code if assoc else "",
            soum_code=assoc.soum_code if assoc else "",
            joined_on=dt.date.today().isoformat(),
        )

    def _fill_choices(self) -> None:
        fill_choices(self.ui.sexCombo, members.SEXES, empty=_("(not chosen)"))
        fill_choices(self.ui.workKindCombo, members.WORK_KINDS)
        fill_choices(self.ui.roleCombo, members.ROLES)
        fill_choices(self.ui.statusCombo, members.STATUSES)

    def _load(self, m: members.Member) -> None:
        ui = self.ui
        ui.memberNoSpin.setValue(int(m.member_no or 1))
        ui.familyNameEdit.setText(m.family_name)
        ui.givenNameEdit.setText(m.given_name)
        ui.regnumEdit.setText(m.regnum)
        select_code(ui.sexCombo, m.sex)
        ui.birthDateEdit.set_iso(m.birth_date)
        ui.phonesEdit.setText(m.phones)
        self.places.set_codes(m.aimag_code, m.soum_code)
        ui.baghEdit.setText(m.bagh)
        ui.headOfHouseholdCheck.setChecked(m.head_of_household)
        ui.singleParentCheck.setChecked(m.single_parent)
        ui.disabilityCheck.setChecked(m.disability)
        ui.dependantsSpin.setValue(int(m.dependants or 0))
        select_code(ui.workKindCombo, m.work_kind)
        select_code(ui.roleCombo, m.role)
        select_code(ui.statusCombo, m.status)
        ui.joinedOnEdit.set_iso(m.joined_on)
        ui.leftOnEdit.set_iso(m.left_on)
        ui.leftReasonEdit.setText(m.left_reason)
        ui.notesEdit.setPlainText(m.notes)

    def member_from_form(self) -> members.Member:
        ui = self.ui
        return members.Member(
            member_no=ui.memberNoSpin.value(),
            family_name=ui.familyNameEdit.text(),
            given_name=ui.givenNameEdit.text(),
            regnum=ui.regnumEdit.text(),
            sex=code_of(ui.sexCombo),
            birth_date=ui.birthDateEdit.iso(),
            phones=ui.phonesEdit.text(),
            aimag_code=self.places.aimag_code(),
            soum_code=self.places.soum_code(),
            bagh=ui.baghEdit.text(),
            head_of_household=ui.headOfHouseholdCheck.isChecked(),
            single_parent=ui.singleParentCheck.isChecked(),
            dependants=ui.dependantsSpin.value(),
            disability=ui.disabilityCheck.isChecked(),
            work_kind=code_of(ui.workKindCombo),
            role=code_of(ui.roleCombo),
            joined_on=ui.joinedOnEdit.iso(),
            left_on=ui.leftOnEdit.iso(),
            left_reason=ui.leftReasonEdit.text(),
            status=code_of(ui.statusCombo),
            notes=ui.notesEdit.toPlainText(),
            archived=self.member.archived,
            id=self.member.id,
            association_id=self.member.association_id,
        )

    # Inline validation.

    def _connect_edits(self) -> None:
        ui = self.ui
        edits = {
            "member_no": ui.memberNoSpin.valueChanged,
            "family_name": ui.familyNameEdit.textEdited,
            "given_name": ui.givenNameEdit.textEdited,
            "regnum": ui.regnumEdit.textEdited,
            "sex": ui.sexCombo.currentIndexChanged,
            "birth_date": ui.birthDateEdit.isoChanged,
            "phones": ui.phonesEdit.textEdited,
            "dependants": ui.dependantsSpin.valueChanged,
            "work_kind": ui.workKindCombo.currentIndexChanged,
            "role": ui.roleCombo.currentIndexChanged,
            "status": ui.statusCombo.currentIndexChanged,
            "joined_on": ui.joinedOnEdit.isoChanged,
            "left_on": ui.leftOnEdit.isoChanged,
        }
        for name, signal in edits.items():
            signal.connect(lambda *_args, name=name: self._edited(name))
        ui.regnumEdit.textEdited.connect(self._fill_from_regnum)
        self.places.changed.connect(lambda: self._edited("aimag_code", "soum_code"))

    def _edited(self, *names: str) -> None:
        self.messages.touch(*names)
        self.validate()

    def _fill_from_regnum(self, text: str) -> None:
        """A valid РД tells sex and birth date: fill them when still empty, as saving would."""
        found = regnum.check(text)
        if not found.ok:
            return
        if not code_of(self.ui.sexCombo) and found.sex:
            select_code(self.ui.sexCombo, found.sex)
        if self.ui.birthDateEdit.is_empty() and found.birth_date:
            self.ui.birthDateEdit.set_iso(found.birth_date.isoformat())

    def validate(self) -> members.Check:
        self.check = members.check(self.conn, self.member_from_form())
        self.messages.show(self.check.errors, self.check.warnings)
        return self.check

    # Saving and closing.

    def save(self) -> None:
        self.messages.show_all = True
        if self.validate().errors:
            return
        try:
            result = members.save(self.conn, self.actor, self.member_from_form())
        except ValidationError as exc:
            self.messages.show(exc.problems, {})
            return
        except UserError as exc:
            QMessageBox.warning(self, _("The member was not saved"), exc.text())
            return
        self.member = result.member
        self.memberSaved.emit(result.member.id or "")
        super().accept()

    def has_changes(self) -> bool:
        return asdict(self.member_from_form()) != asdict(self._loaded)

    def reject(self) -> None:
        if self.has_changes():
            answer = QMessageBox.question(
                self,
                _("Discard changes?"),
                _("You changed this member. Close without saving the changes?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    # Language.

    def _retitle(self) -> None:
        if self.member.id is None:
            self.setWindowTitle(_("New member"))
        else:
            self.setWindowTitle(
                _("Member no. {no}: {name}").format(no=self.member.member_no, name=self.member.full_name)
            )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and self.check is not None:
            self.ui.retranslateUi(self)
            self._fill_choices()
            self.places.retranslate()
            self._retitle()
            self.validate()
        super().changeEvent(event)
