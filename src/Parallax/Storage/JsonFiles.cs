using System.Text.Json;

namespace Parallax.Storage;

/// <summary>
/// JSON files a user hands Parallax (gold, expectations, another tool's predictions): a file that is not JSON, or not the
/// shape asked for, is a <see cref="FormatException"/> naming the file and the place, never a parser's stack trace.
/// </summary>
public static class JsonFiles
{
    /// <summary>Parses the file; the root must be of <paramref name="root"/> kind, described by <paramref name="shape"/> in the error.</summary>
    /// <exception cref="FormatException">Not JSON, or a root of another kind.</exception>
    public static JsonDocument Parse(string path, JsonValueKind root, string shape)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ParseText(File.ReadAllText(path), path, root, shape);
    }

    /// <summary>The same for JSON text; <paramref name="source"/> names it in the error.</summary>
    /// <exception cref="FormatException">Not JSON, or a root of another kind.</exception>
    public static JsonDocument ParseText(string json, string source, JsonValueKind root, string shape)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException(NotJson(source, e), e);
        }
        if (doc.RootElement.ValueKind != root)
        {
            doc.Dispose();
            throw new FormatException($"{source}: expected {shape}");
        }
        return doc;
    }

    /// <summary>"SOURCE: not valid JSON (line L, byte B): the parser's first sentence".</summary>
    public static string NotJson(string source, JsonException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return $"{source}: not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {FirstSentence(e.Message)}";
    }

    /// <summary>The parser's message up to its first full stop (the rest repeats the position).</summary>
    internal static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..(dot + 1)] : message;
    }
}
