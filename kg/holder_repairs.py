"""Parser slips that hang an office's holder elsewhere, mended on the parse before mentions and
relations read it (called by ``kg.parse_repairs.repair_parse``).

**A person set off after an office's complement** ("the UN's deputy envoy to Afghanistan, Ahmed
Fawzi, says"; translated news runs it on: "the ambassador of the Netherlands to Indonesia Marc
Gerritsen"): the parser hangs the person on the nearest name, the place or body the office is
to or of, and so makes Fawzi a second envoy's destination. A person is no apposition of a place
or a body: ``restore_office_appositions`` hangs it on the office noun, and so a noun of the
person's trade with the name after it ("the manager general of the company, the engineer Santiago
Rojas, affirmed").

The same holds for such a name set off at the end of its sentence, or between two commas, which
the parser hangs on the verb ("expressed its rejection to the declarations of the president of
Mexico, Andrés Manuel López Obrador."; "received the President of Turkey, Recep Tayyip Erdogan, on
Monday"), for one it makes the office preposition's second object ("the president of the
Central Bank of Nigeria, Olayemi Cardoso, announced"), and for one set off at the end after an
office whose "of" names no one, which the parser hangs on a noun before the office ("in the Casa
Rosada, where Milei received the director-general of the organism, Kristalina Georgieva.").

**A person's name set off after a preposition's object that is a noun for a person** ("the
Society of Red Cross of Kenya through its Secretary General, Mrs. Grace Ochieng, said", "The
Lusaka Water Company through its spokesman, Mr. Peter Banda, announced"): the parser makes the
name a second object of the preposition, or an apposition of the body, which would then be the
person. ``names_after_person_nouns`` hangs the name on the noun, as its apposition.

**A person's name set off after a relative's "of" phrase that ends in a name** ("The daughter of
the former president Alberto Fujimori, Keiko Fujimori, lost the elections"): the parser makes the
second name the first's apposition, so the two would be one person and the daughter nobody.
``names_after_kin_of`` hangs it on the noun for a person, as its apposition.

**A holder between commas read as a list's member** ("participated the foreign minister of Iran,
Hossein Amir-Abdollahian, and his Iraqi counterpart Fuad Hussein"): the parser makes the name the
minister's conjunct, a third participant. With no "and" of its own in that list, the name is the
minister's: ``holders_read_as_conjuncts`` makes it his apposition. So is a holder between commas
after the name the office's "of" names, which the parser makes that name's conjunct ("signed by
the CEO of Sonatrach, Rachid Hachichi, and the director general of Eni"):
``holders_read_as_name_conjuncts``.
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from kg.doc_arrays import doc_ents, tokens_with
from kg.lexicon.big_cities import city_or_country
from kg.lexicon.countries import is_country
from kg.lexicon.english import singular
from kg.lexicon.given_names import given_name
from kg.lexicon.words import (BUSINESS_ENDS, DIVISION_WORDS, LEGAL_FORMS, ORG_SUFFIXES, PEOPLE_NOUNS, PERSON_ROLES,
                             PERSON_TITLES, PLACE_NOUNS, PORTFOLIO_WORDS, ROLE_WORDS)
from kg.relations.words import COMPANY_NOUNS, ROLE_NOUNS, TIE_NOUNS, WORK_NOUNS

#: The labels the repairs start from.
_APPOS, _POBJ = frozenset({"appos"}), frozenset({"pobj"})
#: Words that head a noun for a person: a title, a role.
PERSON_HEADS = PERSON_TITLES | PERSON_ROLES | ROLE_WORDS
#: Nouns for a person a name set off after them names ("his Turkish counterpart Hakan Fidan").
NAMED_NOUNS = PEOPLE_NOUNS | ROLE_NOUNS | TIE_NOUNS | {"deputy"}


#: Types of the names a person is wrongly made an apposition of.
_NOT_A_PERSON = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})


def set_off_by_comma(tok: Token) -> bool:
    """``tok``'s phrase stands between a comma and a punctuation mark (or the text's end), as an
    apposition does: "the president of Mexico, Andrés Manuel López Obrador."; "the daughter of X,
    Keiko Fujimori, lost". The repairs that rehang such a phrase ask it."""
    doc, first, end = tok.doc, tok.left_edge.i, tok.right_edge.i + 1
    return first >= 1 and doc[first - 1].text == "," and (end >= len(doc) or doc[end].is_punct)


