using Parallax.Storage;

namespace Parallax.Text.Tagging;

/// <summary>Turns CoNLL column files into training sentences for the NER and POS taggers.</summary>
public static class TaggerTraining
{
    /// <summary>The feature groups the shipped NER model uses.</summary>
    public const FeatureSet NerFeatures = FeatureSet.Lexical | FeatureSet.Clusters | FeatureSet.Gazetteer | FeatureSet.Document;

    /// <summary>The feature groups the shipped POS model uses.</summary>
    public const FeatureSet PosFeatures = FeatureSet.Lexical | FeatureSet.Clusters | FeatureSet.Context | FeatureSet.Lexicon | FeatureSet.History;

    /// <summary>NER sentences: the last column (IOB1 or BIO) read as chunks and re-encoded as BILOU.</summary>
    public static List<TaggedSentence> Ner(IEnumerable<ConllSentence> sentences, Func<string, string?>? mapType = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return sentences.Select(s =>
        {
            var chunks = TagScheme.Chunks(s.LastColumn)
                .Select(c => (Type: mapType is null ? c.Type : mapType(c.Type), c.Start, c.End))
                .Where(c => c.Type is not null)
                .Select(c => (c.Type!, c.Start, c.End));
            return new TaggedSentence(s.Words.Select(SequenceTagger.Normalise).ToArray(), TagScheme.ToBilou(s.Words.Count, chunks), s.Document);
        }).ToList();
    }

    /// <summary>
    /// General world lists for the NER gazetteer: national capitals and large cities and country names (LOC), demonyms
    /// (MISC). They name no particular person or event.
    /// </summary>
    public static List<(string Type, IReadOnlyList<string> Words)> WorldNames()
    {
        var names = new List<(string Type, IReadOnlyList<string> Words)>();
        foreach (var place in Parallax.Entities.Places.Known.Concat(Parallax.Entities.RoleLexicon.Countries.Values).Distinct(StringComparer.Ordinal))
        {
            names.Add(("LOC", Text.Tokenizer.Tokenize(place).Select(t => place[t.Span.Start..t.Span.End]).ToArray()));
        }
        foreach (var demonym in Parallax.Entities.RoleLexicon.Demonyms)
        {
            names.Add(("MISC", Text.Tokenizer.Tokenize(demonym).Select(t => demonym[t.Span.Start..t.Span.End]).ToArray()));
        }
        return names;
    }

    /// <summary>POS sentences: the first tag column (Penn Treebank tags in CoNLL-2003).</summary>
    public static List<TaggedSentence> Pos(IEnumerable<ConllSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return sentences.Select(s => new TaggedSentence(s.Words.Select(SequenceTagger.Normalise).ToArray(), s.Columns[0], s.Document)).ToList();
    }
}

/// <summary>Finds the shipped model files.</summary>
public static class ModelFiles
{
    public const string Ner = "ner.model";
    public const string Pos = "pos.model";
    /// <summary>
    /// The POS model trained with the outside word list (<see cref="FeatureSet.External"/>): more accurate on CoNLL-2003,
    /// not the pipeline's tagger (its rules and figures were measured with <see cref="Pos"/>; models/README.md).
    /// </summary>
    public const string PosLexicon = "pos-lexicon.model";

    /// <summary>
    /// The path of a shipped model: $PARALLAX_MODELS, then models/ beside the running assembly (the build copies
    /// them there), then models/ in a folder above it (a source checkout). Null when none has it.
    /// </summary>
    public static string? Find(string name)
    {
        var env = Environment.GetEnvironmentVariable("PARALLAX_MODELS");
        if (!string.IsNullOrEmpty(env) && File.Exists(Path.Combine(env, name)))
        {
            return Path.Combine(env, name);
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>The path of a shipped model, or an exception that says where it was looked for and how to make it.</summary>
    public static string Require(string name) =>
        Find(name) ?? throw new FileNotFoundException(
            $"model '{name}' not found in $PARALLAX_MODELS, in models/ beside {AppContext.BaseDirectory} or in any models/ folder above it; " +
            $"restore models/{name} from the repository or train it with `parallax train`", name);
}

/// <summary>
/// Training data for stacked features (<see cref="FeatureSet.Stacked"/>): the first-pass tags of training sentences come
/// from models trained without the sentence's own fold of documents, so the second pass learns how far to trust tags as
/// wrong as they are on new text (with the first pass's own training tags it would trust them blindly).
/// </summary>
public static class StackedTraining
{
    /// <summary>Per sentence, the tags of a model trained on the other folds of documents (document number modulo <paramref name="folds"/>).</summary>
    public static List<string[]> JackknifeTags(string kind, IReadOnlyList<TaggedSentence> sentences, FeatureSet features, WordClusters? clusters,
        TrainerOptions options, int folds, TextWriter? log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        if (folds < 2)
        {
            throw new ArgumentException($"{folds} folds: jackknifed first-pass tags need at least 2", nameof(folds));
        }
        var result = new string[sentences.Count][];
        var synchronizedLog = log is null ? null : TextWriter.Synchronized(log);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.For(0, folds, parallel, k =>
        {
            var train = sentences.Where(s => s.Document % folds != k).ToList();
            synchronizedLog?.WriteLine($"first pass without fold {k + 1} of {folds}: {train.Count} sentences");
            var model = PerceptronTrainer.Train(kind, train, features & ~FeatureSet.Stacked, clusters, options, synchronizedLog, null, cancellationToken);
            var tagger = new SequenceTagger(model);
            foreach (var doc in Enumerable.Range(0, sentences.Count).Where(i => sentences[i].Document % folds == k).GroupBy(i => sentences[i].Document))
            {
                var ids = doc.ToList();
                var tagged = tagger.TagDocument(ids.Select(i => sentences[i].Words).ToList());
                for (int j = 0; j < ids.Count; j++)
                {
                    result[ids[j]] = tagged[j];
                }
            }
        });
        return [.. result];
    }

    /// <summary>Writes tags one sentence a line, separated by spaces.</summary>
    public static void Save(string path, IEnumerable<IReadOnlyList<string>> tags) =>
        OutputFile.WriteText(path, w =>
        {
            foreach (var t in tags)
            {
                w.WriteLine(string.Join(' ', t));
            }
        });

    /// <summary>Reads tags written by <see cref="Save"/>, checking they fit the sentences.</summary>
    public static List<string[]> Load(string path, IReadOnlyList<TaggedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var lines = File.ReadAllLines(path);
        if (lines.Length != sentences.Count)
        {
            throw new InvalidDataException($"'{path}' has first-pass tags for {lines.Length} sentences, the training data {sentences.Count}: delete it to tag them again");
        }
        var result = new List<string[]>(lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            var t = lines[i].Split(' ');
            if (t.Length != sentences[i].Words.Count)
            {
                throw new InvalidDataException($"'{path}' line {i + 1}: {t.Length} tags for {sentences[i].Words.Count} words: delete it to tag them again");
            }
            result.Add(t);
        }
        return result;
    }
}
