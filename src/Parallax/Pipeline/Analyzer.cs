using Parallax.Extraction;
using Parallax.Ledger;
using Parallax.Model;
using Parallax.Storage;
using Parallax.Stories;

namespace Parallax.Pipeline;

/// <summary>What a progress report counts: reports through the pipeline, then stories through the ledger.</summary>
public enum AnalysisStage
{
    Reports,
    Stories,
}

/// <summary>
/// Progress of a long analysis: how many reports (or, after them, stories) are done out of how many. For a report,
/// <paramref name="Source"/> is where it came from; for a story, its id; <paramref name="Size"/> is a story's report count.
/// </summary>
public readonly record struct AnalysisProgress(int Done, int Total, string Source, AnalysisStage Stage = AnalysisStage.Reports, int Size = 1);

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
        var stories = new List<Story>(clusters.Count);
        foreach (var cluster in clusters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = $"s{stories.Count + 1}";
            stories.Add(Stories.Analyze(id, cluster));
            progress?.Report(new AnalysisProgress(stories.Count, clusters.Count, id, AnalysisStage.Stories, cluster.Docs.Count));
        }
        return new Dossier(articles, stories, rejected);
    }
}
