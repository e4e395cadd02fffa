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
    """Import a module.

    The 'package' argument is required when performing a relative import. It
    specifies the package to use as the anchor point from which to resolve the
    relative import to an absolute import.
    """
    if name.startswith('.'):
        if not package:
            raise TypeError("relative imports require the 'package' argument")
        level = len(name) - len(name.lstrip('.'))
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]
