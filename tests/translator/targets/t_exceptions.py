"""Exceptions: handlers, else/finally, propagation, re-raise, stack overflow, with."""
from pypy27.support.objectmodel import StackOverflow, stack_guard


class AppError(Exception):
    msg: str

    def __init__(self, msg: str) -> None:
        self.msg = msg


class SubError(AppError):
    pass


class Resource:
    name: str
    log: list[str]

    def __init__(self, name: str, log: list[str]) -> None:
        self.name = name
        self.log = log

    def __enter__(self) -> "Resource":
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, a: object, b: object, c: object) -> None:
        self.log.append("exit " + self.name)


def thrower(kind: int) -> int:
    if kind == 1:
        raise AppError("app")
    if kind == 2:
        raise SubError("sub")
    if kind == 3:
        return [1][kind]
    return kind


def classify(kind: int) -> str:
    try:
        thrower(kind)
    except SubError as e:
        return "SubError " + e.msg
    except AppError as e:
        return "AppError " + e.msg
    except (IndexError, KeyError):
        return "lookup"
    else:
        return "none"
    finally:
        print("finally", kind)


def recurse(n: int) -> int:
    return recurse(n + 1) + 1


def loop_with_finally() -> int:
    count = 0
    for i in range(10):
        try:
            if i == 2:
                continue
            if i == 5:
                break
            count += i
        finally:
            count += 100
    return count


def reraiser() -> None:
    try:
        thrower(1)
    except AppError as e:
        e.msg = "changed"
        raise e


def entry_point(argv: list[str]) -> int:
    for k in range(5):
        print(classify(k))
    print(loop_with_finally())
    try:
        reraiser()
    except AppError as e:
        print("reraised", e.msg)
    try:
        with stack_guard():
            recurse(0)
    except StackOverflow:
        print("stack overflow caught")
    log: list[str] = []
    try:
        with Resource("a", log) as r:
            log.append("body " + r.name)
            thrower(2)
    except SubError:
        log.append("caught")
    with Resource("b", log):
        log.append("quiet")
    print(", ".join(log))
    try:
        assert len(argv) > 100, "few arguments"
    except AssertionError:
        print("assertion")
    thrower(1)
    print("not reached")
    return 0
