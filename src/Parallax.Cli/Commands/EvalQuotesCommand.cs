using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parallax.Eval.Quotes;
using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Quotes;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax eval quotes --polnear DIR [--format json]</c>: Source, Cue, Content and whole-attribution scores.</summary>
internal static class EvalQuotesCommand
{
    public static Command Create()
    {
        var polnear = new Option<DirectoryInfo>("--polnear")
        {
            Description = "Folder of brat attribution files (*.ann) with their article texts, e.g. a PolNeAR split such as dev/",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text or json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("quotes",
            "Score quote attribution against PolNeAR-style gold: precision, recall and F1 for Source, Cue and Content spans " +
            "(exact, and overlap: sharing a token with a gold span of the same part) and for whole attributions.");
        command.Add(polnear);
        command.Add(format);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var dir = parseResult.GetRequiredValue(polnear);
            var corpus = PolNearCorpus.Load(dir.FullName);
            if (!corpus.Ok)
            {
                error.WriteLine($"parallax eval quotes: {corpus.Error}");
                return Task.FromResult(2);
            }
            var pipeline = BuildPipeline();
            var scores = PolNearCorpus.Evaluate(corpus.Documents, (article, ct) => pipeline.Run(article, ct), cancellationToken);
            foreach (var note in corpus.Notes.Take(20))
            {
                error.WriteLine($"note: {note}");
            }
            if (corpus.Notes.Count > 20)
            {
                error.WriteLine($"note: ... and {corpus.Notes.Count - 20} more");
            }
            output.Write(parseResult.GetValue(format) == "json" ? ToJson(scores) : ToText(scores, dir.FullName));
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>The default pipeline with quotes; speakers are resolved only when the pipeline has an entity stage.</summary>
    private static DocPipeline BuildPipeline()
    {
        var builder = DefaultPipeline.CreateBuilder();
        var basic = builder.Build();
        if (basic.Provides.HasFlag(Layers.Quotes))
        {
            return basic;
        }
        return builder.Add(new QuoteStage(resolveSpeakers: basic.Provides.HasFlag(Layers.Entities))).Build();
    }

    internal static string ToJson(QuoteScores scores)
    {
        static Dictionary<string, object> Prf(Prf p) => new()
        {
            ["precision"] = Math.Round(p.Precision, 4),
            ["recall"] = Math.Round(p.Recall, 4),
            ["f1"] = Math.Round(p.F1, 4),
        };
        static Dictionary<string, object> Both(MatchScores m) => new() { ["exact"] = Prf(m.Exact), ["overlap"] = Prf(m.Overlap) };
        var json = new Dictionary<string, object>
        {
            ["source"] = Both(scores.Source),
            ["cue"] = Both(scores.Cue),
            ["content"] = Both(scores.Content),
            ["attribution"] = Both(scores.Attribution),
            ["documents"] = scores.Documents,
        };
        return JsonSerializer.Serialize(json, JsonOptions) + Environment.NewLine;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    private static string ToText(QuoteScores scores, string dir)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Quote attribution on {dir} ({scores.Documents} documents)");
        sb.AppendLine("              exact                    overlap");
        sb.AppendLine("              P      R      F1          P      R      F1      gold  predicted");
        foreach (var (name, m) in new[] { ("source", scores.Source), ("cue", scores.Cue), ("content", scores.Content), ("attribution", scores.Attribution) })
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{name,-12}  {m.Exact.Precision:0.000}  {m.Exact.Recall:0.000}  {m.Exact.F1:0.000}       {m.Overlap.Precision:0.000}  {m.Overlap.Recall:0.000}  {m.Overlap.F1:0.000}  {m.Exact.Gold,6}  {m.Exact.Predicted,9}");
        }
        return sb.ToString();
    }
}
