"""The build's progress bar on stderr: a spinner, the stage, a bar, done/total and a rate that starts
when parsing can start (see :class:`RateColumn`). Kept apart from :mod:`kg.cli`, which only parses
options and formats."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, SpinnerColumn, TextColumn
from rich.markup import escape
from rich.text import Text

if TYPE_CHECKING:
    from pathlib import Path

    from rich.progress import Task

    from kg.api import BuildResult
    from kg.model import DocResult, SkippedSource


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


def build_with_progress(sources: list[Path], options: dict, err: Console, *, quiet: bool,
                        verbose: bool) -> tuple[BuildResult, list[SkippedSource]]:
    """``kg.api.build`` (``options``: its keyword arguments) under the progress bar on ``err``;
    the result and the sources it skipped, each reported as it is met unless ``quiet``."""
    from kg.api import build as run_build
    from kg.ingest import count_documents

    skipped: list[SkippedSource] = []

    def on_skip(s: SkippedSource) -> None:
        skipped.append(s)
        if not quiet:
            err.print(f"[yellow]skipped[/] {escape(str(s.path))}: {escape(str(s.reason))}")

    total = count_documents(sources, exclude=[options["output_dir"]])
    progress = progress_bar(err, disable=quiet or total <= 1)
    with progress:
        # "reading" until a document must be parsed (cached ones are served meanwhile), then
        # "loading model", then "extracting".
        task = progress.add_task("reading", total=total or None, started=progress.get_time())

        def on_document(result: DocResult) -> None:
            progress.advance(task)
            if verbose:
                err.print(f"  {result.doc}: {len(result.mentions)} mentions, {len(result.triples)} triples",
                          markup=False)

        def on_stage(stage: str) -> None:
            done = progress.tasks[0].completed
            if stage == "loading model":  # the clock of the rate starts once the model is there
                progress.update(task, description="loading model", started=None)
            elif stage == "extracting":
                progress.update(task, description="extracting", started=progress.get_time(), base=done)
            else:  # extraction is over: say what the wait is for
                progress.update(task, description=f"{stage} ({int(done)} docs)", total=done)

        # quiet: nothing to show per document (and a build that changed nothing reads no result)
        result = run_build([str(s) for s in sources], **options, on_skip=on_skip,
                           on_document=on_document if verbose or not quiet else None, on_stage=on_stage)
    return result, skipped
