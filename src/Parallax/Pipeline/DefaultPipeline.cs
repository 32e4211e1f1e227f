using Parallax.Text;
using Parallax.Time;

namespace Parallax.Pipeline;

/// <summary>The document pipeline Parallax runs by default, in dependency order.</summary>
public static class DefaultPipeline
{
    public static PipelineBuilder CreateBuilder() =>
        new PipelineBuilder()
            .Add(new Tokenizer())
            .Add(new SentenceSplitter())
            .Add(new TimexStage());

    public static DocPipeline Create() => CreateBuilder().Build();
}
