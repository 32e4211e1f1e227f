using Parallax.Eval.Ner;
using Parallax.Storage;
using System.Diagnostics;
using System.IO.Compression;

namespace Parallax.Text.Tagging;

/// <summary>
/// A trained linear-chain tagger (averaged perceptron weights, first-order Viterbi decoding) with everything
/// it needs to extract its own features: word clusters, gazetteer and the feature set it was trained with.
/// Weights are stored sparsely: per feature, only the tags whose weight is not zero.
/// </summary>
public sealed class TaggerModel
{
    private const string Magic = "PARALLAX-TAGGER";
    // Version 2 adds the tag lexicon (absent in version 1 files, which still load); version 3 the first-pass model of
    // stacked features; version 4 the fingerprint of the outside word list (absent in earlier files).
    private const int Version = 4;

    private readonly FeatureTable _table;
    private readonly int[] _rowStart;
    private readonly byte[] _rowTag;
    private readonly float[] _rowWeight;
    private readonly (float Weight, int Tag)[] _row;
    private readonly float[] _transition;
    private readonly float[] _transitionByTarget;
    private readonly float[] _startWeight;
    private readonly bool[] _allowed;
    private readonly bool[] _allowedStart;
    private readonly bool[] _allowedEnd;
    private readonly bool _constrained;
    /// <summary>Per tag, the tags allowed before it, in order (BILOU allows 2 of 17 before an I- or L- tag).</summary>
    private readonly int[][] _predecessors;
    private readonly Dictionary<string, (ulong Tags, int First)>? _externalTags;

    internal TaggerModel(string kind, string[] tags, FeatureSet features, WordClusters? clusters, Gazetteer? gazetteer,
        ulong[] keys, int[] rowStart, byte[] rowTag, float[] rowWeight, float[] transition, float[] startWeight, TagLexicon? lexicon = null,
        ExternalLexicon? external = null)
    {
        Lexicon = lexicon;
        if ((features & FeatureSet.External) != 0)
        {
            External = external ?? throw new ArgumentException($"a model with external features needs the outside word list; {ExternalLexicon.InstallHint}", nameof(external));
            _externalTags = external.Bind(tags);
        }
        Kind = kind;
        Tags = tags;
        Features = features;
        Clusters = clusters;
        Gazetteer = gazetteer;
        Keys = keys;
        _table = new FeatureTable(keys, rowStart);
        // Tag and weight side by side, so one feature's weights are read from one place.
        _row = new (float, int)[rowWeight.Length];
        for (int j = 0; j < _row.Length; j++)
        {
            _row[j] = (rowWeight[j], rowTag[j]);
        }
        _rowStart = rowStart;
        _rowTag = rowTag;
        _rowWeight = rowWeight;
        _transition = transition;
        // The same weights laid out by target tag, so Viterbi's inner loop reads them in order.
        _transitionByTarget = new float[transition.Length];
        int nt = tags.Length;
        for (int p = 0; p < nt; p++)
        {
            for (int y = 0; y < nt; y++)
            {
                _transitionByTarget[y * nt + p] = transition[p * nt + y];
            }
        }
        _startWeight = startWeight;
        (_allowed, _allowedStart, _allowedEnd) = TagScheme.Constraints(tags);
        _constrained = _allowed.Contains(false);
        _predecessors = [.. Enumerable.Range(0, nt).Select(y => Enumerable.Range(0, nt).Where(p => _allowed[p * nt + y]).ToArray())];
    }

    /// <summary>"ner" or "pos".</summary>
    public string Kind { get; }
    public IReadOnlyList<string> Tags { get; }
    public FeatureSet Features { get; }
    public WordClusters? Clusters { get; }
    public Gazetteer? Gazetteer { get; }
    public TagLexicon? Lexicon { get; }

    /// <summary>The outside word list of <see cref="FeatureSet.External"/> features; null for models without them.</summary>
    public ExternalLexicon? External { get; }

