using Parallax.Eval.Quotes;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Tests.Eval.Quotes;

public class QuoteScorerTests
{
    private const string Text = BratAttributionsTests.Text;

    private static TextSpan S(string part, int from = 0)
    {
        int at = Text.IndexOf(part, from, StringComparison.Ordinal);
        Assert.True(at >= 0, part);
        return new TextSpan(at, at + part.Length);
    }

    private static Attribution A(string? source, string cue, params string[] content) =>
        new("P", source is null ? [] : [S(source)], [S(cue)], [.. content.Select(c => S(c))]);

    private static QuoteScores Score(IReadOnlyList<Attribution> predicted)
    {
        var gold = BratAttributions.Parse(BratAttributionsTests.Ann, Text).Attributions;
        var scorer = new QuoteScorer();
        scorer.Add(Text, Tokenizer.Tokenize(Text), gold, predicted);
        return scorer.Result();
    }

    [Fact]
    public void Perfect_prediction_scores_one_and_quotation_marks_do_not_count()
    {
        var scores = Score(
        [
            A("Ana Ruiz", "said", "the port was closed"),
            A("she", "added", "It will open soon", "maybe by Friday"),
            new("P", [], [S("called")], [S("the plan \"a gamble")]),
        ]);
        foreach (var m in new[] { scores.Source, scores.Cue, scores.Content, scores.Attribution })
        {
            Assert.Equal(1.0, m.Exact.F1);
            Assert.Equal(1.0, m.Overlap.F1);
        }
    }

    [Fact]
    public void Overlap_needs_one_shared_token_and_exact_the_same_tokens()
    {
        var scores = Score([A("Ruiz", "said", "port was closed")]);
        Assert.Equal(0.0, scores.Content.Exact.Precision);
        Assert.Equal(1.0, scores.Content.Overlap.Precision);
        Assert.Equal(1.0 / 3, scores.Content.Overlap.Recall, 6);
        Assert.Equal(0.0, scores.Source.Exact.F1);
        Assert.Equal(1.0, scores.Source.Overlap.Precision);
        Assert.Equal(0.5, scores.Source.Overlap.Recall);
        Assert.Equal(1.0, scores.Cue.Exact.Precision);
        Assert.Equal(0.0, scores.Attribution.Exact.F1);
        Assert.Equal(1.0, scores.Attribution.Overlap.Precision);
        Assert.Equal(1.0 / 3, scores.Attribution.Overlap.Recall, 6);
    }

    [Fact]
    public void A_whole_attribution_needs_all_three_parts()
    {
        // Right cue and content, wrong source; and a source where gold has none.
        var scores = Score([A("she", "said", "the port was closed"), A("Critics", "called", "the plan")]);
        Assert.Equal(0.0, scores.Attribution.Overlap.F1);
        Assert.Equal(1.0, scores.Cue.Exact.Precision);
        Assert.Equal(2, scores.Source.Exact.Predicted);
        Assert.Equal(0.5, scores.Source.Exact.Precision);
    }

    [Fact]
    public void Quotes_become_PolNeAR_attributions_without_nesting_and_with_split_quotes_joined()
    {
        var cue = S("added");
        var source = S("she");
        var quotes = new[]
        {
            new Quote(S("It will open soon"), QuoteKind.Direct) { Cue = cue, Source = source },
            new Quote(S("maybe by Friday"), QuoteKind.Direct) { Cue = cue, Source = source },
            new Quote(S("the plan \"a gamble.\""), QuoteKind.Indirect) { Cue = S("called"), Source = S("Critics") },
            new Quote(S("a gamble"), QuoteKind.Partial) { Cue = S("called"), Source = S("Critics") },
        };
        var attributions = PolNearCorpus.ToAttributions(quotes);
        Assert.Equal(2, attributions.Count);
        Assert.Equal([S("It will open soon"), S("maybe by Friday")], attributions[0].Content);
        Assert.Equal([S("the plan \"a gamble.\"")], attributions[1].Content);
    }
}
