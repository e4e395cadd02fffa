"""Logging for Python 2.7 programs.

Loggers live in a hierarchy keyed by dotted names ("a.b" sits below "a",
everything sits below the root logger).  A call such as log.info(...) builds
a LogRecord, the logger and its ancestors hand it to their handlers, and
each handler renders it with a Formatter.  Also here: Filter, LoggerAdapter,
basicConfig and the module-level shortcuts (debug, info, ...)."""

import sys
import traceback
import warnings

try:
    import time as _time
except ImportError:
    _time = None
try:
    import os as _os
except ImportError:
    _os = None
try:
    import thread
    import threading
except ImportError:
    thread = None
    threading = None

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'FileHandler',
           'Filter', 'Formatter', 'Handler', 'INFO', 'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET',
           'NullHandler', 'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error', 'exception', 'fatal',
           'getLevelName', 'getLogger', 'getLoggerClass', 'info', 'log', 'makeLogRecord',
           'setLoggerClass', 'warn', 'warning']

__author__ = "Vinay Sajip <vinay_sajip@red-dove.com>"
__status__ = "production"
__version__ = "0.5.1.2"
__date__ = "07 February 2010"

try:
    _unicode = unicode is not None
except NameError:
    _unicode = False


def _source_of(path):
    """The .py file a module was loaded from (compiled files map back)."""
    if path[-4:].lower() in ('.pyc', '.pyo'):
        return path[:-4] + '.py'
    return path

# findCaller() walks past frames running code from this file.
_srcfile = _source_of(__file__)

_UNKNOWN_CALLER = ("(unknown file)", 0, "(unknown function)")


def _now():
    if _time is None:
        return 0.0
    return _time.time()

_startTime = _now()

# Switches a program may flip: whether handler errors are reported, and
# which (costly) process/thread details go into records.
raiseExceptions = 1
logThreads = 1
logMultiprocessing = 1
logProcesses = 1

# ---- levels ---------------------------------------------------------------------

NOTSET = 0
DEBUG = 10
INFO = 20
WARNING = 30
WARN = WARNING
ERROR = 40
CRITICAL = 50
FATAL = CRITICAL

# Maps both ways: number -> name and name -> number.
_levelNames = {}
for _num, _label in ((NOTSET, 'NOTSET'), (DEBUG, 'DEBUG'), (INFO, 'INFO'),
                     (WARNING, 'WARNING'), (ERROR, 'ERROR'), (CRITICAL, 'CRITICAL')):
    _levelNames[_num] = _label
    _levelNames[_label] = _num
_levelNames['WARN'] = WARNING
del _num, _label

# ---- the module lock (guards the shared tables) ---------------------------------

_lock = threading.RLock() if threading else None


def _acquireLock():
    if _lock:
        _lock.acquire()


def _releaseLock():
    if _lock:
        _lock.release()


def getLevelName(level):
    """Name for a level number, number for a level name; unknown values
    give 'Level %s'."""
    if level in _levelNames:
        return _levelNames[level]
    return "Level %s" % level


def addLevelName(level, levelName):
    """Register levelName for level (and the reverse lookup)."""
    _acquireLock()
    try:
        _levelNames[levelName] = level
        _levelNames[level] = levelName
    finally:
        _releaseLock()


def _checkLevel(level):
    """Accept an int level or a registered level name; give the number."""
    if isinstance(level, (int, long)):
        return level
    if str(level) != level:
        raise TypeError("Level not an integer or a valid string: %r" % level)
    try:
        return _levelNames[level]
    except KeyError:
        raise ValueError("Unknown level: %r" % level)


# ---- records --------------------------------------------------------------------

def _process_name():
    # Only ask multiprocessing when the program already imported it.
    mp = sys.modules.get('multiprocessing')
    if mp is None:
        return 'MainProcess'
    try:
        return mp.current_process().name
    except Exception:
        return 'MainProcess'


