"""The meeting grid's model: one row per member, the columns the treasurer types into, and beside them what
core worked out (service charge and principal of a repayment, savings after the meeting, the loan limit).
Cells that break a rule are tinted and carry the rule's message as a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from asm_assoc.core.i18n import N_, _, active
from asm_assoc.core.savings import meetings
from asm_assoc.core.savings.constitution import FineKind
from asm_assoc.core.savings.groups import GroupMember
from asm_assoc.gui.widgets.field_messages import PROBLEM_TINT

Index = QModelIndex | QPersistentModelIndex
# (key, heading, editable); the key is the field of meetings.Line, or what the plan computes.
COLUMNS = (
    ("member_no", N_("No."), False),
    ("name", N_("Member"), False),
    ("attendance", N_("Attendance"), True),
    ("shares", N_("Shares"), True),
    ("social", N_("Social fund"), True),
    ("fine", N_("Fine"), True),
    ("repayment", N_("Repayment"), True),
    ("loan", N_("New loan"), True),
    ("loan_months", N_("Months"), True),
    ("charge", N_("Service charge"), False),
    ("principal", N_("Principal"), False),
    ("savings_after", N_("Savings after"), False),
    ("loan_limit", N_("May borrow"), False),
)
KEYS = [c[0] for c in COLUMNS]
# Where core's problem columns show in the grid.
PROBLEM_COLUMNS = {"attendance": "attendance", "member": "name", "shares": "shares", "social": "social",
                   "fines": "fine", "repayment": "repayment", "loan": "loan", "social_grant": "social"}
MONEY = frozenset({"social", "repayment", "loan", "charge", "principal", "savings_after", "loan_limit"})
COMPUTED_TINT = QColor("#eef1f5")


class MeetingModel(QAbstractTableModel):
    edited = Signal()  # the treasurer changed a cell (not the plan refreshing the computed columns)

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.members: list[GroupMember] = []
        self.lines: list[meetings.Line] = []
        self.fines: list[FineKind] = []
        self.plan: meetings.MeetingPlan | None = None
        self.problems: dict[tuple[int, str], list[str]] = {}

    def load(self, members: list[GroupMember], lines: list[meetings.Line], fines: list[FineKind]) -> None:
        self.beginResetModel()
        self.members, self.lines, self.fines = members, lines, fines
        self.plan, self.problems = None, {}
        self.endResetModel()

    def set_plan(self, plan: meetings.MeetingPlan) -> None:
        """Show what core made of the lines: the computed columns and the broken rules."""
        self.plan = plan
        rows = {line.member_id: row for row, line in enumerate(self.lines)}
        self.problems = {}
        for p in plan.problems:
            if p.member_id in rows and p.column in PROBLEM_COLUMNS:
                key = (rows[p.member_id], PROBLEM_COLUMNS[p.column])
                self.problems.setdefault(key, []).append(p.text())
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(COLUMNS[section][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if COLUMNS[index.column()][2] else base

    def fine_kind(self, line: meetings.Line) -> FineKind | None:
        wanted = line.fine_kind_ids[0] if line.fine_kind_ids else None
        return next((k for k in self.fines if k.id == wanted), None)

    def _plan_line(self, row: int) -> meetings.LinePlan | None:
        if self.plan is None:
            return None
        member_id = self.lines[row].member_id
        return next((p for p in self.plan.lines if p.member.member_id == member_id), None)

    def value(self, row: int, key: str) -> object:
        """A cell's value (what an editor starts from)."""
        line, member = self.lines[row], self.members[row]
        if key == "member_no":
            return member.member_no
        if key == "name":
            return member.name
        if key == "fine":
            kind = self.fine_kind(line)
            return kind.id if kind else ""
        if hasattr(line, key):
            return getattr(line, key)
        plan = self._plan_line(row)
        return getattr(plan, key) if plan is not None else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, key = index.row(), KEYS[index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return self.value(row, key)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.BackgroundRole:
            if (row, key) in self.problems:
                return QBrush(PROBLEM_TINT)
            return QBrush(COMPUTED_TINT) if not COLUMNS[index.column()][2] and index.column() > 1 else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self.problems.get((row, key), [])) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("name", "attendance", "fine"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: int, key: str) -> str:
        tr = active()
        value = self.value(row, key)
        if key == "member_no":
            return f"{value:04d}"
        if key == "attendance":
            return _(meetings.ATTENDANCE.get(str(value), ""))
        if key == "fine":
            kind = self.fine_kind(self.lines[row])
            return f"{kind.name} ({tr.money(kind.amount)})" if kind else ""
        if key == "loan_months":  # 0 means the longest term the constitution allows
            longest = self.plan.cycle.constitution.max_loan_months if self.plan else 0
            return str(value or longest) if self.lines[row].loan else ""
        if value in (None, 0) and key not in ("savings_after", "loan_limit"):
            return ""
        if key in MONEY:
            return tr.money(int(value or 0))
        return str(value)

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not COLUMNS[index.column()][2]:
            return False
        line, key = self.lines[index.row()], KEYS[index.column()]
        if key == "attendance":
            if value not in meetings.ATTENDANCE:
                return False
            line.attendance = str(value)
            if value == "absent":  # an absent member can only be fined: clear the rest at once
                line.shares = line.social = line.repayment = line.loan = 0
        elif key == "fine":
            line.fine_kind_ids = (str(value),) if value else ()
        else:
            try:
                number = int(value)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                return False
            setattr(line, key, max(number, 0))
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        self.edited.emit()
        return True
