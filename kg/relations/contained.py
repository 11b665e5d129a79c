"""Containment closed over one sentence's edges: ``Calgary is a city in the Canadian province of
Alberta`` states Calgary in Alberta and Alberta in Canada, so Calgary is in Canada; the places an
organisation or a place of a nationality lies in lie in that nationality's country; what lies
near a place lies in the places it is in ("near Sullivan, Missouri": in Missouri). Kept apart
from ``kg.relations.descriptions``, whose edges it reads, so each module stays small."""

from __future__ import annotations

from collections.abc import Iterator

from kg.lexicon.countries import is_country
from kg.predicates import node_types
from kg.relations.arguments import Arguments
from kg.relations.place_chains import PLACE_WORDS, is_place
from kg.relations.triples import RawTriple, emit
from kg.relations.words import NEAR_PREPS


def _containment(t: RawTriple, args: Arguments) -> bool:
    """An edge that says its head lies within its tail (``located in``, ``town in``, ``country``)."""
    words = t.relation.split()
    if t.negated or t.hedged or not words:
        return False
    if t.relation == "country" and t.rule.startswith("nationality"):
        return is_place(t.head, args)
    inside = t.relation == "located in" or (t.rule.startswith("class_noun") and len(words) >= 2
                                            and words[-1] in ("in", "of") and words[-2] in PLACE_WORDS)
    return inside and is_place(t.tail, args)


def contained(triples: list[RawTriple], args: Arguments) -> Iterator[RawTriple]:
    """``Calgary is a city in the Canadian province of Alberta``: Calgary is in Alberta, Alberta
    in Canada, so Calgary is in Canada — containment stated in one sentence, closed over it.

    Runs on the sentence's edges (anchor ``edges``), not on the parse.
    """
    inside: dict[int, list[tuple[int, str]]] = {}
    for t in triples:
        if _containment(t, args):
            inside.setdefault(t.head, []).append((t.tail, t.relation))
    have = {(t.head, t.tail) for t in triples}
    yield from _national_places(triples, inside, have, args)
    yield from _near_places(triples, inside, have, args)
    for head in list(inside):
        seen, todo = {head}, [tail for tail, _ in inside[head]]
        while todo:
            mid = todo.pop(0)
            if mid in seen:
                continue
            seen.add(mid)
            for tail, rel in inside.get(mid, ()):
                if tail not in seen and (head, tail) not in have:
                    have.add((head, tail))
                    for t in emit(args, [head], rel if rel == "country" else "located in", [tail], "contained_in"):
                        t.predicate = "country" if rel == "country" else None  # a nationality's country
                        yield t
                todo.append(tail)


#: Relations of an organisation whose place tail it is in (``an American band from Los Angeles``);
#: not ``located_in``'s ``in`` (NER calls people organisations: ``X (1874, in Liegnitz)``).
_HOME_RELATIONS = (" from", "based in", "headquartered in")


def _national_places(triples: list[RawTriple], inside: dict[int, list[tuple[int, str]]],
                     have: set[tuple[int, int]], args: Arguments) -> Iterator[RawTriple]:
    """``a German seaside resort in Mecklenburg-Vorpommern``, ``an American band from Los
    Angeles, California``: the places a place or an organisation of a nationality lies in lie in
    that nationality's country (not a person's: ``an American singer born in Lagos``)."""
    for t in triples:
        if not t.rule.startswith("nationality") or t.negated or t.relation not in ("country", "nationality"):
            continue
        head = args.mentions[t.head]
        if not (is_place(t.head, args) or head.type == "ORG"):
            continue
        tail = args.mentions[t.tail]
        if not (tail.type == "GPE" or "NATIONALITY" in node_types("NORP", tail.text)):
            continue
        place = is_place(t.head, args)  # a place is in whatever it is "in" (``a resort in Rostock``)
        home = (*_HOME_RELATIONS, " in") if place else _HOME_RELATIONS
        todo = [p for p, _ in inside.get(t.head, ())] if place else []
        todo += [x.tail for x in triples if x.head == t.head and not x.negated
                 and x.relation.endswith(home) and is_place(x.tail, args)]
        seen = {t.head, t.tail}
        while todo:
            place = todo.pop(0)
            if place in seen or is_country(args.mentions[place].text) or not is_place(place, args):
                continue
            if "WATER" in node_types(args.mentions[place].type, args.mentions[place].text):
                continue  # "an Italian island in the Mediterranean Sea": a sea or a river crosses borders
            seen.add(place)
            todo.extend(p for p, _ in inside.get(place, ()))
            if (place, t.tail) not in have:
                have.add((place, t.tail))
                for found in emit(args, [place], "country", [t.tail], "contained_in@nationality"):
                    found.predicate = "country"  # the nationality names the country: no cue reads a people as one
                    yield found


#: Words of an edge that says where a thing is ("located near X").
_SITUATED = frozenset("located locate situated situate lies lie sits sit built build".split())


def _near_places(triples: list[RawTriple], inside: dict[int, list[tuple[int, str]]],
                 have: set[tuple[int, int]], args: Arguments) -> Iterator[RawTriple]:
    """``Meramec State Park, located near Sullivan, Missouri``: what lies near a place lies in the
    places that place is written in (Missouri), not in the place itself."""
    for t in triples:
        words = t.relation.split()
        if t.negated or t.hedged or len(words) < 2 or words[-1] not in NEAR_PREPS or not is_place(t.tail, args) \
                or not (words[0] in _SITUATED or t.rule.startswith("class_noun")):
            continue  # "a village near X", "located near X"; not "was killed near X"
        seen, todo = {t.head, t.tail}, [p for p, rel in inside.get(t.tail, ()) if rel == "located in"]
        while todo:
            place = todo.pop(0)
            if place in seen:
                continue
            seen.add(place)
            todo.extend(p for p, rel in inside.get(place, ()) if rel == "located in")
            if (t.head, place) not in have:
                have.add((t.head, place))
                yield from emit(args, [t.head], "located in", [place], "contained_in@near")
