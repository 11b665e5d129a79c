"""Place names joined by the particles of other languages: "Frankfurt am Main", "Weiden am See",
"Bruck an der Leitha", "Rothenburg ob der Tauber", "Freiburg im Breisgau", "San Pietro ad Aram".

NER reads the capitalised parts as names of their own ("Weiden" | "See", "Bruck" | "Leitha" typed
a person); the lower-case particle between them says they are one name. The particles are
German, Latin and Italian words that English text never writes between two names (``PARTICLES``;
"an" and "in" only with the German article after them, so "named Smith an Honorary Fellow" and
"born in Paris" stay apart); the word before them is a capitalised word of three letters or more
and no pronoun ("I am Bob" is no name)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: Particle runs between two parts of a place's name, each with an example.
PARTICLES: tuple[tuple[str, ...], ...] = (
    ("am",),          # Frankfurt am Main, Weiden am See
    ("im",),          # Freiburg im Breisgau
    ("an", "der"),    # Bruck an der Leitha, Halle an der Saale
    ("an", "dem"),    # Kirchheim an dem Neckar
    ("in", "der"),    # Neumarkt in der Oberpfalz
    ("ob", "der"),    # Rothenburg ob der Tauber
    ("ad",),          # San Pietro ad Aram
)


def _part(tok: Token) -> bool:
    """A capitalised word that can be a part of a place's name ("Weiden", "See"; the tagger reads
    such words as anything: "Main" an adjective, "Bruck" a verb), no pronoun ("I am Bob")."""
    return tok.is_alpha and tok.text[:1].isupper() and tok.pos_ not in ("PRON", "DET", "AUX", "ADP", "CCONJ")


#: The words a particle run starts and ends with: a token that is neither cannot start or end one
#: (checked first: these functions run at the edges of every capitalised span of every document).
_FIRST_WORDS = frozenset(run[0] for run in PARTICLES)
_LAST_WORDS = frozenset(run[-1] for run in PARTICLES)


def _run_at(doc: Doc, i: int) -> int:
    """The length of the particle run starting at token ``i`` (0 if none), in one sentence."""
    if i >= len(doc) or doc[i].text not in _FIRST_WORDS:
        return 0
    for run in PARTICLES:
        j = i + len(run)
        if j <= len(doc) and all(doc[i + k].text == w and not doc[i + k].is_sent_start for k, w in enumerate(run)):
            return len(run)
    return 0


def particle_end(doc: Doc, end: int) -> int | None:
    """The end of the place's name that ``doc[:end]`` starts when particles and a capitalised
    part follow it ("Weiden" + "am See"); None otherwise."""
    if end >= len(doc) or not _part(doc[end - 1]) or len(doc[end - 1]) < 3:
        return None
    n = _run_at(doc, end)
    after = end + n
    if not n or after >= len(doc) or doc[after].is_sent_start or not _part(doc[after]):
        return None
    return after + 1


def particle_start(doc: Doc, start: int) -> int | None:
    """The start of the place's name that ``doc[start:]`` ends when a capitalised part and
    particles come before it ("Bruck an der" + "Leitha"); None otherwise."""
    if start < 2 or doc[start - 1].text not in _LAST_WORDS or not _part(doc[start]) or doc[start].is_sent_start:
        return None
    for run in PARTICLES:
        first = start - len(run) - 1
        if first >= 0 and _run_at(doc, first + 1) == len(run) and _part(doc[first]) and len(doc[first]) >= 3:
            return first
    return None
