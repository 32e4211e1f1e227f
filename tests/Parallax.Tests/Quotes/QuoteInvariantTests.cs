using FsCheck;
using FsCheck.Fluent;
using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Quotes;
using Parallax.Text;

namespace Parallax.Tests.Quotes;

/// <summary>Whatever the text, the stage does not throw and every quote it returns is well formed.</summary>
public class QuoteInvariantTests
{
    private static void AssertWellFormed(Doc doc)
    {
        int length = doc.Text.Length;
        foreach (var q in doc.Quotes)
        {
            Assert.True(q.Content.End <= length && !q.Content.IsEmpty, $"content {q.Content} in a text of {length}");
            Assert.True(doc.Slice(q.Content).Trim().Length > 0, $"blank content {q.Content}");
            if (q.Cue is { } cue)
            {
                Assert.True(cue.End <= length && !cue.Overlaps(q.Content), $"cue {cue} overlaps content {q.Content} in [{doc.Text}]");
            }
            if (q.Source is { } source)
            {
                Assert.True(source.End <= length && !source.Overlaps(q.Content), $"source {source} overlaps content {q.Content} in [{doc.Text}]");
            }
            if (q.SpeakerMention is { } m)
            {
                Assert.InRange(m, 0, doc.Mentions.Count - 1);
            }
        }
    }

    [Fact]
    public void Random_news_like_text_gives_well_formed_quotes()
    {
        var fragments = Gen.Elements(
            "\"", "\u201C", "\u201D", "'", "\u2018", "\u2019", "''", " said ", " he ", " Ana Ruiz", ", ", ". ", ": ", "\n\n", "\n",
            " according to ", " that ", " told ", " reporters", " the minister", "Karimi: ", "(", ")", " - ", "...", " U.S. ",
            " calling ", " adding ", " talks", " The", " were good", "?", "!", " who ", " Karimi", "'s", " a professor at ",
            " University", " sources briefed on the meeting", " statement", " saying ");
        var texts = Gen.ListOf(fragments).Select(parts => string.Concat(parts));
        var property = Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var doc = new QuoteTestDoc(text).Person("Ana Ruiz").Person("Karimi").Org("University").Build();
            new QuoteStage().Process(doc, CancellationToken.None);
            AssertWellFormed(doc);
            return true;
        });
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void A_subject_inside_a_partial_quote_is_not_its_source()
    {
        // Found by the random-text property above: "calling" took a subject that lies within the quoted words.
        const string text = " the minister U.S. \n U.S.  U.S. \" Karimi sources briefed on the meeting,  Ana Ruiz told Karimi:  he \u201D a professor at  calling  saying  according to ...(";
        var doc = new QuoteTestDoc(text).Person("Ana Ruiz").Person("Karimi").Org("University").Build();
        new QuoteStage().Process(doc, CancellationToken.None);
        AssertWellFormed(doc);
        Assert.All(doc.Quotes, q => Assert.False(q.Source is { } s && s.Overlaps(q.Content)));
    }

    [SharedDataFact("data/quotes/polnear/train/text")]
    public void Real_news_texts_give_well_formed_quotes()
    {
        var pipeline = new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Add(new QuoteStage(resolveSpeakers: false)).Build();
        int quotes = 0;
        foreach (var path in Directory.GetFiles(SharedData.Require("data/quotes/polnear/train/text"), "*.txt").Order(StringComparer.Ordinal).Take(120))
        {
            var doc = pipeline.Run(new Article { Id = "t", Source = path, Text = File.ReadAllText(path) });
            AssertWellFormed(doc);
            quotes += doc.Quotes.Count;
        }
        Assert.True(quotes > 500, $"only {quotes} quotes in 120 news articles");
    }
}
