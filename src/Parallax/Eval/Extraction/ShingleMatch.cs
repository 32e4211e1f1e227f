using System.Text.RegularExpressions;

namespace Parallax.Eval.Extraction;

/// <summary>True positives, false positives and false negatives of one document, normalised to sum to 1.</summary>
public readonly record struct ShingleCounts(double TruePositives, double FalsePositives, double FalseNegatives)
{
    public double? Precision => TruePositives + FalsePositives > 0 ? (FalsePositives == 0 && FalseNegatives == 0 ? 1 : TruePositives / (TruePositives + FalsePositives)) : null;
    public double? Recall => TruePositives + FalseNegatives > 0 ? (FalsePositives == 0 && FalseNegatives == 0 ? 1 : TruePositives / (TruePositives + FalseNegatives)) : null;
}

/// <summary>Precision, recall and F1 over documents.</summary>
public readonly record struct PrecisionRecall(double Precision, double Recall, int Documents)
{
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;
}

/// <summary>
/// The scrapinghub article-extraction-benchmark metric: multisets of word 4-gram shingles (tokens are runs of word
/// characters, case kept) of the gold and predicted article bodies; per document TP/FP/FN normalised to sum to one;
/// precision and recall averaged over documents; F1 from those averages.
/// </summary>
public static partial class ShingleMatch
{
    public const int N = 4;

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    public static ShingleCounts Score(string gold, string predicted)
    {
        var g = Shingles(gold);
        var p = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, gc) in g)
        {
            int pc = p.GetValueOrDefault(key);
            tp += Math.Min(gc, pc);
            fn += Math.Max(0, gc - pc);
        }
        foreach (var (key, pc) in p)
        {
            fp += Math.Max(0, pc - g.GetValueOrDefault(key));
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new ShingleCounts(tp / sum, fp / sum, fn / sum) : new ShingleCounts(0, 0, 0);
    }

    public static PrecisionRecall Aggregate(IReadOnlyCollection<ShingleCounts> documents)
    {
        var precisions = documents.Select(d => d.Precision).OfType<double>().ToList();
        var recalls = documents.Select(d => d.Recall).OfType<double>().ToList();
        return new PrecisionRecall(precisions.Count > 0 ? precisions.Average() : 0, recalls.Count > 0 ? recalls.Average() : 0, documents.Count);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Token().Matches(text ?? "").Select(m => m.Value).ToList();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return result;
        }
        for (int i = 0; i < Math.Max(1, tokens.Count - N + 1); i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(N));
            result[key] = result.GetValueOrDefault(key) + 1;
        }
        return result;
    }
}
