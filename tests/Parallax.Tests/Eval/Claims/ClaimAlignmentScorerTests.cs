using Parallax.Eval.Claims;
using Parallax.Extraction;
using Parallax.Ledger;
using Parallax.Model;
using Xunit;

namespace Parallax.Tests.Eval.Claims;

public sealed class ClaimAlignmentScorerTests
{
    // Three invented reports of one invented event: two sentences each.
    private const string TextA = "The ferry union and the port board met in Dunmore on Monday. The board offered a pay rise of four percent.";
    private const string TextB = "Union and board negotiators held talks in Dunmore on Monday. “We offered four percent,” the board said.";
    private const string TextC = "The talks were held in the town hall. Ferry crews met the board in Dunmore on Monday for the first time.";

    private static Article Art(string id, string text) => new() { Id = id, Source = "/tmp/in/" + id + ".txt", Text = text };

    private static readonly Article A = Art("a", TextA);
    private static readonly Article B = Art("b", TextB);
    private static readonly Article C = Art("c", TextC);

    private static GoldStatement S(string report, string text, bool quoted = false) => new(report, text, quoted);

    private static readonly IReadOnlyList<GoldFact> Gold =
    [
        new GoldFact("met", "event", "The union and the board met in Dunmore on Monday",
            [S("a.txt", "met in Dunmore on Monday"), S("b.txt", "held talks in Dunmore"), S("c.txt", "met the board in Dunmore")]),
        new GoldFact("offer", "number", "The board offered four percent",
            [S("a.txt", "offered a pay rise of four percent"), S("b.txt", "We offered four percent", quoted: true)]),
    ];

    private static Evidence E(Article a, string clause)
    {
        var start = a.Text.IndexOf(clause, StringComparison.Ordinal);
        Assert.True(start >= 0, clause);
        return new Evidence(a.Id, new TextSpan(start, start + clause.Length));
    }

    [Fact]
    public void Scores_pairs_of_reports_per_fact_and_sentence_pairs_for_precision()
    {
        var scorer = new ClaimAlignmentScorer([A, B, C], Gold);
        Assert.Empty(scorer.Unlocated);
        IReadOnlyList<Evidence>[] claims =
        [
            [E(A, "The ferry union and the port board met in Dunmore"), E(B, "Union and board negotiators held talks in Dunmore")],
            [E(A, "The board offered a pay rise"), E(C, "The talks were held in the town hall")],
            [E(C, "The talks were held")],
        ];

        var score = scorer.Score(claims, includeQuoted: true);

        // met: a-b, a-c, b-c; offer: a-b (b's statement is quoted) = 4 gold pairs; only met a-b is recalled.
        Assert.Equal(4, score.GoldPairs);
        Assert.Equal(("met", "a", "b"), (score.Recalled.Single().Fact.Id, score.Recalled.Single().ArticleA, score.Recalled.Single().ArticleB));
        Assert.Equal(0.25, score.Recall, 6);
        // Two cross-report sentence pairs (the one-report claim makes none): one in a gold fact, one in none.
        Assert.Equal(2, score.Predicted.Count);
        Assert.Equal("met", score.Predicted[0].FactId);
        Assert.Null(score.Predicted[1].FactId);
        Assert.Equal(("a", "c"), (score.Predicted[1].ArticleA, score.Predicted[1].ArticleB));
        Assert.Equal(0.5, score.Precision, 6);
        Assert.Equal(2 * 0.25 * 0.5 / 0.75, score.F1, 6);
        Assert.Equal((2, 1), (score.Facts, score.FactsRecalled));
        Assert.Equal((3, 1), score.ByKind["event"]);
        Assert.Equal((1, 0), score.ByKind["number"]);
    }

