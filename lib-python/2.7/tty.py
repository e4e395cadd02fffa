"""Terminal modes: put a terminal in raw or cbreak mode.

Re-exports termios (tcgetattr, tcsetattr, the flag constants...) and
names the fields of the list tcgetattr returns.
"""

from termios import *

__all__ = ["setraw", "setcbreak"]

# indexes into the attribute list of tcgetattr
IFLAG, OFLAG, CFLAG, LFLAG, ISPEED, OSPEED, CC = range(7)


def setraw(fd, when=TCSAFLUSH):
    """Raw mode: no input processing, no echo, no signals from keys,
    8-bit characters, and reads return after each byte."""
    attrs = tcgetattr(fd)
    attrs[IFLAG] &= ~(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
    attrs[OFLAG] &= ~OPOST
    attrs[CFLAG] = (attrs[CFLAG] & ~(CSIZE | PARENB)) | CS8
    attrs[LFLAG] &= ~(ECHO | ICANON | IEXTEN | ISIG)
    attrs[CC][VMIN] = 1
    attrs[CC][VTIME] = 0
    tcsetattr(fd, when, attrs)


def setcbreak(fd, when=TCSAFLUSH):
    """Cbreak mode: no echo and no line editing, but signals and output
    processing stay; reads return after each byte."""
    attrs = tcgetattr(fd)
    attrs[LFLAG] &= ~(ECHO | ICANON)
    attrs[CC][VMIN] = 1
    attrs[CC][VTIME] = 0
    tcsetattr(fd, when, attrs)
