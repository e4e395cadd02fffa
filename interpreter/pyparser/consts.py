"""Compiler flags shared by the parser and the compiler (2.7's values)."""

CO_FUTURE_DIVISION = 0x2000
CO_FUTURE_ABSOLUTE_IMPORT = 0x4000
CO_FUTURE_WITH_STATEMENT = 0x8000
CO_FUTURE_PRINT_FUNCTION = 0x10000
CO_FUTURE_UNICODE_LITERALS = 0x20000
CO_GENERATOR_ALLOWED = 0x1000  # always on in 2.7; accepted and ignored
CO_NESTED = 0x0010

PyCF_MASK = (CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT
             | CO_FUTURE_WITH_STATEMENT | CO_FUTURE_PRINT_FUNCTION
             | CO_FUTURE_UNICODE_LITERALS)
PyCF_SOURCE_IS_UTF8 = 0x0100
PyCF_DONT_IMPLY_DEDENT = 0x0200
PyCF_ONLY_AST = 0x0400

# Not in 2.7's compile(): our own bits for the parser's callers.
PyCF_SOURCE_IS_FILE = 0x100000  # apply the "Non-ASCII character" rule
PyCF_TABTAB = 0x200000          # -tt: inconsistent tabs raise TabError
