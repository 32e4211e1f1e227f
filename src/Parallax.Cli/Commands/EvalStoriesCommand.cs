using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parallax.Eval.Stories;
using Parallax.Pipeline;
using Parallax.Stories;

namespace Parallax.Cli.Commands;

/// <summary>`parallax eval stories`: story clustering scored against ECB+ seminal events with B³.</summary>
internal static class EvalStoriesCommand
{
    public static Command Create()
    {
        var dir = new Option<DirectoryInfo>("--ecbplus")
        {
            Description = "The ECB+ folder (with ECB+/<topic>/*.xml), e.g. ../shared/data/clustering/ecbplus.",
            Required = true,
        };
        var split = new Option<string>("--split")
        {
            Description = "Topics to cluster together: dev (2 5 12 18 21 23 34 35), train (the rest below 36), test (36-45), or all.",
            DefaultValueFactory = _ => "dev",
        };
        split.AcceptOnlyFromAmong("dev", "train", "test", "all");
        var threshold = new Option<double?>("--threshold") { Description = "Similarity threshold to score (default: the shipped one)." }.AtLeast(0.0);
        var sweep = new Option<bool>("--sweep") { Description = "Score thresholds 0.05 to 0.50 in steps of 0.01 (for tuning on dev only)." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("stories",
            "Cluster ECB+ documents into stories and score against its seminal events (each topic has two look-alike events) " +
            "with B-cubed precision, recall and F1. All documents of the split are clustered together, so neighbouring events compete.")
        {
            dir, split, threshold, sweep, format,
        };
        command.SetAction((parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var root = parse.GetValue(dir)!;
            if (!root.Exists)
            {
                parse.InvocationConfiguration.Error.WriteLine($"parallax: '{root.FullName}' does not exist; give the ECB+ folder, e.g. --ecbplus ../shared/data/clustering/ecbplus");
                return Task.FromResult(1);
            }
            var name = parse.GetValue(split)!;
            Func<int, bool> filter = name switch
            {
                "dev" => t => EcbPlus.DevTopics.Contains(t),
                "train" => t => !EcbPlus.DevTopics.Contains(t) && !EcbPlus.IsTestTopic(t),
                "test" => EcbPlus.IsTestTopic,
                _ => _ => true,
            };
            List<EcbDocument> documents;
            try
            {
                documents = EcbPlus.Read(root.FullName, filter).ToList();
            }
            catch (Exception e) when (e is IOException or FormatException)
            {
                parse.InvocationConfiguration.Error.WriteLine($"parallax: {e.Message}");
                return Task.FromResult(1);
            }
            if (documents.Count == 0)
            {
                parse.InvocationConfiguration.Error.WriteLine(
                    $"parallax: no ECB+ documents of the {name} split under '{root.FullName}' (topic folders of numbered .xml files, such as ECB+/2/2_1ecb.xml; --split all takes every topic)");
                return Task.FromResult(1);
            }
            var pipeline = DefaultPipeline.Create();
            var docs = documents.Select(d => pipeline.Run(d.Article, ct)).ToList();
            var thresholds = parse.GetValue(sweep)
                ? Enumerable.Range(5, 46).Select(i => i / 100.0).ToList()
                : [parse.GetValue(threshold) ?? new StoryClusterer().Threshold];
            var scores = thresholds.Select(t => StoryEvaluation.Score(name, documents, docs, new StoryClusterer { Threshold = t })).ToList();
            if (parse.GetValue(format) == "json")
            {
                output.WriteLine(JsonSerializer.Serialize(scores.Select(s => new
                {
                    split = s.Split, documents = s.Documents, goldStories = s.GoldStories, predictedStories = s.PredictedStories,
                    threshold = s.Threshold, precision = s.BCubed.Precision, recall = s.BCubed.Recall, f1 = s.BCubed.F1,
                })));
            }
            else
            {
                foreach (var s in scores)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{s.Split}: {s.Documents} documents, {s.GoldStories} gold stories, {s.PredictedStories} predicted; threshold {s.Threshold:0.00}: B3 P {s.BCubed.Precision:0.000} R {s.BCubed.Recall:0.000} F1 {s.BCubed.F1:0.000}"));
                }
            }
            return Task.FromResult(0);
        });
        return command;
    }
}
