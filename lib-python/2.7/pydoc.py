#!/usr/bin/env python
# -*- coding: latin-1 -*-
"""Generate Python documentation in text or HTML from live objects.

From the shell:
    pydoc <name> ...   show the text documentation of a module, class,
                       function, keyword or topic (a dotted name, or the
                       path of a .py file)
    pydoc -k <word>    list the modules whose synopsis mentions the word
    pydoc -w <name>    write <name>.html in the current directory
    pydoc -p <port>    (not provided: there is no documentation server)

From Python: help(thing) (the builtin is pydoc.help), render_doc(thing)
for the text, writedoc(thing) for an HTML file, TextDoc and HTMLDoc for
the formatters.
"""
import __builtin__
import imp
import inspect
import keyword
import os
import pkgutil
import re
import sys
import types
from collections import deque
from traceback import extract_tb
from repr import Repr
from string import expandtabs, find, join, lower, split, strip, rfind, rstrip

__all__ = ['help']

def _preferred_encoding():
    try:
        import locale
        return locale.getpreferredencoding()
    except Exception:
        return 'ascii'

_encoding = _preferred_encoding()


def _encode(text, encoding=None):
    """unicode as bytes (characters the encoding lacks as &#N;)."""
    if isinstance(text, unicode):
        return text.encode(encoding or _encoding, 'xmlcharrefreplace')
    return text


def _binstr(obj):
    # bytes as they are, unicode through _encode, anything else str()
    if isinstance(obj, (str, unicode)):
        return _encode(obj)
    return str(obj)


# ---- helpers on objects --------------------------------------------------------------

def pathdirs():
    """sys.path's distinct existing directories, as absolute paths."""
    seen = []
    found = []
    for entry in sys.path:
        directory = os.path.abspath(entry or '.')
        key = os.path.normcase(directory)
        if key not in seen and os.path.isdir(directory):
            seen.append(key)
            found.append(directory)
    return found


def getdoc(object):
    """The documentation of an object: its docstring or the comments above
    its source, cleaned up."""
    result = inspect.getdoc(object) or inspect.getcomments(object)
    result = _encode(result)
    return result and re.sub('^ *\n', '', rstrip(result)) or ''


def splitdoc(doc):
    """(synopsis line, rest): the first line is a synopsis when it stands
    alone or is followed by a blank line."""
    lines = split(strip(doc), '\n')
    if len(lines) == 1:
        return lines[0], ''
    if len(lines) >= 2 and not rstrip(lines[1]):
        return lines[0], join(lines[2:], '\n')
    return '', join(lines, '\n')


def classname(object, modname):
    """A class's name, qualified with its module when that is not modname."""
    name = object.__name__
    if object.__module__ != modname:
        name = object.__module__ + '.' + name
    return name


def isdata(object):
    """Whether an object is documented as plain data."""
    return not (inspect.ismodule(object) or inspect.isclass(object) or
                inspect.isroutine(object) or inspect.isframe(object) or
                inspect.istraceback(object) or inspect.iscode(object))


def replace(text, *pairs):
    """text with each (old, new) pair of pairs replaced in turn."""
    for old, new in zip(pairs[::2], pairs[1::2]):
        text = new.join(text.split(old))
    return text


