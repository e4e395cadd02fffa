"""Extract, format and print Python stack traces and exceptions, in 2.7's
formats (the interpreter prints uncaught exceptions the same way)."""

import linecache
import sys
import types

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'tb_lineno']


def _print(file, text='', terminator='\n'):
    file.write(text + terminator)


def _limit(limit):
    if limit is None and hasattr(sys, 'tracebacklimit'):
        return sys.tracebacklimit
    return limit


def _source_line(filename, lineno, module_globals):
    linecache.checkcache(filename)
    line = linecache.getline(filename, lineno, module_globals)
    return line.strip() if line else None


def print_list(extracted_list, file=None):
    """Print the (filename, lineno, name, line) entries as a traceback does."""
    if file is None:
        file = sys.stderr
    for filename, lineno, name, line in extracted_list:
        _print(file, '  File "%s", line %d, in %s' % (filename, lineno, name))
        if line:
            _print(file, '    %s' % line.strip())


def format_list(extracted_list):
    """The lines (each ending in a newline) print_list() would print, one
    string per entry."""
    result = []
    for filename, lineno, name, line in extracted_list:
        item = '  File "%s", line %d, in %s\n' % (filename, lineno, name)
        if line:
            item = item + '    %s\n' % line.strip()
        result.append(item)
    return result


def _walk_tb(tb, limit):
    limit = _limit(limit)
    n = 0
    while tb is not None and (limit is None or n < limit):
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next
        n += 1


def _entry(frame, lineno):
    code = frame.f_code
    filename = code.co_filename
    return (filename, lineno, code.co_name, _source_line(filename, lineno, frame.f_globals))


def print_tb(tb, limit=None, file=None):
    """Print up to `limit` entries of the traceback tb."""
    if file is None:
        file = sys.stderr
    print_list([_entry(f, n) for f, n in _walk_tb(tb, limit)], file)


def format_tb(tb, limit=None):
    return format_list(extract_tb(tb, limit))


def extract_tb(tb, limit=None):
    """(filename, lineno, name, line) for each level of the traceback;
    line is None when the source is not available."""
    return [_entry(f, n) for f, n in _walk_tb(tb, limit)]


def print_exception(etype, value, tb, limit=None, file=None):
    """Print 'Traceback (most recent call last):', the entries of tb and
    the exception line(s)."""
    if file is None:
        file = sys.stderr
    if tb:
        _print(file, 'Traceback (most recent call last):')
        print_tb(tb, limit, file)
    lines = format_exception_only(etype, value)
    for line in lines:
        _print(file, line, '')


def format_exception(etype, value, tb, limit=None):
    result = []
    if tb:
        result.append('Traceback (most recent call last):\n')
        result.extend(format_tb(tb, limit))
    result.extend(format_exception_only(etype, value))
    return result


def format_exception_only(etype, value):
    """The exception part of a traceback: usually one line 'Type: message\\n';
    for a SyntaxError also the place, the source line and a caret."""
    if (isinstance(etype, BaseException) or isinstance(etype, types.InstanceType) or etype is None
            or type(etype) is str):
        return [_final_line(etype, value)]
    name = etype.__name__
    if not issubclass(etype, SyntaxError):
        return [_final_line(name, value)]
    lines = []
    try:
        msg, (filename, lineno, offset, badline) = value.args
    except Exception:
        pass
    else:
        lines.append('  File "%s", line %d\n' % (filename or "<string>", lineno))
        if badline is not None:
            lines.append('    %s\n' % badline.strip())
            if offset is not None:
                text = badline.rstrip('\n')
                upto = min(len(text), offset) - 1
                # keep tabs so the caret lines up under the source line
                prefix = ''.join([c if c.isspace() else ' ' for c in text[:upto].lstrip()])
                lines.append('    %s^\n' % prefix)
        value = msg
    lines.append(_final_line(name, value))
    return lines


def _final_line(etype, value):
    text = _some_str(value)
    if value is None or not text:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, text)


def _some_str(value):
    try:
        return str(value)
    except Exception:
        pass
    try:
        return unicode(value).encode("ascii", "backslashreplace")
    except Exception:
        pass
    return '<unprintable %s object>' % type(value).__name__


def print_exc(limit=None, file=None):
    """Print the exception being handled (sys.exc_info()) to file (stderr)."""
    if file is None:
        file = sys.stderr
    etype, value, tb = sys.exc_info()
    try:
        print_exception(etype, value, tb, limit, file)
    finally:
        etype = value = tb = None


def format_exc(limit=None):
    """print_exc() as a string."""
    etype, value, tb = sys.exc_info()
    try:
        return ''.join(format_exception(etype, value, tb, limit))
    finally:
        etype = value = tb = None


def print_last(limit=None, file=None):
    """Print the last uncaught exception (sys.last_type...)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if file is None:
        file = sys.stderr
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file)


def _caller_frame(f):
    if f is None:
        f = sys._getframe(2)
    return f


def print_stack(f=None, limit=None, file=None):
    """Print the stack from frame f (the caller's by default) up."""
    print_list(extract_stack(_caller_frame(f), limit), file)


def format_stack(f=None, limit=None):
    return format_list(extract_stack(_caller_frame(f), limit))


def extract_stack(f=None, limit=None):
    """The entries of the stack above frame f (the caller's by default),
    oldest first."""
    if f is None:
        f = sys._getframe(1)
    limit = _limit(limit)
    entries = []
    while f is not None and (limit is None or len(entries) < limit):
        entries.append(_entry(f, f.f_lineno))
        f = f.f_back
    entries.reverse()
    return entries


def tb_lineno(tb):
    """The line number of a traceback entry (kept for compatibility)."""
    return tb.tb_lineno
