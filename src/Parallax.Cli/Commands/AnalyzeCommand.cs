using System.CommandLine;
using Parallax.Cli.Rendering;
using Parallax.Extraction;
using Parallax.Extraction.Web;
using Parallax.Ledger;
using Parallax.Pipeline;
using Parallax.Reports;
using Parallax.Storage;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary>`parallax analyze PATH...`: reports in, a cited story dossier out.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders of reports: .html/.htm/.html.gz pages, .txt page text, .json/.jsonl objects with 'text' (and optional title, url, published, outlet); or http(s) URLs of pages, RSS/Atom feeds and OPML lists.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output: terminal (readable), json (every item with evidence spans), markdown, or html (one self-contained page).",
            DefaultValueFactory = _ => "terminal",
        };
        format.AcceptOnlyFromAmong("terminal", "json", "markdown", "html");
        var output = new Option<FileInfo?>("--output", "-o")
        {
            Description = "Write the report to this file (written whole or not at all) instead of standard output.",
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress or warnings on standard error." };
        var db = new Option<string>("--db")
        {
            Description = "SQLite file that keeps analysed reports between runs, so a report seen before is not analysed again.",
            DefaultValueFactory = _ => DocStore.DefaultPath,
        };
        var noStore = new Option<bool>("--no-store") { Description = "Keep nothing: analyse in memory only." };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Let URLs reach loopback, private and link-local addresses (refused by default)." };
        var command = new Command("analyze",
            "Read news reports, group them into stories, and show per story who and what is named (with every spelling), " +
            "who said what (with every outlet that carries it), what several outlets report and what one alone does, " +
            "where outlets contradict each other, and a timeline — every item traced to the sentences behind it.\n\n" +
            "Examples:\n  parallax analyze samples/\n  parallax analyze inbox/ --format json > dossier.json\n  parallax analyze a.html b.txt --format html -o dossier.html")
        {
            paths, format, output, quiet, db, noStore, allowPrivate,
        };
        command.SetAction((parse, ct) => RunAsync(
            new Options(parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(quiet),
                parse.GetValue(noStore) ? null : parse.GetValue(db), parse.GetValue(allowPrivate)),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct));
        return command;
    }

    internal sealed record Options(string[] Paths, string Format, FileInfo? Output, bool Quiet, string? Db, bool AllowPrivate = false);

    internal static async Task<int> RunAsync(Options o, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var (paths, format, output, quiet, _, _) = o;
        if (output is not null)
        {
            try
            {
                OutputFile.Check(output.FullName, "--output");
            }
            catch (IOException ex)
            {
                stderr.WriteLine($"parallax: {ex.Message}");
                return 1;
            }
        }
        DocPipeline pipeline;
        try
        {
            pipeline = DefaultPipeline.Create();
        }
        catch (PipelineException ex)
        {
            stderr.WriteLine($"parallax: the analysis pipeline cannot run: {ex.Message}");
            return 3;
        }
        var inputs = new List<Extracted>();
        var urls = paths.Where(IsUrl).ToList();
        inputs.AddRange(ArticleReader.Read(paths.Where(p => !IsUrl(p)), ct));
        if (urls.Count > 0)
        {
            using var fetcher = new WebFetcher(new FetchOptions { AllowPrivate = o.AllowPrivate });
            await foreach (var fetched in fetcher.ReadAsync(urls, ct).ConfigureAwait(false))
            {
                inputs.Add(fetched);
            }
        }
        if (!quiet)
        {
            foreach (var r in inputs.OfType<Extracted.Rejected>())
            {
                stderr.WriteLine($"parallax: skipped {r.Detail}");
            }
        }
        int ok = inputs.Count(i => i is Extracted.Ok);
        if (ok == 0)
        {
            stderr.WriteLine(inputs.Count == 0
                ? $"parallax: no reports found in {string.Join(", ", paths.Select(p => $"'{p}'"))} (looked for .html, .htm, .html.gz, .txt, .json, .jsonl)"
                : $"parallax: none of the {inputs.Count} inputs could be read as a report ({(quiet ? "run without --quiet to see why" : "see the reasons above")})");
            return 1;
        }
        // Written as it happens, on the analysing thread (System.Progress would post each line to the thread pool).
        var progress = quiet ? null : new ProgressLines(p =>
        {
            if (p.Stage == AnalysisStage.Reports && (p.Done == p.Total || p.Done % 10 == 0))
            {
                stderr.WriteLine($"parallax: analysed {p.Done}/{p.Total} reports");
            }
            else if (p.Stage == AnalysisStage.Stories && (p.Total <= 20 || p.Done == p.Total || p.Done % 10 == 0))
            {
                stderr.WriteLine($"parallax: analysed story {p.Done}/{p.Total} ({p.Size} report{(p.Size == 1 ? "" : "s")})");
            }
        });
        IDocStore? store = null;
        try
        {
            store = o.Db is null ? null : DocStore.Open(o.Db);
        }
        catch (DocStoreException ex)
        {
            stderr.WriteLine($"parallax: {ex.Message}");
            return 1;
        }
        Dossier dossier;
        using (store)
        {
            try
            {
                dossier = new Analyzer(pipeline) { Store = store }.Analyze(inputs, progress, ct);
            }
            catch (DocStoreException ex)
            {
                stderr.WriteLine($"parallax: {ex.Message}");
                return 1;
            }
        }
        if (!quiet)
        {
            stderr.WriteLine($"parallax: {dossier.Articles.Count} reports, {dossier.Stories.Count} stories");
        }
        try
        {
            Write(dossier, format, output, stdout);
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"parallax: {ex.Message}");
            return 1;
        }
        return 0;
    }

    private static IAnsiConsole Terminal(TextWriter writer, bool plain) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
        ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
    });

    private static bool IsUrl(string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static void Write(Dossier dossier, string format, FileInfo? output, TextWriter stdout)
    {
        if (format == "terminal" && output is null)
        {
            // Colours for a person at a terminal; plain text when the output is piped or redirected.
            TerminalReport.Render(dossier, Terminal(stdout, plain: Console.IsOutputRedirected || !ReferenceEquals(stdout, Console.Out)));
            return;
        }
        string text = format switch
        {
            "json" => JsonReport.ToString(dossier),
            "markdown" => MarkdownReport.Render(dossier),
            "html" => HtmlReport.Render(dossier),
            _ => RenderPlain(dossier),
        };
        if (output is null)
        {
            stdout.Write(text);
            return;
        }
        // Never half a report.
        OutputFile.WriteText(output.FullName, w => w.Write(text));
    }

    private static string RenderPlain(Dossier dossier)
    {
        using var sw = new StringWriter();
        TerminalReport.Render(dossier, Terminal(sw, plain: true));
        return sw.ToString();
    }
}

/// <summary>Progress lines written at once, on the thread that reports them.</summary>
internal sealed class ProgressLines(Action<AnalysisProgress> write) : IProgress<AnalysisProgress>
{
    public void Report(AnalysisProgress value) => write(value);
}
