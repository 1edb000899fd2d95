"""The rates set by law as shipped (`resources/reference/payment_rates.json`), put into the database once.

Seed rows have ids derived from what they are (uuid5 of a stable name) and the zero clock: every
installation starts from the same rows, so a sync bundle never carries them and two offices never hold two
"health insurance" obligations. Any later edit goes through the write path with a real clock, which wins
over the seed. `apply` adds only rows not already present, so a later schema step can call it again to
bring rates added to the file without touching what the user edited."""

from __future__ import annotations

import json
import sqlite3
import uuid
from decimal import Decimal, InvalidOperation

from asm_assoc.core.clock import format_hlc
from asm_assoc.core.resources import resource_path

_NAMESPACE = uuid.UUID("6f1d7c2e-3b0a-5d8e-9a41-2c7e5f0b8d13")
SEED_HLC = format_hlc(0, 0)


def seed_id(*names: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(names)))


def percent_bp(text: str) -> int:
    """"13.5" (percent) -> 1350 hundredths of a percent; refuses finer precision rather than rounding."""
    try:
        value = Decimal(text) * 100
    except InvalidOperation:
        raise ValueError(f"not a number: {text}") from None
    if not value.is_finite() or value != value.to_integral_value():
        raise ValueError(f"a rate is given to hundredths of a percent at most: {text}")
    return int(value)


def rows() -> dict[str, list[dict[str, object]]]:
    data = json.loads(resource_path("reference", "payment_rates.json").read_text(encoding="utf-8"))
    out: dict[str, list[dict[str, object]]] = {"payment_authority": [], "minimum_wage": [],
                                               "payment_obligation": [], "payment_rate": []}
    authority_ids = {}
    for a in data["authorities"]:
        authority_ids[a["code"]] = seed_id("authority", a["code"])
        out["payment_authority"].append({"id": authority_ids[a["code"]], "code": a["code"], "name_mn": a["name_mn"],
                                         "name_en": a["name_en"], "keeps": int(a.get("keeps", False))})
    for w in data["minimum_wage"]:
        out["minimum_wage"].append({"id": seed_id("minimum_wage", w["from"]), "effective_from": w["from"],
                                    "amount": int(w["amount"])})
    for order, o in enumerate(data["obligations"], start=1):
        ob_id = seed_id("obligation", o["code"])
        out["payment_obligation"].append({"id": ob_id, "code": o["code"], "name_mn": o["name_mn"],
                                          "name_en": o["name_en"], "authority_id": authority_ids[o["authority"]],
                                          "period": o["period"], "sort_order": order})
        for version in o["rates"]:
            for p in version["parts"]:
                out["payment_rate"].append({
                    "id": seed_id("rate", o["code"], version["from"], p["part"]), "obligation_id": ob_id,
                    "effective_from": version["from"], "part": p["part"], "basis": p["basis"],
                    "percent_bp": percent_bp(p.get("percent", "0")), "amount": int(p.get("amount", 0)),
                    "floor_min_wage": int(p.get("floor_min_wage", False))})
    return out


def apply(conn: sqlite3.Connection) -> int:
    """Insert the seed rows not yet in the database (by id); returns how many were added."""
    added = 0
    for table, table_rows in rows().items():
        for row in table_rows:
            names = ["hlc", *row]
            sql = (f"INSERT OR IGNORE INTO {table} ({', '.join(names)}) "
                   f"VALUES ({', '.join('?' for _ in names)})")
            added += conn.execute(sql, (SEED_HLC, *row.values())).rowcount
    return added
