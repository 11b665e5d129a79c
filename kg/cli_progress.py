"""The build's progress bar on stderr: a spinner, the stage, a bar, done/total and a rate that starts
when parsing can start (see :class:`RateColumn`). Kept apart from :mod:`kg.cli`, which only parses
options and formats."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, SpinnerColumn, TextColumn
from rich.text import Text

if TYPE_CHECKING:
    from rich.progress import Task


class RateColumn(ProgressColumn):
    """Documents per second since extraction started (after the model loaded), and the time left.

    Rich's own speed is a moving average over every advance, so the model's load counts as a stall
    and a run of cached documents as a burst; this one starts its clock when parsing can start.
    """

    def render(self, task: Task) -> Text:
        started, base = task.fields.get("started"), task.fields.get("base", 0)
        # Rich keeps ``finished_time`` relative to the task's start, ``started`` is absolute.
        now = task.start_time + task.finished_time if task.finished and task.start_time is not None else task.get_time()
        elapsed = now - started if started else 0.0
        done = task.completed - base
        if not started or done <= 0 or elapsed <= 0:
            return Text("… docs/s", style="progress.data.speed")
        rate = done / elapsed
        text = f"{rate:.1f} docs/s"
        if task.total and not task.finished:
            left = max(task.total - task.completed, 0) / rate
            text += f", {int(left // 60)}:{int(left % 60):02d} left"
        return Text(text, style="progress.data.speed")


def progress_bar(console: Console, *, disable: bool) -> Progress:
    """The bar ``kg build`` shows while it reads, loads the model and extracts (transient)."""
    return Progress(
        SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
        MofNCompleteColumn(), RateColumn(), console=console, transient=True, disable=disable,
    )
