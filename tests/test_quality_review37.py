"""Review 37-38: "the treaty" read as the agreement named last against the one the sentence before is about,
verbless replies printed as statements, spoken lead-ins before a colon, sentence ends before a capital outside
A-Z, and a yearless month that takes the year of the sentence before although its own sentence gives it.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import pytest

from own_article import assert_held, questions_of as _questions
from quizgen.extract.sentences import split_sentences
from quizgen.model import Article


def _sentences(lexicon, *paragraphs: str) -> list[str]:
    return [s.text for s in split_sentences(Article(slug="own", title="Own", paragraphs=paragraphs), lexicon)]


# -- A: "the treaty" after a sentence about another agreement than the one it names ---------------

def test_the_treaty_after_it_replaced_another_is_still_it(lexicon):
    questions, facts = _questions(
        lexicon,
        "The Treaty of Velmora is a peace treaty signed in Velmora on 4 May 1931 between Aldoria and Marnia. "
        "It replaced the Treaty of Kessa of 1921, which Marnia had signed but never ratified. "
        "The treaty entered into force on 9 June 1932.",
        # the agreement a sentence opens with after "Under" is what it is about
        "Under the Treaty of Kessa, signed on 10 August 1921, Marnia was to lose its coast. "
        "The Marnian assembly rejected the treaty and fought on until 1924.",
        title="Treaty of Velmora")
    in_force = [f for f in facts if f.value == "1932-06-09"]
    assert [f.subject for f in in_force] == ["the Treaty of Velmora"], [(f.subject, f.value) for f in in_force]
    assert not any("Kessa" in q.question for q in questions if "entered into force" in q.question)
    rejected = [q for q in questions if q.type == "tf" and "rejected" in q.question]
    assert rejected and all("(the Treaty of Kessa)" in q.question for q in rejected), [q.question for q in rejected]


def test_the_pact_after_a_sentence_that_names_another_only_as_its_object_is_not_guessed(lexicon):
    questions, facts = _questions(
        lexicon,
        "The Velmora Pact, signed on 4 May 1931, settled the border between Aldoria and Marnia. "
        "In 1935 Aldoria also signed the Pact of Kessa with Tessaly. "
        "The pact entered into force on 9 June 1936.",
        # the agreement a sentence says its subject is stays the referent of the next "it"
        "Its second part is a pact, the Ostrel Pact, concluded between Aldoria and Tessaly. "
        "Envoys of both states signed it on 12 August 1937 on behalf of the two capitals.",
        title="The Velmora Pact")
    in_force = [f for f in facts if f.value == "1936-06-09"]
    assert in_force and not any("Kessa" in f.subject or "Velmora" in f.subject for f in in_force), \
        [(f.subject, f.value) for f in in_force]
    assert_held([q for q in questions if "entered into force" in q.question], "does not say which one")
    signed = [f for f in facts if f.value == "1937-08-12"]
    assert [f.subject for f in signed] == ["the Ostrel Pact"], [(f.subject, f.value) for f in signed]


def test_alongside_names_no_subject_and_the_treaty_after_it_is_not_the_one_it_names(lexicon):
    questions, _ = _questions(
        lexicon,
        "The Velmora Treaty of 1961 ended the war between Aldoria and Marnia. "
        "It replaced the Kessa Treaty, which had banned coastal guns. "
        "The treaty entered into force on 9 June 1962.",
        "Alongside the Velmora Treaty, the collapse of the Ostrel Treaty worried the allies. "
        "The 1987 treaty, which banned coastal missiles, unravelled in 2019.",
        title="The Velmora Treaty")
    in_force = [q.question for q in questions if "entered into force" in q.question]
    assert in_force and all("(the Velmora Treaty)" in q for q in in_force), in_force
    glossed = [q.question for q in questions if "2019" in q.question and "(" in q.question]
    assert not any("(the Velmora Treaty)" in q for q in glossed), glossed


# -- B: a line with no verb is no sentence to complete or to judge ---------------------------------

def test_a_verbless_reply_is_not_printed_as_a_statement(lexicon):
    questions, _ = _questions(
        lexicon,
        "The Velmora Pact of 1931 ended the war between Aldoria and Marnia. And what came after it?",
        "The Kessa Accord of 1937. Envoys of both states signed it in Kessa.")
    printed = [q for q in questions if "Kessa Accord of" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert_held(printed, "has no verb")
    with_verb = [q for q in questions if "ended the war" in q.question]
    assert with_verb and not any("has no verb" in c for q in with_verb for c in q.checks)


# -- C: a short lead-in before a colon is no part of the statement ---------------------------------

@pytest.mark.parametrize("lead", ["Quick recap:", "Long story short:", "Bottom line:"])
def test_a_spoken_lead_in_before_a_colon_is_not_read(lexicon, lead):
    kept = ["Two things matter: 1994 and 1998.",           # no clause after the colon
            "Marnia's reply: Aldoria must withdraw by 1995.",  # a possessive says whose
            "We agree: the pact was signed in 1994.",         # a subject and its verb
            "Envoys differ: Aldoria wants 40 ships."]          # a plural subject and its verb
    sentences = _sentences(lexicon, " ".join(["Welcome back to the show.", *kept,
                                              f"{lead} Aldoria declared war on Marnia in June 1812."]))
    assert sentences == ["Welcome back to the show.", *kept, "Aldoria declared war on Marnia in June 1812."], \
        sentences


def test_a_lead_in_before_a_lower_case_clause_is_dropped_and_the_question_starts_with_a_capital(lexicon):
    questions, _ = _questions(
        lexicon, "Welcome back to the show. Quick recap: the Aldorian fleet blockaded Marnia in June 1812.")
    cloze = [q for q in questions if q.type == "cloze" and "June 1812" in q.question]
    assert cloze and all(q.question.startswith("The Aldorian fleet blockaded") for q in cloze), \
        [q.question for q in cloze]


# -- D: a sentence may start with a capital outside A-Z --------------------------------------------

@pytest.mark.parametrize("name", ["Ísak", "Łukasz", "Ödön", "Čeněk"])
def test_a_sentence_ends_before_a_capital_outside_ascii(lexicon, name):
    # ... but not before a lower-case letter outside A-Z
    plain = "The list ends with approx. ñandú feathers, sold in 1931."
    sentences = _sentences(lexicon, f"Talks resumed on 23 April 1931. {name} Varga reportedly slept through them. "
                           + plain)
    assert sentences == ["Talks resumed on 23 April 1931.", f"{name} Varga reportedly slept through them.", plain], \
        sentences


# -- E: a yearless month and a full date in the same sentence --------------------------------------

def test_a_yearless_month_takes_the_year_its_own_sentence_gives(lexicon):
    questions, facts = _questions(
        lexicon,
        "Aldoria ratified the Velmora Pact on 27 December 1930. "
        "The pact reached Marnia in February, and on 16 February 1931 the Marnian assembly approved it.")
    months = [f.value for f in facts if f.text == "February"]
    assert months == ["1931-02"], months
    cloze = [q for q in questions if q.type == "cloze" and q.answer == "February"]
    assert_held(cloze, "shows part of the answer")
