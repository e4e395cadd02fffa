# _bisect on sequences near sys.maxsize (lo + hi overflows a word) and on
# list subclasses that override insert
import bisect, sys

class Range(object):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return i

n = sys.maxsize
print bisect.bisect_left(Range(n - 1), n - 3) == n - 3, bisect.bisect_right(Range(n - 1), n - 3) == n - 2

class L(list):
    def insert(self, i, x):
        print 'insert', i, x
        list.insert(self, i, x)

l = L([1, 3])
bisect.insort(l, 2)
bisect.insort_left(l, 0)
print l
