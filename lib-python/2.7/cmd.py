"""A base class for line-oriented command interpreters.

Subclass Cmd and give it methods do_<name>(self, arg): the line
'name rest' calls do_name('rest').  cmdloop() reads lines (with readline
completion when available) until a command method returns a true value.
help_<name> methods and the do_ methods' docstrings feed the built-in
'help' command; complete_<name>(text, line, begidx, endidx) methods
complete a command's arguments.  A line starting with '?' means 'help',
one starting with '!' means 'shell' (when do_shell exists), an empty line
repeats the last command and 'EOF' is the command at end of input.
"""
import string

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    """The command interpreter framework; see the module documentation."""
    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        """completekey names the readline key that completes (None: no
        completion); stdin and stdout default to sys.stdin/sys.stdout."""
        import sys
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    # ---- the loop ------------------------------------------------------------

    def _read_line(self):
        """The next input line without its line end; 'EOF' at the end."""
        if self.use_rawinput:
            try:
                return raw_input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            return 'EOF'
        return line.rstrip('\r\n')

    def _start_completion(self):
        """Install our completer; returns what to restore, or None."""
        if not (self.use_rawinput and self.completekey):
            return None
        try:
            import readline
        except ImportError:
            return None
        previous = readline.get_completer()
        readline.set_completer(self.complete)
        readline.parse_and_bind(self.completekey + ": complete")
        return (readline, previous)

    def cmdloop(self, intro=None):
        """Read and run commands until one returns a true value; intro,
        if given, replaces self.intro as the banner printed first."""
        self.preloop()
        saved = self._start_completion()
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + "\n")
            stop = None
            while not stop:
                if self.cmdqueue:
                    line = self.cmdqueue.pop(0)
                else:
                    line = self._read_line()
                line = self.precmd(line)
                stop = self.onecmd(line)
                stop = self.postcmd(stop, line)
            self.postloop()
        finally:
            if saved is not None:
                readline, previous = saved
                readline.set_completer(previous)

    # ---- hooks ---------------------------------------------------------------

    def precmd(self, line):
        """Called with each line before it runs; returns the line to run."""
        return line

    def postcmd(self, stop, line):
        """Called after each command; returns whether the loop stops."""
        return stop

    def preloop(self):
        """Called once when cmdloop() starts."""
        pass

    def postloop(self):
        """Called once when cmdloop() is about to return."""
        pass

    # ---- running one line ----------------------------------------------------------

    def parseline(self, line):
        """(command, argument, line) of an input line; the command is
        None when the line has none."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Run one line as a command; returns what the command returned."""
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = line
        if line == 'EOF':
            self.lastcmd = ''
        if command == '':
            return self.default(line)
        method = getattr(self, 'do_' + command, None)
        if method is None:
            return self.default(line)
        return method(arg)

    def emptyline(self):
        """An empty line repeats the last non-empty command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """A line whose command is unknown."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    # ---- completion ----------------------------------------------------------

    def completedefault(self, *ignored):
        """Completes the arguments of commands without complete_<name>."""
        return []

    def completenames(self, text, *ignored):
        """The command names starting with text."""
        prefix = 'do_' + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        """readline's completer: the state-th completion of text."""
        if state == 0:
            import readline
            whole = readline.get_line_buffer()
            stripped = len(whole) - len(whole.lstrip())
            begidx = readline.get_begidx() - stripped
            endidx = readline.get_endidx() - stripped
            if begidx > 0:
                command, args, rest = self.parseline(whole.lstrip())
                if command == '':
                    finder = self.completedefault
                else:
                    finder = getattr(self, 'complete_' + command, self.completedefault)
            else:
                finder = self.completenames
            self.completion_matches = finder(text, whole.lstrip(), begidx, endidx)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        """The attribute names of the class (instance ones are not commands)."""
        return dir(self.__class__)

    def complete_help(self, *args):
        """help completes both command names and help topics."""
        found = set(self.completenames(*args))
        prefix = 'help_' + args[0]
        found.update(name[5:] for name in self.get_names() if name.startswith(prefix))
        return list(found)

    # ---- help ---------------------------------------------------------------

    def do_help(self, arg):
        """List available commands with "help" or detailed help with "help cmd"."""
        if arg:
            helper = getattr(self, 'help_' + arg, None)
            if helper is not None:
                helper()
                return
            try:
                doc = getattr(self, 'do_' + arg).__doc__
            except AttributeError:
                doc = None
            if doc:
                self.stdout.write("%s\n" % str(doc))
            else:
                self.stdout.write("%s\n" % str(self.nohelp % (arg,)))
            return
        names = self.get_names()
        topics = {}
        for name in names:
            if name.startswith('help_'):
                topics[name[5:]] = True
        documented = []
        undocumented = []
        seen = set()
        for name in sorted(names):
            if not name.startswith('do_') or name in seen:
                continue
            seen.add(name)
            command = name[3:]
            if command in topics:
                documented.append(command)
                del topics[command]
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, topics.keys(), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        """A titled, underlined block of names in columns (nothing if empty)."""
        if not cmds:
            return
        self.stdout.write("%s\n" % str(header))
        if self.ruler:
            self.stdout.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Print the strings in list in as few rows as fit displaywidth,
        filling column by column, columns two spaces apart."""
        if not list:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i in range(len(list)) if not isinstance(list[i], str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s"
                            % ", ".join(map(str, bad)))
        count = len(list)
        if count == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        layout = None
        for nrows in range(1, count):
            ncols = (count + nrows - 1) // nrows
            widths = []
            for col in range(ncols):
                column = list[col * nrows:(col + 1) * nrows]
                widths.append(max([len(s) for s in column] or [0]))
            # widths plus two spaces between columns
            if sum(widths) + 2 * (len(widths) - 1) <= displaywidth:
                layout = nrows, widths
                break
        if layout is None:
            layout = count, [0]
        nrows, widths = layout
        for row in range(nrows):
            cells = [list[i] for i in range(row, count, nrows)]
            for col in range(len(cells)):
                cells[col] = cells[col].ljust(widths[col])
            self.stdout.write("%s\n" % str("  ".join(cells)))
