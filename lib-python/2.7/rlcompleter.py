"""Completion of Python names and attributes for the readline module.

Importing this module installs Completer().complete as readline's completer
(when readline is available); the interactive prompt then completes
keywords, global and built-in names, and dotted attribute expressions such
as ``os.pa`` once Tab is bound to completion::

    import readline, rlcompleter
    readline.parse_and_bind("tab: complete")

Attribute completion evaluates the part before the last dot, so an
expression with side effects (a property, __getattr__) runs code.
"""

import __builtin__
import __main__
import keyword
import re

__all__ = ["Completer"]

_DOTTED = re.compile(r"(\w+(\.\w+)*)\.(\w*)")


class Completer:
    def __init__(self, namespace=None):
        """Complete names from namespace (a dict), or from __main__'s
        globals as they are when completing if namespace is None."""
        if namespace is not None and not isinstance(namespace, dict):
            raise TypeError('namespace must be a dictionary')
        self.use_main_ns = namespace is None
        if namespace is not None:
            self.namespace = namespace

    def complete(self, text, state):
        """The state-th completion of text (state counts from 0), or None
        when there are no more: readline's completer protocol."""
        if self.use_main_ns:
            self.namespace = __main__.__dict__
        if state == 0:
            if "." in text:
                self.matches = self.attr_matches(text)
            else:
                self.matches = self.global_matches(text)
        if state < len(self.matches):
            return self.matches[state]
        return None

    def _callable_postfix(self, val, word):
        # a callable is offered with its opening parenthesis
        if hasattr(val, '__call__'):
            return word + "("
        return word

    def global_matches(self, text):
        """Keywords, then names of the namespace, then built-in names that
        start with text (each name once)."""
        found = []
        taken = set(["__builtins__"])
        for word in keyword.kwlist:
            if word.startswith(text):
                taken.add(word)
                found.append(word)
        for names in (self.namespace, __builtin__.__dict__):
            for word, val in names.items():
                if word.startswith(text) and word not in taken:
                    taken.add(word)
                    found.append(self._callable_postfix(val, word))
        return found

    def attr_matches(self, text):
        """Completions of 'expr.prefix': expr is evaluated in the namespace
        and its attributes (those of its class and bases included) that
        start with prefix are offered as 'expr.attribute', sorted."""
        m = _DOTTED.match(text)
        if m is None:
            return []
        expr, prefix = m.group(1), m.group(3)
        try:
            obj = eval(expr, self.namespace)
        except Exception:
            return []
        names = set(dir(obj))
        names.discard("__builtins__")
        if hasattr(obj, '__class__'):
            names.add('__class__')
            names.update(get_class_members(obj.__class__))
        found = []
        for name in names:
            if not name.startswith(prefix):
                continue
            try:
                val = getattr(obj, name)
            except Exception:
                continue
            found.append(self._callable_postfix(val, "%s.%s" % (expr, name)))
        found.sort()
        return found


def get_class_members(klass):
    """dir() of a class followed by that of each of its bases, recursively
    (duplicates kept)."""
    members = dir(klass)
    for base in getattr(klass, '__bases__', ()):
        members = members + get_class_members(base)
    return members


try:
    import readline
except ImportError:
    pass
else:
    readline.set_completer(Completer().complete)
