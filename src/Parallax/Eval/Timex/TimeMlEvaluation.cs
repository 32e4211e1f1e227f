using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Text;
using Parallax.Text.Tagging;
using Parallax.Time;

namespace Parallax.Eval.Timex;

/// <summary>Runs Parallax's timex stage over a folder of TimeML files and scores it against their TIMEX3 annotations.</summary>
public static class TimeMlEvaluation
{
    /// <summary>The TimeML files under a folder, without macOS "._*" resource-fork files.</summary>
    public static IReadOnlyList<string> FindFiles(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"no folder '{directory}': give --timeml a folder that holds TimeML .tml files");
        }
        var files = Directory.EnumerateFiles(directory, "*.tml", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("._", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new FileNotFoundException($"no TimeML files found under '{directory}' (looked for *.tml, skipping macOS ._* files)");
        }
        return files;
    }

    public static TimexScorer Run(IEnumerable<string> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var pipeline = new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Add(new PartOfSpeechTagger()).Add(new TimexStage()).Build();
        var scorer = new TimexScorer();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var gold = TimeMlDocument.Load(file);
            var doc = pipeline.Run(ToArticle(gold, file), cancellationToken);
            scorer.Add(gold.Id, gold.Text, gold.Timexes, doc.Timexes);
        }
        return scorer;
    }

    /// <summary>The article Parallax sees: the TEXT content, published on the document creation date.</summary>
    public static Article ToArticle(TimeMlDocument gold, string source)
    {
        ArgumentNullException.ThrowIfNull(gold);
        return new Article
        {
            Id = Article.ComputeId(gold.Text),
            Source = source,
            Text = gold.Text,
            Published = gold.CreationDate is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
        };
    }
}
