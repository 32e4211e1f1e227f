using Npgsql;
using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Storage;
using static Parallax.Tests.Storage.StoreFixtures;

namespace Parallax.Tests.Storage;

/// <summary>A fact that needs a PostgreSQL server named by PARALLAX_PG; skipped with the reason otherwise.</summary>
internal sealed class PostgresFactAttribute : FactAttribute
{
    public static string? ConnectionString => Environment.GetEnvironmentVariable("PARALLAX_PG") is { Length: > 0 } cs ? cs : null;

    public PostgresFactAttribute()
    {
        if (ConnectionString is null)
        {
            Skip = "set PARALLAX_PG to a PostgreSQL connection string (e.g. Host=127.0.0.1;Port=54329;Username=postgres) to run the PostgreSQL store tests";
        }
    }
}

/// <summary>The PostgreSQL store against a real server; each test works in its own schema, dropped afterwards.</summary>
public sealed class PostgresDocStoreTests : IDisposable
{
    private readonly string _schema = "parallax_test_" + Guid.NewGuid().ToString("N")[..12];
    private readonly List<IDisposable> _open = [];

    private PostgresDocStore Open()
    {
        var store = PostgresDocStore.Open(PostgresFactAttribute.ConnectionString!, _schema);
        _open.Add(store);
        return store;
    }

    private static void Execute(string sql)
    {
        using var c = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var d in _open)
        {
            d.Dispose();
        }
        if (PostgresFactAttribute.ConnectionString is not null)
        {
            Execute($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        }
    }

    [PostgresFact]
    public void Every_layer_round_trips_exactly_through_a_new_connection()
    {
        var doc = FullDoc();
        Open().Save(doc, V1);
        Assert.True(Open().TryLoad(doc.Article.Id, V1, out var loaded));
        AssertSameLayers(doc, loaded);
        Assert.Equal("Ilse Marchetti", loaded.Slice(loaded.Mentions[2].Span));
    }

    [PostgresFact]
    public void Saving_the_same_analysis_twice_stores_one_article_and_one_layer_row()
    {
        var store = Open();
        store.Save(FullDoc(), V1);
        store.SaveAll([FullDoc(), FullDoc()], V1);
        Assert.Equal(1, store.ArticleCount);
        Assert.Equal(1, store.LayerCount);
        var again = new Doc(FullDoc().Article with { Source = "elsewhere.html" });
        store.Save(again, V1);
        Assert.Equal(1, store.ArticleCount);
        Assert.True(store.TryGetArticle(again.Article.Id, out var article));
        Assert.Equal("elsewhere.html", article.Source);
    }

    [PostgresFact]
    public void A_changed_pipeline_version_is_not_loaded_and_can_be_pruned()
    {
        var store = Open();
        var doc = FullDoc();
        store.Save(doc, V1);
        Assert.False(store.TryLoad(doc.Article.Id, "v2", out _));
        store.Save(doc, "v2");
        Assert.Equal(2, store.LayerCount);
        Assert.Equal(1, store.PruneLayers("v2"));
        Assert.False(store.TryLoad(doc.Article.Id, V1, out _));
        Assert.True(store.TryLoad(doc.Article.Id, "v2", out _));
    }

    [PostgresFact]
    public void A_failed_write_leaves_nothing_half_written()
    {
        var store = Open();
        var kept = Analysed("An earlier article that was saved.");
        store.Save(kept, V1);
        store.BeforeCommit = () => throw new IOException("simulated crash before commit");
        Assert.Throws<IOException>(() => store.SaveAll([FullDoc(), Analysed("Another article.")], V1));
        store.BeforeCommit = null;
        Assert.Equal(1, store.ArticleCount);
        Assert.Equal(1, store.LayerCount);
        Assert.Equal([kept.Article.Id], store.Search("earlier"));
    }

    [PostgresFact]
    public void Articles_come_back_ordered_by_id_and_search_finds_words()
    {
        var store = Open();
        var a = Analysed("The mediator met the union in the Customs House.");
        var b = Analysed("The viaduct reopened to trains after repairs.");
        store.SaveAll([a, b], V1);
        Assert.Equal(new[] { a.Article.Id, b.Article.Id }.Order(StringComparer.Ordinal), store.Articles().Select(x => x.Id));
        AssertSameArticle(a.Article, store.Articles().Single(x => x.Id == a.Article.Id));
        Assert.Equal([a.Article.Id], store.Search("customs house"));
        Assert.Equal([b.Article.Id], store.Search("viaduct"));
        Assert.Empty(store.Search("harbour"));
        Assert.Empty(store.Search("' OR 1=1 --"));
    }

