using System.CommandLine;
using System.Text.Json;
using Parallax.Extraction;
using Parallax.Extraction.Web;

namespace Parallax.Cli.Commands;

/// <summary>`parallax fetch URL...`: fetch pages or feeds and print their articles, one JSON object per line.</summary>
internal static class FetchCommand
{
    public static Command Create()
    {
        var urls = new Argument<string[]>("urls") { Description = "http(s) URLs of pages, RSS/Atom feeds or OPML lists", Arity = ArgumentArity.OneOrMore };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Allow loopback, private and link-local addresses (refused by default)" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds per request", DefaultValueFactory = _ => 20 }.AtLeast(1);
        var maxItems = new Option<int>("--max-items") { Description = "Items read per feed", DefaultValueFactory = _ => 100 }.AtLeast(1);
        var format = new Option<string>("--format") { Description = "jsonl or text", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "text");
        var command = new Command("fetch", "Fetch news pages and feeds over HTTP(S) and extract their articles.")
        {
            urls, allowPrivate, timeout, maxItems, format,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var options = new FetchOptions
            {
                AllowPrivate = parseResult.GetValue(allowPrivate),
                Timeout = TimeSpan.FromSeconds(Math.Max(1, parseResult.GetValue(timeout))),
                MaxFeedItems = Math.Max(1, parseResult.GetValue(maxItems)),
            };
            using var fetcher = new WebFetcher(options);
            int ok = 0;
            await foreach (var result in fetcher.ReadAsync(parseResult.GetValue(urls) ?? [], ct).ConfigureAwait(false))
            {
                if (result is Extracted.Ok { Article: var article })
                {
                    ok++;
                    if (parseResult.GetValue(format) == "text")
                    {
                        output.WriteLine($"== {article.Source}\n{article.Title}\n{article.Outlet} {article.Published:O}\n\n{article.Body}\n");
                    }
                    else
                    {
                        output.WriteLine(JsonSerializer.Serialize(ExtractCommand.ToJson(article), ExtractCommand.Json));
                    }
                }
                else if (result is Extracted.Rejected r)
                {
                    error.WriteLine($"skipped {r.Detail}");
                }
            }
            if (ok == 0)
            {
                error.WriteLine("no article could be fetched from the URLs above");
                return 1;
            }
            return 0;
        });
        return command;
    }
}
