"""Committed generated files match their sources: forms from ui/*.ui, the compiled catalog from mn.po,
and the catalog holds a Mongolian translation of every string a person sees."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from asm_assoc.devtools import catalogs, forms

ROOT = Path(__file__).resolve().parents[1]
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")


@pytest.mark.parametrize("ui", UI_FILES, ids=[p.stem for p in UI_FILES])
def test_generated_form_matches_its_ui_file(ui):
    committed = forms.form_module_path(ui)
    assert committed.exists(), f"run: python dev.py gen  (missing {committed.name})"
    assert forms.comparable(committed.read_text(encoding="utf-8")) == forms.comparable(forms.compile_form(ui)), (
        f"{committed.name} is out of date: run python dev.py gen"
    )


def test_every_generated_form_has_a_ui_source():
    generated = {p.name for p in forms.FORMS.glob("ui_*.py")}
    assert generated == {forms.form_module_path(ui).name for ui in UI_FILES}


@pytest.fixture(scope="module")
def source_messages(tmp_path_factory) -> set[str]:
    pot = tmp_path_factory.mktemp("pot") / "now.pot"
    catalogs.extract(pot)
    with open(pot, "rb") as fh:
        return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(fh) if m.id}


@pytest.fixture(scope="module")
def mongolian():
    with open(catalogs.po_path("mn"), "rb") as fh:
        return read_po(fh, locale="mn")


def test_every_string_in_the_source_has_a_mongolian_translation(source_messages, mongolian):
    missing = sorted(
        m for m in source_messages
        if m not in mongolian or not mongolian[m].string or mongolian[m].fuzzy
    )
    assert missing == [], (
        f"{len(missing)} strings lack Mongolian (run python dev.py gen, then translate): {missing[:10]}"
    )


def test_translations_keep_every_placeholder(mongolian):
    wrong = [
        m.id for m in mongolian
        if m.id and isinstance(m.id, str) and m.string
        and set(PLACEHOLDER.findall(m.id)) != set(PLACEHOLDER.findall(m.string))
    ]
    assert wrong == []


def test_compiled_catalog_matches_mn_po(mongolian):
    with open(catalogs.mo_path("mn"), "rb") as fh:
        compiled = gettext.GNUTranslations(fh)
    expected = {m.id: m.string for m in mongolian if m.id and isinstance(m.id, str) and m.string and not m.fuzzy}
    got = {k: v for k, v in compiled._catalog.items() if k and isinstance(k, str)}
    assert got == expected, "run python dev.py gen to recompile the catalog"