def cram(text, maxlen):
    """text shortened to maxlen with '...' in the middle."""
    if len(text) <= maxlen:
        return text
    head = max(0, (maxlen - 3) // 2)
    tail = max(0, maxlen - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]

_re_stripid = re.compile(r' at 0x[0-9a-f]{6,16}(>+)$', re.IGNORECASE)


def stripid(text):
    """A repr without its ' at 0x...' address."""
    return _re_stripid.sub(r'\1', text)


def _is_some_method(obj):
    return inspect.ismethod(obj) or inspect.ismethoddescriptor(obj)


def allmethods(cl):
    """{name: method} of a class and its bases."""
    methods = {}
    for key, value in inspect.getmembers(cl, _is_some_method):
        methods[key] = 1
    for base in cl.__bases__:
        methods.update(allmethods(base))
    for key in methods.keys():
        methods[key] = getattr(cl, key)
    return methods


def _split_list(s, predicate):
    """(items where predicate holds, the others), in order."""
    yes = []
    no = []
    for item in s:
        (yes if predicate(item) else no).append(item)
    return yes, no


_HIDDEN_NAMES = ('__builtins__', '__doc__', '__file__', '__path__',
                 '__module__', '__name__', '__slots__', '__package__')


def visiblename(name, all=None, obj=None):
    """Whether a name is shown: special names yes (but not the bookkeeping
    ones), private names no, unless __all__ decides; namedtuple's _fields
    style names yes."""
    if name in _HIDDEN_NAMES:
        return 0
    if name.startswith('__') and name.endswith('__'):
        return 1
    if name.startswith('_') and hasattr(obj, '_fields'):
        return 1
    if all is not None:
        return name in all
    return not name.startswith('_')


def classify_class_attrs(object):
    """inspect.classify_class_attrs with data descriptors marked so."""
    results = []
    for name, kind, cls, value in inspect.classify_class_attrs(object):
        if inspect.isdatadescriptor(value):
            kind = 'data descriptor'
        results.append((name, kind, cls, value))
    return results


# ---- module synopses and imports -------------------------------------------------------

def ispackage(path):
    """Whether path is a package directory."""
    if os.path.isdir(path):
        for ext in ('.py', '.pyc', '.pyo'):
            if os.path.isfile(os.path.join(path, '__init__' + ext)):
                return True
    return False


def source_synopsis(file):
    """The first line of the module docstring at the top of a source file
    (None if it has none)."""
    line = file.readline()
    while line[:1] == '#' or not strip(line):
        line = file.readline()
        if not line:
            break
    line = strip(line)
    if line[:4] == 'r"""':
        line = line[1:]
    if line[:3] != '"""':
        return None
    line = line[3:]
    if line[-1:] == '\\':
        line = line[:-1]
    while not strip(line):
        line = file.readline()
        if not line:
            break
    return strip(split(line, '"""')[0])


def synopsis(filename, cache={}):
    """The one-line summary of a module file (cached by modification
    time)."""
    mtime = os.stat(filename).st_mtime
    when, result = cache.get(filename, (None, None))
    if when is None or when < mtime:
        info = inspect.getmoduleinfo(filename)
        try:
            file = open(filename)
        except IOError:
            return None
        try:
            if info and 'b' in info[2]:
                # compiled: import it to read the docstring
                try:
                    module = imp.load_module('__temp__', file, filename, info[1:])
                except:
                    return None
                doc = module.__doc__
                result = doc.splitlines()[0] if doc else None
                del sys.modules['__temp__']
            else:
                result = source_synopsis(file)
        finally:
            file.close()
        cache[filename] = (mtime, result)
    return result


class ErrorDuringImport(Exception):
    """An import failed while looking for documentation."""

    def __init__(self, filename, exc_info):
        self.filename = filename
        self.exc, self.value, self.tb = exc_info

    def __str__(self):
        exc = self.exc
        if type(exc) is types.ClassType:
            exc = exc.__name__
        return 'problem in %s - %s: %s' % (self.filename, exc, self.value)


def importfile(path):
    """Import a Python source (or compiled) file by its path."""
    magic = imp.get_magic()
    with open(path, 'r') as f:
        kind = f.read(len(magic)) == magic and imp.PY_COMPILED or imp.PY_SOURCE
    name, ext = os.path.splitext(os.path.basename(path))
    with open(path, 'r') as f:
        try:
            return imp.load_module(name, f, path, (ext, 'r', kind))
        except:
            raise ErrorDuringImport(path, sys.exc_info())


def safeimport(path, forceload=0, cache={}):
    """Import a dotted module name; None if there is no such module, an
    ErrorDuringImport if importing it failed.  forceload reloads it."""
    try:
        if forceload and path in sys.modules and path not in sys.builtin_module_names:
            # forget it and its submodules, keeping them alive in the cache
            subs = [m for m in sys.modules if m.startswith(path + '.')]
            for key in [path] + subs:
                cache[key] = sys.modules.pop(key)
        module = __import__(path)
    except:
        info = sys.exc_info()
        exc, value, tb = info
        if path in sys.modules:
            raise ErrorDuringImport(sys.modules[path].__file__, info)
        if exc is SyntaxError:
            raise ErrorDuringImport(value.filename, info)
        if exc is ImportError and _failed_here(tb):
            return None     # the module itself does not exist
        raise ErrorDuringImport(path, info)
    for part in path.split('.')[1:]:
        try:
            module = getattr(module, part)
        except AttributeError:
            return None
    return module


def _failed_here(tb):
    """Whether the ImportError was raised by the import statement of
    safeimport itself (not inside the module being imported)."""
    return extract_tb(tb)[-1][2] == 'safeimport'


# ---- the formatters -----------------------------------------------------------------

class Doc:
    """The dispatch common to the formatters: document() picks the
    doc<kind> method for an object."""

    def document(self, object, name=None, *args):
        args = (object, name) + args
        # some objects (e.g. proxies) raise from the inspect predicates
        try:
            if inspect.isgetsetdescriptor(object) or inspect.ismemberdescriptor(object):
                return self.docdata(*args)
        except AttributeError:
            pass
        if inspect.ismodule(object):
            return self.docmodule(*args)
        if inspect.isclass(object):
            return self.docclass(*args)
        if inspect.isroutine(object):
            return self.docroutine(*args)
        if isinstance(object, property):
            return self.docproperty(*args)
        return self.docother(*args)

    def fail(self, object, name=None, *args):
        """Raise for objects that cannot be documented."""
        message = "don't know how to document object%s of type %s" % (
            name and ' ' + repr(name), type(object).__name__)
        raise TypeError, message

    docmodule = docclass = docroutine = docother = docproperty = docdata = fail

    def getdocloc(self, object, basedir=os.path.join(sys.exec_prefix, "lib",
                                                     "python" + sys.version[0:3])):
        """The URL of the library reference page of a standard module, or
        None."""
        try:
            file = inspect.getabsfile(object)
        except TypeError:
            file = '(built-in)'
        docloc = os.environ.get("PYTHONDOCS", "https://docs.python.org/library")
        # the standard library: under basedir, or where this library lives
        libdirs = [os.path.normcase(basedir), os.path.normcase(os.path.dirname(os.__file__))]
        in_library = [d for d in libdirs if file.startswith(d + os.sep)
                      and not file.startswith(os.path.join(d, 'site-packages'))]
        standard = (object.__name__ in ('errno', 'exceptions', 'gc', 'imp', 'marshal',
                                        'posix', 'signal', 'sys', 'thread', 'zipimport')
                    or bool(in_library))
        if not (isinstance(object, type(os)) and standard
                and object.__name__ not in ('xml.etree', 'test.pydoc_mod')):
            return None
        if docloc.startswith("http://") or docloc.startswith("https://"):
            return "%s/%s" % (docloc.rstrip("/"), object.__name__.lower())
        return os.path.join(docloc, object.__name__.lower() + ".html")


class TextRepr(Repr):
    """repr() shortened for text documentation."""

    def __init__(self):
        Repr.__init__(self)
        self.maxlist = self.maxtuple = 20
        self.maxdict = 10
        self.maxstring = self.maxother = 100

    def repr1(self, x, level):
        if hasattr(type(x), '__name__'):
            method = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
            if method is not None:
                return method(x, level)
        return cram(stripid(repr(x)), self.maxother)

    def repr_string(self, x, level):
        test = cram(x, self.maxstring)
        testrepr = repr(test)
        if '\\' in test and '\\' not in replace(testrepr, r'\\', ''):
            # only backslashes are escaped: a raw string reads better
            return 'r' + testrepr[0] + test + testrepr[0]
        return testrepr

    repr_str = repr_string

    def repr_instance(self, x, level):
        try:
            return cram(stripid(repr(x)), self.maxstring)
        except:
            return '<%s instance>' % x.__class__.__name__


class TextDoc(Doc):
    """Text documentation (names in bold by backspacing, as man does)."""

    _repr_instance = TextRepr()
    repr = _repr_instance.repr

    def bold(self, text):
        return ''.join([ch + '\b' + ch for ch in text])

    def indent(self, text, prefix='    '):
        if not text:
            return ''
        lines = [prefix + line for line in text.split('\n')]
        lines[-1] = lines[-1].rstrip()
        return '\n'.join(lines)

    def section(self, title, contents):
        return self.bold(title) + '\n' + rstrip(self.indent(contents)) + '\n\n'

    def formattree(self, tree, modname, parent=None, prefix=''):
        """The class tree of inspect.getclasstree, indented."""
        result = ''
        for entry in tree:
            if type(entry) is type(()):
                c, bases = entry
                result += prefix + classname(c, modname)
                if bases and bases != (parent,):
                    result += '(%s)' % ', '.join([classname(b, modname) for b in bases])
                result += '\n'
            elif type(entry) is type([]):
                result += self.formattree(entry, modname, c, prefix + '    ')
        return result

    def docmodule(self, object, name=None, mod=None):
        name = object.__name__
        synop, desc = splitdoc(getdoc(object))
        result = self.section('NAME', name + (synop and ' - ' + synop))
        all = getattr(object, '__all__', None)
        try:
            file = inspect.getabsfile(object)
        except TypeError:
            file = '(built-in)'
        result += self.section('FILE', file)
        docloc = self.getdocloc(object)
        if docloc is not None:
            result += self.section('MODULE DOCS', docloc)
        if desc:
            result += self.section('DESCRIPTION', desc)

        classes = []
        for key, value in inspect.getmembers(object, inspect.isclass):
            # without __all__, only the classes defined in the module
            if all is not None or (inspect.getmodule(value) or object) is object:
                if visiblename(key, all, object):
                    classes.append((key, value))
        funcs = []
        for key, value in inspect.getmembers(object, inspect.isroutine):
            if (all is not None or inspect.isbuiltin(value)
                    or inspect.getmodule(value) is object):
                if visiblename(key, all, object):
                    funcs.append((key, value))
        data = [(key, value) for key, value in inspect.getmembers(object, isdata)
                if visiblename(key, all, object)]

        packaged = []
        packaged_names = set()
        if hasattr(object, '__path__'):
            for importer, modname, ispkg in pkgutil.iter_modules(object.__path__):
                packaged_names.add(modname)
                packaged.append(ispkg and modname + ' (package)' or modname)
            packaged.sort()
            result += self.section('PACKAGE CONTENTS', '\n'.join(packaged))
        submodules = sorted(key for key, value in inspect.getmembers(object, inspect.ismodule)
                            if value.__name__.startswith(name + '.')
                            and key not in packaged_names)
        if submodules:
            result += self.section('SUBMODULES', '\n'.join(submodules))

        if classes:
            tree = inspect.getclasstree([value for key, value in classes], 1)
            contents = [self.formattree(tree, name)]
            contents.extend(self.document(value, key, name) for key, value in classes)
            result += self.section('CLASSES', '\n'.join(contents))
        if funcs:
            contents = [self.document(value, key, name) for key, value in funcs]
            result += self.section('FUNCTIONS', '\n'.join(contents))
        if data:
            contents = [self.docother(value, key, name, maxlen=70) for key, value in data]
            result += self.section('DATA', '\n'.join(contents))

        if hasattr(object, '__version__'):
            version = _binstr(object.__version__)
            if version[:11] == '$' + 'Revision: ' and version[-1:] == '$':
                version = strip(version[11:-1])
            result += self.section('VERSION', version)
        for attr, title in (('__date__', 'DATE'), ('__author__', 'AUTHOR'),
                            ('__credits__', 'CREDITS')):
            if hasattr(object, attr):
                result += self.section(title, _binstr(getattr(object, attr)))
        return result

    def docclass(self, object, name=None, mod=None, *ignored):
        realname = object.__name__
        name = name or realname
        bases = object.__bases__

        def makename(c, m=object.__module__):
            return classname(c, m)

        if name == realname:
            title = 'class ' + self.bold(realname)
        else:
            title = self.bold(name) + ' = class ' + realname
        if bases:
            title += '(%s)' % ', '.join(map(makename, bases))

        doc = getdoc(object)
        contents = doc and [doc + '\n'] or []
        push = contents.append

        mro = deque(inspect.getmro(object))
        if len(mro) > 2:
            push("Method resolution order:")
            for base in mro:
                push('    ' + makename(base))
            push('')

        # a rule between the groups of attributes
        rule = [False]

        def start_group(msg):
            if rule[0]:
                push('-' * 70)
            rule[0] = True
            push(msg)

        def spill(msg, attrs, predicate):
            ok, attrs = _split_list(attrs, predicate)
            if ok:
                start_group(msg)
                for attr_name, kind, homecls, value in ok:
                    try:
                        value = getattr(object, attr_name)
                    except Exception:
                        # some descriptors raise when read from the class
                        push(self.docdata(value, attr_name, mod))
                    else:
                        push(self.document(value, attr_name, mod, object))
            return attrs

        def spilldescriptors(msg, attrs, predicate):
            ok, attrs = _split_list(attrs, predicate)
            if ok:
                start_group(msg)
                for attr_name, kind, homecls, value in ok:
                    push(self._docdescriptor(attr_name, value, mod))
            return attrs

        def spilldata(msg, attrs, predicate):
            ok, attrs = _split_list(attrs, predicate)
            if ok:
                start_group(msg)
                for attr_name, kind, homecls, value in ok:
                    if hasattr(value, '__call__') or inspect.isdatadescriptor(value):
                        doc = getdoc(value)
                    else:
                        doc = None
                    push(self.docother(getattr(object, attr_name), attr_name, mod,
                                       maxlen=70, doc=doc) + '\n')
            return attrs

        attrs = [a for a in classify_class_attrs(object) if visiblename(a[0], obj=object)]
        while attrs:
            thisclass = mro and mro.popleft() or attrs[0][2]
            attrs, inherited = _split_list(attrs, lambda t: t[2] is thisclass)
            if thisclass is __builtin__.object:
                attrs = inherited
                continue
            if thisclass is object:
                tag = "defined here"
            else:
                tag = "inherited from %s" % classname(thisclass, object.__module__)
            attrs.sort()
            for label, kind, spiller in (('Methods', 'method', spill),
                                         ('Class methods', 'class method', spill),
                                         ('Static methods', 'static method', spill),
                                         ('Data descriptors', 'data descriptor',
                                          spilldescriptors),
                                         ('Data and other attributes', 'data', spilldata)):
                attrs = spiller("%s %s:\n" % (label, tag), attrs,
                                lambda t, kind=kind: t[1] == kind)
            assert attrs == []
            attrs = inherited

        contents = '\n'.join(contents)
        if not contents:
            return title + '\n'
        return title + '\n' + self.indent(rstrip(contents), ' |  ') + '\n'

    def formatvalue(self, object):
        return '=' + self.repr(object)

    def docroutine(self, object, name=None, mod=None, cl=None):
        realname = object.__name__
        name = name or realname
        note = ''
        skipdocs = 0
        if inspect.ismethod(object):
            imclass = object.im_class
            if cl:
                if imclass is not cl:
                    note = ' from ' + classname(imclass, mod)
            elif object.im_self is not None:
                note = ' method of %s instance' % classname(object.im_self.__class__, mod)
            else:
                note = ' unbound %s method' % classname(imclass, mod)
            object = object.im_func

        if name == realname:
            title = self.bold(realname)
        else:
            if cl and cl.__dict__.get(realname) is object:
                skipdocs = 1    # an alias: documented under its real name
            title = self.bold(name) + ' = ' + realname
        if inspect.isfunction(object):
            args, varargs, varkw, defaults = inspect.getargspec(object)
            argspec = inspect.formatargspec(args, varargs, varkw, defaults,
                                            formatvalue=self.formatvalue)
            if realname == '<lambda>':
                title = self.bold(name) + ' lambda '
                argspec = argspec[1:-1]     # no parentheses
        else:
            argspec = '(...)'
        decl = title + argspec + note
        if skipdocs:
            return decl + '\n'
        doc = getdoc(object) or ''
        return decl + '\n' + (doc and rstrip(self.indent(doc)) + '\n')

    def _docdescriptor(self, name, value, mod):
        parts = []
        if name:
            parts.append(self.bold(name) + '\n')
        doc = getdoc(value) or ''
        if doc:
            parts.append(self.indent(doc) + '\n')
        return ''.join(parts)

    def docproperty(self, object, name=None, mod=None, cl=None):
        return self._docdescriptor(name, object, mod)

    def docdata(self, object, name=None, mod=None, cl=None):
        return self._docdescriptor(name, object, mod)

    def docother(self, object, name=None, mod=None, parent=None, maxlen=None, doc=None):
        text = self.repr(object)
        if maxlen:
            line = (name and name + ' = ' or '') + text
            chop = maxlen - len(line)
            if chop < 0:
                text = text[:chop] + '...'
        line = (name and self.bold(name) + ' = ' or '') + text
        if doc is not None:
            line += '\n' + self.indent(str(doc))
        return line


class HTMLRepr(Repr):
    """repr() shortened and escaped for HTML."""

    def __init__(self):
        Repr.__init__(self)
        self.maxlist = self.maxtuple = 20
        self.maxdict = 10
        self.maxstring = self.maxother = 100

    def escape(self, text):
        return replace(text, '&', '&amp;', '<', '&lt;', '>', '&gt;')

    def repr(self, object):
        return Repr.repr(self, object)

    def repr1(self, x, level):
        if hasattr(type(x), '__name__'):
            method = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
            if method is not None:
                return method(x, level)
        return self.escape(cram(stripid(repr(x)), self.maxother))

    def repr_string(self, x, level):
        test = cram(x, self.maxstring)
        testrepr = repr(test)
        if '\\' in test and '\\' not in replace(testrepr, r'\\', ''):
            return 'r' + testrepr[0] + self.escape(test) + testrepr[0]
        return re.sub(r'((\\[\\abfnrtv\'"]|\\[0-9]..|\\x..|\\u....)+)',
                      r'<font color="#c040c0">\1</font>', self.escape(testrepr))

    repr_str = repr_string

    def repr_instance(self, x, level):
        try:
            return self.escape(cram(stripid(repr(x)), self.maxstring))
        except:
            return self.escape('<%s instance>' % x.__class__.__name__)

    repr_unicode = repr_string


class HTMLDoc(Doc):
    """HTML documentation pages."""

    _repr_instance = HTMLRepr()
    repr = _repr_instance.repr
    escape = _repr_instance.escape

    def page(self, title, contents):
        return _encode('''<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html><head><title>Python: %s</title>
<meta charset="utf-8">
</head><body bgcolor="#f0f0f8">
%s
</body></html>''' % (title, contents), 'ascii')

    def heading(self, title, fgcol, bgcol, extras=''):
        return '''
<table width="100%%" cellspacing=0 cellpadding=2 border=0 summary="heading">
<tr bgcolor="%s">
<td valign=bottom>&nbsp;<br>
<font color="%s" face="helvetica, arial">&nbsp;<br>%s</font></td
><td align=right valign=bottom
><font color="%s" face="helvetica, arial">%s</font></td></tr></table>
    ''' % (bgcol, fgcol, title, fgcol, extras or '&nbsp;')

    def section(self, title, fgcol, bgcol, contents, width=6,
                prelude='', marginalia=None, gap='&nbsp;'):
        if marginalia is None:
            marginalia = '<tt>' + '&nbsp;' * width + '</tt>'
        result = '''<p>
<table width="100%%" cellspacing=0 cellpadding=2 border=0 summary="section">
<tr bgcolor="%s">
<td colspan=3 valign=bottom>&nbsp;<br>
<font color="%s" face="helvetica, arial">%s</font></td></tr>
    ''' % (bgcol, fgcol, title)
        if prelude:
            result += '''
<tr bgcolor="%s"><td rowspan=2>%s</td>
<td colspan=2>%s</td></tr>
<tr><td>%s</td>''' % (bgcol, marginalia, prelude, gap)
        else:
            result += '''
<tr><td bgcolor="%s">%s</td><td>%s</td>''' % (bgcol, marginalia, gap)
        return result + '\n<td width="100%%">%s</td></tr></table>' % contents

    def bigsection(self, title, *args):
        title = '<big><strong>%s</strong></big>' % title
        return self.section(title, *args)

    def preformat(self, text):
        text = self.escape(expandtabs(text))
        return replace(text, '\n\n', '\n \n', '\n\n', '\n \n',
                       ' ', '&nbsp;', '\n', '<br>\n')

    def multicolumn(self, list, format, cols=4):
        result = ''
        rows = (len(list) + cols - 1) // cols
        for col in range(cols):
            result += '<td width="%d%%" valign=top>' % (100 // cols)
            for i in range(rows * col, rows * col + rows):
                if i < len(list):
                    result += format(list[i]) + '<br>\n'
            result += '</td>'
        return '<table width="100%%" summary="list"><tr>%s</tr></table>' % result

    def grey(self, text):
        return '<font color="#909090">%s</font>' % text

    def namelink(self, name, *dicts):
        for d in dicts:
            if name in d:
                return '<a href="%s">%s</a>' % (d[name], name)
        return name

    def classlink(self, object, modname):
        name, module = object.__name__, sys.modules.get(object.__module__)
        if hasattr(module, name) and getattr(module, name) is object:
            return '<a href="%s.html#%s">%s</a>' % (
                module.__name__, name, classname(object, modname))
        return classname(object, modname)

    def modulelink(self, object):
        return '<a href="%s.html">%s</a>' % (object.__name__, object.__name__)

    def modpkglink(self, data):
        name, path, ispackage, shadowed = data
        if shadowed:
            return self.grey(name)
        url = path and '%s.%s.html' % (path, name) or '%s.html' % name
        text = ispackage and '<strong>%s</strong>&nbsp;(package)' % name or name
        return '<a href="%s">%s</a>' % (url, text)

    def markup(self, text, escape=None, funcs={}, classes={}, methods={}):
        """Escape text, turning URLs, PEP and RFC numbers and known names
        into links."""
        escape = escape or self.escape
        results = []
        here = 0
        pattern = re.compile(r'\b((http|ftp)://\S+[\w/]|'
                             r'RFC[- ]?(\d+)|'
                             r'PEP[- ]?(\d+)|'
                             r'(self\.)?(\w+))')
        while True:
            match = pattern.search(text, here)
            if not match:
                break
            start, end = match.span()
            results.append(escape(text[here:start]))
            all, scheme, rfc, pep, selfdot, name = match.groups()
            if scheme:
                url = escape(all).replace('"', '&quot;')
                results.append('<a href="%s">%s</a>' % (url, url))
            elif rfc:
                url = 'http://www.rfc-editor.org/rfc/rfc%d.txt' % int(rfc)
                results.append('<a href="%s">%s</a>' % (url, escape(all)))
            elif pep:
                url = 'http://www.python.org/dev/peps/pep-%04d/' % int(pep)
                results.append('<a href="%s">%s</a>' % (url, escape(all)))
            elif selfdot:
                if text[end:end + 1] == '(':
                    results.append('self.' + self.namelink(name, methods))
                else:
                    results.append('self.<strong>%s</strong>' % name)
            elif text[end:end + 1] == '(':
                results.append(self.namelink(name, methods, funcs, classes))
            else:
                results.append(self.namelink(name, classes))
            here = end
        results.append(escape(text[here:]))
        return ''.join(results)

    def formattree(self, tree, modname, parent=None):
        result = ''
        for entry in tree:
            if type(entry) is type(()):
                c, bases = entry
                result += '<dt><font face="helvetica, arial">'
                result += self.classlink(c, modname)
                if bases and bases != (parent,):
                    result += '(' + ', '.join([self.classlink(b, modname) for b in bases]) + ')'
                result += '\n</font></dt>'
            elif type(entry) is type([]):
                result += '<dd>\n%s</dd>\n' % self.formattree(entry, modname, c)
        return '<dl>\n%s</dl>\n' % result

    def docmodule(self, object, name=None, mod=None, *ignored):
        name = object.__name__
        all = getattr(object, '__all__', None)
        parts = name.split('.')
        links = []
        for i in range(len(parts) - 1):
            links.append('<a href="%s.html"><font color="#ffffff">%s</font></a>'
                         % ('.'.join(parts[:i + 1]), parts[i]))
        linkedname = '.'.join(links + parts[-1:])
        head = '<big><big><strong>%s</strong></big></big>' % linkedname
        try:
            path = inspect.getabsfile(object)
            url = path
            filelink = '<a href="file:%s">%s</a>' % (url, path)
        except TypeError:
            filelink = '(built-in)'
        info = []
        if hasattr(object, '__version__'):
            version = _binstr(object.__version__)
            if version[:11] == '$' + 'Revision: ' and version[-1:] == '$':
                version = strip(version[11:-1])
            info.append('version %s' % self.escape(version))
        if hasattr(object, '__date__'):
            info.append(self.escape(_binstr(object.__date__)))
        if info:
            head += ' (%s)' % ', '.join(info)
        docloc = self.getdocloc(object)
        docloc = docloc and '<br><a href="%(docloc)s">Module Docs</a>' % locals() or ''
        result = self.heading(head, '#ffffff', '#7799ee',
                              '<a href=".">index</a><br>' + filelink + docloc)

        classes = []
        cdict = {}
        for key, value in inspect.getmembers(object, inspect.isclass):
            if all is not None or (inspect.getmodule(value) or object) is object:
                if visiblename(key, all, object):
                    classes.append((key, value))
                    cdict[key] = cdict[value] = '#' + key
        funcs = []
        fdict = {}
        for key, value in inspect.getmembers(object, inspect.isroutine):
            if (all is not None or inspect.isbuiltin(value)
                    or inspect.getmodule(value) is object):
                if visiblename(key, all, object):
                    funcs.append((key, value))
                    fdict[key] = '#-' + key
                    if inspect.isfunction(value):
                        fdict[value] = fdict[key]
        data = [(key, value) for key, value in inspect.getmembers(object, isdata)
                if visiblename(key, all, object)]

        doc = self.markup(getdoc(object), self.preformat, fdict, cdict)
        doc = doc and '<tt>%s</tt>' % doc
        result += '<p>%s</p>\n' % doc

        if hasattr(object, '__path__'):
            modpkgs = []
            for importer, modname, ispkg in pkgutil.iter_modules(object.__path__):
                modpkgs.append((modname, name, ispkg, 0))
            modpkgs.sort()
            contents = self.multicolumn(modpkgs, self.modpkglink)
            result += self.bigsection('Package Contents', '#ffffff', '#aa55cc', contents)
        if classes:
            tree = inspect.getclasstree([value for key, value in classes], 1)
            contents = [self.formattree(tree, name)]
            contents.extend(self.document(value, key, name, fdict, cdict)
                            for key, value in classes)
            result += self.bigsection('Classes', '#ffffff', '#ee77aa', ' '.join(contents))
        if funcs:
            contents = [self.document(value, key, name, fdict, cdict) for key, value in funcs]
            result += self.bigsection('Functions', '#ffffff', '#eeaa77', ' '.join(contents))
        if data:
            contents = [self.document(value, key) for key, value in data]
            result += self.bigsection('Data', '#ffffff', '#55aa55', '<br>\n'.join(contents))
        for attr, title in (('__author__', 'Author'), ('__credits__', 'Credits')):
            if hasattr(object, attr):
                contents = self.markup(_binstr(getattr(object, attr)), self.preformat)
                result += self.bigsection(title, '#ffffff', '#7799ee', contents)
        return result

    def docclass(self, object, name=None, mod=None, funcs={}, classes={}, *ignored):
        realname = object.__name__
        name = name or realname
        contents = []
        push = contents.append
        mro = deque(inspect.getmro(object))
        if len(mro) > 2:
            push('<dl><dt>Method resolution order:</dt>\n')
            for base in mro:
                push('<dd>%s</dd>\n' % self.classlink(base, object.__module__))
            push('</dl>\n')
        # anchors of the methods, for links in the docstrings
        mdict = {}
        attrs = [a for a in classify_class_attrs(object) if visiblename(a[0], obj=object)]
        for key, kind, homecls, value in attrs:
            mdict[key] = anchor = '#' + name + '-' + key
            try:
                mdict[getattr(object, key)] = anchor
            except Exception:
                pass    # unhashable values, or attributes that raise
        rule = [False]
        while attrs:
            thisclass = mro and mro.popleft() or attrs[0][2]
            attrs, inherited = _split_list(attrs, lambda t: t[2] is thisclass)
            if thisclass is __builtin__.object:
                attrs = inherited
                continue
            if thisclass is object:
                tag = 'defined here'
            else:
                tag = 'inherited from %s' % self.classlink(thisclass, object.__module__)
            attrs.sort()
            for label, kind in (('Methods', 'method'), ('Class methods', 'class method'),
                                ('Static methods', 'static method'),
                                ('Data descriptors', 'data descriptor'),
                                ('Data and other attributes', 'data')):
                ok, attrs = _split_list(attrs, lambda t, kind=kind: t[1] == kind)
                if not ok:
                    continue
                # a rule between groups, not before the first
                push(rule[0] and '<hr>\n' or '')
                rule[0] = True
                push('%s %s:<br>\n' % (label, tag))
                for attr_name, attr_kind, homecls, value in ok:
                    if kind == 'data descriptor':
                        push(self._docdescriptor(attr_name, value, mod))
                        continue
                    if kind == 'data':
                        if hasattr(value, '__call__') or inspect.isdatadescriptor(value):
                            doc = getdoc(value)
                        else:
                            doc = None
                        base = self.docother(getattr(object, attr_name), attr_name, mod)
                        if doc is None:
                            push('<dl><dt>%s</dl>\n' % base)
                        else:
                            doc = self.markup(doc, self.preformat, funcs, classes, mdict)
                            push('<dl><dt>%s<dd><tt>%s</tt></dl>\n' % (base, doc))
                    else:
                        try:
                            value = getattr(object, attr_name)
                        except Exception:
                            push(self._docdescriptor(attr_name, value, mod))
                        else:
                            push(self.document(value, attr_name, mod, funcs, classes, mdict,
                                               object))
                    push('\n')
            attrs = inherited
        contents = ''.join(contents)
        if name == realname:
            title = '<a name="%s">class <strong>%s</strong></a>' % (name, realname)
        else:
            title = '<strong>%s</strong> = <a name="%s">class %s</a>' % (name, name, realname)
        if object.__bases__:
            title += '(%s)' % ', '.join([self.classlink(b, object.__module__)
                                         for b in object.__bases__])
        doc = self.markup(getdoc(object), self.preformat, funcs, classes)
        doc = doc and '<tt>%s<br>&nbsp;</tt>' % doc
        return self.section(title, '#000000', '#ffc8d8', contents, 3, doc)

    def formatvalue(self, object):
        return self.grey('=' + self.repr(object))

    def docroutine(self, object, name=None, mod=None, funcs={}, classes={},
                   methods={}, cl=None):
        realname = object.__name__
        name = name or realname
        anchor = (cl and cl.__name__ or '') + '-' + name
        note = ''
        skipdocs = 0
        if inspect.ismethod(object):
            imclass = object.im_class
            if cl:
                if imclass is not cl:
                    note = ' from ' + self.classlink(imclass, mod)
            elif object.im_self is not None:
                note = ' method of %s instance' % self.classlink(
                    object.im_self.__class__, mod)
            else:
                note = ' unbound %s method' % self.classlink(imclass, mod)
            object = object.im_func
        if name == realname:
            title = '<a name="%s"><strong>%s</strong></a>' % (anchor, realname)
        else:
            if cl and cl.__dict__.get(realname) is object:
                reallink = '<a href="#%s">%s</a>' % (cl.__name__ + '-' + realname, realname)
                skipdocs = 1
            else:
                reallink = realname
            title = '<a name="%s"><strong>%s</strong></a> = %s' % (anchor, name, reallink)
        if inspect.isfunction(object):
            args, varargs, varkw, defaults = inspect.getargspec(object)
            argspec = inspect.formatargspec(args, varargs, varkw, defaults,
                                            formatvalue=self.formatvalue)
            if realname == '<lambda>':
                title = '<strong>%s</strong> <em>lambda</em> ' % name
                argspec = argspec[1:-1]
        else:
            argspec = '(...)'
        decl = title + argspec + (note and self.grey('<font face="helvetica, arial">%s</font>'
                                                     % note))
        if skipdocs:
            return '<dl><dt>%s</dt></dl>\n' % decl
        doc = self.markup(getdoc(object), self.preformat, funcs, classes, methods)
        doc = doc and '<dd><tt>%s</tt></dd>' % doc
        return '<dl><dt>%s</dt>%s</dl>\n' % (decl, doc)

    def _docdescriptor(self, name, value, mod):
        parts = []
        if name:
            parts.append('<dl><dt><strong>%s</strong></dt>\n' % name)
        doc = self.markup(getdoc(value), self.preformat)
        if doc:
            parts.append('<dd><tt>%s</tt></dd>\n' % doc)
        parts.append('</dl>\n')
        return ''.join(parts)

    def docproperty(self, object, name=None, mod=None, cl=None):
        return self._docdescriptor(name, object, mod)

    def docother(self, object, name=None, mod=None, *ignored):
        lhs = name and '<strong>%s</strong> = ' % name or ''
        return lhs + self.repr(object)

    def docdata(self, object, name=None, mod=None, cl=None):
        return self._docdescriptor(name, object, mod)

    def index(self, dir, shadowed=None):
        """A section listing the modules of a directory."""
        modpkgs = []
        if shadowed is None:
            shadowed = {}
        for importer, name, ispkg in pkgutil.iter_modules([dir]):
            modpkgs.append((name, '', ispkg, name in shadowed))
            shadowed[name] = 1
        modpkgs.sort()
        contents = self.multicolumn(modpkgs, self.modpkglink)
        return self.bigsection(dir, '#ffffff', '#ee77aa', contents)


text = TextDoc()
html = HTMLDoc()


class _OldStyleClass:
    pass

_OLD_INSTANCE_TYPE = type(_OldStyleClass())


# ---- showing documentation -------------------------------------------------------------

def plain(text):
    """text without the backspace bolding."""
    return re.sub('.\b', '', text)


def plainpager(text):
    sys.stdout.write(_encode(plain(text), getattr(sys.stdout, 'encoding', _encoding)))


def pipepager(text, cmd):
    """Page through text with a command reading stdin."""
    pipe = os.popen(cmd, 'w')
    try:
        pipe.write(_encode(text))
        pipe.close()
    except IOError:
        pass    # the pager quit early


def tempfilepager(text, cmd):
    """Page through text with a command given a file name."""
    import tempfile
    filename = tempfile.mktemp()
    with open(filename, 'w') as f:
        f.write(_encode(text))
    try:
        os.system(cmd + ' "' + filename + '"')
    finally:
        os.unlink(filename)


def ttypager(text):
    """A minimal pager on the terminal: space or return for more, b back,
    q to quit."""
    lines = plain(_encode(plain(text), getattr(sys.stdout, 'encoding', _encoding))).split('\n')
    tty = None
    try:
        import tty
        fd = sys.stdin.fileno()
        old = tty.tcgetattr(fd)
        tty.setcbreak(fd)
        getchar = lambda: sys.stdin.read(1)
    except (ImportError, AttributeError, ValueError, EnvironmentError):
        tty = None
        getchar = lambda: sys.stdin.readline()[:-1][:1]
    try:
        try:
            height = int(os.environ.get('LINES', 0))
        except ValueError:
            height = 0
        if height <= 1:
            height = 25
        step = height - 1
        shown = step
        sys.stdout.write('\n'.join(lines[:step]) + '\n')
        while lines[shown:]:
            sys.stdout.write('-- more --')
            sys.stdout.flush()
            key = getchar()
            if key in ('q', 'Q'):
                sys.stdout.write('\r          \r')
                break
            if key in ('\r', '\n'):
                sys.stdout.write('\r          \r' + lines[shown] + '\n')
                shown += 1
                continue
            if key in ('b', 'B', '\x1b'):
                shown = max(0, shown - step - step)
            sys.stdout.write('\n' + '\n'.join(lines[shown:shown + step]) + '\n')
            shown += step
    finally:
        if tty:
            tty.tcsetattr(fd, tty.TCSAFLUSH, old)


def getpager():
    """The way to show long text here: a pager program when stdin and
    stdout are terminals, else plain output."""
    if type(sys.stdout) is not types.FileType:
        return plainpager
    if not hasattr(sys.stdin, "isatty"):
        return plainpager
    if not sys.stdin.isatty() or not sys.stdout.isatty():
        return plainpager
    if 'PAGER' in os.environ:
        command = os.environ['PAGER']
        if command in ('more', 'less'):
            return lambda text: pipepager(text, command)
        return lambda text: tempfilepager(text, command) \
            if os.environ.get('TERM') in ('dumb', 'emacs') else pipepager(text, command)
    if os.environ.get('TERM') in ('dumb', 'emacs'):
        return plainpager
    if hasattr(os, 'system') and os.system('(less) 2>/dev/null') == 0:
        return lambda text: pipepager(text, 'less')
    return ttypager


def pager(text):
    """Show text through the pager (chosen on first use)."""
    global pager
    pager = getpager()
    pager(text)


def describe(thing):
    """A short description of what thing is."""
    if inspect.ismodule(thing):
        if thing.__name__ in sys.builtin_module_names:
            return 'built-in module ' + thing.__name__
        if hasattr(thing, '__path__'):
            return 'package ' + thing.__name__
        return 'module ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if inspect.isgetsetdescriptor(thing):
        return 'getset descriptor %s.%s.%s' % (
            thing.__objclass__.__module__, thing.__objclass__.__name__, thing.__name__)
    if inspect.ismemberdescriptor(thing):
        return 'member descriptor %s.%s.%s' % (
            thing.__objclass__.__module__, thing.__objclass__.__name__, thing.__name__)
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    if type(thing) is types.InstanceType:
        return 'instance of ' + thing.__class__.__name__
    return type(thing).__name__


def locate(path, forceload=0):
    """The object a dotted path names (modules imported as needed), or
    None."""
    parts = [part for part in path.split('.') if part]
    module, n = None, 0
    while n < len(parts):
        found = safeimport('.'.join(parts[:n + 1]), forceload)
        if not found:
            break
        module, n = found, n + 1
    object = module or __builtin__
    for part in parts[n:]:
        try:
            object = getattr(object, part)
        except AttributeError:
            return None
    return object


def resolve(thing, forceload=0):
    """(object, name) for an object or a dotted name."""
    if isinstance(thing, str):
        object = locate(thing, forceload)
        if object is None:
            raise ImportError, 'no Python documentation found for %r' % thing
        return object, thing
    name = getattr(thing, '__name__', None)
    return thing, name if isinstance(name, str) else None


def render_doc(thing, title='Python Library Documentation: %s', forceload=0):
    """The text documentation of thing (an object or a dotted name)."""
    object, name = resolve(thing, forceload)
    desc = describe(object)
    module = inspect.getmodule(object)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module is not object:
        desc += ' in module ' + module.__name__
    if type(object) is _OLD_INSTANCE_TYPE:
        # document the class of an old-style instance
        object = object.__class__
    elif not (inspect.ismodule(object) or inspect.isclass(object) or
              inspect.isroutine(object) or inspect.isgetsetdescriptor(object) or
              inspect.ismemberdescriptor(object) or isinstance(object, property)):
        # other values: document their type
        object = type(object)
        desc += ' object'
    return title % desc + '\n\n' + text.document(object, name)


def doc(thing, title='Python Library Documentation: %s', forceload=0):
    """Show the text documentation of thing through the pager."""
    try:
        pager(render_doc(thing, title, forceload))
    except (ImportError, ErrorDuringImport), value:
        print value


def writedoc(thing, forceload=0):
    """Write <name>.html with the HTML documentation of thing."""
    try:
        object, name = resolve(thing, forceload)
        page = html.page(describe(object), html.document(object, name))
        with open(name + '.html', 'w') as f:
            f.write(page)
        print 'wrote', name + '.html'
    except (ImportError, ErrorDuringImport), value:
        print value


def writedocs(dir, pkgpath='', done=None):
    """writedoc() for every module found under a directory."""
    if done is None:
        done = {}
    for importer, modname, ispkg in pkgutil.walk_packages([dir], pkgpath):
        writedoc(modname)


# ---- the help() system ----------------------------------------------------------------------

class Helper:
    """The object behind the help builtin: help(thing) shows the
    documentation of an object, a name, a keyword or a topic; help()
    starts an interactive prompt."""

    # The texts of keywords and topics come from the pydoc_data package
    # (not provided: showtopic() says so).  Each keyword is its own topic.
    keywords = dict((word, word) for word in keyword.kwlist)

    symbols = {}
    for _names, _topic in [
            ("' ''' r' u' \" \"\"\" r\" u\" \\", 'STRINGS'),
            ('+ - * ** / // % << >> & | ^ ~ < > <= >= == != <>', 'OPERATORS'),
            ('+= -= *= /= %= &= |= ^= <<= >>= **= //=', 'AUGMENTEDASSIGNMENT'),
            ('j J', 'COMPLEX'), (', ( ) [ ]', 'TUPLES LISTS'), ('. ...', 'ATTRIBUTES'),
            (': @ _ __ `', 'SPECIALMETHODS')]:
        for _name in _names.split():
            symbols[_name] = _topic
    del _names, _topic, _name

    topics = dict.fromkeys(
        'ASSERTION ASSIGNMENT ATTRIBUTEMETHODS ATTRIBUTES AUGMENTEDASSIGNMENT '
        'BACKQUOTES BASICMETHODS BINARY BITWISE BOOLEAN CALLABLEMETHODS CALLS '
        'CLASSES CODEOBJECTS COERCIONS COMPARISON COMPLEX CONDITIONAL '
        'CONTEXTMANAGERS CONVERSIONS DEBUGGING DELETION DICTIONARIES '
        'DICTIONARYLITERALS DYNAMICFEATURES ELLIPSIS EXCEPTIONS EXECUTION '
        'EXPRESSIONS FILES FLOAT FORMATTING FRAMEOBJECTS FRAMES FUNCTIONS '
        'IDENTIFIERS IMPORTING INTEGER LISTLITERALS LISTS LITERALS LOOPING '
        'MAPPINGMETHODS MAPPINGS METHODS MODULES NAMESPACES NONE NUMBERMETHODS '
        'NUMBERS OBJECTS OPERATORS PACKAGES POWER PRECEDENCE PRINTING '
        'PRIVATENAMES RETURNING SCOPING SEQUENCEMETHODS1 SEQUENCEMETHODS2 '
        'SEQUENCES SHIFTING SLICINGS SPECIALATTRIBUTES SPECIALIDENTIFIERS '
        'SPECIALMETHODS STRINGMETHODS STRINGS SUBSCRIPTS TRACEBACKS '
        'TRUTHVALUE TUPLELITERALS TUPLES TYPEOBJECTS TYPES UNARY UNICODE'.split(), '')

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    input = property(lambda self: self._input or sys.stdin)
    output = property(lambda self: self._output or sys.stdout)

    def __repr__(self):
        if inspect.stack()[1][3] == '?':
            self()
            return ''
        return '<pydoc.Helper instance>'

    _GoInteractive = object()

    def __call__(self, request=_GoInteractive):
        if request is not self._GoInteractive:
            self.help(request)
            return
        self.intro()
        self.interact()
        self.output.write('''
Leaving help, back to the Python interpreter.  help(object) shows the
documentation of an object directly; help('name') does what typing the
name at the help> prompt does.
''')

    def interact(self):
        self.output.write('\n')
        while True:
            try:
                request = self.getline('help> ')
            except (KeyboardInterrupt, EOFError):
                return
            if not request:
                return
            request = request.replace('"', '').replace("'", '').strip()
            if request.lower() in ('q', 'quit'):
                return
            self.help(request)

    def getline(self, prompt):
        """A line from self.input (raw_input() when it is sys.stdin)."""
        if self.input is sys.stdin:
            return raw_input(prompt)
        self.output.write(prompt)
        self.output.flush()
        return self.input.readline()

    def help(self, request):
        if isinstance(request, Helper):
            self()
        elif type(request) is not type(''):
            doc(request, 'Help on %s:')
        else:
            self._help_on_name(request.strip())
        self.output.write('\n')

    def _help_on_name(self, name):
        listings = {'help': self.intro, 'keywords': self.listkeywords,
                    'symbols': self.listsymbols, 'topics': self.listtopics,
                    'modules': self.listmodules}
        if name in listings:
            listings[name]()
        elif name.startswith('modules '):
            self.listmodules(name.split()[1])
        elif name in self.symbols:
            self.showsymbol(name)
        elif name in self.keywords or name in self.topics:
            self.showtopic(name)
        elif name:
            doc(name, 'Help on %s:')

    def intro(self):
        version = sys.version[:3]
        self.output.write('''
Welcome to Python %s!  This is the help utility.

The tutorial (https://docs.python.org/%s/tutorial/) is the place to start
when Python is new to you.

Type the name of a module, keyword or topic to read about it, "modules",
"keywords" or "topics" for the lists of them, "modules <word>" for the
modules whose one-line summary mentions the word, and "quit" to go back
to the interpreter.
''' % (version, version))

    def list(self, items, columns=4, width=80):
        """The items sorted, in columns filled top to bottom."""
        items = sorted(items)
        cell = width // columns
        nrows = (len(items) + columns - 1) // columns
        for row in range(nrows):
            cells = items[row::nrows]
            line = ''.join([c + ' ' * max(1, cell - len(c)) for c in cells[:-1]])
            self.output.write(line + (cells and cells[-1] or '') + '\n')

    def _listing(self, what, names):
        self.output.write('\n%s (type one of them for more help):\n\n' % what)
        self.list(names)

    def listkeywords(self):
        self._listing('The Python keywords', self.keywords.keys())

    def listsymbols(self):
        self._listing('The punctuation symbols with a special meaning', self.symbols.keys())

    def listtopics(self):
        self._listing('The help topics', self.topics.keys())

    def showtopic(self, topic, more_xrefs=''):
        try:
            import pydoc_data.topics
        except ImportError:
            self.output.write('''
Sorry, the documentation of topics and keywords is not available (the
module "pydoc_data.topics" could not be found).
''')
            return
        text = pydoc_data.topics.topics.get(topic.lower())
        if text is None:
            self.output.write('no documentation found for %s\n' % repr(topic))
            return
        pager(text.strip() + '\n')

    def showsymbol(self, symbol):
        self.showtopic(self.symbols[symbol].split()[0])

    def listmodules(self, key=''):
        if key:
            self.output.write('\nThe modules matching %r:\n\n' % key)
            apropos(key)
            return
        self.output.write('\nLooking for all the modules (this takes a moment)...\n\n')
        names = set()

        def found(path, modname, desc):
            if modname.endswith('.__init__'):
                modname = modname[:-len('.__init__')] + ' (package)'
            if '.' not in modname:
                names.add(modname)
        ModuleScanner().run(found, onerror=lambda modname: found(None, modname, None))
        self.list(names)
        self.output.write('\nType a module name for its documentation, or "modules '
                          '<word>" to search the\nmodules\' summaries.\n')


help = Helper()


class ModuleScanner:
    """Calls back for every module that can be imported (with its
    synopsis), or only those whose name or synopsis mentions a key."""

    def run(self, callback, key=None, completer=None, onerror=None):
        self.quit = False
        key = key and key.lower()

        def report(path, modname, desc):
            if key is None:
                callback(path, modname, '')
            elif key in (modname + ' - ' + desc).lower():
                callback(path, modname, desc)

        for modname in sys.builtin_module_names:
            if modname == '__main__':
                continue
            desc = ''
            if key is not None:
                desc = (__import__(modname).__doc__ or '').split('\n')[0]
            report(None, modname, desc)
        for importer, modname, ispkg in pkgutil.walk_packages(onerror=onerror):
            if self.quit:
                break
            if key is None:
                callback(None, modname, '')
                continue
            path, desc = self._describe(importer, modname)
            report(path, modname, desc)
        if completer:
            completer()

    def _describe(self, importer, modname):
        """(file, synopsis) of a module, from its source when possible."""
        import StringIO
        loader = importer.find_module(modname)
        if hasattr(loader, 'get_source'):
            source = loader.get_source(modname) or ''
            desc = source_synopsis(StringIO.StringIO(source)) or ''
            path = getattr(loader, 'get_filename', lambda name: None)(modname)
            return path, desc
        module = loader.load_module(modname)
        lines = (module.__doc__ or '').splitlines()
        return getattr(module, '__file__', None), lines and lines[0] or ''


def apropos(key):
    """Print the modules whose name or synopsis contains key."""
    def callback(path, modname, desc):
        if modname[-9:] == '.__init__':
            modname = modname[:-9] + ' (package)'
        print modname, desc and '- ' + desc

    def onerror(modname):
        pass
    with warnings_ignored():
        ModuleScanner().run(callback, key, onerror=onerror)


class warnings_ignored(object):
    """Importing every module may warn: keep quiet meanwhile."""

    def __enter__(self):
        import warnings
        self._catcher = warnings.catch_warnings()
        self._catcher.__enter__()
        warnings.filterwarnings('ignore')

    def __exit__(self, *exc):
        return self._catcher.__exit__(*exc)


# ---- the command line ---------------------------------------------------------------------

_USAGE = """pydoc: documentation of Python modules, classes, functions...

%(cmd)s <name> ...
    Show the documentation of <name>: a module, package, class or function
    (dotted names reach inside modules), a keyword or topic, or the path
    (containing '%(sep)s') of a source file.  'keywords', 'topics' and
    'modules' list what there is.

%(cmd)s -k <word>
    List the modules whose one-line summary contains <word>.

%(cmd)s -w <name> ...
    Write the HTML documentation of <name> to <name>.html in the current
    directory (a path to a directory: of every module in it).
"""


def cli():
    """pydoc's command line."""
    import getopt
    # run as a script (not -m): search the current directory for modules,
    # not pydoc's own
    if '' not in sys.path:
        here = os.path.dirname(sys.argv[0])
        if here in sys.path:
            sys.path.remove(here)
        sys.path.insert(0, '.')
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'gk:p:w')
    except getopt.error:
        opts, args = [], []
    options = dict(opts)
    if '-k' in options:
        apropos(options['-k'])
        return
    if '-p' in options or '-g' in options:
        print 'pydoc: the documentation server is not provided'
        return
    if not args:
        print _USAGE % {'cmd': os.path.basename(sys.argv[0]), 'sep': os.sep}
        return
    for arg in args:
        if ispath(arg) and not os.path.exists(arg):
            print 'file %r does not exist' % arg
            break
        try:
            if ispath(arg) and os.path.isfile(arg):
                arg = importfile(arg)
            if '-w' not in options:
                help.help(arg)
            elif ispath(arg) and os.path.isdir(arg):
                writedocs(arg)
            else:
                writedoc(arg)
        except ErrorDuringImport, value:
            print value


def ispath(x):
    return isinstance(x, str) and find(x, os.sep) >= 0


if __name__ == '__main__':
    cli()
