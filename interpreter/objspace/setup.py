"""Assembling the object space at build time: each part of the interpreter
has one module with a `setup(space)` function creating its types and objects.
The order matters: the type system first, since every other part creates types."""
import importlib

from pypy27.support.markers import not_rpython

PARTS = [
    "pypy27.interpreter.objspace.setup_types",       # object, type, None, exceptions, descriptors
    "pypy27.interpreter.objspace.setup_numbers",     # bool, int, long, float, complex
    "pypy27.interpreter.objspace.setup_strings",     # str, unicode, bytearray, buffer, memoryview
    "pypy27.interpreter.objspace.setup_containers",  # tuple, list, dict, set, frozenset, xrange, slice
    "pypy27.interpreter.setup_eval",                 # code, frame, function, method, generator, cell
    "pypy27.interpreter.module.setup_modules",       # __builtin__, sys, exceptions
]


@not_rpython
def setup_all(space: object) -> None:
    for name in PARTS:
        importlib.import_module(name).setup(space)
