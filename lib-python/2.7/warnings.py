"""Warning messages: issuing them (warn, warn_explicit), deciding what
happens to them (the filters list, filterwarnings, simplefilter,
resetwarnings), showing them (showwarning, formatwarning) and capturing
them temporarily (catch_warnings).

CPython 2.7 runs warn() and warn_explicit() in C; these versions follow
that code's observable rules (registry keys, the once/module bookkeeping,
what showwarning may be) rather than the older pure-Python ones.
"""
import sys
import linecache
from types import FunctionType as _FunctionType, MethodType as _MethodType

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings",
           "catch_warnings"]

# The actions a filter can take, in the order -W abbreviations are tried.
_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


# ---- showing ---------------------------------------------------------------

def formatwarning(message, category, filename, lineno, line=None):
    """'filename:lineno: Category: message' plus a line with the stripped
    source text when it is known (read through linecache if line is None;
    a line of blanks still gives an empty second line).

    The result is a str unless a part is unicode that ASCII cannot hold;
    then byte strings are decoded: the file name with the file system
    encoding, the source line as Latin-1."""
    if isinstance(message, unicode):
        try:
            message = str(message)
        except UnicodeError:
            pass
    rest = "%s: %s: %s\n" % (lineno, category.__name__, message)
    if line is None:
        line = linecache.getline(filename, lineno)
    if isinstance(rest, unicode) or isinstance(filename, unicode) or isinstance(line, unicode):
        if isinstance(filename, str):
            try:
                filename = filename.decode(sys.getfilesystemencoding() or 'ascii')
            except UnicodeError:
                pass
        if isinstance(line, str):
            line = line.decode('latin-1')
        rest = unicode(rest)
    text = "%s:" % (filename,) + rest
    if line:
        text += "  %s\n" % line.strip()
    return text


def _show_warning(message, category, filename, lineno, file=None, line=None):
    """The standard showwarning(): print formatwarning()'s text to file,
    sys.stderr by default; output errors (a closed pipe) are ignored."""
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except IOError:
        pass

showwarning = _show_warning


# ---- the filters -------------------------------------------------------------
# Each filter is (action, message regex or None, category, module regex or
# None, lineno); the first one matching a warning decides its fate.

def _check_filter_args(action, lineno):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"


