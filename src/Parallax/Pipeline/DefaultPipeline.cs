using Parallax.Entities;
using Parallax.Quotes;
using Parallax.Text;
using Parallax.Text.Tagging;
using Parallax.Time;

namespace Parallax.Pipeline;

/// <summary>The document pipeline Parallax runs by default, in dependency order.</summary>
public static class DefaultPipeline
{
    public static PipelineBuilder CreateBuilder() =>
        new PipelineBuilder()
            .Add(new Tokenizer())
            .Add(new SentenceSplitter())
            .Add(new PartOfSpeechTagger())
            .Add(new EntityRecognizer())
            .Add(new TimexStage())
            .Add(new QuoteStage());

    public static DocPipeline Create() => CreateBuilder().Build();
}
