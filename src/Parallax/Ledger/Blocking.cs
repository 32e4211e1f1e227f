namespace Parallax.Ledger;

/// <summary>
/// Blocking for the story-wide pairwise comparisons: items are compared only with those sharing a key that every
/// match shares (one speaker, one predicate), not with every other item of the story.
/// </summary>
internal static class Blocking
{
    /// <summary>The indices in [0, <paramref name="count"/>) that share a key, ascending; indices without one are in no block.</summary>
    public static Dictionary<string, List<int>>.ValueCollection Blocks(int count, Func<int, string?> key)
    {
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            if (key(i) is { } k)
            {
                if (!blocks.TryGetValue(k, out var list))
                {
                    blocks[k] = list = [];
                }
                list.Add(i);
            }
        }
        return blocks.Values;
    }

    /// <summary>Every pair (i, j) of each ascending list with i before j, in that order.</summary>
    public static IEnumerable<(int I, int J)> Pairs(IEnumerable<List<int>> blocks)
    {
        foreach (var indices in blocks)
        {
            for (int x = 0; x < indices.Count; x++)
            {
                for (int y = x + 1; y < indices.Count; y++)
                {
                    yield return (indices[x], indices[y]);
                }
            }
        }
    }
}
