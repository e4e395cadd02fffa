"""Get information about live objects: type predicates (ismodule,
isfunction...), members, source code (through linecache), argument
specifications and the interpreter stack."""

import sys
import types
import linecache

__author__ = 'Ka-Ping Yee <ping@lfw.org>'

CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 0x1, 0x2, 0x4, 0x8
CO_NESTED, CO_GENERATOR, CO_NOFREE = 0x10, 0x20, 0x40
TPFLAGS_IS_ABSTRACT = 1 << 20


def _record(typename, fieldnames):
    """A small named-tuple class (inspect's result records)."""
    fields = tuple(fieldnames.split())

    def __new__(cls, *values):
        if len(values) != len(fields):
            raise TypeError('%s() takes exactly %d arguments (%d given)'
                            % (typename, len(fields) + 1, len(values) + 1))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return '%s(%s)' % (typename, ', '.join(['%s=%r' % (name, value)
                                               for name, value in zip(fields, self)]))
    namespace = {'__new__': __new__, '__repr__': __repr__, '__slots__': (), '_fields': fields}
    for i, name in enumerate(fields):
        namespace[name] = property(lambda self, i=i: tuple.__getitem__(self, i))
    return type(typename, (tuple,), namespace)


# ---- predicates -------------------------------------------------------------------

def ismodule(object):
    """Module objects."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """New-style and classic classes."""
    return isinstance(object, (type, types.ClassType))


def ismethod(object):
    """Bound and unbound methods (im_class, im_func, im_self)."""
    return isinstance(object, types.MethodType)


def ismethoddescriptor(object):
    """Descriptors with __get__ but no __set__ that are not methods,
    functions or classes (int.__add__...)."""
    return (hasattr(object, "__get__") and not hasattr(object, "__set__") and not ismethod(object)
            and not isfunction(object) and not isclass(object))


def isdatadescriptor(object):
    """Objects with both __get__ and __set__ (properties, slots)."""
    return hasattr(object, "__set__") and hasattr(object, "__get__")


def ismemberdescriptor(object):
    return type(object).__name__ == 'member_descriptor'


def isgetsetdescriptor(object):
    return type(object).__name__ == 'getset_descriptor'


def isfunction(object):
    """User-defined functions (including lambdas)."""
    return isinstance(object, types.FunctionType)


def isgeneratorfunction(object):
    """Functions whose body contains yield."""
    return bool((isfunction(object) or ismethod(object)) and object.func_code.co_flags & CO_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Built-in functions and methods (len, [].append)."""
    return isinstance(object, types.BuiltinFunctionType)


def isroutine(object):
    """Any kind of function or method."""
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def isabstract(object):
    """Classes with abstract methods left (abc)."""
    return bool(isinstance(object, type) and getattr(object, '__abstractmethods__', None))


# ---- members ----------------------------------------------------------------------

def getmembers(object, predicate=None):
    """(name, value) pairs of the object's attributes, sorted by name,
    optionally only those for which predicate(value) is true."""
    pairs = []
    for name in dir(object):
        try:
            pairs.append((name, getattr(object, name)))
        except AttributeError:
            # dir() may list names the object cannot actually produce
            pass
    if predicate:
        pairs = [pair for pair in pairs if predicate(pair[1])]
    pairs.sort()
    return pairs

