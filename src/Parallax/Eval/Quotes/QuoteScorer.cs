using Parallax.Model;

namespace Parallax.Eval.Quotes;

/// <summary>Precision, recall and F1 with the counts behind them.</summary>
public sealed record Prf(int Predicted, int Gold, int MatchedPredicted, int MatchedGold)
{
    public double Precision => Predicted == 0 ? 0 : (double)MatchedPredicted / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)MatchedGold / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Prf operator +(Prf a, Prf b) =>
        new(a.Predicted + b.Predicted, a.Gold + b.Gold, a.MatchedPredicted + b.MatchedPredicted, a.MatchedGold + b.MatchedGold);

    public static Prf Add(Prf a, Prf b) => a + b;

    public static Prf Zero { get; } = new(0, 0, 0, 0);
}

/// <summary>Scores under exact and overlap matching.</summary>
public sealed record MatchScores(Prf Exact, Prf Overlap)
{
    public static MatchScores Zero { get; } = new(Prf.Zero, Prf.Zero);

    public static MatchScores operator +(MatchScores a, MatchScores b) => new(a.Exact + b.Exact, a.Overlap + b.Overlap);

    public static MatchScores Add(MatchScores a, MatchScores b) => a + b;
}

/// <summary>Attribution scores over a corpus: each part's spans, and whole attributions.</summary>
public sealed record QuoteScores(int Documents, MatchScores Source, MatchScores Cue, MatchScores Content, MatchScores Attribution)
{
    public MatchScores Of(AttributionRole role) => role switch
    {
        AttributionRole.Source => Source,
        AttributionRole.Cue => Cue,
        _ => Content,
    };
}

/// <summary>
/// Scores predicted attributions against gold ones, document by document.
/// Spans are compared as sets of word tokens (tokens with a letter or digit; all tokens when a span has none), so quotation
/// marks, final punctuation and whitespace at the edges do not decide a match and discontinuous spans compare naturally.
/// Exact: the same set. Overlap: at least one shared token. For each part, a predicted span is correct when some gold span
/// of the same part matches it, and a gold span is found when some predicted span matches it (precision over predicted
/// spans, recall over gold spans; identical spans counted once). A whole attribution matches when each of its three parts
/// matches (a part absent on both sides matches).
/// </summary>
public sealed class QuoteScorer
{
    private static readonly AttributionRole[] Roles = [AttributionRole.Source, AttributionRole.Cue, AttributionRole.Content];
    private readonly Dictionary<AttributionRole, MatchScores> _roles = Roles.ToDictionary(r => r, _ => MatchScores.Zero);
    private MatchScores _attribution = MatchScores.Zero;
    private int _documents;

    /// <summary>Adds one document: its text and tokens, the gold spans of each part, and the gold and predicted attributions.</summary>
    public void Add(
        string text,
        IReadOnlyList<Token> tokens,
        IReadOnlyList<Attribution> gold,
        IReadOnlyList<Attribution> predicted,
        IReadOnlyDictionary<AttributionRole, IReadOnlyList<IReadOnlyList<TextSpan>>>? goldSpans = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        _documents++;
        var toks = new TokenSets(text, tokens);
        foreach (var role in Roles)
        {
            var g = goldSpans is not null && goldSpans.TryGetValue(role, out var given) ? given : gold.Select(a => a.Part(role)).ToList();
            var goldSets = Distinct(g.Where(s => s.Count > 0).Select(toks.Of));
            var predSets = Distinct(predicted.Select(a => a.Part(role)).Where(s => s.Count > 0).Select(toks.Of));
            _roles[role] += new MatchScores(Count(predSets, goldSets, Exact), Count(predSets, goldSets, Overlap));
        }
        var goldAttr = gold.Select(a => Roles.Select(r => toks.Of(a.Part(r))).ToArray()).ToList();
        var predAttr = predicted.Select(a => Roles.Select(r => toks.Of(a.Part(r))).ToArray()).ToList();
        _attribution += new MatchScores(
            Count(predAttr, goldAttr, (p, q) => AllParts(p, q, Exact)),
            Count(predAttr, goldAttr, (p, q) => AllParts(p, q, Overlap)));
    }

    public QuoteScores Result() =>
        new(_documents, _roles[AttributionRole.Source], _roles[AttributionRole.Cue], _roles[AttributionRole.Content], _attribution);

    private static bool Exact(HashSet<int> a, HashSet<int> b) => a.SetEquals(b);

    private static bool Overlap(HashSet<int> a, HashSet<int> b) => a.Overlaps(b);

    private static bool AllParts(HashSet<int>[] p, HashSet<int>[] g, Func<HashSet<int>, HashSet<int>, bool> match)
    {
        for (int i = 0; i < p.Length; i++)
        {
            bool bothEmpty = p[i].Count == 0 && g[i].Count == 0;
            if (!bothEmpty && (p[i].Count == 0 || g[i].Count == 0 || !match(p[i], g[i])))
            {
                return false;
            }
        }
        return true;
    }

    private static List<HashSet<int>> Distinct(IEnumerable<HashSet<int>> sets)
    {
        var result = new List<HashSet<int>>();
        foreach (var s in sets)
        {
            if (s.Count > 0 && !result.Any(r => r.SetEquals(s)))
            {
                result.Add(s);
            }
        }
        return result;
    }

    private static Prf Count<T>(List<T> predicted, List<T> gold, Func<T, T, bool> match) =>
        new(predicted.Count, gold.Count,
            predicted.Count(p => gold.Any(g => match(p, g))),
            gold.Count(g => predicted.Any(p => match(p, g))));

    /// <summary>Turns character spans into the sets of token indices they cover.</summary>
    private sealed class TokenSets(string text, IReadOnlyList<Token> tokens)
    {
        public HashSet<int> Of(IReadOnlyList<TextSpan> fragments)
        {
            var words = new HashSet<int>();
            var all = new HashSet<int>();
            foreach (var f in fragments)
            {
                for (int t = First(f.Start); t < tokens.Count && tokens[t].Span.Start < f.End; t++)
                {
                    if (!tokens[t].Span.Overlaps(f))
                    {
                        continue;
                    }
                    all.Add(t);
                    if (char.IsLetterOrDigit(text[tokens[t].Span.Start]))
                    {
                        words.Add(t);
                    }
                }
            }
            return words.Count > 0 ? words : all;
        }

        private int First(int offset) => SpanIndex.FirstNotBefore(tokens.Count, t => tokens[t].Span.End <= offset);
    }
}
