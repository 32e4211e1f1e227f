using Parallax.Model;
using Parallax.Quotes;
using static Parallax.Tests.Quotes.QuoteAssert;

namespace Parallax.Tests.Quotes;

/// <summary>
/// End to end on the real reports in ../shared/seeds: the Article is built from the file text, tokenised and split,
/// and person/organisation/place mentions are placed by hand (test-only lists; the entity stage is built elsewhere).
/// </summary>
public class SeedQuoteTests
{
    private const string Xinhua = "seeds/000_7cfbdf100785b81c.txt";
    private const string WebDesk = "seeds/001_c816f44f53cec58c.txt";
    private const string Iranian = "seeds/003_e36883178f38d698.txt";
    private const string NytRewrite = "seeds/004_f405026925660788.txt";

    private static readonly string[] People =
    [
        "Seyed Abbas Araghchi", "Abbas Araghchi", "Araghchi", "Sayyid Badr bin Hamad bin Hamood Albusaidi", "Sayyid Badr bin Hamad Al Busaidi",
        "Sayyid Badr Albusaidi", "Badr Albusaidi", "Albusaidi", "Al Busaidi", "Steve Witkoff", "Witkoff", "Marco Rubio",
        "Esmaeil Kowsari", "Eyal Zisser", "Khalid Al Hroub", "Metwally Hassan", "Hassan", "Sabah al-Sheikh", "al-Sheikh",
        "Hossam Al-Dajni", "Al-Dajni", "Reyhane Hejazi", "Abu Saeidi", "Donald Trump", "Trump", "Farzan Sabet", "Jared Kushner", "Brad Cooper",
    ];

    private static readonly string[] Organisations =
    [
        "Xinhua", "IRIB TV", "Foreign Ministry", "U.S. State Department", "Tel Aviv University", "North Western University",
        "Nile Center for Strategic and Political Studies", "Baghdad University", "White House", "CENTCOM",
    ];

    private static readonly string[] Places =
    [
        "Iran", "Oman", "Muscat", "Tehran", "Washington", "Israel", "Qatar", "Egypt", "Gaza", "Cairo", "United States", "U.S.",
        "Palm Beach", "Florida", "Arabian Sea", "Middle East",
    ];

    private static Doc Load(string relative)
    {
        var text = File.ReadAllText(SharedData.Require(relative));
        var builder = new QuoteTestDoc(text);
        foreach (var p in People)
        {
            builder.Person(p);
        }
        foreach (var o in Organisations)
        {
            builder.Org(o);
        }
        foreach (var l in Places)
        {
            builder.Place(l);
        }
        var doc = builder.Build();
        new QuoteStage().Process(doc, CancellationToken.None);
        return doc;
    }

    /// <summary>Every quotation between quotation marks, as (content, speaker as named by its mention).</summary>
    private static List<(string Content, string? Speaker)> Quoted(Doc doc) =>
        [.. doc.Quotes.Where(q => q.Kind != QuoteKind.Indirect).Select(q => (doc.Slice(q.Content), Speaker(doc, q)))];

    [SharedDataFact(Xinhua)]
    public void Xinhua_every_quotation_has_its_speaker()
    {
        var doc = Load(Xinhua);
        const string araghchi = "Seyed Abbas Araghchi";
        const string busaidi = "Sayyid Badr bin Hamad Al Busaidi";
        (string, string?)[] expected =
        [
            ("Our concerns and interests, the Iranian people's rights and everything that needed to be said, were relayed to the other side in a very good atmosphere, and the other side's views were also heard", araghchi),
            ("on the same page", araghchi),
            ("Today, we held some good discussions on this issue, and the two sides heard each other's views and decided to continue that", araghchi),
            ("In general, I can say that it was a good start.", araghchi),
            ("very serious", busaidi),
            ("useful", busaidi),
            ("aim to reconvene in due course, with the results to be considered carefully in Tehran and Washington", busaidi),
            ("meaningful", "Marco Rubio"),
            ("terrorist organizations", "Marco Rubio"),
            ("have absolutely nothing to do with the Americans or the West", "Esmaeil Kowsari"),
            ("excessive demands in these areas", "Esmaeil Kowsari"),
            ("The topic of our talks (with the United States) is solely the nuclear issue, and we do not negotiate with the Americans on any other issue", araghchi),
            ("the very deep distrust ... poses a very big challenge to the negotiations", araghchi),
            ("So far, the talks have prevented or delayed an American attack. The dialogue signals readiness to negotiate and possibly preference for a political solution, but this is still the beginning", "Eyal Zisser"),
            ("Leave Iran now.", "U.S. State Department"),
            ("Continued U.S. warnings underscore a climate of pressure rather than confidence-building. As a result, the talks have yet to translate into tangible calming effects on the regional security environment", "Khalid Al Hroub"),
            ("The latest round of U.S.-Iran negotiations failed to produce a major breakthrough", "Metwally Hassan"),
            ("the current talks may have contributed to cooling things down for now, yet they remain closer to a painkiller rather than a real cure for the crisis.", "Sabah al-Sheikh"),
            ("More significant than any written outcomes is the survival of de-escalation channels themselves", "Sabah al-Sheikh"),
            ("The talks have contributed to a relative easing of concerns among some countries, particularly those worried about the outbreak of a wider war", "Hossam Al-Dajni"),
            ("They have also provided a modest diplomatic margin for regional initiatives aimed at containing crises, though this margin remains limited and fragile", "Hossam Al-Dajni"),
        ];
        Assert.Equal(expected, Quoted(doc));
    }