def restore_office_appositions(doc: Doc) -> list[int]:
    """Rehang a person parsed as the apposition of an office's complement on the office noun
    (in place); the indices of the tokens moved."""
    moved = []
    for tok in tokens_with(doc, _APPOS | _TRAILING | _POBJ, DEP):  # a holder is misread as an apposition
        office = _office_of_apposition(tok)
        office = _office_of_distant_apposition(tok) if office is None and tok.dep_ == "appos" else office
        if office is not None:
            tok.head, tok.dep_ = office, "appos"
            moved.append(tok.i)
    return moved


#: The labels of a name the parser hangs on the verb when it ends the sentence after a comma
#: ("expressed its rejection to the declarations of the president of Mexico, Andrés Manuel López
#: Obrador.") or stands between two commas ("received the President of Turkey, Recep Tayyip
#: Erdogan, on Monday"): it is the apposition of the phrase before the comma.
_TRAILING = frozenset({"npadvmod", "dep"})


def _trailing_name_of(tok: Token) -> Token | None:
    """The name before the comma that a person's name set off at the end of its sentence, or
    between two commas, follows, when the parser hung the name on a verb (``_TRAILING``); the place
    right before a person's name run on after it (``_run_on_person``); else None."""
    first = tok.left_edge
    if tok.head.pos_ not in ("VERB", "AUX") or first.i < 2:
        return None
    if tok.ent_type_ == "PERSON" and set_off_by_comma(tok):
        return tok.doc[first.i - 2]
    return tok.doc[first.i - 1] if _run_on_person(tok) else None


def _run_on_person(tok: Token) -> bool:
    """``tok`` ends a person's name run on, with no comma, right after a place that ends an
    office's phrase, and the parser hung the name on the verb: "witnessed by the Director General
    X and the Ambassador of Australia to Indonesia Penelope Hardy" (in a list the parser loses
    the name; NER may leave it untyped). Two or three capitalised words opening on a given name."""
    doc, first = tok.doc, tok.left_edge
    words = doc[first.i:tok.i + 1]
    before = doc[first.i - 1]
    return tok.dep_ == "npadvmod" and 2 <= len(words) <= 3 and all(w.pos_ == "PROPN" and w.is_title for w in words) \
        and tok.ent_type_ in ("PERSON", "") and given_name(first.text) \
        and before.ent_type_ in ("GPE", "LOC")


