using System.Diagnostics;

namespace Parallax.Text.Tagging;

/// <summary>A labelled training sentence: words, one gold tag per word, and the document it belongs to.</summary>
public sealed record TaggedSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Tags, int Document);

public sealed record TrainerOptions
{
    public int Epochs { get; init; } = 12;
    /// <summary>Features seen fewer times than this in training are dropped.</summary>
    public int MinFeatureCount { get; init; } = 1;
    /// <summary>Gazetteer features on training sentences come from names lists built without their own fold of documents.</summary>
    public int GazetteerFolds { get; init; } = 5;
    public int Seed { get; init; } = 17;
    /// <summary>The tag lexicon features of training sentences come from a lexicon built without their own fold of documents.</summary>
    public int LexiconFolds { get; init; } = 5;
    /// <summary>
    /// Train this many times over differently shuffled data (seeds Seed, Seed + 1, ...) and keep the mean of the
    /// averaged weights: for a linear model the same as summing the runs' scores, at the run-time cost of one model.
    /// </summary>
    public int Runs { get; init; } = 1;
    /// <summary>Names added to every gazetteer (all folds and the final one), e.g. general lists of places.</summary>
    public IReadOnlyList<(string Type, IReadOnlyList<string> Words)> ExtraNames { get; init; } = [];
    /// <summary>
    /// Stacked and aggregate features: the first-pass model that tags new text (kept in the trained model) and, per training sentence,
    /// the tags a first pass gave it without having seen it (jackknifed, see <see cref="StackedTraining"/>).
    /// </summary>
    public TaggerModel? FirstPass { get; init; }
    public IReadOnlyList<IReadOnlyList<string>>? FirstPassTags { get; init; }
    /// <summary>The outside word list of <see cref="FeatureSet.External"/> features (kept with the trained model by its fingerprint).</summary>
    public ExternalLexicon? External { get; init; }
}

