"""Relations a sentence states inside its noun phrases: what the nouns describing an entity say.

Encyclopedic and news prose puts most facts into descriptions rather than clauses: ``Roketsan is a
major Turkish weapons manufacturer based in … Ankara``, ``Altamura, a town in Apulia``. A
*describing noun* of an entity X is a common noun the sentence says X is: a copula's complement
(``X is a town and comune of …``) or subject (``the first prime minister of Siam was X``), an
apposition either way (``X, a town in …`` / ``the town, X``), a noun whose ``of`` names X (``the
Canadian province of Alberta``), a common noun before X's name (``American songwriter Jane Doe``).

Rows (``rule`` on the edge):

``nationality``   a people's adjective (no region's) on X or a describing noun: nationality; on a
                  place country, on a work country of origin (P27/P17/P495 by kg/data/predicates.yaml).
``class_noun``    a preposition or participle on a describing noun: ``a town in Apulia`` (``town
                  in``), ``an album by X``, ``a manufacturer based in Ankara``, ``educated at``.
``place_chain``   places written each within the next: ``Bari, in the region of Apulia, in
                  Southern Italy`` → located in, along the chain.
``described``     the names a copula's complement reaches through two prepositions (``X is a
                  wilderness area in the Coconino forests in the U.S. state of Arizona``).
``located_in``    a place, building, body or event with ``in`` + a place: ``the Louvre in Paris``.

A preposition's object that is itself a describing noun stands for the entity it names (``in
the central province of Ankara`` → Ankara). Lists are not chains (``France, Germany and Italy``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.doc_arrays import conjuncts
from kg.lexicon.countries import demonyms, is_country
from kg.lexicon.regions import continental_people, regional_people
from kg.lexicon.names import norm
from kg.predicates import node_types, noun_kind
from kg.relations.arguments import Arg, Arguments
from kg.relations.place_chains import (PLACE_WORDS, chain_after, chain_modifies, is_place, named_place, region_name,
                                       with_chain)
from kg.relations.place_sites import list_place, site_place
from kg.relations.copulas import copula_of
from kg.relations.named_nouns import named_kind
from kg.relations.describing import describing_nouns, name_between
from kg.relations.fields import held_parts, role_field
from kg.relations.participles import of_object_described
from kg.relations.listed import pair_nouns
from kg.relations.tokens import hyphen_pair, member_label, noun_label, participle_preps, picked_by_one, up_conj, verb_label
from kg.relations.triples import RawTriple, emit
from kg.relations.venues import after_venue
from kg.relations.words import NEAR_PREPS, ROLE_NOUNS, WORDING_NOUNS

#: Entity types a nationality adjective can describe, with the relation's label.
NATIONALITY_LABELS = {"PERSON": "nationality", "ORG": "nationality", "WORK_OF_ART": "country of origin",
                      "PRODUCT": "country of origin", "GPE": "country", "LOC": "country", "FAC": "country",
                      "EVENT": "country"}
#: The rule of a nationality edge whose describing noun names another kind of name than NER's
#: ("a French skier" for a name NER typed ORG): kg/data/predicates.yaml types its ends by it.
NOUN_KIND_RULES = {"PERSON": "nationality_person", "WORK_OF_ART": "nationality_work"}
#: Prepositions of a describing noun that state a relation (``a town in``, ``album by``, ``a joint
#: venture between A and B``: the subject is of each).
CLASS_PREPS = frozenset({"in", "of", "at", "for", "by", "from", "near", "on", "with", "between"})
#: Participles of a describing noun that state a relation (``a company based in``).
PARTICIPLES = frozenset("""base locate situate headquarter publish educate bear found establish
    incorporate own operate produce release manufacture develop write direct make build""".split())
#: Nouns that only a place is (``X, capital of Y``, ``X, a town in Y``).
#: Entity types whose ``in`` + place states where they are.
LOCATABLE = frozenset({"GPE", "LOC", "FAC", "ORG", "EVENT"})


def _nationality_word(kind: str, text: str) -> bool:
    """A nationality: NER's NORP, a country's name, or a people's adjective NER typed as a place
    or an organisation (``an Angolan sport shooter``: Angolan/GPE)."""
    if kind == "NORP":
        return True
    if kind == "GPE" and is_country(text):
        return True
    return kind in ("GPE", "ORG", "LOC") and " " not in text.strip() and norm(text) in demonyms()


def _norps(tok: Token, args: Arguments) -> list[int]:
    """Nationality mentions modifying ``tok`` (through its compounds: ``Turkish weapons maker``,
    and a capitalised title before a name: ``Turkish Foreign Minister Hakan Fidan``)."""
    out: list[int] = []
    for c in tok.children:
        if c.i > tok.i or c.dep_ not in ("amod", "compound", "nmod"):
            continue
        mi = args.ent(c)
        if mi is not None and _nationality_word(args.mentions[mi].type, args.mentions[mi].text):
            if not _served_place(c, mi, args) and not hyphen_pair(c, args.ent) and not _a_language(mi, args) \
                    and not (tok.lower_ in LOCAL_OFFICES and args.mentions[mi].type == "GPE"):
                out.append(mi)  # "an American songwriter", "a U.S. Representative", "an Angolan shooter"
                out.extend(m for d in c.children if d.dep_ == "amod" and d.i < c.i and (m := args.ent(d)) is not None
                           and args.mentions[m].type == "NORP" and _nationality_word("NORP", args.mentions[m].text)
                           and not hyphen_pair(d, args.ent) and m not in out)  # "a Swedish Christian politician":
                # the parser hangs one on the other; not "a Greek-French journalist" (``hyphen_pair``)
        elif mi is None and (c.pos_ == "NOUN" or c.tag_ == "VBG" or (c.pos_ == "PROPN" and c.lower_ in ROLE_NOUNS)) \
                and not name_between(c, tok, args):  # "the Swedish music streaming service": through a gerund
            out.extend(_norps(c, args))  # "Chinese President Xi Jinping": the title is a proper noun
    return out


#: Offices of a state or a town: a place before one ("Georgia governor Brian Kemp") is no nationality.
LOCAL_OFFICES = frozenset("governor mayor sheriff councillor councilor alderman".split())
#: Prepositions before a country run into an envoy's name: where he serves or what he covers, not his country.
_SERVED_PREPS = frozenset({"to", "in", "for"})


def _served_place(tok: Token, mi: int, args: Arguments) -> bool:
    """The country ``mi`` (which ``tok`` is in) follows "to" or "in": "the Ambassador of China to
    Kazakhstan Zhang Xiao" (translated news: the parser hangs the country on the name as a
    compound) says where the envoy serves; "Kazakhstan" is no nationality of his."""
    if args.mentions[mi].type != "GPE":
        return False  # "an aide to Afghan Prime Minister X": a people's adjective describes him
    start, _ = args.span_in_sentence(mi)
    return start > 0 and tok.doc[start - 1].lower_ in _SERVED_PREPS


def _languages(tok: Token, args: Arguments) -> list[int]:
    """The people's words before ``tok`` in its phrase that name a language ("a 2008 Tamil-language
    period drama film": the parser hangs "Tamil" on "language", and that on the nouns before "film")."""
    found = {mi for t in tok.doc[tok.left_edge.i:tok.i] if (mi := args.ent(t)) is not None}
    return sorted(mi for mi in found if args.mentions[mi].type in ("NORP", "LANGUAGE") and _a_language(mi, args))


