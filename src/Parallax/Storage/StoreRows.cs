using System.Text;
using System.Text.Json;
using Parallax.Model;

namespace Parallax.Storage;

/// <summary>What every store does the same way: article metadata as JSON, id checks, search words.</summary>
internal static class StoreRows
{
    /// <summary>The article's metadata as JSON, without its text (stored once, in its own column).</summary>
    public static string ArticleJson(Article article) =>
        JsonSerializer.Serialize(article with { Text = "" }, StoreJsonContext.Default.Article);

    public static Article ReadArticle(string id, string meta, string text)
    {
        var stored = JsonSerializer.Deserialize(meta, StoreJsonContext.Default.Article);
        if (stored is null || stored.Id != id)
        {
            throw new InvalidDataException($"the metadata is stored under id {id} but names {stored?.Id ?? "no id"}");
        }
        return stored with { Text = text };
    }

    /// <summary>An article from its stored metadata and text; what cannot be read is reported through <paramref name="damaged"/>.</summary>
    public static Article ReadArticle(string id, string meta, string text, Func<string, Exception, DocStoreException> damaged)
    {
        try
        {
            return ReadArticle(id, meta, text);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            throw damaged($"the stored metadata of article {id}", ex);
        }
    }

    /// <summary>A document from its stored article row and layers; what cannot be read is reported through <paramref name="damaged"/>.</summary>
    public static Doc ReadDoc(string id, string meta, string text, string layers, Func<string, Exception, DocStoreException> damaged)
    {
        var article = ReadArticle(id, meta, text, damaged);
        try
        {
            return LayerCodec.Decode(article, Encoding.UTF8.GetBytes(layers));
        }
        catch (Exception ex) when (ex is InvalidDataException or JsonException or InvalidOperationException or FormatException)
        {
            throw damaged($"the stored layers of article {id}", ex);
        }
    }

    /// <summary>
    /// Each document's metadata and layers as stored, encoded before any transaction opens (a document that cannot be
    /// encoded writes nothing) and after its id is checked.
    /// </summary>
    public static List<(Doc Doc, string Meta, string Layers)> Encode(IEnumerable<Doc> docs)
    {
        var rows = docs.Select(d => (Doc: d, Meta: ArticleJson(d.Article), Layers: Encoding.UTF8.GetString(LayerCodec.Encode(d)))).ToList();
        CheckIds(rows.Select(r => r.Doc));
        return rows;
    }

    /// <summary>Articles are keyed by <see cref="Article.ComputeId"/> of their text; refuse any other id before writing.</summary>
    public static void CheckIds(IEnumerable<Doc> docs)
    {
        foreach (var d in docs)
        {
            string expected = Article.ComputeId(d.Article.Text);
            if (d.Article.Id != expected)
            {
                throw new ArgumentException(
                    $"article '{d.Article.DisplayName}' has id {d.Article.Id} but its text hashes to {expected}; " +
                    "the store keys articles by Article.ComputeId(text)", nameof(docs));
            }
        }
    }

    /// <summary>The letters and digits of each word: the user's text never reaches a full-text query language.</summary>
    public static List<string> SearchWords(string words) =>
        [.. words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsLetterOrDigit)]))
            .Where(w => w.Length > 0)];
}
