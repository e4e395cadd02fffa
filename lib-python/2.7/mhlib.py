"""Access to MH mailboxes (deprecated; removed in Python 3: use mailbox).

    mh = MH()                 # ~/Mail, or the Path: of ~/.mh_profile
    f = mh.openfolder('inbox')
    for n in f.parsesequence('1-5'):
        m = f.openmessage(n)  # a mimetools.Message
        print m.getheader('subject')

A folder is a directory of messages named by number, with a
.mh_sequences file naming sets of them ("cur: 4", "unseen: 1-3 7").
Message sequences follow MH's syntax: numbers, ranges "a-b", "x:n",
"x:-n", "x:+n" and the names all, first, last, cur (or .), next, prev,
or of a sequence.
"""

from warnings import warnpy3k
warnpy3k("the mhlib module has been removed in Python 3.0; use the mailbox "
         "module instead", stacklevel=2)
del warnpy3k

import os
import re
import shutil
import sys
from bisect import bisect

import mimetools
import multifile

MH_PROFILE = '~/.mh_profile'
PATH = '~/Mail'
MH_SEQUENCES = '.mh_sequences'
FOLDER_PROTECT = 0700

__all__ = ["MH", "Error", "Folder", "Message"]


class Error(Exception):
    pass


class MH:
    """MH([path[, profile]]): the MH mail directory PATH (from the
    profile's Path: entry, or ~/Mail, by default)."""

    def __init__(self, path=None, profile=None):
        self.profile = os.path.expanduser(profile or MH_PROFILE)
        if path is None:
            path = self.getprofile('Path') or PATH
        if not os.path.isabs(path) and not path.startswith('~'):
            path = os.path.join('~', path)
        path = os.path.expanduser(path)
        if not os.path.isdir(path):
            raise Error('MH() path not found')
        self.path = path

    def __repr__(self):
        return 'MH(%r, %r)' % (self.path, self.profile)

    def error(self, msg, *args):
        sys.stderr.write('MH error: %s\n' % (msg % args))

    def getprofile(self, key):
        """The profile's value for KEY (None if absent)."""
        return pickline(self.profile, key)

    def getpath(self):
        return self.path

    def getcontext(self):
        """The current folder's name."""
        return pickline(os.path.join(self.path, 'context'),
                        'Current-Folder') or 'inbox'

    def setcontext(self, context):
        with open(os.path.join(self.path, 'context'), 'w') as f:
            f.write("Current-Folder: %s\n" % context)

    def listfolders(self):
        """The top-level folders."""
        return sorted(name for name in os.listdir(self.path)
                      if os.path.isdir(os.path.join(self.path, name)))

    def _subfolders(self, name, recursive):
        fullname = os.path.join(self.path, name)
        # a directory's link count is 2 plus its subdirectories
        left = os.stat(fullname).st_nlink - 2
        found = []
        for sub in os.listdir(fullname):
            if left <= 0:
                break
            subpath = os.path.join(fullname, sub)
            if not os.path.isdir(subpath):
                continue
            relative = os.path.join(name, sub)
            found.append(relative)
            if recursive and not os.path.islink(subpath):
                found.extend(self._subfolders(relative, True))
            left -= 1
        found.sort()
        return found

    def listsubfolders(self, name):
        """The direct subfolders of folder NAME."""
        return self._subfolders(name, False)

    def listallfolders(self):
        return self.listallsubfolders('')

    def listallsubfolders(self, name):
        """All folders below NAME, recursively."""
        return self._subfolders(name, True)

    def openfolder(self, name):
        return Folder(self, name)

    def makefolder(self, name):
        """Create folder NAME (with the profile's Folder-Protect mode)."""
        protect = pickline(self.profile, 'Folder-Protect')
        mode = int(protect, 8) if protect and isnumeric(protect) \
            else FOLDER_PROTECT
        os.mkdir(os.path.join(self.getpath(), name), mode)

    def deletefolder(self, name):
        """Delete folder NAME and its files (not its subfolders)."""
        fullname = os.path.join(self.getpath(), name)
        for entry in os.listdir(fullname):
            path = os.path.join(fullname, entry)
            try:
                os.unlink(path)
            except os.error:
                self.error('%s not deleted, continuing...' % path)
        os.rmdir(fullname)


