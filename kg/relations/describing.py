"""The describing nouns of a mention (``describing_nouns``): the common nouns a sentence says an
entity is, which the rows of ``kg.relations.descriptions`` read (module docstring there): a
copula's complement or subject, an apposition either way, a noun whose "of" names it, a common
noun before its name, an office's noun whose field runs up to the name ("The Egyptian Minister of
Foreign Affairs Badr Abdelatty")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.doc_arrays import conjuncts
from kg.lexicon.english import word_classes
from kg.relations.arguments import Arguments
from kg.relations.copulas import copula_of
from kg.relations.listed import listing_noun, released_as, titles_before
from kg.relations.place_chains import PLACE_WORDS, is_place
from kg.relations.place_sites import known_place, no_place_noun
from kg.relations.tokens import COPULA_LEMMAS, one_of, opener_noun, up_conj
from kg.relations.words import ROLE_NOUNS

PLACE_NOUNS = PLACE_WORDS | {"capital"}


def _common(n: Token) -> bool:
    """A common noun, or a title the tagger called proper but the text gives an article (``a
    U.S. Representative``), or a noun it called an adjective where the word is a noun and no adjective
    and the article says a thing is meant (``was an Italian mathematician``: JJ), or where the word,
    a noun too, is an apposition with its "of" (``Bastos, native of Ribeirão Preto,``: no article)."""
    if n.pos_ == "NOUN":
        return True
    if n.pos_ == "ADJ" and n.dep_ == "appos" and any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children):
        return n.lower_ in word_classes()["noun"]
    if n.pos_ not in ("PROPN", "ADJ") or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in n.children):
        return False
    return n.pos_ == "PROPN" or _noun_only(n)


def _noun_only(n: Token) -> bool:
    """A complement the tagger called an adjective that English has only as a noun."""
    classes = word_classes()
    return n.dep_ == "attr" and n.lower_ in classes["noun"] and n.lower_ not in classes["adj"]


def _lower_proper(n: Token) -> bool:
    """A complement or an apposition with its article that the tagger called proper and the text
    writes in lower case, an English noun: ``X is the top-level handball league in Y`` (not a
    name's lower-case word: the "wan" of "Ōsaka-wan", the "party" of "Multi-party Democracy")."""
    return n.pos_ == "PROPN" and n.dep_ in ("attr", "appos") and n.text.islower() and n.lower_ in word_classes()["noun"] \
        and any(c.dep_ == "det" for c in n.children)


def _title_conj(head: Token, args: Arguments) -> bool:
    """A singular common noun, named by nothing but a nationality (``American rapper``), that the
    parser coordinated with a name whose own title follows (``… and singer Nicki Minaj``)."""
    return _common(head) and head.tag_ != "NNS" and args.ent(head) is None and all(
        args.ent(c) is None or args.mentions[args.ent(c)].type == "NORP" for c in head.lefts)


def describing_nouns(mi: int, root: Token, args: Arguments) -> list[Token]:
    """The common nouns the sentence says mention ``mi`` is (module docstring), in order; read once a
    mention (``nationality``, ``class_noun``, ``org_modifier``, ``place_modifier`` ask), each a copy."""
    known = args.describing.get((mi, root.i))
    if known is None:  # no place is "the president of Argentina" the parser hung on it
        known = args.describing[(mi, root.i)] = [n for n in _read_describing_nouns(mi, root, args) if not (
            no_place_noun(n) and known_place(args.mentions[mi]))]  # "Taylor, Texas, its biggest investment"
    return list(known)


def _named(noun: Token, args: Arguments) -> bool:
    """A noun a name (no people's: "a Pashtun elder") is a compound of: a conjunct so named
    describes that name, no other."""
    return any(c.dep_ == "compound" and args.ent(c) is not None and args.mentions[args.ent(c)].type != "NORP"
               for c in noun.children)


def _read_describing_nouns(mi: int, root: Token, args: Arguments) -> list[Token]:
    out: list[Token] = []

    def add(t: Token, titles: bool = False, own_of: bool = True) -> None:
        for n in (t, *conjuncts(t)):
            if n is not t and not own_of and any(d.dep_ in ("det", "poss") for d in n.children) \
                    and any(d.dep_ == "prep" for d in n.children):
                continue  # "a former mayor of Valmiera and a former economist at …": Valmiera is no economist
            if n is not t and any(d.dep_ == "poss" or d.dep_ == "appos" and args.ent(d) not in (None, mi)
                                  for d in n.children):
                continue  # "the Saudi Minister … X and his Iraqi counterpart Y": the counterpart is Y
            n = one_of(n) or n  # "X, one of the largest cities in Y": X is a city in Y
            if (_common(n) or _lower_proper(n) or titles and n.pos_ == "PROPN" and n.lower_ in ROLE_NOUNS) and args.ent(n) is None \
                    and n not in out and (n is t or (own_of or not _names_by_of(n, args)) and not _named(n, args)):
                out.append(n)

    subj = up_conj(root)  # "Lyon and Lille are cities in France": each conjunct is one
    verb = copula_of(subj, args)
    if verb is not None and (subj is root or args.ent(subj) is not None):
        for c in verb.children:  # "X is a town and comune …" (the parser may hang the
            if c.dep_ == "attr" or (c.dep_ == "conj" and c.pos_ == "NOUN"):  # conjunct on "is")
                add(c)
                for a in _relative_complements(c):  # "a British politician who was a Conservative MP"
                    add(a)
    if root.dep_ == "attr" and root.head.lemma_ in COPULA_LEMMAS:
        for c in root.head.children:  # "The first prime minister of Siam was X"
            if c.dep_ == "nsubj":
                add(c)
    opener = opener_noun(root)
    if opener is not None:  # "A native of Syracuse, Wallace attended …"
        add(opener)
    if root.dep_ == "nsubj" and root.head.pos_ == "NOUN" and root.head.dep_ in ("ccomp", "xcomp", "oprd") \
            and root.head.i > root.i:  # "would make Broadcom the owner of VMware": a clause without its verb
        add(root.head)
    for c in root.children:
        if c.dep_ == "appos" and args.set_off(c) and _nearer_place(c, args) is None:
            add(c)
        if c.dep_ in ("compound", "nmod") and c.i < root.i and args.ent(c) is None and not name_between(c, root, args):
            add(c)  # "American songwriter Jane Doe"
    near = _near_apposition(mi, root, args)
    if near is not None:  # "the monument in Phnom Penh, capital of Cambodia"
        add(near)
    top = up_conj(root)  # "the Chilean artists X and Y": each is one, unless it has its own title or owner
    own_title = top is not root and any(c.i < root.i and (c.dep_ == "compound" and _common(c) or c.dep_ in (
        "poss", "amod", "compound") and args.ent(c) not in (None, mi) and (c.dep_ == "poss" or args.mentions[
            args.ent(c)].type == "NORP")) for c in root.children)  # "and Japan's Sumitomo", "and the Italian Eni"
    titled = top.dep_ == "appos" and (top.head.i == top.left_edge.i - 1 or _field_before(top))
    if top.dep_ == "appos" and args.ent(top.head) is None and not own_title and (  # not "the Swedish diplomat X and
            args.set_off(top) or titled):  # the Lithuanian envoy Y"; "French physician X"
        first = up_conj(top.head)  # not "the AXA insurance group and the luxury conglomerate LVMH"
        if top.head.dep_ == "conj" and any(d.dep_ in ("det", "poss") for d in top.head.children):
            if (_common(top.head) or titled and top.head.lower_ in ROLE_NOUNS) and top.head not in out:
                out.append(top.head)  # "the mayor of São Paulo, X, and the governor Y": a phrase of its
                # own, and no mayor; "… and the Italian Prime Minister Giorgia Meloni": a title
        else:
            add(top.head if _named(first, args) else first, titles=titled or args.set_off(top),  # "Afghan PM X",
                own_of=not titled)  # "The Hungarian Minister of Foreign Affairs, X"; not "the Governor of Ohio X
            # and the founder of Honda": that phrase of its own is another's
    released = released_as(top, args)
    if released is not None:  # "X was released as the third single from Red"
        add(released)
    listed = listing_noun(top, args)
    if listed is not None and listed not in out:  # "Kurdish masters such as X and Y": each name
        out.append(listed)  # listed is one (not the noun's own conjuncts: "systems including A, Linux
        # distributions, … and consoles such as Wii" is no Linux console)
    if root.dep_ == "conj" and _title_conj(root.head, args) and any(
            c.dep_ == "compound" and _common(c) for c in root.children):
        add(root.head)  # "American rapper and singer Nicki Minaj": the parser's conjunct is a title
    if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN" \
            and args.ent(top.head.head) is None and top.head.i == top.left_edge.i - 1 \
            and not _named_before(top.head.head, args) and top.head.head.lower_ not in GROUP_PART_NOUNS:
        # "the Canadian province of Alberta"; "the Danish islands of Zealand and Funen"; not the conjunct
        # that names its own place: "the province of Saskatchewan and the U.S. state of Montana"; not a
        # part of a group's "of", the group: "the Brazilian unit of Volkswagen"
        add(top.head.head, own_of=False)
    elif top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "PROPN" \
            and args.office_holder(top.head.head) == mi:  # "The Egyptian Minister of Petroleum Tarek El Molla"
        add(top.head.head, titles=True)  # (translated news): the office stands for its holder
    return out + [n for n in titles_before(mi, args) if n not in out]  # "the daughter of Tunisian politician X"


#: A body's part or parent, whose "of" names the group it belongs to: a people's word before it
#: says where the part is ("the Brazilian unit of Volkswagen", "the Canadian parent of Air Canada"),
#: not the group's country.
GROUP_PART_NOUNS = frozenset("""subsidiary subsidiaries unit units affiliate affiliates filial filiale division
    divisions arm branch branches parent""".split())


def _field_before(name: Token) -> bool:
    """An office's noun whose "of" field runs right up to the name hung on it: "The Egyptian
    Minister of Foreign Affairs Badr Abdelatty" (translated news, no comma): the office describes
    the holder as a title right before the name would."""
    office = name.head
    return office.lower_ in ROLE_NOUNS and any(
        p.dep_ == "prep" and p.lower_ == "of" and p.right_edge.i == name.left_edge.i - 1 for p in office.children)


def _relative_complements(noun: Token) -> list[Token]:
    """The complements of a copula in a relative clause on ``noun`` whose subject is its ``who``
    or ``that``: "X is a British politician who was a Conservative Member of Parliament" says X
    was that member too."""
    return [a for rel in noun.children if rel.dep_ == "relcl" and rel.lemma_ in COPULA_LEMMAS
            and any(s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in rel.children)
            for a in rel.children if a.dep_ == "attr"]


def _named_before(noun: Token, args: Arguments) -> bool:
    """A body's name in front of the noun: "Masdar company of United Arab Emirates" (translated
    news) is Masdar's noun, and the Emirates own the company, not are one."""
    return any(c.dep_ in ("compound", "nmod") and (m := args.ent(c)) is not None
               and args.mentions[m].type in ("ORG", "PERSON", "FAC") for c in noun.children)


def _names_by_of(noun: Token, args: Arguments) -> bool:
    """``the U.S. state of Montana``: the noun's own ``of`` names an entity (the noun describes
    that one, not the name its conjunct's ``of`` gives)."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        q.dep_ == "pobj" and args.ent(q) is not None for q in p.children) for p in noun.children)


def _near_apposition(mi: int, root: Token, args: Arguments) -> Token | None:
    """``The monument in Phnom Penh, capital of Cambodia, is …``: the parser hung the place noun
    set off right after the place's name on the noun whose ``in`` names the place; a place noun
    there describes the place next to it (the monument is no capital)."""
    doc = args.doc
    end = args.span_in_sentence(mi)[1]
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    noun = next((t for t in doc[end + 1:end + 3] if t.dep_ == "appos" and t.left_edge.i == end + 1), None)
    return noun if noun is not None and noun.head.i != root.i and _nearer_place(noun, args) == mi else None


def _nearer_place(noun: Token, args: Arguments) -> int | None:
    """The place named by an ``in``/``at`` on the parser's head of the apposition ``noun`` whose
    name ends right before the comma that opens ``noun`` (``the Louvre in Paris, capital of …``),
    when ``noun`` is a place noun; else None."""
    if noun.lower_ not in PLACE_NOUNS or noun.tag_ == "NNS" or args.ent(noun) is not None:
        return None
    start = noun.left_edge.i
    if start < 2 or args.doc[start - 1].text != ",":
        return None
    mi = args.ent(args.doc[start - 2])
    if mi is None or not is_place(mi, args) or args.span_in_sentence(mi)[1] != start - 1:
        return None
    top = args.roots.get(mi)
    if top is None or top.dep_ != "pobj" or top.head.lower_ not in ("in", "at") or top.head.head.i != noun.head.i:
        return None
    return mi


def name_between(noun: Token, root: Token, args: Arguments) -> bool:
    """Another name stands between a noun and the name it modifies in the parse: "Turkish company
    Baykar Selcuk Bayraktar" (translated news; the parser hangs every word on the last name), where
    the company is Baykar, not the person, and "Turkish" says nothing of him."""
    own = args.ent(root)
    return any(args.ent(t) not in (None, own) for t in root.doc[noun.i + 1:root.i])
