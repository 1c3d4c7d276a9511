"""Tests of the generated package mixroute_client and its hand-written runtime."""
