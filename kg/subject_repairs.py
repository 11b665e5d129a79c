"""Parser slips that leave a verb without its subject, mended on the parse before mentions and
relations read it (called by ``kg.parse_repairs.repair_parse``, after its other repairs).

**A lead's subject read as the subject of its bracket** ("Guido Bonatti (died between 1296 and
1300) was an Italian mathematician", "Alecu Russo (born …, died … in Iaşi), was a Moldavian
writer"): the parser makes the name the subject of "died" or "born" inside the bracket, and the
sentence's verb a clause of that, so nothing says who was the mathematician.
``subjects_before_brackets`` makes the name the subject of the verb after the bracket and the
bracket's verb a clause on the name.

**A subject read as the last place of an opening participle's chain** ("Born in Toowoomba,
Queensland, Thorne was educated at Somerville College"): the parser makes the name the object of
"in" and the places its modifiers, so the verb has no subject and Thorne would be where Toowoomba
is. ``subjects_after_openers`` makes the name set off by a comma the verb's subject and the first
place the preposition's object.

**A subject read as an apposition of the phrase that opens its sentence** (translated news: "In
declarations to the agency EFE, the mayor of Lima, Rafael López Aliaga, criticized the
government"; "According to the newspaper Folha de S.Paulo, the minister Fernando Haddad will
travel to Beijing"): the parser hangs the subject on the opening phrase's name as its apposition,
so the agency would be the mayor, or makes the name after the phrase's noun the verb's subject and
the real subject its apposition, so the newspaper would travel. ``subjects_after_opening_phrases``
gives the verb the noun set off after the phrase, and hangs the names after it on that noun.

**A clause's subject read as the last conjunct of the object before it** ("The United States
intercepted those communications and the Pentagon now believes bin Laden is on the run"): the
parser makes "the Pentagon" a second thing intercepted and "believes" a clause with no subject.
``subjects_run_into_objects`` makes the conjunct the subject of the finite verb right after it
(adverbs between), and that verb a conjunct of the first.

**A noun before a name read as a second subject** ("The Indonesian company Pertamina signed a
contract with Shell"): the parser makes "company" and "Pertamina" two subjects of "signed", so
the clause has no one subject and nobody signed. ``nouns_before_subject_names`` hangs the noun
on the name as its compound, as the parser does in "The Spanish bank Santander bought …".

**A subject written after its verb** (translated Spanish, Portuguese, Italian: "Was arrested in
Istanbul the journalist Ahmet Yilmaz", "Signed the agreement the presidents Lula da Silva and
Alberto Fernández"): the parser reads the subject an adverbial noun phrase or a second object of
the verb, which has none, so nobody was arrested. ``subjects_after_verbs`` makes it the subject.

**An object read as a second subject** ("Ethekon, a lawyer from Turkana county, replaces Wafula
Chebukati, whose term expired in 2023"): after a subject set off by an apposition, the parser may
make the name after the verb a second subject of it, so nobody is replaced. An active verb has one
subject before it; ``objects_read_as_subjects`` makes a noun phrase after it, the verb having no
object, its direct object.

**A wire dateline read as a subject** ("JAKARTA, 3 June - X arrived", "ASTANA (Kazinform) - the
prime minister … held"): ``detach_datelines`` makes the dateline a modifier of the verb and, when
the parser hung the real subject on it as an apposition after the dash, gives that the subject
(described with the other repairs in ``kg.parse_repairs``).

**A verb after a subject's age read as the name's clause** ("Kerr, 44, previously coached at
Bradford City"): the parser makes the name the sentence's root and the verb a clause on it, as if
the sentence were a noun phrase, so nobody coached. ``verbs_after_ages`` makes the finite verb
the root and the name its subject.
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from kg.doc_arrays import sentence_bounds, tokens_with
from kg.relations.words import INVERTED_SPEECH_VERBS

#: A name's labels as a subject (the bracket repair's walk starts from them).
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_NSUBJ = frozenset({"nsubj"})
#: Every label of a verb's subject: a verb with one has its subject.
_SUBJECTS = _SUBJECT | {"expl", "csubj"}


def subjects_before_brackets(doc: Doc) -> list[int]:
    """Give a subject that a bracket follows the verb after the bracket (in place), when the
    parser made it the subject of a verb inside the bracket and that verb and the later one each
    other's clause; the indices moved. "Guido Bonatti (died between 1296 and 1300) was an Italian
    mathematician": Bonatti was the mathematician, and died in the bracket."""
    moved = []
    for subj in tokens_with(doc, _SUBJECT, DEP):
        inner, opens = subj.head, subj.i + 1  # the bracket right after the name's last word
        if opens >= len(doc) or doc[opens].text != "(" or not opens < inner.i or inner.pos_ not in ("VERB", "AUX"):
            continue
        closes = next((k for k in range(inner.i, min(len(doc), inner.i + 40)) if doc[k].text == ")"), None)
        if closes is None or any(doc[k].text == "(" for k in range(opens + 1, closes)):
            continue
        after = closes + 1 + (closes + 1 < len(doc) and doc[closes + 1].text == ",")
        if after >= len(doc) or doc[after].pos_ not in ("VERB", "AUX"):
            continue
        outer = doc[after]
        if outer.head.i == inner.i:  # "born ... is a journalist": the bracket's verb the root
            for c in [c for c in inner.children if c.i > closes and c.i != outer.i]:
                c.head = outer
            outer.head, outer.dep_ = (outer if inner.head.i == inner.i else inner.head), inner.dep_
        elif inner.head.i != outer.i:
            continue
        subj.head = outer
        inner.head, inner.dep_ = subj, "acl"
        moved += [subj.i, inner.i, outer.i]
    return moved