def _a_language(mi: int, args: Arguments) -> bool:
    """The people's word names a language: "an English-language daily", "a French-speaking
    minority" (no country of the paper or the minority)."""
    end, doc = args.span_in_sentence(mi)[1], args.doc
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in ("language", "speaking")


def nationality(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``an American songwriter``, ``the Canadian province of Alberta``, ``Turkish weapons
    manufacturer``: the adjective's country (a faith's: religion) for the entity the noun describes.
    Pattern: describing noun (or the name) > amod|compound{NORP}."""
    kind, key, nouns = args.mentions[mi].type, "nationality", describing_nouns(mi, root, args)
    if any(n.lower_ in WORDING_NOUNS for n in nouns):
        return  # "His Turkish nickname is İmparator": the nickname's language, not his country
    # "Franck Piccard is a French skier" with Piccard/ORG: the noun says which kind of name it is.
    # It wins even when the mention already has it: the node's type is the majority of its
    # mentions' ("Louis Lombardi is an American actor" beside three mentions NER read as ORG), and
    # the rule keeps what this sentence says of it for the type guard (a citizenship)
    said = next((k for k in map(noun_kind, (n.lower_ for n in nouns)) if k), None)
    if said and kind in NATIONALITY_LABELS:
        kind, key = said, NOUN_KIND_RULES[said]
    label = NATIONALITY_LABELS.get(kind)
    if label is None:
        return
    norps: list[int] = []
    for noun in [root, *nouns, *pair_nouns(root)]:
        norps.extend(n for n in _norps(noun, args) if n not in norps and n != mi)
    continental = [n for n in norps if continental_people(args.mentions[n].text)] if label == "country" else []
    for t in emit(args, [mi], "continent", continental, key):
        t.predicate = "continent"  # "a South American country": its continent (``kg.lexicon.regions``)
        yield t
    norps = [n for n in norps if not regional_people(args.mentions[n].text)]  # "a Scandinavian company"
    if label != "nationality":  # a place, work or event has a country, not a religion or party
        norps = [n for n in norps if args.mentions[n].type == "GPE"
                 or "NATIONALITY" in node_types("NORP", args.mentions[n].text)]
    if label == "country of origin":  # "a 2008 Tamil-language film": its language, not its country
        yield from emit(args, [mi], "original language", [n for noun in [root, *nouns] for n in _languages(noun, args)],
                        "nationality_language")
    faiths = [n for n in norps if args.mentions[n].type == "NORP" and "RELIGION" in node_types("NORP", args.mentions[n].text)]
    # "Greens leader Bob Brown": a party's adjective says whose member one is; of a chamber, nothing
    parties = [n for n in norps if args.mentions[n].type == "NORP" and "PARTY" in node_types("NORP", args.mentions[n].text)]
    yield from emit(args, [mi], label, [n for n in norps if n not in faiths and n not in parties], key)
    yield from emit(args, [mi], "religion", faiths, key)  # "the radical Islamic group Hamas": no nationality
    yield from emit(args, [mi], "member of", [] if "GOVERNMENT" in node_types(kind, args.mentions[mi].text) else parties, key)


def class_noun(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``X is a town in Y``, ``X, a politician for Y``, ``X, a manufacturer based in Y``; a
    place tail carries on along its chain (``a hamlet in Guilderland, Albany County``).

    Pattern: describing noun > prep{in|of|at|for|by|…} > pobj, or noun > acl{VBN} > prep > pobj.
    """
    verb = copula_of(up_conj(root), args)
    verb = verb if verb is not None and any(c.dep_ == "neg" for c in verb.children) else None
    for t, noun in _class_triples(mi, root, args):
        if verb is not None and (noun is None or up_conj(noun).head.i == verb.i):
            t.negated = True  # "X is not a city in Y" (an apposition's "X, a town in Y, is not …" stays)
        yield t


