"""Interface to the expat parser (here the pyexpat module)."""
from pyexpat import *
