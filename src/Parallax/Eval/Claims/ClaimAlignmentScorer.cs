using System.Text;
using Parallax.Ledger;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Eval.Claims;

/// <summary>A gold pair: one fact and two reports (article ids) that both state it, with their statements.</summary>
public sealed record GoldPair(GoldFact Fact, string ArticleA, string ArticleB, IReadOnlyList<GoldStatement> A, IReadOnlyList<GoldStatement> B);

/// <summary>
/// Two sentences of different reports that an aligner put in one claim; <see cref="FactId"/> is the gold fact both
/// sentences state, or null when no gold fact holds both.
/// </summary>
public sealed record PredictedPair(string ArticleA, TextSpan SentenceA, string ArticleB, TextSpan SentenceB, string? FactId);

/// <summary>Recall, precision and F1 of a claim alignment against a gold of multi-report facts.</summary>
public sealed record ClaimAlignmentScore
{
    public required IReadOnlyList<GoldPair> Recalled { get; init; }
    public required IReadOnlyList<GoldPair> Missed { get; init; }
    public required IReadOnlyList<PredictedPair> Predicted { get; init; }

    /// <summary>Gold facts with at least one pair (after leaving out quoted statements, when asked).</summary>
    public required int Facts { get; init; }

    /// <summary>Gold facts with at least one recalled pair.</summary>
    public required int FactsRecalled { get; init; }

    public int GoldPairs => Recalled.Count + Missed.Count;
    public int Correct => Predicted.Count(p => p.FactId is not null);
    public double Recall => GoldPairs == 0 ? 0 : (double)Recalled.Count / GoldPairs;
    public double Precision => Predicted.Count == 0 ? 0 : (double)Correct / Predicted.Count;
    public double F1 => Recall + Precision == 0 ? 0 : 2 * Recall * Precision / (Recall + Precision);
    public double FactRecall => Facts == 0 ? 0 : (double)FactsRecalled / Facts;

    /// <summary>Gold pairs and recalled pairs per kind of fact (event, number, attribution, background).</summary>
    public IReadOnlyDictionary<string, (int Gold, int Recalled)> ByKind =>
        Recalled.Select(p => (p.Fact.Kind, Hit: 1)).Concat(Missed.Select(p => (p.Fact.Kind, Hit: 0)))
            .GroupBy(x => x.Kind, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.Count(), g.Sum(x => x.Hit)), StringComparer.Ordinal);
}

/// <summary>
/// Scores cross-report claim alignment against a gold of facts that several reports state (eval/expected/*-claims.json).
/// Each gold statement is located by its verbatim anchor (whitespace, case, curly quotes and dashes folded) in the
/// article read from the named file, and stands for the sentence(s) holding it. A gold pair is a fact and two reports
/// that both state it (several statements of one report in a fact count once); it is recalled when one predicted
/// alignment (a claim's evidence) has a span overlapping a sentence of each report's statements. Precision is counted
/// on the distinct cross-report sentence pairs the alignments make: a pair is correct when one gold fact has a
/// statement in each of its two sentences. The gold lists only facts two or more reports state, and a reader may find
/// facts its annotator missed, so precision against it is a lower bound: the unmatched pairs are listed for reading.
/// </summary>
public sealed class ClaimAlignmentScorer
{
    private readonly Dictionary<string, Article> articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> order = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<TextSpan>> sentences = new(StringComparer.Ordinal);
    private readonly List<Located> located = [];
    private readonly IReadOnlyList<GoldFact> gold;

    private sealed record Located(GoldFact Fact, GoldStatement Statement, string Article, IReadOnlyList<TextSpan> Sentences, IReadOnlyList<TextSpan> Anchors);

