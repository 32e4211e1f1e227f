using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Storage;
using Parallax.Text;

namespace Parallax.Tests.Storage;

public sealed class StoredPipelineTests : IDisposable
{
    private readonly TempDb _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Counts how often it runs, to tell loaded documents from re-analysed ones.</summary>
    private sealed class CountingStage(Layers provides = Layers.None) : IDocStage
    {
        public int Runs { get; private set; }
        public string Name => "counting";
        public Layers Requires => Layers.Tokens;
        public Layers Provides => provides;
        public void Process(Doc doc, CancellationToken cancellationToken) => Runs++;
    }

    private static PipelineBuilder Basic() => new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter());

    private static Article Make(string text, string source) =>
        new() { Id = Article.ComputeId(text), Source = source, Text = text, Outlet = "Meridian" };

    [Fact]
    public void The_second_run_loads_every_document_and_stores_nothing_new()
    {
        var counter = new CountingStage();
        var pipeline = new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Add(counter).Build();
        Article[] articles = [Make("Talks resumed on Friday. Both sides agreed.", "a.txt"), Make("The viaduct reopened.", "b.txt")];
        using var store = (SqliteDocStore)DocStore.Open(_temp.File());

        var first = store.LoadOrRun(pipeline, articles);
        Assert.Equal(2, counter.Runs);
        var second = store.LoadOrRun(pipeline, articles);
        Assert.Equal(2, counter.Runs);

        Assert.Equal(2, store.ArticleCount);
        Assert.Equal(2, store.LayerCount);
        Assert.Equal(first.Select(d => d.Tokens), second.Select(d => d.Tokens));
        Assert.Equal(first.Select(d => d.Sentences), second.Select(d => d.Sentences));
        Assert.Equal([2, 1], second.Select(d => d.Sentences.Count));
    }

    [Fact]
    public void A_loaded_document_carries_the_article_as_given_now()
    {
        var pipeline = Basic().Build();
        using var store = DocStore.Open(_temp.File());
        var article = Make("Talks resumed on Friday.", "inbox/first.txt");
        store.LoadOrRun(pipeline, [article]);
        var moved = article with { Source = "archive/first.txt" };
        var doc = Assert.Single(store.LoadOrRun(pipeline, [moved]));
        Assert.Equal("archive/first.txt", doc.Article.Source);
        Assert.True(store.TryGetArticle(article.Id, out var stored));
        Assert.Equal("archive/first.txt", stored.Source);
        Assert.Equal(1, store.ArticleCount);
    }

    [Fact]
    public void A_different_pipeline_re_analyses()
    {
        var counter = new CountingStage();
        using var store = DocStore.Open(_temp.File());
        Article[] articles = [Make("Talks resumed on Friday.", "a.txt")];
        store.LoadOrRun(Basic().Build(), articles);
        var withCounter = Basic().Add(counter).Build();
        store.LoadOrRun(withCounter, articles);
        Assert.Equal(1, counter.Runs);
        store.LoadOrRun(withCounter, articles);
        Assert.Equal(1, counter.Runs);
    }

    [Fact]
    public void A_pipeline_that_fills_a_layer_the_store_does_not_keep_runs_every_time()
    {
        var events = new CountingStage(Layers.Events);
        var pipeline = Basic().Add(events).Build();
        using var store = (SqliteDocStore)DocStore.Open(_temp.File());
        Article[] articles = [Make("Talks resumed on Friday.", "a.txt")];
        store.LoadOrRun(pipeline, articles);
        var second = Assert.Single(store.LoadOrRun(pipeline, articles));
        Assert.Equal(2, events.Runs);
        Assert.True(second.Filled.HasFlag(Layers.Events));
        Assert.Equal(1, store.LayerCount);
    }
}
