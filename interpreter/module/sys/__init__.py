"""The interpreter-level parts of the `sys` module (state.py)."""
