namespace Parallax.Text.Tagging;

/// <summary>
/// Tags sentences with a <see cref="TaggerModel"/>. Thread-safe: buffers come from a pool.
/// Words are normalised to the CoNLL/Penn Treebank conventions the models were trained on (straight quotes).
/// </summary>
public sealed class SequenceTagger
{
    private readonly System.Collections.Concurrent.ConcurrentBag<State> _pool = [];

    private readonly SequenceTagger? _first;

    /// <summary>
    /// A two-pass model whose passes read their shared features alike: both passes' weights side by side, so the first
    /// pass reads each feature once for both (<see cref="TaggerModel.Side"/>); null otherwise.
    /// </summary>
    private readonly TaggerModel? _sides;
    private readonly System.Collections.Concurrent.ConcurrentBag<State> _sidePool = [];

    public SequenceTagger(TaggerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        if (model.FirstPass is { } first)
        {
            _first = new SequenceTagger(first);
            if ((model.Features & FeatureSet.Aggregate) != 0 && first.Tags.SequenceEqual(model.Tags) && model.ReadsAs(first))
            {
                _sides = TaggerModel.Side(first, model);
            }
        }
    }

    public TaggerModel Model { get; }

    /// <summary>Whether a two-pass model's passes read their shared features once for both.</summary>
    internal bool ReadsSharedFeaturesOnce => _sides is not null;

    private sealed class State(FeatureExtractor extractor)
    {
        public FeatureExtractor Extractor { get; } = extractor;
        public FeatureBuffer Buffer { get; } = new();
        public float[] Scratch { get; private set; } = new float[4096];
        public int[] Result { get; private set; } = new int[128];

        /// <summary>Room for a sentence of <paramref name="tokens"/> tokens and <paramref name="floats"/> scratch values.</summary>
        public void Ensure(int tokens, int floats)
        {
            if (Scratch.Length < floats)
            {
                Scratch = new float[floats * 2];
            }
            if (Result.Length < tokens)
            {
                Result = new int[tokens * 2];
            }
        }
    }

