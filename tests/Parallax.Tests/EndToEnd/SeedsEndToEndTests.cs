using Parallax.Ledger;
using Parallax.Model;

namespace Parallax.Tests.EndToEnd;

/// <summary>The five seed reports of one day of talks: the first real input (read from ../shared/seeds).</summary>
public class SeedsEndToEndTests
{
    private static Story Story => Assert.Single(Dossiers.Seeds.Stories);

    [SharedDataFact("seeds")]
    public void The_five_reports_form_one_story()
    {
        Assert.Equal(5, Dossiers.Seeds.Articles.Count);
        Assert.Equal(5, Story.Articles.Count);
        Assert.Empty(Dossiers.Seeds.Rejected);
    }

    [SharedDataFact("seeds")]
    public void Araghchi_Witkoff_and_Albusaidi_are_entities_with_their_spellings()
    {
        var araghchi = Story.Entity("Araghchi");
        Assert.Equal(EntityType.Person, araghchi.Type);
        Assert.True(araghchi.Articles.Count >= 4);
        var witkoff = Story.Entity("Witkoff");
        Assert.Equal(EntityType.Person, witkoff.Type);
        Assert.Contains("Steve Witkoff", witkoff.Aliases);
        var albusaidi = Story.Entity("Albusaidi");
        Assert.Equal(EntityType.Person, albusaidi.Type);
        foreach (var spelling in new[] { "Al Busaidi", "Albusaidi", "Abu Saeidi", "Badr Albusaidi", "Badr bin Hamad bin Hamood Albusaidi" })
        {
            Assert.Contains(spelling, albusaidi.Aliases);
        }
        Assert.Contains(albusaidi.Aliases, a => a.Contains("bin Hamad", StringComparison.Ordinal));
        Assert.Equal(4, albusaidi.Articles.Count);
    }

    [SharedDataFact("seeds")]
    public void A_good_start_is_Araghchis_in_four_outlets()
    {
        var araghchi = Story.Entity("Araghchi");
        var quote = Assert.Single(Story.Quotes, q => q.Text.Contains("good start", StringComparison.Ordinal));
        Assert.Equal(araghchi.Id, quote.Speaker);
        Assert.Equal(4, quote.Articles.Count);
        Assert.Equal(4, quote.Evidence.Select(e => e.Article).Distinct().Count());
    }

    [SharedDataFact("seeds")]
    public void Cooper_and_Kurilla_conflict_as_commanders()
    {
        var conflict = Assert.Single(Story.Conflicts, c => c.Kind == ConflictKind.Role);
        Assert.StartsWith("commander", conflict.Subject, StringComparison.Ordinal);
        Assert.Equal(["Brad Cooper", "Michael Kurilla"], conflict.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
        Assert.All(conflict.Values, v => Assert.Single(v.Articles));
    }

    [SharedDataFact("seeds")]
    public void First_round_conflicts_with_latest_round()
    {
        var conflict = Assert.Single(Story.Conflicts, c => c.Kind == ConflictKind.Ordinal);
        var latest = Assert.Single(conflict.Values, v => v.Value == "latest");
        Assert.Equal("Xinhua", Dossiers.Seeds.OutletOf(Assert.Single(latest.Articles)));
        var first = Assert.Single(conflict.Values, v => v.Value == "first");
        Assert.Equal(2, first.Articles.Count);
    }

    [SharedDataFact("seeds")]
    public void The_talks_are_dated_2026_02_06_on_the_timeline()
    {
        var day = new DateOnly(2026, 2, 6);
        var entries = Story.Timeline.Where(t => t.Date == day && t.End == day).ToList();
        // The Xinhua sentence on the round held on Friday (its words by anchor, see SeedText).
        const string heldOnFriday = "sha256:0ac73aafe4c15df1:42";
        var held = Dossiers.Seeds.Articles.ToDictionary(a => a.Id, a => SeedText.Locate(a.Text, heldOnFriday));
        Assert.Contains(held.Values, spans => spans.Count > 0);
        Assert.Contains(entries, t => t.Evidence.Any(e => held[e.Article].Any(s => s.Start >= e.Span.Start && s.End <= e.Span.End)));
        Assert.True(entries.SelectMany(t => t.Articles).Distinct().Count() >= 3);
        Assert.Contains(Story.Timeline, t => t.Date == new DateOnly(2026, 2, 4) && t.Text.Contains("Rubio", StringComparison.Ordinal));
        Assert.Equal(Story.Timeline.OrderBy(t => t.Date).Select(t => t.Date), Story.Timeline.Select(t => t.Date));
    }

    [SharedDataFact("seeds")]
    public void The_rewrite_is_marked_and_the_resumption_date_is_disputed()
    {
        var rewrite = Assert.Single(Story.Independence, d => d.Kind == DerivationKind.Rewrite);
        Assert.Equal("nytimes.com", rewrite.From);
        var date = Assert.Single(Story.Conflicts, c => c.Kind == ConflictKind.Date);
        Assert.Contains(date.Values, v => v.Value == "to be decided later");
        Assert.Contains(date.Values, v => v.Value.Contains("2026-W07", StringComparison.Ordinal));
    }

    [SharedDataFact("seeds")]
    public void The_expected_conflicts_are_found_and_no_false_ones()
    {
        var expected = Parallax.Eval.Ledger.ConflictExpectations.Read(Path.Combine(Repo.Root, "eval", "expected", "seeds-conflicts.json"));
        var score = Parallax.Eval.Ledger.ConflictExpectations.Score(Story.Conflicts, expected);
        Assert.Empty(score.Missed);
        Assert.Empty(score.False);
    }

    [SharedDataFact("seeds")]
    public void Iran_wants_sanctions_relief_and_the_United_States_a_wider_agenda()
    {
        var iran = Story.Positions.Where(p => p.PartyName is "Iran" or "Tehran").ToList();
        Assert.Contains(iran, p => p.Issue.Contains("sanctions", StringComparison.Ordinal) && p.Articles.Count >= 2);
        Assert.Contains(iran, p => p.Issue.Contains("nuclear", StringComparison.Ordinal));
        var us = Story.Positions.Where(p => p.PartyName == "U.S.").ToList();
        Assert.Contains(us, p => p.Issue.Contains("missiles", StringComparison.Ordinal));
    }

    [SharedDataFact("seeds")]
    public void Every_evidence_span_lies_inside_its_article()
    {
        var texts = Dossiers.Seeds.Articles.ToDictionary(a => a.Id, a => a.Text.Length);
        var evidence = Story.Quotes.SelectMany(q => q.Evidence)
            .Concat(Story.Claims.SelectMany(c => c.Evidence))
            .Concat(Story.Conflicts.SelectMany(c => c.Values).SelectMany(v => v.Evidence))
            .Concat(Story.Timeline.SelectMany(t => t.Evidence))
            .Concat(Story.Entities.SelectMany(e => e.Mentions))
            .ToList();
        Assert.True(evidence.Count > 100);
        Assert.All(evidence, e => Assert.True(e.Span.End <= texts[e.Article] && e.Span.Length > 0));
    }
}
