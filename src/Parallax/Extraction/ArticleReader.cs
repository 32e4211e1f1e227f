using System.IO.Compression;

namespace Parallax.Extraction;

/// <summary>The kinds of input Parallax reads.</summary>
public enum InputKind
{
    Html,
    Text,
    Json,
    JsonLines,
}

/// <summary>
/// Reads files and folders of news reports into articles: <c>.html</c>, <c>.htm</c>, <c>.html.gz</c>, <c>.txt</c>,
/// <c>.json</c>, <c>.jsonl</c>. Folders are walked (files of other types in them are ignored); a file named explicitly
/// with an unsupported type is rejected with a reason. One unreadable file never stops the others.
/// </summary>
public static class ArticleReader
{
    /// <summary>The largest file read (after decompression): a news page is far smaller; larger inputs are rejected, not read.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    public static IReadOnlyList<string> SupportedExtensions { get; } = [".html", ".htm", ".html.gz", ".htm.gz", ".txt", ".json", ".jsonl"];

    private static string SupportedList => string.Join(", ", SupportedExtensions);

    /// <summary>The kind of a file by its name, or null when Parallax does not read it.</summary>
    public static InputKind? KindOf(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal))
        {
            name = name[..^3];
        }
        return Path.GetExtension(name) switch
        {
            ".html" or ".htm" or ".xhtml" => InputKind.Html,
            ".txt" => InputKind.Text,
            ".json" => InputKind.Json,
            ".jsonl" or ".ndjson" => InputKind.JsonLines,
            _ => null,
        };
    }

    /// <summary>Every article in the given files and folders, in order (folders sorted by path), with a result for each input.</summary>
    public static IEnumerable<Extracted> Read(IEnumerable<string> paths, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            ct.ThrowIfCancellationRequested();
            if (Directory.Exists(path))
            {
                foreach (var result in ReadFolder(path, ct))
                {
                    yield return result;
                }
            }
            else if (File.Exists(path))
            {
                if (KindOf(path) is null)
                {
                    yield return new Extracted.Rejected(path, Reason.UnsupportedType,
                        $"{path}: Parallax does not read '{Path.GetExtension(path)}' files (it reads {SupportedList}); save the report as HTML or text");
                    continue;
                }
                foreach (var result in ReadFile(path, ct))
                {
                    yield return result;
                }
            }
            else
            {
                yield return new Extracted.Rejected(path, Reason.Unreadable, $"{path}: no such file or folder");
            }
        }
    }

    private static IEnumerable<Extracted> ReadFolder(string folder, CancellationToken ct)
    {
        List<string> files;
        string? error = null;
        try
        {
            files = [.. Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Where(f => KindOf(f) is not null && !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal)];
        }
        catch (IOException e)
        {
            files = [];
            error = e.Message;
        }
        catch (UnauthorizedAccessException e)
        {
            files = [];
            error = e.Message;
        }
        if (error is not null)
        {
            yield return new Extracted.Rejected(folder, Reason.Unreadable, $"{folder}: cannot list the folder: {error}");
            yield break;
        }
        if (files.Count == 0)
        {
            yield return new Extracted.Rejected(folder, Reason.Empty, $"no articles found under '{folder}' (looked for {SupportedList})");
            yield break;
        }
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var result in ReadFile(file, ct))
            {
                yield return result;
            }
        }
    }

    /// <summary>Reads one file by its type; never throws for a bad file (cancellation aside).</summary>
    public static IEnumerable<Extracted> ReadFile(string path, CancellationToken ct)
    {
        var kind = KindOf(path) ?? InputKind.Text;
        byte[] bytes;
        string? problem;
        (bytes, problem) = Load(path);
        if (problem is not null)
        {
            return [new Extracted.Rejected(path, problem.StartsWith("too large", StringComparison.Ordinal) ? Reason.TooLarge : Reason.Unreadable, $"{path}: {problem}")];
        }
        return ReadBytes(bytes, path, kind, url: null, contentType: null, ct);
    }

    /// <summary>Reads bytes of a known kind (what <see cref="ReadFile"/> and the fetcher share).</summary>
    public static IEnumerable<Extracted> ReadBytes(byte[] bytes, string source, InputKind kind, string? url, string? contentType, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return [new Extracted.Rejected(source, Reason.Empty, $"{source}: the file is empty")];
        }
        if (bytes.Length > MaxBytes)
        {
            return [new Extracted.Rejected(source, Reason.TooLarge, $"{source}: {bytes.Length / 1048576.0:F1} MB is larger than the {MaxBytes / 1048576} MB Parallax reads per page")];
        }
        if (TextDecoding.LooksBinary(bytes))
        {
            return [new Extracted.Rejected(source, Reason.Binary, $"{source}: this is binary data, not text or HTML (is it a PDF, image or archive?)")];
        }
        var text = TextDecoding.Decode(bytes, contentType, sniffHtml: kind == InputKind.Html);
        try
        {
            return kind switch
            {
                InputKind.Html => [HtmlExtractor.Extract(text, source, url, ct)],
                InputKind.Text => [TextPageExtractor.Extract(text, source)],
                InputKind.Json => JsonArticles.ReadJson(text, source),
                InputKind.JsonLines => [.. JsonArticles.ReadJsonLines(new StringReader(text), source, ct)],
                _ => [new Extracted.Rejected(source, Reason.UnsupportedType, $"{source}: unsupported input")],
            };
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or IndexOutOfRangeException
            or InsufficientExecutionStackException or NotSupportedException or AngleSharp.Dom.DomException)
        {
            return [new Extracted.Rejected(source, Reason.Malformed, $"{source}: cannot be read as {kind.ToString().ToUpperInvariant()}: {e.Message}")];
        }
    }

    /// <summary>Reads a string of the given kind: for tests and callers that already hold the text.</summary>
    public static IEnumerable<Extracted> ReadString(string content, string source, InputKind kind, string? url = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        return kind switch
        {
            InputKind.Html => [HtmlExtractor.Extract(content, source, url, ct)],
            InputKind.Text => [TextPageExtractor.Extract(content, source)],
            InputKind.Json => JsonArticles.ReadJson(content, source),
            _ => [.. JsonArticles.ReadJsonLines(new StringReader(content), source, ct)],
        };
    }

    /// <summary>Reads a stream of the given kind (decompressing gzip when it starts with the gzip magic bytes).</summary>
    public static IEnumerable<Extracted> ReadStream(Stream stream, string source, InputKind kind, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (bytes, problem) = ReadCapped(stream);
        if (problem is not null)
        {
            return [new Extracted.Rejected(source, problem.StartsWith("too large", StringComparison.Ordinal) ? Reason.TooLarge : Reason.Malformed, $"{source}: {problem}")];
        }
        return ReadBytes(bytes, source, kind, null, null, ct);
    }

    private static (byte[] Bytes, string? Problem) Load(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            if (file.Length > MaxBytes)
            {
                return ([], $"too large: {file.Length / 1048576.0:F1} MB (Parallax reads pages up to {MaxBytes / 1048576} MB)");
            }
            return ReadCapped(file);
        }
        catch (IOException e)
        {
            return ([], $"cannot read the file: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return ([], $"no permission to read the file: {e.Message}");
        }
    }

    /// <summary>Reads at most <see cref="MaxBytes"/> (after gunzip); a truncated gzip stream gives what it had.</summary>
    private static (byte[] Bytes, string? Problem) ReadCapped(Stream stream)
    {
        var head = new byte[2];
        int got = stream.ReadAtLeast(head, 2, throwOnEndOfStream: false);
        var prefix = new MemoryStream(head, 0, got);
        Stream source = new ConcatStream(prefix, stream);
        bool gzip = got == 2 && head[0] == 0x1F && head[1] == 0x8B;
        if (gzip)
        {
            source = new GZipStream(source, CompressionMode.Decompress);
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int n;
            while ((n = source.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, n);
                if (buffer.Length > MaxBytes)
                {
                    return ([], $"too large: more than {MaxBytes / 1048576} MB{(gzip ? " after decompression" : "")} (Parallax reads pages up to {MaxBytes / 1048576} MB)");
                }
            }
        }
        catch (InvalidDataException e)
        {
            if (buffer.Length == 0)
            {
                return ([], $"the gzip data is corrupt: {e.Message}");
            }
        }
        catch (EndOfStreamException)
        {
            // A truncated gzip file: keep what was decompressed.
        }
        return (buffer.ToArray(), null);
    }

    private sealed class ConcatStream(Stream first, Stream second) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = first.Read(buffer, offset, count);
            return n > 0 ? n : second.Read(buffer, offset, count);
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
