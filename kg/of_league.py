"""A team named before "of the" + its league is no part of one name: NER reads "Kansas City Chiefs
of the National Football League", "Gary SouthShore RailCats of the Northern League", "Indianapolis
Kautskys of the NBL" as one name; they are a team and the league it plays in.

The team's name ends in a plural ("Chiefs", "RailCats", "Kautskys": what its players are
called), after at least one other word (its town); the league's name ends in a word of
``LEAGUE_HEADS`` or is an acronym. A name of one word before "of" stays whole ("Lords of the
Isles", "Knights of the Round Table"), and so does one whose part after "of the" is no league
("United States of the Ionian Islands")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

#: Last words of names of leagues and of the bodies that run one ("National Football League",
#: "Chinese Basketball Association", "Big Ten Conference").
LEAGUE_HEADS = frozenset("league association conference federation".split())


def split_team_of_league(span: Span) -> list[Span]:
    """``span`` cut into the team before "of the" and the league after it (both capitalised,
    ``LEAGUE_HEADS``); else ``[span]``."""
    if span.label_ in ("WORK_OF_ART", "PERSON") or len(span) < 5:
        return [span]
    doc, start = span.doc, span.start + (span[0].lower_ == "the")  # NER's span may start with "the"
    for tok in span[2:-1]:
        if tok.lower_ == "of":
            if team_of_league(doc, start, tok.i) and league_end(doc, tok.i, span.end) == span.end:
                return [Span(doc, start, tok.i, label=span.label), Span(doc, tok.i + 2, span.end, label="ORG")]
            return [span]
    return [span]


def team_of_league(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]`` is a team's name (two capitalised words or more, the last a plural) and
    "of the" + a league's name follow it (``kg.spans`` grows no name through them)."""
    team = doc[start:end]
    return len(team) >= 2 and all(_capital(t) for t in team) and _plural(team[-1]) \
        and league_end(doc, end, team.sent.end) is not None


def league_end(doc: Doc, of: int, limit: int) -> int | None:
    """Where the league's name after "of the" (token ``of`` is "of") ends: the last capitalised
    word of a run that ends in ``LEAGUE_HEADS``, or a lone acronym; ``None`` if there is none."""
    if of + 2 >= limit or doc[of].lower_ != "of" or doc[of + 1].lower_ != "the":
        return None
    end = of + 2
    while end < limit and _capital(doc[end]) and doc[end].is_alpha:
        end += 1
    words = doc[of + 2:end]
    if not len(words):
        return None
    if words[-1].lower_ in LEAGUE_HEADS or (len(words) == 1 and _acronym(words[0])):
        return end
    return None
def _capital(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _plural(tok: Token) -> bool:
    """A capitalised plural: tagged so, or ending in one "s" ("Kautskys"; not "Swiss", "Texas")."""
    return tok.is_alpha and (tok.tag_ == "NNPS" or (tok.text.endswith("s") and not tok.text.endswith(("ss", "us", "is", "as"))))


def _acronym(tok: Token) -> bool:
    """Two to six capitals ("NBL", "NFL")."""
    return tok.is_alpha and tok.text.isupper() and 2 <= len(tok) <= 6
