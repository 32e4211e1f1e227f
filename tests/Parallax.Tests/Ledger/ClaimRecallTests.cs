using Parallax.Ledger;
using Parallax.Model;
using Parallax.Stories;
using static Parallax.Tests.Ledger.StoryReports;

namespace Parallax.Tests.Ledger;

/// <summary>
/// Alignment rules that raise recall: one meeting told with different verbs, a collective subject standing for the
/// story's main parties, and news verb synonyms; each with what must stay apart. The reports are invented.
/// </summary>
public class ClaimRecallTests
{
    /// <summary>A report naming the two parties and the city of their talks, in that order.</summary>
    private static DocBuilder Talks(string text, string outlet) => Report(text, outlet)
        .Entity("Veltria", EntityType.Location).Entity("Lestria", EntityType.Location).Entity("Corvane", EntityType.Location);

    [Fact]
    public void Holding_and_ending_talks_on_the_same_day_align_and_another_act_of_the_same_party_does_not()
    {
        var a = Talks("Veltria and Lestria held talks in Corvane on Friday.", "Coast Wire")
            .Date("Friday", "2031-06-13", "2031-06-13").Build();
        var b = Talks("Veltria and Lestria ended talks in Corvane on Friday. Veltria signed a fishing accord with Norland on Friday.", "Tidal Times")
            .Entity("Veltria", EntityType.Location, occurrence: 1).Entity("Norland", EntityType.Location)
            .Date("Friday", "2031-06-13", "2031-06-13")
            .Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a, b]));

        var meeting = ClaimOf(story, a, "Veltria and Lestria held talks");
        Assert.Equal(ClaimStatus.Corroborated, meeting.Status);
        Assert.Contains(meeting.Evidence, e => e.Article == b.Article.Id && b.Slice(e.Span) == "Veltria and Lestria ended talks in Corvane on Friday");
        var accord = ClaimOf(story, b, "Veltria signed");
        Assert.Equal(ClaimStatus.SingleSource, accord.Status);
        Assert.Equal([b.Article.Id], accord.Articles);
    }

    [Fact]
    public void Talks_ended_on_another_day_are_another_meeting()
    {
        var a = Talks("Veltria and Lestria held talks in Corvane on Friday.", "Coast Wire")
            .Date("Friday", "2031-06-13", "2031-06-13").Build();
        var b = Talks("Veltria and Lestria ended talks in Corvane on Monday.", "Tidal Times")
            .Date("Monday", "2031-06-09", "2031-06-09").Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a, b]));

        Assert.Equal(ClaimStatus.SingleSource, ClaimOf(story, a, "Veltria and Lestria held talks").Status);
        Assert.Equal(ClaimStatus.SingleSource, ClaimOf(story, b, "Veltria and Lestria ended talks").Status);
    }

    [Fact]
    public void The_two_sides_stand_for_the_main_parties_but_not_for_one_of_them()
    {
        var a = Talks("Veltria and Lestria met in Corvane on Friday. Veltria and Lestria agreed to resume the talks in July. Veltria agreed to lower its fishing quota.", "Coast Wire")
            .Entity("Veltria", EntityType.Location, occurrence: 1).Entity("Lestria", EntityType.Location, occurrence: 1)
            .Entity("Veltria", EntityType.Location, occurrence: 2)
            .Date("Friday", "2031-06-13", "2031-06-13").Build();
        var b = Talks("Veltria and Lestria met in Corvane on Friday. The two sides agreed to resume the talks in July. Both sides agreed to lower their fishing quota.", "Tidal Times")
            .Date("Friday", "2031-06-13", "2031-06-13").Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a, b]));

        var resume = ClaimOf(story, b, "The two sides agreed");
        Assert.Equal(ClaimStatus.Corroborated, resume.Status);
        Assert.Contains(resume.Evidence, e => e.Article == a.Article.Id && a.Slice(e.Span).StartsWith("Veltria and Lestria agreed to resume", StringComparison.Ordinal));
        // One party lowering its quota is not both sides lowering theirs.
        Assert.Equal(ClaimStatus.SingleSource, ClaimOf(story, b, "Both sides agreed").Status);
        Assert.Equal(ClaimStatus.SingleSource, ClaimOf(story, a, "Veltria agreed to lower").Status);
    }

    [Fact]
    public void Chaired_mediated_and_served_as_mediator_align_and_chairing_a_board_or_acting_as_spokesman_does_not()
    {
        var a = Report("The talks were mediated by Ida Sorn. Ida Sorn chairs the fisheries board.", "Coast Wire")
            .Person("Ida Sorn").Person("Ida Sorn", occurrence: 1).Build();
        var b = Report("The talks were chaired by Ida Sorn.", "Tidal Times").Person("Ida Sorn").Build();
        var c = Report("Ida Sorn served as the mediator of the talks. Ida Sorn acted as spokesman for the talks.", "Quay Post")
            .Person("Ida Sorn").Person("Ida Sorn", occurrence: 1).Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a, b, c]));

        var mediated = ClaimOf(story, b, "The talks were chaired");
        Assert.Equal([a.Article.Id, b.Article.Id, c.Article.Id], mediated.Articles);
        Assert.Contains(mediated.Evidence, e => e.Article == a.Article.Id && a.Slice(e.Span) == "The talks were mediated by Ida Sorn");
        Assert.Contains(mediated.Evidence, e => e.Article == c.Article.Id && c.Slice(e.Span) == "Ida Sorn served as the mediator of the talks");
        Assert.Equal(ClaimStatus.SingleSource, ClaimOf(story, a, "Ida Sorn chairs").Status);
        Assert.Equal(ClaimStatus.SingleSource, ClaimOf(story, c, "Ida Sorn acted as spokesman").Status);
    }

    [Fact]
    public void The_focus_of_the_talks_is_what_the_talks_focused_on_and_another_topic_is_not()
    {
        var a = Report("The negotiations focused on Veltria's fishing fleet. The talks focused on the border.", "Coast Wire")
            .Entity("Veltria", EntityType.Location).Build();
        var b = Report("The main focus of the discussions was Veltria's fishing fleet.", "Tidal Times")
            .Entity("Veltria", EntityType.Location).Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a, b]));

        var fleet = ClaimOf(story, b, "The main focus of the discussions");
        Assert.Equal(ClaimStatus.Corroborated, fleet.Status);
        Assert.Contains(fleet.Evidence, e => e.Article == a.Article.Id && a.Slice(e.Span) == "The negotiations focused on Veltria's fishing fleet");
        Assert.Equal(ClaimStatus.SingleSource, ClaimOf(story, a, "The talks focused on the border").Status);
    }

    [Fact]
    public void Plural_nouns_tagged_as_verbs_before_the_verb_are_mended()
    {
        string[] words = ["Two", "delegations", "held", "their", "talks", "while", "Iria", "remains", "committed", "and", "Apple", "reports", "increased", "profits"];
        string[] tags = ["CD", "VBZ", "VBN", "PRP$", "NNS", "IN", "NNP", "VBZ", "VBN", "CC", "NNP", "VBZ", "VBN", "NNS"];

        var mended = ClaimExtractor.RepairTags(words, tags, [(0, words.Length)]);

        Assert.Equal(["CD", "NNS", "VBD", "PRP$", "NNS", "IN", "NNP", "VBZ", "VBN", "CC", "NNP", "VBZ", "VBN", "NNS"], mended);
    }

    [Fact]
    public void A_sentence_without_a_finite_verb_gets_its_participle_after_a_noun_as_the_verb()
    {
        string[] words = ["The", "talks", "focused", "on", "fish", ".", "Talks", "held", "in", "Corvane"];
        string[] tags = ["DT", "NNS", "VBN", "IN", "NN", ".", "NNS", "VBN", "IN", "NNP"];

        var mended = ClaimExtractor.RepairTags(words, tags, [(0, 6), (6, 10)]);

        // The headline without a full stop keeps its reduced passive.
        Assert.Equal(["DT", "NNS", "VBD", "IN", "NN", ".", "NNS", "VBN", "IN", "NNP"], mended);
    }

    [Fact]
    public void One_meeting_of_parties_named_by_a_common_noun_aligns_across_a_missing_year_and_a_part_of_the_day()
    {
        var a = Report("Fishermen and harbour managers held talks in Corvane on Friday.", "Coast Wire")
            .Entity("Corvane", EntityType.Location).Date("Friday", "2031-06-13", "2031-06-13").Build();
        var b = Report("The talks between the fishermen and the Corvane Harbour Board ended on Friday evening.", "Tidal Times")
            .Entity("Corvane Harbour Board", EntityType.Organization).Date("Friday evening", "2031-06-13TEV", "2031-06-13").Build();
        var c = Report("Striking fishermen and the Corvane Harbour Board ended their talks on Friday, June 13.", "Quay Post")
            .Entity("Corvane Harbour Board", EntityType.Organization).Date("Friday, June 13", "XXXX-06-13", "2031-06-13").Build();
        var d = Report("Dock pilots and ferry crews held talks in Corvane on Friday.", "Pier News")
            .Entity("Corvane", EntityType.Location).Date("Friday", "2031-06-13", "2031-06-13").Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a, b, c, d]));

        var meeting = ClaimOf(story, a, "Fishermen and harbour managers held talks");
        Assert.Equal([a.Article.Id, b.Article.Id, c.Article.Id], meeting.Articles);
        Assert.Equal([d.Article.Id], ClaimOf(story, d, "Dock pilots and ferry crews held talks").Articles);
    }

    [Fact]
    public void Agreeing_to_meet_again_and_meeting_again_are_one_resumption_and_meeting_is_not()
    {
        var a = Talks("Veltria and Lestria met in Corvane on Friday. Both sides agreed to meet again.", "Coast Wire")
            .Date("Friday", "2031-06-13", "2031-06-13").Build();
        var b = Talks("Veltria and Lestria met in Corvane on Friday. The two sides will meet again on Tuesday.", "Tidal Times")
            .Date("Friday", "2031-06-13", "2031-06-13").Date("Tuesday", "2031-06-17", "2031-06-17").Build();
        var c = Talks("Veltria and Lestria met in Corvane on Friday. The two sides are due to meet again on Tuesday.", "Quay Post")
            .Date("Friday", "2031-06-13", "2031-06-13").Date("Tuesday", "2031-06-17", "2031-06-17").Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a, b, c]));

        var again = ClaimOf(story, a, "Both sides agreed to meet again");
        Assert.Equal("resume", again.Parts.Did!.Value);
        Assert.Contains(again.Evidence, e => e.Article == b.Article.Id && b.Slice(e.Span) == "The two sides will meet again on Tuesday");
        Assert.Contains(again.Evidence, e => e.Article == c.Article.Id && c.Slice(e.Span) == "The two sides are due to meet again on Tuesday");
        Assert.DoesNotContain(again.Evidence, e => e.Article == b.Article.Id && b.Slice(e.Span).StartsWith("Veltria and Lestria met", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_collective_subjects_stand_for_the_same_parties_when_the_story_names_none()
    {
        var a = Report("The delegations would meet again on Tuesday.", "Coast Wire").Date("Tuesday", "2031-06-17", "2031-06-17").Build();
        var b = Report("The two sides are due to meet again on Tuesday. The ferry crews will meet again.", "Tidal Times")
            .Date("Tuesday", "2031-06-17", "2031-06-17").Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a, b]));

        var again = ClaimOf(story, a, "The delegations would meet again");
        Assert.Contains(again.Evidence, e => e.Article == b.Article.Id && b.Slice(e.Span) == "The two sides are due to meet again on Tuesday");
        Assert.Equal([b.Article.Id], ClaimOf(story, b, "The ferry crews").Articles);
    }

    [Fact]
    public void Talks_that_yielded_no_agreement_are_the_meeting_that_ended_that_day_and_another_day_is_not()
    {
        var a = Talks("Veltria and Lestria ended their talks in Corvane on Friday without a deal.", "Coast Wire")
            .Date("Friday", "2031-06-13", "2031-06-13").Build();
        var b = Talks("The talks between Veltria and Lestria in Corvane delivered no agreement on Friday.", "Tidal Times")
            .Date("Friday", "2031-06-13", "2031-06-13").Build();
        var c = Talks("The talks between Veltria and Lestria in Corvane produced no breakthrough on Monday.", "Quay Post")
            .Date("Monday", "2031-06-09", "2031-06-09").Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a, b, c]));

        Assert.Equal([a.Article.Id, b.Article.Id], ClaimOf(story, a, "Veltria and Lestria ended their talks").Articles);
        Assert.Equal([c.Article.Id], ClaimOf(story, c, "The talks between Veltria and Lestria").Articles);
    }

    [Fact]
    public void Present_at_is_attended_and_limited_to_is_focused_on_but_limiting_tolls_is_not()
    {
        var a = Report("Ida Sorn attended the opening session. The talks focused on border tolls.", "Coast Wire")
            .Person("Ida Sorn").Build();
        var b = Report("Ida Sorn was present at the opening session. The talks were limited strictly to border tolls. The board has limited the border tolls.", "Tidal Times")
            .Person("Ida Sorn").Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a, b]));

        Assert.Equal([a.Article.Id, b.Article.Id], ClaimOf(story, a, "Ida Sorn attended").Articles);
        Assert.Equal([a.Article.Id, b.Article.Id], ClaimOf(story, a, "The talks focused").Articles);
        Assert.Equal([b.Article.Id], ClaimOf(story, b, "The board has limited").Articles);
    }
}
