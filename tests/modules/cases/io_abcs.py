# io: the abstract base classes over _io and the registered concrete classes
import io, _io
for name in ('IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase'):
    c = getattr(io, name)
    print name, c.__name__, c.__module__, type(c).__name__, [b.__name__ for b in c.__bases__], c.__doc__ == getattr(_io, '_' + name).__doc__
print isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase), isinstance(io.StringIO(), io.TextIOBase), issubclass(io.FileIO, io.RawIOBase), issubclass(io.TextIOWrapper, io.IOBase), isinstance(io.StringIO(), io.RawIOBase)
class My(io.RawIOBase):
    def readinto(self, b): return 0
print isinstance(My(), io.IOBase), My().read(), io.SEEK_END, io.OpenWrapper is io.open, sorted(io.__all__) == sorted(set(io.__all__)), len(io.__all__)
class T(io.TextIOBase): pass
print issubclass(T, io.IOBase), io.DEFAULT_BUFFER_SIZE
