using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Tests.Entities;

/// <summary>The shipped NER model with role reading, on invented sentences.</summary>
public class EntityRecognizerTests
{
    private static readonly DocPipeline Pipeline = DefaultPipeline.Create();

    internal static Doc Run(string text) =>
        Pipeline.Run(new Article { Id = "t", Source = "test", Text = text });

    internal static Mention Find(Doc doc, string name) =>
        doc.Mentions.FirstOrDefault(m => doc.Slice(m.Span) == name)
        ?? throw new Xunit.Sdk.XunitException($"no mention '{name}' among: {string.Join(" | ", doc.Mentions.Select(m => $"{doc.Slice(m.Span)}:{m.Type}"))}");

    [Fact]
    public void Demonym_title_and_honorific_before_a_name_become_its_role()
    {
        var doc = Run("Omani Foreign Minister Sayyid Khalil bin Nasser Al Rawahi welcomed the delegation on Monday.");
        var m = Find(doc, "Khalil bin Nasser Al Rawahi");
        Assert.Equal(EntityType.Person, m.Type);
        Assert.Equal("foreign minister", m.Role);
        Assert.Equal("Foreign Minister", doc.Slice(m.RoleSpan!.Value));
        Assert.Equal("Oman", m.RoleOf);
        Assert.Equal("Sayyid", doc.Slice(m.Honorific!.Value));
    }

    [Fact]
    public void A_role_word_alone_is_no_mention_but_after_the_it_may_be_a_publication()
    {
        var doc = Run("Editor’s note: Marta Ilves is a regular columnist for the Harbour Post.\n\nIn a statement to the Observer, her adviser said the strike would end.");
        Assert.Equal(["Marta Ilves", "Harbour Post", "Observer"], doc.Mentions.Select(m => doc.Slice(m.Span)));
    }

    [Fact]
    public void A_lone_name_of_a_people_or_faith_is_misc()
    {
        var doc = Run("Mayor Ines Varga won 60 percent of the Latino vote, an exit poll found. Latino leaders said the result was no surprise."
            + "\n\n\"The Latino community spoke,\" said Ruben Ocasio. Several Muslim groups also backed Varga.");
        Assert.Equal(
            [("Ines Varga", EntityType.Person), ("Latino", EntityType.Misc), ("Latino", EntityType.Misc), ("Latino", EntityType.Misc),
                ("Ruben Ocasio", EntityType.Person), ("Muslim", EntityType.Misc), ("Varga", EntityType.Person)],
            doc.Mentions.Select(m => (doc.Slice(m.Span), m.Type)));
    }

    [Fact]
    public void Country_abbreviation_and_multiword_office()
    {
        var doc = Run("U.S. Secretary of State Daniel Whitcombe spoke to reporters in Geneva on Tuesday.");
        var m = Find(doc, "Daniel Whitcombe");
        Assert.Equal("secretary of state", m.Role);
        Assert.Equal("United States", m.RoleOf);
        Assert.Equal(EntityType.Location, Find(doc, "Geneva").Type);
    }

    [Fact]
    public void Appositive_after_the_name_gives_the_role()
    {
        var doc = Run("The plan was welcomed by Peter Halvorsen, the Norwegian foreign minister, who spoke in Oslo.");
        var m = Find(doc, "Peter Halvorsen");
        Assert.Equal("foreign minister", m.Role);
        Assert.Equal("Norway", m.RoleOf);
    }

    [Fact]
    public void Role_at_an_organisation()
    {
        var doc = Run("\"It is only a pause,\" said Martin Kessler, a senior researcher at Heidelberg University.");
        var m = Find(doc, "Martin Kessler");
        Assert.Equal("senior researcher", m.Role);
        Assert.Equal("Heidelberg University", m.RoleOf);
    }

    [Fact]
    public void Rank_is_kept_out_of_the_name_and_bracketed_office_is_the_role()
    {
        var doc = Run("The team included Admiral Joseph Hanley (Commander of U.S. Pacific Command) and two aides.");
        var m = Find(doc, "Joseph Hanley");
        Assert.Equal("Admiral", doc.Slice(m.Honorific!.Value));
        Assert.Equal("commander", m.Role);
        Assert.Equal("U.S. Pacific Command", m.RoleOf);
    }

