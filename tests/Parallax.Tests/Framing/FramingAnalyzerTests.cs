using Parallax.Tests.Ledger;
using Parallax.Framing;
using Parallax.Ledger;
using Parallax.Model;
using Parallax.Stories;

namespace Parallax.Tests.Framing;

/// <summary>Framing per outlet on hand-built reports of an invented harbour dispute.</summary>
public class FramingAnalyzerTests
{
    private const string LedgerUrl = "https://bayside-ledger.example/news/lindport-talks";

    private const string LedgerText =
        "Union leader Maren Holt said the harbour talks in Lindport were a success on Friday.\n\n" +
        "The harbour board hired 40 replacement crane drivers from Norland last month, the Ledger has learned.\n\n" +
        "\"We came to be heard,\" said Maren Holt. \"We will stay out as long as it takes,\" Holt added.\n\n" +
        "\"The cranes are only the occasion,\" said analyst Olek Brandt. \"Talks will resume in a fortnight,\" officials said.\n\n" +
        "The regime at the port slammed the union. \"This massive walkout is a draconian act,\" said Corvin Aldwyck.";

    private const string WireText =
        "Chief executive Corvin Aldwyck said the strike had cost the port 12 million crowns in lost trade.\n\n" +
        "Union leader Maren Holt said the harbour talks in Lindport were a success on Friday.\n\n" +
        "\"It was a good day for the workers,\" said Maren Holt. \"The port must reopen,\" Aldwyck said.";

    private const string EchoText =
        "The harbour board hired 40 replacement crane drivers from Norland last month, the Ledger has learned.\n\n" +
        "The dispute over the cranes is now in its third week.";

    private static Doc Ledger() => new DocBuilder(LedgerText)
        .Outlet("Bayside Ledger", LedgerUrl)
        .Person("Maren Holt", role: "general secretary", roleOf: "Dockworkers Union")
        .Entity("Lindport", EntityType.Location)
        .Entity("Norland", EntityType.Location)
        .Person("Maren Holt", 1)
        .Person("Holt", 2)
        .Person("Olek Brandt", role: "analyst")
        .Person("Corvin Aldwyck", role: "chief executive", roleOf: "Harbour Board")
        .Said("We came to be heard,", "Maren Holt")
        .Said("We will stay out as long as it takes,", "Holt")
        .Said("The cranes are only the occasion,", "Olek Brandt")
        .SaidBy("Talks will resume in a fortnight,", "officials")
        .Said("This massive walkout is a draconian act,", "Corvin Aldwyck")
        .Build();

    private static Doc Wire() => new DocBuilder(WireText)
        .Outlet("Northern Wire", "https://northern-wire.example/lindport")
        .Person("Corvin Aldwyck", role: "chief executive", roleOf: "Harbour Board")
        .Person("Maren Holt")
        .Entity("Lindport", EntityType.Location)
        .Person("Maren Holt", 1)
        .Person("Aldwyck", 1)
        .Said("It was a good day for the workers,", "Maren Holt")
        .Said("The port must reopen,", "Aldwyck")
        .Build();

    private static Doc Echo() => new DocBuilder(EchoText)
        .Outlet("Coast Echo", "https://coast-echo.example/cranes", basedOn: LedgerUrl)
        .Entity("Norland", EntityType.Location)
        .Build();

