"""Tools for pickle developers: a description of every opcode of pickle
protocols 0, 1 and 2 (`opcodes`, `code2op`), a tokenizer (`genops`), a
symbolic disassembler (`dis`) and `optimize`, which drops the PUT opcodes
no GET refers to.

Each opcode is an OpcodeInfo: its name, its one-character code, the
ArgumentDescriptor of the argument that follows it in the stream (None if
it has none), the StackObjects it pops and pushes, and the protocol that
introduced it.
"""

from struct import unpack as _unpack
from pickle import decode_long

__all__ = ['dis', 'genops', 'optimize']

# ---- argument descriptors ------------------------------------------------

UP_TO_NEWLINE = -1          # the argument runs to the next newline
TAKEN_FROM_ARGUMENT1 = -2   # a 1-byte length, then that many bytes
TAKEN_FROM_ARGUMENT4 = -3   # a 4-byte signed little-endian length, then the bytes


class ArgumentDescriptor(object):
    """How an opcode's argument is stored: name, n (a byte count, or one of
    the three constants above), reader (a function of the stream returning
    the value) and doc."""
    __slots__ = ('name', 'n', 'reader', 'doc')

    def __init__(self, name, n, reader, doc):
        assert isinstance(name, str)
        assert isinstance(n, int) and (n >= 0 or n in (UP_TO_NEWLINE, TAKEN_FROM_ARGUMENT1,
                                                       TAKEN_FROM_ARGUMENT4))
        self.name = name
        self.n = n
        self.reader = reader
        self.doc = doc


def _exactly(f, n, what):
    data = f.read(n)
    if len(data) != n:
        raise ValueError("not enough data in stream to read " + what)
    return data


def read_uint1(f):
    """One unsigned byte."""
    return ord(_exactly(f, 1, "uint1"))


def read_uint2(f):
    """Two-byte unsigned little-endian integer."""
    return _unpack("<H", _exactly(f, 2, "uint2"))[0]


def read_int4(f):
    """Four-byte signed little-endian integer."""
    return _unpack("<i", _exactly(f, 4, "int4"))[0]


def read_stringnl(f, decode=True, stripquotes=True):
    """A line without its newline; with stripquotes it must be quoted
    (either quote) and the quotes go; with decode, string escapes are
    processed."""
    line = f.readline()
    if not line.endswith('\n'):
        raise ValueError("no newline found when trying to read stringnl")
    line = line[:-1]
    if stripquotes:
        quote = line[:1]
        if quote not in ("'", '"'):
            raise ValueError("no string quotes around %r" % line)
        if not line.endswith(quote):
            raise ValueError("strinq quote %r not found at both ends of %r" % (quote, line))
        line = line[1:-1]
    if decode:
        line = line.decode('string_escape')
    return line


def read_stringnl_noescape(f):
    """A line taken as it is (module and class names)."""
    return read_stringnl(f, False, False)


def read_stringnl_noescape_pair(f):
    """Two such lines, joined by a blank."""
    first = read_stringnl_noescape(f)
    return "%s %s" % (first, read_stringnl_noescape(f))


def _counted(f, n, kind):
    if n < 0:
        raise ValueError("%s byte count < 0: %d" % (kind, n))
    data = f.read(n)
    if len(data) != n:
        raise ValueError("expected %d bytes in a %s, but only %d remain" % (n, kind, len(data)))
    return data


def read_string4(f):
    """A string preceded by its int4 length."""
    return _counted(f, read_int4(f), "string4")


def read_string1(f):
    """A string preceded by its uint1 length."""
    return _counted(f, read_uint1(f), "string1")


def read_unicodestringnl(f):
    """A line in raw-unicode-escape encoding."""
    line = f.readline()
    if not line.endswith('\n'):
        raise ValueError("no newline found when trying to read unicodestringnl")
    return unicode(line[:-1], 'raw-unicode-escape')


def read_unicodestring4(f):
    """UTF-8 text preceded by its int4 byte length."""
    return unicode(_counted(f, read_int4(f), "unicodestring4"), 'utf-8')


