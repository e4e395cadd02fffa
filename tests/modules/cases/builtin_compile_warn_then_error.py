# a SyntaxWarning found before a SyntaxError is still issued
import warnings
source = """if 1:
    def error(a):
        global a  # SyntaxError
    def warning():
        b = 1
        global b  # SyntaxWarning
    """
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    try:
        compile(source, "<src>", "exec")
    except SyntaxError as e:
        print "SyntaxError", e
    print [(str(x.message), x.category.__name__, x.lineno) for x in w]
