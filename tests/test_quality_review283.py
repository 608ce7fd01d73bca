"""Reviews 283-290: a war "still raging" is a date's setting; a capitalised event word that a longer name goes
on from is no event; namesakes' parties; a bracketed year written again; a post's pictograph label; a military
time; a reporting aside's pronoun.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from quizgen.extract.sentences import split_sentences
from quizgen.model import Article

from own_article import questions_of


def test_a_war_still_raging_is_the_setting_of_the_date(lexicon):
    questions, facts = questions_of(lexicon, "On 1 November 1944, with the Salt War still raging, delegates of "
                                             "54 nations met in Velm.")
    assert not [q for q in questions if q.type == "short" and "Salt War" in q.question]
    assert [f.extra.get("setting") for f in facts if f.kind == "date"] == [True]


def test_an_event_word_a_longer_name_goes_on_from_is_no_event(lexicon):
    questions, facts = questions_of(lexicon, "On 8 September 1951, delegates gathered in the War Memorial Opera "
                                             "House in Osk to sign the Velm Treaty.")
    assert "the War" not in [f.subject for f in facts]
    _, facts = questions_of(lexicon, "The War of Velm began in May 1840.")
    assert [f.subject for f in facts if f.kind == "date"] == ["the War of Velm"]


def test_parties_of_namesakes_are_held(lexicon):
    questions, _ = questions_of(lexicon, "- Treaty of Velm (1763), signed on 10 February 1763 by Russia, France and "
                                         "Spain, ending the Salt War",
                                "- Treaty of Velm (1783), signed on 3 September 1783 by Russia and the United "
                                "States, ending the Wine War")
    parties = [q for q in questions if q.type in ("short", "mcq") and q.question.startswith("Who are the parties")]
    assert parties and all(any("other parties too" in c for c in q.checks) for q in parties)


def test_a_bracketed_year_written_again_makes_no_false_statement():
    from quizgen.model import Fact
    from quizgen.questions import _bracket_year_written_again
    sentence = "Treaty of Velm (1763), signed on 10 February 1763 by Russia, France and Spain."
    at = sentence.index("1763")
    fact = Fact(id="d", kind="date", subject="the Treaty of Velm", predicate="signed", value="1763", text="1763",
                article="a", sentence=sentence, span=(at, at + 4), extra={"precision": "year"})
    assert _bracket_year_written_again(fact, sentence, at, at + 4)
    other = "Treaty of Velm (1763), signed by Russia, France and Spain."
    assert not _bracket_year_written_again(fact, other, at, at + 4)


def test_a_post_s_pictograph_label_opens_no_sentence(lexicon):
    article = Article(slug="t", title="T", paragraphs=(
        "12/ The scale 📉 The lost lands held about 34% of the old empire's people.",
        "Osk signed the Velm Pact ✍️ in 1990."))
    assert [s.text for s in split_sentences(article, lexicon)] == [
        "The lost lands held about 34% of the old empire's people.", "Osk signed the Velm Pact ✍️ in 1990."]


def test_a_military_time_is_no_count(lexicon):
    _, facts = questions_of(lexicon, "The Velm ceasefire took effect at 0001 hrs on 12 May 1994.")
    assert not [f for f in facts if f.kind == "quantity"]


def test_a_reporting_aside_s_pronoun_leans_outside(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Act, signed on 9 June 1815, was not, she argues, a victors' peace.")
    cloze = [q for q in questions if q.type == "cloze"]
    assert cloze and any("“she”" in c for c in cloze[0].checks)


def test_today_with_its_date_right_after_is_no_relative_time(lexicon):
    questions, _ = questions_of(lexicon, "Seventy years ago today, on 8 September 1951, delegates signed the Velm "
                                         "Treaty.")
    assert all("today" not in c for q in questions for c in q.checks)
    questions, _ = questions_of(lexicon, "Today the Velm Treaty has 40 members.")
    assert any("“Today”" in c for q in questions for c in q.checks)


def test_an_office_with_its_holder_in_brackets_is_a_speaker_s_label(lexicon):
    article = Article(slug="t", title="T", paragraphs=(
        "Minister for Foreign Affairs (Deputy Ana Ruiz): From 2005 each member state will have one Commissioner.",
        "The Velm Treaty (1990): signed in Osk."))
    assert [s.text for s in split_sentences(article, lexicon)] == [
        "From 2005 each member state will have one Commissioner.", "The Velm Treaty (1990): signed in Osk."]


def test_an_opening_after_clause_rules_out_earlier_lures(lexicon):
    import re
    questions, _ = questions_of(lexicon, "The Velm Convention was signed in 2005.",
                                "After meetings in Osk in February 2008, delegates adopted the Velm Convention on "
                                "30 May 2008.", "Talks on it began in 2006 and 2007.")
    mcq = [q for q in questions if q.type == "mcq" and q.answer == "30 May 2008"]
    assert mcq and all(int(re.search(r"\d{4}", c).group(0)) >= 2008 for c in mcq[0].choices), mcq[0].choices


def test_an_exact_count_has_exact_lures(lexicon):
    questions, _ = questions_of(lexicon, "Velmoran voters approved the Velm Treaty by 906,317 votes to 529,478.")
    mcq = [q for q in questions if q.type == "mcq" and q.answer.startswith("906,317")]
    assert mcq and not [c for c in mcq[0].choices if c.split()[0].endswith("00")], mcq[0].choices


def test_a_common_noun_dated_only_by_the_changed_date_does_not_say_which(lexicon):
    questions, _ = questions_of(lexicon, "The declaration of 3 January 1815 condemned the trade.",
                                "The Velm Declaration of 3 May 1816 condemned the war.")
    false = [q for q in questions if q.type == "tf" and q.answer == "False" and q.question.startswith("The declaration")]
    assert false and all(any("“The declaration”" in c for c in q.checks) for q in false)


def test_the_signing_alone_does_not_say_of_what(lexicon):
    questions, _ = questions_of(lexicon, "Ana Ruiz found gold at Osk on 24 January 1848, nine days before the signing.")
    assert any("“the signing”" in c for q in questions if q.type == "cloze" for c in q.checks)
    questions, _ = questions_of(lexicon, "The signing of the Velm Treaty took place on 2 February 1848.")
    assert all("signing" not in c for q in questions for c in q.checks)


def test_concluding_that_signs_nothing(lexicon):
    _, facts = questions_of(lexicon, "The Velm Convention was adopted on 18 April 1961.",
                            "The Government's 1985 review of the Velm Convention concluded that amending it would be "
                            "neither practicable nor desirable.")
    assert [f.predicate for f in facts if f.kind == "date" and f.value == "1985"] == ["event"]
    _, facts = questions_of(lexicon, "Osk and Brin concluded the Velm Pact in 1990.")
    assert [f.predicate for f in facts if f.kind == "date"] == ["signed"]


def test_joined_with_no_object_and_no_verb_after_says_not_what(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Agreement was adopted in 1995.",
                                "Velmora and its member states joined together on 19 December 2003.")
    assert any("“joined” does not say what" in c for q in questions if q.type == "cloze" for c in q.checks)
    questions, _ = questions_of(lexicon, "An arrangement signed in 2014 by Osk and Brin ended the Velm war.")
    assert all("does not say what" not in c for q in questions for c in q.checks)


def test_a_title_of_common_words_says_not_which_one(lexicon):
    questions, _ = questions_of(lexicon, "The Strategic Partnership Agreement was signed in February 2019.")
    assert any("does not say which one" in c for q in questions if q.type == "short" for c in q.checks)
    # ... while "the Strategic Defense Initiative" is the name of one programme
    questions, _ = questions_of(lexicon, "The Strategic Defense Initiative was announced in March 1983.")
    assert all("does not say which one" not in c for q in questions for c in q.checks)
    questions, _ = questions_of(lexicon, "The General Framework Agreement for Peace in Velmora was signed in Osk on "
                                         "14 December 1995.")
    assert all("does not say which one" not in c for q in questions for c in q.checks)


def test_a_coarser_date_of_the_same_event_leaves_its_question_to_the_finer(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Agreement was signed in February 2019.",
                                "Notes: the Velm Agreement was signed on 11 February 2019.")
    shorts = {q.answer: q for q in questions if q.type == "short"}
    assert any("more exactly" in c for c in shorts["February 2019"].checks)
    assert not shorts["11 February 2019"].checks


def test_open_for_signature_until_a_date_is_its_end(lexicon):
    _, facts = questions_of(lexicon, "The Velm Convention was opened for signature on 18 April 1961 and remained "
                                     "open for signature until 31 October 1961.")
    assert {f.value: f.predicate for f in facts if f.kind == "date"} == {
        "1961-04-18": "opened for signature", "1961-10-31": "event"}


def test_delegates_still_negotiating_set_the_scene(lexicon):
    questions, _ = questions_of(lexicon, "In March 1995, with delegates still negotiating, Osk arrested the trawler "
                                         "Estai.")
    assert not [q for q in questions if q.type == "short" and "negotiating" in q.question]


def test_a_noun_after_a_preposition_is_no_unit_of_the_number_before(lexicon):
    _, facts = questions_of(lexicon, "The House backed the Velm Agreement by 473 votes to 47 after two days of debate.")
    assert [f.text for f in facts if f.kind == "quantity"] == ["473 votes"]


def test_a_group_of_a_named_owner_and_its_verb_name_whose_date_it_is(lexicon):
    questions, _ = questions_of(lexicon, "The armies of the Sixth Coalition entered Osk on 31 March 1814.")
    assert all("does not name what" not in c for q in questions for c in q.checks)
    questions, _ = questions_of(lexicon, "The head of the delegation resigned in 1991.")
    assert any("does not name what" in c for q in questions for c in q.checks)


def test_a_connective_before_an_opening_date_says_nothing_of_whose_it_is(lexicon):
    questions, _ = questions_of(lexicon, "And in December 1994 Ana Ruiz, Ivo Brandt and Tomas Berg shared the "
                                         "Nobel Peace Prize.")
    assert all("does not name what" not in c for q in questions for c in q.checks)


def test_an_it_a_treaty_verb_takes_is_printed_with_its_agreement(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Agreement was signed at Osk on 15 November 1985.",
                                "The Knesset ratified it on 23 September 1993 by 61 votes to 50.")
    cloze = [q for q in questions if q.type == "cloze" and q.answer == "23 September 1993"]
    assert cloze and cloze[0].question.startswith("The Knesset ratified it (the Velm Agreement) on") \
        and not cloze[0].checks, (cloze[0].question, cloze[0].checks)
    # a sentence that names the agreement itself gets no second name for its "it"
    questions, _ = questions_of(lexicon, "The Velm Treaty was opened for signature on 4 December 1995 and came into "
                                         "force 30 days after the thirtieth state ratified it.")
    assert all("(the Velm Treaty)" not in q.question for q in questions)


def test_that_and_a_time_noun_with_words_between_point_back(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Treaty was opened for signature on 4 December 1995.",
                                "On that very first day, 14 countries signed it.")
    cloze = [q for q in questions if q.type == "cloze" and q.answer == "14"]
    assert cloze and any("“that very first day”" in c for c in cloze[0].checks)


def test_two_peoples_words_in_a_row_name_a_community_not_a_state(lexicon):
    _, facts = questions_of(lexicon, "The Turkish Cypriot leadership declared the Velm Republic on 15 November 1983.")
    assert not [f for f in facts if f.kind == "position" and f.side in ("Cyprus", "Turkey")]
    _, facts = questions_of(lexicon, "The Turkish government denied it on 3 May 1984.")
    assert [f.side for f in facts if f.kind == "position"] == ["Turkey"]


def test_a_title_goes_on_through_in_a_and_capitals(lexicon):
    questions, _ = questions_of(lexicon, "The Convention on Environmental Impact Assessment in a Transboundary Context "
                                         "was adopted in Velm on 25 February 1991.")
    assert "When was the Convention on Environmental Impact Assessment in a Transboundary Context adopted?" in [
        q.question for q in questions]


def test_the_first_of_several_treaties_is_not_all_of_them(lexicon):
    _, facts = questions_of(lexicon, "The Treaties of Velm ended the Salt War.",
                            "The first of the Treaties of Velm, between Russia and France, was signed on 10 August 1678.",
                            "The Treaties of Velm were complete on 3 May 1679.")
    assert {f.value: f.subject for f in facts if f.kind == "date"}["1678-08-10"] == ""
    assert not [f for f in facts if f.kind == "parties" and f.subject == "the Treaties of Velm"]
