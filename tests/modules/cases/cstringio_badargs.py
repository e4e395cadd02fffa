# cStringIO: positions and sizes are C integers, checked like 2.7 ("n", "i").
import cStringIO
for make in (lambda: cStringIO.StringIO('abc\ndef\n'), cStringIO.StringIO):
    for m, a in [('seek', (None,)), ('seek', (2**63,)), ('seek', (1.5,)), ('seek', (0, None)), ('seek', (0, 2**31)), ('seek', (1, 1)),
                 ('read', (None,)), ('read', (2**63,)), ('read', (2,)), ('readline', (None,)), ('readline', (2**31,)), ('readline', (2,)),
                 ('readlines', (None,)), ('readlines', (1,)), ('truncate', (None,)), ('truncate', (2**63,)), ('truncate', ('x',)), ('truncate', ()), ('truncate', (-1,))]:
        s = make()
        try:
            print m, a, 'ok', repr(getattr(s, m)(*a))
        except Exception as e:
            print m, a, type(e).__name__, e