def subjects_after_openers(doc: Doc) -> list[int]:
    """Give a verb with no subject the name that ends the participle opening its sentence (in
    place), when a comma sets the name off from the participle's places; the indices moved.
    "Born in Toowoomba, Queensland, Thorne was educated at …": Thorne was educated, born in
    Toowoomba."""
    moved = []
    for sent in doc.sents:
        opener = sent[0]
        verb = opener.head
        if opener.dep_ != "advcl" or opener.tag_ not in ("VBN", "VBG") or verb.i == opener.i \
                or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        first = min([verb.i, *(c.i for c in verb.children if c.i > opener.right_edge.i)])
        last = doc[opener.right_edge.i]
        while last.is_punct and last.i > opener.i:
            last = doc[last.i - 1]
        if last.ent_type_ != "PERSON" or last.dep_ != "pobj" or doc[last.i + 1:first].text.strip(", "):
            continue  # a person's name, the object of the participle's last preposition, right before the verb
        start = last.i
        while start > 0 and doc[start - 1].ent_iob_ == "I" and doc[start].ent_iob_ == "I":
            start -= 1  # back to the name's first word
        chain = [c for c in last.children if c.i < start - 1 and c.dep_ in ("nmod", "compound", "appos", "npadvmod")]
        if start < 2 or doc[start - 1].text != "," or len(chain) != 1:
            continue
        place, prep = chain[0], last.head
        place.head, place.dep_ = prep, "pobj"
        last.head = verb
        last.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
        moved += [place.i, last.i]
    return moved


def subjects_after_opening_phrases(doc: Doc) -> list[int]:
    """Give the verb of a sentence that opens with a prepositional phrase its subject, the noun
    set off by commas right after the phrase that the parser hung on the phrase's last name as its
    apposition (in place); the indices moved (module docstring). Two readings: the verb has no
    subject ("In declarations to the agency EFE, the mayor of Lima, X, criticized"), or its subject
    is a name right after the phrase's common noun, no comma between ("According to the newspaper
    Folha de S.Paulo, the minister X will travel"), which is that noun's name."""
    moved = []
    for sent in doc.sents:
        opener = sent[0]
        verb = opener.head
        if opener.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or verb.i <= opener.right_edge.i:
            continue
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is None:  # the phrase's subtree holds the appositions: its name ends at its first comma
            first = next((k for k in range(opener.i + 1, verb.i) if doc[k].text == ","), verb.i)
            name = doc[first - 1]
        elif subject.dep_ == "nsubj" and subject.pos_ == "PROPN" and subject.left_edge.i == opener.right_edge.i + 1 \
                and doc[opener.right_edge.i].pos_ == "NOUN" and doc[opener.right_edge.i].dep_ == "pobj":
            name, first = subject, subject.i + 1
        else:
            continue
        found = _set_off_noun(doc, name, first, verb)
        if found is None:
            continue
        noun, later = found
        if subject is not None:  # "the newspaper [Folha de S.Paulo]": the noun's name
            subject.head, subject.dep_ = doc[opener.right_edge.i], "appos"
            moved.append(subject.i)
        noun.head, noun.dep_ = verb, "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
        for other in later:
            other.head = noun
        moved += [noun.i, *(t.i for t in later)]
    return moved


