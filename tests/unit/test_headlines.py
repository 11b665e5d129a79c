"""A Title-Case headline's names, cut to what the story below names (``kg.headlines``), on
hand-made mentions; the real model's reading of such a story is in tests/model."""

from __future__ import annotations

import pytest

from kg.headlines import headline_end, title_case_headline, title_case_names
from kg.model import Mention


def mentions(text: str, *names: tuple[str, str]) -> list[Mention]:
    """Mentions of each (text, type), found in ``text`` in order."""
    out, at = [], 0
    for name, type_ in names:
        start = text.index(name, at)
        out.append(Mention("d", start, start + len(name), name, type_, 0, len(text)))
        at = start + 1
    return out


@pytest.mark.parametrize("line,title_case", [
    ("Garvan Guilty On Eleven Counts In Liffey Mutual Fraud Trial", True),
    ("Pettigrew Raises Lyndhurst Offer For Bokamoso", True),
    ("Cholera Outbreak Confirmed In Dhemaji Relief Camps", True),
    ("Hale double fires Townsville to top of the table", False),  # sentence case
    ("LIFFEY MUTUAL CHIEF CHARGED", False),  # capitals: kg.shouting
    ("Liffey Mutual Assurance", False),  # a name: one everyday word
    ("Cairo - Middle East News Agency", False),  # a source line
])
def test_a_title_case_headline(line, title_case):
    assert title_case_headline(line) is title_case


def test_a_headlines_names_are_cut_to_what_the_story_names():
    text = ("Kanazawa Lose Vasconcelos For Six Weeks\n\nKANAZAWA - Kanazawa's top scorer Léo Vasconcelos "
            "will miss six weeks. Vasconcelos tore a hamstring. Cholera Outbreak Confirmed elsewhere.")
    got = title_case_names(mentions(text, ("Kanazawa Lose Vasconcelos", "PERSON"), ("KANAZAWA", "GPE"),
                                    ("Kanazawa", "ORG"), ("Léo Vasconcelos", "PERSON"), ("Vasconcelos", "GPE")), text)
    assert [(m.text, m.type) for m in got if m.end <= headline_end(text)] == [("Kanazawa", "ORG"), ("Vasconcelos", "PERSON")]
    assert [(m.start, m.end) for m in got][:2] == [(0, 8), (14, 25)]
    assert [(m.text, m.type) for m in got if m.start > headline_end(text)] == [
        ("KANAZAWA", "GPE"), ("Kanazawa", "ORG"), ("Léo Vasconcelos", "PERSON"), ("Vasconcelos", "GPE")]


def test_a_headline_name_the_story_never_names_goes_but_a_country_or_a_title_stays():
    text = "Cholera Outbreak Confirmed In Japan Relief Camps\n\nTOKYO - Doctors confirmed cases in camps."
    got = title_case_names(mentions(text, ("Cholera Outbreak Confirmed", "ORG"), ("Japan", "GPE"), ("TOKYO", "GPE")), text)
    assert [m.text for m in got] == ["Japan", "TOKYO"]
    title = "Steppe Commercial Bank\n\nSteppe Commercial Bank JSC is a Kazakh commercial bank."
    got = title_case_names(mentions(title, ("Steppe Commercial Bank", "ORG"), ("Steppe Commercial Bank JSC", "ORG")), title)
    assert [m.text for m in got] == ["Steppe Commercial Bank", "Steppe Commercial Bank JSC"]


def test_a_whole_headline_read_as_one_name_is_cut_when_the_story_never_writes_it():
    # a news headline is never repeated in its story: the whole line NER read as a body is no title
    text = "Trade Tribunal Hears Evidence In Korean Steel Case\n\nThe Canadian International Trade Tribunal met."
    line = "Trade Tribunal Hears Evidence In Korean Steel Case"
    got = title_case_names(mentions(text, (line, "ORG"), ("Canadian International Trade Tribunal", "ORG")), text)
    assert line not in [m.text for m in got]


def test_a_sentence_case_headline_or_none_is_left_alone():
    for text in ("Hale double fires Townsville to top of the table\n\nMarcus Hale scored twice.",
                 "Garvan Guilty On Eleven Counts In Liffey Mutual Fraud Trial. Eamon Garvan was found guilty."):
        ms = mentions(text, ("Hale" if "Hale" in text else "Garvan Guilty", "PERSON"))
        assert title_case_names(ms, text) == ms


def test_a_title_line_ends_at_a_blank_line_or_above_a_longer_line():
    assert headline_end("Steppe Bank\n\nSteppe Bank JSC is a bank.") == 11
    assert headline_end("Tomas Velinder\nTomas Velinder (born 1991) is a Swedish footballer.") == 14
    # hard-wrapped prose: the first line is as long as the next; a first line that is a sentence
    assert headline_end("The Federal Trade Commission said on Monday that\nit had fined the company.") == -1
    assert headline_end("Prices rose.\nThe central bank said on Monday that it would act soon.") == -1