class LogRecord(object):
    """Everything known about one logging call: logger name, level, the
    message and its arguments, source location, time, thread, process and
    any exception."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None):
        created = _now()
        # A lone non-empty dict argument is a mapping for '%(key)s' formats.
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.name, self.msg, self.args = name, msg, args
        self.levelno = level
        self.levelname = getLevelName(level)
        self.pathname = pathname
        base = pathname.replace('\\', '/').split('/')[-1]
        self.filename = base
        dot = base.rfind('.')
        self.module = base[:dot] if dot >= 0 else base
        self.lineno = lineno
        self.funcName = func
        self.exc_info = exc_info
        self.exc_text = None
        self.created = created
        self.msecs = (created - long(created)) * 1000
        self.relativeCreated = (created - _startTime) * 1000
        self.thread = self.threadName = None
        if thread and logThreads:
            self.thread = thread.get_ident()
            self.threadName = threading.current_thread().name
        self.processName = _process_name() if logMultiprocessing else None
        self.process = None
        if logProcesses and _os is not None and hasattr(_os, 'getpid'):
            self.process = _os.getpid()

    def __str__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """msg (made a string when it is not one) % args, if there are args."""
        text = self.msg
        if not _unicode:
            text = str(text)
        elif not isinstance(text, basestring):
            try:
                text = str(text)
            except UnicodeError:
                pass
        if not self.args:
            return text
        return text % self.args


def makeLogRecord(dict):
    """Build a LogRecord and overwrite its attributes from dict (as when a
    record's __dict__ was shipped elsewhere)."""
    record = LogRecord(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---- formatters -----------------------------------------------------------------

class Formatter(object):
    """Renders a record through a %-style format over its attributes,
    which additionally get 'message' (always) and 'asctime' (when the
    format mentions it)."""

    converter = None

    def __init__(self, fmt=None, datefmt=None):
        self.datefmt = datefmt
        self._fmt = fmt or "%(message)s"

    def formatTime(self, record, datefmt=None):
        """record.created through time.strftime(datefmt), or in the default
        'YYYY-mm-dd HH:MM:SS,mmm' style."""
        to_struct = self.converter or _time.localtime
        when = to_struct(record.created)
        if not datefmt:
            return "%s,%03d" % (_time.strftime("%Y-%m-%d %H:%M:%S", when), record.msecs)
        return _time.strftime(datefmt, when)

    def formatException(self, ei):
        """Text of the traceback for exc_info triple ei, no final newline."""
        import StringIO
        out = StringIO.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, out)
        text = out.getvalue()
        out.close()
        if text.endswith("\n"):
            text = text[:-1]
        return text

    def usesTime(self):
        return "%(asctime)" in self._fmt

    def _exception_text(self, record):
        # Cached on the record so several handlers format it once.
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        return record.exc_text

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        result = self._fmt % record.__dict__
        extra = self._exception_text(record)
        if not extra:
            return result
        if not result.endswith("\n"):
            result += "\n"
        try:
            return result + extra
        except UnicodeError:
            return result + extra.decode(sys.getfilesystemencoding(), 'replace')

_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Renders a list of records: formatHeader, each record through
    linefmt, formatFooter (an empty list gives '')."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        parts = [self.formatHeader(records)]
        parts.extend([self.linefmt.format(r) for r in records])
        parts.append(self.formatFooter(records))
        return "".join(parts)


# ---- filters --------------------------------------------------------------------

class Filter(object):
    """Lets through records of the logger called name and of the loggers
    below it; with an empty name, everything."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        size = self.nlen
        if size == 0 or record.name == self.name:
            return 1
        if record.name.find(self.name, 0, size) != 0:
            return 0
        # "a.b" must not admit "a.bc": the prefix has to end at a dot.
        return record.name[size] == "."


class Filterer(object):
    """Base of loggers and handlers: an ordered list of filters that must
    all accept a record."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter in self.filters:
            return
        self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """1 when every filter accepts the record, 0 at the first refusal."""
        for flt in self.filters:
            if not flt.filter(record):
                return 0
        return 1


# ---- handlers -------------------------------------------------------------------

_handlers = {}       # name -> handler, for handlers given a name
_handlerList = []    # every handler created, closed by shutdown() at exit


def _addHandlerRef(handler):
    _acquireLock()
    try:
        _handlerList.append(handler)
    finally:
        _releaseLock()


class Handler(Filterer):
    """Destination for records.  handle() filters and locks, then calls
    emit(), which each concrete handler defines."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self.level = _checkLevel(level)
        self.formatter = None
        self._name = None
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        _acquireLock()
        try:
            _handlers.pop(self._name, None)
            self._name = name
            if name:
                _handlers[name] = self
        finally:
            _releaseLock()

    name = property(get_name, set_name)

    def createLock(self):
        if threading:
            self.lock = threading.RLock()
        else:
            self.lock = None

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Filter, then emit under the handler's lock; the filter verdict."""
        verdict = self.filter(record)
        if not verdict:
            return verdict
        self.acquire()
        try:
            self.emit(record)
        finally:
            self.release()
        return verdict

    def flush(self):
        pass

    def close(self):
        _acquireLock()
        try:
            if self._name:
                _handlers.pop(self._name, None)
        finally:
            _releaseLock()

    def handleError(self, record):
        """Called from emit() on failure: report the exception on stderr
        when raiseExceptions is set, and carry on."""
        if not (raiseExceptions and sys.stderr):
            return
        etype, evalue, etb = sys.exc_info()
        try:
            traceback.print_exception(etype, evalue, etb, None, sys.stderr)
            sys.stderr.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
        except IOError:
            pass
        finally:
            etype = evalue = etb = None


def _write_line(stream, msg):
    """Write msg plus a newline, coping with unicode messages and streams
    that only take bytes (or only their own encoding)."""
    if not _unicode:
        stream.write("%s\n" % msg)
        return
    try:
        if isinstance(msg, unicode) and getattr(stream, 'encoding', None):
            line = u'%s\n' % msg
            try:
                stream.write(line)
            except UnicodeEncodeError:
                stream.write(line.encode(stream.encoding))
        else:
            stream.write("%s\n" % msg)
    except UnicodeError:
        stream.write("%s\n" % msg.encode("UTF-8"))


class StreamHandler(Handler):
    """Writes each formatted record plus a newline to a file-like object;
    sys.stderr when none is given."""

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        self.acquire()
        try:
            target = self.stream
            if target and hasattr(target, "flush"):
                target.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            _write_line(self.stream, self.format(record))
            self.flush()
        except (KeyboardInterrupt, SystemExit):
            raise
        except:
            self.handleError(record)


class FileHandler(StreamHandler):
    """StreamHandler on a named file.  With delay the file is opened by
    the first emit() instead of right away."""

    def __init__(self, filename, mode='a', encoding=None, delay=0):
        if _os is not None:
            filename = _os.path.abspath(filename)
        self.baseFilename = filename
        self.mode = mode
        self.encoding = encoding
        self.delay = delay
        if not delay:
            StreamHandler.__init__(self, self._open())
        else:
            # Skip StreamHandler.__init__: it would default to stderr.
            Handler.__init__(self)
            self.stream = None

    def _open(self):
        if self.encoding is not None:
            import codecs
            return codecs.open(self.baseFilename, self.mode, self.encoding)
        return open(self.baseFilename, self.mode)

    def _close_stream(self):
        if not self.stream:
            return
        try:
            self.flush()
        finally:
            stream, self.stream = self.stream, None
            if hasattr(stream, "close"):
                stream.close()

    def close(self):
        self.acquire()
        try:
            try:
                self._close_stream()
            finally:
                StreamHandler.close(self)
        finally:
            self.release()

    def emit(self, record):
        if self.stream is None:
            self.stream = self._open()
        StreamHandler.emit(self, record)


class NullHandler(Handler):
    """Swallows records: a library adds one so that, unconfigured, it
    neither prints nor triggers the 'No handlers' warning."""

    def createLock(self):
        self.lock = None

    def emit(self, record):
        pass

    def handle(self, record):
        pass


# ---- the logger hierarchy -------------------------------------------------------

class PlaceHolder(object):
    """Occupies the name of an ancestor logger nobody asked for yet, and
    remembers which real loggers sit below it."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


def _check_logger_class(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)


_loggerClass = None


def setLoggerClass(klass):
    """Make getLogger() create instances of klass (a Logger subclass)."""
    global _loggerClass
    _check_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager(object):
    """Owns the name -> logger table and keeps every logger's parent
    pointing at its nearest existing ancestor."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.loggerDict = {}
        self.loggerClass = None
        self.disable = 0
        self.emittedNoHandlerWarning = 0

    def setLoggerClass(self, klass):
        _check_logger_class(klass)
        self.loggerClass = klass

    def _new_logger(self, name):
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        return made

    def getLogger(self, name):
        if not isinstance(name, basestring):
            raise TypeError('A logger name must be string or Unicode')
        if isinstance(name, unicode):
            name = name.encode('utf-8')
        _acquireLock()
        try:
            existing = self.loggerDict.get(name)
            if existing is not None and not isinstance(existing, PlaceHolder):
                return existing
            made = self._new_logger(name)
            if existing is not None:
                self._fixupChildren(existing, made)
            self._fixupParents(made)
            return made
        finally:
            _releaseLock()

    def _fixupParents(self, alogger):
        """Set alogger.parent to the closest real ancestor (else the root),
        leaving placeholders on every missing ancestor name below it."""
        name = alogger.name
        found = None
        end = name.rfind(".")
        while end > 0 and found is None:
            prefix = name[:end]
            entry = self.loggerDict.get(prefix)
            if entry is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(entry, Logger):
                found = entry
            else:
                entry.append(alogger)
            end = name.rfind(".", 0, end - 1)
        alogger.parent = found or self.root

    def _fixupChildren(self, ph, alogger):
        """alogger replaces placeholder ph: insert it between each logger
        remembered by ph and that logger's (higher) parent."""
        prefix = alogger.name
        for child in ph.loggerMap.keys():
            if not child.parent.name.startswith(prefix):
                alogger.parent = child.parent
                child.parent = alogger


class Logger(Filterer):
    """A named source of records.  Records at or above the effective level
    are passed to this logger's handlers, then (while propagate is true)
    to the handlers of each ancestor."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.handlers = []
        self.propagate = 1
        self.disabled = 0

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def getEffectiveLevel(self):
        """Level of the nearest logger, walking up from here, that has one."""
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if level <= self.manager.disable:
            return 0
        return level >= self.getEffectiveLevel()

    # One method per level; each checks the level before any work.

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    warn = warning

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, **kwargs):
        """error() plus the traceback of the exception being handled."""
        kwargs['exc_info'] = 1
        self.error(msg, *args, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if isinstance(level, (int, long)):
            if self.isEnabledFor(level):
                self._log(level, msg, args, **kwargs)
        elif raiseExceptions:
            raise TypeError("level must be an integer")

    def findCaller(self):
        """(filename, line, function) of the innermost frame whose code is
        not in this module: the place that called the logger."""
        frame = sys._getframe(0)
        while hasattr(frame, "f_code"):
            code = frame.f_code
            if code.co_filename != _srcfile:
                return (code.co_filename, frame.f_lineno, code.co_name)
            frame = frame.f_back
        return _UNKNOWN_CALLER

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None):
        record = LogRecord(name, level, fn, lno, msg, args, exc_info, func)
        if extra is None:
            return record
        attrs = record.__dict__
        for key in extra:
            if key in ("message", "asctime") or key in attrs:
                raise KeyError("Attempt to overwrite %r in LogRecord" % key)
            attrs[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None):
        where = _UNKNOWN_CALLER
        if _srcfile:
            try:
                where = self.findCaller()
            except ValueError:
                pass
        if exc_info and not isinstance(exc_info, tuple):
            exc_info = sys.exc_info()
        fn, lno, func = where
        self.handle(self.makeRecord(self.name, level, fn, lno, msg, args,
                                    exc_info, func, extra))

    def handle(self, record):
        if self.disabled:
            return
        if self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        _acquireLock()
        try:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)
        finally:
            _releaseLock()

    def removeHandler(self, hdlr):
        _acquireLock()
        try:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)
        finally:
            _releaseLock()

    def _handler_chain(self):
        """Loggers whose handlers see this logger's records."""
        node = self
        while node:
            yield node
            if not node.propagate:
                return
            node = node.parent

    def callHandlers(self, record):
        """Offer the record to every handler up the chain whose level
        admits it; warn once per program if there was no handler at all."""
        seen = 0
        for node in self._handler_chain():
            for hdlr in node.handlers:
                seen += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
        if seen or not raiseExceptions:
            return
        if not self.manager.emittedNoHandlerWarning:
            sys.stderr.write("No handlers could be found for logger \"%s\"\n" % self.name)
            self.manager.emittedNoHandlerWarning = 1

    def getChild(self, suffix):
        """The logger named self.name + '.' + suffix (just suffix for the
        root)."""
        if self is not self.root:
            suffix = self.name + '.' + suffix
        return self.manager.getLogger(suffix)


class RootLogger(Logger):
    """Top of the hierarchy; its name is 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

_loggerClass = Logger


class LoggerAdapter(object):
    """Wraps a logger so every call passes self.extra as the record's
    extra attributes (override process() to do something else)."""

    def __init__(self, logger, extra):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def _forward(self, method, msg, args, kwargs):
        msg, kwargs = self.process(msg, kwargs)
        method(msg, *args, **kwargs)

    def debug(self, msg, *args, **kwargs):
        self._forward(self.logger.debug, msg, args, kwargs)

    def info(self, msg, *args, **kwargs):
        self._forward(self.logger.info, msg, args, kwargs)

    def warning(self, msg, *args, **kwargs):
        self._forward(self.logger.warning, msg, args, kwargs)

    def error(self, msg, *args, **kwargs):
        self._forward(self.logger.error, msg, args, kwargs)

    def exception(self, msg, *args, **kwargs):
        msg, kwargs = self.process(msg, kwargs)
        kwargs["exc_info"] = 1
        self.logger.error(msg, *args, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self._forward(self.logger.critical, msg, args, kwargs)

    def log(self, level, msg, *args, **kwargs):
        msg, kwargs = self.process(msg, kwargs)
        self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"


def basicConfig(**kwargs):
    """One-shot setup of the root logger, skipped when it already has
    handlers: a FileHandler on filename (filemode, default 'a') or a
    StreamHandler on stream (default stderr), formatted by format and
    datefmt; level, when given, becomes the root level."""
    _acquireLock()
    try:
        if root.handlers:
            return
        filename = kwargs.get("filename")
        if filename:
            hdlr = FileHandler(filename, kwargs.get("filemode", 'a'))
        else:
            hdlr = StreamHandler(kwargs.get("stream"))
        hdlr.setFormatter(Formatter(kwargs.get("format", BASIC_FORMAT),
                                    kwargs.get("datefmt", None)))
        root.addHandler(hdlr)
        level = kwargs.get("level")
        if level is not None:
            root.setLevel(level)
    finally:
        _releaseLock()


def getLogger(name=None):
    """The logger called name, made on first request; no name: the root."""
    if not name:
        return root
    return Logger.manager.getLogger(name)


# Module-level shortcuts log on the root logger, configuring it with
# basicConfig() first if nothing has been set up.

def _configured_root():
    if not root.handlers:
        basicConfig()
    return root


def critical(msg, *args, **kwargs):
    _configured_root().critical(msg, *args, **kwargs)

fatal = critical


def error(msg, *args, **kwargs):
    _configured_root().error(msg, *args, **kwargs)


def exception(msg, *args, **kwargs):
    kwargs['exc_info'] = 1
    error(msg, *args, **kwargs)


def warning(msg, *args, **kwargs):
    _configured_root().warning(msg, *args, **kwargs)

warn = warning


def info(msg, *args, **kwargs):
    _configured_root().info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _configured_root().debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _configured_root().log(level, msg, *args, **kwargs)


def disable(level):
    """Drop every record at or below level, regardless of logger levels."""
    root.manager.disable = level


def _flush_and_close(h):
    try:
        h.acquire()
        h.flush()
        h.close()
    except (IOError, ValueError):
        # The stream may already be closed by the program.
        pass
    finally:
        h.release()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler; registered to run at exit."""
    for h in list(handlerList):
        try:
            if h:
                _flush_and_close(h)
        except:
            if raiseExceptions:
                raise

try:
    import atexit
except ImportError:
    pass
else:
    atexit.register(shutdown)

# warnings.showwarning as it was before captureWarnings(True).
_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """Replacement showwarning: warnings aimed at an explicit file go the
    old way; the others become WARNING records on 'py.warnings'."""
    if file is None:
        text = warnings.formatwarning(message, category, filename, lineno, line)
        target = getLogger("py.warnings")
        if not target.handlers:
            target.addHandler(NullHandler())
        target.warning("%s", text)
    elif _warnings_showwarning is not None:
        _warnings_showwarning(message, category, filename, lineno, file, line)


def captureWarnings(capture):
    """True: route warnings into logging; False: restore the previous
    warnings.showwarning."""
    global _warnings_showwarning
    if capture and _warnings_showwarning is None:
        _warnings_showwarning = warnings.showwarning
        warnings.showwarning = _showwarning
    elif not capture and _warnings_showwarning is not None:
        warnings.showwarning = _warnings_showwarning
        _warnings_showwarning = None
