"""The profiler behind cProfile, written in Python over sys.setprofile.

Profiler(timer=None, timeunit=0.0, subcalls=True, builtins=True) counts
calls and times per function (code objects, and built-in functions as
'<...>' descriptions) and, with subcalls, per caller/callee pair.
getstats() returns profiler_entry records with their profiler_subentry
lists, the times in seconds.

Accounting (as CPython's C module): each active call keeps its start time
and the time spent in the calls it made; on return the call's total and
inline (total minus sub-calls) times are added to its function, the total
only when no other call of the same function is still active (so recursion
is not counted twice); those calls count as recursive calls.  'exception'
events are ignored; calls still open when the profiler is disabled end
then.  The profiler's own Python frames are invisible, except that
disable() counts as the built-in "<method 'disable' of '_lsprof.Profiler'
objects>" like the C method it stands for.
"""
import sys
import time


class _StatRecord(tuple):
    """A tuple whose items are also attributes (a 2.7 struct sequence)."""
    _fields = ()
    n_sequence_fields = n_fields = 0

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != len(cls._fields):
            raise TypeError("%s() takes a %d-sequence (%d-sequence given)"
                            % (cls.__name__, len(cls._fields), len(values)))
        return tuple.__new__(cls, values)

    def __repr__(self):
        parts = ["%s=%r" % (name, value) for name, value in zip(self._fields, self)]
        return "_lsprof.%s(%s)" % (type(self).__name__, ", ".join(parts))

    def __reduce__(self):
        return (type(self), (tuple(self),))


def _record_type(name, fields, doc):
    namespace = {'__doc__': doc, '_fields': fields, '__slots__': (),
                 'n_sequence_fields': len(fields), 'n_fields': len(fields),
                 '__module__': '_lsprof'}
    for index, field in enumerate(fields):
        namespace[field] = property(lambda self, i=index: tuple.__getitem__(self, i))
    return type(name, (_StatRecord,), namespace)

profiler_entry = _record_type(
    'profiler_entry',
    ('code', 'callcount', 'reccallcount', 'totaltime', 'inlinetime', 'calls'),
    "One function's statistics: code (or a description of a built-in), "
    "calls, recursive calls, total and inline time, and the calls it made "
    "(profiler_subentry list, or None).")
profiler_subentry = _record_type(
    'profiler_subentry',
    ('code', 'callcount', 'reccallcount', 'totaltime', 'inlinetime'),
    "The statistics of the calls of one function made by another.")


class _Stat(object):
    """Counters of a function, or of a caller -> callee pair."""
    __slots__ = ('key', 'label', 'calls', 'recursive', 'total', 'inline',
                 'depth', 'callees')

    def __init__(self, key, label):
        self.key = key
        self.label = label
        self.calls = self.recursive = self.depth = 0
        self.total = self.inline = 0
        self.callees = None     # callee key -> _Stat (functions only)

    def close(self, total, inline):
        self.depth -= 1
        if self.depth == 0:
            self.total += total
        else:
            self.recursive += 1
        self.inline += inline
        self.calls += 1


class _Active(object):
    """A call in progress."""
    __slots__ = ('stat', 'start', 'below', 'outer')

    def __init__(self, stat, start, outer):
        self.stat = stat
        self.start = start
        self.below = 0          # time in the calls it made
        self.outer = outer


def _builtin_label(func):
    """How a built-in function or method is named in the statistics."""
    owner = getattr(func, '__self__', None)
    name = getattr(func, '__name__', '?')
    if owner is None or type(owner).__name__ == 'module':
        module = getattr(func, '__module__', None) or '__builtin__'
        if module != '__builtin__':
            return "<%s.%s>" % (module, name)
        return "<%s>" % name
    for klass in type(owner).__mro__:
        if name in klass.__dict__:
            return repr(klass.__dict__[name])
    return "<built-in method %s>" % name


_BuiltinType = type(len)


