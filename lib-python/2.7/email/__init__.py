"""A package for parsing, handling and generating email messages
(Python 2.7's email, version 4 interface)."""

__version__ = '4.0.3'

__all__ = ['base64mime', 'charset', 'encoders', 'errors', 'generator',
           'header', 'iterators', 'message', 'message_from_file',
           'message_from_string', 'mime', 'parser', 'quoprimime', 'utils']


def message_from_string(s, *args, **kws):
    """A Message object parsed from a string."""
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_file(fp, *args, **kws):
    """A Message object parsed from an open file."""
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)