numericprog = re.compile('^[1-9][0-9]*$')


def isnumeric(str):
    return numericprog.match(str) is not None


class Folder:
    """Folder(mh, name): a folder of the MH directory MH."""

    def __init__(self, mh, name):
        self.mh = mh
        self.name = name
        if not os.path.isdir(self.getfullname()):
            raise Error('no folder %s' % name)

    def __repr__(self):
        return 'Folder(%r, %r)' % (self.mh, self.name)

    def error(self, *args):
        self.mh.error(*args)

    def getfullname(self):
        return os.path.join(self.mh.path, self.name)

    def getsequencesfilename(self):
        return os.path.join(self.getfullname(), MH_SEQUENCES)

    def getmessagefilename(self, n):
        return os.path.join(self.getfullname(), str(n))

    def listsubfolders(self):
        return self.mh.listsubfolders(self.name)

    def listallsubfolders(self):
        return self.mh.listallsubfolders(self.name)

    def listmessages(self):
        """The message numbers, sorted (sets the last one too)."""
        numbers = sorted(int(name) for name in os.listdir(self.getfullname())
                         if numericprog.match(name))
        self.last = numbers[-1] if numbers else 0
        return numbers

    def getsequences(self):
        """{name: [numbers]} of the .mh_sequences file."""
        sequences = {}
        fullname = self.getsequencesfilename()
        try:
            f = open(fullname, 'r')
        except IOError:
            return sequences
        with f:
            for line in f:
                fields = line.split(':')
                if len(fields) != 2:
                    self.error('bad sequence in %s: %s'
                               % (fullname, line.strip()))
                sequences[fields[0].strip()] = \
                    IntSet(fields[1].strip(), ' ').tolist()
        return sequences

    def putsequences(self, sequences):
        """Write SEQUENCES to .mh_sequences (removing it if empty)."""
        fullname = self.getsequencesfilename()
        lines = []
        for key, seq in sequences.iteritems():
            packed = IntSet('', ' ')
            packed.fromlist(seq)
            lines.append('%s: %s\n' % (key, packed.tostring()))
        if not lines:
            try:
                os.unlink(fullname)
            except os.error:
                pass
            return
        with open(fullname, 'w') as f:
            f.writelines(lines)

    def getcurrent(self):
        """The current message's number."""
        try:
            return max(self.getsequences()['cur'])
        except (ValueError, KeyError):
            raise Error("no cur message")

    def setcurrent(self, n):
        updateline(self.getsequencesfilename(), 'cur', str(n), 0)

    def parsesequence(self, seq):
        """The message numbers SEQ (MH syntax, see the module) stands
        for."""
        everything = self.listmessages()
        if not everything:
            raise Error("no messages in %s" % self.name)
        if seq == 'all':
            return everything
        # "x:n" is tried before "x-y", as "x:-n" contains both
        head, colon, tail = seq.partition(':')
        if colon:
            return self._parsecount(seq, head, tail, everything)
        first, dash, second = seq.partition('-')
        if dash:
            begin = self._parseindex(first, everything)
            end = self._parseindex(second, everything)
            chosen = everything[bisect(everything, begin - 1):
                                bisect(everything, end)]
            if not chosen:
                raise Error("bad message list %s" % seq)
            return chosen
        try:
            n = self._parseindex(seq, everything)
        except Error as msg:
            sequences = self.getsequences()
            if seq not in sequences:
                # as 2.7 does: the index error, even an empty one
                raise msg
            return sequences[seq]
        if n not in everything:
            if isnumeric(seq):
                raise Error("message %d doesn't exist" % n)
            raise Error("no %s message" % seq)
        return [n]

    def _parsecount(self, seq, head, tail, everything):
        direction = ''
        if tail[:1] in ('-', '+'):
            direction, tail = tail[:1], tail[1:]
        if not isnumeric(tail):
            raise Error("bad message list %s" % seq)
        try:
            count = int(tail)
        except (ValueError, OverflowError):
            count = len(everything)
        try:
            anchor = self._parseindex(head, everything)
        except Error as msg:
            sequences = self.getsequences()
            if head not in sequences:
                raise msg
            chosen = sequences[head]
            if not chosen:
                raise Error("sequence %s empty" % head)
            return chosen[-count:] if direction == '-' else chosen[:count]
        if not direction and head in ('prev', 'last'):
            direction = '-'
        if direction == '-':
            i = bisect(everything, anchor)
            return everything[max(0, i - count):i]
        i = bisect(everything, anchor - 1)
        return everything[i:i + count]

    def _parseindex(self, seq, all):
        """The message number a single index names; an Error without a
        message when SEQ is not an index (it may be a sequence name)."""
        if isnumeric(seq):
            try:
                return int(seq)
            except (OverflowError, ValueError):
                return sys.maxint
        if seq in ('cur', '.'):
            return self.getcurrent()
        if seq == 'first':
            return all[0]
        if seq == 'last':
            return all[-1]
        if seq == 'next':
            i = bisect(all, self.getcurrent())
            if i >= len(all):
                raise Error("no next message")
            return all[i]
        if seq == 'prev':
            i = bisect(all, self.getcurrent() - 1)
            if i == 0:
                raise Error("no prev message")
            return all[i - 1]
        raise Error()

    def openmessage(self, n):
        return Message(self, n)

    @staticmethod
    def _raise_errors(errors):
        if len(errors) == 1:
            raise os.error(errors[0])
        if errors:
            raise os.error('multiple errors:', errors)

    def removemessages(self, list):
        """Remove messages (renamed to ,N as MH does)."""
        errors = []
        removed = []
        for n in list:
            path = self.getmessagefilename(n)
            backup = self.getmessagefilename(',' + str(n))
            try:
                os.unlink(backup)
            except os.error:
                pass
            try:
                os.rename(path, backup)
            except os.error as msg:
                errors.append(msg)
            else:
                removed.append(n)
        if removed:
            self.removefromallsequences(removed)
        self._raise_errors(errors)

    def refilemessages(self, list, tofolder, keepsequences=0):
        """Move messages to the end of TOFOLDER (with their sequence
        memberships if KEEPSEQUENCES)."""
        errors = []
        moved = {}
        for n in list:
            ton = tofolder.getlast() + 1
            path = self.getmessagefilename(n)
            topath = tofolder.getmessagefilename(ton)
            try:
                os.rename(path, topath)
            except os.error:
                # another file system: copy
                try:
                    shutil.copy2(path, topath)
                    os.unlink(path)
                except (IOError, os.error) as msg:
                    errors.append(msg)
                    try:
                        os.unlink(topath)
                    except os.error:
                        pass
                    continue
            tofolder.setlast(ton)
            moved[n] = ton
        if moved:
            if keepsequences:
                tofolder._copysequences(self, moved.items())
            self.removefromallsequences(moved.keys())
        self._raise_errors(errors)

    def _copysequences(self, fromfolder, refileditems):
        theirs = fromfolder.getsequences()
        ours = self.getsequences()
        changed = False
        for name, seq in theirs.items():
            target = ours.get(name, [])
            for old, new in refileditems:
                if old in seq:
                    target.append(new)
                    changed = True
            if target and name not in ours:
                ours[name] = target
        if changed:
            self.putsequences(ours)

    def _replace(self, tofolder, ton):
        # the message a move or copy overwrites is kept as ,N
        topath = tofolder.getmessagefilename(ton)
        try:
            os.rename(topath, tofolder.getmessagefilename(',%d' % ton))
        except os.error:
            pass
        return topath

    def movemessage(self, n, tofolder, ton):
        """Move message N to number TON of TOFOLDER."""
        path = self.getmessagefilename(n)
        open(path).close()      # it must exist
        topath = self._replace(tofolder, ton)
        try:
            os.rename(path, topath)
        except os.error:
            copied = False
            try:
                tofolder.setlast(None)
                shutil.copy2(path, topath)
                copied = True
            finally:
                if not copied:
                    try:
                        os.unlink(topath)
                    except os.error:
                        pass
            os.unlink(path)
        self.removefromallsequences([n])

    def copymessage(self, n, tofolder, ton):
        """Copy message N to number TON of TOFOLDER."""
        path = self.getmessagefilename(n)
        open(path).close()
        topath = self._replace(tofolder, ton)
        copied = False
        try:
            shutil.copy2(path, topath)
            copied = True
        finally:
            if not copied:
                try:
                    os.unlink(topath)
                except os.error:
                    pass

    def createmessage(self, n, txt):
        """Create message N from the file TXT."""
        path = self.getmessagefilename(n)
        try:
            os.rename(path, self.getmessagefilename(',%d' % n))
        except os.error:
            pass
        written = False
        try:
            with open(path, "w") as f:
                shutil.copyfileobj(txt, f, 16 * 1024)
            written = True
        finally:
            if not written:
                try:
                    os.unlink(path)
                except os.error:
                    pass

    def removefromallsequences(self, list):
        """Take messages out of every sequence but cur."""
        if getattr(self, 'last', None) in list:
            del self.last
        sequences = self.getsequences()
        changed = False
        for name, seq in sequences.items():
            if name == 'cur':
                continue
            for n in list:
                if n in seq:
                    seq.remove(n)
                    changed = True
                    if not seq:
                        del sequences[name]
        if changed:
            self.putsequences(sequences)

    def getlast(self):
        """The highest message number (0 for none)."""
        if not hasattr(self, 'last'):
            self.listmessages()
        return self.last

    def setlast(self, last):
        if last is not None:
            self.last = last
        elif hasattr(self, 'last'):
            del self.last


