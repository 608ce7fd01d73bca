"""Extraction: articles in, typed facts out.

The fixture articles under ``tests/fixtures/articles`` are our own texts (not
copies of the seed); each test asserts facts by value, and that every fact
points back at its exact source sentence and span in ``Article.text``.  The
seed file is only used at the end, to check a few facts of each kind.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.extract import extract_facts, load_lexicon
from quizgen.extract.sentences import split_sentences
from quizgen.model import Article, Fact
from quizgen.sources import read_file

HERE = Path(__file__).parent
ARTICLES = HERE / "fixtures" / "articles"
SEED = HERE.parent / "seeds" / "putin-trump-phone-talks.txt"
FIXTURE_NAMES = sorted(p.stem for p in ARTICLES.glob("*.txt"))

# Uganda is not in quizgen/data/sides.yaml; a project adds it the documented way.
UGANDA = {"name": "Uganda", "names": ["Uganda"], "demonyms": ["Ugandan", "Ugandans"], "seats": ["Kampala"]}


# -- helpers ------------------------------------------------------------------------

def article_from(path: Path, date: str = "") -> Article:
    """An article from a fixture file: first line the title, other non-empty lines paragraphs."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return Article(slug=path.stem, title=lines[0], paragraphs=tuple(lines[1:]),
                   path=path.name, date=date)


def make_article(*paragraphs: str, date: str = "", slug: str = "inline") -> Article:
    return Article(slug=slug, title="Inline", paragraphs=tuple(paragraphs), date=date)


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon(extra_sides=[UGANDA])


@pytest.fixture(scope="module")
def extracted(lexicon) -> dict[str, tuple[Article, list[Fact]]]:
    out = {}
    for name in FIXTURE_NAMES:
        article = article_from(ARTICLES / f"{name}.txt")
        out[name] = (article, extract_facts(article, lexicon))
    return out


@pytest.fixture(scope="module")
def seed(lexicon) -> list[tuple[Article, list[Fact]]]:
    return [(a, extract_facts(a, lexicon)) for a in read_file(SEED)]


def one(facts: list[Fact], kind: str, value: str, **attrs) -> Fact:
    """The single fact of ``kind`` with ``value`` (and the given attributes)."""
    found = [f for f in facts if f.kind == kind and f.value == value
             and all(getattr(f, k) == v for k, v in attrs.items())]
    assert len(found) == 1, (f"expected one {kind} fact {value!r} {attrs}, got {len(found)}; "
                             f"{kind} facts: {[(f.value, f.text, f.subject, f.predicate) for f in facts if f.kind == kind]}")
    return found[0]


def assert_anchored(article: Article, fact: Fact, sentence: str) -> None:
    """The fact quotes its exact source sentence, and its span is its text in ``article.text``."""
    assert fact.sentence == sentence
    assert article.text[fact.span[0]:fact.span[1]] == fact.text
    start = article.text.find(sentence)
    assert start >= 0, "the sentence is not in the article text"
    assert start <= fact.span[0] <= fact.span[1] <= start + len(sentence)


# -- every fixture ------------------------------------------------------------------

@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_every_fact_points_at_its_sentence_and_span(lexicon, extracted, name):
    article, facts = extracted[name]
    assert facts, "no facts at all"
    sentences = {s.text for s in split_sentences(article, lexicon)}
    for fact in facts:
        assert fact.article == name
        assert fact.sentence in sentences
        assert article.text[fact.span[0]:fact.span[1]] == fact.text
        assert fact.text in fact.sentence
        assert fact.id.startswith(fact.kind + "-")
    assert len({f.id for f in facts}) == len(facts)


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_ids_are_stable(lexicon, extracted, name):
    article, facts = extracted[name]
    again = extract_facts(article_from(ARTICLES / f"{name}.txt"), lexicon)
    assert [f.id for f in again] == [f.id for f in facts]
    assert again == facts


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_ids_do_not_depend_on_position(lexicon, extracted, name):
    article, facts = extracted[name]
    intro = "Heavy autumn rain kept most ferries in port for several weeks this season."
    moved = Article(slug=article.slug, title=article.title, paragraphs=(intro,) + article.paragraphs)
    shift = len(intro) + 2
    moved_facts = extract_facts(moved, lexicon)
    assert [f.id for f in moved_facts] == [f.id for f in facts]
    for before, after in zip(facts, moved_facts):
        assert after.span == (before.span[0] + shift, before.span[1] + shift)
        assert moved.text[after.span[0]:after.span[1]] == after.text


