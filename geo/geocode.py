"""Optional online geocoding through any geopy geocoder, off by default.

Used for names the offline gazetteer does not know (a hospital, a square), asked with the city the
article places them in. Each query is asked once: answers, including "not found", are kept in the
store's ``geocode_cache`` table. A service that fails (time-out, rate limit, bad answer) is never fatal: the
caller keeps the gazetteer's placement and the failure is counted, not cached.

Configured by ``FRONTLINE_GEOCODER`` (a geopy service name such as ``nominatim``), with
``FRONTLINE_GEOCODER_DOMAIN``, ``FRONTLINE_GEOCODER_SCHEME`` and ``FRONTLINE_GEOCODER_USER_AGENT``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import get_geocoder_for_service
from sqlalchemy import insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from geo.schema import geocode_table, metadata


@dataclass(frozen=True)
class Found:
    """A point an online geocoder gave for a query."""

    lat: float
    lon: float
    address: str
    source: str  # e.g. "nominatim"


@dataclass(frozen=True)
class OnlineConfig:
    service: str
    domain: str | None = None
    scheme: str | None = None
    user_agent: str = "frontline-news-map"
    min_delay_seconds: float = 1.0
    timeout: float = 5.0


def config_from_env(env: Mapping[str, str] | None = None) -> OnlineConfig | None:
    """The online geocoder the environment asks for, or None (the default: offline only)."""
    env = os.environ if env is None else env
    service = env.get("FRONTLINE_GEOCODER", "").strip()
    if not service:
        return None
    return OnlineConfig(
        service=service,
        domain=env.get("FRONTLINE_GEOCODER_DOMAIN") or None,
        scheme=env.get("FRONTLINE_GEOCODER_SCHEME") or None,
        user_agent=env.get("FRONTLINE_GEOCODER_USER_AGENT") or "frontline-news-map",
    )


class GeocodeCache:
    """Answers by (service, query) in the store's ``geocode_cache`` table; "not found" is kept too."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        metadata.create_all(engine, tables=[geocode_table])

    def get(self, service: str, query: str) -> tuple[bool, Found | None]:
        table = geocode_table
        with self._engine.connect() as conn:
            row = conn.execute(
                select(table.c.lat, table.c.lon, table.c.address).where(
                    table.c.service == service, table.c.query == query
                )
            ).first()
        if row is None:
            return False, None
        return True, None if row.lat is None else Found(row.lat, row.lon, row.address or "", service)

    def put(self, service: str, query: str, found: Found | None) -> None:
        values = {"lat": found.lat, "lon": found.lon, "address": found.address} if found else {}
        try:
            with self._engine.begin() as conn:
                conn.execute(insert(geocode_table).values(service=service, query=query, **values))
        except IntegrityError:  # another process asked the same query at the same time
            pass


class OnlineGeocoder:
    """``locate(query)`` through a rate-limited geocode callable, cached, failing soft."""

    def __init__(self, service: str, geocode: Callable[[str], object], cache: GeocodeCache) -> None:
        self.service = service
        self._geocode = geocode
        self._cache = cache
        self.failures = 0

    def locate(self, query: str) -> Found | None:
        known, found = self._cache.get(self.service, query)
        if known:
            return found
        try:
            location = self._geocode(query)
            found = _found(location, self.service)
        except (GeopyError, OSError, ValueError, TypeError, KeyError):
            self.failures += 1
            return None
        self._cache.put(self.service, query, found)
        return found


def _found(location: object, service: str) -> Found | None:
    if location is None:
        return None
    lat, lon = float(location.latitude), float(location.longitude)  # type: ignore[attr-defined]
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"{service} answered an impossible point ({lat}, {lon})")
    return Found(lat, lon, str(getattr(location, "address", "")), service)


def online_geocoder(config: OnlineConfig, engine: Engine) -> OnlineGeocoder:
    """A geopy geocoder by service name, wrapped in geopy's RateLimiter, with answers cached in the store."""
    cls = get_geocoder_for_service(config.service)
    options: dict[str, object] = {"user_agent": config.user_agent, "timeout": config.timeout}
    if config.domain:
        options["domain"] = config.domain
    if config.scheme:
        options["scheme"] = config.scheme
    geocoder = cls(**options)
    limited = RateLimiter(
        geocoder.geocode, min_delay_seconds=config.min_delay_seconds, max_retries=1, swallow_exceptions=False
    )
    return OnlineGeocoder(config.service, limited, GeocodeCache(engine))
