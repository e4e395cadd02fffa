# calendar.main (python -m calendar) and the arithmetic month iterators at
# the ends of datetime's range.
import calendar
import datetime
import sys
import StringIO

calendar.main(['calendar.py', '2004', '2'])
calendar.main(['calendar.py', '-w', '3', '-l', '2', '2004', '2'])
calendar.main(['calendar.py', '-s', '2', '-m', '4', '2004'])
calendar.main(['calendar.py', '-e', 'ascii', '1999', '12'])
calendar.main(['calendar.py', '-t', 'html', '-c', 'x.css', '2004'])

saved = sys.stderr
for argv in (['c', '-t', 'html', '2004', '2'], ['c', '1', '2', '3'],
             ['c', '-L', 'C', '2004'], ['c', '-t', 'pdf']):
    sys.stderr = StringIO.StringIO()
    try:
        calendar.main(argv)
    except SystemExit as e:
        err = sys.stderr.getvalue().splitlines()
        sys.stderr = saved
        print 'exit', e.code, err[-1]
sys.stderr = saved

cal = calendar.Calendar()
print list(cal.itermonthdays(datetime.MINYEAR, 1))
print list(cal.itermonthdays2(datetime.MAXYEAR, 12))[-3:]
print calendar.Calendar(6).monthdays2calendar(2015, 2)
try:
    list(cal.itermonthdays(2004, 13))
except calendar.IllegalMonthError as e:
    print 'IllegalMonthError', e