    [Fact]
    public void Without_quoted_statements_a_fact_left_with_one_report_has_no_pair()
    {
        var scorer = new ClaimAlignmentScorer([A, B, C], Gold);
        IReadOnlyList<Evidence>[] claims = [[E(A, "met in Dunmore"), E(C, "Ferry crews met the board")]];

        var score = scorer.Score(claims, includeQuoted: false);

        Assert.Equal(3, score.GoldPairs);
        Assert.Equal(("met", "a", "c"), (score.Recalled.Single().Fact.Id, score.Recalled.Single().ArticleA, score.Recalled.Single().ArticleB));
        Assert.Equal((1, 1), (score.Facts, score.FactsRecalled));
        Assert.False(score.ByKind.ContainsKey("number"));
    }

    [Fact]
    public void Anchor_mode_needs_the_evidence_on_the_anchor_not_only_in_its_sentence()
    {
        var gold = new List<GoldFact>
        {
            new("monday", "event", "It was on Monday", [S("a.txt", "on Monday"), S("b.txt", "on Monday")]),
        };
        var scorer = new ClaimAlignmentScorer([A, B], gold);
        IReadOnlyList<Evidence>[] claims = [[E(A, "The ferry union"), E(B, "Union and board negotiators")]];

        Assert.Single(scorer.Score(claims, includeQuoted: true).Recalled);
        Assert.Empty(scorer.Score(claims, includeQuoted: true, anchorsOnly: true).Recalled);
    }

    [Fact]
    public void Anchors_are_found_across_case_whitespace_and_curly_quotes()
    {
        const string text = "He called it a “good\n start” — twice.";

        var spans = ClaimAlignmentScorer.Find(text, "CALLED it a \"good start\" - twice");

        Assert.Equal(new TextSpan(3, 36), spans.Single());
        Assert.Empty(ClaimAlignmentScorer.Find(text, "bad start"));
    }

    [Fact]
    public void Hashed_anchors_carry_no_words_and_are_found_like_the_words()
    {
        const string text = "He called it a “good\n start” — twice, and “good start” again.";

        var hashed = ClaimAlignmentScorer.Hashed("a \"good start\"");

        Assert.Matches("^sha256:[0-9a-f]{16}:14$", hashed);
        Assert.DoesNotContain("good", hashed, StringComparison.Ordinal);
        Assert.Equal([new TextSpan(13, 28)], ClaimAlignmentScorer.Find(text, hashed));
        Assert.Equal(2, ClaimAlignmentScorer.Find(text, ClaimAlignmentScorer.Hashed("“good start”")).Count);
        Assert.Empty(ClaimAlignmentScorer.Find(text, ClaimAlignmentScorer.Hashed("bad start")));
        Assert.Throws<FormatException>(() => ClaimAlignmentScorer.Find(text, "sha256:zz"));
    }

    [Fact]
    public void A_line_of_a_json_lines_file_is_named_by_the_file_or_by_file_and_line()
    {
        var first = new Article { Id = "l1", Source = "/in/wire.jsonl:1", Text = "The dam opened on Sunday." };
        var second = new Article { Id = "l2", Source = "/in/wire.jsonl:2", Text = "The dam opened on Sunday, officials said." };
        var gold = new List<GoldFact> { new("dam", "event", "The dam opened", [S("wire.jsonl:1", "dam opened"), S("wire.jsonl", "officials said")]) };

        var scorer = new ClaimAlignmentScorer([first, second], gold);

        Assert.Empty(scorer.Unlocated);
        Assert.Equal("wire.jsonl:2", scorer.Label("l2"));
        var score = scorer.Score([[new Evidence("l1", new TextSpan(0, 8)), new Evidence("l2", new TextSpan(0, 8))]], includeQuoted: true);
        Assert.Single(score.Recalled);
    }

    [Fact]
    public void A_statement_whose_anchor_is_not_in_its_report_is_listed_as_unlocated()
    {
        var gold = new List<GoldFact> { new("x", "event", "x", [S("a.txt", "met in Dunmore"), S("b.txt", "not in this report")]) };

        var scorer = new ClaimAlignmentScorer([A, B], gold);

        Assert.Equal("not in this report", scorer.Unlocated.Single().Text);
        Assert.Equal(0, scorer.Score([], includeQuoted: true).GoldPairs);
    }

