"""A product's model name that opens with its maker's name ("20 Boeing 737 MAX jets" in a story
that names Boeing): the maker makes the model (``model_maker``, a row of ``kg.relations.rules``).
The name says so to a reader who knows Boeing is a company, which the document shows by naming
it alone as an organisation; "Galaxy S24" names no maker, and "Expo 2020" is no product.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.relations.arguments import Arguments
from kg.relations.triples import RawTriple, emit


def model_maker(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Boeing 737 MAX`` (a product) after or before ``Boeing`` (an organisation of the
    document): Boeing maker of Boeing 737 MAX. The maker's name is the model's first one or two
    words, and a word after it carries a digit.

    Pattern: PRODUCT named "<ORG> <words, one with a digit>"; the ORG a mention of the document.
    """
    m = args.mentions[mi]
    if m.type != "PRODUCT":
        return
    words = (m.form or m.text).split()
    bodies = {(o.form or o.text): k for k, o in enumerate(args.mentions) if o.type == "ORG" and k != mi}
    for cut in (1, 2):
        maker = bodies.get(" ".join(words[:cut]))
        if maker is not None and len(words) > cut and any(c.isdigit() for w in words[cut:] for c in w):
            yield from emit(args, [maker], "maker of", [mi], "model_maker")
            return
