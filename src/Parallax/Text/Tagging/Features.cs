using System.Text;

namespace Parallax.Text.Tagging;

/// <summary>Which groups of features a tagger uses.</summary>
[Flags]
public enum FeatureSet
{
    None = 0,
    /// <summary>Word, lower case, shape, prefixes, suffixes, neighbours within two words, sentence position.</summary>
    Lexical = 1,
    /// <summary>Word classes learned from unlabeled text, for the word and its neighbours.</summary>
    Clusters = 2,
    /// <summary>Membership in names lists built from the training data.</summary>
    Gazetteer = 4,
    /// <summary>How the word is written elsewhere in the same document (capitalised mid-sentence, lower case).</summary>
    Document = 8,
    /// <summary>Wider word n-grams and suffixes in context (word trigram, suffix with neighbours, five-letter affixes).</summary>
    Context = 16,
    /// <summary>
    /// The tags each word took in training (its ambiguity class) for the word and its neighbours, the class of the
    /// lower-cased word (sentence starts, headlines), and unseen-word clues: the last part of a hyphenated word and
    /// the last characters of words with digits.
    /// </summary>
    Lexicon = 32,
    /// <summary>
    /// Decode left to right, one tag at a time, with features of the two tags already chosen joined with the tag sets
    /// of the word and the next two (instead of first-order Viterbi).
    /// </summary>
    History = 64,
    /// <summary>
    /// Stacking: the tags a first-pass model (<see cref="TaggerModel.FirstPass"/>) chose for the next two words and for the
    /// word itself, alone and joined with the word, its class and the previous tags, so a left-to-right tagger sees a guess
    /// of its right context (the first pass may tag something else, e.g. entities for a POS tagger).
    /// </summary>
    Stacked = 128,
    /// <summary>
    /// Tag each sentence from its last word to its first (the words are reversed before their features are taken): a
    /// first pass for <see cref="Stacked"/> features whose tags of the next words were decided from the words after them.
    /// </summary>
    RightToLeft = 256,
    /// <summary>
    /// The tags an outside word list gives the word (<see cref="ExternalLexicon"/>, exact spelling): the list's tag set
    /// and first tag, alone and with the training class; its tag sets of the word and the next two joined with the two
    /// previous tags, as the tagger behind CoNLL-2003's POS column decided; a word the training data never showed takes
    /// the list's tag set as its class. A word the list lacks (the source tagger guessed those) gets its last three
    /// letters joined with the previous tags and the next word's listed tags.
    /// </summary>
    External = 512,
    /// <summary>
    /// A second pass's (non-local) features: how the first-pass model (<see cref="TaggerModel.FirstPass"/>) tagged the
    /// same word anywhere in the document (its majority entity type, how often), and the neighbours' majority types.
    /// </summary>
    Aggregate = 1024,
}

