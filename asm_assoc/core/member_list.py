"""Queries behind the member list: ordered ids for a filter, then rows fetched for the ids on screen.

Following Anki's browser, filtering and sorting happen in SQL and return only ids, so opening or
filtering 100,000 members costs one indexed query; the GUI fetches the visible rows lazily.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from asm_assoc.core import association
from asm_assoc.core.collation import fold

# Columns of the list, in display order; the key is also the sort choice.
COLUMNS = ("member_no", "name", "regnum", "sex", "phones", "soum_code", "role", "status")
_SORT_SQL = {
    "member_no": "member_no",
    "name": "name_key",
    "regnum": "regnum",
    "sex": "sex",
    "phones": "phones",
    "soum_code": "soum_code",
    "role": "role",
    "status": "status",
}


@dataclass(frozen=True)
class MemberFilter:
    text: str = ""
    status: str | None = None
    sex: str | None = None
    soum_code: str | None = None
    role: str | None = None
    archived: bool = False  # show the archive instead of the register
    sort: str = "name"
    descending: bool = False


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def query_ids(conn: sqlite3.Connection, f: MemberFilter, association_id: str | None = None) -> list[str]:
    """Ids of the members matching the filter, in the requested order (Mongolian order for names)."""
    association_id = association_id or association.current_id(conn)
    where, args = ["association_id IS ?", "archived = ?"], [association_id, int(f.archived)]
    for word in fold(f.text).split():
        where.append("search_text LIKE ? ESCAPE '\\'")
        args.append(_like_pattern(word))
    for column, value in (("status", f.status), ("sex", f.sex), ("soum_code", f.soum_code), ("role", f.role)):
        if value:
            where.append(f"{column} = ?")
            args.append(value)
    order = _SORT_SQL.get(f.sort, "name_key")
    direction = "DESC" if f.descending else "ASC"
    sql = f"SELECT id FROM member WHERE {' AND '.join(where)} ORDER BY {order} {direction}, name_key, member_no"
    return [r[0] for r in conn.execute(sql, args)]


def fetch_rows(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, tuple]:
    """Display columns for the given ids: (member_no, family_name, given_name, regnum, sex, phones,
    soum_code, role, status)."""
    if not ids:
        return {}
    found: dict[str, tuple] = {}
    # SQLite limits the number of parameters; 500 per query is well under every build's limit.
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            "SELECT id, member_no, family_name, given_name, regnum, sex, phones, soum_code, role, status "
            f"FROM member WHERE id IN ({marks})",
            chunk,
        ):
            found[row[0]] = row[1:]
    return found


def soums_in_use(conn: sqlite3.Connection, association_id: str | None = None) -> list[str]:
    """Soum codes that members live in (the choices of the soum filter)."""
    association_id = association_id or association.current_id(conn)
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT soum_code FROM member WHERE association_id IS ? AND soum_code <> ''", (association_id,)
    )]
