"""Accounts: password hashing, logging in, the wrong-password delay, users and roles, the recovery code."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import sqlite3

import pytest
from credentials import DIRECTOR_LOGIN, DIRECTOR_PASSWORD

from asm_assoc.core import accounts, writes
from asm_assoc.core.access import PermissionDenied
from asm_assoc.core.errors import UserError, ValidationError

T0 = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)


def _log_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM change_log").fetchone()[0]


@pytest.mark.real_kdf
def test_passwords_are_hashed_with_scrypt_at_the_stated_cost_and_a_fresh_salt():
    assert (accounts.SCRYPT_N, accounts.SCRYPT_R, accounts.SCRYPT_P) == (2**15, 8, 1)
    first, second = accounts.hash_password("Алтан-2026"), accounts.hash_password("Алтан-2026")
    kind, params, salt, key = first.split("$")
    assert kind == "scrypt" and params == "n=32768,r=8,p=1"
    assert len(base64.b64decode(salt)) == 16 and len(base64.b64decode(key)) == 32
    assert first != second  # a new salt each time
    expected = hashlib.scrypt("Алтан-2026".encode(), salt=base64.b64decode(salt), n=2**15, r=8, p=1, dklen=32,
                              maxmem=64 * 1024 * 1024)
    assert base64.b64decode(key) == expected
    assert accounts.verify_password("Алтан-2026", first)
    assert not accounts.verify_password("Алтан-2027", first)


def test_a_password_is_the_same_however_its_letters_were_typed():
    composed, decomposed = "Өвөл-\u04e9", "Өвөл-\u0473"  # not the same letter: must differ
    stored = accounts.hash_password(composed)
    assert not accounts.verify_password(decomposed, stored)
    assert accounts.verify_password("e\u0301tude-1", accounts.hash_password("\u00e9tude-1"))  # NFC


def test_a_malformed_hash_never_verifies():
    for stored in (None, "", "md5$x$y$z", "scrypt$n=x$a$b", "scrypt$n=16,r=8,p=1$!!$!!"):
        assert not accounts.verify_password("anything", stored)


def test_the_password_is_stored_nowhere_in_clear(conn, db_path):
    accounts.create_director(conn, "Б. Сарантуяа", "saraa", "Нууц-үг-2026")
    conn.execute("PRAGMA wal_checkpoint(FULL)")
    raw = db_path.read_bytes()
    assert "Нууц-үг-2026".encode() not in raw
    stored = conn.execute("SELECT password_hash FROM user").fetchone()[0]
    [logged] = conn.execute("SELECT changes FROM change_log WHERE table_name = 'user'").fetchall()
    assert stored not in logged[0] and writes.redacted(stored) in logged[0]


def test_first_account_is_the_director_and_only_once(conn):
    assert not accounts.has_accounts(conn)
    user, code = accounts.create_director(conn, "Б. Сарантуяа", "saraa", DIRECTOR_PASSWORD)
    assert user.role == "director" and accounts.has_accounts(conn)
    assert len(code.replace("-", "")) == 24 and code.replace("-", "").isdigit()
    with pytest.raises(UserError):
        accounts.create_director(conn, "Other", "other", DIRECTOR_PASSWORD)


@pytest.mark.parametrize(("name", "login", "password", "field"), [
    ("", "saraa", "long-enough", "name"),
    ("Сараа", "s", "long-enough", "login"),
    ("Сараа", "with space", "long-enough", "login"),
    ("Сараа", "saraa", "short", "password"),
    ("Сараа", "saraa-2026", "SARAA-2026", "password"),
])
def test_a_bad_account_is_refused_naming_the_field_and_nothing_is_written(conn, name, login, password, field):
    with pytest.raises(ValidationError) as refused:
        accounts.create_director(conn, name, login, password)
    assert field in refused.value.problems
    assert not accounts.has_accounts(conn) and _log_count(conn) == 1  # only the association profile


def test_login_with_the_right_password_gives_the_person_and_their_role(conn, director):
    user = accounts.login(conn, " SARAA ", DIRECTOR_PASSWORD, now=T0)  # the login is not case-sensitive
    assert user.id == director.id and user.actor() == writes.Actor(director.id, director.name, "director")


def test_a_wrong_password_and_an_unknown_login_get_the_same_answer(conn, director):
    with pytest.raises(accounts.LoginRefused) as wrong:
        accounts.login(conn, DIRECTOR_LOGIN, "wrong-password", now=T0)
    with pytest.raises(accounts.LoginRefused) as unknown:
        accounts.login(conn, "nobody", "wrong-password", now=T0)
    assert wrong.value.text() == unknown.value.text() == "The login or the password is wrong."


def test_five_wrong_passwords_in_a_row_delay_the_next_attempt_even_with_the_right_one(conn, director):
    for minute in range(accounts.FREE_ATTEMPTS):
        with pytest.raises(accounts.LoginRefused) as refused:
            accounts.login(conn, DIRECTOR_LOGIN, "wrong", now=T0 + dt.timedelta(seconds=minute))
        assert not isinstance(refused.value, accounts.LoginDelayed)
    last = T0 + dt.timedelta(seconds=accounts.FREE_ATTEMPTS - 1)
    with pytest.raises(accounts.LoginDelayed) as delayed:
        accounts.login(conn, DIRECTOR_LOGIN, DIRECTOR_PASSWORD, now=last + dt.timedelta(seconds=10))
    assert delayed.value.seconds == 20 and "0:20" in delayed.value.text()
    # Once the wait is over the right password works, and the count starts again.
    assert accounts.login(conn, DIRECTOR_LOGIN, DIRECTOR_PASSWORD, now=last + dt.timedelta(seconds=30))
    assert conn.execute("SELECT count(*) FROM login_failure").fetchone()[0] == 0


def test_the_delay_doubles_with_each_further_wrong_password_up_to_fifteen_minutes():
    assert [accounts.delay_after(n) for n in range(4, 12)] == [0, 30, 60, 120, 240, 480, 900, 900]


def test_a_wrong_password_writes_nothing_to_the_audit_trail(conn, director):
    before = _log_count(conn)
    with pytest.raises(accounts.LoginRefused):
        accounts.login(conn, DIRECTOR_LOGIN, "wrong", now=T0)
    assert _log_count(conn) == before


def test_a_switched_off_account_cannot_log_in(conn, director):
    boss = director.actor()
    clerk = accounts.add_user(conn, boss, "Д. Болд", "bold", "secretary", "Эхний-нууц-үг")
    accounts.update_user(conn, boss, clerk.id, active=False)
    with pytest.raises(accounts.LoginRefused) as refused:
        accounts.login(conn, "bold", "Эхний-нууц-үг", now=T0)
    assert "switched off" in refused.value.text()


def test_a_new_user_chooses_their_own_password_at_first_login(conn, director):
    clerk = accounts.add_user(conn, director.actor(), "Д. Болд", "bold", "treasurer", "Эхний-нууц-үг")
    assert clerk.must_change_password
    with pytest.raises(ValidationError):
        accounts.change_own_password(conn, clerk.actor(), "not-the-present-one", "Миний-нууц-үг")
    accounts.change_own_password(conn, clerk.actor(), "Эхний-нууц-үг", "Миний-нууц-үг")
    assert not accounts.login(conn, "bold", "Миний-нууц-үг", now=T0).must_change_password


def test_only_a_director_manages_users_and_a_refusal_writes_nothing(conn, director):
    treasurer = accounts.add_user(conn, director.actor(), "Д. Болд", "bold", "treasurer", "Эхний-нууц-үг")
    before = _log_count(conn)
    with pytest.raises(PermissionDenied) as refused:
        accounts.add_user(conn, treasurer.actor(), "Х", "xxx", "director", "Эхний-нууц-үг")
    assert "Treasurer" in refused.value.text()
    with pytest.raises(PermissionDenied):
        accounts.update_user(conn, treasurer.actor(), treasurer.id, role="director")
    assert _log_count(conn) == before


def test_the_only_director_cannot_be_switched_off_or_demoted(conn, director):
    with pytest.raises(UserError, match="only director"):
        accounts.update_user(conn, director.actor(), director.id, role="viewer")
    with pytest.raises(UserError, match="only director"):
        accounts.update_user(conn, director.actor(), director.id, active=False)
    second = accounts.add_user(conn, director.actor(), "Д. Болд", "bold", "director", "Эхний-нууц-үг")
    accounts.update_user(conn, director.actor(), director.id, role="viewer")  # now there is another
    assert accounts.get_user(conn, second.id).role == "director"


def test_the_recovery_code_resets_a_forgotten_password_once(conn):
    user, code = accounts.create_director(conn, "Б. Сарантуяа", "saraa", DIRECTOR_PASSWORD)
    same, fresh = accounts.reset_with_recovery_code(conn, "saraa", f" {code} ", "Шинэ-нууц-үг", now=T0)
    assert same.id == user.id and fresh != code
    assert accounts.login(conn, "saraa", "Шинэ-нууц-үг", now=T0)
    with pytest.raises(accounts.LoginRefused):  # the used code stops working
        accounts.reset_with_recovery_code(conn, "saraa", code, "Өөр-нууц-үг-1", now=T0)
    accounts.reset_with_recovery_code(conn, "saraa", fresh.replace("-", ""), "Өөр-нууц-үг-1", now=T0)


def test_wrong_recovery_codes_count_toward_the_delay(conn, director):
    for _ in range(accounts.FREE_ATTEMPTS):
        with pytest.raises(accounts.LoginRefused):
            accounts.reset_with_recovery_code(conn, DIRECTOR_LOGIN, "1234", "Шинэ-нууц-үг", now=T0)
    with pytest.raises(accounts.LoginDelayed):
        accounts.reset_with_recovery_code(conn, DIRECTOR_LOGIN, "1234", "Шинэ-нууц-үг", now=T0)


def test_only_a_director_has_a_recovery_code(conn, director):
    clerk = accounts.add_user(conn, director.actor(), "Д. Болд", "bold", "secretary", "Эхний-нууц-үг")
    assert conn.execute("SELECT recovery_hash FROM user WHERE id = ?", (clerk.id,)).fetchone()[0] is None
    with pytest.raises(accounts.LoginRefused):
        accounts.reset_with_recovery_code(conn, "bold", "0000-0000", "Шинэ-нууц-үг", now=T0)


def test_unlocking_checks_the_logged_in_persons_password(conn, director):
    assert accounts.confirm_password(conn, director.actor(), DIRECTOR_PASSWORD, now=T0).id == director.id
    with pytest.raises(accounts.LoginRefused):
        accounts.confirm_password(conn, director.actor(), "wrong", now=T0)