# -- dates: article_with_treaty_dates ---------------------------------------------

TREATY = "article_with_treaty_dates"
S_1980S = "Disputes over herring stocks had strained relations since the late 1980s, when both fleets expanded into the same grounds."
S_1996 = "A first round of talks was held in Bergen on 14 March 1996, but it ended without a text."
S_1999 = "Formal negotiations resumed in 1999 after coast guard vessels of both countries detained several trawlers."
S_2001 = "The treaty was signed on March 3, 2001, by the foreign ministers of both states."
S_2004 = "It entered into force in June 2004, once the Icelandic parliament had approved the text."
S_2010 = "The agreement was extended in early 2010 for a further decade."


@pytest.mark.parametrize("value, text, precision, sentence", [
    ("late 1980s", "late 1980s", "fuzzy decade", S_1980S),
    ("1996-03-14", "14 March 1996", "day", S_1996),
    ("1999", "1999", "year", S_1999),
    ("2001-03-03", "March 3, 2001", "day", S_2001),
    ("2004-06", "June 2004", "month", S_2004),
    ("early 2010", "early 2010", "fuzzy", S_2010),
])
def test_treaty_dates_in_every_format(extracted, value, text, precision, sentence):
    article, facts = extracted[TREATY]
    fact = one(facts, "date", value)
    assert fact.text.endswith(text)          # "late 1980s" or "the late 1980s"
    assert fact.extra["precision"] == precision
    assert_anchored(article, fact, sentence)


def test_treaty_article_has_exactly_these_dates(extracted):
    _, facts = extracted[TREATY]
    assert sorted(f.value for f in facts if f.kind == "date") == sorted(
        ["late 1980s", "1996-03-14", "1999", "2001-03-03", "2004-06", "early 2010"])


@pytest.mark.parametrize("value, predicate", [
    ("1996-03-14", "held"),
    ("1999", "negotiated"),
    ("2001-03-03", "signed"),
    ("2004-06", "entered into force"),
    ("early 2010", "extended"),
])
def test_treaty_date_predicates(extracted, value, predicate):
    _, facts = extracted[TREATY]
    assert one(facts, "date", value).predicate == predicate


@pytest.mark.parametrize("value", ["2001-03-03", "2004-06", "early 2010"])
def test_treaty_back_references_resolve_to_the_named_treaty(extracted, value):
    _, facts = extracted[TREATY]
    fact = one(facts, "date", value)
    assert fact.subject == "the Reykjanes Fisheries Treaty"
    assert fact.extra["agreement"] is True


def test_treaty_parties(extracted):
    article, facts = extracted[TREATY]
    fact = one(facts, "parties", "Norway and Iceland")
    assert fact.subject == "the Reykjanes Fisheries Treaty"
    assert fact.text == "Norway and Iceland"
    assert fact.extra["sides"] == ["Norway", "Iceland"]
    assert fact.extra["agreement"] is True
    assert_anchored(article, fact, "The Reykjanes Fisheries Treaty is an agreement between Norway and "
                                   "Iceland that divides fishing rights in the waters between the two countries.")


def test_treaty_article_has_no_positions(extracted):
    # "Observers have described ...", "environmental groups argue ...": no side holds these.
    _, facts = extracted[TREATY]
    assert [f for f in facts if f.kind == "position"] == []


# -- quantities and ranges: article_with_ranges -----------------------------------

RANGES = "article_with_ranges"
S_ZONE = ("Under a regional convention adopted last spring, fishing fleets must stay out of a buffer zone that "
          "lies between 12 and 40 nautical miles from the coast of the protected islands.")
S_TRAWLERS = ("Each participating country may license no more than 120 trawlers for the remaining grounds, "
              "down from about 200 vessels a decade ago.")
S_DRONES = ("The patrol drones bought for the scheme have flight ranges of 310–3,420 miles, depending on the "
            "model, so a single base can watch most of the zone.")
S_MORATORIUM = "The convention also imposes a ten-year moratorium on krill harvesting near breeding colonies."
S_FUNDS = ("The member governments pledged $2.5 billion over the first decade, and at least 30 percent of that "
           "sum is reserved for scientific monitoring.")