def _class_triples(mi: int, root: Token, args: Arguments) -> Iterator[tuple[RawTriple, Token | None]]:
    """``class_noun``'s edges, each with the describing noun that states it (None: the copula's ``in``)."""
    top = up_conj(root)  # "the Mexican states of Chihuahua and Sonora": each conjunct is named by "of"
    named_by_of = top.dep_ == "pobj" and top.head.lower_ == "of"
    set_off = root.dep_ == "appos" and root.doc[root.left_edge.i - 1].text == ","  # "The mayor of X, Y, of the Z,"
    for noun in describing_nouns(mi, root, args):
        member = picked_by_one(noun)
        if noun.tag_ == "NNS" and not (conjuncts(root) or named_by_of or member):
            continue  # "X, parts of Y": a plural says something of a group (not "one of the parts")
        label = member_label(noun, max_words=2) if member else noun_label(noun, max_words=2)
        if noun_kind(noun.lower_) == "PERSON" and args.mentions[mi].type != "PERSON" and is_place(mi, args):
            # "He was born in Uppsala, the son of X": a place is no one's son; the clause's person is
            owner = _clause_person(root, args)
            for c in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in CLASS_PREPS and owner):
                for q in (q for q in c.children if q.dep_ == "pobj"):
                    yield from ((t, noun) for t in emit(args, owner, f"{label} {c.lower_}", args.arg(q, pronouns=False),
                                                        "class_noun"))
            continue
        if noun.lower_ in PLACE_WORDS and is_place(mi, args) and region_name(noun, args) is None:
            # "the U.S. state of Michigan" (not "the Sukhumi district of Abkhazia": region_of)
            outer = [args.ent(c) for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i
                     and args.ent(c) is not None and is_place(args.ent(c), args)]
            yield from ((t, noun) for t in emit(args, [mi], "located in", outer, "class_noun"))
        field = role_field(noun, args, [mi])
        for c in [*noun.children, *_shared_preps(noun)]:
            word = _under_rule(c) or c.lower_
            read = word in CLASS_PREPS or word == "over" and noun.lower_ in _CROSSINGS  # "a bridge over the Tees"
            if c.dep_ == "prep" and read and not (noun.i < root.i and (named_by_of or set_off and c.i > root.i)):
                for q in (q for q in c.children if q.dep_ == "pobj"):
                    for text, tails in held_parts(args, label, field, word, named_place(q, args)):
                        yield from ((t, noun) for t in with_chain(args, mi, text, tails, "class_noun"))
            elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in PARTICIPLES and of_object_described(c) is None:
                for v, p in participle_preps(c):
                    for q in (q for q in p.children if q.dep_ == "pobj"):
                        yield from ((t, noun) for t in with_chain(
                            args, mi, f"{verb_label(v)} {p.lower_}", named_place(q, args), "class_noun@participle"))
    verb = copula_of(root, args)
    if verb is not None and args.mentions[mi].type in LOCATABLE:
        for c in verb.children:  # "X is a comune of Bari, in the region of Apulia"
            if c.dep_ == "prep" and c.lower_ == "in":  # not "Viet Nam, in which Korea is the largest investor"
                for q in (q for q in c.children if q.dep_ == "pobj" and q.tag_ not in ("WDT", "WP")):
                    places = [m for m in named_place(q, args).mentions if is_place(m, args)]
                    yield from ((t, None) for t in with_chain(args, mi, "located in", Arg(places), "class_noun"))


