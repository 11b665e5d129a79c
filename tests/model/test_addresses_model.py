"""Two people of one surname in one story, told apart by "Mr" and "Ms", on the real model."""

from __future__ import annotations

from kg.resolve import resolve

STORY = ("Hanbit Steel denied selling below cost. Its chief executive, Choi Min-jae, said the company's "
         "Canadian sales were priced in line with global markets.\n\n"
         '"Low prices are the result of efficiency, not dumping," Mr. Choi said.\n\n'
         "The ministry's chief trade negotiator, Choi Eun-young, is expected to travel to Ottawa later this "
         "month. Ms. Choi led Korea's side in talks on the free trade agreement.")


def test_mr_and_ms_choi_are_the_two_people_each_follows(extract):
    result, triples = extract(STORY)
    people = {e.label: sorted(m.address or "" for m in e.mentions if m.text == "Choi")
              for e in resolve(result.mentions) if e.type == "PERSON"}
    assert people == {"Choi Min-jae": ["mr"], "Choi Eun-young": ["ms"]}
    assert ("Choi", "led", "Korea") in triples
