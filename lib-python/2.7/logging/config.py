"""Configuring logging from a ConfigParser file (fileConfig), from a
dictionary (dictConfig, schema version 1), or from configurations sent
over a socket (listen/stopListening).
"""
import errno
import logging
import logging.handlers
import re
import sys
import types

try:
    import thread
except ImportError:
    thread = None

RESET_ERROR = errno.ECONNRESET
DEFAULT_LOGGING_CONFIG_PORT = 9030


class _ListenState(object):
    server = None       # the receiver serving listen(); stopListening() stops it

_listening = _ListenState()


# ---- fileConfig ----------------------------------------------------------

def _names(text):
    """The comma-separated names of a 'keys' option, blanks removed."""
    return [name.strip() for name in text.split(",")] if text else []


def _resolve(name):
    """The object a dotted name designates, importing modules as needed."""
    parts = name.split('.')
    found = __import__(parts[0])
    path = parts[0]
    for part in parts[1:]:
        path += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(path)
            found = getattr(found, part)
    return found


def fileConfig(fname, defaults=None, disable_existing_loggers=True):
    """Configure logging from a ConfigParser-format file (a name or an
    object with readline): sections [formatters], [handlers], [loggers]
    and one [formatter_x], [handler_x], [logger_x] per name.  Loggers that
    exist but are not mentioned are disabled unless
    disable_existing_loggers is false."""
    import ConfigParser
    parser = ConfigParser.ConfigParser(defaults)
    if hasattr(fname, 'readline'):
        parser.readfp(fname)
    else:
        parser.read(fname)
    formatters = _file_formatters(parser)
    logging._acquireLock()
    try:
        logging._handlers.clear()
        del logging._handlerList[:]
        handlers = _file_handlers(parser, formatters)
        _file_loggers(parser, handlers, disable_existing_loggers)
    finally:
        logging._releaseLock()


def _option(parser, section, name, default=None, raw=False):
    if name in parser.options(section):
        return parser.get(section, name, raw)
    return default


def _file_formatters(parser):
    result = {}
    for name in _names(parser.get("formatters", "keys")):
        section = "formatter_" + name
        fmt = _option(parser, section, "format", raw=True)
        datefmt = _option(parser, section, "datefmt", raw=True)
        cls = logging.Formatter
        class_name = _option(parser, section, "class")
        if class_name:
            cls = _resolve(class_name)
        result[name] = cls(fmt, datefmt)
    return result


def _file_handlers(parser, formatters):
    result = {}
    targets = []
    for name in _names(parser.get("handlers", "keys")):
        section = "handler_" + name
        class_name = parser.get(section, "class")
        try:
            cls = eval(class_name, vars(logging))
        except (AttributeError, NameError):
            cls = _resolve(class_name)
        args = eval(parser.get(section, "args"), vars(logging))
        handler = cls(*args)
        level = _option(parser, section, "level")
        if level is not None:
            handler.setLevel(logging._levelNames[level])
        fmt = _option(parser, section, "formatter", "")
        if fmt:
            handler.setFormatter(formatters[fmt])
        if issubclass(cls, logging.handlers.MemoryHandler):
            target = _option(parser, section, "target", "")
            if target:
                targets.append((handler, target))
        result[name] = handler
    for handler, target in targets:
        handler.setTarget(result[target])
    return result


def _attach(logger, parser, section, handlers):
    for h in logger.handlers[:]:
        logger.removeHandler(h)
    for name in _names(parser.get(section, "handlers")):
        logger.addHandler(handlers[name])


def _file_loggers(parser, handlers, disable_existing):
    names = _names(parser.get("loggers", "keys"))
    names.remove("root")
    root = logging.root
    level = _option(parser, "logger_root", "level")
    if level is not None:
        root.setLevel(logging._levelNames[level])
    _attach(root, parser, "logger_root", handlers)
    existing = sorted(root.manager.loggerDict.keys())
    children = set()
    for name in names:
        section = "logger_" + name
        qualname = parser.get(section, "qualname")
        propagate = 1
        if "propagate" in parser.options(section):
            propagate = parser.getint(section, "propagate")
        logger = logging.getLogger(qualname)
        if qualname in existing:
            # loggers below a configured one stay enabled
            prefix = qualname + "."
            children.update(n for n in existing if n.startswith(prefix))
            existing.remove(qualname)
        level = _option(parser, section, "level")
        if level is not None:
            logger.setLevel(logging._levelNames[level])
        logger.propagate = propagate
        logger.disabled = 0
        _attach(logger, parser, section, handlers)
    _retire(root, existing, children, disable_existing)


