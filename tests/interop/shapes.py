"""The structured outputs every client is asked for: a nested model with an enum, dates, a UUID and bounds, the
shapes a team's pydantic models have (`$defs` and `$ref`, `format`, `enum`, `minItems`)."""

from __future__ import annotations

import datetime
import enum
import uuid

from pydantic import BaseModel, Field

from mixroute_mock import DEFAULT_API_KEY

# A name the mock serves by default (the spec's catalogue) that every client knows as an OpenAI model.
MODEL = "gpt-4o"
WRONG_KEY = "sk-wrong-key-for-the-mock"
RATE_LIMITED = {"X-Mock-Fault": "status=429; retry-after=0"}
API_KEY = DEFAULT_API_KEY


class Mood(enum.Enum):
    CALM = "calm"
    STORMY = "stormy"


class Reading(BaseModel):
    taken_at: datetime.datetime
    day: datetime.date
    celsius: float = Field(ge=-90, le=60)


class Forecast(BaseModel):
    """A weather forecast for one city."""

    city: str
    station: uuid.UUID
    mood: Mood
    readings: list[Reading] = Field(min_length=2)


def check_forecast(forecast: Forecast) -> None:
    """What every client's parsed forecast must hold beyond pydantic's own validation."""
    assert isinstance(forecast.mood, Mood)
    assert len(forecast.readings) >= 2
    assert all(isinstance(reading.taken_at, datetime.datetime) for reading in forecast.readings)
