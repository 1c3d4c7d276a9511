"""The Mixroute client generator: spec in, installable package out (see ``generate.py``)."""
