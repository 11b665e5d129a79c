"""Parser slips on news, mended on the parse itself before mentions and relations read it.

**A verb's object written after its place or time**, as translated news keeps the source's word
order: "Putin received in the Kremlin the President of Turkey Recep Tayyip Erdogan", "Macron
received on Friday at the Elysee Palace the German Chancellor Olaf Scholz". Edited English puts
the object first ("received Erdogan in the Kremlin"); with the object last, the parser hangs it
on the place as an apposition ("the Kremlin, the President of Turkey"), so the Kremlin would be
the president and nobody would be received. ``restore_displaced_objects`` reattaches such an
apposition to the verb as its direct object when

- the apposition follows the preposition's object with nothing between them (an apposition set
  off by a comma or a bracket is a real one: "in Ankara, the capital of Turkey");
- the preposition's object is a name, or a span with a number ("sentenced to six years of prison
  the former mayor X"; a common noun before a title names it: "the film The
  Princess and the Frog");
- it opens with its own article ("the", "a", "an": a second noun phrase starts there);
- it names a person: a person NER found inside it, or a title or role as its head word
  ("the President of Turkey ...", "the German Chancellor Olaf Scholz");
- the preposition belongs to a verb before it that has no direct object yet and is no passive
  ("was born in Vienna the …" keeps its parse), directly or through the phrases it is a chain of
  ("received at the presidential palace in Cairo the Emir of Qatar").
The parser may also read such an object as the verb's adverbial noun phrase ("received in Riyadh
the Syrian president Ahmed al-Sharaa": npadvmod); on the same conditions it is the object too.
A name right after "in his place" or "in her stead" is the verb's object, whatever it names ("and
appointed in his place Oleksandr Syrskyi": the parser makes the name the place's apposition).

**A country run into the holder's name after an office** ("the ambassador of Turkey in Russia
Tanju Bilgic"): the parser makes the holder the preposition's object and the country a
compound of the name (so Bilgic would be Russian, and the place an ambassador serves in).
``split_country_holders`` makes the country the preposition's object and the name, two or three
capitalised words, an apposition of the office.

**A wire dateline read as a subject** ("JAKARTA, 3 June - Dutch Prime Minister Dick Schoof
arrived in Jakarta …"): the parser gives the verb two subjects, the dateline's place and the
person, and the clause then has no one subject. ``detach_datelines`` (``kg.subject_repairs``) makes
the first word, when a dash stands between it and the verb's other subject (or its apposition after a dash,
"ASTANA (Kazinform) - the prime minister … held"), a modifier of the verb.

**A person's name run on after a noun for a person** ("held talks with his Turkish counterpart
Hakan Fidan"): the parser may make the name a second object of the verb, so the talks would be
with nobody and the verb's object a person it never took. ``rehang_run_on_names`` hangs such a
name on the noun right before it, as its apposition; so too a body's name the parser makes a
preposition's second object after its company noun ("designed by the Danish engineering firms
COWI and Ramboll": neither firm would be Danish), and a person's name the parser made the
apposition of the noun the person's noun is "of" ("the son of the architect Henry Whitcombe").

**"visiting" read as a verb before a visitor's name** ("Xi Jinping met with visiting Vietnamese
Prime Minister Pham Minh Chinh", "Putin received visiting Turkish President Erdogan"): the parser
makes the visitor the object of "visiting", so Xi met nobody, or "visited" the prime minister.
``visiting_as_adjective`` makes the visitor the object of the verb (or of its "with") and
"visiting" the visitor's adjective, and hangs what "visiting" held (a place, a time) on the verb.

**An apposition of a passive's agent read as the verb's object** ("The arrest was condemned by
the Human Rights Commission of Pakistan, an independent watchdog based in Lahore"): the parser
makes "watchdog" a direct object of "condemned", so the watchdog's place would be where the arrest
was condemned. A passive with an agent takes no object set off by a comma right after the
agent's phrase: ``agent_appositions`` hangs it on the agent's name as its apposition.

**A singular apposition after a list hung on its first member** ("to visit Shanghai and Hefei,
capital of east China's Anhui Province"): the parser hangs "capital" on Shanghai, which would be
the capital. A singular noun set off right after the last conjunct describes that conjunct:
``appositions_of_last_conjunct`` hangs it there ("Paris and Lyon, the two largest cities",
plural, keeps its head). So does a name right after a conjunct that is a common noun ("between
Aramco and the Chinese company Sinopec": the parser makes Sinopec Aramco's apposition).

**A company's name set off after its noun's "of" place** ("The state oil company of Mexico, Pemex,
reported"): the parser makes the name the place's apposition, so Mexico would be Pemex.
``kg.holder_repairs.names_after_company_of`` hangs it on the company noun (``COMPANY_NOUNS``) with
no name of its own.

**A list run on after a relative clause** ("the telescope, which is operated by NASA, the
European Space Agency and the Canadian Space Agency"): the parser makes the second and third
agencies conjuncts (or appositions) of the telescope, so NASA would operate them. A name set off
by a comma right after a relative clause that ends on a name continues that name's list:
``lists_after_relative_clauses`` hangs it there.

**A participle on a plural subject read as a verb** ("Artists signed to Ferrowheel Records
include A, B and C"): the parser makes "signed" a past-tense clause the main verb holds, so
nothing says the artists were signed to the label. A past form right after the main verb's
subject, with no subject or object of its own, a preposition of its own, and the main verb after
it, is the subject's participle: ``participles_on_subjects`` hangs it on the subject.

**A place's country hung on the noun before the place** ("a rugby union club based in Suva,
Fiji"): the parser makes Fiji an apposition of the club, which would be Fiji. A place set off by
a comma right after another place inside its head's phrase is where that place is:
``places_after_places`` (``kg.site_places``) hangs it on the place before the comma; a chain of
places after an article read as one name ("born in the Bronx, New York, United States") is made
the chain it is (``places_run_into_the_last``).

Four repairs give an office or a relative the person the parser hung elsewhere, and one an
office its place (``kg.holder_repairs``); seven more give a verb the subject the parser took from
it (a lead's bracket, an opening participle's places, an opening phrase's name, an object before
it, a noun before it, a phrase after it, a name's age before it) and one its object the parser read
as a second subject: ``kg.subject_repairs``. Three give a noun or a verb the preposition the parser
hung on the noun after it ("a fine of 40 million euros on X", "announced at the White House by X",
"replaced by X as CEO"), one a verb the "during" it hung on the verb's "as" role, and one a
passive it read as a noun ("is majority owned by X"): ``kg.prep_repairs``. One gives a second
participle the first it is coordinated with ("a novel written by X and illustrated by Y"):
``kg.conjunct_repairs``; one a singular relative clause its "of" object: ``kg.relative_repairs``.
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from kg.doc_arrays import parse_changed, tokens_with
from kg.lexicon.big_cities import city_or_country
from kg.lexicon.countries import is_country
from kg.lexicon.frequency import common_word
from kg.lexicon.given_names import given_name
from kg.lexicon.english import singular
from kg.lexicon.words import OCCUPATIONS, OPENING_QUOTES
from kg.relations.words import COMPANY_NOUNS, ROLE_NOUNS, WORK_NOUNS
from kg.holder_repairs import (NAMED_NOUNS, PERSON_HEADS, fields_read_as_office_conjuncts, holders_read_as_conjuncts,
                                holders_read_as_name_conjuncts, names_after_company_of, names_after_kin_of,
                                names_after_person_nouns, places_after_office_fields, restore_office_appositions)
from kg.conjunct_repairs import participles_read_as_verb_conjuncts
from kg.document_phrases import preps_after_document_names
from kg.player_positions import positions_as_nouns
from kg.holding_nouns import holdings_as_nouns
from kg.acronym_appositions import acronyms_to_their_names
from kg.prefix_repairs import hyphen_prefixes_rejoined
from kg.prep_repairs import (agents_after_places, durings_after_as_roles, envoy_posts_after_countries,
                             fronted_relative_ofs, passives_read_as_nouns, preps_after_amounts,
                             roles_after_agents, seat_participles_after_names)
from kg.quoted_titles import titles_read_as_clauses
from kg.relative_repairs import relatives_of_the_of_object
from kg.site_places import places_after_places, places_after_sites, places_run_into_the_last
from kg.subject_repairs import (detach_datelines, nouns_before_subject_names, objects_read_as_subjects,
                                subjects_after_opening_phrases, subjects_after_openers, subjects_after_verbs,
                                subjects_before_brackets, subjects_run_into_objects, verbs_after_ages)

_ARTICLES = frozenset({"the", "a", "an"})
#: The labels the repairs start from; each walk visits only the tokens labelled so (the repairs
#: relabel only tokens already passed, so the set found before a walk is the set it would meet).
_APPOS, _POBJ, _NPADVMOD = frozenset({"appos"}), frozenset({"pobj"}), frozenset({"npadvmod"})


def repair_parse(doc: Doc) -> list[int]:
    """The forty-four repairs (in place); the indices of the tokens moved or relabelled. What
    ``kg.doc_arrays.parse`` read of the Doc before is forgotten: the extraction reads the mended parse."""
    moved = hyphen_prefixes_rejoined(doc) + restore_displaced_objects(doc) + fields_read_as_office_conjuncts(doc) + places_after_office_fields(doc) \
        + envoy_posts_after_countries(doc) + restore_office_appositions(doc) \
        + split_country_holders(doc) + titles_read_as_clauses(doc) \
        + detach_datelines(doc) + rehang_run_on_names(doc) + names_after_person_nouns(doc) + names_after_kin_of(doc) \
        + holders_read_as_conjuncts(doc) + holders_read_as_name_conjuncts(doc) \
        + visiting_as_adjective(doc) + agent_appositions(doc) + positions_as_nouns(doc) \
        + appositions_of_last_conjunct(doc) + names_after_company_of(doc) + lists_after_relative_clauses(doc) \
        + participles_on_subjects(doc) + participles_read_as_verb_conjuncts(doc) + relatives_of_the_of_object(doc) \
        + places_after_places(doc) + places_run_into_the_last(doc) + places_after_sites(doc) \
        + preps_after_document_names(doc) + subjects_before_brackets(doc) + subjects_after_openers(doc) \
        + subjects_after_opening_phrases(doc) + subjects_run_into_objects(doc) + nouns_before_subject_names(doc) \
        + subjects_after_verbs(doc) + objects_read_as_subjects(doc) + verbs_after_ages(doc) \
        + preps_after_amounts(doc) + agents_after_places(doc) \
        + roles_after_agents(doc) + durings_after_as_roles(doc) + passives_read_as_nouns(doc) \
        + fronted_relative_ofs(doc) + seat_participles_after_names(doc) + holdings_as_nouns(doc) \
        + acronyms_to_their_names(doc)
    parse_changed(doc)
    return moved


def restore_displaced_objects(doc: Doc) -> list[int]:
    """Reattach displaced objects to their verbs (in place); the indices of the tokens moved."""
    moved = []
    for tok in tokens_with(doc, _APPOS | _NPADVMOD, DEP):  # displaced as an apposition or an adverbial
        verb = _displaced_from(tok) if tok.dep_ == "appos" else _displaced_adverbial(tok)
        if verb is not None:
            place = tok.head
            tok.head = verb
            tok.dep_ = "dobj"
            moved.append(tok.i)
            comma = tok.right_edge.i  # "received in Ankara the Secretary General of NATO, Mark Rutte"
            comma += doc[comma].text != ","  # (the parser may hang the comma inside the object's phrase)
            holder = next((c for c in place.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                           and c.left_edge.i == comma + 1 and doc[comma].text == ","), None)
            if holder is not None:  # the name set off after the object is the object's, not the place's
                holder.head = tok
                moved.append(holder.i)
    return moved


def _displaced_from(tok: Token) -> Token | None:
    """The verb whose object ``tok`` (parsed as an apposition) is, else None."""
    if tok.dep_ != "appos":
        return None
    place = tok.head
    prep = place.head
    verb = _phrase_head(prep)
    if _in_ones_place(place, tok) and verb.pos_ == "VERB" and verb.i < prep.i:
        return verb if _takes_no_object(verb) else None  # "appointed in his place Oleksandr Syrskyi"
    if place.dep_ != "pobj" or not (place.pos_ == "PROPN" or _counted(place)) or prep.dep_ != "prep" \
            or verb.pos_ != "VERB" or not verb.i < prep.i < tok.i:
        return None  # "appears in Disney's film The Princess and the Frog": a noun names its title
    first = tok.left_edge
    before = tok.doc[first.i - 1]
    if first.lower_ not in _ARTICLES or before.is_punct or not (before == place or place in before.ancestors):
        return None  # right after the place's phrase: "received at Al-Salam Palace in Jeddah the President of X"
    return verb if _takes_no_object(verb) and _names_person(tok) else None


def _in_ones_place(noun: Token, name: Token) -> bool:
    """``noun`` is "place" or "stead" of "in his place", "in her stead", and ``name`` a name right
    after it: the name is who was put there, not the place."""
    return noun.lower_ in ("place", "stead") and noun.dep_ == "pobj" and noun.head.lower_ == "in" \
        and any(c.dep_ == "poss" for c in noun.children) and name.pos_ == "PROPN" and name.left_edge.i == noun.i + 1


def _counted(noun: Token) -> bool:
    """A common noun with a number, a sentence or a span of time ("sentenced to six years of prison
    the former mayor X"): the object written after it is the verb's, as after a place's name."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in noun.children)


