"""A spec-driven mock of the Mixroute gateway, for offline use, CI and the contract suite."""

from tests.mock_server.app import create_app
from tests.mock_server.live import running_mock
from tests.mock_server.settings import DEFAULT_API_KEY, MockSettings

__all__ = ["DEFAULT_API_KEY", "MockSettings", "create_app", "running_mock"]
