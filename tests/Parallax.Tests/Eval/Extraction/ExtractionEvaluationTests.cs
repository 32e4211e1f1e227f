using Parallax.Eval.Extraction;

namespace Parallax.Tests.Eval.Extraction;

public class ExtractionEvaluationTests
{
    [Fact]
    public void Shingles_count_true_and_false_positives_and_normalise()
    {
        // Gold: 3 shingles (abcd bcde cdef); prediction: 4 (abcd bcde cdex dexy). TP 2, FP 2, FN 1, normalised by 5.
        var s = ShingleMatch.Score("a b c d e f", "a b c d e x y");
        Assert.Equal(0.4, s.TruePositives, 6);
        Assert.Equal(0.4, s.FalsePositives, 6);
        Assert.Equal(0.2, s.FalseNegatives, 6);
        Assert.Equal(0.5, s.Precision!.Value, 6);
        Assert.Equal(2.0 / 3, s.Recall!.Value, 6);
    }

    [Fact]
    public void Identical_texts_score_one_and_empty_prediction_scores_zero_recall()
    {
        var same = ShingleMatch.Score("one two three four five", "one two three four five");
        Assert.Equal(1.0, same.Precision);
        Assert.Equal(1.0, same.Recall);
        var empty = ShingleMatch.Score("one two three four five", "");
        Assert.Null(empty.Precision);
        Assert.Equal(0.0, empty.Recall);
        var agg = ShingleMatch.Aggregate([same, empty]);
        Assert.Equal(1.0, agg.Precision);
        Assert.Equal(0.5, agg.Recall);
        Assert.Equal(2 * 0.5 / 1.5, agg.F1, 6);
    }

    // Quality gate: extraction may not fall below this on the dev pages (0.9705 measured, see eval/README.md).
    [SharedDataFact("data/extraction/scrapinghub-dev/ground-truth.json")]
    public void Scrapinghub_dev_f1_does_not_regress()
    {
        var report = ExtractionEvaluation.ScoreShingles(SharedData.Require("data/extraction/scrapinghub-dev"), CancellationToken.None);
        Assert.Equal(0, report.Failed);
        Assert.True(report.F1 >= 0.965, $"F1 {report.F1:F4} fell below the 0.965 floor");
    }
}