def _phrase_head(prep: Token) -> Token:
    """The word a chain of prepositional phrases hangs on: "received at the palace in Cairo" ->
    "received" (the place's preposition hangs on "palace", its phrase on the verb)."""
    head = prep.head
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.i < head.i:
        head = head.head.head
    return head


def _takes_no_object(verb: Token) -> bool:
    """The verb has no direct object yet and is no passive: a displaced object may be its."""
    return not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in verb.children)


def _names_person(tok: Token) -> bool:
    """A noun phrase naming a person: a title or role its head ("the President of Turkey"), a person
    NER found inside it, or a role as its head's compound ("the Secretary General of NATO")."""
    return tok.lower_ in PERSON_HEADS or any(t.ent_type_ == "PERSON" for t in tok.subtree) \
        or any(c.dep_ == "compound" and c.lower_ in PERSON_HEADS for c in tok.children)


def _displaced_adverbial(tok: Token) -> Token | None:
    """The verb whose object ``tok`` is when the parser read the object written after the verb's
    place as an adverbial noun phrase ("received in Riyadh the Syrian president Ahmed al-Sharaa":
    npadvmod of "received"), on the same conditions as an apposition (``_displaced_from``)."""
    verb = tok.head
    if verb.pos_ != "VERB" or tok.left_edge.lower_ not in _ARTICLES or not _names_person(tok) \
            or not _takes_no_object(verb):
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and verb.i < c.i and c.right_edge.i == tok.left_edge.i - 1
                 and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)), None)
    return verb if prep is not None else None


