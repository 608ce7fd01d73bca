"""Reviews 315-330: openers and nouns that lean on the sentence before ("The result was", "the hall", "in
return"); a noun straight after "to" is a verb; the parties a copula lists, and a participle's own; a starting
verb asked as itself; an "it" or an unnamed agreement before a name that comes later; a seat that is a
place; a latitude's pole; a joined clause's own named subject; "the Treaty of Velm" and "the Velm Treaty" as
one; a step after the last signature; a date after "the Peace of Velm of"; an open bound in a cloze.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

from own_article import questions_of


def _held(questions, reason: str) -> bool:
    return bool(questions) and all(any(reason in c for c in q.checks) for q in questions)


def _parties(facts) -> dict[str, str]:
    return {f.subject: f.value for f in facts if f.kind == "parties"}


def test_the_result_was_opens_with_a_word_that_leans_back(lexicon):
    questions, _ = questions_of(lexicon, "Velmora and Osk talked for nine years. The result was the Velm Accord, "
                                         "signed in Brin on 19 September 1960.")
    cloze = [q for q in questions if q.type == "cloze" and "19 September 1960" in q.question]
    assert _held(cloze, "leans on the sentence before")
    # the short question names the accord itself, and stays ready
    assert [q.checks for q in questions if q.type == "short"] == [[]]


def test_a_definite_result_hall_or_question_with_nothing_after_it_is_vague(lexicon):
    for sentence, noun in (("The Final Act of 121 articles, with annexes on the Velm river, was the result.",
                            "the result"),
                           ("The hall, 73 metres long with 357 mirrors, was finished in 1684.", "The hall"),
                           ("When Velmora regained its independence in 1991, the question came back.",
                            "the question")):
        questions, _ = questions_of(lexicon, sentence)
        assert _held([q for q in questions if q.type == "cloze"], f"“{noun}” does not say which one"), sentence
    questions, _ = questions_of(lexicon, "The question of Velm was settled by the Brin Accord in 1990.")
    assert not any("“the question”" in c for q in questions for c in q.checks)


def test_congress_is_vague_in_lower_case_only(lexicon):
    questions, _ = questions_of(lexicon, "The first part of the book traces the road from the Brin Accord of "
                                         "30 May 1814 to the congress.")
    assert _held([q for q in questions if q.type == "cloze"], "“the congress” does not say which one")
    questions, _ = questions_of(lexicon, "Congress answered with the Velm Relations Act, signed on 10 April 1979.")
    assert not any("Congress" in c for q in questions for c in q.checks)


def test_a_noun_after_to_is_a_verb_so_a_bare_article_number_is_still_unowned(lexicon):
    questions, _ = questions_of(lexicon, "In 1974 Turkey maintained that Article IV entitled it to act alone.")
    assert _held([q for q in questions if q.type == "cloze"], "“Article IV” does not say of which text")


def test_a_participle_after_another_noun_gives_that_nouns_parties(lexicon):
    _, facts = questions_of(lexicon, "The Orsk Treaty gave effect to the settlement reached by Greece and Turkey "
                                     "on 4 May 1990.")
    assert "the Orsk Treaty" not in _parties(facts)
    # ... but an apposition is the agreement itself
    _, facts = questions_of(lexicon, "The Marn Treaty, a short text signed by Greece and Turkey in 1988, ended "
                                     "the war.")
    assert _parties(facts) == {"the Marn Treaty": "Greece and Turkey"}


def test_its_parties_are_a_list(lexicon):
    _, facts = questions_of(lexicon, "The Velm Treaty was signed at Brin on 16 August 1960. Its parties are the "
                                     "Republic of Cyprus, Greece, Turkey and the United Kingdom.")
    assert _parties(facts) == {"the Velm Treaty": "Cyprus, Greece, Turkey and United Kingdom"}
    _, facts = questions_of(lexicon, "The signatories to the Treaty of Velm were Greece and Turkey.")
    assert _parties(facts) == {"the Treaty of Velm": "Greece and Turkey"}


def test_a_starting_verb_is_asked_as_itself_even_after_a_place(lexicon):
    questions, _ = questions_of(lexicon, "The Brin Peace Conference opened at the Foreign Ministry on the Quai "
                                         "Velm on 18 January 1919.")
    assert [(q.question, q.checks) for q in questions if q.type == "short"] == \
        [("When did the Brin Peace Conference open?", [])]
    questions, _ = questions_of(lexicon, "The Salt War broke out in 1914.")
    assert [q.question for q in questions if q.type == "short"] == ["In what year did the Salt War break out?"]


def test_in_return_inside_a_sentence_leans_back_unless_it_says_for_what(lexicon):
    questions, _ = questions_of(lexicon, "In June 1878 Britain promised in return to defend the Velm provinces "
                                         "against Russia.")
    assert _held([q for q in questions if q.type == "cloze"], "“in return” leans on the sentence before")
    questions, _ = questions_of(lexicon, "In 1990 Britain paid Russia in return for the Velm mines.")
    assert not any("in return" in c for q in questions for c in q.checks)


def test_a_signed_unnamed_agreement_keeps_its_date_from_a_name_after_it(lexicon):
    _, facts = questions_of(lexicon, "In 2005 Estonia and Russia signed a border treaty, and the Estonian "
                                     "parliament ratified it on 20 June 2005 with a preamble that mentioned the "
                                     "Tartu treaty.")
    assert not [f for f in facts if f.kind == "date" and f.subject]


def test_an_it_before_the_date_is_not_the_agreement_named_after_it(lexicon):
    questions, facts = questions_of(lexicon, "The Velm Treaty of 1713 gave Marnia to Osk.",
                                    "After the French interlude it came back to Osk in 1763, and it was returned "
                                    "to Brin under the Treaty of Amiens in 1802.")
    assert not [f for f in facts if f.value == "1763" and f.subject == "the Treaty of Amiens"]
    assert _held([q for q in questions if q.type == "cloze" and "[[1763]]" in q.question],
                 "“it” refers to something outside the question")


def test_a_seat_after_a_place_preposition_is_no_party(lexicon):
    _, facts = questions_of(lexicon, "On the North Lawn of the White House, Egypt and Israel signed the Velm "
                                     "Accord on 26 March 1979.")
    assert _parties(facts) == {"the Velm Accord": "Egypt and Israel"}


def test_no_latitude_lure_is_the_pole(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Treaty covers everything south of 60 degrees South latitude, "
                                         "including all ice shelves.",
                                "The Brin station of 1957 stands at the pole itself, at 90 degrees South latitude.")
    [mcq] = [q for q in questions if q.type == "mcq" and "everything south of _____" in q.question]
    assert len(mcq.choices) == 4 and not any(c.startswith(("90 ", "100 ", "120 ")) for c in mcq.choices), mcq.choices


# -- reviews 323-330 ----------------------------------------------------------------------------------

def test_a_joined_clause_with_its_own_named_subject_names_the_date(lexicon):
    questions, _ = questions_of(lexicon, "Velmora closed the port in 1990, and Ivo Brandt resigned on 2 May 1991.")
    [cloze] = [q for q in questions if q.type == "cloze" and "[[2 May 1991]]" in q.question]
    assert cloze.checks == []
    # the first clause's date is still the unnamed port's
    [first] = [q for q in questions if q.type == "cloze" and "[[1990]]" in q.question]
    assert any("does not name what this date belongs to" in c for c in first.checks)


def test_a_peoples_parliament_is_a_named_subject(lexicon):
    questions, _ = questions_of(lexicon, "Velmora closed the port in 1990, and the Estonian parliament met in "
                                         "Brin on 20 June 2005.")
    [cloze] = [q for q in questions if q.type == "cloze" and "[[20 June 2005]]" in q.question]
    assert cloze.checks == []


def test_treaty_of_a_place_and_the_place_treaty_are_one_agreement(lexicon):
    questions, facts = questions_of(lexicon, "The rules were rewritten by the Treaty of Velm. It was signed on "
                                             "13 December 2007 in Brin.",
                                    "The Velm Treaty entered into force on 1 December 2009.")
    assert {f.subject for f in facts if f.kind == "date"} == {"the Treaty of Velm"}
    assert [q.question for q in questions if q.type == "short"] == [
        "When was the Treaty of Velm signed?", "When did the Treaty of Velm enter into force?"]


def test_a_step_after_the_last_signature_has_no_earlier_choice(lexicon):
    questions, _ = questions_of(lexicon,
                                "The Velm Treaty was signed on 13 December 2007. Irish voters rejected the treaty "
                                "on 12 June 2008 and approved it on 2 October 2009.",
                                "The last signature came from President Ivo Brandt on 3 November 2009, and the "
                                "treaty entered into force on 1 December 2009.")
    [mcq] = [q for q in questions if q.type == "mcq" and q.answer == "1 December 2009"]
    assert all(c == "1 December 2009" or c.endswith(("2010", "2011", "2012", "2013", "2014")) or "2009" in c
               and c.split()[1] in ("November", "December") for c in mcq.choices), mcq.choices
    tf = []
    for name in ("Velm", "Orsk", "Brin", "Marn", "Ostrel", "Tessa"):
        questions, _ = questions_of(lexicon,
                                    f"The {name} Treaty was signed on 13 December 2007. Irish voters rejected the "
                                    "treaty on 12 June 2008 and approved it on 2 October 2009. It was amended on "
                                    "1 March 2011 and on 4 May 2014.",
                                    "The last signature came from President Ivo Brandt on 3 November 2009, and the "
                                    "treaty entered into force on 1 December 2009.")
        tf += [q for q in questions if q.type == "tf" and q.answer == "False" and "on 3 November 2009," in q.question]
    assert tf and all("October 2009" not in q.question and "2008" not in q.question for q in tf), \
        [q.question for q in tf]


def test_a_date_after_a_named_peace_of_a_place_is_when_it_was_made(lexicon):
    questions, _ = questions_of(lexicon, "The Treaty of Brin confirmed the Religious Peace of Velm of 1555 and "
                                         "extended it to the Reformed.")
    assert [q.question for q in questions if q.type == "short"] == ["In what year was the Peace of Velm signed?"]


def test_an_open_bound_cloze_is_held_but_not_over_a_span_of_years(lexicon):
    questions, _ = questions_of(lexicon, "The Treaty of Velm was signed on 24 December 1814, after more than "
                                         "four months of talks.")
    [cloze] = [q for q in questions if q.type == "cloze" and "[[four months]]" in q.question]
    assert "“more than …” is true of a smaller answer too" in cloze.checks
    questions, _ = questions_of(lexicon, "Under the Velm Charter, Ghana will contribute $4.5 million over "
                                         "three years to the secretariat.")
    assert not any("more than" in c for q in questions for c in q.checks)


def test_a_key_figure_label_opens_no_sentence(lexicon):
    questions, _ = questions_of(lexicon, "175: the number of states that signed the Velm Accord in Brin on "
                                         "22 April 2016, the first day it was open for signature.")
    assert _held([q for q in questions if q.type in ("cloze", "mcq", "tf")], "opens with a box's label (“175:”)")


def test_a_party_list_that_goes_on_with_others_gives_no_parties(lexicon):
    _, facts = questions_of(lexicon, "The Velm Agreement was reached by the British and Irish governments and "
                                     "eight Northern Ireland parties on 10 April 1998.")
    assert _parties(facts) == {}
    _, facts = questions_of(lexicon, "The Brin Accord was signed by Greece and Turkey in 1990 and ratified by "
                                     "both in 1991.")
    assert _parties(facts) == {"the Brin Accord": "Greece and Turkey"}


# -- reviews 331-338 ----------------------------------------------------------------------------------

def test_a_count_and_a_noun_in_a_title_name_no_agreement(lexicon):
    from quizgen.model import Article
    from quizgen.extract import extract_facts
    article = Article(slug="own", title="Our Club: One Treaty, One Long Weekend", paragraphs=(
        "If you walked past Room 9 on a Tuesday, you heard us. We spent the year on the Treaty on the "
        "Non-Proliferation of Velm Weapons, better known as the NPVW.",
        "The NPVW was opened for signature on 1 July 1968. Ireland's minister was the first to sign it. The treaty "
        "entered into force on 5 March 1970."))
    facts = extract_facts(article, lexicon)
    assert {f.value: f.subject for f in facts if f.kind == "date"}["1970-03-05"] == \
        "the Treaty on the Non-Proliferation of Velm Weapons"


def test_a_verb_after_a_states_name_is_no_agreement(lexicon):
    _, facts = questions_of(lexicon, "The Velm Accord was signed on 4 May 1990.",
                            "Ministers said in 1991 that it was important that the United States act together "
                            "with its allies. The Security Council endorsed it on 20 July 1991.")
    assert not [f for f in facts if "United States act" in f.subject]


def test_an_opening_after_clause_ends_before_the_main_clauses_date(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Convention was adopted on 30 May 2008. Meetings followed in Lima "
                                         "in May 2007, in Vienna in December 2007 and in Wellington in February 2008.",
                                "After talks on a mandate failed in November 2006, Norway invited states to a "
                                "conference in Oslo on 22 and 23 February 2007.")
    [mcq] = [q for q in questions if q.type == "mcq" and q.answer == "November 2006"]
    assert all(c.endswith(("2002", "2003", "2004", "2005", "2006")) for c in mcq.choices), mcq.choices


def test_a_clause_joined_on_its_own_date_keeps_the_order(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Treaty was signed on 6 February 1840. Claims were heard in 1987, "
                                         "in 1990 and in 1995.",
                                "In 1975 Parliament set up the Velm Tribunal to hear claims, and from 1985 the "
                                "Tribunal could hear claims going back to 1840.")
    [mcq] = [q for q in questions if q.type == "mcq" and q.answer == "1975"]
    assert all(int(c) < 1985 for c in mcq.choices), mcq.choices


def test_a_day_next_is_the_first_such_day_after_the_articles_date(lexicon):
    from quizgen.extract.dates import find_dates
    assert [d.value for d in find_dates("By the treaty the town passes to us on 1 March next.", lexicon,
                                        "1824-08-14")] == ["1825-03-01"]
    assert [d.value for d in find_dates("The pact was signed on 9 September last.", lexicon,
                                        "1824-08-14")] == ["1823-09-09"]
    assert [d.value for d in find_dates("The pact was signed on 9 May.", lexicon, "1824-08-14")] == ["1824-05-09"]


def test_a_name_also_called_another_is_one_agreement(lexicon):
    questions, facts = questions_of(lexicon, "The Velm–Orsk Treaty of 1824, also called the Treaty of Brin, was "
                                             "signed on 17 March 1824.",
                                    "The Treaty of Brin entered into force on 2 June 1825.")
    assert {f.subject for f in facts if f.kind == "date"} == {"the Velm–Orsk Treaty"}


def test_a_chats_speaker_and_time_open_no_sentence(lexicon):
    questions, _ = questions_of(lexicon, "Priya (21:24): also Ivo Brandt got the Velm Prize for the Orsk Treaty "
                                         "in 1906.")
    assert _held([q for q in questions if q.type in ("cloze", "mcq", "tf")], "(“Priya (21:24):”)")


def test_a_day_that_comes_round_every_year_is_no_date(lexicon):
    _, facts = questions_of(lexicon, "The Velm Treaty was signed on 17 May 1814.",
                            "That is why every 17 May, the people of Brin fill the streets.")
    assert [f.value for f in facts if f.kind == "date"] == ["1814-05-17"]


def test_a_named_subject_with_an_aside_names_its_verbs_date(lexicon):
    questions, _ = questions_of(lexicon, "The Dutch gave up Malacca in 1824.",
                                "Malacca, Dutch since 1641 and British from 1795 to 1818, joined the Straits "
                                "Settlements in 1826.")
    [cloze] = [q for q in questions if q.type == "cloze" and "[[1826]]" in q.question]
    assert cloze.checks == []


# -- reviews 339-346 ----------------------------------------------------------------------------------

def test_names_in_a_fronted_phrase_are_not_what_it_stands_for(lexicon):
    questions, _ = questions_of(lexicon, "After the Allied breakthrough at Dobro Pole it signed the Armistice of "
                                         "Velm on 29 September 1918.")
    assert _held([q for q in questions if q.type == "cloze"], "“it” refers to something outside the question")


def test_passed_it_to_a_state_hands_over_and_adopts_nothing(lexicon):
    questions, facts = questions_of(lexicon, "The Treaty of Velm was signed on 27 November 1919.",
                                    "Marnia lost Western Osk to the Allies, who passed it to Greece in 1920.")
    assert not [f for f in facts if f.value == "1920" and f.subject]
    assert not any("(the Treaty of Velm)" in q.question for q in questions if "1920" in q.question)


def test_an_agreement_named_only_to_say_when_has_none_of_the_sentences_parties(lexicon):
    _, facts = questions_of(lexicon, "On 14 September 1993 Israel and Jordan agreed a Common Agenda in Washington, "
                                     "one day after the Velm Accords.")
    assert _parties(facts) == {}


def test_that_and_a_noun_after_a_verb_of_saying_point_back(lexicon):
    questions, _ = questions_of(lexicon, "The Irish Brigade is supposed to have shouted that line as it charged at "
                                         "Fontenoy on 11 May 1745.")
    assert _held([q for q in questions if q.type == "cloze"], "“that line” refers to something outside the question")


def test_a_capitalised_word_of_its_own_makes_a_vague_noun_a_name(lexicon):
    questions, _ = questions_of(lexicon, "The Holy League was formed at Linz on 5 March 1684.")
    [cloze] = [q for q in questions if q.type == "cloze"]
    assert cloze.checks == []
    questions, _ = questions_of(lexicon, "The League was formed on 5 March 1920.")
    assert _held([q for q in questions if q.type == "cloze"], "does not name what this date belongs to")


def test_a_named_subject_and_himself_name_the_date(lexicon):
    questions, _ = questions_of(lexicon, "Patrick Sarsfield held Limerick. Sarsfield himself sailed from Cork on "
                                         "22 December 1691.")
    [cloze] = [q for q in questions if q.type == "cloze" and "[[22 December 1691]]" in q.question]
    assert cloze.checks == []


def test_a_named_owners_group_names_the_date_but_not_its_decision(lexicon):
    questions, _ = questions_of(lexicon, "The army sent George Custer west. Custer's expedition found gold in the "
                                         "Velm Hills in July 1874.")
    [cloze] = [q for q in questions if q.type == "cloze" and "[[July 1874]]" in q.question]
    assert cloze.checks == []
    questions, _ = questions_of(lexicon, "The army sent George Custer west. Custer's decision was announced in "
                                         "July 1874.")
    assert _held([q for q in questions if q.type == "cloze"], "does not name what this date belongs to")


def test_a_quantifier_alone_as_the_subject_leans_back(lexicon):
    questions, _ = questions_of(lexicon, "Both confirmed the Velm treaties and raised the indemnity to eight million "
                                         "taels in 1860.")
    assert _held([q for q in questions if q.type == "cloze"], "“Both” refers to something outside the question")
    questions, _ = questions_of(lexicon, "Both governments confirmed the Velm Treaty in 1860.")
    assert not any("“Both”" in c for q in questions for c in q.checks)


def test_you_reads_as_the_student(lexicon):
    questions, _ = questions_of(lexicon, "You will have to wait for the Treaty of Velm in 1718 to take Brin.")
    assert _held([q for q in questions if q.type == "cloze"], "“You” is the hearer's word")


# -- reviews 347-354 ----------------------------------------------------------------------------------

def test_a_bold_line_opening_a_box_is_its_heading(lexicon, tmp_path):
    from own_article import read_article
    article = read_article(tmp_path, "# Chapter Four\n\nThe notary wrote home.\n\n"
                                     "> **Notes: The Treaty of Velm**\n"
                                     "> The Treaty of Velm was signed on 10 February 1763 by Britain and France.\n")
    assert article.paragraphs[-1].startswith("The Treaty of Velm was signed")
    assert (1, 4, "Notes: The Treaty of Velm") in article.headings


def test_the_price_was_opens_with_a_word_that_leans_back(lexicon):
    questions, _ = questions_of(lexicon, "The price was the Convention of Velm, signed by Ivo Brandt and Ana Ruiz on "
                                         "14 November 1860.")
    assert _held([q for q in questions if q.type == "cloze"], "opens with a word that leans on the sentence before")


def test_what_a_verb_of_proposing_takes_is_what_it_stands_for(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Treaty was signed in Brin on 24 March 1992.",
                                "Ivo Brandt proposed mutual aerial observation at the Orsk summit in July 1955, and "
                                "Marnia rejected it.")
    assert not any("(the Velm Treaty)" in q.question for q in questions), [q.question for q in questions]


def test_a_state_is_not_who_his_stands_for(lexicon):
    questions, _ = questions_of(lexicon, "Stettin passed to Prussia only in 1720, under his grandson.")
    assert _held([q for q in questions if q.type == "cloze"], "“his” refers to something outside the question")


def test_an_article_number_in_another_clause_than_the_agreement_is_unowned(lexicon):
    questions, _ = questions_of(lexicon, "Article VII set the boundary along the middle of the Velm; but by the secret "
                                         "Treaty of Brin of 3 November 1762 France gave Orsk to Spain.")
    assert _held([q for q in questions if q.type == "cloze"], "“Article VII” does not say of which text")


def test_a_name_given_is_no_stance(lexicon):
    _, facts = questions_of(lexicon, "Soviet and Chinese troops fought on Damansky Island, which China calls Zhenbao, "
                                     "in March 1969.")
    assert not [f for f in facts if f.kind == "position"]
    _, facts = questions_of(lexicon, "Britain called the Velm Treaty a mistake.")
    assert [f.value for f in facts if f.kind == "position"] == ["United Kingdom"]


# -- reviews 355-362 ----------------------------------------------------------------------------------

def test_a_name_after_says_that_opens_the_reported_clause_is_no_speaker(lexicon):
    questions, _ = questions_of(lexicon, "My textbook says Commodore Perry 'opened Velm' with the Treaty of Brin in "
                                         "1854.")
    assert _held([q for q in questions if q.type == "cloze"], "“My” is the speaker's own word")
    questions, _ = questions_of(lexicon, "\"Our envoys met in 1974,\" said Ruiz, the Velm delegate.")
    assert not any("speaker's own word" in c for q in questions for c in q.checks)


def test_we_all_know_as_speaks_for_everyone(lexicon):
    questions, _ = questions_of(lexicon, "On 22 January 1963 the two leaders signed the treaty which we all know as "
                                         "the Velm Treaty.")
    assert not any("speaker's own word" in c for q in questions for c in q.checks)


def test_a_briefs_record_citation_is_no_part_of_the_sentence(lexicon, tmp_path):
    from own_article import read_article
    article = read_article(tmp_path, "# Statement of Facts\n\n1. The Senate considered the Velm Treaty in secret "
                                     "session beginning 8 June 1795 [R. 31]. It approved the treaty [App. 12–14].\n")
    assert "[R. 31]" not in article.text and "[App." not in article.text


def test_a_catechisms_answer_label_leans_on_its_question(lexicon):
    questions, _ = questions_of(lexicon, "A. In the winter of 1838 the lumbermen of Velm and Brin came to blows over "
                                         "the Orsk valley.")
    assert _held([q for q in questions if q.type == "cloze"], "opens with a word that leans on the sentence before")
    questions, _ = questions_of(lexicon, "A. Smith signed the Velm Treaty in 1990.")
    assert not any("leans on the sentence before" in c for q in questions for c in q.checks)


def test_the_palace_and_those_states_point_back(lexicon):
    questions, _ = questions_of(lexicon, "The Treaty of Velm was signed in the palace on 7 March 1714.")
    assert _held([q for q in questions if q.type == "cloze"], "“the palace” does not say which one")
    questions, _ = questions_of(lexicon, "The United States agreed in 1842 to pay each of those States $150,000.")
    assert _held([q for q in questions if q.type == "cloze" and "[[1842]]" in q.question],
                 "“those” refers to something outside the question")
    questions, _ = questions_of(lexicon, "The Velm Treaty of 1783 put the border along certain highlands, but no one "
                                         "could find those highlands in 1830.")
    assert not any("“those”" in c for q in questions for c in q.checks)


# -- reviews 363-370 ----------------------------------------------------------------------------------

def test_an_outlines_lettered_points_lose_their_letters(lexicon, tmp_path):
    from own_article import read_article
    article = read_article(tmp_path, "# Study Guide\n\n## I. Background\n\n"
                                     "A. Marnia signed the Armistice of Velm on 3 November 1918.\n\n"
                                     "B. On 12 November 1918 the Assembly in Brin proclaimed the republic.\n")
    assert article.paragraphs[0].startswith("Marnia signed") and article.paragraphs[1].startswith("On 12 November")
    article = read_article(tmp_path, "# Notes\n\nA. Smith signed the Velm Accord on 3 November 1918.\n")
    assert article.paragraphs[0].startswith("A. Smith signed")


def test_taken_into_a_war_is_no_date_of_the_war(lexicon):
    questions, _ = questions_of(lexicon, "In October 1915 Ferdinand took Bulgaria into the First World War.")
    assert not [q for q in questions if q.type == "short"]


def test_a_titles_possessive_after_and_ends_the_agreements_name(lexicon):
    from quizgen.model import Article
    from quizgen.extract import extract_facts
    article = Article(slug="own", title="HIST 214 Lecture Notes: The Treaty of Velm and Marnia's Losses", paragraphs=(
        "These notes cover the peace with Marnia.", "The treaty was signed on 4 June 1920 in the palace of Brin."))
    assert {f.subject for f in extract_facts(article, lexicon) if f.kind == "date"} == {"the Treaty of Velm"}


def test_the_base_does_not_say_which_one(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Accord was initialled at the Hope Hotel on the base on "
                                         "21 November 1995.")
    assert _held([q for q in questions if q.type == "cloze"], "“the base” does not say which one")


def test_a_count_given_away_by_names_in_groups(lexicon):
    questions, _ = questions_of(lexicon, "The Treaty of Velm was signed in 1920.",
                                "Six men signed it: Ivo Brandt, Ana Ruiz and Olaf Marn for Marnia, and Ida Velm, Tomas "
                                "Orsk and Eva Brin for the young kingdom that would later be called Osk.")
    assert _held([q for q in questions if q.type in ("cloze", "mcq") and q.kind == "quantity"],
                 "it lists the members")
