"""Relations between entity mentions, read off spaCy's dependency parse.

Layout: ``rules`` (the ``RULES`` table and the sentence walk), ``verbs``, ``nouns`` and
``descriptions`` (one function per rule), ``arguments`` (which mentions a token stands for; the pronoun heuristic),
``clause`` (negation, hedging, values, speaker), ``tokens`` (pure token helpers and dependency
sets), ``triples`` (``RawTriple``, ``emit``), ``words`` (the rules' word lists).

Each rule walks the parse of one sentence and yields ``(head mention, relation, tail mention)`` with
the rule's name and a confidence; the caller attaches the sentence as evidence. Head = the doer, or
the holder of a title. Rules (``rule`` on the edge):

``svo``           active clause: subject —verb→ object (``the FTC fined TikTok``)
``passive``       passive with agent: agent —verb→ subject (``TikTok was fined by the FTC``)
``prep``          prepositional object of a verb, with the object noun when there is one
                  (``sold Grindr for …``, ``stored data in Virginia``, ``crack down on TikTok``)
``object_prep``   an entity inside a non-entity object (``negotiate the sale of TikTok``,
                  ``conducted an investigation into TikTok``)
``object_owner``  the owner of a non-entity object (``stopped Ant Financial's acquisition``,
                  ``stole Facebook user data``)
``subject_owner`` the named owner of a passive subject (``TikTok's data are stored in Virginia``;
                  not a pronoun's: ``His statue is located at X`` says nothing of him)
``existential``   ``…, and there is a backup server in Singapore`` (owner from the joined clause)
``copula``        ``X is the parent company of Y`` / ``X is TikTok's parent company``
``owned_copula``  ``Its current capital is Juba``, ``His brother was Harry Alger``: an owned
                  subject noun and a named complement, read the other way round
``owned_list``    ``Genesis's members included Peter Gabriel and Phil Collins``: the same read
                  through a listing verb (include, comprise), each name listed one of the owner's;
                  an owner left unsaid (``Notable alumni include X``: the article's body) or a
                  participle on the subject (``Artists signed to Y include X``): ``listings``
``as_role``       ``hired Mayer as CEO of ByteDance``; with a verb of acting, the character played
                  (``Cribbins appeared as Wilfred Mott``, ``starred A as B, C as D``)
``role_as``       ``known for his role as Christopher Moltisanti on The Sopranos`` → played, and
                  the character is in the show; see ``roles``
``appos``         apposition with a role (``Zhang Yiming, CEO of ByteDance``)
``title``         a role in front of a name (``Facebook founder Zuckerberg``, ``U.S. President Trump``)
``office_of``     an office "of" a body, its holder's name right after (``the Chancellor of Germany
                  Olaf Scholz``: translated news; ``kg.office_holders`` splits the two names)
``possessive``    ``TikTok's parent company ByteDance``, ``its affiliated company SCL``
``listed_office`` ``Lumora Labs founders Asha Patel and Ben Cole``: a plural office written for a
                  list of people holds for each member; see ``listed_holders``
``where_role``    ``joins from the University of Leicester, where he was deputy vice-chancellor``: a
                  role with no body of its own in a "where" clause on a body is held there; see ``where_roles``
``nominal``       nominalised events (``Ant Financial's acquisition of MoneyGram``,
                  ``the sale of TikTok to Microsoft``); a place's named suburb or district lies
                  in it (``Sydney's suburb of Castle Hill``, ``nominal@place``)
``appointment``   ``announced the appointment of X as its chief executive`` → X chief executive of the
                  body; ``…, in substitution of Y`` → X replaced Y; see ``appointments``
``one_between``   ``several agreements, including one between A and B`` → A agreement with B: "one"
                  stands for the plural before it; see ``one_between``
``seat_reference``  ``The Munich group said …`` after "Siemens" → Siemens based in Munich: a place
                  in front of a company noun that refers back; see ``seat_references``
``according_to``  ``according to BBC reports, …`` → source —according to→ entities of the clause, when the
                  source is a body; a person quoted so is the clause's ``reported_by``, no participant
``nationality``, ``class_noun``, ``described``, ``place_chain``, ``located_in``  relations stated inside noun
                  phrases (``an American songwriter``, ``a town in Apulia``, ``Vancouver, British
                  Columbia, Canada``, ``McGill University in Montreal``): see ``descriptions``
``epithet_nationality``  ``Coco Gauff reached the final. The American beat Iga Swiatek``: a people's
                  word standing for the person named before gives that person's nationality; see ``epithets``
``entity_of``, ``entity_possessive``, ``siblings``, ``org_modifier``  two names joined inside one
                  phrase (``Philip V of Spain``, ``James Joyce's Ulysses``, ``his children A, B
                  and C``, ``a British Army officer``): see ``links``
``place_modifier``  ``the Seattle band Nirvana`` → band from Seattle; ``a Bucharest airport`` →
                  located in: a place in front of a noun describing an organisation or a place;
                  see ``links``
``model_maker``   ``20 Boeing 737 MAX jets`` in a story that names Boeing → Boeing maker of Boeing 737 MAX: a
                  product's model name opening with a body's name; see ``models``
``region_of``     ``the Sukhumi district of Abkhazia``: the region a name in front of its noun
                  names lies in the ``of``/``in`` place (each name of a plural: ``Cheboygan and
                  Presque Isle counties in Michigan``); see ``place_chains``
``gazetteer_country``  a city and its country (or its people) named in one sentence, when the
                  gazetteer knows the city in that country only; see ``gazetteer``
``life_dates``    ``X (1782 Havana – 1836 Madrid)``, also after ``, née Y`` or ``, OSB``: born in,
                  died in; see ``parentheses``
``played_by``     ``the lead character, Derek Shepherd (Patrick Dempsey)`` in a sentence about
                  acting: the actor played the character; see ``parentheses``
``prep_part``     ``born in the village of X``: a part or area of a place stands for it
``prep_board``    ``was elected to the board of X``: a seat on a body's board; see ``boards``
``prep_place``    ``died of throat cancer in Manhattan``: a place hung on the object of a verb of
                  where (die, live, base, …) says where it happened; so does, for any verb, the
                  place a person's site is in or of (``hospitalized in a hospital of Yokohama``)
``during``        ``served in the navy during World War II``: a verb of taking part, during a
                  named event, took part in it; a named event the clause happened at is part of
                  it (``injured at the Battle of Vimy Ridge during World War I``, any verb)
``such_as``       ``featured acts such as X``: named members stand for an unnamed plural
``sung_with``     ``Franca Raimondi with " Aprite le finestre "``: a name right before ``with`` and
                  a quoted title performed it (a contest's running order); see ``roles``
``work_by``       ``the album X by the band Y``: a work's name and ``by`` + a person or group right
                  after it, wherever the parser hung the ``by``; see ``links``

Subjects are found through conjunctions, relative clauses (``who``/``which``, and object gaps:
``a supplier that Boeing plans to acquire``), control verbs (``was forced to sell`` → the forced one
sells; ``gave ByteDance 45 days to negotiate`` → ByteDance negotiates), participles that open a
sentence (``Born in Prelate, he moved …`` → he was born in Prelate) or follow its clause
(``Ulrich moved to Germany, playing for Adler Mannheim`` → Ulrich played for it), a copula's complement noun
(``X is a player who was drafted by Y`` → Y drafted X) and gerunds (``fined for
violating X`` → the fined one violated X). Arguments are distributed over conjunctions and list
appositions; ``the US government`` stands for the United States. A preposition coordinated with
one of the verb's is the verb's (``played in A from 1994 and in B``), and a bare verb shares the
place/time preposition or ``by`` agent of the verb right after it (``was born and raised in X``:
``kg.relations.tokens.shared_preps``). A second object the parser hung
on the first one's preposition object, repeating that preposition, is the preposition's object
too (``received his law degree from A and a journalism degree from B`` → received … from B; rule
suffix ``+gapped``), and a plural stands for each name it lists (``spawned three singles: A, B and
C``, rule suffix ``+counted_list``; ``collaborated with the architects A and B``, ``+listed``).

Pronoun and definite subjects (``+antecedent`` on the rule, confidence lowered by 0.15) follow a
documented heuristic, since no coreference model runs offline here. In order:
1. ``it``/``the company`` in the clause of a document noun (``signed an order saying it would …``)
   stands for whoever signed or issued the document;
2. a possessive (``abused its power``) is the clause's own single named subject when compatible —
   unless that subject lies in the phrase the possessive owns (``His son Joseph was …``,
   ``its candidate, X, won``): then a named subject before it in the sentence (none past a
   definite thing, for ``its``), else step 5 (``possessor``);
3. a subject pronoun under a speech verb (``Microsoft said it had agreed``) is the speaker, and a
   speaker after the clause it reports is that clause's named subject (``Harlow Mining agreed to
   buy Copperline, the Perth-based company said``: Harlow Mining);
4. otherwise the nearest earlier compatible mention in the sentence (``he``/``she`` → PERSON,
   ``it``/``its``/``the company`` → ORG/PRODUCT) that is the subject of a clause, its possessor
   or its apposition (``when Longo was asked …, he asked``) — not one of a coordinated group, nor
   a name in an opening phrase or a preposition's object (``The daughter of X, she …``,
   ``Designed by X, it was built``, ``together with X, he``), which describe the pronoun's
   referent; ``it`` also takes a direct object, ``he``/``she`` with no named subject before it
   the nearest name outside the clause's opening phrase (``accused X of lying when he was …``),
   a possessive the nearest name — unless a definite thing (``the deal``)
   stands between them, which makes ``it`` ambiguous and leaves it unresolved;
5. failing that, the subject of the previous sentence if compatible — or, when that subject is a
   pronoun of the same kind, its own antecedent (a ``he … He … he`` chain stays with whom it
   started from) —; then the document's topic (the named subject of its first sentence, also
   across a parenthesis: ``X (born 1961) is …``) unless the text calls it a thing (``X is a
   ship``, ``a brand name``: no ``he``), or a topic of another type that its lead calls a person
   (``X (born 1961) is a French composer``: ``he``); then the previous sentence's only compatible
   entity, unless that sentence's subject is a proper noun no mention covers (``Breakout is a
   game developed by Atari. It …``: the game, not Atari) or, for ``it``, a definite common noun
   (``The song reached # 19 in the UK Singles Chart. It …``: the song, resolved as a description
   when it is one). ``it`` also takes a named thing (a place, a work, an
   event, or a name NER typed PERSON that the text calls a thing) as the previous sentence's
   subject or the topic (``" Surreal " is a song … It was written by Hamasaki``).
``they``/``the two companies`` take the nearest coordinated group of organisations.
A definite, singular, unmodified common noun (``The album was produced by X``, ``the town``, ``the
film``; not ``the company``, which keeps the steps above, nor an office such as ``the president``)
stands for the nearest earlier name the text called by that noun (``N is the second album by …``,
``X, a town``, ``the band X``, a name ending in it), if exactly one name was and no other name of
its type is a clause's subject in between; the rule gets ``+antecedent+description``. ``the
country`` (``the nation``), which no text first calls a country, stands for the one country the
gazetteer knows named in its sentence or the one before (``Floods hit Pakistan. The country's Prime
Minister Shehbaz Sharif``; two countries there: none; ``kg.relations.country_reference``). A name
ending in a capitalised kind noun (``Elbląg County``: ``kg.predicates.noun_kind``) is called by that
noun. The lead's opening name is the topic also when its bracket lost the foreign name (``Urgut (;)
is a town``) or its title reads as a clause (``" Your Disco Needs You " is a song``), and the copula
the parser hangs on ``born`` inside the bracket still describes it (``lead_copula``).

Flags: ``negated`` (``not``/``never``, ``refused to``, ``failed to``), ``hedged`` (modal
``would``/``could``/``may``, ``threatened to``, ``plans to``, ``is considered to``, ``if``-clauses,
opinions such as ``believes that``). Attributes: ``date``, ``money``, ``quantity`` from the clause,
and ``reported_by`` when the statement is someone's reported speech (``X said that …``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.credits import credit_line
from kg.model import Mention
from kg.relations.arguments import Arguments
from kg.relations.rules import RULES, Rule, sentence
from kg.relations.triples import RawTriple

__all__ = ["RULES", "RawTriple", "Rule", "extract_relations"]


def extract_relations(doc: Doc, mentions: list[Mention]) -> list[tuple[RawTriple, Span]]:
    """All triples of a document, each with the sentence that states it; duplicates removed. A wire
    story's credit line ("Reporting by A in Ottawa and B in Jakarta") states none (``kg.credits``)."""
    args = Arguments(doc, mentions)
    seen: set[tuple[int, str, int]] = set()
    out: list[tuple[RawTriple, Span]] = []
    for sent in doc.sents:
        if credit_line(sent):
            continue
        for t in sentence(sent, args):
            key = (t.head, t.relation, t.tail)
            if key in seen:
                continue
            seen.add(key)
            out.append((t, sent))
    return out
