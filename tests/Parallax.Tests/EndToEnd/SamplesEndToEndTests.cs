using Parallax.Ledger;
using Parallax.Model;

namespace Parallax.Tests.EndToEnd;

/// <summary>The team's invented sample story (samples/README.md lists what is planted and what must come out).</summary>
public class SamplesEndToEndTests
{
    private static readonly Dossier D = Dossiers.Samples;

    private static Story Dock => D.Stories.Single(s => s.Articles.Count > 1);

    [Fact]
    public void Seven_dock_reports_form_one_story_and_the_viaduct_report_its_own()
    {
        Assert.Equal(8, D.Articles.Count);
        Assert.Equal(2, D.Stories.Count);
        Assert.Equal(7, Dock.Articles.Count);
        var viaduct = Assert.Single(D.Stories, s => s.Articles.Count == 1);
        Assert.Equal("Eastmarch Gazette", D.OutletOf(viaduct.Articles[0]));
    }

    [Fact]
    public void The_mediator_is_one_entity_under_his_spellings()
    {
        var varenko = Dock.Entity("Varenko");
        Assert.Equal(EntityType.Person, varenko.Type);
        foreach (var spelling in new[] { "Anatol Varenko", "Anatoly Warenko", "Warenko", "Varanco" })
        {
            Assert.Contains(spelling, varenko.Aliases);
        }
        Assert.True(varenko.Articles.Count >= 6);
        Assert.Equal(varenko.Articles.Count, varenko.Articles.Distinct().Count());
    }

    [Fact]
    public void The_people_are_the_named_ones_and_capitalised_common_words_are_no_entities()
    {
        Assert.Equal(
            ["Anatol Varenko", "Benedikt Sorensen", "Corvin Aldwyck", "Hanne Vestergaard", "Ilse Marchetti", "Maren Holtby", "Olek Brandt", "Petra Solvang", "Tobias Renn"],
            Dock.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name).Order(StringComparer.Ordinal));
        // "Dockworkers and port managers ..." and "Union and management negotiators ..." open sentences of report-01.
        Assert.DoesNotContain(Dock.Entities, e => e.Aliases.Any(a => a is "Dockworkers" or "Union"));
        Assert.Contains("Portvale Dockworkers' Union", Dock.Entity("PDU").Aliases);
    }

    [Fact]
    public void Planted_conflicts_are_found()
    {
        var ordinal = Assert.Single(Dock.Conflicts, c => c.Kind == ConflictKind.Ordinal);
        Assert.Equal(["first", "third"], ordinal.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
        var date = Assert.Single(Dock.Conflicts, c => c.Kind == ConflictKind.Date && c.Subject == "when the talks resume");
        Assert.Contains(date.Values, v => v.Value == "next Tuesday (2031-04-15)");
        Assert.Contains(date.Values, v => v.Value == "to be decided later");
        var injured = Assert.Single(Dock.Conflicts, c => c.Kind == ConflictKind.Number);
        Assert.Equal("number injured", injured.Subject);
        var nineteen = Assert.Single(injured.Values, v => v.Value.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal(D.IdOf("report-04.txt"), Assert.Single(nineteen.Articles));
        var place = Assert.Single(Dock.Conflicts, c => c.Kind == ConflictKind.Place);
        Assert.Equal("where the talks were held", place.Subject);
        Assert.Equal(D.IdOf("reports-07.jsonl:1"), Assert.Single(Assert.Single(place.Values, v => v.Value == "Seafarers' Hall").Articles));
        Assert.Contains(D.IdOf("report-05.html"), Assert.Single(place.Values, v => v.Value == "Customs House").Articles);
    }

    [Fact]
    public void Every_planted_conflict_is_found_and_no_other()
    {
        var expected = Parallax.Eval.Ledger.ConflictExpectations.Read(Path.Combine(Repo.Root, "eval", "expected", "samples-conflicts.json"));
        var score = Parallax.Eval.Ledger.ConflictExpectations.Score(Dock.Conflicts, expected);
        Assert.Empty(score.Missed);
        Assert.Empty(score.False);
        var role = Assert.Single(Dock.Conflicts, c => c.Kind == ConflictKind.Role);
        Assert.Equal(D.IdOf("report-04.txt"), Assert.Single(role.Values, v => v.Value == "Tobias Renn").Articles.Single());
        Assert.True(role.Values.Single(v => v.Value == "Ilse Marchetti").Articles.Count >= 3);
    }

    [Fact]
    public void Rounding_and_vaguer_statements_are_not_conflicts()
    {
        Assert.DoesNotContain(Dock.Conflicts, c => c.Kind == ConflictKind.Number && c.Subject != "number injured");
        Assert.DoesNotContain(Dock.Conflicts, c => c.Values.Any(v => v.Value.Contains("1,000", StringComparison.Ordinal)));
        Assert.DoesNotContain(Dock.Conflicts, c => c.Subject == "the date of the event");
    }

    [Fact]
    public void Holtbys_first_step_is_one_quote_from_four_outlets()
    {
        var holtby = Dock.Entity("Maren Holtby");
        var quote = Assert.Single(Dock.Quotes, q => q.Speaker == holtby.Id && q.Text.Contains("first step in the right direction", StringComparison.Ordinal));
        Assert.Equal(4, quote.Articles.Count);
        Assert.Contains(D.IdOf("report-01.txt"), quote.Articles);
        Assert.Contains(D.IdOf("report-04.txt"), quote.Articles);
    }

    [Fact]
    public void The_rewrite_counts_with_its_original()
    {
        var rewrite = Assert.Single(Dock.Independence, d => d.Kind == DerivationKind.Rewrite);
        Assert.Equal(D.IdOf("report-06.txt"), rewrite.Article);
        Assert.Equal(D.IdOf("report-05.html"), rewrite.FromArticle);
        // A claim carried only by the Courier and its rewrite is single-source.
        Assert.DoesNotContain(Dock.Claims, c => c.Status == ClaimStatus.Corroborated &&
            c.Articles.Order(StringComparer.Ordinal).SequenceEqual(new[] { D.IdOf("report-05.html"), D.IdOf("report-06.txt") }.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void The_timeline_dates_the_talks_and_the_clashes()
    {
        Assert.Contains(Dock.Timeline, t => t.Date == new DateOnly(2031, 4, 11) && t.Articles.Count >= 4);
        Assert.Contains(Dock.Timeline, t => t.Date == new DateOnly(2031, 4, 9) && t.Text.Contains("injured", StringComparison.Ordinal) && t.Articles.Count >= 3);
        Assert.Contains(Dock.Timeline, t => t.Date == new DateOnly(2031, 4, 15) && t.Articles.Count >= 2);
    }

    [Fact]
    public void The_summary_cites_corroborated_claims_only()
    {
        Assert.InRange(Dock.Summary.Count, 3, 5);
        Assert.All(Dock.Summary, s => Assert.True(s.Articles.Count >= 2));
        Assert.DoesNotContain(Dock.Summary, s => s.Text.Contains("19 people", StringComparison.Ordinal));
    }
}
