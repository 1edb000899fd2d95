"""The first schema: device identity and clock, the change log, the association profile, members."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from asm_assoc.core.ids import new_id

if TYPE_CHECKING:
    import sqlite_utils

# Every table that travels between installations carries: id (UUID made where the row was created) and
# hlc (stamp of its last change). Derived columns (name_key, search_text) are recomputed, never synced.
RECORD = {"id": str, "hlc": str}


def migrate(db: sqlite_utils.Database) -> None:
    db["local_device"].create(
        # association_id: the association this installation belongs to (a Federation copy holds many).
        {"key": int, "device_id": str, "last_seq": int, "hlc_ms": int, "hlc_counter": int, "association_id": str},
        pk="key",
        not_null={"device_id", "last_seq", "hlc_ms", "hlc_counter"},
    )
    db["local_device"].insert(
        {"key": 1, "device_id": new_id(), "last_seq": 0, "hlc_ms": int(time.time() * 1000), "hlc_counter": 0}
    )

    # The change log: the audit trail and the source of sync bundles. Append-only; hash-chained per device.
    db["change_log"].create(
        {
            "id": str,
            "device_id": str,
            "seq": int,
            "hlc": str,
            "user_id": str,
            "user_name": str,
            "at": str,
            "table_name": str,
            "row_id": str,
            "op": str,
            "changes": str,
            "prev_hash": str,
            "hash": str,
        },
        pk="id",
        not_null={"device_id", "seq", "hlc", "at", "table_name", "row_id", "op", "changes", "hash"},
    )
    db["change_log"].create_index(["device_id", "seq"], unique=True)
    db["change_log"].create_index(["table_name", "row_id"])

    db["association"].create(
        {
            **RECORD,
            "name": str,
            "legal_form": str,
            "state_reg_no": str,
            "aimag_code": str,
            "soum_code": str,
            "bagh": str,
            "address": str,
            "phones": str,
            "director": str,
            "founded_on": str,
            "logo": bytes,
        },
        pk="id",
        not_null={"name", "legal_form", "hlc"},
    )

    db["member"].create(
        {
            **RECORD,
            "association_id": str,
            "member_no": int,
            "family_name": str,
            "given_name": str,
            "regnum": str,
            "sex": str,
            "birth_date": str,
            "phones": str,
            "aimag_code": str,
            "soum_code": str,
            "bagh": str,
            "head_of_household": int,
            "single_parent": int,
            "dependants": int,
            "disability": int,
            "work_kind": str,
            "role": str,
            "joined_on": str,
            "left_on": str,
            "left_reason": str,
            "status": str,
            "notes": str,
            "archived": int,
            "name_key": str,
            "search_text": str,
        },
        pk="id",
        foreign_keys=[("association_id", "association", "id")],
        not_null={"association_id", "member_no", "given_name", "status", "archived", "hlc"},
        defaults={
            "head_of_household": 0,
            "single_parent": 0,
            "dependants": 0,
            "disability": 0,
            "archived": 0,
            "status": "active",
            "role": "member",
            "work_kind": "digging",
        },
    )
    db["member"].create_index(["association_id", "member_no"], unique=True)
    # The member list reads in name order within one association. The index covers every column the list
    # filters on, so listing and searching 100,000 members scans the index alone, never the table.
    db["member"].create_index(
        ["association_id", "name_key", "member_no", "archived", "status", "sex", "soum_code", "role",
         "search_text", "id"],
        index_name="idx_member_list",
    )
    db.execute(
        "CREATE UNIQUE INDEX idx_member_regnum ON member(association_id, regnum) "
        "WHERE regnum IS NOT NULL AND regnum <> ''"
    )