def read_decimalnl_short(f):
    """A decimal line; "00" and "01" are False and True."""
    text = read_stringnl(f, False, False)
    if text == "00":
        return False
    if text == "01":
        return True
    try:
        return int(text)
    except OverflowError:
        return long(text)


def read_decimalnl_long(f):
    """A decimal line ending in L."""
    text = read_stringnl(f, False, False)
    if not text.endswith("L"):
        raise ValueError("trailing 'L' required in %r" % text)
    return long(text)


def read_floatnl(f):
    """A float written by repr(), on a line."""
    return float(read_stringnl(f, False, False))


def read_float8(f):
    """A big-endian IEEE double."""
    return _unpack(">d", _exactly(f, 8, "float8"))[0]


def read_long1(f):
    """A two's complement little-endian long preceded by its uint1 size."""
    return decode_long(_exactly(f, read_uint1(f), "long1"))


def read_long4(f):
    """A two's complement little-endian long preceded by its int4 size."""
    n = read_int4(f)
    if n < 0:
        raise ValueError("long4 byte count < 0: %d" % n)
    return decode_long(_exactly(f, n, "long4"))


uint1 = ArgumentDescriptor('uint1', 1, read_uint1, "One-byte unsigned integer.")
uint2 = ArgumentDescriptor('uint2', 2, read_uint2, "Two-byte unsigned integer, little-endian.")
int4 = ArgumentDescriptor('int4', 4, read_int4, "Four-byte signed integer, little-endian.")
stringnl = ArgumentDescriptor('stringnl', UP_TO_NEWLINE, read_stringnl,
                              "A quoted, escaped string (its repr) up to a newline.")
stringnl_noescape = ArgumentDescriptor('stringnl_noescape', UP_TO_NEWLINE, read_stringnl_noescape,
                                       "An unquoted string up to a newline.")
stringnl_noescape_pair = ArgumentDescriptor('stringnl_noescape_pair', UP_TO_NEWLINE,
                                            read_stringnl_noescape_pair,
                                            "Two unquoted lines, shown joined by a blank.")
string4 = ArgumentDescriptor('string4', TAKEN_FROM_ARGUMENT4, read_string4,
                             "A string with an int4 length prefix.")
string1 = ArgumentDescriptor('string1', TAKEN_FROM_ARGUMENT1, read_string1,
                             "A string with a uint1 length prefix.")
unicodestringnl = ArgumentDescriptor('unicodestringnl', UP_TO_NEWLINE, read_unicodestringnl,
                                     "Raw-unicode-escape text up to a newline.")
unicodestring4 = ArgumentDescriptor('unicodestring4', TAKEN_FROM_ARGUMENT4, read_unicodestring4,
                                    "UTF-8 text with an int4 length prefix.")
decimalnl_short = ArgumentDescriptor('decimalnl_short', UP_TO_NEWLINE, read_decimalnl_short,
                                     "A decimal integer up to a newline (00/01: False/True).")
decimalnl_long = ArgumentDescriptor('decimalnl_long', UP_TO_NEWLINE, read_decimalnl_long,
                                    "A decimal long with a trailing L, up to a newline.")
floatnl = ArgumentDescriptor('floatnl', UP_TO_NEWLINE, read_floatnl,
                             "A float's repr up to a newline.")
float8 = ArgumentDescriptor('float8', 8, read_float8, "An 8-byte big-endian IEEE double.")
long1 = ArgumentDescriptor('long1', TAKEN_FROM_ARGUMENT1, read_long1,
                           "A long in two's complement with a uint1 length prefix.")
long4 = ArgumentDescriptor('long4', TAKEN_FROM_ARGUMENT4, read_long4,
                           "A long in two's complement with an int4 length prefix.")

# ---- stack objects --------------------------------------------------------


class StackObject(object):
    """A kind of value on the unpickling stack: name, obtype (a type or a
    tuple of types) and doc."""
    __slots__ = ('name', 'obtype', 'doc')

    def __init__(self, name, obtype, doc):
        assert isinstance(name, str)
        self.name = name
        self.obtype = obtype
        self.doc = doc

    def __repr__(self):
        return self.name


