"""The one-shot rebuild's shortcuts that must change nothing: ASCII text skips ftfy, catalogue's
entry-point groups are selected once, and what the parse child shares with the build is loaded
before the fork."""

from __future__ import annotations

import random
import subprocess
import sys
import warnings

import ftfy
import pytest

from kg import markup


def _ftfy(text: str) -> str:
    return ftfy.fix_text(text, ftfy.TextFixerConfig(unescape_html=False, uncurl_quotes=True, explain=False))


def test_text_that_skips_ftfy_is_what_ftfy_returns():
    rng = random.Random(19)
    alphabet = [chr(c) for c in range(0x20, 0x7F)] + ["\t", "\n"] * 5
    samples = ["", "plain", "a < b &amp; c > d", "He said ''no'' -- twice...", "\t tabbed\n\n\nlines \n",
               "<p>tag</p>&nbsp;", "x" * 5000 + "\n" + "y" * 3000]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 400))) for _ in range(400)]
    for text in samples:
        assert markup._FTFY_UNCHANGED.fullmatch(text)
        assert markup._fix_text(text) == text == _ftfy(text)


@pytest.mark.parametrize("text", ["don\u00e2\u20ac\u2122t", "\u201cquoted\u201d", "carriage\r\nreturn", "bell\x07",
                                  "esc\x1b[31mred\x1b[0m", "\ufb01ne", "\uff21wide", "del\x7f", "cafe\u0301",
                                  "form\x0cfeed", "vertical\x0btab"])
def test_text_with_anything_else_still_goes_through_ftfy(text):
    assert not markup._FTFY_UNCHANGED.fullmatch(text)
    assert markup._fix_text(text) == _ftfy(text)


def test_clean_text_of_plain_ascii_does_not_import_ftfy():
    code = ("import sys; from kg.markup import clean_text; "
            "assert clean_text('A  plain\\n\\n\\nstory &amp; more.') == 'A plain\\n\\nstory & more.'; "
            "assert 'ftfy' not in sys.modules; clean_text('caf\\u00e9 \\u201cx\\u201d'); assert 'ftfy' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_entry_point_groups_are_remembered_and_the_same():
    import catalogue

    from kg.nlp import _remember_entry_points

    before = catalogue.AVAILABLE_ENTRY_POINTS
    try:
        _remember_entry_points()
        after = catalogue.AVAILABLE_ENTRY_POINTS
        _remember_entry_points()  # once is enough: not wrapped twice
        assert catalogue.AVAILABLE_ENTRY_POINTS is after
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            assert isinstance(after, type(before)) and list(after) == list(before)
        for group in ("spacy_factories", "spacy_languages", "thinc_layers", "console_scripts", "no_such_group"):
            assert list(after.select(group=group)) == list(before.select(group=group))
            assert after.select(group=group) is after.select(group=group)
        assert list(after.select(group="console_scripts", name="kg")) == list(
            before.select(group="console_scripts", name="kg"))
    finally:
        catalogue.AVAILABLE_ENTRY_POINTS = before


def test_share_loads_what_the_child_would_load_and_not_spacy():
    code = ("import sys; from kg.engines.background import share; share(['json']); "
            "assert 'kg.api' in sys.modules and 'kg.aliases' in sys.modules; "
            "assert 'numpy' not in sys.modules and 'spacy' not in sys.modules and 'networkx' not in sys.modules; "
            "from kg.lexicon.countries import city_countries, city_names; "
            "assert city_names.cache_info().currsize == city_countries.cache_info().currsize == 1; "
            "share(None); assert 'numpy' in sys.modules and 'spacy' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)
