"""Line editing, history and completion at the >>> prompt of the translated
interpreter in a real terminal (tmux): the readline module over GNU
readline, imported by the prompt as in 2.7."""
import os
import tempfile
import time

from pypy27.tests.goal.test_prompt_tmux import Tmux
from pypy27.tests.translator.translation import translated


def prompt_lines(t: Tmux) -> list[str]:
    return [line.rstrip() for line in t.screen().splitlines()]


def test_editing_history_and_completion() -> None:
    exe = translated("pypy27.goal.targetpypy")
    home = tempfile.mkdtemp()          # no ~/.inputrc of the user
    t = Tmux("env HOME=%s INPUTRC=/dev/null %s" % (home, exe))
    try:
        t.wait_for(">>>", 1)
        # cursor keys edit the line: insert a missing letter in the middle
        t.send("print 'hllo'")
        t.send("Left", "Left", "Left", "Left", "e", "Enter")
        t.wait_for(">>>", 2)
        # Up recalls the previous line; edit it at the start (Home) and end
        t.send("Up", "Home", "Right", "Right", "Right", "Right", "Right", "Right",
               "Right", "Delete", "H", "Enter")
        t.wait_for(">>>", 3)
        t.send("Up", "Up", "Enter")     # two lines back: the first one again
        t.wait_for(">>>", 4)
        # raw_input reads through readline too
        t.send("x = raw_input('? ')", "Enter")
        t.wait_for("? ", 1)
        t.send("abc", "Left", "Z", "Enter")
        t.wait_for(">>>", 5)
        t.send("x", "Enter")
        t.wait_for(">>>", 6)
        # Tab inserts itself until it is bound to completion (2.7's default)
        t.send("import os, readline, rlcompleter", "Enter")
        t.wait_for(">>>", 7)
        t.send("readline.parse_and_bind('tab: complete')", "Enter")
        t.wait_for(">>>", 8)
        t.send("os.getcw", "Tab")       # common prefix of getcwd( and getcwdu(
        t.send("u", "Tab")              # the only match: os.getcwdu(
        t.send(") == os.getcwdu()", "Enter")
        t.wait_for(">>>", 9)
        t.send("os.pa", "Tab", "Tab")   # ambiguous: the second Tab lists
        t.wait_for("os.pathsep", 1)
        # Ctrl-C abandons the line being edited
        t.send("C-c")
        t.wait_for("KeyboardInterrupt", 1)
        t.send("len(readline.get_history_item(1))", "Enter")
        t.wait_for("13", 1)
        lines = prompt_lines(t)
        assert ">>> print 'hello'" in lines
        assert lines.count("hello") == 2
        assert ">>> print 'Hello'" in lines and "Hello" in lines
        assert "? abZc" in lines and "'abZc'" in lines
        assert ">>> os.getcwdu() == os.getcwdu()" in lines
        assert lines[lines.index(">>> os.getcwdu() == os.getcwdu()") + 1] == "True"
        listing = [line for line in lines if "os.pathsep" in line and "os.pardir" in line]
        assert listing, lines
        assert "KeyboardInterrupt" in lines
        assert "13" in lines                       # len("print 'hello'")
        t.send("C-d")
        deadline = time.time() + 30
        while t.alive() and time.time() < deadline:
            time.sleep(0.05)
        assert not t.alive(), "Ctrl-D did not leave the prompt"
    finally:
        t.kill()
        import shutil
        shutil.rmtree(home, ignore_errors=True)
