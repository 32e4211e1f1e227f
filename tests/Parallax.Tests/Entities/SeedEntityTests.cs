using Parallax.Model;

namespace Parallax.Tests.Entities;

/// <summary>The recogniser on the five seed reports in ../shared/seeds (skipped when absent).</summary>
public class SeedEntityTests
{
    private static Doc Seed(string prefix)
    {
        var dir = SharedData.Require("seeds");
        var file = Directory.GetFiles(dir, prefix + "_*.txt").Single();
        return EntityRecognizerTests.Run(File.ReadAllText(file));
    }

    private static Mention First(Doc doc, string name) => EntityRecognizerTests.Find(doc, name);

    [SharedDataFact("seeds")]
    public void Xinhua_report_people_roles_and_things()
    {
        var doc = Seed("000");
        var busaidi = First(doc, "Badr bin Hamad Al Busaidi");
        Assert.Equal(EntityType.Person, busaidi.Type);
        Assert.Equal(("foreign minister", "Oman", "Sayyid"), (busaidi.Role, busaidi.RoleOf, doc.Slice(busaidi.Honorific!.Value)));
        Assert.Equal("Foreign Minister", doc.Slice(busaidi.RoleSpan!.Value));

        // Every occurrence of the full name is one person (the captions too), never split at "bin".
        var full = doc.Mentions.Where(m => doc.Slice(m.Span) == "Badr bin Hamad bin Hamood Albusaidi").ToList();
        Assert.Equal(2, full.Count);
        Assert.All(full, m => Assert.Equal(("foreign minister", "Oman"), (m.Role, m.RoleOf)));
        Assert.DoesNotContain(doc.Mentions, m => doc.Slice(m.Span) is "Omani" && m.Type != EntityType.Misc);

        var apposition = First(doc, "Al Busaidi");
        Assert.Equal(("foreign minister", "Oman"), (apposition.Role, apposition.RoleOf));

        var araghchi = First(doc, "Abbas Araghchi");
        Assert.Equal(("foreign minister", "Seyed"), (araghchi.Role, doc.Slice(araghchi.Honorific!.Value)));

        var rubio = First(doc, "Marco Rubio");
        Assert.Equal(("secretary of state", "United States"), (rubio.Role, rubio.RoleOf));

        Assert.Equal("special envoy", First(doc, "Steve Witkoff").Role);

        var zisser = First(doc, "Eyal Zisser");
        Assert.Equal(("vice rector", "Tel Aviv University"), (zisser.Role, zisser.RoleOf));

        Assert.Equal(EntityType.Organization, First(doc, "IRIB TV").Type);
        Assert.Equal(EntityType.Misc, First(doc, "Khorramshahr-4").Type);
        Assert.NotEqual(EntityType.Person, First(doc, "Abraham Lincoln").Type);
        Assert.Equal(EntityType.Location, First(doc, "Muscat").Type);
        Assert.Equal(EntityType.Organization, First(doc, "Xinhua").Type);
        Assert.Equal(EntityType.Organization, First(doc, "Tel Aviv University").Type);
    }

    [SharedDataFact("seeds")]
    public void Web_desk_report_commander_and_envoy()
    {
        var doc = Seed("001");
        var cooper = First(doc, "Brad Cooper");
        Assert.Equal(("commander", "CENTCOM", "Adm."), (cooper.Role, cooper.RoleOf, doc.Slice(cooper.Honorific!.Value)));
        Assert.Equal("special envoy", First(doc, "Steve Witkoff").Role);
        var albusaidi = First(doc, "Badr Albusaidi");
        Assert.Equal(("foreign minister", "Oman"), (albusaidi.Role, albusaidi.RoleOf));
    }

    [SharedDataFact("seeds")]
    public void Iranian_report_general_and_mediator()
    {
        var doc = Seed("003");
        var kurilla = First(doc, "Michael Kurilla");
        Assert.Equal(("commander", "U.S. Central Command"), (kurilla.Role, kurilla.RoleOf));
        Assert.Equal("General", doc.Slice(kurilla.Honorific!.Value));
        var mediator = First(doc, "Abu Saeidi");
        Assert.Equal(("mediator", "Oman"), (mediator.Role, mediator.RoleOf));
    }

    [SharedDataFact("seeds")]
    public void Rewrite_report_analyst_and_minister()
    {
        var doc = Seed("004");
        var sabet = First(doc, "Farzan Sabet");
        Assert.Equal(("analyst", "Iran"), (sabet.Role, sabet.RoleOf));
        Assert.Equal(("foreign minister", "Iran"), (First(doc, "Abbas Araghchi").Role, First(doc, "Abbas Araghchi").RoleOf));
        Assert.Equal(EntityType.Person, First(doc, "Trump").Type);
    }
}