/// <summary>
/// Trains a <see cref="TaggerModel"/> with the averaged structured perceptron (Collins 2002): decode each
/// sentence with Viterbi, and where the best sequence differs from the gold one, move the weights toward
/// the gold features and transitions. The averaged weights are kept.
/// </summary>
public static class PerceptronTrainer
{
    public static TaggerModel Train(string kind, IReadOnlyList<TaggedSentence> sentences, FeatureSet features, WordClusters? clusters,
        TrainerOptions options, TextWriter? log, Action<int, TaggerModel>? afterEpoch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var sw = Stopwatch.StartNew();
        if ((features & FeatureSet.RightToLeft) != 0)
        {
            sentences = sentences.Select(s => new TaggedSentence(s.Words.Reverse().ToArray(), s.Tags.Reverse().ToArray(), s.Document)).ToList();
            options = options with { FirstPassTags = options.FirstPassTags?.Select(t => (IReadOnlyList<string>)t.Reverse().ToArray()).ToList() };
        }
        var tagList = sentences.SelectMany(s => s.Tags).Distinct().OrderBy(t => t == "O" ? "" : t, StringComparer.Ordinal).ToArray();
        var tagIndex = tagList.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        int nt = tagList.Length;
        if (nt > 255)
        {
            throw new ArgumentException($"{nt} tags: a tagger holds at most 255", nameof(sentences));
        }

        Gazetteer? gazetteer = null;
        Gazetteer[] folds = [];
        if ((features & FeatureSet.Gazetteer) != 0)
        {
            var types = tagList.Where(t => t != "O").Select(t => TagScheme.Split(t).Type).Distinct().OrderBy(t => t, StringComparer.Ordinal).ToArray();
            gazetteer = BuildGazetteer(types, sentences, _ => true, options.ExtraNames);
            folds = Enumerable.Range(0, options.GazetteerFolds)
                .Select(k => BuildGazetteer(types, sentences, doc => doc % options.GazetteerFolds != k, options.ExtraNames)).ToArray();
            log?.WriteLine($"gazetteer: {gazetteer.Count} names of {types.Length} types");
        }

        TagLexicon? lexicon = null;
        TagLexicon[] lexiconFolds = [];
        if ((features & FeatureSet.Lexicon) != 0)
        {
            lexicon = BuildLexicon(sentences, tagIndex, _ => true);
            // Training sentences see a lexicon without their own fold of documents, so a word seen in one document
            // only is unseen there, as words are in new text, and the model learns what unseen words look like.
            lexiconFolds = Enumerable.Range(0, options.LexiconFolds)
                .Select(k => BuildLexicon(sentences, tagIndex, doc => doc % options.LexiconFolds != k)).ToArray();
            log?.WriteLine($"tag lexicon: {lexicon.Count} words");
        }

        if ((features & FeatureSet.External) != 0 && options.External is null)
        {
            throw new ArgumentException($"the external feature group needs the outside word list; {ExternalLexicon.InstallHint}", nameof(options));
        }
        if ((features & FeatureSet.External) != 0 && (features & FeatureSet.Lexicon) == 0)
        {
            throw new ArgumentException("the external feature group works through the tag lexicon: add the lexicon group (--features ...,lexicon,external)", nameof(features));
        }
        var externalTags = (features & FeatureSet.External) != 0 ? options.External!.Bind(tagList) : null;

        bool stacked = (features & (FeatureSet.Stacked | FeatureSet.Aggregate)) != 0;
        if (stacked && (options.FirstPass is null || options.FirstPassTags is null || options.FirstPassTags.Count != sentences.Count))
        {
            throw new ArgumentException("stacked and aggregate features need a first-pass model and first-pass tags for every training sentence", nameof(options));
        }
        // First-pass tags as indices into the first-pass model's tags (it may tag something else: entities for POS).
        var firstIndex = stacked ? options.FirstPass!.Tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal) : null;
        var firsts = stacked ? options.FirstPassTags!.Select(t => t.Select(x => firstIndex!.GetValueOrDefault(x, -1)).ToArray()).ToArray() : null;
        var extractor = new FeatureExtractor(features, clusters, gazetteer, lexicon, externalTags);
        var contexts = (features & (FeatureSet.Document | FeatureSet.Aggregate)) != 0
            ? sentences.Select((s, i) => (s, i)).GroupBy(x => x.s.Document).ToDictionary(g => g.Key, g =>
            {
                var ctx = DocContext.Build(g.Select(x => x.s.Words));
                if ((features & FeatureSet.Aggregate) != 0)
                {
                    ctx.AddFirstPass([.. g.Select(x => x.s.Words)], [.. g.Select(x => options.FirstPassTags![x.i])]);
                }
                return ctx;
            })
            : [];
        var buf = new FeatureBuffer();
        var hashes = new ulong[sentences.Count][];
        var starts = new int[sentences.Count][];
        bool history = (features & FeatureSet.History) != 0;
        var ambs = new ulong[sentences.Count][];
        var wordKeys = new ulong[sentences.Count][];
        var suffixKeys = new ulong[sentences.Count][];
        var exts = new ulong[sentences.Count][];
        var historyKeys = new ulong[FeatureExtractor.MaxHistory];
        var counts = new Dictionary<ulong, int>();
        for (int s = 0; s < sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sent = sentences[s];
            var gaz = folds.Length > 0 ? folds[sent.Document % folds.Length] : null;
            var lex = lexiconFolds.Length > 0 ? lexiconFolds[sent.Document % lexiconFolds.Length] : null;
            extractor.Extract(sent.Words, contexts.GetValueOrDefault(sent.Document), buf, gaz, lex, firsts?[s]);
            hashes[s] = buf.Hashes.AsSpan(0, buf.Count).ToArray();
            starts[s] = buf.Start.AsSpan(0, buf.Tokens + 1).ToArray();
            if (history)
            {
                ambs[s] = buf.Amb.AsSpan(0, buf.Tokens).ToArray();
                wordKeys[s] = buf.WordKey.AsSpan(0, buf.Tokens).ToArray();
                suffixKeys[s] = buf.SuffixKey.AsSpan(0, buf.Tokens).ToArray();
                exts[s] = externalTags is not null ? buf.Ext.AsSpan(0, buf.Tokens).ToArray() : [];
                // The history features of the gold tags to the left are the ones the model may weigh.
                for (int i = 0; i < buf.Tokens; i++)
                {
                    int k = FeatureExtractor.History(ambs[s], wordKeys[s], suffixKeys[s], firsts is null ? [] : firsts[s], exts[s], i,
                        i > 0 ? tagIndex[sent.Tags[i - 1]] : -1, i > 1 ? tagIndex[sent.Tags[i - 2]] : -2, historyKeys);
                    for (int j = 0; j < k; j++)
                    {
                        counts[historyKeys[j]] = counts.GetValueOrDefault(historyKeys[j]) + 1;
                    }
                }
            }
            foreach (var h in hashes[s])
            {
                counts[h] = counts.GetValueOrDefault(h) + 1;
            }
        }
        var keys = counts.Where(p => p.Value >= options.MinFeatureCount).Select(p => p.Key).ToArray();
        counts = null;
        var index = new Dictionary<ulong, int>(keys.Length);
        for (int i = 0; i < keys.Length; i++)
        {
            index[keys[i]] = i;
        }
        var feats = new int[sentences.Count][];
        var golds = new int[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++)
        {
            var list = new List<int>(hashes[s].Length);
            var st = starts[s];
            var newStart = new int[st.Length];
            for (int t = 0; t + 1 < st.Length; t++)
            {
                for (int j = st[t]; j < st[t + 1]; j++)
                {
                    if (index.TryGetValue(hashes[s][j], out var f))
                    {
                        list.Add(f);
                    }
                }
                newStart[t + 1] = list.Count;
            }
            feats[s] = list.ToArray();
            starts[s] = newStart;
            golds[s] = sentences[s].Tags.Select(t => tagIndex[t]).ToArray();
            hashes[s] = [];
        }
        if (!history)
        {
            index = null;
        }
        log?.WriteLine($"{keys.Length} features, {nt} tags, {sentences.Count} sentences ({sw.Elapsed.TotalSeconds:F1} s)");

