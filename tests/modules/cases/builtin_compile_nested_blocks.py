# more than 20 statically nested blocks is a SyntaxError without location
for n, head in [(20, "for x in y:"), (21, "for x in y:"), (22, "while 1:"), (21, "try:")]:
    src = ""
    for i in range(n):
        src += " " * i + head + "\n"
    src += " " * n + "pass\n"
    if head == "try:":
        for i in range(n - 1, -1, -1):
            src += " " * i + "finally: pass\n"
    try:
        compile(src, "f", "exec")
        print n, head, "ok"
    except SyntaxError as e:
        print n, head, e.args, e.filename, e.lineno, str(e)
