#! /usr/bin/env python
"""The Python debugger: an interactive command loop (cmd.Cmd) over the
bdb framework.

    python -m pdb script.py [args...]     debug a script (post-mortem on an
                                          uncaught exception)
    import pdb; pdb.set_trace()           stop here
    pdb.run(stmt), pdb.runcall(f, ...)    run code under the debugger
    pdb.pm(), pdb.post_mortem(tb)         inspect a traceback

Type 'help' at the (Pdb) prompt for the commands.  A line that is not a
command is run as a Python statement in the current frame ('!' forces
that); ';;' separates commands on one line.  Lines of ~/.pdbrc and
./.pdbrc run first.
"""
import bdb
import cmd
import linecache
import os
import pprint
import re
import sys
import traceback
from repr import Repr

__all__ = ["run", "pm", "Pdb", "runeval", "runctx", "runcall", "set_trace",
           "post_mortem", "help"]


class Restart(Exception):
    """Raised by the 'run' command to start the program again."""


_repr = Repr()
_repr.maxstring = 200
_saferepr = _repr.repr

line_prefix = '\n-> '       # between a stack entry and its source line


def find_function(funcname, filename):
    """(name, file, line) of the first 'def funcname' in the file, or None."""
    pattern = re.compile(r'def\s+%s\s*[(]' % re.escape(funcname))
    try:
        source = open(filename)
    except IOError:
        return None
    try:
        for lineno, line in enumerate(source):
            if pattern.match(line):
                return funcname, filename, lineno + 1
    finally:
        source.close()
    return None


def _exception_name(kind):
    return isinstance(kind, str) and kind or kind.__name__