        int nf = keys.Length;
        var w = new float[(long)nf * nt];
        var u = new double[(long)nf * nt];
        var tw = new float[nt * nt];
        var tu = new double[nt * nt];
        var sw0 = new float[nt];
        var su = new double[nt];
        var (allowed, allowStart, allowEnd) = TagScheme.Constraints(tagList);
        int maxLen = sentences.Max(s => s.Words.Count);
        var emit = new float[maxLen * nt];
        var score = new float[maxLen * nt];
        var back = new int[maxLen * nt];
        var pred = new int[maxLen];
        float[][]? finished = null;
        for (int run = 0; run < Math.Max(1, options.Runs); run++)
        {
            Array.Clear(w);
            Array.Clear(u);
            Array.Clear(tw);
            Array.Clear(tu);
            Array.Clear(sw0);
            Array.Clear(su);
            long c = 1;
            var order = Enumerable.Range(0, sentences.Count).ToArray();
            var rng = new Random(options.Seed + run);
            for (int epoch = 1; epoch <= options.Epochs; epoch++)
            {
                rng.Shuffle(order);
                int errors = 0, tokens = 0;
                foreach (var s in order)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var f = feats[s];
                    var st = starts[s];
                    var gold = golds[s];
                    int n = gold.Length;
                    Array.Clear(emit, 0, n * nt);
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = st[i]; j < st[i + 1]; j++)
                        {
                            long row = (long)f[j] * nt;
                            for (int y = 0; y < nt; y++)
                            {
                                emit[i * nt + y] += w[row + y];
                            }
                        }
                    }
                    if (history)
                    {
                        errors += GreedyStep(emit, f, st, gold, ambs[s], wordKeys[s], suffixKeys[s], exts[s], firsts is null ? [] : firsts[s], index!, w, u, c, nt, historyKeys, pred);
                        tokens += n;
                        c++;
                        continue;
                    }
                    Viterbi(emit, n, nt, tw, sw0, allowed, allowStart, allowEnd, score, back, pred);
                    bool same = true;
                    for (int i = 0; i < n; i++)
                    {
                        tokens++;
                        if (pred[i] != gold[i])
                        {
                            errors++;
                            same = false;
                        }
                    }
                    if (!same)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            if (pred[i] != gold[i])
                            {
                                for (int j = st[i]; j < st[i + 1]; j++)
                                {
                                    long row = (long)f[j] * nt;
                                    w[row + gold[i]] += 1;
                                    u[row + gold[i]] += c;
                                    w[row + pred[i]] -= 1;
                                    u[row + pred[i]] -= c;
                                }
                            }
                            int gp = i > 0 ? gold[i - 1] : -1, pp = i > 0 ? pred[i - 1] : -1;
                            if (gp != pp || gold[i] != pred[i])
                            {
                                if (i == 0)
                                {
                                    sw0[gold[0]] += 1;
                                    su[gold[0]] += c;
                                    sw0[pred[0]] -= 1;
                                    su[pred[0]] -= c;
                                }
                                else
                                {
                                    tw[gp * nt + gold[i]] += 1;
                                    tu[gp * nt + gold[i]] += c;
                                    tw[pp * nt + pred[i]] -= 1;
                                    tu[pp * nt + pred[i]] -= c;
                                }
                            }
                        }
                    }
                    c++;
                }
                log?.WriteLine($"{(run > 0 ? $"run {run + 1}, " : "")}epoch {epoch}: {100.0 * errors / tokens:F2}% training tags wrong ({sw.Elapsed.TotalSeconds:F0} s)");
                if (afterEpoch is not null || epoch == options.Epochs)
                {
                    float[][] averaged = [Averaged(w, u, c), Averaged(tw, tu, c), Averaged(sw0, su, c)];
                    var mean = finished is null ? averaged : averaged.Select((a, k) => Mean(finished[k], run, a)).ToArray();
                    var model = Build(kind, tagList, features, clusters, gazetteer, lexicon, externalTags is null ? null : options.External, keys, mean[0], mean[1], mean[2]);
                    model.FirstPass = stacked ? options.FirstPass : null;
                    afterEpoch?.Invoke(epoch, model);
                    if (epoch == options.Epochs)
                    {
                        if (run + 1 >= options.Runs)
                        {
                            log?.WriteLine($"trained in {sw.Elapsed.TotalSeconds:F0} s: {model.FeatureCount} features kept, {model.WeightCount} weights");
                            return model;
                        }
                        finished = mean;
                    }
                }
            }
            if (options.Epochs < 1)
            {
                break;
            }
        }
        throw new ArgumentException("Epochs must be at least 1", nameof(options));
    }

    private static TagLexicon BuildLexicon(IReadOnlyList<TaggedSentence> sentences, Dictionary<string, int> tagIndex, Func<int, bool> useDoc) =>
        TagLexicon.Build(sentences.Where(s => useDoc(s.Document)).SelectMany(s => s.Words.Select((w, i) => (w, tagIndex[s.Tags[i]]))));

    private static Gazetteer BuildGazetteer(string[] types, IReadOnlyList<TaggedSentence> sentences, Func<int, bool> useDoc,
        IReadOnlyList<(string Type, IReadOnlyList<string> Words)> extra) =>
        Gazetteer.Build(types, sentences.Where(s => useDoc(s.Document))
            .SelectMany(s => TagScheme.Chunks(s.Tags).Select(ch => (ch.Type, (IReadOnlyList<string>)s.Words.Skip(ch.Start).Take(ch.End - ch.Start).ToArray())))
            .Concat(extra));

    /// <summary>
    /// One sentence left to right: each token's tag from its features and those of the two tags predicted before it;
    /// a wrong tag moves the weights of those features toward the gold tag at once. Returns the number of wrong tags.
    /// </summary>
    private static int GreedyStep(float[] emit, int[] f, int[] st, int[] gold, ulong[] amb, ulong[] wordKeys, ulong[] suffixKeys, ulong[] ext, int[] first, Dictionary<ulong, int> index,
        float[] w, double[] u, long c, int nt, ulong[] historyKeys, int[] pred)
    {
        int n = gold.Length, errors = 0, p1 = -1, p2 = -2;
        Span<int> found = stackalloc int[FeatureExtractor.MaxHistory];
        var scores = new float[nt];
        for (int i = 0; i < n; i++)
        {
            Array.Copy(emit, i * nt, scores, 0, nt);
            int k = FeatureExtractor.History(amb, wordKeys, suffixKeys, first, ext, i, p1, p2, historyKeys);
            int m = 0;
            for (int j = 0; j < k; j++)
            {
                if (index.TryGetValue(historyKeys[j], out var h))
                {
                    found[m++] = h;
                    long row = (long)h * nt;
                    for (int y = 0; y < nt; y++)
                    {
                        scores[y] += w[row + y];
                    }
                }
            }
            int best = 0;
            for (int y = 1; y < nt; y++)
            {
                if (scores[y] > scores[best])
                {
                    best = y;
                }
            }
            pred[i] = best;
            if (best != gold[i])
            {
                errors++;
                for (int j = st[i]; j < st[i + 1] + m; j++)
                {
                    long row = (long)(j < st[i + 1] ? f[j] : found[j - st[i + 1]]) * nt;
                    w[row + gold[i]] += 1;
                    u[row + gold[i]] += c;
                    w[row + best] -= 1;
                    u[row + best] -= c;
                }
            }
            p2 = p1;
            p1 = best;
        }
        return errors;
    }

    /// <summary>The averaged perceptron weights: current weights minus the step-weighted sum of updates over the step count.</summary>
    private static float[] Averaged(float[] w, double[] u, long c)
    {
        var a = new float[w.Length];
        for (long i = 0; i < a.LongLength; i++)
        {
            a[i] = (float)(w[i] - u[i] / c);
        }
        return a;
    }

    /// <summary>The mean over runs, given the mean of the first <paramref name="runs"/> and the next run's weights.</summary>
    private static float[] Mean(float[] earlier, int runs, float[] next)
    {
        var m = new float[next.Length];
        for (long i = 0; i < m.LongLength; i++)
        {
            m[i] = (earlier[i] * runs + next[i]) / (runs + 1);
        }
        return m;
    }

    private static TaggerModel Build(string kind, string[] tags, FeatureSet features, WordClusters? clusters, Gazetteer? gazetteer, TagLexicon? lexicon,
        ExternalLexicon? external, ulong[] keys, float[] weights, float[] trans, float[] start)
    {
        int nt = tags.Length;
        var keptKeys = new List<ulong>();
        var rowStart = new List<int> { 0 };
        var rowTag = new List<byte>();
        var rowWeight = new List<float>();
        for (int f = 0; f < keys.Length; f++)
        {
            long row = (long)f * nt;
            int before = rowTag.Count;
            for (int y = 0; y < nt; y++)
            {
                var avg = weights[row + y];
                // Weights this small never change a decision at the scale of whole-update perceptron weights.
                if (Math.Abs(avg) >= 1e-3f)
                {
                    rowTag.Add((byte)y);
                    rowWeight.Add(avg);
                }
            }
            if (rowTag.Count > before)
            {
                keptKeys.Add(keys[f]);
                rowStart.Add(rowTag.Count);
            }
        }
        return new TaggerModel(kind, tags, features, clusters, gazetteer, [.. keptKeys], [.. rowStart], [.. rowTag], [.. rowWeight], trans, start, lexicon, external);
    }

    private static void Viterbi(float[] emit, int n, int nt, float[] trans, float[] start,
        bool[] allowed, bool[] allowStart, bool[] allowEnd, float[] score, int[] back, int[] result)
    {
        for (int y = 0; y < nt; y++)
        {
            score[y] = allowStart[y] ? start[y] + emit[y] : float.NegativeInfinity;
        }
        for (int i = 1; i < n; i++)
        {
            for (int y = 0; y < nt; y++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < nt; p++)
                {
                    if (!allowed[p * nt + y])
                    {
                        continue;
                    }
                    float s = score[(i - 1) * nt + p] + trans[p * nt + y];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }
                score[i * nt + y] = best + emit[i * nt + y];
                back[i * nt + y] = arg;
            }
        }
        float bestEnd = float.NegativeInfinity;
        int last = 0;
        for (int y = 0; y < nt; y++)
        {
            float s = allowEnd[y] ? score[(n - 1) * nt + y] : float.NegativeInfinity;
            if (s > bestEnd)
            {
                bestEnd = s;
                last = y;
            }
        }
        result[n - 1] = last;
        for (int i = n - 1; i > 0; i--)
        {
            result[i - 1] = back[i * nt + result[i]];
        }
    }
}
