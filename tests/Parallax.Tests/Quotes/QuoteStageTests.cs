using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Quotes;
using Parallax.Text;
using static Parallax.Tests.Quotes.QuoteAssert;

namespace Parallax.Tests.Quotes;

public class QuoteStageTests
{
    [Fact]
    public void Straight_quote_then_name_and_said()
    {
        var quotes = new QuoteTestDoc("\"We will keep talking until there is a deal,\" Karimi said.").Person("Karimi").Quotes(out var doc);
        var q = With(doc, quotes, "We will keep talking until there is a deal");
        Is(doc, q, QuoteKind.Direct, "said", "Karimi", "Karimi");
        Assert.Single(quotes);
    }

    [Fact]
    public void Curly_quote_then_said_and_name_with_apposition()
    {
        var quotes = new QuoteTestDoc("\u201CThe harbour will reopen next week,\u201D said Lena Okafor, a port official in Lagos.")
            .Person("Lena Okafor").Place("Lagos").Quotes(out var doc);
        Is(doc, With(doc, quotes, "The harbour will reopen next week"), QuoteKind.Direct, "said",
            "Lena Okafor, a port official in Lagos", "Lena Okafor");
    }

    [Fact]
    public void Told_takes_its_recipient_into_the_cue()
    {
        var quotes = new QuoteTestDoc("\"Nothing was agreed today,\" Mendez told the state-run Radio Nacional.")
            .Person("Mendez").Org("Radio Nacional").Quotes(out var doc);
        Is(doc, With(doc, quotes, "Nothing was agreed today"), QuoteKind.Direct, "told the state-run Radio Nacional", "Mendez", "Mendez");
    }

    [Fact]
    public void Quote_of_several_sentences_is_one_quote()
    {
        var quotes = new QuoteTestDoc("\"The vote was fair. Nobody disputes that,\" said Jonas Berg.").Person("Jonas Berg").Quotes(out var doc);
        Is(doc, With(doc, quotes, "The vote was fair. Nobody disputes that"), QuoteKind.Direct, "said", "Jonas Berg", "Jonas Berg");
        Assert.Single(quotes);
    }

    [Fact]
    public void Quote_split_by_its_cue_continues_the_same_speaker()
    {
        var quotes = new QuoteTestDoc(
                "Maria Lopez arrived late. \"We talked for six hours,\" she stressed. \"In the end, we understood each other.\"")
            .Person("Maria Lopez").Quotes(out var doc);
        var first = With(doc, quotes, "We talked for six hours");
        var second = With(doc, quotes, "In the end, we understood each other.");
        Is(doc, first, QuoteKind.Direct, "stressed", "she", "Maria Lopez");
        Is(doc, second, QuoteKind.Direct, "stressed", "she", "Maria Lopez");
    }

    [Fact]
    public void Name_with_apposition_then_said_then_quote()
    {
        var quotes = new QuoteTestDoc(
                "Tomas Reyes, a professor at the University of Lima, said \"the reforms came too late for most farmers.\"")
            .Person("Tomas Reyes").Org("University of Lima").Quotes(out var doc);
        Is(doc, With(doc, quotes, "the reforms came too late for most farmers."), QuoteKind.Direct, "said",
            "Tomas Reyes, a professor at the University of Lima", "Tomas Reyes");
    }

    [Fact]
    public void According_to_before_and_after_the_content()
    {
        var quotes = new QuoteTestDoc(
                "According to Helga Brandt, the factory will close in March. The ship left port at dawn, according to two officials familiar with the plan.")
            .Person("Helga Brandt").Quotes(out var doc);
        Is(doc, With(doc, quotes, "the factory will close in March"), QuoteKind.Indirect, "According to", "Helga Brandt", "Helga Brandt");
        Is(doc, With(doc, quotes, "The ship left port at dawn"), QuoteKind.Indirect, "according to",
            "two officials familiar with the plan", null);
    }