class Pdb(bdb.Bdb, cmd.Cmd):

    # breakpoint commands after which the program goes on by itself
    commands_resuming = ['do_continue', 'do_step', 'do_next', 'do_return',
                         'do_quit', 'do_jump']

    def __init__(self, completekey='tab', stdin=None, stdout=None, skip=None):
        bdb.Bdb.__init__(self, skip=skip)
        cmd.Cmd.__init__(self, completekey, stdin, stdout)
        if stdout:
            self.use_rawinput = 0
        self.prompt = '(Pdb) '
        self.aliases = {}
        self.mainpyfile = ''
        self._wait_for_mainpyfile = 0
        self._user_requested_quit = 0
        try:
            import readline     # line editing at the prompt
        except ImportError:
            pass
        self.rcLines = self._read_rc_files()
        self.commands = {}              # breakpoint number -> command lines
        self.commands_doprompt = {}     # ... whether to prompt after them
        self.commands_silent = {}       # ... whether to skip the location
        self.commands_defining = False
        self.commands_bnum = None

    @staticmethod
    def _read_rc_files():
        lines = []
        places = []
        if 'HOME' in os.environ:
            places.append(os.path.join(os.environ['HOME'], ".pdbrc"))
        places.append(".pdbrc")
        for path in places:
            try:
                with open(path) as rc:
                    lines.extend(rc.readlines())
            except IOError:
                pass
        return lines

    def reset(self):
        bdb.Bdb.reset(self)
        self.forget()

    def forget(self):
        self.lineno = None
        self.stack = []
        self.curindex = 0
        self.curframe = None

    def setup(self, f, t):
        self.forget()
        self.stack, self.curindex = self.get_stack(f, t)
        self.curframe = self.stack[self.curindex][0]
        # f_locals is rebuilt at each access for function frames: keep one
        # copy so that changes made at the prompt stay visible
        self.curframe_locals = self.curframe.f_locals
        self.execRcLines()

    def execRcLines(self):
        """Run the .pdbrc lines (once; comments and blank lines skipped)."""
        if not self.rcLines:
            return
        pending = self.rcLines
        self.rcLines = []
        for line in pending:
            line = line[:-1]
            if line.strip() and not line.strip().startswith('#'):
                self.onecmd(line)

    # ---- bdb's hooks ----------------------------------------------------------

    def user_call(self, frame, argument_list):
        if self._wait_for_mainpyfile:
            return
        if self.stop_here(frame):
            print >>self.stdout, '--Call--'
            self.interaction(frame, None)

    def user_line(self, frame):
        if self._wait_for_mainpyfile:
            # skip the lines of execfile() until the script's first one
            if (self.mainpyfile != self.canonic(frame.f_code.co_filename)
                    or frame.f_lineno <= 0):
                return
            self._wait_for_mainpyfile = 0
        if self.bp_commands(frame):
            self.interaction(frame, None)

    def bp_commands(self, frame):
        """Run the commands of the breakpoint just hit, if it has any;
        returns whether to prompt afterwards."""
        number = getattr(self, 'currentbp', 0)
        if not number or number not in self.commands:
            return 1
        self.currentbp = 0
        lastcmd = self.lastcmd
        self.setup(frame, None)
        for line in self.commands[number]:
            self.onecmd(line)
        self.lastcmd = lastcmd
        if not self.commands_silent[number]:
            self.print_stack_entry(self.stack[self.curindex])
        if self.commands_doprompt[number]:
            self.cmdloop()
        self.forget()
        return 0

    def user_return(self, frame, return_value):
        frame.f_locals['__return__'] = return_value
        print >>self.stdout, '--Return--'
        self.interaction(frame, None)

    def user_exception(self, frame, exc_info):
        kind, value, tb = exc_info
        frame.f_locals['__exception__'] = kind, value
        print >>self.stdout, _exception_name(kind) + ':', _saferepr(value)
        self.interaction(frame, tb)

    def interaction(self, frame, traceback):
        self.setup(frame, traceback)
        self.print_stack_entry(self.stack[self.curindex])
        self.cmdloop()
        self.forget()

    # ---- running statements typed at the prompt ------------------------------------

    def displayhook(self, obj):
        """Expression statements show the repr of non-None values."""
        if obj is not None:
            print repr(obj)

    def default(self, line):
        if line[:1] == '!':
            line = line[1:]
        globals = self.curframe.f_globals
        locals = self.curframe_locals
        saved = sys.stdin, sys.stdout, sys.displayhook
        try:
            code = compile(line + '\n', '<stdin>', 'single')
            try:
                sys.stdin = self.stdin
                sys.stdout = self.stdout
                sys.displayhook = self.displayhook
                exec code in globals, locals
            finally:
                sys.stdin, sys.stdout, sys.displayhook = saved
        except:
            kind, value = sys.exc_info()[:2]
            print >>self.stdout, '***', _exception_name(kind) + ':', value

    def precmd(self, line):
        """Expand aliases and split at ';;'."""
        if not line.strip():
            return line
        args = line.split()
        while args and args[0] in self.aliases:
            line = self.aliases[args[0]]
            for number, value in enumerate(args[1:]):
                line = line.replace("%" + str(number + 1), value)
            line = line.replace("%*", ' '.join(args[1:]))
            args = line.split()
        if args and args[0] != 'alias':
            marker = line.find(';;')
            if marker >= 0:
                self.cmdqueue.append(line[marker + 2:].lstrip())
                line = line[:marker].rstrip()
        return line

    def onecmd(self, line):
        if self.commands_defining:
            return self.handle_command_def(line)
        return cmd.Cmd.onecmd(self, line)

    def handle_command_def(self, line):
        """A line typed after 'commands': recorded for the breakpoint;
        returns true when the list ends."""
        command, arg, line = self.parseline(line)
        if not command:
            return None
        number = self.commands_bnum
        if command == 'silent':
            self.commands_silent[number] = True
            return None
        if command == 'end':
            self.cmdqueue = []
            return 1
        self.commands[number].append(arg and command + ' ' + arg or command)
        method = getattr(self, 'do_' + command, self.default)
        if method.func_name in self.commands_resuming:
            self.commands_doprompt[number] = False
            self.cmdqueue = []
            return 1
        return None

    # ---- breakpoints -----------------------------------------------------------

    def do_commands(self, arg):
        """commands [bpnumber]
        Give commands (one a line, ended by 'end') to run when the
        breakpoint (by default the last one set) is hit.  'silent' omits
        the location; a command that resumes execution ends the list."""
        if not arg:
            number = len(bdb.Breakpoint.bpbynumber) - 1
        else:
            try:
                number = int(arg)
            except ValueError:
                print >>self.stdout, "Usage : commands [bnum]\n        ...\n        end"
                return
        self.commands_bnum = number
        self.commands[number] = []
        self.commands_doprompt[number] = True
        self.commands_silent[number] = False
        saved_prompt = self.prompt
        self.prompt = '(com) '
        self.commands_defining = True
        try:
            self.cmdloop()
        finally:
            self.commands_defining = False
            self.prompt = saved_prompt

    def do_break(self, arg, temporary=0):
        """b(reak) [([filename:]lineno | function) [, condition]]
        Set a breakpoint (with a condition, only stop when it is true);
        without argument, list the breakpoints."""
        if not arg:
            if self.breaks:
                print >>self.stdout, "Num Type         Disp Enb   Where"
                for bp in bdb.Breakpoint.bpbynumber:
                    if bp:
                        bp.bpprint(self.stdout)
            return
        cond = None
        comma = arg.find(',')
        if comma > 0:
            cond = arg[comma + 1:].lstrip()
            arg = arg[:comma].rstrip()
        filename = None
        funcname = None
        colon = arg.rfind(':')
        if colon >= 0:
            filename = arg[:colon].rstrip()
            found = self.lookupmodule(filename)
            if not found:
                print >>self.stdout, '*** ', repr(filename),
                print >>self.stdout, 'not found from sys.path'
                return
            filename = found
            arg = arg[colon + 1:].lstrip()
            try:
                lineno = int(arg)
            except ValueError:
                print >>self.stdout, '*** Bad lineno:', arg
                return
        else:
            try:
                lineno = int(arg)
            except ValueError:
                located = self._locate_function(arg)
                if located is None:
                    return
                funcname, filename, lineno = located
        if not filename:
            filename = self.defaultFile()
        line = self.checkline(filename, lineno)
        if not line:
            return
        err = self.set_break(filename, line, temporary, cond, funcname)
        if err:
            print >>self.stdout, '***', err
            return
        bp = self.get_breaks(filename, line)[-1]
        print >>self.stdout, "Breakpoint %d at %s:%d" % (bp.number, bp.file, bp.line)

    def _locate_function(self, name):
        """(funcname, file, line) for 'break name': a function (or method)
        reachable from the current frame, or a def in the current file."""
        try:
            func = eval(name, self.curframe.f_globals, self.curframe_locals)
        except:
            func = None
        if func is not None:
            func = getattr(func, 'im_func', func)
            code = getattr(func, 'func_code', None)
            if code is not None:
                return code.co_name, code.co_filename, code.co_firstlineno
        found = self.lineinfo(name)
        if found and found[2]:
            return found
        print >>self.stdout, '*** The specified object',
        print >>self.stdout, repr(name),
        print >>self.stdout, 'is not a function'
        print >>self.stdout, 'or was not found along sys.path.'
        return None

    def defaultFile(self):
        """The file of the current frame (the script for '<string>')."""
        filename = self.curframe.f_code.co_filename
        if filename == '<string>' and self.mainpyfile:
            filename = self.mainpyfile
        return filename

    do_b = do_break

    def do_tbreak(self, arg):
        """tbreak: like break, but the breakpoint goes away once hit."""
        self.do_break(arg, 1)

    def lineinfo(self, identifier):
        """(name, file, line) of a 'def' given as name or file:name or
        dotted name in the current file; (None, None, None) if not found."""
        failed = (None, None, None)
        parts = identifier.strip("'").split('.')
        if len(parts) == 1 and parts[0] == '':
            return failed
        if len(parts) == 1:
            name = parts[0]
            filename = self.defaultFile()
        else:
            name = parts[-1]
            filename = self.lookupmodule(parts[0]) or self.defaultFile()
        return find_function(name, filename) or failed

    def checkline(self, filename, lineno):
        """lineno if a breakpoint can go there, else 0 (after a message)."""
        globs = self.curframe and self.curframe.f_globals or None
        line = linecache.getline(filename, lineno, globs)
        if not line:
            print >>self.stdout, 'End of file'
            return 0
        text = line.strip()
        if not text or text[0] == '#' or text[:3] in ('"""', "'''"):
            print >>self.stdout, '*** Blank or comment'
            return 0
        return lineno

    def _breakpoint_numbers(self, arg):
        """The existing breakpoints among the numbers in arg."""
        found = []
        for word in arg.split():
            try:
                number = int(word)
            except ValueError:
                print >>self.stdout, 'Breakpoint index %r is not a number' % word
                continue
            if not 0 <= number < len(bdb.Breakpoint.bpbynumber):
                print >>self.stdout, 'No breakpoint numbered', number
                continue
            bp = bdb.Breakpoint.bpbynumber[number]
            if bp:
                found.append(bp)
        return found

    def do_enable(self, arg):
        """enable bpnumber [bpnumber ...]"""
        for bp in self._breakpoint_numbers(arg):
            bp.enable()

    def do_disable(self, arg):
        """disable bpnumber [bpnumber ...]: keep, but do not stop there."""
        for bp in self._breakpoint_numbers(arg):
            bp.disable()

    def _one_breakpoint(self, text):
        try:
            number = int(text.strip())
        except ValueError:
            print >>self.stdout, 'Breakpoint index %r is not a number' % text
            return None
        try:
            bp = bdb.Breakpoint.bpbynumber[number]
        except IndexError:
            print >>self.stdout, 'Breakpoint index %r is not valid' % text
            return None
        return bp

    def do_condition(self, arg):
        """condition bpnumber [condition]
        Stop at the breakpoint only when the condition is true; without
        one, always."""
        args = arg.split(' ', 1)
        bp = self._one_breakpoint(args[0])
        if bp is None:
            return
        bp.cond = len(args) > 1 and args[1] or None
        if not bp.cond:
            print >>self.stdout, 'Breakpoint', bp.number, 'is now unconditional.'

    def do_ignore(self, arg):
        """ignore bpnumber count: pass the breakpoint count times."""
        args = arg.split()
        if not args:
            return
        bp = self._one_breakpoint(args[0])
        if bp is None:
            return
        try:
            count = int(args[1].strip())
        except (IndexError, ValueError):
            count = 0
        bp.ignore = count
        if count > 0:
            crossings = count > 1 and '%d crossings' % count or '1 crossing'
            print >>self.stdout, 'Will ignore next %s of breakpoint %d.' % (
                crossings, bp.number)
        else:
            print >>self.stdout, 'Will stop next time breakpoint',
            print >>self.stdout, bp.number, 'is reached.'

    def do_clear(self, arg):
        """cl(ear) [filename:lineno | bpnumber [bpnumber ...]]
        Delete breakpoints; without argument, all of them (after asking)."""
        if not arg:
            try:
                reply = raw_input('Clear all breaks? ')
            except EOFError:
                reply = 'no'
            if reply.strip().lower() in ('y', 'yes'):
                self.clear_all_breaks()
            return
        if ':' in arg:
            colon = arg.rfind(':')
            filename = arg[:colon]
            try:
                lineno = int(arg[colon + 1:])
            except ValueError:
                err = "Invalid line number (%s)" % arg[colon + 1:]
            else:
                err = self.clear_break(filename, lineno)
            if err:
                print >>self.stdout, '***', err
            return
        for word in arg.split():
            try:
                number = int(word)
            except ValueError:
                print >>self.stdout, 'Breakpoint index %r is not a number' % word
                continue
            if not 0 <= number < len(bdb.Breakpoint.bpbynumber):
                print >>self.stdout, 'No breakpoint numbered', number
                continue
            err = self.clear_bpbynumber(number)
            if err:
                print >>self.stdout, '***', err
            else:
                print >>self.stdout, 'Deleted breakpoint', number

    do_cl = do_clear

    # ---- the stack --------------------------------------------------------------

    def do_where(self, arg):
        """w(here): the stack, most recent frame last; '>' marks the
        current frame."""
        self.print_stack_trace()

    do_w = do_where
    do_bt = do_where

    def _select_frame(self, index):
        self.curindex = index
        self.curframe = self.stack[index][0]
        self.curframe_locals = self.curframe.f_locals
        self.print_stack_entry(self.stack[index])
        self.lineno = None

    def do_up(self, arg):
        """u(p): move to the calling frame."""
        if self.curindex == 0:
            print >>self.stdout, '*** Oldest frame'
        else:
            self._select_frame(self.curindex - 1)

    do_u = do_up

    def do_down(self, arg):
        """d(own): move to the called frame."""
        if self.curindex + 1 == len(self.stack):
            print >>self.stdout, '*** Newest frame'
        else:
            self._select_frame(self.curindex + 1)

    do_d = do_down

    # ---- resuming ----------------------------------------------------------------

    def do_until(self, arg):
        """unt(il): go on until a line past the current one (or a return)."""
        self.set_until(self.curframe)
        return 1

    do_unt = do_until

    def do_step(self, arg):
        """s(tep): run the current line, stopping as soon as possible
        (in a called function, or the next line)."""
        self.set_step()
        return 1

    do_s = do_step

    def do_next(self, arg):
        """n(ext): go on to the next line of this function."""
        self.set_next(self.curframe)
        return 1

    do_n = do_next

    def do_run(self, arg):
        """run [args...]: restart the debugged script (with new sys.argv
        arguments if given)."""
        if arg:
            import shlex
            sys.argv = sys.argv[:1] + shlex.split(arg)
        raise Restart

    do_restart = do_run

    def do_return(self, arg):
        """r(eturn): go on until this function returns."""
        self.set_return(self.curframe)
        return 1

    do_r = do_return

    def do_continue(self, arg):
        """c(ont(inue)): go on until a breakpoint."""
        self.set_continue()
        return 1

    do_c = do_cont = do_continue

    def do_jump(self, arg):
        """j(ump) lineno: make lineno the next line to run (bottom frame
        only)."""
        if self.curindex + 1 != len(self.stack):
            print >>self.stdout, "*** You can only jump within the bottom frame"
            return
        try:
            lineno = int(arg)
        except ValueError:
            print >>self.stdout, "*** The 'jump' command requires a line number."
            return
        try:
            self.curframe.f_lineno = lineno
            self.stack[self.curindex] = self.stack[self.curindex][0], lineno
            self.print_stack_entry(self.stack[self.curindex])
        except ValueError, e:
            print >>self.stdout, '*** Jump failed:', e

    do_j = do_jump

    def do_debug(self, arg):
        """debug code: debug the statement in a nested debugger."""
        sys.settrace(None)
        nested = Pdb(self.completekey, self.stdin, self.stdout)
        nested.prompt = "(%s) " % self.prompt.strip()
        print >>self.stdout, "ENTERING RECURSIVE DEBUGGER"
        sys.call_tracing(nested.run, (arg, self.curframe.f_globals, self.curframe_locals))
        print >>self.stdout, "LEAVING RECURSIVE DEBUGGER"
        sys.settrace(self.trace_dispatch)
        self.lastcmd = nested.lastcmd

    def do_quit(self, arg):
        """q(uit): abandon the program."""
        self._user_requested_quit = 1
        self.set_quit()
        return 1

    do_q = do_exit = do_quit

    def do_EOF(self, arg):
        print >>self.stdout
        return self.do_quit(arg)

    # ---- looking at values -----------------------------------------------------------

    def do_args(self, arg):
        """a(rgs): the arguments of the current function."""
        code = self.curframe.f_code
        names = code.co_varnames[:code.co_argcount + bool(code.co_flags & 4) +
                                 bool(code.co_flags & 8)]
        for name in names:
            if name in self.curframe_locals:
                print >>self.stdout, name, '=', self.curframe_locals[name]
            else:
                print >>self.stdout, name, '=', "*** undefined ***"

    do_a = do_args

    def do_retval(self, arg):
        """rv / retval: the value the current function is returning."""
        if '__return__' in self.curframe_locals:
            print >>self.stdout, self.curframe_locals['__return__']
        else:
            print >>self.stdout, '*** Not yet returned!'

    do_rv = do_retval

    def _getval(self, arg):
        try:
            return eval(arg, self.curframe.f_globals, self.curframe_locals)
        except:
            kind, value = sys.exc_info()[:2]
            print >>self.stdout, '***', _exception_name(kind) + ':', repr(value)
            raise

    def do_p(self, arg):
        """p expression: print its value (repr)."""
        try:
            print >>self.stdout, repr(self._getval(arg))
        except:
            pass

    def do_pp(self, arg):
        """pp expression: pretty-print its value."""
        try:
            pprint.pprint(self._getval(arg), self.stdout)
        except:
            pass

    def do_list(self, arg):
        """l(ist) [first [,last]]: source lines around the current line
        (11 lines), or on from the last listing, or the range given."""
        self.lastcmd = 'list'
        last = None
        if arg:
            try:
                value = eval(arg, {}, {})
                if isinstance(value, tuple):
                    first, last = [int(v) for v in value]
                    if last < first:
                        last = first + last     # a count
                else:
                    first = max(1, int(value) - 5)
            except:
                print >>self.stdout, '*** Error in argument:', repr(arg)
                return
        elif self.lineno is None:
            first = max(1, self.curframe.f_lineno - 5)
        else:
            first = self.lineno + 1
        if last is None:
            last = first + 10
        filename = self.curframe.f_code.co_filename
        breaks = self.get_file_breaks(filename)
        try:
            for lineno in range(first, last + 1):
                line = linecache.getline(filename, lineno, self.curframe.f_globals)
                if not line:
                    print >>self.stdout, '[EOF]'
                    break
                marks = (lineno in breaks and 'B' or ' ') + \
                    (lineno == self.curframe.f_lineno and '->' or '')
                print >>self.stdout, repr(lineno).rjust(3).ljust(4) + marks + '\t' + line,
                self.lineno = lineno
        except KeyboardInterrupt:
            pass

    do_l = do_list

    def do_whatis(self, arg):
        """whatis expression: the type of its value."""
        try:
            value = eval(arg, self.curframe.f_globals, self.curframe_locals)
        except:
            kind, value = sys.exc_info()[:2]
            print >>self.stdout, '***', _exception_name(kind) + ':', repr(value)
            return
        code = getattr(value, 'func_code', None)
        if code is not None:
            print >>self.stdout, 'Function', code.co_name
            return
        code = getattr(getattr(value, 'im_func', None), 'func_code', None)
        if code is not None:
            print >>self.stdout, 'Method', code.co_name
            return
        print >>self.stdout, type(value)

    def do_alias(self, arg):
        """alias [name [command]]: define (or show) an alias; %1, %2...
        and %* in the command stand for the alias's arguments."""
        args = arg.split()
        if not args:
            for name in sorted(self.aliases):
                print >>self.stdout, "%s = %s" % (name, self.aliases[name])
        elif len(args) == 1 and args[0] in self.aliases:
            print >>self.stdout, "%s = %s" % (args[0], self.aliases[args[0]])
        else:
            self.aliases[args[0]] = ' '.join(args[1:])

    def do_unalias(self, arg):
        """unalias name: forget an alias."""
        args = arg.split()
        if args and args[0] in self.aliases:
            del self.aliases[args[0]]

    def do_help(self, arg):
        """h(elp) [command]: the commands, or one command's description."""
        cmd.Cmd.do_help(self, arg)

    do_h = do_help

    def help_exec(self):
        print >>self.stdout, """(!) statement
Run the (one-line) statement in the current frame; '!' is needed when it
starts like a command.  Assign to a global with 'global x; x = 1' on the
same line."""

    def help_pdb(self):
        help()

    # ---- showing the stack ------------------------------------------------------

    def print_stack_trace(self):
        try:
            for entry in self.stack:
                self.print_stack_entry(entry)
        except KeyboardInterrupt:
            pass

    def print_stack_entry(self, frame_lineno, prompt_prefix=line_prefix):
        frame = frame_lineno[0]
        marker = frame is self.curframe and '>' or ' '
        print >>self.stdout, marker, self.format_stack_entry(frame_lineno, prompt_prefix)

    def lookupmodule(self, filename):
        """The path of a file named in a command: as given, or found along
        sys.path (with .py added when missing); None if nowhere."""
        if os.path.isabs(filename) and os.path.exists(filename):
            return filename
        found = os.path.join(sys.path[0], filename)
        if os.path.exists(found) and self.canonic(found) == self.mainpyfile:
            return found
        root, ext = os.path.splitext(filename)
        if ext == '':
            filename = filename + '.py'
        if os.path.isabs(filename):
            return filename
        for directory in sys.path:
            while os.path.islink(directory):
                directory = os.readlink(directory)
            candidate = os.path.join(directory, filename)
            if os.path.exists(candidate):
                return candidate
        return None

    def _runscript(self, filename):
        # a fresh __main__ namespace for the script
        import __main__
        __main__.__dict__.clear()
        __main__.__dict__.update({"__name__": "__main__", "__file__": filename,
                                  "__builtins__": __builtins__})
        # stop only once the script's own first line runs
        self._wait_for_mainpyfile = 1
        self.mainpyfile = self.canonic(filename)
        self._user_requested_quit = 0
        self.run('execfile(%r)' % filename)


