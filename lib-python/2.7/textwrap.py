"""Wrapping and filling of text paragraphs (Python 2.7's textwrap)."""

import re
import string

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent']

_WHITESPACE = '\t\n\x0b\x0c\r '

try:
    unicode
except NameError:
    unicode = str


class TextWrapper(object):
    """Wraps paragraphs into lines at most `width` columns wide.

    Options (attributes): width, initial_indent, subsequent_indent,
    expand_tabs, replace_whitespace, fix_sentence_endings,
    break_long_words, drop_whitespace, break_on_hyphens."""

    whitespace_trans = string.maketrans(_WHITESPACE, ' ' * len(_WHITESPACE))
    unicode_whitespace_trans = dict((ord(c), ord(u' ')) for c in _WHITESPACE)

    # a chunk is a run of whitespace, a word ending in a hyphen that another
    # word follows, or a run of two or more dashes between words
    wordsep_re = re.compile(
        r'(\s+'
        r'|[^\s\w]*\w+[^0-9\W]-(?=\w+[^0-9\W])'
        r'|(?<=[\w\!\"\'\&\.\,\?])-{2,}(?=\w))')
    wordsep_simple_re = re.compile(r'(\s+)')
    # a chunk ending a sentence: lower-case letter, punctuation, maybe a quote
    sentence_end_re = re.compile(r'[a-z]'
                                 r'[\.\!\?]'
                                 r'[\"\']?'
                                 r'\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True):
        self.width = width
        # what goes before the first line and before each later one
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        # preparing the text
        self.expand_tabs, self.replace_whitespace = expand_tabs, replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        # where lines may break and what happens at the breaks
        self.break_on_hyphens, self.break_long_words = break_on_hyphens, break_long_words
        self.drop_whitespace = drop_whitespace
        # the same separators for unicode text, with Unicode classes
        self.wordsep_re_uni = re.compile(self.wordsep_re.pattern, re.U)
        self.wordsep_simple_re_uni = re.compile(self.wordsep_simple_re.pattern, re.U)

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs()
        if self.replace_whitespace:
            if isinstance(text, str):
                text = text.translate(self.whitespace_trans)
            elif isinstance(text, unicode):
                text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        wide = isinstance(text, unicode)
        if self.break_on_hyphens:
            splitter = self.wordsep_re_uni if wide else self.wordsep_re
        else:
            splitter = self.wordsep_simple_re_uni if wide else self.wordsep_simple_re
        return filter(None, splitter.split(text))

    def _fix_sentence_endings(self, chunks):
        i = 0
        search = self.sentence_end_re.search
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            room = 1
        else:
            room = width - cur_len
        if self.break_long_words:
            word = reversed_chunks[-1]
            cur_line.append(word[:room])
            reversed_chunks[-1] = word[room:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        lines = []
        todo = chunks[::-1]        # the next chunk is at the end
        while todo:
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            # whitespace does not start a line (except the first)
            if self.drop_whitespace and lines and todo[-1].strip() == '':
                del todo[-1]
            line = []
            used = 0
            while todo and used + len(todo[-1]) <= width:
                used += len(todo[-1])
                line.append(todo.pop())
            if todo and len(todo[-1]) > width:
                self._handle_long_word(todo, line, used, width)
            if self.drop_whitespace and line and line[-1].strip() == '':
                del line[-1]
            if line:
                lines.append(indent + ''.join(line))
        return lines

    def wrap(self, text):
        """The paragraph as a list of lines without final newlines."""
        chunks = self._split(self._munge_whitespace(text))
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The paragraph wrapped into one string of lines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into a list of lines of at most width columns."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph into a string of lines of at most width columns."""
    return TextWrapper(width=width, **kwargs).fill(text)


_blank_line_re = re.compile('^[ \t]+$', re.MULTILINE)
_indent_re = re.compile('(^[ \t]*)(?:[^ \t\n])', re.MULTILINE)


def dedent(text):
    """Remove the whitespace prefix common to all non-blank lines (lines
    of only blanks become empty)."""
    text = _blank_line_re.sub('', text)
    indents = _indent_re.findall(text)
    margin = indents[0] if indents else None
    for indent in indents[1:]:
        # shrink margin to the longest prefix it shares with this indent
        shared = 0
        limit = min(len(margin), len(indent))
        while shared < limit and margin[shared] == indent[shared]:
            shared += 1
        margin = margin[:shared]
    if margin:
        text = re.sub(r'(?m)^' + margin, '', text)
    return text