class Profiler(object):
    """Profiler(timer=None, timeunit=0.0, subcalls=True, builtins=True)

    Builds the profiling statistics: call enable(), run the code, call
    disable(), read getstats().  timer returns the time (seconds as a
    float, or a number of timeunit units when timeunit is given)."""

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        self._timer = timer
        self._unit = timeunit
        self._subcalls = bool(subcalls)
        self._builtins = bool(builtins)
        self._stats = {}
        self._current = None

    # ---- time ---------------------------------------------------------------

    def _now(self):
        timer = self._timer
        if timer is None:
            return time.time()
        try:
            value = timer()
            if self._unit > 0.0:
                return value
            return float(value)
        except Exception:
            sys.stderr.write("Exception ignored in profiler's timer\n")
            return 0

    def _factor(self):
        if self._timer is not None and self._unit > 0.0:
            return self._unit
        return 1.0

    # ---- the profile function -------------------------------------------------

    def _stat(self, key, label):
        stat = self._stats.get(key)
        if stat is None:
            stat = self._stats[key] = _Stat(key, label)
        return stat

    def _enter(self, key, label):
        stat = self._stat(key, label)
        stat.depth += 1
        outer = self._current
        if self._subcalls and outer is not None:
            caller = outer.stat
            if caller.callees is None:
                caller.callees = {}
            pair = caller.callees.get(key)
            if pair is None:
                pair = caller.callees[key] = _Stat(key, stat.label)
            pair.depth += 1
        self._current = _Active(stat, self._now(), outer)

    def _stop(self, active):
        total = self._now() - active.start
        inline = total - active.below
        outer = active.outer
        if outer is not None:
            outer.below += total
        self._current = outer
        active.stat.close(total, inline)
        if self._subcalls and outer is not None:
            outer.stat.callees[active.stat.key].close(total, inline)

    def _leave(self, key):
        active = self._current
        if active is None:
            return
        if key in self._stats:
            self._stop(active)
        else:
            self._current = active.outer

    def _callback(self, frame, event, arg):
        if event == 'call':
            code = frame.f_code
            if code in _OWN_CODES:
                if code is _DISABLE_CODE:
                    self._enter(_DISABLE_KEY, _DISABLE_LABEL)
                return
            self._enter(code, code)
        elif event == 'return':
            code = frame.f_code
            if code not in _OWN_CODES:
                self._leave(code)
        elif event == 'c_call':
            if self._builtins and isinstance(arg, _BuiltinType) \
                    and frame.f_code not in _OWN_CODES:
                key = _builtin_key(arg)
                self._enter(key, _builtin_label(arg))
        elif event in ('c_return', 'c_exception'):
            if self._builtins and isinstance(arg, _BuiltinType) \
                    and frame.f_code not in _OWN_CODES:
                self._leave(_builtin_key(arg))

    # ---- the API ----------------------------------------------------------------

    def enable(self, subcalls=True, builtins=True):
        """Start collecting profiling information."""
        self._subcalls = bool(subcalls)
        self._builtins = bool(builtins)
        sys.setprofile(self._callback)

    def disable(self):
        """Stop collecting profiling information (calls still active end
        here)."""
        sys.setprofile(None)
        while self._current is not None:
            self._stop(self._current)

    def clear(self):
        """Forget everything collected so far."""
        self._stats = {}
        self._current = None

    def getstats(self):
        """list of profiler_entry objects (times in seconds)."""
        factor = self._factor()
        entries = []
        for stat in self._stats.values():
            calls = None
            if self._subcalls and stat.callees:
                calls = [profiler_subentry((sub.label, sub.calls, sub.recursive,
                                            sub.total * factor, sub.inline * factor))
                         for sub in stat.callees.values()]
            elif self._subcalls:
                calls = []
            entries.append(profiler_entry((stat.label, stat.calls, stat.recursive,
                                           stat.total * factor, stat.inline * factor,
                                           calls)))
        return entries


def _builtin_key(func):
    """Calls of the same built-in on different objects share statistics."""
    owner = getattr(func, '__self__', None)
    if owner is None or type(owner).__name__ == 'module':
        return ('builtin', getattr(func, '__module__', None), func.__name__)
    return ('method', type(owner), func.__name__)

_DISABLE_KEY = ('method', Profiler, 'disable')
_DISABLE_LABEL = "<method 'disable' of '_lsprof.Profiler' objects>"
_DISABLE_CODE = Profiler.disable.im_func.func_code
# frames of the profiler itself, never recorded
_OWN_CODES = set([Profiler.enable.im_func.func_code, _DISABLE_CODE,
                  Profiler._callback.im_func.func_code])
