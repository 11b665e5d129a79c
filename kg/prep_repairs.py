"""Prepositions the parser hung on the nearest noun instead of the word they complete, mended on
the parse before mentions and relations read it (called by ``kg.parse_repairs.repair_parse``).

**A preposition after an amount of money or a quantity** ("BaFin imposed a fine of 40 million
euros on Deutsche Bank", "a loan of $2 billion to Argentina", "a stake of 10 percent in Aramco"):
the parser hangs "on Deutsche Bank" on "euros", the nearest noun, so the fine would be on nobody
and the euros on the bank. An amount names no one, and what follows it completes the noun the
amount measures: ``preps_after_amounts`` hangs the preposition on that noun ("fine"), where the
relation rules read "imposed a fine on Deutsche Bank".

**A passive's agent after a place or a time** ("Stargate is a joint venture of OpenAI, SoftBank
and Oracle, announced in January at the White House by U.S. President Donald Trump"): the parser
hangs "by Trump" on "the White House", the nearest noun, so nothing says who announced it. A place
or a date is not made by anyone: ``agents_after_places`` makes such a "by" whose object is a person
or a body the agent of the participle the place's preposition belongs to, when that participle has
none ("painted in the Sistine Chapel by Michelangelo"). Not "a house by the sea" (no person).

**A role after a passive's agent** ("Tim Cook will be replaced by John Ternus as CEO of Apple"):
the parser hangs "as CEO" on the agent's name, where no rule reads it as the office the agent
takes; ``roles_after_agents`` hangs it on the verb, as the parser does for "as chief executive";
so too after a time ("served until last year as president of X").

**A passive read as a noun** ("Siemens Healthineers, which is majority owned by Siemens"): the
parser reads "majority" as the copula's complement and "owned by Siemens" as a participle on it, so
no rule sees who owns what. A bare singular noun between "is" and a participle with a "by" says how
("majority", "state", "family" owned), as "wholly" does: ``passives_read_as_nouns`` makes the
participle the clause's verb, the copula its passive auxiliary and the noun its modifier.

**A fronted "of which" in a relative clause** ("The automaker Nissan, of which Carlos Ghosn was
president until his arrest"): the parser hangs "of which" on the clause's copula, where no rule
reads it as the noun's; the writer fronted the noun's own "of" ("Ghosn was president of which").
``fronted_relative_ofs`` hangs it on the copula's noun complement, so "president of" Nissan is read
as in "Ghosn was president of Nissan". Not a clause whose complement is no noun ("of which 40
percent was sold": an amount, no role).

**A seat's participle set off after a name, read as the verb's** ("worked with the Max Planck
Institute, also based in Berlin, and with Lund University"): with an adverb before it the parser
hangs "based" on the main verb, so the subject would be based in Berlin and the institute nowhere.
A participle of where a body sits (``SEAT_PARTICIPLES``) right after a comma that closes a name
the clause does not have as its subject, with no subject of its own, describes that name:
``seat_participles_after_names`` hangs it there.

**Where an envoy serves, hung on the verb** ("witnessed by the Director X and the Ambassador of
Canada to Zambia Margaret Ellison"): in a list the parser hangs "to Zambia" on the verb, so the
ambassador serves nowhere and the run-on holder's name is lost to the verb.
``envoy_posts_after_countries`` hangs a "to" or "in" that follows an envoy's "of" phrase
(``POSTED_ROLES``) at once on the envoy, as the parser does outside a list.

**A time hung on the role a verb's "as" names** ("John Ames served as a pilot during the Korean
War"): the parser hangs "during the Korean War" on "pilot", so nothing says when Ames served, and
the rule that reads a verb's "during" (``kg.relations.verbs.during``) sees none.
``durings_after_as_roles`` hangs it on the verb, as the parser does with no "as" ("served in the
Navy during the war").
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from kg.doc_arrays import ent_start, tokens_with
from kg.lexicon.english import singular
from kg.relations.words import POSTED_ROLES, ROLE_NOUNS

_PREP = frozenset({"prep"})
_DURING = frozenset({"during"})
_ADVCL = frozenset({"advcl"})
#: Participles (lemmas) of where a body sits or was set up.
SEAT_PARTICIPLES = frozenset({"base", "headquarter", "locate", "situate", "found", "register", "establish"})
_BY = frozenset({"by"})
_AS = frozenset({"as"})
_ATTR = frozenset({"attr"})
#: The relative pronouns a fronted "of" takes.
_RELATIVES = frozenset({"which", "whom"})
#: Names a passive's agent is written as, and the names of places and times it may follow.
AGENT_TYPES = frozenset({"PERSON", "ORG", "NORP"})
SETTING_TYPES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"})
#: Entity types of an amount: the words NER gives them say how much, not who or where.
AMOUNT_TYPES = frozenset({"MONEY", "QUANTITY", "PERCENT", "CARDINAL"})


def preps_after_amounts(doc: Doc) -> list[int]:
    """Hang a preposition whose head is an amount, the object of a noun's "of", on that noun (in
    place); the indices moved. Not a preposition of the amount's own ("a fine of 40 million
    euros of which half …" has no such prep), nor "of" itself ("a fine of 40% of revenue": the
    revenue's share is the amount's)."""
    moved = []
    for prep in tokens_with(doc, _PREP, DEP):
        amount = prep.head
        if prep.lower_ == "of" or prep.i < amount.i or amount.dep_ != "pobj" or not _is_amount(amount):
            continue
        of = amount.head
        noun = of.head
        if of.lower_ == "of" and of.dep_ == "prep" and noun.pos_ == "NOUN" and noun.i < of.i:
            prep.head = noun
            moved.append(prep.i)
    return moved


def _is_amount(tok: Token) -> bool:
    """A number, or a noun a number counts or NER calls an amount ("40 million euros", "$2
    billion", "10 percent")."""
    return tok.like_num or tok.ent_type_ in AMOUNT_TYPES or any(c.dep_ == "nummod" for c in tok.children)


def agents_after_places(doc: Doc) -> list[int]:
    """Make a "by" hung on a place's or a date's name the agent of the participle whose
    preposition that name is the object of (in place), when the participle has no agent and the
    "by" names a person or a body; the indices moved."""
    moved = []
    for by in tokens_with(doc, _BY):
        setting = by.head
        if by.dep_ != "prep" or setting.dep_ != "pobj" or setting.ent_type_ not in SETTING_TYPES:
            continue
        verb = setting.head.head
        if setting.head.dep_ != "prep" or verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
            continue
        if any(c.dep_ == "pobj" and c.ent_type_ in AGENT_TYPES for c in by.children):
            by.head, by.dep_ = verb, "agent"
            moved.append(by.i)
    return moved


def roles_after_agents(doc: Doc) -> list[int]:
    """Hang an "as" whose object is a role noun ("as CEO of Apple") on the verb when the parser
    hung it on the name its passive's agent "by" gives, or on the time a verb's "until", "since",
    "in", "from" or "for" gives ("served until last year as president of X"), in place; the
    indices moved."""
    moved = []
    for as_ in tokens_with(doc, _AS):
        name, by = as_.head, as_.head.head
        if as_.dep_ != "prep" or name.dep_ != "pobj" or not (
                by.dep_ == "agent" and name.ent_type_
                or by.dep_ == "prep" and by.lower_ in _TIME_PREPS and name.ent_type_ in ("DATE", "TIME")
                and by.head.pos_ in ("VERB", "AUX")):
            continue
        if any(c.dep_ == "pobj" and singular(c.lower_) in ROLE_NOUNS for c in as_.children):
            as_.head = by.head
            moved.append(as_.i)
    return moved


#: Prepositions of a time a verb's "as" role may be hung on after.
_TIME_PREPS = frozenset({"until", "till", "since", "in", "from", "for"})


def passives_read_as_nouns(doc: Doc) -> list[int]:
    """Make a participle with an agent ("owned by X") hung on a copula's bare singular noun
    complement ("is majority owned") the verb of the copula's clause (in place): it takes the
    copula's head and label, the copula's other words and its subject (now ``nsubjpass``), and the
    copula and the noun hang on it; the indices moved. Not a noun with words of its own ("is a
    company owned by X", "is the majority owned by X": a thing described)."""
    moved = []
    for noun in tokens_with(doc, _ATTR, DEP):
        cop = noun.head
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1), None)
        if verb is None or cop.lemma_ != "be" or noun.i != cop.i + 1 or noun.tag_ != "NN" \
                or noun.n_lefts + noun.n_rights != 1 \
                or not any(c.dep_ == "agent" for c in verb.children):
            continue
        verb.head, verb.dep_ = (verb if cop.head.i == cop.i else cop.head), cop.dep_
        for c in list(cop.children):
            if c.i != noun.i:
                c.head, c.dep_ = verb, ("nsubjpass" if c.dep_ == "nsubj" else c.dep_)
        cop.head, cop.dep_ = verb, "auxpass"
        noun.head, noun.dep_ = verb, "npadvmod"
        moved += [verb.i, cop.i, noun.i]
    return moved


