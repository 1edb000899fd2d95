"""Tax and insurance payments: the authorities, obligation types with their effective-dated rates and the
minimum wage (records, seeded from `resources/reference/payment_rates.json`), which member owes which
obligation from which month (records), and the money: collections with their allocations to obligations
and periods, remittances to the authorities with their items (entries, append-only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

RECORD = {"id": str, "hlc": str}


def migrate(db: sqlite_utils.Database) -> None:
    db["payment_authority"].create(
        # `keeps`: the association itself (its own dues): what it collects is its income, not held for anyone.
        {**RECORD, "code": str, "name_mn": str, "name_en": str, "keeps": int, "archived": int},
        pk="id", not_null={"hlc", "code", "name_mn", "name_en", "keeps", "archived"},
        defaults={"keeps": 0, "archived": 0},
    )
    db["payment_authority"].create_index(["code"], unique=True)
    db["payment_obligation"].create(
        {**RECORD, "code": str, "name_mn": str, "name_en": str, "authority_id": str, "period": str,
         "sort_order": int, "archived": int},
        pk="id", foreign_keys=[("authority_id", "payment_authority", "id")],
        not_null={"hlc", "code", "name_mn", "name_en", "authority_id", "period", "sort_order", "archived"},
        defaults={"archived": 0, "sort_order": 0},
    )
    db["payment_obligation"].create_index(["code"], unique=True)
    # One row per part of a rate version: the rows of an obligation sharing `effective_from` (YYYY-MM) are
    # the version in force from that month. `percent_bp` is hundredths of a percent (13.5 % = 1350).
    db["payment_rate"].create(
        {**RECORD, "obligation_id": str, "effective_from": str, "part": str, "basis": str, "percent_bp": int,
         "amount": int, "floor_min_wage": int, "archived": int},
        pk="id", foreign_keys=[("obligation_id", "payment_obligation", "id")],
        not_null={"hlc", "obligation_id", "effective_from", "part", "basis", "percent_bp", "amount",
                  "floor_min_wage", "archived"},
        defaults={"part": "", "percent_bp": 0, "amount": 0, "floor_min_wage": 0, "archived": 0},
    )
    db["payment_rate"].create_index(["obligation_id", "effective_from"])
    db["minimum_wage"].create(
        {**RECORD, "effective_from": str, "amount": int, "archived": int},
        pk="id", not_null={"hlc", "effective_from", "amount", "archived"}, defaults={"archived": 0},
    )

    # From `from_month` on, the member owes the obligation (active = 1, with the declared monthly income
    # where the basis needs it) or no longer owes it (active = 0); the latest row not after a month rules it.
    db["payment_enrolment"].create(
        {**RECORD, "member_id": str, "obligation_id": str, "from_month": str, "active": int,
         "declared_income": int, "note": str, "archived": int},
        pk="id", foreign_keys=[("member_id", "member", "id"), ("obligation_id", "payment_obligation", "id")],
        not_null={"hlc", "member_id", "obligation_id", "from_month", "active", "archived"},
        defaults={"archived": 0, "active": 1},
    )
    db["payment_enrolment"].create_index(["member_id", "obligation_id", "from_month"])

    # A member's payment: one receipt. A reversal is a collection of the opposite amount that points to the
    # one it undoes (it has no receipt number of its own: the paper receipt is marked cancelled).
    db["payment_collection"].create(
        {**RECORD, "association_id": str, "year": int, "number": int, "member_id": str, "paid_on": str,
         "method": str, "reference": str, "amount": int, "received_by": str, "note": str, "reverses": str},
        pk="id",
        foreign_keys=[("association_id", "association", "id"), ("member_id", "member", "id"),
                      ("reverses", "payment_collection", "id")],
        not_null={"hlc", "association_id", "member_id", "paid_on", "method", "amount"},
    )
    db["payment_collection"].create_index(["association_id", "year", "number"], unique=True)
    db["payment_collection"].create_index(["member_id"])
    db.execute("CREATE UNIQUE INDEX idx_payment_collection_reverses ON payment_collection(reverses) "
               "WHERE reverses IS NOT NULL")
    db["payment_receipt_counter"].create(
        {**RECORD, "association_id": str, "year": int, "last_number": int},
        pk="id", foreign_keys=[("association_id", "association", "id")],
        not_null={"hlc", "association_id", "year", "last_number"},
    )
    db["payment_receipt_counter"].create_index(["association_id", "year"], unique=True)
    # What a collection pays: an obligation for one period (the period's first month, YYYY-MM). Member and
    # day are copied from the collection so that the summaries over a year read this table alone.
    db["payment_allocation"].create(
        {**RECORD, "collection_id": str, "member_id": str, "obligation_id": str, "period": str, "amount": int,
         "paid_on": str},
        pk="id",
        foreign_keys=[("collection_id", "payment_collection", "id"), ("member_id", "member", "id"),
                      ("obligation_id", "payment_obligation", "id")],
        not_null={"hlc", "collection_id", "member_id", "obligation_id", "period", "amount", "paid_on"},
    )
    # Sums per obligation over members (the summaries) read this index in member order, without sorting.
    db["payment_allocation"].create_index(["obligation_id", "member_id", "period", "amount"],
                                          index_name="idx_payment_allocation_sums")
    db["payment_allocation"].create_index(["member_id", "obligation_id", "period", "amount"],
                                          index_name="idx_payment_allocation_member")
    db["payment_allocation"].create_index(["collection_id"])

    # What the association paid an authority, with the authority's receipt number; its items say for whom,
    # which obligation and which period. A reversal points to the remittance it undoes.
    db["payment_remittance"].create(
        {**RECORD, "association_id": str, "authority_id": str, "paid_on": str, "receipt_no": str, "method": str,
         "amount": int, "note": str, "reverses": str},
        pk="id",
        foreign_keys=[("association_id", "association", "id"), ("authority_id", "payment_authority", "id"),
                      ("reverses", "payment_remittance", "id")],
        not_null={"hlc", "association_id", "authority_id", "paid_on", "receipt_no", "method", "amount"},
    )
    db.execute("CREATE UNIQUE INDEX idx_payment_remittance_reverses ON payment_remittance(reverses) "
               "WHERE reverses IS NOT NULL")
    db["payment_remittance_item"].create(
        {**RECORD, "remittance_id": str, "member_id": str, "obligation_id": str, "period": str, "amount": int},
        pk="id",
        foreign_keys=[("remittance_id", "payment_remittance", "id"), ("member_id", "member", "id"),
                      ("obligation_id", "payment_obligation", "id")],
        not_null={"hlc", "remittance_id", "member_id", "obligation_id", "period", "amount"},
    )
    db["payment_remittance_item"].create_index(["obligation_id", "member_id", "period", "amount"],
                                               index_name="idx_payment_remittance_sums")
    db["payment_remittance_item"].create_index(["member_id", "obligation_id", "period", "amount"],
                                               index_name="idx_payment_remittance_member")
    db["payment_remittance_item"].create_index(["remittance_id"])

    from asm_assoc.core.payments import seed  # the seed rows are data, read from the bundled file

    seed.apply(db.conn)