def _office_of_apposition(tok: Token) -> Token | None:
    """The office noun whose holder ``tok`` (an apposition set off by a comma or run on, a
    person NER found or a person's noun before the name, ``_role_of_person``; a name set off at
    the sentence's end, ``_TRAILING``, or a person hung on the complement so, "the head of Daewon
    Agro, Park Ji-hoon"; a preposition's second object, ``_first_object_before``) is,
    when the parser hung it on the office's complement, a name of no person: "the UN's deputy envoy
    to [Afghanistan], Ahmed Fawzi", "the ambassador of the Netherlands to [Indonesia] Marc Gerritsen",
    also past where the body is ("the general director of the company X, based in [Novosibirsk],
    Anatoly Grebnev")."""
    if tok.dep_ in _TRAILING:
        name = _trailing_name_of(tok)
        if name is None and tok.ent_type_ == "PERSON" and tok.head.pos_ == "PROPN":
            name = tok.head  # hung on the name before it as an adverbial: "the head of Daewon Agro, Park Ji-hoon"
    elif tok.dep_ == "pobj":
        name = _first_object_before(tok)
    elif tok.ent_type_ == "PERSON" or _role_of_person(tok) or _person_cut(tok) or _known_place_and_person(tok) \
            or _name_after_name(tok):
        name = tok.head  # an apposition (the walk visits appositions, _TRAILING and objects, read above)
    else:
        name = None
    first = tok.left_edge
    if name is None or not (name.ent_type_ in _NOT_A_PERSON or _nameless_body(name, tok) or _gazetteer_place(name)) \
            or name.dep_ != "pobj" \
            or first.i < 1 or tok.doc[first.i - 1].text not in (",", name.text):
        return None  # set off by a comma, or run on ("to Indonesia Marc Gerritsen")
    office = name.head.head
    if office.lower_ in _SEAT_PARTICIPLES and office.dep_ == "acl" and office.head.dep_ == "pobj" \
            and office.head.head.lower_ == "of":
        office = office.head.head.head  # "the general director of the company X, based in Novosibirsk, Y"
    if office.lower_ not in ROLE_NOUNS and office.dep_ == "pobj" and office.head.lower_ == "of" \
            and office.head.head.lower_ in ROLE_NOUNS and office.head.head.i < office.i:
        office = office.head.head  # "the minister of finance of Kenya, X": the office's field between
    if name.head.dep_ != "prep" or office.pos_ not in ("NOUN", "PROPN") or office.lower_ not in ROLE_NOUNS | TIE_NOUNS \
            or office.i > name.i:  # "the Ambassador of China to Kazakhstan, Zhang Xiao": a title's capital
        return None
    return office


#: Participles that say where a body is, set off between the body and its officer's name.
_SEAT_PARTICIPLES = frozenset({"based", "headquartered", "located", "registered"})


#: Nouns whose "of" complement a person's name after them is no holder of: the name is the noun's
#: own ("the wife of the minister Ali X", "the director of the film Oppenheimer", "the head of the
#: company Tesla", "the mayor of the city Odessa": NER may type the last three PERSON).
_NAME_TAKING_NOUNS = PEOPLE_NOUNS | NAMED_NOUNS | PERSON_HEADS | COMPANY_NOUNS | WORK_NOUNS | PLACE_NOUNS | DIVISION_WORDS