S_FINES = "Vessels caught inside the buffer zone face fines of up to €400,000 and lose their licence for six months."
S_STOCKS = ("Fish stocks fell by 45 percent between 1995 and 2015, and recovery could take 25 years even if the "
            "rules are strictly enforced.")


def test_range_between_nautical_miles(extracted):
    article, facts = extracted[RANGES]
    fact = one(facts, "range", "12-40 nautical miles")
    assert (fact.extra["low"], fact.extra["high"], fact.extra["unit"]) == (12, 40, "nautical miles")
    assert fact.text.endswith("12 and 40 nautical miles")
    assert_anchored(article, fact, S_ZONE)


def test_limit_no_more_than(extracted):
    article, facts = extracted[RANGES]
    fact = one(facts, "quantity", "<=120 trawlers")
    assert fact.text == "no more than 120 trawlers"
    assert fact.extra["bound"] == "max"
    assert fact.extra["unit"] == "trawlers"
    assert fact.predicate == "trawlers"
    assert_anchored(article, fact, S_TRAWLERS)
    assert_anchored(article, one(facts, "quantity", "200 vessels"), S_TRAWLERS)


def test_dash_range_in_miles_with_conversion(extracted):
    article, facts = extracted[RANGES]
    fact = one(facts, "range", "310-3420 mi")
    assert fact.text == "310–3,420 miles"
    assert (fact.extra["low"], fact.extra["high"]) == (310, 3420)
    assert fact.extra["converted"] == "499–5,504 km"
    assert fact.predicate == "ranges"
    assert_anchored(article, fact, S_DRONES)


def test_hyphenated_duration(extracted):
    article, facts = extracted[RANGES]
    fact = one(facts, "quantity", "10 years")
    assert fact.text == "ten-year"
    assert fact.predicate == "moratorium"
    assert fact.subject == "the convention" or fact.subject == ""
    assert_anchored(article, fact, S_MORATORIUM)


def test_money_with_scale(extracted):
    article, facts = extracted[RANGES]
    fact = one(facts, "quantity", "2500000000 USD")
    assert fact.text == "$2.5 billion"
    assert fact.extra["low"] == 2.5e9
    assert fact.extra["unit"] == "USD"
    assert_anchored(article, fact, S_FUNDS)


@pytest.mark.parametrize("value, text, bound, sentence", [
    (">=30 percent", "at least 30 percent", "min", S_FUNDS),
    ("<=400000 EUR", "up to €400,000", "max", S_FINES),
    ("6 months", "six months", "", S_FINES),
    ("45 percent", "45 percent", "", S_STOCKS),
    ("25 years", "25 years", "", S_STOCKS),
])
def test_other_quantities(extracted, value, text, bound, sentence):
    article, facts = extracted[RANGES]
    fact = one(facts, "quantity", value)
    assert fact.text == text
    assert fact.extra["bound"] == bound
    assert_anchored(article, fact, sentence)


def test_years_in_between_are_dates_not_a_range(extracted):
    article, facts = extracted[RANGES]
    for year in ("1995", "2015"):
        assert_anchored(article, one(facts, "date", year), S_STOCKS)
    assert not [f for f in facts if f.kind in ("quantity", "range") and "1995" in f.text]
    # "last spring" is not a date, and no other dates are in the article
    assert sorted(f.value for f in facts if f.kind == "date") == ["1995", "2015"]


def test_definite_counts_that_refer_back_are_not_quantities(extracted):
    texts = [f.text for name in FIXTURE_NAMES for f in extracted[name][1] if f.kind == "quantity"]
    for phrase in ("two countries", "three countries", "two neighbours"):
        assert phrase not in texts


# -- dates inside quantities, sentence splitting, relative dates ------------------

def test_a_number_before_a_noun_is_a_count_not_a_date(lexicon):
    article = make_article("India agreed to withdraw 2,000 troops and 1500 vehicles from the border in 2003, "
                           "and Pakistan moved 1200 soldiers.")
    facts = extract_facts(article, lexicon)
    assert [f.value for f in facts if f.kind == "date"] == ["2003"]
    assert one(facts, "quantity", "2000 troops").text == "2,000 troops"
    assert one(facts, "quantity", "1500 vehicles").text == "1500 vehicles"
    assert one(facts, "quantity", "1200 soldiers").text == "1200 soldiers"


