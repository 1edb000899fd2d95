"""Pages of the main window, one per area (members; later savings, incidents, payments)."""