    [Fact]
    public void Possessor_of_a_statement_is_the_source()
    {
        var quotes = new QuoteTestDoc("Norway's statement said the border would stay closed until Monday.").Place("Norway").Quotes(out var doc);
        Is(doc, With(doc, quotes, "the border would stay closed until Monday"), QuoteKind.Indirect, "statement said", "Norway", "Norway");
    }

    [Fact]
    public void He_points_back_to_the_last_person()
    {
        var quotes = new QuoteTestDoc("Ahmed Saleh met reporters on Tuesday. \"We are not leaving,\" he said.")
            .Person("Ahmed Saleh").Quotes(out var doc);
        Is(doc, With(doc, quotes, "We are not leaving"), QuoteKind.Direct, "said", "he", "Ahmed Saleh");
    }

    [Fact]
    public void He_prefers_the_last_speaker_over_an_older_subject()
    {
        var quotes = new QuoteTestDoc(
                "Ruth Adler chaired the session. \"It went well,\" said Omar Haddad. \"We will return,\" he added.")
            .Person("Ruth Adler").Person("Omar Haddad").Quotes(out var doc);
        Is(doc, With(doc, quotes, "We will return"), QuoteKind.Direct, "added", "he", "Omar Haddad");
    }

    [Fact]
    public void The_minister_is_the_last_person_with_that_role()
    {
        var quotes = new QuoteTestDoc(
                "Foreign Minister Ana Costa arrived in Rome. She met the banker Marco Bellini. Later, the minister said the meeting had been useful.")
            .Person("Ana Costa", role: "foreign minister", roleOf: "Portugal").Person("Marco Bellini").Place("Rome").Quotes(out var doc);
        Is(doc, With(doc, quotes, "the meeting had been useful"), QuoteKind.Indirect, "said", "the minister", "Ana Costa");
    }

    [Fact]
    public void The_national_side_is_the_last_mention_of_that_country()
    {
        var quotes = new QuoteTestDoc(
                "Envoy Pablo Ruiz led the talks for Chile. Ines Vidal hosted them. The Chilean side said the proposal needed more work.")
            .Person("Pablo Ruiz", role: "envoy", roleOf: "Chile").Person("Ines Vidal", role: "host", roleOf: "Peru").Place("Chile")
            .Quotes(out var doc);
        Is(doc, With(doc, quotes, "the proposal needed more work"), QuoteKind.Indirect, "said", "The Chilean side", "Chile");
    }

    [Fact]
    public void A_body_led_by_a_person_speaks_for_itself_but_its_leader_named_in_apposition_speaks()
    {
        var quotes = new QuoteTestDoc(
                "The Harbour Union, led by Maren Olsen, said the plan would cost jobs. The union's leader, Maren Olsen, said the vote was close.")
            .Org("Harbour Union").Person("Maren Olsen").Quotes(out var doc);
        Is(doc, With(doc, quotes, "the plan would cost jobs"), QuoteKind.Indirect, "said", "The Harbour Union, led by Maren Olsen", "Harbour Union");
        Is(doc, With(doc, quotes, "the vote was close"), QuoteKind.Indirect, "said", "The union's leader, Maren Olsen", "Maren Olsen");
    }

    [Fact]
    public void A_weak_cue_after_a_relative_aside_reports_speech_up_to_the_next_attribution()
    {
        var quotes = new QuoteTestDoc(
                "The Harbour Union, which represents about 900 porters, fears that the new cranes will cost hundreds of jobs, while the authority insists that the port must modernise to survive.")
            .Org("Harbour Union").Quotes(out var doc);
        Is(doc, With(doc, quotes, "that the new cranes will cost hundreds of jobs"), QuoteKind.Indirect, "fears",
            "The Harbour Union", "Harbour Union");
        Is(doc, With(doc, quotes, "that the port must modernise to survive"), QuoteKind.Indirect, "insists", "the authority", null);
        Assert.Equal(2, quotes.Count);
    }

    [Fact]
    public void An_accusation_reports_its_charge_after_the_recipient_and_of()
    {
        var quotes = new QuoteTestDoc(
                "Wages were frozen last year, and the Harbour Union accuses management of drawing up the crane plan without consulting a single porter. Olsen was accused of lying to the board.")
            .Org("Harbour Union").Person("Olsen").Quotes(out var doc);
        Is(doc, With(doc, quotes, "drawing up the crane plan without consulting a single porter"), QuoteKind.Indirect, "accuses management of",
            "the Harbour Union", "Harbour Union");
        Assert.Single(quotes);
    }