    /// <summary>
    /// What this model's output depends on: the start of its file's SHA-256 (and the word list's fingerprint) for a loaded
    /// model; a model made in memory has a name of its own for the life of the process.
    /// </summary>
    public string Identity => _identity;

    private string _identity = "in-memory-" + Guid.NewGuid().ToString("N");

    /// <summary>
    /// With <see cref="FeatureSet.Stacked"/>: the model whose tags of the next words this one reads (it tags each sentence
    /// first). Null otherwise.
    /// </summary>
    public TaggerModel? FirstPass { get; internal set; }
    internal ulong[] Keys { get; }
    public int FeatureCount => Keys.Length;
    public int WeightCount => _rowWeight.Length;

    /// <summary>
    /// When above zero, Viterbi extends only this many best partial paths at each token instead of all of them
    /// (exact decoding when 0). Worth it for many tags: POS has 45, so exact decoding weighs 45 × 45 transitions per token.
    /// </summary>
    public int BeamWidth { get; set; }

    internal FeatureExtractor CreateExtractor() => new(Features, Clusters, Gazetteer, Lexicon, _externalTags);

    /// <summary>Best tag sequence for the features in the buffer (tag indices into <see cref="Tags"/>).</summary>
    internal void Decode(FeatureBuffer buf, int[] result, float[] scratch) => Decode(buf, result, scratch, []);

    /// <summary>
    /// Best tag sequence for the features in the buffer plus <paramref name="prior"/> (tokens × tags: scores the other
    /// features of the same tokens gave, empty for none).
    /// </summary>
    internal void Decode(FeatureBuffer buf, int[] result, float[] scratch, ReadOnlySpan<float> prior)
    {
        int n = buf.Tokens;
        int t = Tags.Count;
        if (n == 0)
        {
            return;
        }
        // scratch: emissions n*t, scores n*t, backpointers n*t (as floats).
        var emit = scratch.AsSpan(0, n * t);
        if (prior.IsEmpty)
        {
            emit.Clear();
        }
        else
        {
            prior[..(n * t)].CopyTo(emit);
        }
        AddEmissions(buf, emit);
        if ((Features & FeatureSet.History) != 0)
        {
            Greedy(emit, buf, result);
            return;
        }
        DecodeEmissions(n, result, scratch);
    }

    /// <summary>Adds the weights of the buffer's features to <paramref name="emit"/> (tokens × tags).</summary>
    internal void AddEmissions(FeatureBuffer buf, Span<float> emit)
    {
        int t = Tags.Count;
        for (int i = 0; i < buf.Tokens; i++)
        {
            var row = emit.Slice(i * t, t);
            foreach (var h in buf.Of(i))
            {
                if (!_table.Find(h, out var start, out var end))
                {
                    continue;
                }
                for (int j = start; j < end; j++)
                {
                    var (weight, tag) = _row[j];
                    row[tag] += weight;
                }
            }
        }
    }

    /// <summary>Best tag sequence (Viterbi) for emission scores already summed (tokens × tags, in the first places of <paramref name="scratch"/>).</summary>
    internal void DecodeEmissions(int n, int[] result, float[] scratch)
    {
        int t = Tags.Count;
        Viterbi(scratch.AsSpan(0, n * t), n, result, scratch.AsSpan(n * t, n * t), scratch.AsSpan(2 * n * t, n * t));
    }

