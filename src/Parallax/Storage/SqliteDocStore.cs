using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Parallax.Model;

namespace Parallax.Storage;

/// <summary>
/// The default store: one SQLite file in WAL mode (readers never wait for a writer). Articles are keyed by their
/// content hash; layers by (article, pipeline version). Every write is one transaction, so a process killed
/// mid-write leaves the file as it was before the write. An FTS5 index over titles and texts serves
/// <see cref="Search"/>. Each call takes a pooled connection, so one instance may be shared across threads.
/// </summary>
public sealed class SqliteDocStore : IDocStore
{
    /// <summary>Marks a SQLite file as a Parallax store (PRAGMA application_id): "PRLX".</summary>
    internal const int ApplicationId = 0x50524C58;

    /// <summary>The layout of the tables (PRAGMA user_version). Raise it when the tables change.</summary>
    internal const int SchemaVersion = 1;

    private static readonly Lazy<bool> NativeInit = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    private const string Schema = """
        CREATE TABLE articles(
          seq INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          source TEXT NOT NULL,
          title TEXT,
          outlet TEXT,
          published_utc INTEGER,
          url TEXT,
          based_on TEXT,
          meta TEXT NOT NULL,
          text TEXT NOT NULL
        );
        CREATE TABLE layers(
          article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
          pipeline TEXT NOT NULL,
          data TEXT NOT NULL,
          PRIMARY KEY(article_id, pipeline)
        ) WITHOUT ROWID;
        CREATE INDEX layers_by_pipeline ON layers(pipeline);
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq');
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
          INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
          INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        END;
        CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
          INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
          INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;
        """;

    private const string UpsertArticle = """
        INSERT INTO articles(id, source, title, outlet, published_utc, url, based_on, meta, text)
        VALUES ($id, $source, $title, $outlet, $published, $url, $basedOn, $meta, $text)
        ON CONFLICT(id) DO UPDATE SET
          source = excluded.source, title = excluded.title, outlet = excluded.outlet,
          published_utc = excluded.published_utc, url = excluded.url, based_on = excluded.based_on,
          meta = excluded.meta
        WHERE articles.meta IS NOT excluded.meta
        """;

    private const string UpsertLayers = """
        INSERT INTO layers(article_id, pipeline, data) VALUES ($id, $pipeline, $data)
        ON CONFLICT(article_id, pipeline) DO UPDATE SET data = excluded.data
        WHERE layers.data IS NOT excluded.data
        """;

    private readonly string _connectionString;

    private SqliteDocStore(string location, string connectionString)
    {
        Location = location;
        _connectionString = connectionString;
    }

    public string Location { get; }

    /// <summary>Test seam: runs inside every write transaction just before it commits.</summary>
    internal Action? BeforeCommit { get; set; }

