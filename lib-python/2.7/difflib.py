"""Comparing sequences (Python 2.7's difflib).

SequenceMatcher finds the longest contiguous matching blocks recursively
(Ratcliff/Obershelp "gestalt" matching, with junk and popular elements of
the second sequence ignored when looking for block starts); Differ,
ndiff, unified_diff and context_diff present the differences between
sequences of lines; get_close_matches ranks strings by similarity."""

import re
from collections import namedtuple as _namedtuple

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _calculate_ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """Compares two sequences of hashable elements.

    isjunk(x) -> true marks elements of b to ignore when starting a match;
    with autojunk, elements making up more than 1% of a b of 200 or more
    items are ignored too."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence (the analysis of b is kept)."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence (the one whose analysis is cached)."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j: element -> increasing indices in b, without junk and popular ones
        b = self.b
        b2j = {}
        for i, elt in enumerate(b):
            if elt in b2j:
                b2j[elt].append(i)
            else:
                b2j[elt] = [i]
        junk = set()
        if self.isjunk:
            for elt in list(b2j.keys()):
                if self.isjunk(elt):
                    junk.add(elt)
                    del b2j[elt]
        popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for elt, where in list(b2j.items()):
                if len(where) > limit:
                    popular.add(elt)
                    del b2j[elt]
        self.b2j = b2j
        self.isbjunk = junk.__contains__
        self.isbpopular = popular.__contains__

    def find_longest_match(self, alo, ahi, blo, bhi):
        """The longest block a[i:i+k] == b[j:j+k] in the given ranges as
        Match(i, j, k): earliest in a, then earliest in b, among the longest;
        then extended by equal elements on both sides (junk included)."""
        a, b, b2j, isbjunk = self.a, self.b, self.b2j, self.isbjunk
        besti, bestj, bestsize = alo, blo, 0
        # lengths of the matches ending at a[i-1], b[j] for each j
        prev = {}
        none = []
        for i in xrange(alo, ahi):
            cur = {}
            for j in b2j.get(a[i], none):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = cur[j] = prev.get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            prev = cur
        # grow the block over equal non-junk neighbours, then junk ones
        for junk_pass in (False, True):
            while (besti > alo and bestj > blo and
                   bool(isbjunk(b[bestj - 1])) == junk_pass and
                   a[besti - 1] == b[bestj - 1]):
                besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
            while (besti + bestsize < ahi and bestj + bestsize < bhi and
                   bool(isbjunk(b[bestj + bestsize])) == junk_pass and
                   a[besti + bestsize] == b[bestj + bestsize]):
                bestsize += 1
        return Match(besti, bestj, bestsize)

    def get_matching_blocks(self):
        """The matching blocks as Match(i, j, n) triples, increasing, with
        adjacent ones merged, ending with the dummy (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(m)
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in found:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self.matching_blocks = [Match(*t) for t in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b; tag is 'replace',
        'delete', 'insert' or 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        self.opcodes = codes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        return codes

    def get_grouped_opcodes(self, n=3):
        """Generator of groups of opcodes with up to n lines of context."""
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        else:
            codes = list(codes)
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            # a long unchanged stretch closes the group
            if tag == 'equal' and i2 - i1 > n + n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Similarity in [0, 1]: 2.0 * matched elements / total elements."""
        matches = 0
        for m in self.get_matching_blocks():
            matches += m[-1]
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(), from the elements' counts."""
        if self.fullbcount is None:
            self.fullbcount = counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
        counts = self.fullbcount
        left = {}
        matches = 0
        for elt in self.a:
            if elt in left:
                have = left[elt]
            else:
                have = counts.get(elt, 0)
            left[elt] = have - 1
            if have > 0:
                matches += 1
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio(), from the lengths only."""
        la, lb = len(self.a), len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The (at most n) best matches for word among possibilities that
    score at least cutoff, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if (s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff and
                s.ratio() >= cutoff):
            scored.append((s.ratio(), x))
    scored.sort(reverse=True)
    return [x for score, x in scored[:n]]


def _count_leading(line, ch):
    i = 0
    n = len(line)
    while i < n and line[i] == ch:
        i += 1
    return i


class Differ:
    """Human-readable deltas of sequences of lines: '- ' only in the first,
    '+ ' only in the second, '  ' in both, '? ' hints at intraline changes."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Generator of the delta lines (each ends with a newline when the
        input lines do)."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                lines = self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                lines = self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                lines = self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))
            for line in lines:
                yield line

    def _dump(self, tag, x, lo, hi):
        for i in xrange(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        # the shorter block first
        if bhi - blo < ahi - alo:
            parts = (self._dump('+', b, blo, bhi), self._dump('-', a, alo, ahi))
        else:
            parts = (self._dump('-', a, alo, ahi), self._dump('+', b, blo, bhi))
        for part in parts:
            for line in part:
                yield line

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # pair the most similar lines (ratio above 0.75) and show their
        # intraline differences; recurse on the blocks around that pair
        best_ratio, cutoff = 0.74, 0.75
        matcher = SequenceMatcher(self.charjunk)
        eqi = eqj = None
        best_i = best_j = None
        for j in xrange(blo, bhi):
            bj = b[j]
            matcher.set_seq2(bj)
            for i in xrange(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if eqi is None:
                        eqi, eqj = i, j
                    continue
                matcher.set_seq1(ai)
                if (matcher.real_quick_ratio() > best_ratio and
                        matcher.quick_ratio() > best_ratio and
                        matcher.ratio() > best_ratio):
                    best_ratio, best_i, best_j = matcher.ratio(), i, j
        if best_ratio < cutoff:
            if eqi is None:
                for line in self._plain_replace(a, alo, ahi, b, blo, bhi):
                    yield line
                return
            best_i, best_j, best_ratio = eqi, eqj, 1.0
        else:
            eqi = None
        for line in self._fancy_helper(a, alo, best_i, b, blo, best_j):
            yield line
        aelt, belt = a[best_i], b[best_j]
        if eqi is None:
            atags = btags = ""
            matcher.set_seqs(aelt, belt)
            for tag, ai1, ai2, bj1, bj2 in matcher.get_opcodes():
                la, lb = ai2 - ai1, bj2 - bj1
                if tag == 'replace':
                    atags += '^' * la
                    btags += '^' * lb
                elif tag == 'delete':
                    atags += '-' * la
                elif tag == 'insert':
                    btags += '+' * lb
                elif tag == 'equal':
                    atags += ' ' * la
                    btags += ' ' * lb
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            for line in self._qformat(aelt, belt, atags, btags):
                yield line
        else:
            yield '  ' + aelt
        for line in self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi):
            yield line

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        lines = []
        if alo < ahi:
            if blo < bhi:
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                lines = self._dump('-', a, alo, ahi)
        elif blo < bhi:
            lines = self._dump('+', b, blo, bhi)
        for line in lines:
            yield line

    def _qformat(self, aline, bline, atags, btags):
        # keep leading tabs of the lines in the hint lines so the marks align
        common = min(_count_leading(aline, "\t"), _count_leading(bline, "\t"))
        common = min(common, _count_leading(atags[:common], " "))
        common = min(common, _count_leading(btags[:common], " "))
        atags = atags[common:].rstrip()
        btags = btags[common:].rstrip()
        yield "- " + aline
        if atags:
            yield "? %s%s\n" % ("\t" * common, atags)
        yield "+ " + bline
        if btags:
            yield "? %s%s\n" % ("\t" * common, btags)


def IS_LINE_JUNK(line, pat=re.compile(r"\s*(?:#\s*)?$").match):
    """A blank line, or one holding only a '#' between blanks."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """A space or a tab."""
    return ch in ws


def _format_range_unified(start, stop):
    first = start + 1
    length = stop - start
    if length == 1:
        return '%d' % first
    if not length:
        first -= 1
    return '%d,%d' % (first, length)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Generator of the lines of a unified diff of a and b."""
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = '\t%s' % fromfiledate if fromfiledate else ''
            todate = '\t%s' % tofiledate if tofiledate else ''
            yield '--- %s%s%s' % (fromfile, fromdate, lineterm)
            yield '+++ %s%s%s' % (tofile, todate, lineterm)
        first, last = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_format_range_unified(first[1], last[2]),
                                   _format_range_unified(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in ('replace', 'delete'):
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in ('replace', 'insert'):
                for line in b[j1:j2]:
                    yield '+' + line


def _format_range_context(start, stop):
    first = start + 1
    length = stop - start
    if not length:
        first -= 1
    if length <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + length - 1)


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Generator of the lines of a context diff of a and b."""
    prefix = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = '\t%s' % fromfiledate if fromfiledate else ''
            todate = '\t%s' % tofiledate if tofiledate else ''
            yield '*** %s%s%s' % (fromfile, fromdate, lineterm)
            yield '--- %s%s%s' % (tofile, todate, lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_format_range_context(first[1], last[2]), lineterm)
        if any(g[0] in ('replace', 'delete') for g in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield prefix[tag] + line
        yield '--- %s ----%s' % (_format_range_context(first[3], last[4]), lineterm)
        if any(g[0] in ('replace', 'insert') for g in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield prefix[tag] + line


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences (which = 1 or 2) an ndiff delta came from."""
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which)
    prefixes = ("  ", tag)
    for line in delta:
        if line[:2] in prefixes:
            yield line[2:]


# ---------------------------------------------------------------------------
# Side-by-side HTML.  The rows come from ndiff's delta: a changed line pair
# ('-', '?', '+', '?' lines) shares one row, runs of deletions or additions
# are padded with blank cells on the other side so later rows line up again.
# Changed characters are bracketed with '\0' + kind ('+', '-' or '^') and
# '\1' until the very end, where they become <span> elements.

_HINT_RUN = re.compile(r'(\++|-+|\^+)')


def _with_hints(line, hints):
    """line is a '- '/'+ ' delta line and hints its '? ' line: bracket the
    characters the hints point at (the two share their 2-column prefix)."""
    out = []
    done = 0
    for m in _HINT_RUN.finditer(hints):
        lo, hi = m.span()
        out.append(line[done:lo])
        out.append('\0' + m.group(1)[0] + line[lo:hi] + '\1')
        done = hi
    out.append(line[done:])
    return ''.join(out)[2:]


class _DeltaRows(object):
    """Rows (fromcell, tocell, changed) of the side-by-side view, where a
    cell is (line number, marked text), None for "nothing on this side yet"
    or a blank filler ('', '\\n')."""

    def __init__(self, delta):
        self._delta = iter(delta)
        self._window = []
        self._numbers = [0, 0]

    def _lookahead(self):
        # the tags of the next four delta lines, 'X' past the end
        while len(self._window) < 4:
            try:
                line = next(self._delta)
            except StopIteration:
                line = 'X'
            self._window.append(line)
        return ''.join([line[0] for line in self._window])

    def _cell(self, side, how):
        """Consume the next delta line for side 0 (from) or 1 (to).
        how: None plain, '?' with its hint line, '+'/'-' wholly changed."""
        self._numbers[side] += 1
        line = self._window.pop(0)
        if how == '?':
            text = _with_hints(line, self._window.pop(0))
        elif how is None:
            text = line[2:]
        else:
            text = '\0%s%s\1' % (how, line[2:] or ' ')
        return (self._numbers[side], text)

    def _fillers(self, owed):
        # owed < 0: the from side is ahead, pad the to side; > 0 the reverse
        while owed < 0:
            owed += 1
            yield None, ('', '\n'), True
        while owed > 0:
            owed -= 1
            yield ('', '\n'), None, True

    def __iter__(self):
        owed = 0   # deletions (-1 each) and additions (+1 each) not yet padded
        while True:
            tags = self._lookahead()
            if tags[0] == 'X':
                for row in self._fillers(owed):
                    yield row
                return
            if tags.startswith('-?+?'):
                yield self._cell(0, '?'), self._cell(1, '?'), True
            elif tags.startswith('--++'):
                owed -= 1
                yield self._cell(0, '-'), None, True
            elif tags[:4] == '--?+' or tags[:3] == '--+' or tags[:2] == '- ':
                # a deletion run ends: pad it before its last line
                row = (self._cell(0, '-'), None, True)
                for pad in self._fillers(owed - 1):
                    yield pad
                owed = 0
                yield row
            elif tags.startswith('-+?'):
                yield self._cell(0, None), self._cell(1, '?'), True
            elif tags.startswith('-?+'):
                yield self._cell(0, '?'), self._cell(1, None), True
            elif tags[0] == '-':
                owed -= 1
                yield self._cell(0, '-'), None, True
            elif tags.startswith('+--'):
                owed += 1
                yield None, self._cell(1, '+'), True
            elif tags[:2] == '+ ' or tags[:2] == '+-':
                # an addition run ends: pad it before its last line
                row = (None, self._cell(1, '+'), True)
                for pad in self._fillers(owed + 1):
                    yield pad
                owed = 0
                yield row
            elif tags[0] == '+':
                owed += 1
                yield None, self._cell(1, '+'), True
            elif tags[0] == ' ':
                self._numbers[0] += 1
                left = (self._numbers[0], self._window[0][2:])
                yield left, self._cell(1, None), False
            else:
                raise ValueError('unexpected delta line %r' % (self._window[0],))


def _paired(rows):
    """Zip the from cells and the to cells of rows in order, a row being
    changed when either of its cells came from a changed row."""
    lefts, rights = [], []
    for left, right, changed in rows:
        if left is not None:
            lefts.append((left, changed))
        if right is not None:
            rights.append((right, changed))
        while lefts and rights:
            (a, ca), (b, cb) = lefts.pop(0), rights.pop(0)
            yield a, b, ca or cb


def _in_context(pairs, numlines):
    """Only the changed pairs and numlines pairs around each; a row
    (None, None, None) stands for skipped lines."""
    keep = numlines + 1
    pairs = iter(pairs)
    while True:
        before = []
        skipped = False
        while True:
            try:
                pair = next(pairs)
            except StopIteration:
                return
            before.append(pair)
            if len(before) > keep:
                del before[0]
                skipped = True
            if pair[2]:
                break
        if skipped:
            yield None, None, None
        for pair in before:
            yield pair
        left = numlines
        while left:
            try:
                pair = next(pairs)
            except StopIteration:
                return
            left = numlines if pair[2] else left - 1
            yield pair


def _mdiff(fromlines, tolines, context=None, linejunk=None,
           charjunk=IS_CHARACTER_JUNK):
    """(from, to, changed) side-by-side rows; see _DeltaRows and _in_context."""
    rows = _DeltaRows(ndiff(fromlines, tolines, linejunk, charjunk))
    pairs = _paired(rows)
    if context is None:
        return pairs
    return _in_context(pairs, context)


def _lines(*lines):
    return '\n'.join(lines)


_HTML_STYLES = _lines(
    '',
    '        table.diff {font-family:Courier; border:medium;}',
    '        .diff_header {background-color:#e0e0e0}',
    '        td.diff_header {text-align:right}',
    '        .diff_next {background-color:#c0c0c0}',
    '        .diff_add {background-color:#aaffaa}',
    '        .diff_chg {background-color:#ffff77}',
    '        .diff_sub {background-color:#ffaaaa}')

_HTML_PAGE = _lines(
    '',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"',
    '          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    '', '<html>', '', '<head>',
    '    <meta http-equiv="Content-Type"',
    '          content="text/html; charset=ISO-8859-1" />',
    '    <title></title>',
    '    <style type="text/css">%(styles)s',
    '    </style>', '</head>', '', '<body>',
    '    %(table)s%(legend)s',
    '</body>', '', '</html>')

_HTML_TABLE = _lines(
    '',
    '    <table class="diff" id="difflib_chg_%(prefix)s_top"',
    '           cellspacing="0" cellpadding="0" rules="groups" >',
    '        ' + ' '.join(['<colgroup></colgroup>'] * 3),
    '        ' + ' '.join(['<colgroup></colgroup>'] * 3),
    '        %(header_row)s',
    '        <tbody>',
    '%(data_rows)s        </tbody>',
    '    </table>')


def _legend_box(summary, title, rows):
    lines = ['<table border="" summary="%s">' % summary,
             '                      <tr><th%s> %s </th> </tr>' % (
                 ' colspan="2"' if summary == 'Links' else '', title)]
    for row in rows:
        lines.append('                      <tr>%s</tr>' % row)
    lines.append('                  </table></td>')
    return '\n'.join(lines)


_HTML_LEGEND = _lines(
    '',
    '    <table class="diff" summary="Legends">',
    '        <tr> <th colspan="2"> Legends </th> </tr>',
    '        <tr> <td> ' + _legend_box('Colors', 'Colors', [
        '<td class="diff_add">&nbsp;Added&nbsp;</td>',
        '<td class="diff_chg">Changed</td> ',
        '<td class="diff_sub">Deleted</td> ']),
    '             <td> ' + _legend_box('Links', 'Links', [
        '<td>(f)irst change</td> ',
        '<td>(n)ext change</td> ',
        '<td>(t)op</td> ']) + ' </tr>',
    '    </table>')

_HTML_MARKS = (('\0+', '<span class="diff_add">'),
               ('\0-', '<span class="diff_sub">'),
               ('\0^', '<span class="diff_chg">'),
               ('\1', '</span>'),
               ('\t', '&nbsp;'))


class HtmlDiff(object):
    """Side-by-side HTML comparison of two lists of lines, with intraline
    changes highlighted and next-change links, in 2.7's page layout."""

    _styles = _HTML_STYLES
    _file_template = _HTML_PAGE
    _table_template = _HTML_TABLE
    _legend = _HTML_LEGEND
    # tables made so far: each gets its own anchor prefixes (from0_, to0_...)
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='',
                  context=False, numlines=5):
        """A complete XHTML page holding make_table's table and a legend."""
        table = self.make_table(fromlines, tolines, fromdesc, todesc,
                                context=context, numlines=numlines)
        return self._file_template % {'styles': self._styles,
                                      'legend': self._legend,
                                      'table': table}

    def _expand(self, line):
        # expand tabs to the tab size, keeping the resulting blanks apart
        # (as '\t') from real spaces so the differ sees them the same way
        # whatever the tab stops; they become &nbsp; at the end
        line = line.replace(' ', '\0').expandtabs(self._tabsize)
        return line.replace(' ', '\t').replace('\0', ' ').rstrip('\n')

    def _wrap_cell(self, number, text, out):
        """Split text into pieces of at most wrapcolumn visible characters,
        the continuations numbered '>'; a change span cut in two is closed
        and reopened."""
        width = self._wrapcolumn
        while True:
            if (not number or len(text) <= width or
                    len(text) - 3 * text.count('\0') <= width):
                out.append((number, text))
                return
            i = shown = 0
            kind = ''
            while shown < width and i < len(text):
                ch = text[i]
                if ch == '\0':
                    kind = text[i + 1]
                    i += 2
                elif ch == '\1':
                    kind = ''
                    i += 1
                else:
                    i += 1
                    shown += 1
            head, text = text[:i], text[i:]
            if kind:
                head += '\1'
                text = '\0' + kind + text
            out.append((number, head))
            number = '>'

    def _wrapped(self, rows):
        for left, right, changed in rows:
            if changed is None:
                yield left, right, changed
                continue
            lefts, rights = [], []
            self._wrap_cell(left[0], left[1], lefts)
            self._wrap_cell(right[0], right[1], rights)
            for k in range(max(len(lefts), len(rights))):
                a = lefts[k] if k < len(lefts) else ('', ' ')
                b = rights[k] if k < len(rights) else ('', ' ')
                yield a, b, changed

    def _html_cell(self, side, cell):
        number, text = cell
        if isinstance(number, (int, long)):
            number = '%d' % number
            anchor = ' id="%s%s"' % (self._prefix[side], number)
        else:
            anchor = ''
        text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
        text = text.replace(' ', '&nbsp;').rstrip()
        return ('<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>'
                % (anchor, number, text))

    def make_table(self, fromlines, tolines, fromdesc='', todesc='',
                   context=False, numlines=5):
        """An XHTML table comparing fromlines with tolines side by side;
        with context true only the changes and numlines lines around
        them are shown."""
        cls = HtmlDiff
        self._prefix = ['from%d_' % cls._default_prefix,
                        'to%d_' % cls._default_prefix]
        cls._default_prefix += 1
        fromlines = [self._expand(line) for line in fromlines]
        tolines = [self._expand(line) for line in tolines]
        rows = _mdiff(fromlines, tolines, numlines if context else None,
                      linejunk=self._linejunk, charjunk=self._charjunk)
        if self._wrapcolumn:
            rows = self._wrapped(rows)
        cells = []
        flags = []
        for left, right, changed in rows:
            if changed is None:
                cells.append(None)
            else:
                cells.append((self._html_cell(0, left), self._html_cell(1, right)))
            flags.append(changed)
        body = self._rows_html(cells, flags, context, numlines)
        if fromdesc or todesc:
            header = ('<thead><tr><th class="diff_next"><br /></th>'
                      '<th colspan="2" class="diff_header">%s</th>'
                      '<th class="diff_next"><br /></th>'
                      '<th colspan="2" class="diff_header">%s</th></tr></thead>'
                      % (fromdesc, todesc))
        else:
            header = ''
        table = self._table_template % {'data_rows': body,
                                        'header_row': header,
                                        'prefix': self._prefix[1]}
        for mark, html in _HTML_MARKS:
            table = table.replace(mark, html)
        return table

    def _rows_html(self, cells, flags, context, numlines):
        """The table rows with the diff_next column: an anchor numlines rows
        before each change, an 'n' link to the next one on its first row,
        'f' on the first row when that is not a change, 't' on the last."""
        top = self._prefix[1]
        anchors = [''] * len(flags)
        links = [''] * len(flags)
        changes = 0
        last = 0
        for i in range(len(flags)):
            if flags[i] and not (i and flags[i - 1]):
                last = i
                anchors[max(0, i - numlines)] = (
                    ' id="difflib_chg_%s_%d"' % (top, changes))
                changes += 1
                links[i] = '<a href="#difflib_chg_%s_%d">n</a>' % (top, changes)
        if not flags:
            if context:
                note = '<td></td><td>&nbsp;No Differences Found&nbsp;</td>'
            else:
                note = '<td></td><td>&nbsp;Empty File&nbsp;</td>'
            cells, flags, anchors, links = [(note, note)], [False], [''], ['']
        if not flags[0]:
            links[0] = '<a href="#difflib_chg_%s_0">f</a>' % top
        links[last] = '<a href="#difflib_chg_%s_top">t</a>' % top
        out = []
        for i in range(len(flags)):
            if cells[i] is None:
                if i:
                    out.append('        </tbody>        \n        <tbody>\n')
                continue
            out.append('            <tr><td class="diff_next"%s>%s</td>%s'
                       '<td class="diff_next">%s</td>%s</tr>\n'
                       % (anchors[i], links[i], cells[i][0], links[i], cells[i][1]))
        return ''.join(out)
