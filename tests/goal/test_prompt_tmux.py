"""The interactive prompt of the translated interpreter in a real terminal
(tmux): results echoed, multi-line statements, a syntax error, Ctrl-C
interrupting a running loop and at the prompt, Ctrl-D leaving."""
import subprocess
import time
import uuid

from pypy27.tests.translator.translation import translated


class Tmux(object):
    def __init__(self, cmd: str) -> None:
        self.name = "pypy27-" + uuid.uuid4().hex[:8]
        subprocess.run(["tmux", "new-session", "-d", "-s", self.name, "-x", "120", "-y", "50", cmd], check=True)

    def screen(self) -> str:
        r = subprocess.run(["tmux", "capture-pane", "-p", "-t", self.name, "-S", "-200"],
                           stdout=subprocess.PIPE, text=True)
        return r.stdout.rstrip("\n")

    def alive(self) -> bool:
        return subprocess.run(["tmux", "has-session", "-t", self.name],
                              stderr=subprocess.DEVNULL).returncode == 0

    def wait_for(self, text: str, count: int, timeout: float = 60.0) -> str:
        """Wait until text appears at least count times on the screen."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            s = self.screen()
            if s.count(text) >= count:
                return s
            time.sleep(0.05)
        raise AssertionError("timed out waiting for %r x%d; screen:\n%s" % (text, count, self.screen()))

    def send(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name] + list(keys), check=True)

    def kill(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], stderr=subprocess.DEVNULL)


def test_prompt_in_a_terminal() -> None:
    exe = translated("pypy27.goal.targetpypy")
    t = Tmux(exe)
    try:
        t.wait_for(">>>", 1)
        t.send("6 * 7", "Enter")
        t.wait_for(">>>", 2)
        t.send("def f(x):", "Enter")
        t.wait_for("...", 1)
        t.send("    return x + 1", "Enter")
        t.wait_for("...", 2)
        t.send("Enter")
        t.wait_for(">>>", 3)
        t.send("f(41)", "Enter")
        t.wait_for(">>>", 4)
        t.send("1 +* 2", "Enter")
        t.wait_for(">>>", 5)
        t.send("while True: pass", "Enter")
        t.wait_for("...", 3)
        t.send("Enter")
        time.sleep(0.5)
        t.send("C-c")
        t.wait_for(">>>", 6)
        t.send("C-c")
        t.wait_for(">>>", 7)
        t.send("_", "Enter")
        screen = t.wait_for(">>>", 8)
        lines = screen.splitlines()
        assert ">>> 6 * 7" in lines and "42" in lines
        assert lines.count("42") == 3          # 6 * 7, f(41), and _ afterwards
        assert "SyntaxError: invalid syntax" in lines
        assert lines.count("KeyboardInterrupt") == 2
        t.send("C-d")
        deadline = time.time() + 30
        while t.alive() and time.time() < deadline:
            time.sleep(0.05)
        assert not t.alive(), "Ctrl-D did not leave the prompt"
    finally:
        t.kill()
