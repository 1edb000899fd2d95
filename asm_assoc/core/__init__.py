"""The core: rules, storage and figures. Never imports Qt (a test enforces it)."""
