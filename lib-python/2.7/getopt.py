"""Command line option scanning in the style of C's getopt().

getopt(args, shortopts, longopts=[]) splits `args` (normally sys.argv[1:])
into a list of (option, value) pairs and the list of remaining arguments.
Scanning stops at the first argument that is not an option.

gnu_getopt(args, shortopts, longopts=[]) is the GNU flavour: options and
plain arguments may be mixed freely, unless `shortopts` starts with '+' or
the environment defines POSIXLY_CORRECT.

`shortopts` lists option letters; a letter followed by ':' takes a value.
`longopts` lists long option names without the leading '--'; a name ending
in '=' takes a value.  A long option may be given as any unambiguous prefix
of its name.  Problems are reported by raising GetoptError (alias: error).
"""

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]

import os


class GetoptError(Exception):
    """Raised for an unknown option or a missing/unexpected option value.

    `msg` holds the explanation and `opt` the option concerned (without
    its dashes), or '' when there is none.
    """
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        Exception.__init__(self, msg, opt)
        self.msg = msg
        self.opt = opt

    def __str__(self):
        return self.msg

error = GetoptError     # the historical name


def _as_name_list(longopts):
    # A single long option may be passed as a bare string.
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Parse `args` POSIX style; return (pairs, remaining_args).

    Each pair is (option, value) where option keeps its dashes ('-a' or
    '--alpha') and value is '' for options that take none.  A lone '--'
    ends the options and is dropped; a lone '-' counts as a plain argument.
    """
    names = _as_name_list(longopts)
    found = []
    rest = args
    while rest:
        head = rest[0]
        if head == '--':
            rest = rest[1:]
            break
        if head == '-' or not head.startswith('-'):
            break
        if head[1] == '-':
            found, rest = do_longs(found, head[2:], names, rest[1:])
        else:
            found, rest = do_shorts(found, head[1:], shortopts, rest[1:])
    return found, rest


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options may follow plain arguments.

    Plain arguments are collected in order.  A leading '+' in `shortopts`,
    or POSIXLY_CORRECT in the environment, restores the stop-at-first-plain
    argument behaviour.
    """
    names = _as_name_list(longopts)
    stop_at_plain = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_plain = True
    elif os.environ.get("POSIXLY_CORRECT"):
        stop_at_plain = True

    found = []
    plain = []
    rest = args
    while rest:
        head = rest[0]
        if head == '--':
            plain.extend(rest[1:])
            break
        if head.startswith('--'):
            found, rest = do_longs(found, head[2:], names, rest[1:])
        elif head.startswith('-') and head != '-':
            found, rest = do_shorts(found, head[1:], shortopts, rest[1:])
        elif stop_at_plain:
            plain.extend(rest)
            break
        else:
            plain.append(head)
            rest = rest[1:]
    return found, plain


def do_longs(opts, opt, longopts, args):
    """Handle one '--name[=value]' argument (given without its dashes).

    Appends ('--fullname', value) to `opts` and returns (opts, args) with
    any argument consumed as the value removed from `args`.
    """
    name, sep, inline = opt.partition('=')
    takes_value, name = long_has_args(name, longopts)
    if not takes_value:
        if sep:
            raise GetoptError('option --%s must not have an argument' % name, name)
        value = ''
    elif sep:
        value = inline
    elif args:
        value = args[0]
        args = args[1:]
    else:
        raise GetoptError('option --%s requires argument' % name, name)
    opts.append(('--' + name, value))
    return opts, args


def long_has_args(opt, longopts):
    """Resolve `opt` (possibly abbreviated) against `longopts`.

    Returns (takes_value, full_name).  An exact name wins over longer
    names sharing it as a prefix; otherwise the prefix must be unique.
    """
    candidates = [name for name in longopts if name.startswith(opt)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % opt, opt)
    for exact, takes_value in ((opt, False), (opt + '=', True)):
        if exact in candidates:
            return takes_value, opt
    if len(candidates) != 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def do_shorts(opts, optstring, shortopts, args):
    """Handle a cluster of short options such as 'abc' or 'ofile'.

    A letter that takes a value swallows the rest of the cluster, or the
    next argument when the cluster ends there.  Returns (opts, args).
    """
    pos = 0
    while pos < len(optstring):
        letter = optstring[pos]
        pos += 1
        if not short_has_arg(letter, shortopts):
            opts.append(('-' + letter, ''))
            continue
        if pos < len(optstring):
            value = optstring[pos:]
        elif args:
            value = args[0]
            args = args[1:]
        else:
            raise GetoptError('option -%s requires argument' % letter, letter)
        opts.append(('-' + letter, value))
        break
    return opts, args


def short_has_arg(opt, shortopts):
    """True when letter `opt` is declared in `shortopts` with a ':' after it."""
    if opt != ':':
        where = shortopts.find(opt)
        if where >= 0:
            return shortopts[where + 1:where + 2] == ':'
    raise GetoptError('option -%s not recognized' % opt, opt)


if __name__ == '__main__':
    import sys
    # Quick manual check: echo how the command line splits up.
    print getopt(sys.argv[1:], "a:b", ["alpha=", "beta"])
