using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Text;

namespace Parallax.Tests.Pipeline;

public class PipelineBuilderTests
{
    private static Article Article(string text) =>
        new() { Id = Parallax.Model.Article.ComputeId(text), Source = "mem", Text = text };

    [Fact]
    public void A_stage_whose_needs_are_not_met_is_refused_when_built()
    {
        var ex = Assert.Throws<PipelineException>(() => new PipelineBuilder().Add(new SentenceSplitter()).Build());
        Assert.Contains("'sentences' needs Tokens", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_pipeline_fills_tokens_and_sentences()
    {
        var doc = DefaultPipeline.Create().Run(Article("Talks began. They ended."));
        Assert.Equal(6, doc.Tokens.Count);
        Assert.Equal(2, doc.Sentences.Count);
        Assert.True(doc.Filled.HasFlag(Layers.Tokens | Layers.Sentences));
        Assert.Equal(1, doc.SentenceAt(15));
        Assert.Equal("They ended.", doc.Slice(doc.Sentences[1].Span));
    }
}
