using System.CommandLine;
using System.Diagnostics;
using Parallax.Eval.Ner;
using Parallax.Eval.Pos;
using Parallax.Storage;
using Parallax.Text;
using Parallax.Text.Tagging;

namespace Parallax.Cli.Commands;

/// <summary>`parallax train ner|pos|clusters`: trains the models shipped in models/.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var train = new Command("train", "Train Parallax's models (NER, POS tagger, word clusters) from your data.");
        train.Add(Tagger("ner", "Train the named-entity recogniser from CoNLL files (last column: IOB1 or BIO tags).", ModelFiles.Ner));
        train.Add(Tagger("pos", "Train the part-of-speech tagger from CoNLL files (second column: Penn Treebank tags).", ModelFiles.Pos));
        train.Add(Clusters());
        train.Add(Prune());
        return train;
    }

    private static Command Prune()
    {
        var cmd = new Command("prune", "Drop a tagger model's small weights: a smaller, faster model (score it again with `parallax eval`).");
        var model = new Option<string>("--model") { Description = "the model file to prune", Required = true };
        var output = new Option<string>("--out") { Description = "where to write the pruned model", Required = true };
        var minWeight = new Option<float>("--min-weight") { Description = "keep weights at least this large in absolute value", Required = true }.AtLeast(0f);
        cmd.Add(model);
        cmd.Add(output);
        cmd.Add(minWeight);
        cmd.SetAction((parse, ct) =>
        {
            try
            {
                var path = parse.GetValue(output)!;
                OutputFile.Check(path, "--out");
                var loaded = TaggerModel.Load(parse.GetValue(model)!);
                var pruned = loaded.Pruned(parse.GetValue(minWeight));
                pruned.Save(path);
                parse.InvocationConfiguration.Output.WriteLine(
                    $"wrote {path}: {pruned.FeatureCount} of {loaded.FeatureCount} features, {pruned.WeightCount} of {loaded.WeightCount} weights ({new FileInfo(path).Length / 1e6:F1} MB)");
                return Task.FromResult(0);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                parse.InvocationConfiguration.Error.WriteLine(e.Message);
                return Task.FromResult(1);
            }
        });
        return cmd;
    }

    private static Command Tagger(string kind, string description, string defaultName)
    {
        var cmd = new Command(kind, description);
        var conll = new Option<string[]>("--conll") { Description = "CoNLL training file(s)", Required = true, AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string?>("--dev") { Description = "a CoNLL file to score after each epoch (development data only)" };
        var output = new Option<string>("--out") { Description = "where to write the model", DefaultValueFactory = _ => Path.Combine("models", defaultName) };
        var clusters = new Option<string?>("--clusters") { Description = "word clusters (from `parallax train clusters`); default models/clusters.tsv when present" };
        var epochs = new Option<int>("--epochs") { Description = "passes over the training data", DefaultValueFactory = _ => 12 }.AtLeast(1);
        var minCount = new Option<int>("--min-count") { Description = "drop features seen fewer times", DefaultValueFactory = _ => 1 }.AtLeast(1);
        var world = new Option<bool>("--world-lists") { Description = "add general lists of capitals, countries and demonyms to the NER gazetteer" };
        var features = new Option<string?>("--features") { Description = "feature groups, comma-separated: lexical,clusters,gazetteer,document,context,lexicon,history,stacked,righttoleft,external,aggregate (default for ner: lexical,clusters,gazetteer,document, the first pass of the shipped two-pass model, whose second pass adds aggregate; for pos: what models/pos.model uses; external: see --lexicon)" };
        cmd.Add(conll);
        cmd.Add(dev);
        cmd.Add(output);
        cmd.Add(clusters);
        cmd.Add(epochs);
        cmd.Add(minCount);
        cmd.Add(features);
        cmd.Add(world);
        var lexiconFolds = new Option<int>("--lexicon-folds") { Description = "build the tag lexicon of training sentences without their own of this many document folds (0: from all data)", DefaultValueFactory = _ => 5 };
        lexiconFolds.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or 1)
            {
                result.AddError($"--lexicon-folds must be 0 (one lexicon from all data) or at least 2 (got {result.GetValueOrDefault<int>()})");
            }
        });
        cmd.Add(lexiconFolds);
        var seed = new Option<int>("--seed") { Description = "seed of the shuffled training order", DefaultValueFactory = _ => 17 };
        cmd.Add(seed);
        var runs = new Option<int>("--runs") { Description = "train this many times (seeds --seed, --seed + 1, ...) and keep the mean weights (4: the shipped models' recipe)", DefaultValueFactory = _ => 4 }.AtLeast(1);
        cmd.Add(runs);
        var firstPass = new Option<string?>("--first-pass") { Description = "with the stacked or aggregate feature group: the first-pass model that tags new text (e.g. models/pos.model; for the shipped two-pass NER model, a one-pass NER model trained with the defaults, see models/README.md)" };
        cmd.Add(firstPass);
        var firstPassTags = new Option<string?>("--first-pass-tags") { Description = "file of the training sentences' jackknifed first-pass tags: read when it exists, else made (by fold models with the first pass's features) and written" };
        cmd.Add(firstPassTags);
        var lexiconPath = new Option<string?>("--lexicon")
        {
            Description = $"with the external feature group: the outside word list, en-lexicon's dist/lexicon.js (default: ${ExternalLexicon.EnvironmentVariable}, else the one `npm ci --prefix models/lexicon` installs)",
        };
        cmd.Add(lexiconPath);
        cmd.SetAction((parse, ct) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            try
            {
                // Everything a run needs is checked before it starts: a training run takes minutes.
                var path = parse.GetValue(output)!;
                OutputFile.Check(path, "--out");
                if (parse.GetValue(firstPassTags) is { } tagsFile && !File.Exists(tagsFile))
                {
                    OutputFile.Check(tagsFile, "--first-pass-tags");
                }
                var set = parse.GetValue(features) is { } f ? ParseFeatures(f) : kind == "ner" ? TaggerTraining.NerFeatures : TaggerTraining.PosFeatures;
                var sentences = parse.GetValue(conll)!.SelectMany(ConllReader.Read).ToList();
                var clusterPath = parse.GetValue(clusters) ?? (File.Exists(Path.Combine("models", "clusters.tsv")) ? Path.Combine("models", "clusters.tsv") : null);
                var wc = (set & FeatureSet.Clusters) != 0 && clusterPath is not null ? WordClusters.LoadText(clusterPath) : null;
                if ((set & FeatureSet.Clusters) != 0 && wc is null)
                {
                    stderr.WriteLine("no word clusters (give --clusters FILE or make models/clusters.tsv with `parallax train clusters`): training without them");
                    set &= ~FeatureSet.Clusters;
                }
                var data = kind == "ner" ? TaggerTraining.Ner(sentences) : TaggerTraining.Pos(sentences);
                var devSentences = parse.GetValue(dev) is { } d ? ConllReader.Read(d) : null;
                stdout.WriteLine($"training {kind} on {data.Count} sentences, features {set}{(wc is null ? "" : $", {wc.Count} clustered words")}");
                var sw = Stopwatch.StartNew();
                Action<int, TaggerModel>? afterEpoch = devSentences is null ? null : (epoch, model) =>
                {
                    var tagger = new SequenceTagger(model);
                    var score = kind == "ner"
                        ? NerEvaluation.Run(tagger, devSentences, null, ct).Scores.F1
                        : PosEvaluation.Run(tagger, devSentences, ct).Accuracy;
                    stdout.WriteLine($"  epoch {epoch}: dev {(kind == "ner" ? "F1" : "accuracy")} {score:F2}");
                };
                var options = new TrainerOptions
                {
                    Epochs = parse.GetValue(epochs),
                    MinFeatureCount = parse.GetValue(minCount),
                    ExtraNames = parse.GetValue(world) ? TaggerTraining.WorldNames() : [],
                    LexiconFolds = parse.GetValue(lexiconFolds),
                    Seed = parse.GetValue(seed),
                    Runs = parse.GetValue(runs),
                };
                if ((set & FeatureSet.External) != 0)
                {
                    var listPath = parse.GetValue(lexiconPath) ?? ExternalLexicon.Find()
                        ?? throw new FileNotFoundException($"the external feature group needs the outside word list; {ExternalLexicon.InstallHint}, or give --lexicon FILE");
                    var list = ExternalLexicon.Load(listPath);
                    stdout.WriteLine($"outside word list: {listPath} ({list.Fingerprint})");
                    options = options with { External = list };
                }
                if ((set & (FeatureSet.Stacked | FeatureSet.Aggregate)) != 0)
                {
                    options = WithFirstPass(kind, sentences, data, wc, options, parse.GetValue(firstPass), parse.GetValue(firstPassTags), stdout, ct);
                }
                var trained = PerceptronTrainer.Train(kind, data, set, wc, options, stdout, afterEpoch, ct);
                trained.Save(path);
                stdout.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1e6:F1} MB) after {sw.Elapsed.TotalSeconds:F0} s");
                return Task.FromResult(0);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException)
            {
                stderr.WriteLine(e.Message);
                return Task.FromResult(1);
            }
        });
        return cmd;
    }

    /// <summary>
    /// Options for a stacked model: the first-pass model, and the training sentences' first-pass tags from fold models
    /// trained with the first pass's feature groups (one run each), read from or written to <paramref name="tagsPath"/>.
    /// </summary>
    private static TrainerOptions WithFirstPass(string kind, List<ConllSentence> sentences, List<TaggedSentence> data, WordClusters? wc, TrainerOptions options, string? modelPath,
        string? tagsPath, TextWriter stdout, CancellationToken ct)
    {
        if (modelPath is null)
        {
            throw new ArgumentException("the stacked and aggregate feature groups need --first-pass MODEL (the model that tags new text first, e.g. models/pos.model)");
        }
        var first = TaggerModel.Load(modelPath);
        if (first.FirstPass is not null)
        {
            throw new ArgumentException($"'{modelPath}' has a first pass of its own; give --first-pass a one-pass model (for NER: `train ner` without the aggregate group, see models/README.md)");
        }
        List<string[]> tags;
        if (tagsPath is not null && File.Exists(tagsPath))
        {
            tags = StackedTraining.Load(tagsPath, data);
            stdout.WriteLine($"first-pass tags of the training sentences read from {tagsPath}");
        }
        else
        {
            // The first pass may tag something else than this model (entities for a POS model): its own labels of the same sentences.
            var firstData = first.Kind == kind ? data : first.Kind == "ner" ? TaggerTraining.Ner(sentences) : TaggerTraining.Pos(sentences);
            var firstOptions = options with { Runs = 1, ExtraNames = first.Kind == "ner" ? TaggerTraining.WorldNames() : options.ExtraNames };
            tags = StackedTraining.JackknifeTags(first.Kind, firstData, first.Features, wc, firstOptions, options.LexiconFolds > 1 ? options.LexiconFolds : 5, stdout, ct);
            if (tagsPath is not null)
            {
                StackedTraining.Save(tagsPath, tags);
                stdout.WriteLine($"wrote the jackknifed first-pass tags to {tagsPath}");
            }
        }
        if (first.Kind == kind)
        {
            int right = 0, all = 0;
            for (int s = 0; s < data.Count; s++)
            {
                for (int i = 0; i < tags[s].Length; i++)
                {
                    all++;
                    right += tags[s][i] == data[s].Tags[i] ? 1 : 0;
                }
            }
            stdout.WriteLine($"first-pass tags of the training sentences: {100.0 * right / Math.Max(1, all):F2}% right");
        }
        return options with { FirstPass = first, FirstPassTags = tags };
    }

    /// <summary>"64,256,1024" as numbers of classes; null when a part is not a whole number of at least 2.</summary>
    private static int[]? ParseSizes(string text)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var sizes = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out sizes[i]) || sizes[i] < 2)
            {
                return null;
            }
        }
        return sizes.Length > 0 ? sizes : null;
    }

    private static FeatureSet ParseFeatures(string text)
    {
        var set = FeatureSet.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            set |= Enum.TryParse<FeatureSet>(part, ignoreCase: true, out var f) && f != FeatureSet.None
                ? f
                : throw new ArgumentException($"unknown feature group '{part}'; use lexical, clusters, gazetteer, document, context, lexicon, history, stacked, righttoleft, external or aggregate");
        }
        return set;
    }

    private static Command Clusters()
    {
        var cmd = new Command("clusters", "Learn word classes from plain text files (one paragraph per line) with the exchange algorithm.");
        var text = new Option<string[]>("--text") { Description = "plain text file(s)", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "where to write the clusters", DefaultValueFactory = _ => Path.Combine("models", "clusters.tsv") };
        var sizes = new Option<string>("--sizes") { Description = "numbers of classes, comma-separated", DefaultValueFactory = _ => "64,256,1024" };
        var vocab = new Option<int>("--vocabulary") { Description = "cluster this many most frequent words", DefaultValueFactory = _ => 50_000 }.AtLeast(1);
        var minCount = new Option<int>("--min-count") { Description = "cluster only words seen at least this often", DefaultValueFactory = _ => 3 }.AtLeast(1);
        cmd.Add(text);
        cmd.Add(output);
        cmd.Add(sizes);
        cmd.Add(vocab);
        cmd.Add(minCount);
        cmd.SetAction((parse, ct) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var files = parse.GetValue(text)!;
            var missing = files.FirstOrDefault(f => !File.Exists(f));
            if (missing is not null)
            {
                stderr.WriteLine($"text file '{missing}' not found; give plain text files, one paragraph per line");
                return Task.FromResult(1);
            }
            var k = ParseSizes(parse.GetValue(sizes)!);
            if (k is null)
            {
                stderr.WriteLine($"--sizes '{parse.GetValue(sizes)}': give numbers of classes of at least 2, comma-separated, e.g. 64,256,1024");
                return Task.FromResult(1);
            }
            var path = parse.GetValue(output)!;
            try
            {
                OutputFile.Check(path, "--out");
                var sw = Stopwatch.StartNew();
                var sentences = files.SelectMany(File.ReadLines)
                    .Select(line => (IReadOnlyList<string>)Tokenizer.Tokenize(line).Select(t => SequenceTagger.Normalise(line[t.Span.Start..t.Span.End])).ToArray());
                var wc = WordClusterer.Learn(sentences, k, new WordClusterer.Options(VocabularySize: parse.GetValue(vocab), MinCount: parse.GetValue(minCount)), stdout, ct);
                wc.SaveText(path);
                stdout.WriteLine($"wrote {path}: {wc.Count} words in {sw.Elapsed.TotalSeconds:F0} s");
                return Task.FromResult(0);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine(e.Message);
                return Task.FromResult(1);
            }
        });
        return cmd;
    }
}
