"""The built-in alias pack with the real model: its names are not English words, it finds
machine-translated names, and a folder's own pack wins over it."""

from __future__ import annotations

from kg.aliases import load_pack


def test_builtin_pack_names_are_never_ordinary_english(nlp):
    """Pack phrases match in any case, so a one-word name must not be an English word."""
    from kg.aliases import BUILTIN_PACK
    from kg.truecase import lexicon_from

    lexicon = lexicon_from(nlp)
    entries = load_pack(BUILTIN_PACK)
    assert len(entries) > 30
    words = [p for e in entries for p in (e.label, *e.aliases) if len(p.split()) == 1]
    assert [w for w in words if w.lower() in lexicon and not w.isupper()] == []


def test_builtin_pack_finds_machine_translated_names_without_a_folder_pack(tmp_path):
    import kg

    src = tmp_path / "news"
    src.mkdir()
    (src / "mt.txt").write_text(
        "The US Foreign Investment Commission reviewed the byte jump company. "
        "byte beat owns tik tok, the short video app.", encoding="utf-8")
    labels = {d["label"] for _, d in kg.build([str(src)]).graph.nodes(data=True)}
    assert {"ByteDance", "TikTok", "CFIUS"} <= labels
    bare = {d["label"] for _, d in kg.build([str(src)], builtin_aliases=False).graph.nodes(data=True)}
    assert "ByteDance" not in bare and "CFIUS" not in bare


def test_own_packs_take_precedence_over_the_builtin_one(tmp_path):
    import kg

    src = tmp_path / "news"
    src.mkdir()
    (src / "aliases.yaml").write_text("entities:\n  - label: Ant Financial\n    type: ORG\n"
                                      "    aliases: [ant financial]\n", encoding="utf-8")
    (src / "a.txt").write_text("Regulators stopped the listing of ant financial in Shanghai.", encoding="utf-8")
    labels = {d["label"] for _, d in kg.build([str(src)]).graph.nodes(data=True)}
    assert "Ant Financial" in labels and "Ant Group" not in labels


def test_builtin_pack_keeps_a_group_and_its_subsidiary_apart(tmp_path):
    """Issue 13: "Samsung" and "Samsung Electronics" are two companies, in the pack as in resolution."""
    import kg

    src = tmp_path / "news"
    src.mkdir()
    (src / "a.txt").write_text("Samsung Electronics is a subsidiary of Samsung. Samsung was founded in 1938.",
                               encoding="utf-8")
    nodes = {d["label"]: d["aliases"] for _, d in kg.build([str(src)]).graph.nodes(data=True)}
    assert "Samsung Electronics" in nodes and "Samsung Electronics" not in nodes.get("Samsung", [])


def test_an_acronym_the_text_calls_a_company_is_not_the_packs_public_body(tmp_path):
    """"the construction company FCC" is no Federal Communications Commission; a bare "The FCC"
    still is (``kg.aliases.described_otherwise``; each story built on its own)."""
    import kg

    texts = {"a.txt": "The Mexican investor owns 60% of the construction company FCC, based in Madrid.",
             "b.txt": "The FCC fined the broadcaster $5 million on Monday."}
    labels = {}
    for name, text in texts.items():
        src = tmp_path / name.removesuffix(".txt")
        src.mkdir()
        (src / name).write_text(text, encoding="utf-8")
        G = kg.build([str(src)]).graph
        labels[name] = next(d["label"] for _, d in G.nodes(data=True) if "FCC" in d.get("aliases", ()))
    assert labels == {"a.txt": "FCC", "b.txt": "Federal Communications Commission"}
