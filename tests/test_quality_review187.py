"""Reviews 179-194: "the terms" does not say of what; a bare "the Federation" does not say which;
a speaker's "Oh, and" is no word of the fact; a part is no more than its whole ("58 of the 62
deputies"); a vote named in a participle after the agreement ("the Velm Pact, adopted by the
Assembly on D") is the agreement's; a body's own name ("the Velm Health Assembly") is a named
subject, a kind of body ("the Supreme Court") is not.

Every sentence here is written for the test; none comes from a seed or benchmark article.
"""
from __future__ import annotations

import re

from own_article import assert_held, questions_of


def _numbers(choice: str) -> list[float]:
    return [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", choice)]


def test_the_terms_do_not_say_of_what(lexicon):
    questions, _ = questions_of(lexicon, "Ivo Brandt, who won the Aldorian election in November 2024, reopened "
                                         "the terms before agreeing to them.")
    dated = [q for q in questions if "reopened" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert_held(dated, "“the terms” does not say of what")
    # the terms of a named agreement, or terms a name stands before, say which
    questions, _ = questions_of(lexicon, "The military terms of the Velm Pact, signed on 4 May 1990, "
                                         "limited Aldoria's army to 100,000 men.")
    limited = [q for q in questions if "limited" in q.question and q.type == "cloze"]
    assert limited and all("terms" not in c for q in limited for c in q.checks), [q.checks for q in limited]


def test_a_bare_federation_does_not_say_which(lexicon):
    questions, _ = questions_of(lexicon, "The Federation notes that the Velm Truce has been broken three times "
                                         "in fourteen years.")
    noted = [q for q in questions if "notes" in q.question and q.type in ("cloze", "mcq", "tf")]
    assert_held(noted, "“The Federation” does not say which one")
    questions, _ = questions_of(lexicon, "The Velm Truce was signed by the Aldorian Federation on 4 May 1990.")
    signed = [q for q in questions if "Federation" in q.question]
    assert signed and all("Federation" not in c for q in signed for c in q.checks), [q.checks for q in signed]


def test_a_speaker_s_filler_is_no_word_of_the_question(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Accord was signed in 1990.",
                                "Oh, and under the Velm Accord every militia had to disarm within six months.",
                                "Okay, so the Tarn Pact was signed in 1992.")
    months = [q for q in questions if "disarm" in q.question]
    assert months and all(q.question.startswith(("Under the Velm Accord", "Complete the sentence: Under"))
                          for q in months), [q.question for q in months]
    tarn = [q for q in questions if "Tarn Pact" in q.question and q.type == "cloze"]
    assert tarn and tarn[0].question.startswith("The Tarn Pact"), tarn[0].question
    # a word of the sentence that only looks like a filler stays: "Well" as a noun
    questions, _ = questions_of(lexicon, "Well Number 4 was closed under the Velm Accord of 1990.")
    assert [q for q in questions if q.question.startswith("Well Number 4")], [q.question for q in questions]


def test_a_part_is_no_more_than_its_whole(lexicon):
    questions, _ = questions_of(lexicon, "On 22 October 1990, 58 of the 62 deputies voted for the Velm Accord.",
                                "The Tarn Assembly has 46 deputies and the Orla Assembly 190 deputies.")
    whole = [q for q in questions if q.type == "mcq" and q.answer == "62 deputies"]
    assert whole, [(q.question, q.answer) for q in questions if q.type == "mcq"]
    assert all(_numbers(c)[0] >= 58 for c in whole[0].choices), whole[0].choices
    # the part's count stays under its whole
    questions, _ = questions_of(lexicon, "On 22 October 1990, 40 of the 62 deputies voted for the Velm Accord.",
                                "The Tarn Assembly has 75 deputies and the Orla Assembly 90 deputies.")
    part = [q for q in questions if q.type == "mcq" and q.answer == "40"]
    for q in part:
        assert all(_numbers(c)[0] <= 62 for c in q.choices), q.choices


def test_a_vote_after_the_agreement_s_name_is_the_agreement_s(lexicon):
    _, facts = questions_of(lexicon, "The report covers the Velm Pact, adopted by the Tarn Assembly on "
                                     "20 May 2025, and its costs.")
    dated = [f for f in facts if f.kind == "date" and f.value == "2025-05-20"]
    assert dated and dated[0].subject == "the Velm Pact", [(f.subject, f.predicate) for f in dated]
    assert dated[0].predicate.startswith("approved by"), dated[0].predicate
    # a vote on something that is no agreement gives the agreement no date
    _, facts = questions_of(lexicon, "The war ended in 1990, when the budget was approved by Parliament "
                                     "on 20 May 1991.")
    assert all(f.subject != "the war" for f in facts if f.value == "1991-05-20")


def test_a_body_s_own_name_says_whose_act_the_date_is(lexicon):
    questions, _ = questions_of(lexicon, "In December 2021 the Velm Health Assembly set up a negotiating body.")
    cloze = [q for q in questions if q.type == "cloze" and "set up" in q.question]
    assert cloze and not cloze[0].checks, [(q.question, q.checks) for q in cloze]
    # a kind of body many countries have does not say whose act it is
    questions, _ = questions_of(lexicon, "In December 2021 the Supreme Court struck down the law.")
    held = [q for q in questions if q.type == "cloze" and "struck" in q.question]
    assert_held(held, "does not name what this date belongs to")


def test_a_number_in_a_designation_counts_nothing(lexicon):
    _, facts = questions_of(lexicon, "Aldoria deployed 40 RK-20 missiles in 1977.",
                            "Z-2 photographs taken on 14 October 1962 showed the sites.")
    counts = {f.value: f.text for f in facts if f.kind == "quantity"}
    assert counts == {"40 missiles": "40 RK-20 missiles"}, counts
    # a number joined to its noun by a hyphen is still a count: "a 5-year loan"
    _, facts = questions_of(lexicon, "Aldoria took a 5-year loan in 1990.")
    assert [f for f in facts if f.kind == "quantity" and f.value == "5 years"]


def test_a_capitalised_number_inside_a_title_counts_nothing(lexicon):
    _, facts = questions_of(lexicon, "Her film Nine Days was released in 2000 and runs 145 minutes.")
    assert {f.value for f in facts if f.kind == "quantity"} == {"145 minutes"}
    # opening a sentence, a capitalised number is the sentence's first word, not a title
    _, facts = questions_of(lexicon, "Nine days after the vote, Aldoria signed the Velm Pact.")
    assert [f for f in facts if f.kind == "quantity" and f.value == "9 days"]


def test_a_shared_seat_is_the_side_its_sentence_names(lexicon):
    _, facts = questions_of(lexicon, "Russia signed the Velm Pact in 2001.",
                            "In 1969 Washington argued that the heavy Soviet missiles threatened American silos, "
                            "while Moscow insisted that US aircraft in Europe be counted.")
    held = {f.value for f in facts if f.kind == "position" and f.subject == "Moscow"}
    assert held == {"Soviet Union"}, [(f.subject, f.value) for f in facts if f.kind == "position"]
    # a sentence that names neither leaves the seat to the article's side, as before
    _, facts = questions_of(lexicon, "Russia signed the Velm Pact in 2001.",
                            "Moscow insisted that the pact be kept.")
    assert {f.value for f in facts if f.kind == "position" and f.subject == "Moscow"} == {"Russia"}


def test_an_adjective_before_a_name_says_which(lexicon):
    questions, _ = questions_of(lexicon, "In 1969 Washington argued that the heavy Soviet VK-9 threatened "
                                         "American silos.")
    argued = [q for q in questions if q.type == "tf" and q.question.startswith("The United States argued")]
    assert argued and not [c for q in argued for c in q.checks if "the heavy" in c], [q.checks for q in argued]


def test_a_dated_protocol_of_its_own_is_not_the_named_treaty_s(lexicon):
    questions, facts = questions_of(lexicon, "The Velm Treaty permitted each side two defended sites; "
                                             "a 1974 protocol reduced this to one.",
                                    "The 1976 protocol to the Velm Treaty added a third.")
    velm = {f.value for f in facts if f.kind == "date" and f.subject == "the Velm Treaty"}
    assert not velm, velm
    assert not [q for q in questions if q.type == "short" and "Velm Treaty" in q.question and not q.checks]
    # "the 1990 treaty" is still the named treaty's year
    _, facts = questions_of(lexicon, "The 1990 treaty, the Velm Treaty, banned the missiles.")
    assert [f for f in facts if f.kind == "date" and f.subject == "the Velm Treaty" and f.predicate == "signed"]


def test_a_date_after_an_opening_after_phrase_is_not_that_event_s(lexicon):
    questions, facts = questions_of(lexicon, "After the Marnian invasion of Aldoria, Ivo Brandt asked the "
                                             "Senate in January 1980 to delay its vote.")
    assert not [q for q in questions if q.type == "short" and "invasion" in q.question], \
        [q.question for q in questions if q.type == "short"]
    dated = [f for f in facts if f.kind == "date"]
    assert dated and all(f.extra.get("setting") for f in dated if "invasion" in f.subject)


def test_a_long_title_goes_on_through_in(lexicon):
    _, facts = questions_of(lexicon, "I transmit herewith the Convention on Trade in Rare Birds of the Northern "
                                     "Velm Marshes, signed at Tarn on 3 March 1973.")
    signed = [f for f in facts if f.kind == "date" and f.predicate == "signed"]
    assert signed and signed[0].subject.endswith("Northern Velm Marshes"), [f.subject for f in signed]
    # a place of signing after a short title stays out of it
    _, facts = questions_of(lexicon, "Aldoria signed the Treaty on Armed Forces in Velm on 4 May 1990.")
    assert [f.subject for f in facts if f.kind == "date"] == ["the Treaty on Armed Forces"]


def test_a_party_s_name_with_a_possessive_stays_whole(lexicon):
    _, facts = questions_of(lexicon, "The Treaty of Peace and Friendship between Aldoria and the People's "
                                     "Republic of Marnia was signed on 12 August 1978.")
    signed = [f for f in facts if f.kind == "date" and f.predicate == "signed"]
    assert signed and "Marnia" in signed[0].subject, [f.subject for f in signed]
    # "and the Minister's" is no party of the title
    _, facts = questions_of(lexicon, "The Treaty of Velm and the Minister's office were praised on 4 May 1990.")
    assert all("Minister" not in f.subject for f in facts)


def test_a_reciprocal_position_is_not_one_side_s_alone(lexicon):
    # the statement names both sides, which "neither" needs, and is printed once
    questions, _ = questions_of(lexicon, "In 1972 China and the United States agreed that neither should seek "
                                         "hegemony in the region.")
    both = [q for q in questions if q.type == "tf" and q.kind == "position"]
    assert both and all(q.question.startswith("China and the United States agreed that neither") for q in both)
    assert not [c for q in both for c in q.checks if "needs the other side" in c]
    assert sum(not q.checks for q in both) == 1


def test_your_in_a_speech_speaks_to_the_student(lexicon):
    questions, _ = questions_of(lexicon, "Aid from Aldoria to your country came to 3 billion marks by 2008.")
    assert_held([q for q in questions if q.type == "cloze"], "“your” is the hearer's word")
    # a quotation's "your" is the speaker's, as its "we" is
    questions, _ = questions_of(lexicon, 'Ivo Brandt told Marnia in 2008: "Aldoria stands by your side."')
    assert not [c for q in questions for c in q.checks if "hearer's word" in c]


def test_a_counted_group_needs_as_many_names(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Pact of 1990 said that all three states would disarm.")
    assert_held([q for q in questions if q.type == "cloze"], "“all three states” does not say who")
    questions, _ = questions_of(lexicon, "Aldoria, Marnia and Tessaly signed the Velm Pact in 1990, and all "
                                         "three states disarmed.")
    assert not [c for q in questions for c in q.checks if "all three states" in c]


def test_opening_for_signature_is_its_own_step(lexicon):
    questions, facts = questions_of(lexicon, "The Velm Pact was opened for signature on 4 May 1990 and signed by "
                                             "Aldoria on 6 June 1990.")
    steps = {f.predicate: f.value for f in facts if f.kind == "date" and f.subject == "the Velm Pact"}
    assert steps.get("opened for signature") == "1990-05-04" and steps.get("signed") == "1990-06-06", steps
    short = [q.question for q in questions if q.type == "short"]
    assert "When was the Velm Pact opened for signature?" in short, short


def test_a_plural_title_keeps_its_listed_places(lexicon):
    questions, _ = questions_of(lexicon, "The Treaty of Tarn with Aldoria was signed on 2 February 1920.",
                                "The treaties also obliged Velmora to hand over 15 million gold roubles.",
                                title="The Treaties of Tarn, Velm and Orsk (1920)")
    gloss = [q.question for q in questions if q.type == "cloze" and "roubles" in q.question]
    assert gloss and "(the Treaties of Tarn, Velm and Orsk)" in gloss[0], gloss


def test_a_participle_after_an_unnamed_agreement_is_that_agreement_s(lexicon):
    _, facts = questions_of(lexicon, "The Treaty of Tarn was signed in 1920.",
                            "The dispute resurfaced in 2005, when Aldoria withdrew its signature from a new border "
                            "treaty with Marnia; a revised treaty, signed on 18 February 2014, has not been ratified.")
    assert not [f for f in facts if f.value == "2014-02-18" and f.subject == "the Treaty of Tarn"]
    # an appositive that is no agreement leaves the named subject's act its own
    _, facts = questions_of(lexicon, "Aldoria, a small state, signed the Velm Pact on 4 May 1990.")
    assert [f for f in facts if f.value == "1990-05-04" and f.subject == "the Velm Pact"]


def test_a_numbered_article_needs_its_text(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Convention was signed in 1973.",
                                "Article VI provides that an export permit shall be valid for six months.")
    assert_held([q for q in questions if q.type == "cloze" and "Article VI" in q.question],
                "“Article VI” does not say of which text")
    questions, _ = questions_of(lexicon, "Article 5 of the Velm Convention provides that permits last six months.")
    cloze = [q for q in questions if q.type == "cloze"]
    assert cloze and not [c for q in cloze for c in q.checks if "of which text" in c]


def test_that_after_a_verb_that_takes_a_thing_points_back(lexicon):
    questions, _ = questions_of(lexicon, "Aldoria called that conference in fulfilment of the Velm Act of 1969.")
    assert_held([q for q in questions if q.type == "cloze"], "“that conference” refers to something outside")
    # after a verb of saying, "that" opens a clause
    questions, _ = questions_of(lexicon, "Ivo Brandt said that conference delegates signed the Velm Act in 1969.")
    assert not [c for q in questions for c in q.checks if "“that conference”" in c]


def test_a_joint_communique_does_not_say_which(lexicon):
    questions, _ = questions_of(lexicon, "Aldoria and Marnia signed the Velm Pact in 1978.",
                                "The Joint Communiqué was signed in Velm on 29 September 1972.")
    assert_held([q for q in questions if q.type == "short" and "Communiqué" in q.question],
                "does not say which one")


def test_agreeing_to_negotiate_needs_both_sides(lexicon):
    questions, _ = questions_of(lexicon, "China and Japan restored relations in 1972.",
                                "In that year both governments agreed to negotiate a treaty of peace.")
    statements = [q for q in questions if q.type == "tf" and "agreed to negotiate" in q.question]
    assert statements and all(q.question.startswith("China and Japan agreed") for q in statements)
    assert not [c for q in statements for c in q.checks if "needs the other side" in c]


def test_an_unnamed_convention_signed_after_the_date_is_not_the_named_one(lexicon):
    questions, facts = questions_of(
        lexicon, "The Velm Pact was signed by Aldoria and Marnia on 24 July 1905.",
        "In 1906, at the conference on Tessaly, Marnia stood by Orsk, and the following year, on 31 August 1907, "
        "it signed a convention with Brenmark.")
    velm = {(f.kind, f.value) for f in facts if f.subject == "the Velm Pact"}
    assert ("date", "1907-08-31") not in velm, velm
    parties = [f.value for f in facts if f.kind == "parties"]
    assert parties == ["Aldoria and Marnia"] or all("Tessaly" not in p for p in parties), parties
    # the named subject's own signing with another side is still its parties'
    _, facts = questions_of(lexicon, "On 4 May 1990 Aldoria signed the Velm Pact with Marnia.")
    assert [f for f in facts if f.kind == "date" and f.subject == "the Velm Pact"]


def test_a_label_s_short_lines_are_not_one_sentence(tmp_path, lexicon):
    from own_article import read_article
    article = read_article(tmp_path, "# A case of letters\n\nThe Velm Pact was signed in 1905.\n\n"
                                     "**4. The Treaty of Tarn**\n5 September 1905\nPrinted text, in two languages\n"
                                     "Lent by a private collection, Tarn\n\n"
                                     "A wrapped paragraph of prose runs on over its line\nbreak and ends as a "
                                     "sentence does.\n")
    assert "5 September 1905" in article.paragraphs
    assert not [p for p in article.paragraphs if "Tarn 5 September" in p or "1905 Printed" in p], article.paragraphs
    assert [p for p in article.paragraphs if p.startswith("A wrapped paragraph") and p.endswith("does.")]


def test_it_after_a_named_initiative_is_not_the_article_s_agreement(lexicon):
    _, facts = questions_of(lexicon, "The Velm Convention was adopted in 2011.",
                            "The envoy pointed to the Tarn Initiative, a partnership between Aldoria and Marnia. "
                            "It was launched in September 2017 with 500 million marks.")
    assert not [f for f in facts if f.value == "2017-09" and f.subject == "the Velm Convention"], \
        [(f.subject, f.value) for f in facts]


def test_a_bare_partnership_or_declaration_does_not_say_which(lexicon):
    questions, _ = questions_of(lexicon, "China and Japan signed the non-binding declaration in 2002.")
    short = [q for q in questions if q.type == "short" and q.question.startswith("Who")]
    assert_held(short, "“the non-binding declaration” does not say which one")
    questions, _ = questions_of(lexicon, "In 2017 the envoys praised the partnership at Velm.")
    assert_held([q for q in questions if q.type == "cloze"], "“the partnership” does not say which one")
    # a declaration's title is a name, not a bare noun
    questions, _ = questions_of(lexicon, "China and Japan signed the Velm Declaration in 2002.")
    assert not [c for q in questions for c in q.checks if "Declaration" in c]


def test_an_infinitive_of_purpose_names_no_referent_for_it(lexicon):
    questions, _ = questions_of(lexicon, "To recover Tarn it gave up Velm in 1763.")
    assert_held([q for q in questions if q.type == "cloze"], "“it” refers to something outside the question")
    questions, _ = questions_of(lexicon, "To recover Tarn, Aldoria gave up Velm in 1763 under the Velm Pact.")
    assert not [c for q in questions for c in q.checks if "“it”" in c]


def test_a_very_short_sentence_is_short_in_every_type(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Pact was signed in 1859.", "Brandt wanted 100 marks.")
    wanted = [q for q in questions if "wanted" in q.question and q.type == "mcq"]
    assert_held(wanted, "the question is very short")     # "Complete the sentence: Brandt wanted _____."
    signed = [q for q in questions if "signed" in q.question and q.type == "mcq"]
    assert signed and not [c for q in signed for c in q.checks if "very short" in c]


def test_an_instruction_is_no_statement(lexicon):
    questions, _ = questions_of(lexicon, "Impose sanctions on the officials responsible for the 2021 changes "
                                         "to the Velm Pact.")
    assert_held([q for q in questions if q.type in ("cloze", "mcq", "tf")], "the sentence is an instruction")
    questions, _ = questions_of(lexicon, "Compare that with the 1967 Velm Treaty, which has 110 parties.")
    assert_held([q for q in questions if q.type == "cloze"], "the sentence is an instruction (“Compare …”)")
    # a name spelt like such a verb, before its own verb, is the subject
    questions, _ = questions_of(lexicon, "Grant signed the Velm Pact in 1871.")
    assert not [c for q in questions for c in q.checks if "instruction" in c]


def test_the_following_year_gives_the_year_away(lexicon):
    questions, _ = questions_of(lexicon, "In 1906 Marnia stood by Orsk, and the following year, on 31 August 1907, "
                                         "it signed the Velm Pact.")
    early = [q for q in questions if q.type == "cloze" and q.answer == "1906"]
    assert_held(early, "it counts from another date (“the following year”)")


def test_an_implementation_agreement_does_not_say_which(lexicon):
    questions, _ = questions_of(lexicon, "The Implementation Agreement entered into force on 28 July 1996.")
    assert_held([q for q in questions if q.type == "short"], "“the Implementation Agreement” does not say which one")


def test_a_title_goes_on_through_to_between_capitalised_words(lexicon):
    _, facts = questions_of(lexicon, "The Convention on Access to Information, Public Participation and Justice "
                                     "was adopted on 25 June 1998.")
    assert [f.subject for f in facts if f.kind == "date"][0].startswith("the Convention on Access to Information")
    # "to" and a body after a title is where it went, not its name
    _, facts = questions_of(lexicon, "Aldoria submitted the Convention on Fisheries to Parliament in 1998.")
    assert all("Parliament" not in f.subject for f in facts)


def test_a_date_during_an_event_is_not_that_event_s(lexicon):
    questions, _ = questions_of(lexicon, "On 28 May 2008, during the Velm conference, the Prime Minister announced "
                                         "that Aldoria would give up its mines.")
    assert not [q for q in questions if q.type == "short" and "Velm conference" in q.question], \
        [q.question for q in questions if q.type == "short"]


def test_an_agreement_named_as_a_foil_is_not_what_the_treaty_means_later(lexicon):
    questions, _ = questions_of(
        lexicon, "The Security Treaty between Aldoria, Marnia and Tessaly (VELMUS) was signed in Velm on 1 September "
                 "1951 and entered into force on 29 April 1952. Its eleven articles commit each party to act; unlike "
                 "the Tarn Treaty, it does not declare that an attack on one is an attack on all. Under Article X the "
                 "treaty remains in force indefinitely, although any party may leave 12 months after giving notice.",
        "Since 1986 the treaty has operated as two bilateral relationships.", title="VELMUS Treaty")
    glossed = [q.question for q in questions if "the treaty (" in q.question]
    assert not [g for g in glossed if "Tarn Treaty" in g], glossed


def test_an_agreement_the_sentence_opens_with_and_only_describes_does_not_say_which(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Treaty was signed in 2000.",
                                "A Memorandum of Understanding signed in February 1995 committed both governments "
                                "to talks.",
                                "A UN-brokered truce took effect on 2 April 2022 and has largely held.")
    memo = [q for q in questions if q.type == "cloze" and "Memorandum" in q.question]
    assert_held(memo, "“both governments” does not say who")
    truce = [q for q in questions if q.type == "cloze" and "truce" in q.question]
    assert_held(truce, "the sentence does not say which agreement it is about")
    # the parties that sign "a pact" say whose it is
    questions, _ = questions_of(lexicon, "On 8 May 2019 the Aldorian and Marnian governments signed a Memorandum "
                                         "of Understanding on travel in Velm.")
    assert not [c for q in questions for c in q.checks if "which agreement" in c]


def test_a_hundred_and_seventy_three_is_one_number(lexicon):
    _, facts = questions_of(lexicon, "A hundred and seventy-three MPs voted for the Velm Pact.",
                            "Aldoria won three hundred and five seats in 1990.")
    assert {f.value for f in facts if f.kind == "quantity"} == {"173 mps", "305 seats"}, \
        [f.value for f in facts if f.kind == "quantity"]


def test_a_word_made_of_the_holder_s_name_is_never_given_to_another_side(lexicon):
    for seed in range(6):
        questions, _ = questions_of(lexicon, f"Peru said the border began at the sea in 19{20 + seed}, while Chile "
                                             "pressed ahead with Chileanization.")
        assert not [q for q in questions if q.type == "tf" and q.question.startswith("Peru pressed")], \
            [q.question for q in questions if q.type == "tf"]


def test_a_span_counted_to_now_needs_the_article_s_date(lexicon):
    questions, _ = questions_of(lexicon, "Ivo Brandt says Marnia has spent ten years dodging the Velm Pact.")
    assert_held([q for q in questions if q.type == "cloze"], "counts from the day the article was written")


def test_words_to_a_speech_s_hearers_are_no_fact(lexicon):
    questions, _ = questions_of(lexicon, "Madam Chair, no state has broken the Velm Convention since 1975.")
    assert_held([q for q in questions if q.type == "cloze"], "the sentence speaks to its hearers")


def test_a_law_s_title_keeps_its_listed_subjects_and_its_year(lexicon):
    _, facts = questions_of(lexicon, "Aldoria wrote its policy into law with the Velm Nuclear Free Zone, "
                                     "Disarmament, and Arms Control Act 1987, passed by Parliament on 4 June 1987.")
    dated = [(f.subject, f.value) for f in facts if f.kind == "date"]
    assert dated == [("the Velm Nuclear Free Zone, Disarmament, and Arms Control Act", "1987-06-04")], dated
    _, facts = questions_of(lexicon, "The treaty was laid before Parliament under the Velm Reform Act 2010.")
    assert not [f for f in facts if f.kind == "date"], [(f.subject, f.value) for f in facts]


def test_that_is_why_leans_on_the_sentence_before(lexicon):
    questions, _ = questions_of(lexicon, "That is why the Velm Protocol was adopted in 2014 by 437 votes to 8.")
    assert_held([q for q in questions if q.type == "cloze"], "opens with a word that leans on the sentence before")


def test_a_law_s_title_year_counts_nothing(lexicon):
    _, facts = questions_of(lexicon, "The Velm Slavery Act 2015 asks large firms to report.")
    assert not [f for f in facts if f.kind in ("quantity", "date")], [(f.kind, f.value) for f in facts]


def test_a_box_s_field_lines_are_items_of_their_own(tmp_path, lexicon):
    from own_article import read_article
    article = read_article(tmp_path, "# Velm\n\nThe Velm Treaty was signed in 1904 and ended the war.\n\n"
                                     "Parties: Aldoria and Marnia\nSigned: 20 October 1904, in Tarn\n"
                                     "Length of border: about 861 km, fixed through 96 points, most of them high peaks\n")
    assert "Signed: 20 October 1904, in Tarn" in article.paragraphs, article.paragraphs


def test_the_agreements_are_not_glossed_with_one_agreement_s_name(lexicon):
    questions, _ = questions_of(lexicon, "In July 1944 delegates signed the Articles of Agreement of the Velm Fund "
                                         "and the Tarn Bank.",
                                "The agreements entered into force in December 1945 when 28 states had ratified.")
    later = [q.question for q in questions if "entered into force" in q.question]
    assert later and not [q for q in later if "(" in q], later


def test_that_border_after_confirm_points_back_but_a_clause_does_not(lexicon):
    questions, _ = questions_of(lexicon, "In 1990 the Velm Treaty required Aldoria to confirm that border.")
    assert_held([q for q in questions if q.type == "cloze"], "“that border” refers to something outside")
    questions, _ = questions_of(lexicon, "In 1990 Aldoria confirmed that talks on the Velm Treaty would resume.")
    assert not [c for q in questions for c in q.checks if "“that talks”" in c]


def test_a_day_counted_in_weeks_from_a_yearless_day_is_given_away(lexicon):
    questions, _ = questions_of(lexicon, "The Velm Border Treaty was signed on 14 November 1990, just six weeks "
                                         "after reunification on 3 October.")
    assert_held([q for q in questions if q.type == "cloze" and q.answer == "14 November 1990"],
                "it counts from another date (“six weeks after”)")


def test_an_owner_s_possessive_is_no_word_of_the_name(lexicon):
    questions, _ = questions_of(lexicon, "VASA's Selene Accords were signed on 13 October 2020.")
    short = [q.question for q in questions if q.type == "short"]
    assert short == ["When were the Selene Accords signed?"], short


def test_a_protocol_of_a_year_to_a_convention_is_its_own_instrument(lexicon):
    _, facts = questions_of(lexicon, "The Velm Convention was adopted on 28 June 1930.",
                            "The Protocol of 2014 to the Velm Convention was adopted on 11 June 2014.")
    assert not [f for f in facts if f.subject == "the Velm Convention" and f.value.startswith("2014")]


def test_a_line_all_in_bold_is_a_heading_not_a_sentence(tmp_path, lexicon):
    from own_article import read_article
    article = read_article(tmp_path, "# Velm\n\nThe Velm Treaty was signed in 1904 and ended the war.\n\n"
                                     "**The 1904 treaty at a glance**\n\nParties: Aldoria and Marnia\n\n"
                                     "**Aldoria signed first.**\n")
    assert "The 1904 treaty at a glance" not in article.paragraphs, article.paragraphs
    assert (1, 4, "The 1904 treaty at a glance") in article.headings, article.headings
    # a bold sentence that ends as a sentence does is still one
    assert "Aldoria signed first." in article.paragraphs


def test_a_memorandum_of_understanding_does_not_say_which(lexicon):
    questions, _ = questions_of(lexicon, "On 20 June 1963 the United States and the Soviet Union signed a "
                                         "memorandum of understanding establishing a hotline.")
    assert_held([q for q in questions if q.type == "short" and q.question.startswith("Who")],
                "“the memorandum of understanding” does not say which one")
