"""What kind of thing a named mention is, as the pronoun heuristic (``kg.relations.pronouns``)
asks: a person its text calls one, a thing ``it`` may stand for, a ship that ``she`` stands for,
the group "they" stands for; and a news story's second references by a noun, which stand for what the sentence before named
(an occupation, "The artist"; a people's word alone, "The Brazilian"; a company noun's are in
``kg.relations.company_references``). A mixin of ``Antecedents``, kept apart so each module stays
small."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.doc_arrays import conjuncts, sentence_bounds, sentence_of
from kg.lexicon.countries import country_codes, country_named, demonyms
from kg.lexicon.frequency import common_word
from kg.lexicon.given_names import name_sex
from kg.lexicon.names import initials, norm
from kg.lexicon.words import CORPORATE_DESIGNATORS, SHIP_PREFIXES
from kg.model import Mention
from kg.people_epithets import people_epithet
from kg.predicates import noun_kind
from kg.relations.relative import KIN_NOUNS
from kg.relations.tokens import ORGLIKE, SUBJ_DEPS, set_off
from kg.relations.words import ORG_NOUNS, PRONOUN_KINDS, ROLE_NOUNS

PERSON = frozenset({"PERSON"})
#: Types of the things ``it`` may stand for when a sentence before names one (``thing``).
THING_TYPES = frozenset({"ORG", "PRODUCT", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
#: Nouns for a ship, which English calls "she" ("HMS Tavistock was a destroyer … She served with …").
SHIP_NOUNS = frozenset("""ship warship destroyer frigate corvette cruiser battleship battlecruiser submarine
    sloop gunboat minesweeper minelayer vessel steamer steamship liner schooner brig barque tanker freighter
    icebreaker yacht ferry tug trawler galleon""".split())  # not "carrier": an airline is one too
#: Nouns for a group English calls "they" ("Langit Merah is a rock band … Their debut album"):
#: the topic they describe is the antecedent of a plural pronoun no coordinated names precede.
GROUP_NOUNS = frozenset("band group duo trio quartet quintet team club orchestra choir ensemble".split())
#: Words that open a sentence on its topic, which the subject pronoun after the comma stands for
#: ("As for the OEFA, it initiated …"; translated news writes them often).
TOPIC_OPENERS = frozenset({"as for", "as regards", "as to", "regarding", "concerning"})
#: The subject pronouns such a topic can be.
OPENED_PRONOUNS = frozenset({"it", "he", "she"})
#: Pronouns English uses for a ship.
SHIP_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
#: A general noun a writer calls a thing by after a specific one ("X is a 42-storey office
#: skyscraper ... The tower is owned by Y", "a cable-stayed bridge ... The structure"), and the
#: specific nouns it stands for (tests/model/test_definite_kinds.py reads two rows in real sentences).
ALSO_CALLED = {
    "tower": frozenset("skyscraper".split()),
    "skyscraper": frozenset("tower".split()),
    "building": frozenset("""skyscraper tower hotel hospital museum library theatre theater palace castle church
        cathedral basilica chapel mosque temple synagogue stadium arena station terminal school mansion house
        manor hall""".split()),
    "structure": frozenset("bridge tower dam lighthouse viaduct aqueduct skyscraper".split()),
    "film": frozenset("movie".split()),
    "movie": frozenset("film".split()),
    "vessel": SHIP_NOUNS,
    "ship": SHIP_NOUNS,
    "aircraft": frozenset("airliner fighter bomber helicopter airplane aeroplane plane jet".split()),
    "satellite": frozenset("spacecraft".split()),
    "spacecraft": frozenset("satellite probe".split()),
    "car": frozenset("automobile sedan hatchback".split()),
    "newspaper": frozenset("daily tabloid broadsheet".split()),
    "paper": frozenset("newspaper daily tabloid broadsheet".split()),
    "settlement": frozenset("village town hamlet city".split()),
    # a trade's maker, which the text may have called by its product's compound ("electric vehicle
    # maker VinFast … The carmaker"): the noun's own word ("maker") is all a description keeps
    "carmaker": frozenset("automaker maker manufacturer".split()),
    "automaker": frozenset("carmaker maker manufacturer".split()),
    "chipmaker": frozenset("maker manufacturer".split()),
    "planemaker": frozenset("maker manufacturer".split()),
    "drugmaker": frozenset("maker manufacturer".split()),
    "steelmaker": frozenset("maker manufacturer producer".split()),
    "manufacturer": frozenset("maker carmaker automaker chipmaker planemaker drugmaker steelmaker".split()),
    "maker": frozenset("manufacturer carmaker automaker chipmaker planemaker drugmaker steelmaker".split()),
}


def called(noun: str, nouns: frozenset[str]) -> bool:
    """A definite description's noun calls a mention the text described by ``nouns``: the same
    noun, or a general one for one of them (``ALSO_CALLED``: "the tower" for a skyscraper)."""
    return noun in nouns or bool(ALSO_CALLED.get(noun, frozenset()) & nouns)


#: Kinds of name "the latter" and "the former" stand for (no date, number or people's word).
_ORDERED_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT"})


class Kinds:
    """The kind questions of the pronoun heuristic (mixed into ``Antecedents``)."""

    doc: Doc
    mentions: list[Mention]
    roots: dict[int, Token]

    def topic(self) -> int | None:  # pragma: no cover - defined by Antecedents
        raise NotImplementedError

    def key(self, mi: int) -> str:  # pragma: no cover - defined by Arguments
        raise NotImplementedError

    def may_be(self, mi: int, want: frozenset[str]) -> bool:  # pragma: no cover - defined by Antecedents
        raise NotImplementedError

    def called_thing(self, mi: int) -> bool:  # pragma: no cover - defined by Antecedents
        raise NotImplementedError

    def description_nouns(self, mi: int) -> frozenset[str]:  # pragma: no cover - defined by Antecedents
        raise NotImplementedError

    def ordered(self, tok: Token) -> list[int]:
        """``the latter``, ``the former`` standing alone ("Kazatomprom held talks with Orano. The
        latter will build a plant"): the last or the first of the names before it in its sentence,
        when there are two or more, else in the sentence before; of one kind when two names share
        it ("Petronas held talks with Eni in Kuala Lumpur": the two companies, not the city); []
        for any other word and for "the former president" (a modifier, no reference)."""
        low = tok.lower_
        if low not in ("latter", "former") or tok.dep_ in ("amod", "compound") or not definite(tok):
            return []
        start, _end = sentence_bounds(self.doc, tok.i)
        spans = [(start, tok.i)] + ([sentence_bounds(self.doc, start - 1)] if start else [])
        for first, last in spans:
            names = list({self.key(m): m for m, root in sorted(self.roots.items(), key=lambda r: r[1].i)
                          if first <= root.i < last and self.mentions[m].type in _ORDERED_TYPES}.values())
            kinds = [self.mentions[m].type for m in names]
            paired = [m for m in names if kinds.count(self.mentions[m].type) >= 2]
            names = [m for m in paired if self.mentions[m].type == self.mentions[paired[-1]].type] if paired else names
            if len(names) >= 2:
                return [names[-1] if low == "latter" else names[0]]
        return []

    def of_peoples(self, mi: int, codes: frozenset[str]) -> bool:
        """Mention ``mi`` may be the company or the person a people's word calls so (the ``codes``
        of ``peoples_company`` or ``people_epithet``): its own words ("Saudi Aramco") or a
        people's word on the noun it is named with ("the Chinese refiner Rongsheng", "the
        Brazilian company Petrobras") name one of those countries, or no country at all."""
        root = self.roots[mi]
        near = [root, *(c for c in root.children if c.dep_ == "compound")]
        if root.dep_ in ("appos", "compound"):
            near.append(root.head)
        words = [t for n in near for t in n.children if t.dep_ in ("amod", "compound") and t.ent_type_ in ("NORP", "GPE")]
        words += [t for t in self.doc[root.left_edge.i:root.i + 1] if t.ent_type_ in ("NORP", "GPE")]
        known = {code for t in words if (code := people_code(t.text)) is not None}
        known |= {code for w in self.mentions[mi].text.split() if (code := people_code(w)) is not None}
        return not known or bool(known & codes)

    def described(self, tok: Token) -> list[int]:  # pragma: no cover - defined by Antecedents
        raise NotImplementedError

    def ent(self, tok: Token) -> int | None:  # pragma: no cover - defined by Arguments
        raise NotImplementedError

    def roots_in(self, sent: Span) -> list[tuple[int, Token]]:  # pragma: no cover - defined by Arguments
        raise NotImplementedError

    def antecedent(self, tok: Token, depth: int = 0) -> list[int]:  # pragma: no cover - defined by Antecedents
        raise NotImplementedError

    def epithet(self, tok: Token) -> list[int] | None:
        """``The artist was born in Guadalajara``, ``The 17-year-old striker scored``: a news story's
        second reference to the person it has just named, by an occupation and perhaps an age, a
        people's word or "former" (``epithet_noun``), as a sentence's subject. It stands for the
        person the text called by that noun (``described``), else, when no one before was called so
        and the noun was not used before (``a judge … The judge`` is that unnamed judge), the
        person the previous sentence's subject names (a topic named further back may not be the
        one meant: "Police arrested X. The lawyer said …"); an age alone, the one person the sentence
        before names anywhere ("Police arrested X … The 45-year-old was …"). None when ``tok`` is
        no such noun."""
        if not epithet_noun(tok):
            return None
        found = self.described(tok)
        if found or any(t.lower_ == tok.lower_ for t in self.doc[:tok.i]):
            return found
        found = self._previous_person(tok)
        if not found and tok.lower_ == "old":  # "Police arrested X … The 45-year-old": the one person named there
            prev = sentence_of(self.doc[sentence_of(tok).start - 1])
            people = {self.key(m): m for m, _ in self.roots_in(prev) if self.mentions[m].type == "PERSON"}
            found = list(people.values()) if len(people) == 1 else []
        return found

    def people_epithet(self, tok: Token, mi: int) -> list[int] | None:
        """``The Brazilian, who joined the club from Flamengo, beat Rodri``: a people's word alone
        (NER: NORP) as a sentence's subject is a sports or news story's second reference to the
        person the previous sentence's subject names, when that sentence names no other person and
        nothing the text says makes the person another people's (``of_peoples``); [] when it is
        such a reference to no one found (the people's word is then no subject either), None when
        ``tok`` is none ("The Brazilians", "Brazilian officials", a first sentence)."""
        text = self.mentions[mi].text
        if self.mentions[mi].type != "NORP" or " " in text or tok.tag_ in ("NNS", "NNPS") \
                or tok.dep_ not in ("nsubj", "nsubjpass") or sentence_of(tok).start == 0 \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or (code := people_code(text)) is None:
            return None
        found = self._previous_person(tok)
        prev = sentence_of(self.doc[sentence_of(tok).start - 1])
        if any(prev.start <= r.i < prev.end and self.mentions[k].type == "PERSON" and k not in found
               for k, r in self.roots.items()):
            return []  # "Djokovic beat Fritz. The American …": either may be
        return [m for m in found if self.of_peoples(m, frozenset({code}))]

    def _previous_person(self, tok: Token) -> list[int]:
        """The person the subject of the sentence before ``tok``'s names, or stands for as a pronoun
        or an epithet itself; [] when it names none."""
        prev = sentence_of(self.doc[sentence_of(tok).start - 1])
        for t in prev:  # the previous sentence's subject, named or itself referring back
            if t.dep_ in SUBJ_DEPS and t.head.i == prev.root.i:
                mi = self.ent(t)
                if mi is None:  # "The Mexican singer Peso Pluma cancelled …": the name set off in the subject
                    mi = next((m for c in t.children if c.dep_ == "appos" and (m := self.ent(c)) is not None), None)
                if mi is not None and (again := self.people_epithet(t, mi)) is not None:
                    return again  # "The Brazilian scored. He …"
                found = [mi] if mi is not None else self.antecedent(t, 1) if t.pos_ == "PRON" or epithet_noun(t) else []
                return [m for m in found if self.mentions[m].type == "PERSON"]
        return []

    def called_person(self, mi: int) -> bool:
        """A name NER typed otherwise that its own text calls a person (``Frédéric Talgorn (born
        1961) is a French composer`` with the mention ORG): it takes ``he``/``she`` as the topic."""
        return any(noun_kind(n) == "PERSON" for n in self.description_nouns(mi))

    def person_named(self, mi: int) -> bool:
        """A name NER typed a body that its text calls a person, there or where it writes the
        name in full: "Garvey, who was born in Ennis …" after "the Irish writer Siobhán Garvey"
        (both NER: ORG) is the writer, whom a "she" after it may stand for; a first name no English
        word after a person's full name ("Prabowo, who took office in October, then travelled to
        Washington, where he met …" after "Prabowo Subianto", as ``kg.merge_surnames`` joins it)."""
        m = self.mentions[mi]
        if m.type != "ORG":
            return False
        first = " " not in m.text and not common_word(m.text.lower())  # "Prabowo" after "Prabowo Subianto"
        return any(k in self.roots and ((o.text == m.text or o.text.endswith(" " + m.text)) and o.type in ("ORG", "PERSON")
                                        and (self.called_person(k) or self._person_noun_before(k))
                                        or first and o.type == "PERSON" and o.start < m.start
                                        and o.text.startswith(m.text + " "))
                   for k, o in enumerate(self.mentions))

    def _person_noun_before(self, mi: int) -> bool:
        """A noun only a person is written right before the name ("the Irish writer Siobhán Garvey")."""
        root = self.roots[mi]
        return any(c.dep_ in ("compound", "nmod") and c.i < root.i and c.pos_ == "NOUN" and noun_kind(c.lower_) == "PERSON"
                   for c in root.children)

    def opened_on(self, tok: Token) -> list[int]:
        """A subject pronoun after a topic its sentence opens on: "As for the Agency of Evaluation
        and Environmental Fiscalization (OEFA), it initiated …", "As for Lim Chee Keong, he …"
        (translated news; ``TOPIC_OPENERS``): the name the opener names, of the pronoun's kind."""
        if tok.lower_ not in OPENED_PRONOUNS or tok.dep_ not in ("nsubj", "nsubjpass"):
            return []  # before ``Token.sent``, which costs: asked of every pronoun and description
        sent = sentence_of(tok)
        if len(sent) < 4 or " ".join(t.lower_ for t in sent[:2]) not in TOPIC_OPENERS and sent[0].lower_ not in TOPIC_OPENERS:
            return []
        comma = next((t.i for t in sent if t.text == "," and t.i < tok.i), None)
        if comma is None or any(t.dep_ in ("nsubj", "nsubjpass") for t in self.doc[sent.start:comma]):
            return []
        person = tok.lower_ in ("he", "she")  # "he" a person's name, "it" any other
        named = [mi for mi, root in self.roots.items()
                 if sent.start < root.i < comma and (self.mentions[mi].type == "PERSON") == person]
        return named[:1]

    def thing(self, mi: int) -> bool:
        """A named thing ``it`` may stand for beside an organisation: a place, a work, an event, a
        building (``" Surreal " is a song … It was written by …``), or a name NER typed PERSON that
        its own text calls a thing (``Ocean Waves is a film``: ``called_thing``; ``may_be`` refuses it a ``he``)."""
        kind = self.mentions[mi].type
        return kind in THING_TYPES or kind == "PERSON" and (self.called_thing(mi) or self._brand(mi))

    def rival_noun(self, t: Token) -> bool:
        """A definite singular thing (``the deal``) that ``it`` could refer to instead; not a
        person's noun, nor one a name stands beside ("by the businessman Batbayar Dorj, it is"), nor
        one inside what a name's apposition or relative clause says of it ("Athletics Kenya, the
        federation that governs the sport in the country, announced that its president …")."""
        if t.tag_ != "NN" or self.ent(t) is not None or t.lower_ in ORG_NOUNS or noun_kind(t.lower_) == "PERSON" \
                or any(c.dep_ == "appos" and self.ent(c) is not None for c in t.children) \
                or any(a.dep_ in ("appos", "relcl") and self.ent(a.head) is not None for a in t.ancestors):
            return False
        if t.dep_ in SUBJ_DEPS:  # "a single line ran south …, where it connected"
            return True
        return (t.dep_ in ("dobj", "pobj")
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children))

    def no_rival(self, other: int, mi: int, noun: str) -> bool:
        """A subject ``other`` between antecedent ``mi`` and a definite ``noun`` is no rival for it
        when its name says it is another kind: several words whose head is an everyday noun other
        than ``noun`` (``called``: "the Law Society of Kenya", "the Orange Democratic Movement" are
        no commission; one word, "Apple", or a head no dictionary word, "Goldman Sachs", may be
        anything); or when it is the antecedent's initials ("The Independent Electoral and
        Boundaries Commission (IEBC) … The IEBC conducted … The commission"); or when the text
        calls it by other nouns only ("NeuroMark, a Norwegian diagnostics company, … a neurologist at
        the university")."""
        text, head = self.mentions[other].text, self.roots[other]
        if text.isupper() and text == initials(self.mentions[mi].text):
            return True
        if " " in text and head.text[:1].isupper() and common_word(head.lower_) \
                and not called(noun, frozenset({head.lower_})):
            return True
        own = self.key(other)  # what the text calls it anywhere: "NeuroMark, a Norwegian diagnostics company"
        said = frozenset().union(*(self.description_nouns(m) for m in self.roots if self.key(m) == own))
        return bool(said) and not called(noun, said)

    def _brand(self, mi: int) -> bool:
        """``mi`` is one word that opens a body's name of the document: its short name, which NER
        read as a person ("Valdorne Holding AG ... Valdorne is listed on the SIX Swiss Exchange. In
        2012 it acquired …"); or a longer name that the body's name adds only designators to
        ("Rufisque Logistique" of "Rufisque Logistique SARL … Its owner, Babacar Thiam")."""
        text = self.mentions[mi].text
        return any(m.type == "ORG" and m.text.startswith(text + " ") and (
            " " not in text or all(w.lower().rstrip(".,") in CORPORATE_DESIGNATORS for w in m.text[len(text):].split()))
            for m in self.mentions)

    def ship_for(self, tok: Token) -> int | None:
        """The ship ``she``/``her`` stands for: the document's topic when it is a ship (its name
        opens with a ship's prefix, "HMS Tavistock", ``SHIP_PREFIXES``, or its text calls it a
        ship, "… was a Wenlock-class destroyer", ``SHIP_NOUNS``): an article on a ship calls it
        "she" throughout. None for another pronoun, or when a woman is named in the pronoun's
        sentence before it or in the sentence before (she may be the one meant)."""
        if tok.lower_ not in SHIP_PRONOUNS:
            return None
        sent = sentence_of(tok)
        window = (sent.start_char if not sent.start else sentence_of(self.doc[sent.start - 1]).start_char, tok.idx)
        if any(m.type == "PERSON" and window[0] <= m.start < window[1] and name_sex(m.text) == "female"
               for m in self.mentions):
            return None
        topic = self.topic()
        if topic is None or self.mentions[topic].type == "PERSON" and self.may_be(topic, PERSON):
            return None
        words = self.mentions[topic].text.split()
        if words and words[0].lower().rstrip(".") in SHIP_PREFIXES \
                or self.description_nouns(topic) & SHIP_NOUNS:
            return topic
        return None

    def group_before(self, tok: Token) -> list[int]:
        """Nearest coordinated group (``X and Y``) of ORG/PRODUCT mentions before ``tok``; else, for
        "they", a topic the text calls a band, a team or another group (``GROUP_NOUNS``)."""
        sent = sentence_of(tok)
        lo = sentence_bounds(self.doc, sent.start - 1)[0] if sent.start > 0 else sent.start
        best: list[int] = []
        for t in self.doc[lo:tok.i]:
            mi = self.ent(t)
            if mi is None or mi not in self.roots or self.roots[mi].i != t.i or self.mentions[mi].type not in ORGLIKE:
                continue
            members = [t, *conjuncts(t)]
            group = [self.ent(c) for c in members if self.ent(c) is not None
                     and self.mentions[self.ent(c)].type in ORGLIKE]
            if len(members) >= 2 and t.dep_ != "conj":  # its unnamed members are simply not nodes
                best = list(dict.fromkeys(group))
        topic = self.topic() if not best and tok.lower_ in ("they", "their", "them") else None
        if topic is not None and self.description_nouns(topic) & GROUP_NOUNS:  # "X is a rock band. Their
            return [topic]  # debut album, Y, ...": a band, a team, a duo is "they"
        return best


