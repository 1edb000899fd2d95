"""The member roster: its figures (pure data) and its PDF (fonts, order, pages, languages, logo)."""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
import struct
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdf_text import pdf_text

from asm_assoc.core import association, db, i18n, members, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.progress import Cancelled
from asm_assoc.core.reports import layout, roster

TODAY = dt.date(2026, 11, 22)


def render(conn, out, **kw):
    """The roster as the director prints it."""
    return roster.render_roster_pdf(conn, out, actor=writes.SYSTEM, today=TODAY, **kw)
STANDARD_14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="pdftotext (poppler-utils) is not installed: `apt-get install poppler-utils` to run this test",
)


def add(conn, actor, family: str, given_name: str, sex: str = "F", **fields) -> members.Member:
    member = members.Member(None, family, given_name, sex=sex, **fields)
    members.save(conn, actor, member, today=TODAY)
    return member


def tiny_png(width: int = 4, height: int = 2) -> bytes:
    """A valid RGB PNG made by hand (no Pillow needed to make it)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\xc0\x30\x30" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def set_logo(conn, actor, logo: bytes) -> None:
    profile = association.get(conn)
    profile.logo = logo
    association.save(conn, actor, profile)


@pytest.fixture
def five(conn, actor) -> list[members.Member]:
    """Five members, three of them women, in two soums of Bayankhongor."""
    return [
        add(conn, actor, "Пүрэв", "Сарнай", "F", aimag_code="64", soum_code="64-03", role="chair",
            head_of_household=True),
        add(conn, actor, "Олон", "Бат", "M", aimag_code="64", soum_code="64-03", single_parent=True),
        add(conn, actor, "Өлзий", "Номин", "F", aimag_code="64", soum_code="64-01", role="treasurer",
            single_parent=True, head_of_household=True),
        add(conn, actor, "Үүрийн", "Гэрэл", "F", aimag_code="64", soum_code="64-03"),
        add(conn, actor, "Улаан", "Төмөр", "M", head_of_household=True),
    ]


# --- figures ---------------------------------------------------------------------------------------------


def test_totals_count_women_men_and_the_womens_share(conn, five):
    data = roster.roster_data(conn, today=TODAY)
    assert (data.total, data.women, data.men) == (5, 3, 2)
    assert data.women_share == pytest.approx(0.6)
    assert i18n.translator("en").percent(data.women_share) == "60.0%"


def test_every_total_keeps_the_members_it_counts(conn, five):
    data = roster.roster_data(conn, today=TODAY)
    names = {k: {m.family_name for m in v} for k, v in data.by_sex.items()}
    assert names == {"F": {"Өлзий", "Пүрэв", "Үүрийн"}, "M": {"Олон", "Улаан"}}
    assert {k: len(v) for k, v in data.by_role.items()} == {"member": 3, "chair": 1, "treasurer": 1}
    assert list(data.by_role) == ["member", "chair", "treasurer"]  # the order of members.ROLES
    assert {k: len(v) for k, v in data.by_soum.items()} == {"64-03": 3, "64-01": 1, "": 1}
    # Kept in roster order, so each list reads like the roster itself.
    assert [m.family_name for m in data.single_parents] == ["Олон", "Өлзий"]
    assert [m.family_name for m in data.heads_of_household] == ["Өлзий", "Пүрэв", "Улаан"]
    assert data.as_of == TODAY


def test_members_are_listed_in_mongolian_alphabetical_order(conn, five):
    data = roster.roster_data(conn, today=TODAY)
    assert [m.family_name for m in data.members] == ["Олон", "Өлзий", "Пүрэв", "Улаан", "Үүрийн"]


def test_archived_and_departed_members_are_not_listed_but_suspended_ones_are(conn, actor, five):
    members.set_archived(conn, actor, five[0].id)
    add(conn, actor, "Дорж", "Бат", "M", status="left", joined_on="2020-01-01", left_on="2025-01-01")
    add(conn, actor, "Гомбо", "Бат", "M", status="deceased", left_on="2025-01-01")
    add(conn, actor, "Жамц", "Бат", "M", status="suspended")
    data = roster.roster_data(conn, today=TODAY)
    assert [m.family_name for m in data.members] == ["Жамц", "Олон", "Өлзий", "Улаан", "Үүрийн"]
    assert data.women == 2


def test_an_empty_roster_has_no_share(conn):
    data = roster.roster_data(conn, today=TODAY)
    assert (data.total, data.women_share) == (0, None)


def test_roster_needs_the_association_profile(tmp_path):
    conn = db.open_database(tmp_path / "empty.db")
    try:
        with pytest.raises(UserError):
            roster.roster_data(conn)
    finally:
        conn.close()


# --- the PDF ---------------------------------------------------------------------------------------------


def test_pdf_embeds_the_bundled_font_and_no_standard_font(conn, five, tmp_path):
    out = roster.render_roster_pdf(conn, tmp_path / "roster.pdf", actor=writes.SYSTEM, today=TODAY)
    raw = out.read_bytes()
    fonts = set(re.findall(rb"/BaseFont\s*/([A-Za-z0-9+\-]+)", raw))
    assert fonts and all(f.split(b"+")[-1].startswith(b"DejaVuSans") for f in fonts), fonts
    assert not [f for f in fonts if f.split(b"+")[-1].startswith(tuple(s.encode() for s in STANDARD_14))]
    assert b"/FontFile2" in raw


@needs_poppler
def test_pdf_shows_mongolian_letters_in_mongolian_order(conn, five, tmp_path):
    text = pdf_text(roster.render_roster_pdf(conn, tmp_path / "roster.pdf", actor=writes.SYSTEM, today=TODAY))
    positions = [text.index(name) for name in ("Олон", "Өлзий", "Пүрэв", "Улаан", "Үүрийн")]
    assert positions == sorted(positions)
    for letters in ("Ө", "ө", "Ү", "ү"):
        assert letters in text


@needs_poppler
def test_tugrik_sign_renders_with_the_bundled_font(conn, tmp_path):
    tr = i18n.translator("mn")
    doc = layout.ReportDocument(tmp_path / "money.pdf", tr, association.get(conn), "Төлбөр")
    text = pdf_text(doc.build([layout.paragraph(f"Нийт: {tr.money(1234567)} — Өө Үү")]))
    assert "₮" in text and "Өө Үү" in text


@needs_poppler
def test_pdf_shows_totals_director_and_stamp(conn, five, tmp_path):
    text = pdf_text(render(conn, tmp_path / "roster.pdf", lang="en"))
    assert "60.0%" in text and "40.0%" in text
    assert "Б. Сарантуяа" in text and "Executive director:" in text and "Stamp" in text
    assert "Bayankhongor aimag, Bayangovi soum" in text and "9012345" in text
    assert re.search(r"Chair\s+1\b", text) and re.search(r"Bayangovi\s+3\b", text)


@needs_poppler
def test_every_page_says_page_n_of_m(conn, actor, tmp_path):
    for i in range(90):
        add(conn, actor, "Бат", f"Нэр {i:03d}", "F" if i % 2 else "M")
    text = pdf_text(render(conn, tmp_path / "roster.pdf", lang="en"))
    pages = [p for p in text.split("\f") if p.strip()]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    # The heading row repeats on every page of the table.
    assert all("Family name" in page for page in pages[:-1])


@needs_poppler
def test_english_and_mongolian_rosters_both_render(conn, five, tmp_path):
    en = pdf_text(roster.render_roster_pdf(conn, tmp_path / "en.pdf", actor=writes.SYSTEM, lang="en", today=TODAY))
    mn = pdf_text(roster.render_roster_pdf(conn, tmp_path / "mn.pdf", actor=writes.SYSTEM, lang="mn", today=TODAY))
    assert "Member roster" in en and "as of Nov 22, 2026" in en and "Female" in en
    assert "2026.11.22" in mn and "Баянхонгор" in mn and "Баянговь" in mn
    assert "Пүрэв" in en and "Пүрэв" in mn


@needs_poppler
def test_archived_members_are_not_in_the_pdf(conn, actor, five, tmp_path):
    members.set_archived(conn, actor, five[1].id)
    text = pdf_text(roster.render_roster_pdf(conn, tmp_path / "roster.pdf", actor=writes.SYSTEM, today=TODAY))
    assert "Олон" not in text and "Өлзий" in text


def test_logo_is_drawn_when_set(conn, actor, five, tmp_path):
    without = roster.render_roster_pdf(conn, tmp_path / "plain.pdf", actor=writes.SYSTEM, today=TODAY).read_bytes()
    set_logo(conn, actor, tiny_png())
    with_logo = roster.render_roster_pdf(conn, tmp_path / "logo.pdf", actor=writes.SYSTEM, today=TODAY).read_bytes()
    assert b"/Subtype /Image" not in without
    assert b"/Subtype /Image" in with_logo


def test_unreadable_logo_is_left_out_and_logged(conn, actor, five, tmp_path, caplog):
    set_logo(conn, actor, b"\x89PNG\r\n\x1a\n" + b"not really a picture")
    with caplog.at_level(logging.WARNING, logger="asm_assoc.core.reports.layout"):
        out = roster.render_roster_pdf(conn, tmp_path / "roster.pdf", actor=writes.SYSTEM, today=TODAY)
    assert b"/Subtype /Image" not in out.read_bytes()
    assert "logo" in caplog.text


def test_progress_is_reported_up_to_every_member(conn, actor, tmp_path):
    for i in range(70):
        add(conn, actor, "Бат", f"Нэр {i:03d}")
    calls: list[tuple[int, int]] = []
    roster.render_roster_pdf(conn, tmp_path / "roster.pdf", actor=writes.SYSTEM, today=TODAY,
                             progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 70) and calls[-1] == (70, 70) and len(calls) >= 3
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_cancelled_render_leaves_no_file(conn, five, tmp_path):
    def cancel(done: int, total: int) -> None:
        if done:
            raise Cancelled

    folder = tmp_path / "reports"
    folder.mkdir()
    with pytest.raises(Cancelled):
        roster.render_roster_pdf(conn, folder / "roster.pdf", actor=writes.SYSTEM, today=TODAY, progress=cancel)
    assert list(folder.iterdir()) == []


def test_empty_roster_still_renders(conn, tmp_path):
    assert roster.render_roster_pdf(conn, tmp_path / "roster.pdf", actor=writes.SYSTEM, today=TODAY).stat().st_size > 0


@needs_poppler
def test_signature_shares_its_page_with_the_totals(conn, actor, tmp_path):
    for i in range(90):
        add(conn, actor, "Бат", f"Нэр {i:03d}")
    text = pdf_text(render(conn, tmp_path / "roster.pdf", lang="en"))
    [signed] = [page for page in text.split("\f") if "Executive director:" in page]
    assert "Totals" in signed and "By role" in signed


@needs_poppler
def test_heading_before_a_long_table_stays_on_the_first_page_with_its_first_rows(conn, tmp_path):
    tr = i18n.translator("en")
    doc = layout.ReportDocument(tmp_path / "long.pdf", tr, association.get(conn), "Entries")
    table = layout.data_table([layout.Column("Date"), layout.Column("Amount", align="right")],
                              [[f"row {i}", tr.money(i)] for i in range(120)], doc.width)
    first = pdf_text(doc.build([layout.heading("All entries"), table])).split("\f")[0]
    assert "All entries" in first and "row 0" in first and "Page 1 of 3" in first


# --- cell wrapping ---------------------------------------------------------------------------------------


def test_long_hyphenated_name_wraps_at_the_hyphen():
    layout.register_fonts()
    lines = [t for t, _ in layout.wrap_text("Баярцэцэг-Оюунчимэг", layout.FONT, 9, 70)]
    assert lines == ["Баярцэцэг-", "Оюунчимэг"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="АБӨҮабвөүMWi -", max_size=60), st.floats(min_value=8, max_value=120))
def test_wrapped_lines_fit_and_lose_no_letter(text, width):
    layout.register_fonts()
    lines = layout.wrap_text(text, layout.FONT, 9, width)
    assert "".join(t for t, _ in lines).replace(" ", "") == text.replace(" ", "")
    for line, line_width in lines:
        assert line_width <= width or len(line) == 1
