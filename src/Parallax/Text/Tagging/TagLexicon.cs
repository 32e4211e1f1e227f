namespace Parallax.Text.Tagging;

/// <summary>
/// The tags each word took in the training data (its ambiguity class, as a bit set over the model's tags) and how
/// often it was seen. A tagger uses the class of a word and of its neighbours as features, so what it learns about
/// "words that can be NN or VB" carries over to every such word, and an unseen word is known to be unseen.
/// </summary>
public sealed class TagLexicon
{
    /// <summary>A tag joins a word's class when it has at least this share of the word's occurrences.</summary>
    // 0.01: set by hand, not tuned: keeps rare but real readings ("in" as RP, 12 of 3,398) and drops single stray tags
    // of frequent words. The lexicon as a whole is measured in eval/README.md (eng.testa 95.81 -> 95.85 with Viterbi).
    private const double MinShare = 0.01;

    private readonly Dictionary<string, (ulong Tags, int Count)> _words;

    private TagLexicon(Dictionary<string, (ulong Tags, int Count)> words)
    {
        _words = words;
    }

    public int Count => _words.Count;

    /// <summary>
    /// The class of a word not in the lexicon by its shape: 0 lower case, 1 capitalised at a sentence start,
    /// 2 capitalised inside a sentence, 3 in a line of capitals, 4 with digits, 5 other.
    /// </summary>
    internal static int UnseenClass(string word, bool initial, bool allCaps)
    {
        if (word.Length == 0)
        {
            return 5;
        }
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return 4;
            }
        }
        return char.IsLower(word[0]) ? 0 : !char.IsUpper(word[0]) ? 5 : allCaps ? 3 : initial ? 1 : 2;
    }

    /// <summary>Builds the lexicon from (word, tag index) pairs; tag indices must be below 64.</summary>
    public static TagLexicon Build(IEnumerable<(string Word, int Tag)> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var (word, tag) in tokens)
        {
            if (tag is < 0 or >= 64)
            {
                throw new ArgumentException($"tag index {tag}: a tag lexicon holds at most 64 tags", nameof(tokens));
            }
            if (!counts.TryGetValue(word, out var byTag))
            {
                counts[word] = byTag = [];
            }
            byTag[tag] = byTag.GetValueOrDefault(tag) + 1;
        }
        var words = new Dictionary<string, (ulong, int)>(counts.Count, StringComparer.Ordinal);
        foreach (var (word, byTag) in counts)
        {
            int total = byTag.Values.Sum();
            ulong mask = 0;
            foreach (var (tag, n) in byTag)
            {
                if (n >= MinShare * total)
                {
                    mask |= 1UL << tag;
                }
            }
            words[word] = (mask, total);
        }
        return new TagLexicon(words);
    }

    /// <summary>The word's tag set (0 when the word was never seen) and its count in training.</summary>
    public (ulong Tags, int Count) Lookup(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _words.GetValueOrDefault(word);
    }

    internal void Write(BinaryWriter w)
    {
        w.Write(_words.Count);
        foreach (var (k, (tags, count)) in _words)
        {
            w.Write(k);
            w.Write(tags);
            w.Write(count);
        }
    }

    internal static TagLexicon Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        var words = new Dictionary<string, (ulong, int)>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            var k = r.ReadString();
            var tags = r.ReadUInt64();
            words[k] = (tags, r.ReadInt32());
        }
        return new TagLexicon(words);
    }
}
