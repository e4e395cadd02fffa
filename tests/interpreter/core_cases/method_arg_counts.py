def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e
t(lambda: (1j).conjugate(1))
t(lambda: [].append())
t(lambda: [].append(1, 2))
t(lambda: [].insert(1))
t(lambda: [].pop(1, 2, 3))
t(lambda: "a".upper(1))
t(lambda: (1).__add__())
t(lambda: (1).__add__(1, 2))
t(lambda: {}.keys(1))
t(lambda: {}.get())
t(lambda: "".join())
t(lambda: "".replace(1))
t(lambda: list.append())
t(lambda: [].__len__(1))
t(lambda: (1.0).hex(2))
t(lambda: set().add())
t(lambda: u"".upper(2))
