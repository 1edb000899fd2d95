"""The association's profile (the header of every report), checked by `association.validate` as it is
typed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from asm_assoc.core import association, writes
from asm_assoc.core.errors import UserError, ValidationError
from asm_assoc.core.i18n import _
from asm_assoc.gui import settings
from asm_assoc.gui.forms.ui_association_dialog import Ui_AssociationDialog
from asm_assoc.gui.widgets.field_messages import FieldMessages
from asm_assoc.gui.widgets.place_combos import PlaceCombos, code_of, fill_choices, select_code

MESSAGE_LABELS = {
    "name": "nameMessage",
    "legal_form": "legalFormMessage",
    "state_reg_no": "stateRegNoMessage",
    "aimag_code": "aimagMessage",
    "soum_code": "soumMessage",
    "founded_on": "foundedOnMessage",
    "logo": "logoMessage",
}
# A logo is printed a few centimetres wide: larger pictures are scaled down to this many pixels.
LOGO_MAX_PIXELS = 400


def picture_as_logo(path: Path) -> bytes | None:
    """A picture file as PNG bytes no larger than LOGO_MAX_PIXELS a side; None when Qt cannot read it."""
    image = QImage(str(path))
    if image.isNull():
        return None
    if max(image.width(), image.height()) > LOGO_MAX_PIXELS:
        image = image.scaled(LOGO_MAX_PIXELS, LOGO_MAX_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class AssociationDialog(QDialog):
    associationSaved = Signal(str)  # noqa: N815 - the association's id

    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AssociationDialog()
        self.ui.setupUi(self)
        self.conn, self.actor = conn, actor
        settings.remember_geometry(self)
        self.places = PlaceCombos(self.ui.aimagCombo, self.ui.soumCombo)
        fill_choices(self.ui.legalFormCombo, association.LEGAL_FORMS)
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        labels = {name: getattr(self.ui, label) for name, label in MESSAGE_LABELS.items()}
        self.messages = FieldMessages(labels, self.ui.summaryLabel, self.save_button)
        self.profile = association.get(conn) or association.Association(name="")
        self.messages.show_all = self.profile.id is not None
        self.logo: bytes | None = self.profile.logo
        self._load(self.profile)
        self._connect_edits()
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.chooseLogoButton.clicked.connect(self.choose_logo)
        self.ui.clearLogoButton.clicked.connect(self.clear_logo)
        self._retitle()
        self.validate()
        self.ui.nameEdit.setFocus()

    def _load(self, a: association.Association) -> None:
        ui = self.ui
        ui.nameEdit.setText(a.name)
        select_code(ui.legalFormCombo, a.legal_form)
        ui.stateRegNoEdit.setText(a.state_reg_no)
        ui.directorEdit.setText(a.director)
        ui.phonesEdit.setText(a.phones)
        self.places.set_codes(a.aimag_code, a.soum_code)
        ui.baghEdit.setText(a.bagh)
        ui.addressEdit.setText(a.address)
        ui.foundedOnEdit.set_iso(a.founded_on)
        self._show_logo()

    def profile_from_form(self) -> association.Association:
        ui = self.ui
        return association.Association(
            name=ui.nameEdit.text(),
            legal_form=code_of(ui.legalFormCombo),
            state_reg_no=ui.stateRegNoEdit.text().strip(),
            aimag_code=self.places.aimag_code(),
            soum_code=self.places.soum_code(),
            bagh=ui.baghEdit.text().strip(),
            address=ui.addressEdit.text().strip(),
            phones=ui.phonesEdit.text().strip(),
            director=ui.directorEdit.text().strip(),
            founded_on=ui.foundedOnEdit.iso(),
            logo=self.logo,
            id=self.profile.id,
        )

    def _connect_edits(self) -> None:
        ui = self.ui
        edits = {
            "name": ui.nameEdit.textEdited,
            "legal_form": ui.legalFormCombo.currentIndexChanged,
            "state_reg_no": ui.stateRegNoEdit.textEdited,
            "founded_on": ui.foundedOnEdit.isoChanged,
        }
        for name, signal in edits.items():
            signal.connect(lambda *_args, name=name: self._edited(name))
        self.places.changed.connect(lambda: self._edited("aimag_code", "soum_code"))

    def _edited(self, *names: str) -> None:
        self.messages.touch(*names)
        self.validate()

    def validate(self) -> dict[str, UserError]:
        problems = association.validate(self.profile_from_form())
        self.messages.show(problems, {})
        return problems

    # The logo.

    def choose_logo(self) -> None:
        options = settings.Settings()
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Choose the logo"), options.get(settings.LAST_LOGO_DIR),
            _("Pictures (*.png *.jpg *.jpeg *.bmp)"),
        )
        if not path:
            return
        options.set(settings.LAST_LOGO_DIR, str(Path(path).parent))
        logo = picture_as_logo(Path(path))
        if logo is None:
            QMessageBox.warning(self, _("Not a picture"),
                                _("{file} cannot be read as a picture. Choose a PNG or JPEG file.").format(
                                    file=Path(path).name))
            return
        self.set_logo(logo)

    def set_logo(self, logo: bytes | None) -> None:
        self.logo = logo
        self.messages.touch("logo")
        self._show_logo()
        self.validate()

    def clear_logo(self) -> None:
        self.set_logo(None)

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo and pixmap.loadFromData(self.logo):
            size = self.ui.logoPreview.contentsRect().size()
            self.ui.logoPreview.setPixmap(pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                                        Qt.TransformationMode.SmoothTransformation))
        else:
            self.ui.logoPreview.setPixmap(QPixmap())
            self.ui.logoPreview.setText(_("No logo"))
        self.ui.clearLogoButton.setEnabled(self.logo is not None)

    # Saving.

    def save(self) -> None:
        self.messages.show_all = True
        if self.validate():
            return
        profile = self.profile_from_form()
        try:
            association_id = association.save(self.conn, self.actor, profile)
        except ValidationError as exc:
            self.messages.show(exc.problems, {})
            return
        except UserError as exc:
            QMessageBox.warning(self, _("The profile was not saved"), exc.text())
            return
        self.profile = profile
        self.associationSaved.emit(association_id)
        super().accept()

    def _retitle(self) -> None:
        if self.profile.id is None:
            self.setWindowTitle(_("Welcome: enter your association's profile"))
        else:
            self.setWindowTitle(_("Association profile"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "messages"):
            self.ui.retranslateUi(self)
            fill_choices(self.ui.legalFormCombo, association.LEGAL_FORMS)
            self.places.retranslate()
            self._show_logo()
            self._retitle()
            self.validate()
        super().changeEvent(event)