    [PostgresFact]
    public void Concurrent_readers_and_a_writer_all_succeed()
    {
        var docs = Enumerable.Range(0, 20).Select(i => Analysed($"Report number {i} about the talks.")).ToList();
        var store = Open();
        store.SaveAll(docs, V1);
        int loaded = 0;
        Parallel.Invoke(
            [
                .. Enumerable.Range(0, 4).Select(_ => (Action)(() =>
                {
                    foreach (var d in docs)
                    {
                        Assert.True(store.TryLoad(d.Article.Id, V1, out var doc));
                        Assert.Equal(d.Tokens, doc.Tokens);
                        Interlocked.Increment(ref loaded);
                    }
                })),
                () =>
                {
                    foreach (var d in docs)
                    {
                        store.Save(d, "v2");
                    }
                },
            ]);
        Assert.Equal(80, loaded);
        Assert.Equal(20, store.ArticleCount);
    }

    [PostgresFact]
    public void The_samples_analysed_twice_are_stored_once()
    {
        var pipeline = DefaultPipeline.Create();
        var files = Directory.GetFiles(Path.Combine(Repo.Root, "samples"), "report-*.txt");
        var articles = files.Select(f => File.ReadAllText(f)).Select(t => new Article { Id = Article.ComputeId(t), Source = "s", Text = t }).ToList();
        var store = Open();
        var first = store.LoadOrRun(pipeline, articles);
        var second = store.LoadOrRun(pipeline, articles);
        Assert.Equal(5, store.ArticleCount);
        Assert.Equal(5, store.LayerCount);
        Assert.Equal(first.Select(d => d.Sentences.Count), second.Select(d => d.Sentences.Count));
    }

    [PostgresFact]
    public void A_store_of_another_schema_version_is_refused_with_what_to_do()
    {
        Open();
        Execute($"UPDATE {_schema}.store_info SET schema_version = 9");
        var ex = Assert.Throws<DocStoreException>(() => Open());
        Assert.Contains("was written by a newer Parallax (store schema version 9; this build reads version 1)", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith($"drop the schema (DROP SCHEMA {_schema} CASCADE) and run again, or use another database", ex.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public void A_schema_holding_other_tables_is_refused_and_left_untouched()
    {
        Execute($"CREATE SCHEMA {_schema}; CREATE TABLE {_schema}.invoices(id int)");
        var ex = Assert.Throws<DocStoreException>(() => Open());
        Assert.Contains($"the schema '{_schema}' of ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("holds tables of another application (invoices), not a Parallax store; use another database or schema rather than overwrite it", ex.Message, StringComparison.Ordinal);
    }
}

/// <summary>What needs no server: recognising connection strings and the message when the server is not there.</summary>
public sealed class PostgresConnectionTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Port=5432;Username=postgres", true)]
    [InlineData("postgresql://postgres@localhost:5432/news", true)]
    [InlineData("postgres://localhost/news", true)]
    [InlineData("parallax.db", false)]
    [InlineData("data/host=1.db", false)]
    [InlineData("/tmp/store.db", false)]
    [InlineData(" server=db.internal;Database=news", true)]
    public void Connection_strings_are_told_from_file_paths(string text, bool isPostgres) =>
        Assert.Equal(isPostgres, PostgresDocStore.IsConnectionString(text));

    [Fact]
    public void An_unreachable_server_is_reported_with_where_and_what_to_do_without_the_password()
    {
        var ex = Assert.Throws<DocStoreException>(() => DocStore.Open("postgresql://parallax:s3cret@127.0.0.1:1/news?Timeout=2"));
        Assert.StartsWith("could not open the Parallax store postgresql://parallax@127.0.0.1:1/news (schema parallax): ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("check that the server is running and reachable and that --db names it correctly", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_connection_string_is_reported_without_the_password()
    {
        var ex = Assert.Throws<DocStoreException>(() => DocStore.Open("Host=db;Password=s3cret;Colour=blue"));
        Assert.StartsWith("cannot read the PostgreSQL connection 'Host=db;Password=***;Colour=blue'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", ex.Message, StringComparison.Ordinal);
    }
}
