"""Table models over core queries."""
