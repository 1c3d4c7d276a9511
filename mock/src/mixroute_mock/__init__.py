"""A spec-driven mock of the Mixroute gateway, for offline use, CI and the contract suite."""

from mixroute_mock.app import create_app
from mixroute_mock.live import running_mock
from mixroute_mock.settings import DEFAULT_API_KEY, MockSettings

__all__ = ["DEFAULT_API_KEY", "MockSettings", "create_app", "running_mock"]