    /// <summary>
    /// One table holding the weights of two models over the same features: tags 0 … T−1 are the first model's, T … 2T−1
    /// the second's (<see cref="AddEmissions"/> then reads both with one look-up per feature). Nothing else of it is used.
    /// </summary>
    internal static TaggerModel Side(TaggerModel first, TaggerModel second)
    {
        int t = first.Tags.Count;
        // Union of the two key sets: the first model's keys in order, then the second's that the first lacks.
        var index = new Dictionary<ulong, int>(first.Keys.Length + second.Keys.Length);
        var keys = new List<ulong>(first.Keys.Length + second.Keys.Length);
        foreach (var key in first.Keys.Concat(second.Keys))
        {
            if (index.TryAdd(key, keys.Count))
            {
                keys.Add(key);
            }
        }
        var firstOf = new int[keys.Count];
        var secondOf = new int[keys.Count];
        Array.Fill(firstOf, -1);
        Array.Fill(secondOf, -1);
        for (int i = 0; i < first.Keys.Length; i++)
        {
            firstOf[index[first.Keys[i]]] = i;
        }
        for (int i = 0; i < second.Keys.Length; i++)
        {
            secondOf[index[second.Keys[i]]] = i;
        }
        var rowStart = new int[keys.Count + 1];
        for (int k = 0; k < keys.Count; k++)
        {
            rowStart[k + 1] = rowStart[k] + RowLength(first, firstOf[k]) + RowLength(second, secondOf[k]);
        }
        var rowTag = new byte[rowStart[^1]];
        var rowWeight = new float[rowStart[^1]];
        for (int k = 0; k < keys.Count; k++)
        {
            int at = rowStart[k];
            foreach (var (model, i, offset) in new[] { (first, firstOf[k], 0), (second, secondOf[k], t) })
            {
                if (i < 0)
                {
                    continue;
                }
                for (int j = model._rowStart[i]; j < model._rowStart[i + 1]; j++, at++)
                {
                    rowTag[at] = (byte)(model._rowTag[j] + offset);
                    rowWeight[at] = model._rowWeight[j];
                }
            }
        }
        string[] tags = [.. first.Tags.Select(x => "1:" + x), .. second.Tags.Select(x => "2:" + x)];
        return new TaggerModel(first.Kind, tags, first.Features, first.Clusters, first.Gazetteer, [.. keys], rowStart, rowTag, rowWeight,
            new float[tags.Length * tags.Length], new float[tags.Length]);
    }

    private static int RowLength(TaggerModel model, int i) => i < 0 ? 0 : model._rowStart[i + 1] - model._rowStart[i];

    /// <summary>
    /// Whether this model's features other than <see cref="FeatureSet.Aggregate"/> are read exactly as
    /// <paramref name="other"/> reads its own: the same groups, word clusters and gazetteer.
    /// </summary>
    internal bool ReadsAs(TaggerModel other) =>
        (Features & ~FeatureSet.Aggregate) == other.Features && Lexicon is null && other.Lexicon is null && External is null && other.External is null
        && SameBytes(w => Clusters?.Write(w), w => other.Clusters?.Write(w))
        && SameBytes(w => Gazetteer?.Write(w), w => other.Gazetteer?.Write(w));

