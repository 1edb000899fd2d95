"""What the tests of the command line's report jobs share: a logged-in director (`pytestmark =
pytest.mark.usefixtures("logged_in")`), a demo database made once per module through the command line
itself, and running one job. Loaded as a plugin by conftest.py."""

from __future__ import annotations

import pytest
from credentials import DIRECTOR_LOGIN, DIRECTOR_PASSWORD

from asm_assoc import cli


@pytest.fixture
def logged_in(monkeypatch):
    monkeypatch.setenv(cli.LOGIN_ENV, DIRECTOR_LOGIN)
    monkeypatch.setenv(cli.PASSWORD_ENV, DIRECTOR_PASSWORD)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(cli.PASSWORD_ENV, DIRECTOR_PASSWORD)
        assert cli.main(["--db", str(path), "--demo", "setup", "--name", "Сараа", "--login", DIRECTOR_LOGIN]) == 0
    return path


def run(capsys, *argv):
    """Run one job; returns (exit code, output, error output), and fails on a traceback."""
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err