    private static (Story Story, Dictionary<string, OutletFraming> ByOutlet) Analyze(params Doc[] docs)
    {
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster(docs));
        return (story, story.Framing.ToDictionary(f => f.Outlet));
    }

    private static string Text(Doc doc, Evidence e) => doc.Slice(e.Span);

    [Fact]
    public void Exclusive_material_is_what_no_independent_outlet_reports_and_a_copy_is_not_a_second_outlet()
    {
        Doc ledger = Ledger(), wire = Wire(), echo = Echo();
        var (story, f) = Analyze(ledger, wire, echo);
        Assert.Equal(3, story.Framing.Count);

        // The replacement drivers: in the Ledger and in its copy only, so one source, not corroborated.
        var drivers = story.Claims.Single(c => c.Text.Contains("replacement crane drivers", StringComparison.Ordinal));
        Assert.Equal(ClaimStatus.SingleSource, drivers.Status);
        Assert.Equal([ledger.Article.Id, echo.Article.Id], drivers.Articles);

        var ledgerOnly = f["Bayside Ledger"].Exclusive;
        var item = Assert.Single(ledgerOnly, x => x.Text.Contains("replacement crane drivers", StringComparison.Ordinal));
        Assert.Equal(ExclusiveBasis.Claim, item.Basis);
        // The claim's evidence is its clause: the sentence without its full stop.
        Assert.Equal("The harbour board hired 40 replacement crane drivers from Norland last month, the Ledger has learned", Text(ledger, item.Evidence[0]));
        Assert.Contains(item.Evidence, e => e.Article == echo.Article.Id);

        // The copy carries its original's exclusive material, and is compared with the Wire only.
        Assert.Equal(ledger.Article.Id, f["Coast Echo"].CopyOf);
        Assert.Equal(1, f["Coast Echo"].Compared);
        Assert.Equal(1, f["Bayside Ledger"].Compared);
        Assert.Contains(f["Coast Echo"].Exclusive, x => x.Text.Contains("replacement crane drivers", StringComparison.Ordinal));

        // The shared lead sentence is nobody's exclusive; the Wire's cost figure is the Wire's alone.
        Assert.DoesNotContain(story.Framing.SelectMany(x => x.Exclusive), x => x.Text.Contains("were a success", StringComparison.Ordinal));
        var cost = Assert.Single(f["Northern Wire"].Exclusive, x => x.Text.Contains("12 million crowns", StringComparison.Ordinal));
        Assert.Equal(wire.Article.Id, cost.Evidence[0].Article);
        Assert.True(cost.Novelty >= 0.5, $"novelty {cost.Novelty}");
        Assert.DoesNotContain(f["Bayside Ledger"].Exclusive, x => x.Text.Contains("12 million", StringComparison.Ordinal));
    }

    [Fact]
    public void Quoted_speakers_are_counted_with_their_side_and_compared_with_the_other_outlets()
    {
        Doc ledger = Ledger(), wire = Wire();
        var (_, f) = Analyze(ledger, wire, Echo());
        var speakers = f["Bayside Ledger"].Speakers;

        var holt = speakers[0];
        Assert.Equal("Maren Holt", holt.Name);
        Assert.Equal(SpeakerKind.Named, holt.Kind);
        Assert.Equal(2, holt.Count);
        Assert.Equal("Dockworkers Union", holt.Side);
        Assert.Equal(1, holt.OtherOutlets);
        Assert.Equal(["We came to be heard,", "We will stay out as long as it takes,"], holt.Evidence.Select(e => Text(ledger, e)));

        var brandt = Assert.Single(speakers, s => s.Name == "Olek Brandt");
        Assert.True(brandt.Expert);
        Assert.Equal(0, brandt.OtherOutlets);
        Assert.Equal(1, brandt.Count);

        var officials = Assert.Single(speakers, s => s.Kind == SpeakerKind.Unnamed);
        Assert.Equal("officials", officials.Name);

        // Shares of quotes by side: 2 of 5 for the union here against 1 of 2 in the Wire.
        var sides = f["Bayside Ledger"].Sides.ToDictionary(s => s.Side);
        Assert.Equal(2, sides["Dockworkers Union"].Quotes);
        Assert.Equal(0.4, sides["Dockworkers Union"].Share);
        Assert.Equal(0.5, sides["Dockworkers Union"].OthersShare);
        Assert.Equal(0.2, sides["analysts and experts"].Share);
        Assert.Equal(0, sides["analysts and experts"].OthersShare);
        Assert.Equal(0.2, sides["unnamed sources"].Share);
        Assert.Equal(0.2, sides["Harbour Board"].Share);
        Assert.Equal(0.5, sides["Harbour Board"].OthersShare);

        // The copy quotes nobody.
        Assert.Empty(f["Coast Echo"].Speakers);
    }

    [Fact]
    public void Loaded_words_are_found_in_the_reporters_text_only()
    {
        Doc ledger = Ledger();
        var (_, f) = Analyze(ledger, Wire(), Echo());
        var loaded = f["Bayside Ledger"].Loaded;
        Assert.Equal(["regime", "slammed"], loaded.Select(l => l.Word));
        Assert.Equal("regime", Text(ledger, loaded[0].Evidence));
        Assert.Equal(LedgerText.IndexOf("regime", StringComparison.Ordinal), loaded[0].Evidence.Span.Start);
    }

    [Fact]
    public void Loaded_words_inside_quotation_marks_are_left_out_even_without_the_quote_layer()
    {
        var text = "The so-called reform passed. \u201CIt is a massive, draconian scheme,\u201D the senator said of the armada.";
        var doc = new DocBuilder(text).Outlet("Solo Times").Build();
        var (_, f) = Analyze(doc);
        Assert.Equal(["so-called", "armada"], f["Solo Times"].Loaded.Select(l => l.Word));
        Assert.Equal(0, f["Solo Times"].Compared);
        Assert.Empty(f["Solo Times"].Exclusive);
    }

    [Fact]
    public void The_lead_names_its_actors_and_says_which_other_leads_share_them()
    {
        Doc ledger = Ledger(), wire = Wire();
        var (_, f) = Analyze(ledger, wire, Echo());
        var lead = f["Bayside Ledger"].Lead!;
        Assert.Equal("Union leader Maren Holt said the harbour talks in Lindport were a success on Friday.", Text(ledger, lead.Evidence));
        Assert.Equal(["Maren Holt", "Lindport"], lead.Actors.Select(a => a.Name));
        Assert.All(lead.Actors, a => Assert.Equal(0, a.OtherLeads));

        var wireLead = f["Northern Wire"].Lead!;
        Assert.StartsWith("Chief executive Corvin Aldwyck said the strike had cost the port 12 million crowns", Text(wire, wireLead.Evidence), StringComparison.Ordinal);
        Assert.Equal(["Corvin Aldwyck"], wireLead.Actors.Select(a => a.Name));
        Assert.Contains(wireLead.Terms, t => t.Name == "strike" && t.OtherLeads == 0);
        Assert.Contains(wireLead.Terms, t => t.Name == "port");
    }

    [Fact]
    public void Distinctive_terms_are_the_words_an_outlet_uses_more_than_the_others()
    {
        var a = new DocBuilder(
            "The dispute is about automation. Automation of the cranes worries the union. The union says automation will cost jobs. " +
            "Automation plans were announced last year. Workers fear automation more than pay cuts. The talks ended without a deal.")
            .Outlet("Gazette").Build();
        var b = new DocBuilder(
            "The talks ended without a deal. The union and the port will meet again next week. Pay was the main issue at the talks. " +
            "The port offered a pay rise of two percent.")
            .Outlet("Courier").Build();
        var c = new DocBuilder(
            "The talks ended without a deal. Police guarded the gate during the talks. The port said the strike cost money.")
            .Outlet("Herald").Build();
        var (_, f) = Analyze(a, b, c);
        var top = f["Gazette"].Terms[0];
        Assert.Equal("automation", top.Term);
        Assert.Equal(5, top.Count);
        Assert.Equal(0, top.OthersCount);
        Assert.True(top.Z > 1.645, $"z {top.Z}");
        Assert.Equal(5, top.Evidence.Count);
        Assert.Equal("Automation", a.Slice(top.Evidence[1].Span));
        Assert.DoesNotContain(f["Gazette"].Terms, t => t.Term is "talks" or "deal");

        // "talks" is a main topic of the story; the Herald gives it the most space.
        var talks = f["Herald"].Topics.Single(t => t.Topic == "talks");
        Assert.Equal(2 / 3.0, talks.Share, 3);
        Assert.Equal(Math.Round((1 / 6.0 + 2 / 4.0) / 2, 3), talks.OthersShare, 3);
        Assert.Equal(2, talks.Evidence.Count);
    }

    [Fact]
    public void Tone_toward_an_actor_is_compared_with_the_story_mean_and_negation_flips_it()
    {
        var a = new DocBuilder("Aldwyck called it a success and fair. The port reopened on Monday.")
            .Outlet("Gazette").Person("Aldwyck").Build();
        var b = new DocBuilder("Aldwyck called the talks not a success. The port stayed shut on Monday.")
            .Outlet("Courier").Person("Aldwyck").Build();
        var (_, f) = Analyze(a, b);
        var up = Assert.Single(f["Gazette"].Tone);
        var down = Assert.Single(f["Courier"].Tone);
        Assert.Equal("Aldwyck", up.Name);
        Assert.Equal(2, up.Score);
        Assert.Equal(-1, down.Score);
        Assert.Equal(0.5, up.StoryMean);
        Assert.Equal(1.5, up.Difference, 3);
        Assert.Equal(-1.5, down.Difference, 3);
        var sentence = Assert.Single(down.Sentences);
        Assert.Equal(["not success"], sentence.Words);
        Assert.Equal("Aldwyck called the talks not a success.", b.Slice(sentence.Evidence.Span));
        Assert.Equal(["success", "fair"], Assert.Single(up.Sentences).Words);
    }

    [Fact]
    public void A_side_written_as_an_adjective_is_the_country_or_the_storys_place()
    {
        var a = new DocBuilder(
                "Foreign Minister Abbas Karimi said talks with the Lestrian envoy went well. \"We are close,\" Karimi said.\n\n" +
                "Envoy Anton Brask, who flew in from Lestria, agreed. \"The door is open,\" Brask said.")
            .Outlet("Gazette")
            .Person("Abbas Karimi", role: "foreign minister", roleOf: "Iranian").Person("Karimi", 1)
            .Entity("Lestria", EntityType.Location)
            .Person("Anton Brask", role: "envoy", roleOf: "Lestrian").Person("Brask", 1)
            .Said("We are close,", "Karimi").Said("The door is open,", "Brask")
            .Build();
        var b = new DocBuilder("Karimi and Brask met for six hours in a hotel near the airport on Friday.")
            .Outlet("Courier").Person("Karimi").Person("Brask").Build();
        var (_, f) = Analyze(a, b);
        var sides = f["Gazette"].Speakers.ToDictionary(s => s.Name, s => s.Side);
        Assert.Equal("Iran", sides["Abbas Karimi"]);
        Assert.Equal("Lestria", sides["Anton Brask"]);
    }
}
