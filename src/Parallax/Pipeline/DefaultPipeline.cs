using Parallax.Text;

namespace Parallax.Pipeline;

/// <summary>The document pipeline Parallax runs by default, in dependency order.</summary>
public static class DefaultPipeline
{
    public static PipelineBuilder CreateBuilder() =>
        new PipelineBuilder()
            .Add(new Tokenizer())
            .Add(new SentenceSplitter());

    public static DocPipeline Create() => CreateBuilder().Build();
}