#: Prepositions between an office and the country its holder's name is run into.
_HOLDER_PREPS = frozenset({"in", "to", "of"})


def split_country_holders(doc: Doc) -> list[int]:
    """Give "in Russia Tanju Bilgic" after an office its country back (in place); the indices of
    the tokens moved (the country's last word, the name's root)."""
    moved = []
    for tok in tokens_with(doc, _POBJ, DEP):  # the name is a preposition's object
        country = _country_run_into(tok)
        if country is not None:
            prep, office = tok.head, _office_of(tok.head)
            prep.head = office  # "thanked the Chinese Ambassador to Kenya Guo Haiyan": "to" on the verb
            country.head, country.dep_ = prep, "pobj"
            tok.head, tok.dep_ = office, "appos"
            moved += [country.i, tok.i]
    return moved


def _country_run_into(tok: Token) -> Token | None:
    """The last word of a country's name NER found right after an office's preposition and run
    into the name ``tok`` ends (its compound), or None."""
    prep = tok.head
    if tok.dep_ != "pobj" or tok.pos_ != "PROPN" or prep.dep_ != "prep" or prep.lower_ not in _HOLDER_PREPS:
        return None
    office = _office_of(prep)
    if office.lower_ not in ROLE_NOUNS or office.pos_ not in ("NOUN", "PROPN") or office.i > prep.i:
        return None
    end = _country_end(tok.doc, prep.i + 1, tok.i)  # the country, right after the preposition
    if end is None:
        return None
    name = tok.doc[end:tok.i + 1]
    ran = next((e for e in tok.doc.ents if e.start == prep.i + 1), None)  # "to [Vietnam Ito Naoki]", one ORG
    ran = ran is not None and ran.end == tok.i + 1 and ran.label_ == "ORG"
    words = [t for t in name if not (t.text == "-" or t.i > name.start and t.nbor(-1).text == "-"
                                     and not t.nbor(-1).whitespace_)]  # "Kim Hee-sang": two words
    if not 2 <= len(words) <= 3 or any(not (t.is_alpha and t.text[:1].isupper()) or t.ent_type_ == "GPE"
                                       or t.ent_type_ == "ORG" and not ran for t in words) \
            or common_word(name[-1].text) and not (given_name(name[0].text) and not name[-1].is_upper):
        return None  # "a judge of the United States District Court": a body's name ends in an everyday word
    last = tok.doc[end - 1]
    return last if last.head.i == tok.i and last.dep_ == "compound" else None


