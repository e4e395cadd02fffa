"""The debugger framework under pdb: stepping, breakpoints and the frame
stack over sys.settrace.

A subclass of Bdb decides what happens when execution stops by overriding
user_call, user_line, user_return and user_exception, and resumes it with
one of the set_* methods (set_step, set_next, set_return, set_until,
set_continue, set_quit).  Breakpoints are Breakpoint objects, numbered
from 1 for the whole process.
"""
import fnmatch
import os
import sys
import types

__all__ = ["BdbQuit", "Bdb", "Breakpoint"]


class BdbQuit(Exception):
    """Raised (and caught by run/runcall) to abandon the debugged code."""


class Bdb:
    """The generic debugger.  skip: glob patterns of module names in which
    execution never stops."""

    def __init__(self, skip=None):
        self.skip = set(skip) if skip else None
        self.breaks = {}            # canonical file name -> [line, ...]
        self.fncache = {}
        self.frame_returning = None

    def canonic(self, filename):
        """The absolute, case-normalised form of a file name; '<...>'
        names (strings, doctests) stay as they are."""
        if filename[:1] == "<" and filename[-1:] == ">":
            return filename
        known = self.fncache.get(filename)
        if not known:
            known = os.path.normcase(os.path.abspath(filename))
            self.fncache[filename] = known
        return known

    def reset(self):
        """Forget the stack and stepping state (and stale source lines)."""
        import linecache
        self.botframe = None
        self._set_stopinfo(None, None)
        linecache.checkcache()

    # ---- the trace function -------------------------------------------------

    def trace_dispatch(self, frame, event, arg):
        """sys.settrace's function: hands each event to dispatch_<event>."""
        if self.quitting:
            return None
        handler = self._HANDLERS.get(event)
        if handler is not None:
            return handler(self, frame, arg)
        if event not in ('c_call', 'c_exception', 'c_return'):
            print 'bdb.Bdb.dispatch: unknown debugging event:', repr(event)
        return self.trace_dispatch

    def _check_quit(self):
        if self.quitting:
            raise BdbQuit

    def dispatch_line(self, frame):
        if self.stop_here(frame) or self.break_here(frame):
            self.user_line(frame)
            self._check_quit()
        return self.trace_dispatch

    def dispatch_call(self, frame, arg):
        if self.botframe is None:
            # the first call seen: its caller is the bottom of the stack
            self.botframe = frame.f_back
            return self.trace_dispatch
        if not self.stop_here(frame) and not self.break_anywhere(frame):
            return None     # no reason to trace inside this call
        self.user_call(frame, arg)
        self._check_quit()
        return self.trace_dispatch

    def dispatch_return(self, frame, arg):
        if self.stop_here(frame) or frame is self.returnframe:
            self.frame_returning = frame
            try:
                self.user_return(frame, arg)
            finally:
                self.frame_returning = None
            self._check_quit()
        return self.trace_dispatch

    def dispatch_exception(self, frame, arg):
        if self.stop_here(frame):
            self.user_exception(frame, arg)
            self._check_quit()
        return self.trace_dispatch

    # event -> handler (line events carry no argument)
    _HANDLERS = {
        'line': lambda self, frame, arg: self.dispatch_line(frame),
        'call': lambda self, frame, arg: self.dispatch_call(frame, arg),
        'return': lambda self, frame, arg: self.dispatch_return(frame, arg),
        'exception': lambda self, frame, arg: self.dispatch_exception(frame, arg),
    }

    # ---- where to stop ------------------------------------------------------------

    def is_skipped_module(self, module_name):
        """Whether module_name matches one of the skip patterns."""
        return any(fnmatch.fnmatch(module_name, p) for p in self.skip)

    def stop_here(self, frame):
        """Whether stepping stops in frame."""
        if self.skip and self.is_skipped_module(frame.f_globals.get('__name__')):
            return False
        if frame is self.stopframe:
            # stoplineno -1 means 'continue': only breakpoints stop
            return self.stoplineno != -1 and frame.f_lineno >= self.stoplineno
        # below the stop frame (called from it) but above the bottom
        while frame is not None and frame is not self.stopframe:
            if frame is self.botframe:
                return True
            frame = frame.f_back
        return False  # the stop frame's callers are not stepped into

    def break_here(self, frame):
        """Whether an active breakpoint is on frame's line (or, for a
        breakpoint on a function, its first line)."""
        filename = self.canonic(frame.f_code.co_filename)
        lines = self.breaks.get(filename)
        if not lines:
            return False
        lineno = frame.f_lineno
        if lineno not in lines:
            lineno = frame.f_code.co_firstlineno
            if lineno not in lines:
                return False
        bp, really = effective(filename, lineno, frame)
        if not bp:
            return False
        self.currentbp = bp.number
        if really and bp.temporary:
            self.do_clear(str(bp.number))
        return True

    def do_clear(self, arg):
        """Delete a temporary breakpoint once hit (pdb provides it)."""
        raise NotImplementedError("subclass of bdb must implement do_clear()")

    def break_anywhere(self, frame):
        return self.canonic(frame.f_code.co_filename) in self.breaks

    # ---- what a subclass overrides ----------------------------------------------

    def user_call(self, frame, argument_list):
        """Stopped at the start of a called function."""
        pass

    def user_line(self, frame):
        """Stopped at a line (a step or a breakpoint)."""
        pass

    def user_return(self, frame, return_value):
        """Stopped as a function returns."""
        pass

    def user_exception(self, frame, exc_info):
        """Stopped where an exception was raised or passes through."""
        pass

    # ---- how to resume ------------------------------------------------------------

    def _set_stopinfo(self, stopframe, returnframe, stoplineno=0):
        # with stopframe: stop there once the line is >= stoplineno
        self.stopframe, self.stoplineno = stopframe, stoplineno
        self.returnframe = returnframe
        self.quitting = 0

    def set_until(self, frame, lineno=None):
        """Stop at a line past lineno (the next line by default) in frame,
        or when it returns."""
        if lineno is None:
            lineno = frame.f_lineno + 1
        self._set_stopinfo(frame, frame, lineno)

    def set_step(self):
        """Stop at the very next event."""
        returning = self.frame_returning
        if returning is not None:
            # a caller not traced before must be, to stop in it next
            caller = returning.f_back
            if caller is not None and not caller.f_trace:
                caller.f_trace = self.trace_dispatch
        self._set_stopinfo(None, None)

    def set_next(self, frame):
        """Stop at the next line in frame (or in a caller)."""
        self._set_stopinfo(frame, None)

    def set_return(self, frame):
        """Stop when frame returns."""
        self._set_stopinfo(frame.f_back, frame)

    def set_trace(self, frame=None):
        """Start debugging at frame (the caller's by default)."""
        if frame is None:
            frame = sys._getframe().f_back
        self.reset()
        # every frame of the stack is traced; the outermost is the bottom
        while frame is not None:
            frame.f_trace = self.trace_dispatch
            self.botframe, frame = frame, frame.f_back
        self.set_step()
        sys.settrace(self.trace_dispatch)

    def set_continue(self):
        """Run until a breakpoint; without any, stop tracing altogether."""
        self._set_stopinfo(self.botframe, None, -1)
        if self.breaks:
            return
        sys.settrace(None)
        frame = sys._getframe().f_back
        while frame is not None and frame is not self.botframe:
            del frame.f_trace
            frame = frame.f_back

    def set_quit(self):
        """Abandon the debugged code (BdbQuit at the next event)."""
        self.stopframe = self.botframe
        self.returnframe = None
        self.quitting = 1
        sys.settrace(None)

    # ---- breakpoints ------------------------------------------------------------------
    # Methods that can fail return an error message, None on success.

    def set_break(self, filename, lineno, temporary=0, cond=None, funcname=None):
        import linecache
        filename = self.canonic(filename)
        if not linecache.getline(filename, lineno):
            return 'Line %s:%d does not exist' % (filename, lineno)
        lines = self.breaks.setdefault(filename, [])
        if lineno not in lines:
            lines.append(lineno)
        Breakpoint(filename, lineno, temporary, cond, funcname)

    def _prune_breaks(self, filename, lineno):
        """Forget the line once no breakpoint is left on it."""
        lines = self.breaks[filename]
        if (filename, lineno) not in Breakpoint.bplist:
            lines.remove(lineno)
        if not lines:
            del self.breaks[filename]

    def clear_break(self, filename, lineno):
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return 'There are no breakpoints in %s' % filename
        if lineno not in self.breaks[filename]:
            return 'There is no breakpoint at %s:%d' % (filename, lineno)
        for bp in list(Breakpoint.bplist[filename, lineno]):
            bp.deleteMe()
        self._prune_breaks(filename, lineno)

    def clear_bpbynumber(self, arg):
        try:
            number = int(arg)
        except Exception:
            return 'Non-numeric breakpoint number (%s)' % arg
        if not 0 <= number < len(Breakpoint.bpbynumber):
            return 'Breakpoint number (%d) out of range' % number
        bp = Breakpoint.bpbynumber[number]
        if bp is None:
            return 'Breakpoint (%d) already deleted' % number
        bp.deleteMe()
        self._prune_breaks(bp.file, bp.line)

    def clear_all_file_breaks(self, filename):
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return 'There are no breakpoints in %s' % filename
        for lineno in self.breaks.pop(filename):
            for bp in list(Breakpoint.bplist[filename, lineno]):
                bp.deleteMe()

    def clear_all_breaks(self):
        if not self.breaks:
            return 'There are no breakpoints'
        self.breaks = {}
        for bp in list(Breakpoint.bpbynumber):
            if bp is not None:
                bp.deleteMe()

    def get_break(self, filename, lineno):
        filename = self.canonic(filename)
        return filename in self.breaks and lineno in self.breaks[filename]

    def get_breaks(self, filename, lineno):
        if not self.get_break(filename, lineno):
            return []
        return Breakpoint.bplist[self.canonic(filename), lineno]

    def get_file_breaks(self, filename):
        return self.breaks.get(self.canonic(filename), [])

    def get_all_breaks(self):
        return self.breaks

    # ---- the stack ----------------------------------------------------------------

    def get_stack(self, f, t):
        """([(frame, lineno), ...] from the bottom frame up to f and then
        down traceback t, the index of f in it)."""
        stack = []
        if t is not None and t.tb_frame is f:
            t = t.tb_next
        # from f down to the bottom frame, then reversed
        while f is not None:
            stack.insert(0, (f, f.f_lineno))
            if f is self.botframe:
                break
            f = f.f_back
        index = max(0, len(stack) - 1)
        while t is not None:
            stack.append((t.tb_frame, t.tb_lineno))
            t = t.tb_next
        if f is None:
            index = max(0, len(stack) - 1)
        return stack, index

    def format_stack_entry(self, frame_lineno, lprefix=': '):
        """'file(line)function(args)->return value: source line'."""
        import linecache
        import repr as reprlib
        frame, lineno = frame_lineno
        filename = self.canonic(frame.f_code.co_filename)
        text = '%s(%r)%s' % (filename, lineno, frame.f_code.co_name or "<lambda>")
        args = frame.f_locals.get('__args__')
        text += args and reprlib.repr(args) or '()'
        if '__return__' in frame.f_locals:
            text += '->' + reprlib.repr(frame.f_locals['__return__'])
        line = linecache.getline(filename, lineno, frame.f_globals)
        if line:
            text += lprefix + line.strip()
        return text

    # ---- running code under the debugger ------------------------------------------

    def _start(self):
        self.reset()
        sys.settrace(self.trace_dispatch)

    def _stop(self):
        self.quitting = 1
        sys.settrace(None)

    # the debugged code runs directly in these methods' frames (no helper
    # function in between, which the tracer would see)

    def run(self, cmd, globals=None, locals=None):
        """Debug a statement (source or code object) from its start."""
        globals, locals = _namespaces(globals, locals)
        if not isinstance(cmd, types.CodeType):
            cmd += '\n'
        self._start()
        try:
            exec cmd in globals, locals
        except BdbQuit:
            pass
        finally:
            self._stop()

    def runeval(self, expr, globals=None, locals=None):
        """Debug an expression; returns its value (None if quit)."""
        globals, locals = _namespaces(globals, locals)
        if not isinstance(expr, types.CodeType):
            expr += '\n'
        self._start()
        try:
            return eval(expr, globals, locals)
        except BdbQuit:
            return None
        finally:
            self._stop()

    def runctx(self, cmd, globals, locals):
        self.run(cmd, globals, locals)

    def runcall(self, func, *args, **kwds):
        """Debug a call; returns its result (None if quit)."""
        self._start()
        result = None
        try:
            result = func(*args, **kwds)
        except BdbQuit:
            pass
        finally:
            self._stop()
        return result


