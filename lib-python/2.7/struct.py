"""Conversion between Python values and C structs packed in strings.
Everything lives in the _struct module; this module re-exports it."""
from _struct import *
from _struct import _clearcache
from _struct import __doc__
