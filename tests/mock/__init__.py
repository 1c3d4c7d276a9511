"""Tests of the mock package (mock/src/mixroute_mock) and of peers using it."""
