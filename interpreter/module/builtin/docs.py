"""Docstrings of the __builtin__ functions: 2.7's call signature on the first
line (programs and help() read it), then a short description of our own."""

BUILTIN_DOCS = {
    "abs": "abs(number) -> number\n\nThe absolute value of the argument.",
    "divmod": "divmod(x, y) -> (quotient, remainder)\n\nThe tuple ((x-x%y)/y, x%y), computed together.",
    "pow": "pow(x, y[, z]) -> number\n\nx**y; with three arguments, (x**y) % z computed efficiently.",
    "round": "round(number[, ndigits]) -> floating point number\n\n"
             "The number rounded to ndigits decimal digits (0 by default), halves away from zero.",
    "cmp": "cmp(x, y) -> integer\n\nNegative if x<y, zero if x==y, positive if x>y.",
    "hash": "hash(object) -> integer\n\nThe object's hash value; equal objects hash equally.",
    "id": "id(object) -> integer\n\nA number identifying the object among all live objects.",
    "hex": "hex(number) -> string\n\nThe integer's hexadecimal representation.",
    "oct": "oct(number) -> string\n\nThe integer's octal representation.",
    "bin": "bin(number) -> string\n\nThe integer's binary representation.",
    "ord": "ord(c) -> integer\n\nThe code of a one-character string or unicode string.",
    "chr": "chr(i) -> character\n\nThe one-character string of code i, 0 <= i < 256.",
    "unichr": "unichr(i) -> Unicode character\n\nThe one-character unicode string of code point i.",
    "repr": "repr(object) -> string\n\nThe canonical string representation of the object.",
    "len": "len(object) -> integer\n\nThe number of items in a sequence or collection.",
    "isinstance": "isinstance(object, class-or-type-or-tuple) -> bool\n\n"
                  "Whether the object is an instance of the class (or of a subclass), or of any in a tuple.",
    "issubclass": "issubclass(C, B) -> bool\n\nWhether class C derives from B (or from any class in a tuple B).",
    "callable": "callable(object) -> bool\n\nWhether the object can be called.",
    "getattr": "getattr(object, name[, default]) -> value\n\n"
               "The named attribute; the default, if given, when it doesn't exist.",
    "setattr": "setattr(object, name, value)\n\nSets the named attribute: setattr(x, 'y', v) is x.y = v.",
    "delattr": "delattr(object, name)\n\nDeletes the named attribute: delattr(x, 'y') is del x.y.",
    "hasattr": "hasattr(object, name) -> bool\n\nWhether getattr(object, name) succeeds.",
    "vars": "vars([object]) -> dictionary\n\nThe object's __dict__; without an argument, locals().",
    "dir": "dir([object]) -> list of strings\n\nThe sorted names in the current scope or of the object's attributes.",
    "intern": "intern(string) -> string\n\nThe interned copy of the string.",
    "coerce": "coerce(x, y) -> (x1, y1)\n\nThe two numbers converted to a common type.",
    "format": "format(value[, format_spec]) -> string\n\nvalue.__format__(format_spec).",
    "apply": "apply(object[, args[, kwargs]]) -> value\n\nCalls object(*args, **kwargs) (deprecated).",
    "map": "map(function, sequence[, sequence, ...]) -> list\n\n"
           "The results of applying the function to the items of the sequences.",
    "filter": "filter(function or None, sequence) -> list, tuple, or string\n\n"
              "The items for which the function (or the item itself) is true.",
    "reduce": "reduce(function, sequence[, initial]) -> value\n\n"
              "Folds the sequence with a function of two arguments, from the left.",
    "zip": "zip(seq1 [, seq2 [...]]) -> [(seq1[0], seq2[0] ...), (...)]\n\n"
           "Tuples of corresponding items, as long as the shortest sequence.",
    "sorted": "sorted(iterable, cmp=None, key=None, reverse=False) --> new sorted list",
    "min": "min(iterable[, key=func]) -> value\nmin(a, b, c, ...[, key=func]) -> value\n\n"
           "The smallest item of the iterable or of the arguments.",
    "max": "max(iterable[, key=func]) -> value\nmax(a, b, c, ...[, key=func]) -> value\n\n"
           "The largest item of the iterable or of the arguments.",
    "sum": "sum(sequence[, start]) -> value\n\nstart (default 0) plus the sum of the numbers in the sequence.",
    "all": "all(iterable) -> bool\n\nWhether every item is true (True for an empty iterable).",
    "any": "any(iterable) -> bool\n\nWhether some item is true (False for an empty iterable).",
    "iter": "iter(collection) -> iterator\niter(callable, sentinel) -> iterator\n\n"
            "An iterator over the collection, or one calling the callable until it returns sentinel.",
    "next": "next(iterator[, default])\n\nThe iterator's next item; the default, if given, when it is exhausted.",
    "range": "range(stop) -> list of integers\nrange(start, stop[, step]) -> list of integers\n\n"
             "The arithmetic progression from start (0) up to, not including, stop.",
    "compile": "compile(source, filename, mode[, flags[, dont_inherit]]) -> code object\n\n"
               "Compiles source in mode 'exec', 'eval' or 'single'.",
    "eval": "eval(source[, globals[, locals]]) -> value\n\nEvaluates an expression string or a code object.",
    "execfile": "execfile(filename[, globals[, locals]])\n\nRuns the Python statements of a file.",
    "locals": "locals() -> dictionary\n\nThe local variables of the current scope.",
    "globals": "globals() -> dictionary\n\nThe global variables of the current module.",
    "raw_input": "raw_input([prompt]) -> string\n\nOne line read from standard input, without its newline.",
    "input": "input([prompt]) -> value\n\neval(raw_input(prompt)).",
    "open": "open(name[, mode[, buffering]]) -> file object\n\nOpens a file (like file()).",
    "print": "print(value, ..., sep=' ', end='\\n', file=sys.stdout)\n\n"
             "Writes the values to a stream (sys.stdout by default).",
    "__import__": "__import__(name, globals={}, locals={}, fromlist=[], level=-1) -> module\n\n"
                  "Imports a module (the import statement calls this).",
    "reload": "reload(module) -> module\n\nRe-executes an already imported module's source.",
}
