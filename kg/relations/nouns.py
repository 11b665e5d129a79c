"""Noun and mention rules: nominalised events, appositions, titles in front
of a name, offices of a body before their holder's name, and possessives (``according to``:
``kg.relations.according``).

Token rows take ``(token, args)``; mention rows take ``(mention index, its root token, args)``.
The shapes are written as DependencyMatcher-style patterns (``>`` = child) in the docstrings.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.doc_arrays import conjuncts
from kg.lexicon.countries import is_country
from kg.lexicon.words import FACILITY_NOUNS, PLACE_NOUNS
from kg.lexicon.english import word_classes
from kg.prefix_repairs import cut_prefix
from kg.relations.arguments import Arg, Arguments
from kg.relations.clause import clause, noun_clause
from kg.relations.conjunct_bodies import conjunct_body
from kg.relations.fields import held_parts, portfolio_of, role_field
from kg.relations.people_offices import office_of_people, peoples_before_office
from kg.relations.place_sites import known_place, no_place_noun
from kg.relations.relative import KIN_NOUNS, PLACE_TYPES
from kg.relations.role_bodies import (field_body, office_body, previous_body, reporting_body, short_name_body,
                                      short_name_word)
from kg.relations.tokens import NOUN_MOD_DEPS, definite_org, is_event, label_words, noun_label, words
from kg.relations.transfers import HOLDER_TYPES, TAKING_NOUNS
from kg.relations.triples import RawTriple, emit
from kg.relations.unions import formed_by, made_by_union, parties_of, two_parties
from kg.relations.words import (ADVISER_NOUNS, BETWEEN_NOUNS, COMPANY_NOUNS, PERSON_ONLY_ROLES, PLACE_KIND_NOUNS,
                              POSTED_ROLES, ROLE_NOUNS, TIE_NOUNS)

#: Prepositions that attach the participants of a nominalised event.
EVENT_PREPS = ("of", "to", "with", "by", "against", "into", "for", "on")


def _event_agent(noun: Token, preps: dict[str, Arg], args: Arguments) -> Arg | None:
    """Who does the event: ``X's acquisition``, ``… by X``, ``the US boycott``, ``the meeting of X
    with Y``; None to stop."""
    agent = Arg()
    for c in noun.children:
        if c.dep_ == "poss":
            if c.pos_ == "PRON" and noun.dep_ == "dobj":
                return None  # "abused its dominance of X": the clause already says it (object_prep)
            agent = args.arg(c)
            break
    if not agent and "by" in preps and "of" in preps:
        agent = preps.pop("by")
    if not agent and "with" in preps and "of" in preps and noun.lower_ in BETWEEN_NOUNS:
        agent = preps.pop("of")  # "the meeting of Lavrov with Rubio" (translated news): Lavrov's
    if not agent and noun.pos_ == "NOUN" and is_event(noun):  # "the US boycott of X"
        for c in noun.children:
            mi = args.ent(c)
            if c.dep_ in NOUN_MOD_DEPS and mi is not None and args.mentions[mi].type in ("ORG", "GPE", "PERSON"):
                agent = Arg([mi])
                break
    return agent


def nominal(noun: Token, args: Arguments) -> Iterator[RawTriple]:
    """Nominalised events: ``X's acquisition of Y``, ``the acquisition of Y by X``,
    ``the US boycott of Y``, ``the sale of Y to Z`` (``nominal@sale``), ``the transfer of Y from
    Z`` (``nominal@from``: Y was Z's, a player its club's, a company its owner's).

    An office is no event: "China's ambassador to Kazakhstan" says nothing China does to
    Kazakhstan (the office's rows join its holder: ``office_of``, ``appos``).

    Pattern: noun > poss, noun > prep{LOWER: of|to|with|by|…} > pobj.
    """
    if role_noun(noun.lower_) or noun.lower_ in _RELATION_NOUNS:
        return  # a person is no event: "his counterpart of Paraguay, Santiago Peña" is Peña's
    if noun.lower_ in PLACE_NOUNS | PLACE_KIND_NOUNS:
        yield from _place_of_place(noun, args)  # a place is no event: "Sydney's suburb of Castle Hill"
        return
    preps: dict[str, Arg] = {}
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in EVENT_PREPS:
            for a in args.pobj_args(c, pronouns=False):
                preps.setdefault(c.lower_, a)
        if c.dep_ == "prep" and c.lower_ == "between" and noun.lower_ in BETWEEN_NOUNS:
            yield from _between(noun, c, args)
        elif c.dep_ == "prep" and (parties := parties_of(noun, c, args)):  # "the merger of A and B"
            yield from _between(noun, c, args)
            yield from made_by_union(noun, parties, args)  # "X, born from the merger of A and B"
    yield from formed_by(noun, args)  # "the consortium formed by Vinci and Acciona" (``kg.relations.unions``)
    if not preps:
        return
    agent = _event_agent(noun, preps, args)
    if agent is None:
        return
    if not agent and ("with" in preps and noun.lower_ in BETWEEN_NOUNS
                      or "to" in preps and noun.lower_ in TRAVEL_NOUNS and not _of_someone(noun, args)):  # not "the visit
        agent = _party_of_clause(noun, args)  # to Canada of the Duke"; "X arrived for talks with Y", "is on a visit to"
    label = noun_label(noun, max_words=3)
    cl = noun_clause(args, noun)
    if agent:
        for prep, tail in preps.items():
            if prep != "by":
                yield from emit(args, agent, f"{label} {prep}", tail, "nominal", cl)
    elif "of" in preps and "to" in preps:  # "the sale of TikTok to Microsoft"
        yield from emit(args, preps["of"], f"{label} to", preps["to"], "nominal@sale", cl)
    if "of" in preps and noun.lower_ in TAKING_NOUNS:  # "the transfer of X from Y": X was Y's
        for c in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"):
            for held in args.pobj_args(c, pronouns=False):
                held = Arg([m for m in held.mentions if args.mentions[m].type in HOLDER_TYPES], held.inferred)
                yield from emit(args, preps["of"], f"{label} from", held, "nominal@from", cl)


#: Prepositions that put a joint event or a journey in its clause's frame: "arrived for talks
#: with X", "is in talks with X", "after talks with X", "is on a visit to X".
_FRAME_PREPS = frozenset({"for", "in", "after", "during", "before", "on"})
#: Nouns of a journey, whose "to" names where the subject of their clause went.
TRAVEL_NOUNS = frozenset("visit trip tour journey".split())


def _of_someone(noun: Token, args: Arguments) -> bool:
    """The journey has an "of", which names its traveller, named or not ("the visit of the Duke to
    Canada"), and so when the parser hung it on the place ("the visit to Canada of TRH the Duke");
    not an "of" inside the place's name ("a visit to the Republic of Korea")."""
    places = [p for to in noun.children if to.dep_ == "prep" and to.lower_ == "to" for p in to.children if p.dep_ == "pobj"]
    return any(c.dep_ == "prep" and c.lower_ == "of" and not any(
        args.ent(o) is not None and args.ent(o) == args.ent(h) for o in c.children)
        for h in [noun, *places] for c in h.children)


def _party_of_clause(noun: Token, args: Arguments) -> Arg:
    """The subject of the verb a joint event (``BETWEEN_NOUNS``) hangs on through "for"/"in"/
    "after"… is a party to it: "Widodo arrived in Canberra for talks with Albanese" (Widodo
    talks with Albanese), "Qantas is in talks with Airbus"; and so the traveller of a journey
    (``TRAVEL_NOUNS``): "Shehbaz Sharif, who is on an official visit to China" (*visit to*
    China), "During his visit to Japan, Lula met …". An empty Arg otherwise."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _FRAME_PREPS or verb.pos_ not in ("VERB", "AUX"):
        return Arg()
    return clause(args, verb).subjects


def _between(noun: Token, prep: Token, args: Arguments) -> Iterator[RawTriple]:
    """``talks between Zinni and Israeli Prime Minister Ariel Sharon``, ``the war between Iran and
    Iraq``: a noun of what two do together (``BETWEEN_NOUNS``) ``between`` exactly two names joins the first to the second ``with``
    (``talks with``, ``war with``), each a party to it. Three names or more, or one, say no pair.

    Pattern: noun{BETWEEN_NOUNS} > prep{LOWER: between} > pobj{name} > conj{name}.
    """
    parties = two_parties(prep, args)
    if not parties:
        return
    first, second = parties.mentions
    yield from emit(args, [first], f"{noun_label(noun, max_words=3)} with", [second], "nominal@between",
                    noun_clause(args, noun))


#: ``TIE_NOUNS`` and the plurals a text writes of two of them.
_RELATION_NOUNS = TIE_NOUNS | {"counterparts", "colleagues"}


def role_noun(word: str) -> bool:
    """A role noun, or its plural ("analysts", "spokesmen"): the pipeline has no noun lemmas."""
    return word in ROLE_NOUNS or word[:-1] in ROLE_NOUNS and word.endswith("s") \
        or word.endswith("men") and word[:-3] + "man" in ROLE_NOUNS


def _place_of_place(noun: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Sydney's north-western suburb of Castle Hill``, ``Bangkok's Chatuchak district``: the place a
    place noun names (its "of" or its name before it) lies in the place that owns the noun. Not a
    country's ("Afghanistan's Paktika province"): ``gazetteer_country`` gives the country.

    Pattern: noun{place noun} > poss{place}, noun > prep{of} > pobj{place} | compound{place}.
    """
    owner = [m for c in noun.children if c.dep_ == "poss" for m in args.arg(c, pronouns=False).mentions
             if m in args.roots and args.mentions[m].type in PLACE_TYPES and not is_country(args.mentions[m].text)]
    if not owner:
        return
    named = [m for c in noun.children if c.dep_ == "compound" and c.i < noun.i for m in [args.ent(c)] if m is not None]
    named += [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for a in args.pobj_args(p, pronouns=False)
              for m in a.mentions]
    yield from emit(args, [m for m in named if args.mentions[m].type in PLACE_TYPES], "located in", owner, "nominal@place")


#: A body's governing board, whose office is held of the body itself ("chairman of the board of X").
_GOVERNING_BODIES = frozenset({"board", "council", "presidium"})


def appos(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Zhang Yiming, CEO of X``; ``Mayer, a former Disney executive`` (``appos@modifier``);
    ``the CEO of X, Zhang Yiming`` (``appos@of_entity``); a person's role ``to`` someone it
    serves (``Nabil Abu Rudeina, an advisor to Mr Arafat``: ``ADVISER_NOUNS``).

    Pattern: name > appos{role noun} > prep{LOWER: of|at|for} > pobj.
    """
    holder = Arg([mi])
    is_person = args.mentions[mi].type == "PERSON"
    appositions = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        appositions.append(root.head)
        if root.head.dep_ == "appos" and root.head.pos_ == "NOUN" and root.left_edge.i == root.head.i + 1:
            appositions.append(root.head.head)  # "the manager of X, the engineer Y": Y's office too
    bracketed = args.doc[max(root.left_edge.i - 1, 0)].text == "("  # "Centre …de Montréal (CEIM)": a short name
    if (root.dep_ == "appos" or _comma_conj(root, args)) and not bracketed:
        org = root.head  # "The spokesman of the company, X": the body the story called a company
        bodies = args.arg(org, pronouns=False) if args.ent(org) is not None else _described_body(org, args)
        if is_person and bodies and org.dep_ == "pobj" and org.head.lower_ in ("of", "at") \
                and args.ent(org.head.head) is None and _role(org.head.head) \
                and (org.head.head.tag_ != "NNS" or conjuncts(root)):  # "the district areas of A (west) B": a list
            role = org.head.head
            if role.lower_ in _GOVERNING_BODIES and role.dep_ == "pobj" and role.head.lower_ == "of" \
                    and role_noun(role.head.head.lower_):
                role = role.head.head  # "the chairman of the board of X, Y": chairman of X
            yield from emit(args, holder, f"{noun_label(role)} {org.head.lower_}", bodies, "appos@of_entity")
    for role in appositions:
        if args.ent(role) is not None or role.pos_ not in ("NOUN", "PROPN") or _named_other(role, mi, args):
            continue
        label = noun_label(role)
        field = role_field(role, args, [mi])
        if not is_person and (not label_words(label) & ROLE_NOUNS
                              or known_place(args.mentions[mi]) and role.lower_ in PERSON_ONLY_ROLES
                              or args.mentions[mi].type in PLACE_TYPES and role.lower_ in KIN_NOUNS):
            continue  # no place is a president ("In Buenos Aires, the president of Argentina X") nor
            # anyone's son ("He was born in Lyon, the son of Louis Mousseau")
        found = False
        for prep in (c for c in role.children if c.dep_ == "prep" and not (role.i == root.head.i and c.i > root.i) and (
                c.lower_ in ("of", "at", "for") or c.lower_ == "to" and is_person and role.lower_ in ADVISER_NOUNS
                or c.lower_ == "in" and is_person and role.lower_ in POSTED_ROLES)):  # "ambassador of Iran in Baku"
            # (not one after the holder set off after the office: "The mayor of X, Ricardo Nunes, of the MDB,")
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                org = args.arg(pobj, pronouns=False) or _described_body(pobj, args) or portfolio_of(pobj, args)
                found = found or bool(org) and prep.lower_ != "to"  # "Pakistan ambassador to US": of Pakistan too
                for text, bodies in held_parts(args, label, field, prep.lower_, org):  # "the minister of
                    yield from emit(args, holder, text, bodies, "appos")  # finance of Kenya": minister of
        if not found and is_person:  # "Tenryu's head of international development": held at Tenryu; "BASF
            # announced … The chief executive Markus Kamieth said": the body that spoke before
            owners = args.org_modifiers(role, exclude=mi) or previous_body(args, root, role)
            for text, bodies in held_parts(args, label, field, "of", owners):
                yield from emit(args, holder, text, bodies, "appos@modifier")


def _named_other(role: Token, mi: int, args: Arguments) -> bool:
    """The office names its own holder after it, another person than ``mi``: "X, the Ambassador
    of Namibia in Cuba Y and …" (the parser hangs the office on X, and Y on the office)."""
    return any(c.dep_ == "appos" and c.i > role.i and (h := args.ent(c)) is not None and h != mi
               and args.mentions[h].type == "PERSON" for c in role.children)


def _described_body(noun: Token, args: Arguments) -> Arg:
    """The body a definite description stands for (``Antecedents.described``): "the company" in
    "The general manager of the company, Andrés Villalobos, said" is the one the story called a
    company before, else the story's topic when it is a body (not the last body named: "Its rival
    SK Hynix ... The chairman of the group, Lee Jae-yong" is Samsung's chairman), else the body
    the pronoun heuristic finds before it; marked ``+antecedent``. Nothing for a pronoun or a noun
    with no "the"."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return Arg()
    found = _described_bodies(noun, args)
    if not found and definite_org(noun, COMPANY_NOUNS):  # "the company" no name was called: the story's own
        topic = args.topic()  # body, its lead's subject, else the body before as the pronoun heuristic reads it
        return Arg([topic], inferred=True) if topic is not None and args.mentions[topic].type == "ORG" else args.arg(noun)
    return Arg(found, inferred=True) if found else Arg()


def _described_bodies(noun: Token, args: Arguments, exclude: int | None = None) -> list[int]:
    """The organisations or facilities a common noun stands for as a definite description
    (``Antecedents.described``), ``exclude`` left out."""
    return [m for m in args.described(noun) if m != exclude and args.mentions[m].type in ("ORG", "FAC")]


def _comma_conj(root: Token, args: Arguments) -> bool:
    """``the President of Poland, Lech Wałęsa, …``: a name the parser coordinated with the
    one before it though only a comma stands between and no ``and``/``or`` follows in the
    list — an apposition."""
    head = root.head
    return (root.dep_ == "conj" and args.set_off(root) and args.ent(head) is not None
            and not any(c.dep_ in ("cc", "conj") and c.i != root.i for c in head.children)
            and not any(c.dep_ in ("cc", "conj") for c in root.children))


def _role(noun: Token) -> bool:
    """A role noun (``the future prime minister``, or title-cased: ``the President``)."""
    return noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.lower_ in ROLE_NOUNS)


def title(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Facebook founder Zuckerberg``, ``U.S. President Trump``: a role noun in front of a
    person's name, at the organisations modifying it; with none, at the body a bare common noun
    there stands for, the one the story named by it before ("the Goshen General Hospital …
    hospital spokeswoman Donna Rohrer"; ``body_noun``, rule ``title+antecedent+description``).

    Pattern: name{PERSON} > compound|nmod|amod{role noun, before the name}.
    """
    span_toks = [t for t in root.subtree if args.ent(t) == mi]
    # a role hung on the first name, not the last, too ("RBA Governor" + "Michele" in "... Bullock said")
    hung = [c for t in span_toks if t.i != root.i for c in t.children if args.ent(c) != mi]
    for child in dict.fromkeys([*root.children, *span_toks, *hung, *_role_hung_past(mi, args)]):
        if child.i >= root.i or child.lower_ not in ROLE_NOUNS:
            continue
        if child.dep_ not in ("compound", "nmod", "amod") and args.ent(child) != mi:
            continue
        if args.ent(child) not in (None, mi):
            continue
        label = _title_label(child, args)
        bodies: list[int] | Arg = [b for b in args.org_modifiers(child, exclude=mi) if not _lone_adjective(args, b)]
        if len(bodies) > 1 and (orgs := [b for b in bodies if args.mentions[b].type == "ORG"]):
            bodies = orgs  # "South Korea's main opposition Democratic Party leader X": the party's, in its country
        bodies = bodies or _body_before_office(args, child, mi) or conjunct_body(args, root, mi, child)
        earlier = None if bodies else _title_before(child, args)
        if earlier is not None:  # "Samsung Electronics President and CEO Han Jong-hee": both titles the body's
            bodies = args.org_modifiers(earlier, exclude=mi) or _body_before_office(args, earlier, mi)
            if earlier.i == root.head.i and root.dep_ == "conj":  # the parser's conjunct: no row reads it
                yield from emit(args, [mi], f"{noun_label(earlier, named=lambda t: args.ent(t) is not None)} of",
                                bodies, "title")
        if not bodies and (peoples := peoples_before_office(args, child, mi)):
            yield from office_of_people(args, mi, f"{label} of", peoples)  # "Malaysian Prime Minister X"
            continue
        if not bodies and (short := short_name_body(args, child, mi)):  # "Rovers chairman X": the word no office's
            label, bodies = _title_label(child, args, skip=short_name_word(child).i), short
        yield from emit(args, [mi], f"{label} of",
                        bodies or body_noun(args, child, exclude=mi) or reporting_body(args, root, child)
                        or previous_body(args, root, child) or field_body(args, child) or office_body(args, root, child),
                        "title")


def _role_hung_past(mi: int, args: Arguments) -> list[Token]:
    """The role noun right before the name when the parser hung it past the name ("sentenced
    former Samsung executive Park Ji-hoon to three years": "executive" a compound of "years")."""
    start, end = args.span_in_sentence(mi)
    before = args.doc[start - 1] if start else None
    return [before] if before is not None and before.lower_ in ROLE_NOUNS and before.pos_ == "NOUN" \
        and before.dep_ in ("compound", "nmod") and before.head.i >= end and args.ent(before) is None else []


def _title_label(role: Token, args: Arguments, skip: int = -1) -> str:
    """A title's label: the role noun and its modifiers but words of names (and token ``skip``, a
    body's short name: "Rovers chairman"), with a prefix the tokenizer cut ("co-founder")."""
    label = noun_label(role, named=lambda t: args.ent(t) is not None or t.i == skip)
    prefix = cut_prefix(role)  # "co-founder", "vice-president": a word the tokenizer cut in three
    return label if prefix is None else f"{prefix.lower_}-{label}"


def _title_before(role: Token, args: Arguments) -> Token | None:
    """The title coordinated right before ``role``: "President" of "Samsung Electronics President
    and CEO Han Jong-hee" (the body named before the first title is the second's too)."""
    start = role.left_edge.i
    if start < 2 or role.doc[start - 1].lower_ not in ("and", "&"):
        return None
    earlier = role.doc[start - 2]
    return earlier if earlier.lower_ in ROLE_NOUNS and args.ent(earlier) is None else None


def _body_before_office(args: Arguments, role: Token, mi: int) -> list[int]:
    """The body named right before an office whose words the parser hung on the holder's name
    beside it, not on the office: "UN Secretary-General Antonio Guterres" ("UN" and "General"
    both modify "Guterres")."""
    prefix = cut_prefix(role)  # "Microsoft co-founder Bill Gates": the tokenizer cut "co-founder" in three
    start = prefix.i if prefix is not None else role.left_edge.i
    before = role.doc[start - 1] if start > 0 else None
    if before is None or before.dep_ not in ("compound", "nmod") or before.head.i not in (role.head.i, start):
        return []
    body = args.ent(before)
    ok = body is not None and body != mi and args.mentions[body].type in ("ORG", "GPE", "LOC")
    return [body] if ok and not _lone_adjective(args, body) else []


def _body_between(args: Arguments, poss: Token, noun: Token, mi: int) -> bool:
    """An organisation named between a possessor and the noun it seems to own: "South Korea's main
    opposition Democratic Party leader" leads the party; the country is the party's."""
    return any(c.dep_ in ("nmod", "compound") and poss.i < c.i < noun.i and (b := args.ent(c)) not in (None, mi)
               and args.mentions[b].type == "ORG" for c in noun.children)


def _adjective_only(tok: Token) -> bool:
    """An adjective that names nothing one is of ("its older Airbus A320s", "its new Model Y"):
    compared, or no noun in WordNet; the tagger's adjective that is a noun too stays ("her
    debut single X", "its incumbent Y")."""
    return tok.pos_ == "ADJ" and (tok.tag_ in ("JJR", "JJS") or tok.lower_ not in word_classes()["noun"])


def _lone_adjective(args: Arguments, mi: int) -> bool:
    """A body named by one English adjective alone is NER's slip, no body: "Royal" of "Royal
    Commissioner Terence Cole QC" (NER: ORG)."""
    text = args.mentions[mi].text
    return " " not in text and text.lower() in word_classes()["adj"] and not text.isupper()


def body_noun(args: Arguments, role: Token, exclude: int) -> Arg:
    """The body a bare common noun before a role noun stands for: "hospital" in "hospital
    spokeswoman Donna Rohrer" is the one hospital the story named before ("Goshen General
    Hospital"), found as a definite description is (``Antecedents.described``: exactly one earlier
    name called by that noun, no rival subject between). Only an organisation or a facility; a
    noun of its own (``the``, an adjective: "a children's hospital spokesman") names no
    earlier body."""
    for c in role.children:
        if c.i < role.i and c.dep_ == "compound" and c.pos_ == "NOUN" and c.tag_ == "NN" \
                and c.text.islower() and args.ent(c) is None and not any(c.children):
            found = _described_bodies(c, args, exclude)
            if found:
                return Arg(found, inferred=True, marks={m: "+description" for m in found})
    return Arg()


def office_of(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``the Federal Chancellor of Germany Olaf Scholz``, ``General director of Turkish Airlines
    Bilal Eksi``: an office "of" a body, the holder's name right after the body's (translated
    news; ``kg.office_holders`` splits the two names NER read as one); an office of a body named
    before its country's "of" is the body's ("the head of the Ministry of Finance of Tajikistan X").

    Pattern: role noun > prep{of} > [the] name{ORG|GPE} + name{PERSON}, no word between the names.
    """
    held = args.office_held(mi, through_body=False) or args.body_office_held(mi)
    if held is not None:
        body, role = held
        yield from emit(args, [mi], f"{noun_label(role)} of", [body], "office_of")
        yield from emit(args, [mi], f"{noun_label(role)} of", field_body(args, role), "office_of")  # and its ministry


#: Nouns for a part of a company that its name is written before ("Volkswagen's Scania unit",
#: "Toyota's Lexus division"); not an office ("Google's Pichai spokesman" is no spokesman of Google's).
_COMPANY_PARTS = frozenset("unit subsidiary division arm affiliate brand".split())


def _body_noun(noun: Token) -> bool:
    """A noun for a company or one of its parts ("parent company", "subsidiary"): what a person's
    name set off after it is not ("names Hearthcam, its parent company and its chief executive,
    Ravi Menon": the parser hangs the name on the company)."""
    return noun.lower_ in COMPANY_NOUNS or noun.lower_ in _COMPANY_PARTS


def possessive(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``TikTok's parent company ByteDance`` / ``ByteDance, TikTok's parent company`` /
    ``its affiliated company SCL`` / ``Russia's anti-virus software Kaspersky``
    (``possessive@modifiers``); an office right before the name that the parser hung elsewhere
    (``its President Odile Renaud-Basso``), or the noun the name modifies (``Volkswagen's Scania
    unit``).

    Pattern: name > appos|compound{NOUN} > poss, or name > poss with name > compound|amod.
    """
    nouns: list[Token] = []
    if root.dep_ == "appos" and args.ent(root.head) is None and (
            root.head.pos_ == "NOUN" or root.head.lower_ in ROLE_NOUNS):  # "its CEO/NNP Patrick Pouyanne"
        nouns.append(root.head)
        outer = root.head.head  # "her husband, the French sinologist Pierre Lemaire": the description's noun
        if root.head.dep_ == "appos" and outer.pos_ == "NOUN" and args.ent(outer) is None \
                and not any(c.dep_ == "poss" for c in root.head.children):
            nouns.append(outer)
    for c in root.children:
        if c.dep_ in ("appos", "compound") and args.ent(c) is None and c.pos_ == "NOUN" and not any(
                d.dep_ == "appos" and args.ent(d) not in (None, mi) for d in c.children):
            nouns.append(c)  # not "the High Court, his party PTI": the noun is the name after it
    start, _ = args.span_in_sentence(mi)  # "headed by its President Odile Renaud-Basso": the parser
    before = args.doc[start - 1] if start else None  # hangs the name apart from the office before it
    if before is not None and before.lower_ in ROLE_NOUNS and args.ent(before) is None and before not in nouns \
            and root.head.i != before.i and before.pos_ in ("NOUN", "PROPN"):
        nouns.append(before)
    place = known_place(args.mentions[mi])
    site = args.mentions[mi].type == "FAC" and FACILITY_NOUNS.get(root.head.lower_) == "FAC"  # "its Kloof mine"
    if root.dep_ == "compound" and root.head.i > root.i and (root.head.lower_ in _COMPANY_PARTS or site) \
            and args.ent(root.head) is None and root.head.pos_ == "NOUN" \
            and not (place or args.mentions[mi].type in ("GPE", "LOC", "NORP")):  # not "its US subsidiary": where
        nouns.append(root.head)  # "Volkswagen's Scania unit", "its Kloof mine": the name names the unit, the site
    person = args.mentions[mi].type == "PERSON"  # "its parent company …, Ravi Menon": no company is a person
    for noun in (n for n in nouns if not (place and no_place_noun(n)) and not (person and _body_noun(n))):
        poss = [c for c in noun.children if c.dep_ == "poss"]
        if poss and not _body_between(args, poss[0], noun, mi):
            field = role_field(noun, args, [mi])
            for text, owners in held_parts(args, noun_label(noun), field, "of", args.arg(poss[0])):
                yield from emit(args, [mi], text, owners, "possessive")  # "Tenryu's head of development X"
    poss = [c for c in root.children if c.dep_ == "poss"] or [  # "Its rival X" ("rival": amod), "its director
        d for c in root.children if c.dep_ in ("compound", "amod") and c.i < root.i and args.ent(c) is None  # general
        for e in (c, *(x for x in c.children if x.dep_ == "compound" and args.ent(x) is None))  # X": on "director",
        for d in e.children if d.dep_ == "poss" and (e is not c or d.pos_ == "PRON")]  # a compound of "general";
    # a name's possessive on the noun itself is ``entity_possessive``'s ("South Korea's … Party leader X")
    mods = [c for c in root.children if c.dep_ in ("compound", "amod") and c.i < root.i and args.ent(c) is None
            and (c.pos_ in ("NOUN", "ADJ", "VERB") or c.pos_ == "PROPN" and c.text.islower()  # "alter - ego"
                 or c.pos_ == "PROPN" and c.lower_ in ROLE_NOUNS
                 and poss and args.ent(poss[0]) is None)]  # "its President X" ("Germany's": entity_possessive's)
    last = max(mods, key=lambda t: t.i) if mods else None
    if poss and last is not None and not _adjective_only(last):  # not "its older A320s", "its new Model Y"
        label = noun_label(last)
        head_words = [words([m]) for m in mods if m.dep_ == "amod" and m.i < last.i]
        label = " ".join(dict.fromkeys([*head_words, *label.split()]))
        yield from emit(args, [mi], f"{label} of", args.arg(poss[0]), "possessive@modifiers")
