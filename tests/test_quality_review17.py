"""Reviews 17 and 18: speaker labels of transcripts, counts printed with their parts, a law signed
about an agreement, one verb done by two sides, one agreement under two names, a possessive cut
off, hyphenated number words, a count that paints a name, and positions with nothing to be about.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import pytest

from quizgen.extract import extract_facts
from quizgen.extract.quantities import QuantityFinder
from quizgen.extract.sentences import split_sentences
from quizgen.model import Article
from own_article import assert_held, other_agreements, questions_of as _questions
from quizgen.questions import _aliased, corpus_questions


def _held(questions, word, types=("cloze", "mcq"), reason=""):
    picked = [q for q in questions if word in q.question and q.type in types and q.kind in ("quantity", "range")]
    assert picked, [(q.type, q.question) for q in questions]
    assert all(any(reason in c for c in q.checks) for q in picked), [(q.question, q.checks) for q in picked]


# -- 1. a transcript's speaker label is no part of the sentence -----------------------------------

def test_a_speaker_label_is_cut_from_the_first_sentence(lexicon):
    article = Article(slug="own", title="Own", paragraphs=(
        "ANCHOR: Aldoria and Marnia put their names to the Velmar Accord on 4 March 1961 at a lakeside inn.",
        "FIELD REPORTER (Marnia): Marnia ratified the Velmar Accord on 2 June 1962. Aldoria waited.",
        "Q: Why did Aldoria wait so long?"))
    sentences = split_sentences(article, lexicon)
    assert [s.text.split()[0] for s in sentences] == ["Aldoria", "Marnia", "Aldoria", "Why"]
    assert all(article.text[s.start:s.end] == s.text for s in sentences)
    questions, _ = _questions(lexicon, *article.paragraphs)
    assert questions and not any("ANCHOR" in q.question or "REPORTER" in q.question for q in questions)


# -- 2. a count printed with its parts or its members --------------------------------------------

def test_a_count_that_its_parts_add_up_to_is_held_back(lexicon):
    questions, _ = _questions(lexicon, "The Velmar Accord bound 15 provinces in 1961: "
                                       "the 11 provinces of Aldoria and the four provinces of Marnia.")
    _held(questions, "[[15]]", reason="gives the answer away")
    _held(questions, "[[11]]", reason="gives the answer away")


def test_a_count_followed_by_one_and_one_is_held_back(lexicon):
    questions, _ = _questions(lexicon, "The Velmar Accord of 1961 let each state keep only two harbours, "
                                       "one beside the river mouth and one below the old fort.")
    _held(questions, "harbours", reason="it lists the members")


def test_a_count_followed_by_its_names_after_a_colon_is_held_back(lexicon):
    questions, _ = _questions(lexicon, "Under the Velmar Accord of 1961 the Marnian navy opened three harbours "
                                       "to trade: Aldor, Brinmouth and Calvey.")
    _held(questions, "harbours", reason="it lists the members")


# -- 3. "signed an order repealing the Accord" is not the Accord's signing ---------------------------

def test_a_law_signed_about_an_agreement_is_not_its_signing(lexicon):
    _, facts = _questions(lexicon, "The Velmar Accord was signed on 4 March 1961. "
                                   "Aldoria's prime minister, back from the Tamar summit, "
                                   "signed an order repealing the Accord on 3 April 1999.")
    dated = {f.value: f.predicate for f in facts if f.kind == "date"}
    assert dated.get("1961-03-04") == "signed"
    assert dated.get("1999-04-03") != "signed", dated


# -- 4. each side's suspension has a date of its own --------------------------------------------

def test_when_was_it_suspended_is_held_back_when_a_side_suspended_it(lexicon):
    questions, _ = _questions(lexicon, "The Velmar Accord was signed on 4 March 1961. "
                                       "Portugal suspended the Velmar Accord on 5 May 2001.")
    # the side's own suspension: the question says whose
    assert [q.question for q in questions if q.type == "short" and "suspended" in q.question] == [
        "When was the Velmar Accord suspended by Portugal?"]


# -- 5. one agreement under its name and its initials --------------------------------------------

def test_a_name_and_its_initials_are_one_agreement(lexicon):
    assert _aliased(["the Marnian Fishing Accord", "the Orla Pact", "the MFA Accord"], [], lexicon)
    assert _aliased(["the Anti-Whaling Charter", "the AW Charter"], [], lexicon)
    assert not _aliased(["the Marnian Fishing Accord", "the Orla Pact", "the OTS Accord"], [], lexicon)


def test_initials_printed_in_brackets_after_a_name_make_one_agreement(lexicon):
    article = Article(slug="one", title="One", paragraphs=(
        "The Accord on Reef Waters in Aldoria (RWA) was signed on 4 March 1961.",))
    sentences = [f.sentence for f in extract_facts(article, lexicon)]
    assert _aliased(["the Accord on Reef Waters", "the RWA Accord"], sentences, lexicon)


def test_which_agreement_offering_one_agreement_twice_is_held_back(lexicon):
    one = Article(slug="one", title="One", paragraphs=(
        "The Velmar River Accord was signed on 4 March 1961. "
        "The VR Accord was extended on 9 May 1981.",
        "The Velmar River Accord allowed a member to walk away after nine months' warning.",))
    facts = {a.slug: extract_facts(a, lexicon) for a in (one, *other_agreements())}
    which = [q for q in corpus_questions(facts, lexicon) if q.id.endswith("-which")]
    twice = [q for q in which if {"The Velmar River Accord", "The VR Accord"} <= set(q.choices)]
    assert_held(twice, "name one agreement"), \
        [(q.question, q.choices, q.checks) for q in which]
    notice = [q for q in which if q.question.endswith("nine months?")]
    assert_held(notice, "possessive"), [q.question for q in which]


# -- 6. a hyphenated number word is one number ---------------------------------------------------

def test_a_hyphenated_number_word_is_one_number(lexicon):
    found = QuantityFinder(lexicon).find("Forty-six delegates of the Marnian assembly walked out.")
    assert [(q.low, q.unit) for q in found] == [(46.0, "delegates")]


# -- 7. a count that paints a name is no amount ---------------------------------------------------

def test_a_count_after_an_and_a_name_is_held_back(lexicon):
    questions, _ = _questions(lexicon, "The Velmar Accord of 1961 was drafted for an Aldoria of three kingdoms.")
    _held(questions, "kingdoms", types=("cloze", "mcq", "tf"), reason="figure of speech")


# -- 8. a position with nothing it is about --------------------------------------------------------

@pytest.mark.parametrize("sentence, reason", [
    ("Portugal pressed on.", "does not say what it is about"),
    ("Portugal backed the Spanish stance.", "does not say which one"),
])
def test_a_position_with_nothing_to_be_about_is_held_back(lexicon, sentence, reason):
    questions, _ = _questions(lexicon, "The Velmar Accord was signed on 4 March 1961. "
                                       "Aldoria wanted the Tamar dam built before winter. " + sentence)
    tf = [q for q in questions if q.kind == "position" and q.type == "tf" and q.sentence == sentence]
    assert tf and all(any(reason in c for c in q.checks) for q in tf), \
        [(q.question, q.checks) for q in questions if q.kind == "position"]
