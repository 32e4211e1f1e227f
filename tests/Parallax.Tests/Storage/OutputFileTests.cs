using Parallax.Storage;

namespace Parallax.Tests.Storage;

public sealed class OutputFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-out-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string[] Files() => [.. Directory.GetFileSystemEntries(_dir, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(_dir, p)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Writes_the_new_content_over_the_old_and_leaves_nothing_else()
    {
        var path = Path.Combine(_dir, "model.bin");
        File.WriteAllText(path, "old");
        OutputFile.WriteText(path, w => w.Write("new model"));
        Assert.Equal("new model", File.ReadAllText(path));
        Assert.Equal(["model.bin"], Files());
    }

    [Fact]
    public void A_writer_that_fails_halfway_leaves_the_old_file_whole_and_no_temporary_file()
    {
        var path = Path.Combine(_dir, "clusters.tsv");
        File.WriteAllText(path, "old clusters");
        var ex = Assert.Throws<InvalidOperationException>(() => OutputFile.WriteText(path, w =>
        {
            w.Write("half of the new");
            w.Flush();
            throw new InvalidOperationException("interrupted");
        }));
        Assert.Equal("interrupted", ex.Message);
        Assert.Equal("old clusters", File.ReadAllText(path));
        Assert.Equal(["clusters.tsv"], Files());
    }

    [Fact]
    public void Makes_the_missing_folders_of_a_new_file_when_writing_it_not_when_checking()
    {
        var path = Path.Combine(_dir, "models", "new", "pos.model");
        OutputFile.Check(path, "--out");
        Assert.Empty(Files());
        OutputFile.Write(path, s => s.Write([1, 2, 3]));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal(["models", Path.Combine("models", "new"), Path.Combine("models", "new", "pos.model")], Files());
    }

    [Fact]
    public void A_folder_in_place_of_the_file_is_refused_before_any_work_naming_the_option()
    {
        var ex = Assert.Throws<IOException>(() => OutputFile.Check(_dir, "--out"));
        Assert.Equal($"cannot write '{_dir}': it is a folder; choose a writable file with --out", ex.Message);
        var write = Assert.Throws<IOException>(() => OutputFile.WriteText(_dir, w => w.Write("x")));
        Assert.Equal($"cannot write '{_dir}': it is a folder", write.Message);
        Assert.Empty(Files());
    }

    [Fact]
    public void A_place_that_cannot_hold_the_file_is_refused_naming_the_file_not_the_temporary_one()
    {
        // A file where a folder should be: the folder cannot be made.
        var plain = Path.Combine(_dir, "plain");
        File.WriteAllText(plain, "");
        var path = Path.Combine(plain, "reports", "report.html");
        var ex = Assert.Throws<IOException>(() => OutputFile.Check(path, "--output"));
        Assert.Equal($"cannot write '{path}': '{plain}' is a file, not a folder; choose a writable file with --output", ex.Message);
        var write = Assert.Throws<IOException>(() => OutputFile.WriteText(path, w => w.Write("x")));
        Assert.StartsWith($"cannot write '{path}': ", write.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(".partial-", write.Message, StringComparison.Ordinal);
        Assert.Equal(["plain"], Files());
    }
}
