using System.Text;

namespace Parallax.Storage;

/// <summary>
/// Files Parallax writes (models, word clusters, reports, predictions): checked before the work that fills them starts,
/// and written whole or not at all, so a long training run never ends on "cannot write" and a failure never leaves half a
/// file or a stray temporary one.
/// </summary>
public static class OutputFile
{
    /// <summary>
    /// Fails now, saying what to do, when <paramref name="path"/> could not be written later: it is a folder, a file stands
    /// where one of its folders should, or nothing can be written in the nearest folder that exists (folders still
    /// missing are made when the file is written, not here). <paramref name="option"/> is the option that named the path.
    /// </summary>
    /// <exception cref="IOException">The path cannot be written; the message names it and the option.</exception>
    public static void Check(string path, string option)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var full = FileOnly(path);
            var dir = Path.GetDirectoryName(full);
            while (dir is not null && !Directory.Exists(dir))
            {
                if (File.Exists(dir))
                {
                    throw new IOException($"'{dir}' is a file, not a folder");
                }
                dir = Path.GetDirectoryName(dir);
            }
            dir ??= Path.GetPathRoot(full)!;
            try
            {
                using (new FileStream(Path.Combine(dir, $".parallax-probe-{Environment.ProcessId}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
                {
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new IOException($"no file can be made in '{dir}'", e);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{Reason(path, e)}; choose a writable file with {option}", e);
        }
    }

    /// <summary>
    /// Writes <paramref name="path"/> through <paramref name="write"/> into a temporary file beside it, then moves that over
    /// it: the old file stays whole until the new one is complete, and the temporary file is removed when writing fails.
    /// </summary>
    /// <exception cref="IOException">The file cannot be written; the message names it and says why.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        string? temp = null;
        try
        {
            var full = Target(path);
            temp = TempPath(full);
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                write(file);
            }
            File.Move(temp, full, overwrite: true);
            temp = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException(Reason(path, e), e);
        }
        finally
        {
            if (temp is not null)
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary><see cref="Write(string, Action{Stream})"/> for text, in UTF-8 without a byte-order mark.</summary>
    public static void WriteText(string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            write(writer);
        });
    }

    /// <summary>The full path, its folders made.</summary>
    private static string Target(string path)
    {
        var full = FileOnly(path);
        if (Path.GetDirectoryName(full) is { } dir)
        {
            Directory.CreateDirectory(dir);
        }
        return full;
    }

    /// <summary>The full path; a folder in its place is refused (a move over it would fail only at the end).</summary>
    private static string FileOnly(string path)
    {
        var full = Path.GetFullPath(path);
        return Directory.Exists(full) ? throw new IOException("it is a folder") : full;
    }

    private static string TempPath(string full) => $"{full}.partial-{Environment.ProcessId}";

    /// <summary>The system's reason, naming the file asked for rather than the temporary one.</summary>
    private static string Reason(string path, Exception e) =>
        $"cannot write '{path}': {e.Message.Replace(TempPath(Path.GetFullPath(path)), path, StringComparison.Ordinal).TrimEnd('.')}";
}