def _namespaces(globals, locals):
    """__main__'s dict by default; locals default to globals."""
    if globals is None:
        import __main__
        globals = __main__.__dict__
    return globals, (globals if locals is None else locals)


def set_trace():
    Bdb().set_trace()


class Breakpoint:
    """A breakpoint on a line, optionally only when a function's first line
    runs (funcname), when cond is true, after ignore crossings, or only
    once (temporary).  The class keeps them all: by number (bpbynumber,
    None once deleted) and by (file, line) (bplist)."""

    next = 1
    bplist = {}
    bpbynumber = [None]

    def __init__(self, file, line, temporary=0, cond=None, funcname=None):
        self.file, self.line, self.funcname = file, line, funcname
        self.temporary, self.cond = temporary, cond
        self.func_first_executable_line = None
        self.enabled = 1
        self.hits = self.ignore = 0
        self.number = Breakpoint.next
        Breakpoint.next += 1
        self.bpbynumber.append(self)
        self.bplist.setdefault((file, line), []).append(self)

    def deleteMe(self):
        where = (self.file, self.line)
        self.bpbynumber[self.number] = None
        self.bplist[where].remove(self)
        if not self.bplist[where]:
            del self.bplist[where]

    def enable(self):
        self.enabled = 1

    def disable(self):
        self.enabled = 0

    def bpprint(self, out=None):
        """The lines of pdb's breakpoint table for this one."""
        if out is None:
            out = sys.stdout
        disposition = self.temporary and 'del  ' or 'keep '
        disposition += self.enabled and 'yes  ' or 'no   '
        print >>out, '%-4dbreakpoint   %s at %s:%d' % (
            self.number, disposition, self.file, self.line)
        if self.cond:
            print >>out, '\tstop only if %s' % (self.cond,)
        if self.ignore:
            print >>out, '\tignore next %d hits' % (self.ignore,)
        if self.hits:
            print >>out, '\tbreakpoint already hit %d time%s' % (
                self.hits, self.hits > 1 and 's' or '')


def checkfuncname(b, frame):
    """Whether breakpoint b applies where frame is."""
    if not b.funcname:
        # a line breakpoint hit through its function's first line
        return b.line == frame.f_lineno
    if frame.f_code.co_name != b.funcname:
        return False
    # a function breakpoint stops at the first line that runs in it
    if not b.func_first_executable_line:
        b.func_first_executable_line = frame.f_lineno
    return b.func_first_executable_line == frame.f_lineno


def effective(file, line, frame):
    """(breakpoint, True) for the breakpoint at file:line that stops here,
    (breakpoint, False) when its condition could not be evaluated (it
    stops, but a temporary one is kept), (None, None) when none does.
    Counts hits and ignores."""
    for b in Breakpoint.bplist[file, line]:
        if not b.enabled or not checkfuncname(b, frame):
            continue
        b.hits += 1
        if b.cond:
            try:
                ok = eval(b.cond, frame.f_globals, frame.f_locals)
            except:
                return b, False
            if not ok:
                continue
        if b.ignore > 0:
            b.ignore -= 1
            continue
        return b, True
    return None, None