def fronted_relative_ofs(doc: Doc) -> list[int]:
    """Hang "of which/whom" fronted on a relative clause's copula on the copula's noun complement
    (in place): "…, of which X was president" reads as "X was president of which"; the indices
    moved. The complement is a common noun after the copula with no "of" of its own."""
    moved = []
    for rel in tokens_with(doc, _RELATIVES):  # fewer than the "of"s: the walk starts from "which"/"whom"
        of = rel.head
        cop = of.head
        if rel.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep" or cop.lemma_ != "be" or cop.dep_ != "relcl" \
                or of.i > cop.i or of.i in moved:
            continue
        noun = next((c for c in cop.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.i > cop.i), None)
        if noun is not None and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            of.head = noun
            moved.append(of.i)
    return moved


def seat_participles_after_names(doc: Doc) -> list[int]:
    """Hang such a participle on the name before its comma (in place); the indices moved."""
    moved = []
    for part in tokens_with(doc, _ADVCL, DEP):
        comma = part.left_edge.i - 1
        if part.tag_ != "VBN" or part.lemma_.lower() not in SEAT_PARTICIPLES or comma < 1 or doc[comma].text != "," \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in part.children):
            continue
        name = doc[comma - 1]
        while name.ent_iob_ == "I" and name.head.ent_iob_ in ("B", "I") and name.i != name.head.i < comma:
            name = name.head  # the name's head word ("Institute" of "… Institute for Molecular Genetics")
        if name.ent_type_ in ("ORG", "FAC", "GPE") and name.dep_ in ("pobj", "dobj", "appos") and name.i < part.i:
            part.head, part.dep_ = name, "acl"
            moved.append(part.i)
    return moved


