# os: makedirs/removedirs/renames, walk (pruning, onerror, links), environ writes reaching
# children, spawn* exit codes and signals, exec*p* PATH search errors
import os, tempfile, shutil, sys
d = tempfile.mkdtemp()
try:
    p = os.path.join(d, 'a', 'b', 'c')
    os.makedirs(p); print os.path.isdir(p)
    try: os.makedirs(p)
    except OSError as e: print 'OSError', e.errno
    os.makedirs(os.path.join(d, 'x', 'y', '.')); print os.path.isdir(os.path.join(d, 'x', 'y'))
    os.makedirs(os.path.join(d, 'm', 'n') + '/'); print os.path.isdir(os.path.join(d, 'm', 'n'))
    open(os.path.join(p, 'f'), 'w').close()
    os.renames(os.path.join(p, 'f'), os.path.join(d, 'q', 'r', 'g')); print sorted(os.listdir(d)), os.path.exists(os.path.join(d, 'a'))
    os.removedirs(os.path.join(d, 'x', 'y')); print sorted(os.listdir(d))
    def order_ok(roots, topdown):
        # every directory comes before (topdown) or after its subdirectories
        pos = dict((r, i) for i, r in enumerate(roots))
        return all((pos[os.path.dirname(r)] < pos[r]) == topdown for r in roots if r != d)
    for topdown in (True, False):
        triples = list(os.walk(d, topdown=topdown))
        print sorted((r[len(d):], sorted(ds), fs) for r, ds, fs in triples), order_ok([t[0] for t in triples], topdown)
    seen = []
    for root, dirs, files in os.walk(d):
        dirs[:] = [x for x in dirs if x != 'q']; seen.append((root[len(d):], sorted(dirs)))
    print sorted(seen)
    errs = []; print list(os.walk(os.path.join(d, 'nope'), onerror=errs.append)), [e.errno for e in errs]
    os.symlink(os.path.join(d, 'm'), os.path.join(d, 'link'))
    print sorted(r[len(d):] for r, _, _ in os.walk(d)), sorted(r[len(d):] for r, _, _ in os.walk(d, followlinks=True))
finally:
    shutil.rmtree(d)
os.environ['RWB_X'] = '1'; print os.environ['RWB_X'], os.getenv('RWB_X'), 'RWB_X' in os.environ, os.environ.has_key('RWB_X'), os.environ.get('RWB_NONE', 'dflt')
print os.popen('echo $RWB_X').read().strip()
os.environ.update({'RWB_Y': '2'}, RWB_Z='3'); os.environ.update([('RWB_W', '4')]); print os.popen('echo $RWB_Y$RWB_Z$RWB_W').read().strip()
print os.environ.pop('RWB_Y'), os.environ.pop('RWB_Y', 'gone'), os.environ.setdefault('RWB_S', 's'), os.popen('echo $RWB_S.$RWB_Y').read().strip()
del os.environ['RWB_X']; print 'RWB_X' in os.environ, os.popen('echo x$RWB_X').read().strip()
try: os.environ['RWB_NONE']
except KeyError as e: print 'KeyError', e
print type(os.environ.copy()).__name__, len(os.environ) == len(os.environ.keys()), os.environ == dict(os.environ.items()), sorted(os.environ)[:0]
print os.spawnv(os.P_WAIT, '/bin/sh', ['sh', '-c', 'exit 3']), os.spawnlp(os.P_WAIT, 'sh', 'sh', '-c', 'kill -9 $$'), os.spawnvpe(os.P_WAIT, 'sh', ['sh', '-c', 'exit $E'], {'E': '5', 'PATH': os.environ['PATH']})
pid = os.spawnl(os.P_NOWAIT, '/bin/true', 'true'); print os.waitpid(pid, 0)[1]
print os.spawnlp(os.P_WAIT, 'no-such-program-rwb', 'x')
pid = os.fork()
if pid == 0:
    try: os.execvpe('no-such-program-rwb', ['x'], {'PATH': '/nonexistent:/etc'})
    except OSError as e: print 'child OSError', e.errno; sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
pid = os.fork()
if pid == 0:
    try: os.execvp('passwd', ['x']) if False else os.execvpe('hosts', ['x'], {'PATH': '/nonexistent:/etc'})
    except OSError as e: print 'child OSError', e.errno; sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
print os.name, repr(os.linesep), os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.altsep, os.devnull, os.defpath, os.SEEK_END, os._exists('walk'), hasattr(os, '_exit'), sys.modules['os.path'] is os.path