def test_us_president_does_not_split_a_sentence(lexicon):
    first = ("The talks in 2005 were attended by U.S. President John Smith and Indian Prime Minister "
             "Ravi Kumar.")
    article = make_article(first + " They ended without an agreement.")
    assert [s.text for s in split_sentences(article, lexicon)] == [first, "They ended without an agreement."]
    fact = one(extract_facts(article, lexicon), "date", "2005")
    assert_anchored(article, fact, first)


def test_relative_dates_resolve_only_against_the_article_date(lexicon):
    text = "The accord between India and Pakistan was signed last year. It is due to expire next year."
    undated = extract_facts(make_article(text), lexicon)
    assert [f for f in undated if f.kind == "date"] == []
    article = make_article(text, date="2023-05-01")
    dated = extract_facts(article, lexicon)
    signed = one(dated, "date", "2022")
    assert signed.text == "last year"
    assert signed.predicate == "signed"
    assert_anchored(article, signed, "The accord between India and Pakistan was signed last year.")
    expires = one(dated, "date", "2024")
    assert expires.text == "next year"
    assert expires.predicate == "expired"


def test_the_following_year_is_not_resolved_against_the_article_date(lexicon):
    facts = extract_facts(make_article("The accord was signed in 2001. Talks resumed the following year.",
                                       date="2023-05-01"), lexicon)
    assert [f.value for f in facts if f.kind == "date"] == ["2001"]


# -- positions: article_with_positions --------------------------------------------

POSITIONS = "article_with_positions"
S_WHILE = ("While Kenya favored mediation by the East African Community, Uganda criticized any outside "
           "involvement in the dispute.")
S_UGANDA = "The Ugandan government, in response, rejected the call for a survey and accused Kenyan fishermen of poaching."


def test_position_of_a_leader_learned_from_the_article(extracted):
    article, facts = extracted[POSITIONS]
    fact = one(facts, "position", "Kenya", predicate="urged")
    assert fact.side == "Kenya"
    assert fact.subject == "Jane Doe"
    assert fact.text.startswith("an independent survey of the disputed islands")
    assert fact.extra["polarity"] == "support"
    assert fact.hedge is None
    assert_anchored(article, fact, "Kenyan President Jane Doe urged an independent survey of the disputed "
                                   "islands during a press briefing on Tuesday.")


def test_position_of_a_capital(extracted):
    article, facts = extracted[POSITIONS]
    fact = one(facts, "position", "Kenya", predicate="denied")
    assert fact.subject == "Nairobi"
    assert fact.text == "reports that its patrol boats had entered Ugandan waters"
    assert fact.extra["polarity"] == "oppose"
    assert_anchored(article, fact, "Nairobi denied reports that its patrol boats had entered Ugandan waters.")


def test_government_in_response_with_two_verbs(extracted):
    article, facts = extracted[POSITIONS]
    rejected = one(facts, "position", "Uganda", predicate="rejected")
    assert rejected.text == "the call for a survey"
    assert_anchored(article, rejected, S_UGANDA)
    accused = one(facts, "position", "Uganda", predicate="accused")
    assert accused.text == "Kenyan fishermen of poaching"
    assert accused.side == "Uganda"
    assert_anchored(article, accused, S_UGANDA)


def test_officials_of_a_side_speak_for_it(extracted):
    article, facts = extracted[POSITIONS]
    fact = one(facts, "position", "Uganda", predicate="said")
    assert fact.text == "the islands had been administered by Uganda since the colonial era"
    assert_anchored(article, fact, "Ugandan officials said the islands had been administered by Uganda "
                                   "since the colonial era.")


def test_hedged_position(extracted):
    article, facts = extracted[POSITIONS]
    fact = one(facts, "position", "Kenya", predicate="pressed for")
    assert fact.subject == "Doe"
    assert fact.hedge == "According to reports,"
    assert fact.text == "a ruling by a regional court"
    assert_anchored(article, fact, "Doe reportedly pressed for a ruling by a regional court.")


