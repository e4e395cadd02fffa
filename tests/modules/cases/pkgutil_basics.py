# pkgutil over a temporary package tree: iter_modules, walk_packages,
# loaders (ImpImporter/ImpLoader), get_data, extend_path, simplegeneric.
import os
import sys
import shutil
import tempfile
import pkgutil

sys.dont_write_bytecode = True


def write(path, text):
    d = os.path.dirname(path)
    if not os.path.isdir(d):
        os.makedirs(d)
    f = open(path, 'w')
    f.write(text)
    f.close()


top = tempfile.mkdtemp()
other = tempfile.mkdtemp()
try:
    write(os.path.join(top, 'pkgu', '__init__.py'),
          'from pkgutil import extend_path\n__path__ = extend_path(__path__, __name__)\n')
    write(os.path.join(top, 'pkgu', 'one.py'), 'VALUE = 1\n')
    write(os.path.join(top, 'pkgu', 'res', 'data.txt'), 'hello data\n')
    write(os.path.join(top, 'pkgu', 'sub', '__init__.py'), '')
    write(os.path.join(top, 'pkgu', 'sub', 'deep.py'), 'x = 2\n')
    write(os.path.join(top, 'pkgu', 'notapkg', 'readme.txt'), '')
    write(os.path.join(top, 'solo.py'), 'def f():\n    return 3\n')
    write(os.path.join(other, 'pkgu', '__init__.py'), '')
    write(os.path.join(other, 'pkgu', 'two.py'), 'VALUE = 2\n')
    sys.path[:0] = [top, other]

    print(sorted((n, p) for _, n, p in pkgutil.iter_modules([top])))
    print(sorted((n, p) for _, n, p in pkgutil.iter_modules([os.path.join(top, 'pkgu')], 'pkgu.')))
    import pkgu
    print([p == os.path.join(d, 'pkgu') for p, d in zip(pkgu.__path__, [top, other])])
    import pkgu.two
    print(pkgu.two.VALUE)
    print(sorted(n for _, n, p in pkgutil.walk_packages(pkgu.__path__, 'pkgu.')))
    loader = pkgutil.find_loader('solo')
    print(type(loader).__name__, loader.is_package('solo'), os.path.basename(loader.get_filename()))
    print(loader.get_source('solo'))
    code = loader.get_code()
    print(type(code).__name__, 'f' in code.co_names)
    mod = loader.load_module('solo')
    print(mod.f(), sys.modules['solo'] is mod)
    pl = pkgutil.get_loader('pkgu.sub')
    print(pl.is_package('pkgu.sub'), os.path.basename(pl.get_filename()))
    print(repr(pkgutil.get_data('pkgu', 'res/data.txt')))
    print(pkgutil.find_loader('no_such_module_xyz'))
    try:
        pkgutil.find_loader('.rel')
    except ImportError, e:
        print('ImportError: %s' % e)
    try:
        loader.get_code('other')
    except ImportError, e:
        print('ImportError: %s' % e)
    print(pkgutil.extend_path('not a list', 'pkgu'))
    imp_importer = pkgutil.get_importer(top)
    print(type(imp_importer).__name__)
    print(pkgutil.ImpImporter(top).find_module('pkgu.one') is not None,
          pkgutil.ImpImporter().find_module('pkgu.one'))

    @pkgutil.simplegeneric
    def describe(obj):
        return 'object'
    describe.register(int, lambda obj: 'int %d' % obj)

    class Old:
        pass
    describe.register(Old, lambda obj: 'old-style')

    class Newer(Old):
        pass
    print(describe(3), describe(True), describe('s'), describe(Old()), describe(Newer()))
finally:
    shutil.rmtree(top)
    shutil.rmtree(other)
