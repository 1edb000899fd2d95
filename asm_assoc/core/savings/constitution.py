"""A savings group's constitution as data: the rules its meetings, loans and share-out obey.

It belongs to a cycle (the share price is fixed for a cycle) and is copied into the next cycle at the
share-out, where the group may change it before the first meeting.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_

FREQUENCIES = {"weekly": N_("Weekly"), "fortnightly": N_("Every two weeks"), "monthly": N_("Monthly")}
CHARGE_METHODS = {
    "flat": N_("Flat, on the original loan"),
    "declining": N_("On the declining balance"),
}
OUTSTANDING_POLICIES = {
    "block": N_("No share-out while a loan is outstanding"),
    "net": N_("Net the loan against the borrower's payout"),
}
LEFTOVER_RULES = {
    "social_fund": N_("Put into the social fund"),
    "carry_forward": N_("Keep in the loan fund for the next cycle"),
    "largest_remainder": N_("Give to the largest remainders, one unit each"),
}
ROUNDING_UNITS = (1, 10, 50, 100, 500, 1000)
# Limits that catch a typing slip (an extra zero) rather than restrict a group's choices.
MAX_SHARE_PRICE = 1_000_000
MAX_SHARES_PER_MEETING = 20
MAX_RATE_BP = 3000  # 30 % a month
MAX_LOAN_MONTHS = 24
MAX_MULTIPLE_TENTHS = 100  # ten times the savings


@dataclass(frozen=True)
class Constitution:
    share_price: int = 1000
    min_shares: int = 1
    max_shares: int = 5
    social_contribution: int = 500
    loan_multiple_tenths: int = 30
    max_loan_months: int = 3
    charge_method: str = "flat"
    monthly_rate_bp: int = 500
    early_repayment_charged: bool = False
    outstanding_policy: str = "block"
    leftover_rule: str = "social_fund"
    rounding_unit: int = 100

    def as_row(self) -> dict[str, object]:
        row = {f.name: getattr(self, f.name) for f in fields(self)}
        row["early_repayment_charged"] = int(self.early_repayment_charged)
        return row

    @classmethod
    def from_row(cls, row: dict[str, object]) -> Constitution:
        values = {f.name: row[f.name] for f in fields(cls)}
        values["early_repayment_charged"] = bool(values["early_repayment_charged"])
        return cls(**values)


@dataclass(frozen=True)
class FineKind:
    name: str
    amount: int
    id: str | None = None


def problems(c: Constitution) -> dict[str, UserError]:
    """What is wrong with a constitution, by field (empty when it can be used)."""
    found: dict[str, UserError] = {}

    def between(name: str, low: int, high: int, message: str) -> None:
        value = getattr(c, name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            found[name] = UserError(message, low=low, high=high)

    between("share_price", 1, MAX_SHARE_PRICE, N_("The share price must be a whole number of tögrög from {low} "
                                                  "to {high}."))
    between("min_shares", 0, MAX_SHARES_PER_MEETING, N_("The least number of shares per meeting must be from "
                                                        "{low} to {high}."))
    between("max_shares", 1, MAX_SHARES_PER_MEETING, N_("The most shares per meeting must be from {low} to "
                                                        "{high}."))
    if "min_shares" not in found and "max_shares" not in found and c.min_shares > c.max_shares:
        found["max_shares"] = UserError(N_("The most shares per meeting cannot be less than the least."))
    between("social_contribution", 0, MAX_SHARE_PRICE, N_("The social fund contribution must be from {low} to "
                                                          "{high} tögrög."))
    between("loan_multiple_tenths", 0, MAX_MULTIPLE_TENTHS, N_("The loan limit must be from 0 to 10 times the "
                                                               "member's savings."))
    between("max_loan_months", 1, MAX_LOAN_MONTHS, N_("The longest loan term must be from {low} to {high} "
                                                      "months."))
    between("monthly_rate_bp", 0, MAX_RATE_BP, N_("The monthly service charge must be from 0 % to 30 %."))
    for name, choices, message in (
        ("charge_method", CHARGE_METHODS, N_("Choose how the service charge is worked out.")),
        ("outstanding_policy", OUTSTANDING_POLICIES, N_("Choose what happens to loans still out at share-out.")),
        ("leftover_rule", LEFTOVER_RULES, N_("Choose what happens to the tögrög left over after rounding.")),
    ):
        if getattr(c, name) not in choices:
            found[name] = UserError(message)
    if c.rounding_unit not in ROUNDING_UNITS:
        found["rounding_unit"] = UserError(N_("Payouts are rounded to 1, 10, 50, 100, 500 or 1,000 tögrög."))
    return found


def fine_problems(kinds: list[FineKind]) -> dict[str, UserError]:
    found: dict[str, UserError] = {}
    seen: set[str] = set()
    for kind in kinds:
        name = kind.name.strip()
        if not name:
            found["fines"] = UserError(N_("Every fine needs a name."))
        elif name.casefold() in seen:
            found["fines"] = UserError(N_("The fine “{name}” is listed twice."), name=name)
        elif not isinstance(kind.amount, int) or not 1 <= kind.amount <= MAX_SHARE_PRICE:
            found["fines"] = UserError(N_("The fine “{name}” must be from 1 to {high} tögrög."), name=name,
                                       high=MAX_SHARE_PRICE)
        seen.add(name.casefold())
    return found