pyint = StackObject('int', int, "A short integer.")
pylong = StackObject('long', long, "A long integer.")
pyinteger_or_bool = StackObject('int_or_bool', (int, long, bool), "An integer or a bool.")
pybool = StackObject('bool', (bool,), "A bool.")
pyfloat = StackObject('float', float, "A float.")
pystring = StackObject('str', str, "A byte string.")
pyunicode = StackObject('unicode', unicode, "A unicode string.")
pynone = StackObject('None', type(None), "None.")
pytuple = StackObject('tuple', tuple, "A tuple.")
pylist = StackObject('list', list, "A list.")
pydict = StackObject('dict', dict, "A dict.")
anyobject = StackObject('any', object, "Any object.")
markobject = StackObject('mark', StackObject, "The mark pushed by MARK; the opcodes that "
                         "take it pop everything above it (the stackslice).")
stackslice = StackObject('stackslice', StackObject, "The objects above the topmost mark.")

# ---- the opcodes ----------------------------------------------------------


class OpcodeInfo(object):
    """One opcode: name, code (one character), arg (ArgumentDescriptor or
    None), stack_before, stack_after (lists of StackObjects), proto (the
    protocol that introduced it) and doc."""
    __slots__ = ('name', 'code', 'arg', 'stack_before', 'stack_after', 'proto', 'doc')

    def __init__(self, name, code, arg, stack_before, stack_after, proto, doc):
        assert isinstance(code, str) and len(code) == 1
        assert 0 <= proto <= 2
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc


