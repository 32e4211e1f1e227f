namespace Parallax.Text.Tagging;

/// <summary>
/// Tags sentences with a <see cref="TaggerModel"/>. Thread-safe: buffers come from a pool.
/// Words are normalised to the CoNLL/Penn Treebank conventions the models were trained on (straight quotes).
/// </summary>
public sealed class SequenceTagger
{
    private readonly System.Collections.Concurrent.ConcurrentBag<State> _pool = [];

    private readonly SequenceTagger? _first;

    public SequenceTagger(TaggerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        if (model.FirstPass is { } first)
        {
            _first = new SequenceTagger(first);
        }
    }

    public TaggerModel Model { get; }

    private sealed class State(FeatureExtractor extractor)
    {
        public FeatureExtractor Extractor { get; } = extractor;
        public FeatureBuffer Buffer { get; } = new();
        public float[] Scratch { get; set; } = new float[4096];
        public int[] Result { get; set; } = new int[128];
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
        var ctx = ((Model.Features | (Model.FirstPass?.Features ?? FeatureSet.None)) & FeatureSet.Document) != 0 ? DocContext.Build(normalised) : null;
        var result = new List<string[]>(normalised.Count);
        foreach (var s in normalised)
        {
            result.Add(TagNormalised(s, ctx));
        }
        return result;
    }

    /// <summary>Tags one sentence; pass the document's context when there is one.</summary>
    public string[] Tag(IReadOnlyList<string> words, DocContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        return TagNormalised(words.Select(Normalise).ToArray(), context);
    }

    private string[] TagNormalised(IReadOnlyList<string> words, DocContext? context)
    {
        if (words.Count == 0)
        {
            return [];
        }
        var result = TagIndices(words, context);
        var tags = new string[words.Count];
        for (int i = 0; i < tags.Length; i++)
        {
            tags[i] = Model.Tags[result[i]];
        }
        return tags;
    }

    /// <summary>The tag indices of one normalised, non-empty sentence.</summary>
    private int[] TagIndices(IReadOnlyList<string> words, DocContext? context)
    {
        // Stacked model: the first pass tags the sentence, and its tags of the word and the next words are features here.
        var first = _first?.TagIndices(words, context);
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
        int need = TaggerModel.ScratchSize(words.Count, Model.Tags.Count);
        if (st.Scratch.Length < need)
        {
            st.Scratch = new float[need * 2];
        }
        if (st.Result.Length < words.Count)
        {
            st.Result = new int[words.Count * 2];
        }
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
