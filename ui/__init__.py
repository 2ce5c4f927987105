"""Qingdu's window: everything that knows Qt. Thin: user actions become calls on `reader`."""