    [Fact]
    public void Partial_quotes_are_attributed_to_the_subject()
    {
        var quotes = new QuoteTestDoc("After the meeting, Karimi called the proposal \"unbalanced\" and \"late.\"")
            .Person("Karimi").Quotes(out var doc);
        Is(doc, With(doc, quotes, "unbalanced"), QuoteKind.Partial, "called", "Karimi", "Karimi");
        Is(doc, With(doc, quotes, "late"), QuoteKind.Partial, "called", "Karimi", "Karimi");
    }

    [Fact]
    public void Participle_cue_takes_the_subject_of_the_main_clause()
    {
        var quotes = new QuoteTestDoc(
                "Following the vote, Dana Frost, the party leader, posted a message online, calling the result \"historic\" and \"fair.\"")
            .Person("Dana Frost").Quotes(out var doc);
        Is(doc, With(doc, quotes, "historic"), QuoteKind.Partial, "calling", "Dana Frost, the party leader", "Dana Frost");
        Is(doc, With(doc, quotes, "fair"), QuoteKind.Partial, "calling", "Dana Frost, the party leader", "Dana Frost");
    }

    [Fact]
    public void Reported_speech_without_quotes_takes_the_complement_clause()
    {
        var quotes = new QuoteTestDoc("Karimi said the two delegations were close to a deal. Karimi said on Monday that the talks would resume.")
            .Person("Karimi").Quotes(out var doc);
        Is(doc, With(doc, quotes, "the two delegations were close to a deal"), QuoteKind.Indirect, "said", "Karimi", "Karimi");
        Is(doc, With(doc, quotes, "that the talks would resume"), QuoteKind.Indirect, "said on Monday", "Karimi", "Karimi");
    }

    [Fact]
    public void Reported_speech_with_trailing_attribution_and_adding()
    {
        var quotes = new QuoteTestDoc(
                "Ines Vidal spoke first. The two sides narrowed their differences on tariffs, she said, adding that a deal was possible by June.")
            .Person("Ines Vidal").Quotes(out var doc);
        Is(doc, With(doc, quotes, "The two sides narrowed their differences on tariffs"), QuoteKind.Indirect, "said", "she", "Ines Vidal");
        Is(doc, With(doc, quotes, "that a deal was possible by June"), QuoteKind.Indirect, "adding", "she", "Ines Vidal");
    }

    [Fact]
    public void Headline_name_and_colon()
    {
        var quotes = new QuoteTestDoc("Karimi: talks were very productive\n\nThe talks ended on Friday.").Person("Karimi").Quotes(out var doc);
        Is(doc, With(doc, quotes, "talks were very productive"), QuoteKind.Indirect, ":", "Karimi", "Karimi");
    }

    [Fact]
    public void Organisation_speaks_through_a_colon()
    {
        var quotes = new QuoteTestDoc(
                "On the same day, the Foreign Office issued a notice to travellers: \"Do not travel to the region.\"")
            .Org("Foreign Office").Quotes(out var doc);
        Is(doc, With(doc, quotes, "Do not travel to the region."), QuoteKind.Direct, "issued a notice to travellers",
            "the Foreign Office", "Foreign Office");
    }

    [Fact]
    public void Unnamed_sources_are_kept_without_a_speaker()
    {
        var quotes = new QuoteTestDoc(
                "\"The economy is slowing,\" two bankers briefed on the figures said. Local media reported that the bridge had collapsed. " +
                "Analysts believe the rate cut will come in June.")
            .Misc("Local").Quotes(out var doc);
        Is(doc, With(doc, quotes, "The economy is slowing"), QuoteKind.Direct, "said", "two bankers briefed on the figures", null);
        Is(doc, With(doc, quotes, "that the bridge had collapsed"), QuoteKind.Indirect, "reported", "Local media", null);
        Is(doc, With(doc, quotes, "the rate cut will come in June"), QuoteKind.Indirect, "believe", "Analysts", null);
    }

