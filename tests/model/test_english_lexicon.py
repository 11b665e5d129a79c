"""kg.lexicon.english asked by resolution in a process without spaCy: the English lexicon is
derived once (spaCy, the pipeline's lemmatizer), kept in the user's cache (kg.stored), and read
back by the next process without importing spaCy; a damaged stored value is derived again. The
value is the lexicon the extractors read from the loaded pipeline."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

SCRIPT = """
import hashlib, sys
import kg.lexicon.english, kg.merge_person
imported = 'spacy' in sys.modules
lexicon = kg.lexicon.english.english_lexicon()
print(imported, 'spacy' in sys.modules, len(lexicon), hashlib.sha256(' '.join(sorted(lexicon)).encode()).hexdigest())
"""


def _ask(home) -> list[str]:
    """A fresh process asks for the lexicon with ``home`` as its KG_CACHE_HOME."""
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=600,
                          env=dict(os.environ, KG_CACHE_HOME=str(home)))
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def _digest(lexicon: frozenset[str]) -> str:
    return hashlib.sha256(" ".join(sorted(lexicon)).encode()).hexdigest()


def test_the_lexicon_is_derived_once_then_read_back_without_spacy(tmp_path, nlp):
    from kg.lexicon.english import lexicon_from

    first = _ask(tmp_path)
    assert first[:2] == ["False", "True"]  # importing the modules loads no spaCy; deriving does
    again = _ask(tmp_path)
    assert again[:2] == ["False", "False"] and again[2:] == first[2:]
    assert int(first[2]) > 50_000 and first[3] == _digest(lexicon_from(nlp))  # what the extractors read


def test_a_damaged_stored_lexicon_is_derived_again(tmp_path):
    first = _ask(tmp_path)
    (path,) = (tmp_path / "stored").glob("english-lexicon-*.marshal")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    again = _ask(tmp_path)
    assert again[1] == "True" and again[2:] == first[2:]  # derived (spaCy) and the same words
    assert _ask(tmp_path)[1:] == ["False"] + first[2:]  # and kept again


def test_without_a_cache_it_is_derived_every_time():
    first = _ask("off")
    assert first[:2] == ["False", "True"] and _ask("off") == first


def test_the_word_classes_of_a_process_that_parses_are_the_kept_ones(tmp_path, nlp, monkeypatch):
    """A process that has loaded the pipeline takes the word classes from its lemma index; they
    are the classes kept in the user's cache (derived from the lemmatizer alone) and read without
    a pipeline, class by class."""
    from kg import nlp as kg_nlp
    from kg.lexicon import english

    monkeypatch.setenv("KG_CACHE_HOME", str(tmp_path))
    english.word_classes.cache_clear()
    try:
        from_pipeline = english.word_classes()
        assert kg_nlp.loaded(kg_nlp.resolve_model_name()) is nlp and not list(tmp_path.rglob("*.marshal"))
        monkeypatch.setattr(kg_nlp, "_LOADED", {})  # as in a process that never parsed
        english.word_classes.cache_clear()
        kept = english.word_classes()
        assert list(tmp_path.rglob("word-classes-*.marshal"))  # derived, then kept
        assert kept == from_pipeline and len(kept["noun"]) > 50_000 and "trump" in kept["noun"]
        assert "said" not in kept["noun"] and {"quickly"} <= kept["adv"]
    finally:
        english.word_classes.cache_clear()