    /// <summary>Opens or creates the store at <paramref name="path"/>; see <see cref="DocStore.Open"/>.</summary>
    public static SqliteDocStore Open(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new DocStoreException($"no database path given; pass a file such as --db {DocStore.DefaultPath}");
        }
        _ = NativeInit.Value;
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new DocStoreException(
                $"the database path '{path}' is a folder, not a file; give a file inside it, e.g. --db {Path.Combine(path, DocStore.DefaultPath)}");
        }
        EnsureFolder(path, full);
        if (File.Exists(full))
        {
            CheckHeader(path, full);
        }
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        var store = new SqliteDocStore(path, connectionString);
        try
        {
            store.Initialise();
        }
        catch (SqliteException ex)
        {
            store.Dispose();
            throw store.Explain(ex, "open");
        }
        catch
        {
            store.Dispose();
            throw;
        }
        return store;
    }

    private static void EnsureFolder(string path, string full)
    {
        string? dir = Path.GetDirectoryName(full);
        if (dir is null || Directory.Exists(dir))
        {
            return;
        }
        for (string? up = dir; up is not null; up = Path.GetDirectoryName(up))
        {
            if (File.Exists(up))
            {
                throw new DocStoreException(
                    $"cannot create the database '{path}': '{up}' is a file, not a folder; choose another path with --db");
            }
        }
        try
        {
            Directory.CreateDirectory(dir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocStoreException(
                $"cannot create the folder '{dir}' for the database '{path}' ({ex.Message}); choose a writable location with --db", ex);
        }
    }

    private static void CheckHeader(string path, string full)
    {
        Span<byte> head = stackalloc byte[16];
        int read;
        try
        {
            using var f = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            read = f.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocStoreException($"cannot read the database '{path}' ({ex.Message}); check its permissions or choose another path with --db", ex);
        }
        if (read == 0)
        {
            return; // an empty file is a new database to SQLite
        }
        if (read < head.Length || !head.SequenceEqual("SQLite format 3\0"u8))
        {
            throw new DocStoreException(
                $"'{path}' is not a SQLite database, so it cannot be a Parallax store; move it away or choose another path with --db");
        }
    }

    private void Initialise()
    {
        using var c = Connect();
        if (!CheckSchema(c))
        {
            using var tx = c.BeginTransaction(deferred: false);
            // Another process may have created the tables while we looked: look again under the write lock.
            if (!CheckSchema(c))
            {
                Execute(c, Schema);
                Execute(c, $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {SchemaVersion};");
            }
            tx.Commit();
        }
        Execute(c, "PRAGMA journal_mode = WAL;");
    }

    /// <summary>True when the file is a Parallax store of this schema; false when it is empty; throws otherwise.</summary>
    private bool CheckSchema(SqliteConnection c)
    {
        long app = Scalar<long>(c, "PRAGMA application_id");
        long version = Scalar<long>(c, "PRAGMA user_version");
        if (app == ApplicationId)
        {
            if (version != SchemaVersion)
            {
                string what = version > SchemaVersion ? "a newer" : "an older";
                throw new DocStoreException(
                    $"'{Location}' was written by {what} Parallax (store schema version {version}; this build reads version {SchemaVersion}); " +
                    "it only caches analyses, so delete it and run again, or choose another path with --db");
            }
            return true;
        }
        var tables = new List<string>();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') ORDER BY name LIMIT 5";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                tables.Add(r.GetString(0));
            }
        }
        if (tables.Count == 0 && app == 0)
        {
            return false;
        }
        throw new DocStoreException(
            $"'{Location}' is a SQLite database of another application (tables: {string.Join(", ", tables)}), not a Parallax store; " +
            "choose another path with --db rather than overwrite it");
    }

    public int ArticleCount => Run("count articles", c => (int)Scalar<long>(c, "SELECT count(*) FROM articles"));

    /// <summary>How many layer rows are stored (all pipeline versions).</summary>
    internal int LayerCount => Run("count layers", c => (int)Scalar<long>(c, "SELECT count(*) FROM layers"));

    public bool TryLoad(string articleId, string pipelineVersion, [NotNullWhen(true)] out Doc? doc)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(pipelineVersion);
        doc = Run("read", c =>
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = """
                SELECT a.meta, a.text, l.data FROM layers l JOIN articles a ON a.id = l.article_id
                WHERE l.article_id = $id AND l.pipeline = $pipeline
                """;
            cmd.Parameters.AddWithValue("$id", articleId);
            cmd.Parameters.AddWithValue("$pipeline", pipelineVersion);
            using var r = cmd.ExecuteReader();
            return r.Read() ? StoreRows.ReadDoc(articleId, r.GetString(0), r.GetString(1), r.GetString(2), Damaged) : null;
        });
        return doc is not null;
    }

    public void Save(Doc doc, string pipelineVersion)
    {
        ArgumentNullException.ThrowIfNull(doc);
        SaveAll([doc], pipelineVersion);
    }

    public void SaveAll(IEnumerable<Doc> docs, string pipelineVersion)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentException.ThrowIfNullOrEmpty(pipelineVersion);
        var rows = StoreRows.Encode(docs);
        Run("write", c =>
        {
            using var tx = c.BeginTransaction(deferred: false);
            using var article = c.CreateCommand();
            article.CommandText = UpsertArticle;
            using var layers = c.CreateCommand();
            layers.CommandText = UpsertLayers;
            foreach (var (d, meta, data) in rows)
            {
                var a = d.Article;
                article.Parameters.Clear();
                article.Parameters.AddWithValue("$id", a.Id);
                article.Parameters.AddWithValue("$source", a.Source);
                article.Parameters.AddWithValue("$title", (object?)a.Title ?? DBNull.Value);
                article.Parameters.AddWithValue("$outlet", (object?)a.Outlet ?? DBNull.Value);
                article.Parameters.AddWithValue("$published", a.Published is { } p ? p.ToUnixTimeMilliseconds() : DBNull.Value);
                article.Parameters.AddWithValue("$url", (object?)a.Url ?? DBNull.Value);
                article.Parameters.AddWithValue("$basedOn", (object?)a.BasedOn ?? DBNull.Value);
                article.Parameters.AddWithValue("$meta", meta);
                article.Parameters.AddWithValue("$text", a.Text);
                article.ExecuteNonQuery();

                layers.Parameters.Clear();
                layers.Parameters.AddWithValue("$id", a.Id);
                layers.Parameters.AddWithValue("$pipeline", pipelineVersion);
                layers.Parameters.AddWithValue("$data", data);
                layers.ExecuteNonQuery();
            }
            BeforeCommit?.Invoke();
            tx.Commit();
            return 0;
        });
    }

    public bool TryGetArticle(string articleId, [NotNullWhen(true)] out Article? article)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        article = Run("read", c =>
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT meta, text FROM articles WHERE id = $id";
            cmd.Parameters.AddWithValue("$id", articleId);
            using var r = cmd.ExecuteReader();
            return r.Read() ? ReadArticle(articleId, r.GetString(0), r.GetString(1)) : null;
        });
        return article is not null;
    }

    public IReadOnlyList<Article> Articles() => Run("read", c =>
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id, meta, text FROM articles ORDER BY id";
        using var r = cmd.ExecuteReader();
        var list = new List<Article>();
        while (r.Read())
        {
            list.Add(ReadArticle(r.GetString(0), r.GetString(1), r.GetString(2)));
        }
        return list;
    });

    public IReadOnlyList<string> Search(string words, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        // Every word as a quoted FTS5 string: the user's text never reaches FTS5's query syntax.
        var terms = StoreRows.SearchWords(words).Select(w => "\"" + w + "\"").ToList();
        if (terms.Count == 0)
        {
            return [];
        }
        return Run("search", c =>
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = """
                SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
                WHERE articles_fts MATCH $q ORDER BY rank, a.id LIMIT $n
                """;
            cmd.Parameters.AddWithValue("$q", string.Join(' ', terms));
            cmd.Parameters.AddWithValue("$n", limit);
            using var r = cmd.ExecuteReader();
            var ids = new List<string>();
            while (r.Read())
            {
                ids.Add(r.GetString(0));
            }
            return ids;
        });
    }

    public int PruneLayers(string keepVersion)
    {
        ArgumentNullException.ThrowIfNull(keepVersion);
        return Run("write", c =>
        {
            using var tx = c.BeginTransaction(deferred: false);
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DELETE FROM layers WHERE pipeline <> $v";
            cmd.Parameters.AddWithValue("$v", keepVersion);
            int n = cmd.ExecuteNonQuery();
            tx.Commit();
            return n;
        });
    }

    public void Dispose()
    {
        using var c = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(c);
    }

    private Article ReadArticle(string id, string meta, string text) => StoreRows.ReadArticle(id, meta, text, Damaged);

    private DocStoreException Damaged(string what, Exception? inner)
    {
        string message = $"{what} in '{Location}' cannot be read{(inner is null ? "" : " (" + inner.Message + ")")}; " +
                         "the store only caches analyses, so delete the file and run again";
        return inner is null ? new DocStoreException(message) : new DocStoreException(message, inner);
    }

    private SqliteConnection Connect()
    {
        var c = new SqliteConnection(_connectionString);
        try
        {
            c.Open();
            Execute(c, "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;");
            return c;
        }
        catch
        {
            c.Dispose();
            throw;
        }
    }

    private T Run<T>(string action, Func<SqliteConnection, T> work)
    {
        try
        {
            using var c = Connect();
            return work(c);
        }
        catch (SqliteException ex)
        {
            throw Explain(ex, action);
        }
    }

    /// <summary>Turns a SQLite error into a message that names the file and says what to do.</summary>
    private DocStoreException Explain(SqliteException ex, string action)
    {
        string advice = ex.SqliteErrorCode switch
        {
            8 => $"'{Location}' is read-only; make it writable or choose another path with --db",
            14 => $"cannot open or create '{Location}'; check that its folder exists and is writable, or choose another path with --db",
            26 => $"'{Location}' is not a SQLite database; move it away or choose another path with --db",
            11 => $"'{Location}' is damaged; the store only caches analyses, so delete the file and run again",
            13 => $"the disk holding '{Location}' is full; free some space or choose another path with --db",
            5 or 6 => $"'{Location}' is locked by another process for too long; wait for it to finish and run again",
            _ => $"choose another path with --db if '{Location}' cannot be repaired",
        };
        return new DocStoreException(
            string.Create(CultureInfo.InvariantCulture, $"could not {action} the Parallax store '{Location}': {ex.Message.TrimEnd('.')}. {advice}"), ex);
    }

    private static void Execute(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static T Scalar<T>(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }
}
