namespace Parallax.Framing;

/// <summary>
/// Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words",
/// section 3.5.1): which words one group of texts uses more than another, shrunk toward a background so that rare
/// words do not top the list by chance.
/// <para>
/// For word w with counts y_i (this text, n_i words) and y_j (the others, n_j words), and prior α_w = α0·π_w where
/// π_w is w's share of the background (here the whole story):
/// δ_w = log((y_i+α_w)/(n_i+α0−y_i−α_w)) − log((y_j+α_w)/(n_j+α0−y_j−α_w)),
/// σ²(δ_w) ≈ 1/(y_i+α_w) + 1/(y_j+α_w), and the score is z = δ_w/σ.
/// </para>
/// </summary>
public static class LogOdds
{
    public readonly record struct Score(string Word, double Z, double Delta, int Count, int OthersCount);

    /// <param name="counts">Word counts of the text of interest.</param>
    /// <param name="others">Word counts of the texts it is compared with.</param>
    /// <param name="background">Word counts of the background that gives the prior (every word of both must be in it).</param>
    /// <param name="priorSize">α0: how many words the prior is worth.</param>
    public static List<Score> Compare(
        IReadOnlyDictionary<string, int> counts, IReadOnlyDictionary<string, int> others,
        IReadOnlyDictionary<string, int> background, double priorSize)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(others);
        ArgumentNullException.ThrowIfNull(background);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(priorSize);
        double nBack = background.Values.Sum();
        double ni = counts.Values.Sum();
        double nj = others.Values.Sum();
        var scores = new List<Score>();
        if (nBack == 0)
        {
            return scores;
        }
        foreach (var (word, b) in background)
        {
            double alpha = priorSize * b / nBack;
            int yi = counts.GetValueOrDefault(word);
            int yj = others.GetValueOrDefault(word);
            double delta = Math.Log((yi + alpha) / (ni + priorSize - yi - alpha)) - Math.Log((yj + alpha) / (nj + priorSize - yj - alpha));
            double variance = 1 / (yi + alpha) + 1 / (yj + alpha);
            scores.Add(new Score(word, delta / Math.Sqrt(variance), delta, yi, yj));
        }
        return scores;
    }
}
