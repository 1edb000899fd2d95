"""User accounts: set-up of the director, logging in, wrong-password delays, users and their roles,
passwords and the director's recovery code.

Passwords are never stored or logged: only a salted scrypt hash (its parameters written with it, so they can
be raised later without locking anyone out), and the change log keeps only a digest of that hash.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import hmac
import re
import secrets
import sqlite3
import unicodedata
from dataclasses import dataclass

from asm_assoc.core import access, writes
from asm_assoc.core.collation import fold
from asm_assoc.core.errors import Label, UserError, ValidationError
from asm_assoc.core.i18n import N_

# scrypt: N = 2**15, r = 8, p = 1 costs 32 MiB and about 0.1 s per guess on an office laptop (OWASP's
# minimum for scrypt is N = 2**17 with r = 8 at 128 MiB; an old 4 GB Windows laptop must still log in
# promptly, and the wrong-password delay below limits guessing through the program).
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
_SCRYPT_MAXMEM = 64 * 1024 * 1024  # above OpenSSL's 32 MiB default, which N = 2**15, r = 8 just exceeds

MIN_PASSWORD_LENGTH = 8
# After this many wrong passwords in a row, each further attempt waits: 30 s, doubling, at most 15 min.
FREE_ATTEMPTS = 5
FIRST_DELAY_SECONDS = 30
MAX_DELAY_SECONDS = 15 * 60
# The recovery code: 24 digits in groups of four (digits, so the keyboard layout does not matter).
RECOVERY_DIGITS = 24

SECRET_COLUMNS = frozenset({"password_hash", "recovery_hash"})
_LOGIN = re.compile(r"[\w.\-]{3,32}")


@dataclass(frozen=True)
class User:
    id: str
    login: str
    name: str
    role: str
    active: bool
    must_change_password: bool

    def actor(self) -> writes.Actor:
        return writes.Actor(self.id, self.name, self.role)


class LoginRefused(UserError):
    """The login was refused; nothing about the account is told beyond what the person needs."""


class LoginDelayed(LoginRefused):
    def __init__(self, seconds: int) -> None:
        minutes, rest = divmod(max(1, seconds), 60)
        super().__init__(
            N_("Too many wrong passwords. Wait {wait} before trying again."),
            wait=f"{minutes}:{rest:02d}",
        )
        self.seconds = seconds


# Password hashing ------------------------------------------------------------------------------------------

def _secret_bytes(secret: str) -> bytes:
    # NFC: "ө" typed on one keyboard and on another is the same password.
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(secret: str) -> str:
    """A salted scrypt hash with the parameters above, written with it ("scrypt$n=…,r=…,p=…$salt$hash")."""
    n, r, p = SCRYPT_N, SCRYPT_R, SCRYPT_P
    salt = secrets.token_bytes(SALT_BYTES)
    key = hashlib.scrypt(_secret_bytes(secret), salt=salt, n=n, r=r, p=p, dklen=KEY_BYTES, maxmem=_SCRYPT_MAXMEM)
    return f"scrypt$n={n},r={r},p={p}${_b64(salt)}${_b64(key)}"


def verify_password(secret: str, stored: str | None) -> bool:
    """True when `secret` is the password `stored` was made from (compared in constant time)."""
    try:
        kind, params, salt, key = (stored or "").split("$")
        values = dict(part.split("=") for part in params.split(","))
        n, r, p = int(values["n"]), int(values["r"]), int(values["p"])
        expected = base64.b64decode(key, validate=True)
        salt_bytes = base64.b64decode(salt, validate=True)
        if kind != "scrypt" or len(expected) < 16:
            return False
        found = hashlib.scrypt(_secret_bytes(secret), salt=salt_bytes, n=n, r=r, p=p, dklen=len(expected),
                               maxmem=_SCRYPT_MAXMEM)
    except (ValueError, KeyError):  # a damaged or edited hash: no password matches it
        return False
    return hmac.compare_digest(found, expected)


def new_recovery_code() -> str:
    digits = "".join(secrets.choice("0123456789") for _ in range(RECOVERY_DIGITS))
    return "-".join(digits[i:i + 4] for i in range(0, RECOVERY_DIGITS, 4))


def _recovery_text(code: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", code) if ch.isdigit())


# Reading accounts ------------------------------------------------------------------------------------------

_USER_COLUMNS = "id, login, name, role, active, must_change_password"


def _user(row: tuple) -> User:
    return User(row[0], row[1], row[2], row[3], bool(row[4]), bool(row[5]))


def login_key(login: str) -> str:
    return fold(" ".join(login.split()))


def has_accounts(conn: sqlite3.Connection) -> bool:
    """False until the director's account is made (the first start of the program)."""
    return conn.execute("SELECT 1 FROM user LIMIT 1").fetchone() is not None


