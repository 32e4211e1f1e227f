using Parallax.Model;

namespace Parallax.Eval.Timex;

/// <summary>Precision, recall and F1 with the counts behind them.</summary>
public sealed record Prf(int Correct, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// The TempEval-3 temporal expression scores, and one TempEval-3 does not give: <see cref="Mod"/>, TimeML's
/// <c>mod</c> attribute over the expressions that carry one (right = a relaxed match whose system mod equals the
/// gold mod; precision over system expressions with a mod, recall over gold expressions with one).
/// </summary>
public sealed record TimexScores(Prf Strict, Prf Relaxed, Prf Value, Prf Type, Prf Mod);

/// <summary>One disagreement between system and gold, for error analysis.</summary>
public sealed record TimexError(string Document, string Kind, string Text, string? Gold, string? System);

/// <summary>
/// Scores temporal expressions the way the TempEval-3 scorer does: recognition by exact span (strict) and by
/// overlap (relaxed), one system expression per gold expression; value and type are then judged on the relaxed
/// matches, so value F1 is the relaxed F1 weighted by value accuracy (precision = right values / system
/// expressions, recall = right values / gold expressions).
/// </summary>
public sealed class TimexScorer
{
    private int _gold, _predicted, _strict, _relaxed, _value, _type, _modGold, _modPredicted, _mod;

    public List<TimexError> Errors { get; } = [];

    /// <summary>Adds one document: its gold expressions and what the system found, both as spans over the same text.</summary>
    public void Add(string documentId, string text, IReadOnlyList<GoldTimex> gold, IReadOnlyList<Model.Timex> system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(text);
        _gold += gold.Count;
        _predicted += system.Count;
        _modGold += gold.Count(g => g.Mod is not null);
        _modPredicted += system.Count(s => s.Mod is not null);
        var exact = new HashSet<TextSpan>(gold.Select(g => g.Span));
        _strict += system.Count(s => exact.Contains(s.Span));

        var used = new bool[system.Count];
        var goldMatched = new bool[gold.Count];
        // Exact matches first, then any overlap: each gold expression is matched by at most one system expression.
        for (int pass = 0; pass < 2; pass++)
        {
            for (int g = 0; g < gold.Count; g++)
            {
                if (goldMatched[g])
                {
                    continue;
                }
                for (int s = 0; s < system.Count; s++)
                {
                    bool match = pass == 0 ? system[s].Span == gold[g].Span : system[s].Span.Overlaps(gold[g].Span);
                    if (used[s] || !match)
                    {
                        continue;
                    }
                    used[s] = goldMatched[g] = true;
                    _relaxed++;
                    var sys = system[s];
                    if (string.Equals(sys.Value, gold[g].Value, StringComparison.OrdinalIgnoreCase))
                    {
                        _value++;
                    }
                    else
                    {
                        Errors.Add(new TimexError(documentId, "value", Slice(text, gold[g].Span) + " | " + Slice(text, sys.Span), gold[g].Value, sys.Value));
                    }
                    if (sys.Type == gold[g].Type)
                    {
                        _type++;
                    }
                    else
                    {
                        Errors.Add(new TimexError(documentId, "type", Slice(text, gold[g].Span), gold[g].Type.ToString(), sys.Type.ToString()));
                    }
                    var sysMod = sys.Mod is { } m ? Time.TimexMods.ToTimeMl(m) : null;
                    if (sysMod is not null && string.Equals(sysMod, gold[g].Mod, StringComparison.OrdinalIgnoreCase))
                    {
                        _mod++;
                    }
                    else if (sysMod is not null || gold[g].Mod is not null)
                    {
                        Errors.Add(new TimexError(documentId, "mod", Slice(text, gold[g].Span) + " | " + Slice(text, sys.Span), gold[g].Mod, sysMod));
                    }
                    if (sys.Span != gold[g].Span)
                    {
                        Errors.Add(new TimexError(documentId, "span", Slice(text, gold[g].Span), Slice(text, gold[g].Span), Slice(text, sys.Span)));
                    }
                    break;
                }
            }
        }
        for (int g = 0; g < gold.Count; g++)
        {
            if (!goldMatched[g])
            {
                Errors.Add(new TimexError(documentId, "missed", Context(text, gold[g].Span), gold[g].Value, null));
            }
        }
        for (int s = 0; s < system.Count; s++)
        {
            if (!used[s])
            {
                Errors.Add(new TimexError(documentId, "spurious", Context(text, system[s].Span), null, system[s].Value));
            }
        }
    }

    public TimexScores Scores => new(
        new Prf(_strict, _predicted, _gold),
        new Prf(_relaxed, _predicted, _gold),
        new Prf(_value, _predicted, _gold),
        new Prf(_type, _predicted, _gold),
        new Prf(_mod, _modPredicted, _modGold));

    private static string Slice(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    private static string Context(string text, TextSpan span)
    {
        int from = Math.Max(0, span.Start - 40), to = Math.Min(text.Length, span.End + 40);
        return (text[from..span.Start] + "[" + Slice(text, span) + "]" + text[span.End..to]).ReplaceLineEndings(" ");
    }
}
