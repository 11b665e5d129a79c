"""kg.lexicon without the model: the country index, name keys, the two surface-form rankings and
the relations between word lists that the comments in ``kg.lexicon.words`` promise."""

from __future__ import annotations

from collections import Counter

import pytest

from kg.lexicon import countries, names, words
from kg.lexicon.countries import country_keys, country_label, country_names, country_of, country_phrases
from kg.lexicon.english import in_lexicon, misspelled, name_like
from kg.lexicon.names import NameKey, best_form, initials, norm, recase_form, strip_title


@pytest.mark.parametrize("text, country", [
    ("China", "China"), ("the U.S.", "United States"), ("USA", "United States"), ("US", "United States"),
    ("UK", "United Kingdom"), ("Britain", "United Kingdom"), ("America", "United States"),
    ("DEU", "Germany"), ("Korea, Republic of", "South Korea"), ("Taiwan", "Taiwan"),
    ("us", None), ("uk", None), ("Apple", None), ("Washington", None),
])
def test_country_of(text, country):
    assert country_of(text) == country


def test_one_index_three_views():
    """Every view is built from the same pycountry records; each keeps its inclusion rule."""
    records = countries.countries()
    assert len({c.alpha_2 for c in records}) == len(records) > 200
    # names: short, official and common names, lower-cased; never codes
    assert {"china", "people's republic of china", "bolivia, plurinational state of"} <= country_names()
    assert "usa" not in country_names() and "cn" not in country_names()
    # phrases: no comma or bracket names (never written so in running text), no official names
    assert country_phrases()[("united", "states")] == "United States"
    assert not any("," in v or "(" in v for v in country_phrases().values())
    assert ("people", "s", "republic", "of", "china") not in country_phrases()
    # keys: norm'd names and codes, labelled with the common name where there is one
    assert country_keys()["cn"] == country_keys()["chn"] == country_keys()["china"] == "China"
    assert country_keys()["twn"] == "Taiwan"
    assert set(country_keys().values()) == {c.label for c in records}


def test_country_label_round_trip():
    assert country_label("united states") == "United States"
    assert country_label("south korea") == "South Korea"
    assert country_label("atlantis") == "Atlantis"


def test_country_labels_are_forms_a_reader_writes_not_iso_inversions():
    labels = set(country_keys().values())
    assert not any(label.endswith((" of", " of the")) for label in labels)
    assert country_keys()["cod"] == "Democratic Republic of the Congo"
    assert country_keys()["vgb"] == "British Virgin Islands"
    assert country_label("democratic republic of the congo") == "Democratic Republic of the Congo"


@pytest.mark.parametrize("kind, text, spelled", [
    ("name", "apple inc", "apple inc"), ("pack", "apple", "pack:apple"), ("country", "china", "country:china"),
])
def test_name_key_spelled(kind, text, spelled):
    key = NameKey(kind, text)
    assert key.spelled == spelled
    assert key.plain == (kind == "name")


def test_name_keys_of_different_kinds_differ():
    """A pack name and a plain name of the same text are two keys (the string prefixes did this)."""
    assert NameKey("pack", "apple") != NameKey("name", "apple")
    assert len({NameKey("pack", "apple"), NameKey("name", "apple"), NameKey("country", "apple")}) == 3


@pytest.mark.parametrize("text, key", [
    ("the U.S.'s", "us"), ("Tik-Tok", "tik tok"), ("The Washington Post", "washington post"),
    ("Apple’s", "apple"), ("  Foo   Bar ", "foo bar"),
])
def test_norm(text, key):
    assert norm(text) == key


@pytest.mark.parametrize("text, out", [
    ("President Trump", "Trump"), ("Mr. Zhang", "Zhang"), ("President", "President"),
    ("Vice-President Mike Pence", "Mike Pence"),
    # translated news: Thai, Italian and Tanzanian honorifics, a council member's title
    ("Khun Ratana Srisuwan", "Ratana Srisuwan"), ("Dott.ssa Francesca Loiacono", "Francesca Loiacono"),
    ("Honourable Mwakyusa", "Mwakyusa"), ("Councilmember Daniel Strand", "Daniel Strand"),
    ("Bapak Hendro Gunawan", "Hendro Gunawan"), ("Ir. Sri Wahyuningsih", "Sri Wahyuningsih"),
])
def test_strip_title(text, out):
    assert strip_title(text) == out


@pytest.mark.parametrize("text, out", [
    ("Federal Trade Commission", "FTC"), ("Committee on Foreign Investment in the United States", "CFIUS"),
    ("U.S. Trade Representative", "USTR"), ("Hewlett-Packard", "HP"),
])
def test_initials(text, out):
    assert initials(text) == out


