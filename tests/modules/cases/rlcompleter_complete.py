# rlcompleter.Completer: keywords, globals, builtins and attributes.
import rlcompleter
import readline


class Thing(object):
    colour = "red"
    count = 3

    def clone(self):
        return Thing()

    @property
    def broken(self):
        raise ValueError("no")


ns = {"thing": Thing(), "thin_value": 1, "thinker": len, "mod": rlcompleter, "T": Thing}
c = rlcompleter.Completer(ns)
print sorted([c.complete("thin", i) for i in range(4)])
print [c.complete("whi", i) for i in range(3)]
print sorted(c.global_matches("ab"))
print c.attr_matches("thing.c")
print c.attr_matches("thing.br")
print c.attr_matches("thing.colour.__len")
print c.attr_matches("nothere.x")
print c.attr_matches("thing")
print [c.complete("mod.get_cl", i) for i in range(2)], c.global_matches("T")
print c.complete("", 0)
try:
    rlcompleter.Completer(5)
except TypeError as e:
    print "TypeError", e
print rlcompleter.__all__
print sorted(set(rlcompleter.get_class_members(Thing)) - set(dir(object)))
print readline.get_completer() is not None
main = rlcompleter.Completer()
import __main__
__main__.zz_main_only = 5
print main.complete("zz_main", 0)
