using System.Text.Json;
using Parallax.Storage;

namespace Parallax.Extraction;

/// <summary>
/// Articles given as JSON: an object with <c>text</c> and optional <c>title</c>, <c>url</c>, <c>published</c>, <c>outlet</c>,
/// <c>byline</c>/<c>author</c>/<c>authors</c>, <c>language</c>, <c>dateline</c>, <c>basedOn</c>; a <c>.json</c> file may hold
/// one object, an array of them, or <c>{"articles": [...]}</c>; a <c>.jsonl</c> file holds one object per line.
/// </summary>
public static class JsonArticles
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>Reads a .json document: every object in it is one article.</summary>
    public static IEnumerable<Extracted> ReadJson(string json, string source)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            return [new Extracted.Rejected(source, Reason.Malformed,
                JsonFiles.NotJson(source, e))];
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("articles", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                root = list;
            }
            if (root.ValueKind == JsonValueKind.Array)
            {
                int count = root.GetArrayLength();
                var results = new List<Extracted>(count);
                int index = 0;
                foreach (var item in root.EnumerateArray())
                {
                    results.Add(FromElement(item, count == 1 ? source : $"{source}[{index}]"));
                    index++;
                }
                return results.Count > 0 ? results : [new Extracted.Rejected(source, Reason.Empty, $"{source}: the JSON array is empty")];
            }
            return [FromElement(root, source)];
        }
    }

    /// <summary>Reads a .jsonl stream line by line; a bad line is reported as "file:line: what is wrong" and skipped.</summary>
    public static IEnumerable<Extracted> ReadJsonLines(TextReader reader, string source, CancellationToken ct)
    {
        int lineNumber = 0;
        bool any = false;
        while (reader.ReadLine() is { } line)
        {
            ct.ThrowIfCancellationRequested();
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            any = true;
            var where = $"{source}:{lineNumber}";
            Extracted result;
            try
            {
                using var doc = JsonDocument.Parse(line, Options);
                result = FromElement(doc.RootElement, where);
            }
            catch (JsonException e)
            {
                result = new Extracted.Rejected(where, Reason.Malformed,
                    $"{where}: not valid JSON at byte {e.BytePositionInLine + 1}: {JsonFiles.FirstSentence(e.Message)}");
            }
            yield return result;
        }
        if (!any)
        {
            yield return new Extracted.Rejected(source, Reason.Empty, $"{source}: the file has no JSON lines");
        }
    }

    /// <summary>One JSON object as an article.</summary>
    public static Extracted FromElement(JsonElement element, string source)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return new Extracted.Rejected(source, Reason.Malformed,
                $"{source}: expected a JSON object with a \"text\" field, found {element.ValueKind.ToString().ToLowerInvariant()}");
        }
        var text = String(element, "text") ?? String(element, "body") ?? String(element, "articleBody") ?? String(element, "content");
        if (text is null)
        {
            return new Extracted.Rejected(source, Reason.Malformed, $"{source}: the object has no \"text\" field (a string with the article text)");
        }
        var draft = new ArticleDraft
        {
            Title = String(element, "title") ?? String(element, "headline"),
            Url = String(element, "url"),
            Dateline = String(element, "dateline"),
            BasedOn = String(element, "basedOn") ?? String(element, "based_on"),
            Language = String(element, "language") ?? String(element, "lang"),
        };
        if ((String(element, "outlet") ?? String(element, "source_name") ?? String(element, "publisher")) is { } outlet)
        {
            draft.OfferOutlet(outlet);
        }
        var published = String(element, "published") ?? String(element, "date") ?? String(element, "datePublished");
        if (published is not null)
        {
            if (DateText.ParseMachine(published) is { } date)
            {
                draft.OfferDate(date);
            }
            else
            {
                return new Extracted.Rejected(source, Reason.Malformed,
                    $"{source}: \"published\" is not a date Parallax can read: \"{published}\" (use ISO 8601, e.g. 2026-02-07T05:04:16Z)");
            }
        }
        foreach (var name in (string[])["byline", "author", "authors"])
        {
            if (!element.TryGetProperty(name, out var value))
            {
                continue;
            }
            if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s)
            {
                var byline = Bylines.Parse(s) ?? Bylines.FromNames(s);
                draft.Byline ??= s;
                if (byline is not null)
                {
                    draft.OfferByline(byline with { Text = s });
                }
            }
            else if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var a in value.EnumerateArray())
                {
                    if (a.ValueKind == JsonValueKind.String && a.GetString() is { Length: > 0 } author && !draft.Authors.Contains(author))
                    {
                        draft.Authors.Add(author);
                    }
                }
                draft.Byline ??= draft.Authors.Count > 0 ? string.Join(", ", draft.Authors) : null;
            }
        }
        foreach (var paragraph in SplitParagraphs(text))
        {
            draft.Paragraphs.Add(paragraph);
        }
        if (draft.Dateline is null && draft.Paragraphs.Count > 0)
        {
            draft.Dateline = PageText.DatelineOf(draft.Paragraphs[0]);
        }
        return draft.Build(source);
    }

    /// <summary>Paragraphs of given text: blank-line separated blocks, or lines when the text has no blank lines.</summary>
    internal static IEnumerable<string> SplitParagraphs(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var separator = normalized.Contains("\n\n", StringComparison.Ordinal) ? "\n\n" : "\n";
        return normalized.Split(separator).Select(TextNormalizer.CollapseWhitespace).Where(p => p.Length > 0);
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } s
            && !string.IsNullOrWhiteSpace(s)
            ? s.Trim()
            : null;

}