    [Fact]
    public void A_bracketed_relation_is_not_a_role()
    {
        var doc = Run("The delegation included Mark Ellison (President Walter Brandt's son-in-law) on Friday.");
        Assert.Null(Find(doc, "Mark Ellison").Role);
        Assert.Equal("president", Find(doc, "Walter Brandt").Role);
    }

    [Fact]
    public void Names_after_vessel_words_are_not_people_and_numbered_names_are_products()
    {
        var doc = Run("The aircraft carrier George Washington sailed as the army showed the Fateh-110 missile to reporters.");
        Assert.NotEqual(EntityType.Person, Find(doc, "George Washington").Type);
        Assert.Equal(EntityType.Misc, Find(doc, "Fateh-110").Type);
    }

    [Fact]
    public void A_title_opening_an_organisation_span_is_a_role_when_the_document_names_the_rest_as_a_person()
    {
        var doc = Run("German Chancellor Friedrich Merz said the talks were useful. Chancellor Friedrich Merz later flew to Paris. "
            + "General Motors cut jobs.");
        var merz = doc.Mentions.Where(m => doc.Slice(m.Span) == "Friedrich Merz").ToList();
        Assert.Equal(2, merz.Count);
        Assert.All(merz, m => Assert.Equal((EntityType.Person, "chancellor"), (m.Type, m.Role)));
        Assert.DoesNotContain(doc.Mentions, m => doc.Slice(m.Span) == "Motors");
    }

    [Fact]
    public void A_ship_prefix_is_part_of_the_vessel_name()
    {
        var doc = Run("The USS George Washington and HMS Defender sailed into the Arabian Sea on Sunday.");
        Assert.Equal(EntityType.Misc, Find(doc, "USS George Washington").Type);
        Assert.Equal(EntityType.Misc, Find(doc, "HMS Defender").Type);
        Assert.DoesNotContain(doc.Mentions, m => doc.Slice(m.Span) is "USS" or "HMS" or "George Washington" or "Defender");
    }

    [Fact]
    public void A_vessel_noun_after_the_name_or_in_its_appositive_makes_it_a_vessel_not_a_person()
    {
        var doc = Run("George Washington, the aircraft carrier, was shadowed by drones. The Theodore Roosevelt carrier strike group sailed later. "
            + "George Washington, the former president, stayed in the story. Rear Admiral John Hartley, a submarine commander, spoke.");
        var vessel = doc.Mentions.Where(m => doc.Slice(m.Span) == "George Washington").ToList();
        Assert.Equal([EntityType.Misc, EntityType.Person], vessel.Select(m => m.Type));
        Assert.Equal(EntityType.Person, Find(doc, "John Hartley").Type);
        Assert.Equal(EntityType.Misc, Find(doc, "Theodore Roosevelt").Type);
    }

    [Fact]
    public void A_name_inside_the_title_is_the_owner_of_the_role()
    {
        var doc = Run("White House press secretary Karen Lovell told reporters the deal was close.");
        var m = Find(doc, "Karen Lovell");
        Assert.Equal(("press secretary", "White House"), (m.Role, m.RoleOf));
        Assert.Equal("press secretary", doc.Slice(m.RoleSpan!.Value));
    }

    [Fact]
    public void A_bare_head_after_a_body_named_for_its_portfolio_is_that_portfolio_s_office()
    {
        var doc = Run("Lestria Police Commissioner Tomas Brand said officers would stay. White House Spokesman Karen Lovell declined to comment.");
        var m = Find(doc, "Tomas Brand");
        Assert.Equal(("police commissioner", "Lestria Police"), (m.Role, m.RoleOf));
        Assert.Equal("Police Commissioner", doc.Slice(m.RoleSpan!.Value));
        Assert.Equal(("spokesman", "White House"), (Find(doc, "Karen Lovell").Role, Find(doc, "Karen Lovell").RoleOf));
    }