    /// <summary>Maps typographic punctuation to the forms in CoNLL/PTB training data.</summary>
    public static string Normalise(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 1)
        {
            switch (word[0])
            {
                case '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB':
                    return "\"";
                case '\u2018' or '\u2019' or '\u201A':
                    return "'";
                case '\u2014' or '\u2013':
                    return "--";
                default:
                    return word;
            }
        }
        if (word.Contains('\u2019', StringComparison.Ordinal))
        {
            return word.Replace('\u2019', '\'');
        }
        return word == "\u2026" ? "..." : word;
    }

    /// <summary>Tags every sentence of one document (document-level features see all of them).</summary>
    public List<string[]> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var normalised = sentences.Select(s => (IReadOnlyList<string>)s.Select(Normalise).ToArray()).ToList();
        var ctx = ((Model.Features | (Model.FirstPass?.Features ?? FeatureSet.None)) & (FeatureSet.Document | FeatureSet.Aggregate)) != 0 ? DocContext.Build(normalised) : null;
        if (_sides is not null)
        {
            return TagTwoPass(normalised, ctx!);
        }
        if ((Model.Features & FeatureSet.Aggregate) != 0 && _first is not null)
        {
            ctx!.AddFirstPass(normalised, [.. normalised.Select(s => s.Count == 0 ? [] : _first.TagNormalised(s, ctx))]);
        }
        var result = new List<string[]>(normalised.Count);
        foreach (var s in normalised)
        {
            result.Add(TagNormalised(s, ctx));
        }
        return result;
    }

    /// <summary>
    /// Two passes over a document with the shared features read once: the first pass's and the second pass's weights of
    /// each feature in one look-up; the first pass decodes its half, and once it has tagged the whole document, the
    /// second adds its document features (how the first pass tagged each word elsewhere) to its half and decodes.
    /// The same tags as running the two models one after the other.
    /// </summary>
    private List<string[]> TagTwoPass(List<IReadOnlyList<string>> sentences, DocContext ctx)
    {
        int t = Model.Tags.Count;
        // The second pass's half of each sentence's scores, sentence after sentence.
        var secondHalf = new float[sentences.Sum(x => x.Count) * t];
        int at = 0;
        var firstTags = new string[sentences.Count][];
        if (!_sidePool.TryTake(out var st))
        {
            st = new State(_sides!.CreateExtractor());
        }
        for (int k = 0; k < sentences.Count; k++)
        {
            var words = sentences[k];
            int n = words.Count;
            st.Extractor.Extract(words, ctx, st.Buffer);
            // A decoder's blocks, then both passes' emission scores side by side.
            st.Ensure(n, TaggerModel.ScratchSize(n, t) + 2 * n * t);
            var both = st.Scratch.AsSpan(TaggerModel.ScratchSize(n, t), 2 * n * t);
            both.Clear();
            _sides!.AddEmissions(st.Buffer, both);
            for (int i = 0; i < n; i++)
            {
                both.Slice(2 * i * t, t).CopyTo(st.Scratch.AsSpan(i * t, t));
                both.Slice((2 * i + 1) * t, t).CopyTo(secondHalf.AsSpan(at + i * t, t));
            }
            at += n * t;
            if (n > 0)
            {
                _first!.Model.DecodeEmissions(n, st.Result, st.Scratch);
            }
            firstTags[k] = ToTags(st.Result, n, _first!.Model);
        }
        ctx.AddFirstPass(sentences, firstTags);
        var result = new List<string[]>(sentences.Count);
        at = 0;
        for (int k = 0; k < sentences.Count; k++)
        {
            int n = sentences[k].Count;
            st.Extractor.ExtractAggregate(sentences[k], ctx, st.Buffer);
            Model.Decode(st.Buffer, st.Result, st.Scratch, secondHalf.AsSpan(at, n * t));
            at += n * t;
            result.Add(ToTags(st.Result, n, Model));
        }
        _sidePool.Add(st);
        return result;
    }

    private static string[] ToTags(int[] indices, int n, TaggerModel model)
    {
        var tags = new string[n];
        for (int i = 0; i < n; i++)
        {
            tags[i] = model.Tags[indices[i]];
        }
        return tags;
    }

    /// <summary>
    /// Tags one sentence; pass the document's context when there is one. Without one, a model with aggregate features
    /// reads the sentence as a document of its own (it was trained with a first pass over every document).
    /// </summary>
    public string[] Tag(IReadOnlyList<string> words, DocContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (context is null && (Model.Features & FeatureSet.Aggregate) != 0)
        {
            return TagDocument([words])[0];
        }
        return TagNormalised(words.Select(Normalise).ToArray(), context);
    }

    private string[] TagNormalised(IReadOnlyList<string> words, DocContext? context)
    {
        if (words.Count == 0)
        {
            return [];
        }
        return ToTags(TagIndices(words, context), words.Count, Model);
    }

    /// <summary>The tag indices of one normalised, non-empty sentence.</summary>
    private int[] TagIndices(IReadOnlyList<string> words, DocContext? context)
    {
        // Stacked model: the first pass tags the sentence, and its tags of the word and the next words are features here
        // (a two-pass model reads its first pass through the document's context instead).
        var first = (Model.Features & FeatureSet.Stacked) != 0 ? _first?.TagIndices(words, context) : null;
        bool reversed = (Model.Features & FeatureSet.RightToLeft) != 0;
        if (reversed)
        {
            words = words.Reverse().ToArray();
            first = first?.Reverse().ToArray();
        }
        if (!_pool.TryTake(out var st))
        {
            st = new State(Model.CreateExtractor());
        }
        st.Extractor.Extract(words, context, st.Buffer, firstPass: first);
        st.Ensure(words.Count, TaggerModel.ScratchSize(words.Count, Model.Tags.Count));
        Model.Decode(st.Buffer, st.Result, st.Scratch);
        var result = st.Result.AsSpan(0, words.Count).ToArray();
        _pool.Add(st);
        if (reversed)
        {
            Array.Reverse(result);
        }
        return result;
    }
}