def test_two_sides_set_against_each_other(extracted):
    article, facts = extracted[POSITIONS]
    kenya = one(facts, "position", "Kenya", predicate="favored")
    uganda = one(facts, "position", "Uganda", predicate="criticized")
    assert kenya.text == "mediation by the East African Community"
    assert uganda.text == "any outside involvement in the dispute"
    assert kenya.extra["polarity"] == "support" and uganda.extra["polarity"] == "oppose"
    assert kenya.hedge is None and uganda.hedge is None
    assert_anchored(article, kenya, S_WHILE)
    assert_anchored(article, uganda, S_WHILE)
    assert kenya.id != uganda.id


def test_only_sides_hold_positions(extracted):
    # "Analysts in Nairobi said", "Fishermen on both shores said": not a side's position.
    _, facts = extracted[POSITIONS]
    assert sorted((f.side, f.predicate) for f in facts if f.kind == "position") == sorted([
        ("Kenya", "urged"), ("Kenya", "denied"), ("Uganda", "rejected"), ("Uganda", "accused"),
        ("Uganda", "said"), ("Kenya", "pressed for"), ("Kenya", "favored"), ("Uganda", "criticized"),
    ])
    assert all(f.hedge in (None, "According to reports,") for f in facts)


# -- parties: article_with_parties ------------------------------------------------

PARTIES = "article_with_parties"
S_TACNA = ("The Tacna Water Accord, an agreement between Chile and Peru signed in 2018, sets out how the two "
           "countries share water from rivers that cross their border.")
S_RAIL = "In Europe, the Continental Rail Charter was signed by France, Germany and Italy in 2015 to link their high-speed networks."
S_TALKS = "Talks among Spain, Portugal and France on a similar line stalled in 2019."
S_CABLE = "The North Sea Cable Agreement between Norway, Denmark and the United Kingdom entered into force in 2021."
S_SUMMIT = ("A summit between Norwegian Prime Minister Erik Lund and Danish Prime Minister Mette Holm was held in "
            "Bergen in May 2022 to review the cable project.")


def test_agreement_between_two_sides(extracted):
    article, facts = extracted[PARTIES]
    fact = one(facts, "parties", "Chile and Peru")
    assert fact.subject == "the Tacna Water Accord"
    assert fact.extra["sides"] == ["Chile", "Peru"]
    assert fact.extra["agreement"] is True
    assert fact.text == "Chile and Peru"
    assert_anchored(article, fact, S_TACNA)


def test_signed_by_a_list_of_three(extracted):
    article, facts = extracted[PARTIES]
    fact = one(facts, "parties", "France, Germany and Italy")
    assert fact.subject == "the Continental Rail Charter"
    assert fact.text == "France, Germany and Italy"
    assert fact.extra["sides"] == ["France", "Germany", "Italy"]
    assert fact.extra["agreement"] is True
    assert_anchored(article, fact, S_RAIL)


def test_talks_among_a_list(extracted):
    article, facts = extracted[PARTIES]
    fact = one(facts, "parties", "Spain, Portugal and France")
    assert fact.text == "Spain, Portugal and France"
    assert fact.extra["agreement"] is False
    assert fact.subject == "the talks"
    assert_anchored(article, fact, S_TALKS)


def test_list_with_a_definite_side_name(extracted):
    article, facts = extracted[PARTIES]
    fact = one(facts, "parties", "Norway, Denmark and United Kingdom")
    assert fact.subject == "the North Sea Cable Agreement"
    assert fact.extra["sides"] == ["Norway", "Denmark", "United Kingdom"]
    assert fact.text == "Norway, Denmark and the United Kingdom"
    assert_anchored(article, fact, S_CABLE)


def test_leaders_named_with_their_titles_are_parties(extracted):
    article, facts = extracted[PARTIES]
    fact = one(facts, "parties", "Norway and Denmark")
    assert fact.subject == "the summit"
    assert fact.text == "Norwegian Prime Minister Erik Lund and Danish Prime Minister Mette Holm"
    assert fact.extra["agreement"] is False
    assert_anchored(article, fact, S_SUMMIT)
    date = one(facts, "date", "2022-05")
    assert date.predicate == "held"
    assert date.extra["precision"] == "month"
    assert_anchored(article, date, S_SUMMIT)


def test_a_side_and_its_neighbours_are_not_parties(extracted):
    _, facts = extracted[PARTIES]
    assert not [f for f in facts if "neighbours" in f.sentence and f.kind == "parties"]
    assert len([f for f in facts if f.kind == "parties"]) == 5


