"""Savings groups: the group and its members and officers, cycles with their constitution, the fines
catalogue (records); meetings, attendance, loans and the ledger of money movements (entries, append-only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

RECORD = {"id": str, "hlc": str}


def migrate(db: sqlite_utils.Database) -> None:
    db["savings_group"].create(
        {**RECORD, "association_id": str, "name": str, "frequency": str, "archived": int},
        pk="id",
        foreign_keys=[("association_id", "association", "id")],
        not_null={"hlc", "association_id", "name", "frequency", "archived"},
        defaults={"archived": 0, "frequency": "weekly"},
    )
    # A member of the association may belong to several groups; `office` is the one they hold in this one.
    db["savings_group_member"].create(
        {**RECORD, "group_id": str, "member_id": str, "office": str, "joined_on": str, "left_on": str},
        pk="id",
        foreign_keys=[("group_id", "savings_group", "id"), ("member_id", "member", "id")],
        not_null={"hlc", "group_id", "member_id", "office", "joined_on"},
        defaults={"office": ""},
    )
    db["savings_group_member"].create_index(["group_id", "member_id"], unique=True)

    # A cycle runs from the first meeting to the share-out; its constitution is fixed once money moved.
    db["savings_cycle"].create(
        {
            **RECORD,
            "group_id": str,
            "number": int,
            "started_on": str,
            "closed_on": str,
            "share_price": int,
            "min_shares": int,
            "max_shares": int,
            "social_contribution": int,
            "loan_multiple_tenths": int,  # 30 = loans up to 3.0 times the member's savings
            "max_loan_months": int,
            "charge_method": str,  # "flat" | "declining"
            "monthly_rate_bp": int,  # service charge per month in basis points: 1000 = 10 %
            "early_repayment_charged": int,
            "outstanding_policy": str,  # "block" | "net"
            "leftover_rule": str,  # "social_fund" | "carry_forward" | "largest_remainder"
            "rounding_unit": int,  # payouts are whole multiples of this many tögrög
        },
        pk="id",
        foreign_keys=[("group_id", "savings_group", "id")],
        not_null={"hlc", "group_id", "number", "started_on", "share_price", "min_shares", "max_shares",
                  "social_contribution", "loan_multiple_tenths", "max_loan_months", "charge_method",
                  "monthly_rate_bp", "early_repayment_charged", "outstanding_policy", "leftover_rule",
                  "rounding_unit"},
    )
    db["savings_cycle"].create_index(["group_id", "number"], unique=True)

    db["savings_fine_kind"].create(
        {**RECORD, "cycle_id": str, "name": str, "amount": int, "archived": int},
        pk="id",
        foreign_keys=[("cycle_id", "savings_cycle", "id")],
        not_null={"hlc", "cycle_id", "name", "amount", "archived"},
        defaults={"archived": 0},
    )

    # Written once when the meeting is closed, never changed. The attendance counts are derived from the
    # attendance rows of the same transaction, so that indicators over thousands of groups read one row
    # per meeting.
    db["savings_meeting"].create(
        {
            **RECORD,
            "cycle_id": str,
            "number": int,
            "kind": str,  # "opening" (balances of a group that starts mid-cycle) | "meeting" | "shareout"
            "held_on": str,
            "cash_expected": int,
            "cash_counted": int,
            "cash_note": str,
            "confirmed_by": str,  # member id of the officer who confirmed a cash difference
            "present": int,
            "represented": int,
            "absent": int,
            "women_present": int,
            "women_represented": int,
            "women_absent": int,
        },
        pk="id",
        foreign_keys=[("cycle_id", "savings_cycle", "id")],
        not_null={"hlc", "cycle_id", "number", "kind", "held_on"},
    )
    db["savings_meeting"].create_index(["cycle_id", "number"], unique=True)

    db["savings_attendance"].create(
        {**RECORD, "meeting_id": str, "member_id": str, "status": str},
        pk="id",
        foreign_keys=[("meeting_id", "savings_meeting", "id"), ("member_id", "member", "id")],
        not_null={"hlc", "meeting_id", "member_id", "status"},
    )
    db["savings_attendance"].create_index(["meeting_id", "member_id"], unique=True)
    db["savings_attendance"].create_index(["member_id"])

    # A loan's terms, copied from the constitution when it was given; its money is in the entries.
    db["savings_loan"].create(
        {
            **RECORD,
            "cycle_id": str,
            "member_id": str,
            "meeting_id": str,
            "disbursed_on": str,
            "principal": int,
            "term_months": int,
            "due_on": str,
            "monthly_rate_bp": int,
            "charge_method": str,
            "early_repayment_charged": int,
        },
        pk="id",
        foreign_keys=[("cycle_id", "savings_cycle", "id"), ("member_id", "member", "id"),
                      ("meeting_id", "savings_meeting", "id")],
        not_null={"hlc", "cycle_id", "member_id", "meeting_id", "disbursed_on", "principal", "term_months",
                  "due_on", "monthly_rate_bp", "charge_method", "early_repayment_charged"},
    )
    db["savings_loan"].create_index(["cycle_id", "member_id"])

    # The ledger. `amount` is signed in the entry's natural direction (a reversal carries the opposite
    # sign); what each kind does to each balance is `ledger.EFFECTS`. `txn_id` ties the entries of one act
    # (the service charge and principal of one repayment) so that they are reversed together.
    db["savings_entry"].create(
        {
            **RECORD,
            "cycle_id": str,
            "meeting_id": str,
            "member_id": str,
            "loan_id": str,
            "fine_kind_id": str,
            "kind": str,
            "amount": int,
            "shares": int,
            "txn_id": str,
            "reverses": str,
            "note": str,
            "entered_on": str,
        },
        pk="id",
        foreign_keys=[("cycle_id", "savings_cycle", "id"), ("meeting_id", "savings_meeting", "id"),
                      ("member_id", "member", "id"), ("loan_id", "savings_loan", "id"),
                      ("fine_kind_id", "savings_fine_kind", "id"), ("reverses", "savings_entry", "id")],
        not_null={"hlc", "cycle_id", "kind", "amount", "shares", "txn_id", "entered_on"},
        defaults={"shares": 0},
    )
    # Balances and indicators sum per cycle, member and kind (up to a day): this index alone answers them.
    db["savings_entry"].create_index(["cycle_id", "member_id", "kind", "amount", "shares", "entered_on"],
                                     index_name="idx_savings_entry_sums")
    # A loan's standing sums its entries: covered by this index.
    db["savings_entry"].create_index(["loan_id", "kind", "amount", "entered_on"], index_name="idx_savings_entry_loan")
    db["savings_entry"].create_index(["txn_id"])
    db["savings_entry"].create_index(["meeting_id"])
    # An entry is reversed at most once: the database refuses a second reversal.
    db.execute("CREATE UNIQUE INDEX idx_savings_entry_reverses ON savings_entry(reverses) "
               "WHERE reverses IS NOT NULL")
