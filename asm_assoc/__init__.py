"""asm-assoc: offline record keeping for artisanal and small-scale miners' associations."""

__version__ = "0.1.0"
