import warnings
warnings.simplefilter('ignore')
import mutex
m = mutex.mutex()
out = []
print m.test(), m.testandset(), m.testandset(), m.test()
m.unlock()
print m.test()
m.lock(out.append, 1)
m.lock(out.append, 2)
m.lock(out.append, 3)
print out, len(m.queue), m.test()
m.unlock(); print out, m.test()
m.unlock(); print out, m.test()
m.unlock(); print out, m.test()
