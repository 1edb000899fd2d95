from __future__ import annotations

import logging
import sys
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from asm_assoc.core import association, members, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_
from asm_assoc.gui.worker import Job, Worker


@pytest.fixture
def worker(qapp):
    w = Worker()
    yield w
    w.shutdown()
    w.deleteLater()


def count(conn, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_job_runs_off_the_gui_thread_and_delivers_its_result_on_it(qtbot, worker):
    threads: dict[str, int] = {}

    def job(progress):
        threads["job"] = threading.get_ident()
        return 42

    results = []
    def delivered(result):
        results.append(result)
        threads["callback"] = threading.get_ident()

    Job(None, job).success(delivered).run(worker)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [42]
    assert threads["job"] != worker.gui_thread
    assert threads["callback"] == worker.gui_thread
    assert not worker.busy


def test_jobs_run_one_at_a_time_in_the_order_asked(qtbot, worker):
    running, most, order = [0], [0], []
    lock = threading.Lock()

    def make(n):
        def job(progress):
            with lock:
                running[0] += 1
                most[0] = max(most[0], running[0])
            time.sleep(0.02)
            order.append(n)
            with lock:
                running[0] -= 1
        return job

    with qtbot.waitSignal(worker.idle, timeout=5000):
        for n in range(5):
            Job(None, make(n)).run(worker)
    assert order == [0, 1, 2, 3, 4]
    assert most[0] == 1


def test_quick_job_shows_no_progress_dialog(qtbot, worker):
    with qtbot.waitSignal(worker.idle, timeout=5000):
        Job(None, lambda progress: None).run(worker)
    qtbot.wait(700)
    assert worker.progress_dialog is None


def test_long_job_shows_progress_and_cancel_stops_it_writing_nothing(qtbot, worker, conn, actor):
    members_before, log_before = count(conn, "member"), count(conn, "change_log")
    association_id = association.current_id(conn)
    reached = []

    def import_slowly(progress):
        with writes.transaction(conn, actor, "members.write") as tx:
            for i in range(200):
                m = members.Member(member_no=i + 1, family_name="Бат", given_name=f"Дорж {i}", sex="M",
                                   association_id=association_id)
                tx.insert("member", members.row_values(m), derived=members.derived_columns(m))
                reached.append(i)
                progress(i + 1, 200)
                time.sleep(0.02)

    outcome = []
    job = Job(None, import_slowly, label="Importing").cancelled(lambda: outcome.append("cancelled"))
    job.success(lambda r: outcome.append("done"))
    job.run(worker)
    qtbot.waitUntil(lambda: worker.progress_dialog is not None and worker.progress_dialog.isVisible(),
                    timeout=3000)
    dialog = worker.progress_dialog
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=3000)
    assert dialog.maximum() == 200
    assert dialog.labelText() == "Importing"
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"]
    assert 0 < len(reached) < 200
    assert (count(conn, "member"), count(conn, "change_log")) == (members_before, log_before)
    assert worker.progress_dialog is None


def test_user_error_is_shown_in_the_persons_words(qtbot, worker, messages):
    def fails(progress):
        raise UserError(N_("The file {name} is empty."), name="a.csv")

    with qtbot.waitSignal(worker.idle, timeout=5000):
        Job(None, fails).run(worker)
    assert messages == [("warning", "The file a.csv is empty.")]


def test_unexpected_error_is_logged_and_names_the_log_file(qtbot, worker, messages, tmp_path):
    handler = logging.FileHandler(tmp_path / "asm-assoc.log", encoding="utf-8")
    logging.getLogger().addHandler(handler)
    try:
        with qtbot.waitSignal(worker.idle, timeout=5000):
            Job(None, lambda progress: 1 / 0).run(worker)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    [(kind, text)] = messages
    assert kind == "critical"
    assert str(tmp_path / "asm-assoc.log") in text
    assert "ZeroDivisionError" in (tmp_path / "asm-assoc.log").read_text(encoding="utf-8")


def test_failure_callback_replaces_the_standard_message(qtbot, worker, messages):
    seen = []
    with qtbot.waitSignal(worker.idle, timeout=5000):
        job = Job(None, lambda progress: 1 / 0).failure(seen.append)
        job.finished(lambda: seen.append("finished")).run(worker)
    assert isinstance(seen[0], ZeroDivisionError) and seen[1] == "finished"
    assert messages == []


def test_run_and_wait_returns_the_outcome_while_events_keep_flowing(qtbot, worker):
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    outcome = Job(None, lambda progress: time.sleep(0.2) or "ok").run_and_wait(worker)
    timer.stop()
    assert outcome.ok and outcome.result == "ok"
    assert len(ticks) >= 5  # the GUI thread kept handling events while waiting


def test_pyside_reference_leaks_cannot_abort_the_program(qtbot, worker):
    """PySide6 6.12 on Python 3.11 leaks a reference to None per void call and to True per emit;
    `asm_assoc.gui` guards against the abort that would follow after a few thousand calls."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    for _ in range(20_000):
        label.setText("x")
        worker.idle.emit()
    assert sys.getrefcount(None) > 2**30 and sys.getrefcount(True) > 2**30