    [Fact]
    public void A_surname_alone_is_the_person_the_report_names_in_full()
    {
        var doc = Run("Nadia al-Rawi, a politics professor at Lestria University, said the talks had stalled. "
            + "\"Both sides need more time,\" al-Rawi stressed. The ferry to Tarnwick was cancelled.");
        var rawi = doc.Mentions.Where(m => m.Type == EntityType.Person).Select(m => doc.Slice(m.Span)).ToList();
        Assert.Equal(["Nadia al-Rawi", "al-Rawi"], rawi);
    }

    [Fact]
    public void A_name_after_a_title_only_people_bear_is_a_person_and_so_is_the_name_alone_later()
    {
        // The tagger reads "Pope Clement" and every later "Clement" as an organisation.
        var doc = Run("Pope Clement spoke to pilgrims in Tarnwick on Sunday. Clement said the talks must go on. Later, Clement met the mayor.");
        var people = doc.Mentions.Where(m => m.Type == EntityType.Person).Select(m => (doc.Slice(m.Span), m.Span.Start)).ToList();
        Assert.Equal([("Clement", 5), ("Clement", 54), ("Clement", 96)], people);
        Assert.Equal("pope", doc.Mentions.First(m => m.Span.Start == 5).Role);
        Assert.Equal(EntityType.Location, Find(doc, "Tarnwick").Type);
    }

    [Fact]
    public void Common_words_named_only_in_a_section_heading_are_no_name_but_a_body_s_name_stays()
    {
        var doc = Run("Talks in Tarnwick ended on Monday without a deal, officials said.\n\nInternational Dynamics and Mediators\n\n"
            + "The talks are hosted by Lestria, a neutral mediator.\n\nInternal U.S. Divisions and a Focus on a Political Framework\n\n"
            + "Southern Harbour Authority and Partners\n\nThe harbour authority said the plan would go ahead, and the U.S. envoy agreed.");
        var names = doc.Mentions.Select(m => (doc.Slice(m.Span), m.Span.Start, m.Type)).ToList();
        Assert.Equal([("Tarnwick", 9, EntityType.Location), ("Lestria", 129, EntityType.Location), ("U.S.", 168, EntityType.Location),
            ("Southern Harbour Authority", 221, EntityType.Organization), ("U.S.", 322, EntityType.Location)], names);
    }

    [Fact]
    public void A_source_the_tagger_read_as_a_place_is_a_body_unless_the_report_names_the_place_elsewhere()
    {
        // The tagger reads all four names as places.
        var doc = Run("As reported by Kestrana, the talks stalled in Tarnwick on Monday.\n\nAccording to Marlowvia, the ferry will run. "
            + "The strike, according to Tarnwick, is over.\n\nThe mayor told the Portvale Gazette that the ferry would run.");
        var names = doc.Mentions.Select(m => (doc.Slice(m.Span), m.Span.Start, m.Type)).ToList();
        Assert.Equal([("Kestrana", 15, EntityType.Organization), ("Tarnwick", 46, EntityType.Location), ("Marlowvia", 80, EntityType.Organization),
            ("Tarnwick", 136, EntityType.Location), ("Portvale Gazette", 175, EntityType.Organization)], names);
    }

    [Fact]
    public void A_source_named_before_the_clause_goes_on_is_a_body_and_a_street_is_a_place()
    {
        // The tagger reads "Courier" as a place and "Quay Street" as an organisation.
        var doc = Run("Asked about the strike, the harbour master told the Courier before the talks that the plan was sound. "
            + "Rina Ossel, who runs a cafe on Quay Street, said trade was slow. Barry Lane, a docker, agreed.");
        var names = doc.Mentions.Select(m => (doc.Slice(m.Span), m.Type)).ToList();
        Assert.Equal([("Courier", EntityType.Organization), ("Rina Ossel", EntityType.Person), ("Quay Street", EntityType.Location),
            ("Barry Lane", EntityType.Person)], names);
    }

