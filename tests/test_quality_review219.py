"""Reviews 219-226: a transcript's "[pause]" between sentences ends the one before; "(Marsh 1990)" cites a work;
"them" needs more than one of something; "A third conference", a list item's "One that ...", and "the experts"
say not which; "since 1996" dates a lasting act's start; a possessive after a value fits the wrong value.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import re

from quizgen.extract.sentences import split_sentences
from quizgen.model import Article

from own_article import assert_held, questions_of


def _sentences(lexicon, *paragraphs: str) -> list[str]:
    article = Article(slug="t", title="T", paragraphs=tuple(paragraphs))
    return [s.text for s in split_sentences(article, lexicon)]


def test_a_stage_direction_between_sentences_ends_the_one_before(lexicon):
    assert _sentences(lexicon, "Who would vote against it? [pause] Velmora recognised the Velm Accord on "
                               "3 July 1962. [laughs] [long pause] I kept the flag for six years. [sighs]",
                      "[laughs] Marnia signed it in 1970.") == [
        "Who would vote against it?", "Velmora recognised the Velm Accord on 3 July 1962.",
        "I kept the flag for six years.", "Marnia signed it in 1970."]
    questions, _ = questions_of(lexicon, "Who would vote against it? [pause] Velmora recognised the Velm Accord "
                                         "on 3 July 1962.")
    cloze = [q for q in questions if q.type == "cloze"]
    assert cloze and cloze[0].question == "Velmora recognised the Velm Accord on [[3 July 1962]].", cloze[0].question


def test_an_editor_s_bracket_inside_a_sentence_stays(lexicon):
    # a bracket inside the sentence, or one in capitals after it, is the writer's, not a stage direction
    assert _sentences(lexicon, "The accord [sic] was signed in 1962. [Emphasis added.] Marnia objected.") == [
        "The accord [sic] was signed in 1962.", "[Emphasis added.]", "Marnia objected."]


def _years(lexicon, *paragraphs: str) -> list[str]:
    _, facts = questions_of(lexicon, *paragraphs)
    return [f.text for f in facts if f.kind == "date"]


def test_a_work_cited_without_a_comma_dates_nothing(lexicon):
    assert _years(lexicon, "The Velm Treaty was signed on 2 February 1920 (von Lind 1974; Raun 2001).",
                  "Historians still disagree on Marnia's motives (Osterby 2010).",
                  "Velmora joined the League in September 1921 (Hale and Salmon 1991).") == [
        "2 February 1920", "September 1921"]
    # a month or a weekday in brackets is a date, and a lone "(Name 1990)" in a text that cites no works is
    # no sign of one that does
    assert _years(lexicon, "The summit met in Osk (June 1990).", "Historians disagree (Osterby 2010).",
                  "The talks failed (Lind 2004).") == ["June 1990"]
    assert "1990" in _years(lexicon, "The Velm Bridge opened to traffic (Osk 1990).")


def test_them_needs_more_than_one_of_something_in_the_question(lexicon):
    questions, _ = questions_of(lexicon, "Velmora wanted consuls of its own. On 27 May 1905, King Ivo II refused "
                                         "to sign the Velmoran law that would have created them.")
    dated = [q for q in questions if "refused" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert_held(dated, "“them” refers to something outside the question")
    # a plural the sentence names, two things joined, or the counted noun a blank stands for
    questions, _ = questions_of(lexicon, "In 1989 Velmora, which had built six nuclear devices, agreed to dismantle them.",
                                "The Velm Protocol of 1925 banned chemical weapons, but it did not forbid "
                                "countries to store them.",
                                "Marnia judged the Velm Accord against six tests and argued in 1990 that it "
                                "failed them.")
    plural = [q for q in questions if "them" in q.question]
    assert plural and all("“them”" not in c for q in plural for c in q.checks), [
        (q.question, q.checks) for q in plural if any("“them”" in c for c in q.checks)]


def test_a_third_of_some_series_names_no_event(lexicon):
    questions, _ = questions_of(lexicon, "A third conference was planned for 1915.", "Another summit met in Osk in 1916.")
    dated = [q for q in questions if q.type in ("cloze", "mcq", "tf")]
    assert_held(dated, "the sentence does not name what this date belongs to")
    # an unnamed event the sentence says more of is still asked
    questions, _ = questions_of(lexicon, "A meeting in Geneva in 1954 tried to settle the future of Velmora.")
    assert [q for q in questions if q.type == "cloze" and not q.checks], [(q.question, q.checks) for q in questions]


def test_a_list_item_s_one_stands_for_the_lead_in_s_noun(lexicon):
    questions, _ = questions_of(lexicon, "The Velm conference produced three conventions.",
                                "One that applied the rules of the 1864 Tarn Convention to war at sea, so hospital "
                                "ships got protection.")
    item = [q for q in questions if "hospital" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert_held(item, "“One” refers to something outside the question")
    # "One of the signatories, Velmora, ..." names who; "One" in another place is no list item's
    questions, _ = questions_of(lexicon, "One of the signatories, Velmora, left the Velm Pact in 1990.")
    assert all("“One”" not in c for q in questions for c in q.checks), [q.checks for q in questions]


def test_the_experts_do_not_say_which(lexicon):
    questions, _ = questions_of(lexicon, "By 1991 the experts had become a Negotiating Committee, which met in Osk "
                                         "on 22 May 1992.")
    assert_held([q for q in questions if q.type in ("cloze", "mcq", "tf")], "“the experts” does not say which one")
    # experts the sentence says more of, or experts in general, are no reference back
    questions, _ = questions_of(lexicon, "Experts from Velmora met in Osk on 22 May 1992 to draft the Velm Pact.")
    assert all("experts" not in c.lower() for q in questions for c in q.checks), [q.checks for q in questions]


def test_a_lasting_act_dated_from_since_is_no_point_in_time(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Convention was signed in Osk in 2018.",
                                "A working group has negotiated the Velm Convention since 1996.")
    negotiated = [q for q in questions if q.type == "short" and "negotiated" in q.question]
    assert_held(negotiated, "the sentence dates its start, not the whole event: the question may ask for a period")
    questions, _ = questions_of(lexicon, "The Velm Pact was negotiated in 1989 and signed in 1990.")
    short = [q for q in questions if q.type == "short" and "negotiated" in q.question]
    assert short and not short[0].checks, [(q.question, q.checks) for q in short]


def test_a_possessive_after_a_value_fits_the_wrong_value(lexicon):
    questions, _ = questions_of(lexicon, "Either party may end the Velm Treaty by giving one year's written notice.")
    false = [q for q in questions if q.type == "tf" and q.answer == "False"]
    mcq = [q for q in questions if q.type == "mcq"]
    # "three years' written notice", never "three year's"
    assert false and re.search(r"\b[a-z]+ years' written notice", false[0].question), false[0].question
    assert_held(mcq, "the blank stands before a possessive that not every choice reads right with")
    # "_____' notice" with every choice in the plural reads right
    questions, _ = questions_of(lexicon, "Under the Velm Pact of 1990 a party may withdraw on six months' notice.")
    mcq = [q for q in questions if q.type == "mcq" and "notice" in q.question and "months" in q.answer]
    assert mcq and all("possessive" not in c for c in mcq[0].checks), [(q.question, q.choices, q.checks) for q in mcq]


def test_a_word_the_article_only_writes_as_a_name_names_the_actor(lexicon):
    questions, _ = questions_of(lexicon, "Velmora's parliament is called the Osterting.",
                                "On 7 June 1905 the Osterting declared the union with Marnia dissolved.")
    dated = [q for q in questions if "declared" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert dated and all(not q.checks for q in dated), [(q.question, q.checks) for q in dated]
    # "the Empire" may be any empire; a word the article writes in lower case too is a common noun
    questions, _ = questions_of(lexicon, "On 3 May 1990 the Empire declared war.",
                                "A regency ruled Velmora.", "On 4 May 1991 the Regency expelled Marnia.")
    dated = [q for q in questions if q.type == "cloze" and ("declared" in q.question or "expelled" in q.question)]
    assert len(dated) == 2 and all(q.checks for q in dated), [(q.question, q.checks) for q in dated]


def test_a_list_of_names_is_the_actor_of_its_verb(lexicon):
    questions, _ = questions_of(lexicon, "Austria, Finland and Sweden left EFTA and joined the EU on 1 January 1995.",
                                "The talks were led by Carter and Brezhnev.",
                                "Carter and Brezhnev signed SALT II in Vienna on 18 June 1979.")
    dated = [q for q in questions if q.type in ("cloze", "mcq", "tf")]
    assert len(dated) == 6 and all(not q.checks for q in dated), [(q.question, q.checks) for q in dated]
    # a verb with no object says not what was joined, however many joined
    questions, _ = questions_of(lexicon, "France and China joined only in 1992.")
    assert_held([q for q in questions if q.type == "cloze"], "“joined” does not say what")


def test_an_adverb_after_a_treaty_verb_gives_it_no_object(lexicon):
    questions, _ = questions_of(lexicon, "France joined only in 1992.")
    assert_held([q for q in questions if q.type == "cloze"], "“joined” does not say what")


def test_an_abbreviation_of_a_number_s_kind_ends_a_sentence_before_a_word(lexicon):
    assert _sentences(lexicon, "In December 1992 the Swiss voted no. Liechtenstein voted yes.",
                      "Under Art. IV the parties met. See No. 5 and pp. 3-9 for details. It was modern art. The end.") == [
        "In December 1992 the Swiss voted no.", "Liechtenstein voted yes.", "Under Art. IV the parties met.",
        "See No. 5 and pp. 3-9 for details.", "It was modern art.", "The end."]


def test_the_year_a_noun_is_for_dates_no_event(lexicon):
    _, facts = questions_of(lexicon, "On 19 December 2022 the parties adopted the Velm Framework, with 23 targets "
                                     "for 2030.")
    dates = {f.value: f.predicate for f in facts if f.kind == "date"}
    assert dates == {"2022-12-19": "adopted", "2030": "event"}, dates
    # a verb before "for" dates what it says
    _, facts = questions_of(lexicon, "The Velm Treaty was signed for Marnia in 1915.")
    assert [f.predicate for f in facts if f.kind == "date"] == ["signed"]


def test_a_planned_date_answers_no_when_question(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Summit was planned for around 1915.")
    assert_held([q for q in questions if q.type == "short"],
                "“planned”: the sentence says what may or will happen, not what happened on this date")
    questions, _ = questions_of(lexicon, "The Velm Summit was held in Osk in 1915.")
    short = [q for q in questions if q.type == "short"]
    assert short and not short[0].checks, [(q.question, q.checks) for q in short]


def test_a_verb_dates_the_event_its_subject_names(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Conference was held in February 1945.",
                                "The Congress of Osk met from 1814.")
    short = {q.question: q.checks for q in questions if q.type == "short"}
    assert short == {
        "When did the Velm Conference take place?": [],
        "In what year did the Congress of Osk take place?": [
            "the sentence dates its start, not the whole event: the question may ask for a period"]}, short


def test_a_dialogue_s_speaker_names_are_no_words_of_its_sentences(lexicon):
    assert _sentences(lexicon, "Ben: When did they sign it?", "Yuki: They signed the Velm Pact on 19 January 1960.",
                      "Ben: Who signed it?", "Yuki: Marnia did.") == [
        "When did they sign it?", "They signed the Velm Pact on 19 January 1960.", "Who signed it?", "Marnia did."]
    # a name before a colon once is the sentence's own ("Velmora: a small country ...")
    assert _sentences(lexicon, "Velmora: a small country that signed in 1960.") == [
        "Velmora: a small country that signed in 1960."]


def test_an_almanac_s_short_words_end_no_sentence(lexicon):
    assert _sentences(lexicon, "Border fixed betw. 31° and 32° N; sgd. 27 Oct. 1795 at San Velmo nr. Madrid; ratif. "
                               "Apr. 1796 by Gt. Britain's ally.") == [
        "Border fixed betw. 31° and 32° N; sgd. 27 Oct. 1795 at San Velmo nr. Madrid; ratif. Apr. 1796 by Gt. "
        "Britain's ally."]


def test_ratification_by_a_numbered_law_does_not_say_of_what(lexicon):
    questions, _ = questions_of(lexicon, "Parliament authorised ratification by Law No. 73 of 14 March 1977.")
    assert_held([q for q in questions if q.type == "cloze"], "“ratification” does not say which one")
    questions, _ = questions_of(lexicon, "The Velm Pact was signed in 1975, and its ratification by Marnia "
                                         "followed on 14 March 1977.")
    assert all("ratification" not in c for q in questions for c in q.checks), [q.checks for q in questions]


def test_the_movement_does_not_say_which(lexicon):
    questions, _ = questions_of(lexicon, "The movement gave rise to the Lista per Velm in 1978.")
    assert_held([q for q in questions if q.type == "cloze"], "“The movement” does not say which one")


def test_a_promise_both_sides_made_together_needs_both(lexicon):
    questions, _ = questions_of(lexicon, "Norway and Chile signed the Velm Framework on 21 October 1994.",
                                "Both sides promised to move toward full normalisation of political and economic "
                                "relations, including offices in each other's capitals.",
                                "Both sides promised to restore ties.")
    promised = [q for q in questions if q.type == "tf" and "promised" in q.question]
    # stated of both sides together, as the sentence has it, once for each sentence
    assert len(promised) == 4 and all(q.question.startswith("Chile and Norway promised") for q in promised), [
        (q.question, q.checks) for q in promised]
    assert not any("needs the other side" in c for q in promised for c in q.checks)
    assert sum(any("in the same words" in c for c in q.checks) for q in promised) == 2
    # what each side did on its own, or relations the statement names, is whole with one side
    questions, _ = questions_of(lexicon, "Norway and Chile signed the Velm Framework on 21 October 1994.",
                                "Both sides condemned the Osk raid.",
                                "Both sides expressed an interest in reviving Norway-Chile relations.")
    alone = [q for q in questions if q.type == "tf" and ("condemned" in q.question or "reviving" in q.question)]
    assert len(alone) == 4 and not any("needs the other side" in c for q in alone for c in q.checks), [
        (q.question, q.checks) for q in alone]


def test_one_or_two_is_no_exact_count(lexicon):
    questions, _ = questions_of(lexicon, "Velmora had built one or two weapons by 1994 under the Velm Pact.")
    weapons = [q for q in questions if q.id.startswith("quantity-")]
    assert_held(weapons, "“one or two weapons” is an approximation, not an exact amount to learn")
    questions, _ = questions_of(lexicon, "Velmora kept ships or 40 boats under the Velm Pact of 1990.")
    assert all("approximation" not in c for q in questions for c in q.checks), [q.checks for q in questions]


def test_a_side_s_possessive_without_its_noun_reads_its_own(lexicon):
    questions, _ = questions_of(lexicon, "Italy said Rome was Italy's.")
    said = [q for q in questions if q.type in ("tf", "side")]
    assert said and all("its own" in q.question and not re.search(r"\bits\.", q.question) for q in said), [
        q.question for q in said]


def _parties(lexicon, *paragraphs: str) -> list[tuple[str, str]]:
    _, facts = questions_of(lexicon, *paragraphs)
    return [(f.subject, f.value) for f in facts if f.kind == "parties"]


def test_an_it_that_agrees_is_a_side_and_an_alliance_signed_is_not_the_treaty(lexicon):
    opening = "The Treaty of London was signed on 30 May 1913."
    # "it had agreed with Serbia": a side agreed; no party of the treaty
    assert _parties(lexicon, opening, "Bulgaria insisted on the partition it had agreed with Serbia in March 1912.") == []
    # the parties signed an unnamed alliance, dated by the treaty, not the treaty
    assert _parties(lexicon, opening, "Greece and Serbia signed a secret alliance against Bulgaria on 1 June 1913, "
                                      "two days after the treaty.") == [("the secret alliance", "Greece and Serbia")]
    # an "it" the treaty's verbs take, and parties that sign the treaty itself, still stand for it
    assert _parties(lexicon, opening, "Greece and Serbia signed the treaty in London.") == [
        ("the Treaty of London", "Greece and Serbia")]


def test_a_relative_clause_of_another_noun_dates_that_noun(lexicon):
    _, facts = questions_of(lexicon, "The Treaty of London was signed on 30 May 1913.",
                            "It followed the first peace conference in London, which opened on 16 December 1912 and "
                            "collapsed on 23 January 1913.",
                            "Marnia signed the treaty, which entered into force on 3 June 1914.")
    dated = {f.value: f.subject for f in facts if f.kind == "date"}
    assert dated["1913-01-23"] == "" and dated["1914-06-03"] == "the Treaty of London", dated


def test_more_named_subjects_name_the_actor(lexicon):
    questions, _ = questions_of(lexicon,
                                "On 18 January 1871 the King of Prussia was proclaimed German Emperor at Versailles.",
                                "China agreed to pay an indemnity of 4 million taels of silver.",
                                "The United States also agreed to pay up to 20 million francs of claims.")
    cloze = [q for q in questions if q.type == "cloze"]
    assert len(cloze) == 3 and all(not q.checks for q in cloze), [(q.question, q.checks) for q in cloze]
    # an office with nothing named after it says not whose
    questions, _ = questions_of(lexicon, "On 18 January 1871 the King was proclaimed Emperor at Versailles.")
    assert_held([q for q in questions if q.type == "cloze"], "the sentence does not name what this date belongs to")


def test_a_list_of_names_after_the_verb_keeps_the_actor(lexicon):
    questions, _ = questions_of(lexicon, "Sweden made peace with Hanover, Prussia and Denmark in 1719.")
    cloze = [q for q in questions if q.type == "cloze"]
    assert cloze and not cloze[0].checks, [(q.question, q.checks) for q in cloze]
    # a comma that ends a clause still does
    questions, _ = questions_of(lexicon, "Sweden was beaten at sea, and peace came in 1721.")
    assert_held([q for q in questions if q.type == "cloze"], "the sentence does not name what this date belongs to")


def test_a_people_s_group_is_the_actor(lexicon):
    questions, _ = questions_of(lexicon, "The last German troops left French soil in September 1873.",
                                "Soviet forces entered Prague on 21 August 1968.",
                                "China agreed to pay 4 million taels.")
    cloze = [q for q in questions if q.type == "cloze" and ("troops" in q.question or "forces" in q.question)]
    assert len(cloze) == 2 and all(not q.checks for q in cloze), [(q.question, q.checks) for q in cloze]
    # a capitalised word that is no people's says not whose group
    questions, _ = questions_of(lexicon, "Several Velm troops entered Osk in 1990.")
    assert_held([q for q in questions if q.type == "cloze"], "the sentence does not name what this date belongs to")


def test_a_numbered_part_after_an_abbreviation_opens_a_sentence(lexicon):
    assert _sentences(lexicon, "Troops to withdraw within 6 mos. of ratif. Art. 3: commrs. to meet at Natchez.") == [
        "Troops to withdraw within 6 mos. of ratif.", "Art. 3: commrs. to meet at Natchez."]


def test_they_may_stand_for_a_plural_noun_of_the_same_sentence(lexicon):
    questions, _ = questions_of(lexicon, "Journalists must register by 1 August 2018 for the event they are covering.",
                                "Pipelines may be laid from 2019 with the consent of the states whose waters they cross.")
    assert not any("“they”" in c for q in questions for c in q.checks), [q.checks for q in questions]
    questions, _ = questions_of(lexicon, "In 1990 they agreed.")
    assert_held([q for q in questions if q.type == "cloze"], "“they” refers to something outside the question")


def test_a_possessive_s_names_make_a_noun_phrase_with_no_verb(lexicon):
    questions, _ = questions_of(lexicon, "NATO's Bucharest summit, in April 2008.")
    assert_held([q for q in questions if q.type == "cloze"], "the sentence has no verb: it states nothing")
    questions, _ = questions_of(lexicon, "Poland's President Lech Kaczyński signed the Velm Pact on 10 October 2009.")
    assert all("no verb" not in c for q in questions for c in q.checks), [q.checks for q in questions]


def test_in_exchange_says_not_which_zone(lexicon):
    questions, _ = questions_of(lexicon, "In March 1915 Britain agreed to absorb the neutral zone in exchange for "
                                         "recognising Russia's claim to Constantinople.")
    assert_held([q for q in questions if q.type == "cloze"], "“the neutral zone” does not say which one")
    questions, _ = questions_of(lexicon, "In March 1915 Britain agreed to absorb the neutral zone in Persia.")
    assert all("zone" not in c for q in questions for c in q.checks), [q.checks for q in questions]


def test_too_closing_a_clause_leans_on_the_sentence_before(lexicon):
    questions, _ = questions_of(lexicon, "The giant wheel in the Prater is real too, although it was rebuilt "
                                         "in 1945 by the Velm Company.")
    assert_held([q for q in questions if q.type == "cloze"], "“too” at its end leans on the sentence before")
    questions, _ = questions_of(lexicon, "It was too late in 1990 for the Velm Company to act.")
    assert all("“too”" not in c for q in questions for c in q.checks), [q.checks for q in questions]


def test_a_whole_after_its_original_is_no_less_than_its_part(lexicon):
    questions, _ = questions_of(lexicon, "In 1946 the Velm Company rebuilt its wheel with only 15 of its original "
                                         "30 cabins.")
    counted = [q for q in questions if q.id.startswith("quantity-") and q.type in ("mcq", "tf")]
    wrong = [c for q in counted for c in (q.choices or [q.question]) if q.answer != "True"]
    assert counted and not any(n < 15 for w in wrong for n in map(int, re.findall(r"\b(\d+) cabins", w))), wrong


def test_a_month_written_short_dates_a_day(lexicon):
    from quizgen.extract.dates import find_dates
    found = find_dates("It was initialed on Jan. 23, 1973, and signed on Jan. 27 by Velmora.", lexicon)
    assert [(d.text, d.value) for d in found] == [("Jan. 23, 1973", "1973-01-23"), ("Jan. 27", "1973-01-27")]
    found = find_dates("It accepted on Sept. 29, 1918, and received the draft on Sept. 19 of this year.", lexicon,
                       "1919-11-27")
    assert [(d.text, d.value) for d in found] == [("Sept. 29, 1918", "1918-09-29"), ("Sept. 19", "1919-09-19")]
    # the signing, not the initialing, answers when it was signed
    questions, _ = questions_of(lexicon, "The Velm Accords were negotiated in secret.",
                                "The agreement was initialed on Jan. 23, 1973, and signed in Paris on Jan. 27.")
    assert [q.answer for q in questions if q.type == "short" and "signed" in q.question] == ["27 January 1973"]


def test_a_pronoun_right_after_a_noun_is_not_that_noun(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Accords were negotiated in secret.",
                                "The agreement they initialed on 23 January 1973 was signed in Paris.")
    assert_held([q for q in questions if q.type == "cloze"], "“they” refers to something outside the question")
    questions, _ = questions_of(lexicon, "Marnia and Velmora signed the Velm Pact they had drafted on 3 May 1990.")
    assert all("“they”" not in c for q in questions for c in q.checks), [q.checks for q in questions]


def test_a_title_s_closing_list_is_part_of_the_name(lexicon):
    _, facts = questions_of(lexicon, "Britain and Russia signed the Velm Convention on Persia, Afghanistan and Tibet "
                                     "on 31 August 1907.")
    assert {f.subject for f in facts if f.kind == "date"} == {"the Velm Convention on Persia, Afghanistan and Tibet"}
    # a list of other things after a name's end stays out of it
    _, facts = questions_of(lexicon, "Velmora signed the Velm Convention on Persia, and Marnia and Osk signed in 1908.")
    assert {f.subject for f in facts if f.kind == "date"} <= {"", "the Velm Convention on Persia"}, [f.subject for f in facts]


def test_a_first_name_written_short_ends_no_sentence(lexicon):
    assert _sentences(lexicon, "The king dismissed Prime Minister C. Th. Zahle on 29 March 1920. Riots followed.") == [
        "The king dismissed Prime Minister C. Th. Zahle on 29 March 1920.", "Riots followed."]


def test_an_event_started_on_the_date_said_after_it_asks_for_a_period(lexicon):
    questions, _ = questions_of(lexicon, "The king dismissed Zahle on 29 March 1920, starting the Easter Crisis.")
    assert_held([q for q in questions if q.type == "short"],
                "the sentence dates its start, not the whole event: the question may ask for a period")


def test_the_we_of_what_everyone_calls_it_is_no_speaker_s(lexicon):
    questions, _ = questions_of(lexicon, "On 23 September 1905 Norway and Sweden reached the agreement we now call "
                                         "the Karlstad Convention.")
    cloze = [q for q in questions if q.type == "cloze"]
    assert cloze and not cloze[0].checks, [(q.question, q.checks) for q in cloze]
    questions, _ = questions_of(lexicon, "On 23 September 1905 we signed the Velm Pact.")
    assert_held([q for q in questions if q.type == "cloze"], "“we” is the speaker's own word, not the question's")


def test_an_instruction_to_study_a_named_work_states_nothing(lexicon):
    questions, _ = questions_of(lexicon, "Study Gerard ter Borch's painting of the Treaty of Münster (1648).")
    assert_held([q for q in questions if q.type == "cloze"], "the sentence is an instruction (“Study …”), not a statement")
    questions, _ = questions_of(lexicon, "Grant's army took Vicksburg in 1863.")
    assert all("instruction" not in c for q in questions for c in q.checks)


def test_the_ambiguity_does_not_say_which(lexicon):
    questions, _ = questions_of(lexicon, "In 1867 the United States bought Alaska from Russia and inherited the "
                                         "ambiguity free of charge.")
    assert_held([q for q in questions if q.type == "cloze"], "“the ambiguity” does not say which one")


def test_a_place_after_its_preposition_is_no_they(lexicon):
    questions, _ = questions_of(lexicon, "At Tordesillas on 7 June 1494 their envoys agreed to move the Velm line.")
    assert_held([q for q in questions if q.type == "cloze"], "“their” refers to something outside the question")
    questions, _ = questions_of(lexicon, "The Allies met at Potsdam in 1945 and their leaders agreed.")
    assert all("“their”" not in c for q in questions for c in q.checks)


def test_that_and_a_noun_closing_a_clause_point_back(lexicon):
    questions, _ = questions_of(lexicon, "Velmora dropped its tariffs in February 1985 to defuse that pressure.")
    assert_held([q for q in questions if q.type == "cloze"], "“that pressure” refers to something outside the question")
    questions, _ = questions_of(lexicon, "Velmora joined the Velm Pact in 1991 and left it in July of that year.",
                                "Velmora said in 1990 that Marnia lied.")
    assert all(not c.startswith("“that") for q in questions for c in q.checks), [q.checks for q in questions]


def test_an_agreement_named_by_its_year_before_may_be_the_deal(lexicon):
    _, facts = questions_of(lexicon, "The Oregon Treaty of 1846 ended the dispute.",
                            "In the Convention of 1818, the United States and Britain agreed to share the region.",
                            "In 1827 they renewed the deal with no end date.")
    assert [f.subject for f in facts if f.kind == "date" and f.value == "1827"] == [""]
    _, facts = questions_of(lexicon, "The Oregon Treaty of 1846 ended the dispute.",
                            "The United States and Britain had shared the region for years.",
                            "In 1848 they renewed the deal.")
    assert [f.subject for f in facts if f.kind == "date" and f.value == "1848"] == ["the Oregon Treaty"]


def test_an_acronym_that_leaves_out_the_head_noun_keeps_the_place(lexicon):
    _, facts = questions_of(lexicon, "The CFE Treaty limited tanks.",
                            "The parties agreed to adapt the Treaty on Conventional Armed Forces in Europe, signed in "
                            "Paris on 19 November 1990.")
    assert [f.subject for f in facts if f.kind == "date"] == ["the CFE Treaty"]
    # with no such acronym, "in Paris" is no part of the title
    _, facts = questions_of(lexicon, "Velmora and Marnia signed the Treaty on Fisheries in Paris on 19 November 1990.")
    assert [f.subject for f in facts if f.kind == "date"] == ["the Treaty on Fisheries"]


def test_a_scale_written_short_after_the_digits(lexicon):
    questions, facts = questions_of(lexicon, "Rich countries promised $100bn a year by 2020 under the Velm Accord.")
    money = [f for f in facts if f.kind == "quantity"]
    assert [(f.text, f.value) for f in money] == [("$100bn", "100000000000 USD")]
    mcq = [q for q in questions if q.type == "mcq" and q.id.startswith("quantity-")]
    assert mcq and mcq[0].answer == "$100 billion" and all("billion" in c for c in mcq[0].choices), mcq[0].choices


def test_a_law_named_after_an_agreement_is_another_instrument(lexicon):
    questions, facts = questions_of(lexicon, "The Migratory Bird Treaty was signed in 1916.",
                                    "The Migratory Bird Treaty Act, signed on 3 July 1918, carried it into law.")
    assert {f.subject for f in facts if f.kind == "date"} == {"the Migratory Bird Treaty",
                                                              "the Migratory Bird Treaty Act"}
    short = [q for q in questions if q.type == "short"]
    assert len(short) == 2 and all(not q.checks for q in short), [(q.question, q.checks) for q in short]


def test_a_list_s_commas_end_no_clause_before_it(lexicon):
    questions, _ = questions_of(lexicon, "Belgium, France, West Germany, Luxembourg and the Netherlands signed it on "
                                         "14 June 1985.")
    assert_held([q for q in questions if q.type == "cloze"], "“it” refers to something outside the question")
    questions, _ = questions_of(lexicon, "Belgium, France and the Netherlands signed the Velm Pact on 14 June 1985 "
                                         "and ratified it in 1986.")
    assert all("“it”" not in c for q in questions for c in q.checks), [q.checks for q in questions]


def test_an_answer_s_yes_or_no_leans_on_the_question_before(lexicon):
    questions, _ = questions_of(lexicon, "No, although the Velm rules have been part of EU law since the Treaty of "
                                         "Amsterdam entered into force on 1 May 1999.")
    assert_held([q for q in questions if q.type == "cloze"], "opens with a word that leans on the sentence before")
    questions, _ = questions_of(lexicon, "No treaty was signed by Velmora and Marnia before the Velm Pact of 1999.")
    assert all("leans on" not in c for q in questions for c in q.checks), [q.checks for q in questions]


def test_the_split_and_the_games_do_not_say_which(lexicon):
    questions, _ = questions_of(lexicon, "The split led to the Civil War, which began on 28 June 1922.",
                                "The Games were held from 19 July to 3 August 1980.")
    cloze = [q for q in questions if q.type == "cloze"]
    assert len(cloze) >= 2 and all(any("does not say which one" in c for c in q.checks) for q in cloze), [
        (q.question, q.checks) for q in cloze]


def test_a_title_goes_on_through_a_second_agreement_noun_and_stops_at_a_body_s(lexicon):
    _, facts = questions_of(lexicon, "The Korean Armistice Agreement was signed on 27 July 1953.",
                            "The agreement (the Velm Armistice) set up the Military Armistice Commission, which first "
                            "met on 28 July 1953.")
    subjects = [f.subject for f in facts if f.kind == "date"]
    assert subjects[0] == "the Korean Armistice Agreement" and "the Military Armistice" not in subjects, subjects


def test_an_aside_in_brackets_is_no_statement_of_the_article(lexicon):
    questions, _ = questions_of(lexicon, "(Clue: Velmora went to war with Marnia in May 1846.)")
    assert_held([q for q in questions if q.type in ("cloze", "mcq", "tf")],
                "the sentence is an aside in brackets (“Clue:”), not a statement of the article")
    questions, _ = questions_of(lexicon, "(Velmora signed the Velm Pact in 1990.)")
    assert all("aside" not in c for q in questions for c in q.checks)


def test_the_place_a_sentence_gives_names_the_article_s_own_agreement(lexicon):
    from quizgen.model import Article
    from quizgen.extract import extract_facts
    article = Article(slug="velm-treaty", title="Velm Treaty", paragraphs=(
        "The Velm Treaty bans anti-personnel mines.",
        "The only earlier instrument, Protocol II of the 1980 Convention on Certain Weapons (CCW), restricted mines.",
        "The convention was opened for signature in Velm on 3 December 1997, when 122 states signed it.",
        "Osk became the 40th state to ratify on 16 September 1998, and the convention entered into force on "
        "1 March 1999."))
    dated = {f.value: f.subject for f in extract_facts(article, lexicon) if f.kind == "date"}
    assert dated.get("1997-12-03") == dated.get("1999-03-01") == "the Velm Treaty", dated


def test_a_vote_before_a_phrase_between_commas_is_that_body_s(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Treaty was signed on 22 January 1963.",
                                "The Bundestag approved the treaty, with its preamble, in May 1963.")
    assert "When was the Velm Treaty approved by the Bundestag?" in [q.question for q in questions if q.type == "short"]


def test_an_it_after_two_agreements_may_be_either(lexicon):
    _, facts = questions_of(lexicon, "The Velm Agreement (VA), which replaced the Osk Treaty (OT) when it entered "
                                     "into force on 1 July 2020, keeps tariffs at zero.")
    assert [f.subject for f in facts if f.kind == "date"] == [""]
    _, facts = questions_of(lexicon, "The Velm Agreement replaced the Osk Treaty, and the Velm Agreement entered "
                                     "into force on 1 July 2020.")
    assert [f.subject for f in facts if f.kind == "date"] == ["the Velm Agreement"]
