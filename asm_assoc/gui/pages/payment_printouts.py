"""The printouts and the export of the payments page: each opens in the report preview (rendered by core in
the language chosen there) or is written to the file the person chooses."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox, QSpinBox, QTableView

from asm_assoc.core import writes
from asm_assoc.core.i18n import _, active
from asm_assoc.core.payments import collections, obligations
from asm_assoc.core.progress import Progress
from asm_assoc.gui.pages.payment_lists import SummaryChoice


class PaymentPrintouts:
    """Mixed into the payments page, whose year, chosen member and chosen receipt they print."""

    conn: sqlite3.Connection | None
    actor: writes.Actor
    rates: obligations.Rates | None
    year_spin: QSpinBox
    _today: dt.date | None
    today: dt.date
    report_lang: Callable[[], str]
    _run: Callable[[QDialog], bool]
    member_id: Callable[[], str | None]
    receipt: Callable[[], collections.Collection | None]
    members: QTableView

    def _preview(self, title: str, render: Callable[[str, Path, Progress], Path]) -> None:
        from asm_assoc.gui.dialogs.report_preview import show_report_preview

        show_report_preview(title, render, self, self.report_lang())

    def _year_months(self) -> tuple[str, str]:
        year = self.year_spin.value()
        return f"{year:04d}-01", f"{year:04d}-12"

    def print_arrears(self) -> None:
        from asm_assoc.core.reports.payment_arrears import render_arrears
        from asm_assoc.gui.models import payment_members as columns

        conn, actor, today, on = self.conn, self.actor, self._today, self.today
        # Printed in the order the member list is sorted on screen (largest debt first when sorted by it).
        sort = {columns.NUMBER: "number", columns.OWED: "amount"}.get(
            self.members.horizontalHeader().sortIndicatorSection(), "name")
        self._preview(_("Arrears"), lambda lang, out, progress: render_arrears(
            conn, out, actor=actor, on=on, sort=sort, lang=lang, today=today, progress=progress))

    def ask_summary(self, title: str) -> tuple[str, str, str] | None:
        """The authority and the months of a summary (one month, or the year chosen on the page)."""
        if self.rates is None:
            return None
        dialog = SummaryChoice(title, self.rates, self.year_spin.value(), self.today, self)
        return dialog.choice() if self._run(dialog) else None

    def print_summary(self) -> None:
        from asm_assoc.core.reports.payment_summary import render_summary

        chosen = self.ask_summary(_("Summary for an authority"))
        if chosen is None:
            return
        conn, actor, today, (authority_id, first, last) = self.conn, self.actor, self._today, chosen
        self._preview(_("Summary for an authority"), lambda lang, out, progress: render_summary(
            conn, out, actor=actor, authority_id=authority_id, first=first, last=last, lang=lang, today=today,
            progress=progress))

    def print_contribution(self) -> None:
        from asm_assoc.core.reports.payment_contribution import render_contribution

        conn, actor, today, year = self.conn, self.actor, self._today, self.year_spin.value()
        self._preview(_("Yearly contribution by sex"), lambda lang, out, progress: render_contribution(
            conn, out, actor=actor, year=year, lang=lang, today=today, progress=progress))

    def print_statement(self) -> None:
        from asm_assoc.core.reports.payment_statement import render_statement

        member_id = self.member_id()
        if member_id is None:
            QMessageBox.information(self, _("Member statement"), _("First choose a member in the list."))
            return
        conn, actor, today, (first, last) = self.conn, self.actor, self._today, self._year_months()
        self._preview(_("Member statement"), lambda lang, out, progress: render_statement(
            conn, out, actor=actor, member_id=member_id, first=first, last=last, lang=lang, today=today,
            progress=progress))

    def print_receipt(self) -> None:
        c = self.receipt()
        if c is None:
            QMessageBox.information(self, _("Receipt"), _("First choose a receipt in the list of receipts."))
            return
        self._print_receipt(c.id)

    def _print_receipt(self, collection_id: str) -> None:
        from asm_assoc.core.reports.payment_receipt import render_receipt

        conn, actor, today = self.conn, self.actor, self._today
        self._preview(_("Receipt"), lambda lang, out, progress: render_receipt(
            conn, out, actor=actor, collection_id=collection_id, lang=lang, today=today, progress=progress))

    def export(self, what: str) -> None:
        from asm_assoc.core.payments.exports import export_payments
        from asm_assoc.gui.export_path import export_to

        title = _("Export payments")
        more: dict[str, object] = {}
        if what == "summary":
            chosen = self.ask_summary(title)
            if chosen is None:
                return
            more = dict(zip(("authority_id", "first", "last"), chosen, strict=True))
        stems = {"collections": _("receipts"), "remittances": _("remittances"), "arrears": _("arrears"),
                 "summary": _("summary")}
        export_to(self, title, stems[what], lambda target: export_payments(
            self.conn, target, actor=self.actor, what=what, year=self.year_spin.value(), lang=active().lang,
            today=self._today, **more))
