using Parallax.Model;

namespace Parallax.Eval.Quotes;

/// <summary>One gold document: the article text and its parsed attributions.</summary>
public sealed record GoldDocument(string Name, string TextPath, string AnnotationPath, string Text, BratDocument Gold);

/// <summary>A corpus read from a folder, or the reason it could not be read; and what was skipped on the way.</summary>
public sealed record GoldCorpus(IReadOnlyList<GoldDocument> Documents, IReadOnlyList<string> Notes, string? Error)
{
    public bool Ok => Error is null;
}

/// <summary>
/// Reads PolNeAR (or any brat attribution corpus) from a folder: every *.ann under it, paired with its article text.
/// PolNeAR keeps <c>split/attributions/NAME_ANNOTATOR.ann</c> beside <c>split/text/NAME.txt</c>; plain brat keeps
/// <c>NAME.ann</c> beside <c>NAME.txt</c>. Both are found. When several annotators annotated one article, the file of the
/// first annotator (by name) is used, so every article counts once.
/// </summary>
public static class PolNearCorpus
{
    public static GoldCorpus Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            return Fail($"directory not found: {directory} (give the folder that holds the brat files, e.g. PolNeAR's dev/ with text/ and attributions/ in it)");
        }
        var anns = Directory.EnumerateFiles(directory, "*.ann", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (anns.Count == 0)
        {
            int texts = Directory.EnumerateFiles(directory, "*.txt", SearchOption.AllDirectories).Count();
            return Fail($"no attribution files (*.ann) found under {directory}: " +
                        (texts > 0
                            ? $"it has {texts} article texts (*.txt) but no brat annotations of them; PolNeAR ships them as <split>/attributions/*.ann beside <split>/text/*.txt, so copy the attributions folder in and run again"
                            : "it has no article texts (*.txt) either; give the folder of a PolNeAR split (train/ or dev/) or any folder of brat .ann files beside their .txt files"));
        }
        var notes = new List<string>();
        var chosen = new Dictionary<string, (string Ann, string Text)>(StringComparer.Ordinal);
        int multiAnnotated = 0;
        foreach (var ann in anns)
        {
            if (FindText(ann) is not { } found)
            {
                notes.Add($"{ann}: no article text found (looked for text/NAME.txt beside the attributions folder and NAME.txt beside the file); skipped");
                continue;
            }
            if (chosen.ContainsKey(found.Name))
            {
                multiAnnotated++;
                continue;
            }
            chosen[found.Name] = (ann, found.Path);
        }
        if (multiAnnotated > 0)
        {
            notes.Add($"{multiAnnotated} annotation files were further annotators' versions of an article already read; the first annotator's file was used for each");
        }
        if (chosen.Count == 0)
        {
            return Fail($"none of the {anns.Count} attribution files under {directory} has its article text beside it " +
                        "(PolNeAR: <split>/text/NAME.txt for <split>/attributions/NAME_ANNOTATOR.ann); copy the text folder in and run again");
        }
        var docs = new List<GoldDocument>();
        foreach (var (name, (ann, textPath)) in chosen.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var text = File.ReadAllText(textPath);
            var gold = BratAttributions.Parse(File.ReadAllText(ann), text);
            notes.AddRange(gold.Problems.Select(p => $"{ann}: {p}"));
            docs.Add(new GoldDocument(name, textPath, ann, text, gold));
        }
        return new GoldCorpus(docs, notes, null);
    }

    private static GoldCorpus Fail(string error) => new([], [], error);

    private static (string Name, string Path)? FindText(string ann)
    {
        var dir = Path.GetDirectoryName(ann) ?? ".";
        var stem = Path.GetFileNameWithoutExtension(ann);
        var candidates = new List<(string Name, string Path)>();
        int underscore = stem.LastIndexOf('_');
        var article = underscore > 0 ? stem[..underscore] : stem;
        var parent = Path.GetDirectoryName(dir);
        if (parent is not null)
        {
            candidates.Add((article, Path.Combine(parent, "text", article + ".txt")));
            candidates.Add((stem, Path.Combine(parent, "text", stem + ".txt")));
        }
        candidates.Add((stem, Path.Combine(dir, stem + ".txt")));
        candidates.Add((article, Path.Combine(dir, article + ".txt")));
        foreach (var c in candidates)
        {
            if (File.Exists(c.Path))
            {
                return c;
            }
        }
        return null;
    }

    /// <summary>
    /// Parallax's quotes as PolNeAR attributions: PolNeAR gives every token at most one attribution, so a quote lying inside
    /// another's content (a partial quote within reported speech) is left out, and the parts of one statement that share a
    /// cue and source ('"...," he stressed. "..."') become one attribution with a discontinuous content.
    /// </summary>
    public static IReadOnlyList<Attribution> ToAttributions(IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var kept = quotes
            .Where((q, i) => !quotes.Where((o, j) => j != i && o.Content.Contains(q.Content) &&
                                                    (o.Content != q.Content || j < i)).Any())
            .ToList();
        var result = new List<Attribution>();
        foreach (var group in kept.GroupBy(q => q.Cue is { } cue ? (cue, q.Source) : ((TextSpan, TextSpan?)?)null))
        {
            if (group.Key is null)
            {
                result.AddRange(group.Select(q => new Attribution($"P{result.Count + 1}", [], [], [q.Content])));
                continue;
            }
            var first = group.First();
            result.Add(new Attribution(
                $"P{result.Count + 1}",
                first.Source is { } s ? [s] : [],
                [first.Cue!.Value],
                [.. group.Select(q => q.Content).OrderBy(c => c.Start)]));
        }
        return result;
    }

    /// <summary>Runs <paramref name="annotate"/> on every document and scores its quotes against the gold attributions.</summary>
    public static QuoteScores Evaluate(IEnumerable<GoldDocument> documents, Func<Article, CancellationToken, Doc> annotate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(annotate);
        var scorer = new QuoteScorer();
        foreach (var gold in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = new Article { Id = Article.ComputeId(gold.Text), Source = gold.TextPath, Text = gold.Text, Title = gold.Name };
            var doc = annotate(article, cancellationToken);
            var spans = new Dictionary<AttributionRole, IReadOnlyList<IReadOnlyList<TextSpan>>>();
            foreach (var role in new[] { AttributionRole.Source, AttributionRole.Cue, AttributionRole.Content })
            {
                spans[role] = [.. gold.Gold.SpansOf(role).Select(s => s.Fragments)];
            }
            scorer.Add(doc.Text, doc.Tokens, gold.Gold.Attributions, ToAttributions(doc.Quotes), spans);
        }
        return scorer.Result();
    }
}