# ---- module-level entry points ------------------------------------------------------

def run(statement, globals=None, locals=None):
    Pdb().run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    return Pdb().runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    run(statement, globals, locals)


def runcall(*args, **kwds):
    return Pdb().runcall(*args, **kwds)


def set_trace():
    Pdb().set_trace(sys._getframe().f_back)


def post_mortem(t=None):
    """Debug traceback t (that of the exception being handled by
    default)."""
    if t is None:
        t = sys.exc_info()[2]
        if t is None:
            raise ValueError("A valid traceback must be passed if no "
                             "exception is being handled")
    p = Pdb()
    p.reset()
    p.interaction(None, t)


def pm():
    """Debug the traceback of the last uncaught exception."""
    post_mortem(sys.last_traceback)


TESTCMD = 'import x; x.main()'


def test():
    run(TESTCMD)


def help():
    """Print this module's documentation."""
    print __doc__


def main():
    if not sys.argv[1:] or sys.argv[1] in ("--help", "-h"):
        print "usage: pdb.py scriptfile [arg] ..."
        sys.exit(2)
    mainpyfile = sys.argv[1]
    if not os.path.exists(mainpyfile):
        print 'Error:', mainpyfile, 'does not exist'
        sys.exit(1)
    del sys.argv[0]         # the script sees itself as argv[0]
    sys.path[0] = os.path.dirname(mainpyfile)
    debugger = Pdb()
    while True:
        try:
            debugger._runscript(mainpyfile)
            if debugger._user_requested_quit:
                break
            print "The program finished and will be restarted"
        except Restart:
            print "Restarting", mainpyfile, "with arguments:"
            print "\t" + " ".join(sys.argv[1:])
        except SystemExit:
            print "The program exited via sys.exit(). Exit status: ",
            print sys.exc_info()[1]
        except SyntaxError:
            traceback.print_exc()
            sys.exit(1)
        except:
            traceback.print_exc()
            print "Uncaught exception. Entering post mortem debugging"
            print "Running 'cont' or 'step' will restart the program"
            debugger.interaction(None, sys.exc_info()[2])
            print "Post mortem debugger finished. The " + mainpyfile + \
                " will be restarted"


if __name__ == '__main__':
    import pdb
    pdb.main()
