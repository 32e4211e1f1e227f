using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parallax.Eval.Timex;

namespace Parallax.Cli.Commands;

/// <summary>`parallax eval timex --timeml DIR`: TempEval-3 style scores of the timex stage on TimeML files.</summary>
public static class EvalTimexCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var dir = new Option<DirectoryInfo>("--timeml")
        {
            Description = "Folder of TimeML .tml files (searched recursively), e.g. ../shared/data/temporal/tempeval3/TBAQ-cleaned",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text or json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var errors = new Option<int>("--errors")
        {
            Description = "Also list up to N disagreements with the gold (missed, spurious, span, value, type)",
            DefaultValueFactory = _ => 0,
        }.AtLeast(0);
        var command = new Command("timex", "Score temporal expression recognition and normalisation on TimeML (strict and relaxed span F1, value F1, type F1, as TempEval-3).")
        {
            dir, format, errors,
        };
        command.SetAction((parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            TimexScorer scorer;
            int files;
            try
            {
                var paths = TimeMlEvaluation.FindFiles(parseResult.GetValue(dir)!.FullName);
                files = paths.Count;
                scorer = TimeMlEvaluation.Run(paths, ct);
            }
            catch (Exception e) when (e is IOException or FormatException)
            {
                error.WriteLine("parallax eval timex: " + e.Message);
                return Task.FromResult(2);
            }
            var s = scorer.Scores;
            if (parseResult.GetValue(format) == "json")
            {
                static Dictionary<string, double> P(Prf p) => new()
                {
                    ["precision"] = Math.Round(p.Precision, 4),
                    ["recall"] = Math.Round(p.Recall, 4),
                    ["f1"] = Math.Round(p.F1, 4),
                };
                var json = new Dictionary<string, object>
                {
                    ["strict"] = P(s.Strict),
                    ["relaxed"] = P(s.Relaxed),
                    ["value"] = P(s.Value),
                    ["type"] = P(s.Type),
                    ["mod"] = P(s.Mod),
                    ["documents"] = files,
                    ["gold"] = s.Strict.Gold,
                    ["predicted"] = s.Strict.Predicted,
                };
                output.WriteLine(JsonSerializer.Serialize(json, Indented));
            }
            else
            {
                output.WriteLine($"{files} documents, {s.Strict.Gold} gold expressions, {s.Strict.Predicted} found");
                output.WriteLine("metric     precision  recall  f1");
                foreach (var (name, p) in new[] { ("strict", s.Strict), ("relaxed", s.Relaxed), ("value", s.Value), ("type", s.Type), ("mod", s.Mod) })
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-10} {p.Precision,9:0.0000}  {p.Recall,6:0.0000}  {p.F1:0.0000}"));
                }
            }
            foreach (var e in scorer.Errors.Take(parseResult.GetValue(errors)))
            {
                output.WriteLine($"{e.Kind}\t{e.Document}\t{e.Text}\tgold={e.Gold}\tsys={e.System}");
            }
            return Task.FromResult(0);
        });
        return command;
    }
}
