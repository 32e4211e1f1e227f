using Parallax.Eval.Positions;
using Parallax.Ledger;
using Parallax.Model;
using Parallax.Tests.EndToEnd;

namespace Parallax.Tests.Ledger;

public class PositionScorerTests
{
    private const string TextA = "Talks ended on Monday. Norland insists on a grain quota before anything else. Osterby wants the border reopened.";
    private const string TextB = "Stavik said the quota must come first.\nThe  Osterby delegation left. Osterby also demands compensation.";

    private static readonly Article A = new() { Id = "a", Source = "in/a.txt", Text = TextA };
    private static readonly Article B = new() { Id = "b", Source = "in/b.txt", Text = TextB };

    private const string GoldJson = """
        {
          "parties": { "Norland": ["Norland", "Stavik"], "Osterby": ["Osterby"] },
          "issues": { "quota": ["quota"], "border": ["border", "crossing"], "fishing": ["fish"] },
          "positions": [
            { "party": "Norland", "issue": "quota", "stance": "quota first",
              "evidence": [ { "report": "a.txt", "text": "insists on a grain  quota" }, { "report": "b.txt", "text": "quota must come first" } ] },
            { "party": "Osterby", "issue": "border", "stance": "reopen the border",
              "evidence": [ { "report": "a.txt", "text": "wants the border reopened" } ] },
            { "party": "Osterby", "issue": "fishing", "stance": "fishing rights",
              "evidence": [ { "report": "b.txt", "text": "Osterby delegation left" } ] }
          ]
        }
        """;

    private static Evidence Sentence(Article article, string part)
    {
        int at = article.Text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(at >= 0, part);
        return new Evidence(article.Id, new TextSpan(at, at + part.Length));
    }

    private static StoryEntity Entity(string id, string name, params string[] aliases) =>
        new() { Id = id, Name = name, Type = EntityType.Location, Aliases = [name, .. aliases] };

    private static Story StoryOf(params Position[] positions) => new()
    {
        Id = "s1",
        Title = "t",
        Articles = ["a", "b"],
        Entities = [Entity("e1", "Norland"), Entity("e2", "Osterby"), Entity("e3", "Stavik"), Entity("e4", "Kellen")],
        Positions = positions,
    };

    [Fact]
    public void Pairs_match_by_party_name_and_issue_term_once_each()
    {
        var story = StoryOf(
            // Norland's quota position, one sentence in each report (the second through its capital, a name of the party).
            new Position("e1", "Norland", "grain quota", "insists on a grain quota", ["a"], [Sentence(A, "Norland insists on a grain quota before anything else.")]),
            new Position("e3", "Stavik", "quota", "the quota must come first", ["b"], [Sentence(B, "Stavik said the quota must come first.")]),
            // Osterby's border position; its compensation position is not in the gold; Kellen is no party of the gold.
            new Position("e2", "Osterby", "border", "wants the border reopened", ["a"], [Sentence(A, "Osterby wants the border reopened.")]),
            new Position("e2", "Osterby", "compensation", "demands compensation", ["b"], [Sentence(B, "Osterby also demands compensation.")]),
            new Position("e4", "Kellen", "border", "wants the border closed", ["a"], [Sentence(A, "Talks ended on Monday.")]));
        var score = PositionScorer.Score([A, B], [story], PositionGold.Parse(GoldJson));

        // 5 found, 2 of them match (Norland/quota once though found twice, Osterby/border); 3 gold.
        Assert.Equal(new Prf(3, 5, 2, 2), score.Pairs);
        Assert.Equal(0.4, score.Pairs.Precision, 6);
        Assert.Equal(2 / 3.0, score.Pairs.Recall, 6);
        Assert.Equal(0.5, score.Pairs.F1, 6);
        Assert.Equal(["Norland/quota", "Osterby/border"], score.Matched.Select(m => $"{m.Gold.Party}/{m.Gold.Issue}").Order(StringComparer.Ordinal));
        Assert.Equal("fishing", Assert.Single(score.Missed).Issue);
        Assert.Equal(["Stavik/quota", "Osterby/compensation", "Kellen/border"], score.Extra.Select(e => $"{e.Position.PartyName}/{e.Position.Issue}"));
        Assert.Null(score.Extra.Single(e => e.Position.PartyName == "Kellen").Party);

        // Sentences: the duplicate's sentence is still right (same party and issue); compensation and Kellen are not.
        Assert.Equal(new Prf(4, 5, 3, 3), score.Sentences);
        Assert.Equal("Osterby delegation left", Assert.Single(score.MissedSentences).Evidence.Text);
        Assert.Equal(["compensation", "border"], score.ExtraSentences.Select(e => e.Position.Position.Issue));
    }

    [Fact]
    public void The_best_sharing_found_position_takes_the_gold_pair()
    {
        var story = StoryOf(
            new Position("e3", "Stavik", "quota", "the quota must come first", ["b"], [Sentence(B, "Stavik said the quota must come first.")]),
            new Position("e1", "Norland", "grain quota", "insists on a grain quota", ["a"],
                [Sentence(A, "Norland insists on a grain quota before anything else."), Sentence(B, "Stavik said the quota must come first.")]));
        var score = PositionScorer.Score([A, B], [story], PositionGold.Parse(GoldJson));
        Assert.Equal("Norland", Assert.Single(score.Matched).Found.Position.PartyName);
        Assert.Equal("Stavik", Assert.Single(score.Extra).Position.PartyName);
    }

