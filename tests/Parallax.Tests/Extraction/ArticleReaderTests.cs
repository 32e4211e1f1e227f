using System.IO.Compression;
using System.Text;
using Parallax.Extraction;

namespace Parallax.Tests.Extraction;

public sealed class ArticleReaderTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("parallax-reader-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private const string Story = "Ferry service resumes\n\nThe ferry between the islands resumed on Monday after a week of storms, the operator said.\n";

    private string Write(string name, string content)
    {
        var path = Path.Combine(dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Folder_is_walked_in_order_and_unknown_types_are_ignored()
    {
        Write("b.txt", Story);
        Write("a/page.html", "<html><head><title>Ferry</title></head><body><p>The ferry between the islands resumed on Monday after a week of storms, the operator said.</p></body></html>");
        Write("notes.pdf", "%PDF-1.4");
        Write("c.jsonl", "{\"text\": \"The ferry resumed on Monday after a week of storms, the operator said.\"}\n");
        var results = ArticleReader.Read([dir], CancellationToken.None).ToList();
        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.IsType<Extracted.Ok>(r));
        Assert.EndsWith(Path.Combine("a", "page.html"), results[0].Source);
        Assert.EndsWith("b.txt", results[1].Source);
        Assert.EndsWith("c.jsonl:1", results[2].Source);
    }

    [Fact]
    public void Named_unsupported_file_is_rejected_with_what_to_do()
    {
        var pdf = Write("report.pdf", "%PDF-1.4");
        var r = Assert.IsType<Extracted.Rejected>(Assert.Single(ArticleReader.Read([pdf], CancellationToken.None)));
        Assert.Equal(Reason.UnsupportedType, r.Reason);
        Assert.Contains("'.pdf'", r.Detail);
        Assert.Contains(".html", r.Detail);
    }

    [Fact]
    public void Missing_path_and_empty_folder_are_reported_and_the_rest_is_read()
    {
        var good = Write("good.txt", Story);
        var empty = Directory.CreateDirectory(Path.Combine(dir, "empty")).FullName;
        var results = ArticleReader.Read([Path.Combine(dir, "nope.txt"), empty, good], CancellationToken.None).ToList();
        Assert.Equal(3, results.Count);
        Assert.Equal(Reason.Unreadable, Assert.IsType<Extracted.Rejected>(results[0]).Reason);
        var none = Assert.IsType<Extracted.Rejected>(results[1]);
        Assert.StartsWith($"no articles found under '{empty}' (looked for .html", none.Detail);
        Assert.IsType<Extracted.Ok>(results[2]);
    }

    [Fact]
    public void Gzipped_html_is_read()
    {
        var path = Path.Combine(dir, "page.html.gz");
        using (var file = File.Create(path))
        using (var gz = new GZipStream(file, CompressionLevel.Fastest))
        {
            gz.Write(Encoding.UTF8.GetBytes("<html><body><article><p>The ferry between the islands resumed on Monday after a week of storms, the operator said.</p></article></body></html>"));
        }
        var a = Assert.IsType<Extracted.Ok>(Assert.Single(ArticleReader.Read([path], CancellationToken.None))).Article;
        Assert.StartsWith("The ferry between the islands", a.Text);
    }

    [Fact]
    public void Empty_and_binary_files_are_rejected()
    {
        var empty = Write("empty.txt", "");
        var binary = Path.Combine(dir, "image.html");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var results = ArticleReader.Read([empty, binary], CancellationToken.None).Cast<Extracted.Rejected>().ToList();
        Assert.Equal([Reason.Empty, Reason.Binary], results.Select(r => r.Reason));
        Assert.Contains("binary data", results[1].Detail);
    }

    [Fact]
    public void Read_string_and_stream()
    {
        var fromString = Assert.IsType<Extracted.Ok>(Assert.Single(ArticleReader.ReadString(Story, "s.txt", InputKind.Text)));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Story));
        var fromStream = Assert.IsType<Extracted.Ok>(Assert.Single(ArticleReader.ReadStream(stream, "s.txt", InputKind.Text)));
        Assert.Equal(fromString.Article.Id, fromStream.Article.Id);
        Assert.Equal("Ferry service resumes", fromStream.Article.Title);
    }
}
