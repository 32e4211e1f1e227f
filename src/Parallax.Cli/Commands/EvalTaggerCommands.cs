using System.CommandLine;
using System.Text.Json;
using Parallax.Eval.Ner;
using Parallax.Eval.Pos;
using Parallax.Storage;
using Parallax.Text.Tagging;

namespace Parallax.Cli.Commands;

/// <summary>`parallax eval ner` and `parallax eval pos`: score the taggers on CoNLL column files.</summary>
internal static class EvalTaggerCommands
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Ner()
    {
        var cmd = new Command("ner", "Entity-level precision, recall and F1 as conlleval computes them (exact span and type).");
        var conll = new Option<string>("--conll") { Description = "gold CoNLL file (last column: IOB1 or BIO entity tags)", Required = true };
        var model = new Option<string?>("--model") { Description = "model file (default: the shipped models/ner.model)" };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var wnut = new Option<bool>("--wnut") { Description = "map WNUT-17 types onto CoNLL's: person→PER, location→LOC, corporation/group→ORG, product/creative-work→MISC" };
        cmd.Add(conll);
        cmd.Add(model);
        cmd.Add(format);
        cmd.Add(wnut);
        var predictions = new Option<string?>("--predictions") { Description = "also write 'word gold predicted' lines (BIO) to this file, the input conlleval.pl reads" };
        cmd.Add(predictions);
        var stage = new Option<bool>("--stage") { Description = "score the whole entity stage (tagger plus role and type rules) instead of the tagger alone" };
        cmd.Add(stage);
        cmd.SetAction((parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            try
            {
                CheckPredictions(parse.GetValue(predictions));
                var loaded = TaggerModel.Load(parse.GetValue(model) ?? ModelFiles.Require(ModelFiles.Ner));
                var sentences = ConllReader.Read(parse.GetValue(conll)!);
                Func<string, string?>? map = parse.GetValue(wnut) ? NerEvaluation.WnutToConll : null;
                var result = parse.GetValue(stage)
                    ? NerEvaluation.RunStage(new Parallax.Entities.EntityRecognizer(loaded), sentences, map, ct)
                    : NerEvaluation.Run(new SequenceTagger(loaded), sentences, map, ct);
                var s = result.Scores;
                if (parse.GetValue(predictions) is { } predictionPath)
                {
                    WritePredictions(predictionPath, result.Output);
                }
                if (parse.GetValue(format) == "json")
                {
                    var json = new
                    {
                        precision = Math.Round(s.Precision, 2),
                        recall = Math.Round(s.Recall, 2),
                        f1 = Math.Round(s.F1, 2),
                        perType = s.PerType.ToDictionary(p => p.Key, p => new
                        {
                            precision = Math.Round(p.Value.Precision, 2),
                            recall = Math.Round(p.Value.Recall, 2),
                            f1 = Math.Round(p.Value.F1, 2),
                            gold = p.Value.Gold,
                            predicted = p.Value.Predicted,
                            correct = p.Value.Correct,
                        }),
                        tokens = s.Tokens,
                        tagAccuracy = Math.Round(s.TagAccuracy, 2),
                        tokensPerSecond = Math.Round(result.TokensPerSecond),
                    };
                    output.WriteLine(JsonSerializer.Serialize(json, Json));
                    return Task.FromResult(0);
                }
                output.WriteLine($"processed {s.Tokens} tokens with {s.Overall.Gold} phrases; found: {s.Overall.Predicted} phrases; correct: {s.Overall.Correct}.");
                output.WriteLine($"accuracy: {s.TagAccuracy,6:F2}%; precision: {s.Precision,6:F2}%; recall: {s.Recall,6:F2}%; FB1: {s.F1,6:F2}");
                foreach (var (type, t) in s.PerType)
                {
                    output.WriteLine($"{type,17}: precision: {t.Precision,6:F2}%; recall: {t.Recall,6:F2}%; FB1: {t.F1,6:F2}  {t.Predicted}");
                }
                output.WriteLine($"{result.TokensPerSecond:F0} tokens/s (features + decoding, one thread)");
                return Task.FromResult(0);
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                parse.InvocationConfiguration.Error.WriteLine(e.Message);
                return Task.FromResult(1);
            }
        });
        return cmd;
    }

    public static Command Pos()
    {
        var cmd = new Command("pos", "Token accuracy of the part-of-speech tagger (second column of CoNLL-2003 files).");
        var conll = new Option<string>("--conll") { Description = "gold CoNLL file (second column: Penn Treebank tags)", Required = true };
        var model = new Option<string?>("--model") { Description = "model file (default: the pipeline's models/pos.model; models/pos-lexicon.model needs the outside word list, see models/README.md)" };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        cmd.Add(conll);
        cmd.Add(model);
        cmd.Add(format);
        var predictions = new Option<string?>("--predictions") { Description = "also write 'word gold predicted' lines to this file" };
        cmd.Add(predictions);
        var beam = new Option<int?>("--beam") { Description = "beam width for decoding (0: exact Viterbi; default: the tagger stage's setting)" }.AtLeast(0);
        cmd.Add(beam);
        cmd.SetAction((parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            try
            {
                CheckPredictions(parse.GetValue(predictions));
                var modelPath = parse.GetValue(model) ?? ModelFiles.Require(ModelFiles.Pos);
                var loaded = TaggerModel.Load(modelPath);
                loaded.BeamWidth = parse.GetValue(beam) ?? PartOfSpeechTagger.DefaultBeamWidth;
                var tagger = new SequenceTagger(loaded);
                var result = PosEvaluation.Run(tagger, ConllReader.Read(parse.GetValue(conll)!), ct);
                if (parse.GetValue(predictions) is { } predictionPath)
                {
                    WritePredictions(predictionPath, result.Output);
                }
                if (parse.GetValue(format) == "json")
                {
                    output.WriteLine(JsonSerializer.Serialize(new
                    {
                        model = modelPath,
                        wordList = loaded.External?.Fingerprint,
                        accuracy = Math.Round(result.Accuracy, 2),
                        tokens = result.Tokens,
                        correct = result.Correct,
                        tokensPerSecond = Math.Round(result.TokensPerSecond),
                    }, Json));
                    return Task.FromResult(0);
                }
                output.WriteLine($"model: {modelPath}{(loaded.External is { } list ? $" (outside word list {list.SourcePath}: {list.Fingerprint})" : "")}");
                output.WriteLine($"accuracy: {result.Accuracy:F2}% ({result.Correct} of {result.Tokens} tokens); {result.TokensPerSecond:F0} tokens/s");
                return Task.FromResult(0);
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                parse.InvocationConfiguration.Error.WriteLine(e.Message);
                return Task.FromResult(1);
            }
        });
        return cmd;
    }

    private static void CheckPredictions(string? path)
    {
        if (path is not null)
        {
            OutputFile.Check(path, "--predictions");
        }
    }

    private static void WritePredictions(string path, IReadOnlyList<(IReadOnlyList<string> Words, IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> output) =>
        OutputFile.WriteText(path, w =>
        {
            foreach (var (words, gold, predicted) in output)
            {
                for (int i = 0; i < words.Count; i++)
                {
                    w.WriteLine($"{words[i]} {gold[i]} {predicted[i]}");
                }
                w.WriteLine();
            }
        });
}
