"""`mixroute-conformance`: which live model bends the spec, and how.

It sends the spec's chat request examples (plain, streamed, with tools) and a structured-output request to a
live base URL for each model, within a request and token budget, reads every reply and every chunk strictly
against the spec, and reports per model each finding by JSON path with the value seen and whether the tolerant
client (mixroute-client, which the mock depends on already for its spec) reads the answer correctly.
"""

from mixroute_mock.conformance.run import Budget, run

__all__ = ["Budget", "run"]
