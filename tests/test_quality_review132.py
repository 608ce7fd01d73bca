"""Review 131-138: a fuzzy date's wrong choices in its own year may be the same time, and a
false statement written like the answer is the answer again; a work cited by author and year
dates nothing; a relative clause's date is its own verb's; "In return" leans on the sentence
before; "the abeyance" does not say of what; an acronym the article writes after "the".

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import re

from own_article import assert_held, questions_of


def test_a_fuzzy_date_gets_no_choice_of_its_own_year(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Treaty was signed in mid-1990.",
                                "Aldoria drained the Tarn reservoir in early May 1990 without notice.",
                                "Marnia closed its border in late 1987.")
    drained = [q for q in questions if "drained the Tarn" in q.question]
    mcq = [q for q in drained if q.type == "mcq"]
    assert mcq and not [c for c in mcq[0].choices if c != mcq[0].answer and "1990" in c], mcq[0].choices
    # a false statement never reads as the true one
    false = [q for q in drained if q.type == "tf" and q.answer == "False"]
    assert all("early May 1990" not in q.question for q in false), [q.question for q in false]


def test_a_work_cited_by_author_and_year_dates_nothing(lexicon):
    _, facts = questions_of(lexicon, "The Velm Treaty was signed on 4 May 1848 (Marsh, 1990).",
                            "It promised the settlers their land, a pledge Lindqvist (2008) shows it could not keep.",
                            "The Treaty of Tarn (1852) ended the matter.")
    years = {f.value[:4] for f in facts if f.kind == "date"}
    assert "1990" not in years and "2008" not in years, years
    # a treaty's own year in brackets is its year, not a citation
    assert "1852" in years and "1848" in years, years
    # without the text citing works, "Name (year)" is left as it is
    _, plain = questions_of(lexicon, "The border was fixed at Tarnholm (1852) after the war.")
    assert [f for f in plain if f.kind == "date" and f.value.startswith("1852")]


def test_a_date_in_a_relative_clause_is_its_own_verb_s(lexicon):
    _, facts = questions_of(lexicon, "The Velm Treaty was negotiated by Ivo Brandt, whom the king had recalled "
                                     "in May 1901, and signed at Tarn in June 1902.")
    may = [f for f in facts if f.kind == "date" and f.value == "1901-05"]
    assert may and all(f.predicate == "event" and not f.subject for f in may), \
        [(f.subject, f.predicate) for f in may]
    june = [f for f in facts if f.kind == "date" and f.value == "1902-06"]
    assert june and june[0].predicate == "signed"
    # an event noun before the clause is still the clause's event: "the conference, which opened on D"
    _, opened = questions_of(lexicon, "The Velm Conference, which opened on 10 April 1922 with delegations "
                                      "from 34 states, was an attempt to end the war.")
    assert [f for f in opened if f.kind == "date" and f.subject == "the Velm Conference"], \
        [(f.subject, f.predicate) for f in opened]


def test_in_return_leans_on_the_sentence_before(lexicon):
    questions, _ = questions_of(lexicon, "Aldoria ceded the Tarn valley to Marnia in the Velm Treaty of 1848.",
                                "In return Marnia paid $15 million.")
    paid = [q for q in questions if "paid" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert_held(paid, "leans on the sentence before")
    # "In return for ..." says for what itself
    said, _ = questions_of(lexicon, "In return for the Tarn valley, Marnia paid $15 million under the Velm Treaty.")
    paid = [q for q in said if "paid" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert paid and not [q for q in paid if any("leans on the sentence before" in c for c in q.checks)]


def test_the_abeyance_does_not_say_of_what(lexicon):
    questions, _ = questions_of(lexicon, "India put the Velm Treaty in abeyance on 4 May 2020.",
                                "Pakistan denounced the abeyance as a breach of law.")
    denounced = [q for q in questions if q.kind == "position"]
    assert_held(denounced, "“the abeyance” does not say which one")
    # the sentence that says what was put in abeyance says which one
    both, _ = questions_of(lexicon, "On 4 May 2020 India declared the Velm Treaty in abeyance, while Pakistan "
                                    "called the abeyance an unlawful act of war.")
    dated = [q for q in both if q.kind == "date" and q.type in ("cloze", "mcq", "tf")]
    assert dated and not [q for q in dated if any("abeyance" in c for c in q.checks)]
    called = [q for q in both if q.kind == "position" and "called the abeyance" in q.question]
    assert_held(called, "“the abeyance” does not say which one")


def test_an_acronym_the_article_writes_after_the_keeps_it(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Peace Agreement (VPA) was signed in Tarn on 9 January 2005.",
                                "The VPA ended a war of twenty years.")
    shorts = [q for q in questions if q.type == "short" and "signed" in q.question]
    assert shorts and shorts[0].question == "When was the VPA signed?", [q.question for q in shorts]
    # one the article writes bare, as a word, stays bare
    bare, _ = questions_of(lexicon, "The Velm Agreement on Trade (VAT) was signed in Tarn on 9 January 2005.",
                           "Aldoria left VAT in 2010, and Marnia joined VAT in 2012.")
    shorts = [q for q in bare if q.type == "short" and "signed" in q.question]
    assert shorts and "the VAT" not in shorts[0].question, [q.question for q in shorts]


def test_a_date_alone_heading_an_entry_gives_no_question(lexicon):
    questions, facts = questions_of(lexicon, "12 May 1815.", "The envoys of Aldoria signed the Velm Treaty on 14 May.")
    assert not [q for q in questions if q.question.strip("[]. ") in ("12 May 1815", "_____")
                or "12 May 1815" in q.sentence], [q.question for q in questions]
    # its year still dates the entry's own days
    assert [f for f in facts if f.kind == "date" and f.value == "1815-05-14"], [(f.kind, f.value) for f in facts]


def test_a_side_named_with_the_opening_a_sentence_owns_its_date(lexicon):
    opening = "Marnia and Aldoria met at Tarn in 1990, and the Philippines sent an observer."
    questions, _ = questions_of(lexicon, opening, "The Philippines served Marnia with a notice of claim on 22 January 2013.")
    served = [q for q in questions if "served Marnia" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert served and not [q for q in served if any("does not name what this date" in c for c in q.checks)], \
        [(q.question, q.checks) for q in served]
    # an office or a body after "The" names no one
    questions, _ = questions_of(lexicon, opening, "The Prime Minister resigned on 4 May 1991.",
                                "The Supreme Court ruled on 9 June 1992 that the law was void.")
    assert_held([q for q in questions if ("resigned" in q.question or "ruled on" in q.question)
                 and q.type in ("cloze", "mcq", "tf")], "does not name what this date belongs to")


def test_a_weight_with_nothing_it_weighs_does_not_say_of_what(lexicon):
    opening = "Marnia and Aldoria met at Tarn in 1990, and the Philippines sent an observer."
    questions, _ = questions_of(lexicon, opening, "The Philippines declared about 28,000 tonnes.")
    assert_held([q for q in questions if q.kind == "quantity"], "does not name what this number belongs to")
    questions, _ = questions_of(lexicon, opening, "The Philippines declared about 28,000 tonnes of rice.")
    asked = [q for q in questions if "of rice" in q.question and q.type == "cloze"]
    assert asked and not asked[0].checks, [(q.question, q.checks) for q in asked]


def test_a_named_subject_of_a_relative_clause_owns_its_date(lexicon):
    opening = "Marnia and Aldoria met at Tarn in 1980, and Tessaly and Ivo Brandt were there."
    questions, _ = questions_of(lexicon, opening, "Ivo Brandt, who resigned on 2 May 1990, died in 1991.")
    resigned = [q for q in questions if "[[2 May 1990]]" in q.question]
    assert resigned and not resigned[0].checks, [(q.question, q.checks) for q in resigned]
    # the main clause's own date after it is the same subject's: the name opens the sentence
    died = [q for q in questions if "[[1991]]" in q.question]
    assert died and not died[0].checks, [(q.question, q.checks) for q in died]


def test_an_agreement_named_as_an_object_is_no_surer_than_one_named_before(lexicon):
    questions, _ = questions_of(lexicon, "Leaders met in Tarn on Friday.",
                                "The Tarn Trade Agreement was concluded on 6 December 2024.",
                                "Marnia was founded by the Treaty of Velm in 1991.",
                                "Tessaly, which joined in July 2024, is not a party to the agreement.")
    asked = [q for q in questions if "Tessaly, which joined" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert asked and not [q for q in asked if "(the Treaty of Velm)" in q.question], [q.question for q in asked]
    assert_held(asked, "“the agreement” does not say which one")


def test_a_peace_of_a_place_is_an_agreement_and_the_treaty_may_mean_it(lexicon):
    questions, facts = questions_of(lexicon, "Readers of the novel will want to know what is true.",
                                    "The treaty was signed on 30 August 1721 in a house by the harbour.",
                                    title="Historical Note: The Peace of Velm")
    signed = [q for q in questions if q.type == "short" and "signed" in q.question]
    assert signed and signed[0].question == "When was the Peace of Velm signed?", [q.question for q in signed]
    # "peace" alone names nothing
    _, plain = questions_of(lexicon, "Ivo Brandt won the Tarn Peace Prize in 1990.")
    assert not [f for f in plain if "Peace" in f.subject], [f.subject for f in plain]


def test_the_title_s_agreement_is_what_the_treaty_means_when_the_sentence_before_names_no_other(lexicon):
    questions, _ = questions_of(lexicon, "Last time we finished with the Treaty of Tarn of 1783.",
                                "Today we go north.",
                                "The two envoys signed the treaty on 9 August 1842.",
                                title="Lecture 9: The Velm–Orsk Treaty of 1842")
    asked = [q for q in questions if "9 August 1842" in q.sentence and q.type == "cloze"]
    assert asked and "the treaty (the Velm–Orsk Treaty)" in asked[0].question, [q.question for q in asked]


def test_a_headline_s_capitals_after_a_name_are_no_part_of_it(lexicon):
    questions, _ = questions_of(lexicon, "The Treaty of Velm was signed on 4 May 1923.",
                                "The treaty entered into force on 6 August 1924.",
                                title="Did the Treaty of Velm Make Aldoria Pay Alone?")
    shorts = [q.question for q in questions if q.type == "short"]
    assert "When did the Treaty of Velm enter into force?" in shorts, shorts


def test_did_you_know_tells_the_statement_after_that(lexicon):
    questions, _ = questions_of(lexicon, "Did you know… that the Velm Treaty was signed in Tarn on 22 January 1963?")
    cloze = [q for q in questions if q.type == "cloze"]
    assert cloze and cloze[0].question == "The Velm Treaty was signed in Tarn on [[22 January 1963]]." \
        and not cloze[0].checks, [(q.question, q.checks) for q in cloze]
    # a real question still asks
    asked, _ = questions_of(lexicon, "Why did Aldoria sign the Velm Treaty in 1963?")
    assert_held([q for q in asked if q.type == "cloze"], "is a question, not a statement")


def test_a_name_with_an_accented_capital_is_a_name(lexicon):
    questions, _ = questions_of(lexicon, "The Éstrel Treaty was signed in Tarn on 22 January 1963.")
    assert "When was the Éstrel Treaty signed?" in [q.question for q in questions if q.type == "short"]


def test_a_title_runs_on_through_of_an(lexicon):
    _, facts = questions_of(lexicon, "The Treaty for the Restoration of an Independent Aldoria was signed on 15 May 1955.")
    assert [f for f in facts if f.subject == "the Treaty for the Restoration of an Independent Aldoria"], \
        [f.subject for f in facts]


def test_a_date_that_opens_a_later_clause_with_its_own_subject_is_not_the_first_clause_s(lexicon):
    _, facts = questions_of(lexicon, "The Velm Accords were signed in 1978.",
                            "The Tarn Assembly approved the accords by 84 votes to 19, and in October 1978 Ivo Brandt "
                            "and Ana Ruiz were named joint winners of the Tarn Prize.")
    october = [f for f in facts if f.kind == "date" and f.value == "1978-10"]
    assert october and october[0].predicate == "event" and not october[0].subject, \
        [(f.subject, f.predicate) for f in october]


def test_in_response_leans_on_the_sentence_before(lexicon):
    questions, _ = questions_of(lexicon, "In response, the Tarn League suspended Aldoria's membership in 1979.")
    assert_held([q for q in questions if q.type in ("cloze", "mcq", "tf")], "leans on the sentence before")


def test_a_source_label_before_a_colon_is_no_part_of_the_statement(lexicon):
    questions, _ = questions_of(lexicon, "Background, from pool colleagues and the press office: the Velm deal was "
                                         "announced on 13 August 2020.")
    cloze = [q for q in questions if q.type == "cloze"]
    assert cloze and cloze[0].question.startswith("The Velm deal was announced on"), [q.question for q in cloze]


def test_the_motion_does_not_say_which_one(lexicon):
    questions, _ = questions_of(lexicon, "The motion was proposed by the two groups in protest at the raid of 24 February 2022.")
    assert_held([q for q in questions if q.type in ("cloze", "mcq", "tf")], "“The motion” does not say which one")


def test_joined_before_a_verb_of_saying_does_not_say_what(lexicon):
    questions, _ = questions_of(lexicon, "Aldoria and Marnia signed the Velm Accords in 2020.",
                                "Tessaly has not joined and says it keeps to the 2002 Tarn Initiative.")
    assert_held([q for q in questions if "has not joined" in q.question], "“joined” does not say what")


def test_the_end_of_a_war_is_not_when_it_took_place(lexicon):
    questions, _ = questions_of(lexicon, "At the end of the Velm War in 1945, Aldoria was occupied by four powers.",
                                "The Tarn War broke out in 1912.")
    shorts = [q for q in questions if q.type == "short" and "take place" in q.question]
    assert_held(shorts, "not the whole event")


def test_a_longer_date_line_dates_the_article_and_gives_no_question(lexicon):
    questions, _ = questions_of(lexicon, "Sixth Tarn Assembly, Plenary Meeting — 2 April 2013",
                                "The Velm Treaty was the product of work begun by the Tarn Assembly in 2006.",
                                "Aldoria signed the Velm Treaty on 3 June 2013.")
    assert not [q for q in questions if "Plenary" in q.question], [q.question for q in questions]
    mcq = [q for q in questions if q.type == "mcq" and "begun by" in q.question]
    # no wrong choice after the day the article was written
    assert mcq and all(int(c[-4:]) <= 2013 for c in mcq[0].choices), mcq[0].choices


def test_a_representative_of_a_side_speaks_for_it(lexicon):
    _, facts = questions_of(lexicon, "The Velm Treaty was adopted on 2 April 2013.",
                            "The representative of Iran rejected the text as unbalanced.",
                            "Russia's delegate argued that the text was weak.")
    held = {(f.value, f.predicate) for f in facts if f.kind == "position"}
    assert ("Iran", "rejected") in held and ("Russia", "argued") in held, held


def test_a_position_names_the_treaty_its_sentence_refers_to(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Treaty was adopted on 2 April 2013.",
                                "Russia argued that the treaty did not ban sales to rebels.")
    tf = [q for q in questions if q.kind == "position" and q.type == "tf" and q.answer == "True"]
    assert tf and tf[0].question == "Russia argued that the treaty (the Velm Treaty) did not ban sales to rebels." \
        and not tf[0].checks, [(q.question, q.checks) for q in tf]


def test_a_position_keeps_no_cut_source_bracket_nor_a_second_full_stop(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Protocol was signed in 1848.",
                                "France later denied that the protocol had any binding force (Marsh del Rio, 1990).",
                                "Russia called the protocol \"the most successful agreement to date.\"")
    statements = [q.question for q in questions if q.kind == "position" and q.type == "tf"]
    assert "France denied that the protocol (the Velm Protocol) had any binding force." in statements, statements
    assert not [s for s in statements if s.endswith('.".')], statements
    assert any(s.endswith('to date."') for s in statements), statements


def test_a_date_in_the_russian_calendar_is_the_same_day(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Convention was signed in Tarn on 31 August 1907 "
                                         "(18 August in the Russian calendar).")
    shorts = [q for q in questions if q.type == "short" and not q.checks]
    assert [q.answer for q in shorts] == ["31 August 1907"], [(q.answer, q.checks) for q in shorts]


def test_a_lower_case_committee_is_named_or_held(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Treaty was signed on 28 June 1919.",
                                "The committee reported the treaty on 10 September 1919.",
                                "Lodge chaired the Tarn Foreign Relations Committee.",
                                "The committee met again on 3 October 1919.")
    first = [q for q in questions if "10 September" in q.sentence and q.type == "cloze"]
    assert_held(first, "“The committee” does not say which one")
    later = [q for q in questions if "3 October" in q.sentence and q.type == "cloze"]
    assert later and "The committee (the Tarn Foreign Relations Committee)" in later[0].question


def test_it_that_became_a_party_is_no_agreement_named_before(lexicon):
    questions, _ = questions_of(lexicon, "Aldoria gave up its arms in the 1990s.",
                                "Under the Tarn Protocol of 23 May 1992 it became a party to the Velm Treaty.")
    assert_held([q for q in questions if "it became a party" in q.question], "“it” refers to something outside")


def test_a_document_signed_on_a_date_is_no_agreement_named_before_it(lexicon):
    _, facts = questions_of(lexicon, "In 1992 Aldoria joined the Velm Treaty, and in the Trilateral Statement "
                                     "signed in Orsk on 14 January 1994 it agreed to hand over its warheads.",
                            "The Prince Regent ratified the Velm Treaty on 27 December 1994.")
    statement = [f for f in facts if f.kind == "date" and f.value == "1994-01-14"]
    assert statement and not statement[0].subject, [(f.subject, f.value) for f in facts]
    ratified = [f for f in facts if f.kind == "date" and f.value == "1994-12-27"]
    assert ratified and ratified[0].subject == "the Velm Treaty"


def test_a_source_caption_states_nothing(lexicon):
    questions, _ = questions_of(lexicon, "From the Velm Declaration, issued on 26 July 1945 by the President of "
                                         "Aldoria and the Prime Minister of Marnia.")
    asked = [q for q in questions if q.type in ("cloze", "mcq", "tf")]
    assert_held(asked, "the sentence has no verb")
    assert not [q for q in questions if q.type == "short" and not q.checks], \
        [(q.question, q.checks) for q in questions if q.type == "short"]


def test_a_place_in_brackets_is_no_short_name(lexicon):
    questions, _ = questions_of(lexicon, "The Protocol of the Proceedings of the Velm (Tarn) Conference was signed "
                                         "on 1 August 1945.")
    shorts = [q for q in questions if q.type == "short"]
    assert shorts and not [q for q in shorts if "When was Tarn signed" in q.question], [q.question for q in shorts]
    assert_held(shorts, "may be cut short")


def test_a_why_heading_is_no_statement(lexicon):
    questions, _ = questions_of(lexicon, "Why Aldoria declared war on Marnia in October 1768: the raid on Tarn.")
    assert_held([q for q in questions if q.type in ("cloze", "tf")], "is a heading")


def test_a_false_date_is_written_the_way_the_article_writes_its_dates(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Treaty was signed on June 28, 1919.")
    false = [q for q in questions if q.type == "tf" and q.answer == "False"]
    assert false and all(re.search(r"on [A-Z][a-z]+ \d{1,2}, \d{4}\.$", q.question) for q in false), \
        [q.question for q in false]


def test_both_agreements_does_not_say_which(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Accords were signed on 15 September 2020 by Israel and Bahrain.",
                                "Hamas denounced both agreements.")
    assert_held([q for q in questions if "both agreements" in q.question], "“both agreements” does not say")


def test_here_is_the_writer_s_place_even_after_a_named_one(lexicon):
    questions, _ = questions_of(lexicon, "In the summer of 1667, envoys from Aldoria and Marnia gathered here to end "
                                         "the Velm War, which had been fought since 1665.")
    assert_held([q for q in questions if q.type in ("cloze", "tf")], "“here” refers to a place outside the question")
    shorts = [q for q in questions if q.type == "short" and "take place" in q.question]
    assert_held(shorts, "not the whole event")


def test_a_box_s_labelled_date_dates_the_article_s_agreement(lexicon):
    from quizgen.model import Article
    from quizgen.extract import extract_facts
    from quizgen.questions import generate_questions
    article = Article(slug="own", title="The Velm Convention", paragraphs=(
        "Signed: 26 December 1933, Tarn", "Depositary: Aldoria", "Parties: 19",
        "The Velm Convention set four tests of statehood.",))
    facts = extract_facts(article, lexicon)
    questions = generate_questions([article], {"own": facts}, lexicon)["own"]
    shorts = [q for q in questions if q.type == "short" and "signed" in q.question]
    assert shorts and shorts[0].question == "When was the Velm Convention signed?" and not shorts[0].checks, \
        [(q.question, q.checks) for q in questions]
    # the field's own line names no agreement: held
    assert_held([q for q in questions if q.type in ("cloze", "mcq", "tf") and "Signed:" in q.question],
                "field of a box")
    # a sentence of the text that dates the same event is the better question, and the field adds none
    article = Article(slug="own", title="The Velm Convention", paragraphs=(
        "Signed: 26 December 1933, Tarn", "Depositary: Aldoria",
        "The Velm Convention was signed in Tarn on 26 December 1933.",))
    facts = extract_facts(article, lexicon)
    assert len([f for f in facts if f.kind == "date"]) == 1 and "was signed in Tarn" in facts[0].sentence


def test_a_day_written_as_in_a_proclamation_is_a_full_date(lexicon):
    _, facts = questions_of(lexicon, "The Velm Treaty was signed at Tarn on the eighth day of May, 1871.")
    assert [f.value for f in facts if f.kind == "date"] == ["1871-05-08"]


def test_a_recital_is_held_but_a_contrasting_whereas_is_a_sentence(lexicon):
    recital, _ = questions_of(lexicon, "Whereas a treaty between Aldoria and Marnia was signed at Velm on 8 May 1871;")
    assert_held([q for q in recital if q.type in ("cloze", "tf")], "is a recital")
    contrast, _ = questions_of(lexicon, "Whereas Aldoria had proposed a bilateral pact in 1927, Marnia preferred a "
                                        "treaty open to all.")
    assert not [q for q in contrast if any("recital" in c for c in q.checks)]


def test_a_formal_title_with_concerning_is_one_name_and_a_treaty_series_none(lexicon):
    questions, facts = questions_of(lexicon, "The Treaty Concerning the State Frontier and Neighbourly Relations "
                                             "between Aldoria and Marnia was signed in Velm on 13 June 1975.",
                                    "Source: United Nations Treaty Series",
                                    "Marnia argued that Aldoria had broken the treaty first.")
    names = {f.subject for f in facts if f.subject}
    assert "the Treaty Concerning the State Frontier and Neighbourly Relations" in names, names
    assert not [n for n in names if "Nations Treaty" in n], names


def test_that_treaty_refers_to_one_named_before(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Treaty of 1937 gave Aldoria the river.",
                                "Aldoria declared that treaty void in April 1969.")
    assert_held([q for q in questions if "declared that treaty" in q.question], "“that treaty” refers to something")


def test_the_fiftieth_ratification_is_one_party_s(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Convention was adopted in October 2013.",
                                "The fiftieth instrument of ratification was deposited on 18 May 2017, and the "
                                "convention entered into force on 16 August 2017.")
    assert_held([q for q in questions if q.type == "short" and "ratified" in q.question], "one party's")


def test_a_treaty_dated_by_its_day_is_named_by_it(lexicon):
    questions, _ = questions_of(lexicon, "The Treaty of Velm was signed in 1871.",
                                "The boundary ran as the Treaty of the 15th of June, 1846, had set it in 1850.")
    assert not [q for q in questions if "(the Treaty of Velm)" in q.question], [q.question for q in questions]


def test_the_fleet_s_does_not_say_which_fleet(lexicon):
    questions, _ = questions_of(lexicon, "Marnia took 81.7 percent of the fleet's ships in 1997.")
    assert_held([q for q in questions if q.type == "cloze"], "“the fleet” does not say which one")


def test_a_reference_before_the_date_is_its_subject_not_a_name_after_it(lexicon):
    _, facts = questions_of(lexicon, "Passage is governed by the Convention on the Tarn Straits, signed at Velm on "
                                     "20 July 1936.",
                            "The Convention entered into force on 9 November 1936 and replaced the Orsk Straits "
                            "Convention of 1923.")
    force = [f for f in facts if f.kind == "date" and f.value == "1936-11-09"]
    assert force and force[0].subject == "the Convention on the Tarn Straits", [(f.subject, f.value) for f in facts]


def test_an_event_after_after_is_not_dated_by_the_sentence(lexicon):
    _, facts = questions_of(lexicon, "On 28 February 2022, after describing Marnia's invasion of Tarn as a war, "
                                     "Aldoria closed the straits.")
    assert not [f for f in facts if f.kind == "date" and "invasion" in f.subject], [(f.subject, f.value) for f in facts]


def test_references_in_brackets_do_not_end_a_sentence(lexicon):
    questions, _ = questions_of(lexicon, "The copy on show (cat. 28) records the end of the Velm War in 1713.",
                                "By Arts. 11 and 14 of the Velm Treaty the sea was closed to warships in 1856.")
    sentences = {q.sentence for q in questions}
    assert "The copy on show (cat. 28) records the end of the Velm War in 1713." in sentences, sentences
    assert not [s for s in sentences if s.startswith("28)") or s.endswith("(cat.") or s.endswith("Arts.")], sentences


def test_signed_no_convention_did_not_happen(lexicon):
    questions, _ = questions_of(lexicon, "Marnia and Aldoria met in 1850, and Tessaly was there.",
                                "Tessaly, which signed no convention in 1860, sent envoys.")
    assert_held([q for q in questions if "1860" in q.sentence and q.type in ("cloze", "tf")], "did not happen")


def test_extra_agreements_do_not_say_which(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Convention was adopted in 1989.",
                                "In 2000, the United Nations added two extra agreements.")
    assert_held([q for q in questions if "extra agreements" in q.question], "“extra agreements” does not say which")


def test_that_after_a_preposition_points_back_but_not_at_a_time(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Convention, signed at Tarn on 24 April 1963, requires the police "
                                         "to inform a detained alien of that right without delay.",
                                "Aldoria joined the Orsk Pact in 1991 and left it in July of that year.")
    assert_held([q for q in questions if "of that right" in q.question], "“that right” refers to something")
    assert not [q for q in questions if any("“that year” refers" in c for c in q.checks)], \
        [(q.question, q.checks) for q in questions if "that year" in q.question]


def test_an_event_in_a_relative_clause_after_the_date_is_not_its(lexicon):
    _, facts = questions_of(lexicon, "The Treaty of Velm was signed in 1856.",
                            "By a circular of 31 October 1870 to the envoys at the courts that had signed at Velm, "
                            "Marnia renounced the sea clauses.")
    october = [f for f in facts if f.kind == "date" and f.value == "1870-10-31"]
    assert october and october[0].predicate != "signed", [(f.subject, f.predicate) for f in october]


def test_a_year_span_with_a_one_digit_end_is_a_span(lexicon):
    questions, _ = questions_of(lexicon, "He was envoy at Tarn 1854–6, during the Velm War.")
    # no short question of it is ready ("during the Velm War" also says the span is not the war's own)
    assert not [q for q in questions if q.type == "short" and not q.checks]
    assert_held([q for q in questions if q.type == "cloze"], "the question asks only half of it")


def test_a_see_also_pointer_dates_nothing(lexicon):
    _, facts = questions_of(lexicon, "He served at Tarn during the Velm War (see VELM WAR; TARN, CONGRESS OF, 1855).")
    assert not [f for f in facts if f.kind == "date"], [(f.value, f.text) for f in facts]


def test_a_contract_signed_on_a_date_is_not_the_treaty(lexicon):
    _, facts = questions_of(lexicon, "The Velm Treaty was signed in 1713.",
                            "By a contract signed in Tarn on 26 March 1713, Aldoria granted Marnia the right to trade.",
                            "The treaty signed in Tarn on 11 April 1713 ended the war.")
    dated = {f.value: f.subject for f in facts if f.kind == "date"}
    assert dated.get("1713-03-26") == "" and dated.get("1713-04-11") == "the Velm Treaty", dated


def test_a_side_that_was_promised_or_urged_holds_no_position(lexicon):
    _, facts = questions_of(lexicon, "Under the Velm Treaty of 1713, the Dutch were promised a barrier of fortresses.",
                            "France was urged to withdraw.", "Russia is opposed to the plan.")
    held = {(f.value, f.predicate) for f in facts if f.kind == "position"}
    assert held == {("Russia", "opposed")}, held


def test_will_be_open_to_sign_is_a_plan(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Treaty was adopted on 19 June 2023.",
                                "It will be open for countries to sign from 20 September 2023.")
    assert not [q for q in questions if q.type == "short" and "signed" in q.question and not q.checks]


def test_a_minutes_paragraph_number_is_no_part_of_the_statement(lexicon):
    questions, _ = questions_of(lexicon, "4.1 The speaker explained that the Treaty of Velm was signed on 18 October 1748.",
                                "12 States signed the Tarn Pact in 1990.")
    clozes = [q.question for q in questions if q.type == "cloze"]
    assert "The speaker explained that the Treaty of Velm was signed on [[18 October 1748]]." in clozes, clozes
    assert "[[12]] States signed the Tarn Pact in 1990." in clozes, clozes


def test_an_unnamed_thing_that_came_into_effect_is_not_the_treaty(lexicon):
    _, facts = questions_of(lexicon, "The Velm Treaty was signed on 6 December 1921.",
                            "The treaty followed a truce that came into effect on 11 July 1921.")
    july = [f for f in facts if f.kind == "date" and f.value == "1921-07-11"]
    assert july and not july[0].subject, [(f.subject, f.value) for f in facts]


def test_a_span_gives_a_date_away_only_when_it_fits_the_other_date(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Treaty was opened for signature on 20 September 2017 and entered "
                                         "into force on 22 January 2021, ninety days after Tarn deposited the fiftieth "
                                         "instrument.",
                                "In 1921, four years before the Orsk Pact was signed on 7 July 1925, the garrison left.")
    assert not [q for q in questions if "ninety days after" in q.question
                and any("gives the answer away" in c for c in q.checks)]
    assert_held([q for q in questions if "four years before" in q.question and q.type in ("cloze", "mcq")],
                "gives the answer away")


def test_no_word_list_holds_a_yaml_boolean():
    import glob
    from pathlib import Path
    import yaml
    import quizgen

    def bools(value):
        # in a list of words, or as a key of a mapping of words ("agreement: true" is a flag, and fine)
        if isinstance(value, dict):
            for k, v in value.items():
                if isinstance(k, bool):
                    yield k
                yield from bools(v)
        elif isinstance(value, list):
            for v in value:
                if isinstance(v, bool):
                    yield v
                yield from bools(v)

    for path in glob.glob(str(Path(quizgen.__file__).parent / "data" / "*.yaml")):
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        assert not list(bools(data)), f"{path}: an unquoted no/yes/on/off reads as a boolean"


def test_an_amount_or_a_stop_with_nothing_it_applies_to_is_held(lexicon):
    questions, _ = questions_of(lexicon, "France insisted on seven inspections a year, while Spain would accept no "
                                         "more than three.", "Spain agreed to stop.")
    positions = [q for q in questions if q.kind == "position"]
    assert_held([q for q in positions if "no more than three" in q.question], "says how much but not of what")
    assert_held([q for q in positions if "agreed to stop" in q.question], "“stop” does not say")


def test_an_event_in_an_earlier_conjunct_is_not_the_date_s(lexicon):
    _, facts = questions_of(lexicon, "Controls were reintroduced during the Velm War, and the arrangement was "
                                     "restored in 1952.",
                            "The Tarn Fairness Act, signed on 5 January 2025, repealed the rule for benefits payable "
                            "after December 2023.")
    dated = {f.value: (f.subject, f.predicate) for f in facts if f.kind == "date"}
    assert dated["1952"] == ("", "event") and dated["2023-12"] == ("", "event"), dated


def test_a_word_of_an_agreement_s_name_is_not_its_event(lexicon):
    questions, _ = questions_of(lexicon, "The Withdrawal Agreement entered into force on 1 February 2020.")
    assert [q.question for q in questions if q.type == "short"] == ["When did the Withdrawal Agreement enter into force?"]