def _office_of(prep: Token) -> Token:
    """The word ``prep`` hangs on, or the verb's object right before it (the parser hangs an
    office's "to" on the verb it is the object of)."""
    before = prep.doc[prep.i - 1]
    return before if prep.head.pos_ == "VERB" and before.head.i == prep.head.i and before.dep_ == "dobj" else prep.head


def _country_end(doc: Doc, start: int, name_end: int) -> int | None:
    """Where the country NER found at ``start`` ends; or, when NER ran it into the name that ends
    at ``name_end`` ("to [Kazakhstan Zhang Xiao]", one PERSON), where the country those first
    words name ends (the longest, of at most ``_COUNTRY_WORDS``); after an envoy's "in", a city the
    gazetteer knows too ("in [Bishkek Rahmonali Rahimov]"). After "to", a country NER did not find
    at all ("to Uzbekistan Kim Hee-sang", NER: the person alone)."""
    ent = next((e for e in doc.ents if e.start == start), None)
    if ent is None and doc[start - 1].lower_ != "to":
        return None  # an office "of" a country: the relation rules read it so (``office_held``)
    if ent is not None:
        if ent.label_ == "GPE" and (is_country(ent.text) or city_or_country(ent.text) and ent.end < name_end):
            return ent.end  # a country, or a state or city the gazetteer knows ("Governor of North Carolina X")
        if ent.end != name_end + 1:
            return None
    # run into the name (one NER span), or no NER at all after "to": "to Uzbekistan Kim Hee-sang"
    posted = ent is not None and doc[start - 1].lower_ == "in"  # "in [Bishkek Rahmonali Rahimov]": an envoy's city
    return next((end for end in range(min(start + _COUNTRY_WORDS, name_end - 1), start, -1)
                 if (ent is not None or doc[end].ent_iob_ != "I")
                 and (is_country(doc[start:end].text) or posted and city_or_country(doc[start:end].text))), None)