class Message(mimetools.Message):
    """Message N of folder F (from the file FP if given)."""

    def __init__(self, f, n, fp=None):
        self.folder = f
        self.number = n
        if fp is None:
            fp = open(f.getmessagefilename(n), 'r')
        mimetools.Message.__init__(self, fp)

    def __repr__(self):
        return 'Message(%s, %s)' % (repr(self.folder), self.number)

    def getheadertext(self, pred=None):
        """The header lines (with their continuations) whose lower-case
        name satisfies PRED (all by default)."""
        if pred is None:
            return ''.join(self.headers)
        kept = []
        wanted = False
        for line in self.headers:
            if not line[0].isspace():
                colon = line.find(':')
                if colon > 0:
                    wanted = pred(line[:colon].lower())
            if wanted:
                kept.append(line)
        return ''.join(kept)

    def getbodytext(self, decode=1):
        """The body, decoded from its Content-Transfer-Encoding unless
        DECODE is false."""
        self.fp.seek(self.startofbody)
        encoding = self.getencoding()
        if not decode or encoding in ('', '7bit', '8bit', 'binary'):
            return self.fp.read()
        try:
            from cStringIO import StringIO
        except ImportError:
            from StringIO import StringIO
        output = StringIO()
        mimetools.decode(self.fp, output, encoding)
        return output.getvalue()

    def getbodyparts(self):
        """The parts of a multipart message, as SubMessages."""
        if self.getmaintype() != 'multipart':
            raise Error('Content-Type is not multipart/*')
        boundary = self.getparam('boundary')
        if not boundary:
            raise Error('multipart/* without boundary param')
        self.fp.seek(self.startofbody)
        mf = multifile.MultiFile(self.fp)
        mf.push(boundary)
        parts = []
        while mf.next():
            number = "%s.%r" % (self.number, 1 + len(parts))
            parts.append(SubMessage(self.folder, number, mf))
        mf.pop()
        return parts

    def getbody(self):
        """The parts of a multipart message, or the decoded body."""
        if self.getmaintype() == 'multipart':
            return self.getbodyparts()
        return self.getbodytext()