# (name, code, argument, popped, pushed, protocol, what it does)
_TABLE = [
    ('INT', 'I', decimalnl_short, [], [pyinteger_or_bool], 0, "Push an int or bool written in decimal."),
    ('BININT', 'J', int4, [], [pyint], 1, "Push a four-byte signed int."),
    ('BININT1', 'K', uint1, [], [pyint], 1, "Push a one-byte unsigned int."),
    ('BININT2', 'M', uint2, [], [pyint], 1, "Push a two-byte unsigned int."),
    ('LONG', 'L', decimalnl_long, [], [pylong], 0, "Push a long written in decimal."),
    ('LONG1', '\x8a', long1, [], [pylong], 2, "Push a long (short byte count)."),
    ('LONG4', '\x8b', long4, [], [pylong], 2, "Push a long (four-byte byte count)."),
    ('STRING', 'S', stringnl, [], [pystring], 0, "Push a str written as its repr."),
    ('BINSTRING', 'T', string4, [], [pystring], 1, "Push a str (four-byte length)."),
    ('SHORT_BINSTRING', 'U', string1, [], [pystring], 1, "Push a str (one-byte length)."),
    ('NONE', 'N', None, [], [pynone], 0, "Push None."),
    ('NEWTRUE', '\x88', None, [], [pybool], 2, "Push True."),
    ('NEWFALSE', '\x89', None, [], [pybool], 2, "Push False."),
    ('UNICODE', 'V', unicodestringnl, [], [pyunicode], 0, "Push a unicode (raw-unicode-escape line)."),
    ('BINUNICODE', 'X', unicodestring4, [], [pyunicode], 1, "Push a unicode (UTF-8, four-byte length)."),
    ('FLOAT', 'F', floatnl, [], [pyfloat], 0, "Push a float written as its repr."),
    ('BINFLOAT', 'G', float8, [], [pyfloat], 1, "Push a float (8-byte IEEE double)."),
    ('EMPTY_LIST', ']', None, [], [pylist], 1, "Push an empty list."),
    ('APPEND', 'a', None, [pylist, anyobject], [pylist], 0, "Append the top item to the list below it."),
    ('APPENDS', 'e', None, [pylist, markobject, stackslice], [pylist], 1,
     "Extend the list below the mark with the items above it."),
    ('LIST', 'l', None, [markobject, stackslice], [pylist], 0, "Build a list of the items above the mark."),
    ('EMPTY_TUPLE', ')', None, [], [pytuple], 1, "Push an empty tuple."),
    ('TUPLE', 't', None, [markobject, stackslice], [pytuple], 0, "Build a tuple of the items above the mark."),
    ('TUPLE1', '\x85', None, [anyobject], [pytuple], 2, "Build a 1-tuple of the top item."),
    ('TUPLE2', '\x86', None, [anyobject, anyobject], [pytuple], 2, "Build a pair of the top two items."),
    ('TUPLE3', '\x87', None, [anyobject, anyobject, anyobject], [pytuple], 2,
     "Build a triple of the top three items."),
    ('EMPTY_DICT', '}', None, [], [pydict], 1, "Push an empty dict."),
    ('DICT', 'd', None, [markobject, stackslice], [pydict], 0,
     "Build a dict of the key, value pairs above the mark."),
    ('SETITEM', 's', None, [pydict, anyobject, anyobject], [pydict], 0, "dict[key] = value."),
    ('SETITEMS', 'u', None, [pydict, markobject, stackslice], [pydict], 1,
     "Add the key, value pairs above the mark to the dict below it."),
    ('POP', '0', None, [anyobject], [], 0, "Discard the top item."),
    ('DUP', '2', None, [anyobject], [anyobject, anyobject], 0, "Push the top item again."),
    ('MARK', '(', None, [], [markobject], 0, "Push a mark."),
    ('POP_MARK', '1', None, [markobject, stackslice], [], 1, "Discard the mark and the items above it."),
    ('GET', 'g', decimalnl_short, [], [anyobject], 0, "Push a memo item (decimal index)."),
    ('BINGET', 'h', uint1, [], [anyobject], 1, "Push a memo item (one-byte index)."),
    ('LONG_BINGET', 'j', int4, [], [anyobject], 1, "Push a memo item (four-byte index)."),
    ('PUT', 'p', decimalnl_short, [], [], 0, "Store the top item in the memo (decimal index)."),
    ('BINPUT', 'q', uint1, [], [], 1, "Store the top item in the memo (one-byte index)."),
    ('LONG_BINPUT', 'r', int4, [], [], 1, "Store the top item in the memo (four-byte index)."),
    ('EXT1', '\x82', uint1, [], [anyobject], 2, "Push an object from the extension registry (one-byte code)."),
    ('EXT2', '\x83', uint2, [], [anyobject], 2, "Push an object from the extension registry (two-byte code)."),
    ('EXT4', '\x84', int4, [], [anyobject], 2, "Push an object from the extension registry (four-byte code)."),
    ('GLOBAL', 'c', stringnl_noescape_pair, [], [anyobject], 0, "Push module.name (two lines)."),
    ('REDUCE', 'R', None, [anyobject, anyobject], [anyobject], 0, "Call a callable with an argument tuple."),
    ('BUILD', 'b', None, [anyobject, anyobject], [anyobject], 0,
     "Set an object's state (__setstate__ or its __dict__)."),
    ('INST', 'i', stringnl_noescape_pair, [markobject, stackslice], [anyobject], 0,
     "Instantiate module.name with the items above the mark."),
    ('OBJ', 'o', None, [markobject, anyobject, stackslice], [anyobject], 1,
     "Instantiate the class above the mark with the items after it."),
    ('NEWOBJ', '\x81', None, [anyobject, anyobject], [anyobject], 2, "cls.__new__(cls, *args)."),
    ('PROTO', '\x80', uint1, [], [], 2, "Announce the protocol."),
    ('STOP', '.', None, [anyobject], [], 0, "End of the pickle; the top item is its value."),
    ('PERSID', 'P', stringnl_noescape, [], [anyobject], 0, "Push a persistent object (id on a line)."),
    ('BINPERSID', 'Q', None, [anyobject], [anyobject], 1, "Push a persistent object (id from the stack)."),
]

opcodes = [OpcodeInfo(*row) for row in _TABLE]
del _TABLE

code2op = {}
for _op in opcodes:
    assert _op.code not in code2op, "duplicate opcode code %r" % _op.code
    code2op[_op.code] = _op
del _op