def definite(tok: Token) -> bool:
    """``tok`` has "the" or "this" as its determiner ("The song", "the company", "The artist")."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)


def definite_thing(t: Token) -> bool:
    """``The song``, ``The new party``: a definite singular common noun no name covers, the
    subject of the sentence before ``it``; ``it`` carries that subject on (resolved as a description
    when it is one), so a name elsewhere in that sentence is no antecedent."""
    return t.pos_ == "NOUN" and t.tag_ == "NN" and definite(t)


def same_kind(a: str, b: str) -> bool:
    """Two pronouns that can stand for the same antecedent (``he``/``his``, ``it``/``its``)."""
    return any(a in group and b in group for group in PRONOUN_KINDS)


def definite_kind(tok: Token) -> bool:
    """``the town``, ``The album``: a definite, singular, unmodified common noun that could name
    the kind of a named thing. ``the company`` keeps its own reading (``definite_org``); an
    office (``the president``: ``ROLE_NOUNS``) may be anyone's in a news story, and a noun with a
    modifier or complement (``the capital of France``, ``the new album``, ``the city founded by
    X``) is not a plain reference back; a clause set off by a comma adds to a noun already
    known (``The mine, operated by Glencore, produces copper``)."""
    low = tok.lower_
    return (tok.tag_ == "NN" and tok.pos_ == "NOUN" and low.isalpha()
            and low not in ORG_NOUNS and low not in ROLE_NOUNS and low not in ("latter", "former")  # ``ordered``
            and definite(tok)
            and not any(c.dep_ in _MODIFIERS or c.dep_ in ("relcl", "acl") and not set_off(c) for c in tok.children))


#: What makes a definite noun more than a reference back: its modifiers and complements.
_MODIFIERS = frozenset({"poss", "compound", "appos", "prep", "amod", "nummod", "nmod", "quantmod"})


def people_code(text: str) -> str | None:
    """The ISO code of the country a people's word or a country's name names ("Saudi", "Brazil",
    "US"), else None."""
    found = demonyms().get(norm(text))
    if found is not None:
        return found.alpha_2
    name = country_named(text)
    return country_codes().get(norm(name)) if name else None


#: Modifiers an epithet may carry and still point back ("the former cricketer", "the young striker").
_EPITHET_WORDS = frozenset({"former", "young", "veteran", "retired", "famous", "renowned", "celebrated", "late"})
#: People a story names around its protagonist, not the protagonist: "X was arrested on Monday.
#: The lawyer said …" is X's lawyer, "X scored twice. The coach said …" X's coach; kin ("The
#: mother said"), rulers and officers met, clergy.
_COUNTERPART_NOUNS = KIN_NOUNS | frozenset("""lawyer attorney barrister solicitor counsel judge magistrate prosecutor
    doctor surgeon physician nurse paramedic officer policeman policewoman detective spokesman spokeswoman
    spokesperson guard bodyguard driver pilot interpreter translator agent manager aide assistant secretary coach
    referee teammate soldier general admiral king queen prince princess emperor empress monarch priest bishop
    cardinal monk nun aunt uncle cousin nephew niece grandfather grandmother model""".split())
#: The words of an age before it ("the 17-year-old winger", "the 45-year-old").
_AGE_WORDS = frozenset({"-", "year", "years", "old"})


def epithet_noun(tok: Token) -> bool:
    """``The artist``, ``The 17-year-old Spanish singer``, ``The former cricketer``: a definite
    singular noun for a person's occupation (``noun_kind`` PERSON; not one of a protagonist's
    counterparts, ``_COUNTERPART_NOUNS``) as the subject of a sentence
    that is not the text's first, its only modifiers an age, a people's word or one of
    ``_EPITHET_WORDS`` (anything else makes it someone new: "the new coach", "the lawyer of the
    victim"), no name of its own and no comma-less clause. An age alone is such a noun too ("The
    33-year-old, who was captain of …": "old" with its "year")."""
    age = tok.lower_ == "old" and any(c.lower_ in ("year", "years") for c in tok.children)
    if people_epithet(tok):
        return True  # "The Spaniard, who is coached by …" (``kg.people_epithets``)
    if not (age or tok.pos_ == "NOUN" and tok.tag_ == "NN" and noun_kind(tok.lower_) == "PERSON") \
            or tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ in _COUNTERPART_NOUNS or sentence_of(tok).start == 0 \
            or not definite(tok):
        return False
    for c in tok.children:
        if c.dep_ in ("det", "punct") or age and c.lower_ in ("year", "years", "-"):
            continue
        if c.dep_ == "amod" and (c.lower_ in _EPITHET_WORDS or c.ent_type_ == "NORP"
                                 or all(w.like_num or w.lower_ in _AGE_WORDS for w in c.subtree)):
            continue
        if c.dep_ in ("relcl", "acl") and set_off(c):
            continue
        return False
    return True


def subject_like(t: Token) -> bool:
    """A mention a pronoun later in its sentence may stand for: the subject of some clause (``when
    Longo was asked …, he asked``) or its possessor (``Henry VI's government decided he …``), not
    one of a coordinated group (``X and Y requested that he …``: ``he`` is neither). Names inside
    a sentence's opening phrase (``The daughter of X, she …``, ``Designed by X, it was built``) or
    a preposition's object (``together with X, he``, ``through X, where it flows``) describe or
    accompany the pronoun's referent, who is named earlier. ``it`` also takes a direct object
    (``Bohigian joined Idealab after it acquired …``); a possessive takes the nearest name, not a
    preposition's object after a named subject unless it is inside that object's phrase
    (``in_phrase``: "X agreed to pay Y to settle claims that its unit …" is X's unit)."""
    if conjuncts(t) or t.dep_ == "appos" and t.head.tag_ in ("NNS", "NNPS"):
        return False  # "X's siblings A, B and C competed, as does his daughter": none is "his"
    if t.dep_ in ("poss", "appos") and t.head.dep_ in SUBJ_DEPS:
        t = t.head  # "The Prime Minister, John Howard, has revealed he will …"
    return t.dep_ in SUBJ_DEPS and not conjuncts(t)


def in_phrase(tok: Token, t: Token) -> bool:
    """``tok`` is inside the phrase of ``t`` ("a catch to Ponting, his fifth": "his" in Ponting's)
    or of the preposition coordinated with ``t``'s ("from Nusantara Air and from its parent": the
    name just before, its parallel); not in a clause below it ("paid … to the FTC to settle
    accusations that its Xbox unit …") nor in another coordinated phrase ("remembered for … the
    impeachment of Warren Hastings … and for his staunch opposition": Burke's)."""
    return t.left_edge.i <= tok.i <= t.right_edge.i or any(
        c.dep_ == "conj" and c.left_edge.i <= tok.i <= c.right_edge.i for c in t.head.children)


def bound(tok: Token, t: Token) -> bool:
    """``t`` is no antecedent of ``tok`` by the clause itself: an object pronoun's own verb's
    subject ("Galatasaray signed him": "himself" would be), or the name a possessive's noun renames
    ("operated by Samarco, its joint venture with BHP": another body's venture; "Corus, its owner");
    not an ordinal standing for a noun left out ("a catch to Ponting, his fifth for the match"), nor
    a noun with a name of its own, the next of a list ("lead singer Ruben Grundy, his brother Joe
    Grundy, Carl Moland": Ruben's brother)."""
    noun = tok.head
    return (tok.dep_ in ("dobj", "dative") and t.dep_ in SUBJ_DEPS and noun.i == t.head.i
            or tok.dep_ == "poss" and noun.dep_ == "appos" and noun.head.i == t.i and noun.ent_type_ != "ORDINAL"
            and not any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in noun.children))