class SubMessage(Message):
    """A part of a multipart Message, read at once."""

    def __init__(self, f, n, fp):
        Message.__init__(self, f, n, fp)
        if self.getmaintype() == 'multipart':
            self.body = Message.getbodyparts(self)
        else:
            self.body = Message.getbodytext(self)
        self.bodyencoded = Message.getbodytext(self, decode=0)

    def __repr__(self):
        return 'SubMessage(%s, %s, %s)' % (self.folder, self.number, self.fp)

    def getbodytext(self, decode=1):
        if not decode:
            return self.bodyencoded
        if isinstance(self.body, str):
            return self.body

    def getbodyparts(self):
        if isinstance(self.body, list):
            return self.body

    def getbody(self):
        return self.body


class IntSet:
    """A set of integers kept as sorted (low, high) ranges, written like
    "1-3,7" (SEP and RNG give the separators)."""

    def __init__(self, data=None, sep=',', rng='-'):
        self.pairs = []
        self.sep = sep
        self.rng = rng
        if data:
            self.fromstring(data)

    def reset(self):
        self.pairs = []

    def __cmp__(self, other):
        return cmp(self.pairs, other.pairs)

    def __hash__(self):
        return hash(self.pairs)

    def __repr__(self):
        return 'IntSet(%r, %r, %r)' % (self.tostring(), self.sep, self.rng)

    def normalize(self):
        """Sort the ranges and merge those that touch or overlap."""
        self.pairs.sort()
        merged = []
        for lo, hi in self.pairs:
            if merged and lo <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, hi))
        self.pairs = merged

    def tostring(self):
        return self.sep.join([repr(lo) if lo == hi else
                              repr(lo) + self.rng + repr(hi)
                              for lo, hi in self.pairs])

    def tolist(self):
        result = []
        for lo, hi in self.pairs:
            result.extend(range(lo, hi + 1))
        return result

    def fromlist(self, list):
        for i in list:
            self.append(i)

    def clone(self):
        copy = IntSet()
        copy.pairs = self.pairs[:]
        return copy

    def min(self):
        return self.pairs[0][0]

    def max(self):
        return self.pairs[-1][-1]

    def contains(self, x):
        return any(lo <= x <= hi for lo, hi in self.pairs)

    def append(self, x):
        """Add X."""
        if not self.contains(x):
            self.pairs.append((x, x))
            self.normalize()

    def addpair(self, xlo, xhi):
        """Add the range XLO..XHI (nothing when XLO > XHI)."""
        if xlo <= xhi:
            self.pairs.append((xlo, xhi))
            self.normalize()

    def fromstring(self, data):
        """Add the numbers and ranges written in DATA."""
        found = []
        for part in data.split(self.sep):
            bounds = [int(piece.strip()) for piece in part.split(self.rng)]
            if len(bounds) == 1:
                found.append((bounds[0], bounds[0]))
            elif len(bounds) == 2 and bounds[0] <= bounds[1]:
                found.append((bounds[0], bounds[1]))
            else:
                raise ValueError('bad data passed to IntSet')
        self.pairs = self.pairs + found
        self.normalize()