    [Fact]
    public void Nothing_found_scores_zero_without_dividing_by_zero()
    {
        var score = PositionScorer.Score([A, B], [StoryOf()], PositionGold.Parse(GoldJson));
        Assert.Equal(new Prf(3, 0, 0, 0), score.Pairs);
        Assert.Equal(0, score.Pairs.F1);
        Assert.Equal(4, score.MissedSentences.Count);
    }

    [Fact]
    public void Gold_evidence_that_is_not_in_its_report_is_refused_with_the_text()
    {
        var gold = PositionGold.Parse(GoldJson.Replace("wants the border reopened", "wants the border shut", StringComparison.Ordinal));
        var e = Assert.Throws<FormatException>(() => PositionScorer.Score([A, B], [StoryOf()], gold));
        Assert.Contains("'wants the border shut' is not in a.txt", e.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<FormatException>(() => PositionScorer.Score([A], [StoryOf()], PositionGold.Parse(GoldJson)));
        Assert.Contains("report 'b.txt' is not among the reports read", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gold_with_an_unlisted_issue_or_a_repeated_pair_is_refused()
    {
        var unlisted = GoldJson.Replace("\"issue\": \"fishing\"", "\"issue\": \"whaling\"", StringComparison.Ordinal);
        Assert.Contains("issue 'whaling' is not listed", Assert.Throws<FormatException>(() => PositionGold.Parse(unlisted)).Message, StringComparison.Ordinal);
        var repeated = GoldJson.Replace("\"issue\": \"fishing\"", "\"issue\": \"border\"", StringComparison.Ordinal);
        Assert.Contains("two positions of 'Osterby' on 'border'", Assert.Throws<FormatException>(() => PositionGold.Parse(repeated)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_samples_gold_parses_and_every_evidence_is_in_its_report()
    {
        var gold = PositionGold.Read(Path.Combine(Repo.Root, "eval", "expected", "samples-positions.json"));
        Assert.Equal(10, gold.Positions.Count);
        Assert.Equal(4, gold.Parties.Count);
        var score = PositionScorer.Score(Dossiers.Samples.Articles, Dossiers.Samples.Stories, gold);
        Assert.Equal(gold.Positions.Sum(p => p.Evidence.Count), score.Sentences.Gold);
    }

    [Fact]
    public void The_samples_positions_keep_their_measured_level()
    {
        // eval/README.md, Positions: at 24d5235 pairs P 0.500 R 0.800, sentences F1 0.586; floors a little below.
        var gold = PositionGold.Read(Path.Combine(Repo.Root, "eval", "expected", "samples-positions.json"));
        var score = PositionScorer.Score(Dossiers.Samples.Articles, Dossiers.Samples.Stories, gold);
        Assert.True(score.Pairs.Recall >= 0.7, $"pairs recall {score.Pairs.Recall:0.000}");
        Assert.True(score.Pairs.Precision >= 0.4, $"pairs precision {score.Pairs.Precision:0.000}");
        Assert.True(score.Sentences.F1 >= 0.5, $"sentences F1 {score.Sentences.F1:0.000}");
        Assert.Contains(score.Matched, m => m.Gold.Party == "Portvale Dockworkers' Union" && m.Gold.Issue == "jobs");
        Assert.Contains(score.Matched, m => m.Gold.Party == "Veltria" && m.Gold.Issue == "ending the strike");
    }

    [SharedDataFact("seeds")]
    public void The_seeds_positions_keep_their_measured_level()
    {
        // eval/README.md, Positions: at 24d5235 pairs F1 0.692, sentences F1 0.718; floors a little below.
        var gold = PositionGold.Read(Path.Combine(Repo.Root, "eval", "expected", "seeds-positions.json"));
        var score = PositionScorer.Score(Dossiers.Seeds.Articles, Dossiers.Seeds.Stories, gold);
        Assert.True(score.Pairs.F1 >= 0.6, $"pairs F1 {score.Pairs.F1:0.000}");
        Assert.True(score.Sentences.F1 >= 0.6, $"sentences F1 {score.Sentences.F1:0.000}");
        foreach (var (party, issue) in new[] { ("Iran", "scope of talks"), ("Iran", "sanctions relief"), ("United States", "missiles"), ("United States", "nuclear programme") })
        {
            Assert.Contains(score.Matched, m => m.Gold.Party == party && m.Gold.Issue == issue);
        }
    }

    [SharedDataFact("seeds")]
    public void The_seeds_gold_parses_and_every_evidence_is_in_its_report()
    {
        var gold = PositionGold.Read(Path.Combine(Repo.Root, "eval", "expected", "seeds-positions.json"));
        Assert.Equal(13, gold.Positions.Count);
        var score = PositionScorer.Score(Dossiers.Seeds.Articles, Dossiers.Seeds.Stories, gold);
        Assert.Equal(gold.Positions.Sum(p => p.Evidence.Count), score.Sentences.Gold);
    }
}
