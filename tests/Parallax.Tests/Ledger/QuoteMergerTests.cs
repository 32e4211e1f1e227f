using Parallax.Ledger;
using Parallax.Model;

namespace Parallax.Tests.Ledger;

public class QuoteMergerTests
{
    private static (IReadOnlyList<StoryQuote> Quotes, IReadOnlyList<Conflict> Conflicts, EntityResolver.Result Entities) Run(params Doc[] docs)
    {
        var entities = new EntityResolver().Resolve(docs);
        var (quotes, conflicts) = new QuoteMerger().Merge(docs, entities.EntityOf, entities.Entities);
        return (quotes, conflicts, entities);
    }

    [Fact]
    public void The_same_words_from_one_speaker_are_one_quote_with_every_outlet()
    {
        var a = new DocBuilder("\"In short, I can say it was a first step,\" Maren Holtby said.")
            .Outlet("Meridian").Person("Maren Holtby").Said("In short, I can say it was a first step,", "Maren Holtby").Build();
        var b = new DocBuilder("Holtby called the meeting \"a first step\" and left.")
            .Outlet("Harbour Post").Person("Holtby").Said("a first step", "Holtby", QuoteKind.Partial).Build();
        var c = new DocBuilder("Union chief Holtby described it as a 'first step' on Friday.")
            .Outlet("Calder").Person("Holtby").Said("first step", "Holtby", QuoteKind.Partial).Build();
        var (quotes, conflicts, entities) = Run(a, b, c);
        var q = Assert.Single(quotes);
        Assert.Equal("a first step", q.Text);
        Assert.Equal(3, q.Articles.Count);
        Assert.Equal(3, q.Evidence.Count);
        Assert.Equal(entities.Entities.Single(e => e.Name == "Maren Holtby").Id, q.Speaker);
        Assert.Equal("Maren Holtby", q.SpeakerName);
        Assert.Empty(conflicts);
    }

    [Fact]
    public void Two_shared_words_are_a_topic_not_the_same_statement()
    {
        var a = new DocBuilder("\"We have opened a door, and both sides must now decide,\" said Varenko.")
            .Person("Varenko").Said("We have opened a door, and both sides must now decide,", "Varenko").Build();
        var b = new DocBuilder("Warenko said \"the door is open\" on Friday.")
            .Person("Warenko").Said("the door is open", "Warenko", QuoteKind.Partial).Build();
        var (quotes, _, _) = Run(a, b);
        Assert.Equal(2, quotes.Count);
    }

    [Fact]
    public void Reported_speech_holding_partial_quotes_does_not_bridge_statements()
    {
        var a = new DocBuilder("Holtby said the talks were \"a first step in the right direction\" held \"in a calm and respectful room.\"")
            .Person("Holtby")
            .Said("the talks were \"a first step in the right direction\" held \"in a calm and respectful room.\"", "Holtby", QuoteKind.Indirect)
            .Said("a first step in the right direction", "Holtby", QuoteKind.Partial)
            .Said("in a calm and respectful room.", "Holtby", QuoteKind.Partial).Build();
        var b = new DocBuilder("\"It was a first step in the right direction,\" said Holtby.")
            .Person("Holtby").Said("It was a first step in the right direction,", "Holtby").Build();
        var (quotes, _, _) = Run(a, b);
        Assert.Equal(2, quotes.Count);
        var shared = Assert.Single(quotes, q => q.Articles.Count == 2);
        Assert.Equal("a first step in the right direction", shared.Text);
        Assert.Equal("in a calm and respectful room.", Assert.Single(quotes, q => q.Articles.Count == 1).Text);
    }

