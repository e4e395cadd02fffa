# imp's string arguments are 2.7's "s" (unicode in ASCII, no NUL bytes);
# find_module's path is a list (a string names a frozen package: none
# exist); load_source/load_compiled take a real file as third argument.
import imp


def show(label, f, *args):
    try:
        f(*args)
        print label, 'ok'
    except Exception as e:
        print label, type(e).__name__, e

for name in ('find_module', 'is_builtin', 'is_frozen', 'init_builtin', 'init_frozen', 'get_frozen_object',
             'new_module', 'NullImporter'):
    for arg in (u'\udc80', 'a\0b', None, 1):
        show('%s(%r)' % (name, arg), getattr(imp, name), arg)
for path in (-1, 2 ** 63, 'x', u'\udc80', (1,), None, []):
    show('find_module(%r, %r)' % ('nosuchmodule', path), imp.find_module, 'nosuchmodule', path)
for args in [('x', u'\udc80'), ('x', 'a\0b'), ('x', 'x', None), ('x', 'x', 'x')]:
    show('load_source%r' % (args,), imp.load_source, *args)
    show('load_compiled%r' % (args,), imp.load_compiled, *args)
