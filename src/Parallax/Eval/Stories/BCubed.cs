namespace Parallax.Eval.Stories;

/// <summary>Precision, recall and F1 on a 0–1 scale.</summary>
public readonly record struct Prf(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>B³ (Bagga and Baldwin): per item, the share of its predicted cluster that shares its gold cluster, and the reverse; averaged over items.</summary>
public static class BCubed
{
    public static Prf Score<T>(IReadOnlyList<T> gold, IReadOnlyList<T> predicted) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("gold and predicted labels must cover the same items");
        }
        if (gold.Count == 0)
        {
            return new Prf(0, 0);
        }
        var pairs = gold.Zip(predicted).ToList();
        var both = pairs.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var goldSize = gold.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var predSize = predicted.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        double p = 0, r = 0;
        foreach (var pair in pairs)
        {
            double common = both[pair];
            p += common / predSize[pair.Second];
            r += common / goldSize[pair.First];
        }
        return new Prf(p / pairs.Count, r / pairs.Count);
    }
}
