"""Review 45-46: a full name that runs on through "and" to its own acronym is one name (in the fact's
subject and for the "which one?" check), and a false number keeps "a"/"an" agreeing with it.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import questions_of as _questions

SIGNED = ("On 4 June 1921, in Velmora, the envoys of 12 states signed the Final Act of the Congress on Trade "
          "and Navigation in Aldoria (CTNA).")
FULL = "the Final Act of the Congress on Trade and Navigation in Aldoria"


def test_a_name_running_through_and_to_its_acronym_is_the_facts_subject(lexicon):
    _, facts = _questions(lexicon, SIGNED, "Marnia left CTNA in 1925.")
    assert {f.subject for f in facts if f.kind == "quantity" or f.value == "1921-06-04"} == {FULL}, \
        [(f.kind, f.subject) for f in facts]
    # "CTNA" spells the congress, not its final act: a later "CTNA" is not the act
    assert not [f for f in facts if f.subject in ("CTNA", FULL) and "1925" in f.value], \
        [(f.kind, f.subject) for f in facts]


def test_a_name_running_through_and_is_not_cut_by_the_which_one_check(lexicon):
    questions, _ = _questions(lexicon, SIGNED)
    signed = [q for q in questions if q.answer in ("4 June 1921", "12", "12 states", "True")]
    assert signed and not [q for q in signed if any("does not say which one" in c for c in q.checks)], \
        [(q.question, q.checks) for q in signed]
    short = [q for q in questions if q.type == "short" and q.answer == "4 June 1921"]
    assert [q.question for q in short] == [f"When was {FULL} signed?"]


def test_a_false_number_turns_a_into_an():
    from quizgen.questions import _indefinite_agreeing
    assert _indefinite_agreeing("after a ", "eighteen-month") == "after an "
    assert _indefinite_agreeing("after an ", "five-month") == "after a "
    assert _indefinite_agreeing("An ", "3-day") == "A "
    assert _indefinite_agreeing("a ", "11,000-strong") == "an "
    assert _indefinite_agreeing("a ", "110") == "a "


def test_a_false_tf_number_keeps_its_article_agreeing(lexicon):
    statements = []
    for words in ("five", "ten"):
        questions, _ = _questions(lexicon, f"Velmora surrendered to Aldoria on 4 June 1921 after a {words}-month siege.")
        statements += [q.question for q in questions if q.type == "tf" and q.answer == "False" and "siege" in q.question]
    assert any(" an e" in s for s in statements), statements
    assert not [s for s in statements if " a e" in s or " an " in s and " an e" not in s], statements


def test_an_mcq_blank_after_a_fits_every_choice(lexicon):
    questions, _ = _questions(lexicon, "Velmora surrendered to Aldoria on 4 June 1921 after a five-month siege.")
    (mcq,) = [q for q in questions if q.type == "mcq" and "siege" in q.question and "5 months" in q.choices]
    assert "after a(n) _____ siege" in mcq.question, (mcq.question, mcq.choices)
