using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parallax.Extraction;
using Parallax.Model;

namespace Parallax.Cli.Commands;

/// <summary>`parallax extract PATH...`: the article of every page, one JSON object per line.</summary>
internal static class ExtractCommand
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files and folders (.html, .htm, .html.gz, .txt, .json, .jsonl)", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "jsonl (one JSON object per page) or text", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "text");
        var explain = new Option<bool>("--explain") { Description = "For HTML pages: print every text block, its class and whether it was kept" };
        var command = new Command("extract", "Extract the main text and metadata of news pages.") { paths, format, explain };
        command.SetAction((parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            int ok = 0, rejected = 0;
            if (parseResult.GetValue(explain))
            {
                foreach (var path in parseResult.GetValue(paths) ?? [])
                {
                    using var stream = File.OpenRead(path);
                    using var gz = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                        ? new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress) : (Stream)stream;
                    using var buffer = new MemoryStream();
                    gz.CopyTo(buffer);
                    foreach (var line in HtmlExtractor.Explain(TextDecoding.Decode(buffer.ToArray()), ct))
                    {
                        output.WriteLine(line);
                    }
                }
                return Task.FromResult(0);
            }
            foreach (var result in ArticleReader.Read(parseResult.GetValue(paths) ?? [], ct))
            {
                switch (result)
                {
                    case Extracted.Ok { Article: var article }:
                        ok++;
                        if (parseResult.GetValue(format) == "text")
                        {
                            WriteText(output, article);
                        }
                        else
                        {
                            output.WriteLine(JsonSerializer.Serialize(ToJson(article), Json));
                        }
                        break;
                    case Extracted.Rejected r:
                        rejected++;
                        error.WriteLine($"skipped {r.Detail}");
                        break;
                }
            }
            if (ok == 0)
            {
                error.WriteLine(rejected == 0 ? "nothing to read: give files or folders of news reports" : "no article could be read from the inputs above");
                return Task.FromResult(1);
            }
            return Task.FromResult(0);
        });
        return command;
    }

    internal sealed record ArticleJson(
        string Id, string Source, string? Title, DateTimeOffset? Published, IReadOnlyList<string> Authors, string? Byline,
        string? Outlet, string? Url, string? Language, string? Dateline, string? BasedOn, string Text);

    internal static ArticleJson ToJson(Article a) =>
        new(a.Id, a.Source, a.Title, a.Published, a.Authors, a.Byline, a.Outlet, a.Url, a.Language, a.Dateline, a.BasedOn, a.Body);

    private static void WriteText(TextWriter output, Article a)
    {
        output.WriteLine($"== {a.Source}");
        output.WriteLine($"title:     {a.Title}");
        output.WriteLine($"outlet:    {a.Outlet}");
        output.WriteLine($"published: {a.Published:O}");
        output.WriteLine($"byline:    {a.Byline}  authors: {string.Join("; ", a.Authors)}");
        output.WriteLine($"dateline:  {a.Dateline}");
        output.WriteLine($"basedOn:   {a.BasedOn}");
        output.WriteLine($"url:       {a.Url}  language: {a.Language}");
        output.WriteLine();
        output.WriteLine(a.Body);
        output.WriteLine();
    }
}
