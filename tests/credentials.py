"""The director account the tests log in as (see the `director` fixture in conftest.py)."""

DIRECTOR_NAME, DIRECTOR_LOGIN, DIRECTOR_PASSWORD = "Б. Сарантуяа", "saraa", "Алтан-2026"
