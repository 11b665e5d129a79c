"""The package's own data tables (``kg/data/*.yaml``), parsed once per process.

Several modules read the same table (``predicates.yaml`` feeds the vocabulary, the implied
types and the type groups); parsing it once, with libyaml's C loader where PyYAML has it, keeps
a cold 300-document build from spending most of a second in the pure-Python YAML parser; the
parsed table is kept between processes (``kg.stored``, keyed by the file's bytes), which spares
even libyaml's 0.07 s in each process of a build, and PyYAML is imported only to parse one.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any


@lru_cache(maxsize=None)
def table(name: str) -> Any:
    """The parsed ``kg/data/<name>``. Shared between callers: read it, never change it.

    >>> "predicates" in table("predicates.yaml")
    True
    """
    import hashlib

    from kg.stored import remembered

    text = resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")
    key = f"{hashlib.sha256(text.encode()).hexdigest()}|{_parser_key()}"
    return remembered(f"data-{name}", key, lambda: _parse(text))


@lru_cache(maxsize=None)
def _parser_key() -> str:
    """PyYAML's version and the loader :func:`_parse` uses (libyaml's C loader where PyYAML was
    built with its ``_yaml`` extension), found without importing PyYAML."""
    from importlib import metadata
    from importlib.util import find_spec

    spec = find_spec("yaml")  # a top-level package: found, not imported
    folder = Path(spec.origin).parent if spec is not None and spec.origin else None
    c_loader = folder is not None and any(folder.glob("_yaml.*"))
    return f"pyyaml={metadata.version('PyYAML')}|{'CSafeLoader' if c_loader else 'SafeLoader'}"


def _parse(text: str) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # noqa: S506 (safe loaders)
