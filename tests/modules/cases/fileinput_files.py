import fileinput, os, tempfile, shutil, sys, StringIO
root = tempfile.mkdtemp()
def w(name, data):
    p = os.path.join(root, name)
    with open(p, 'w') as f:
        f.write(data)
    return p
f1 = w('one', 'a\nb\nc\n'); f2 = w('two', ''); f3 = w('three', 'x\ny')
short = lambda p: p and os.path.basename(p)
for line in fileinput.input([f1, f2, f3]):
    print repr(line), fileinput.lineno(), fileinput.filelineno(), short(fileinput.filename()), fileinput.isfirstline(), fileinput.isstdin()
print fileinput.lineno(), short(fileinput.filename()), fileinput.fileno()
fileinput.close()
try:
    fileinput.lineno()
except RuntimeError as e:
    print e
fi = fileinput.input([f1, f3])
print fi.next(), fileinput.filename() == f1
try:
    fileinput.input([f1])
except RuntimeError as e:
    print e
fileinput.nextfile()
print repr(fi.readline()), fi.lineno(), fi.filelineno()
fileinput.close()
fi = fileinput.FileInput(f1)
print fi[0], fi[1],
try:
    fi[5]
except RuntimeError as e:
    print e
print fi[2],
try:
    fi[3]
except IndexError as e:
    print e
for kw in (dict(mode='w'), dict(inplace=1, openhook=open), dict(openhook=3)):
    try:
        fileinput.FileInput([f1], **kw)
    except ValueError as e:
        print e
for line in fileinput.input([f1], inplace=1):
    sys.stdout.write(line.upper())
print open(f1).read(), sorted(os.listdir(root))
for line in fileinput.input([f3], inplace=1, backup='.orig'):
    print line.rstrip() * 2
print open(f3).read(), sorted(os.listdir(root))
saved = sys.stdin
sys.stdin = StringIO.StringIO('s1\ns2\n')
for line in fileinput.input(['-', f1]):
    print repr(line), fileinput.filename() if fileinput.isstdin() else short(fileinput.filename()), fileinput.isstdin()
sys.stdin = saved
seen = []
def hook(name, mode):
    seen.append((short(name), mode))
    return StringIO.StringIO('hooked\n')
print list(fileinput.FileInput([f1, f3], openhook=hook, mode='rU')), seen
shutil.rmtree(root)
