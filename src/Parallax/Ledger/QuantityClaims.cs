using System.Globalization;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Ledger;

/// <summary>
/// Counts and durations that more than one report gives for the same counted thing ("about 1,000 dockworkers" and
/// "1,000 dockworkers"; "almost nine hours" and "nearly nine hours"): a how-many claim of their own, whatever verb
/// each report tells them with. Figures align when their counted nouns are the same concept and their ranges meet
/// (<see cref="ConflictFinder.Interval"/>: "about", "more than", "nearly"). A number after a determiner ("the two
/// sides", "its four arches") refers rather than counts, numbers below three are too common to tell one fact, and
/// quoted words are not the reporter's figures. A figure that an aligned clause already carries adds nothing.
/// </summary>
internal static class QuantityClaims
{
    /// <summary>A figure: the number with its hedge and noun (<paramref name="Evidence"/>).</summary>
    private sealed record Figure(int Doc, Evidence Evidence, string Noun, double Lo, double Hi, string Value);

    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.Ordinal)
    {
        ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["hundred"] = 100, ["thousand"] = 1000, ["dozen"] = 12,
    };

    private static readonly Dictionary<string, double> Multipliers = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100, ["thousand"] = 1000, ["million"] = 1e6, ["billion"] = 1e9,
    };

    /// <summary>How-many claims stated by two or more reports, beyond those the clause claims already hold.</summary>
    public static IEnumerable<Claim> Find(IReadOnlyList<Doc> docs, IReadOnlyList<Claim> clauseClaims, SourceIndependence independence)
    {
        var figures = new List<Figure>();
        for (int d = 0; d < docs.Count; d++)
        {
            figures.AddRange(Figures(docs[d], d));
        }
        foreach (var byNoun in figures.GroupBy(f => f.Noun, StringComparer.Ordinal))
        {
            var clusters = new List<List<Figure>>();
            foreach (var f in byNoun)
            {
                var home = clusters.FirstOrDefault(c => c.All(m => m.Doc != f.Doc && m.Lo <= f.Hi && f.Lo <= m.Hi));
                if (home is null)
                {
                    clusters.Add([f]);
                }
                else
                {
                    home.Add(f);
                }
            }
            foreach (var cluster in clusters.Where(c => c.Count >= 2 && !clauseClaims.Any(claim => ClaimAligner.Holds(claim, c.Select(f => f.Evidence)))))
            {
                yield return ClaimAligner.SharedClaim(docs, [.. cluster.Select(f => f.Evidence)], independence, new ClaimParts
                {
                    HowMany = [.. cluster.Select(f => new ClaimPart(docs[f.Doc].Slice(f.Evidence.Span), f.Evidence) { Value = f.Value })],
                });
            }
        }
    }

    private static IEnumerable<Figure> Figures(Doc doc, int d)
    {
        var tags = doc.PartOfSpeech;
        if (tags.Count != doc.Tokens.Count)
        {
            yield break;
        }
        var quoted = doc.FirstOverlapping(doc.Quotes, q => q.Kind != QuoteKind.Indirect ? q.Content : null);
        var named = doc.FirstOverlapping(doc.Mentions, m => m.Span);
        var dated = doc.FirstOverlapping(doc.Timexes, x => x.Type is TimexType.Date or TimexType.Time ? x.Span : null);
        string Word(int t) => doc.TokenText(t).ToLowerInvariant();
        bool Skip(int t) => !doc.Article.InBody(doc.Tokens[t].Span) || quoted[t] >= 0 || named[t] >= 0 || dated[t] >= 0;
        for (int t = 0; t < doc.Tokens.Count; t++)
        {
            if (tags[t] != "CD" || Skip(t) || t > 0 && tags[t - 1] == "CD")
            {
                continue;
            }
            int last = t;
            double value;
            var word = Word(t);
            if (double.TryParse(word.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) &&
                word.Any(char.IsDigit))
            {
                value = n;
            }
            else if (NumberWords.TryGetValue(word, out var w))
            {
                value = w;
            }
            else
            {
                continue;
            }
            while (last + 1 < doc.Tokens.Count && tags[last + 1] == "CD" && Multipliers.TryGetValue(Word(last + 1), out var times))
            {
                value *= times;
                last++;
            }
            // "a thousand workers", "a dozen ships": the article belongs to the number.
            int start = t > 0 && Word(t) is "thousand" or "hundred" or "dozen" && Word(t - 1) == "a" ? t - 1 : t;
            // The hedge before it, of two words or one, as ConflictFinder.Interval reads them ("more than", "about").
            string hedge = "";
            foreach (int size in (ReadOnlySpan<int>)[2, 1])
            {
                var phrase = start >= size ? string.Join(' ', Enumerable.Range(start - size, size).Select(Word)) : "";
                if (phrase.Length > 0 && ConflictFinder.IsHedge(phrase))
                {
                    hedge = phrase;
                    start -= size;
                    break;
                }
            }
            if (value < 3 || start > 0 && tags[start - 1] is "DT" or "PRP$" or "POS" && Word(start - 1) is not ("a" or "an"))
            {
                continue;
            }
            // The counted noun: the last noun of the words after the number ("1,000 crane operators", "nine hours of talks").
            int noun = -1;
            for (int k = last + 1; k < doc.Tokens.Count && tags[k] is "JJ" or "NN" or "NNS" or "HYPH" && !Skip(k); k++)
            {
                if (tags[k] is "NNS" || Word(k) == "people")
                {
                    noun = k;
                }
            }
            if (noun < 0)
            {
                continue;
            }
            var (lo, hi) = ConflictFinder.Interval(hedge, value);
            // For saying the same, an open range stays near its bound: "more than three months" is not "six months".
            // 1.5 and the floor of three were set by reading BASIL's aligned figures (all right), see eval/README.md.
            (lo, hi) = (Math.Max(lo, value / 1.5), Math.Min(hi, value * 1.5));
            var key = Normalize.Concept(Normalize.Fold(Word(noun)));
            var evidence = new Evidence(doc.Article.Id, new TextSpan(doc.Tokens[start].Span.Start, doc.Tokens[noun].Span.End));
            yield return new Figure(d, evidence, key, lo, hi, $"{(hedge.Length > 0 ? hedge + " " : "")}{value.ToString(CultureInfo.InvariantCulture)} {key}");
        }
    }
}
