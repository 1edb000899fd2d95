"""The choices of the incident book, in the order they are offered; labels in the catalog.

Kinds and outcomes follow the ILO code of practice on recording and notification of occupational
accidents and diseases (1996) and the OSHA 300 log: an incident is classified by the most serious outcome
of the people in it (`classification`)."""

from __future__ import annotations

from collections.abc import Mapping

from asm_assoc.core.i18n import N_, Translator

INJURY, ILLNESS, FATALITY, NEAR_MISS, DANGEROUS = "injury", "illness", "fatality", "near_miss", "dangerous"
KINDS = {
    INJURY: N_("Injury"),
    ILLNESS: N_("Occupational illness or poisoning"),
    FATALITY: N_("Fatality"),
    NEAR_MISS: N_("Near miss"),
    DANGEROUS: N_("Dangerous occurrence"),
}
# Kinds in which nobody is hurt: people may be named (who was there) but their outcome is "no injury".
UNHARMED_KINDS = frozenset({NEAR_MISS, DANGEROUS})

HAZARDS = {
    "fall_of_ground": N_("Fall of ground (pit or tunnel collapse)"),
    "fall_from_height": N_("Fall from height or into a shaft"),
    "machinery": N_("Machinery or tools"),
    "explosives": N_("Explosives"),
    "chemicals": N_("Chemicals (mercury, cyanide)"),
    "dust": N_("Dust"),
    "gas": N_("Gas or lack of air (carbon monoxide)"),
    "heat_cold": N_("Heat or cold"),
    "water": N_("Water (flooding, drowning)"),
    "vehicle": N_("Vehicle"),
    "other": N_("Other hazard"),
}

# Outcomes from the least to the most serious: the order is the classification (`classification.rank`).
NONE, FIRST_AID, MEDICAL, RESTRICTED, DAYS_AWAY, DISABILITY, DEATH = (
    "none", "first_aid", "medical", "restricted", "days_away", "disability", "death")
OUTCOMES = {
    NONE: N_("No injury"),
    FIRST_AID: N_("First aid only"),
    MEDICAL: N_("Medical treatment"),
    RESTRICTED: N_("Restricted work"),
    DAYS_AWAY: N_("Days away from work"),
    DISABILITY: N_("Permanent disability"),
    DEATH: N_("Death"),
}

BODY_PARTS = {
    "": N_("Not stated"),
    "head": N_("Head"),
    "eyes": N_("Eyes"),
    "neck": N_("Neck"),
    "back": N_("Back or spine"),
    "trunk": N_("Chest or abdomen"),
    "arms": N_("Arm or shoulder"),
    "hands": N_("Hand or fingers"),
    "legs": N_("Leg or knee"),
    "feet": N_("Foot or toes"),
    "lungs": N_("Lungs or breathing"),
    "whole_body": N_("Whole body or several parts"),
    "other": N_("Other part of the body"),
}
INJURY_NATURES = {
    "": N_("Not stated"),
    "fracture": N_("Fracture"),
    "wound": N_("Cut or wound"),
    "bruise": N_("Bruise or crush"),
    "sprain": N_("Sprain or strain"),
    "amputation": N_("Amputation"),
    "burn": N_("Burn"),
    "poisoning": N_("Poisoning"),
    "suffocation": N_("Suffocation"),
    "respiratory": N_("Breathing illness"),
    "hearing": N_("Hearing loss"),
    "other": N_("Other injury or illness"),
}

# Who must be told, in the order the form lists them; each is a column `notified_<key>` of an incident.
NOTIFIED = {
    "governor": N_("Soum governor"),
    "inspection": N_("Specialised inspection agency"),
    "police": N_("Police"),
    "health": N_("Health centre"),
}

REPORTED, INVESTIGATING, CLOSED = "reported", "investigating", "closed"
STATUSES = {
    REPORTED: N_("Reported"),
    INVESTIGATING: N_("Under investigation"),
    CLOSED: N_("Closed"),
}

ACTION_OPEN, ACTION_IN_PROGRESS, ACTION_DONE, ACTION_CANCELLED = "open", "in_progress", "done", "cancelled"
ACTION_STATUSES = {
    ACTION_OPEN: N_("Not started"),
    ACTION_IN_PROGRESS: N_("In progress"),
    ACTION_DONE: N_("Done"),
    ACTION_CANCELLED: N_("Cancelled"),
}
# An action still to do: it can be overdue.
PENDING_ACTIONS = (ACTION_OPEN, ACTION_IN_PROGRESS)

COUNTED, ESTIMATED = "counted", "estimated"
HOURS_METHODS = {COUNTED: N_("Counted"), ESTIMATED: N_("Estimated")}


def choice_name(tr: Translator, choices: Mapping[str, str], key: str | None) -> str:
    """The name of a choice (a kind, a hazard, an outcome) in the reader's language; an unknown key as it is."""
    return tr.gettext(choices[key]) if key in choices else (key or "")
