"""The one error type of the toy language: bad programs, at compile or run time."""


class ToyError(Exception):
    message: str
    line: int       # source line, 0 when not known yet

    def __init__(self, message: str, line: int = 0) -> None:
        self.message = message
        self.line = line

    def describe(self) -> str:
        if self.line > 0:
            return "line %d: %s" % (self.line, self.message)
        return self.message
