"""Character names for \\N{...} escapes in unicode literals.

The table is built at build time from the host's Unicode database and frozen
into the executable (a newer Unicode version than 2.7's, which only adds names).
"""
import unicodedata


def _build_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for code in range(0x110000):
        name = unicodedata.name(chr(code), "")
        if name:
            table[name] = code
    return table


NAMES: dict[str, int] = _build_table()


def lookup(name: str) -> int:
    """Code point of a character name (any case), or -1."""
    return NAMES.get(name.upper(), -1)
