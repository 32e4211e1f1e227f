using Parallax.Model;
using Parallax.Quotes;
using static Parallax.Tests.Quotes.QuoteAssert;

namespace Parallax.Tests.Quotes;

/// <summary>
/// End to end on the real reports in ../shared/seeds: the Article is built from the file text, tokenised and split,
/// and person/organisation/place mentions are placed by hand (test-only lists; the entity stage is built elsewhere).
/// The seeds are third-party articles, so every quotation, and every cue or source longer than a word or a name, is
/// expected by its anchor (<see cref="SeedText"/>), located in the seed at run time; speakers are named.
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

    /// <summary>
    /// The quotations between quotation marks are exactly <paramref name="expected"/>, in order: (anchor of the content,
    /// speaker). Each anchor must occur in the seed; the message lists what was found, read from the seed at run time.
    /// </summary>
    private static void QuotationsAre(Doc doc, string source, (string Content, string? Speaker)[] expected)
    {
        foreach (var (content, _) in expected)
        {
            SeedText.AssertIn(doc.Text, content, source);
        }
        var found = Quoted(doc);
        var hashed = found.Select(q => (SeedText.Hash(q.Content), q.Speaker)).ToList();
        Assert.True(expected.SequenceEqual(hashed),
            $"{source}: expected {expected.Length} quotations, found {found.Count}:\n" +
            string.Join("\n", found.Select((q, i) =>
                $"{(i < expected.Length && expected[i] == hashed[i] ? "  " : "X ")}{hashed[i].Item1} [{q.Content}] -> {q.Speaker ?? "nobody"}" +
                (i < expected.Length && expected[i] != hashed[i] ? $" (expected {expected[i].Content} -> {expected[i].Speaker ?? "nobody"})" : ""))) +
            string.Concat(expected.Skip(found.Count).Select(e => $"\nX missing {e.Content} -> {e.Speaker ?? "nobody"}")));
    }

    /// <summary>The one quote (of any kind) whose content has the anchor, which must occur in the seed.</summary>
    private static Quote With(Doc doc, string anchor)
    {
        SeedText.AssertIn(doc.Text, anchor, doc.Article.Source);
        var found = doc.Quotes.Where(q => SeedText.Hash(doc.Slice(q.Content)) == anchor).ToList();
        Assert.True(found.Count == 1,
            $"expected one quote with content {anchor}, found {found.Count}; quotes: " +
            string.Join(" | ", doc.Quotes.Select(q => $"[{doc.Slice(q.Content)}] cue=[{Str(doc, q.Cue)}] src=[{Str(doc, q.Source)}]")));
        return found[0];
    }

    /// <summary>The quote's kind, cue, source and speaker; a cue or source is an anchor, or a word or name written out.</summary>
    private static void Is(Doc doc, Quote quote, QuoteKind kind, string cue, string? source, string? speaker)
    {
        Assert.Equal(kind, quote.Kind);
        var cueText = Str(doc, quote.Cue);
        Assert.True(SeedText.Matches(cue, cueText), $"cue [{cueText}] is not {cue}");
        var sourceText = quote.Source is { } s ? doc.Slice(s) : null;
        Assert.True(SeedText.Matches(source, sourceText), $"source [{sourceText ?? "<none>"}] is not {source ?? "<none>"}");
        Assert.Equal(speaker, Speaker(doc, quote));
    }

    [SharedDataFact(Xinhua)]
    public void Xinhua_every_quotation_has_its_speaker()
    {
        var doc = Load(Xinhua);
        const string araghchi = "Seyed Abbas Araghchi";
        const string busaidi = "Sayyid Badr bin Hamad Al Busaidi";
        QuotationsAre(doc, Xinhua,
        [
            ("sha256:31269c5253e31c6c:195", araghchi),
            ("sha256:50470c49fd7293cf:16", araghchi),
            ("sha256:e0215dc06575fa62:123", araghchi),
            ("sha256:abec771cdc031481:47", araghchi),
            ("sha256:1e7ad506f09cc350:12", busaidi),
            ("sha256:a62ed7b95a2fe9e8:6", busaidi),
            ("sha256:b3388056d66d9183:100", busaidi),
            ("sha256:b5edb6472cf83e3e:10", "Marco Rubio"),
            ("sha256:ea28bf3e0e0922d0:23", "Marco Rubio"),
            ("sha256:e2cb469a94160c3e:60", "Esmaeil Kowsari"),
            ("sha256:cf2b58e776abe397:32", "Esmaeil Kowsari"),
            ("sha256:adc9b6f7317003cc:138", araghchi),
            ("sha256:481737c2883e0153:73", araghchi),
            ("sha256:e1339c25aa394a89:189", "Eyal Zisser"),
            ("sha256:3e0c84a3a3e53c69:15", "U.S. State Department"),
            ("sha256:e090e1f2fd387802:201", "Khalid Al Hroub"),
            ("sha256:0f299f0ab906daed:81", "Metwally Hassan"),
            ("sha256:ea1f13916c6c0edc:149", "Sabah al-Sheikh"),
            ("sha256:51a95d5c7cccc133:95", "Sabah al-Sheikh"),
            ("sha256:1ed7c64266bfe94b:142", "Hossam Al-Dajni"),
            ("sha256:44dbec89b84d7c9f:150", "Hossam Al-Dajni"),
        ]);
    }

    [SharedDataFact(Xinhua)]
    public void Xinhua_cues_sources_and_the_continued_quote()
    {
        var doc = Load(Xinhua);
        var told = With(doc, "sha256:31269c5253e31c6c:195");
        Is(doc, told, QuoteKind.Direct, "sha256:23f226dfdf1e6199:29", "Araghchi", "Seyed Abbas Araghchi");
        var stressed = With(doc, "sha256:e0215dc06575fa62:123");
        var goodStart = With(doc, "sha256:abec771cdc031481:47");
        Is(doc, stressed, QuoteKind.Direct, "stressed", "he", "Seyed Abbas Araghchi");
        Is(doc, goodStart, QuoteKind.Direct, "stressed", "he", "Seyed Abbas Araghchi");
        Assert.Equal(stressed.Cue, goodStart.Cue);
        Is(doc, With(doc, "sha256:0f299f0ab906daed:81"), QuoteKind.Direct,
            "opined", "sha256:9ef69d420b9536d5:120",
            "Metwally Hassan");
        Is(doc, With(doc, "sha256:3e0c84a3a3e53c69:15"), QuoteKind.Direct, "sha256:1b1cea4744eab9fa:41",
            "the U.S. State Department", "U.S. State Department");
        Is(doc, With(doc, "sha256:7c43a537cd583e8f:71"), QuoteKind.Indirect,
            "said", "He", "Seyed Abbas Araghchi");
        // Unnamed sources are kept as written, with no speaker.
        Is(doc, With(doc, "sha256:a8b7cb41848fb0e3:43"), QuoteKind.Indirect, "believe", "analysts", null);
        Is(doc, With(doc, "sha256:38b037e3ddfb9531:53"), QuoteKind.Indirect, "according to",
            "sha256:2a150616e3989e79:22", null);
        // The quoted section headings and the scare quote are not statements.
        string[] notStatements = ["sha256:35b91dd2364976bc:12", "sha256:95424331e53126c8:13", "sha256:2848cb22d3767080:14"];
        foreach (var anchor in notStatements)
        {
            SeedText.AssertIn(doc.Text, anchor, Xinhua);
        }
        Assert.DoesNotContain(doc.Quotes, q => notStatements.Contains(SeedText.Hash(doc.Slice(q.Content))));
    }

    [SharedDataFact(WebDesk)]
    public void Web_desk_good_start_is_Araghchis()
    {
        var doc = Load(WebDesk);
        var q = With(doc, "sha256:621737d15273aab6:10");
        Is(doc, q, QuoteKind.Partial, "characterised", "sha256:a5d163272fd1e30d:39", "Abbas Araghchi");
        QuotationsAre(doc, WebDesk,
        [
            ("sha256:621737d15273aab6:10", "Abbas Araghchi"),
            ("sha256:9db6e00d7e30107b:13", "Abbas Araghchi"),
            ("sha256:0da5da7b5ff4e63d:13", "Abbas Araghchi"),
            ("sha256:645dfcb4d1d2d7f1:7", "Sayyid Badr Albusaidi"),
            ("sha256:a62ed7b95a2fe9e8:6", "Sayyid Badr Albusaidi"),
            ("sha256:624d026dc13e1e18:9", "Donald Trump"),
        ]);
        // Two quoted words labelling a thing after a possessor (a scare quote) are the reporter's, not the White House's.
        const string scareQuote = "sha256:0510a3d62b59c22b:12";
        SeedText.AssertIn(doc.Text, scareQuote, WebDesk);
        Assert.DoesNotContain(doc.Quotes, q => SeedText.Hash(doc.Slice(q.Content)) == scareQuote);
    }

    [SharedDataFact(Iranian)]
    public void Iranian_outlet_good_start_is_Araghchis_not_the_bylined_reporters()
    {
        var doc = Load(Iranian);
        Is(doc, With(doc, "sha256:3bce6c65506cd942:12"), QuoteKind.Partial, "described", "sha256:71093e008478b5ec:58",
            "Abbas Araghchi");
        Is(doc, With(doc, "sha256:f9d08702f84819fe:90"),
            QuoteKind.Indirect, "According to", "Araghchi", "Abbas Araghchi");
    }

    [SharedDataFact(NytRewrite)]
    public void Nyt_rewrite_Trump_and_Sabet()
    {
        var doc = Load(NytRewrite);
        Is(doc, With(doc, "sha256:782e9b75b964d601:32"), QuoteKind.Direct, "stated", "Trump", "Trump");
        Is(doc, With(doc, "sha256:9b5e0503cb2cdd7b:36"), QuoteKind.Direct, "said", "he", "Trump");
        Is(doc, With(doc, "sha256:dcb3c42d0d89fe77:18"), QuoteKind.Partial, "warning", "he", "Trump");
        Is(doc, With(doc, "sha256:dd4f87f18bbe3cbe:74"), QuoteKind.Direct,
            "said", "sha256:56087936150e7bc9:25", "Farzan Sabet");
        Is(doc, With(doc, "sha256:01fc3d151594758d:34"), QuoteKind.Direct, "said", "Araghchi", "Abbas Araghchi");
        Is(doc, With(doc, "sha256:621737d15273aab6:10"), QuoteKind.Partial, "labeled", "who", "Abbas Araghchi");
        QuotationsAre(doc, NytRewrite,
        [
            ("sha256:621737d15273aab6:10", "Abbas Araghchi"),
            ("sha256:782e9b75b964d601:32", "Trump"),
            ("sha256:9b5e0503cb2cdd7b:36", "Trump"),
            ("sha256:dcb3c42d0d89fe77:18", "Trump"),
            ("sha256:01fc3d151594758d:34", "Abbas Araghchi"),
            ("sha256:dd4f87f18bbe3cbe:74", "Farzan Sabet"),
        ]);
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
                     (WebDesk, new[] { "Araghchi", "Araghchi", "Araghchi", "Albusaidi", "Albusaidi", "Trump" }),
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
