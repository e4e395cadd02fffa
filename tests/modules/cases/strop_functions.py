# strop, the deprecated string-function module: results, errors, warning.
import warnings
import strop

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    strop.lower('A')
print caught[0].category.__name__, caught[0].message

warnings.simplefilter('ignore')
print repr(strop.whitespace), strop.lowercase, strop.uppercase
exprs = [
    'strop.atoi("12x")', 'strop.atoi(" 12 ")', 'strop.atoi("ff", 16)', 'strop.atoi("0x1f", 0)',
    'strop.atoi("12", 1)', 'strop.atoi("12", 37)', 'strop.atoi("")', 'strop.atoi("-12")',
    'strop.atoi(u"12")', 'strop.atoi("99999999999999999999")',
    'strop.atol("12L")', 'strop.atol("")', 'strop.atol("ff", 16)', 'strop.atol("12x")',
    'strop.atof("1.5x")', 'strop.atof("")', 'strop.atof(" 1.5 ")', 'strop.atof("1e500")',
    'strop.split("a  b c", None, 1)', 'strop.split("a,b,c", ",", 1)', 'strop.split("abc", "")',
    'strop.split("a b", None, 0)', 'strop.split("a b", None, -1)', 'strop.splitfields("a b")',
    'strop.find("abcabc", "c", -2)', 'strop.rfind("abcabc", "c", 0, -1)', 'strop.find("abc", "", 5)',
    'strop.count("aaa", "")', 'strop.replace("aaa", "a", "b", 2)', 'strop.replace("aaa", "a", "b", 0)',
    'strop.replace("aaa", "", "b")', 'strop.join(["a", "b"], "-")', 'strop.join(("a",), None)',
    'strop.join([1], "")', 'strop.joinfields(["a", "b"])',
    'strop.maketrans("ab", "c")', 'strop.translate("abc", strop.maketrans("ab", "xy"), "c")',
    'strop.translate("abc", "x")', 'strop.expandtabs("a\\tb", 4)', 'strop.expandtabs("a", -1)',
    'strop.capitalize("aBC")', 'strop.swapcase("aB")', 'strop.lower(1)', 'strop.lower(u"A")',
    'strop.strip(" a ")', 'strop.lstrip(" a ")', 'strop.rstrip("a  ")', 'strop.upper("abc")',
]
for e in exprs:
    try:
        print e, '->', repr(eval(e))
    except Exception as x:
        print e, '->', type(x).__name__, x
