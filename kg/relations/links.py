"""Two names joined inside one noun phrase: ``Philip V of Spain``, ``Taito's Arkanoid``.

Wikipedia and news prose name an entity by another one all the time: a king of a country, a
member of a band (``Rob Baker of The Tragically Hip``), a province of a country (``the Kotayk
Province of Armenia``), a work of its author (``James Joyce's Ulysses``), a place of its city
(``Baltimore's Penn Station``). The phrase says the first belongs to the second; these mention
rows state it. Rows (``rule`` on the edge):

``entity_of``          name > prep{of} > pobj{name}: X ``of`` Y; an organisation a noun names (``of
                       the Mexican pop group RBD``); people coordinated before the one the ``of``
                       hangs on (``Anahí and Dulce María of …``: each).
``entity_possessive``  name > poss{name}: Y's X → X ``of`` Y.
``siblings``           the named list of a plural kinship noun (``his children included A, B
                       and C``, ``twin brothers A and B``): each two are siblings.
``org_modifier``       an organisation in front of a noun that describes X (``X was a British
                       Army officer``, ``a Warsaw Metro station``): X is that noun ``of`` it; a
                       person in front of a work noun made it (``the Zhang Yimou film Coming Home``:
                       ``film by``).
``work_by``            a work's name and ``by`` + a person or a group right after it (``the album The
                       Isolation Game by the band Disarmonia Mundi``, ``read Ulysses by James
                       Joyce``): the work is by them, ``album by`` after the work's own noun. Read on
                       the text: the parser hangs that ``by`` on the clause's verb; not a passive's
                       ``by`` (its agent: the verb rows read it).
``co_parents``         the two parents a child is named by (``the son of A and B``, ``his parents
                       are A and B``, ``born to A and B``): A had a child with B.

Both say ``located in`` when the two are places (so ``contained_in`` closes the chain: a
village in the Kotayk Province of Armenia is in Armenia), else ``of``. Nothing is said when an
end is a value (a date, an amount) or a nationality adjective, when the possessive also has
unnamed modifiers (``possessive@modifiers`` reads ``Russia's anti-virus software Kaspersky``),
or when the ``of`` hangs on a common noun (``the president of X``: ``appos``/``title``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.doc_arrays import conjuncts
from kg.lexicon.countries import city_names, is_country
from kg.lexicon.words import BODY_NOUNS
from kg.predicates import node_types
from kg.relations.arguments import Arg, Arguments
from kg.relations.describing import describing_nouns
from kg.relations.place_chains import is_place
from kg.relations.tokens import QUOTES, VALUE_ATTRS, member_label, noun_label
from kg.relations.triples import RawTriple, emit
from kg.relations.words import ROLE_NOUNS, WORK_NOUNS

#: Mention types that never belong to another name in these phrases.
_NOT_ENDS = frozenset({*VALUE_ATTRS, "ORDINAL", "NORP", "LANGUAGE"})


def _end(mi: int | None, args: Arguments) -> bool:
    return mi is not None and args.mentions[mi].type not in _NOT_ENDS


def _label(head: int, tail: int, args: Arguments) -> str:
    """"located in" between places; a person's title written before his name, with its own
    compounds, says what he is of the body ("Judge Amit Mehta of the U.S. District Court": judge
    of; "Prime Minister Anwar Ibrahim of Malaysia": prime minister of); else "of"."""
    if is_place(head, args) and is_place(tail, args):
        return "located in"
    start = args.span_in_sentence(head)[0]
    title = args.doc[start - 1] if start and args.mentions[head].type == "PERSON" else None
    if title is None or title.lower_ not in ROLE_NOUNS or args.ent(title) is not None:
        return "of"
    words = [c.lower_ for c in title.children if c.dep_ == "compound" and c.i < title.i and args.ent(c) is None]
    return " ".join([*words, title.lower_]) + " of"


def _emit(mi: int, tails: list[int], args: Arguments, key: str) -> Iterator[RawTriple]:
    for t in tails:
        yield from emit(args, [mi], _label(mi, t, args), [t], key)


def entity_of(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Philip V of Spain``, ``Danny White of the Dallas Cowboys``, ``the Kotayk Province of
    Armenia`` (located in); conjuncts distributed (``Helen of Greece and Denmark``).

    Pattern: name > prep{LOWER: of} > pobj{name} (> conj{name}) | pobj{NOUN} > appos{ORG}; a
    PERSON whose last conjunct (a PERSON) has such an ``of`` ORG shares it.
    """
    if not _end(mi, args):
        return
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for q in (q for q in prep.children if q.dep_ == "pobj"):
            if args.ent(q) == mi:  # "between the Democratic Republic of the Congo and Rwanda": the
                continue  # name's own object; its conjunct is the whole name's, not an "of" of it
            tails = [args.ent(t) for t in (q, *conjuncts(q))]
            if args.ent(prep) == mi:  # "the Board of Directors of Gazprom Viktor Zubkov": the parser's
                tails = [t for t in tails if t != args.ent(q)]  # object of a name's own "of" is the next name
                if _end(args.ent(q), args) and args.mentions[args.ent(q)].type == "PERSON" \
                        and args.mentions[mi].type == "ORG" and not _office(mi, args):
                    yield from _emit(args.ent(q), [mi], args, "entity_of")  # "the Bureau of Meteorology's Claire Richards"
            if q.pos_ == "NOUN" and args.ent(q) is None:  # "of the Mexican pop group RBD"
                tails = [t for t in args.arg(q, pronouns=False).mentions if args.mentions[t].type == "ORG"]
            near = {mi, *tails}
            yield from _emit(mi, [t for t in tails if _end(t, args) and t != mi and _next_after(prep, t, near, args)],
                             args, "entity_of")
    yield from _person_from_body(mi, root, args)
    coordinated = conjuncts(root)
    last = coordinated[-1] if coordinated and coordinated[-1].i > root.i and root.dep_ != "conj" else None
    if last is not None and not any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children) \
            and args.mentions[mi].type == "PERSON" and args.ent(last) is not None \
            and args.mentions[args.ent(last)].type == "PERSON":  # "Anahí and Dulce María of the group RBD"
        for t in entity_of(args.ent(last), last, args):
            if args.mentions[t.tail].type == "ORG":
                yield from _emit(mi, [t.tail], args, "entity_of")


