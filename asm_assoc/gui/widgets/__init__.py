"""Small widgets shared by several forms."""
