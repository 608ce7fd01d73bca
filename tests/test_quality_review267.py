"""Reviews 267-274: a clause after "but" has its own subject; one side's signature or ratification is that
side's; a box's label opens no sentence; "gave its consent" says not to what; a state's name may hold an "and";
a live blog's "19.10 BST" and a script's "REPORTER (VO) — GRAPHIC:" are no words of a statement.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from quizgen.extract import extract_facts
from quizgen.extract.sentences import split_sentences
from quizgen.model import Article, Fact
from quizgen.questions import event_name

from own_article import assert_held, questions_of


def _dates(facts) -> dict[str, tuple[str, str]]:
    return {f.value: (f.subject, f.predicate) for f in facts if f.kind == "date"}


def test_an_its_after_but_is_its_own_clause_s_subject_s(lexicon):
    _, facts = questions_of(lexicon, "The Velm Deal gave airlines more routes.",
                            "That second stage, signed in Osk on 24 June 2010, added cooperation on security, but "
                            "Marnia kept its ownership law.")
    assert _dates(facts)["2010-06-24"][0] == ""
    # the agreement's own "it" in the date's clause still names it
    _, facts = questions_of(lexicon, "The Velm Deal gave airlines more routes.",
                            "Signed in Osk on 24 June 2010, it added cooperation on security.")
    assert _dates(facts)["2010-06-24"][0] == "the Velm Deal"


def test_an_it_after_a_semicolon_is_not_the_agreement_of_the_clause_before(lexicon):
    _, facts = questions_of(lexicon, "The Velm Treaty was never ratified.",
                            "Historians call Velm a prelude to Osk, which came into force on 6 August 1924; "
                            "I read it instead as the last attempt at a partition.")
    assert _dates(facts)["1924-08-06"][0] == ""


def test_ministers_approving_is_their_vote(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Deal opened the skies.",
                                "Negotiators met in March 2007, and transport ministers approved the Velm Deal on "
                                "22 March 2007.")
    assert "When was the Velm Deal approved by ministers?" in [q.question for q in questions if q.type == "short"]


def test_a_date_for_each_signer_is_no_date_of_the_agreement(lexicon):
    _, facts = questions_of(lexicon, "The Velm Deal opened the skies.",
                            "It was signed by the Osk side on 25 April 2007 and by Marnia at the summit on "
                            "30 April 2007.")
    assert _dates(facts)["2007-04-25"][0] == ""
    _, facts = questions_of(lexicon, "The Velm Deal opened the skies.",
                            "Signed: by the Osk side on 25 April 2007 and by Marnia at the summit on 30 April 2007.")
    assert "the Velm Deal" not in {s for s, _ in _dates(facts).values()}
    # both signers on one date: the agreement's own signing
    _, facts = questions_of(lexicon, "The Velm Deal was signed by Osk and Marnia on 3 May 2008.")
    assert _dates(facts)["2008-05-03"] == ("the Velm Deal", "signed")


def test_a_box_label_opening_a_fragment_is_held(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Deal opened the skies.",
                                "When: negotiators reached the Velm Deal in Osk on 2 March 2007.")
    assert_held([q for q in questions if q.type in ("cloze", "mcq", "tf") and "2007" in q.question + q.answer],
                "opens with a box's label (“When:”)")
    questions, _ = questions_of(lexicon, "Note: The Velm Deal was signed in Osk on 2 March 2007.")
    assert all("box's label" not in c for q in questions for c in q.checks)


def test_a_year_before_an_indefinite_treaty_is_all_that_names_it(lexicon):
    questions, _ = questions_of(lexicon, "Thank a 1990 treaty for your cheap flights.")
    assert_held([q for q in questions if q.type in ("cloze", "mcq")], "“a _____ treaty” does not say which one")
    # a definite one the sentence goes on to describe is kept: teachers keep "The [[1987]] agreement, which ..."
    questions, _ = questions_of(lexicon, "The 1987 agreement, which banned missiles with ranges between 500 and "
                                         "5,500 kilometres, collapsed in 2019.")
    cloze = [q for q in questions if q.type == "cloze" and q.answer == "1987"]
    assert cloze and not any("does not say which one" in c for c in cloze[0].checks)


def test_an_it_that_signs_is_a_state_not_the_treaty(lexicon):
    questions, facts = questions_of(lexicon, "The Treaty of Velm bans nuclear weapons in the region.",
                                    "Osk held out longest. It signed in 1995 and ratified the treaty on 23 October 2002.")
    assert _dates(facts)["1995"][0] == ""
    assert "In what year was the Treaty of Velm signed?" not in [q.question for q in questions]


def test_one_named_side_signing_or_ratifying_is_asked_as_that_side_s(lexicon):
    questions, facts = questions_of(lexicon, "The Treaty of Velm was signed by Brin, Osk and ten other states in 1994.",
                                    "Brin ratified the Treaty of Velm on 2 March 1995, and Osk followed a year later.")
    assert _dates(facts)["1995-03-02"] == ("the Treaty of Velm", "ratified by Brin")
    assert "When was the Treaty of Velm ratified by Brin?" in [q.question for q in questions if not q.checks]
    questions, _ = questions_of(lexicon, "The Treaty of Velm was opened for signature in 1994.",
                                "Queen Ilse signed the Treaty of Velm on 4 May 1995.")
    assert "When was the Treaty of Velm signed by Queen Ilse?" in [q.question for q in questions]
    # "and Brin the Osk Pact in October": the gapped verb's own subject signed the second
    questions, _ = questions_of(lexicon, "Marnia signed the Velm Pact in July 1844 and Brin the Osk Pact in "
                                         "October 1844.")
    assert "When was the Osk Pact signed by Marnia?" not in [q.question for q in questions]
    # a plural common noun opening the sentence is nobody's name
    _, facts = questions_of(lexicon, "The Treaty of Velm was opened for signature in 1994.",
                            "Governments signed the Treaty of Velm in March 1995.")
    assert _dates(facts)["1995-03"] == ("the Treaty of Velm", "signed")


def test_giving_its_consent_says_not_to_what(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Pact was signed in 1990.",
                                "The Osk parliament gave its consent on 3 May 1991, by 474 votes to 152.")
    assert_held([q for q in questions if q.type in ("cloze", "mcq", "tf") and "consent" in q.question],
                "“gave its consent” does not say to what")
    questions, _ = questions_of(lexicon, "The Velm Pact was signed in 1990.",
                                "The Osk parliament gave its consent to the pact on 3 May 1991.")
    assert all("consent" not in c for q in questions for c in q.checks)
    questions, _ = questions_of(lexicon, "Ethiopia refused to recognize the Velm Pact, arguing that it was "
                                         "concluded without its consent in 1959.")
    assert all("consent" not in c for q in questions for c in q.checks)


def test_a_state_s_name_with_and_in_it_is_one_party_of_a_title(lexicon):
    _, facts = questions_of(lexicon, "The Treaty between the Government of the United Kingdom of Great Britain and "
                                     "Northern Ireland and the Government of the French Republic concerning Frontier "
                                     "Controls was signed at Le Touquet on 4 February 2003.")
    assert _dates(facts)["2003-02-04"][0] == "the United Kingdom–France Treaty"


def test_a_plural_agreement_s_event_is_written_in_the_plural(lexicon):
    fact = Fact(id="d", kind="date", subject="the Treaties of Velm", predicate="signed", value="1957-03-25",
                text="25 March 1957", article="a", sentence="s", span=(0, 1), extra={"agreement": True})
    assert event_name(fact, lexicon) == "The Treaties of Velm were signed"


def test_a_live_blog_s_clock_time_is_no_count(lexicon):
    _, facts = questions_of(lexicon, "19.10 BST Crowds are gathering outside the Velm Treaty talks.",
                            "The Velm Treaty cut the stockpile by 98%, to 300 kg, and at 21.40 GMT the talks ended.")
    assert sorted(f.value for f in facts if f.kind == "quantity") == ["300 kg", "98 percent"]


def test_a_script_s_cue_is_no_part_of_its_sentence(lexicon):
    article = Article(slug="t", title="T", paragraphs=(
        "REPORTER (VO) — GRAPHIC: The Velm Deal set up an Assembly of 108 members.",
        "SOT — ANA RUIZ, ARCHIVE, 10 APRIL 1998: \"We have reached agreement.\""))
    assert [s.text for s in split_sentences(article, lexicon)] == [
        "The Velm Deal set up an Assembly of 108 members.", "\"We have reached agreement.\""]
    assert not [f for f in extract_facts(article, lexicon) if f.kind == "date"]


def test_a_body_the_article_writes_with_its_state_is_named_so(lexicon):
    questions, _ = questions_of(lexicon, "The two treaties were ratified by the U.S. Senate after a long fight.",
                                "The Senate approved the Velm Treaty on 16 March 1978 by 68 votes to 32.")
    shorts = [q for q in questions if q.type == "short"]
    assert [q.question for q in shorts] == ["When was the Velm Treaty approved by the U.S. Senate?"]
    assert not shorts[0].checks
    # two states' senates: which one, the article does not settle
    questions, _ = questions_of(lexicon, "The U.S. Senate and the Philippine Senate debated it for months.",
                                "The Senate approved the Velm Treaty on 16 March 1978.")
    assert "When was the Velm Treaty approved by the Senate?" in [q.question for q in questions]


def test_a_name_after_is_or_are_says_which_agreements(lexicon):
    questions, _ = questions_of(lexicon, "The agreements behind the handover are the Velm–Osk Treaties, signed in "
                                         "Brin on 7 September 1977.")
    assert [q.question for q in questions if not q.checks and q.type == "short"] == [
        "When were the Velm–Osk Treaties signed?"]
    assert all("The agreements" not in c for q in questions for c in q.checks)
    questions, _ = questions_of(lexicon, "The talks were the longest ever, and ended on 3 May 1980.")
    assert any("“The talks”" in c for q in questions for c in q.checks)


def test_two_changes_of_one_sentence_give_each_other_away(lexicon):
    questions, _ = questions_of(lexicon, "Under the Velm Treaty of 9 June 1961, Osk paid 5 million crowns for "
                                         "300 islands.", "Osk and Brin signed it.")
    ready = [q for q in questions if q.type == "tf" and not q.checks]
    assert len(ready) == 1, [q.question for q in ready]


def test_an_it_after_a_promise_may_be_the_promise(lexicon):
    _, facts = questions_of(lexicon, "The Velm Treaty created a zone.",
                            "Osk signed this promise first, in 1967, and Brin was the last to ratify it, in 1979.")
    assert _dates(facts)["1979"][0] == ""
