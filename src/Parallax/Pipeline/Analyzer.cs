using Parallax.Extraction;
using Parallax.Ledger;
using Parallax.Model;
using Parallax.Storage;
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

    /// <summary>Where analysed reports are kept between runs; a report this pipeline analysed before is loaded, not re-analysed.</summary>
    public IDocStore? Store { get; init; }

    public Dossier Analyze(IEnumerable<Extracted> inputs, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var all = inputs.ToList();
        var rejected = all.OfType<Extracted.Rejected>().ToList();
        var articles = all.OfType<Extracted.Ok>().Select(o => o.Article).DistinctBy(a => a.Id).ToList();
        IReadOnlyList<Doc> docs;
        if (Store is { } store)
        {
            docs = store.LoadOrRun(_pipeline, articles, progress, cancellationToken);
        }
        else
        {
            var run = new List<Doc>(articles.Count);
            foreach (var article in articles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                run.Add(_pipeline.Run(article, cancellationToken));
                progress?.Report(new AnalysisProgress(run.Count, articles.Count, article.Source));
            }
            docs = run;
        }
        var clusters = Clusterer.Cluster(docs);
        var stories = clusters.Select((c, i) => Stories.Analyze($"s{i + 1}", c)).ToList();
        return new Dossier(articles, stories, rejected);
    }
}
