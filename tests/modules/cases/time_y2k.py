# time.accept2dyear: read by strftime/asctime/mktime each call; 0 requires 4-digit years
import time
print time.accept2dyear, time.strftime('%Y', (99, 1, 1, 0, 0, 0, 0, 1, 0))
time.accept2dyear = 0
for f in [lambda: time.strftime('%Y', (99, 1, 1, 0, 0, 0, 0, 1, 0)), lambda: time.asctime((5, 1, 1, 0, 0, 0, 0, 1, 0)),
          lambda: time.mktime((68, 1, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime('%Y', (1900, 1, 1, 0, 0, 0, 0, 1, 0))]:
    try:
        print f()
    except ValueError as e:
        print 'ValueError', e
time.accept2dyear = True
print time.strftime('%Y', (5, 1, 1, 0, 0, 0, 0, 1, 0)), time.timezone, time.accept2dyear
time.accept2dyear = 'yes'
try:
    time.strftime('%Y', (5, 1, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print 'ValueError', e