    [Theory]
    [InlineData("Halvard")]
    [InlineData("Stellan")]
    public void The_bracketed_name_between_a_dateline_and_its_dash_is_the_wire_service(string agency)
    {
        // The tagger reads "Halvard" as a person and "Stellan" as a place; "(BSE) --" in running text is no dateline.
        var doc = Run($"TARNWICK, May 3 ({agency}) -- The ferry to Ardenburg resumed on Monday after a cattle disease, "
            + "bovine spongiform encephalopathy (BSE) -- mad cow disease -- was ruled out.");
        var names = doc.Mentions.Select(m => (doc.Slice(m.Span), m.Type)).ToList();
        Assert.Equal([("TARNWICK", EntityType.Location), (agency, EntityType.Organization), ("Ardenburg", EntityType.Location), ("BSE", EntityType.Misc)], names);
    }

    [Theory]
    [InlineData("Vantrix")]
    [InlineData("Orlavo")]
    public void A_name_after_a_lower_case_kind_of_company_is_an_organisation_unless_a_person_elsewhere(string company)
    {
        // The tagger reads "Vantrix" as a person and "Orlavo" as a place; "Halden" is a person in the next sentence too.
        var doc = Run($"Director at security company {company}, Dana Tamir, said the patch fixed the flaw. "
            + "Ada Brenner, who left the company Halden founded, agreed. Halden declined to comment.");
        var names = doc.Mentions.Select(m => (doc.Slice(m.Span), m.Type)).ToList();
        Assert.Equal([(company, EntityType.Organization), ("Dana Tamir", EntityType.Person), ("Ada Brenner", EntityType.Person),
            ("Halden", EntityType.Person), ("Halden", EntityType.Person)], names);
    }

    [Fact]
    public void Role_of_an_organisation_before_the_name()
    {
        var doc = Run("The head of the International Atomic Energy Agency, Rafael Grossi, said inspectors were ready.");
        var m = Find(doc, "Rafael Grossi");
        Assert.Equal(("head", "International Atomic Energy Agency"), (m.Role, m.RoleOf));
    }

    [Fact]
    public void A_name_before_a_built_place_noun_is_the_place()
    {
        var doc = Run("Tarnwick's Old Mill viaduct reopened to trains on Wednesday after eighteen months of repairs.");
        Assert.Equal(EntityType.Location, Find(doc, "Old Mill").Type);
    }

    [Fact]
    public void An_airline_called_a_carrier_is_not_a_ship()
    {
        var doc = Run("Passengers of the national carrier Aeroflot were stranded in Moscow on Sunday.");
        Assert.Equal(EntityType.Organization, Find(doc, "Aeroflot").Type);
    }

    [Fact]
    public void Every_mention_is_a_span_over_whole_tokens()
    {
        var doc = Run("German Chancellor Olaf Brenner met French President Paul Morel in Brussels on Thursday.");
        Assert.NotEmpty(doc.Mentions);
        var starts = doc.Tokens.Select(t => t.Span.Start).ToHashSet();
        var ends = doc.Tokens.Select(t => t.Span.End).ToHashSet();
        Assert.All(doc.Mentions, m => Assert.True(starts.Contains(m.Span.Start) && ends.Contains(m.Span.End)));
        Assert.Equal("Germany", Find(doc, "Olaf Brenner").RoleOf);
        Assert.Equal("president", Find(doc, "Paul Morel").Role);
        Assert.Equal(doc.Tokens.Count, doc.PartOfSpeech.Count);
    }

    [Fact]
    public void Title_case_headlines_do_not_become_names()
    {
        var doc = Run("Key Issues on the Table\n\nThe talks in Nairobi ended on Monday.");
        Assert.DoesNotContain(doc.Mentions, m => m.Span.Start < doc.Text.IndexOf('\n', StringComparison.Ordinal));
        Assert.Equal(EntityType.Location, Find(doc, "Nairobi").Type);
    }

    private static (string, EntityType)[] Mentions(Doc doc) => [.. doc.Mentions.Select(m => (doc.Slice(m.Span), m.Type))];

