using Microsoft.Data.Sqlite;
using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Storage;
using Parallax.Text;
using Parallax.Text.Tagging;
using static Parallax.Tests.Storage.StoreFixtures;

namespace Parallax.Tests.Storage;

public sealed class SqliteDocStoreTests : IDisposable
{
    private readonly TempDb _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Every_layer_round_trips_exactly_through_a_reopened_file()
    {
        var doc = FullDoc();
        using (var store = DocStore.Open(_temp.File()))
        {
            store.Save(doc, V1);
        }
        using var reopened = DocStore.Open(_temp.File());
        Assert.True(reopened.TryLoad(doc.Article.Id, V1, out var loaded));
        AssertSameLayers(doc, loaded);
        Assert.Equal("Ilse Marchetti", loaded.Slice(loaded.Mentions[2].Span));
        Assert.Equal("Police Commissioner", loaded.Slice(loaded.Mentions[2].RoleSpan!.Value));
        Assert.Equal("frank.", loaded.Slice(loaded.Quotes[0].Content));
        Assert.Equal(DateCertainty.Explicit, loaded.Timexes[0].Certainty);
        Assert.Equal(DateCertainty.Anchored, loaded.Timexes[1].Certainty);
        Assert.Equal(DateCertainty.Inferred, loaded.Timexes[2].Certainty);
        Assert.Equal(TimexMod.Approx, loaded.Timexes[2].Mod);
        Assert.Null(loaded.Timexes[0].Mod);
    }

    [Fact]
    public void Empty_layers_and_missing_metadata_round_trip()
    {
        const string text = "A short text.";
        var doc = new Doc(new Article { Id = Article.ComputeId(text), Source = "x.txt", Text = text });
        using var store = DocStore.Open(_temp.File());
        store.Save(doc, V1);
        Assert.True(store.TryLoad(doc.Article.Id, V1, out var loaded));
        AssertSameLayers(doc, loaded);
        Assert.Null(loaded.Article.Published);
        Assert.Empty(loaded.Article.Authors);
        Assert.Equal(Layers.None, loaded.Filled);
    }

    [Fact]
    public void Tags_with_spaces_still_round_trip()
    {
        var doc = FullDoc();
        doc.PartOfSpeech = [.. doc.PartOfSpeech.Select((t, i) => i == 2 ? "A B" : t)];
        using var store = DocStore.Open(_temp.File());
        store.Save(doc, V1);
        Assert.True(store.TryLoad(doc.Article.Id, V1, out var loaded));
        Assert.Equal(doc.PartOfSpeech, loaded.PartOfSpeech);
    }

    [Fact]
    public void Saving_the_same_analysis_twice_stores_one_article_and_one_layer_row()
    {
        using var store = (SqliteDocStore)DocStore.Open(_temp.File());
        store.Save(FullDoc(), V1);
        store.Save(FullDoc(), V1);
        store.SaveAll([FullDoc(), FullDoc()], V1);
        Assert.Equal(1, store.ArticleCount);
        Assert.Equal(1, store.LayerCount);
        Assert.Single(store.Articles());
    }

    [Fact]
    public void A_new_source_of_the_same_text_updates_the_metadata_of_the_one_article()
    {
        using var store = DocStore.Open(_temp.File());
        var first = FullDoc();
        store.Save(first, V1);
        var again = new Doc(first.Article with { Source = "other/copy.html", Outlet = "Meridian Wire" });
        store.Save(again, V1);
        Assert.Equal(1, store.ArticleCount);
        Assert.True(store.TryGetArticle(first.Article.Id, out var article));
        Assert.Equal("other/copy.html", article.Source);
        Assert.Equal("Meridian Wire", article.Outlet);
    }

    [Fact]
    public void A_changed_pipeline_version_is_not_loaded_and_both_versions_can_be_kept_or_pruned()
    {
        using var store = (SqliteDocStore)DocStore.Open(_temp.File());
        var doc = FullDoc();
        store.Save(doc, V1);
        Assert.False(store.TryLoad(doc.Article.Id, "tokenizer+sentences+pos@v2", out var none));
        Assert.Null(none);
        store.Save(doc, "tokenizer+sentences+pos@v2");
        Assert.Equal(1, store.ArticleCount);
        Assert.Equal(2, store.LayerCount);
        Assert.Equal(1, store.PruneLayers("tokenizer+sentences+pos@v2"));
        Assert.False(store.TryLoad(doc.Article.Id, V1, out _));
        Assert.True(store.TryLoad(doc.Article.Id, "tokenizer+sentences+pos@v2", out _));
    }

