"""A record's history (`audit.history`) in plain words: each change as "Phone: 99112233 → 88112233", with
the field's name and values as the person reads them elsewhere (choices and places by name, Yes/No)."""

from __future__ import annotations

from asm_assoc.core import access, association, member_columns
from asm_assoc.core.audit import OP_LABELS, Change, HistoryItem
from asm_assoc.core.i18n import N_, Translator
from asm_assoc.core.incidents import vocabulary

FIELD_LABELS: dict[str, dict[str, str]] = {
    "member": {c.field: c.label for c in member_columns.COLUMNS} | {"archived": N_("Archived"), "association_id": ""},
    "association": {
        "name": N_("Name"), "legal_form": N_("Legal form"), "state_reg_no": N_("State registration no."),
        "aimag_code": N_("Aimag"), "soum_code": N_("Soum"), "bagh": N_("Bagh"), "address": N_("Address"),
        "phones": N_("Phone"), "director": N_("Executive director"), "founded_on": N_("Founded on"),
        "logo": N_("Logo"),
    },
    "user": {
        "name": N_("Name"), "login": N_("Login"), "login_key": "", "role": N_("Role"), "active": N_("Active"),
        "password_hash": N_("Password"), "recovery_hash": N_("Recovery code"),
        "must_change_password": N_("Must choose a new password"),
    },
    "setting": {"key": "", "value": N_("Value")},
    "incident": {
        "occurred_on": N_("Date"), "occurred_time": N_("Time"), "kind": N_("Kind"), "hazard": N_("Hazard"),
        "site": N_("Mine site or licence area"), "aimag_code": N_("Aimag"), "soum_code": N_("Soum"),
        "bagh": N_("Bagh"), "place": N_("Place"), "latitude": N_("Latitude"), "longitude": N_("Longitude"),
        "description": N_("What happened"), "immediate_causes": N_("Immediate causes"),
        "underlying_causes": N_("Underlying causes"), "witnesses": N_("Witnesses"),
        **{f"notified_{k}": label for k, label in vocabulary.NOTIFIED.items()},
        "act_no": N_("The commission's act: number"), "act_on": N_("The commission's act: date"),
        "status": N_("Status"), "privacy": N_("Privacy case"), "reported_by": N_("Reported by"),
        "archived": N_("Set aside"), "year": "", "number": N_("Number"), "association_id": "",
    },
}
# Fields whose values are keys of a list of choices, shown by the choice's name.
CHOICES = {("incident", "kind"): vocabulary.KINDS, ("incident", "hazard"): vocabulary.HAZARDS,
           ("incident", "status"): vocabulary.STATUSES}
SECRETS = {"password_hash", "recovery_hash"}
DATES = {"birth_date", "joined_on", "left_on", "founded_on", "occurred_on", "act_on"}


def value_text(table: str, name: str, value: object, tr: Translator) -> str:
    _ = tr.gettext
    if value is None or value == "":
        return "—"
    if name in SECRETS:
        return _("(set)")
    if name in DATES:
        try:
            return tr.date(str(value))
        except ValueError:
            return str(value)
    if (table, name) in CHOICES:
        value = _(CHOICES[table, name].get(str(value), str(value)))
    elif table == "incident" and name in ("privacy", "archived"):
        value = _(member_columns.YES if value else member_columns.NO)
    elif table == "incident" and name in ("aimag_code", "soum_code"):
        value = member_columns.display_value(name, value, tr)
    elif table == "member":
        value = member_columns.display_value(name, value, tr)
        if name == "archived":
            value = _(member_columns.YES if value else member_columns.NO)
    elif table == "association" and name == "legal_form":
        value = _(association.LEGAL_FORMS.get(str(value), str(value)))
    elif table == "association" and name in ("aimag_code", "soum_code"):
        value = member_columns.display_value(name, value, tr)
    elif table == "association" and name == "logo":
        value = _("(picture)")
    elif table == "user" and name == "role":
        value = _(access.ROLES.get(str(value), str(value)))
    elif table == "user" and name in ("active", "must_change_password"):
        value = _(member_columns.YES if value else member_columns.NO)
    return str(value)


def change_lines(table: str, item: HistoryItem, tr: Translator) -> list[str]:
    """One line per field: "Label: new" for an added record, "Label: old → new" for a change."""
    _ = tr.gettext
    labels = FIELD_LABELS.get(table, {})
    lines = []
    order = list(labels)
    for change in sorted(item.changes, key=lambda c: order.index(c.field) if c.field in order else len(order)):
        label = labels.get(change.field, change.field)
        if not label:
            continue  # a column derived from another one (the folded login)
        if item.op == "insert":
            if change.new in (None, "", 0) and change.field not in ("member_no",):
                continue  # an empty field of a new record says nothing
            lines.append(f"{_(label)}: {value_text(table, change.field, change.new, tr)}")
        elif change.field in SECRETS:
            lines.append(_("{field} changed").format(field=_(label)))
        else:
            lines.append(f"{_(label)}: {_arrow(table, change, tr)}")
    return lines


def _arrow(table: str, change: Change, tr: Translator) -> str:
    return f"{value_text(table, change.field, change.old, tr)} → {value_text(table, change.field, change.new, tr)}"


def op_text(item: HistoryItem, tr: Translator) -> str:
    return tr.gettext(OP_LABELS.get(item.op, item.op)).capitalize()
