using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Text;

namespace Parallax.Tests.Storage;

/// <summary>Documents and assertions shared by the tests of every store.</summary>
internal static class StoreFixtures
{
    public const string V1 = "tokenizer+sentences@v1";

    private const string Text =
        "PORTVALE, April 11 (Meridian) -- Mediator Anatol Varenko said on Friday that the talks were \"frank.\"\n\n" +
        "\"We have opened a door,\" he told LTV. Police Commissioner Ilse Marchetti attended.";

    /// <summary>A document with every layer filled by hand, including optional members and non-default enums.</summary>
    public static Doc FullDoc()
    {
        const string text = Text;
        var article = new Article
        {
            Id = Article.ComputeId(text),
            Source = "inbox/report-01.txt",
            Text = text,
            Title = "Portvale dock talks",
            Outlet = "Meridian",
            Published = new DateTimeOffset(2031, 4, 12, 8, 15, 0, TimeSpan.FromHours(2)),
            Byline = "By Tomas Erlund",
            Authors = ["Tomas Erlund", "Ada Brenner"],
            Dateline = "PORTVALE, April 11 (Meridian) --",
            BasedOn = "https://www.portvalecourier.example/news/2031/04/11/dock-talks-resume-tuesday",
            Url = "https://meridian.example/2031/04/12/portvale",
            Language = "en",
            Paragraphs = [new TextSpan(0, text.IndexOf('\n', StringComparison.Ordinal)), new TextSpan(text.LastIndexOf('\n') + 1, text.Length)],
        };
        var doc = new Doc(article);
        doc.Tokens = Tokenizer.Tokenize(text);
        doc.Sentences = SentenceSplitter.Split(text, doc.Tokens);
        doc.PartOfSpeech = [.. doc.Tokens.Select((_, i) => i % 3 == 0 ? "NNP" : i % 3 == 1 ? "VBD" : "-LRB-")];
        int varenko = text.IndexOf("Anatol Varenko", StringComparison.Ordinal);
        int mediator = text.IndexOf("Mediator", StringComparison.Ordinal);
        int marchetti = text.IndexOf("Ilse Marchetti", StringComparison.Ordinal);
        int commissioner = text.IndexOf("Police Commissioner", StringComparison.Ordinal);
        doc.Mentions =
        [
            new Mention(new TextSpan(0, 8), EntityType.Location),
            new Mention(new TextSpan(varenko, varenko + 14), EntityType.Person)
            {
                RoleSpan = new TextSpan(mediator, mediator + 8), Role = "mediator",
            },
            new Mention(new TextSpan(marchetti, marchetti + 14), EntityType.Person)
            {
                RoleSpan = new TextSpan(commissioner, commissioner + 19), Role = "police commissioner", RoleOf = "Portvale",
            },
            new Mention(new TextSpan(text.IndexOf("LTV", StringComparison.Ordinal), text.IndexOf("LTV", StringComparison.Ordinal) + 3), EntityType.Organization),
        ];
        int friday = text.IndexOf("on Friday", StringComparison.Ordinal) + 3;
        doc.Timexes =
        [
            new Timex(new TextSpan(10, 18), TimexType.Date, "2031-04-11")
            {
                Start = new DateOnly(2031, 4, 11), End = new DateOnly(2031, 4, 11), Certainty = DateCertainty.Explicit,
            },
            new Timex(new TextSpan(friday, friday + 6), TimexType.Date, "2031-04-11")
            {
                Start = new DateOnly(2031, 4, 11), End = new DateOnly(2031, 4, 11),
            },
            new Timex(new TextSpan(friday, friday + 6), TimexType.Duration, "P1D") { Certainty = DateCertainty.Inferred, Mod = TimexMod.Approx },
        ];
        int door = text.IndexOf("We have", StringComparison.Ordinal);
        int told = text.IndexOf("told LTV", StringComparison.Ordinal);
        int frank = text.IndexOf("frank", StringComparison.Ordinal);
        doc.Quotes =
        [
            new Quote(new TextSpan(frank, frank + 6), QuoteKind.Partial)
            {
                Cue = new TextSpan(text.IndexOf("said", StringComparison.Ordinal), text.IndexOf("said", StringComparison.Ordinal) + 4),
                Source = new TextSpan(varenko, varenko + 14),
                SpeakerMention = 1,
            },
            new Quote(new TextSpan(door, door + 21), QuoteKind.Direct)
            {
                Cue = new TextSpan(told, told + 8), Source = new TextSpan(told - 3, told - 1), SpeakerMention = 1,
            },
            new Quote(new TextSpan(0, 8), QuoteKind.Indirect),
        ];
        doc.Filled = Layers.Tokens | Layers.Sentences | Layers.PartOfSpeech | Layers.Entities | Layers.Roles |
                     Layers.Timexes | Layers.Quotes;
        return doc;
    }

    private static readonly DocPipeline TokensAndSentences =
        new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Build();

    /// <summary>An article with metadata, tokens and sentences, for tests that need many.</summary>
    public static Doc Analysed(string text) =>
        TokensAndSentences.Run(new Article
        {
            Id = Article.ComputeId(text),
            Source = "inbox/" + Article.ComputeId(text) + ".txt",
            Text = text,
            Title = "Portvale dock talks",
            Outlet = "Meridian",
            Published = new DateTimeOffset(2031, 4, 11, 19, 40, 0, TimeSpan.FromHours(2)),
        });

    public static void AssertSameArticle(Article expected, Article actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Outlet, actual.Outlet);
        Assert.Equal(expected.Published, actual.Published);
        Assert.Equal(expected.Published?.Offset, actual.Published?.Offset);
        Assert.Equal(expected.Byline, actual.Byline);
        Assert.Equal(expected.Authors, actual.Authors);
        Assert.Equal(expected.Dateline, actual.Dateline);
        Assert.Equal(expected.BasedOn, actual.BasedOn);
        Assert.Equal(expected.Url, actual.Url);
        Assert.Equal(expected.Language, actual.Language);
        Assert.Equal(expected.Paragraphs, actual.Paragraphs);
    }

    public static void AssertSameLayers(Doc expected, Doc actual)
    {
        AssertSameArticle(expected.Article, actual.Article);
        Assert.Equal(expected.Tokens, actual.Tokens);
        Assert.Equal(expected.Sentences, actual.Sentences);
        Assert.Equal(expected.PartOfSpeech, actual.PartOfSpeech);
        Assert.Equal(expected.Mentions, actual.Mentions);
        Assert.Equal(expected.Timexes, actual.Timexes);
        Assert.Equal(expected.Quotes, actual.Quotes);
        Assert.Equal(expected.Filled, actual.Filled);
    }
}