    private static bool SameBytes(Action<BinaryWriter> a, Action<BinaryWriter> b)
    {
        static byte[] Bytes(Action<BinaryWriter> write)
        {
            using var ms = new MemoryStream();
            using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                write(w);
            }
            return ms.ToArray();
        }
        return Bytes(a).AsSpan().SequenceEqual(Bytes(b));
    }

    /// <summary>Left to right: each token's tag from its own features and those of the two tags chosen before it.</summary>
    private void Greedy(Span<float> emit, FeatureBuffer buf, int[] result)
    {
        int n = buf.Tokens, t = Tags.Count;
        Span<ulong> history = stackalloc ulong[FeatureExtractor.MaxHistory];
        var amb = buf.Amb.AsSpan(0, n);
        var words = buf.WordKey.AsSpan(0, n);
        var suffixes = buf.SuffixKey.AsSpan(0, n);
        var ext = _externalTags is null ? [] : buf.Ext.AsSpan(0, n);
        var first = FirstPass is null ? [] : buf.First.AsSpan(0, n);
        int p1 = -1, p2 = -2;
        for (int i = 0; i < n; i++)
        {
            var row = emit.Slice(i * t, t);
            int k = FeatureExtractor.History(amb, words, suffixes, first, ext, i, p1, p2, history);
            for (int j = 0; j < k; j++)
            {
                if (!_table.Find(history[j], out var start, out var end))
                {
                    continue;
                }
                for (int m = start; m < end; m++)
                {
                    var (weight, tag) = _row[m];
                    row[tag] += weight;
                }
            }
            int best = 0;
            for (int y = 1; y < t; y++)
            {
                if (row[y] > row[best])
                {
                    best = y;
                }
            }
            result[i] = best;
            p2 = p1;
            p1 = best;
        }
    }

    internal static int ScratchSize(int tokens, int tags) => 3 * tokens * tags;

    private void Viterbi(ReadOnlySpan<float> emit, int n, int[] result, Span<float> score, Span<float> back)
    {
        int t = Tags.Count;
        int beam = BeamWidth > 0 && BeamWidth < t ? BeamWidth : t;
        Span<int> best = stackalloc int[beam];
        for (int y = 0; y < t; y++)
        {
            score[y] = _allowedStart[y] ? _startWeight[y] + emit[y] : float.NegativeInfinity;
        }
        for (int i = 1; i < n; i++)
        {
            var previous = score.Slice((i - 1) * t, t);
            if (beam < t)
            {
                TopK(previous, best);
            }
            for (int y = 0; y < t; y++)
            {
                float top = float.NegativeInfinity;
                int arg = 0;
                if (beam < t)
                {
                    foreach (var p in best)
                    {
                        float s = previous[p] + _transitionByTarget[y * t + p];
                        if (s > top && (!_constrained || _allowed[p * t + y]))
                        {
                            top = s;
                            arg = p;
                        }
                    }
                }
                else
                {
                    foreach (int p in _predecessors[y])
                    {
                        float s = previous[p] + _transitionByTarget[y * t + p];
                        if (s > top)
                        {
                            top = s;
                            arg = p;
                        }
                    }
                }
                score[i * t + y] = top + emit[i * t + y];
                back[i * t + y] = arg;
            }
        }
        float bestEnd = float.NegativeInfinity;
        int last = 0;
        for (int y = 0; y < t; y++)
        {
            float s = _allowedEnd[y] ? score[(n - 1) * t + y] : float.NegativeInfinity;
            if (s > bestEnd)
            {
                bestEnd = s;
                last = y;
            }
        }
        result[n - 1] = last;
        for (int i = n - 1; i > 0; i--)
        {
            result[i - 1] = (int)back[i * t + result[i]];
        }
    }

    /// <summary>The indices of the k highest scores (k = best.Length), by insertion into a small sorted list.</summary>
    private static void TopK(ReadOnlySpan<float> scores, Span<int> best)
    {
        int k = best.Length, filled = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            float s = scores[i];
            if (filled == k && s <= scores[best[k - 1]])
            {
                continue;
            }
            int j = filled < k ? filled++ : k - 1;
            while (j > 0 && scores[best[j - 1]] < s)
            {
                best[j] = best[j - 1];
                j--;
            }
            best[j] = i;
        }
    }

    /// <summary>
    /// The same model without the weights smaller than <paramref name="minWeight"/> in absolute value (and without the
    /// features left with none): smaller and faster, at a cost in accuracy that eval/README.md records per threshold.
    /// </summary>
    public TaggerModel Pruned(float minWeight)
    {
        var keys = new List<ulong>();
        var rowStart = new List<int> { 0 };
        var rowTag = new List<byte>();
        var rowWeight = new List<float>();
        for (int f = 0; f < Keys.Length; f++)
        {
            int before = rowTag.Count;
            for (int j = _rowStart[f]; j < _rowStart[f + 1]; j++)
            {
                if (Math.Abs(_rowWeight[j]) >= minWeight)
                {
                    rowTag.Add(_rowTag[j]);
                    rowWeight.Add(_rowWeight[j]);
                }
            }
            if (rowTag.Count > before)
            {
                keys.Add(Keys[f]);
                rowStart.Add(rowTag.Count);
            }
        }
        return new TaggerModel(Kind, [.. Tags], Features, Clusters, Gazetteer, [.. keys], [.. rowStart], [.. rowTag], [.. rowWeight],
            _transition, _startWeight, Lexicon, External) { FirstPass = FirstPass };
    }

    public void Save(string path)
    {
        // A failed or interrupted save leaves the old model whole.
        OutputFile.Write(path, file =>
        {
            using var gz = new GZipStream(file, CompressionLevel.Optimal);
            using var w = new BinaryWriter(gz);
            Write(w);
        });
    }

    private void Write(BinaryWriter w)
    {
        w.Write(Magic);
        w.Write(Version);
        w.Write(Kind);
        w.Write((int)Features);
        w.Write(Tags.Count);
        foreach (var tag in Tags)
        {
            w.Write(tag);
        }
        w.Write(Clusters is not null);
        Clusters?.Write(w);
        w.Write(Gazetteer is not null);
        Gazetteer?.Write(w);
        w.Write(Lexicon is not null);
        Lexicon?.Write(w);
        w.Write(FirstPass is not null);
        FirstPass?.Write(w);
        w.Write(External is not null);
        if (External is not null)
        {
            w.Write(External.Fingerprint);
        }
        WriteArray(w, Keys);
        WriteArray(w, _rowStart);
        WriteArray(w, _rowTag);
        WriteArray(w, _rowWeight);
        WriteArray(w, _transition);
        WriteArray(w, _startWeight);
    }

    /// <summary>
    /// Reads a model file. A model trained with an outside word list (<see cref="FeatureSet.External"/>) needs that same
    /// list: <paramref name="external"/>, else the installed one (<see cref="ExternalLexicon.Shared"/>); without it, or
    /// with another list, loading fails and says how to install the right one.
    /// </summary>
    public static TaggerModel Load(string path, ExternalLexicon? external = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no tagger model at '{path}'; train one with `parallax train ner|pos --conll FILE --out {path}`", path);
        }
        var bytes = File.ReadAllBytes(path);
        using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var r = new BinaryReader(new BufferedStream(gz, 1 << 16));
        var model = Read(r, path, external);
        model._identity = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16]
            + (model.External is { } list ? " + " + list.Fingerprint : "");
        return model;
    }

    private static TaggerModel Read(BinaryReader r, string path, ExternalLexicon? external)
    {
        string magic;
        try
        {
            magic = r.ReadString();
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"'{path}' is not a Parallax tagger model (not gzip); train one with `parallax train`", e);
        }
        if (magic != Magic)
        {
            throw new InvalidDataException($"'{path}' is not a Parallax tagger model; train one with `parallax train`");
        }
        int version = r.ReadInt32();
        if (version is < 1 or > Version)
        {
            throw new InvalidDataException($"'{path}' is a version {version} model; this Parallax reads version {Version}: retrain it with `parallax train`");
        }
        var kind = r.ReadString();
        var features = (FeatureSet)r.ReadInt32();
        var tags = new string[r.ReadInt32()];
        for (int i = 0; i < tags.Length; i++)
        {
            tags[i] = r.ReadString();
        }
        var clusters = r.ReadBoolean() ? WordClusters.Read(r) : null;
        var gazetteer = r.ReadBoolean() ? Gazetteer.Read(r) : null;
        var lexicon = version >= 2 && r.ReadBoolean() ? TagLexicon.Read(r) : null;
        var firstPass = version >= 3 && r.ReadBoolean() ? Read(r, path, external) : null;
        var fingerprint = version >= 4 && r.ReadBoolean() ? r.ReadString() : null;
        if ((features & FeatureSet.External) != 0)
        {
            external = ListFor(path, fingerprint, external);
        }
        var keys = ReadArray<ulong>(r);
        var rowStart = ReadArray<int>(r);
        var rowTag = ReadArray<byte>(r);
        var rowWeight = ReadArray<float>(r);
        var transition = ReadArray<float>(r);
        var start = ReadArray<float>(r);
        return new TaggerModel(kind, tags, features, clusters, gazetteer, keys, rowStart, rowTag, rowWeight, transition, start, lexicon,
            (features & FeatureSet.External) != 0 ? external : null)
        {
            FirstPass = firstPass,
        };
    }

    private static ExternalLexicon ListFor(string path, string? fingerprint, ExternalLexicon? given)
    {
        var list = given ?? ExternalLexicon.Shared
            ?? throw new FileNotFoundException($"'{path}' was trained with an outside word list ({fingerprint}) that is not installed; {ExternalLexicon.InstallHint}");
        if (list.Fingerprint != fingerprint)
        {
            throw new InvalidDataException(
                $"'{path}' was trained with the word list '{fingerprint}', but '{list.SourcePath}' is '{list.Fingerprint}'; {ExternalLexicon.InstallHint}, or retrain the model on this list");
        }
        return list;
    }

    private static void WriteArray<T>(BinaryWriter w, T[] a) where T : unmanaged
    {
        w.Write(a.Length);
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(a.AsSpan()));
    }

    private static T[] ReadArray<T>(BinaryReader r) where T : unmanaged
    {
        int n = r.ReadInt32();
        var a = new T[n];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(a.AsSpan());
        int read = 0;
        while (read < bytes.Length)
        {
            int k = r.Read(bytes[read..]);
            if (k == 0)
            {
                throw new EndOfStreamException("model file is truncated; retrain it with `parallax train`");
            }
            read += k;
        }
        Debug.Assert(read == bytes.Length);
        return a;
    }
}