# ---- reading a pickle -----------------------------------------------------


def genops(pickle):
    """Generate (opcode, arg, pos) for each opcode of a pickle (a string
    or a file); pos is the opcode's offset when the stream can tell it,
    else None.  Stops after STOP."""
    if isinstance(pickle, str):
        from cStringIO import StringIO
        pickle = StringIO(pickle)
    tell = getattr(pickle, "tell", None)
    while True:
        pos = tell() if tell is not None else None
        code = pickle.read(1)
        op = code2op.get(code)
        if op is None:
            if code == "":
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown" %
                             ("<unknown>" if pos is None else pos, code))
        arg = op.arg.reader(pickle) if op.arg is not None else None
        yield op, arg, pos
        if code == '.':
            return


def optimize(p):
    """The pickle string p without the PUT opcodes whose memo entry no GET
    uses."""
    used = set()
    puts = []           # (memo index, start, end) of every PUT
    pending = None
    for op, arg, pos in genops(p):
        if pending is not None:
            puts.append(pending + (pos,))
            pending = None
        if 'PUT' in op.name:
            pending = (arg, pos)
        elif 'GET' in op.name:
            used.add(arg)
    pieces = []
    copied = 0
    for index, start, end in puts:
        if index not in used:
            pieces.append(p[copied:start])
            copied = end
    pieces.append(p[copied:])
    return ''.join(pieces)


def dis(pickle, out=None, memo=None, indentlevel=4):
    """Print a symbolic listing of a pickle (string or file) to out
    (default sys.stdout): one line per opcode with its offset, code, name
    and argument, indented by indentlevel per open MARK, and the matching
    MARK for opcodes that pop to one.  The stack and memo are simulated,
    so a malformed pickle raises ValueError.  memo (a dict) is shared
    between calls to list pickles written by one Pickler."""
    import sys
    if out is None:
        out = sys.stdout
    if memo is None:
        memo = {}
    stack = []          # simulated: StackObjects and memo contents
    marks = []          # offsets of the open MARKs
    highest = 0
    indent = ' ' * indentlevel
    problem = None
    for op, arg, pos in genops(pickle):
        if pos is not None:
            out.write("%5d: " % pos)
        text = "%-4s %s%s" % (repr(op.code)[1:-1], indent * len(marks), op.name)
        highest = max(highest, op.proto)
        pops = op.stack_before
        pushes = op.stack_after
        count = len(pops)
        note = None
        to_mark = markobject in pops or (op.name == "POP" and stack and stack[-1] is markobject)
        if to_mark:
            if marks:
                where = marks.pop()
                note = ("(MARK at unknown opcode offset)" if where is None
                        else "(MARK at %d)" % where)
                while stack[-1] is not markobject:
                    stack.pop()
                stack.pop()
                count = pops.index(markobject) if markobject in pops else 0
            else:
                problem = note = "no MARK exists on stack"
        if op.name in ("PUT", "BINPUT", "LONG_BINPUT"):
            if arg in memo:
                problem = "memo key %r already defined" % arg
            elif not stack:
                problem = "stack is empty -- can't store into memo"
            elif stack[-1] is markobject:
                problem = "can't store markobject in the memo"
            else:
                memo[arg] = stack[-1]
        elif op.name in ("GET", "BINGET", "LONG_BINGET"):
            if arg in memo:
                pushes = [memo[arg]]
            else:
                problem = "memo key %r has never been stored into" % arg
        if arg is not None or note:
            text += ' ' * (10 - len(op.name))
            if arg is not None:
                text += ' ' + repr(arg)
            if note:
                text += ' ' + note
        out.write(text + "\n")
        if problem:
            raise ValueError(problem)
        if len(stack) < count:
            raise ValueError("tries to pop %d items from stack with only %d items" % (count, len(stack)))
        if count:
            del stack[-count:]
        if markobject in pushes:
            marks.append(pos)
        stack.extend(pushes)
    out.write("highest protocol among opcodes = %d\n" % highest)
    if stack:
        raise ValueError("stack not empty after STOP: %r" % stack)
