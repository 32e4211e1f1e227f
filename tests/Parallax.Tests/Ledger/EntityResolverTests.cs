using Parallax.Ledger;
using Parallax.Model;

namespace Parallax.Tests.Ledger;

public class EntityResolverTests
{
    private static readonly Doc A = new DocBuilder(
            "Lestrian envoy Dr. Anatol Semyonovich Varenko met Maren Holtby in Portvale. Varenko said little.")
        .Person("Anatol Semyonovich Varenko", role: "envoy", roleOf: "Lestria").Person("Maren Holtby")
        .Entity("Portvale", EntityType.Location).Person("Varenko", occurrence: 1).Build();

    private static readonly Doc B = new DocBuilder(
            "The mediator Anatoly Warenko spoke to union leader Holtby. Lestrian mediator Varanco left Portvale on Friday.")
        .Person("Anatoly Warenko", role: "mediator").Person("Holtby", role: "union leader")
        .Person("Varanco", role: "mediator", roleOf: "Lestria").Entity("Portvale", EntityType.Location).Build();

    private static readonly Doc C = new DocBuilder(
            "Veltrian mediator Varela Ostrova, a different person, praised Holtby's union in Portvale.")
        .Person("Varela Ostrova", role: "mediator", roleOf: "Veltria").Person("Holtby")
        .Entity("Portvale", EntityType.Location).Build();

