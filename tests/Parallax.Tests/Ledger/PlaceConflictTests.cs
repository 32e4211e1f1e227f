using Parallax.Ledger;
using Parallax.Model;

namespace Parallax.Tests.Ledger;

public class PlaceConflictTests
{
    private static IReadOnlyList<Conflict> Places(params Doc[] docs) =>
        [.. ConflictFinder.Find(docs, new EntityResolver().Resolve(docs)).Where(c => c.Kind == ConflictKind.Place)];

    [Fact]
    public void The_world_table_knows_countries_capitals_and_demonyms()
    {
        Assert.Equal("Oman", Geography.World.Country("Omani"));
        Assert.Equal("Oman", Geography.World.Country("Sultanate of Oman"));
        Assert.Equal("United States", Geography.World.Country("U.S."));
        Assert.Equal("Iran", Geography.World.CountryOfCapital("Tehran"));
        Assert.Equal("Muscat", Geography.World.Capital("Oman"));
        Assert.Null(Geography.World.Country("Portvale"));
    }

    [Fact]
    public void Two_venues_for_the_same_talks_conflict_with_their_outlets_and_spans()
    {
        var a = new DocBuilder("Mediator Ana Lind chaired the talks at the Old Exchange on Friday.")
            .Outlet("A").Person("Ana Lind", role: "mediator").Build();
        var b = new DocBuilder("The talks at the Harbour Hall, chaired by Ana Lind, ended without a deal.")
            .Outlet("B").Person("Ana Lind").Build();
        var c = Assert.Single(Places(a, b));
        Assert.Equal("where the talks were held", c.Subject);
        Assert.Equal(["Harbour Hall", "Old Exchange"], c.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
        var exchange = c.Values.Single(v => v.Value == "Old Exchange");
        Assert.Equal([a.Article.Id], exchange.Articles);
        Assert.Equal("Old Exchange", a.Slice(Assert.Single(exchange.Evidence).Span));
    }

    [Fact]
    public void Capitals_of_two_countries_conflict_but_a_capital_and_its_country_do_not()
    {
        Doc Report(string outlet, string place) =>
            new DocBuilder($"Envoy Tom Hale held talks in {place} with the mediators.").Outlet(outlet)
                .Person("Tom Hale", role: "envoy").Entity(place, EntityType.Location).Build();
        var conflict = Assert.Single(Places(Report("A", "Doha"), Report("B", "Muscat")));
        Assert.Equal(["Doha", "Muscat"], conflict.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
        Assert.Empty(Places(Report("A", "Oman"), Report("B", "Muscat")));
        var omaniCapital = new DocBuilder("Envoy Tom Hale held talks in the Omani capital on Friday.").Outlet("C").Person("Tom Hale", role: "envoy").Build();
        Assert.Empty(Places(omaniCapital, Report("B", "Muscat")));
    }

    [Fact]
    public void A_place_the_story_puts_inside_another_is_vaguer_not_different()
    {
        var a = new DocBuilder("Pickets watched as Ana Lind held talks at the Old Exchange in Kessby, Norland.")
            .Outlet("A").Person("Ana Lind").Entity("Kessby", EntityType.Location).Entity("Norland", EntityType.Location).Build();
        var b = new DocBuilder("Ana Lind held talks in Kessby for a second day.")
            .Outlet("B").Person("Ana Lind").Entity("Kessby", EntityType.Location).Build();
        var c = new DocBuilder("Ana Lind held talks in Norland on Friday.")
            .Outlet("C").Person("Ana Lind").Entity("Norland", EntityType.Location).Build();
        Assert.Empty(Places(a, b, c));
    }

    [Fact]
    public void Towns_the_story_places_in_one_country_conflict_but_unplaced_towns_are_not_set_against_each_other()
    {
        var a = new DocBuilder("Ana Lind held talks in Kessby, Norland, on Friday.")
            .Outlet("A").Person("Ana Lind").Entity("Kessby", EntityType.Location).Entity("Norland", EntityType.Location).Build();
        var b = new DocBuilder("Ana Lind held talks in Vastby, Norland, on Friday.")
            .Outlet("B").Person("Ana Lind").Entity("Vastby", EntityType.Location).Entity("Norland", EntityType.Location).Build();
        Assert.Single(Places(a, b));
        var c = new DocBuilder("Ana Lind held talks in Kessby on Friday.").Outlet("C").Person("Ana Lind").Entity("Kessby", EntityType.Location).Build();
        var d = new DocBuilder("Ana Lind held talks in Vastby on Friday.").Outlet("D").Person("Ana Lind").Entity("Vastby", EntityType.Location).Build();
        Assert.Empty(Places(c, d));
    }

    [Fact]
    public void Another_meeting_or_an_unconnected_event_is_not_the_same_event()
    {
        var a = new DocBuilder("Ana Lind held talks at the Old Exchange.").Outlet("A").Person("Ana Lind").Build();
        var next = new DocBuilder("Ana Lind said the next round of talks at the Harbour Hall would follow.").Outlet("B").Person("Ana Lind").Build();
        var other = new DocBuilder("Union leaders met at the Harbour Hall to plan the strike.").Outlet("C").Build();
        Assert.Empty(Places(a, next));
        Assert.Empty(Places(a, other));
    }

    [Fact]
    public void A_report_naming_two_venues_is_not_counted_for_either()
    {
        var a = new DocBuilder("Ana Lind met the union at the Old Exchange and later held talks at the Harbour Hall.").Outlet("A").Person("Ana Lind").Build();
        var b = new DocBuilder("Ana Lind held talks at the Harbour Hall.").Outlet("B").Person("Ana Lind").Build();
        Assert.Empty(Places(a, b));
    }

    [Fact]
    public void A_place_mention_shorter_than_its_word_is_read_once()
    {
        // "Norland" inside "Norlandic": the mention ends within its token; reading places must still move on.
        var a = new DocBuilder("Norlandic envoy Ana Lind held talks at the Old Exchange on Friday.")
            .Outlet("A").Entity("Norland", EntityType.Location).Person("Ana Lind", role: "envoy").Build();
        var b = new DocBuilder("Ana Lind held talks at the Harbour Hall on Friday.").Outlet("B").Person("Ana Lind").Build();
        var conflict = Assert.Single(Places(a, b));
        Assert.Equal(["Harbour Hall", "Old Exchange"], conflict.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
    }
}
