"""The safety incident book: incidents and the people in them, corrective actions, the incident's status
events, and hours worked per month (records; the events are append-only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

RECORD = {"id": str, "hlc": str}


def migrate(db: sqlite_utils.Database) -> None:
    db["incident"].create(
        {
            **RECORD,
            "association_id": str,
            "year": int,  # the year of `occurred_on`; `number` counts within it
            "number": int,
            "occurred_on": str,
            "occurred_time": str,  # "HH:MM", or empty when not known
            "site": str,  # mine site or licence area
            "aimag_code": str,
            "soum_code": str,
            "bagh": str,
            "place": str,
            "latitude": float,
            "longitude": float,
            "kind": str,
            "hazard": str,
            "description": str,
            "immediate_causes": str,
            "underlying_causes": str,
            "witnesses": str,
            # When each body was told ("YYYY-MM-DD HH:MM" or "YYYY-MM-DD"), empty when not (yet) told.
            "notified_governor": str,
            "notified_inspection": str,
            "notified_police": str,
            "notified_health": str,
            "act_no": str,  # the investigation commission's act
            "act_on": str,
            "status": str,  # "reported" | "investigating" | "closed"
            "privacy": int,  # names hidden in printed logs
            "reported_by": str,
            "archived": int,  # entered by mistake: kept, never counted
        },
        pk="id",
        foreign_keys=[("association_id", "association", "id")],
        not_null={"hlc", "association_id", "year", "number", "occurred_on", "kind", "hazard", "status", "privacy",
                  "archived"},
        defaults={"privacy": 0, "archived": 0, "status": "reported"},
    )
    db["incident"].create_index(["association_id", "year", "number"], unique=True)
    # The last number given out in each year: a number once given (then moved to another year by a corrected
    # date) is never given again, so a paper form quoting it cannot come to mean another incident.
    db["incident_counter"].create(
        {**RECORD, "association_id": str, "year": int, "last_number": int},
        pk="id",
        foreign_keys=[("association_id", "association", "id")],
        not_null={"hlc", "association_id", "year", "last_number"},
    )
    db["incident_counter"].create_index(["association_id", "year"], unique=True)
    # The log and the summary read a period's incidents in date order.
    db["incident"].create_index(["association_id", "archived", "occurred_on"])

    # A person involved: a member of the register, or someone else named here.
    db["incident_person"].create(
        {
            **RECORD,
            "incident_id": str,
            "position": int,
            "member_id": str,
            "name": str,
            "sex": str,
            "age": int,
            "work_kind": str,
            "outcome": str,
            "body_part": str,
            "injury_nature": str,
            "days_away": int,
            "days_restricted": int,
            "removed": int,
        },
        pk="id",
        foreign_keys=[("incident_id", "incident", "id"), ("member_id", "member", "id")],
        not_null={"hlc", "incident_id", "position", "outcome", "days_away", "days_restricted", "removed"},
        defaults={"days_away": 0, "days_restricted": 0, "removed": 0},
    )
    db["incident_person"].create_index(["incident_id", "removed"])

    db["incident_action"].create(
        {
            **RECORD,
            "incident_id": str,
            "description": str,
            "owner": str,
            "due_on": str,
            "status": str,  # "open" | "in_progress" | "done" | "cancelled"
            "done_on": str,
            "note": str,
        },
        pk="id",
        foreign_keys=[("incident_id", "incident", "id")],
        not_null={"hlc", "incident_id", "description", "status"},
    )
    db["incident_action"].create_index(["incident_id"])
    db["incident_action"].create_index(["status", "due_on"])

    # What happened to the incident as a case: each change of status, and each edit after it was closed,
    # with the reason given. Written once, never changed.
    db["incident_event"].create(
        {**RECORD, "incident_id": str, "at": str, "kind": str, "old_status": str, "new_status": str,
         "reason": str, "user_name": str},
        pk="id",
        foreign_keys=[("incident_id", "incident", "id")],
        not_null={"hlc", "incident_id", "at", "kind"},
    )
    db["incident_event"].create_index(["incident_id", "at"])

    db["hours_worked"].create(
        {**RECORD, "association_id": str, "month": str, "hours": int, "workers": int, "method": str, "note": str},
        pk="id",
        foreign_keys=[("association_id", "association", "id")],
        not_null={"hlc", "association_id", "month", "hours", "workers", "method"},
    )
    db["hours_worked"].create_index(["association_id", "month"], unique=True)
