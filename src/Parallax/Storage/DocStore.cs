namespace Parallax.Storage;

/// <summary>Opens document stores.</summary>
public static class DocStore
{
    /// <summary>The database file used when the user gives none (relative to the working directory).</summary>
    public const string DefaultPath = "parallax.db";

    /// <summary>
    /// Opens (creating when absent) the SQLite store at <paramref name="path"/>.
    /// Throws <see cref="DocStoreException"/> with a message naming the file and what to do when it cannot.
    /// </summary>
    public static IDocStore Open(string path) => SqliteDocStore.Open(path);
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
