"""Reviews 371-378: a counted noun whose unit the article capitalises ("15 unionist MPs"); a hyphened name
that spells its parties ("the Anglo-Velm Accord").

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import questions_of


def _held(questions, reason: str) -> bool:
    return bool(questions) and all(any(reason in c for c in q.checks) for q in questions)


def test_a_capitalised_counted_noun_stays_outside_the_blank(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Accord was denounced in Brin, and the 15 unionist MPs are said "
                                         "to be ready to resign their seats.")
    cloze = [q for q in questions if q.type == "cloze" and q.kind == "quantity"]
    assert [q.answer for q in cloze] == ["15"] and "[[15]] unionist MPs" in cloze[0].question
    mcq = [q for q in questions if q.type == "mcq" and q.kind == "quantity"]
    # the choices are numbers: the blank stands where the number stood, before "unionist MPs"
    assert mcq and mcq[0].answer == "15" and all(c.isdigit() for c in mcq[0].choices)
    assert "_____ unionist MPs" in mcq[0].question


def test_a_hyphened_name_of_joining_forms_gives_its_parties_away(lexicon):
    questions, _ = questions_of(lexicon, "The Anglo-German Naval Agreement was signed by the United Kingdom and "
                                         "Germany on 18 June 1935.",
                                "The Sino-Soviet Treaty was signed by China and the Soviet Union in February 1950.")
    asked = [q for q in questions if q.kind == "parties" and q.type in ("short", "mcq")]
    assert len(asked) == 4 and _held(asked, "the agreement's name gives its parties")


def test_a_hyphened_name_that_leaves_a_party_out_is_still_asked(lexicon):
    questions, _ = questions_of(lexicon, "The Anglo-German Accord was signed by the United Kingdom, Germany and "
                                         "France on 3 May 1936.")
    short = [q for q in questions if q.kind == "parties" and q.type == "short"]
    assert short and not any("gives its parties" in c for q in short for c in q.checks)


def test_emoji_are_no_words_of_a_sentence(tmp_path, lexicon):
    from own_article import read_article
    article = read_article(tmp_path, "# Thread\n\n4/ The talks broke down. Velmora agreed to an armistice on "
                                     "30 March 1895. 😬\n\n5/ 📜 The Treaty of Brin 🤦‍♂️ was signed on 17 April 1895 "
                                     "by 🇫🇷 France.\n\n6/ The scale 📉 The lost lands held a third of the farms.\n")
    text = " ".join(article.paragraphs)
    assert "30 March 1895." in text and "The Treaty of Brin was signed on 17 April 1895 by France." in text
    # an emoji after a short label parts it from the sentence
    assert "The scale. The lost lands held" in text
    assert not any(ord(c) > 0x2000 and c not in "–—’“”" for c in text)


def test_signs_a_sentence_reads_are_kept(tmp_path, lexicon):
    from own_article import read_article
    article = read_article(tmp_path, "# Notes\n\nThe line ran along 45° north → to the sea, for £5 a head.\n")
    assert article.paragraphs[0] == "The line ran along 45° north → to the sea, for £5 a head."


def test_a_numbered_citation_after_a_space_is_no_word(tmp_path, lexicon):
    from own_article import read_article
    article = read_article(tmp_path, "# Background\n\nThe accord was adopted on 5 December 1979 [2]. It names "
                                     "the river [3, 4]; see Article [5] of it.\n")
    assert article.paragraphs[0] == ("The accord was adopted on 5 December 1979. It names the river; "
                                     "see Article [5] of it.")


def test_a_title_goes_on_through_a_capitalised_participle(lexicon):
    _, facts = questions_of(lexicon, "The Agreement Governing the Activities of States on the Velm and Other Rivers "
                                     "was adopted on 5 December 1979.",
                            "The Treaty Banning Tests in Aldoria was signed on 5 August 1963.")
    assert {f.subject for f in facts if f.kind == "date"} == {
        "the Agreement Governing the Activities of States on the Velm and Other Rivers",
        "the Treaty Banning Tests in Aldoria"}


def test_the_agreement_means_the_one_called_an_agreement(lexicon):
    _, facts = questions_of(lexicon, "Law on the river rests on the Velm Treaty of 1967. The Brin Agreement of 1979 "
                                     "tried to fill its gaps.",
                            "Few states were keen. The Agreement entered into force on 11 July 1984.")
    dated = {f.subject for f in facts if f.kind == "date" and f.value == "1984-07-11"}
    assert dated == {"the Brin Agreement"}


def test_it_goes_on_meaning_what_the_it_before_meant(lexicon):
    _, facts = questions_of(lexicon, "International law rests on the Velm Treaty of 1967.",
                            "The Brin Agreement was adopted on 5 December 1979. It was opened for signature on "
                            "18 December 1979. Under its Article 19, it entered into force on 11 July 1984.")
    force = [f for f in facts if f.kind == "date" and f.value == "1984-07-11"]
    assert [f.subject for f in force] == ["the Brin Agreement"]


def test_a_name_opening_an_aside_between_dashes_is_the_same_agreement(lexicon):
    questions, _ = questions_of(lexicon, "The Agreement Governing the Activities of States on the Velm and Other "
                                         "Rivers — the Velm Agreement to its friends, and it has few — was adopted "
                                         "on 5 December 1979 and opened for signature on 18 December 1979.")
    assert sorted(q.question for q in questions if q.type == "short") == [
        "When was the Agreement Governing the Activities of States on the Velm and Other Rivers adopted?",
        "When was the Agreement Governing the Activities of States on the Velm and Other Rivers opened for "
        "signature?"]


def test_an_unnamed_agreement_signed_on_a_date_is_no_named_ones(lexicon):
    _, facts = questions_of(lexicon, "The Treaty of Velm ended the dispute.",
                            "Marnia paid the syndicate 110,000 pounds to give up its concession, and a modus vivendi "
                            "signed on 21 March 1903 let Osk troops hold the valley.")
    assert [f.subject for f in facts if f.kind == "date"] == [""]
    _, facts = questions_of(lexicon, "Both votes were required under the Special Agreement to submit Norway's claim "
                                     "to the Court, which the Foreign Ministers of Norway and Sweden signed in Oslo on "
                                     "8 December 2008. A Protocol signed on 25 May 2015 allowed each country to hold "
                                     "its vote on a different date.")
    # ("Special" is a title's common word: the agreement is named by its parties)
    assert [(f.subject, f.predicate) for f in facts if f.kind == "date"] == [
        ("the Norway–Sweden Special Agreement", "signed"), ("", "signed")]


def test_a_named_agreement_said_to_be_a_treaty_signed_on_a_date_keeps_it(lexicon):
    _, facts = questions_of(lexicon, "The Treaty of Velm is a peace treaty signed in Brin on 24 July 1923 between "
                                     "Marnia and Osk.")
    assert [(f.subject, f.predicate) for f in facts if f.kind == "date"] == [("the Treaty of Velm", "signed")]


def test_a_that_clause_after_an_opening_phrase_is_a_list_item(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Court found:",
                                "By fourteen votes to one, that Marnia was not entitled to suspend, in 1989, the works "
                                "on the Brin dam;")
    assert _held([q for q in questions if q.type in ("cloze", "mcq", "tf")], "is a list item")
    # ... and so it is when the item's own mark was taken off, leaving a lower-case first word
    questions, _ = questions_of(lexicon, "The Velm Court found:",
                                "(1) by fourteen votes to one, that Marnia was not entitled to suspend, in 1989, the "
                                "works on the Brin dam;")
    assert _held([q for q in questions if q.type in ("cloze", "mcq", "tf")], "is a list item")
    # a demonstrative "that" opens no such clause
    questions, _ = questions_of(lexicon, "The Velm Accord was drafted in 1988.",
                                "In the end, that accord was signed by Marnia and Osk on 3 May 1990.")
    assert not any("list item" in c for q in questions for c in q.checks)


def test_a_labelled_field_whose_verb_is_in_a_bracketed_note_states_nothing(lexicon):
    questions, _ = questions_of(lexicon, "Title: Velm Declaration [text of the agreement between Marnia and Osk, "
                                         "signed at Velm, 10 January 1966]")
    assert _held([q for q in questions if q.type in ("cloze", "mcq", "tf")], "the sentence has no verb")


def test_the_case_does_not_say_which_one(lexicon):
    questions, _ = questions_of(lexicon, "The case was brought before the Court of Brin by Marnia and Osk on "
                                         "7 April 1993.",
                                "In the case of Marnia, the Velm Treaty was ratified on 3 May 1990.")
    assert _held([q for q in questions if q.type == "cloze" and "7 April 1993" in q.answer],
                 "“The case” does not say which one")
    assert not any("case”" in c for q in questions if "3 May 1990" in q.answer for c in q.checks)


def test_a_place_set_off_by_commas_stays_in_the_participles_clause(lexicon):
    _, facts = questions_of(lexicon, "The Treaty of Velm, signed at Velm, in the state of Brin, on 17 November 1903, "
                                     "ended the dispute between Marnia and Osk.")
    assert [(f.subject, f.predicate) for f in facts if f.kind == "date"] == [("the Treaty of Velm", "signed")]


def test_a_title_with_an_indefinite_article_is_no_unnamed_thing(lexicon):
    _, facts = questions_of(lexicon, "The Convention on Reef Assessment in a Shared Context was adopted on "
                                     "25 February 1991 in Brin.")
    assert [f.subject for f in facts if f.kind == "date"] == ["the Convention on Reef Assessment in a Shared Context"]


def test_a_part_of_the_day_before_the_date_is_its_lead_in(lexicon):
    questions, _ = questions_of(lexicon, "Prime Minister Ivo Brandt died in Brin in the early hours of 11 January 1966.",
                                "The drought of 1983 ended in the spring of 1984.")
    assert [q.checks for q in questions if q.type == "cloze" and "1966" in q.answer] == [[]]
    # a noun's own date ("the drought of 1983") still names nothing
    assert _held([q for q in questions if q.type == "cloze" and q.answer in ("1983", "1984")],
                 "does not name what this date belongs to")


def test_a_described_subject_named_after_the_opening_date_owns_the_verb(lexicon):
    questions, _ = questions_of(lexicon, "On 24 March 1895 a young Velmoran nationalist, Ivo Brandt, shot the envoy "
                                         "in the face.",
                                "On 25 March 1895 a young nationalist shot the consul.")
    assert [q.checks for q in questions if q.type == "cloze" and "24 March" in q.answer] == [[]]
    assert _held([q for q in questions if q.type == "cloze" and "25 March" in q.answer],
                 "does not name what this date belongs to")


# -- reviews 379-386 ---------------------------------------------------------------

def test_a_possessed_subject_before_a_count_does_not_stop_extraction(lexicon):
    questions, facts = questions_of(lexicon, "France's government raised two loans.",
                                    "Germany's army lost 5,000 men in 1870.")
    assert [q.checks for q in questions if q.type == "cloze" and q.answer == "5,000"] == [[]]


def test_an_unnamed_event_that_is_the_subject_names_nothing(lexicon):
    _, facts = questions_of(lexicon, "The Peace of Velm ended the war in 1748.", "On 24 April 1748 a peace meeting began.",
                            "In 1756 a new war began.", "A meeting in Brin in 1954 tried to settle the future of Osk.",
                            "Later a peace conference opened in Tartu on 5 December 1919.")
    subjects = {f.value: f.subject for f in facts if f.kind == "date"}
    assert subjects["1748-04-24"] == "" and subjects["1756"] == ""
    # a place says which one
    assert subjects["1954"] == "the meeting" and subjects["1919-12-05"] == "the conference"


def test_a_name_joined_by_a_dash_is_one_name_of_an_event(lexicon):
    _, facts = questions_of(lexicon, "The Marnian–Oskish War broke out on 4 February 1899.")
    assert [f.subject for f in facts if f.kind == "date"] == ["the Marnian–Oskish War"]


def test_a_page_number_is_no_count(lexicon):
    _, facts = questions_of(lexicon, "The manuscript on p. 17 gives 31 July as the date, and pages 4 and 5 agree.")
    assert not [f for f in facts if f.kind == "quantity"]


def test_a_text_or_its_author_does_not_say_which_one(lexicon):
    questions, _ = questions_of(lexicon, "The feature said the Treaty of Velm was signed on 10 December 1899.",
                                "The author argues that the Brin Accord was signed in June 1667.")
    assert _held([q for q in questions if q.type == "cloze" and "1899" in q.answer], "“The feature” does not say")
    assert _held([q for q in questions if q.type == "cloze" and "1667" in q.answer], "“The author” does not say")


def test_a_coin_whose_plural_has_no_s_is_money(lexicon):
    _, facts = questions_of(lexicon, "Under the Treaty of Velm, Russia paid Sweden two million riksdaler.")
    assert [(f.extra["measures"], f.value) for f in facts if f.kind == "quantity"] == [("money", "2000000 riksdaler")]


def test_a_sum_handed_over_to_nobody_named_leans_on_the_sentence_before(lexicon):
    questions, _ = questions_of(lexicon, "Italy gave 750 million lire in cash.", "Italy paid 2 million pounds to France.")
    assert _held([q for q in questions if q.type == "cloze" and "750" in q.answer], "does not name what this number")
    assert [q.checks for q in questions if q.type == "cloze" and "2 million" in q.answer] == [[]]


def test_a_page_label_before_a_comment_is_no_word_of_it(tmp_path, lexicon):
    from own_article import read_article
    article = read_article(tmp_path, "# Report\n\n9. P. 19: The Velm Treaty was signed in August 1673.\n\n"
                                     "pp. 3–4: The Brin Accord followed in 1674.\n")
    assert [p for p in article.paragraphs if "1673" in p or "1674" in p] == [
        "The Velm Treaty was signed in August 1673.", "The Brin Accord followed in 1674."]
    # a page's own title keeps its words
    assert read_article(tmp_path, "# Page 24: Treaties of Velm\n\nThe Velm Treaty was signed in 1673.\n",
                        name="page.md").title == "Page 24: Treaties of Velm"


def test_a_body_glossed_only_by_a_kind_many_states_have_does_not_say_which(lexicon):
    questions, _ = questions_of(lexicon, "The National Assembly met at Brin. The Assembly ratified the Treaty of Velm "
                                         "on 18 May 1871.",
                                "The Velmoran Court of Appeal met in 1990. The Court ruled on 3 May 1991 that the "
                                "Treaty of Osk was void.")
    assert _held([q for q in questions if q.type == "cloze" and "1871" in q.answer], "“The Assembly” does not say")
    assert [q.question for q in questions if q.type == "cloze" and "1991" in q.answer] == [
        "The Court (the Velmoran Court of Appeal) ruled on [[3 May 1991]] that the Treaty of Osk was void."]


def test_a_joint_agreement_is_no_position_of_either_side(lexicon):
    _, facts = questions_of(lexicon, "On 30 April 1748 Britain and France agreed a first draft.",
                            "Spain agreed to stop fighting in July 1898.", "Britain and France condemned the invasion.",
                            "Chile and Peru agreed that trade should grow.")
    assert sorted((f.side, f.predicate) for f in facts if f.kind == "position") == [
        ("Chile", "agreed"), ("France", "condemned"), ("Peru", "agreed"), ("Spain", "agreed to"),
        ("United Kingdom", "condemned")]


def test_the_same_day_in_another_calendar_in_the_next_sentence_is_no_lure(lexicon):
    questions, facts = questions_of(lexicon, "On 9 January 1792, Ivo Brandt signed the Treaty of Velm. In Marnia, "
                                             "people still used the old calendar, so its documents give the date as "
                                             "29 December 1791.")
    mcq = next(q for q in questions if q.type == "mcq" and q.answer == "9 January 1792")
    assert "29 December 1791" not in mcq.choices
    cloze = next(q for q in questions if q.type == "cloze" and q.answer == "9 January 1792")
    assert cloze.checks == [] and "29 December 1791" in cloze.answer_note
    # eleven days apart in 1990 is no twin: the calendars stood thirteen apart then
    _, facts = questions_of(lexicon, "The Velm Accord was signed on 3 May 1990. Under the new calendar the Brin "
                                     "Accord followed on 14 May 1990.")
    assert not any(f.extra.get("calendar_twin") for f in facts)


# -- reviews 387-394 ---------------------------------------------------------------

def test_an_event_that_happened_again_has_no_earlier_lure(lexicon):
    questions, _ = questions_of(lexicon, "The Battle of Velm was fought on 2 December 1805. Marnia went to war "
                                         "with Osk again in 1809.")
    mcq = next(q for q in questions if q.type == "mcq" and q.answer == "1809")
    assert all(int(c) >= 1809 for c in mcq.choices)


def test_a_side_after_a_places_preposition_is_no_party(lexicon):
    _, facts = questions_of(lexicon, "In Brin, which today is Velmgrad in Slovakia, France and Austria signed the "
                                     "Treaty of Brin on 26 December 1805.")
    assert [f.value for f in facts if f.kind == "parties"] == ["France and Austria"]


def test_what_a_war_ended_in_is_no_end_of_the_agreement(lexicon):
    _, facts = questions_of(lexicon, "The ensuing war (1654–67) ended in the Truce of Velm (1667), concluded for "
                                     "13 years.")
    assert not [f for f in facts if f.kind == "date" and f.predicate == "terminated"]


def test_a_spans_short_end_year_shows_the_answer(lexicon):
    questions, _ = questions_of(lexicon, "The ensuing war (1654–67) ended in the Treaty of Velm, signed in 1667 by "
                                         "France and Spain.")
    assert _held([q for q in questions if q.type in ("cloze", "mcq") and q.answer == "1667"],
                 "still shows part of the answer (“1654–67”)")


# -- reviews 395-402 ---------------------------------------------------------------

def test_a_refusal_with_nothing_refused_is_no_position(lexicon):
    _, facts = questions_of(lexicon, "Russia demanded that Kiev be handed over for good, but Poland refused, pleading "
                                     "the Commonwealth's inability to protect the Right Bank.")
    assert [f.side for f in facts if f.kind == "position"] == ["Russia"]


def test_a_sentence_opening_with_signed_goes_on_about_the_agreement_before(lexicon):
    questions, facts = questions_of(lexicon, "It was the Treaty of Velm. Signed on 21 July 1718 by Austria, Venice "
                                             "and the Ottoman Empire.")
    assert [q.question for q in questions if q.type == "short" and q.checks == []] == [
        "When was the Treaty of Velm signed?", "Who are the parties to the Treaty of Velm?"]
    # the sentence itself does not say what was signed
    assert _held([q for q in questions if q.type in ("cloze", "mcq", "tf") and q.kind == "date"],
                 "does not say which agreement it is about")
    # a sentence that names what it is about keeps it
    _, facts = questions_of(lexicon, "It was the Treaty of Velm. Signed on 3 May 1990, the Brin Accord ended the war.")
    assert [f.subject for f in facts if f.kind == "date"] == ["the Brin Accord"]


def test_agreements_counted_in_the_plural_are_none_named(lexicon):
    _, facts = questions_of(lexicon, "The Treaty of Velm, signed on 22 June 1965, declared that all treaties concluded "
                                     "on or before 22 August 1910 were null and void.")
    assert {f.value: f.subject for f in facts if f.kind == "date"} == {"1965-06-22": "the Treaty of Velm",
                                                                       "1910-08-22": ""}


def test_the_date_of_a_described_agreement_is_its_own(lexicon):
    _, facts = questions_of(lexicon, "Marnia kept the islands until after the Salt War, and they passed to Osk under "
                                     "the Brin peace treaty of 10 February 1947.")
    assert [(f.subject, f.predicate) for f in facts if f.kind == "date"] == [("the Brin peace treaty", "signed")]


def test_the_same_date_refers_to_another_sentence(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Treaty was signed on 10 March 1909. An exchange of notes of the same "
                                         "date replaced the Secret Convention of 6 April 1897.")
    assert _held([q for q in questions if q.type == "cloze" and "1897" in q.answer], "“the same date” refers")


# -- reviews 403-410 ---------------------------------------------------------------

def test_a_date_in_a_clause_of_time_with_its_own_verb_is_that_clauses(lexicon):
    _, facts = questions_of(lexicon, "The Treaty of Velm was signed six days before the Council of Ministers opened in "
                                     "Brin on 10 March 1947.",
                            "The Osk War began when Marnian forces shelled the fort on 28 June 1922.")
    dated = {f.value: (f.subject, f.predicate) for f in facts if f.kind == "date"}
    assert dated["1947-03-10"][1] != "signed"
    # "when" makes the two one day
    assert dated["1922-06-28"] == ("the Osk War", "occurred")
