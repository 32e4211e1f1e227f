using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;
using Parallax.Model;

namespace Parallax.Storage;

/// <summary>
/// The same store on PostgreSQL, for a team or a server: tables in their own schema (default <c>parallax</c>),
/// layers and article metadata as jsonb, a generated tsvector with a GIN index for <see cref="Search"/>.
/// Every write is one transaction; the pool of the <see cref="NpgsqlDataSource"/> makes an instance thread-safe.
/// </summary>
public sealed partial class PostgresDocStore : IDocStore
{
    private const int SchemaVersion = 1;

    private readonly NpgsqlDataSource _source;
    private readonly string _schema;

    private PostgresDocStore(NpgsqlDataSource source, string schema, string location)
    {
        _source = source;
        _schema = schema;
        Location = location;
    }

    public string Location { get; }

    /// <summary>Whether <paramref name="text"/> names a PostgreSQL database rather than a file.</summary>
    public static bool IsConnectionString(string text) =>
        text is not null &&
        (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
         text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) ||
         HostKey().IsMatch(text));

    /// <summary>
    /// Connects to the database named by <paramref name="connection"/> (an Npgsql connection string such as
    /// <c>Host=127.0.0.1;Port=5432;Username=postgres;Database=news</c>, or a <c>postgresql://user@host:port/db</c>
    /// URI) and creates the store's tables in <paramref name="schema"/> when absent.
    /// </summary>
    public static PostgresDocStore Open(string connection, string schema = "parallax")
    {
        ArgumentException.ThrowIfNullOrEmpty(connection);
        if (!Identifier().IsMatch(schema))
        {
            throw new ArgumentException($"'{schema}' is not a plain PostgreSQL schema name (lower-case letters, digits, _)", nameof(schema));
        }
        var builder = ParseConnection(connection);
        string location = Describe(builder, schema);
        var source = NpgsqlDataSource.Create(builder);
        var store = new PostgresDocStore(source, schema, location);
        try
        {
            store.Initialise();
        }
        catch (NpgsqlException ex)
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

    private static NpgsqlConnectionStringBuilder ParseConnection(string connection)
    {
        try
        {
            if (!connection.Contains("://", StringComparison.Ordinal))
            {
                return new NpgsqlConnectionStringBuilder(connection);
            }
            var uri = new Uri(connection);
            var b = new NpgsqlConnectionStringBuilder { Host = uri.Host };
            if (uri.Port > 0)
            {
                b.Port = uri.Port;
            }
            if (uri.UserInfo.Length > 0)
            {
                var parts = uri.UserInfo.Split(':', 2);
                b.Username = Uri.UnescapeDataString(parts[0]);
                if (parts.Length == 2)
                {
                    b.Password = Uri.UnescapeDataString(parts[1]);
                }
            }
            string database = uri.AbsolutePath.Trim('/');
            if (database.Length > 0)
            {
                b.Database = Uri.UnescapeDataString(database);
            }
            foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var kv = pair.Split('=', 2);
                b[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            }
            return b;
        }
        catch (Exception ex) when (ex is ArgumentException or UriFormatException or KeyNotFoundException)
        {
            throw new DocStoreException(
                $"cannot read the PostgreSQL connection '{Redact(connection)}' ({ex.Message}); " +
                "write it as Host=HOST;Port=PORT;Username=USER;Database=DB or postgresql://USER@HOST:PORT/DB", ex);
        }
    }

    private static string Redact(string connection) => PasswordPattern().Replace(connection, "$1***");

    private static string Describe(NpgsqlConnectionStringBuilder b, string schema) =>
        $"postgresql://{(b.Username is { Length: > 0 } u ? u + "@" : "")}{b.Host}:{b.Port}/{b.Database ?? b.Username ?? ""} (schema {schema})";

    private string Sql(string text) => text.Replace("{s}", _schema, StringComparison.Ordinal);

    private void Initialise()
    {
        using var c = _source.OpenConnection();
        using var tx = c.BeginTransaction();
        // One creator at a time across processes: the lock is released with the transaction.
        Execute(c, "SELECT pg_advisory_xact_lock(1347570776)");
        bool hasInfo = Scalar<bool>(c, Sql("SELECT to_regclass('{s}.store_info') IS NOT NULL"));
        if (hasInfo)
        {
            int version = Scalar<int>(c, Sql("SELECT schema_version FROM {s}.store_info"));
            if (version != SchemaVersion)
            {
                string what = version > SchemaVersion ? "a newer" : "an older";
                throw new DocStoreException(
                    $"the store {Location} was written by {what} Parallax (store schema version {version}; this build reads version {SchemaVersion}); " +
                    $"it only caches analyses, so drop the schema (DROP SCHEMA {_schema} CASCADE) and run again, or use another database");
            }
        }
        else
        {
            var tables = new List<string>();
            using (var cmd = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1 LIMIT 5", c))
            {
                cmd.Parameters.Add(new NpgsqlParameter { Value = _schema });
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    tables.Add(r.GetString(0));
                }
            }
            if (tables.Count > 0)
            {
                throw new DocStoreException(
                    $"the schema '{_schema}' of {Location} holds tables of another application ({string.Join(", ", tables)}), not a Parallax store; " +
                    "use another database or schema rather than overwrite it");
            }
            Execute(c, Sql($"""
                CREATE SCHEMA IF NOT EXISTS {"{s}"};
                CREATE TABLE {"{s}"}.store_info(schema_version integer NOT NULL);
                INSERT INTO {"{s}"}.store_info VALUES ({SchemaVersion});
                CREATE TABLE {"{s}"}.articles(
                  id text PRIMARY KEY,
                  source text NOT NULL,
                  title text,
                  outlet text,
                  published timestamptz,
                  url text,
                  based_on text,
                  meta jsonb NOT NULL,
                  text text NOT NULL,
                  search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
                );
                CREATE INDEX articles_search ON {"{s}"}.articles USING gin(search);
                CREATE TABLE {"{s}"}.layers(
                  article_id text NOT NULL REFERENCES {"{s}"}.articles(id) ON DELETE CASCADE,
                  pipeline text NOT NULL,
                  data jsonb NOT NULL,
                  PRIMARY KEY(article_id, pipeline)
                );
                CREATE INDEX layers_by_pipeline ON {"{s}"}.layers(pipeline);
                """));
        }
        tx.Commit();
    }

    public int ArticleCount => Run("count articles", c => (int)Scalar<long>(c, Sql("SELECT count(*) FROM {s}.articles")));

    /// <summary>How many layer rows are stored (all pipeline versions).</summary>
    internal int LayerCount => Run("count layers", c => (int)Scalar<long>(c, Sql("SELECT count(*) FROM {s}.layers")));

    public bool TryLoad(string articleId, string pipelineVersion, [NotNullWhen(true)] out Doc? doc)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(pipelineVersion);
        doc = Run("read", c =>
        {
            using var cmd = new NpgsqlCommand(Sql("""
                SELECT a.meta::text, a.text, l.data::text FROM {s}.layers l JOIN {s}.articles a ON a.id = l.article_id
                WHERE l.article_id = $1 AND l.pipeline = $2
                """), c);
            cmd.Parameters.Add(new NpgsqlParameter { Value = articleId });
            cmd.Parameters.Add(new NpgsqlParameter { Value = pipelineVersion });
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
            using var tx = c.BeginTransaction();
            using var batch = new NpgsqlBatch(c, tx);
            foreach (var (d, meta, data) in rows)
            {
                var a = d.Article;
                var article = new NpgsqlBatchCommand(Sql("""
                    INSERT INTO {s}.articles(id, source, title, outlet, published, url, based_on, meta, text)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                    ON CONFLICT (id) DO UPDATE SET
                      source = excluded.source, title = excluded.title, outlet = excluded.outlet,
                      published = excluded.published, url = excluded.url, based_on = excluded.based_on, meta = excluded.meta
                    WHERE articles.meta IS DISTINCT FROM excluded.meta
                    """));
                article.Parameters.Add(new NpgsqlParameter { Value = a.Id });
                article.Parameters.Add(new NpgsqlParameter { Value = a.Source });
                article.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)a.Title ?? DBNull.Value });
                article.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)a.Outlet ?? DBNull.Value });
                article.Parameters.Add(new NpgsqlParameter
                {
                    NpgsqlDbType = NpgsqlDbType.TimestampTz,
                    Value = a.Published is { } p ? p.ToUniversalTime() : DBNull.Value,
                });
                article.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)a.Url ?? DBNull.Value });
                article.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)a.BasedOn ?? DBNull.Value });
                article.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = meta });
                article.Parameters.Add(new NpgsqlParameter { Value = a.Text });
                batch.BatchCommands.Add(article);

                var layers = new NpgsqlBatchCommand(Sql("""
                    INSERT INTO {s}.layers(article_id, pipeline, data) VALUES ($1, $2, $3)
                    ON CONFLICT (article_id, pipeline) DO UPDATE SET data = excluded.data
                    WHERE layers.data IS DISTINCT FROM excluded.data
                    """));
                layers.Parameters.Add(new NpgsqlParameter { Value = a.Id });
                layers.Parameters.Add(new NpgsqlParameter { Value = pipelineVersion });
                layers.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = data });
                batch.BatchCommands.Add(layers);
            }
            if (batch.BatchCommands.Count > 0)
            {
                batch.ExecuteNonQuery();
            }
            BeforeCommit?.Invoke();
            tx.Commit();
            return 0;
        });
    }

    /// <summary>Test seam: runs inside every write transaction just before it commits.</summary>
    internal Action? BeforeCommit { get; set; }

    public bool TryGetArticle(string articleId, [NotNullWhen(true)] out Article? article)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        article = Run("read", c =>
        {
            using var cmd = new NpgsqlCommand(Sql("SELECT meta::text, text FROM {s}.articles WHERE id = $1"), c);
            cmd.Parameters.Add(new NpgsqlParameter { Value = articleId });
            using var r = cmd.ExecuteReader();
            return r.Read() ? ReadArticle(articleId, r.GetString(0), r.GetString(1)) : null;
        });
        return article is not null;
    }

    public IReadOnlyList<Article> Articles() => Run("read", c =>
    {
        using var cmd = new NpgsqlCommand(Sql("SELECT id, meta::text, text FROM {s}.articles ORDER BY id COLLATE \"C\""), c);
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
        var terms = StoreRows.SearchWords(words);
        if (terms.Count == 0)
        {
            return [];
        }
        return Run("search", c =>
        {
            using var cmd = new NpgsqlCommand(Sql("""
                SELECT id FROM {s}.articles, plainto_tsquery('simple', $1) q
                WHERE search @@ q ORDER BY ts_rank(search, q) DESC, id COLLATE "C" LIMIT $2
                """), c);
            cmd.Parameters.Add(new NpgsqlParameter { Value = string.Join(' ', terms) });
            cmd.Parameters.Add(new NpgsqlParameter { Value = limit });
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
            using var cmd = new NpgsqlCommand(Sql("DELETE FROM {s}.layers WHERE pipeline <> $1"), c);
            cmd.Parameters.Add(new NpgsqlParameter { Value = keepVersion });
            return cmd.ExecuteNonQuery();
        });
    }

    public void Dispose() => _source.Dispose();

    private Article ReadArticle(string id, string meta, string text) => StoreRows.ReadArticle(id, meta, text, Damaged);

    private DocStoreException Damaged(string what, Exception inner) =>
        new($"{what} in {Location} cannot be read ({inner.Message}); the store only caches analyses, " +
            $"so drop the schema (DROP SCHEMA {_schema} CASCADE) and run again", inner);

    private T Run<T>(string action, Func<NpgsqlConnection, T> work)
    {
        try
        {
            using var c = _source.OpenConnection();
            return work(c);
        }
        catch (NpgsqlException ex)
        {
            throw Explain(ex, action);
        }
    }

    /// <summary>Turns a PostgreSQL or connection error into a message that names the server and says what to do.</summary>
    private DocStoreException Explain(NpgsqlException ex, string action)
    {
        string advice = (ex as PostgresException)?.SqlState switch
        {
            "3D000" => "the database does not exist; create it (createdb) or name another one in --db",
            "28P01" or "28000" => "the server refused the user or password; check the user and password in --db",
            "42501" => $"the user may not create or write the schema '{_schema}'; grant it or use another schema or database",
            "53100" => "the server's disk is full; free some space",
            null => "check that the server is running and reachable and that --db names it correctly",
            _ => "see the server's message above",
        };
        return new DocStoreException($"could not {action} the Parallax store {Location}: {ex.Message.TrimEnd('.')}. {advice}", ex);
    }

    private static void Execute(NpgsqlConnection c, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    private static T Scalar<T>(NpgsqlConnection c, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, c);
        return (T)cmd.ExecuteScalar()!;
    }

    /// <summary>A Host= or Server= key of a key=value connection string.</summary>
    [GeneratedRegex(@"(^|;)\s*(host|server)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex HostKey();

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"((?:password|pwd)\s*=\s*|://[^:/@]*:)[^;@]*", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordPattern();
}
