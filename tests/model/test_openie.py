"""Open triples (kg.openie) on single sentences, parsed with kg's pipeline (kg.nlp)."""

from __future__ import annotations

import pytest

from kg.openie import OpenTriple, carb_lines, extract_open_triples

# ``nlp`` is the conftest fixture: kg.nlp.load_pipeline, the pipeline `kg extract --format carb` uses.


def triples(nlp, text: str) -> list[OpenTriple]:
    return extract_open_triples(nlp(text))


def has(ts: list[OpenTriple], arg1: str, rel: str, arg2: str, *extra: str) -> bool:
    return any(t.arg1 == arg1 and t.relation == rel and t.arg2 == arg2
               and all(e in t.extra for e in extra) for t in ts)


def test_active_svo_with_prepositional_extra(nlp):
    ts = triples(nlp, "Kunlun sold Grindr for $620 million.")
    assert has(ts, "Kunlun", "sold", "Grindr", "for $620 million")


def test_passive_keeps_surface_words_and_agent(nlp):
    ts = triples(nlp, "TikTok was fined $5.7 million by the Federal Trade Commission.")
    assert has(ts, "TikTok", "was fined", "$5.7 million", "by the Federal Trade Commission")
    assert all(t.rule == "passive" for t in ts)


def test_passive_with_prepositional_object_in_relation(nlp):
    ts = triples(nlp, "The company's data are stored in Virginia.")
    assert has(ts, "The company's data", "are stored in", "Virginia")


def test_copula(nlp):
    ts = triples(nlp, "Zhang Yiming is the CEO of ByteDance.")
    assert has(ts, "Zhang Yiming", "is", "the CEO of ByteDance")


def test_apposition_is_its_own_triple_and_leaves_the_subject(nlp):
    ts = triples(nlp, "Zhang Yiming, CEO of ByteDance, spoke on Monday.")
    assert has(ts, "Zhang Yiming", "is", "CEO of ByteDance")
    assert has(ts, "Zhang Yiming", "spoke on", "Monday")


def test_title_before_a_name(nlp):
    ts = triples(nlp, "Facebook founder Mark Zuckerberg testified before Congress.")
    assert has(ts, "Mark Zuckerberg", "is", "Facebook founder")
    assert has(ts, "Facebook founder Mark Zuckerberg", "testified before", "Congress")


def test_honorific_is_not_a_title(nlp):
    ts = triples(nlp, "Mr. Baker found an opening under the house.")
    assert not any(t.rule == "title" for t in ts)
    assert any(t.arg1 == "Mr. Baker" and t.relation == "found" and t.arg2.startswith("an opening")
               for t in ts)


def test_coordinated_objects_are_distributed(nlp):
    ts = triples(nlp, "CFIUS investigated TikTok and ByteDance.")
    assert has(ts, "CFIUS", "investigated", "TikTok")
    assert has(ts, "CFIUS", "investigated", "ByteDance")


def test_open_complement_folds_into_relation(nlp):
    ts = triples(nlp, "Microsoft attempted to buy TikTok.")
    assert [(t.arg1, t.relation, t.arg2) for t in ts] == [("Microsoft", "attempted to buy", "TikTok")]


def test_clausal_complement(nlp):
    ts = triples(nlp, "Regulators said that the deal was dead.")
    assert has(ts, "Regulators", "said that", "the deal was dead")
    assert has(ts, "the deal", "was", "dead")


def test_relative_clause_subject_is_the_head_noun(nlp):
    ts = triples(nlp, "The engineer who built the app left the company.")
    assert has(ts, "The engineer", "built", "the app")
    assert has(ts, "The engineer", "left", "the company")


@pytest.mark.parametrize("text", ["Hello!", "Wow, what a day.", "Running.", "It rained."])
def test_sentences_without_a_statement_yield_nothing(nlp, text):
    assert triples(nlp, text) == []


def test_confidences_vary_and_arguments_are_words_of_the_sentence(nlp):
    text = ("Zhang Yiming, CEO of ByteDance, said that the company sold its stake in Musical.ly "
            "to Microsoft and Walmart.")
    ts = triples(nlp, text)
    assert len({t.confidence for t in ts}) > 1
    for t in ts:
        assert t.arg1 and t.arg2 and 0 < t.confidence < 1
        for part in (t.arg1, t.arg2, *t.extra):
            assert part in text


def test_carb_line_keeps_the_input_sentence_exactly(nlp):
    line = "Barbara 's sister , a former Disney executive , sold the house to Dick in 1999 ."
    out = list(carb_lines([line + "\n", "\n"], nlp))
    assert out
    for row in out:
        fields = row.split("\t")
        assert fields[0] == line
        assert 0 < float(fields[1]) < 1
        assert len(fields) >= 5 and all(f.strip() for f in fields[2:])
        assert all(w in line.split() for f in fields[3:] for w in f.split())


def test_cli_extract_carb(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    src = tmp_path / "sents.txt"
    src.write_text("Kunlun sold Grindr for $620 million .\nHello !\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", "--format", "carb", str(src)])
    assert res.exit_code == 0, res.output
    rows = [r.split("\t") for r in res.stdout.splitlines()]
    assert ["Kunlun sold Grindr for $620 million .", "sold", "Kunlun", "Grindr", "for $620 million"] in [
        [r[0], *r[2:]] for r in rows]
    assert all(r[0] != "Hello !" for r in rows)
