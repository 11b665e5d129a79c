"""The merge rules for a person's short form: ``name_part`` (in one document, "Sharon" after
"Ariel Sharon") and ``surname`` (across documents, a surname-only entity and the full name that
it fits, when it fits only one). Listed in ``kg.merge_rules``."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict

from kg.lexicon.frequency import common_word
from kg.lexicon.given_names import family_name_first, given_names, name_sex
from kg.lexicon.names import name_words, short_of
from kg.lexicon.words import ADDRESS_SEX
from kg.merge_guards import _before, _enough, _evidence_in, _introduced_before, _mistyped, _topic
from kg.merge_names import NameItem, Names
from kg.model import Mention

def name_part(names: Names) -> None:
    """``name_part``: in one document, a person's short form ("Sharon", "bin Laden", "George
    Bush") joins the full name it is part of ("Ariel Sharon", "Osama bin Laden", "George W Bush").
    A surname NER typed ORG, GPE or NORP there joins too ("Parton" beside "Dolly Parton"; ``_mistyped``),
    unless a rule before joined it to a longer name of that type (a company's short name:
    "Castellmar" beside "Castellmar Holdings S.A." and "Ramón Castellmar"),
    a place-typed one when the full name comes first (a town named after him, "Lavalle", before
    "Juan Lavalle", stays).
    Guard: one full-name cluster fits; a surname fit beats a first-name fit ("Sharon" after "Ariel
    Sharon" and a stray "Sharon kills women"); a mis-typed name joins only as a surname (or, typed
    ORG and no English word, as the first name of a full name written before it:
    ``_given_name_as_org``), and never when it is a country or a city ("Washington" beside
    "George Washington"); of two people who share it as a surname, the one introduced before its
    first use takes it
    (``_introduced_before``), else it stays apart, recorded. A first word two full names share
    stays apart even when one of them was written first ("William" beside "William Washington"
    and "William Washington House", "Square" beside "Square Enix" and "Square Enix Europe"),
    unless the full names share no other word, so the word is a family name written first, and
    the document opens on one of them (``_family_first``, ``_topic``): "Liang" after "Liang
    Congjie (1932-2010) was a Chinese historian ... Liang's father, architect Liang Sicheng" is
    Liang Congjie, the subject of an encyclopedic lead."""
    items = names.items
    persons = [i for i, n in enumerate(items) if n.group == "person" and n.key.plain]
    full_by_word = _full_by_word(items, persons)
    sentences = sorted({m.sent_start for n in items for m in n.mentions})  # those that name anything
    for i in sorted(persons, key=lambda i: (-len(items[i].words), i)) + _mistyped(items):  # "peter costello" first
        if items[i].group != "person" and _body_short_form(names, i):
            continue  # "Castellmar" after "Castellmar Holdings S.A.", beside "the brothers Vicente and Ramón Castellmar"
        how, tier = _fits(items, i, full_by_word)
        if how is None or how in ("surname", "first") and (i := _by_address(names, i, tier, sentences)) is None:
            continue
        only = tier[0] if len({names.find(j) for j in tier}) == 1 else \
            _introduced_before(names, tier, i) if how == "surname" or _titled(items[i]) else \
            _topic(names, tier) if how == "first" and _family_first(items, tier, i) else None
        if only is not None and len({names.find(j) for j in tier}) > 1 and _other_sex(names, only, i):
            only = None  # "Mr Brennan" is not the Orla Brennan the story opens on
        if only is not None:
            names.merge(only, i, "name_part")
        else:
            names.apart.setdefault(i, "fits two people in one document: "
                                   + ", ".join(sorted({items[j].best for j in tier})))
            names.ambiguous.add(i)


def _body_short_form(names: Names, i: int) -> bool:
    """The mistyped name ``i`` is already joined to a longer name of its own type (a company's
    short name, by ``designator`` or ``legal_name``): it is that body's, not a person's surname."""
    root, group = names.find(i), names.items[i].group
    return any(names.find(k) == root and k != i and n.group == group and len(n.words) > 1
               for k, n in enumerate(names.items))


def _other_sex(names: Names, full: int, short: int) -> bool:
    """The titles of ``short``'s mentions say a sex that the person of the full name ``full`` (its
    full names' given names, its names' titles) is not."""
    said = {ADDRESS_SEX.get(m.address or "") for m in names.items[short].mentions} - {None}
    root = names.find(full)
    cluster = [k for k in range(len(names.items)) if names.find(k) == root]
    sex = _sex_of(names.items, [k for k in cluster if len(names.items[k].words) >= 2],
                  [m for k in cluster for m in names.items[k].mentions])
    return sex is not None and bool(said - {sex})


def _titled(item: NameItem) -> bool:
    """Every mention of ``item`` has a courtesy title: its word is a family name, even where it
    opens the full names it fits ("Mr. Choi" of "Choi Min-jae")."""
    return all(m.address for m in item.mentions)


def _by_address(names: Names, i: int, fits: list[int], sentences: list[int]) -> int | None:
    """Where the short name ``i`` fits two people of the document (``fits``, their full names; its
    word their last or, for a family name written first, their first: "Choi Min-jae"), each
    of its mentions written with a courtesy title (``Mention.address``: "Mr. Choi", "Ms Brennan")
    joins the one of them the text wrote last before it, in its sentence or the one before, and of
    the title's sex: a news story tells two people of one surname apart so ("The chief trade
    negotiator, Choi Eun-young, is expected in Ottawa. Ms. Choi led Korea's side", after "Its
    chief executive, Choi Min-jae" and "Mr. Choi said"). Further back, the last one written is no
    better a guess than the person the story is about: "In 1961 she married the physicist John
    Ellison … The couple moved to Oxford … Dr. Ellison spent the 1970s at the Anglo-Australian
    Observatory" is Margaret Ellison, whose obituary it is. (``sentences``: the starts of the
    document's sentences that name anything, the only ones resolution sees.) Such
    mentions become names of their own (``Names.split``), joined by ``name_part``; ``i`` keeps the
    others, for the rule to read as before, and is returned (None when none are left).
    Guard: the last sentence that wrote a fitting person's full name wrote no other one ("Peter
    Costello and his brother Tim Costello … Mr Costello" stays apart); a full name's sex is its
    given name's (``name_sex``) or its own titles' ("Ms Aoife Brennan"), and two disagreeing say none."""
    items = names.items
    people: dict[int, list[int]] = defaultdict(list)
    for j in fits:
        people[names.find(j)].append(j)
    if len(people) < 2 or not any(m.address for m in items[i].mentions):
        return i
    seen = {p: [m for j in js for m in items[j].mentions] for p, js in people.items()}
    sex = {p: _sex_of(items, js, seen[p]) for p, js in people.items()}
    joins: dict[int, list[Mention]] = defaultdict(list)
    rest: list[Mention] = []
    for m in items[i].mentions:
        p = _addressee(m, seen, sex, sentences) if m.address else None
        (rest if p is None else joins[p]).append(m)
        if p is not None and sex[p] is None:
            sex[p] = ADDRESS_SEX.get(m.address or "")  # "Mrs Brennan" said Orla Brennan is a woman
    if not joins:
        return i
    parts = ([rest] if rest else []) + [joins[p] for p in sorted(joins)]
    made = names.split(i, parts)
    for p, k in zip(sorted(joins), made[1:] if rest else made):
        names.merge(people[p][0], k, "name_part")
    return i if rest else None


def _addressee(m: Mention, seen: dict[int, list[Mention]], sex: dict[int, str | None],
               sentences: list[int]) -> int | None:
    """The person of ``seen`` (each one's full-name mentions) the titled mention ``m`` is: the one
    of the title's sex written last before it, in its sentence or the one before, where that
    sentence writes no other; else the one written before it whom the title's sex alone allows,
    known to be of that sex ("Mr Brennan" after "Liam Brennan", "Orla Brennan" and a "Mrs
    Brennan" joined to her); else None. (``sex`` grows as titled mentions join.)"""
    said = ADDRESS_SEX.get(m.address or "")
    last = {}  # per person the title's sex allows, their full name written last before ``m``
    for p, ms in seen.items():
        before = [n for n in ms if n.start < m.start]
        if before and (said is None or sex[p] in (None, said)):
            last[p] = max(before, key=lambda n: n.start)
    best = max(last, key=lambda p: last[p].start, default=None)
    if best is not None and last[best].sent_start >= _sentence_before(sentences, m.sent_start) and not any(
            n.sent_start == last[best].sent_start for p in last if p != best for n in seen[p]):
        return best
    return best if len(last) == 1 and said is not None and sex[best] == said else None


def _sentence_before(sentences: list[int], start: int) -> int:
    """The start of the sentence before the one that starts at ``start`` (itself when none)."""
    k = bisect_left(sentences, start)
    return sentences[k - 1] if k > 0 else start


def _sex_of(items: list[NameItem], full: list[int], mentions: list[Mention]) -> str | None:
    """A person's sex as the full names ``full`` and their ``mentions`` say it, or None."""
    said = {name_sex(items[j].best) for j in full} | {ADDRESS_SEX.get(m.address or "") for m in mentions}
    said.discard(None)
    return said.pop() if len(said) == 1 else None


def _family_first(items: list[NameItem], fits: list[int], short: int) -> bool:
    """The full names ``fits`` that a one-word short name opens read as one family's names written
    family name first ("Liang Congjie", "Liang Sicheng", "Liang Qichao"; "Yi Seok", "Yi Kang"):
    they share no word beside the short one, and the one the document opens on is written before
    the short name. Not a given name two relatives share with their surname ("Paul Desmarais
    Jr.", "Paul Desmarais Sr"), nor a name inside a longer one ("William Washington", "William
    Washington House"; "Square Enix", "Square Enix Europe")."""
    word = items[short].words
    if len(word) != 1:
        return False
    rest = [set(name_words(items[j].words)) - set(word) for j in fits]
    if any(a & b for x, a in enumerate(rest) for b in rest[x + 1:]):
        return False
    return all(_before(items[j], items[short]) for j in fits if any(m.sent_start == 0 for m in items[j].mentions))


def _full_by_word(items: list[NameItem], persons: list[int]) -> dict[str, list[int]]:
    """The plain person names of two words or more, by each of their words (indexed: pairwise was
    quadratic)."""
    out: dict[str, list[int]] = defaultdict(list)
    for j in persons:
        if len(items[j].words) >= 2:
            for w in sorted(set(items[j].words)):
                out[w].append(j)
    return out


def _fits(items: list[NameItem], i: int, full_by_word: dict[str, list[int]]) -> tuple[str | None, list[int]]:
    """How ``name_part`` reads the short name ``i`` (``short_of``'s best tier: a surname fit beats
    a first-name fit) and the full names it fits so, a first surname alone too (``first_surname``;
    not its given name and first surname: "His son Joseph-Octave" beside "Joseph Octave Mousseau",
    a town "Eloy Alfaro" named after "Eloy Alfaro Delgado" in one document are others; across
    documents ``surname`` asks for evidence)."""
    words = items[i].words
    fits: dict[str, list[int]] = defaultdict(list)
    for j in sorted(set(full_by_word.get(words[-1], ())) | set(full_by_word.get(words[0], ()))):
        how = short_of(words, items[j].words) or (first_surname(words, items[j].words) if items[i].group == "person"
                                                   and len(words) == 1 else None)  # a two-word form: ``surname``'s, across
        if how and (items[i].group == "person" or (how == "surname" and (items[i].group != "place" or _before(items[j], items[i])))
                    or how == "first" and _given_name_as_org(items[i], items[j])):
            fits[how].append(j)
    how = next((t for t in ("surname", "dropped", "initials", "first") if fits[t]), None)
    return how, fits[how] if how else []


def _given_name_as_org(short: NameItem, full: NameItem) -> bool:
    """A one-word name NER typed ORG that opens a person's full name written before it, and is no
    English word: many languages' news calls a person by the first name ("The Indonesian president
    Prabowo Subianto met … Prabowo, who took office in October, then travelled", NER: ORG).
    A first word that is an English word ("Chelsea" of "Chelsea Clinton": the club may be meant),
    or written before the full name, is left alone; a family name written first ("Wang" of "Wang
    Wenbin") is ``person_name``'s."""
    word = short.words[0]
    return short.group == "org" and len(short.words) == 1 and _before(full, short) \
        and not common_word(word) and not family_name_first(word)


def first_surname(short: list[str], full: list[str]) -> str | None:
    """How a person's short name reads a full name of a given name and two surnames (Spanish and
    Portuguese names carry the father's surname first): ``surname`` for the first surname alone
    ("Alcántara" of "Rodrigo Alcántara Fuentes"), ``dropped`` for the given name and it ("Alberto
    Valdivia" of "Alberto Valdivia Rospigliosi"), else None. The two last words must be no given
    names ("Howard" of "Ron Howard Smith", "John Paul" of "John Paul Jones") nor everyday words.

    >>> first_surname(["alcántara"], ["rodrigo", "alcántara", "fuentes"]), first_surname(["john", "paul"], ["john", "paul", "jones"])
    ('surname', None)
    """
    names = given_names()  # the list alone: ``given_name``'s word classes would load spaCy on a cached rebuild
    if len(full) != 3 or short not in ([full[1]], full[:2]) or full[0].capitalize() not in names \
            or any(w.capitalize() in names or common_word(w) for w in full[1:]):
        return None  # nor an everyday word: "William Washington" of "William Washington House"
    return "surname" if len(short) == 1 else "dropped"


def name_part_joined(names: Names) -> None:
    """``name_part`` again, for the short names it left apart because they fitted two entities that
    a later rule has since joined: "John" fitted "John of Islay" and "John MacDonald" until
    ``stated`` read "John of Islay (or John MacDonald)" as one man's two names. Recorded as
    ``name_part``. Guard: every full name the short name fits is now in one entity; else it stays
    apart, with the reason ``name_part`` recorded."""
    items = names.items
    if not names.ambiguous:
        return
    persons = [i for i, n in enumerate(items) if n.group == "person" and n.key.plain]
    full_by_word = _full_by_word(items, persons)
    joined = {names.find(k) for k in range(len(items)) if names.find(k) != k}  # clusters of two names or more
    for i in sorted(names.ambiguous):
        if names.find(i) in joined:
            continue  # joined to something since: not this rule's to move
        how, tier = _fits(items, i, full_by_word)
        if how is not None and len({names.find(j) for j in tier}) == 1:
            names.merge(tier[0], i, "name_part")
            if names.find(i) == names.find(tier[0]):
                names.ambiguous.discard(i)
                names.apart.pop(i, None)


def surname(names: Names) -> None:
    """``surname``: across documents, an entity known in its documents only by a surname
    ("Musharraf") links to the full name of the corpus whose documents its own documents share a
    name with ("Pervez Musharraf", beside "Pakistan's" "Islamabad" there and here).
    A one-word name NER typed a place that is no known place and is a surname of the corpus
    ("Sebego's board recommended …", "Sebego said", NER: GPE) is read so too.
    Guards: both persons (or such a place); the evidence is in the surname's own documents: a name they write that
    the full name's documents write too and no other fitting full name's do (``_evidence``): a name
    that is no country, or two countries; one country alone is not enough (a Canberra lecturer
    "Harris" and Nauru's President Rene Harris are both in stories that name Australia). A surname two people of the
    corpus share joins one only by that evidence, never by how often one is named: a document that
    gives only "Howard" beside "the Governor-General" is the Prime Minister's whose stories name
    the Governor-General, while one on films names neither; and a full name from an unrelated
    document ("Nick Collins" of an encyclopedia article) is not the "Collins" of a news story that
    shares no name with it. The documents that give only "Howard" are one name of the corpus.
    When two full names fit and all of those documents tell the same person, the name joins that
    person; else each document that tells one person alone joins that person there
    (``Names.per_doc``: one on the Prime Minister and one on a film director join one each, and
    one that tells nothing stays apart, with the others that tell nothing).
    When one full name fits, a document that tells nothing does not hold back those that tell it:
    a name seen in more stories gathers more evidence and is not split more often as the corpus
    grows. Else it stays apart, recorded."""
    items = names.items
    persons = [i for i, n in enumerate(items) if n.group == "person" and n.key.plain]
    placed = [i for i in _mistyped(items) if items[i].group == "place" and len(items[i].words) == 1
              and items[i].key.text in names.surnames]  # "Sebego said …" (NER: GPE), no known place
    full_by_last: dict[str, list[int]] = defaultdict(list)
    docs_of: dict[int, set[str]] = {}
    for j in persons:
        if len(items[j].words) >= 2:
            full_by_last[name_words(items[j].words)[-1]].append(j)
            if len(items[j].words) == 3:  # "Alberto Valdivia" of "Alberto Valdivia Rospigliosi" (``first_surname``)
                full_by_last[items[j].words[1]].append(j)
            docs_of[j] = {m.doc for m in items[j].mentions}
    start = [names.find(k) for k in range(len(items))]  # the clusters earlier rules made
    before: dict[int, list[int]] = defaultdict(list)
    for k, root in enumerate(start):
        before[root].append(k)
    for i in sorted(persons, key=lambda i: (-len(items[i].words), i)) + placed:  # "george bush" before "bush"
        words = items[i].words
        fits = [j for j in full_by_last.get(words[-1], ()) if short_of(words, items[j].words) in ("surname", "dropped")
                or first_surname(words, items[j].words) and not docs_of[j] & {m.doc for m in items[i].mentions}]
        # (a first surname from another document only: in one, "His son Joseph-Octave" is no "Joseph Octave Mousseau")
        docs: dict[int, set[str]] = defaultdict(set)  # cluster -> documents of its fitting full names
        for j in fits:
            docs[names.find(j)].update(docs_of[j])
        if not docs or names.find(i) in docs:
            continue
        own = sorted({m.doc for k in before[start[i]] for m in items[k].mentions})
        if items[i].group == "place" and (set(own) & set().union(*docs.values()) or any(
                k.startswith(words[0] + " ") for d in own for k in names.document_keys.get(d, ()))):
            continue  # beside the person in one document, which kept it apart (a town named after him); or
            # the short form of a name it opens there ("backs Corrigan offer" beside "Corrigan Capital")
        evidence = _evidence_in(names, docs, words[-1])
        told = {d: [root for root, shared in sorted(evidence({d}).items()) if _enough(shared)] for d in own}
        backed = {root for roots in told.values() for root in roots}
        if len(backed) == 1 and (len(docs) == 1 or all(told.values())):
            names.merge(backed.pop(), i, "surname")
            continue
        own_joins = {d: roots[0] for d, roots in told.items() if len(roots) == 1}
        if len(docs) > 1 and own_joins:  # two people fit: each document that tells one joins that one
            names.per_doc[names.find(i)] = own_joins
        ranked = sorted(docs.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        why = "its documents share a name with two of them" if len(backed) > 1 else \
            "its documents share no name with those of" if not backed and len(docs) == 1 else \
            "nothing in its documents tells which of them it is" if not backed else \
            f"nothing in {next(d for d in own if not told[d])} tells which of them it is"
        names.apart.setdefault(i, why + ": " + ", ".join(
            f"{next(items[j].best for j in fits if names.find(j) == root)} ({len(d)} document{'s' * (len(d) > 1)})"
            for root, d in ranked[:3]))


#: How alike a short name and the topic's surname must be (rapidfuzz ``ratio``, 0-100): "Seyhun" and
#: "Seyhoon" beside "Seyhoun" score 92 and 86; "Peterson" and "Petersen" 88, "Smith"/"Smyth" 80.
SPELLING_RATIO = 85


def topic_spelling(names: Names) -> None:
    """``topic_spelling``: in one document, a one-word name spelled nearly like the surname of the
    person the document opens on is that person: a transliteration written more than one way
    ("Seyhun", "Seyhoon" after "Houshang Seyhoun ... was an Iranian architect"). NER often types
    such a spelling as no person. Guards: one person's full name of two words or more opens the
    document (its first sentence names no other); the short name is a person, an event or a work
    (NER's guesses for a strange word), or a name NER mistyped that is no country, people or city
    (``_mistyped``), no English word, written after
    the full name, joined to no other name yet; it shares the surname's first three letters and
    last letter, is at most one letter longer or shorter, and scores ``SPELLING_RATIO`` or more;
    "Peterson" beside "Petersen" opening a document would join too, as one writer's two
    spellings."""
    from rapidfuzz.fuzz import ratio

    from kg.lexicon.english import english_lexicon  # kept in the user's cache: no spaCy import (``kg.stored``)

    items = names.items
    opening = {names.find(j) for j, n in enumerate(items) if n.group == "person" and n.key.plain
               and len(n.words) >= 2 and any(m.sent_start == 0 for m in n.mentions)}
    if len(opening) != 1:
        return
    topic = next(j for j, n in enumerate(items) if names.find(j) in opening and len(n.words) >= 2)
    surname = name_words(items[topic].words)[-1]
    clustered = {names.find(k) for k in range(len(items)) if names.find(k) != k}
    lexicon = english_lexicon()
    mistyped = set(_mistyped(items))
    for i, n in enumerate(items):
        w = n.words[0] if len(n.words) == 1 else ""
        if not w or w == surname or not n.key.plain or not (n.group in ("person", "event", "work") or i in mistyped) \
                or names.find(i) in clustered or names.find(i) == names.find(topic) or w in lexicon:
            continue
        if w[:3] == surname[:3] and w[-1] == surname[-1] and abs(len(w) - len(surname)) <= 1 \
                and ratio(w, surname) >= SPELLING_RATIO and _before(items[topic], n):
            names.merge(topic, i, "topic_spelling")