    [Fact]
    public void An_unknown_article_is_not_loaded()
    {
        using var store = DocStore.Open(_temp.File());
        Assert.False(store.TryLoad("0123456789abcdef", V1, out _));
        Assert.False(store.TryGetArticle("0123456789abcdef", out _));
        Assert.Equal(0, store.ArticleCount);
    }

    [Fact]
    public void A_failed_write_leaves_nothing_half_written()
    {
        using var store = (SqliteDocStore)DocStore.Open(_temp.File());
        var kept = Analysed("An earlier article that was saved.");
        store.Save(kept, V1);
        store.BeforeCommit = () => throw new IOException("simulated crash before commit");
        var ex = Assert.Throws<IOException>(() => store.SaveAll([FullDoc(), Analysed("Another article.")], V1));
        Assert.Equal("simulated crash before commit", ex.Message);
        store.BeforeCommit = null;
        Assert.Equal(1, store.ArticleCount);
        Assert.Equal(1, store.LayerCount);
        Assert.False(store.TryLoad(FullDoc().Article.Id, V1, out _));
        Assert.Equal([kept.Article.Id], store.Search("earlier"));
    }

    [Fact]
    public void A_document_whose_id_is_not_its_text_hash_is_refused_before_writing()
    {
        using var store = DocStore.Open(_temp.File());
        var doc = new Doc(FullDoc().Article with { Id = "not-a-hash" });
        var ex = Assert.Throws<ArgumentException>(() => store.SaveAll([Analysed("Fine."), doc], V1));
        Assert.Contains("not-a-hash", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, store.ArticleCount);
    }

    [Fact]
    public void Articles_come_back_ordered_by_id_with_their_metadata()
    {
        using var store = DocStore.Open(_temp.File());
        var docs = new[] { Analysed("First text."), Analysed("Second text."), Analysed("Third text.") };
        store.SaveAll(docs, V1);
        var articles = store.Articles();
        Assert.Equal(docs.Select(d => d.Article.Id).Order(StringComparer.Ordinal), articles.Select(a => a.Id));
        foreach (var a in articles)
        {
            AssertSameArticle(docs.Single(d => d.Article.Id == a.Id).Article, a);
        }
    }

    [Fact]
    public void Full_text_search_finds_articles_by_words_in_title_or_text()
    {
        using var store = DocStore.Open(_temp.File());
        var a = Analysed("The mediator met the union in the Customs House.");
        var b = Analysed("The viaduct reopened to trains after repairs.");
        store.SaveAll([a, b], V1);
        Assert.Equal([a.Article.Id], store.Search("customs house"));
        Assert.Equal([b.Article.Id], store.Search("viaduct"));
        Assert.Equal(2, store.Search("dock talks").Count); // both share the title "Portvale dock talks"
        Assert.Empty(store.Search("harbour"));
        Assert.Empty(store.Search("\" OR * NEAR("));
    }

