"""Tests of the generator: rendering, wire decisions, the change report."""