#: The most words of a country's name run into a holder's ("the United Arab Emirates").
_COUNTRY_WORDS = 4


#: The labels the parser gives a name run on after a noun when it hangs it elsewhere.
_RUN_ON = frozenset({"dobj", "npadvmod", "dep", "pobj", "appos"})


def rehang_run_on_names(doc: Doc) -> list[int]:
    """Hang a person's name run on after a singular noun for a person, a quoted title after a
    noun for works, or a name the parser made a verb's second object after a company noun that is
    a preposition's ("imposed a fine of 148 million pesos on the company Transportes Huasteca"), its
    adverbial noun after its object's company noun ("overtook the American company Tesla"), or
    the preposition's second object after its company noun ("designed by the Danish engineering
    firms COWI and Ramboll"),
    on that noun as its apposition (in place); the indices moved. The noun is itself an object ("with his Turkish
    counterpart", "known for his songs "Blue Moon" and …"), nothing stands between it and the
    name, and the name is a proper noun NER read as a person's, or a title in quotation marks."""
    moved = []
    for tok in tokens_with(doc, _RUN_ON, DEP):
        first = tok.left_edge
        if tok.pos_ != "PROPN" or first.i < 1:
            continue
        noun = doc[first.i - 1]
        person = tok.ent_type_ == "PERSON" and noun.tag_ == "NN" and noun.lower_ in NAMED_NOUNS | OCCUPATIONS
        work = first.text in OPENING_QUOTES and noun.tag_ in ("NN", "NNS") and singular(noun.lower_) in WORK_NOUNS
        body = noun.tag_ == "NN" and noun.lower_ in COMPANY_NOUNS and (
            noun.dep_ == "pobj" and tok.dep_ == "dobj"  # "overtook the American company Tesla": an adverbial
            or noun.dep_ == "dobj" and tok.dep_ in ("npadvmod", "dep") and tok.head.i == noun.head.i)
        bodies = tok.dep_ == "pobj" and noun.dep_ == "pobj" and noun.head.i == tok.head.i \
            and noun.tag_ in ("NN", "NNS") and singular(noun.lower_) in COMPANY_NOUNS  # "by the firms COWI and X"
        if tok.dep_ == "appos" and not (person and noun.dep_ == "pobj" and noun.head.head.i == tok.head.i):
            continue  # but "the son of the architect X": X hung on the son
        if (person or work or body or bodies) and noun.pos_ == "NOUN" and noun.dep_ in ("pobj", "dobj") \
                and noun.head.i != tok.i and tok.head.i != noun.i:
            tok.head, tok.dep_ = noun, "appos"
            moved.append(tok.i)
    return moved