def _set_off_noun(doc: Doc, name: Token, first: int, verb: Token) -> tuple[Token, list[Token]] | None:
    """The apposition of ``name`` that a comma at ``first`` opens, a noun, and the appositions of
    ``name`` after it, when they run up to the verb (its auxiliaries before it, a comma at most
    between); else None."""
    if first >= len(doc) or doc[first].text != ",":
        return None
    appositions = [c for c in name.children if c.dep_ == "appos" and c.i > first]
    if not appositions or appositions[0].left_edge.i != first + 1 or appositions[0].pos_ not in ("NOUN", "PROPN"):
        return None
    end = max(t.right_edge.i for t in appositions) + 1
    gap = [t for t in doc[end:verb.i] if not (t.is_punct or t.head.i == verb.i and t.dep_ in ("aux", "auxpass", "neg"))]
    if gap or any(t.dep_ in _SUBJECTS for t in doc[first:verb.i] if t.head.i == verb.i):
        return None
    return appositions[0], appositions[1:]


#: Finite verb tags: a verb with one of these and no subject lost it.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: The labels the parser gives such a verb (the repair's walk visits only these).
_CLAUSES = frozenset({"ccomp", "dep"})


def subjects_run_into_objects(doc: Doc) -> list[int]:
    """Give a finite verb with no subject the last conjunct of the object right before it (in
    place), when only adverbs stand between them and the verb hangs on the object's verb; the
    indices moved (module docstring). Not a conjunct the verb could share its subject with ("It
    bought A and B, and sells C": a comma, or the verb coordinated already)."""
    moved = []
    for verb in tokens_with(doc, _CLAUSES, DEP):
        if verb.tag_ not in _FINITE or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        k = verb.i - 1
        while k > 0 and doc[k].dep_ == "advmod" and doc[k].head.i == verb.i:
            k -= 1
        noun = doc[k]
        obj = noun.head
        if noun.dep_ != "conj" or noun.pos_ not in ("PROPN", "NOUN") or noun.right_edge.i != k \
                or obj.dep_ != "dobj" or obj.head.i != verb.head.i or verb.head.i >= obj.i:
            continue
        cc = next((c for c in obj.children if c.dep_ == "cc" and obj.i < c.i < noun.left_edge.i), None)
        if cc is None or doc[cc.i - 1].text == ",":
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        cc.head = verb.head
        verb.dep_ = "conj"
        moved += [noun.i, cc.i, verb.i]
    return moved


def nouns_before_subject_names(doc: Doc) -> list[int]:
    """Hang a common noun the parser made a second subject of a verb, right before the name that
    is the verb's subject, on that name as its compound (in place); the indices moved (module
    docstring). The noun is written in lower case and ends where the name starts; the name is one
    NER found or a capitalised one ("The lunar probe Chang'e-6, developed by X, landed": NER
    leaves the name, which ``kg.shaped`` takes)."""
    moved = []
    for name in tokens_with(doc, _SUBJECT, DEP):
        first = name.left_edge
        if name.pos_ != "PROPN" or not (name.ent_type_ or first.text[:1].isupper()) or first.i < 1:
            continue
        noun = doc[first.i - 1]
        if noun.pos_ == "NOUN" and noun.text.islower() and noun.dep_ in _SUBJECT and noun.head.i == name.head.i \
                and noun.right_edge.i == noun.i:
            noun.head, noun.dep_ = name, "compound"
            moved.append(noun.i)
    return moved


#: Labels the parser gives a subject written after its verb (translated news): an adverbial noun
#: phrase, a (second) direct object, or a passive's second complement.
_AFTER_VERB = frozenset({"npadvmod", "dobj", "oprd"})
#: What may stand before such a verb in its sentence: its auxiliaries, a time ("Yesterday").
_BEFORE_VERB = frozenset({"aux", "auxpass", "npadvmod", "advmod", "punct"})
_ROOT = frozenset({"ROOT"})