/// <summary>Facts about a whole document that help tag each sentence (headlines in capitals, sentence-initial words).</summary>
public sealed class DocContext
{
    private readonly HashSet<string> _midCap = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lower = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _runs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _firstTypes = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds a first pass's entity tags (BILOU) of the document's sentences, headlines in capitals left out: per word, how
    /// often it was outside any entity, a one-word entity of each type, or part of a longer one of each type ("Portvale"
    /// alone a place, in "Portvale Police" part of an organisation).
    /// </summary>
    internal void AddFirstPass(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<string>> tags)
    {
        for (int s = 0; s < sentences.Count; s++)
        {
            if (FeatureExtractor.IsAllCaps(sentences[s]))
            {
                continue;
            }
            for (int i = 0; i < sentences[s].Count; i++)
            {
                ref var c = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_firstTypes, sentences[s][i], out _);
                c ??= new int[9];
                var tag = tags[s][i];
                int type = TypeIndex(tag);
                c[type == 0 || tag[0] == 'U' ? type : type + 4]++;
            }
        }
    }

    private static int TypeIndex(string tag) => tag.Length < 3 ? 0 : tag.AsSpan(2) switch { "PER" => 1, "ORG" => 2, "LOC" => 3, "MISC" => 4, _ => 0 };

    /// <summary>Counts over the word's occurrences: outside, alone as PER, ORG, LOC, MISC, part of a PER, ORG, LOC, MISC; null when none.</summary>
    internal int[]? FirstPassTypes(string word) => _firstTypes.GetValueOrDefault(word);

    public static DocContext Build(IEnumerable<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var ctx = new DocContext();
        foreach (var s in sentences)
        {
            if (FeatureExtractor.IsAllCaps(s))
            {
                continue;
            }
            for (int i = 0; i < s.Count; i++)
            {
                var w = s[i];
                if (w.Length == 0 || !char.IsLetter(w[0]))
                {
                    continue;
                }
                if (char.IsLower(w[0]))
                {
                    ctx._lower.Add(w);
                }
                else if (i > 0 && !FeatureExtractor.OpensSentence(s[i - 1]))
                {
                    ctx._midCap.Add(w);
                }
            }
            // Runs of capitalised words after the first word ("met Anatol Varenko in"): where each word stands in them.
            int start = 1;
            while (start < s.Count)
            {
                if (!Normalize.StartsUpper(s[start]))
                {
                    start++;
                    continue;
                }
                int end = start;
                while (end < s.Count && Normalize.StartsUpper(s[end]))
                {
                    end++;
                }
                for (int k = start; k < end; k++)
                {
                    int bit = end - start == 1 ? 8 : k == start ? 1 : k == end - 1 ? 2 : 4;
                    ctx._runs[s[k]] = ctx._runs.GetValueOrDefault(s[k]) | bit;
                }
                start = end;
            }
        }
        return ctx;
    }

    /// <summary>Where the word stands in runs of capitalised words elsewhere in the document (bits: 1 first, 2 last, 4 inside, 8 alone).</summary>
    internal int RunPositions(string word) => _runs.GetValueOrDefault(word);

    internal bool SeenCapitalisedMidSentence(string titleForm) => _midCap.Contains(titleForm);

    internal bool SeenLowerCase(string lower) => _lower.Contains(lower);
}

/// <summary>A reusable flat buffer of feature hashes per token.</summary>
internal sealed class FeatureBuffer
{
    public ulong[] Hashes { get; private set; } = new ulong[4096];
    public int[] Start { get; private set; } = new int[129];
    /// <summary>
    /// Per token, its tag set in the lexicon (an unseen word: its shape class with the top bit set; 0 without a
    /// lexicon) and a hash of its lower-cased form.
    /// </summary>
    public ulong[] Amb { get; private set; } = new ulong[128];
    public ulong[] WordKey { get; private set; } = new ulong[128];
    /// <summary>Per token, a hash of its last three letters (lower case).</summary>
    public ulong[] SuffixKey { get; private set; } = new ulong[128];
    /// <summary>Per token, its tag set in the outside word list (<see cref="FeatureExtractor.NotListed"/> when not there).</summary>
    public ulong[] Ext { get; private set; } = new ulong[128];
    /// <summary>Per token, the first-pass model's tag (Stacked features; -1 without one).</summary>
    public int[] First { get; private set; } = new int[128];
    public int Count { get; private set; }
    public int Tokens { get; private set; }

    public void Reset(int tokens)
    {
        if (Start.Length < tokens + 1)
        {
            Start = new int[Math.Max(tokens + 1, Start.Length * 2)];
        }
        if (Amb.Length < tokens)
        {
            int size = Math.Max(tokens, Amb.Length * 2);
            Amb = new ulong[size];
            WordKey = new ulong[size];
            SuffixKey = new ulong[size];
            Ext = new ulong[size];
            First = new int[size];
        }
        Array.Clear(Amb, 0, tokens);
        Array.Clear(Ext, 0, tokens);
        Array.Fill(First, -1, 0, tokens);
        Count = 0;
        Tokens = 0;
        Start[0] = 0;
    }