/// <summary>Tag encodings: CoNLL IOB1 and BIO in, BILOU inside the NER tagger.</summary>
public static class TagScheme
{
    /// <summary>Entity chunks (type, start, end exclusive) of a tag sequence in IOB1, BIO, IOBES or BILOU.</summary>
    public static List<(string Type, int Start, int End)> Chunks(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var chunks = new List<(string, int, int)>();
        string prevTag = "O", prevType = "";
        int start = -1;
        for (int i = 0; i <= tags.Count; i++)
        {
            var (tag, type) = i < tags.Count ? Split(tags[i]) : ("O", "");
            if (start >= 0 && ConllEvalRules.EndOfChunk(prevTag, tag, prevType, type))
            {
                chunks.Add((prevType, start, i));
                start = -1;
            }
            if (ConllEvalRules.StartOfChunk(prevTag, tag, prevType, type))
            {
                start = i;
            }
            prevTag = tag;
            prevType = type;
        }
        return chunks;
    }

    internal static (string Prefix, string Type) Split(string tag)
    {
        int dash = tag.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? (tag, "") : (tag[..dash], tag[(dash + 1)..]);
    }

    /// <summary>BILOU tags for the chunks of a sentence of the given length.</summary>
    public static string[] ToBilou(int length, IEnumerable<(string Type, int Start, int End)> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var tags = Enumerable.Repeat("O", length).ToArray();
        foreach (var (type, s, e) in chunks)
        {
            if (e - s == 1)
            {
                tags[s] = "U-" + type;
                continue;
            }
            tags[s] = "B-" + type;
            for (int i = s + 1; i < e - 1; i++)
            {
                tags[i] = "I-" + type;
            }
            tags[e - 1] = "L-" + type;
        }
        return tags;
    }

    /// <summary>Which transitions a tag set allows: BILOU tags constrain each other; other tag sets are free.</summary>
    internal static (bool[] Allowed, bool[] Start, bool[] End) Constraints(IReadOnlyList<string> tags)
    {
        int t = tags.Count;
        var allowed = new bool[t * t];
        var start = new bool[t];
        var end = new bool[t];
        bool bilou = tags.Any(x => x.StartsWith("L-", StringComparison.Ordinal) || x.StartsWith("U-", StringComparison.Ordinal));
        for (int a = 0; a < t; a++)
        {
            var (pa, ta) = Split(tags[a]);
            start[a] = !bilou || pa is "O" or "B" or "U";
            end[a] = !bilou || pa is "O" or "L" or "U";
            for (int b = 0; b < t; b++)
            {
                var (pb, tb) = Split(tags[b]);
                bool open = pa is "B" or "I";
                allowed[a * t + b] = !bilou || (open ? pb is "I" or "L" && ta == tb : pb is "O" or "B" or "U");
            }
        }
        return (allowed, start, end);
    }
}
