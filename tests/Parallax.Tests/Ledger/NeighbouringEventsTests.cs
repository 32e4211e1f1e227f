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

public class VerbCountAndOccasionPlaceTests
{
    private static IReadOnlyList<Conflict> Find(params Doc[] docs) =>
        ConflictFinder.Find(docs, new EntityResolver().Resolve(docs));

    [Fact]
    public void A_count_after_its_verb_is_read_but_not_a_span_of_days_or_a_share()
    {
        var a = new DocBuilder("Police arrested 14 pickets at the gate on Tuesday.").Outlet("A").Build();
        var b = new DocBuilder("On Tuesday police arrested 21 pickets who blocked the gate, killing 2 and injuring about 20.").Outlet("B").Build();
        var conflict = Assert.Single(Find(a, b));
        Assert.Equal("number arrested", conflict.Subject);
        Assert.Equal(["arrested 14", "arrested 21"], conflict.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
        var c = new DocBuilder("The suspect was arrested 3 days ago and detained 40 per cent longer than the law allows.").Outlet("C").Build();
        var d = new DocBuilder("The suspect was arrested 5 weeks ago and detained 10 percent longer.").Outlet("D").Build();
        Assert.Empty(Find(c, d));
        var e = new DocBuilder("The fire injured 20 people.").Outlet("E").Build();
        var f = new DocBuilder("About 20 people were injured in the fire.").Outlet("F").Build();
        Assert.Empty(Find(e, f));
    }

    [Fact]
    public void Venues_told_of_the_day_their_reports_lead_with_conflict_even_without_a_shared_name_in_the_sentence()
    {
        var a = new DocBuilder("The envoys ended their talks on Saturday. The talks, held at the Harbour Hall, lasted ten hours.").Outlet("A")
            .Published("2031-03-09T08:00:00Z").Date("Saturday", "2031-03-08", "2031-03-08").Build();
        var b = new DocBuilder("The envoys met for talks at the Marble Palace on Saturday.").Outlet("B")
            .Published("2031-03-08T22:00:00Z").Date("Saturday", "2031-03-08", "2031-03-08").Build();
        var conflict = Assert.Single(Find(a, b));
        Assert.Equal(ConflictKind.Place, conflict.Kind);
        Assert.Equal(["Harbour Hall", "Marble Palace"], conflict.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
        var weekLater = new DocBuilder("The envoys met for talks at the Marble Palace on Saturday.").Outlet("C")
            .Published("2031-03-15T22:00:00Z").Date("Saturday", "2031-03-15", "2031-03-15").Build();
        Assert.Empty(Find(a, weekLater));
    }
}

public class EarlierOccasionAndRevisedTollTests
{
    private static IReadOnlyList<Conflict> Find(params Doc[] docs) =>
        ConflictFinder.Find(docs, new EntityResolver().Resolve(docs));

    [Fact]
    public void A_toll_told_days_after_another_event_is_not_this_events_toll()
    {
        var a = new DocBuilder("A second quake hit the valley on Monday, killing 6 people, three days after a smaller quake killed 2 people.").Outlet("A")
            .Published("2033-01-10T20:00:00Z").Date("Monday", "2033-01-10", "2033-01-10").Build();
        var b = new DocBuilder("Monday's quake left 6 people killed in the valley.").Outlet("B")
            .Published("2033-01-10T21:00:00Z").Build();
        Assert.Empty(Find(a, b));
        // The same figure told without the clause that moves it to another day is read, and conflicts.
        var c = new DocBuilder("A second quake hit the valley on Monday, killing 6 people; a smaller quake killed 2 people.").Outlet("C")
            .Published("2033-01-10T20:00:00Z").Date("Monday", "2033-01-10", "2033-01-10").Build();
        Assert.Equal(ConflictKind.Number, Assert.Single(Find(c, b)).Kind);
        // "since" counts up to now: the figure is this story's.
        var d = new DocBuilder("Two weeks since the strike began police have arrested 14 pickets.").Outlet("D").Build();
        var e = new DocBuilder("Police have arrested 21 pickets since the strike began.").Outlet("E").Build();
        Assert.Equal("number arrested", Assert.Single(Find(d, e)).Subject);
    }

    [Fact]
    public void A_toll_said_to_have_risen_revises_earlier_reports_but_conflicts_with_later_ones()
    {
        var evening = new DocBuilder("The quake left 6 people killed, officials said.").Outlet("A").Published("2033-01-10T20:00:00Z").Build();
        var morning = new DocBuilder("The death toll rose overnight: at least 7 people were killed, officials said.").Outlet("B").Published("2033-01-11T07:00:00Z").Build();
        Assert.Empty(Find(evening, morning));
        var later = new DocBuilder("The quake left 6 people killed, officials said.").Outlet("C").Published("2033-01-11T09:00:00Z").Build();
        Assert.Equal(ConflictKind.Number, Assert.Single(Find(morning, later)).Kind);
    }

    [Fact]
    public void A_castle_is_a_venue()
    {
        var a = new DocBuilder("The partners held talks at Lindau Castle on Tuesday.").Outlet("A").Published("2032-09-28T22:00:00Z")
            .Date("Tuesday", "2032-09-28", "2032-09-28").Build();
        var b = new DocBuilder("The partners held talks at the Finance Ministry on Tuesday.").Outlet("B").Published("2032-09-28T23:00:00Z")
            .Date("Tuesday", "2032-09-28", "2032-09-28").Build();
        var conflict = Assert.Single(Find(a, b));
        Assert.Equal(ConflictKind.Place, conflict.Kind);
        Assert.Equal(["Finance Ministry", "Lindau Castle"], conflict.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
    }
}

public class NeighbouringEventDateTests
{
    [Fact]
    public void Days_a_week_apart_are_two_rounds_while_days_one_apart_are_a_date_conflict()
    {
        static Doc Report(string outlet, string day, string date, string published) =>
            new DocBuilder($"President Ana Lind met the union leaders of {outlet} for talks on {day}.").Outlet(outlet).Published(published)
                .Person("Ana Lind", role: "president").Date(day, date, date).Build();
        var third = Report("A", "Tuesday", "2030-11-19", "2030-11-19T20:00:00Z");
        var fourth = Report("B", "Tuesday", "2030-11-26", "2030-11-26T20:00:00Z");
        var nextDay = Report("C", "Wednesday", "2030-11-27", "2030-11-27T20:00:00Z");
        IReadOnlyList<Conflict> Find(params Doc[] docs) => ConflictFinder.Find(docs, new EntityResolver().Resolve(docs));
        Assert.Empty(Find(third, fourth));
        var conflict = Assert.Single(Find(fourth, nextDay));
        Assert.Equal(ConflictKind.Date, conflict.Kind);
        Assert.Equal(["2030-11-26", "2030-11-27"], conflict.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
    }
}
