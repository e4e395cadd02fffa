"""Generators over the parts of a message tree and the lines of its bodies."""

__all__ = ['body_line_iterator', 'typed_subpart_iterator', 'walk']

from cStringIO import StringIO


def walk(self):
    """Depth-first, self first: every part of the message tree."""
    yield self
    subparts = self.get_payload() if self.is_multipart() else ()
    for part in subparts:
        # each subpart's own walk(), so subclasses may refine it
        for inner in part.walk():
            yield inner


def body_line_iterator(msg, decode=False):
    """Every line of every string payload in the tree, in order."""
    for part in msg.walk():
        body = part.get_payload(decode=decode)
        if not isinstance(body, basestring):
            continue
        for line in StringIO(body):
            yield line


def typed_subpart_iterator(msg, maintype='text', subtype=None):
    """The parts of type maintype/subtype; any subtype when it is None."""
    for part in msg.walk():
        if part.get_content_maintype() != maintype:
            continue
        if subtype is not None and part.get_content_subtype() != subtype:
            continue
        yield part