    [Fact]
    public void Concurrent_readers_and_a_writer_all_succeed()
    {
        var docs = Enumerable.Range(0, 20).Select(i => Analysed($"Report number {i} about the talks.")).ToList();
        using var store = DocStore.Open(_temp.File());
        store.SaveAll(docs, V1);
        int loaded = 0;
        Parallel.Invoke(
            [
                .. Enumerable.Range(0, 6).Select(_ => (Action)(() =>
                {
                    using var reader = DocStore.Open(_temp.File());
                    foreach (var d in docs)
                    {
                        Assert.True(reader.TryLoad(d.Article.Id, V1, out var doc));
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
        Assert.Equal(120, loaded);
        Assert.Equal(20, store.ArticleCount);
    }

    [Fact]
    public void Two_writers_saving_the_same_documents_at_once_store_each_once()
    {
        var docs = Enumerable.Range(0, 15).Select(i => Analysed($"Dispatch {i} from the harbour.")).ToList();
        using var one = DocStore.Open(_temp.File());
        using var two = (SqliteDocStore)DocStore.Open(_temp.File());
        Parallel.Invoke(
            () => docs.ForEach(d => one.Save(d, V1)),
            () => two.SaveAll(Enumerable.Reverse(docs), V1),
            () => docs.ForEach(d => two.Save(d, "v2")));
        Assert.Equal(15, two.ArticleCount);
        Assert.Equal(30, two.LayerCount);
    }

    [Fact]
    public void The_samples_analysed_twice_are_stored_once()
    {
        var pipeline = DefaultPipeline.Create();
        string version = PipelineVersion.Of(pipeline);
        var files = Directory.GetFiles(Path.Combine(Repo.Root, "samples"), "report-*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(5, files.Count);
        var docs = files.Select(f =>
        {
            string text = File.ReadAllText(f);
            return pipeline.Run(new Article { Id = Article.ComputeId(text), Source = f, Text = text });
        }).ToList();
        using (var store = DocStore.Open(_temp.File()))
        {
            store.SaveAll(docs, version);
            store.SaveAll(docs, version);
            Assert.Equal(5, store.ArticleCount);
        }
        using var reopened = DocStore.Open(_temp.File());
        foreach (var d in docs)
        {
            Assert.True(reopened.TryLoad(d.Article.Id, version, out var back));
            AssertSameLayers(d, back);
        }
        // Of the .txt reports, 01, 03 and 06 spell him Varenko; 02 writes Warenko and 04 "mediator Varanco".
        Assert.Equal(3, reopened.Search("Varenko").Count);
    }

    [Fact]
    public void The_pipeline_version_names_the_stages_and_changes_with_them()
    {
        var full = new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Build();
        var tokensOnly = new PipelineBuilder().Add(new Tokenizer()).Build();
        Assert.Equal(PipelineVersion.Of(full), PipelineVersion.Of(new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Build()));
        Assert.StartsWith("tokenizer+sentences@", PipelineVersion.Of(full), StringComparison.Ordinal);
        Assert.StartsWith(string.Join('+', DefaultPipeline.Create().Stages.Select(s => s.Name)) + "@",
            PipelineVersion.Of(DefaultPipeline.Create()), StringComparison.Ordinal);
        Assert.NotEqual(PipelineVersion.Of(full), PipelineVersion.Of(tokensOnly));
    }

    [Fact]
    public void The_pipeline_version_changes_with_a_stages_model_file()
    {
        var data = Parallax.Tests.Text.Tagging.HistoryTaggerTests.Toy();
        const FeatureSet set = FeatureSet.Lexical | FeatureSet.Lexicon | FeatureSet.History;
        var a = _temp.File("a.model");
        var b = _temp.File("b.model");
        PerceptronTrainer.Train("pos", data, set, null, new TrainerOptions { Epochs = 2, LexiconFolds = 2 }, null, null, CancellationToken.None).Save(a);
        PerceptronTrainer.Train("pos", data, set, null, new TrainerOptions { Epochs = 3, LexiconFolds = 2 }, null, null, CancellationToken.None).Save(b);
        string VersionWith(string model) =>
            PipelineVersion.Of(new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Add(new PartOfSpeechTagger(TaggerModel.Load(model))).Build());

        Assert.Equal(VersionWith(a), VersionWith(a));
        Assert.NotEqual(VersionWith(a), VersionWith(b));
        Assert.StartsWith("tokenizer+sentences+pos@", VersionWith(b), StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{16}$", TaggerModel.Load(a).Identity);
    }

    [Fact]
    public void The_default_path_is_parallax_db_in_the_working_folder() =>
        Assert.Equal("parallax.db", DocStore.DefaultPath);

    [Fact]
    public void A_folder_as_path_is_refused_with_a_message_naming_it()
    {
        var ex = Assert.Throws<DocStoreException>(() => DocStore.Open(_temp.Folder));
        Assert.Equal(
            $"the database path '{_temp.Folder}' is a folder, not a file; give a file inside it, e.g. --db {Path.Combine(_temp.Folder, "parallax.db")}",
            ex.Message);
    }

    [Fact]
    public void A_path_below_a_file_is_refused_with_a_message_naming_the_file()
    {
        string file = _temp.File("notes.txt");
        File.WriteAllText(file, "not a folder");
        string path = Path.Combine(file, "sub", "parallax.db");
        var ex = Assert.Throws<DocStoreException>(() => DocStore.Open(path));
        Assert.Equal($"cannot create the database '{path}': '{file}' is a file, not a folder; choose another path with --db", ex.Message);
    }

    [LinuxFact]
    public void An_unwritable_location_is_reported_with_the_file_and_what_to_do()
    {
        // /proc refuses new files even to root, so this holds whoever runs the tests.
        const string path = "/proc/parallax-test.db";
        var ex = Assert.Throws<DocStoreException>(() => DocStore.Open(path));
        Assert.StartsWith($"could not open the Parallax store '{path}': ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith($"cannot open or create '{path}'; check that its folder exists and is writable, or choose another path with --db", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_created()
    {
        string path = Path.Combine(_temp.Folder, "cache", "deep", "store.db");
        using var store = DocStore.Open(path);
        store.Save(FullDoc(), V1);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void A_file_that_is_not_sqlite_is_refused_and_left_untouched()
    {
        string path = _temp.File("report.db");
        File.WriteAllText(path, "PORTVALE, April 11 (Meridian) -- this is a news report, not a database.");
        var ex = Assert.Throws<DocStoreException>(() => DocStore.Open(path));
        Assert.Equal($"'{path}' is not a SQLite database, so it cannot be a Parallax store; move it away or choose another path with --db", ex.Message);
        Assert.StartsWith("PORTVALE", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sqlite_database_of_another_application_is_refused_and_left_untouched()
    {
        string path = _temp.File("other.db");
        using (var c = new SqliteConnection("Data Source=" + path + ";Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices(total) VALUES (12.5);";
            cmd.ExecuteNonQuery();
        }
        var ex = Assert.Throws<DocStoreException>(() => DocStore.Open(path));
        Assert.Equal(
            $"'{path}' is a SQLite database of another application (tables: invoices), not a Parallax store; choose another path with --db rather than overwrite it",
            ex.Message);
        using var check = new SqliteConnection("Data Source=" + path + ";Pooling=False");
        check.Open();
        using var count = check.CreateCommand();
        count.CommandText = "SELECT count(*) FROM invoices";
        Assert.Equal(1L, count.ExecuteScalar());
    }

    [Fact]
    public void A_store_of_another_schema_version_is_refused_with_what_to_do()
    {
        string path = _temp.File();
        DocStore.Open(path).Dispose();
        using (var c = new SqliteConnection("Data Source=" + path + ";Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 7";
            cmd.ExecuteNonQuery();
        }
        var ex = Assert.Throws<DocStoreException>(() => DocStore.Open(path));
        Assert.Equal(
            $"'{path}' was written by a newer Parallax (store schema version 7; this build reads version 1); " +
            "it only caches analyses, so delete it and run again, or choose another path with --db",
            ex.Message);
    }

    [Fact]
    public void An_empty_file_becomes_a_new_store()
    {
        string path = _temp.File("empty.db");
        File.WriteAllBytes(path, []);
        using var store = DocStore.Open(path);
        store.Save(FullDoc(), V1);
        Assert.Equal(1, store.ArticleCount);
    }

    [Fact]
    public void Damaged_layers_are_reported_with_the_file_and_what_to_do()
    {
        string path = _temp.File();
        var doc = FullDoc();
        using var store = DocStore.Open(path);
        store.Save(doc, V1);
        using (var c = new SqliteConnection("Data Source=" + path + ";Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE layers SET data = '{\"tokens\":[0,99999]}'";
            cmd.ExecuteNonQuery();
        }
        var ex = Assert.Throws<DocStoreException>(() => store.TryLoad(doc.Article.Id, V1, out _));
        Assert.StartsWith($"the stored layers of article {doc.Article.Id} in '{path}' cannot be read (span [0,99999) does not fit a text of", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("the store only caches analyses, so delete the file and run again", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_is_in_wal_mode_and_marked_as_a_parallax_store()
    {
        string path = _temp.File();
        DocStore.Open(path).Dispose();
        using var c = new SqliteConnection("Data Source=" + path + ";Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", cmd.ExecuteScalar());
        cmd.CommandText = "PRAGMA application_id";
        Assert.Equal(0x50524C58L, cmd.ExecuteScalar());
    }
}