    [Fact]
    public void Different_statements_stay_apart()
    {
        var a = new DocBuilder("\"The cranes are the occasion, not the cause,\" said Hanne Vestergaard.")
            .Person("Hanne Vestergaard").Said("The cranes are the occasion, not the cause,", "Hanne Vestergaard").Build();
        var b = new DocBuilder("\"We have opened a door,\" said Varenko. \"Nobody should walk away,\" said Varenko.")
            .Person("Varenko").Said("We have opened a door,", "Varenko").Said("Nobody should walk away,", "Varenko").Build();
        var (quotes, _, _) = Run(a, b);
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Single(q.Articles));
    }

    [Fact]
    public void The_same_words_given_to_different_speakers_are_an_attribution_conflict()
    {
        var a = new DocBuilder("\"The harbour cannot stay closed for another month,\" said Petra Solvang.")
            .Outlet("Calder").Person("Petra Solvang").Said("The harbour cannot stay closed for another month,", "Petra Solvang").Build();
        var b = new DocBuilder("\"The harbour cannot stay closed for another month,\" said Corvin Aldwyck.")
            .Outlet("Tidewater").Person("Corvin Aldwyck").Said("The harbour cannot stay closed for another month,", "Corvin Aldwyck").Build();
        var (quotes, conflicts, _) = Run(a, b);
        Assert.Equal(2, quotes.Count);
        var c = Assert.Single(conflicts);
        Assert.Equal(ConflictKind.Attribution, c.Kind);
        Assert.Equal(["Petra Solvang", "Corvin Aldwyck"], c.Values.Select(v => v.Value));
    }

    [Fact]
    public void Speakers_resolved_from_a_pronoun_a_slogan_or_two_spellings_of_one_name_are_no_attribution_conflict()
    {
        const string words = "The harbour cannot stay closed for another month,";
        var named = new DocBuilder($"\"{words}\" said Petra Solvang.").Outlet("Calder").Person("Petra Solvang").Said(words, "Petra Solvang").Build();
        var pronoun = new DocBuilder($"Corvin Aldwyck spoke next. \"{words}\" he said.")
            .Outlet("Tidewater").Person("Corvin Aldwyck").Said(words, "Corvin Aldwyck", source: "he").Build();
        Assert.Empty(Run(named, pronoun).Conflicts);

        var slogan = new DocBuilder("\"Keep the port open,\" said Petra Solvang.").Outlet("Calder").Person("Petra Solvang").Said("Keep the port open,", "Petra Solvang").Build();
        var slogan2 = new DocBuilder("\"Keep the port open,\" said Corvin Aldwyck.").Outlet("Tidewater").Person("Corvin Aldwyck").Said("Keep the port open,", "Corvin Aldwyck").Build();
        Assert.Empty(Run(slogan, slogan2).Conflicts);

        var full = new DocBuilder($"\"{words}\" said John G. Roberts Jr.").Outlet("A").Person("John G. Roberts Jr.").Said(words, "John G. Roberts Jr.").Build();
        var plain = new DocBuilder($"\"{words}\" said Chief Justice Roberts.").Outlet("B").Person("Roberts", role: "chief justice").Said(words, "Roberts").Build();
        Assert.Empty(Run(full, plain).Conflicts);
    }

    [Fact]
    public void Unnamed_sources_join_by_the_same_phrase_and_never_make_an_attribution_conflict()
    {
        const string words = "The cranes will not move before the vote on Monday,";
        var a = new DocBuilder($"\"{words}\" a port spokesman said.").Outlet("Calder").SaidBy(words, "a port spokesman").Build();
        var b = new DocBuilder($"\"{words}\" a port spokesman told reporters.").Outlet("Tidewater").SaidBy(words, "a port spokesman").Build();
        var c = new DocBuilder($"\"{words}\" a union official said.").Outlet("Meridian").SaidBy(words, "a union official").Build();
        var d = new DocBuilder($"\"{words}\" said Petra Solvang.").Outlet("Harbour Post").Person("Petra Solvang").Said(words, "Petra Solvang").Build();
        var (quotes, conflicts, _) = Run(a, b, c, d);
        Assert.Equal(3, quotes.Count);
        var spokesman = Assert.Single(quotes, q => q.Articles.Count == 2);
        Assert.Equal("a port spokesman", spokesman.SpeakerName);
        Assert.Null(spokesman.Speaker);
        Assert.Equal([a.Article.Id, b.Article.Id], spokesman.Articles);
        Assert.Equal(["Petra Solvang", "a union official"], quotes.Where(q => q.Articles.Count == 1).Select(q => q.SpeakerName).Order(StringComparer.Ordinal));
        Assert.Empty(conflicts);
    }
}