@pytest.mark.parametrize("value, predicate, subject, sentence", [
    ("2018", "signed", "the Tacna Water Accord", S_TACNA),
    ("2015", "signed", "the Continental Rail Charter", S_RAIL),
    ("2021", "entered into force", "the North Sea Cable Agreement", S_CABLE),
])
def test_agreement_dates_in_the_parties_article(extracted, value, predicate, subject, sentence):
    article, facts = extracted[PARTIES]
    fact = one(facts, "date", value)
    assert (fact.predicate, fact.subject) == (predicate, subject)
    assert fact.extra["agreement"] is True
    assert_anchored(article, fact, sentence)


# -- the seed ---------------------------------------------------------------------

def seed_facts(seed) -> list[Fact]:
    return [f for _, facts in seed for f in facts]


def seed_article(seed, fact: Fact) -> Article:
    return next(a for a, _ in seed if a.slug == fact.article)


def test_seed_date_of_the_inf_agreement(seed):
    fact = one(seed_facts(seed), "date", "1987")
    assert fact.predicate == "signed"
    assert fact.subject == "the INF Treaty"
    assert fact.extra["precision"] == "year"
    assert seed_article(seed, fact).text[fact.span[0]:fact.span[1]] == "1987"
    assert fact.sentence.startswith("The 1987 agreement, which banned ground-launched missiles")


def test_seed_quantity_of_the_new_start_extension(seed):
    fact = one(seed_facts(seed), "quantity", "5 years")
    assert fact.text == "five-year"
    assert fact.predicate == "extension"
    assert fact.subject == "New START"


def test_seed_range_of_the_inf_missiles(seed):
    fact = one(seed_facts(seed), "range", "500-5500 km")
    assert fact.text == "between 500 and 5,500 kilometers"
    assert (fact.extra["low"], fact.extra["high"], fact.extra["unit"]) == (500, 5500, "km")
    assert fact.extra["converted"] == "311–3,418 mi"
    assert fact.subject == "the INF Treaty"
    assert seed_article(seed, fact).text[fact.span[0]:fact.span[1]] == fact.text


def test_seed_parties_of_new_start(seed):
    (fact,) = [f for f in seed_facts(seed) if f.kind == "parties" and f.subject == "New START"]
    assert fact.value == "United States and Russia"
    assert fact.extra["sides"] == ["United States", "Russia"]
    assert fact.extra["agreement"] is True
    assert fact.text == "the U.S. and Russia"


def test_seed_russian_positions(seed):
    facts = seed_facts(seed)
    denied = one(facts, "position", "Russia", predicate="denied", text="violations")
    assert denied.subject == "Moscow"
    assert denied.sentence.startswith("Moscow denied violations")
    favored = one(facts, "position", "Russia", predicate="favored")
    assert favored.subject == "Putin"
    assert favored.text.startswith("an extension")
    assert favored.sentence.startswith("Putin, meanwhile, publicly favored an extension")


# -- review 3: multiplying number words, votes by one party, years in a name -------

def test_number_words_that_multiply(lexicon):
    article = make_article("More than three dozen observers attended the count.")
    facts = extract_facts(article, lexicon)
    fact = one(facts, "quantity", "36 observers")
    assert fact.extra["low"] == 36


def test_a_vote_by_one_party_is_a_predicate_of_its_own(lexicon):
    article = make_article("The Harbor Accord was signed on 3 May 2001.",
                           "The Assembly approved the Harbor Accord on 12 June 2001.",
                           "Voters approved the Harbor Accord in a referendum on 9 July 2001.",
                           "The Harbor Accord was adopted on 1 August 2001.")
    dates = {f.value: f.predicate for f in extract_facts(article, lexicon) if f.kind == "date"}
    assert dates["2001-06-12"] == "approved by the Assembly"
    assert dates["2001-07-09"] == "approved in a referendum"
    assert dates["2001-08-01"] == "adopted"


def test_the_year_in_an_agreements_name_is_when_it_was_made(lexicon):
    article = make_article("Under the Harbor Treaty of 1911, fishing rights were shared.")
    [date] = [f for f in extract_facts(article, lexicon) if f.kind == "date"]
    assert date.predicate == "signed"


