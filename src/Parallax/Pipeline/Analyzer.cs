using Parallax.Extraction;
using Parallax.Ledger;
using Parallax.Model;
using Parallax.Stories;

namespace Parallax.Pipeline;

/// <summary>Progress of a long analysis: how many reports are done out of how many.</summary>
public readonly record struct AnalysisProgress(int Done, int Total, string Source);

/// <summary>
/// The whole path: extracted articles through the document pipeline, into stories, into a dossier.
/// The same report given twice (same text) is analysed once.
/// </summary>
public sealed class Analyzer
{
    private readonly DocPipeline _pipeline;

    public Analyzer(DocPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        _pipeline = pipeline;
    }

    public StoryClusterer Clusterer { get; init; } = new();
    public StoryAnalyzer Stories { get; init; } = new();

    /// <summary>Annotates one article: from the cache when it was analysed before, else through the pipeline.</summary>
    public Func<Article, CancellationToken, Doc>? Annotate { get; init; }

    public Dossier Analyze(IEnumerable<Extracted> inputs, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var all = inputs.ToList();
        var rejected = all.OfType<Extracted.Rejected>().ToList();
        var articles = all.OfType<Extracted.Ok>().Select(o => o.Article).DistinctBy(a => a.Id).ToList();
        var docs = new List<Doc>(articles.Count);
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            docs.Add(Annotate is { } annotate ? annotate(article, cancellationToken) : _pipeline.Run(article, cancellationToken));
            progress?.Report(new AnalysisProgress(docs.Count, articles.Count, article.Source));
        }
        var clusters = Clusterer.Cluster(docs);
        var stories = clusters.Select((c, i) => Stories.Analyze($"s{i + 1}", c)).ToList();
        return new Dossier(articles, stories, rejected);
    }
}