    [Fact]
    public void A_capitalised_common_word_opening_a_sentence_or_a_dateline_is_not_a_name()
    {
        // "Ferrymen", "Union" and "Owners" open sentences (and a dateline) and are written in lower case elsewhere in the
        // report: common words, not people and an organisation (the tagger alone calls them so). Inside the union's name
        // they stay part of it.
        var doc = Run("""
            Ferry Crews and Owners Meet Again as Stoppage Enters Second Week

            Ferrymen and terminal managers in Calloway met for a second day of talks on Monday, a week into a stoppage that has halted crossings to Dunmore.

            Union and management delegates sat in separate rooms, and the mediator, Edda Marsh, carried proposals between them. The union said its members would stay out until the owners withdrew the rota.

            CALLOWAY, May 4 (Coast News) -- Ferrymen blocked the slipway for an hour on Sunday. The Calloway Ferrymen's Union says it speaks for 400 crew. "We are not moving," said Tomas Reddy, a deckhand. Many ferrymen have worked the route for twenty years.

            Owners said the new rota was needed to keep the service running.
            """);
        Assert.Equal(
            [("Calloway", EntityType.Location), ("Dunmore", EntityType.Location), ("Edda Marsh", EntityType.Person), ("CALLOWAY", EntityType.Location),
             ("Coast News", EntityType.Organization), ("Calloway Ferrymen's Union", EntityType.Organization), ("Tomas Reddy", EntityType.Person)],
            Mentions(doc));
    }

    [Fact]
    public void A_name_opening_a_sentence_stays_when_the_report_names_it_elsewhere_or_it_is_in_capitals()
    {
        // "rose" and "us" are common words too, but "Anna Rose" names her and "US" is an abbreviation.
        var doc = Run("Finance Minister Anna Rose met the bankers in Oslo on Monday. Rose said prices rose in March. US officials told us nothing.");
        Assert.Equal(
            [("Anna Rose", EntityType.Person), ("Oslo", EntityType.Location), ("Rose", EntityType.Person), ("US", EntityType.Location)],
            Mentions(doc));
    }

    [Fact]
    public void A_lower_case_role_only_a_person_holds_makes_the_next_name_a_person()
    {
        var doc = Run("The union said the date would be set later through mediator Kelvaro. Talks resumed in Dunmore.");
        Assert.Equal([("Kelvaro", EntityType.Person), ("Dunmore", EntityType.Location)], Mentions(doc));
        Assert.Equal("mediator", Find(doc, "Kelvaro").Role);
    }

    [Fact]
    public void A_sentence_opening_gerund_is_not_part_of_the_name()
    {
        var doc = Run("Echoing Halvorsen's view, the minister said the plan was sound.");
        Assert.Equal(EntityType.Person, Find(doc, "Halvorsen").Type);
        Assert.DoesNotContain(doc.Mentions, m => doc.Slice(m.Span).StartsWith("Echoing", StringComparison.Ordinal));
    }

    [Fact]
    public void Title_case_detection_needs_three_capitalised_words_and_no_final_period()
    {
        Assert.True(Parallax.Entities.EntityRecognizer.IsTitleCase(["Key", "Issues", "on", "the", "Table"]));
        Assert.False(Parallax.Entities.EntityRecognizer.IsTitleCase(["Web", "Desk"]));
        Assert.False(Parallax.Entities.EntityRecognizer.IsTitleCase(["Iran", "Talks", "Resume", "."]));
        Assert.False(Parallax.Entities.EntityRecognizer.IsTitleCase(["Iran", "talks", "resume", "Monday"]));
    }

    [Fact]
    public void Numbered_names_are_recognised_by_form()
    {
        Assert.True(Parallax.Entities.EntityRecognizer.IsNumberedName("Khorramshahr-4"));
        Assert.True(Parallax.Entities.EntityRecognizer.IsNumberedName("F-35A"));
        Assert.False(Parallax.Entities.EntityRecognizer.IsNumberedName("2-0"));
        Assert.False(Parallax.Entities.EntityRecognizer.IsNumberedName("under-21"));
        Assert.False(Parallax.Entities.EntityRecognizer.IsNumberedName("Covid"));
    }
}