def test_a_day_and_month_without_a_year_is_not_a_count(lexicon):
    article = make_article("A second pact, concluded in Lagos on 3 March provides for joint patrols "
                           "of the lake by 40 boats.")
    quantities = [f for f in extract_facts(article, lexicon) if f.kind == "quantity"]
    assert [f.value for f in quantities] == ["40 boats"]


def test_a_dateline_dates_a_report_that_has_no_date_of_its_own(lexicon):
    article = Article(slug="t", title="T", paragraphs=(
        "LISBON, 9 June 2011 — The three ports signed a shipping pact on Thursday.",
        "A draft had been agreed on 30 May in a hotel near the harbour.",))
    facts = [f for f in extract_facts(article, lexicon) if f.kind == "date"]
    values = {f.text: (f.value, f.extra["relative"]) for f in facts}
    assert values["Thursday"] == ("2011-06-09", False)     # the stamp is written in the sentence itself
    assert values["30 May"] == ("2011-05-30", True)        # its year comes from the dateline
    # without a dateline, "30 May" has no year to take
    bare = Article(slug="t", title="T", paragraphs=("A draft had been agreed on 30 May in a hotel.",))
    assert not [f for f in extract_facts(bare, lexicon) if f.kind == "date"]


def test_a_year_before_levels_is_a_year_not_a_count(lexicon):
    article = make_article("Each state must cut its output to half of 1990 levels by 2005.")
    facts = extract_facts(article, lexicon)
    assert sorted(f.value for f in facts if f.kind == "date") == ["1990", "2005"]
    assert not [f for f in facts if f.kind == "quantity" and "levels" in f.value]


def test_an_amendment_is_an_agreement_of_its_own(lexicon):
    article = make_article("The Harbor Convention was signed in 1990.",
                           "The Lakeside Amendment to the Harbor Convention was adopted in 2009. "
                           "The amendment entered into force on 2 May 2011.")
    forced = one(extract_facts(article, lexicon), "date", "2011-05-02")
    assert forced.subject == "the Lakeside Amendment" and forced.predicate == "entered into force"


# -- review 5: titles with a relative clause, asides listing supporters, blocs as sides --

def test_a_title_goes_on_past_that_and_for():
    lexicon = load_lexicon()
    article = make_article(
        "The Accord on Rivers that Cross the Northern Plains was signed on 4 May 1990 in Oslo.",
        "The Charter for the Care of the Mountain Forests was signed on 2 June 1995.")
    dates = [f for f in extract_facts(article, lexicon) if f.kind == "date"]
    assert dates[0].subject == "the Accord on Rivers that Cross the Northern Plains"
    assert dates[1].subject == "the Charter for the Care of the Mountain Forests"


def test_a_side_after_that_is_not_part_of_the_title():
    from quizgen.extract.agreements import Agreements
    found = Agreements(load_lexicon()).find("The Treaty of Parma that Great Britain and France signed ended the war.")
    assert [m.name for m in found] == ["Treaty of Parma"]


def test_an_aside_listing_supporters_keeps_the_subject_as_holder():
    lexicon = load_lexicon()
    article = make_article("Brazil, supported by Chile, Peru and Ecuador, demanded a ban on trawling, "
                           "while the Arab League rejected any ban.")
    positions = {(f.value, f.predicate) for f in extract_facts(article, lexicon) if f.kind == "position"}
    assert ("Brazil", "demanded") in positions
    assert ("Arab League", "rejected") in positions


def test_a_refusal_dates_no_signing(lexicon):
    article = make_article("The Reef Convention was drafted in Suva.",
                           "Norway declined to sign it in 1989 but ratified it in 1991.")
    dates = {f.value: f.predicate for f in extract_facts(article, lexicon) if f.kind == "date"}
    assert dates == {"1989": "event", "1991": "ratified"}


def test_a_singular_noun_after_a_number_counts_nothing(lexicon):
    article = make_article("By 1998, 29 held observer status and 14 ships patrolled the strait.")
    assert [f.value for f in extract_facts(article, lexicon) if f.kind == "quantity"] == ["14 ships"]


def test_a_broken_word_list_of_the_project_names_its_file_and_line(tmp_path):
    from quizgen.errors import ConfigError
    (tmp_path / "stance.yaml").write_text("verbs:\n  - urged\n  - [denied\nother: 1\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_lexicon(tmp_path)
    assert str(caught.value).startswith(f"{tmp_path / 'stance.yaml'}:4")
