using Parallax.Ledger;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Eval.Claims;

/// <summary>
/// The peer for claim alignment: two sentences of different reports are aligned when the Dice coefficient of their
/// stemmed content words reaches a threshold. No clauses, no entities, no synonyms: what a bag of words finds.
/// </summary>
public static class BagOfWordsAligner
{
    /// <summary>
    /// 0.3: set before any run, not tuned (there is no development split for claim alignment; eval/README.md,
    /// 'Claim alignment against a gold', reports the peer at this value only).
    /// </summary>
    public const double DefaultThreshold = 0.3;

    /// <summary>Sentences with fewer content words are never aligned (one shared word would make a perfect match).</summary>
    public const int MinContentWords = 3;

    /// <summary>Every cross-report pair of body sentences whose content-word Dice is at least the threshold, as two-span alignments.</summary>
    public static IReadOnlyList<IReadOnlyList<Evidence>> Align(IReadOnlyList<Article> articles, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var bags = articles.Select(a => SentenceSplitter.Split(a.Text, Tokenizer.Tokenize(a.Text))
                .Where(s => a.InBody(s.Span))
                .Select(s => (a.Id, s.Span, Words: Normalize.ContentWords(a.Slice(s.Span)).Select(Normalize.Stem).ToHashSet(StringComparer.Ordinal)))
                .Where(x => x.Words.Count >= MinContentWords)
                .ToList())
            .ToList();
        var result = new List<IReadOnlyList<Evidence>>();
        for (int i = 0; i < bags.Count; i++)
        {
            for (int j = i + 1; j < bags.Count; j++)
            {
                foreach (var x in bags[i])
                {
                    foreach (var y in bags[j])
                    {
                        if (x.Id != y.Id && Dice(x.Words, y.Words) >= threshold)
                        {
                            result.Add([new Evidence(x.Id, x.Span), new Evidence(y.Id, y.Span)]);
                        }
                    }
                }
            }
        }
        return result;
    }

    public static double Dice(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count + b.Count == 0)
        {
            return 0;
        }
        var shared = a.Count(b.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }
}