    [Fact]
    public void Scare_quotes_and_quoted_headings_are_not_statements()
    {
        var quotes = new QuoteTestDoc("\"A LONG NIGHT\"\n\nThe so-called \"peace caravan\" reached the border on Sunday.").Quotes(out _);
        Assert.Empty(quotes);
    }

    [Fact]
    public void Relative_who_points_to_the_name_before_it()
    {
        var quotes = new QuoteTestDoc("The mayor thanked Rosa Diaz, who described the plan as 'a fair start,' before leaving.")
            .Person("Rosa Diaz").Quotes(out var doc);
        Is(doc, With(doc, quotes, "a fair start"), QuoteKind.Partial, "described", "who", "Rosa Diaz");
    }

    [Fact]
    public void Pronoun_in_the_same_sentence_takes_its_subject_over_the_last_speaker()
    {
        var quotes = new QuoteTestDoc(
                "\"It is over,\" said Tom Hale. Senator Paula Green, at a hearing on Monday, outlined demands for any \"credible\" deal, " +
                "which she said must include \"real inspections.\"")
            .Person("Tom Hale").Person("Paula Green").Quotes(out var doc);
        Is(doc, With(doc, quotes, "credible"), QuoteKind.Partial, "outlined", "Senator Paula Green", "Paula Green");
        Is(doc, With(doc, quotes, "real inspections"), QuoteKind.Partial, "said", "she", "Paula Green");
    }

    [Fact]
    public void Short_name_resolves_to_the_full_name_met_earlier()
    {
        var quotes = new QuoteTestDoc("Hossam Rahimi spoke in Cairo. \"We are ready,\" Rahimi added.")
            .Person("Hossam Rahimi").Person("Rahimi").Quotes(out var doc);
        var q = With(doc, quotes, "We are ready");
        Assert.Equal("Hossam Rahimi", Speaker(doc, q));
        Assert.Equal("Rahimi", Str(doc, q.Source));
    }

    [Fact]
    public void Quote_broken_by_its_cue_inside_one_sentence()
    {
        var quotes = new QuoteTestDoc("\u201CWe are ready,\u201D Nadia Kamel said, \u201Cbut not at any price.\u201D").Person("Nadia Kamel").Quotes(out var doc);
        Is(doc, With(doc, quotes, "We are ready"), QuoteKind.Direct, "said", "Nadia Kamel", "Nadia Kamel");
        Is(doc, With(doc, quotes, "but not at any price."), QuoteKind.Direct, "said", "Nadia Kamel", "Nadia Kamel");
    }

    [Fact]
    public void Quote_running_over_two_paragraphs_keeps_its_speaker()
    {
        var quotes = new QuoteTestDoc(
                "Victor Hale spoke for an hour.\n\n\"We built this port with our own hands. It will not close.\n\n\"Nobody will take it from us,\" he said.")
            .Person("Victor Hale").Quotes(out var doc);
        Is(doc, With(doc, quotes, "We built this port with our own hands. It will not close."), QuoteKind.Direct, "said", "he", "Victor Hale");
        Is(doc, With(doc, quotes, "Nobody will take it from us"), QuoteKind.Direct, "said", "he", "Victor Hale");
    }

    [Fact]
    public void Participle_before_a_quote_takes_the_subject()
    {
        var quotes = new QuoteTestDoc("Lina Park spoke at the rally, saying \"we will win this seat.\"").Person("Lina Park").Quotes(out var doc);
        Is(doc, With(doc, quotes, "we will win this seat."), QuoteKind.Direct, "saying", "Lina Park", "Lina Park");
    }

    [Fact]
    public void The_minister_after_a_quote_resolves_by_role()
    {
        var quotes = new QuoteTestDoc(
                "Trade Minister Ravi Menon landed in Oslo. He met Erik Dahl. \"The tariffs will go,\" the minister told reporters.")
            .Person("Ravi Menon", role: "trade minister", roleOf: "India").Person("Erik Dahl").Place("Oslo").Quotes(out var doc);
        Is(doc, With(doc, quotes, "The tariffs will go"), QuoteKind.Direct, "told reporters", "the minister", "Ravi Menon");
    }