#: Structures a river or a road is "over" ("a suspension bridge over the River Tees").
_CROSSINGS = frozenset({"bridge", "viaduct", "aqueduct", "dam", "weir", "footbridge", "crossing"})
#: What a place is "under the ... of" when it lies in the named place ("a town under the
#: administration of Ningxiang", "a village under the jurisdiction of Baoding").
_RULE_NOUNS = frozenset({"administration", "jurisdiction"})


def _under_rule(prep: Token) -> str | None:
    """"in" for "under the administration of X" (the place administered by X lies in it), else None."""
    if prep.lower_ != "under":
        return None
    return "in" if any(q.dep_ == "pobj" and q.lower_ in _RULE_NOUNS for q in prep.children) else None


def _shared_preps(noun: Token) -> list[Token]:
    """``the capital and largest city of Mongolia``: a noun with no preposition of its own shares
    the one on the later conjunct of its noun phrase (a conjunct with no article of its own; ``a
    singer and a member of Y`` are two phrases, and the singer is not of Y)."""
    if any(c.dep_ == "prep" and c.lower_ in CLASS_PREPS for c in noun.children):
        return []
    return [c for n in conjuncts(noun) if n.i > noun.i and n.pos_ == "NOUN"
            and not any(d.dep_ in ("det", "poss") for d in n.children)
            for c in n.children if c.dep_ == "prep" and c.lower_ in CLASS_PREPS]