def users(conn: sqlite3.Connection, actor: writes.Actor) -> list[User]:
    access.require(actor, "users.manage")
    rows = conn.execute(f"SELECT {_USER_COLUMNS} FROM user ORDER BY active DESC, name COLLATE MN, login")
    return [_user(r) for r in rows]


def get_user(conn: sqlite3.Connection, user_id: str) -> User:
    row = conn.execute(f"SELECT {_USER_COLUMNS} FROM user WHERE id = ?", (user_id,)).fetchone()
    if row is None:
        raise KeyError(user_id)
    return _user(row)


def _by_login(conn: sqlite3.Connection, login: str) -> tuple[User, str, str | None] | None:
    row = conn.execute(f"SELECT {_USER_COLUMNS}, password_hash, recovery_hash FROM user WHERE login_key = ?",
                       (login_key(login),)).fetchone()
    return (_user(row[:6]), row[6], row[7]) if row else None


# Checks ----------------------------------------------------------------------------------------------------

def _check_new_account(conn: sqlite3.Connection, name: str, login: str, password: str, role: str) -> None:
    problems: dict[str, UserError] = {}
    if not name.strip():
        problems["name"] = UserError(N_("Enter the person's name."))
    if not _LOGIN.fullmatch(login.strip()):
        problems["login"] = UserError(N_("A login has 3 to 32 letters or digits (also . _ -), without spaces."))
    elif _by_login(conn, login) is not None:
        problems["login"] = UserError(N_("The login {login} is already taken."), login=login.strip())
    if role not in access.ROLES:
        problems["role"] = UserError(N_("Choose a role."))
    _check_password(password, login, problems)
    if problems:
        raise ValidationError(problems)


def _check_password(password: str, login: str, problems: dict[str, UserError]) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        problems["password"] = UserError(N_("A password has at least {count} characters."),
                                         count=MIN_PASSWORD_LENGTH)
    elif login_key(password) == login_key(login):
        problems["password"] = UserError(N_("The password must not be the login."))


def _require_password(password: str, login: str) -> None:
    problems: dict[str, UserError] = {}
    _check_password(password, login, problems)
    if problems:
        raise ValidationError(problems)


# Writing accounts ------------------------------------------------------------------------------------------

def create_director(conn: sqlite3.Connection, name: str, login: str, password: str) -> tuple[User, str]:
    """The first account, at the program's first start; returns it and the recovery code to show once."""
    if has_accounts(conn):
        raise UserError(N_("The director's account exists already. Log in."))
    _check_new_account(conn, name, login, password, access.DIRECTOR)
    code = new_recovery_code()
    fields = {"login": login.strip(), "login_key": login_key(login), "name": name.strip(),
              "role": access.DIRECTOR, "active": 1, "password_hash": hash_password(password),
              "recovery_hash": hash_password(_recovery_text(code)), "must_change_password": 0}
    # Nobody is logged in yet: the set-up is written by the program itself.
    with writes.transaction(conn, writes.SYSTEM, "users.manage") as tx:
        user_id = tx.insert("user", fields, secret=SECRET_COLUMNS)
    return get_user(conn, user_id), code


