"""Entity mentions of one parsed document: alias-pack matches, quoted titles, NER spans and
recovered names.

Five sources, in order of trust: alias packs (the user said so), Title-Case phrases in quotation
marks (titles of works), spaCy's NER on the truecased text, runs of proper nouns that NER left
unlabelled, and the names so found propagated to their other occurrences in the document. Every
span is bounded and grown by ``kg.spans`` (sentence starts, brackets, capitals, the whole
Title-Case name it is a piece of; "the" and a trailing "and" trimmed), and junk is rejected (job
titles and ranks such as ``COO`` or ``Prime Minister``, number words, lower-case common words
such as ``netizen``, a sentence-initial common word such as ``Byte``, a lone English word that
refers back to a longer name such as ``the Party``; ``kg.junk``).
"""

from __future__ import annotations

from itertools import chain

from spacy.attrs import ORTH
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from kg.aliases import PackMatch
from kg.entity_types import _fix_type, _guess_type, _said_a_place, after_capital, name_types  # noqa: F401  (tests)
from kg.headlines import headline_people, title_case_names
from kg.member_bodies import member_bodies, retyped_bodies
from kg.kind_nouns import GROUP_NOUNS, after_group_noun, prefix_legal_form
from kg.lexicon.countries import city_names, country_named, uncommon_city
from kg.lexicon.english import english_compound, in_lexicon, misspelled, singular
from kg.lexicon.frequency import common_word
from kg.lexicon.words import (
    ENVOY_NOUNS, HONORIFICS, LEADING_TRIM, LEGAL_FORMS, PEOPLES_ROLES, PERSON_TITLES, QUOTE_MARKS, ROLE_WORDS,
)
from kg.components import dateline_place
from kg.doc_arrays import (column, doc_ents, hashes, parse, sentence_char_bounds, sentence_numbers, sentence_starts,
                           span_text)
from kg.doc_types import bodies_not_peoples, carry_corrected_types
from kg.people_words import people_adjectives
from kg.adjacent import join_adjacent
from kg.join_peoples import join_peoples
from kg.coordinated import join_coordinated
from kg.in_place import hyphened_to_seat, split_in_place
from kg.institutions import extend_institution, split_bodies_for
from kg.of_league import split_team_of_league
from kg.country_company import KIND_NOUNS
from kg.holder_pieces import acronym_of_holder, cut_from_holder, first_name_as_people, kind_follows
from kg.office_holders import office_field, short_of_holder, split_office_holder, without_field
from kg.office_inside import CUT, split_at_acronym, split_at_office
from kg.particle_names import first_name_before_particles, run_on_particles
from kg.people_epithets import people_epithet
from kg.propagation import _whole_word_finds, propagated_mentions  # noqa: F401  (tests read the first)
from kg.two_peoples import split_two_peoples
from kg.teams import mention_origin
from kg.shaped import name_label, shaped_names
from kg.junk import _is_junk, drop_title_pieces, lower_english, part_of_time, recovered_piece
from kg.joined_people import split_joined_people
from kg.stated import mark_stated
from kg.described_kinds import known_as_person
from kg.designators import with_designators
from kg.surname_subjects import surnames_as_subjects
from kg.title_lines import title_line_names
from kg.model import NODE_TYPES, Mention, Recase
from kg.events import headed_events
from kg.fragments import drop_fragments
from kg.titles import nicknamed_names, quoted_speech, titled_works
from kg.trim import cut_overgrown
from kg.trim_text import without_glued_mark
from kg.trim_peoples import peoples_cut_before
from kg.works import work_titles
from kg.joined_names import split_coordination
from kg.spans import (capitalised, capitalised_edges, close_brackets, name_chain, sentence_parts, title_case_sentence,
                      without_opener, without_title)


