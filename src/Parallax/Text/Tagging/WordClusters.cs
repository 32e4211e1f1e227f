using Parallax.Storage;
using System.Diagnostics;

namespace Parallax.Text.Tagging;

/// <summary>
/// Word classes learned from unlabeled text: each known word has one class id per granularity
/// (for example 64, 256 and 1024 classes). Taggers use them as features so that words never seen
/// in the labelled data still share weights with words that behave alike.
/// </summary>
public sealed class WordClusters
{
    private readonly Dictionary<string, int[]> _classes;

    public WordClusters(IReadOnlyList<int> sizes, Dictionary<string, int[]> classes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(classes);
        Sizes = sizes;
        _classes = classes;
    }

    /// <summary>The number of classes at each granularity.</summary>
    public IReadOnlyList<int> Sizes { get; }

    public int Count => _classes.Count;

    /// <summary>The classes of a word (exact form, then Title case, then lower case), or null when unknown.</summary>
    public int[]? Lookup(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (_classes.TryGetValue(word, out var c))
        {
            return c;
        }
        if (word.Length > 1 && char.IsUpper(word[0]))
        {
            var title = string.Concat(word.AsSpan(0, 1), word.AsSpan(1).ToString().ToLowerInvariant());
            if (_classes.TryGetValue(title, out c))
            {
                return c;
            }
        }
        var lower = word.ToLowerInvariant();
        return _classes.TryGetValue(lower, out c) ? c : null;
    }

    /// <summary>Whether the unlabeled text held the word written exactly so (no change of case).</summary>
    public bool Contains(string word) => _classes.ContainsKey(word);

    internal void Write(BinaryWriter w)
    {
        w.Write(Sizes.Count);
        foreach (var s in Sizes)
        {
            w.Write(s);
        }
        w.Write(_classes.Count);
        foreach (var (word, ids) in _classes)
        {
            w.Write(word);
            foreach (var id in ids)
            {
                w.Write((ushort)id);
            }
        }
    }

    internal static WordClusters Read(BinaryReader r)
    {
        int g = r.ReadInt32();
        var sizes = new int[g];
        for (int i = 0; i < g; i++)
        {
            sizes[i] = r.ReadInt32();
        }
        int n = r.ReadInt32();
        var classes = new Dictionary<string, int[]>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            var word = r.ReadString();
            var ids = new int[g];
            for (int j = 0; j < g; j++)
            {
                ids[j] = r.ReadUInt16();
            }
            classes[word] = ids;
        }
        return new WordClusters(sizes, classes);
    }

    /// <summary>Saves the clusters as a tab-separated text file: word, then one class id per granularity.</summary>
    public void SaveText(string path)
    {
        OutputFile.WriteText(path, w =>
        {
            w.WriteLine("#sizes\t" + string.Join('\t', Sizes));
            foreach (var (word, ids) in _classes.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                w.WriteLine(word + "\t" + string.Join('\t', ids));
            }
        });
    }

    public static WordClusters LoadText(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || !lines[0].StartsWith("#sizes\t", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"'{path}' is not a cluster file (its first line must be '#sizes<TAB>n...'); make one with `parallax train clusters`");
        }
        var sizes = lines[0].Split('\t').Skip(1).Select(int.Parse).ToArray();
        var classes = new Dictionary<string, int[]>(lines.Length, StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split('\t');
            classes[parts[0]] = parts.Skip(1).Select(int.Parse).ToArray();
        }
        return new WordClusters(sizes, classes);
    }
}

/// <summary>
/// Learns word classes with the predictive exchange algorithm (Uszkoreit and Brants 2008): each word is
/// moved to the class that most raises the likelihood of the class-based bigram model
/// P(w | prev) = P(class(w) | prev) P(w | class(w)), over a few passes through the vocabulary.
/// </summary>
public static class WordClusterer
{
    public sealed record Options(int VocabularySize = 50_000, int MinCount = 3, int Iterations = 8);

