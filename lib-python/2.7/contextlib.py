"""Helpers for with-statement contexts: contextmanager, nested, closing."""

import sys

__all__ = ["contextmanager", "nested", "closing"]


class GeneratorContextManager(object):
    """The context manager built by @contextmanager around a generator."""

    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        try:
            return self.gen.next()
        except StopIteration:
            raise RuntimeError("generator didn't yield")

    def __exit__(self, type, value, traceback):
        if type is None:
            try:
                self.gen.next()
            except StopIteration:
                return
            raise RuntimeError("generator didn't stop")
        if value is None:
            # the exception was given as a class only: build an instance
            value = type()
        try:
            self.gen.throw(type, value, traceback)
            raise RuntimeError("generator didn't stop after throw()")
        except StopIteration, exc:
            # the generator swallowed the exception, unless it is the very
            # StopIteration that was passed in
            return exc is not value
        except:
            if sys.exc_info()[1] is not value:
                raise
            return False


def contextmanager(func):
    """Decorator turning a one-yield generator function into a factory of
    context managers."""
    def helper(*args, **kwds):
        return GeneratorContextManager(func(*args, **kwds))
    for name in ('__module__', '__name__', '__doc__'):
        try:
            setattr(helper, name, getattr(func, name))
        except (AttributeError, TypeError):
            pass
    try:
        helper.__dict__.update(func.__dict__)
    except (AttributeError, TypeError):
        pass
    return helper


@contextmanager
def nested(*managers):
    """Enter several context managers as one (deprecated in 2.7)."""
    exits = []
    vars = []
    exc = (None, None, None)
    try:
        for mgr in managers:
            exit = mgr.__exit__
            enter = mgr.__enter__
            vars.append(enter())
            exits.append(exit)
        yield vars
    except:
        exc = sys.exc_info()
    finally:
        while exits:
            exit = exits.pop()
            try:
                if exit(*exc):
                    exc = (None, None, None)
            except:
                exc = sys.exc_info()
        if exc != (None, None, None):
            raise exc[0], exc[1], exc[2]


class closing(object):
    """Context manager calling thing.close() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()
