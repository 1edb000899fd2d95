"""User accounts and office-wide settings (records, written through the write path), and this device's
count of wrong passwords."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db["user"].create(
        {
            "id": str,
            "hlc": str,
            "login": str,  # as typed at set-up; `login_key` (folded) is what must be unique
            "login_key": str,
            "name": str,
            "role": str,
            "active": int,
            # "scrypt$n=…,r=…,p=…$salt$hash" (accounts.hash_password): the parameters travel with the hash.
            "password_hash": str,
            # The director's recovery code, hashed the same way; NULL for other roles.
            "recovery_hash": str,
            # Set when the director gives someone a password: they choose their own at the next login.
            "must_change_password": int,
        },
        pk="id",
        not_null={"hlc", "login", "login_key", "name", "role", "active", "password_hash", "must_change_password"},
        defaults={"active": 1, "must_change_password": 0},
    )
    db["user"].create_index(["login_key"], unique=True)

    # Wrong passwords in a row, per login typed, on this device only: it never travels and is not part of
    # the audit trail (a wrong password changes no data).
    db["login_failure"].create(
        {"login_key": str, "failures": int, "last_at": str},
        pk="login_key",
        not_null={"failures", "last_at"},
    )

    # Settings that are the office's policy rather than one person's taste (the idle lock), kept with the
    # data so that only a director changes them, through the write path.
    db["setting"].create({"id": str, "hlc": str, "key": str, "value": str}, pk="id", not_null={"hlc", "key"})
    db["setting"].create_index(["key"], unique=True)
