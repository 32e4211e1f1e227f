using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Storage;

/// <summary>Runs a pipeline through a store: articles analysed before by the same pipeline version are loaded, not re-analysed.</summary>
public static class StoredPipeline
{
    /// <summary>
    /// Returns one analysed <see cref="Doc"/> per article, in order: loaded from <paramref name="store"/> when this
    /// pipeline version analysed the same text before, else run now (always, when the pipeline fills a layer the
    /// store does not keep, such as <see cref="Layers.Events"/> today). New analyses and changed metadata are saved in
    /// one transaction; nothing is stored twice. Each Doc carries the article as given (its current source and metadata).
    /// </summary>
    public static IReadOnlyList<Doc> LoadOrRun(this IDocStore store, DocPipeline pipeline, IEnumerable<Article> articles,
        CancellationToken cancellationToken = default) => LoadOrRun(store, pipeline, articles, null, cancellationToken);

    /// <inheritdoc cref="LoadOrRun(IDocStore, DocPipeline, IEnumerable{Article}, CancellationToken)"/>
    /// <param name="progress">Told after each article, loaded or analysed.</param>
    public static IReadOnlyList<Doc> LoadOrRun(this IDocStore store, DocPipeline pipeline, IEnumerable<Article> articles,
        IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(articles);
        string version = PipelineVersion.Of(pipeline);
        // A pipeline that fills a layer the store does not keep must run every time, or that layer would be missing.
        bool cacheable = (pipeline.Provides & ~LayerCodec.Stored) == Layers.None;
        var list = articles as IReadOnlyList<Article> ?? [.. articles];
        var docs = new List<Doc>(list.Count);
        foreach (var article in list)
        {
            cancellationToken.ThrowIfCancellationRequested();
            docs.Add(cacheable && store.TryLoad(article.Id, version, out var stored) && stored.Filled.HasFlag(pipeline.Provides)
                ? stored.WithArticle(article)
                : pipeline.Run(article, cancellationToken));
            progress?.Report(new AnalysisProgress(docs.Count, list.Count, article.Source));
        }
        cancellationToken.ThrowIfCancellationRequested();
        store.SaveAll(docs, version);
        return docs;
    }
}