    public void Add(ulong h)
    {
        if (Count == Hashes.Length)
        {
            var bigger = new ulong[Hashes.Length * 2];
            Array.Copy(Hashes, bigger, Count);
            Hashes = bigger;
        }
        Hashes[Count++] = h;
    }

    public void EndToken() => Start[++Tokens] = Count;

    public ReadOnlySpan<ulong> Of(int token) => Hashes.AsSpan(Start[token], Start[token + 1] - Start[token]);
}

/// <summary>Turns a sentence's words into hashed features for each token.</summary>
internal sealed class FeatureExtractor(FeatureSet set, WordClusters? clusters, Gazetteer? gazetteer, TagLexicon? lexicon = null,
    Dictionary<string, (ulong Tags, int First)>? external = null)
{
    /// <summary>The outside tag set of a word the list lacks (a bit no tag uses).</summary>
    internal const ulong NotListed = 1UL << 63;

    private const int MaxAffix = 4;
    private static readonly int[] NoClusters = [];

    private string[] _lower = new string[64];
    private string[] _shape = new string[64];
    private int[][] _clusters = new int[64][];
    private byte[] _gaz = new byte[64 * 8];
    private ulong[] _amb = new ulong[64];
    private int[] _ambCount = new int[64];
    private (ulong Tags, int First)[] _ext = new (ulong, int)[64];
    private int[] _major = new int[64];
    private int[] _total = new int[64];
    private int[] _part = new int[64];

    public FeatureSet Set { get; } = set;

    internal static bool OpensSentence(string previous) =>
        previous is "." or ":" or "\"" or "``" or "''" or "-" or "--" or "(" or "?" or "!" or ";" or "'";

    internal static bool IsAllCaps(IReadOnlyList<string> words)
    {
        int upper = 0, letters = 0;
        foreach (var w in words)
        {
            bool any = false, allUpper = true;
            foreach (var c in w)
            {
                if (char.IsLetter(c))
                {
                    any = true;
                    if (char.IsLower(c))
                    {
                        allUpper = false;
                        break;
                    }
                }
            }
            if (any)
            {
                letters++;
                if (allUpper)
                {
                    upper++;
                }
            }
        }
        // Headlines such as "SOCCER - JAPAN GET LUCKY WIN" (CoNLL has many): nearly every word in capitals.
        return letters >= 2 && upper >= letters * 0.9;
    }

    internal static string Lower(string w)
    {
        bool change = false;
        foreach (var c in w)
        {
            if (char.IsUpper(c) || char.IsDigit(c))
            {
                change = true;
                break;
            }
        }
        if (!change)
        {
            return w;
        }
        return string.Create(w.Length, w, static (dst, src) =>
        {
            for (int i = 0; i < src.Length; i++)
            {
                var c = src[i];
                dst[i] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
            }
        });
    }

    internal static string Shape(string w)
    {
        Span<char> buf = stackalloc char[Math.Min(w.Length, 32)];
        int n = 0;
        char last = '\0';
        foreach (var c in w)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (k == last)
            {
                continue;
            }
            if (n == buf.Length)
            {
                break;
            }
            buf[n++] = k;
            last = k;
        }
        return new string(buf[..n]);
    }

    private void Ensure(int n)
    {
        if (_lower.Length < n)
        {
            int size = Math.Max(n, _lower.Length * 2);
            _lower = new string[size];
            _shape = new string[size];
            _clusters = new int[size][];
            _gaz = new byte[size * 8];
            _amb = new ulong[size];
            _ambCount = new int[size];
            _ext = new (ulong, int)[size];
            _major = new int[size];
            _total = new int[size];
            _part = new int[size];
        }
    }

    public void Extract(IReadOnlyList<string> words, DocContext? doc, FeatureBuffer buf, Gazetteer? gazetteerOverride = null,
        TagLexicon? lexiconOverride = null, IReadOnlyList<int>? firstPass = null)
    {
        int n = words.Count;
        Ensure(n);
        buf.Reset(n);
        for (int i = 0; i < n; i++)
        {
            _lower[i] = Lower(words[i]);
            _shape[i] = Shape(words[i]);
            _clusters[i] = (Set & FeatureSet.Clusters) != 0 && clusters is not null ? clusters.Lookup(words[i]) ?? NoClusters : NoClusters;
        }
        var gaz = gazetteerOverride ?? gazetteer;
        int nt = 0;
        if ((Set & FeatureSet.Gazetteer) != 0 && gaz is not null)
        {
            nt = gaz.Types.Count;
            gaz.Match(new ArraySegment<string>(_lower, 0, n), _gaz);
        }
        bool allCaps = IsAllCaps(words);
        bool aggregate = (Set & FeatureSet.Aggregate) != 0 && doc is not null;
        if (aggregate)
        {
            CountFirstPass(words, allCaps, doc!);
        }
        bool stacked = (Set & FeatureSet.Stacked) != 0 && firstPass is not null;
        if (stacked)
        {
            for (int i = 0; i < n; i++)
            {
                buf.First[i] = firstPass![i];
            }
        }
        var lex = (Set & FeatureSet.Lexicon) != 0 ? lexiconOverride ?? lexicon : null;
        if (lex is not null)
        {
            var ext = (Set & FeatureSet.External) != 0 ? external : null;
            for (int i = 0; i < n; i++)
            {
                (_amb[i], _ambCount[i]) = lex.Lookup(words[i]);
                // Exact spelling only: the source tagger's lexicon knew "Belgium", not "BELGIUM" in a headline.
                _ext[i] = ext is not null && ext.TryGetValue(words[i], out var listed) ? listed : default;
                if (_amb[i] == 0)
                {
                    _amb[i] = _ext[i].Tags;
                }
            }
        }
        for (int i = 0; i < n; i++)
        {
            var w = words[i];
            var lw = _lower[i];
            var sh = _shape[i];
            string prev = i > 0 ? _lower[i - 1] : "<s>";
            string next = i + 1 < n ? _lower[i + 1] : "</s>";
            string prev2 = i > 1 ? _lower[i - 2] : "<s>";
            string next2 = i + 2 < n ? _lower[i + 2] : "</s>";
            string prevShape = i > 0 ? _shape[i - 1] : "<s>";
            string nextShape = i + 1 < n ? _shape[i + 1] : "</s>";

            buf.Add(FeatureHash.Of(1));
            buf.Add(FeatureHash.Of(2, w));
            buf.WordKey[i] = FeatureHash.Of(3, lw);
            buf.Add(buf.WordKey[i]);
            buf.Add(FeatureHash.Of(4, sh));
            for (int k = 1; k <= MaxAffix && k <= lw.Length; k++)
            {
                buf.Add(FeatureHash.Of(5, k, lw.AsSpan(0, k)));
                buf.Add(FeatureHash.Of(6, k, lw.AsSpan(lw.Length - k)));
            }
            buf.SuffixKey[i] = FeatureHash.Of(6, 3, lw.AsSpan(Math.Max(0, lw.Length - 3)));
            buf.Add(FeatureHash.Of(7, prev));
            buf.Add(FeatureHash.Of(8, next));
            buf.Add(FeatureHash.Of(9, prev2));
            buf.Add(FeatureHash.Of(10, next2));
            buf.Add(FeatureHash.Of(11, prevShape));
            buf.Add(FeatureHash.Of(12, nextShape));
            buf.Add(FeatureHash.Of(13, prevShape, sh));
            buf.Add(FeatureHash.Of(14, sh, nextShape));
            buf.Add(FeatureHash.Of(15, prev, lw));
            buf.Add(FeatureHash.Of(16, lw, next));
            buf.Add(FeatureHash.Of(17, prevShape, next));
            if ((Set & FeatureSet.Context) != 0)
            {
                buf.Add(FeatureHash.Of(80, prev, lw, next));
                buf.Add(FeatureHash.Of(81, prev2, prev));
                buf.Add(FeatureHash.Of(82, next, next2));
                var suffix = lw.AsSpan(Math.Max(0, lw.Length - 3));
                buf.Add(FeatureHash.Of(83, prev, suffix));
                buf.Add(FeatureHash.Of(84, suffix, next));
                if (lw.Length >= 5)
                {
                    buf.Add(FeatureHash.Of(85, lw.AsSpan(lw.Length - 5)));
                    buf.Add(FeatureHash.Of(86, lw.AsSpan(0, 5)));
                }
                buf.Add(FeatureHash.Of(87, prevShape, sh, nextShape));
            }
            int position = i == 0 ? 0 : i == 1 ? 1 : i == n - 1 ? 3 : 2;
            buf.Add(FeatureHash.Of(18, position, sh));
            if (allCaps)
            {
                buf.Add(FeatureHash.Of(19, lw));
                buf.Add(FeatureHash.Of(19, 1, sh));
            }
            var cl = _clusters[i];
            for (int g = 0; g < cl.Length; g++)
            {
                buf.Add(FeatureHash.Of(20 + g, cl[g]));
                buf.Add(FeatureHash.Of(40 + g, cl[g], sh));
            }
            if (cl.Length == 0 && (Set & FeatureSet.Clusters) != 0)
            {
                buf.Add(FeatureHash.Of(39, sh));
            }
            if (i > 0)
            {
                var pc = _clusters[i - 1];
                for (int g = 0; g < pc.Length; g++)
                {
                    buf.Add(FeatureHash.Of(25 + g, pc[g]));
                }
            }
            if (i + 1 < n)
            {
                var nc = _clusters[i + 1];
                for (int g = 0; g < nc.Length; g++)
                {
                    buf.Add(FeatureHash.Of(30 + g, nc[g]));
                }
            }
            for (int t = 0; t < nt; t++)
            {
                int code = _gaz[i * nt + t];
                if (code != 0)
                {
                    buf.Add(FeatureHash.Of(60, t * 16 + code));
                    buf.Add(FeatureHash.Of(61, t * 16 + code, sh));
                }
                if (i > 0 && _gaz[(i - 1) * nt + t] != 0)
                {
                    buf.Add(FeatureHash.Of(62, t * 16 + _gaz[(i - 1) * nt + t]));
                }
                if (i + 1 < n && _gaz[(i + 1) * nt + t] != 0)
                {
                    buf.Add(FeatureHash.Of(63, t * 16 + _gaz[(i + 1) * nt + t]));
                }
            }
            if ((Set & FeatureSet.Document) != 0 && doc is not null && w.Length > 0 && char.IsUpper(w[0]))
            {
                bool initial = i == 0 || OpensSentence(words[i - 1]);
                int ctx = (initial ? 1 : 0) + (allCaps ? 2 : 0);
                var title = TitleCase(w);
                buf.Add(FeatureHash.Of(70, ctx * 4 + (doc.SeenCapitalisedMidSentence(title) ? 1 : 0) + (doc.SeenLowerCase(w.ToLowerInvariant()) ? 2 : 0)));
                buf.Add(FeatureHash.Of(71, doc.RunPositions(allCaps ? title : w)));
            }
            if (aggregate)
            {
                AddAggregate(i, n, sh, buf);
            }
            if (stacked)
            {
                // The first pass's guesses for the next two words (-2: past the end of the sentence).
                int f1 = i + 1 < n ? firstPass![i + 1] : -2;
                int f2 = i + 2 < n ? firstPass![i + 2] : -2;
                buf.Add(FeatureHash.Of(130, f1));
                buf.Add(FeatureHash.Of(131, f1, f2));
                buf.Add(FeatureHash.Of(132, f1, lw));
                buf.Add(FeatureHash.Of(133, _amb[i], f1));
                buf.Add(FeatureHash.Of(134, _amb[i], f1 * 256 + f2 + 2));
                buf.Add(FeatureHash.Of(135, f1, lw.AsSpan(Math.Max(0, lw.Length - 3))));
                // And its guess for the word itself, so the model learns where to trust it.
                int f0 = firstPass![i];
                buf.Add(FeatureHash.Of(136, f0));
                buf.Add(FeatureHash.Of(137, _amb[i], f0));
                buf.Add(FeatureHash.Of(138, f0, f1));
                buf.Add(FeatureHash.Of(139, f0, lw));
            }
            if (lex is not null && (Set & FeatureSet.External) != 0)
            {
                var e = _ext[i];
                buf.Ext[i] = e.Tags != 0 ? e.Tags : NotListed;
                buf.Add(FeatureHash.Of(140, e.Tags, 0));
                buf.Add(FeatureHash.Of(141, e.Tags, _amb[i]));
                buf.Add(FeatureHash.Of(142, e.First));
                buf.Add(FeatureHash.Of(143, e.First, sh));
                if (e.Tags == 0)
                {
                    var suffix = lw.AsSpan(Math.Max(0, lw.Length - 3));
                    buf.Add(FeatureHash.Of(148, i + 1 < n ? _ext[i + 1].Tags : ulong.MaxValue, suffix));
                    buf.Add(FeatureHash.Of(149, sh, suffix));
                }
            }
            if (lex is not null)
            {
                AddLexicon(lex, words, i, prev, next, allCaps, sh, buf);
                // An unseen word stands in history features for its shape (a bit no tag uses marks it).
                buf.Amb[i] = _amb[i] != 0 ? _amb[i] : (1UL << 63) | (uint)TagLexicon.UnseenClass(words[i], i == 0 || OpensSentence(words[i - 1]), allCaps);
            }
            buf.EndToken();
        }
    }

    /// <summary>
    /// The second pass's features alone (<see cref="FeatureSet.Aggregate"/>), for a tagger that reads the other features
    /// of the same tokens once for both passes (<see cref="Extract"/> adds them to the rest).
    /// </summary>
    public void ExtractAggregate(IReadOnlyList<string> words, DocContext doc, FeatureBuffer buf)
    {
        int n = words.Count;
        Ensure(n);
        buf.Reset(n);
        CountFirstPass(words, IsAllCaps(words), doc);
        for (int i = 0; i < n; i++)
        {
            AddAggregate(i, n, _major[i] >= 0 ? Shape(words[i]) : "", buf);
            buf.EndToken();
        }
    }

    /// <summary>
    /// Per word, how the first pass tagged it anywhere in the document: the most frequent of outside or a one-word PER,
    /// ORG, LOC, MISC, how often, and the most frequent type of the longer names it is part of. A headline in capitals
    /// reads the counts of the word as written elsewhere ("PORTVALE": "Portvale").
    /// </summary>
    private void CountFirstPass(IReadOnlyList<string> words, bool allCaps, DocContext doc)
    {
        for (int i = 0; i < words.Count; i++)
        {
            var counts = doc.FirstPassTypes(allCaps ? TitleCase(words[i]) : words[i]);
            _major[i] = Majority(counts, 0, 5, out _total[i]);
            _part[i] = counts is null ? int.MinValue : Majority(counts, 5, 4, out _);
        }
    }

    /// <summary>The second pass's features of word <paramref name="i"/> (of <paramref name="n"/>), from <see cref="CountFirstPass"/>.</summary>
    private void AddAggregate(int i, int n, string shape, FeatureBuffer buf)
    {
        int major = _major[i];
        if (major >= 0)
        {
            int total = _total[i];
            buf.Add(FeatureHash.Of(150, major));
            buf.Add(FeatureHash.Of(151, major, total == 1 ? 1 : total <= 3 ? 2 : 3));
            buf.Add(FeatureHash.Of(152, major, shape));
        }
        if (_part[i] != int.MinValue)
        {
            buf.Add(FeatureHash.Of(155, _part[i]));
        }
        buf.Add(FeatureHash.Of(153, i > 0 ? _major[i - 1] : -2, major));
        buf.Add(FeatureHash.Of(154, major, i + 1 < n ? _major[i + 1] : -2));
    }

    /// <summary>
    /// Which of <paramref name="length"/> counts from <paramref name="start"/> is largest, numbered from 0 (for the word
    /// alone: 0 outside any entity, then PER, ORG, LOC, MISC); -1 without counts or when all of them are 0.
    /// </summary>
    private static int Majority(int[]? counts, int start, int length, out int total)
    {
        total = 0;
        if (counts is null)
        {
            return -1;
        }
        int best = -1;
        for (int t = 0; t < length; t++)
        {
            total += counts[start + t];
            if (counts[start + t] > 0 && (best < 0 || counts[start + t] > counts[start + best]))
            {
                best = t;
            }
        }
        return best;
    }

    /// <summary>The most history features one token has.</summary>
    internal const int MaxHistory = 21;

    /// <summary>How many history features a token has before the first-pass and outside-list ones.</summary>
    private const int BaseHistory = 11;

    /// <summary>
    /// Features of token i joined with the tags chosen for the two tokens before it (p1, p2; -1 and -2 before the
    /// sentence): the tag sets of the word and of the next two words, and the word itself; with first-pass tags
    /// (<paramref name="first"/>, empty without them) also the first pass's guesses for the next two words; with an outside
    /// word list (<paramref name="ext"/>, empty without one) its tag sets of the word and the next two.
    /// </summary>
    internal static int History(ReadOnlySpan<ulong> amb, ReadOnlySpan<ulong> wordKey, ReadOnlySpan<ulong> suffixKey, ReadOnlySpan<int> first,
        ReadOnlySpan<ulong> ext, int i, int p1, int p2, Span<ulong> dst)
    {
        int k = WithFirstPass(amb, wordKey, suffixKey, first, i, p1, p2, dst);
        if (ext.IsEmpty)
        {
            return k;
        }
        int n = ext.Length;
        ulong e0 = ext[i];
        ulong e1 = i + 1 < n ? ext[i + 1] : ulong.MaxValue;
        ulong e2 = i + 2 < n ? ext[i + 2] : ulong.MaxValue;
        dst[k++] = FeatureHash.History(126, p1, p2, e0, e1, e2);
        dst[k++] = FeatureHash.History(127, p1, -3, e0, e1, 0);
        dst[k++] = FeatureHash.History(128, p1, p2, e0, amb[i], 0);
        if (e0 == NotListed)
        {
            dst[k++] = FeatureHash.History(129, p1, -3, suffixKey[i], e1, 0);
            dst[k++] = FeatureHash.History(130, p1, p2, suffixKey[i], 0, 0);
        }
        return k;
    }

    private static int WithFirstPass(ReadOnlySpan<ulong> amb, ReadOnlySpan<ulong> wordKey, ReadOnlySpan<ulong> suffixKey, ReadOnlySpan<int> first,
        int i, int p1, int p2, Span<ulong> dst)
    {
        int n = amb.Length;
        ulong a0 = amb[i];
        ulong a1 = i + 1 < n ? amb[i + 1] : ulong.MaxValue;
        ulong a2 = i + 2 < n ? amb[i + 2] : ulong.MaxValue;
        ulong wk = wordKey[i];
        dst[0] = FeatureHash.History(110, p1, -3, 0, 0, 0);
        dst[1] = FeatureHash.History(111, p1, p2, 0, 0, 0);
        dst[2] = FeatureHash.History(112, p1, -3, a0, 0, 0);
        dst[3] = FeatureHash.History(113, p1, p2, a0, 0, 0);
        dst[4] = FeatureHash.History(114, p1, -3, a0, a1, 0);
        dst[5] = FeatureHash.History(115, p1, p2, a0, a1, 0);
        dst[6] = FeatureHash.History(116, p1, p2, a0, a1, a2);
        dst[7] = FeatureHash.History(117, p1, -3, wk, 0, 0);
        dst[8] = FeatureHash.History(118, p1, p2, wk, 0, 0);
        dst[9] = FeatureHash.History(119, p1, -3, a1, a2, 0);
        dst[10] = FeatureHash.History(120, p1, -3, suffixKey[i], a0, 0);
        if (first.IsEmpty || first[i] == -1)
        {
            return BaseHistory;
        }
        ulong f1 = i + 1 < n ? (ulong)first[i + 1] : ulong.MaxValue;
        ulong f2 = i + 2 < n ? (ulong)first[i + 2] : ulong.MaxValue;
        dst[11] = FeatureHash.History(121, p1, -3, f1, 0, 0);
        dst[12] = FeatureHash.History(122, p1, -3, f1, a0, 0);
        dst[13] = FeatureHash.History(123, p1, p2, f1, 0, 0);
        dst[14] = FeatureHash.History(124, p1, -3, f1, f2, 0);
        dst[15] = FeatureHash.History(125, p1, -3, f1, wk, 0);
        return BaseHistory + 5;
    }

    private void AddLexicon(TagLexicon lex, IReadOnlyList<string> words, int i, string prev, string next, bool allCaps, string sh, FeatureBuffer buf)
    {
        int n = words.Count;
        var w = words[i];
        var amb = _amb[i];
        int count = _ambCount[i];
        ulong before = i > 0 ? _amb[i - 1] : ulong.MaxValue;
        ulong after = i + 1 < n ? _amb[i + 1] : ulong.MaxValue;
        ulong after2 = i + 2 < n ? _amb[i + 2] : ulong.MaxValue;
        // Frequency bands set by hand (not tuned): unseen, 1-2, 3-9, 10-49, 50 or more occurrences in training.
        int band = count == 0 ? 0 : count < 3 ? 1 : count < 10 ? 2 : count < 50 ? 3 : 4;
        buf.Add(FeatureHash.Of(90, amb, band));
        buf.Add(FeatureHash.Of(92, before, 0));
        buf.Add(FeatureHash.Of(93, after, 0));
        buf.Add(FeatureHash.Of(94, after2, 0));
        buf.Add(FeatureHash.Of(95, amb, after));
        buf.Add(FeatureHash.Of(96, before, amb));
        buf.Add(FeatureHash.Of(97, amb, prev));
        buf.Add(FeatureHash.Of(98, amb, next));
        var lower = w.ToLowerInvariant();
        if (!ReferenceEquals(lower, w) && lower != w)
        {
            // Sentence starts and headlines: what the word is when written in lower case ("Attendance", "BEAT").
            bool initial = i == 0 || OpensSentence(words[i - 1]);
            int where = allCaps ? 2 : initial ? 1 : 0;
            buf.Add(FeatureHash.Of(91, lex.Lookup(lower).Tags, where * 8 + (amb == 0 ? 0 : 1)));
        }
        if (amb == 0)
        {
            int dash = w.LastIndexOf('-');
            if (dash > 0 && dash < w.Length - 1)
            {
                // "anti-government", "six-year-old": the last part decides the tag more than the whole.
                var last = w[(dash + 1)..];
                buf.Add(FeatureHash.Of(100, last.ToLowerInvariant()));
                buf.Add(FeatureHash.Of(101, lex.Lookup(last).Tags | lex.Lookup(last.ToLowerInvariant()).Tags, sh));
            }
            bool digits = false;
            foreach (var c in w)
            {
                if (char.IsDigit(c))
                {
                    digits = true;
                    break;
                }
            }
            if (digits)
            {
                for (int k = 1; k <= 3 && k <= w.Length; k++)
                {
                    buf.Add(FeatureHash.Of(102, k, w.AsSpan(w.Length - k)));
                }
            }
        }
    }

    private static string TitleCase(string w)
    {
        if (w.Length < 2)
        {
            return w;
        }
        bool rest = true;
        for (int i = 1; i < w.Length; i++)
        {
            if (char.IsUpper(w[i]))
            {
                rest = false;
                break;
            }
        }
        if (rest)
        {
            return w;
        }
        var sb = new StringBuilder(w.Length);
        sb.Append(w[0]);
        sb.Append(w.AsSpan(1).ToString().ToLowerInvariant());
        return sb.ToString();
    }
}