    [SharedDataFact(Xinhua)]
    public void Xinhua_cues_sources_and_the_continued_quote()
    {
        var doc = Load(Xinhua);
        var told = With(doc, doc.Quotes, "Our concerns and interests, the Iranian people's rights and everything that needed to be said, were relayed to the other side in a very good atmosphere, and the other side's views were also heard");
        Is(doc, told, QuoteKind.Direct, "told Iran's state-run IRIB TV", "Araghchi", "Seyed Abbas Araghchi");
        var stressed = With(doc, doc.Quotes, "Today, we held some good discussions on this issue, and the two sides heard each other's views and decided to continue that");
        var goodStart = With(doc, doc.Quotes, "In general, I can say that it was a good start.");
        Is(doc, stressed, QuoteKind.Direct, "stressed", "he", "Seyed Abbas Araghchi");
        Is(doc, goodStart, QuoteKind.Direct, "stressed", "he", "Seyed Abbas Araghchi");
        Assert.Equal(stressed.Cue, goodStart.Cue);
        Is(doc, With(doc, doc.Quotes, "The latest round of U.S.-Iran negotiations failed to produce a major breakthrough"), QuoteKind.Direct,
            "opined", "Metwally Hassan, a researcher in Iranian affairs with the Nile Center for Strategic and Political Studies based in Egypt",
            "Metwally Hassan");
        Is(doc, With(doc, doc.Quotes, "Leave Iran now."), QuoteKind.Direct, "issued a warning to U.S. citizens in Iran",
            "the U.S. State Department", "U.S. State Department");
        Is(doc, With(doc, doc.Quotes, "the two sides were almost \"on the same page\" about continuing the talks"), QuoteKind.Indirect,
            "said", "He", "Seyed Abbas Araghchi");
        // Unnamed sources are kept as written, with no speaker.
        Is(doc, With(doc, doc.Quotes, "there are still aspects worth acknowledging"), QuoteKind.Indirect, "believe", "analysts", null);
        Is(doc, With(doc, doc.Quotes, "The round of indirect talks was split into two stages"), QuoteKind.Indirect, "according to",
            "multiple media reports", null);
        // The quoted section headings and the scare quote are not statements.
        Assert.DoesNotContain(doc.Quotes, q => doc.Slice(q.Content) is "A GOOD START" or "DEEP DISTRUST" or "massive armada");
    }

    [SharedDataFact(WebDesk)]
    public void Web_desk_good_start_is_Araghchis()
    {
        var doc = Load(WebDesk);
        var q = With(doc, doc.Quotes, "good start");
        Is(doc, q, QuoteKind.Partial, "characterised", "Iranian Foreign Minister Abbas Araghchi", "Abbas Araghchi");
        (string, string?)[] expected =
        [
            ("good start", "Abbas Araghchi"),
            ("very positive", "Abbas Araghchi"),
            ("lack of trust", "Abbas Araghchi"),
            ("serious", "Sayyid Badr Albusaidi"),
            ("useful", "Sayyid Badr Albusaidi"),
            ("very good", "Donald Trump"),
            ("shadow fleet", "White House"),
        ];
        Assert.Equal(expected, Quoted(doc));
    }

    [SharedDataFact(Iranian)]
    public void Iranian_outlet_good_start_is_Araghchis_not_the_bylined_reporters()
    {
        var doc = Load(Iranian);
        Is(doc, With(doc, doc.Quotes, "a good start"), QuoteKind.Partial, "described", "Abbas Araghchi, a senior member of Iran\u2019s negotiating team",
            "Abbas Araghchi");
        Is(doc, With(doc, doc.Quotes, "there was near-consensus between the two sides on continuing the negotiations in principle"),
            QuoteKind.Indirect, "According to", "Araghchi", "Abbas Araghchi");
    }

