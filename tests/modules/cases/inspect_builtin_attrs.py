# the data attributes of file are getset descriptors, so inspect can classify
# the attributes of every built-in type
import inspect
for a in ['closed', 'softspace', 'newlines']:
    d = getattr(file, a)
    print a, repr(d), d.__name__, d.__objclass__, type(d).__name__
f = open(__file__)
print file.closed.__get__(f, file), file.mode.__get__(f), f.closed
f.close()
print file.__dict__['closed'].__get__(f), inspect.isdatadescriptor(file.closed)
try:
    file.closed.__get__(3)
except TypeError as e:
    print 'TypeError'
for name in sorted(dir(__builtins__)):
    builtin = getattr(__builtins__, name)
    if isinstance(builtin, type):
        attrs = inspect.classify_class_attrs(builtin)
        if name == 'file':
            print sorted(a.name for a in attrs if a.kind == 'data' and not a.name.startswith('__'))
print 'done'
