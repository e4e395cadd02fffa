"""The `__builtin__` module (functions in functional.py, operation.py,
compiling.py, io.py; the module object in moduleobject.py)."""