def _add_filter(entry, append):
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=0):
    """Add a filter.  message is a regular expression matched
    case-insensitively at the start of the warning text, module one matched
    against the module name; lineno 0 matches every line.  The filter goes
    in front of the others unless append is true."""
    import re
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, basestring), "message must be a string"
    assert isinstance(category, (type, _ClassicType)), \
        "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, basestring), "module must be a string"
    _check_filter_args(action, lineno)
    _add_filter((action, re.compile(message, re.I), category,
                 re.compile(module), lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=0):
    """Add a filter that applies whatever the message and the module."""
    _check_filter_args(action, lineno)
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Remove all filters (warnings then get defaultaction)."""
    filters[:] = []


class _OptionError(Exception):
    """A -W option that cannot be understood."""


class _Classic:
    pass

_ClassicType = type(_Classic)


def _processoptions(args):
    """Install the filters given with -W; bad ones are reported and skipped."""
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError, why:
            sys.stderr.write("Invalid -W option ignored: %s\n" % (why,))


def _setoption(arg):
    """One -W option, action:message:category:module:lineno (trailing
    fields may be left out).  message and module are literal text here."""
    import re
    fields = [part.strip() for part in arg.split(':')]
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    fields += [''] * (5 - len(fields))
    action, message, category, module, lineno = fields
    action = _getaction(action)
    message = re.escape(message)
    category = _getcategory(category)
    module = re.escape(module)
    if module:
        module += '$'
    if not lineno:
        lineno = 0
    else:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,))
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    """The action that an -W abbreviation stands for."""
    if not action:
        return "default"
    if action == "all":
        return "always"
    for candidate in _ACTIONS:
        if candidate.startswith(action):
            return candidate
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    """The warning class named by a -W option: a built-in name or a dotted
    module.attribute path."""
    if not category:
        return Warning
    if category.replace('_', 'a').isalnum():
        import __builtin__
        found = getattr(__builtin__, category, None)
        if found is None:
            raise _OptionError("unknown warning category: %r" % (category,))
    else:
        modname, _, attr = category.rpartition('.')
        try:
            holder = __import__(modname, None, None, [attr])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,))
        try:
            found = getattr(holder, attr)
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (category,))
    if not issubclass(found, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return found


# ---- issuing -------------------------------------------------------------------

_NOT_GIVEN = object()


def warn(message, category=_NOT_GIVEN, stacklevel=1):
    """Issue a warning attributed to the code stacklevel frames up (1: the
    caller of warn).  message may be a Warning instance, which then also
    gives the category; otherwise category defaults to UserWarning."""
    if isinstance(message, Warning):
        category = message.__class__
    elif category is _NOT_GIVEN:
        category = UserWarning
    if not issubclass(category, Warning):
        raise ValueError("category is not a subclass of Warning")
    try:
        frame = sys._getframe(max(stacklevel, 1))
    except ValueError:
        # fewer frames than that: blame the sys module
        namespace = sys.__dict__
        lineno = 1
    else:
        namespace = frame.f_globals
        lineno = frame.f_lineno
    try:
        registry = namespace['__warningregistry__']
    except KeyError:
        registry = namespace['__warningregistry__'] = {}
    module = namespace.get('__name__', "<string>")
    filename = _source_name(namespace.get('__file__'), module)
    warn_explicit(message, category, filename, lineno, module, registry, namespace)


def _source_name(filename, module):
    """The file a warning names: __file__ with .pyc/.pyo turned into .py;
    without __file__, sys.argv[0] for __main__, else the module name."""
    if filename:
        if filename[-4:].lower() in ('.pyc', '.pyo'):
            return filename[:-1]
        return filename
    if module == '__main__':
        argv = getattr(sys, 'argv', None)
        if isinstance(argv, list) and argv:
            return argv[0] or '__main__'
        return '__main__'
    return module


def _matching_action(text, category, module, lineno):
    """The action of the first filter matching the warning, and that filter."""
    for position, entry in enumerate(filters):
        if type(entry) is not tuple or len(entry) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % position)
        action, text_re, cls, module_re, line = entry
        if text_re is not None and not text_re.match(text):
            continue
        if not issubclass(category, cls):
            continue
        if module_re is not None and not module_re.match(module):
            continue
        if line == 0 or line == lineno:
            return action, entry
    return defaultaction, None


def _seen_before(registry, key):
    """Whether key is marked in registry; marks it when not."""
    if registry.get(key):
        return True
    registry[key] = True
    return False


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None):
    """Issue a warning for an explicit place.  module defaults to filename
    without '.py'; registry (a dict, normally the module's
    __warningregistry__) remembers what was already shown."""
    if not isinstance(lineno, (int, long)):
        raise TypeError("an integer is required")
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module is None:
        if not isinstance(filename, basestring):
            raise TypeError("expected string, %s found" % type(filename).__name__)
        module = filename
        if module.endswith('.py'):
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry and registry.get(key):
        return
    action, entry = _matching_action(text, category, module, lineno)
    if action == "error":
        raise message
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "ignore":
            return
        elif action == "once":
            if registry is None:
                registry = onceregistry
            if _seen_before(registry, (text, category)):
                return
        elif action == "module":
            if registry is not None and _seen_before(registry, (text, category)):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%s) in warnings.filters:\n %s"
                               % (action, entry))
    # Make the source line available to showwarning, in case the loader
    # in module_globals is the only way to read it.
    linecache.getlines(filename, module_globals)
    try:
        show = showwarning
    except NameError:
        # deleted from the module: print the standard way
        sys.stderr.write(formatwarning(message, category, filename, lineno))
        return
    if not isinstance(show, (_FunctionType, _MethodType)):
        raise TypeError("warnings.showwarning() must be set to a "
                        "function or method")
    show(message, category, filename, lineno)


def warnpy3k(message, category=None, stacklevel=1):
    """Warn about code that behaves differently in Python 3; only active
    under -3.  The category defaults to DeprecationWarning."""
    if getattr(sys, 'py3kwarning', False):
        warn(message, category or DeprecationWarning, stacklevel + 1)


# ---- capturing -------------------------------------------------------------

class WarningMessage(object):
    """The arguments of one showwarning() call, kept by catch_warnings."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None):
        values = (message, category, filename, lineno, file, line)
        for name, value in zip(self._WARNING_DETAILS, values):
            setattr(self, name, value)
        self._category_name = category and category.__name__ or None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager restoring the warnings module's filters and
    showwarning on exit.  With record=True, __enter__ returns a list that
    collects a WarningMessage per warning instead of printing it.  module
    replaces the warnings module (for testing)."""

    def __init__(self, record=False, module=None):
        self._record = record
        self._module = module or sys.modules['warnings']
        self._entered = False

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules['warnings']:
            shown.append("module=%r" % (self._module,))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % (self,))
        self._entered = True
        target = self._module
        self._filters = target.filters
        self._showwarning = target.showwarning
        target.filters = list(self._filters)
        if not self._record:
            return None
        log = []

        def showwarning(*args, **kwargs):
            log.append(WarningMessage(*args, **kwargs))
        target.showwarning = showwarning
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first"
                               % (self,))
        self._module.filters = self._filters
        self._module.showwarning = self._showwarning


# ---- module state and the default filters ---------------------------------------
# The built-in _warnings module does the issuing and owns the filter state
# (with its default filters already installed); the definitions above are
# the fallback used without it.

try:
    from _warnings import (filters, default_action, once_registry,
                           warn, warn_explicit)
    defaultaction = default_action
    onceregistry = once_registry
    _warnings_defaults = True
except ImportError:
    filters = []
    defaultaction = "default"
    onceregistry = {}
    _warnings_defaults = False


def _install_defaults():
    if not getattr(sys, 'py3kwarning', False):
        simplefilter("ignore", category=DeprecationWarning, append=1)
    simplefilter("ignore", category=PendingDeprecationWarning, append=1)
    simplefilter("ignore", category=ImportWarning, append=1)
    flags = getattr(sys, 'flags', None)
    level = getattr(flags, 'bytes_warning', 0)
    bytes_action = level > 1 and "error" or level and "default" or "ignore"
    simplefilter(bytes_action, category=BytesWarning, append=1)

_processoptions(getattr(sys, 'warnoptions', []))
if not _warnings_defaults:
    _install_defaults()
del _warnings_defaults
