"""A large corpus where every document differs: the 300 Lee ABC stories, copied N times with
their entity names permuted (deterministic; written to a scratch folder, never into the repo).

Why permute names rather than repeat stories: a repeated story adds parsing work but no new
entity, so resolution, the graph and the outputs would stay the size of 300 stories and flatter
every ratio. Here each copy maps the words of the corpus's PERSON, ORG, GPE/LOC/NORP names onto
other words *of the same type* (one fixed permutation per copy, seeded by the copy's number), so
copy 7 reads "Mr Costello met Simon Crean in Canberra" as, say, "Mr Beazley met Peter Downer in
Hobart": the sentences still parse like news, the names combine into new full names, and
resolution sees about as many distinct names as a real corpus of that size would. Copy 0 is the
stories as they are.

The type of each name word comes from spaCy's NER over the 300 stories, run once and kept beside
the corpus (``name_words.json``); a word whose mentions disagree takes its most frequent type.

    python bench/scale_corpus.py --docs 50000 --out /work/scratch/scale/c50k

writes ``OUT/cNNN/abc_MMM.txt`` (300 files a folder, the last folder cut at ``--docs``) and
prints the folder. Writing 50,000 files takes a few seconds; the NER pass about 20 s once.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_corpus  # noqa: E402

#: spaCy entity labels whose words are permuted, and the group each joins.
GROUPS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "NORP": "norp"}
WORD = re.compile(r"[A-Z][a-z]+(?:'s)?")


def name_words(stories: list[str], cache: Path) -> dict[str, list[str]]:
    """The capitalised words of the stories' named entities, by group (cached in ``cache``)."""
    target = cache / "name_words.json"
    if target.exists():
        return json.loads(target.read_text(encoding="utf-8"))
    import spacy

    from kg.nlp import resolve_model_name

    nlp = spacy.load(resolve_model_name(), disable=["parser", "lemmatizer", "attribute_ruler"])
    votes: dict[str, Counter] = defaultdict(Counter)
    for doc in nlp.pipe(stories, batch_size=32):
        for ent in doc.ents:
            group = GROUPS.get(ent.label_)
            if group is None:
                continue
            for word in ent.text.split():
                if re.fullmatch(r"[A-Z][a-z]{2,}", word):
                    votes[word][group] += 1
    lowered = {w for s in stories for w in re.findall(r"\b[a-z]+\b", s)}
    groups: dict[str, list[str]] = defaultdict(list)
    for word in sorted(votes):
        if word.lower() in lowered:  # "Police", "Government": also a common noun, keep as is
            continue
        group = sorted(votes[word].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        groups[group].append(word)
    cache.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(groups, indent=1, sort_keys=True), encoding="utf-8")
    return dict(groups)


def permutation(groups: dict[str, list[str]], copy: int) -> dict[str, str]:
    """Copy ``copy``'s word map: each group's words shuffled among themselves (identity for 0)."""
    if copy == 0:
        return {}
    rng = random.Random(f"kg-scale-{copy}")
    mapping: dict[str, str] = {}
    for group in sorted(groups):
        words = list(groups[group])
        shuffled = words[:]
        rng.shuffle(shuffled)
        mapping.update(zip(words, shuffled))
    return mapping


def rewrite(story: str, mapping: dict[str, str]) -> str:
    if not mapping:
        return story
    return re.sub(r"\b[A-Z][a-z]{2,}\b", lambda m: mapping.get(m.group(0), m.group(0)), story)


def write_corpus(out: Path, docs: int, cache: Path = bench_corpus.CACHE) -> Path:
    """Write ``docs`` documents under ``out`` (skipped if it already holds exactly that corpus)."""
    stories = bench_corpus.lee_corpus(cache)
    stamp = out / "CORPUS.json"
    if stamp.exists() and json.loads(stamp.read_text()).get("docs") == docs:
        return out
    groups = name_words(stories, cache)
    written = 0
    copy = 0
    while written < docs:
        mapping = permutation(groups, copy)
        folder = out / f"c{copy:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        for i, story in enumerate(stories, 1):
            if written >= docs:
                break
            (folder / f"abc_{i:03d}.txt").write_text(rewrite(story, mapping) + "\n", encoding="utf-8")
            written += 1
        copy += 1
    stamp.write_text(json.dumps({"docs": docs, "copies": copy}), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=50_000)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    print(write_corpus(args.out, args.docs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
