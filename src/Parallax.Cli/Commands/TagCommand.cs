using System.CommandLine;
using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Cli.Commands;

/// <summary>`parallax tag FILE`: shows the entities (with roles) and, on request, the POS tags the pipeline finds in a plain text file.</summary>
internal static class TagCommand
{
    public static Command Create()
    {
        var cmd = new Command("tag", "Show the named entities, roles and (with --pos) part-of-speech tags Parallax finds in a plain text file.");
        var file = new Argument<string>("file") { Description = "a plain text file" };
        var pos = new Option<bool>("--pos") { Description = "also print every token with its part-of-speech tag" };
        cmd.Add(file);
        cmd.Add(pos);
        cmd.SetAction((parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = parse.GetValue(file)!;
            var problem = Directory.Exists(path) ? "is a folder" : !File.Exists(path) ? "not found" : new FileInfo(path).Length == 0 ? "is empty" : null;
            if (problem is not null)
            {
                parse.InvocationConfiguration.Error.WriteLine($"file '{path}' {problem}; give a plain text file");
                return Task.FromResult(1);
            }
            var text = File.ReadAllText(path);
            var article = new Article { Id = "tag", Source = path, Text = text };
            var doc = DefaultPipeline.CreateBuilder().Build().Run(article, ct);
            foreach (var m in doc.Mentions)
            {
                var line = $"{m.Span.Start,6} {m.Type,-12} {Printable(doc.Slice(m.Span))}";
                if (m.Honorific is { } h)
                {
                    line += $"  honorific: {Printable(doc.Slice(h))}";
                }
                if (m.Role is not null)
                {
                    line += $"  role: {m.Role}{(m.RoleOf is null ? "" : " of " + m.RoleOf)}";
                }
                output.WriteLine(line);
            }
            if (parse.GetValue(pos))
            {
                output.WriteLine(string.Join(' ', doc.Tokens.Select((t, i) => $"{Printable(doc.Slice(t.Span))}/{doc.PartOfSpeech[i]}")));
            }
            return Task.FromResult(0);
        });
        return cmd;
    }

    /// <summary>The file is untrusted: its control characters (line breaks, terminal escape sequences) are printed as spaces.</summary>
    private static string Printable(string text) =>
        text.Any(char.IsControl) ? new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]) : text;
}
