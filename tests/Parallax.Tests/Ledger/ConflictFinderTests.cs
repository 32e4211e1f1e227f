using Parallax.Ledger;
using Parallax.Model;

namespace Parallax.Tests.Ledger;

public class ConflictFinderTests
{
    private static IReadOnlyList<Conflict> Find(params Doc[] docs) =>
        ConflictFinder.Find(docs, new EntityResolver().Resolve(docs));

    [Fact]
    public void Two_holders_of_one_office_named_by_different_outlets_conflict()
    {
        var a = new DocBuilder("CENTCOM Commander Adm. Brad Cooper joined the talks.")
            .Outlet("A").Person("Brad Cooper", role: "commander", roleOf: "CENTCOM").Build();
        var b = new DocBuilder("Michael Kurilla came along as the team's general (Commander of U.S. Central Command).")
            .Outlet("B").Person("Michael Kurilla", role: "commander", roleOf: "U.S. Central Command").Build();
        var c = Assert.Single(Find(a, b));
        Assert.Equal(ConflictKind.Role, c.Kind);
        Assert.StartsWith("commander", c.Subject, StringComparison.Ordinal);
        Assert.Equal(["Brad Cooper", "Michael Kurilla"], c.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
        Assert.Equal([a.Article.Id], c.Values.Single(v => v.Value == "Brad Cooper").Articles);
    }

    [Fact]
    public void Office_holders_of_different_countries_or_named_together_do_not_conflict()
    {
        var a = new DocBuilder("Omani Foreign Minister Badr Albusaidi met Iranian Foreign Minister Abbas Araghchi.")
            .Person("Badr Albusaidi", role: "foreign minister", roleOf: "Oman")
            .Person("Abbas Araghchi", role: "foreign minister", roleOf: "Iran").Build();
        var b = new DocBuilder("Police Chief Ana Lind replaced Police Chief Tor Berg, the city said.")
            .Person("Ana Lind", role: "police chief").Person("Tor Berg", role: "police chief").Build();
        var c = new DocBuilder("Former commander Lena Dahl criticised Commander Ivo Sand of the fleet.")
            .Person("Lena Dahl", role: "commander", roleOf: "fleet").Person("Ivo Sand", role: "commander", roleOf: "fleet").Build();
        Assert.Empty(Find(a));
        Assert.Empty(Find(b));
        Assert.Empty(Find(c));
    }

    [Fact]
    public void First_against_latest_round_is_an_ordinal_conflict_but_quoted_words_are_not_read()
    {
        var a = new DocBuilder("The envoys held their latest round of negotiations on Friday in Muscat.").Outlet("A").Build();
        var b = new DocBuilder("The first round of indirect talks concluded in Muscat on Friday.").Outlet("B").Build();
        var c = new DocBuilder("\"The second round failed,\" an analyst said of the meeting.").Outlet("C")
            .Said("The second round failed,", null).Build();
        var conflict = Assert.Single(Find(a, b, c));
        Assert.Equal(ConflictKind.Ordinal, conflict.Kind);
        Assert.Equal(["first", "latest"], conflict.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
        var latest = conflict.Values.Single(v => v.Value == "latest").Evidence.Single();
        Assert.Equal("latest round", a.Slice(latest.Span));
    }

    [Fact]
    public void A_next_round_is_not_this_round()
    {
        var a = new DocBuilder("The first round of talks ended on Friday.").Outlet("A").Build();
        var b = new DocBuilder("A second round will be held next month, officials said.").Outlet("B").Build();
        Assert.Empty(Find(a, b));
    }

    [Fact]
    public void A_resumption_date_against_to_be_decided_is_a_date_conflict()
    {
        var a = new DocBuilder("Trump said negotiations would resume in the following week.").Outlet("A").Published("2026-02-07T10:00:00Z")
            .Date("the following week", "2026-W07", "2026-02-09", "2026-02-15").Build();
        var b = new DocBuilder("He said the talks would continue, but their date would be decided later.").Outlet("B").Published("2026-02-07T10:00:00Z").Build();
        var c = Assert.Single(Find(a, b));
        Assert.Equal(ConflictKind.Date, c.Kind);
        Assert.Equal(["the following week (2026-W07)", "to be decided later"], c.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Counts_conflict_only_when_their_intervals_cannot_meet()
    {
        var a = new DocBuilder("Police said 12 people were injured in the clashes; the union has more than 1,000 members killed in no war.").Outlet("A").Build();
        var b = new DocBuilder("Medics said 19 people were injured at the gate.").Outlet("B").Build();
        var c = new DocBuilder("Doctors said about 12 were hurt, and at least 10 were injured overall.").Outlet("C").Build();
        var conflict = Assert.Single(Find(a, b, c), x => x.Kind == ConflictKind.Number);
        Assert.Equal("number injured", conflict.Subject);
        Assert.Contains(conflict.Values, v => v.Value == "19 people were injured" && v.Articles.Single() == b.Article.Id);

        var rounding1 = new DocBuilder("Officials said more than 1,000 people were killed in the strikes.").Outlet("D").Build();
        var rounding2 = new DocBuilder("Officials said about 1,000 people were killed in the strikes.").Outlet("E").Build();
        Assert.Empty(Find(rounding1, rounding2));
    }

    [Theory]
    [InlineData("more than", 1000, 1000, double.PositiveInfinity)]
    [InlineData("about", 1000, 900, 1100)]
    [InlineData("", 12, 12, 12)]
    [InlineData("up to", 50, 0, 50)]
    public void Hedges_become_intervals(string hedge, double n, double lo, double hi)
    {
        var (l, h) = ConflictFinder.Interval(hedge, n);
        Assert.Equal(lo, l, 6);
        Assert.Equal(hi, h);
    }

    [Fact]
    public void A_holder_said_to_have_left_or_an_office_of_one_word_without_its_body_is_no_role_conflict()
    {
        var current = new DocBuilder("Secretary of State Ana Lind wrote to the envoy.").Outlet("A").Person("Ana Lind", role: "secretary of state").Build();
        var fired = new DocBuilder("The president fired Secretary of State Tor Berg in March.").Outlet("B").Person("Tor Berg", role: "secretary of state").Build();
        var other = new DocBuilder("Secretary of State Tor Berg wrote to the envoy.").Outlet("C").Person("Tor Berg", role: "secretary of state").Build();
        Assert.Empty(Find(current, fired));
        Assert.Single(Find(current, other));
        var chairA = new DocBuilder("Chairman Ivo Sand spoke first.").Outlet("A").Person("Ivo Sand", role: "chairman").Build();
        var chairB = new DocBuilder("Chairman Lena Dahl spoke last.").Outlet("B").Person("Lena Dahl", role: "chairman").Build();
        Assert.Empty(Find(chairA, chairB));
    }

    [Fact]
    public void Different_days_of_unconnected_events_are_no_date_conflict()
    {
        var a = new DocBuilder("President Ana Lind met the party leaders on Tuesday.").Outlet("A").Published("2030-12-01T12:00:00Z")
            .Person("Ana Lind", role: "president").Date("Tuesday", "2030-11-26", "2030-11-26").Build();
        var b = new DocBuilder("Senator Tor Berg received a letter signed by 42 senators on Wednesday.").Outlet("B").Published("2030-12-01T12:00:00Z")
            .Person("Tor Berg", role: "senator").Date("Wednesday", "2030-11-27", "2030-11-27").Build();
        Assert.Empty(Find(a, b));
        var c = new DocBuilder("President Ana Lind met the party leaders on Wednesday.").Outlet("C").Published("2030-12-01T12:00:00Z")
            .Person("Ana Lind", role: "president").Date("Wednesday", "2030-11-27", "2030-11-27").Build();
        var conflict = Assert.Single(Find(a, c));
        Assert.Equal("the date of the event", conflict.Subject);
        Assert.Equal(["2030-11-26", "2030-11-27"], conflict.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
    }
}
