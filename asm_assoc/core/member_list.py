"""Queries behind the member list: ordered ids for a filter, then rows fetched for the ids on screen.

Following Anki's browser, a filter returns only ids, in order, and the GUI fetches the visible rows lazily.
`query_ids` answers in SQL. `MemberIndex` answers the same questions from a compact in-memory copy of the
searchable columns, refreshed whenever the database changed: with 100,000 members a keystroke in the
search box then costs one pass over 100,000 short strings (~15 ms) instead of an SQL scan (~40-60 ms).
"""

from __future__ import annotations

import codecs
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain, compress

from asm_assoc.core import access, association, writes
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


def query_ids(conn: sqlite3.Connection, f: MemberFilter, association_id: str | None = None) -> tuple[str, ...]:
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
    sql = (f"SELECT id FROM member WHERE {' AND '.join(where)} "
           f"ORDER BY {order} {direction}, name_key, member_no")
    return tuple(r[0] for r in conn.execute(sql, args))


def fetch_rows(conn: sqlite3.Connection, ids: Sequence[str], actor: writes.Actor) -> dict[str, tuple]:
    """Display columns for the given ids: (member_no, family_name, given_name, regnum, sex, phones,
    soum_code, role, status); the РД masked for a role that may not see it."""
    access.require(actor, "members.read")
    if not ids:
        return {}
    masked = not access.can(actor.role, "members.regnum")
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
            found[row[0]] = (*row[1:4], access.mask_regnum(row[4]), *row[5:]) if masked else row[1:]
    return found


def soums_in_use(conn: sqlite3.Connection, association_id: str | None = None) -> list[str]:
    """Soum codes that members live in (the choices of the soum filter)."""
    association_id = association_id or association.current_id(conn)
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT soum_code FROM member WHERE association_id IS ? AND soum_code <> ''",
        (association_id,),
    )]


def count(conn: sqlite3.Connection, *, archived: bool = False, association_id: str | None = None) -> int:
    """How many members the register (or the archive) holds, whatever the filter: the list's total."""
    association_id = association_id or association.current_id(conn)
    return conn.execute(
        "SELECT count(*) FROM member WHERE association_id IS ? AND archived = ?",
        (association_id, int(archived)),
    ).fetchone()[0]


# The columns MemberIndex keeps per member, in Mongolian name order.
# (All of them are in the covering index idx_member_list, so reading them never touches the table.)
# A registration number inside a member's search text (folded: "уб90051512").
_REGNUM_WORD = re.compile(r"(?<!\S)\w{2}\d{8}(?!\S)")
_INDEX_COLUMNS = ("id", "search_text", "archived", "status", "sex", "soum_code", "role", "member_no", "name_key")
_CODE_COLUMNS = frozenset({"archived", "status", "sex", "soum_code", "role"})


# Search texts are held one byte per letter: the letters of folded (lower-case) Mongolian Cyrillic, and the
# Kazakh letters of Bayan-Ölgii's members, are given the code points 128-255, so each text is a compact
# Latin-1 string and a keystroke's pass over 100,000 of them reads half the memory (about a third quicker).
# A text with any other letter outside ASCII leaves all texts as they are.
_NARROW_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяөү" + "әғқңұһі"
_NARROW_MAP = codecs.charmap_build(
    "".join(map(chr, range(128))) + _NARROW_LETTERS + "\ufffe" * (128 - len(_NARROW_LETTERS)))


def _narrowed(texts: Sequence[str]) -> tuple[str, ...] | None:
    """The texts one byte per letter, or None when one of them has a letter the narrow form lacks."""
    try:
        narrow = codecs.charmap_encode("\n".join(texts), "strict", _NARROW_MAP)[0].decode("latin-1")
    except UnicodeEncodeError:
        return None
    parts = tuple(narrow.split("\n"))  # new strings side by side in memory: that makes the pass quicker too
    return parts if len(parts) == len(texts) else None  # (a text holding a line break stays wide)


def _narrow_word(word: str) -> str | None:
    """A search word in the narrow form; None when it has a letter no narrowed text contains."""
    try:
        return codecs.charmap_encode(word, "strict", _NARROW_MAP)[0].decode("latin-1")
    except UnicodeEncodeError:
        return None


@dataclass
class _Answer:
    """A recent answer: typing one more letter searches only what it matched; erasing a letter finds the
    answer given before it was typed."""

    key: tuple
    words: list[str]
    ids: tuple[str, ...]
    texts: tuple[str, ...]

    def narrows_to(self, key: tuple, words: list[str]) -> bool:
        """Every row matching `words` matched this answer (each old word lies inside a new one)."""
        return self.key == key and all(any(old in new for new in words) for old in self.words)


def _kept(ids: tuple[str, ...], texts: tuple[str, ...], mask: list[bool]) -> tuple[tuple, tuple]:
    """The ids and texts where `mask` is true. A mask and compress() rather than (id, text) pairs: with
    100,000 members the pairs cost more than the search itself; when every row matches (one common letter)
    nothing is copied. Tuples, not lists: once the garbage collector has seen that a tuple holds only
    strings it never looks at it again, while it would walk a list of 100,000 at each collection (pauses
    of 10-40 ms in the middle of typing)."""
    if all(mask):
        return ids, texts
    return tuple(compress(ids, mask)), tuple(compress(texts, mask))


@dataclass
class _View:
    """The rows of one order: `positions` in the register's name order (None: all of them, in that order);
    each column is picked out when first asked for."""

    column: Callable[[str], tuple]
    positions: list[int] | None
    _columns: dict[str, tuple] = field(default_factory=dict)

    def __getitem__(self, name: str) -> tuple:
        if name not in self._columns:
            column = self.column(name)
            self._columns[name] = column if self.positions is None else tuple(map(column.__getitem__,
                                                                                  self.positions))
        return self._columns[name]


