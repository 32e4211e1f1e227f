using System.IO.Compression;
using System.Text;
using Parallax.Extraction;

namespace Parallax.Tests.Extraction;

/// <summary>Bad input gets a result or a clear rejection: never a crash, a hang or unbounded memory. Inputs are generated here.</summary>
public sealed class RobustnessTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("parallax-robust-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private const string Sentence = "The regional council approved the new water plan on Tuesday after a debate that lasted most of the day.";

    private static Extracted One(byte[] bytes, InputKind kind = InputKind.Html) =>
        Assert.Single(ArticleReader.ReadBytes(bytes, "input", kind, null, null, CancellationToken.None));

    [Fact]
    public void Empty_input_is_rejected_as_empty()
    {
        Assert.Equal(Reason.Empty, Assert.IsType<Extracted.Rejected>(One([])).Reason);
        Assert.Equal(Reason.Empty, Assert.IsType<Extracted.Rejected>(HtmlExtractor.Extract("   ", "blank.html")).Reason);
        Assert.Equal(Reason.Empty, Assert.IsType<Extracted.Rejected>(One(Encoding.UTF8.GetBytes("\n\n\n"), InputKind.Text)).Reason);
    }

    [Fact]
    public void Binary_input_is_rejected_as_binary()
    {
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        bytes[10] = 0;
        var r = Assert.IsType<Extracted.Rejected>(One(bytes));
        Assert.Equal(Reason.Binary, r.Reason);
        Assert.Contains("binary", r.Detail);
    }

    [Fact]
    public void Truncated_html_still_gives_its_text()
    {
        var html = $"<html><head><title>Water plan</title></head><body><div class=\"story\"><p>{Sentence}</p><p>{Sentence} It was the third vote on the pl";
        var a = Assert.IsType<Extracted.Ok>(One(Encoding.UTF8.GetBytes(html))).Article;
        Assert.StartsWith("The regional council approved", a.Text);
        Assert.EndsWith("third vote on the pl", a.Text);
    }

    [Fact]
    public void Truncated_gzip_gives_what_was_decompressed()
    {
        using var compressed = new MemoryStream();
        using (var gz = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes($"<html><body><p>{Sentence}</p>" + string.Concat(Enumerable.Repeat($"<p>{Sentence}</p>", 200)) + "</body></html>"));
        }
        var cut = compressed.ToArray()[..(int)(compressed.Length * 2 / 3)];
        var path = Path.Combine(dir, "cut.html.gz");
        File.WriteAllBytes(path, cut);
        var result = Assert.Single(ArticleReader.Read([path], CancellationToken.None));
        var a = Assert.IsType<Extracted.Ok>(result).Article;
        Assert.StartsWith("The regional council approved", a.Text);
    }

    [Fact]
    public void Fifty_megabyte_file_is_rejected_without_being_read()
    {
        var path = Path.Combine(dir, "huge.html");
        using (var f = File.Create(path))
        {
            f.SetLength(50L * 1024 * 1024);
        }
        var r = Assert.IsType<Extracted.Rejected>(Assert.Single(ArticleReader.Read([path], CancellationToken.None)));
        Assert.Equal(Reason.TooLarge, r.Reason);
        Assert.Contains("50.0 MB", r.Detail);
    }

    [Fact]
    public void Fifty_megabyte_gzip_bomb_stops_at_the_cap()
    {
        var path = Path.Combine(dir, "bomb.html.gz");
        using (var f = File.Create(path))
        using (var gz = new GZipStream(f, CompressionLevel.Fastest))
        {
            var zeros = new byte[1024 * 1024];
            Array.Fill(zeros, (byte)' ');
            for (int i = 0; i < 50; i++)
            {
                gz.Write(zeros);
            }
        }
        var r = Assert.IsType<Extracted.Rejected>(Assert.Single(ArticleReader.Read([path], CancellationToken.None)));
        Assert.Equal(Reason.TooLarge, r.Reason);
        Assert.Contains("after decompression", r.Detail);
    }

    [Fact]
    public void Fifty_megabyte_stream_is_capped()
    {
        using var stream = new RepeatingStream(50L * 1024 * 1024);
        var r = Assert.IsType<Extracted.Rejected>(Assert.Single(ArticleReader.ReadStream(stream, "stream.html", InputKind.Html)));
        Assert.Equal(Reason.TooLarge, r.Reason);
        Assert.True(stream.Position <= ArticleReader.MaxBytes + 200_000, $"read {stream.Position} bytes");
    }

    [Fact]
    public void Hundred_thousand_deep_nesting_gives_the_text_without_exhausting_the_stack()
    {
        const int depth = 100_000;
        var sb = new StringBuilder();
        sb.Append("<html><body>");
        sb.Insert(sb.Length, "<div>", depth);
        sb.Append($"<p>{Sentence}</p>");
        sb.Insert(sb.Length, "</div>", depth);
        sb.Append("</body></html>");
        var a = Assert.IsType<Extracted.Ok>(HtmlExtractor.Extract(sb.ToString(), "deep.html")).Article;
        Assert.Equal(Sentence, a.Text);

        // Just under the DOM limit: parsed into a tree, walked without recursion.
        var nearLimit = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", HtmlExtractor.MaxNesting - 10)) + $"<p>{Sentence}</p>";
        Assert.Equal(Sentence, Assert.IsType<Extracted.Ok>(HtmlExtractor.Extract(nearLimit, "near.html")).Article.Text);

        var unclosed = "<html><body>" + string.Concat(Enumerable.Repeat("<b><i>", depth)) + Sentence;
        var b = Assert.IsType<Extracted.Ok>(HtmlExtractor.Extract(unclosed, "unclosed.html")).Article;
        Assert.Equal(Sentence, b.Text);
    }

    [Fact]
    public void A_page_too_deep_for_a_tree_keeps_the_metadata_of_its_head()
    {
        var html = "<html lang=\"en\"><head><title>Harbour talks resume - Meridian</title>" +
                   "<meta property=\"og:site_name\" content=\"Meridian\">" +
                   "<meta property=\"article:published_time\" content=\"2031-04-12T08:15:00Z\"></head><body>" +
                   string.Concat(Enumerable.Repeat("<div>", HtmlExtractor.MaxNesting + 100)) + $"<p>{Sentence}</p></body></html>";
        var a = Assert.IsType<Extracted.Ok>(HtmlExtractor.Extract(html, "deep.html", "https://meridian.example/harbour")).Article;
        Assert.Equal(Sentence, a.Text);
        Assert.Equal("Harbour talks resume", a.Title);
        Assert.Equal("Meridian", a.Outlet);
        Assert.Equal(new DateTimeOffset(2031, 4, 12, 8, 15, 0, TimeSpan.Zero), a.Published);
        Assert.Equal("https://meridian.example/harbour", a.Url);
    }

    [Fact]
    public void Stray_closing_tags_do_not_hide_unclosed_elements_from_the_nesting_limit()
    {
        // Each <div> stays open: the </p> closes the paragraph and the </span> closes nothing.
        const int depth = 100_000;
        var strayP = "<html><body>" + string.Concat(Enumerable.Repeat("<div><p>x</p>", depth)) + $"<p>{Sentence}</p>";
        var straySpan = "<html><body>" + string.Concat(Enumerable.Repeat("<div></span>", depth)) + $"<p>{Sentence}</p>";
        Assert.Equal(depth, HtmlExtractor.EstimateNesting(strayP));
        Assert.Equal(depth, HtmlExtractor.EstimateNesting(straySpan));
        Assert.Contains(Sentence, Assert.IsType<Extracted.Ok>(HtmlExtractor.Extract(strayP, "stray.html")).Article.Text, StringComparison.Ordinal);

        // Closed elements count once, however many siblings; html, body, li, p count neither way: div > ul is 2 deep.
        Assert.Equal(2, HtmlExtractor.EstimateNesting("<html><body><div><ul><li>a<li>b</ul><ul><li>c</ul></div><p>d</p><div><span>e</span></div></body></html>"));
    }

    [Fact]
    public void Misdeclared_encodings_are_decoded_without_mojibake()
    {
        const string text = "Die Stadtverwaltung hat am Montag die Sanierung der Brücke über die Saale angekündigt, die Arbeiten beginnen im März.";
        // Declared UTF-8, written in Latin-1.
        var latin = Encoding.Latin1.GetBytes($"<html><head><meta charset=\"utf-8\"></head><body><p>{text}</p></body></html>");
        Assert.Equal(text, Assert.IsType<Extracted.Ok>(One(latin)).Article.Text);
        // Declared Latin-1, written in UTF-8.
        var utf8 = Encoding.UTF8.GetBytes($"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>{text}</p></body></html>");
        Assert.Equal(text, Assert.IsType<Extracted.Ok>(One(utf8)).Article.Text);
        // UTF-16 with a byte-order mark.
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes($"<html><body><p>{text}</p></body></html>")).ToArray();
        Assert.Equal(text, Assert.IsType<Extracted.Ok>(One(utf16)).Article.Text);
        // Windows-1252 declared in the meta tag: curly quotes and the euro sign.
        var cp1252 = Encoding.GetEncoding(1252).GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>„Das kostet 5 € mehr“, sagte der Bürgermeister am Dienstag vor dem Stadtrat in der Sitzung.</p></body></html>");
        Assert.Equal("„Das kostet 5 € mehr“, sagte der Bürgermeister am Dienstag vor dem Stadtrat in der Sitzung.", Assert.IsType<Extracted.Ok>(One(cp1252)).Article.Text);
    }

    /// <summary>An endless-looking HTML stream of a given length, generated on the fly.</summary>
    private sealed class RepeatingStream(long length) : Stream
    {
        private static readonly byte[] Chunk = Encoding.ASCII.GetBytes("<p>The regional council approved the plan.</p>\n");
        private long position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, length - position);
            for (int i = 0; i < n; i++)
            {
                buffer[offset + i] = Chunk[(position + i) % Chunk.Length];
            }
            position += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
