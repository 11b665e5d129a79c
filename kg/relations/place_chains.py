"""Chains of places: ``Vancouver, British Columbia, Canada``, ``Bari, in the region of Apulia, in
Southern Italy``, ``in Paris and Lyon, France``. Each place of a chain lies in every later one; a
list (``France, Germany and Italy``) is no chain, nor is a city the gazetteer knows only in other
countries followed by a country in a list of pairs (``London, Singapore and Dublin, Ireland``).

The ``place_chain`` row of kg/relations/descriptions.py, and the chain a described place's tail
continues (``a town in Apulia, Italy``), read them here.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.doc_arrays import conjuncts
from kg.lexicon.words import COMPASS_WORDS
from kg.lexicon.english import singular
from kg.lexicon.countries import city_elsewhere, is_country
from kg.relations.arguments import Arg, Arguments
from kg.relations.division_ranks import descending, larger
from kg.relations.pronoun_kinds import definite_kind
from kg.relations.place_slots import PLACES, chained_in_slot, source_or_cause
from kg.relations.triples import RawTriple, emit
from kg.relations.venues import after_venue
from kg.relations.words import BOARD_MEMBERS, ISLAND_WORDS, NEAR_PREPS

#: Last words of names of places NER may type otherwise (``Moravian-Silesian Region``), and
#: place nouns that stand for the name in front of them (``the Lazio region``).
PLACE_WORDS = frozenset("""region district province county state municipality oblast prefecture
    department governorate canton parish city town village republic island islands voivodeship
    commune comune borough township""".split())
#: First words of place names (``Province of Rieti``, ``Gmina Wielbark``).
PLACE_FIRST_WORDS = frozenset("province county city gmina municipality district region canton prefecture".split())
_CHAIN_FILLER = frozenset({"in", "within", "of", "the", "a", "an"})
#: Words that close a list after its last ``and``/``or`` (``Lutsk, Lviv, Rivne and others``,
#: ``and other towns``, ``and many more``).
LIST_CLOSERS = frozenset({"others", "other", "more"})


def is_place(mi: int, args: Arguments) -> bool:
    """A place: NER says so, or the name ends in an administrative noun (``Silesian Region``)."""
    m = args.mentions[mi]
    words = m.text.lower().split()
    return m.type in PLACES or (m.type not in ("DATE", "NORP") and bool(words) and (
        words[-1] in PLACE_WORDS or (len(words) > 1 and words[0] in PLACE_FIRST_WORDS)
        or _names_region(mi, args))) or chained_in_slot(mi, args)


#: Nouns of an administrative area that the name in front of them names (``the Lazio region``,
#: ``the Sukhumi district of Abkhazia``); a settlement noun is named by its ``of`` (``the
#: California town of Ojai``).
REGION_WORDS = frozenset("""region district province county department oblast governorate prefecture
    canton voivodeship municipality""".split())


def _names_region(mi: int, args: Arguments) -> bool:
    """``the Lazio region``: a name in front of a region noun names a region, whatever NER says."""
    root = args.roots.get(mi)
    return root is not None and root.dep_ in ("compound", "nmod") and root.head.lower_ in REGION_WORDS \
        and args.ent(root.head) is None and root.head.i > root.i


#: Nouns for a part of a place: ``in the east of the province of Buenos Aires`` is in it.
PART_WORDS = frozenset("""part parts east west north south northeast northwest southeast southwest
    centre center heart outskirts area interior""".split())
#: Prepositions a common noun names a place through (``the southwestern part of the U.S. state of
#: Indiana``, ``national forests in Arizona``, ``located at 301 Main Street in Boston``).
_THROUGH_PREPS = ("of", "in", "within")


def named_place(tok: Token, args: Arguments, depth: int = 0) -> Arg:
    """The mentions a preposition's object stands for: a named object, or the name in ``the
    province of Ankara``, the names in front of a plural (``in the Coconino and Kaibab national
    forests``); through up to two more place or part nouns, a place (``in the southwestern part of
    the U.S. state of Indiana``, ``in the east of the province of Buenos Aires``); and the place a
    coordinated place noun names (``in the province of Saskatchewan and the state of Montana``:
    both, each named by its own noun)."""
    found = _named_place(tok, args, depth)
    if found and tok.pos_ == "NOUN" and tok.lower_ in PLACE_WORDS and args.ent(tok) is None:
        for c in tok.children:
            if c.dep_ == "conj" and c.pos_ == "NOUN" and c.lower_ in PLACE_WORDS and args.ent(c) is None:
                found.add(_named_place(c, args, depth))
    return found


def _named_place(tok: Token, args: Arguments, depth: int = 0) -> Arg:
    """``named_place`` of one noun (its conjuncts apart)."""
    a = args.arg(tok, pronouns=False)
    if a or tok.pos_ != "NOUN":
        return a
    if tok.lower_ in PLACE_WORDS and definite_kind(tok):  # "the department of Norte de Santander" ... "Cucuta,
        return Arg(args.described(tok), inferred=True)  # the capital of the department": the place called so
    named = region_name(tok, args)
    if named is not None:  # "the Lazio region of central Italy": Lazio (in Italy: ``region_of``)
        return Arg([named])
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for q in p.children:
                if q.dep_ == "pobj" and (args.ent(q) is not None or depth >= 2):
                    return args.arg(q, pronouns=False)
                if q.dep_ == "pobj" and tok.lower_ == "board" and q.lower_ in BOARD_MEMBERS:
                    return _named_place(q, args, depth + 1)  # "chairman of the board of directors of Vingroup"
    for c in tok.children:
        if c.dep_ in ("compound", "nmod") and args.ent(c) is not None:
            if tok.lower_ in PLACE_WORDS:  # "the Lazio region"
                return Arg([args.ent(c)])
            if tok.tag_ == "NNS" and tok.head.lower_ in ("in", "within"):  # "in the Coconino … national forests"
                places = [m for m in args.arg(c, pronouns=False).mentions if is_place(m, args)]
                if places:
                    return Arg(places)
    if depth >= 2 or tok.lower_ not in PLACE_WORDS | PART_WORDS:
        return Arg()
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in _THROUGH_PREPS:
            for q in p.children:
                if q.dep_ == "pobj":
                    found = _named_place(q, args, depth + 1)
                    places = [m for m in found.mentions if is_place(m, args)]
                    if places:
                        return Arg(places, found.inferred)
    return Arg()


def region_name(noun: Token, args: Arguments) -> int | None:
    """The name in front of a region noun (``the Sukhumi district``), unless it is a country (``the
    U.S. state of Michigan``: Michigan is the state)."""
    if noun.lower_ not in REGION_WORDS:
        return None
    for c in noun.children:
        mi = args.ent(c)
        if c.dep_ in ("compound", "nmod") and c.i < noun.i and mi is not None and _names_region(mi, args) \
                and not is_country(args.mentions[mi].text) and args.mentions[mi].type not in ("NORP", "DATE"):
            return mi
    return None


def region_of(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``the Sukhumi district of Abkhazia``, ``the Lazio region of central Italy``: the region the
    name names lies in the ``of`` (or ``in``) place, also a place a noun names (``the Pahuatlán
    municipality of the state of Puebla``); each name of a plural region noun does
    (``Cheboygan and Presque Isle counties in northern Michigan``).

    Pattern: name > compound|nmod (< conj)* < noun{region|district|…} > prep{of|in|within} > pobj.
    """
    noun = _region_noun(mi, root, args)
    if noun is None:
        return
    for p in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in _THROUGH_PREPS):
        for q in (q for q in p.children if q.dep_ == "pobj"):
            places = [m for m in named_place(q, args).mentions if is_place(m, args) and m != mi]
            yield from emit(args, [mi], "located in", places, "region_of")


