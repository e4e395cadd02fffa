"""An incremental parser: feed() text, close() returns the Message."""

__all__ = ['FeedParser']

from email.message import Message


class FeedParser:
    def __init__(self, _factory=Message):
        self._factory = _factory
        self._parts = []

    def feed(self, data):
        self._parts.append(data)

    def close(self):
        from email.parser import Parser   # email.parser imports this module
        return Parser(self._factory).parsestr(''.join(self._parts))