def add_user(conn: sqlite3.Connection, actor: writes.Actor, name: str, login: str, role: str,
             password: str) -> User:
    """A new account with a first password the director gives; its owner chooses their own at first login."""
    access.require(actor, "users.manage")
    _check_new_account(conn, name, login, password, role)
    fields = {"login": login.strip(), "login_key": login_key(login), "name": name.strip(), "role": role,
              "active": 1, "password_hash": hash_password(password), "recovery_hash": None,
              "must_change_password": 1}
    with writes.transaction(conn, actor, "users.manage") as tx:
        user_id = tx.insert("user", fields, secret=SECRET_COLUMNS)
    return get_user(conn, user_id)


def _active_directors(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM user WHERE role = ? AND active = 1", (access.DIRECTOR,)).fetchone()[0]


def _keep_a_director(conn: sqlite3.Connection, user: User, role: str, active: bool) -> None:
    stays_director = role == access.DIRECTOR and active
    if user.role == access.DIRECTOR and user.active and not stays_director and _active_directors(conn) <= 1:
        raise UserError(N_("{name} is the only director. Make someone else director first."), name=user.name)


def update_user(conn: sqlite3.Connection, actor: writes.Actor, user_id: str, *, name: str | None = None,
                role: str | None = None, active: bool | None = None) -> User:
    """Rename, change the role of, or switch off (`active=False`) an account. Accounts are never deleted:
    their name stays on every change they made."""
    access.require(actor, "users.manage")
    user = get_user(conn, user_id)
    role = user.role if role is None else role
    active = user.active if active is None else active
    if role not in access.ROLES:
        raise ValidationError({"role": UserError(N_("Choose a role."))})
    if name is not None and not name.strip():
        raise ValidationError({"name": UserError(N_("Enter the person's name."))})
    _keep_a_director(conn, user, role, active)
    fields: dict[str, object] = {"role": role, "active": int(active)}
    if name is not None:
        fields["name"] = name.strip()
    if role != access.DIRECTOR:
        fields["recovery_hash"] = None  # only a director's password can be recovered by code
    with writes.transaction(conn, actor, "users.manage") as tx:
        tx.update("user", user_id, fields, secret=SECRET_COLUMNS)
    return get_user(conn, user_id)


def change_own_password(conn: sqlite3.Connection, actor: writes.Actor, old_password: str,
                        new_password: str) -> None:
    """A person changes their password, proving it is them with the present one."""
    found = _by_login_id(conn, actor.user_id)
    if not verify_password(old_password, found[1]):
        raise ValidationError({"old_password": UserError(N_("The present password is wrong."))})
    _require_password(new_password, found[0].login)
    with writes.transaction(conn, actor, "account.own") as tx:
        tx.update("user", found[0].id, {"password_hash": hash_password(new_password), "must_change_password": 0},
                  secret=SECRET_COLUMNS)


def set_password(conn: sqlite3.Connection, actor: writes.Actor, user_id: str, new_password: str) -> None:
    """The director gives someone a new password (they forgot theirs); they choose their own at next login."""
    access.require(actor, "users.manage")
    user = get_user(conn, user_id)
    _require_password(new_password, user.login)
    with writes.transaction(conn, actor, "users.manage") as tx:
        tx.update("user", user_id, {"password_hash": hash_password(new_password), "must_change_password": 1},
                  secret=SECRET_COLUMNS)


def new_director_recovery_code(conn: sqlite3.Connection, actor: writes.Actor) -> str:
    """A new recovery code for the logged-in director (the old one stops working); shown once."""
    access.require(actor, "users.manage")
    user = get_user(conn, str(actor.user_id))
    if user.role != access.DIRECTOR:
        raise UserError(N_("Only a director has a recovery code."))
    code = new_recovery_code()
    with writes.transaction(conn, actor, "users.manage") as tx:
        tx.update("user", user.id, {"recovery_hash": hash_password(_recovery_text(code))}, secret=SECRET_COLUMNS)
    return code


def _by_login_id(conn: sqlite3.Connection, user_id: str | None) -> tuple[User, str]:
    row = conn.execute(f"SELECT {_USER_COLUMNS}, password_hash FROM user WHERE id = ?", (user_id,)).fetchone()
    if row is None:
        raise UserError(N_("This account no longer exists. Log in again."))
    return _user(row[:6]), row[6]


# Logging in ------------------------------------------------------------------------------------------------

def delay_after(failures: int) -> int:
    """Seconds to wait before the next attempt after `failures` wrong passwords in a row."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_ATTEMPTS))


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or dt.datetime.now(dt.UTC)


def _wait_left(conn: sqlite3.Connection, key: str, now: dt.datetime) -> int:
    row = conn.execute("SELECT failures, last_at FROM login_failure WHERE login_key = ?", (key,)).fetchone()
    if row is None:
        return 0
    until = dt.datetime.fromisoformat(row[1]) + dt.timedelta(seconds=delay_after(row[0]))
    return max(0, int((until - now).total_seconds() + 0.999))


def _record(conn: sqlite3.Connection, key: str, ok: bool, now: dt.datetime) -> None:
    # Device-local state, not data: written directly, in its own transaction (see DESIGN-NOTES.md).
    with conn:
        if ok:
            conn.execute("DELETE FROM login_failure WHERE login_key = ?", (key,))
        else:
            conn.execute(
                "INSERT INTO login_failure (login_key, failures, last_at) VALUES (?, 1, ?) "
                "ON CONFLICT (login_key) DO UPDATE SET failures = failures + 1, last_at = excluded.last_at",
                (key, now.isoformat()),
            )


def _attempt(conn: sqlite3.Connection, login: str, check: str, now: dt.datetime | None,
             kind: str = "password") -> User:
    """Check a password (or recovery code) for `login`, counting wrong ones; the delay applies first."""
    now = _now(now)
    key = login_key(login)
    wait = _wait_left(conn, key, now)
    if wait:
        raise LoginDelayed(wait)
    found = _by_login(conn, login)
    stored = None if found is None else (found[1] if kind == "password" else found[2])
    # An unknown login costs the same time as a known one, so timing does not tell which logins exist.
    ok = verify_password(check, stored or _dummy_hash()) and stored is not None
    _record(conn, key, ok, now)
    if not ok:
        if kind == "recovery":
            raise LoginRefused(N_("The login or the recovery code is wrong."))
        raise LoginRefused(N_("The login or the password is wrong."))
    assert found is not None
    if not found[0].active:
        raise LoginRefused(N_("The account {login} is switched off. Ask the director."), login=found[0].login)
    return found[0]


@functools.cache
def _dummy_hash() -> str:
    return hash_password(secrets.token_hex(16))


def login(conn: sqlite3.Connection, login_name: str, password: str, *, now: dt.datetime | None = None) -> User:
    """The account whose login and password these are, or LoginRefused / LoginDelayed. A person who must
    change their password (`must_change_password`) is asked to before going on."""
    return _attempt(conn, login_name, password, now)


def confirm_password(conn: sqlite3.Connection, actor: writes.Actor, password: str, *,
                     now: dt.datetime | None = None) -> User:
    """Unlock the window: the logged-in person's password, with the same count of wrong ones."""
    user = get_user(conn, str(actor.user_id))
    return _attempt(conn, user.login, password, now)


def reset_with_recovery_code(conn: sqlite3.Connection, login_name: str, code: str, new_password: str, *,
                             now: dt.datetime | None = None) -> tuple[User, str]:
    """A director who forgot the password sets a new one with the recovery code; returns the account and
    a new recovery code (the used one stops working) to show once."""
    _require_password(new_password, login_name)
    user = _attempt(conn, login_name, _recovery_text(code), now, kind="recovery")
    if user.role != access.DIRECTOR:
        raise LoginRefused(N_("The login or the recovery code is wrong."))
    fresh = new_recovery_code()
    with writes.transaction(conn, user.actor(), "account.own") as tx:
        tx.update("user", user.id, {"password_hash": hash_password(new_password),
                                    "recovery_hash": hash_password(_recovery_text(fresh)),
                                    "must_change_password": 0}, secret=SECRET_COLUMNS)
    return get_user(conn, user.id), fresh


def role_label(role: str) -> Label:
    return Label(access.ROLES.get(role, role))