def subjects_after_verbs(doc: Doc) -> list[int]:
    """Make a noun phrase written after a sentence's subjectless verb that verb's subject (in
    place), as translated Spanish, Portuguese or Italian keeps the source's order ("Signed the
    agreement the presidents Lula da Silva and Alberto Fernández", "Participated in the meeting
    the ministers of Brazil and Chile", "Was arrested in Istanbul the journalist Ahmet Yilmaz");
    the indices relabelled. The verb is the sentence's root, a past or present form or a passive,
    with nothing before it but its auxiliaries and a time; the phrase opens with "the" or is a
    name, and is the verb's second noun phrase, or (a passive's or after a preposition of the
    verb) its first. One noun phrase right after an active verb stays its object ("Signed the
    agreement yesterday": the subject is dropped, not written later), and so does a passive's one
    complement ("Was declared the winner"); after a complement the name is the subject ("Was
    elected president of the Senate of Brazil the senator Davi Alcolumbre")."""
    moved = []
    for verb in tokens_with(doc, _ROOT, DEP):
        start = sentence_bounds(doc, verb.i)[0]
        if verb.tag_ not in ("VBD", "VBZ", "VBN") or any(c.dep_ in _SUBJECTS for c in verb.children) \
                or any(t.head.i != verb.i and t.head.head.i != verb.i or t.dep_ not in _BEFORE_VERB
                       for t in doc[start:verb.i]):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if verb.tag_ == "VBN" and not passive:
            continue
        phrases = [c for c in verb.children if c.i > verb.i and c.dep_ in _AFTER_VERB]
        if not phrases:
            continue
        last = phrases[-1]
        after_prep = any(c.dep_ == "prep" and verb.i < c.i < last.i for c in verb.children)
        definite = last.ent_type_ or any(c.dep_ == "det" and c.lower_ == "the" for c in last.children)
        if definite and (len(phrases) >= 2 or (passive or after_prep) and last.dep_ != "oprd"):
            last.dep_ = "nsubjpass" if passive else "nsubj"
            moved.append(last.i)
    return moved


def objects_read_as_subjects(doc: Doc) -> list[int]:
    """Make a verb's second subject, written after the active verb that has a subject before it
    and no object, its direct object (in place); the indices relabelled. Not after a copula ("is"
    has no object), a reporting verb ("…, said X" names its speaker after it), nor a passive."""
    moved = []
    for verb in {t.head.i: t.head for t in tokens_with(doc, _NSUBJ, DEP)}.values():
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_ in INVERTED_SPEECH_VERBS:
            continue
        kids = list(verb.children)
        subjects = [c for c in kids if c.dep_ == "nsubj"]
        after = [c for c in subjects if c.i > verb.i]
        if len(subjects) == 2 and len(after) == 1 and after[0].pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ in ("dobj", "auxpass", "nsubjpass", "expl") for c in kids):
            after[0].dep_ = "dobj"
            moved.append(after[0].i)
    return moved


def verbs_after_ages(doc: Doc) -> list[int]:
    """Make a finite verb the parser hung as a clause on a name that roots its sentence, the name's
    age set off by commas between them, the sentence's root and the name its subject (in place);
    the indices moved. Not a verb with a subject of its own."""
    moved = []
    for sent in doc.sents:
        name = sent.root
        if name.pos_ != "PROPN" or name.i + 3 >= sent.end or doc[name.i + 1].text != "," \
                or not doc[name.i + 2].like_num or doc[name.i + 2].head.i != name.i or doc[name.i + 3].text != ",":
            continue
        verb = next((c for c in name.children if c.dep_ in ("acl", "relcl") and c.tag_ in _FINITE and c.i > name.i + 3
                     and not any(d.dep_ in _SUBJECTS for d in c.children)), None)
        if verb is None:
            continue
        for c in [c for c in name.children if c.i > verb.i]:
            c.head = verb  # the sentence's closing stop
        verb.head, verb.dep_ = verb, "ROOT"
        name.head, name.dep_ = verb, "nsubj"
        moved += [verb.i, name.i]
    return moved


#: The dashes a wire's dateline ends on ("KYIV, 3 June - ").
_DASHES = frozenset({"-", "–", "—", "--"})


def detach_datelines(doc: Doc) -> list[int]:
    """Relabel a dateline parsed as a second subject, or as the subject (its own after a dash its apposition)."""
    moved = []
    for sent in doc.sents:
        first = sent[0]
        if first.dep_ not in ("nsubj", "nsubjpass"):
            continue
        others = [c for c in first.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i]
        if others and any(t.text in _DASHES for t in doc[first.i + 1:others[0].i]):
            first.dep_ = "npadvmod"
            moved.append(first.i)
            continue
        dash = next((t.i for t in doc[first.i + 1:first.head.i] if t.text in _DASHES and t.head.i == first.i), None)
        after = [c for c in first.children if c.dep_ == "appos" and dash is not None and c.i > dash]
        if len(after) == 1:  # "ASTANA (Kazinform) - the prime minister ... held": the subject hung on the dateline
            after[0].head, after[0].dep_ = first.head, first.dep_
            first.dep_ = "npadvmod"
            moved += [first.i, after[0].i]
    return moved
