"""``country_short`` (``kg.merge_variants``) on hand-built mentions: a country's name without its
direction word joins the story's one country it shortens, and the names that must stay apart."""

from __future__ import annotations

from kg.model import Mention
from kg.resolve import resolve


def story(*names: tuple[str, str]) -> list[Mention]:
    return [Mention(doc="d", start=100 * k, end=100 * k + len(t), text=t, type=ty, sent_start=100 * k,
                    sent_end=100 * k + 90) for k, (t, ty) in enumerate(names)]


def together(entities, a: str, b: str) -> bool:
    return any({a, b} <= {x.text for x in e.mentions} for e in entities)


def test_macedonia_is_the_storys_north_macedonia():
    ents = resolve(story(("North Macedonia", "GPE"), ("Skopje", "GPE"), ("Macedonia", "GPE")))
    assert together(ents, "North Macedonia", "Macedonia")
    macedonia = next(e for e in ents if any(x.text == "Macedonia" for x in e.mentions))
    assert macedonia.reasons["Macedonia"] == "country_short"


def test_korea_is_south_korea_whatever_korea_the_story_names():
    """"Korea" is the name trade, sport and news give the Republic of Korea (COUNTRY_EXTRA): no
    direction word dropped from "North Korea" ("Ironvale Security's Korea branch" beside "North
    Korea linked hacker group")."""
    ents = resolve(story(("Republic of Korea", "GPE"), ("Seoul", "GPE"), ("Korea", "GPE")))
    assert together(ents, "Republic of Korea", "Korea")
    assert not together(resolve(story(("North Korea", "GPE"), ("Korea", "GPE"))), "North Korea", "Korea")


def test_names_that_stay_apart():
    # a country of its own, a continent
    assert not together(resolve(story(("South Sudan", "GPE"), ("Sudan", "GPE"))), "South Sudan", "Sudan")
    assert not together(resolve(story(("South Africa", "GPE"), ("Africa", "LOC"))), "South Africa", "Africa")


def test_the_short_forms_news_writes_are_their_countries():
    from kg.lexicon.countries import country_of, is_country
    assert is_country("Bosnia-Herzegovina") and is_country("Bosnia") and is_country("DR Congo")
    assert country_of("Bosnia-Herzegovina") == country_of("Bosnia and Herzegovina")
    # regions of the same name stay what the story makes them (country_short joins "Macedonia")
    assert not is_country("Holland") and not is_country("Macedonia") and not is_country("Vatican")
