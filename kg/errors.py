"""One base for every error kg reports to its user, so the CLI catches :class:`KgError` once.

Each concrete error keeps the built-in base it had before (``AliasPackError`` is still a
``ValueError``, ``EntityNotFound`` still a ``KeyError``…), so existing ``except`` clauses work
unchanged, and every message is exactly what it was. The errors are defined here, in one file, as
spaCy keeps its messages in ``spacy/errors.py``; the modules that raise them re-export them under
their old names (``kg.aliases.AliasPackError`` and so on).
"""

from __future__ import annotations

import os

__all__ = [
    "AliasPackError", "BoltError", "DatabaseMissing", "EmptyCorpus", "EngineUnavailable", "EntityNotFound",
    "GoldFileError", "KgError", "ModelNotFound", "OutputError", "PatternTimeout",
    "SourceNotFound", "UnreadableFile",
]


class KgError(Exception):
    """Base of every error kg raises on purpose; its message is meant for the user as it is."""

    #: The CLI's exit code for this error: 1 a failed command, 2 bad usage (a missing path).
    exit_code: int = 1


class AliasPackError(KgError, ValueError):
    """A malformed pack; the message names the file and line."""


class PatternTimeout(AliasPackError):
    """A pack pattern exceeded its matching-time limit on a document."""


class EmptyCorpus(KgError, ValueError):
    """No readable document was found in the sources."""


class EngineUnavailable(KgError, RuntimeError):
    """An unknown ``--engine``, or one whose optional extra is not installed (the message says how)."""


class GoldFileError(KgError, ValueError):
    """The gold file cannot be read or is malformed; the message names the file (and line or entry)."""


class OutputError(KgError, OSError):
    """The output folder cannot take the outputs (not a folder, read-only, full, locked…).

    The message is one line and says that the previous outputs, if any, are unchanged.
    """


class ModelNotFound(KgError, RuntimeError):
    """No usable spaCy pipeline is installed (or the named one is missing)."""


class SourceNotFound(KgError, FileNotFoundError):
    """A path given as a source does not exist (the only fatal input error)."""

    exit_code = 2

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(f"source not found: {path!s}")
        self.filename = str(path)

    def __str__(self) -> str:
        text = str(self.args[0])
        return text if "\n" not in text else f"source not found: {self.filename!r}"


class UnreadableFile(KgError):
    """A file that exists but holds no usable text; ``reason`` is short and user-facing."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class EntityNotFound(KgError, KeyError):
    """No entity of the graph has this name (the message suggests close names).

    A ``KeyError`` would print its message with quotes around it; this one prints it as written.
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class DatabaseMissing(KgError, RuntimeError):
    """A folder without the embedded database (built by an older kg, or not a build folder)."""

    exit_code = 2


class BoltError(KgError, RuntimeError):
    """The server could not be reached or refused the data (the driver's message inside)."""