    public static WordClusters Learn(IEnumerable<IReadOnlyList<string>> sentences, IReadOnlyList<int> sizes, Options options,
        TextWriter? log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(options);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var corpus = new List<string[]>();
        foreach (var s in sentences)
        {
            var arr = s.ToArray();
            corpus.Add(arr);
            foreach (var w in arr)
            {
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        }
        // Words with a broken surrogate pair (an emoji split by the tokenizer) cannot be written as UTF-8.
        var vocab = counts.Where(p => p.Value >= options.MinCount && !p.Key.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(options.VocabularySize).Select(p => p.Key).ToArray();
        var index = new Dictionary<string, int>(vocab.Length, StringComparer.Ordinal);
        for (int i = 0; i < vocab.Length; i++)
        {
            index[vocab[i]] = i;
        }
        int v = vocab.Length;
        int unk = v, bos = v + 1, contexts = v + 2;
        // Predecessor counts of each clustered word: for word x, (prev, n) pairs.
        var pred = new Dictionary<long, int>();
        var wordCount = new long[v];
        foreach (var s in corpus)
        {
            int prev = bos;
            foreach (var w in s)
            {
                int id = index.TryGetValue(w, out var k) ? k : unk;
                if (id < v)
                {
                    long key = ((long)id << 32) | (uint)prev;
                    pred[key] = pred.GetValueOrDefault(key) + 1;
                    wordCount[id]++;
                }
                prev = id;
            }
        }
        var predStart = new int[v + 1];
        foreach (var key in pred.Keys)
        {
            predStart[(int)(key >> 32) + 1]++;
        }
        for (int i = 0; i < v; i++)
        {
            predStart[i + 1] += predStart[i];
        }
        var predWord = new int[pred.Count];
        var predN = new int[pred.Count];
        var fill = (int[])predStart.Clone();
        foreach (var (key, n) in pred)
        {
            int x = (int)(key >> 32);
            predWord[fill[x]] = (int)(key & 0xFFFFFFFF);
            predN[fill[x]++] = n;
        }
        log?.WriteLine($"clustering {v} words ({corpus.Sum(s => s.Length)} tokens, {pred.Count} distinct bigrams)");

        var result = new int[v][];
        for (int i = 0; i < v; i++)
        {
            result[i] = new int[sizes.Count];
        }
        for (int g = 0; g < sizes.Count; g++)
        {
            var classes = Exchange(sizes[g], v, contexts, predStart, predWord, predN, wordCount, options.Iterations, log, cancellationToken);
            for (int i = 0; i < v; i++)
            {
                result[i][g] = classes[i];
            }
        }
        var dict = new Dictionary<string, int[]>(v, StringComparer.Ordinal);
        for (int i = 0; i < v; i++)
        {
            dict[vocab[i]] = result[i];
        }
        return new WordClusters(sizes, dict);
    }

    private static readonly double[] XLogXTable = BuildTable(1 << 20);

    private static double[] BuildTable(int size)
    {
        var t = new double[size];
        for (int i = 1; i < size; i++)
        {
            t[i] = i * Math.Log(i);
        }
        return t;
    }

    private static double XLogX(long x) => x <= 0 ? 0 : x < XLogXTable.Length ? XLogXTable[x] : x * Math.Log(x);

    private static int[] Exchange(int k, int v, int contexts, int[] predStart, int[] predWord, int[] predN, long[] wordCount,
        int iterations, TextWriter? log, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        var cls = new int[v];
        for (int i = 0; i < v; i++)
        {
            cls[i] = i % k;
        }
        // n[context * k + c]: how often context is followed by a word of class c.
        var n = new int[(long)contexts * k];
        var nc = new long[k];
        for (int x = 0; x < v; x++)
        {
            for (int j = predStart[x]; j < predStart[x + 1]; j++)
            {
                n[(long)predWord[j] * k + cls[x]] += predN[j];
            }
            nc[cls[x]] += wordCount[x];
        }
        var delta = new double[k];
        for (int it = 0; it < iterations; it++)
        {
            int moved = 0;
            for (int x = 0; x < v; x++)
            {
                ct.ThrowIfCancellationRequested();
                int old = cls[x];
                for (int j = predStart[x]; j < predStart[x + 1]; j++)
                {
                    n[(long)predWord[j] * k + old] -= predN[j];
                }
                nc[old] -= wordCount[x];
                for (int c = 0; c < k; c++)
                {
                    delta[c] = XLogX(nc[c]) - XLogX(nc[c] + wordCount[x]);
                }
                for (int j = predStart[x]; j < predStart[x + 1]; j++)
                {
                    long row = (long)predWord[j] * k;
                    int m = predN[j];
                    for (int c = 0; c < k; c++)
                    {
                        int cur = n[row + c];
                        if (cur > 0)
                        {
                            delta[c] += XLogX(cur + m) - XLogX(cur);
                        }
                        else
                        {
                            delta[c] += XLogX(m);
                        }
                    }
                }
                int best = old;
                for (int c = 0; c < k; c++)
                {
                    if (delta[c] > delta[best] + 1e-9)
                    {
                        best = c;
                    }
                }
                if (best != old)
                {
                    moved++;
                }
                cls[x] = best;
                for (int j = predStart[x]; j < predStart[x + 1]; j++)
                {
                    n[(long)predWord[j] * k + best] += predN[j];
                }
                nc[best] += wordCount[x];
            }
            log?.WriteLine($"  k={k} pass {it + 1}: {moved} words moved ({sw.Elapsed.TotalSeconds:F0} s)");
            if (moved < v / 200)
            {
                break;
            }
        }
        return cls;
    }
}