    [Fact]
    public void A_one_word_place_or_organisation_that_is_a_places_adjective_is_no_entity_but_a_person_keeps_the_name()
    {
        // "Norlandi" (0) and "Norlandic" (1) start with "Norland"; the person is the third "Norlandi".
        var doc = new DocBuilder("Trade with Norland slowed. Norlandic cargo waited in Dunmore, Norlandish banks said, and Norlandi agreed.")
            .Entity("Norland", EntityType.Location).Entity("Norlandic", EntityType.Location).Entity("Dunmore", EntityType.Location)
            .Entity("Norlandish", EntityType.Organization).Person("Norlandi", occurrence: 2).Build();
        var entities = new EntityResolver().Resolve([doc]).Entities;
        Assert.Equal(
            [("Dunmore", EntityType.Location), ("Norland", EntityType.Location), ("Norlandi", EntityType.Person)],
            entities.Select(e => (e.Name, e.Type)).OrderBy(e => e.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void A_name_a_dateline_gives_as_the_place_of_filing_is_a_place_however_its_mentions_were_typed()
    {
        static Doc[] Story(bool dateline)
        {
            var first = new DocBuilder("PORTVALE, April 11 (Meridian) -- Shipping lines would abandon Portvale, the Portvale Harbour Authority said.")
                .Entity("PORTVALE", EntityType.Location).Entity("Portvale", EntityType.Organization)
                .Entity("Portvale Harbour Authority", EntityType.Organization);
            var second = new DocBuilder("Talks in Portvale stalled as Portvale pressed the union.")
                .Entity("Portvale", EntityType.Organization).Entity("Portvale", EntityType.Organization, occurrence: 1).Build();
            return [(dateline ? first.Dateline("PORTVALE, April 11 (Meridian) --") : first).Build(), second];
        }
        static (string, EntityType)[] Types(Doc[] docs) =>
            [.. new EntityResolver().Resolve(docs).Entities.Select(e => (e.Name, e.Type)).OrderBy(e => e.Name, StringComparer.Ordinal)];

        Assert.Equal([("Portvale", EntityType.Location), ("Portvale Harbour Authority", EntityType.Organization)], Types(Story(dateline: true)));
        Assert.Equal([("Portvale", EntityType.Organization), ("Portvale Harbour Authority", EntityType.Organization)], Types(Story(dateline: false)));
    }

    [Fact]
    public void A_name_after_a_known_or_dateline_place_and_a_comma_is_its_region_or_country_but_a_list_is_not()
    {
        static (string, EntityType)[] Types(params Doc[] docs) =>
            [.. new EntityResolver().Resolve(docs).Entities.Select(e => (e.Name, e.Type)).OrderBy(e => e.Name, StringComparer.Ordinal)];
        static DocBuilder Caption() => new DocBuilder("Dockworkers gather in Portvale, Veltria, on Friday.")
            .Entity("Portvale", EntityType.Location).Entity("Veltria", EntityType.Location);
        var minister = new DocBuilder("Veltria's transport minister warned the union. Veltria's ports are idle.")
            .Entity("Veltria", EntityType.Organization).Entity("Veltria", EntityType.Organization, occurrence: 1).Build();
        Assert.Equal([("Portvale", EntityType.Location), ("Veltria", EntityType.Location)], Types(Caption().Dateline("PORTVALE, April 11 --").Build(), minister));
        // Without the dateline Portvale is no place Parallax knows: the comma may list names.
        Assert.Equal([("Portvale", EntityType.Location), ("Veltria", EntityType.Organization)], Types(Caption().Build(), minister));
        var capital = new DocBuilder("Officials met in Cairo, Ardonia, on Friday. Ardonia's envoy spoke; Ardonia's bank agreed.")
            .Entity("Cairo", EntityType.Location).Entity("Ardonia", EntityType.Location)
            .Entity("Ardonia", EntityType.Organization, occurrence: 1).Entity("Ardonia", EntityType.Organization, occurrence: 2).Build();
        Assert.Equal([("Ardonia", EntityType.Location), ("Cairo", EntityType.Location)], Types(capital));
        var list = new DocBuilder("Viewers of Lantica, Brovox, and Zelden saw it. Brovox said so; Brovox agreed.")
            .Entity("Lantica", EntityType.Location).Entity("Brovox", EntityType.Organization)
            .Entity("Brovox", EntityType.Organization, occurrence: 1).Entity("Brovox", EntityType.Organization, occurrence: 2).Build();
        Assert.Equal([("Brovox", EntityType.Organization), ("Lantica", EntityType.Location)], Types(list));
    }

    [Fact]
    public void Spellings_of_one_person_become_one_entity_with_all_aliases()
    {
        var result = new EntityResolver().Resolve([A, B, C]);
        var varenko = Assert.Single(result.Entities, e => e.Aliases.Contains("Varenko"));
        Assert.Equal("Anatol Semyonovich Varenko", varenko.Name);
        Assert.Equal(EntityType.Person, varenko.Type);
        Assert.Equal(["Anatol Semyonovich Varenko", "Anatoly Warenko", "Varanco", "Varenko"], varenko.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal(2, varenko.Articles.Count);
        Assert.Contains("envoy (Lestria)", varenko.Roles);
    }

    [Fact]
    public void A_near_spelling_without_a_shared_affiliation_stays_apart()
    {
        var result = new EntityResolver().Resolve([A, B, C]);
        var ostrova = Assert.Single(result.Entities, e => e.Name == "Varela Ostrova");
        Assert.Single(ostrova.Aliases);
        var holtby = Assert.Single(result.Entities, e => e.Aliases.Contains("Holtby"));
        Assert.Equal("Maren Holtby", holtby.Name);
        Assert.Equal(3, holtby.Articles.Count);
        var portvale = Assert.Single(result.Entities, e => e.Name == "Portvale");
        Assert.Equal(EntityType.Location, portvale.Type);
        Assert.Equal(3, portvale.Mentions.Count);
    }

    [Fact]
    public void Different_given_names_with_one_surname_are_different_people()
    {
        var doc = new DocBuilder("Donald Trump and Melania Trump arrived. Trump spoke. Donald Trump left.")
            .Person("Donald Trump").Person("Melania Trump").Person("Trump", occurrence: 2).Person("Donald Trump", occurrence: 1).Build();
        var result = new EntityResolver().Resolve([doc]);
        Assert.Equal(2, result.Entities.Count);
        Assert.Equal(3, result.Entities.Single(e => e.Name == "Donald Trump").Mentions.Count);
    }

    [Fact]
    public void An_abbreviation_joins_the_organisation_it_abbreviates()
    {
        var doc = new DocBuilder("The Portvale Dockworkers' Union struck. The PDU said no.")
            .Entity("Portvale Dockworkers' Union", EntityType.Organization).Entity("PDU", EntityType.Organization).Build();
        var e = Assert.Single(new EntityResolver().Resolve([doc]).Entities);
        Assert.Equal("Portvale Dockworkers' Union", e.Name);
        Assert.Equal(2, e.Aliases.Count);
    }
}
