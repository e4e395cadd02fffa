import warnings
warnings.simplefilter('ignore')
import popen2, os
out, inp = popen2.popen2('tr a-z A-Z')
inp.write('hello\n'); inp.close()
print repr(out.read())
out, inp, err = popen2.popen3('echo out; echo err >&2; exit 0')
print repr(out.read()), repr(err.read())
out, inp = popen2.popen4(['sh', '-c', 'echo both; echo err 1>&2'])
print sorted(out.read().split())
p = popen2.Popen3('exit 7')
print p.wait() >> 8, p.poll() >> 8, p.childerr
p = popen2.Popen3(['cat'], True)
p.tochild.write('via list'); p.tochild.close()
print repr(p.fromchild.read()), repr(p.childerr.read()), os.WEXITSTATUS(p.wait())
p = popen2.Popen4('read x; echo "got $x"')
print p.poll(), p.childerr
p.tochild.write('line\n'); p.tochild.close()
print repr(p.fromchild.read()), p.wait()
print popen2.__all__, popen2.MAXFD > 3
