# The sqlite3 package: the DB-API 2.0 interface to SQLite (see dbapi2.py).
from sqlite3.dbapi2 import *
