"""The director's recovery code on paper, to keep locked away with the stamp."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from asm_assoc.core import accounts, association, i18n
from asm_assoc.core.reports import layout


def render_recovery_code_pdf(conn: sqlite3.Connection, out: Path, user: accounts.User, code: str, *,
                             lang: str = "mn") -> Path:
    tr = i18n.translator(lang)
    _ = tr.gettext
    # At the first start there is no profile yet: the page is headed with the program's name instead.
    profile = association.get(conn) or association.Association(name="asm-assoc")
    doc = layout.ReportDocument(out, tr, profile, _("Recovery code of the director's account"))
    story = [
        layout.paragraph(_("Login: {login} ({name})").format(login=user.login, name=user.name)),
        layout.paragraph(code, "title"),
        layout.paragraph(_("With this code a new password can be set for this account when the password is "
                           "forgotten (“Forgot the password?” in the login window). Anyone who has it can take "
                           "over the account: keep this page locked away, for example with the association's "
                           "stamp. When it has been used, the program shows a new code.")),
    ]
    return doc.build(story)
