using Parallax.Ledger;
using Parallax.Model;

namespace Parallax.Tests.Ledger;

/// <summary>Values told of neighbouring occasions (the next round, a second fire days later) are not set against each other.</summary>
public class NeighbouringEventsTests
{
    private static IReadOnlyList<Conflict> Find(params Doc[] docs) =>
        ConflictFinder.Find(docs, new EntityResolver().Resolve(docs));

    [Fact]
    public void Rounds_a_week_apart_differ_in_ordinal_outcome_and_format_without_conflict()
    {
        var third = new DocBuilder("The third round of indirect talks ended without an agreement on Saturday.").Outlet("A")
            .Published("2031-03-08T18:00:00Z").Date("Saturday", "2031-03-08", "2031-03-08").Build();
        var fourth = new DocBuilder("The fourth round of talks reached a framework agreement on Saturday after direct talks.").Outlet("B")
            .Published("2031-03-15T18:00:00Z").Date("Saturday", "2031-03-15", "2031-03-15").Build();
        Assert.Empty(Find(third, fourth));
        // The same two reports told of one day do conflict, on all three.
        var sameDay = new DocBuilder("The fourth round of talks reached a framework agreement on Saturday after direct talks.").Outlet("C")
            .Published("2031-03-08T20:00:00Z").Date("Saturday", "2031-03-08", "2031-03-08").Build();
        var conflicts = Find(third, sameDay);
        Assert.Equal(3, conflicts.Count);
        Assert.Equal(["fourth", "third"], conflicts.Single(c => c.Kind == ConflictKind.Ordinal).Values.Select(v => v.Value).Order(StringComparer.Ordinal));
        Assert.Equal(["format of the talks", "outcome of the talks"], conflicts.Where(c => c.Kind == ConflictKind.Attribute).Select(c => c.Subject).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Tolls_of_two_fires_days_apart_are_two_figures_and_a_report_repeating_the_older_one_adds_none()
    {
        var bakery = new DocBuilder("An explosion at a bakery on Monday left 3 people killed.").Outlet("A")
            .Published("2031-03-10T18:00:00Z").Date("Monday", "2031-03-10", "2031-03-10").Build();
        var warehouse = new DocBuilder("A fire at a warehouse on Thursday left 9 people killed. On Monday, an explosion at a bakery left 3 people killed.").Outlet("B")
            .Published("2031-03-13T18:00:00Z").Date("Thursday", "2031-03-13", "2031-03-13").Date("Monday", "2031-03-10", "2031-03-10").Build();
        var other = new DocBuilder("The fire at the warehouse left 11 people killed, the hospital said on Thursday.").Outlet("C")
            .Published("2031-03-13T20:00:00Z").Date("Thursday", "2031-03-13", "2031-03-13").Build();
        Assert.Empty(Find(bakery, warehouse));
        var conflict = Assert.Single(Find(bakery, warehouse, other));
        Assert.Equal(ConflictKind.Number, conflict.Kind);
        Assert.Equal("number killed (2031-03-13)", conflict.Subject);
        Assert.Equal(["11 people killed", "9 people killed"], conflict.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_minister_replaced_between_two_rounds_is_no_role_conflict()
    {
        var before = new DocBuilder("Foreign Minister Ilse Varga led the delegation at the talks on Saturday.").Outlet("A")
            .Published("2031-03-08T18:00:00Z").Date("Saturday", "2031-03-08", "2031-03-08").Person("Ilse Varga", role: "foreign minister").Build();
        var after = new DocBuilder("Foreign Minister Pavel Orn led the delegation at the talks on Saturday.").Outlet("B")
            .Published("2031-03-15T18:00:00Z").Date("Saturday", "2031-03-15", "2031-03-15").Person("Pavel Orn", role: "foreign minister").Build();
        Assert.Empty(Find(before, after));
        var sameDay = new DocBuilder("Foreign Minister Pavel Orn led the delegation at the talks on Saturday.").Outlet("C")
            .Published("2031-03-08T19:00:00Z").Date("Saturday", "2031-03-08", "2031-03-08").Person("Pavel Orn", role: "foreign minister").Build();
        Assert.Equal(ConflictKind.Role, Assert.Single(Find(before, sameDay)).Kind);
    }
}