def _region_noun(mi: int, root: Token, args: Arguments) -> Token | None:
    """The region noun whose name ``mi`` is: ``the Sukhumi district``; a plural's names, each
    (``Cheboygan and Presque Isle counties``: the parser hangs the later names on the first)."""
    if region_name(root.head, args) == mi:
        return root.head
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    noun = first.head
    if noun.tag_ != "NNS" or singular(noun.lower_) not in REGION_WORDS or args.ent(noun) is not None \
            or first.dep_ not in ("compound", "nmod") or noun.i <= first.i:
        return None
    names = [args.ent(t) for t in (first, *conjuncts(first))]
    if len(names) < 2 or None in names or mi not in names or any(is_country(args.mentions[m].text) for m in names):
        return None
    return noun


#: Nouns of a settlement that the ``of`` name names, the place in front of them holding it (``the
#: California town of Ojai``, ``the Wellington suburb of Miramar``); after a country (``the U.S.
#: state of Oregon``) the ``nationality`` row already says it; a region noun's name is the one in
#: front of it (``the Sukhumi district of Abkhazia``: ``region_of``).
SETTLEMENT_WORDS = frozenset("""town city village suburb hamlet island borough township commune comune
    neighbourhood neighborhood""".split())
#: Kinds NER gives the ``of`` name of a settlement noun (a town typed a person or a product).
_NAMED_KINDS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "PRODUCT", "WORK_OF_ART"})