def _clause_person(place: Token, args: Arguments) -> Arg:
    """The person whose clause a place phrase sits in (``He was born in Cumberland County, Nova
    Scotia, the son of …``: the place's chain up to the verb, then the verb's subject: a person
    noun describes it, whatever NER typed the name), or none."""
    t = place
    while t.dep_ in ("pobj", "prep", "appos", "conj", "compound") and t.head.i != t.i:
        t = t.head
    if t.pos_ not in ("VERB", "AUX"):
        return Arg()
    subj, _ = args.clause_subjects(t)  # a name NER typed no person is one here, not a place ("Asante-Boateng", ORG)
    people = [m for m in subj.mentions if args.mentions[m].type not in ("GPE", "LOC", "FAC") and not is_place(m, args)]
    return Arg(people, subj.inferred) if people else Arg()


def located_in(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``the Louvre in Paris``, ``the 2010 Winter Olympics in Vancouver``, ``the United States
    Naval Academy at Annapolis``; a site or a place "on" a river, a lake or a coast (``the Grand
    Ethiopian Renaissance Dam on the Blue Nile``: no people's or body's name is "on" there).

    Pattern: name{GPE|LOC|FAC|ORG|EVENT} > prep{LOWER: in|at} > pobj{GPE|LOC};
    name{FAC|GPE|LOC} > prep{LOWER: on} > pobj{LOC|FAC}.
    """
    kind = args.mentions[mi].type
    if kind not in LOCATABLE | {"WORK_OF_ART", "PRODUCT"} or is_country(args.mentions[mi].text):
        return
    label = "held in" if kind == "EVENT" else "located in"
    own = [t for t in root.subtree if args.ent(t) == mi]  # "the Archdiocese of Colombo in Sri Lanka"
    if root.dep_ == "compound" and named_kind(args, root.head) == mi:
        own.append(root.head)  # "the Nasdaq exchange in New York": the exchange is Nasdaq
    for c in (c for t in own for c in t.children):
        if c.dep_ == "prep" and c.lower_ in ("in", "at") and args.ent(c) is None and not after_venue(c, args):
            for q in (q for q in c.children if q.dep_ == "pobj"):
                places = [m for m in named_place(q, args).mentions if is_place(m, args)]
                yield from with_chain(args, mi, label, Arg(places), "located_in")
        elif c.dep_ == "prep" and c.lower_ == "on" and kind in ("FAC", "GPE", "LOC") and args.ent(c) is None:
            for q in (q for q in c.children if q.dep_ == "pobj"):  # "the Renaissance Dam on the Blue Nile"
                sites = [m for m in named_place(q, args).mentions if args.mentions[m].type in ("LOC", "FAC")]
                yield from emit(args, [mi], "located on", Arg(sites), "located_in")
    if kind in ("GPE", "LOC", "FAC", "ORG"):
        for prep in (*list_place(root, args), *site_place(mi, root, args)):
            for q in (q for q in prep.children if q.dep_ == "pobj"):
                places = [m for m in named_place(q, args).mentions if is_place(m, args) and m != mi]
                yield from with_chain(args, mi, label, Arg(places), "located_in")


#: Dependencies a name may hang on below a preposition of a describing noun (no clause of its own).
_DESCRIPTION_DEPS = frozenset({"compound", "prep", "pobj", "appos", "conj"})
#: Mention types a description's name never is (values, and nationalities: ``nationality`` reads them).
_NOT_DESCRIBED = frozenset({"NORP", "DATE", "CARDINAL", "TIME", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"})


#: Prepositions that name a partner or an opponent of the noun they hang on, not a whole it is of.
_PARTNER_PREPS = frozenset({"with", "against", "versus"})


def _names_below(prep: Token, mi: int, args: Arguments) -> list[int]:
    """The names under a preposition, through objects, appositions, conjuncts and at most one more
    preposition (``in the Coconino national forests in the U.S. state of Arizona``)."""
    todo, found = [(prep, 0)], []
    while todo:
        t, depth = todo.pop()
        for c in t.children:
            if c.dep_ not in _DESCRIPTION_DEPS or (c.dep_ == "prep" and (depth >= 1 or c.lower_ in _PARTNER_PREPS
                                                                          and t.dep_ == "pobj")):
                continue  # nor "part of the alliance with Renault": the partner, not what X is part of
            m = args.ent(c)
            if c.dep_ == "appos" and m is None:
                continue  # "head of the JUI Party, a long time supporter of bin Laden": the party's noun
            if m is not None and m != mi and m not in found and args.mentions[m].type not in _NOT_DESCRIBED:
                found.append(m)
            todo.append((c, depth + (c.dep_ == "prep")))
    return sorted(found)


def _where_for(prep: Token, args: Arguments) -> str | None:
    """The place preposition under "for" and the common noun it names ("a school for girls in
    Limerick", "a charity for children in Leeds": in), which says where the described thing is;
    whom it is for names no place."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ == "for" else None
    if obj is None or obj.pos_ != "NOUN" or args.ent(obj) is not None:
        return None
    return next((c.lower_ for c in obj.children if c.dep_ == "prep" and c.lower_ in ("in", "at")), None)


def described(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Sycamore Canyon Wilderness is a wilderness area in the Coconino national forests in the
    U.S. state of Arizona`` → wilderness area in Arizona; ``Symphony Hall is a concert hall located
    at 301 Massachusetts Avenue in Boston`` → located at Boston: the names a copula's complement
    reaches through its prepositions (two at most) and participles are what the subject is a
    noun of. On Re-DocRED dev 0.60 of the pairs it adds are annotated (three hops: 0.27; a set-off
    apposition's nouns, or any describing noun: 0.27, lists join there).

    Pattern: name < nsubj be > attr{NOUN} > prep{in|of|by|…} | acl{VBN} > prep, then pobj >
    (compound|appos|conj|prep > pobj)* with one more prep at most.
    """
    verb = copula_of(up_conj(root), args)
    if verb is None or args.mentions[mi].type in _NOT_DESCRIBED:
        return
    negated = any(c.dep_ == "neg" for c in verb.children)
    for noun in (c for c in verb.children if c.dep_ == "attr" and args.ent(c) is None and c.pos_ == "NOUN"):
        area = role_field(noun, args, [mi])  # "head of research at X"
        starts = [(p, noun_label(noun, max_words=2), p.lower_) for p in noun.children
                  if p.dep_ == "prep" and p.lower_ in CLASS_PREPS]
        starts += [(p, verb_label(v), p.lower_) for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                   and c.lemma_.lower() in PARTICIPLES and of_object_described(c) is None for v, p in participle_preps(c)]
        for prep, label, word in starts:  # not "by the Ocala, Florida group": a place that modifies a noun
            word = _where_for(prep, args) or word  # "a school for girls in Limerick": a school in Limerick
            names = [m for m in _names_below(prep, mi, args) if not (is_place(m, args) and chain_modifies(m, args))]
            if word in NEAR_PREPS and names and is_place(names[0], args):  # "a village near Exeter, Devon":
                names = [m for m in names if m not in chain_after(names[0], args)[1:]]  # class_noun puts it in Devon
            for text, tails in held_parts(args, label, area if prep.head.i == noun.i else None, word, names):
                yield from emit(args, [mi], text, tails, "described", negated=negated)
