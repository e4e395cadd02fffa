"""MIMEMultipart: a container message of type multipart/<subtype>."""

__all__ = ['MIMEMultipart']

from email.mime.base import MIMEBase


class MIMEMultipart(MIMEBase):
    """A multipart message, optionally pre-filled with subparts and given a
    fixed boundary (otherwise one is made up when it is generated)."""

    def __init__(self, _subtype='mixed', boundary=None, _subparts=None, **_params):
        MIMEBase.__init__(self, 'multipart', _subtype, **_params)
        # an empty list, not None: the message is multipart from the start
        self._payload = []
        for part in _subparts or ():
            self.attach(part)
        if boundary:
            self.set_boundary(boundary)
