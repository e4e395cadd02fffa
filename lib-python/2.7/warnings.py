"""Issuing and filtering warnings: warn, warn_explicit, filterwarnings,
simplefilter, resetwarnings, showwarning, formatwarning, catch_warnings."""

import sys
import linecache

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings",
           "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


class _Pattern(object):
    """A regular expression for the message and module fields of a filter.
    Without an re module here, this covers the usual subset: literals,
    escapes (\\d \\w \\s and escaped characters), '.', [classes] with ranges
    and negation, the quantifiers * + ? and an ending '$'.  match() anchors
    at the start, like re.match()."""

    def __init__(self, pattern, ignorecase=False):
        self.pattern = pattern
        self.ignorecase = ignorecase
        self.items = []
        self.anchored_end = False
        i = 0
        n = len(pattern)
        while i < n:
            c = pattern[i]
            if c == '$' and i == n - 1:
                self.anchored_end = True
                i += 1
                continue
            if c == '^' and i == 0:
                i += 1
                continue
            if c == '[':
                j = i + 1
                negate = False
                if j < n and pattern[j] == '^':
                    negate = True
                    j += 1
                chars = []
                first = True
                while j < n and (pattern[j] != ']' or first):
                    first = False
                    ch = pattern[j]
                    if ch == '\\' and j + 1 < n:
                        j += 1
                        cls = self._escape_class(pattern[j])
                        if cls is not None:
                            chars.extend(cls)
                            j += 1
                            continue
                        ch = pattern[j]
                    if j + 2 < n and pattern[j + 1] == '-' and pattern[j + 2] != ']':
                        for k in range(ord(ch), ord(pattern[j + 2]) + 1):
                            chars.append(unichr(k) if k > 255 else chr(k))
                        j += 3
                    else:
                        chars.append(ch)
                        j += 1
                i = j + 1
                test = self._set(chars, negate)
            elif c == '\\' and i + 1 < n:
                cls = self._escape_class(pattern[i + 1])
                if cls is None:
                    cls = [pattern[i + 1]]
                i += 2
                test = self._set(cls, False)
            elif c == '.':
                i += 1
                test = lambda ch: ch != '\n'
            else:
                i += 1
                test = self._set([c], False)
            lo, hi = 1, 1
            if i < n and pattern[i] in '*+?':
                lo, hi = {'*': (0, -1), '+': (1, -1), '?': (0, 1)}[pattern[i]]
                i += 1
                if i < n and pattern[i] == '?':
                    i += 1      # a lazy quantifier: same set of matches
            self.items.append((test, lo, hi))

    def _escape_class(self, ch):
        if ch == 'd':
            return list('0123456789')
        if ch == 'w':
            return list('abcdefghijklmnopqrstuvwxyz'
                        'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if ch == 's':
            return list(' \t\n\r\v\f')
        return None

    def _set(self, chars, negate):
        members = {}
        for ch in chars:
            members[ch] = True
            if self.ignorecase:
                members[ch.lower()] = True
                members[ch.upper()] = True
        ignorecase = self.ignorecase
        if negate:
            def test(ch):
                if ignorecase:
                    return (ch not in members and ch.lower() not in members
                            and ch.upper() not in members)
                return ch not in members
        else:
            def test(ch):
                if ch in members:
                    return True
                return ignorecase and (ch.lower() in members or
                                       ch.upper() in members)
        return test

    def match(self, s):
        return self._match(s, 0, 0) >= 0

    def _match(self, s, pos, k):
        if k == len(self.items):
            if self.anchored_end and pos != len(s) and s[pos:] != '\n':
                return -1
            return pos
        test, lo, hi = self.items[k]
        end = pos
        n = len(s)
        while end < n and (hi < 0 or end - pos < hi) and test(s[end]):
            end += 1
        while end - pos >= lo:
            r = self._match(s, end, k + 1)
            if r >= 0:
                return r
            end -= 1
        return -1

    def __eq__(self, other):
        return (isinstance(other, _Pattern) and
                self.pattern == other.pattern and
                self.ignorecase == other.ignorecase)

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self.pattern)

    def __repr__(self):
        return '<pattern %r>' % (self.pattern,)


