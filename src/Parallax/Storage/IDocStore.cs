using System.Diagnostics.CodeAnalysis;
using Parallax.Model;

namespace Parallax.Storage;

/// <summary>
/// Where analysed articles live between runs: each <see cref="Article"/> once (keyed by its content hash) and its
/// analysed layers once per pipeline version, so the same input analysed twice stores nothing twice and a changed
/// pipeline re-analyses. Implementations are safe to use from several threads.
/// </summary>
public interface IDocStore : IDisposable
{
    /// <summary>Where the store is, for messages: a file path or a server description (never a password).</summary>
    string Location { get; }

    /// <summary>How many distinct articles are stored.</summary>
    int ArticleCount { get; }

    /// <summary>
    /// The article with its layers as saved by <paramref name="pipelineVersion"/>; false when the article is unknown
    /// or was analysed by another pipeline version (the caller re-analyses and saves).
    /// </summary>
    bool TryLoad(string articleId, string pipelineVersion, [NotNullWhen(true)] out Doc? doc);

    /// <summary>
    /// Stores the article (updating its metadata if it is already there) and its layers for
    /// <paramref name="pipelineVersion"/>, replacing layers saved before by the same version. All or nothing.
    /// </summary>
    void Save(Doc doc, string pipelineVersion);

    /// <summary>Stores several documents in one transaction (all or nothing).</summary>
    void SaveAll(IEnumerable<Doc> docs, string pipelineVersion);

    /// <summary>The stored article with this id, without layers.</summary>
    bool TryGetArticle(string articleId, [NotNullWhen(true)] out Article? article);

    /// <summary>Every stored article, ordered by id.</summary>
    IReadOnlyList<Article> Articles();

    /// <summary>
    /// Ids of the articles whose title or text contain every word of <paramref name="words"/> (full-text search,
    /// best match first).
    /// </summary>
    IReadOnlyList<string> Search(string words, int limit = 20);

    /// <summary>Deletes layers saved by any pipeline version other than <paramref name="keepVersion"/>; returns how many.</summary>
    int PruneLayers(string keepVersion);
}