Attribute = _record('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    """Attribute(name, kind, defining_class, object) for each name in
    dir(cls); kind is 'class method', 'static method', 'property', 'method'
    or 'data'."""
    mro = getmro(cls)
    result = []
    for name in dir(cls):
        homecls = None
        obj = None
        for base in mro:
            if name in base.__dict__:
                obj = base.__dict__[name]
                homecls = base
                break
        if homecls is None:
            obj = getattr(cls, name)
            homecls = getattr(obj, '__objclass__', None)
        kind = _descriptor_kind(obj)
        if kind is None:
            # a plain value: what the class hands out decides
            obj = getattr(cls, name)
            kind = "method" if (ismethod(obj) or isfunction(obj)) else "data"
        result.append(Attribute(name, kind, homecls, obj))
    return result


def _descriptor_kind(obj):
    """The kind classify_class_attrs reports for a raw class-dict entry that
    is a descriptor, or None for an ordinary value."""
    for wrapper, kind in ((staticmethod, "static method"),
                          (classmethod, "class method"),
                          (property, "property")):
        if isinstance(obj, wrapper):
            return kind
    if ismethoddescriptor(obj):
        return "method"
    if isdatadescriptor(obj):
        return "data"
    return None


def _classic_mro(cls, found):
    if cls in found:
        return
    found.append(cls)
    for base in cls.__bases__:
        _classic_mro(base, found)


def getmro(cls):
    """The class's method resolution order, as a tuple."""
    if hasattr(cls, "__mro__"):
        return cls.__mro__
    found = []
    _classic_mro(cls, found)
    return tuple(found)


# ---- documentation ----------------------------------------------------------------

def getdoc(object):
    """The object's docstring, cleaned up with cleandoc() (None if none)."""
    doc = getattr(object, '__doc__', None)
    if isinstance(doc, types.StringTypes):
        return cleandoc(doc)
    return None


def cleandoc(doc):
    """Expand tabs, remove the indentation common to the lines after the
    first, and the blank lines at the start and the end."""
    try:
        lines = doc.expandtabs().split('\n')
    except UnicodeError:
        return None
    margin = sys.maxint
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxint:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


# ---- files and modules ------------------------------------------------------------

def _code_behind(obj):
    """The code object under a method, function, traceback or frame (each
    step leads to the next: method -> function -> code, traceback -> frame
    -> code); anything else comes back unchanged."""
    for test, attribute in ((ismethod, 'im_func'), (isfunction, 'func_code'),
                            (istraceback, 'tb_frame'), (isframe, 'f_code')):
        if test(obj):
            obj = getattr(obj, attribute)
    return obj


def getfile(object):
    """The file a module, class, method, function, traceback, frame or code
    object was defined in."""
    if ismodule(object):
        if hasattr(object, '__file__'):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if hasattr(module, '__file__'):
            return module.__file__
        raise TypeError('{!r} is a built-in class'.format(object))
    object = _code_behind(object)
    if iscode(object):
        return object.co_filename
    raise TypeError('{!r} is not a module, class, method, function, traceback, frame, or code object'
                    .format(object))

ModuleInfo = _record('ModuleInfo', 'name suffix mode module_type')
_SUFFIXES = [('.so', 'rb', 3), ('module.so', 'rb', 3), ('.py', 'U', 1), ('.pyc', 'rb', 2)]


def getmoduleinfo(path):
    """(name, suffix, mode, module_type) if path names a module file."""
    filename = path.replace('\\', '/').split('/')[-1]
    suffixes = [(-len(suffix), suffix, mode, mtype) for suffix, mode, mtype in _SUFFIXES]
    suffixes.sort()
    for neglen, suffix, mode, mtype in suffixes:
        if filename[neglen:] == suffix:
            return ModuleInfo(filename[:neglen], suffix, mode, mtype)


def getmodulename(path):
    """The module name a file path would give, or None."""
    info = getmoduleinfo(path)
    if info:
        return info[0]


def getsourcefile(object):
    """The .py file of the object (None if it is not Python source)."""
    filename = getfile(object)
    if filename[-4:].lower() in ('.pyc', '.pyo'):
        filename = filename[:-4] + '.py'
    for suffix, mode, kind in _SUFFIXES:
        if 'b' in mode and filename[-len(suffix):].lower() == suffix:
            return None
    if filename in linecache.cache:
        return filename
    try:
        open(filename).close()
    except (IOError, TypeError):
        # a name that is no file still counts when a PEP 302 loader made
        # the module (it can give the source)
        if hasattr(getmodule(object, filename), '__loader__'):
            return filename
        return None
    return filename


def getabsfile(object, _filename=None):
    filename = _filename or getsourcefile(object) or getfile(object)
    if not filename.startswith('/'):
        try:
            import os
            filename = os.path.normcase(os.path.abspath(filename))
        except ImportError:
            pass
    return filename


def getmodule(object, _filename=None):
    """The module the object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if isfunction(object) or ismethod(object):
        func = getattr(object, 'im_func', object)
        name = func.func_globals.get('__name__')
        if name in sys.modules:
            return sys.modules[name]
    try:
        filename = _filename or getfile(object)
    except TypeError:
        return None
    for module in sys.modules.values():
        if ismodule(module) and getattr(module, '__file__', None) == filename:
            return module
    main = sys.modules.get('__main__')
    if main is not None and hasattr(main, object.__name__ if hasattr(object, '__name__') else ''):
        if getattr(main, object.__name__) is object:
            return main


# ---- source -----------------------------------------------------------------------

def _is_word_char(c):
    return c.isalnum() or c == '_'


def _starts_block(line):
    """Whether a source line begins a def, a decorator or holds a lambda."""
    stripped = line.lstrip()
    if stripped.startswith('def ') or stripped.startswith('def\t') or stripped.startswith('@'):
        return True
    i = line.find('lambda')
    while i >= 0:
        before = line[i - 1] if i > 0 else ' '
        after = line[i + 6:i + 7]
        if not _is_word_char(before) and (after == ':' or after.isspace()):
            return True
        i = line.find('lambda', i + 1)
    return False


def findsource(object):
    """(all the lines of the source file, index of the object's first line);
    IOError if the source cannot be found."""
    file = getsourcefile(object)
    if not file:
        file = getfile(object)
        # '<stdin>', '<string>' and the like may still be in linecache
        if not (file.startswith('<') and file.endswith('>')):
            raise IOError('source code not available')
    module = getmodule(object, file)
    lines = linecache.getlines(file, *([module.__dict__] if module else []))
    if not lines:
        raise IOError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        name = object.__name__
        candidates = []
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith('class') and stripped[5:6].isspace():
                rest = stripped[5:].lstrip()
                if rest.startswith(name) and not _is_word_char(rest[len(name):len(name) + 1] or ' '):
                    if line[:1] == 'c':
                        return lines, i
                    candidates.append(i)
        if candidates:
            return lines, candidates[0]
        raise IOError('could not find class definition')
    object = _code_behind(object)
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise IOError('could not find function definition')
        lnum = object.co_firstlineno - 1
        while lnum > 0:
            if _starts_block(lines[lnum]):
                break
            lnum -= 1
        return lines, lnum
    raise IOError('could not find code object')


def getcomments(object):
    """The comment lines just above the object's source (or at the top of
    a module's file), or None."""
    try:
        lines, lnum = findsource(object)
    except (IOError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start += 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end += 1
            return ''.join(comments)
        return None
    if lnum > 0:
        indent = len(lines[lnum].expandtabs()) - len(lines[lnum].expandtabs().lstrip())
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == '#':
            comments = []
            while end >= 0:
                line = lines[end].expandtabs()
                stripped = line.lstrip()
                if stripped[:1] != '#' or len(line) - len(stripped) != indent:
                    break
                comments.insert(0, line.lstrip())
                end -= 1
            while comments and comments[0].strip() == '#':
                comments[:1] = []
            while comments and comments[-1].strip() == '#':
                comments[-1:] = []
            return ''.join(comments)
    return None


def _indent_of(line):
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def _bracket_depth(line, depth):
    """The bracket depth after a line (strings and comments skipped roughly)."""
    quote = None
    i = 0
    while i < len(line):
        c = line[i]
        if quote:
            if c == '\\':
                i += 1
            elif line.startswith(quote, i):
                i += len(quote) - 1
                quote = None
        elif c == '#':
            break
        elif c in '\'"':
            quote = line[i:i + 3] if line[i:i + 3] in ('"""', "'''") else c
            i += len(quote) - 1
        elif c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        i += 1
    return depth


def getblock(lines):
    """The lines of the block (a def, class or lambda) that lines start with."""
    if not lines:
        return lines
    first = lines[0]
    stripped = first.lstrip()
    i = 0
    # decorators, then the header (which may continue over bracketed lines)
    while i < len(lines) and lines[i].lstrip().startswith('@'):
        depth = _bracket_depth(lines[i], 0)
        i += 1
        while depth > 0 and i < len(lines):
            depth = _bracket_depth(lines[i], depth)
            i += 1
    if i >= len(lines):
        return lines
    header = lines[i].lstrip()
    is_def = header.startswith('def') or header.startswith('class')
    depth = _bracket_depth(lines[i], 0)
    i += 1
    while (depth > 0 or lines[i - 1].rstrip().endswith('\\')) and i < len(lines):
        depth = _bracket_depth(lines[i], depth)
        i += 1
    if not is_def:
        return lines[:i]
    code = lines[i - 1].split('#')[0].rstrip()
    if not code.endswith(':'):
        # a one-line body: def f(): return 1
        return lines[:i]
    return lines[:_body_end(lines, i, len(first) - len(first.lstrip()))]


def _body_end(lines, start, indent):
    """The index after the last line of the indented body that begins at
    lines[start]: the first statement starting at column <= indent ends it.
    Tokenizing keeps the lines inside a string (a docstring with less
    indentation) and bracketed continuations from ending the block."""
    import tokenize
    end = start
    at_statement_start = True
    skip = (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT,
            tokenize.ENDMARKER)
    try:
        for kind, text, (srow, scol), _, _ in tokenize.generate_tokens(iter(lines[start:]).next):
            if kind in skip:
                continue
            if kind == tokenize.NEWLINE:
                end = start + srow
                at_statement_start = True
                continue
            if at_statement_start:
                if scol <= indent:
                    break
                at_statement_start = False
    except (tokenize.TokenError, IndentationError):
        pass
    return end


def getsourcelines(object):
    """(the source lines of the object, the line number of the first)."""
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    # a module, or a frame running a module's top level: all of its lines
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The object's source text; IOError if it cannot be found."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


# ---- classes ----------------------------------------------------------------------

def walktree(classes, children, parent):
    """getclasstree()'s nesting below the given classes (sorted in place by
    module and name); children maps a class to its listed subclasses."""
    tree = []
    classes.sort(key=lambda klass: (klass.__module__, klass.__name__))
    for klass in classes:
        tree.append((klass, klass.__bases__))
        below = children.get(klass)
        if below is not None:
            tree.append(walktree(below, children, klass))
    return tree


def getclasstree(classes, unique=0):
    """Nested lists of (class, bases) showing the inheritance among classes."""
    children = {}
    roots = []
    for klass in classes:
        if not klass.__bases__:
            if klass not in roots:
                roots.append(klass)
            continue
        for base in klass.__bases__:
            known = children.setdefault(base, [])
            if klass not in known:
                known.append(klass)
            if unique and base in classes:
                # list the class under its first listed base only
                break
    roots.extend([base for base in children if base not in classes])
    return walktree(roots, children, None)


# ---- arguments --------------------------------------------------------------------

Arguments = _record('Arguments', 'args varargs keywords')
ArgSpec = _record('ArgSpec', 'args varargs keywords defaults')
ArgInfo = _record('ArgInfo', 'args varargs keywords locals')

_LOAD_FAST = 124
_STORE_FAST = 125
_UNPACK_SEQUENCE = 92


def getargs(co):
    """Arguments(args, varargs, keywords) of a code object; a tuple
    parameter is a nested list of names."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    nargs = co.co_argcount
    names = co.co_varnames
    args = list(names[:nargs])
    code = co.co_code
    pos = [0]

    def arg_at():
        op = ord(code[pos[0]])
        value = ord(code[pos[0] + 1]) + ord(code[pos[0] + 2]) * 256
        pos[0] += 3
        return op, value

    def unpack(count):
        # `count` targets follow: STORE_FAST name or a nested UNPACK_SEQUENCE
        result = []
        for _ in range(count):
            op, value = arg_at()
            if op == _UNPACK_SEQUENCE:
                result.append(unpack(value))
            else:
                result.append(names[value])
        return result

    for i in range(nargs):
        if args[i][:1] in ('', '.'):
            # the code starts with LOAD_FAST .N; UNPACK_SEQUENCE n; ...
            while pos[0] < len(code):
                op, value = arg_at()
                if op == _UNPACK_SEQUENCE:
                    args[i] = unpack(value)
                    break
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = co.co_varnames[nargs]
        nargs += 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = co.co_varnames[nargs]
    return Arguments(args, varargs, varkw)


def getargspec(func):
    """ArgSpec(args, varargs, keywords, defaults) of a Python function or
    method."""
    if ismethod(func):
        func = func.im_func
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    args, varargs, varkw = getargs(func.func_code)
    return ArgSpec(args, varargs, varkw, func.func_defaults)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def joinseq(seq):
    if len(seq) == 1:
        return '(' + seq[0] + ',)'
    return '(' + ', '.join(seq) + ')'


def strseq(object, convert, join=joinseq):
    """convert() each name, recursively for tuple parameters."""
    if type(object) in (list, tuple):
        return join(map(lambda o, c=convert, j=join: strseq(o, c, j), object))
    return convert(object)


def formatargspec(args, varargs=None, varkw=None, defaults=None, formatarg=str,
                  formatvarargs=lambda name: '*' + name, formatvarkw=lambda name: '**' + name,
                  formatvalue=lambda value: '=' + repr(value), join=joinseq):
    """'(a, b=1, *args, **kwargs)' from getargspec()'s values."""
    parts = [strseq(arg, formatarg, join) for arg in args]
    if defaults:
        # the defaults belong to the last len(defaults) arguments
        offset = len(args) - len(defaults)
        for i in range(max(offset, 0), len(args)):
            parts[i] += formatvalue(defaults[i - offset])
    if varargs is not None:
        parts.append(formatvarargs(varargs))
    if varkw is not None:
        parts.append(formatvarkw(varkw))
    return '(%s)' % ', '.join(parts)


def formatargvalues(args, varargs, varkw, locals, formatarg=str,
                    formatvarargs=lambda name: '*' + name, formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value), join=joinseq):
    """'(a=1, b=2)' from getargvalues()'s values."""
    def convert(name, locals=locals, formatarg=formatarg, formatvalue=formatvalue):
        return formatarg(name) + formatvalue(locals[name])
    specs = [strseq(arg, convert, join) for arg in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def getcallargs(func, *positional, **named):
    """The dict {parameter name: value} a call func(*positional, **named)
    would bind, with the TypeError the call would raise."""
    args, varargs, varkw, defaults = getargspec(func)
    f_name = func.__name__
    arg2value = {}
    if ismethod(func) and func.im_self is not None:
        positional = (func.im_self,) + positional
    num_pos = len(positional)
    num_total = num_pos + len(named)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0

    def assign(arg, value):
        if isinstance(arg, str):
            arg2value[arg] = value
            return
        try:
            values = list(value)
        except TypeError:
            raise TypeError("'%s' object is not iterable" % type(value).__name__)
        if len(values) > len(arg):
            raise ValueError('too many values to unpack')
        if len(values) < len(arg):
            raise ValueError('need more than %d %s to unpack'
                             % (len(values), 'values' if len(values) != 1 else 'value'))
        for subarg, subvalue in zip(arg, values):
            assign(subarg, subvalue)

    def is_assigned(arg):
        if isinstance(arg, str):
            return arg in arg2value
        return arg in assigned_tuple_params

    assigned_tuple_params = []
    for arg, value in zip(args, positional):
        assign(arg, value)
        if not isinstance(arg, str):
            assigned_tuple_params.append(arg)
    if varargs:
        arg2value[varargs] = tuple(positional[num_args:]) if num_pos > num_args else ()
    elif 0 < num_args < num_pos:
        raise TypeError('%s() takes %s %d %s (%d given)'
                        % (f_name, 'at most' if defaults else 'exactly', num_args,
                           'arguments' if num_args > 1 else 'argument', num_total))
    elif num_args == 0 and num_total:
        if varkw:
            if num_pos:
                raise TypeError('%s() takes exactly 0 arguments (%d given)' % (f_name, num_total))
        else:
            raise TypeError('%s() takes no arguments (%d given)' % (f_name, num_total))
    for arg in args:
        if isinstance(arg, str) and arg in named:
            if is_assigned(arg):
                raise TypeError("%s() got multiple values for keyword argument '%s'" % (f_name, arg))
            assign(arg, named.pop(arg))
    if defaults:
        for arg, value in zip(args[-num_defaults:], defaults):
            if not is_assigned(arg):
                assign(arg, value)
    if varkw:
        arg2value[varkw] = named
    elif named:
        unexpected = next(iter(named))
        if isinstance(unexpected, unicode):
            unexpected = unexpected.encode(sys.getdefaultencoding(), 'replace')
        raise TypeError("%s() got an unexpected keyword argument '%s'" % (f_name, unexpected))
    unassigned = num_args - len([arg for arg in args if is_assigned(arg)])
    if unassigned:
        num_required = num_args - num_defaults
        raise TypeError('%s() takes %s %d %s (%d given)'
                        % (f_name, 'at least' if defaults else 'exactly', num_required,
                           'arguments' if num_required > 1 else 'argument', num_total))
    return arg2value


# ---- the stack --------------------------------------------------------------------

Traceback = _record('Traceback', 'filename lineno function code_context index')


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) of a frame
    or traceback entry, with `context` lines of source around the line."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except IOError:
            lines = index = None
        else:
            start = max(start, 1)
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getlineno(frame):
    return frame.f_lineno


def getouterframes(frame, context=1):
    """(frame, filename, lineno, function, code_context, index) for the frame
    and each of its callers, innermost first."""
    records = []
    current = frame
    while current:
        records.append((current,) + tuple(getframeinfo(current, context)))
        current = current.f_back
    return records


def getinnerframes(tb, context=1):
    """The records of a traceback's frames, from the handler down to where
    the exception was raised."""
    framelist = []
    while tb:
        framelist.append((tb.tb_frame,) + getframeinfo(tb, context))
        tb = tb.tb_next
    return framelist


def currentframe():
    """The caller's frame."""
    return sys._getframe(1)


def stack(context=1):
    """The records of the caller's frame and everything above it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """The records from the current frame down to where the exception being
    handled was raised."""
    return getinnerframes(sys.exc_info()[2], context)
