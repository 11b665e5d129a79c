"""What ``kg build -q`` needs of the command line's output, without importing Rich.

A quiet build prints nothing when it succeeds: Rich (0.1 s of CPU, a fortieth of a one-shot
rebuild) is imported only when something is printed or the progress bar is shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


class LazyConsole:
    """A Rich ``Console`` made when first used: a quiet ``kg build`` prints nothing, and then
    never imports Rich (0.1 s of CPU, a fortieth of a one-shot rebuild). Attributes are the
    console's; :meth:`console` is the console itself (for Rich's own classes)."""

    def __init__(self, **options: object) -> None:
        self._options = options
        self._console: Console | None = None

    def console(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
        return self._console

    def __getattr__(self, name: str) -> object:
        return getattr(self.console(), name)


def build_quietly_or_not(sources: list[Path], options: dict, err: LazyConsole, *, quiet: bool,
                         verbose: bool) -> tuple:
    """The build, under the progress bar unless ``quiet`` (which shows nothing without ``verbose``:
    no bar, no count of the documents first, and Rich is not imported)."""
    if quiet and not verbose:
        from kg.api import build as run_build

        skipped: list = []
        return run_build([str(s) for s in sources], **options, on_skip=skipped.append), skipped
    from kg.cli_progress import build_with_progress

    return build_with_progress(sources, options, err.console(), quiet=quiet, verbose=verbose)