def _trim(span: Span) -> Span | None:
    """Drop leading determiners/possessive pronouns and trailing punctuation, conjunctions, 's.
    A capitalised "A" mid-sentence starts a title and stays ("Deleuze's A Thousand Plateaus")."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end:
        tok = doc[start]  # one Token per word looked at
        if not (tok.lower_ in LEADING_TRIM or tok.is_punct or tok.is_space) \
                or tok.text in ("A", "An") and not tok.is_sent_start and end - start > 1:
            break
        start += 1
    if end - start > 2 and doc[start].lower_ in ENVOY_NOUNS and doc[start + 1].lower_ in ("of", "from"):
        return _trim(Span(doc, start + 2, end, label=span.label))  # "Delegation of Ministry of …": the ministry
    while end > start:
        tok = doc[end - 1]
        if not (tok.is_punct or tok.is_space or tok.pos_ in ("CCONJ", "ADP", "DET") or tok.lower_ in ("'s", "’s", "'")):
            break
        end -= 1
    return Span(doc, start, end, label=span.label) if start < end else None


class _Found:
    """The mentions of one document found so far; a token belongs to at most one of them."""

    def __init__(self, doc: Doc, doc_id: str, original: str, recases: list[Recase],
                 lexicon: frozenset[str]) -> None:
        self.doc, self.doc_id, self.original, self.lexicon = doc, doc_id, original, lexicon
        self.recased = frozenset(r.start for r in recases)
        #: words recased only because they looked like names ("seen", "unknown"), not completed as one
        self.guessed = frozenset(r.start for r in recases if r.reason in ("seen", "unknown"))
        self.uncased = is_uncased(doc, original)
        self.taken = [False] * len(doc)
        self.mentions: list[Mention] = []

    def junk(self, span: Span) -> bool:
        return office_field(self.doc, span.start, span.end) or _is_junk(span, self.original, self.recased, self.lexicon, self.uncased) \
            or (not self.uncased and lower_english(span, self.original, self.recased, self.guessed, self.lexicon))


    def bounded(self, span: Span) -> Span | None:
        """``span`` trimmed to where a name may start and end, then grown to the whole name it
        is a piece of (``kg.spans``); in text without case only the trim and the brackets apply."""
        trimmed = _trim(span)
        if trimmed is not None:
            trimmed = close_brackets(trimmed)
        if trimmed is not None and not self.uncased:
            trimmed = capitalised_edges(trimmed, self.lexicon, self.guessed)
            trimmed = without_opener(trimmed, self.lexicon) if trimmed is not None else None
            trimmed = without_title(trimmed, self.lexicon) if trimmed is not None else None
            trimmed = without_field(trimmed) if trimmed is not None else None
            grown = short_of_holder(trimmed, _trim(name_chain(trimmed, self.lexicon, self.recased)), self.lexicon) \
                if trimmed is not None else None
            if grown is not None and not any(self.taken[i] for i in range(grown.start, grown.end)):
                return grown  # a name grown into an earlier mention stays as it was
        return trimmed

    def add(self, span: Span, etype: str, origin: str, canonical: str | None = None,
            form: str | None = None) -> None:
        """Keep ``span`` unless a token of it already belongs to an earlier mention."""
        if any(self.taken[i] for i in range(span.start, span.end)):
            return
        for i in range(span.start, span.end):
            self.taken[i] = True
        s0, s1 = sentence_char_bounds(span)
        text = self.original[span.start_char:span.end_char]
        form = form or span_text(span)
        text, form, end = without_glued_mark(text, form, span.end_char)  # "Steve Waugh(c" -> "Steve Waugh"
        self.mentions.append(Mention(
            doc=self.doc_id, start=span.start_char, end=end, text=text, type=etype,
            sent_start=s0, sent_end=s1, origin=origin, canonical=canonical,
            form=form if form != text else None,
        ))


def pack_mentions(found: _Found, packs: list[PackMatch]) -> None:
    """Alias-pack matches, first: the user said so. An organisation's match takes in the
    capitalised designators written after it ("Microsoft Corporation", "Huawei Technologies
    Co., Ltd."): left out, they would stand as a name of their own ("Corporation")."""
    for pm in packs:
        span = found.doc.char_span(pm.start, pm.end, alignment_mode="expand")
        if span is not None:
            if pm.entry.type == "ORG":
                span = with_designators(span, found.original)
            found.add(span, pm.entry.type, "pack", pm.entry.label)


def ner_mentions(found: _Found) -> None:
    """spaCy's NER spans: cut at sentence starts, institutions extended, coordinations split, a
    place after "in" cut off (``kg.in_place``), trimmed to their limits and grown to the whole
    Title-Case name, junk dropped, a person's lower-case name parts taken in, and the type
    corrected from local evidence."""
    for ent in doc_ents(found.doc):
        if len(ent) == 1 and people_epithet(ent[0]):
            found.taken[ent.start] = True  # "The Spaniard, who …": the person named before (``kg.people_epithets``)
            continue
        if (kind := name_label(ent, NODE_TYPES)) is None or first_name_as_people(ent) \
                or first_name_before_particles(ent):  # "Tamim" + "bin Hamad Al Thani" (``kg.particle_names``)
            continue  # a language too (``kg.shaped``); "Turkey Hakan Fidan": "Hakan" is no people, "Hakan Fidan" recovered
        for piece in sentence_parts(ent):
            parts = [b for q in split_coordination(extend_institution(run_on_particles(piece)), found.lexicon)
                     for b in split_bodies_for(q)]
            for part in (q for p in parts for r in split_in_place(p) for t in split_team_of_league(r)
                         for o in split_office_holder(t, found.lexicon) for q in split_two_peoples(o)
                         for q in split_at_office(q, found.lexicon) for q in split_at_acronym(q, found.lexicon)):
                # "Piura Governor Jorge Quispe Mamani", "the PAD Ousmane Diallo"
                span, label = found.bounded(part) if part.kb_id_ != CUT else part, name_label(part, NODE_TYPES) or kind
                span, cut_type = cut_overgrown(span, found.original, found.lexicon, found.taken)  # "Drummer X" -> "X"
                label = cut_type or label
                if span is None or found.junk(span):
                    continue
                if (named := _after_honorific(span)) is not None:
                    span, label = named, "PERSON"  # "The Madam Hang" (NER: ORG)
                elif (grown := with_designators(span, found.original, comma=True)) is not span:
                    span, label = grown, "ORG"  # "Huaxing Angola, Limitada": a registered body
                whole, form = _extend_person(span, found.lexicon, found.uncased)
                etype = _fix_type(whole, label)
                if whole is not span and etype != "PERSON":  # only a person's name takes in those parts
                    whole, form, etype = span, None, _fix_type(span, label)
                # a type the sentence corrected weighs more in the entity's vote (``kg.labels``)
                found.add(whole, etype, mention_origin(whole, label, etype), form=form)
                for people in peoples_cut_before(part, whole):  # "the Swiss company Glencore": Swiss
                    found.add(people, "NORP", "ner")




def quoted_mentions(found: _Found) -> None:
    """A Title-Case phrase in quotation marks is the title of a work (``" Beat It "``,
    ``"Thank You for the Music"``): NER often cuts it or misses it. Quoted speech is written in
    sentence case and is not taken; nor is a quote in a sentence written all in Title Case, nor
    a nickname inside a name NER found (``Jon "Bowzer" Bauman``)."""
    if found.uncased:
        return
    doc, open_at = found.doc, None
    for tok in _quotes_and_starts(doc):  # what the walk acts on: quotes and sentence starts
        if tok.is_sent_start and (open_at is None or doc[tok.i - 1].text in ".!?" and tok.text not in QUOTE_MARKS
                                  or doc[tok.i - 1].is_space):  # the parser splits some titles ("No Matter | What")
            open_at = None
        if tok.text not in QUOTE_MARKS:
            continue
        if open_at is None:
            open_at = tok.i
            continue
        span = Span(doc, open_at + 1, tok.i, label="WORK_OF_ART")
        before, after = doc[open_at - 1] if open_at else None, doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        formed = before is not None and prefix_legal_form(before)
        inside_name = not formed and (doc[open_at].ent_iob_ == "I" or (
            # Jon "Bowzer" Bauman: a nickname inside a name; not a legal form's: NER's 'PJSC "Mechel'
            before is not None and after is not None and before.is_alpha and after.is_alpha
            and capitalised(before) and capitalised(after) and not after.is_sent_start))
        open_at = None
        while len(span) and span[-1].is_punct:  # "My Sweet Lord," -> "My Sweet Lord"
            span = Span(doc, span.start, span.end - 1, label="WORK_OF_ART")
        if 1 <= len(span) <= 10 and not inside_name and _title_case(span) \
                and not title_case_sentence(span) and not quoted_speech(doc, tok.i) and not found.junk(span):
            # "the company «Rosneft»" (translated news quotes a body's name after its kind): a body
            legal = _legal_form_end(span[-1].text)  # '"Navoi Co., Ltd."'
            kind = "PERSON" if known_as_person(span) else "ORG" if formed or legal or before is not None \
                and before.lower_ in KIND_NOUNS else "WORK_OF_ART"  # "The man, known as 'El Viejo',": a person's
            # other name; 'JSC "Navoiyuran"': a body
            found.add(span, kind, "quoted")


def _legal_form_end(word: str) -> bool:
    """``word`` is a legal form as a company's name ends in it: capitalised ("Ltd", "GmbH"), a
    short one in capitals or with its full stop ("SA", "S.A.", "AG"; not a title's last word "Sa")."""
    form = word.rstrip(".")
    short_ok = len(form) > 2 or word.isupper() or word.endswith(".")
    return form.lower() in LEGAL_FORMS and word[:1].isupper() and short_ok


def _quotes_and_starts(doc: Doc) -> list[Token]:
    """The Doc's quotation marks and the first words of its sentences, in order, read from its
    arrays (a Token for every word of every Doc cost most of ``quoted_mentions``)."""
    numbers, quotes = sentence_numbers(doc), hashes(QUOTE_MARKS)
    return [doc[i] for i, orth in enumerate(column(doc, ORTH))
            if orth in quotes or i == 0 or numbers[i] != numbers[i - 1]]


def nickname_names(found: _Found) -> None:
    """A person's name with a quoted nickname inside is one name (``James Llewellyn "Jimmy"
    Frise``; ``kg.titles.nicknamed_names``), before NER cuts it at the quotes."""
    if not found.uncased:
        for span in nicknamed_names(found.doc):
            found.add(span, "PERSON", "ner")


def titled_mentions(found: _Found) -> None:
    """Titles named after the noun that says what they are ("the novel The Sword and the Sickle";
    ``kg.titles``), before NER cuts them at their function words; and events named before the
    noun that says what they are ("the Tonankai earthquake"; ``kg.events``), before NER takes
    their first word for a place."""
    if found.uncased:
        return
    for span, etype in titled_works(found.doc) + work_titles(found.doc):
        if not title_case_sentence(span) and not found.junk(Span(span.doc, span.start, span.end, label=etype)):
            found.add(span, etype, "titled")
    for span in headed_events(found.doc):  # "the Tonankai earthquake" (``kg.events``)
        if not title_case_sentence(span):
            found.add(span, "EVENT", "titled")


def _title_case(span: Span) -> bool:
    """Starts with a capital and capitalises every content word ("Thank You for the Music")."""
    words = [t for t in span if t.is_alpha]
    return bool(words) and capitalised(span[0]) and all(
        capitalised(t) for t in words if not t.is_stop and len(t) >= 4) and not any(t.is_space for t in span)


def recovered_mentions(found: _Found) -> None:
    """Runs of proper nouns NER left unlabelled, typed by the document's NER votes."""
    ner_types = name_types(found.doc, found.original, found.mentions)
    runs = (p for r in _proper_noun_runs(found.doc, found.taken, found.uncased, found.lexicon)
            if not part_of_time(r) for q in split_office_holder(r, found.lexicon)
            for o in split_at_office(q, found.lexicon) for p in split_at_acronym(o, found.lexicon))  # not "4:00pm AEDT"
    shaped = (s for s in shaped_names(found.doc, found.taken, found.lexicon) if not part_of_time(s))  # not "AEDT"
    for run in chain(runs, shaped):  # "iOS", "E3 2002", "INSEAD" (``kg.shaped``)
        cut, cut_type = cut_overgrown(found.bounded(run) if run.kb_id_ != CUT else run, found.original, found.lexicon,
                                      found.taken)  # a piece cut from its run is not grown back into it
        span = acronym_of_holder(cut, found.taken)
        if span is None or found.junk(span) or recovered_piece(span, found.lexicon):
            continue
        span = _whole_dateline(span, found)  # "NEW DELHI -": the tagger read "NEW" an adjective
        if (named := _after_honorific(span)) is not None:
            found.add(named, "PERSON", "recovered")  # "Madam Hang"
            continue
        if len(span) == 1 and span[0].idx not in found.recased:
            if span[0].is_sent_start and not (kind_follows(span) or dateline_place(span) or cut_from_holder(span, run)
                                              or _rare_subject(span[0], found.lexicon) or run.label_ == "ORG"  # "WHO …"
                                              or _last_word_of_name(found, span)
                                              or (_known_place(span[0]) and not after_capital(span))):
                continue  # a capital at a sentence start is no evidence of a name; "PARIS, 16 April (AFP) -" is
            if found.uncased and in_lexicon(span[0].lower_, found.lexicon):
                continue  # "the state administration": in lower-case text the tagger guesses NNP
        person = cut_type == "PERSON" and span == cut  # "Drummer Lars Ulrich": a role cut before a name
        etype = run.label_ or ("PERSON" if person else "GPE" if dateline_place(span)
                               else "PERSON" if _surname_found(found, span)
                               else "ORG" if after_group_noun(span, span.doc[span.start - 1] if span.start else None)
                               else _guess_type(span, ner_types))  # an office holder: PERSON; "the club Troyes": ORG
        fixed = _fix_type(span, etype)  # "Jean-Baptiste Morvan (born 30 April 1965) is a French politician"
        found.add(span, fixed, "recovered" if fixed == etype else "typed")


def _after_honorific(span: Span) -> Span | None:
    """The name after an honorific that opens ``span`` ("Madam Hang" -> "Hang"): a person's; None
    when no honorific opens it."""
    if len(span) >= 2 and span[0].lower_.rstrip(".") in HONORIFICS and span[1].text[:1].isupper():
        return Span(span.doc, span.start + 1, span.end)
    return None


def _whole_dateline(span: Span, found: _Found) -> Span:
    """``span`` with the words in capitals around it on its line that make one dateline's place
    with it ("NEW" + "DELHI -", "DAR" + "ES SALAAM, Wednesday (…) -"), when they do; else ``span``."""
    doc, k, e = span.doc, span.start, span.end

    def caps(i: int) -> bool:
        return doc[i].is_alpha and doc[i].is_upper and not found.taken[i]
    while k > 0 and caps(k - 1):
        k -= 1
    while e < len(doc) and caps(e):
        e += 1
    wider = Span(doc, k, e, label=span.label)
    return wider if (k, e) != (span.start, span.end) and dateline_place(wider) else span


def _surname_found(found: _Found, span: Span) -> bool:
    """``span``, one word, is the last word of a person's name of two words or more found before ("Frise
    drew …" after "James Llewellyn "Jimmy" Frise"), or a middle one in title case ("Lula" of "Luiz Inacio
    Lula da Silva"; not a first word: "Norges" of "Norges Statsbaner", which NER took for a person)."""
    return len(span) == 1 and any(m.type == "PERSON" and " " in m.text and (m.text.rsplit(None, 1)[-1] == span.text or (
        span.text in m.text.split()[1:-1] and span.text.istitle())) for m in found.mentions)


#: Roles and titles written before a person's name ("Villa manager Unai Emery"), as one table.
_ROLES_BEFORE_NAMES = PEOPLES_ROLES | PERSON_TITLES


def _last_word_of_name(found: _Found, span: Span) -> bool:
    """``span``, one word opening a sentence, is the last word of a name of two words or more found
    before it, and stands where that name would: before a role and a name ("Villa manager Unai
    Emery" after "Aston Villa": the body whose office it is) or, a person's, as the subject
    ("Ulvaeus was born" after "Betty Ulvaeus"; not an English word, which ``kg.propagation`` reads:
    "Farrow said", but not "Farrow pigs were sold" after "Nadia Farrow")."""
    doc, word = span.doc, span.text
    nxt = doc[span.end] if span.end + 1 < len(doc) else None
    office = nxt is not None and nxt.lower_ in _ROLES_BEFORE_NAMES and nxt.text.islower() \
        and doc[span.end + 1].text[:1].isupper()
    subject = span[0].dep_ in ("nsubj", "nsubjpass") and not in_lexicon(word, found.lexicon)  # "Farrow said":
    # an English word is left to ``kg.propagation``, which asks where it names the person
    return word.istitle() and (office or subject) and any(
        " " in m.text and m.start < span.start_char and m.text.rsplit(None, 1)[-1] == word
        and (office or m.type == "PERSON") for m in found.mentions)


def _rare_subject(tok: Token, lexicon: frozenset[str]) -> bool:
    """A word of no English dictionary nor everyday use (``common_word``), the subject of the
    sentence it starts, or hyphened to "based"/"born" there ("Helsinki-born architect"):
    "Radiohead are an English rock band", "Sanofi agreed to buy …". NER
    misses a name there most; an English word there is the sentence's ("Yesterday", "Officials")."""
    hyphened = hyphened_to_seat(tok.doc, tok.i + 1)  # "Helsinki-born architect Eliel Saarinen"
    if hyphened and (tok.lower_ in city_names() or country_named(tok.text)):
        return True  # a city WordNet holds too ("Helsinki")
    return (tok.dep_ in ("nsubj", "nsubjpass") or hyphened) and tok.is_alpha and len(tok) >= 3 and not tok.is_upper \
        and not in_lexicon(tok.lower_, lexicon) and not common_word(tok.text) and not _english_plural(tok.lower_, lexicon)


def _known_place(tok: Token) -> bool:
    """A country or a city of the gazetteer that is no everyday word ("Kyiv Mayor Vitali
    Klitschko", where the title is cut off; not "Reading", "Nice")."""
    return (uncommon_city(tok.text) or (bool(country_named(tok.text)) and not common_word(tok.text))) and not tok.is_upper


def _english_plural(word: str, lexicon: frozenset[str]) -> bool:
    """The plural of an English word or of a compound of two ("Gunships destroyed …")."""
    one = singular(word)
    return one != word and (in_lexicon(one, lexicon) or english_compound(one, lexicon))


def extract_mentions(
    doc: Doc,
    doc_id: str,
    original: str,
    packs: list[PackMatch],
    recases: list[Recase],
    lexicon: frozenset[str],
) -> list[Mention]:
    """Mentions of one document, non-overlapping and sorted by position.

    ``doc`` was parsed from the truecased text; ``original`` is the cleaned document, same length, and
    is where every mention's text is taken from. The sources run in order of trust, and a token taken by
    one is not offered to the next: packs, names with a quoted nickname, quoted titles, titles after a
    class noun ("the novel …"), NER, a body's name before a member's role (``kg.member_bodies``),
    recovered, people's adjectives NER left unlabelled (``kg.people_words``), propagated (after a
    people's adjective is joined to the name it starts, two coordinated words of one name are joined,
    ``kg.coordinated``, so are two pieces of a name with one space between them, ``kg.adjacent``, and
    fragments of longer names are dropped); last, ``kg.stated`` marks a name given as another one's.
    """
    found = _Found(doc, doc_id, original, recases, lexicon)
    pack_mentions(found, packs)
    nickname_names(found)
    quoted_mentions(found)
    titled_mentions(found)
    ner_mentions(found)
    member_bodies(found)  # "Radiohead guitarist Jonny Greenwood" (``kg.member_bodies``)
    recovered_mentions(found)
    people_adjectives(found)
    join_peoples(found)
    join_coordinated(found)
    join_adjacent(found)
    if not found.uncased:
        found.mentions = drop_title_pieces(found.mentions, doc, original, lexicon)
    drop_fragments(found)
    split_joined_people(found)  # "the Putin-Erdogan talks" (``kg.joined_people``)
    propagated_mentions(found)
    mark_stated(found)
    mentions = sorted(found.mentions, key=lambda m: (m.start, m.end))
    mentions = headline_people(title_case_names(mentions, original), original)  # "Garvan Guilty"; "Stoltenberg" (``kg.headlines``)
    mentions = title_line_names(doc, mentions, original, doc_id)  # "Salt and Cinder" (title) … "Salt and Cinder is"
    mentions = surnames_as_subjects(doc, mentions)  # "Daniel Kitale" … "Kitale announced" (NER: GPE)
    return carry_corrected_types(retyped_bodies(doc, bodies_not_peoples(mentions)))  # "company Baykar" … "Baykar, founded by" (``kg.doc_types``)


def _extend_person(span: Span, lexicon: frozenset[str], uncased: bool) -> tuple[Span, str | None]:
    """``ren Zhengfei``, ``xi Jinping``: a lower-case first part of a person's name (a surname
    too short, or too like an English word, for truecasing). The span takes in such a part that the
    parser attaches to the name as a proper noun, and the form capitalises the leading ones. In a
    document that has case, an English word there is a role the parser mistook (``backbencher``)."""
    def name_part(t: Token) -> bool:
        return (t.is_alpha and t.is_lower and len(t) >= 2 and t.pos_ == "PROPN" and not t.is_stop
                and t.lower_ not in PERSON_TITLES and t.lower_ not in ROLE_WORDS and t.lower_ not in ("née", "né")
                and (uncased or not in_lexicon(t.lower_, lexicon)))

    doc, start = span.doc, span.start
    if span.end < len(doc) and doc[span.end].text == "He" and not doc[span.end].is_sent_start and not uncased:
        span = Span(doc, start, span.end + 1, label=span.label)  # "Vice Premier Liu He held": no pronoun is
        # capitalised inside a sentence ("He" is a Chinese name's part, as NER's "Liu" + pronoun misses)
    while start > 0 and name_part(doc[start - 1]) and doc[start - 1].dep_ == "compound" \
            and span.start <= doc[start - 1].head.i < span.end:
        start -= 1
    lead = start
    while lead < span.end - 1 and name_part(doc[lead]):
        lead += 1
    if lead == start:
        return span, None
    extended = Span(doc, start, span.end, label=span.label)
    head = doc[start:lead]
    return extended, "".join(t.text.capitalize() + t.whitespace_ for t in head) + doc[lead:span.end].text


def is_uncased(doc: Doc, original: str) -> bool:
    """Most sentences start in lower case: the text has lost its case (lower-case MT, chat)."""
    starts = [original[s.start_char] for s in doc.sents if original[s.start_char:s.start_char + 1].isalpha()]
    return len(starts) >= 2 and sum(c.islower() for c in starts) * 2 > len(starts)


def _proper_noun_runs(doc: Doc, taken: list[bool], uncased: bool = False, lexicon: frozenset[str] = frozenset()):
    def named(t: Token) -> bool:
        return t.text[:1].isupper() or (uncased and t.tag_ in ("NNP", "NNPS") and not t.is_stop)

    # parts of speech from the Doc's arrays (``kg.doc_arrays.parse``): a Token only for a proper noun
    pos = [p for p, _lower in parse(doc).pos_lower]
    for i in sentence_starts(doc) if lexicon and not uncased else ():  # "Rosneft signed a memorandum" (NOUN): no
        if pos[i] == NOUN and doc[i].text[:1].isupper() and _rare_subject(doc[i], lexicon) \
                and not english_compound(doc[i].text, lexicon) and not misspelled(doc[i].text, lexicon):
            pos[i] = PROPN  # dictionary's word ("Backburning", "Goverment") opening a sentence as its subject is a name
    for i in range(1, len(doc) - 1) if not uncased else ():  # "from French club Troyes" (Troyes/NNS):
        if pos[i] == NOUN and pos[i - 1] == NOUN and doc[i - 1].lower_ in GROUP_NOUNS \
                and doc[i].text[:1].isupper() and doc[i].is_alpha and not doc[i].is_sent_start:
            pos[i] = PROPN  # a capitalised word a group noun names is a name
    i = 0
    while i < len(doc):
        if pos[i] == PROPN and not taken[i] and (tok := doc[i]).is_alpha and named(tok):
            j = i
            while j + 1 < len(doc) and not taken[j + 1] and not doc[j + 1].is_sent_start:
                if pos[j + 1] == PROPN and named(doc[j + 1]):
                    j += 1
                elif doc[j + 1].text == "-" and not doc[j].whitespace_ and not doc[j + 1].whitespace_ \
                        and j + 2 < len(doc) and pos[j + 2] == PROPN and not taken[j + 2] and doc[j + 2].text[:1].isupper():
                    j += 2  # "Jean-Baptiste Morvan": a hyphened name is one run
                else:
                    break
            yield Span(doc, i, j + 1)  # unlabelled: typed later from the document's NER votes
            i = j + 1
        else:
            i += 1
