using Parallax.Ledger;

namespace Parallax.Tests.Ledger;

public class PhraseConflictTests
{
    private static IReadOnlyList<Conflict> Find(params Parallax.Model.Doc[] docs) =>
        ConflictFinder.Find(docs, new EntityResolver().Resolve(docs));

    [Fact]
    public void Direct_against_indirect_talks_is_a_format_conflict()
    {
        var a = new DocBuilder("The two delegations held direct talks in Portvale on Friday.").Outlet("A").Build();
        var b = new DocBuilder("The talks were conducted indirectly, with the mediator carrying messages.").Outlet("B").Build();
        var c = Assert.Single(Find(a, b));
        Assert.Equal((ConflictKind.Attribute, "format of the talks"), (c.Kind, c.Subject));
        Assert.Equal(["direct", "indirect"], c.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
        Assert.Equal("direct talks", a.Slice(c.Values.Single(v => v.Value == "direct").Evidence.Single().Span));
    }

    [Fact]
    public void No_deal_against_a_deal_is_an_outcome_conflict_but_a_hoped_for_deal_is_not()
    {
        var a = new DocBuilder("The talks ended on Friday without a deal on the cranes.").Outlet("A").Build();
        var b = new DocBuilder("Negotiators reached a framework agreement on Friday evening.").Outlet("B").Build();
        var c = new DocBuilder("Both sides hope they will reach an agreement next week.").Outlet("C").Build();
        var conflict = Assert.Single(Find(a, b, c));
        Assert.Equal("outcome of the talks", conflict.Subject);
        Assert.Equal(["agreement reached", "no agreement"], conflict.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
        Assert.Empty(Find(a, c));
    }
}