_POSTS = frozenset({"to", "in"})


def envoy_posts_after_countries(doc: Doc) -> list[int]:
    """Hang a verb's "to"/"in" that follows an envoy's "of" phrase at once on the envoy (in
    place); the indices moved. The envoy is a list's later member ("X and the Ambassador of Canada
    to Zambia Y": the verb's object or agent is the list), the "of" phrase's object a place NER
    found, and nothing stands between it and the preposition. The envoy may stand alone where
    the "to" or "in" phrase names the holder after the place ("met the ambassador of the Republic
    of Korea to Uzbekistan Kim Jin-sun", "summoned the Ambassador of Iran in Baku Abbas Mousavi":
    no one meets *to* or *in* a person); the place's name may hold an "of"."""
    moved = []
    for prep in tokens_with(doc, _PREP, DEP):
        if prep.lower_ not in _POSTS or prep.head.pos_ not in ("VERB", "AUX") or prep.i < 4:
            continue
        place = _name_root(doc, prep.i - 1)
        of = place.head
        envoy = of.head
        if place.dep_ != "pobj" or place.ent_type_ not in ("GPE", "LOC") or of.lower_ != "of" or of.dep_ != "prep" \
                or envoy.lower_ not in POSTED_ROLES or of.right_edge.i != prep.i - 1 \
                or not (envoy.dep_ == "conj" or _names_holder(prep)):
            continue
        prep.head = envoy
        moved.append(prep.i)
    return moved


def _name_root(doc: Doc, i: int) -> Token:
    """The word of token ``i``'s NER name that the parser hangs outside it ("Republic" of "the
    People's Republic of China"), else token ``i``."""
    if not doc[i].ent_type_:
        return doc[i]
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[ent_start(doc, i):end].root


def _names_holder(prep: Token) -> bool:
    """The preposition's object is a person NER named ("to Uzbekistan Kim Jin-sun"), or a proper
    name NER left out that a place NER found opens ("in Baku Abbas Mousavi"): a holder after the
    place he serves in, where a place alone would be the verb's ("summoned the envoy in Baku")."""
    return any(c.dep_ == "pobj" and (c.ent_type_ == "PERSON" or not c.ent_type_ and c.pos_ == "PROPN" and any(
        d.dep_ == "compound" and d.ent_type_ in ("GPE", "LOC") and d.i < c.i for d in c.children))
        for c in prep.children)


def durings_after_as_roles(doc: Doc) -> list[int]:
    """Hang a "during" after the object of a verb's "as" on the verb (in place); the indices moved."""
    moved = []
    for prep in tokens_with(doc, _DURING):
        noun = prep.head
        as_ = noun.head
        if prep.dep_ == "prep" and noun.dep_ == "pobj" and noun.i < prep.i and as_.lower_ == "as" \
                and as_.dep_ == "prep" and as_.head.pos_ == "VERB" and as_.head.i < as_.i:
            prep.head = as_.head
            moved.append(prep.i)
    return moved
