using System.CommandLine;
using System.Diagnostics;
using Parallax.Eval.Ner;
using Parallax.Eval.Pos;
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
        train.Add(Induce());
        return train;
    }

    private static Command Prune()
    {
        var cmd = new Command("prune", "Drop a tagger model's small weights: a smaller, faster model (score it again with `parallax eval`).");
        var model = new Option<string>("--model") { Description = "the model file to prune", Required = true };
        var output = new Option<string>("--out") { Description = "where to write the pruned model", Required = true };
        var minWeight = new Option<float>("--min-weight") { Description = "keep weights at least this large in absolute value", Required = true };
        cmd.Add(model);
        cmd.Add(output);
        cmd.Add(minWeight);
        cmd.SetAction((parse, ct) =>
        {
            try
            {
                var loaded = TaggerModel.Load(parse.GetValue(model)!);
                var pruned = loaded.Pruned(parse.GetValue(minWeight));
                var path = parse.GetValue(output)!;
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
        var epochs = new Option<int>("--epochs") { Description = "passes over the training data", DefaultValueFactory = _ => 12 };
        var minCount = new Option<int>("--min-count") { Description = "drop features seen fewer times", DefaultValueFactory = _ => 1 };
        var world = new Option<bool>("--world-lists") { Description = "add general lists of capitals, countries and demonyms to the NER gazetteer" };
        var features = new Option<string?>("--features") { Description = "feature groups, comma-separated: lexical,clusters,gazetteer,document,context,lexicon,history,induced,unknown (default: what the shipped model of the kind uses)" };
        cmd.Add(conll);
        cmd.Add(dev);
        cmd.Add(output);
        cmd.Add(clusters);
        cmd.Add(epochs);
        cmd.Add(minCount);
        cmd.Add(features);
        cmd.Add(world);
        var lexiconFolds = new Option<int>("--lexicon-folds") { Description = "build the tag lexicon of training sentences without their own of this many document folds (0: from all data)", DefaultValueFactory = _ => 5 };
        cmd.Add(lexiconFolds);
        var seed = new Option<int>("--seed") { Description = "seed of the shuffled training order", DefaultValueFactory = _ => 17 };
        cmd.Add(seed);
        var runs = new Option<int>("--runs") { Description = "train this many times (seeds --seed, --seed + 1, ...) and keep the mean weights", DefaultValueFactory = _ => 1 };
        cmd.Add(runs);
        var induced = new Option<string?>("--induced") { Description = "POS: induced tag counts (from `parallax train induce` with a model trained on all the data); adds the induced feature group" };
        cmd.Add(induced);
        var inducedFolds = new Option<string[]>("--induced-folds")
        {
            Description = "POS: one induced-counts file per lexicon fold k, from a model trained without the documents whose number % folds == k",
            AllowMultipleArgumentsPerToken = true,
        };
        cmd.Add(inducedFolds);
        var lexiconShare = new Option<double>("--lexicon-min-share")
        {
            Description = "POS: a tag joins a word's class in the tag lexicon from this share of its occurrences",
            DefaultValueFactory = _ => TagLexicon.MinShare,
        };
        cmd.Add(lexiconShare);
        var varyFolds = new Option<bool>("--vary-folds") { Description = "with --runs: each run splits the documents into lexicon folds differently" };
        cmd.Add(varyFolds);
        cmd.SetAction((parse, ct) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            try
            {
                var set = parse.GetValue(features) is { } f ? ParseFeatures(f) : kind == "ner" ? TaggerTraining.NerFeatures : TaggerTraining.PosFeatures;
                var inducedPath = parse.GetValue(induced);
                if (inducedPath is not null)
                {
                    set |= FeatureSet.Induced;
                }
                var clusterPath = parse.GetValue(clusters) ?? (File.Exists(Path.Combine("models", "clusters.tsv")) ? Path.Combine("models", "clusters.tsv") : null);
                var wc = (set & FeatureSet.Clusters) != 0 && clusterPath is not null ? WordClusters.LoadText(clusterPath) : null;
                if ((set & FeatureSet.Clusters) != 0 && wc is null)
                {
                    stderr.WriteLine("no word clusters (give --clusters FILE or make models/clusters.tsv with `parallax train clusters`): training without them");
                    set &= ~FeatureSet.Clusters;
                }
                var sentences = parse.GetValue(conll)!.SelectMany(ConllReader.Read).ToList();
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
                    LexiconMinShare = parse.GetValue(lexiconShare),
                    VaryFolds = parse.GetValue(varyFolds),
                    Induced = inducedPath is null ? [] : ReadInduced(inducedPath),
                    InducedFolds = (parse.GetValue(inducedFolds) ?? []).Select(ReadInduced).ToArray(),
                };
                var trained = PerceptronTrainer.Train(kind, data, set, wc, options, stdout, afterEpoch, ct);
                var path = parse.GetValue(output)!;
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

    /// <summary>Induced tag counts: "word TAB tag TAB count" lines, as `parallax train induce` writes them.</summary>
    private static List<(string Word, string Tag, int Count)> ReadInduced(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"induced counts '{path}' not found; make them with `parallax train induce --model MODEL --text FILE --out {path}`", path);
        }
        var result = new List<(string, string, int)>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            var parts = line.Split('\t');
            if (parts.Length != 3 || !int.TryParse(parts[2], out var count))
            {
                throw new InvalidDataException($"{path}:{lineNo}: expected 'word TAB tag TAB count', found '{line}'");
            }
            result.Add((parts[0], parts[1], count));
        }
        return result;
    }

    private static Command Induce()
    {
        var cmd = new Command("induce", "Tag plain text with a POS model and count the tags each word got (induced tag counts for `train pos --induced`).");
        var model = new Option<string>("--model") { Description = "the POS model that tags the text", Required = true };
        var text = new Option<string[]>("--text") { Description = "plain text file(s), one paragraph per line", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "where to write the counts ('word TAB tag TAB count' lines)", Required = true };
        cmd.Add(model);
        cmd.Add(text);
        cmd.Add(output);
        var sentencesOut = new Option<string?>("--sentences") { Description = "also write the tagged text as a CoNLL file ('word tag' lines, one document per paragraph)" };
        cmd.Add(sentencesOut);
        cmd.SetAction((parse, ct) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var files = parse.GetValue(text)!;
            using var conllOut = parse.GetValue(sentencesOut) is { } so ? new StreamWriter(so) : null;
            var missing = files.FirstOrDefault(f => !File.Exists(f));
            if (missing is not null)
            {
                parse.InvocationConfiguration.Error.WriteLine($"text file '{missing}' not found; give plain text files, one paragraph per line");
                return Task.FromResult(1);
            }
            try
            {
                var sw = Stopwatch.StartNew();
                var tagger = new SequenceTagger(TaggerModel.Load(parse.GetValue(model)!));
                var counts = new Dictionary<(string, string), int>();
                long tokens = 0;
                foreach (var line in files.SelectMany(File.ReadLines))
                {
                    ct.ThrowIfCancellationRequested();
                    var toks = Tokenizer.Tokenize(line);
                    var sentences = SentenceSplitter.Split(line, toks)
                        .Select(s => (IReadOnlyList<string>)toks.Skip(s.FirstToken).Take(s.TokenCount).Select(t => line[t.Span.Start..t.Span.End]).ToArray())
                        .ToList();
                    var tagged = tagger.TagDocument(sentences);
                    if (conllOut is not null && sentences.Count > 0)
                    {
                        conllOut.WriteLine("-DOCSTART- -X-");
                        conllOut.WriteLine();
                        for (int i = 0; i < sentences.Count; i++)
                        {
                            var words = sentences[i].Select(SequenceTagger.Normalise).ToArray();
                            if (words.Any(x => x.Any(char.IsWhiteSpace) || x.Any(char.IsSurrogate)))
                            {
                                continue;
                            }
                            for (int j = 0; j < words.Length; j++)
                            {
                                conllOut.WriteLine($"{words[j]} {tagged[i][j]}");
                            }
                            conllOut.WriteLine();
                        }
                    }
                    for (int i = 0; i < sentences.Count; i++)
                    {
                        for (int j = 0; j < sentences[i].Count; j++)
                        {
                            var key = (SequenceTagger.Normalise(sentences[i][j]), tagged[i][j]);
                            counts[key] = counts.GetValueOrDefault(key) + 1;
                            tokens++;
                        }
                    }
                }
                var path = parse.GetValue(output)!;
                using (var w = new StreamWriter(path))
                {
                    foreach (var ((word, tag), n) in counts.OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal))
                    {
                        // Tabs would break the line format; lone surrogates (emoji split by the tokenizer) cannot be written as UTF-8.
                        if (!word.Contains('\t', StringComparison.Ordinal) && !word.Any(char.IsSurrogate))
                        {
                            w.WriteLine($"{word}\t{tag}\t{n}");
                        }
                    }
                }
                stdout.WriteLine($"wrote {path}: {counts.Count} word-tag pairs from {tokens} tokens in {sw.Elapsed.TotalSeconds:F0} s");
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

    private static FeatureSet ParseFeatures(string text)
    {
        var set = FeatureSet.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            set |= Enum.TryParse<FeatureSet>(part, ignoreCase: true, out var f) && f != FeatureSet.None
                ? f
                : throw new ArgumentException($"unknown feature group '{part}'; use lexical, clusters, gazetteer, document, context, lexicon, history, induced or unknown");
        }
        return set;
    }

    private static Command Clusters()
    {
        var cmd = new Command("clusters", "Learn word classes from plain text files (one paragraph per line) with the exchange algorithm.");
        var text = new Option<string[]>("--text") { Description = "plain text file(s)", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "where to write the clusters", DefaultValueFactory = _ => Path.Combine("models", "clusters.tsv") };
        var sizes = new Option<string>("--sizes") { Description = "numbers of classes, comma-separated", DefaultValueFactory = _ => "64,256,1024" };
        var vocab = new Option<int>("--vocabulary") { Description = "cluster this many most frequent words", DefaultValueFactory = _ => 50_000 };
        var minCount = new Option<int>("--min-count") { Description = "cluster only words seen at least this often", DefaultValueFactory = _ => 3 };
        cmd.Add(text);
        cmd.Add(output);
        cmd.Add(sizes);
        cmd.Add(vocab);
        cmd.Add(minCount);
        cmd.SetAction((parse, ct) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var files = parse.GetValue(text)!;
            var missing = files.FirstOrDefault(f => !File.Exists(f));
            if (missing is not null)
            {
                parse.InvocationConfiguration.Error.WriteLine($"text file '{missing}' not found; give plain text files, one paragraph per line");
                return Task.FromResult(1);
            }
            var sw = Stopwatch.StartNew();
            var sentences = files.SelectMany(File.ReadLines)
                .Select(line => (IReadOnlyList<string>)Tokenizer.Tokenize(line).Select(t => SequenceTagger.Normalise(line[t.Span.Start..t.Span.End])).ToArray());
            var k = parse.GetValue(sizes)!.Split(',').Select(int.Parse).ToArray();
            var wc = WordClusterer.Learn(sentences, k, new WordClusterer.Options(VocabularySize: parse.GetValue(vocab), MinCount: parse.GetValue(minCount)), stdout, ct);
            var path = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            wc.SaveText(path);
            stdout.WriteLine($"wrote {path}: {wc.Count} words in {sw.Elapsed.TotalSeconds:F0} s");
            return Task.FromResult(0);
        });
        return cmd;
    }
}