    [Fact]
    public void Gold_file_is_read_with_its_quoted_flags()
    {
        const string json = """
            {"groups": [{"id": "g", "kind": "event", "fact": "f", "evidence": [
              {"report": "a.txt", "text": "x"}, {"report": "b.txt", "text": "y", "quoted": true}]}]}
            """;
        var fact = ClaimGold.Parse(json, "gold.json").Single();
        Assert.Equal([false, true], fact.Evidence.Select(s => s.Quoted));
        Assert.Equal(("g", "event", "b.txt", "y"), (fact.Id, fact.Kind, fact.Evidence[1].Report, fact.Evidence[1].Text));
    }

    [Fact]
    public void Gold_file_errors_name_the_file_and_the_group_and_a_fact_of_one_report_is_rejected()
    {
        var e = Assert.Throws<FormatException>(() => ClaimGold.Parse(
            """{"groups": [{"id": "solo", "kind": "event", "fact": "f", "evidence": [{"report": "a.txt", "text": "x"}]}]}""", "gold.json"));
        Assert.Contains("gold.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("'solo'", e.Message, StringComparison.Ordinal);
        var kind = Assert.Throws<FormatException>(() => ClaimGold.Parse(
            """{"groups": [{"id": "k", "kind": "rumour", "fact": "f", "evidence": []}]}""", "gold.json"));
        Assert.Contains("rumour", kind.Message, StringComparison.Ordinal);
        Assert.Equal("gold.json: not valid JSON (line 1, byte 13): Expected depth to be zero at the end of the JSON payload.",
            Assert.Throws<FormatException>(() => ClaimGold.Parse("{\"groups\": [", "gold.json")).Message);
        Assert.Equal("gold.json: expected an object with a \"groups\" array of facts",
            Assert.Throws<FormatException>(() => ClaimGold.Parse("[1]", "gold.json")).Message);
        Assert.Equal("gold.json: group 1: \"id\" is missing or empty",
            Assert.Throws<FormatException>(() => ClaimGold.Parse("{\"groups\": [7]}", "gold.json")).Message);
    }

    [Fact]
    public void Bag_of_words_peer_aligns_sentences_sharing_most_content_words()
    {
        var x = Art("x", "Ferry crews walked out over night shifts. Bakers opened early.");
        var y = Art("y", "Night shifts made ferry crews walk out. Rain fell on the market square today.");

        var pairs = BagOfWordsAligner.Align([x, y]);

        var pair = Assert.Single(pairs);
        Assert.Equal(("x", 0, "y", 0), (pair[0].Article, pair[0].Span.Start, pair[1].Article, pair[1].Span.Start));
        Assert.Equal(0.5, BagOfWordsAligner.Dice(new HashSet<string> { "a", "b" }, new HashSet<string> { "b", "c" }), 6);
    }

    [Fact]
    public void Every_anchor_of_the_samples_gold_is_found_in_its_report()
    {
        var articles = ArticleReader.Read([Path.Combine(Repo.Root, "samples")], CancellationToken.None)
            .OfType<Extracted.Ok>().Select(o => o.Article).ToList();
        var gold = ClaimGold.Read(Path.Combine(Repo.Root, "eval", "expected", "samples-claims.json"));

        var scorer = new ClaimAlignmentScorer(articles, gold);

        Assert.Empty(scorer.Unlocated.Select(s => s.Report + ": " + s.Text));
        Assert.Equal(41, gold.Count);
    }

    [SharedDataFact("seeds")]
    public void Every_anchor_of_the_seeds_gold_is_found_in_its_report()
    {
        var articles = ArticleReader.Read([SharedData.Require("seeds")], CancellationToken.None)
            .OfType<Extracted.Ok>().Select(o => o.Article).ToList();
        var gold = ClaimGold.Read(Path.Combine(Repo.Root, "eval", "expected", "seeds-claims.json"));

        var scorer = new ClaimAlignmentScorer(articles, gold);

        Assert.Empty(scorer.Unlocated.Select(s => s.Report + ": " + s.Text));
        Assert.Equal(37, gold.Count);
    }
}
