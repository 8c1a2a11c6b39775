"""Exceptions raised by Frontline. Each carries a message fit to show a user as it is."""

from __future__ import annotations


class FrontlineError(Exception):
    """Base class for every error Frontline raises on purpose."""


class BadInput(FrontlineError):
    """An article, manifest or parameter that cannot be used; names the file (and line)."""

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.reason = message
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")
