# cmd: a Cmd subclass driven from a StringIO (use_rawinput off): parsing,
# help listings and columns, empty lines, ?/! shortcuts, completion helpers.
import cmd
from StringIO import StringIO


class Shell(cmd.Cmd):
    """A test shell."""
    prompt = '(t) '
    intro = 'welcome'

    def preloop(self):
        self.stdout.write('[pre]\n')

    def postloop(self):
        self.stdout.write('[post]\n')

    def precmd(self, line):
        return line.replace('PLUS', '+')

    def do_add(self, arg):
        """add A B: print the sum"""
        a, b = arg.split()
        self.stdout.write('%d\n' % (int(a) + int(b)))

    def do_echo(self, arg):
        self.stdout.write('echo:%r\n' % arg)

    def help_echo(self):
        self.stdout.write('echo repeats its argument\n')

    def help_topic(self):
        self.stdout.write('a topic\n')

    def do_undoc(self, arg):
        pass

    def do_shell(self, arg):
        self.stdout.write('shell:%r\n' % arg)

    def do_quit(self, arg):
        self.stdout.write('bye\n')
        return True

    def do_EOF(self, arg):
        return True

out = StringIO()
script = StringIO("add 1 2\n\necho  hi there \n?\nhelp add\nhelp echo\nhelp nothing\n"
                  "!ls -l\nnope\n$$$\necho PLUS\nquit\nadd 5 5\n")
sh = Shell(stdin=script, stdout=out)
sh.use_rawinput = False
sh.cmdloop()
print out.getvalue()
print sh.lastcmd
out = StringIO()
sh = Shell(stdin=StringIO("echo a"), stdout=out)
sh.use_rawinput = 0
sh.cmdqueue = ['echo queued']
sh.cmdloop('other intro')
print out.getvalue()
print sh.parseline('  add  1 2 '), sh.parseline(''), sh.parseline('?x'), sh.parseline('!!')
print cmd.Cmd().parseline('!x'), sorted(sh.completenames('e')), sorted(sh.complete_help('t'))
print sh.completedefault('x'), sh.completenames('zz')
out = StringIO()
c = cmd.Cmd(stdout=out)
c.columnize([str(i) for i in range(30)], 30)
c.columnize(['alpha', 'beta', 'gamma', 'delta'], 12)
c.columnize([])
c.columnize(['one'])
c.columnize(['x' * 50, 'y' * 50], 20)
print out.getvalue()
try:
    c.columnize(['a', 1, 'b', None])
except TypeError as e:
    print e