    [SharedDataFact(NytRewrite)]
    public void Nyt_rewrite_Trump_and_Sabet()
    {
        var doc = Load(NytRewrite);
        Is(doc, With(doc, doc.Quotes, "We are in no rush to make a deal"), QuoteKind.Direct, "stated", "Trump", "Trump");
        Is(doc, With(doc, doc.Quotes, "They can make a deal if they want to"), QuoteKind.Direct, "said", "he", "Trump");
        Is(doc, With(doc, doc.Quotes, "steep consequences"), QuoteKind.Partial, "warning", "he", "Trump");
        Is(doc, With(doc, doc.Quotes, "There is a deal to be had, but it's quite narrow and it's not a great deal"), QuoteKind.Direct,
            "said", "Iran analyst Farzan Sabet", "Farzan Sabet");
        Is(doc, With(doc, doc.Quotes, "Lack of trust needs to be overcome"), QuoteKind.Direct, "said", "Araghchi", "Abbas Araghchi");
        Is(doc, With(doc, doc.Quotes, "good start"), QuoteKind.Partial, "labeled", "who", "Abbas Araghchi");
        (string, string?)[] expected =
        [
            ("good start", "Abbas Araghchi"),
            ("We are in no rush to make a deal", "Trump"),
            ("They can make a deal if they want to", "Trump"),
            ("steep consequences", "Trump"),
            ("Lack of trust needs to be overcome", "Abbas Araghchi"),
            ("There is a deal to be had, but it's quite narrow and it's not a great deal", "Farzan Sabet"),
        ];
        Assert.Equal(expected, Quoted(doc));
    }

    /// <summary>The default pipeline, with the real entity stage: every quotation in the Xinhua report gets its speaker.</summary>
    [SharedDataFact(Xinhua)]
    public void Default_pipeline_gives_every_Xinhua_quotation_its_speaker()
    {
        var text = File.ReadAllText(SharedData.Require(Xinhua));
        var doc = Parallax.Pipeline.DefaultPipeline.Create().Run(new Article { Id = Article.ComputeId(text), Source = Xinhua, Text = text });
        string[] expectedLastNames =
        [
            "Araghchi", "Araghchi", "Araghchi", "Araghchi", "Busaidi", "Busaidi", "Busaidi", "Rubio", "Rubio", "Kowsari", "Kowsari",
            "Araghchi", "Araghchi", "Zisser", "Department", "Hroub", "Hassan", "al-Sheikh", "al-Sheikh", "Al-Dajni", "Al-Dajni",
        ];
        var quoted = Quoted(doc);
        Assert.Equal(expectedLastNames.Length, quoted.Count);
        for (int i = 0; i < quoted.Count; i++)
        {
            Assert.True(quoted[i].Speaker?.EndsWith(expectedLastNames[i], StringComparison.Ordinal) == true,
                $"[{quoted[i].Content}] was given to {quoted[i].Speaker ?? "nobody"}, expected {expectedLastNames[i]}");
        }
    }

    [SharedDataFact(NytRewrite)]
    public void Default_pipeline_gives_the_web_desk_and_nyt_rewrite_quotations_their_speakers()
    {
        var pipeline = Parallax.Pipeline.DefaultPipeline.Create();
        foreach (var (path, expectedLastNames) in new[]
                 {
                     (WebDesk, new[] { "Araghchi", "Araghchi", "Araghchi", "Albusaidi", "Albusaidi", "Trump", "White House" }),
                     (NytRewrite, new[] { "Araghchi", "Trump", "Trump", "Trump", "Araghchi", "Sabet" }),
                 })
        {
            var text = File.ReadAllText(SharedData.Require(path));
            var doc = pipeline.Run(new Article { Id = Article.ComputeId(text), Source = path, Text = text });
            var quoted = Quoted(doc);
            Assert.Equal(expectedLastNames.Length, quoted.Count);
            for (int i = 0; i < quoted.Count; i++)
            {
                Assert.True(quoted[i].Speaker?.EndsWith(expectedLastNames[i], StringComparison.Ordinal) == true,
                    $"{path}: [{quoted[i].Content}] was given to {quoted[i].Speaker ?? "nobody"}, expected {expectedLastNames[i]}");
            }
        }
    }
}
