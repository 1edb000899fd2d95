"""The safety incident book: what is recorded and how it is classified (`vocabulary`, `classification`),
incidents and the people in them (`book`), corrective actions and status (`actions`), hours worked and the
rates (`hours`, `rates`), the log and summary figures (`figures`) and exports (`exports`)."""
