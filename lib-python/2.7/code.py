"""Read-eval-print loops in Python: the pieces to build an interactive
console like the interpreter's own prompt.

InteractiveInterpreter runs source in a namespace and reports errors the
way the prompt does; InteractiveConsole adds the line buffering and the
prompt loop (interact()); interact() runs one.
"""
import sys
import traceback
from codeop import compile_command, CommandCompiler

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact",
           "compile_command"]


def softspace(file, newvalue):
    """Set file.softspace (where the file allows it) and return the value
    it had (0 when it had none)."""
    previous = getattr(file, 'softspace', 0)
    try:
        file.softspace = newvalue
    except (AttributeError, TypeError):
        # read-only files and objects that take no attributes
        pass
    return previous


class InteractiveInterpreter:
    """Compiles and runs source in self.locals; errors are written (to
    sys.stderr, through write()) as the prompt shows them."""

    def __init__(self, locals=None):
        """locals defaults to a fresh dict with __name__ '__console__'
        and __doc__ None."""
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile and run source.  Returns True when the source is an
        unfinished statement (nothing ran; more lines are needed), else
        False; a syntax error is reported by showsyntaxerror()."""
        try:
            code = self.compile(source, filename, symbol)
        except (SyntaxError, OverflowError, ValueError):
            self.showsyntaxerror(filename)
            return False
        needs_more = code is None
        if not needs_more:
            self.runcode(code)
        return needs_more

    def runcode(self, code):
        """Run a code object; any exception but SystemExit is reported by
        showtraceback()."""
        try:
            exec code in self.locals
        except SystemExit:
            raise
        except:
            self.showtraceback()
            return
        # a 'print x,' left the line open: end it as the prompt does
        if softspace(sys.stdout, 0):
            sys.stdout.write("\n")

    def showsyntaxerror(self, filename=None):
        """Report the syntax error being handled, naming filename as its
        file (the compiler may have named another)."""
        kind, value, tb = sys.exc_info()
        sys.last_type = kind
        sys.last_value = value
        sys.last_traceback = tb
        if filename and kind is SyntaxError:
            try:
                msg, (ignored, lineno, offset, line) = value
            except Exception:
                pass
            else:
                value = SyntaxError(msg, (filename, lineno, offset, line))
                sys.last_value = value
        for text in traceback.format_exception_only(kind, value):
            self.write(text)

    def showtraceback(self):
        """Report the exception being handled, without the frame of this
        module's code."""
        kind, value, tb = sys.exc_info()
        sys.last_type = kind
        sys.last_value = value
        sys.last_traceback = tb
        try:
            entries = traceback.extract_tb(tb)[1:]
            lines = traceback.format_list(entries)
            if lines:
                lines.insert(0, "Traceback (most recent call last):\n")
            lines.extend(traceback.format_exception_only(kind, value))
        finally:
            tb = None
        for text in lines:
            self.write(text)

    def write(self, data):
        """Where error reports go: sys.stderr."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An interpreter that collects lines until they form a statement and
    runs the prompt loop."""

    def __init__(self, locals=None, filename="<console>"):
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        """Forget the lines of an unfinished statement."""
        self.buffer = []

    def interact(self, banner=None):
        """The prompt loop: sys.ps1 / sys.ps2 prompts, lines read with
        raw_input(); stops at end of input.  banner replaces the default
        greeting."""
        if not hasattr(sys, 'ps1'):
            sys.ps1 = ">>> "
        if not hasattr(sys, 'ps2'):
            sys.ps2 = "... "
        if banner is None:
            self.write("Python %s on %s\n%s\n(%s)\n" % (
                sys.version, sys.platform,
                'Type "help", "copyright", "credits" or "license" '
                'for more information.', self.__class__.__name__))
        else:
            self.write("%s\n" % str(banner))
        more = False
        while True:
            try:
                prompt = more and sys.ps2 or sys.ps1
                try:
                    line = self.raw_input(prompt)
                except EOFError:
                    self.write("\n")
                    break
                # a byte string in the terminal's encoding becomes unicode
                encoding = getattr(sys.stdin, "encoding", None)
                if encoding and not isinstance(line, unicode):
                    line = line.decode(encoding)
                more = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = False

    def push(self, line):
        """Add a line (without its newline) and run the buffer if it is
        now a complete statement.  Returns True while more is needed."""
        self.buffer.append(line)
        more = self.runsource("\n".join(self.buffer), self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        """Read a line (EOFError at the end); override for other input."""
        return raw_input(prompt)


def interact(banner=None, readfunc=None, local=None):
    """Run an InteractiveConsole over namespace local; readfunc, if given,
    replaces its raw_input (otherwise readline is loaded when present)."""
    console = InteractiveConsole(local)
    if readfunc is None:
        try:
            import readline     # line editing for raw_input()
        except ImportError:
            pass
    else:
        console.raw_input = readfunc
    console.interact(banner)


if __name__ == '__main__':
    interact()
