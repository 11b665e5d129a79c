"""Where a body is, said inside the phrase that names it as translated news writes it
(``kg.relations.seats``), with the real model on sentences written for these tests: "with seat in",
"with domicile in", "with headquarters in" say the headquarters; a registered name "from" a town is
based there; a person or an unregistered name "from" a place is no body's seat."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, edge", [
    ("Alpstein Capital AG, with seat in Zug, owns the company.", ("Alpstein Capital AG", "headquarters in", "Zug")),
    ("The company Transportes Huasteca S.A. de C.V., with domicile in Monterrey, denied the charges.",
     ("Transportes Huasteca S.A. de C.V.", "headquarters in", "Monterrey")),
    # the parser hangs the set-off "with" on the verb
    ("The sale was advised by the bank Rothschild, with seat in London.", ("Rothschild", "headquarters in", "London")),
    ("Voss Zement GmbH from Ulm sold the plant to a rival.", ("Voss Zement GmbH", "based in", "Ulm")),
    ("Rheinwerk Armaturen GmbH from Solingen was fined.", ("Rheinwerk Armaturen GmbH", "based in", "Solingen")),
])
def test_a_bodys_seat_inside_its_noun_phrase(extract, text, edge):
    _, triples = extract(text)
    assert edge in triples, triples


def test_a_person_or_a_delegation_from_a_place_has_no_seat_there(extract):
    _, triples = extract("Anna Berger from Vienna met a delegation of Siemens from Munich.")
    assert not any(t[1] == "based in" for t in triples), triples
