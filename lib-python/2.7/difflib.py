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


def _escape_html(text):
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


class HtmlDiff(object):
    """Side-by-side HTML tables of line differences (a simpler layout than
    2.7's: one row per line pair, changed cells marked with the 2.7 CSS
    classes diff_add, diff_chg and diff_sub)."""

    _styles = """
        table.diff {font-family:Courier; border:medium;}
        .diff_header {background-color:#e0e0e0}
        td.diff_header {text-align:right}
        .diff_next {background-color:#c0c0c0}
        .diff_add {background-color:#aaffaa}
        .diff_chg {background-color:#ffff77}
        .diff_sub {background-color:#ffaaaa}"""

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='',
                  context=False, numlines=5):
        """A complete HTML page holding make_table's table."""
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"\n'
                '          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                '<html>\n<head>\n'
                '    <meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1" />\n'
                '    <title></title>\n    <style type="text/css">%s\n    </style>\n'
                '</head>\n<body>\n%s\n</body>\n</html>\n'
                % (self._styles, self.make_table(fromlines, tolines, fromdesc, todesc,
                                                 context, numlines)))

    def _cell(self, num, text, cls):
        text = _escape_html(text.expandtabs(self._tabsize).rstrip('\n'))
        if cls:
            text = '<span class="%s">%s</span>' % (cls, text)
        number = '' if num is None else str(num)
        return ('<td class="diff_header">%s</td><td nowrap="nowrap">%s</td>'
                % (number, text.replace(' ', '&nbsp;')))

    def make_table(self, fromlines, tolines, fromdesc='', todesc='',
                   context=False, numlines=5):
        """An HTML table comparing the two lists of lines side by side."""
        rows = []
        matcher = SequenceMatcher(self._linejunk, fromlines, tolines)
        if context:
            groups = list(matcher.get_grouped_opcodes(numlines))
        else:
            groups = [matcher.get_opcodes()]
        for g, group in enumerate(groups):
            if g:
                rows.append('<tbody>\n')
            for tag, i1, i2, j1, j2 in group:
                n = max(i2 - i1, j2 - j1)
                for k in range(n):
                    i, j = i1 + k, j1 + k
                    left = fromlines[i] if i < i2 else None
                    right = tolines[j] if j < j2 else None
                    if tag == 'equal':
                        lcls = rcls = None
                    elif tag == 'delete':
                        lcls, rcls = 'diff_sub', None
                    elif tag == 'insert':
                        lcls, rcls = None, 'diff_add'
                    else:
                        lcls = 'diff_chg' if left is not None else None
                        rcls = 'diff_chg' if right is not None else None
                        if left is None:
                            rcls = 'diff_add'
                        if right is None:
                            lcls = 'diff_sub'
                    rows.append('<tr><td class="diff_next"></td>%s<td class="diff_next"></td>%s</tr>\n'
                                % (self._cell(i + 1 if left is not None else None, left or '', lcls),
                                   self._cell(j + 1 if right is not None else None, right or '', rcls)))
        header = ''
        if fromdesc or todesc:
            header = ('<thead><tr><th class="diff_next"><br /></th>'
                      '<th colspan="2" class="diff_header">%s</th>'
                      '<th class="diff_next"><br /></th>'
                      '<th colspan="2" class="diff_header">%s</th></tr></thead>'
                      % (fromdesc, todesc))
        return ('<table class="diff" id="difflib_chg_to0__top"\n'
                '           cellspacing="0" cellpadding="0" rules="groups" >\n'
                '        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>\n'
                '        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>\n'
                '        %s\n        <tbody>\n%s        </tbody>\n    </table>'
                % (header, ''.join(rows)))