def pickline(file, key, casefold=1):
    """The value of header KEY in FILE (with continuation lines), or
    None."""
    try:
        f = open(file, 'r')
    except IOError:
        return None
    prog = re.compile(re.escape(key) + ':', casefold and re.IGNORECASE)
    with f:
        line = f.readline()
        while line:
            if prog.match(line):
                text = line[len(key) + 1:]
                line = f.readline()
                while line and line[0].isspace():
                    text += line
                    line = f.readline()
                return text.strip()
            line = f.readline()
    return None


def updateline(file, key, value, casefold=1):
    """Set header KEY of FILE to VALUE (None: remove it)."""
    try:
        with open(file, 'r') as f:
            lines = f.readlines()
    except IOError:
        lines = []
    prog = re.compile(re.escape(key) + ':(.*)\n', casefold and re.IGNORECASE)
    newline = None if value is None else '%s: %s\n' % (key, value)
    for i, line in enumerate(lines):
        if prog.match(line):
            if newline is None:
                del lines[i]
            else:
                lines[i] = newline
            break
    else:
        if newline is not None:
            lines.append(newline)
    # write a new file, then replace the old one
    tempfile = file + "~"
    with open(tempfile, 'w') as f:
        f.writelines(lines)
    os.rename(tempfile, file)
