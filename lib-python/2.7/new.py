"""Constructors of the interpreter's internal object types, kept for old code.

Each public name is a type from the `types` module under its historical
name here; calling it builds an object of that type.  Deprecated since 2.6:
under -3 importing it warns that Python 3 has no such module.
"""
import sys as _sys
import types as _t

if _sys.py3kwarning:
    import warnings as _w
    _w.warn("The 'new' module has been removed in Python 3.0; use the "
            "'types' module instead.", DeprecationWarning, stacklevel=2)

# historical name -> the type it stands for
classobj = _t.ClassType             # old-style class: classobj(name, bases, dict)
instance = _t.InstanceType          # instance(cls[, dict]) skips __init__
instancemethod = _t.MethodType      # instancemethod(function, obj, cls)
function = _t.FunctionType          # function(code, globals[, name, defaults, closure])
code = _t.CodeType
module = _t.ModuleType

del _sys, _t