def _retire(root, existing, children, disable_existing):
    """Loggers left out of a configuration: children of configured ones are
    reset, the others disabled (when asked to)."""
    for name in existing:
        logger = root.manager.loggerDict[name]
        if name in children:
            logger.level = logging.NOTSET
            logger.handlers = []
            logger.propagate = 1
        else:
            logger.disabled = disable_existing


# ---- dictConfig ----------------------------------------------------------

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    """Is s a Python identifier?  ValueError if not."""
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


class _Converting(object):
    """Containers whose items are converted (ext://, cfg:// strings, nested
    dicts and lists) when they are read; the converted value replaces the
    original so it is converted once."""

    def _converted(self, key, value, replace=True):
        result = self.configurator.convert(value)
        if value is not result:
            if replace:
                self[key] = result
            if type(result) in (ConvertingDict, ConvertingList, ConvertingTuple):
                result.parent = self
                result.key = key
        return result


class ConvertingDict(dict, _Converting):
    """A dict converting its values on access."""

    def __getitem__(self, key):
        return self._converted(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        return self._converted(key, dict.get(self, key, default))

    def pop(self, key, default=None):
        return self._converted(key, dict.pop(self, key, default), False)


class ConvertingList(list, _Converting):
    """A list converting its items on access."""

    def __getitem__(self, key):
        return self._converted(key, list.__getitem__(self, key))

    def pop(self, idx=-1):
        return self._converted(None, list.pop(self, idx), False)


class ConvertingTuple(tuple, _Converting):
    """A tuple converting its items on access (never in place)."""

    def __getitem__(self, key):
        return self._converted(key, tuple.__getitem__(self, key), False)


_WRAPPERS = ((dict, ConvertingDict), (list, ConvertingList), (tuple, ConvertingTuple))


class BaseConfigurator(object):
    """Resolution of the 'ext://' (an importable object) and 'cfg://' (a
    path into the configuration itself) prefixes, and creation of objects
    from dicts with a '()' factory key."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[\s*(\w+)\s*\]\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')

    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}

    # a staticmethod so that tests may substitute their own importer
    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = ConvertingDict(config)
        self.config.configurator = self

    def resolve(self, s):
        """The object named by the dotted string s."""
        parts = s.split('.')
        try:
            found = self.importer(parts[0])
            path = parts[0]
            for part in parts[1:]:
                path += '.' + part
                try:
                    found = getattr(found, part)
                except AttributeError:
                    self.importer(path)
                    found = getattr(found, part)
            return found
        except ImportError as cause:
            error = ValueError('Cannot resolve %r: %s' % (s, cause))
            error.__cause__ = cause
            error.__traceback__ = sys.exc_info()[2]
            raise error

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        """Follow a path like 'handlers.console' or 'a[0].b' in the config."""
        rest = value
        m = self.WORD_PATTERN.match(rest)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        rest = rest[m.end():]
        found = self.config[m.groups()[0]]
        while rest:
            m = self.DOT_PATTERN.match(rest)
            if m:
                found = found[m.groups()[0]]
            else:
                m = self.INDEX_PATTERN.match(rest)
                if not m:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                index = m.groups()[0]
                if not self.DIGIT_PATTERN.match(index):
                    found = found[index]
                else:
                    try:
                        found = found[int(index)]
                    except TypeError:
                        found = found[index]
            rest = rest[m.end():]
        return found

    def convert(self, value):
        """Wrap containers so their contents convert; convert prefixed strings."""
        for plain, wrapper in _WRAPPERS:
            if isinstance(value, plain):
                if not isinstance(value, wrapper):
                    value = wrapper(value)
                    value.configurator = self
                return value
        if isinstance(value, basestring):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                d = m.groupdict()
                converter = self.value_converters.get(d['prefix'])
                if converter:
                    value = getattr(self, converter)(d['suffix'])
        return value

    def configure_custom(self, config):
        """An object from a factory: config['()'] (callable or dotted name)
        called with the other valid-identifier keys; '.' sets attributes."""
        factory = config.pop('()')
        if not hasattr(factory, '__call__') and type(factory) != types.ClassType:
            factory = self.resolve(factory)
        attrs = config.pop('.', None)
        kwargs = dict((k, config[k]) for k in config.keys() if valid_ident(k))
        result = factory(**kwargs)
        if attrs:
            for name, value in attrs.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        """Lists become tuples."""
        if isinstance(value, list):
            value = tuple(value)
        return value


class DictConfigurator(BaseConfigurator):
    """Applies a dictionary configuration (see dictConfig)."""

    def configure(self):
        try:
            version = self.config['version']
        except KeyError:
            raise ValueError("dictionary doesn't specify a version")
        if version != 1:
            raise ValueError("Unsupported version: %s" % version)
        apply_changes = self._incremental if self.config.pop('incremental', False) else self._complete
        logging._acquireLock()
        try:
            apply_changes(self.config)
        finally:
            logging._releaseLock()

    def _incremental(self, config):
        """Only levels (and propagation) of existing handlers and loggers change."""
        for name, settings in config.get('handlers', EMPTY_DICT).items():
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                handler = logging._handlers[name]
                level = settings.get('level', None)
                if level:
                    handler.setLevel(logging._checkLevel(level))
            except StandardError as e:
                raise ValueError('Unable to configure handler %r: %s' % (name, e))
        for name, settings in config.get('loggers', EMPTY_DICT).items():
            try:
                self.configure_logger(name, settings, True)
            except StandardError as e:
                raise ValueError('Unable to configure logger %r: %s' % (name, e))
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root, True)
            except StandardError as e:
                raise ValueError('Unable to configure root logger: %s' % e)

    def _complete(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        logging._handlers.clear()
        del logging._handlerList[:]
        for section, build, what in (('formatters', self.configure_formatter, 'formatter'),
                                     ('filters', self.configure_filter, 'filter')):
            entries = config.get(section, EMPTY_DICT)
            for name in entries:
                try:
                    entries[name] = build(entries[name])
                except StandardError as e:
                    raise ValueError('Unable to configure %s %r: %s' % (what, name, e))
        self._build_handlers(config.get('handlers', EMPTY_DICT))
        root = logging.root
        existing = sorted(root.manager.loggerDict.keys())
        children = set()
        loggers = config.get('loggers', EMPTY_DICT)
        for name in loggers:
            name = _text(name)
            if name in existing:
                prefix = name + "."
                children.update(n for n in existing if n.startswith(prefix))
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except StandardError as e:
                raise ValueError('Unable to configure logger %r: %s' % (name, e))
        _retire(root, existing, children, disable_existing)
        settings = config.get('root', None)
        if settings:
            try:
                self.configure_root(settings)
            except StandardError as e:
                raise ValueError('Unable to configure root logger: %s' % e)

    def _build_handlers(self, handlers):
        """Create the handlers in name order; one whose MemoryHandler target
        does not exist yet is retried after the others."""
        waiting = []
        for final in (False, True):
            for name in (waiting if final else sorted(handlers)):
                try:
                    made = self.configure_handler(handlers[name])
                except StandardError as e:
                    if not final and 'target not configured yet' in str(e):
                        waiting.append(name)
                        continue
                    raise ValueError('Unable to configure handler %r: %s' % (name, e))
                made.name = name
                handlers[name] = made

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                # an older factory taking fmt rather than format
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        return logging.Formatter(config.get('format', None), config.get('datefmt', None))

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for name in filters:
            try:
                filterer.addFilter(self.config['filters'][name])
            except StandardError as e:
                raise ValueError('Unable to add filter %r: %s' % (name, e))

    def configure_handler(self, config):
        cls = None
        if '()' not in config:
            cls = config['class']
            if isinstance(cls, basestring):
                cls = self.resolve(cls)
            if issubclass(cls, logging.handlers.MemoryHandler) and 'target' in config:
                # checked before anything is taken out of config, for the retry
                try:
                    target = self.config['handlers'][config['target']]
                except StandardError as e:
                    raise ValueError('Unable to set target handler %r: %s' % (config['target'], e))
                if not isinstance(target, logging.Handler):
                    raise StandardError('target not configured yet')
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except StandardError as e:
                raise ValueError('Unable to set formatter %r: %s' % (formatter, e))
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if cls is None:
            factory = config.pop('()')
            if not hasattr(factory, '__call__') and type(factory) != types.ClassType:
                factory = self.resolve(factory)
        else:
            config.pop('class')
            if issubclass(cls, logging.handlers.MemoryHandler) and 'target' in config:
                config['target'] = self.config['handlers'][config['target']]
            elif _is_handler(cls, 'SMTPHandler') and 'mailhost' in config:
                config['mailhost'] = self.as_tuple(config['mailhost'])
            elif _is_handler(cls, 'SysLogHandler') and 'address' in config:
                config['address'] = self.as_tuple(config['address'])
            factory = cls
        kwargs = dict((k, config[k]) for k in config.keys() if valid_ident(k))
        try:
            handler = factory(**kwargs)
        except TypeError as te:
            if "'stream'" in str(te):
                # an older handler taking strm rather than stream
                kwargs['strm'] = kwargs.pop('stream')
                handler = factory(**kwargs)
            else:
                raise
        if level is not None:
            handler.setLevel(logging._checkLevel(level))
        if formatter:
            handler.setFormatter(formatter)
        if filters:
            self.add_filters(handler, filters)
        return handler

    def add_handlers(self, logger, handlers):
        for name in handlers:
            try:
                logger.addHandler(self.config['handlers'][name])
            except StandardError as e:
                raise ValueError('Unable to add handler %r: %s' % (name, e))

    def common_logger_config(self, logger, config, incremental=False):
        """Level, and unless incremental, handlers and filters (replacing
        the logger's handlers)."""
        if config.get('level', None) is not None:
            logger.setLevel(logging._checkLevel(config['level']))
        if incremental:
            return
        while logger.handlers:
            logger.removeHandler(logger.handlers[0])
        self.add_handlers(logger, config.get('handlers', None) or ())
        self.add_filters(logger, config.get('filters', None) or ())

    def configure_logger(self, name, config, incremental=False):
        target = logging.getLogger(name)
        self.common_logger_config(target, config, incremental)
        if config.get('propagate', None) is not None:
            target.propagate = config['propagate']

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


EMPTY_DICT = {}


def _is_handler(cls, name):
    """Is cls a subclass of logging.handlers.<name> (if that exists)?"""
    base = getattr(logging.handlers, name, None)
    return base is not None and issubclass(cls, base)


def _text(name):
    """Logger names given as unicode are used as str when they can be."""
    if isinstance(name, unicode):
        try:
            return str(name)
        except UnicodeError:
            pass
    return name


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary (schema version 1)."""
    dictConfigClass(config).configure()


# ---- configuration over a socket -------------------------------------------

def listen(port=DEFAULT_LOGGING_CONFIG_PORT):
    """A thread (not yet started) that accepts configurations on port:
    each one a 4-byte big-endian length and then a dictConfig JSON text
    or a fileConfig file.  stopListening() ends it."""
    if not thread:
        raise NotImplementedError("listen() needs threading to work")
    import threading
    from socket import error as socket_error
    from SocketServer import ThreadingTCPServer, StreamRequestHandler

    class Handler(StreamRequestHandler):
        def handle(self):
            import struct
            import json
            try:
                head = self.connection.recv(4)
                if len(head) != 4:
                    return
                size = struct.unpack(">L", head)[0]
                chunk = self.connection.recv(size)
                while len(chunk) < size:
                    chunk += self.connection.recv(size - len(chunk))
                try:
                    settings = json.loads(chunk)
                    assert isinstance(settings, dict)
                    dictConfig(settings)
                except Exception:
                    # not JSON: a fileConfig text
                    from cStringIO import StringIO
                    try:
                        fileConfig(StringIO(chunk))
                    except Exception:
                        import traceback
                        traceback.print_exc()
                if self.server.ready:
                    self.server.ready.set()
            except socket_error as e:
                if e.args[0] != RESET_ERROR:
                    raise

    class Receiver(ThreadingTCPServer):
        allow_reuse_address = 1

        def __init__(self, host='localhost', port=DEFAULT_LOGGING_CONFIG_PORT, handler=None,
                     ready=None):
            ThreadingTCPServer.__init__(self, (host, port), handler)
            self.ready = ready
            self.timeout = 1
            self.abort = 0

        def serve_until_stopped(self):
            import select
            while True:
                ready, _, _ = select.select([self.socket.fileno()], [], [], self.timeout)
                if ready:
                    self.handle_request()
                with _lock():
                    stop = self.abort
                if stop:
                    break
            self.socket.close()

    class Server(threading.Thread):
        def __init__(self, rcvr, hdlr, port):
            threading.Thread.__init__(self)
            self.rcvr = rcvr
            self.hdlr = hdlr
            self.port = port
            self.ready = threading.Event()

        def run(self):
            server = self.rcvr(port=self.port, handler=self.hdlr, ready=self.ready)
            if self.port == 0:
                self.port = server.server_address[1]
            self.ready.set()
            with _lock():
                _listening.server = server
            server.serve_until_stopped()

    return Server(Receiver, Handler, port)


class _lock(object):
    """The logging module's lock as a context manager."""

    def __enter__(self):
        logging._acquireLock()

    def __exit__(self, *exc):
        logging._releaseLock()


def stopListening():
    """Stop the thread started by listen()."""
    with _lock():
        server = _listening.server
        _listening.server = None
    if server is not None:
        server.abort = 1
