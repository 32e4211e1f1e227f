using Parallax.Ledger;
using Parallax.Model;

namespace Parallax.Tests.Ledger;

/// <summary>
/// Statements of one party in other words, across reports: the same statement when the speakers are one party (a
/// person and the body or phrase of the same party) and the wordings share what is particular to them; never when one
/// is negated and the other not, or the numbers differ, or the speakers are two people. All reports invented.
/// </summary>
public class QuoteParaphraseTests
{
    private const string ChiefSays = "Harbour Authority chief executive Corvin Aldwyck said the port would lose its main shipping routes without the new cranes.";
    private const string ChiefWords = "the port would lose its main shipping routes without the new cranes";

    private static Doc Chief() =>
        StoryReports.Report(ChiefSays, "Meridian")
            .Entity("Harbour Authority", EntityType.Organization)
            .Person("Corvin Aldwyck", role: "chief executive", roleOf: "Harbour Authority")
            .Said(ChiefWords, "Corvin Aldwyck", QuoteKind.Indirect).Build();

    private static Doc Authority(string text, string words) =>
        StoryReports.Report(text, "Tidewater Herald").SaidBy(words, "The authority", QuoteKind.Indirect).Build();

    private static (IReadOnlyList<StoryQuote> Quotes, EntityResolver.Result Entities) Run(params Doc[] docs)
    {
        var entities = new EntityResolver().Resolve(docs);
        return (new QuoteMerger().Merge(docs, entities).Quotes, entities);
    }

    private static List<string> Wordings(StoryQuote quote, params Doc[] docs) =>
        [.. quote.Evidence.Select(e => docs.Single(d => d.Article.Id == e.Article).Slice(e.Span))];

    [Fact]
    public void A_person_and_a_phrase_of_one_party_saying_the_same_in_other_words_are_one_statement_of_the_party()
    {
        var chief = Chief();
        const string words = "without the cranes the port will lose its place on the main shipping routes";
        var authority = Authority($"The authority said that {words}.", words);
        var (quotes, entities) = Run(chief, authority);
        var q = Assert.Single(quotes);
        Assert.Equal([ChiefWords, words], Wordings(q, chief, authority));
        Assert.Equal([chief.Article.Id, authority.Article.Id], q.Articles);
        // Two speakers of one party: the statement is the party's.
        Assert.Equal(entities.Entities.Single(e => e.Name == "Harbour Authority").Id, q.Speaker);
        Assert.Equal("Harbour Authority", q.SpeakerName);
    }

    [Fact]
    public void The_same_party_saying_the_opposite_is_two_statements()
    {
        var chief = Chief();
        const string words = "the port will not lose its place on the main shipping routes without the cranes";
        var authority = Authority($"The authority said {words}.", words);
        var (quotes, _) = Run(chief, authority);
        Assert.Equal(2, quotes.Count);
        Assert.Equal([[ChiefWords], [words]], quotes.Select(q => Wordings(q, chief, authority)).OrderBy(w => w[0].Length));
    }

    [Fact]
    public void The_same_party_giving_other_numbers_is_two_statements()
    {
        var union = StoryReports.Report("Dockworkers' Union leader Maren Holtby said 300 dockworkers would lose their jobs to the remote cranes.", "Meridian")
            .Entity("Dockworkers' Union", EntityType.Organization)
            .Person("Maren Holtby", role: "leader", roleOf: "Dockworkers' Union")
            .Said("300 dockworkers would lose their jobs to the remote cranes", "Maren Holtby", QuoteKind.Indirect).Build();
        var officials = StoryReports.Report("Union officials said 500 dockworkers would lose their jobs to remote cranes at the Dockworkers' Union's terminal.", "Calder")
            .Entity("Dockworkers' Union", EntityType.Organization)
            .SaidBy("500 dockworkers would lose their jobs to remote cranes", "Union officials", QuoteKind.Indirect).Build();
        var (quotes, _) = Run(union, officials);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Single(q.Articles));
    }

    [Fact]
    public void Two_people_of_one_party_in_other_words_are_two_statements()
    {
        var chief = Chief();
        var deputy = StoryReports.Report("Harbour Authority deputy director Ina Berg said that without the cranes the port will lose its place on the main shipping routes.", "Calder")
            .Entity("Harbour Authority", EntityType.Organization)
            .Person("Ina Berg", role: "deputy director", roleOf: "Harbour Authority")
            .Said("without the cranes the port will lose its place on the main shipping routes", "Ina Berg", QuoteKind.Indirect).Build();
        var (quotes, _) = Run(chief, deputy);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Single(q.Articles));
    }

    [Fact]
    public void Words_every_report_of_the_story_uses_do_not_make_two_statements_one()
    {
        // "talks", "sides" and "harbour" are in all three reports: the story's topic, not what either statement says.
        var a = StoryReports.Report("Varenko said the two sides held frank talks at the harbour on cranes and pay.", "Meridian")
            .Person("Varenko").Said("the two sides held frank talks at the harbour on cranes and pay", "Varenko", QuoteKind.Indirect).Build();
        var b = StoryReports.Report("Varenko said both sides would resume talks at the harbour next week.", "Calder")
            .Person("Varenko").Said("both sides would resume talks at the harbour next week", "Varenko", QuoteKind.Indirect).Build();
        var c = StoryReports.Report("Talks between the two sides at the harbour ended on Friday.", "Tidewater Herald").Build();
        var (quotes, _) = Run(a, b, c);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Single(q.Articles));
    }

    [Fact]
    public void Reported_speech_holding_a_quotation_joins_a_paraphrase_but_never_stands_alone()
    {
        // The reported speech around "on the same page" is the statement the other report paraphrases.
        var a = StoryReports.Report("Holtby said the delegations were \"on the same page\" about a gradual retraining scheme.", "Meridian")
            .Person("Holtby")
            .Said("the delegations were \"on the same page\" about a gradual retraining scheme", "Holtby", QuoteKind.Indirect)
            .Said("on the same page", "Holtby", QuoteKind.Partial).Build();
        var b = StoryReports.Report("Holtby said there was near agreement on a gradual retraining scheme.", "Calder")
            .Person("Holtby").Said("there was near agreement on a gradual retraining scheme", "Holtby", QuoteKind.Indirect).Build();
        var (quotes, _) = Run(a, b);
        Assert.Equal(2, quotes.Count);
        var shared = Assert.Single(quotes, q => q.Articles.Count == 2);
        Assert.Equal(["the delegations were \"on the same page\" about a gradual retraining scheme", "there was near agreement on a gradual retraining scheme"], Wordings(shared, a, b));
        Assert.Equal(["on the same page"], Wordings(Assert.Single(quotes, q => q.Articles.Count == 1), a, b));

        var alone = StoryReports.Report("Holtby said the delegations were \"on the same page\" about pay.", "Harbour Post")
            .Person("Holtby")
            .Said("the delegations were \"on the same page\" about pay", "Holtby", QuoteKind.Indirect)
            .Said("on the same page", "Holtby", QuoteKind.Partial).Build();
        Assert.Equal(["on the same page"], Assert.Single(Run(alone).Quotes).Evidence.Select(e => alone.Slice(e.Span)));
    }
}