    public ClaimAlignmentScorer(IReadOnlyList<Article> articles, IReadOnlyList<GoldFact> gold)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(gold);
        this.gold = gold;
        foreach (var a in articles)
        {
            if (this.articles.TryAdd(a.Id, a))
            {
                order[a.Id] = order.Count;
                sentences[a.Id] = [.. SentenceSplitter.Split(a.Text, Tokenizer.Tokenize(a.Text)).Select(s => s.Span)];
            }
        }
        var unlocated = new List<GoldStatement>();
        foreach (var fact in gold)
        {
            foreach (var statement in fact.Evidence)
            {
                var found = false;
                foreach (var a in this.articles.Values.Where(a => SameFile(a.Source, statement.Report)))
                {
                    var spans = Find(a.Text, statement.Text);
                    if (spans.Count == 0)
                    {
                        continue;
                    }
                    found = true;
                    var held = sentences[a.Id].Where(s => spans.Any(s.Overlaps)).ToList();
                    // A hashed anchor is shown by the words it stands for, read from the report at run time.
                    var shown = statement.Text.StartsWith(HashPrefix, StringComparison.Ordinal) ? statement with { Text = a.Slice(spans[0]) } : statement;
                    located.Add(new Located(fact, shown, a.Id, held, spans));
                }
                if (!found)
                {
                    unlocated.Add(statement);
                }
            }
        }
        Unlocated = unlocated;
    }

    /// <summary>Gold statements whose anchor is in no article read from the named file (check the file name and the text).</summary>
    public IReadOnlyList<GoldStatement> Unlocated { get; }

    /// <summary>A report's name for the reader: its file name (with the line, for a line of a JSON-lines file).</summary>
    public string Label(string articleId) =>
        articles.TryGetValue(articleId, out var a) ? Path.GetFileName(a.Source) : articleId;

    /// <summary>The text of a sentence of an article, for listing pairs.</summary>
    public string Text(string articleId, TextSpan span) =>
        articles.TryGetValue(articleId, out var a) && span.End <= a.Text.Length ? a.Slice(span) : "";

    /// <summary>
    /// Scores the alignments (each the evidence of one claim); quoted gold statements count toward recall only when
    /// asked. With <paramref name="anchorsOnly"/>, a pair is recalled only when the claim's evidence overlaps the
    /// anchors themselves, not just their sentences (stricter when a sentence states several facts).
    /// </summary>
    public ClaimAlignmentScore Score(IEnumerable<IReadOnlyList<Evidence>> alignments, bool includeQuoted, bool anchorsOnly = false)
    {
        ArgumentNullException.ThrowIfNull(alignments);
        var claims = alignments.Where(c => c.Select(e => e.Article).Distinct(StringComparer.Ordinal).Count() > 1).ToList();
        var recalled = new List<GoldPair>();
        var missed = new List<GoldPair>();
        var facts = 0;
        var factsRecalled = 0;
        foreach (var fact in gold)
        {
            var byArticle = located.Where(l => l.Fact == fact && (includeQuoted || !l.Statement.Quoted))
                .GroupBy(l => l.Article, StringComparer.Ordinal)
                .OrderBy(g => order[g.Key])
                .ToList();
            var any = false;
            var hit = false;
            for (int i = 0; i < byArticle.Count; i++)
            {
                for (int j = i + 1; j < byArticle.Count; j++)
                {
                    any = true;
                    var a = byArticle[i];
                    var b = byArticle[j];
                    var pair = new GoldPair(fact, a.Key, b.Key, [.. a.Select(l => l.Statement)], [.. b.Select(l => l.Statement)]);
                    var aSentences = a.SelectMany(l => anchorsOnly ? l.Anchors : l.Sentences).ToList();
                    var bSentences = b.SelectMany(l => anchorsOnly ? l.Anchors : l.Sentences).ToList();
                    if (claims.Any(c => Covers(c, a.Key, aSentences) && Covers(c, b.Key, bSentences)))
                    {
                        recalled.Add(pair);
                        hit = true;
                    }
                    else
                    {
                        missed.Add(pair);
                    }
                }
            }
            facts += any ? 1 : 0;
            factsRecalled += hit ? 1 : 0;
        }
        return new ClaimAlignmentScore
        {
            Recalled = recalled,
            Missed = missed,
            Predicted = PredictedPairs(claims),
            Facts = facts,
            FactsRecalled = factsRecalled,
        };
    }

    private List<PredictedPair> PredictedPairs(List<IReadOnlyList<Evidence>> claims)
    {
        var seen = new HashSet<(string, TextSpan, string, TextSpan)>();
        var result = new List<PredictedPair>();
        foreach (var claim in claims)
        {
            var spans = claim.Where(e => sentences.ContainsKey(e.Article))
                .Select(e => (e.Article, Sentence: SentenceOf(e)))
                .Where(x => x.Sentence is not null)
                .Select(x => (x.Article, Sentence: x.Sentence!.Value))
                .ToList();
            for (int i = 0; i < spans.Count; i++)
            {
                for (int j = i + 1; j < spans.Count; j++)
                {
                    if (spans[i].Article == spans[j].Article)
                    {
                        continue;
                    }
                    var (x, y) = order[spans[i].Article] < order[spans[j].Article] ? (spans[i], spans[j]) : (spans[j], spans[i]);
                    if (seen.Add((x.Article, x.Sentence, y.Article, y.Sentence)))
                    {
                        var fact = gold.FirstOrDefault(f => Holds(f, x.Article, x.Sentence) && Holds(f, y.Article, y.Sentence));
                        result.Add(new PredictedPair(x.Article, x.Sentence, y.Article, y.Sentence, fact?.Id));
                    }
                }
            }
        }
        return result;
    }

    private bool Holds(GoldFact fact, string article, TextSpan sentence) =>
        located.Any(l => l.Fact == fact && l.Article == article && l.Sentences.Contains(sentence));

    private TextSpan? SentenceOf(Evidence e)
    {
        foreach (var s in sentences[e.Article])
        {
            if (s.Contains(e.Span.Start) || s.Overlaps(e.Span))
            {
                return s;
            }
        }
        return null;
    }

    private static bool Covers(IReadOnlyList<Evidence> claim, string article, List<TextSpan> held) =>
        claim.Any(e => e.Article == article && held.Any(s => s.Overlaps(e.Span)));

    /// <summary>
    /// Whether an article was read from the named report: its file name, or the file of a JSON-lines line or JSON
    /// array item ("reports.jsonl:2", "reports.json[3]") when the name gives no line.
    /// </summary>
    private static bool SameFile(string source, string report)
    {
        var name = Path.GetFileName(source);
        if (string.Equals(name, report, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var cut = name.EndsWith(']') ? name.LastIndexOf('[') : name.LastIndexOf(':');
        return cut > 0 && string.Equals(name[..cut], report, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Prefix of a hashed anchor: <c>sha256:HEX16:CHARS</c>.</summary>
    public const string HashPrefix = "sha256:";

    /// <summary>
    /// A hashed anchor: the first 16 hex digits of the SHA-256 of the folded anchor and its folded length. Gold files
    /// of third-party reports carry these instead of the words, so no article text is committed.
    /// </summary>
    public static string Hashed(string anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        var (a, _) = Fold(anchor.Trim());
        return FormattableString.Invariant($"{HashPrefix}{Sha(a)}:{a.Length}");
    }

    private static string Sha(string folded) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(folded)))[..16];

    /// <summary>
    /// Where an anchor occurs in a text, comparing case-, whitespace-, quote- and dash-insensitively; a hashed anchor
    /// (<see cref="Hashed"/>) matches where a passage starting at a word has its hash (starting at a word or a mark).
    /// </summary>
    public static IReadOnlyList<TextSpan> Find(string text, string anchor)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(anchor);
        var (t, map) = Fold(text);
        var result = new List<TextSpan>();
        if (anchor.StartsWith(HashPrefix, StringComparison.Ordinal))
        {
            var parts = anchor[HashPrefix.Length..].Split(':');
            if (parts.Length != 2 || !int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out int length) || length <= 0)
            {
                throw new FormatException($"'{anchor}' is not a hashed anchor ({HashPrefix}HEX16:CHARS)");
            }
            for (int i = 0; i + length <= t.Length; i++)
            {
                if ((i == 0 || !char.IsLetterOrDigit(t[i - 1]) || !char.IsLetterOrDigit(t[i])) && Sha(t.Substring(i, length)) == parts[0])
                {
                    result.Add(new TextSpan(map[i], map[i + length - 1] + 1));
                }
            }
            return result;
        }
        var (a, _) = Fold(anchor.Trim());
        if (a.Length == 0)
        {
            return result;
        }
        for (int i = t.IndexOf(a, StringComparison.Ordinal); i >= 0; i = t.IndexOf(a, i + 1, StringComparison.Ordinal))
        {
            result.Add(new TextSpan(map[i], map[i + a.Length - 1] + 1));
        }
        return result;
    }

    /// <summary>The text lower-cased with straight quotes and dashes and single spaces, and for each of its characters the offset it came from.</summary>
    internal static (string Folded, List<int> Map) Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        var map = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] == ' ')
                {
                    continue;
                }
                c = ' ';
            }
            sb.Append(c switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '`' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant(c),
            });
            map.Add(i);
        }
        return (sb.ToString(), map);
    }
}