def warnpy3k(message, category=None, stacklevel=1):
    """Warn about Python 3 incompatibilities when run with -3."""
    if getattr(sys, 'py3kwarning', False):
        if category is None:
            category = DeprecationWarning
        warn(message, category, stacklevel + 1)


def _show_warning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except IOError:
        pass

showwarning = _show_warning


def formatwarning(message, category, filename, lineno, line=None):
    """The text of a warning: 'file:line: Category: message' and, when the
    source line is known, that line indented on the next line."""
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = linecache.getline(filename, lineno)
    if line:
        line = line.strip()
        s += "  %s\n" % line
    return s


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=0):
    """Add a filter: the message and module are regular expressions (the
    message one case-insensitive); the filter goes first unless append."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, basestring), "message must be a string"
    assert isinstance(category, (type, type(_ClassicClass))), \
        "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, basestring), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    item = (action, _Pattern(message, True), category, _Pattern(module),
            lineno)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def simplefilter(action, category=Warning, lineno=0, append=0):
    """Add a filter matching every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    item = (action, None, category, None, lineno)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def resetwarnings():
    """Remove every filter."""
    filters[:] = []


class _OptionError(Exception):
    """A bad -W option."""


class _ClassicClass:
    pass


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError, msg:
            sys.stderr.write("Invalid -W option ignored: %s\n" % (msg,))


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,))
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in _ACTIONS:
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    import exceptions
    cat = getattr(exceptions, category, None)
    if cat is None:
        raise _OptionError("unknown warning category: %r" % (category,))
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


def warn(message, category=None, stacklevel=1):
    """Issue a warning, or raise it when the filters say 'error'."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    assert issubclass(category, Warning)
    try:
        caller = sys._getframe(stacklevel)
    except ValueError:
        globals = sys.__dict__
        lineno = 1
    else:
        globals = caller.f_globals
        lineno = caller.f_lineno
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = "<string>"
    filename = globals.get('__file__')
    if filename:
        if filename.lower()[-4:] in (".pyc", ".pyo"):
            filename = filename[:-1]
    else:
        if module == "__main__":
            try:
                filename = sys.argv[0]
            except (AttributeError, IndexError, TypeError):
                filename = '__main__'
        if not filename:
            filename = module
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None):
    """Issue a warning whose place (file, line, module) is given."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and
                issubclass(category, cat) and
                (mod is None or mod.match(module)) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        registry[key] = 1
        return
    # read the source now, while a loader given in module_globals can help
    linecache.getlines(filename, module_globals)
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n"
                           " %s" % (action, item))
    if not hasattr(showwarning, '__call__'):
        raise TypeError("warnings.showwarning() must be set to a "
                        "function or method")
    showwarning(message, category, filename, lineno)


class WarningMessage(object):
    """The details of one warning, as recorded by catch_warnings."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """Save the filters and showwarning() on entry and restore them on exit;
    with record=True, warnings are collected in the list __enter__ returns
    instead of being shown."""

    def __init__(self, record=False, module=None):
        self._record = record
        if module is None:
            module = sys.modules['warnings']
        self._module = module
        self._entered = False

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % (self._module,))
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % (self,))
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._showwarning = self._module.showwarning
        if self._record:
            log = []

            def showwarning(*args, **kwargs):
                log.append(WarningMessage(*args, **kwargs))
            self._module.showwarning = showwarning
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first"
                               % (self,))
        self._module.filters = self._filters
        self._module.showwarning = self._showwarning


# the module-level state
filters = []
defaultaction = "default"
onceregistry = {}

if not getattr(sys, 'py3kwarning', False):
    simplefilter("ignore", category=DeprecationWarning, append=1)
    simplefilter("ignore", category=PendingDeprecationWarning, append=1)
simplefilter("ignore", category=ImportWarning, append=1)
_bytes_warning = getattr(sys.flags, 'bytes_warning', 0) \
    if hasattr(sys, 'flags') else 0
if _bytes_warning > 1:
    simplefilter("error", category=BytesWarning, append=1)
elif _bytes_warning:
    simplefilter("default", category=BytesWarning, append=1)
else:
    simplefilter("ignore", category=BytesWarning, append=1)
del _bytes_warning
_processoptions(getattr(sys, 'warnoptions', []))