def test_the_two_surface_form_rankings_differ_on_purpose():
    forms = Counter({"TIKTOK": 5, "Tiktok": 2, "TikTok": 1, "tiktok": 9})
    assert best_form(forms) == "TikTok" == recase_form(forms, "tiktok")
    # all caps against title case: the label takes the more frequent, recasing never all caps
    caps = Counter({"NASA": 3, "Nasa": 1})
    assert best_form(caps) == "NASA"
    assert recase_form(caps, "nasa") == "Nasa"
    # recasing writes over one word: only a form of the same length will do
    assert recase_form(Counter({"Tik Tok": 4}), "tiktok") == "Tiktok"
    assert best_form(Counter({"Tik Tok": 4, "tiktok": 1})) == "Tik Tok"


def test_word_lists_keep_their_documented_relations():
    assert words.LEADING_TRIM < words.DETERMINERS
    assert "some" in words.DETERMINERS and "some" not in words.LEADING_TRIM
    assert words.PEOPLES_ROLES == (words.ROLE_WORDS | words.PERSON_ROLES) - {
        "netizen", "netizens", "user", "users", "head", "executive"} | {"deputy"}  # a legislator (156d2b7)
    # suffixes continue a name (bank); designators may be dropped from one (plc): not the same list
    assert "bank" in words.ORG_SUFFIXES and "bank" not in words.CORPORATE_DESIGNATORS
    assert "plc" in words.CORPORATE_DESIGNATORS and "plc" not in words.ORG_SUFFIXES
    assert not words.NAME_STOP_WORDS & {"this", "its", "their"}


def test_english_lexicon_checks_with_a_given_lexicon():
    lexicon = frozenset({"skip", "carry", "admit", "hegemony"})
    assert in_lexicon("skipping", lexicon) and in_lexicon("carried", lexicon) and in_lexicon("admitted", lexicon)
    assert in_lexicon("the", lexicon)  # spaCy's stop words count as English
    assert not in_lexicon("tiktok", lexicon)
    assert name_like("wechat", lexicon)
    assert not name_like("hegemonic", lexicon)  # an English derivational ending
    assert not name_like("abc", lexicon)  # too short


def test_lexicon_has_no_pipeline_imports():
    """The lexicon sits below the stages: none of its modules imports a stage module."""
    import ast
    import pathlib

    stages = {"kg.truecase", "kg.entities", "kg.resolve", "kg.relations", "kg.extract", "kg.api", "kg.graph"}
    for module in (words, names, countries):
        tree = ast.parse(pathlib.Path(module.__file__).read_text())
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        assert not imported & stages, module.__name__


def test_english_compound_words_are_told_from_coined_names():
    from kg.lexicon.english import english_compound

    lex = frozenset({"upper", "part", "song", "write", "district", "ice", "field", "smart", "phone", "red"})
    assert [english_compound(w, lex) for w in ("upperparts", "songwriting", "redistricting", "icefield",
                                                 "smartphones")] == [True] * 5
    assert [english_compound(w, lex) for w in ("tiktok", "reddit", "wechat", "quora", "suhuijin", "upper")] == [False] * 6


def test_two_everyday_words_with_a_three_letter_part_are_a_compound():
    """"airplay", "legroom": a part of three letters counts when both parts are everyday words
    (wordfreq); a rare part keeps a coined name out ("yunhome", though "yun" and "home" are listed)."""
    from kg.lexicon.english import english_compound

    lex = frozenset({"air", "play", "leg", "room", "radio", "man", "sub", "plot", "welling", "yun", "home"})
    assert [english_compound(w, lex) for w in ("airplay", "legroom", "radioman", "subplot", "upwelling")] \
        == [True] * 5
    assert english_compound("yunhome", lex) is False


def test_misspelled_english_words():
    """One letter wrong, missing, added or swapped after the first two makes a typo of a word of
    seven letters or more; short words and names' first letters do not count."""
    from kg.lexicon.english import english_lexicon

    lex = english_lexicon()
    assert [misspelled(w, lex) for w in ("inconsistancies", "officals", "embezzlling", "champiom")] == [True] * 4
    assert [misspelled(w, lex) for w in ("quora", "pinterest", "huawei", "tencent", "official")] == [False] * 5


def test_the_city_gazetteer_knows_the_spellings_news_writes():
    from kg.lexicon.countries import city_names

    # Turkish capital İ (its lower case keeps a dot above), Romanian comma below; no airport code
    assert "İstanbul".lower() in city_names() and "İzmir".lower() in city_names()
    assert "timișoara" in city_names() and "the" not in city_names() and "was" not in city_names()


def test_a_title_before_a_name_and_an_abbreviated_one_with_its_full_stop():
    from kg.lexicon.words import person_title

    assert person_title("Mr.") and person_title("Senator") and person_title("Ing.") and person_title("Dra.")
    assert not person_title("ING") and not person_title("Ing")  # a bank's name; the abbreviation needs its stop


def test_a_hyphenated_given_name_is_a_given_name_when_each_part_is():
    from kg.lexicon.given_names import given_name

    assert given_name("Pieter-Jan") and given_name("Jean-Pierre")
    assert not given_name("Rolls-Royce") and not given_name("Coca-Cola")