    [Fact]
    public void Stage_declares_entities_unless_it_only_finds_spans()
    {
        var builder = new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter());
        Assert.Throws<PipelineException>(() => builder.Add(new QuoteStage()).Build());
        var spansOnly = new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Add(new QuoteStage(resolveSpeakers: false)).Build();
        var doc = spansOnly.Run(new Article { Id = "x", Source = "test", Text = "\"We are ready,\" Rahimi said." });
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Rahimi", doc.Slice(q.Source!.Value));
        Assert.Null(q.SpeakerMention);
        Assert.True(doc.Filled.HasFlag(Layers.Quotes));
    }

    [Fact]
    public void Part_of_speech_tags_when_present_keep_nouns_from_being_cues()
    {
        var doc = new QuoteTestDoc("Hospital reports show that the toll rose. Mendez reports that the road is open.").Person("Mendez").Build();
        string[] tags = ["NN", "NNS", "VBP", "IN", "DT", "NN", "VBD", ".", "NNP", "VBZ", "IN", "DT", "NN", "VBZ", "JJ", "."];
        Assert.Equal(tags.Length, doc.Tokens.Count);
        doc.PartOfSpeech = tags;
        new QuoteStage().Process(doc, CancellationToken.None);
        var q = Assert.Single(doc.Quotes);
        Is(doc, q, QuoteKind.Indirect, "reports", "Mendez", "Mendez");
        Assert.Equal("that the road is open", doc.Slice(q.Content));
    }

    [Fact]
    public void They_points_back_to_the_organisation_that_just_spoke()
    {
        var quotes = new QuoteTestDoc(
                "The Harbour Authority said the port would reopen on Monday. They added that ferries would run at night. " +
                "Experts believe the work is slow. Later, they said the repairs were finished.")
            .Org("Harbour Authority").Quotes(out var doc);
        Is(doc, With(doc, quotes, "that ferries would run at night"), QuoteKind.Indirect, "added", "They", "Harbour Authority");
        // Past the unnamed experts "they" does not reach back to the authority: it is the experts themselves.
        Is(doc, With(doc, quotes, "the repairs were finished"), QuoteKind.Indirect, "said", "Experts", null);
    }

    [Fact]
    public void A_countrys_minister_is_the_person_with_that_role_for_that_country()
    {
        var quotes = new QuoteTestDoc(
                "Foreign Minister Lars Berg of Norway met Foreign Minister Sami Haddad of Jordan. " +
                "Norway's foreign minister said the meeting was useful. Jordan's government said it was a start.")
            .Person("Lars Berg", role: "foreign minister", roleOf: "Norway").Person("Sami Haddad", role: "foreign minister", roleOf: "Jordan")
            .Place("Norway").Place("Jordan").Quotes(out var doc);
        Is(doc, With(doc, quotes, "the meeting was useful"), QuoteKind.Indirect, "said", "Norway's foreign minister", "Lars Berg");
        Is(doc, With(doc, quotes, "it was a start"), QuoteKind.Indirect, "said", "Jordan's government", "Jordan");
    }

    [Fact]
    public void Parenthetical_attribution_splits_one_statement_in_two()
    {
        var quotes = new QuoteTestDoc("Helga Brandt chaired it. The talks, Karimi said on Sunday, were useful and long.")
            .Person("Helga Brandt").Person("Karimi").Quotes(out var doc);
        Is(doc, With(doc, quotes, "The talks"), QuoteKind.Indirect, "said on Sunday", "Karimi", "Karimi");
        Is(doc, With(doc, quotes, "were useful and long"), QuoteKind.Indirect, "said on Sunday", "Karimi", "Karimi");
        var attribution = Assert.Single(Parallax.Eval.Quotes.PolNearCorpus.ToAttributions(quotes));
        Assert.Equal(2, attribution.Content.Count);
    }
}