#: Who a work is ``by``: a person or a group (NER types many bands ORG or PERSON).
_MAKER_TYPES = frozenset({"PERSON", "ORG"})


def work_by(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``for the album The Isolation Game by the Italian band Disarmonia Mundi`` → album by
    Disarmonia Mundi; ``He read Ulysses by James Joyce`` → by James Joyce.

    Pattern (text, then parse): work name [closing quote] "by"{prep of the name, or of an active
    verb; after a quoted title also of a noun or as a verb's agent, when the verb is no passive}
    > pobj{PERSON|ORG, or a noun naming one}; the work a WORK_OF_ART or a name a work noun
    describes (``the album X``).
    """
    kind = next((n for n in describing_nouns(mi, root, args) if n.lower_ in WORK_NOUNS), None)
    if args.mentions[mi].type != "WORK_OF_ART" and kind is None:
        return
    doc, end = args.doc, args.span_in_sentence(mi)[1]
    quoted = end < len(doc) and doc[end].text in QUOTES
    end += quoted
    if end >= len(doc) or doc[end].lower_ != "by" or doc[end].dep_ not in ("prep", "agent"):
        return
    head = doc[end].head
    verb = head if head.i != root.i else root.head  # on the name: the verb the name is an argument of
    passive = verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if doc[end].dep_ == "agent" and (passive or not quoted):
        return  # "was rated " Met Standard " by the agency": the passive's own agent
    if head.i != root.i and head.pos_ not in ("VERB", "AUX") and not quoted or passive and not any(
            c.dep_ == "agent" for c in verb.children):
        return  # a passive's agent hung on its complement; but right after a quoted title ("stuck behind
        # " Windy " by The Association", "her cover of " Jolene " by Dolly Parton") the "by" is the title's
    makers = [m for a in args.pobj_args(doc[end], pronouns=False) for m in a.mentions
              if m != mi and args.mentions[m].type in _MAKER_TYPES]
    label = f"{kind.lower_} by" if kind is not None else "by"
    yield from emit(args, [mi], label, makers, "work_by")


def _person_from_body(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Doug Cameron from the Australian Manufacturing Workers Union says …``, ``John Winter, from
    the Rural Fire Service, says``: a person "from" an organisation, the phrase hung on the name,
    speaks for it (wire news' ``X of Y``). Only an organisation: ``a man from Sydney`` says where he
    is from, not whom he is with; and only on the name: ``a letter from Qantas`` is the verb's.
    A political group NER typed NORP is such a body too: ``Kerry Nettle from the Greens``
    (``_party_group``; typed member of political party), not ``a man from the Swiss``.

    Pattern: name{PERSON} > prep{LOWER: from} > pobj{ORG, or a NORP ``node_types`` calls a party}.
    """
    if args.mentions[mi].type != "PERSON":
        return
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > root.i):
        for q in (q for q in prep.children if q.dep_ == "pobj"):
            tail = args.ent(q)
            if tail is not None and tail != mi and (args.mentions[tail].type == "ORG" or _party_group(args.mentions[tail])) \
                    and not _place_name(args.mentions[tail].text):  # "David Hicks, from Adelaide", typed ORG
                yield from emit(args, [mi], "of", [tail], "entity_of")


def _party_group(mention) -> bool:
    """A NORP ``node_types`` calls a party ("the Greens", "the Democrats", "Labor"): its members'
    body, not a people."""
    return mention.type == "NORP" and "PARTY" in node_types(mention.type, mention.text)


def _place_name(text: str) -> bool:
    """A country's or a city's name, whatever NER typed it."""
    return is_country(text) or text.lower() in city_names()


def _office(mi: int, args: Arguments) -> bool:
    """An office "of" the name stands before it: ``office_of`` says what the person after it is."""
    from kg.office_holders import office_before  # kg.office_holders reads kg.relations' role nouns

    return office_before(args.doc, args.span_in_sentence(mi)[0]) is not None


def _next_after(prep: Token, tail: int, near: set[int | None], args: Arguments) -> bool:
    """No other name stands between ``prep`` and the name ``tail`` ("Minister of Foreign Affairs
    of Russia Sergei Lavrov": the "of" is Russia's, not the minister's; "of Bulgarian rock band
    Shturtzite" still reaches the band, "Helen of Greece and Denmark" each of ``near``)."""
    start, _ = args.span_in_sentence(tail)
    between = {args.ent(args.doc[i]) for i in range(prep.i + 1, start)} - {None} - near
    return all(not _end(m, args) for m in between)  # a people's adjective may stand between


def entity_possessive(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Taito's Arkanoid``, ``James Joyce's Ulysses``, ``Chile's Punta Arenas`` (located in); an
    office between them names what the person is of the owner (``Germany's Chancellor Olaf
    Scholz``: chancellor of).

    Pattern: name > poss{name}, and no unnamed compound/amod in front of the name.
    """
    if not _end(mi, args):
        return
    if (owner := _owner_of_kind(mi, root, args)) is not None:  # "Indonesia's state oil company Pertamina"
        yield from _emit(mi, [owner], args, "entity_possessive")
        return
    poss = [c for c in root.children if c.dep_ == "poss" and _end(args.ent(c), args)]
    if not poss or any(c.dep_ in ("compound", "amod") and c.i < root.i and args.ent(c) is None
                       and c.pos_ in ("NOUN", "ADJ", "VERB") for c in root.children):
        return
    tail = args.ent(poss[0])
    start, _ = args.span_in_sentence(mi)  # the office may hang on the first name ("President" + "Bola Tinubu")
    role = next((c for t in (root, args.doc[start]) for c in t.children if c.dep_ == "compound"
                 and poss[0].i < c.i < start and args.ent(c) is None and c.lower_ in ROLE_NOUNS), None)
    if role is not None and args.mentions[mi].type == "PERSON":  # "Germany's Chancellor Olaf Scholz"
        yield from emit(args, [mi], f"{role.lower_} of", [tail], "entity_possessive")
        return
    yield from _emit(mi, [tail], args, "entity_possessive")


#: Nouns of a company that news puts between its country's possessive and its name ("China's
#: telecom giant Huawei", "Germany's largest lender Deutsche Bank"): the company is the country's.
OWNED_KINDS = BODY_NOUNS | frozenset({"giant", "maker", "producer", "operator", "group", "miner", "agency"})


def _owner_of_kind(mi: int, root: Token, args: Arguments) -> int | None:
    """The place whose possessive a kind noun (``OWNED_KINDS``) takes when the name ``mi`` follows
    that noun at once and the parser hung it elsewhere: "Indonesia's state oil company Pertamina
    signed" (two subjects; as the noun's apposition or with the noun hung on it, "China's telecom
    giant Huawei", "Norway's wealth fund NBIM", the name is read by ``possessive``); None otherwise. Only a place (GPE) owns so: "Apple's rival Samsung"
    and "Smith's company Acme" say something else."""
    start, _ = args.span_in_sentence(mi)
    noun = args.doc[start - 1] if start > 0 else None
    if noun is None or noun.i == root.head.i or noun.head.i == root.i or noun.pos_ != "NOUN" \
            or noun.lower_ not in OWNED_KINDS \
            or not noun.is_lower or args.ent(noun) is not None:
        return None
    owner = next((args.ent(c) for c in noun.children if c.dep_ == "poss"), None)
    return owner if owner is not None and args.mentions[owner].type == "GPE" and owner != mi else None


#: Plural kinship nouns whose named list are siblings of each other.
KIN_PLURALS = frozenset("children sons daughters brothers sisters siblings twins".split())


def _kin_list(noun: Token, args: Arguments) -> Arg:
    """The names a kinship noun lists: its apposition (``four children: A, B``, ``brothers A and
    B``), a coordination right after a comma (``four children, A, B``) or what it
    ``included``/``were``."""
    for c in noun.children:
        if c.dep_ == "appos" and args.ent(c) is not None:
            return args.arg(c, pronouns=False)
    for c in noun.children:  # "four children, A, B and C" parsed as a coordination
        if c.dep_ == "conj" and args.ent(c) is not None and c.left_edge.i == noun.i + 2 and args.set_off(c):
            return args.arg(c, pronouns=False)
    doc, after = noun.doc, noun.i + 2  # "the five Rockefeller brothers: A, B and C", the list hung elsewhere
    if after < len(doc) and doc[after - 1].text == ":" and args.ent(doc[after]) in args.roots:
        return args.arg(args.roots[args.ent(doc[after])], pronouns=False)
    if noun.dep_ == "nsubj" and noun.head.lemma_ in ("include", "be"):
        for c in noun.head.children:
            if c.dep_ in ("dobj", "attr") and args.ent(c) is not None:
                return args.arg(c, pronouns=False)
    return Arg()


#: What each listed name is of the list's owner (``his sons A and B``: son of him).
KIN_SINGULAR = {"children": "child", "sons": "son", "daughters": "daughter", "brothers": "brother",
                "sisters": "sister", "siblings": "sibling"}


def _kin_owner(noun: Token, args: Arguments) -> Arg:
    """Whose kin the list is: the possessor (``Piccard's siblings``, ``his children``), or the
    subject of ``have`` (``with whom he had four children``, ``he has two sons, A and B``) and
    the one it is had ``with``."""
    for c in noun.children:
        if c.dep_ == "poss":
            return args.arg(c)
    owner = Arg()
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_ == "have" and noun.lower_ in KIN_SINGULAR:  # "has two sons, A and B"
        for c in verb.children:
            if c.dep_ == "nsubj":
                owner.add(args.arg(c))
            elif c.dep_ == "prep" and c.lower_ == "with":
                for a in args.pobj_args(c):
                    owner.add(a)
    return owner


def siblings(noun: Token, args: Arguments) -> Iterator[RawTriple]:
    """``They have four children: Paul, Alexandre and Nicolas``, ``his children included A and
    B``, ``twin brothers Jonathan Scott and Drew Scott``: each two names of the list; and each
    is ``son of``/``sibling of``… the list's owner (``Piccard's siblings A and B``,
    ``with whom he had four children, A, B``: ``siblings@owner``).

    Pattern: noun{children|brothers|…} > appos{name} (> conj), or noun < nsubj verb{include|be} >
    dobj|attr{name}; noun > poss, or noun < dobj verb{have} > nsubj|prep{with}.
    """
    names = [m for m in _kin_list(noun, args).mentions if args.mentions[m].type not in _NOT_ENDS]
    for i, a in enumerate(names):
        yield from emit(args, [a], "sibling of", names[i + 1:], "siblings")
    kin = KIN_SINGULAR.get(noun.lower_)
    if names and kin:
        owner = _kin_owner(noun, args)
        owner.mentions = [m for m in owner.mentions if _end(m, args) and not is_place(m, args) and m not in names]
        yield from emit(args, Arg(names, owner.inferred), f"{kin} of", owner, "siblings@owner")


def _orgs(tok: Token, args: Arguments, kinds: frozenset[str] = frozenset({"ORG"})) -> list[int]:
    """Organisations (or ``kinds``) among the compounds in front of ``tok`` (through unnamed compounds)."""
    out: list[int] = []
    for c in tok.children:
        mi = args.ent(c)
        if c.i > tok.i or c.dep_ not in ("compound", "nmod") and (c.dep_ != "amod" or mi is None):
            continue  # a name the tagger called an adjective: "the Zhang Yimou film"
        if mi is not None and args.mentions[mi].type in kinds and not args.opposed(mi):
            out.append(mi)
        elif mi is None and c.pos_ == "NOUN":
            out.extend(_orgs(c, args, kinds))
    return out


def org_modifier(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Arthur Percival was a senior British Army officer`` → officer of British Army;
    ``Młociny is a Warsaw Metro station`` → station of Warsaw Metro; a name before a noun whose
    ``of`` names ``mi`` is that noun of it (``Masdar company of the United Arab Emirates``).

    Pattern: describing noun > compound|nmod{ORG}.
    """
    if not _end(mi, args):
        return
    top = root.head if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.i == root.left_edge.i - 1 else None
    if top is not None and top.head.pos_ == "NOUN" and args.ent(top.head) is None \
            and not any(c.dep_ in ("det", "poss") for c in top.head.children):  # "Masdar company of the
        noun = top.head  # United Arab Emirates", "Thranduil king of northern Mirkwood": the name before is the
        # noun's (not "The New South Wales secretary of the TWU": an article makes the name a modifier)
        for c in (c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i and c.pos_ == "PROPN"):
            if (o := args.ent(c)) not in (None, mi) and args.mentions[o].type in ("ORG", "PERSON", "FAC"):
                yield from emit(args, [o], f"{noun_label(noun, max_words=2)} of", [mi], "org_modifier")
    for noun in describing_nouns(mi, root, args):
        orgs = [o for o in _orgs(noun, args) if o != mi]  # not "Rosneft head of Rosneft": a name NER missed
        label_of = member_label if noun.tag_ == "NNS" else noun_label  # "NATO members France and Italy": each a member
        label = label_of(noun, max_words=2, named=lambda t: args.ent(t) is not None)
        yield from emit(args, [mi], f"{label} of", orgs, "org_modifier")
        if noun.lower_ in WORK_NOUNS:  # "the Zhang Yimou film Coming Home"
            makers = [p for p in _orgs(noun, args, frozenset({"PERSON"})) if p != mi]
            yield from emit(args, [mi], f"{noun_label(noun, max_words=2)} by", makers, "org_modifier@maker")


def place_modifier(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``the Seattle band Nirvana`` → band from Seattle; ``a Bucharest airport`` → located in: a
    place (no country: that is a nationality, ``a U.S. Representative``) in front of a noun
    describing an organisation or a place says where it is from or lies.

    Pattern: describing noun > compound|nmod{GPE, not a country}; X an organisation, a place or a
    building, and no country itself. Not a noun whose ``of`` names X (``the Lazio region of
    Italy``: the region is in Italy, not Italy in Lazio; ``region_of`` reads it), nor a person
    (``Philadelphia architect X``: where one works or comes from; on Re-DocRED dev none of such
    edges was annotated).
    """
    m = args.mentions[mi]
    located = is_place(mi, args) or m.type == "FAC"
    top = root
    while top.dep_ == "conj" and top.head.i != top.i:  # "the West Bank towns of Salfit and Tulkarem"
        top = top.head
    if not _end(mi, args) or not (located or m.type == "ORG") or is_country(m.text) \
            or top.dep_ == "pobj" and top.head.lower_ == "of":
        return
    for noun in describing_nouns(mi, root, args):
        places = [p for p in _orgs(noun, args, frozenset({"GPE"}))
                  if p != mi and not is_country(args.mentions[p].text)]
        rel = "located in" if located else f"{noun_label(noun, max_words=2)} from"
        yield from emit(args, [mi], rel, places, "place_modifier")


#: Nouns for a child whose ``of`` names its parents, and the noun for the parents themselves.
CHILD_NOUNS = frozenset("son daughter child children sons daughters".split())


def _parents(noun: Token, args: Arguments) -> list[int]:
    """The two people a kinship noun names as parents: ``son of A and B``, ``parents are A and
    B``, ``his parents, A and B``; [] unless exactly two people."""
    heads: list[Token] = []
    if noun.lower_ in CHILD_NOUNS:
        heads = [q for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for q in p.children if q.dep_ == "pobj"]
    elif noun.lower_ == "born":  # "born in Windham to Joseph Brewster and Sarah Brewster"
        heads = [q for p in noun.children if p.dep_ == "prep" and p.lower_ == "to"
                 for q in p.children if q.dep_ == "pobj"]
    elif noun.lower_ == "parents":
        heads = [c for c in noun.children if c.dep_ == "appos"]
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            heads += [c for c in noun.head.children if c.dep_ == "attr"]
    for h in heads:
        people = [args.ent(t) for t in (h, *conjuncts(h))]
        if len(people) == 2 and all(p is not None and args.mentions[p].type == "PERSON" for p in people) \
                and people[0] != people[1]:
            return people
    return []


def co_parents(noun: Token, args: Arguments) -> Iterator[RawTriple]:
    """``the daughter of actors Raf Vallone and Elena Varzi`` → Raf Vallone had a child with
    Elena Varzi (not ``the daughter of Aphrodite and Zeus or Hermes``: three names); ``born to A
    and B`` too.

    Pattern: noun{son|daughter|child…} > prep{of} > pobj{PERSON} > conj{PERSON}, or
    noun{parents} > appos|(< nsubj be >) attr {PERSON} > conj{PERSON}, or verb{born} > prep{to} >
    pobj{PERSON} > conj{PERSON}.
    """
    people = _parents(noun, args)
    if people:
        yield from emit(args, [people[0]], "had a child with", [people[1]], "co_parents")
