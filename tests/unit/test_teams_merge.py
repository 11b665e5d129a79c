"""kg.merge_variants.type_vote and kg.teams.team_throughout: a club named after its city keeps
apart from the city across documents, and within one document its mentions share one type."""

from __future__ import annotations

from kg.merge_names import Names
from kg.merge_variants import type_vote
from kg.model import Mention
from kg.teams import team_throughout


def _m(doc: str, text: str, etype: str, origin: str = "ner", start: int = 0) -> Mention:
    return Mention(doc=doc, start=start, end=start + len(text), text=text, type=etype, sent_start=0,
                   sent_end=100, origin=origin)


def _merged(mentions: list[Mention]) -> bool:
    names = Names.of(mentions, {})
    type_vote(names)
    return len({names.find(i) for i in range(len(names.items))}) == 1


def test_a_team_and_a_city_of_two_documents_stay_apart() -> None:
    assert not _merged([_m("club", "Liverpool", "ORG", "typed"), _m("city", "Liverpool", "GPE", start=10)])


def test_ner_noise_and_one_documents_types_still_vote() -> None:
    assert _merged([_m("a", "Liverpool", "ORG"), _m("b", "Liverpool", "GPE", start=10)])  # no sentence said so
    assert _merged([_m("a", "Liverpool", "ORG", "typed"), _m("a", "Liverpool", "GPE", start=10)])  # one document
    assert _merged([_m("a", "Traveland", "ORG", "typed"), _m("b", "Traveland", "GPE", start=10)])  # no city's name


def test_one_document_calls_a_city_one_thing() -> None:
    club = team_throughout([_m("d", "Liverpool", "ORG", "typed"), _m("d", "Liverpool", "GPE", start=50)])
    assert [m.type for m in club] == ["ORG", "ORG"]
    city = team_throughout([_m("d", "Liverpool", "ORG"), _m("d", "Liverpool", "GPE", "typed", start=50)])
    assert [m.type for m in city] == ["GPE", "GPE"]
    # a country's name is never retyped; a name that is no city keeps NER's ORG
    kept = team_throughout([_m("d", "Australia", "ORG", "typed"), _m("d", "Australia", "GPE", start=50),
                            _m("d", "Qantas", "ORG", start=90), _m("d", "Qantas", "GPE", start=99)])
    assert [m.type for m in kept] == ["ORG", "GPE", "ORG", "GPE"]
