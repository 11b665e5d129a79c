"""kg's version, in a module of its own so that modules below the facade can read it without
importing the ``kg`` package root (which lazily imports them back)."""

__version__ = "0.1.0"