_VISITING = frozenset({"visiting"})


def visiting_as_adjective(doc: Doc) -> list[int]:
    """Hang a visitor's name the parser made the object of "visiting" on the verb "visiting"
    hangs on (as its object, or its preposition's: "met with visiting X"), and "visiting" on the
    name as its adjective (in place); the indices moved. Only "visiting" with no auxiliary of its
    own ("he was visiting Paris" is a verb), right before the name's phrase, a person NER found
    in it, and a verb with no object of its own ("met visiting X")."""
    moved = []
    for tok in tokens_with(doc, _VISITING):
        head = tok.head
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if tok.tag_ != "VBG" or obj is None or obj.left_edge.i != tok.i + 1 or obj.ent_type_ != "PERSON" \
                or any(c.dep_ in ("aux", "auxpass", "nsubj") for c in tok.children):
            continue
        if tok.dep_ == "pcomp" and head.dep_ == "prep":
            obj.head, obj.dep_, verb = head, "pobj", head.head
        elif tok.dep_ in ("advcl", "xcomp") and head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in head.children):
            obj.head, obj.dep_, verb = head, "dobj", head
        else:
            continue
        for c in [c for c in tok.children if c.i > obj.i]:  # "… Pham Minh Chinh at the Great Hall"
            c.head = verb
        tok.head, tok.dep_ = obj, "amod"
        moved += [obj.i, tok.i]
    return moved


_DOBJ = frozenset({"dobj"})


def agent_appositions(doc: Doc) -> list[int]:
    """Hang an object of a passive verb that a comma sets off right after the verb's agent phrase
    on the agent's name, as its apposition (in place); the indices moved. "was condemned by the
    Commission, an independent watchdog based in Lahore": the watchdog is the Commission."""
    moved = []
    for tok in tokens_with(doc, _DOBJ, DEP):
        verb, comma = tok.head, tok.left_edge.i - 1
        if comma < 1 or doc[comma].text != "," or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        agent = next((c for c in verb.children if c.dep_ == "agent" and c.right_edge.i in (comma - 1, comma)), None)
        name = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if name is not None and tok.pos_ in ("NOUN", "PROPN"):
            tok.head, tok.dep_ = name, "appos"
            moved.append(tok.i)
    return moved


def appositions_of_last_conjunct(doc: Doc) -> list[int]:
    """Hang a singular apposition set off by a comma right after its head's last conjunct on
    that conjunct (in place); the indices moved. "visit Shanghai and Hefei, capital of Anhui
    Province": the capital is Hefei. A name right after a common noun that is its head's
    conjunct names that noun: "between Aramco and the Chinese company Sinopec" (the parser hangs
    Sinopec on Aramco, which would be Sinopec), and so does one right after an office that is its
    head's conjunct: "the President of the Republic X and the Italian Prime Minister Giorgia
    Meloni" (Meloni would be the president). An "and" opens no apposition of a common noun: the
    phrase after it is its head's conjunct ("the chairman of X Ali Valiyev and the vice-president
    of Y")."""
    moved = []
    for tok in tokens_with(doc, _APPOS, DEP):
        comma = tok.left_edge.i - 1
        if comma < 1 or tok.tag_ not in ("NN", "NNP"):
            continue
        if doc[comma].text != ",":
            noun = doc[comma]  # no comma: the word before the name
            if noun.dep_ == "cc" and noun.head == tok.head and noun.lower_ in ("and", "or") and tok.pos_ == "NOUN":
                tok.dep_ = "conj"  # "the chairman of X Ali Valiyev and the vice-president of Y": no apposition
                moved.append(tok.i)
            elif tok.pos_ == "PROPN" and noun.dep_ == "conj" and noun.head == tok.head \
                    and (noun.pos_ == "NOUN" or noun.pos_ == "PROPN" and noun.lower_ in ROLE_NOUNS):
                tok.head = noun  # "Aramco and the Chinese company Sinopec": Sinopec is the company
                moved.append(tok.i)
            continue
        last = next((c for c in tok.head.conjuncts if c.i > tok.head.i and c.right_edge.i == comma - 1), None)
        if last is not None and last.i < tok.i and last.pos_ == "PROPN":
            tok.head = last
            moved.append(tok.i)
    return moved


