"""The body a bare company role speaks for when the phrase names none: "The company also said
chief financial officer Ingrid Solberg would step down" (the body that says it, ``reporting_body``)
and "Tolmeca Copper said it was disappointed. Chief executive Andrés Villalobos said …" (the body
that spoke in the sentence before, ``previous_body``); and the body an office's own word names
("Competition Commissioner Margrethe Vestager" after "the European Commission", ``office_body``);
and the body a role's capitalised word names by the last word of its name ("Rovers chairman X"
after "Northbridge Rovers", ``short_name_body``). A wire story names a company's people so on
second reference; ``kg.relations.nouns`` asks these when a title or an apposition has no body
of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.doc_arrays import sentence_of
from kg.lexicon.given_names import given_name
from kg.lexicon.words import FIELD_WORDS, NAME_JOINERS
from kg.relations.arguments import Arg, Arguments
from kg.relations.tokens import main_subject
from kg.relations.words import COMPANY_NOUNS, ROLE_NOUNS, SPEECH_VERBS


#: Roles a company's announcement names its own people by ("The company said chief financial
#: officer Ingrid Solberg would step down").
_COMPANY_ROLES = frozenset("""ceo coo cfo cto chairman chairwoman chairperson president director officer executive
    founder co-founder spokesman spokeswoman spokesperson""".split())


def reporting_body(args: Arguments, root: Token, role: Token) -> Arg:
    """The organisation that says what a person with a bare company role does: "The company also
    said chief financial officer Ingrid Solberg would step down" (the person the subject of what
    the body said; the body named, or "the company" for the one named before). None for a role
    a body does not announce its own people by (``_COMPANY_ROLES``) or a speaker that is no body."""
    said = root.head.head if root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ccomp" else None
    if role.lower_ not in _COMPANY_ROLES or said is None or said.lemma_.lower() not in SPEECH_VERBS:
        return Arg()
    speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
    found = args.arg(speaker) if speaker is not None else Arg()
    return Arg([m for m in found.mentions if args.mentions[m].type == "ORG"], found.inferred, marks=found.marks)


def previous_body(args: Arguments, root: Token, role: Token) -> Arg:
    """The organisation that spoke in the sentence before, for a person with a bare company role
    who opens the next sentence speaking: "Tolmeca Copper said it was disappointed. Chief
    executive Andrés Villalobos said 600 jobs were at risk." A wire story gives a company's people
    so on second reference, also with "The" and the name set off as the role's apposition ("The
    Swiss group Nestle announced … The chief executive Laurent Freixe said"). Only a role a company
    names its own people by (``SPEAKING_ROLES``: not "president" or "director", a country's or a
    film's too), nothing but the role's own words
    before the name ("SCARF spokesman X": a body NER missed), and the earlier sentence's subject a
    body that spoke ("The ASX had sent Kalgarra a query. Chairman X said" is Kalgarra's chairman)
    and whose name opens on no given name (a person NER typed ORG); marked ``+antecedent``. When
    that subject names no one ("The plant will supply …"), the story's topic body (``_topic_body``);
    when it is a pronoun or a company noun ("The new airline plans …"), the one body it stands for."""
    subj = role if root.dep_ == "appos" and root.head.i == role.i else root  # "The chief executive X said"
    sent, verb = sentence_of(root), subj.head
    opening = args.doc[sent.start:role.left_edge.i]  # "Chief executive X", "The chief executive X" (the parser
    # may hang "Chief" on the name)
    if not (role.lower_ in SPEAKING_ROLES or _managing_director(role)) or subj.dep_ != "nsubj" \
            or verb.i != sent.root.i or sent.start == 0 \
            or verb.lemma_.lower() not in SPEECH_VERBS or any(t.lower_ not in _OPENING_WORDS for t in opening) \
            or any(t.is_upper and len(t.text) > 1 or t.pos_ == "PROPN" and t.lower_ not in ROLE_NOUNS and t.lower_ != "chief"
                   for t in args.doc[sent.start:role.i]):
        return Arg()
    before = sentence_of(args.doc[sent.start - 1])
    spoke = main_subject(before)
    named = args.arg(spoke, pronouns=False).mentions if spoke is not None else []
    if not named and spoke is not None and (spoke.pos_ == "PRON" or spoke.lower_ in COMPANY_NOUNS):
        named = args.arg(spoke).mentions  # "The new airline plans …": the body it stands for, or none
        return Arg(named, inferred=True) if len(named) == 1 and args.mentions[named[0]].type == "ORG" else Arg()
    if not named:  # "The plant will supply X. Chief executive Y said": the story's company
        return _topic_body(args)
    body = named[0] if len(named) == 1 else None  # "The Swiss group Nestle announced …": the group's name
    if body is None or args.mentions[body].type not in ("ORG", "PRODUCT") or before.root.lemma_.lower() not in SPEECH_VERBS \
            or given_name(args.mentions[body].text.split()[0]):  # "Yannick Rabier said" (NER: ORG)
        return Arg()
    return Arg([body], inferred=True)


def _topic_body(args: Arguments) -> Arg:
    """The story's topic (``Antecedents.topic``: the named subject of its first sentence) when it
    is a body whose name opens on no given name, for a company role after a sentence whose subject
    names no one ("Siemens Gamesa said it will open a plant … The factory will deliver turbines
    for X. Chief executive Y said"); marked ``+topic``."""
    topic = args.topic()
    if topic is None or args.mentions[topic].type != "ORG" or given_name(args.mentions[topic].text.split()[0]):
        return Arg()
    return Arg([topic], inferred=True, marks={topic: "+topic"})


#: Words a bare company role may open its sentence with before its own ("The chief executive X").
_OPENING_WORDS = frozenset({"the", "chief", "managing"})


def _managing_director(role: Token) -> bool:
    """"Managing director X said": a company's director, unlike a bare "director" (a film's, an
    agency's)."""
    return role.lower_ == "director" and any(c.lower_ == "managing" and c.i == role.i - 1 for c in role.children)
#: The roles a company's people speak for it by on second reference ("Chief executive X said"):
#: not "president" or "director", a country's or a film's too.
SPEAKING_ROLES = frozenset("""ceo coo cfo cto chairman chairwoman chairperson executive officer founder co-founder
    spokesman spokeswoman spokesperson""".split())


#: The word in a body's name that an office's holder serves in by the office's word: a
#: commissioner on a commission, a minister at a ministry.
OFFICE_BODY_WORDS = {"commissioner": "commission", "commissioners": "commission", "minister": "ministry",
                     "justice": "court", "judge": "court"}


def office_body(args: Arguments, root: Token, role: Token) -> Arg:
    """The one organisation named before ``root`` whose name's head word (``_head_word``) is the
    body word of the bare office ``role`` (``OFFICE_BODY_WORDS``): "The European Commission fined
    Meta … Competition Commissioner Margrethe Vestager said" (the Commission's), "The Ministry of Energy
    and Mineral Resources of Indonesia granted … According to Minister Bahlil Lahadalia" (the
    Ministry's), "The Supreme Court of Brazil ordered … Justice Alexandre de Moraes rejected" (the
    Court's). None when two such bodies were named ("the Ministry of Finance and the Ministry
    of Defence … Minister X"), or none; marked ``+office_body``."""
    word = OFFICE_BODY_WORDS.get(role.lower_)
    if word is None:
        return Arg()
    found = {args.key(m): m for m, mention in enumerate(args.mentions) if mention.start < root.idx
             and mention.type == "ORG" and _head_word(mention.text) == word}
    named = list(found.values())
    return Arg(named, inferred=True, marks={named[0]: "+office_body"}) if len(named) == 1 else Arg()


def field_body(args: Arguments, role: Token) -> Arg:
    """The body a minister's field names, written anywhere in the document: "the Minister of Industry
    and Trade of Vietnam X" … "the Ministry of Industry and Trade", "Higher Education Minister X" …
    "the Ministry of Higher Education" (the field's capitalised words, before the office or in its
    "of" up to the country's "of"); marked ``+field_body``. None when no body is named so."""
    word = OFFICE_BODY_WORDS.get(role.lower_)
    if word != "ministry" or not role.text[:1].isupper():
        return Arg()
    words = _field_words(role)
    if not words or not all(t.text[:1].isupper() or t.lower_ in ("and", ",", "&") for t in words):
        return Arg()
    text = " ".join(t.text for t in sorted(words, key=lambda t: t.i)).replace(" ,", ",").lower()
    names = {f"{word} of {text}", f"{word} of the {text}", f"{text} {word}"}
    found = [m for m, mention in enumerate(args.mentions) if mention.type == "ORG" and mention.text.lower() in names]
    return Arg(found[:1], inferred=True, marks={found[0]: "+field_body"}) if found else Arg()


def _field_words(role: Token) -> list[Token]:
    """The words of an office's field: its capitalised modifiers ("Higher Education Minister"), else
    its "of" phrase up to a second "of" or a name ("Minister of Industry and Trade of Vietnam X")."""
    before = [t for c in role.children if c.dep_ in ("compound", "amod") and c.i < role.i for t in c.subtree]
    if before:
        return before
    for prep in (p for p in role.children if p.dep_ == "prep" and p.lower_ == "of"):
        words = []
        for t in sorted(prep.subtree, key=lambda t: t.i)[1:]:
            if t.lower_ == "of" or t.ent_type_ in ("PERSON", "GPE", "NORP"):
                break
            words.append(t)
        return words
    return []


def _head_word(name: str) -> str:
    """The word a body's name is headed by, lower case: the last before its first "of" ("Ministry"
    of "Ministry of Energy of Indonesia", "Court" of "Supreme Court of Brazil"), else its last
    ("Commission" of "European Commission")."""
    return name.split(" of ")[0].split()[-1].lower()



def short_name_word(role: Token) -> Token | None:
    """A capitalised word no role's, written before ``role`` and hung on it, whatever the parser
    tagged it ("said Athletic chairman X": an adjective; "Rovers chairman X" opening a sentence: a
    common noun); no portfolio or department ("Transport Minister X" is ``field_body``'s)."""
    return next((c for c in role.children if c.dep_ in ("compound", "nmod", "amod") and c.i < role.i
                 and c.text[:1].isupper() and c.lower_ not in ROLE_NOUNS and c.lower_ not in FIELD_WORDS), None)


def short_name_body(args: Arguments, role: Token, mi: int) -> Arg:
    """The organisation whose name's last word is written, capitalised and on its own, before a
    role: "Rovers chairman Gareth Lowe" and "said Athletic chairman X" after "Northbridge Rovers"
    and "Wexley Athletic" (news calls a club, a society or a firm by it on second reference, and
    NER reads it as no name or as a people's). Only when one body of the story ends so: "United"
    beside "Leeds United" and "Dunmore United" names neither. Marked ``+short_name``."""
    word = short_name_word(role)
    if word is None or (wi := args.ent(word)) is not None and args.mentions[wi].type == "ORG":
        return Arg()
    bodies = {args.key(m): m for m, mention in enumerate(args.mentions)
              if m != mi and mention.type == "ORG" and len(mention.text.split()) >= 2
              and mention.text.split()[-1].lower() == word.lower_
              and mention.text.split()[-2].lower() not in NAME_JOINERS}  # not "Ministry of Transport"
    if len(bodies) != 1:
        return Arg()
    body = next(iter(bodies.values()))
    return Arg([body], marks={body: "+short_name"})
