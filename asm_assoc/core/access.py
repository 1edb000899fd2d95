"""Roles and what each may do. Checked here, in core, by the write path (`writes.transaction`) and by the
reads of sensitive data: hiding a button in the window is a convenience, not the check.

The table below is the one the README shows (`permission_table()`), so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from asm_assoc.core.errors import Label, UserError
from asm_assoc.core.i18n import N_

DIRECTOR, TREASURER, SECRETARY, VIEWER = "director", "treasurer", "secretary", "viewer"
# The roles a person can have, in the order they are offered; labels in the catalog.
ROLES = {
    DIRECTOR: N_("Director"),
    TREASURER: N_("Treasurer"),
    SECRETARY: N_("Secretary"),
    VIEWER: N_("Viewer"),
}
# Not a person's role: the program itself, for set-up work no person asked for (a migration, tests).
SYSTEM_ROLE = "system"


@dataclass(frozen=True)
class Permission:
    label: str  # what it allows, as the README and the Users window say it
    roles: frozenset[str]


def _roles(*names: str) -> frozenset[str]:
    return frozenset(names)


_ALL = _roles(DIRECTOR, TREASURER, SECRETARY, VIEWER)
_OFFICE = _roles(DIRECTOR, TREASURER, SECRETARY)
PERMISSIONS: dict[str, Permission] = {
    "members.read": Permission(N_("See the member register"), _ALL),
    "members.regnum": Permission(N_("See registration numbers (РД) in full"), _OFFICE),
    "members.write": Permission(N_("Add, edit and archive members"), _roles(DIRECTOR, SECRETARY)),
    "members.import": Permission(N_("Import members from a file"), _roles(DIRECTOR, SECRETARY)),
    "members.export": Permission(N_("Export the register to a file"), _OFFICE),
    "reports.print": Permission(N_("Preview and print reports"), _ALL),
    "audit.read": Permission(N_("See the history of changes and check the audit trail"), _ALL),
    "association.write": Permission(N_("Edit the association's profile"), _roles(DIRECTOR)),
    "account.own": Permission(N_("Change their own password"), _ALL),
    "users.manage": Permission(N_("Add users, set their roles and passwords"), _roles(DIRECTOR)),
    "settings.write": Permission(N_("Change the settings (the idle lock)"), _roles(DIRECTOR)),
    "backup.make": Permission(N_("Make a backup"), _OFFICE),
    "backup.restore": Permission(N_("Restore a backup"), _roles(DIRECTOR)),
    "savings.write": Permission(N_("Keep the savings groups' books"), _roles(DIRECTOR, TREASURER)),
    "payments.write": Permission(N_("Record tax and insurance payments"), _roles(DIRECTOR, TREASURER)),
    "incidents.write": Permission(N_("Record safety incidents"), _roles(DIRECTOR, SECRETARY)),
    "incidents.medical": Permission(N_("See the medical details of incidents"), _roles(DIRECTOR, SECRETARY)),
}


class PermissionDenied(UserError):
    pass


def can(role: str, permission: str) -> bool:
    if permission not in PERMISSIONS:
        raise ValueError(f"unknown permission {permission!r}")  # a typo in code must not pass silently
    return role == SYSTEM_ROLE or role in PERMISSIONS[permission].roles


def require(actor: object, permission: str) -> None:
    """Refuse, in the person's language, what their role does not allow. `actor` is a writes.Actor."""
    role = getattr(actor, "role", None)
    if not can(str(role), permission):
        raise PermissionDenied(
            N_("Your role ({role}) does not allow this: {action}. Ask the director if you need it."),
            role=Label(ROLES.get(str(role), str(role))), action=Label(PERMISSIONS[permission].label),
        )


MASK = "•"


def mask_regnum(value: str | None) -> str:
    """A РД as a viewer sees it: the two letters, the digits (which hold the birth date) hidden."""
    if not value:
        return ""
    return value[:2] + MASK * max(0, len(value) - 2)


def permission_table() -> list[tuple[str, dict[str, bool]]]:
    """(what, {role: allowed}) for each permission, in the order above (the README's table)."""
    return [(p.label, {role: role in p.roles for role in ROLES}) for p in PERMISSIONS.values()]