def _nameless_body(noun: Token, tok: Token) -> bool:
    """``noun``, an office's complement, is a common noun for a body no name is given to, and the
    person ``tok`` set off or run on after it is the office's holder: "met with the leader of the new
    administration Ahmed al-Sharaa" (the parser makes al-Sharaa the administration's apposition)."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ and tok.ent_type_ == "PERSON" \
        and noun.lower_ not in _NAME_TAKING_NOUNS


def _gazetteer_place(tok: Token) -> bool:
    """``tok`` ends a name the gazetteers know as a country or a city, whatever NER typed it ("the
    mayor of São Paulo, Ricardo Nunes": NER: São Paulo PERSON, Ricardo Nunes ORG)."""
    ent = next((e for e in doc_ents(tok.doc) if e.start <= tok.i < e.end), None)
    text = ent.text if ent is not None else tok.text
    return tok.pos_ == "PROPN" and city_or_country(text)


def _known_place_and_person(tok: Token) -> bool:
    """``tok`` is an apposition set off after a place the gazetteers know, and its name opens on a
    given name ("Ricardo Nunes", which NER typed ORG beside "São Paulo" typed PERSON)."""
    first = tok.left_edge
    return tok.dep_ == "appos" and _gazetteer_place(tok.head) and first.i < tok.i and given_name(first.text)


def _name_after_name(tok: Token) -> bool:
    """``tok`` ends a name of two or three capitalised words set off by a comma after a body's name:
    "The chief executive of Embraer Commercial Aviation, Arjan Meijer, said" (NER: ORG, a given name
    the tables lack; a place after a place's name is where it lies, "the mayor of Portland, New
    Hampshire", and NER types it so). A name needs no second name; the one after it is the
    office's holder when the office is a person's (``_BODY_ROLES`` are a body's as often). Not an
    acronym ("the head of the refugee agency, UNHCR": the agency's name) nor a body's name by its
    last word ("the chief of Zara, Inditex Group")."""
    words, office = tok.doc[tok.left_edge.i:tok.i + 1], tok.head.head.head
    return tok.dep_ == "appos" and tok.head.ent_type_ == "ORG" and tok.ent_type_ in ("ORG", "") \
        and 2 <= len(words) <= 3 and all(w.pos_ == "PROPN" and w.is_title for w in words) \
        and tok.lower_ not in _BODY_LAST_WORDS and office.lower_ in ROLE_NOUNS and office.lower_ not in _BODY_ROLES


#: Last words of a body's name (``kg.lexicon.words``): no person's name ends so.
_BODY_LAST_WORDS = ORG_SUFFIXES | BUSINESS_ENDS | LEGAL_FORMS
#: Roles a body holds as often as a person: "a member of the 3rd Battalion, Royal Australian
#: Regiment" names the battalion's regiment, no member.
_BODY_ROLES = frozenset("""member parent subsidiary unit affiliate partner investor shareholder owner customer
    supplier client ally rival competitor""".split())


def _office_of_distant_apposition(tok: Token) -> Token | None:
    """The office whose "of" phrase, ending in a common noun, stands right before the comma that
    sets off the person ``tok`` at the end of its sentence, when the parser hung ``tok`` on a noun
    before the office: "in the Casa Rosada, where Milei received the director-general of the
    organism, Kristalina Georgieva." (translated news: Georgieva would be the Casa Rosada)."""
    first = tok.left_edge
    if tok.ent_type_ != "PERSON" or first.i < 4 or not set_off_by_comma(tok):
        return None
    noun = tok.doc[first.i - 2]
    office = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if noun.pos_ != "NOUN" or office is None or office.lower_ not in ROLE_NOUNS or tok.head.i >= office.i \
            or any(c.dep_ == "appos" for c in office.children):
        return None
    return office


#: Types NER gives a holder's name it misreads that a preposition's second object may carry
#: ("the president of the Central Bank of Nigeria, Olayemi Cardoso, announced": FAC).
_HOLDER_MISTYPES = frozenset({"PERSON", "FAC", "ORG", "PRODUCT", "WORK_OF_ART"})


def _first_object_before(tok: Token) -> Token | None:
    """The preposition's first object when the parser made the name ``tok``, set off by commas
    after it, a second object of the same preposition ("the president of [the Central Bank of
    Nigeria], Olayemi Cardoso, announced"): a preposition takes one object, and the name is the
    holder of the office the preposition hangs on. Not a list ("of France, Germany and Italy":
    conjuncts)."""
    doc, first, end = tok.doc, tok.left_edge, tok.right_edge.i + 1
    if tok.pos_ != "PROPN" or tok.ent_type_ not in _HOLDER_MISTYPES or first.i < 2 \
            or any(c.dep_ in ("conj", "cc") for c in tok.children) \
            or end < len(doc) and not (doc[end].is_punct and doc[end].text not in ("-", "(")):
        return None
    return next((c for c in tok.head.children if c.dep_ == "pobj" and c.i < first.i), None)


def _person_cut(tok: Token) -> bool:
    """A name NER closed before its last word ("[Njuguna] Ndung'u": a surname of no English
    shape): a person's name word run on right after it, as its head, capitalised."""
    return tok.pos_ == "PROPN" and tok.i >= 1 and tok.doc[tok.i - 1].ent_type_ == "PERSON" \
        and tok.doc[tok.i - 1].head.i == tok.i and tok.text[:1].isupper()


def _role_of_person(tok: Token) -> bool:
    """``the engineer Santiago Rojas`` (translated news: "the manager general of the company, the
    engineer Santiago Rojas, affirmed"): a person's noun whose name follows it at once."""
    return tok.pos_ == "NOUN" and (tok.lower_ in PEOPLE_NOUNS or tok.lower_ in PERSON_HEADS) and any(
        c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" and c.left_edge.i == tok.i + 1 for c in tok.children)


def names_after_person_nouns(doc: Doc) -> list[int]:
    """Hang a person's name set off by a comma right after a noun for a person that is a
    preposition's object on that noun as its apposition (in place), when the parser made the name
    the preposition's second object or an apposition of the body the preposition belongs to; the
    indices moved. "the Society of Red Cross of Kenya (KRCS) through its Secretary General, Mrs.
    Grace Ochieng, said" (two objects of "through"), "The Lusaka Water Company through its
    spokesman, Mr. Peter Banda, announced" (Banda the company): either way nothing says who the
    secretary general or the spokesman is. A preposition takes one object, and a person is no
    body's apposition."""
    moved = []
    for tok in tokens_with(doc, _POBJ | _APPOS, DEP):
        first = tok.left_edge
        if tok.pos_ != "PROPN" or tok.ent_type_ != "PERSON" or first.i < 2 or doc[first.i - 1].text != ",":
            continue
        noun = doc[first.i - 2]
        if noun.dep_ != "pobj" or noun.lower_ not in NAMED_NOUNS | PERSON_HEADS or noun.ent_type_ == "PERSON":
            continue
        if tok.dep_ == "pobj" and noun.head.i == tok.head.i \
                or tok.dep_ == "appos" and noun.head.head.i == tok.head.i and tok.head.ent_type_ in _NOT_A_PERSON:
            tok.head, tok.dep_ = noun, "appos"
            moved.append(tok.i)
    return moved


def names_after_kin_of(doc: Doc) -> list[int]:
    """Hang a person's name set off by a comma after an "of" phrase that ends in another person's
    name on the noun for a person that "of" belongs to (in place), when the parser made it the
    first name's apposition; the indices moved. "The daughter of the former president Alberto
    Fujimori, Keiko Fujimori, lost": Keiko would be Alberto, and the daughter nobody. One person's
    name is no apposition of another's set off so (an alias is written "alias X", or in brackets)."""
    moved = []
    for tok in tokens_with(doc, _APPOS, DEP):
        name = tok.head
        if tok.pos_ != "PROPN" or tok.ent_type_ != "PERSON" or name.ent_type_ != "PERSON" \
                or not set_off_by_comma(tok) or name.i != tok.left_edge.i - 2:
            continue
        of = name.head.head if name.dep_ == "appos" and name.head.dep_ == "pobj" else name.head
        if name.dep_ not in ("pobj", "appos") or of.lower_ != "of" or of.dep_ != "prep":
            continue
        noun = of.head
        if noun.pos_ == "NOUN" and noun.lower_ in NAMED_NOUNS | PERSON_HEADS \
                and not any(c.dep_ == "appos" for c in noun.children):
            tok.head = noun
            moved.append(tok.i)
    return moved


#: The label of a holder the parser read as a second member of a list.
_CONJ = frozenset({"conj"})
_CONJ_OR_APPOS = frozenset({"conj", "appos"})


def holders_read_as_conjuncts(doc: Doc) -> list[int]:
    """Hang a person's name set off by commas right after a noun for a person, which the parser
    made that noun's conjunct with no "and" in their list, on the noun as its apposition (in
    place); the indices moved. "In the meeting participated the foreign minister of Iran, Hossein
    Amir-Abdollahian, and his Iraqi counterpart Fuad Hussein": the "and" joins the counterpart to
    the minister, so the name between the commas is the minister's, not a third participant. After
    a plural noun, what stands between the commas may be a list of people ("Spendwise's
    co-founders, chief executive Noor Bakker and chief technology officer Daan Visser,"; the closing
    comma may hang on the list): the list is the noun's apposition."""
    moved = []
    for tok in tokens_with(doc, _CONJ, DEP):
        noun = tok.head
        plural = noun.tag_ == "NNS" and singular(noun.lower_) in NAMED_NOUNS  # "co-founders, A and B,"
        listed = plural and all(c.ent_type_ == "PERSON" or c.lower_ in ROLE_NOUNS  # "and chief technology officer X"
                                for c in tok.subtree if c.dep_ == "conj")
        if tok.pos_ != "PROPN" or tok.ent_type_ != "PERSON" or noun.pos_ != "NOUN" \
                or not (plural or noun.lower_ in NAMED_NOUNS | PERSON_HEADS) or not (
                    set_off_by_comma(tok) or listed and doc[tok.right_edge.i].text == ","
                    and doc[tok.left_edge.i - 1].text == ","):  # the closing comma hung on the list
            continue
        if not any(c.dep_ in ("cc", "appos") for c in (*noun.children, *([] if listed else tok.children))):
            tok.dep_ = "appos"
            moved.append(tok.i)
    return moved


def holders_read_as_name_conjuncts(doc: Doc) -> list[int]:
    """Hang a person's name set off by commas right after the name an office's "of" names, which
    the parser made that name's conjunct, on the office as its apposition, the list it goes on
    with left on it (in place); the indices moved. "signed by the CEO of Sonatrach, Rachid
    Hachichi, and the director general of Eni": Hachichi is the CEO, not a second thing he heads,
    and the director general his fellow signer (on the office, the list's nouns would describe
    him). The office is singular (one holder) and the name a person's: NER's, or one opening on a
    given name that is no place ("of France, Georgia and Italy" stays a list); or the office is
    plural and the whole list between the commas is people's names ("The founders of Lumora
    Labs, Asha Patel and Ben Cole, will stay": the list is the founders)."""
    moved = []
    for tok in tokens_with(doc, _CONJ, DEP):
        name, first = tok.head, tok.left_edge
        of, before = name.head, doc[first.i - 2] if first.i >= 2 else name
        if tok.pos_ != "PROPN" or first.i < 2 or doc[first.i - 1].text != "," \
                or not (before == name or name in before.ancestors) \
                or name.dep_ != "pobj" or of.lower_ != "of" \
                or name.ent_type_ == "PERSON" and name.lower_ not in _BODY_LAST_WORDS \
                or any(c.dep_ == "conj" and c.i != tok.i for c in name.children):
            continue
        office = of.head
        rest = [c for c in tok.children if c.dep_ in ("cc", "conj")]
        # "The founders of X, A and B,": a plural office's list is its holders
        plural = office.tag_ == "NNS" and singular(office.lower_) in ROLE_NOUNS and rest
        own = [t.i for t in tok.subtree if not t.is_punct and (plural or not any(t in c.subtree for c in rest))]
        end = max(own, default=tok.i) + 1  # the name's own words (a plural office's: the list's) end at a comma
        if end >= len(doc) or doc[end].text != ",":
            continue
        person = tok.ent_type_ == "PERSON" or given_name(first.text) and tok.ent_type_ not in ("GPE", "LOC", "NORP") \
            and not city_or_country(doc[first.i:tok.i + 1].text)
        if plural and not all(c.ent_type_ == "PERSON" for c in tok.subtree if c.dep_ == "conj"):
            continue  # every member a person's name
        if person and office.lower_ in ROLE_NOUNS | ({office.lower_} if plural else set()) \
                and office.tag_ in ("NN", "NNP", "NNS") and not any(c.dep_ == "appos" for c in office.children):
            tok.head, tok.dep_ = office, "appos"
            moved.append(tok.i)
    return moved


def names_after_company_of(doc: Doc) -> list[int]:
    """Hang a name set off by commas after a company noun's "of" place on the company noun (in
    place); the indices moved. "The state oil company of Mexico, Pemex, reported a loss": the
    parser makes Pemex Mexico's apposition, so Mexico would be Pemex and the company nobody."""
    moved = []
    for tok in tokens_with(doc, _APPOS, DEP):
        place = tok.head
        if tok.pos_ != "PROPN" or tok.ent_type_ in ("GPE", "LOC", "NORP") or place.ent_type_ not in ("GPE", "LOC") \
                or not set_off_by_comma(tok):
            continue
        of = place.head
        noun = of.head
        if place.dep_ == "pobj" and of.lower_ == "of" and noun.tag_ == "NN" and noun.lower_ in COMPANY_NOUNS \
                and not any(c.dep_ == "appos" for c in noun.children):
            tok.head = noun
            moved.append(tok.i)
    return moved


def places_after_office_fields(doc: Doc) -> list[int]:
    """Hang the "of" of a place that the parser hung on an office's field on the office (in place);
    the indices moved. "The Minister of Foreign Affairs of Saudi Arabia, Prince Faisal bin Farhan":
    the parser makes Saudi Arabia the field's ("Affairs of Saudi Arabia"), so the minister was of
    no country; as in "the Minister of Finance of Kenya", where it reads the office's, the place is
    the office's. The field has no article, possessive or name of its own; the place is one NER
    found (GPE) or, untagged, a country. With two fields the place hangs on the second ("of
    Foreign Trade and Foreign Investment of Cuba")."""
    moved = []
    for field in tokens_with(doc, _POBJ, DEP):
        prep = field.head
        office = prep.head
        if prep.lower_ != "of" or office.lower_ not in ROLE_NOUNS or field.ent_type_ \
                or any(c.dep_ in ("det", "poss") for c in field.children):
            continue
        last = ([field] + [c for c in field.children if c.dep_ == "conj"])[-1]  # "of Trade and Investment of Cuba"
        for p in [c for c in last.children if c.dep_ == "prep" and c.lower_ == "of"]:
            if any(q.dep_ == "pobj" and (q.ent_type_ == "GPE" or not q.ent_type_ and _untagged_country(q))
                   for q in p.children):
                p.head = office
                moved.append(p.i)
    return moved


def _untagged_country(tok: Token) -> bool:
    """``tok`` ends a country's name NER left untagged ("of Cuba, Ramiro …")."""
    return is_country(tok.doc[tok.left_edge.i:tok.i + 1].text)


def fields_read_as_office_conjuncts(doc: Doc) -> list[int]:
    """Hang an office's second field, which the parser made the office's conjunct, on the first
    field (in place), its "and" with it; the indices moved. "The Egyptian Minister of Water
    Resources and Irrigation Hani Sewilam received": "Irrigation" read as a second office, so the
    minister's "of" phrase no longer ran up to his name and the title did not describe him (his
    nationality was lost), and "Irrigation" received the visitor. The conjunct is a capitalised
    portfolio's word (``PORTFOLIO_WORDS``) right after the "and" that follows the field. The
    parser may also make it the office's apposition ("The Minister of Foreign Trade and Foreign
    Investment of Cuba, Ramiro Oquendo Valdés, received"): the same repair."""
    moved = []
    for tok in tokens_with(doc, _CONJ_OR_APPOS, DEP):
        office, first = tok.head, tok.left_edge
        if not tok.text[:1].isupper() or tok.lower_ not in PORTFOLIO_WORDS or office.lower_ not in ROLE_NOUNS \
                or first.i < 2 or doc[first.i - 1].lower_ not in ("and", "&"):
            continue
        prep = next((c for c in office.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                     and c.i < tok.i and first.i - 2 <= c.right_edge.i < first.i), None)  # the "and" on it or not
        field = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if field is not None and field.lower_ in PORTFOLIO_WORDS:
            cc = doc[first.i - 1]
            if cc.head == office:
                cc.head = field
            tok.head = field
            tok.dep_ = "conj"
            moved.append(tok.i)
    return moved
