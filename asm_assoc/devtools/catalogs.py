"""Translation catalogs: extract to translations/asm_assoc.pot, update translations/mn.po, compile
to asm_assoc/locale/mn/LC_MESSAGES/asm_assoc.mo (shipped in the package)."""

from __future__ import annotations

from pathlib import Path

from babel.messages.frontend import CommandLineInterface

ROOT = Path(__file__).resolve().parents[2]
POT = ROOT / "translations" / "asm_assoc.pot"
KEYWORDS = ["_", "N_", "ngettext:1,2", "translate:2"]
LANGS = ["mn"]


def po_path(lang: str) -> Path:
    return ROOT / "translations" / f"{lang}.po"


def mo_path(lang: str) -> Path:
    return ROOT / "asm_assoc" / "locale" / lang / "LC_MESSAGES" / "asm_assoc.mo"


def _babel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *args])


def extract(output: Path = POT) -> None:
    keywords = [a for k in KEYWORDS for a in ("-k", k)]
    _babel(
        "extract", "-F", str(ROOT / "babel.cfg"), "--no-default-keywords", *keywords,
        "--sort-by-file", "--project", "asm-assoc", "-o", str(output), str(ROOT / "asm_assoc"),
    )


def update() -> None:
    for lang in LANGS:
        po = po_path(lang)
        if po.exists():
            _babel("update", "-i", str(POT), "-o", str(po), "-l", lang, "--previous", "--ignore-obsolete")
        else:
            _babel("init", "-i", str(POT), "-o", str(po), "-l", lang)


def compile_all() -> None:
    for lang in LANGS:
        mo = mo_path(lang)
        mo.parent.mkdir(parents=True, exist_ok=True)
        _babel("compile", "-i", str(po_path(lang)), "-o", str(mo), "-l", lang, "--use-fuzzy")
