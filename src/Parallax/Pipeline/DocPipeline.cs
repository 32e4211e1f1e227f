using Parallax.Model;

namespace Parallax.Pipeline;

/// <summary>Raised when stages are put together in an order that cannot run.</summary>
public sealed class PipelineException(string message) : Exception(message);

/// <summary>Collects stages and freezes them into an immutable, checked <see cref="DocPipeline"/>.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IDocStage> _stages = [];

    public PipelineBuilder Add(IDocStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Checks that every stage's requirements are provided by an earlier stage.</summary>
    public DocPipeline Build()
    {
        var available = Layers.None;
        foreach (var stage in _stages)
        {
            var missing = stage.Requires & ~available;
            if (missing != Layers.None)
            {
                throw new PipelineException(
                    $"stage '{stage.Name}' needs {missing} but no earlier stage provides it; " +
                    $"add a stage that provides {missing} before '{stage.Name}'");
            }
            available |= stage.Provides;
        }
        return new DocPipeline([.. _stages], available);
    }
}

/// <summary>A frozen, validated sequence of stages.</summary>
public sealed class DocPipeline
{
    internal DocPipeline(IReadOnlyList<IDocStage> stages, Layers provides)
    {
        Stages = stages;
        Provides = provides;
    }

    public IReadOnlyList<IDocStage> Stages { get; }
    public Layers Provides { get; }

    public Doc Run(Article article, CancellationToken cancellationToken = default)
    {
        var doc = new Doc(article);
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(doc, cancellationToken);
            doc.Filled |= stage.Provides;
        }
        return doc;
    }
}