def settlement_of(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``the California town of Ojai`` → Ojai located in California, whatever NER typed Ojai.

    Pattern: name{place, no country} > compound < noun{town|city|suburb|…} > prep{of} > pobj{name}.
    """
    noun = root.head
    if root.dep_ not in ("compound", "nmod") or noun.i <= root.i or args.ent(noun) is not None \
            or args.mentions[mi].type not in PLACES or noun.lower_ not in SETTLEMENT_WORDS \
            or is_country(args.mentions[mi].text):
        return
    for p in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for q in (q for q in p.children if q.dep_ == "pobj"):
            named = [m for m in args.arg(q, pronouns=False).mentions
                     if m != mi and args.mentions[m].type in _NAMED_KINDS and not is_country(args.mentions[m].text)]
            yield from emit(args, named, "located in", [mi], "settlement_of")


def with_chain(args: Arguments, mi: int, label: str, tail: Arg, key: str) -> Iterator[RawTriple]:
    """The edge to ``tail``, and ``located in`` to the later places of a place tail's chain; not to
    a chain modifying the noun after it ("by the Ocala, Florida group X": by the group), nor to a
    smaller division hung on a larger one ("the state of X in Y Shire"); after "near", the first."""
    left = [t for t in tail.mentions if is_place(t, args) and (chain_modifies(t, args) or larger(mi, t, args))]
    if label.rpartition(" ")[2] in NEAR_PREPS and tail.mentions and is_place(tail.mentions[0], args):
        left += [t for t in chain_after(tail.mentions[0], args)[1:] if t in tail.mentions]  # "near Exeter, Devon":
    if left:  # near Exeter only, in Devon (below)
        tail = Arg([t for t in tail.mentions if t not in left], tail.inferred, tail.marks)
    yield from emit(args, [mi], label, tail, key)
    for t in tail.mentions:
        if is_place(t, args):
            later = [c for c in chain_after(t, args)[1:] if c not in tail.mentions]
            yield from emit(args, [mi], "located in", later, "place_chain")


def chain_modifies(mi: int, args: Arguments) -> bool:
    """A chain of two places or more that a lower-case noun follows at once ("the Ocala, Florida
    group"): the chain says where the noun's thing is from."""
    chain = chain_after(mi, args)
    k = _end(chain[-1], args)
    return len(chain) > 1 and k < len(args.doc) and args.doc[k].pos_ == "NOUN" and args.doc[k].text.islower() \
        and args.doc[k].lower_ not in PLACE_WORDS  # "Ambrosio Plaza, Miranda state": the state's own noun


def _next_place(end: int, args: Arguments, strict: bool = False) -> int | None:
    """The place mention that continues a chain after the token ``end`` (a comma or ``in``):
    ``, Canada``, ``, in the region of Apulia``, ``, on the island of Shikoku``, ``in western
    Turkey`` (``in`` is read here too, wherever the parser hung it: ``İzmir Province in western
    Turkey``). ``strict`` (after a body's name) passes no common noun but a place's ("sued Apple
    in a federal court in California" says where the court is, not Apple)."""
    doc = args.doc
    if end < len(doc) and doc[end].text == ")":  # after "(United States)"
        end += 1
    if end + 1 >= len(doc) or doc[end].lower_ not in (",", "(", "in") and not _inner_part(end, doc):
        return None
    if doc[end].text == "(":  # "Angleton, Texas (United States)"
        mi = args.ent(doc[end + 1])
        if mi is None or not is_place(mi, args) or doc[_end(mi, args)].text != ")":
            return None
        return mi
    compass = doc[end].text == "," and args.ent(doc[end + 1]) is None and (_compass_adjective(doc[end + 1].lower_) or (
        doc[end + 1].lower_ in COMPASS_WORDS and doc[end + 2].lower_ != "of"))  # "Inari, northern Finland", "Zhaotong
    # City, southwest China's …"; not "Cessnock, west of Newcastle": a direction (``kg.relations.place_directions``)
    island = doc[end].text == "," and doc[end + 1].lower_ == "on" \
        and bool({t.lower_ for t in doc[end + 2:end + 6]} & ISLAND_WORDS)  # ", on the island of Shikoku"
    for j in range(end + 1, min(end + 9, len(doc))):
        mi = args.ent(doc[j])
        if mi is not None and _peoples_word_on_noun(mi, doc[j], args):
            continue  # "Calgary, in the Canadian province of Alberta": the people's word on the place noun
        if mi is not None and (owned := _country_owned_place(mi, args)) is not None:
            mi = owned  # "Zhaotong City, southwest China's Yunnan Province": the province, China's
        if mi is not None and compass and not _last_in_list(mi, args):
            return None  # "Hispania, southern Italy, and the remainder of …": a list
        if mi is not None:
            root = args.roots.get(mi)
            if doc[end].text == "," and root is not None and root.dep_ in ("nsubj", "nsubjpass") \
                    and root.head.dep_ == "ROOT" and root.head.i > root.i:
                return None  # "In the Senate, Adaeze Okafor said …": the clause's subject, after its opening
            return _state_of(mi, args) if is_place(mi, args) else None
        t = doc[j]
        if not (t.lower_ in _CHAIN_FILLER or t.pos_ in ("ADJ", "NOUN") or compass and j == end + 1
                or island and j == end + 1) or t.is_sent_start:
            return None
        if strict and t.pos_ == "NOUN" and t.lower_ not in PLACE_WORDS and t.lower_ not in COMPASS_WORDS:
            return None  # "in the north west of Shetland" still reads
        if j == end + 1 and t.lower_ not in ("in", "within") and doc[end].text == "," and not (compass or island):
            return None  # not "Inari, northern Finland" either
    return None


def _country_owned_place(mi: int, args: Arguments) -> int | None:
    """The place a country's possessive names ("China's Yunnan Province"), else None."""
    root = args.roots.get(mi)
    if root is None or root.dep_ != "poss" or not is_country(args.mentions[mi].text):
        return None
    owned = args.ent(root.head)
    return owned if owned is not None and owned != mi and is_place(owned, args) else None


def _peoples_word_on_noun(mi: int, tok: Token, args: Arguments) -> bool:
    """``tok`` is a people's word (NORP) modifying a common noun after it ("the Canadian province
    of", "the Brazilian state of"): a word of the chain's filler, no place of its own."""
    return args.mentions[mi].type == "NORP" and tok.dep_ in ("amod", "compound") and tok.head.i > tok.i \
        and tok.head.pos_ == "NOUN" and args.ent(tok.head) is None


#: Parts of a place that lie inside it, and the prepositions that reach them: ``Shorja Market near
#: the centre of Baghdad``, ``Bagram Airbase on the outskirts of Kabul`` are in the place, as
#: ``in the centre of`` is; ``near Baghdad`` alone says no such thing.
_INNER_PARTS = frozenset("centre center heart outskirts suburbs middle".split())
_INNER_PREPS = frozenset({"near", "on", "at"})


def _inner_part(end: int, doc) -> bool:
    """``near|on|at the centre|outskirts|heart … of`` at ``end``: the chain goes on to the place."""
    return doc[end].lower_ in _INNER_PREPS and end + 3 < len(doc) and doc[end + 1].lower_ == "the" \
        and doc[end + 2].lower_ in _INNER_PARTS and doc[end + 3].lower_ == "of"


def _last_in_list(mi: int, args: Arguments) -> bool:
    """The place ``mi`` is coordinated with no other and no ``and``/``or``/``as well as`` follows
    it: "Inari, northern Finland, stretching …" ends a chain, "Volhynia, northern Bukovina as well
    as western Podolia" is a list."""
    root, doc, i = args.roots.get(mi), args.doc, _end(mi, args)
    if root is None or root.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in root.children):
        return False
    i += i < len(doc) and doc[i].text == ","
    return not (i < len(doc) and doc[i].lower_ in ("and", "or", "as", "&"))


def _compass_adjective(word: str) -> bool:
    """``northern``, ``south-eastern``, ``central``: a part of the place the word goes before."""
    return word == "central" or word.endswith("ern") and word[:-3] in COMPASS_WORDS


def _state_of(mi: int, args: Arguments) -> int:
    """``in the U.S. state of Michigan``: a place in front of an administrative noun that an
    ``of`` names stands for the place it names (the chain goes on to Michigan, whose own row
    puts it in the U.S.)."""
    root = args.roots.get(mi)
    noun = root.head if root is not None else None
    if noun is None or root.dep_ not in ("compound", "nmod", "amod") or noun.i < root.i \
            or noun.lower_ not in PLACE_WORDS or args.ent(noun) is not None:
        return mi
    for p in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for q in (q for q in p.children if q.dep_ == "pobj"):
            named = args.ent(q)
            if named is not None and named != mi and is_place(named, args):
                return named
    return mi


def _end(mi: int, args: Arguments) -> int:
    return args.span_in_sentence(mi)[1]


def _noun_end(mi: int, args: Arguments) -> int:
    """Where a chain goes on after a facility's name: past the lower-case noun the name modifies
    ("its Kloof mine, in the province of Gauteng")."""
    end, root = _end(mi, args), args.roots.get(mi)
    doc = args.doc
    if args.mentions[mi].type == "FAC" and root is not None and end < len(doc) and root.head.i == end \
            and doc[end].pos_ == "NOUN" and doc[end].is_lower:
        return end + 1
    return end


def _is_list(chain: list[int], args: Arguments) -> bool:
    """``Paris, Lyon(,) and Nice``: the run of places goes on to ``and``/``or`` + a place; or the
    parser coordinated the first two in a list of four or more that an ``and``/``or`` closes
    (``Osaka, Kobe, Nishinomiya, Sakai, Amagasaki, and Hannan``, where names NER did not call
    places break the run)."""
    if _long_list(chain[0], chain[1], args):
        return True
    run = list(chain)
    while len(run) < 12:
        nxt = _next_place(_end(run[-1], args), args)
        if nxt is None or nxt in run:
            break
        run.append(nxt)
    doc, i = args.doc, _end(run[-1], args)
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in ("and", "or"):
        return False
    nxt = args.ent(doc[i + 1]) if doc[i + 1].lower_ != "the" or i + 2 >= len(doc) else args.ent(doc[i + 2])
    if nxt is None or not is_place(nxt, args):
        return False
    return not _pair_list(run, nxt, args)


def _long_list(first: int, second: int, args: Arguments) -> bool:
    """``second`` is the parser's conjunct of ``first`` in a coordination of four or more
    members closed by ``and``/``or`` (a chain of places is never coordinated so)."""
    a, b = args.roots.get(first), args.roots.get(second)
    if a is None or b is None or b not in conjuncts(a):
        return False
    members = sorted([a, *conjuncts(a)], key=lambda m: m.i)
    # "Malabo, Germany, Madrid, Barcelona, etc.": the parser may make "etc" and its full stop members
    etc = any(m.lower_ in ("etc", "etc.") for m in members)
    closed = etc or any(c.dep_ == "cc" and c.lower_ in ("and", "or") for m in members for c in m.children)
    names = [m for m in members if m.lower_ not in ("etc", "etc.", ".")] if etc \
        else members[:-1] if _closes_list(members[-1]) else members
    if len(names) == 3 and not etc and _pair_after(members[-1], args):
        return False  # "Los Angeles, California and Detroit, Michigan": a list of chains
    # all names: "done at Paisley Park Studios, Chanhassen, Minnesota and the instrumentation has …"
    # is a chain the parser coordinated with the next clause's subject; "… Uzhhorod and others"
    # is a list whose last member says so; three names the parser coordinates are a list too,
    # whatever NER typed the last ("from Franklin Lakes, Oakland and Wyckoff": Wyckoff/PERSON)
    return closed and len(members) >= 3 and all(m.pos_ == "PROPN" for m in names)


def _pair_after(last: Token, args: Arguments) -> bool:
    """The last member of a coordination is followed by the place it lies in (``… and Detroit,
    Michigan``): the coordination pairs places with their regions."""
    mi = args.ent(last)
    end = _end(mi, args) if mi is not None else last.i + 1
    return _next_place(end, args) is not None


def _closes_list(tok: Token) -> bool:
    """``and others``, ``and many more``, ``or other cities``: a common noun that only a list of
    its kind ends with (a chain of places is never closed by one)."""
    if tok.pos_ == "PROPN" or tok.ent_type_:
        return False
    return tok.lower_ in LIST_CLOSERS or any(
        c.dep_ in ("amod", "advmod") and c.lower_ in LIST_CLOSERS for c in tok.children)


def _pair_list(run: list[int], nxt: int, args: Arguments) -> bool:
    """``Los Angeles, California and Detroit, Michigan``, ``Paris, France and Berlin, Germany``:
    a list of place pairs, each a chain (not ``Paris, Lyon and Nice, France``: there the last
    is a country and the second is not). ``London, Singapore and Dublin, Ireland`` has the same
    shape, but the gazetteer's London is no city of Singapore: a list of three, one pair."""
    if len(run) != 2 or city_elsewhere(args.mentions[run[0]].text, args.mentions[run[1]].text):
        return False
    after = _next_place(_end(nxt, args), args)
    return after is not None and is_country(args.mentions[after].text) == is_country(args.mentions[run[1]].text)


def chain_after(mi: int, args: Arguments) -> list[int]:
    """The chain of places that starts at ``mi`` (``mi`` first); only ``mi`` for a list, or
    when ``mi`` is a country (``France, Turkey, Italy``: no country lies in the next)."""
    chain = [mi]
    if is_country(args.mentions[mi].text):
        return chain
    while len(chain) < 5:
        nxt = _next_place(_noun_end(chain[-1], args), args, strict=args.mentions[chain[-1]].type == "ORG")
        if nxt is None:
            nxt = _in_place(chain[-1], args)
        if nxt is None or nxt in chain:
            break
        chain.append(nxt)
        if is_country(args.mentions[nxt].text):
            break
    return [mi] if len(chain) > 1 and _is_list(chain, args) else chain


def _in_place(mi: int, args: Arguments) -> int | None:
    """``the Province of Rieti in the Lazio region``: the one place an ``in`` on the name names."""
    root = args.roots.get(mi)
    for c in root.children if root is not None else ():
        if c.dep_ == "prep" and c.lower_ == "in" and not after_venue(c, args):
            for q in (q for q in c.children if q.dep_ == "pobj"):
                places = [m for m in named_place(q, args).mentions if is_place(m, args)]
                if len(places) == 1:
                    return places[0]
    return None


def place_chain(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Vancouver, British Columbia, Canada``: each place is in every later one of the chain.

    Pattern: place|facility|organisation , [in [the] noun of] place , … — not a list (``A, B
    and C``).
    """
    first = args.mentions[mi]
    if not (is_place(mi, args) or first.type in ("FAC", "ORG")) or is_country(first.text) or source_or_cause(root):
        return  # "According to Kuleba, Ukraine expects …": a source, then the clause's subject
    chain = chain_after(mi, args)
    key = "place_chain" if first.type != "ORG" else "place_chain@org"  # "Haines High School, Alaska"
    if len(chain) > 1 and descending(chain, args):  # "the Ancash Region, Huari Province, San Marcos
        for t in chain[1:]:  # District": the later ones lie in the first
            yield from emit(args, [t], "located in", [mi], key)
        return
    if len(chain) > 1 and descending(chain_before(mi, args), args):
        return  # a later member of such a chain: the first's call said it
    for t in chain[1:]:  # a smaller division after a larger one lies in it ("the state of X in Y Shire")
        yield from emit(args, *(([t], "located in", [mi]) if larger(mi, t, args) else ([mi], "located in", [t])), key)
    if len(chain) == 1 and is_place(mi, args):
        yield from emit(args, [mi], "located in", _shared_chain(mi, root, args), "place_chain@conj")


def chain_before(mi: int, args: Arguments) -> list[int]:
    """The places of a chain written right before ``mi`` (the nearest last), and ``mi``."""
    out = [mi]
    while len(out) < 5:
        start = args.span_in_sentence(out[0])[0]
        if start < 2 or args.doc[start - 1].text != ",":
            break
        prev = args.ent(args.doc[start - 2])
        if prev is None or prev in out or not is_place(prev, args):
            break
        out.insert(0, prev)
    return out


def _shared_chain(mi: int, root: Token, args: Arguments) -> list[int]:
    """``in Paris and Lyon, France``: places coordinated before the last one share its chain."""
    later = [c for c in conjuncts(root) if c.i > root.i]
    if not later or root.dep_ == "conj" and root.head.i > root.i:
        return []
    start = args.span_in_sentence(mi)[0]
    if start >= 2 and args.doc[start - 1].text == "," and args.ent(args.doc[start - 2]) is not None:
        return []  # "Los Angeles, California and Detroit, Michigan": California ends a chain
    ends = [args.ent(c) for c in later]
    if any(e is None or not is_place(e, args) or is_country(args.mentions[e].text) for e in ends):
        return []
    return [t for t in chain_after(ends[-1], args)[1:] if t != mi]