_CONJ_APPOS = frozenset({"conj", "appos"})


def lists_after_relative_clauses(doc: Doc) -> list[int]:
    """Hang a name the parser made a conjunct or an apposition of a noun, set off by a comma right
    after that noun's relative clause, on the name the clause ends with, as its conjunct (in
    place); the indices moved."""
    moved = []
    for tok in tokens_with(doc, _CONJ_APPOS, DEP):
        if tok.pos_ != "PROPN":
            continue
        head = tok.head
        clause = next((c for c in head.children if c.dep_ == "relcl" and head.i < c.i < tok.i), None)
        first = tok.left_edge.i if clause is not None else 0
        if first < 2 or doc[first - 1].text != ",":
            continue
        last = doc[first - 2]  # "… by NASA" + ", the European Space Agency"
        while last.dep_ == "compound" and last.head.i == last.i + 1:
            last = last.head
        if last.pos_ == "PROPN" and last.ent_type_ and clause.right_edge.i == first - 2 and last.i != head.i:
            tok.head, tok.dep_ = last, "conj"
            moved.append(tok.i)
    return moved


_CLAUSES = frozenset({"ccomp", "advcl"})
#: What a past form read as a clause may not hold, besides the plural subject it takes from the
#: main verb, to be that subject's participle.
_OWN_ARGUMENTS = frozenset({"nsubjpass", "expl", "dobj", "aux", "auxpass", "mark", "neg"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def participles_on_subjects(doc: Doc) -> list[int]:
    """Give a past form the parser read as a verb with a plural subject right before it, where a
    present-tense verb with no subject follows its phrase, back as that subject's participle (in
    place), and the subject to the later verb; the indices moved or relabelled. "Artists signed
    to Ferrowheel Records include A and B": the artists were signed to the label, and they include
    A and B. The parser makes either verb a clause of the other ("signed" a ccomp of "include",
    or "include" an advcl of "signed")."""
    moved = []
    for tok in tokens_with(doc, _CLAUSES, DEP):
        past, verb = (tok, tok.head) if tok.head.i > tok.i else (tok.head, tok)
        subj = [c for c in past.children if c.dep_ == "nsubj"]
        if past.tag_ != "VBD" or verb.tag_ not in ("VBP", "VBZ") or len(subj) != 1 or subj[0].tag_ != "NNS" \
                or subj[0].right_edge.i + 1 != past.i or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        preps = [c for c in past.children if c.dep_ in ("prep", "agent")]
        if not preps or any(c.dep_ in _OWN_ARGUMENTS for c in past.children) \
                or not all(doc[k].dep_ == "advmod" and doc[k].head.i == verb.i for k in range(preps[-1].right_edge.i + 1, verb.i)):
            continue  # the verb right after the participle's phrase ("… to Ferrowheel (also) include")
        noun = subj[0]
        if verb.head.i == past.i:  # "include" hung on "signed": it takes the past form's place
            for c in [c for c in past.children if c.i > verb.i]:
                c.head = verb
            verb.head, verb.dep_ = (verb if past.head.i == past.i else past.head), past.dep_
        noun.head, noun.dep_ = verb, "nsubj"
        past.head, past.dep_, past.tag_ = noun, "acl", "VBN"
        moved += [noun.i, past.i, verb.i]
    return moved
