"""The association's profile: the header of every report."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import asdict, dataclass, fields

from asm_assoc.core import reference, writes
from asm_assoc.core.errors import UserError, ValidationError
from asm_assoc.core.i18n import N_

LEGAL_FORMS = {
    "ngo": N_("NGO"),
    "partnership": N_("Partnership"),
    "cooperative": N_("Cooperative"),
    "company": N_("Company"),
}
STATE_REG_NO = re.compile(r"^\d{7}$")
MAX_LOGO_BYTES = 1_000_000
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass
class Association:
    name: str
    legal_form: str = "ngo"
    state_reg_no: str = ""
    aimag_code: str = ""
    soum_code: str = ""
    bagh: str = ""
    address: str = ""
    phones: str = ""
    director: str = ""
    founded_on: str = ""  # ISO date
    logo: bytes | None = None  # PNG or JPEG, printed on reports
    id: str | None = None


FIELDS = [f.name for f in fields(Association) if f.name != "id"]


def validate(a: Association, today: dt.date | None = None) -> dict[str, UserError]:
    today = today or dt.date.today()
    problems: dict[str, UserError] = {}
    if not a.name.strip():
        problems["name"] = UserError(N_("Enter the association's name."))
    if a.legal_form not in LEGAL_FORMS:
        problems["legal_form"] = UserError(N_("Choose the legal form."))
    if a.state_reg_no and not STATE_REG_NO.match(a.state_reg_no):
        problems["state_reg_no"] = UserError(
            N_("The state registration number has 7 digits; “{value}” does not."), value=a.state_reg_no
        )
    if a.aimag_code and not reference.unit(a.aimag_code):
        problems["aimag_code"] = UserError(N_("Choose the aimag from the list."))
    if a.soum_code and (not reference.unit(a.soum_code) or reference.unit(a.soum_code).parent != a.aimag_code):
        problems["soum_code"] = UserError(N_("Choose a soum of the chosen aimag."))
    if a.founded_on:
        try:
            if dt.date.fromisoformat(a.founded_on) > today:
                problems["founded_on"] = UserError(N_("The founding date is in the future."))
        except ValueError:
            problems["founded_on"] = UserError(N_("The founding date is not a valid date."))
    if a.logo is not None:
        if len(a.logo) > MAX_LOGO_BYTES:
            problems["logo"] = UserError(N_("The logo is larger than 1 MB; choose a smaller picture."))
        elif not a.logo.startswith(_IMAGE_MAGIC):
            problems["logo"] = UserError(N_("The logo must be a PNG or JPEG picture."))
    return problems


def current_id(conn: sqlite3.Connection) -> str | None:
    return conn.execute("SELECT association_id FROM local_device").fetchone()[0]


def get(conn: sqlite3.Connection, association_id: str | None = None) -> Association | None:
    """The association of this installation (or the one named)."""
    association_id = association_id or current_id(conn)
    if association_id is None:
        return None
    cols = ", ".join(FIELDS)
    row = conn.execute(f"SELECT {cols}, id FROM association WHERE id = ?", (association_id,)).fetchone()
    if row is None:
        return None
    values = dict(zip([*FIELDS, "id"], row, strict=True))
    return Association(**{k: ("" if v is None and k != "logo" else v) for k, v in values.items()})


def save(conn: sqlite3.Connection, actor: writes.Actor, a: Association) -> str:
    """Create or update the profile; the first one saved becomes this installation's association."""
    problems = validate(a)
    if problems:
        raise ValidationError(problems)
    values = {k: v for k, v in asdict(a).items() if k != "id"}
    values["name"] = values["name"].strip()
    with writes.transaction(conn, actor, "association.write") as tx:
        if a.id is None:
            a.id = tx.insert("association", values)
            if current_id(conn) is None:
                conn.execute("UPDATE local_device SET association_id = ?", (a.id,))
        else:
            tx.update("association", a.id, values)
    return a.id
