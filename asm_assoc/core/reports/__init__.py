"""Reports: data as pure functions over the database, laid out as PDF with reportlab (see `layout`)."""