# Recent answers kept per index: enough for a word typed and erased again; each holds at most two tuples
# of ids and texts (a few MB at 100,000 members).
RECENT_ANSWERS = 12


@dataclass
class MemberIndex:
    """An in-memory copy of what the member list filters and sorts on, for one association.

    It reloads itself when the database changed since it was read (a write on this connection, or a commit
    by another one), so it never answers from stale data. `query_ids` gives the same result as the SQL
    function of the same name.
    """

    conn: sqlite3.Connection
    actor: writes.Actor
    association_id: str | None = None
    _stamp: tuple[int, int] | None = None
    _association: str | None = None  # whose register was read (set by `_load`)
    _columns: dict[str, tuple] = field(default_factory=dict)  # read when first needed (`_column`)
    _views: dict[tuple[str, bool, bool], _View] = field(default_factory=dict)
    _recent: list[_Answer] = field(default_factory=list)  # newest last
    _narrow: bool = False  # search texts held one byte per letter (`_narrowed`)

    def __post_init__(self) -> None:
        access.require(self.actor, "members.read")
        # A role that may not see registration numbers must not find members by them either.
        self.hides_regnum = not access.can(self.actor.role, "members.regnum")

    def _changed_stamp(self) -> tuple[int, int]:
        return self.conn.total_changes, self.conn.execute("PRAGMA data_version").fetchone()[0]

    def _load(self) -> None:
        stamp = self._changed_stamp()
        if stamp == self._stamp:
            return
        self._association = self.association_id or association.current_id(self.conn)
        self._columns, self._views, self._recent, self._stamp = {}, {}, [], stamp
        texts = self._column("search_text")
        if self.hides_regnum:
            texts = tuple(_REGNUM_WORD.sub("", t) for t in texts)
        narrow = _narrowed(texts)
        self._narrow = narrow is not None
        self._columns["search_text"] = narrow if narrow is not None else texts

    def _column(self, name: str) -> tuple:
        """One column of the register in name order, read from the covering index when first needed: the
        list opens on ids and texts alone (a third of the reading, at start-up, of reading every column)."""
        if name not in self._columns:
            assert name in _INDEX_COLUMNS  # a column name from code, never from what a person typed
            cursor = self.conn.execute(f"SELECT {name} FROM member WHERE association_id IS ? "
                                       "ORDER BY name_key, member_no", (self._association,))
            column = tuple(chain.from_iterable(cursor))
            if name in _CODE_COLUMNS:  # one object per distinct code ("active", "F", ...), not 100,000
                shared: dict[object, object] = {}
                column = tuple(map(shared.setdefault, column, column))
            self._columns[name] = column
        return self._columns[name]

    def _view(self, sort: str, archived: bool, descending: bool) -> _View:
        """The register's (or the archive's) rows in the requested order, made once per order. Ties keep
        name order either way, as the SQL does (sorted() is stable, also with reverse=True)."""
        key = (sort, archived, descending)
        if key not in self._views:
            flags = self._column("archived")
            positions = [i for i, a in enumerate(flags) if a == archived]
            if sort != "name" or descending:
                column = self._column("name_key" if sort == "name" else sort)
                # Empty values first when ascending, as in SQL.
                positions.sort(key=lambda i: (column[i] is not None, column[i] or ""), reverse=descending)
                as_read = False
            else:
                as_read = len(positions) == len(flags)  # then the register's columns serve as they are
            self._views[key] = _View(self._column, None if as_read else positions)
        return self._views[key]

    def count(self, *, archived: bool = False) -> int:
        """How many members the register (or the archive) holds, whatever the filter: the list's total."""
        self._load()
        return self._column("archived").count(int(archived))

    def query_ids(self, f: MemberFilter) -> tuple[str, ...]:
        """Ids of the members matching the filter, in order (shared with the index's memory of recent
        answers, hence a tuple)."""
        if f.sort not in ("name", *_INDEX_COLUMNS):
            if self.hides_regnum:  # SQL would search (and sort by) the РД: filter here, sort there
                if f.sort == "regnum":
                    return self.query_ids(replace(f, sort="name"))
                matched = set(self.query_ids(replace(f, sort="name", descending=False)))
                return tuple(i for i in query_ids(self.conn, replace(f, text=""), self.association_id)
                             if i in matched)
            return query_ids(self.conn, f, self.association_id)  # a rare sort: let SQL do it
        self._load()
        view = self._view(f.sort, f.archived, f.descending)
        asked = (("status", f.status), ("sex", f.sex), ("soum_code", f.soum_code), ("role", f.role))
        chosen = [(name, value) for name, value in asked if value]
        key = (f.sort, f.archived, f.descending, tuple(chosen))
        words = fold(f.text).split()
        for answer in reversed(self._recent):
            if answer.key == key and answer.words == words:
                return answer.ids
        bases = [a for a in self._recent if a.narrows_to(key, words)]
        if bases:
            # Search only the smallest answer the new one must lie within.
            base = min(bases, key=lambda a: len(a.ids))
            ids, texts = base.ids, base.texts
        else:
            ids, texts = view["id"], view["search_text"]
            if chosen:
                values = tuple(value for _, value in chosen)
                ids, texts = _kept(ids, texts, [k == values for k in zip(*(view[n] for n, _ in chosen), strict=True)])
        needles = [_narrow_word(w) for w in words] if self._narrow else words
        if None in needles:  # a letter that no member's text holds
            ids, texts = (), ()
        else:
            for word in needles:
                ids, texts = _kept(ids, texts, [word in t for t in texts])
        self._recent = [*self._recent[-(RECENT_ANSWERS - 1):], _Answer(key, words, ids, texts)]
        return ids
