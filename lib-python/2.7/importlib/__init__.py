"""importlib (2.7): import_module(), the one function 2.7 provides to
import a module by name, resolving relative names against a package."""
import sys


def _resolve_name(name, package, level):
    """The absolute name of a relative import of the given level."""
    if not hasattr(package, 'rindex'):
        raise ValueError("'package' not set to a string")
    base = package
    for _ in xrange(level - 1):
        try:
            base = base[:base.rindex('.')]
        except ValueError:
            raise ValueError("attempted relative import beyond top-level package")
    return "%s.%s" % (base, name) if name else base


def import_module(name, package=None):
    """Import the module called name and return it (the module itself, not
    its top-level package).  A name starting with dots is relative to the
    package named by `package`, which must then be given."""
    if name.startswith('.'):
        if not package:
            raise TypeError("relative imports require the 'package' argument")
        level = len(name) - len(name.lstrip('.'))
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]
