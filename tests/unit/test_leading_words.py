"""kg.merge_leading.leading_words: a body's first word or two, written after its full name, is
that body ("Keystone" after "Keystone Health Partners"); a longer name that adds a body of its own,
a line of business or a place stays apart, so does a short form two names open or one written
first (but in a headline)."""

from __future__ import annotations

from kg.model import Mention
from kg.resolve import resolve


def m(text: str, start: int, type_: str = "ORG", sent_start: int | None = None) -> Mention:
    s = start if sent_start is None else sent_start
    return Mention(doc="d", start=start, end=start + len(text), text=text, type=type_, sent_start=s, sent_end=s + 99)


def groups(*mentions: Mention) -> list[set[str]]:
    return [g for g in ({x.text for x in e.mentions} for e in resolve(list(mentions))) if len(g) > 1]


def reasons(*mentions: Mention) -> dict[str, str]:
    return {k: v for e in resolve(list(mentions)) for k, v in e.reasons.items()}


def test_a_bodys_leading_words_after_its_full_name():
    ms = (m("Keystone Health Partners", 10), m("Keystone", 200))
    assert groups(*ms) == [{"Keystone Health Partners", "Keystone"}]
    assert reasons(*ms)["Keystone"] == "leading_words"
    assert groups(m("Wexley Athletic", 10), m("Wexley", 200)) == [{"Wexley Athletic", "Wexley"}]


def test_a_headline_may_name_the_body_short_before_the_story_names_it_in_full():
    ms = (m("St. Brendan's", 0, sent_start=0), m("St. Brendan's Community Hospital", 60, sent_start=50),
          m("St. Brendan's", 300, sent_start=290))
    assert groups(*ms) == [{"St. Brendan's", "St. Brendan's Community Hospital"}]
    assert groups(m("Keystone", 100, sent_start=90), m("Keystone Health Partners", 200)) == []  # written first


def test_a_longer_name_that_adds_a_body_a_business_or_a_place_stays_apart():
    for long_ in ("Samsung Electronics", "Ford Museum", "Toyota Europe", "Austar Board", "Maxwell Royal Commission",
                  "Acme New Zealand Limited", "Collins Place"):
        short = long_.split()[0]
        assert groups(m(long_, 10), m(short, 200)) == [], long_


def test_a_short_name_two_bodies_open_or_a_place_or_a_product_stays_apart():
    assert groups(m("Keystone Health Partners", 10), m("Keystone Capital Group", 60), m("Keystone", 200)) == []
    assert groups(m("Sydney Harbour Trust", 10), m("Sydney", 200)) == []
    assert groups(m("Toyota Aurion", 10, type_="PRODUCT"), m("Toyota", 200)) == []
    assert groups(m("Leandro Mbomio Nsue", 10), m("Leandro", 200)) == []  # a given name opens it


def test_the_full_name_labels_the_body_its_leading_words_joined():
    ms = (m("Keystone Health Partners", 10), m("Keystone", 200), m("Keystone", 300), m("Keystone", 400))
    assert [e.label for e in resolve(list(ms))] == ["Keystone Health Partners"]
