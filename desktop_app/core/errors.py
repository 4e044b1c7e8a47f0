"""Errors the core raises on purpose. Their message is for the user, in Indonesian."""

from __future__ import annotations


class LoketError(Exception):
    """A refusal the user must read: validation, permission, conflict. Exit code 1 on the CLI."""

    exit_code = 1

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class ValidationError(LoketError):
    """Input that breaks a rule. ``problems`` lists (field, message) pairs, one per rule."""

    def __init__(self, message: str, problems: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class PermissionDenied(LoketError):
    """The actor's role does not allow the operation (the refusal is audited)."""


class NotFound(LoketError):
    """The record named by the user does not exist."""


class Conflict(LoketError):
    """Someone else changed the record since it was read; nothing was overwritten."""


class DatabaseError(LoketError):
    """The database cannot be opened or used (wrong URL, newer schema, locked, ...)."""
