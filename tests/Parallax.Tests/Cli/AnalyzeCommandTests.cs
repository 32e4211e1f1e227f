using Parallax.Cli.Commands;
using Parallax.Storage;

namespace Parallax.Tests.Cli;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(string[] paths, string format = "json", string? db = null, FileInfo? output = null, bool quiet = false)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = AnalyzeCommand.RunAsync(new AnalyzeCommand.Options(paths, format, output, Quiet: quiet, db), stdout, stderr, CancellationToken.None)
            .GetAwaiter().GetResult();
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string Sample(string name) => Path.Combine(Repo.Root, "samples", name);

    [Fact]
    public void An_output_that_cannot_be_written_is_refused_before_the_analysis_and_nothing_is_left_behind()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "reports"));
        var (code, output, err) = Run([Sample("report-01.txt")], "html", output: new FileInfo(folder.FullName));
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal($"parallax: cannot write '{folder.FullName}': it is a folder; choose a writable file with --output", err.Trim());
        Assert.Equal([folder.FullName], Directory.GetFileSystemEntries(_dir));
        Assert.Empty(Directory.GetFileSystemEntries(folder.FullName));
    }

    [Fact]
    public void Nothing_readable_is_a_clear_error_and_exit_code_1()
    {
        File.WriteAllBytes(Path.Combine(_dir, "photo.jpg"), [0xFF, 0xD8, 0xFF]);
        var (code, output, err) = Run([_dir]);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains($"no articles found under '{_dir}' (looked for .html, .htm, .html.gz, .htm.gz, .txt, .json, .jsonl)", err, StringComparison.Ordinal);
        Assert.Contains("none of the 1 inputs could be read as a report", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_says_how_to_see_why_nothing_was_readable()
    {
        File.WriteAllText(Path.Combine(_dir, "empty.txt"), "");
        var (code, _, err) = Run([_dir], quiet: true);
        Assert.Equal(1, code);
        Assert.Equal("parallax: none of the 1 inputs could be read as a report (run without --quiet to see why)", err.Trim());
    }

    [Fact]
    public void An_unreadable_file_among_good_ones_is_reported_and_skipped()
    {
        File.Copy(Sample("report-01.txt"), Path.Combine(_dir, "good.txt"));
        File.WriteAllText(Path.Combine(_dir, "empty.txt"), "");
        var (code, output, err) = Run([_dir]);
        Assert.Equal(0, code);
        var empty = Path.Combine(_dir, "empty.txt");
        Assert.Contains($"parallax: skipped {empty}: the file is empty", err, StringComparison.Ordinal);
        Assert.DoesNotContain($"{empty}: {empty}", err, StringComparison.Ordinal);
        Assert.Contains("\"outlet\": \"Meridian\"", output, StringComparison.Ordinal);
        Assert.Contains("\"rejected\": [", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_input_twice_stores_nothing_twice_and_gives_the_same_dossier()
    {
        var db = Path.Combine(_dir, "p.db");
        var first = Run([Path.Combine(Repo.Root, "samples")], db: db);
        var second = Run([Path.Combine(Repo.Root, "samples")], db: db);
        Assert.Equal(0, first.Code);
        Assert.Equal(first.Out, second.Out);
        using var store = DocStore.Open(db);
        Assert.Equal(8, store.ArticleCount);
    }

    [Fact]
    public void Progress_counts_the_reports_then_each_story_in_order()
    {
        var (code, _, err) = Run([Path.Combine(Repo.Root, "samples")]);
        Assert.Equal(0, code);
        Assert.Equal(
            ["parallax: analysed 8/8 reports", "parallax: analysed story 1/2 (7 reports)", "parallax: analysed story 2/2 (1 report)", "parallax: 8 reports, 2 stories"],
            err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void Html_output_escapes_article_text_and_is_written_whole_to_a_file()
    {
        File.WriteAllText(Path.Combine(_dir, "hostile.json"),
            """{"title": "Talks <b>end</b>", "outlet": "Evil <script>alert(1)</script> Times", "text": "Negotiators met in Portvale on Friday and agreed to meet again. <script>alert(2)</script> The union said the talks were useful and would continue next week after consultations."}""");
        var target = new FileInfo(Path.Combine(_dir, "out.html"));
        var (code, output, _) = Run([_dir], "html", output: target);
        Assert.Equal(0, code);
        Assert.Equal("", output);
        var html = File.ReadAllText(target.FullName);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(2)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir, "out.html.tmp-*"));
    }

    [Fact]
    public void Private_addresses_are_refused_unless_allowed()
    {
        var (code, _, err) = Run(["http://127.0.0.1:9/news.html"]);
        Assert.Equal(1, code);
        Assert.Contains("127.0.0.1", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_and_terminal_outputs_name_outlets_not_files()
    {
        var (code, md, _) = Run([Path.Combine(Repo.Root, "samples")], "markdown");
        Assert.Equal(0, code);
        Assert.Contains("## Dock talks", md, StringComparison.Ordinal);
        Assert.Contains("Calder Broadcasting", md, StringComparison.Ordinal);
        var (code2, text, _) = Run([Path.Combine(Repo.Root, "samples")], "terminal");
        Assert.Equal(0, code2);
        Assert.Contains("Conflicts", text, StringComparison.Ordinal);
        Assert.Contains("Tobias Renn", text, StringComparison.Ordinal);
        Assert.DoesNotContain("report-04.txt", text, StringComparison.Ordinal);
    }
}
