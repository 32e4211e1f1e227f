namespace Parallax.Storage;

/// <summary>Opens document stores.</summary>
public static class DocStore
{
    /// <summary>The database file used when the user gives none (relative to the working directory).</summary>
    public const string DefaultPath = "parallax.db";

    /// <summary>
    /// Opens (creating when absent) the store named by <paramref name="path"/>: a SQLite file, or a PostgreSQL
    /// database when it is a connection string (<c>Host=...;Database=...</c> or <c>postgresql://user@host:port/db</c>).
    /// Throws <see cref="DocStoreException"/> with a message naming the file or server and what to do when it cannot.
    /// </summary>
    public static IDocStore Open(string path) =>
        PostgresDocStore.IsConnectionString(path) ? PostgresDocStore.Open(path) : SqliteDocStore.Open(path);
}

/// <summary>A store could not be opened, read or written; the message says which file and what to do.</summary>
public sealed class DocStoreException : Exception
{
    public DocStoreException(string message)
        : base(message)
    {
    }

    public DocStoreException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public DocStoreException()
    {
    }
}
