namespace Parallax.Text.Tagging;

/// <summary>
/// Names known to be of a type (built from the labelled training data): phrases of up to
/// <see cref="MaxLength"/> words, matched case-insensitively. Each token gets, per type, whether
/// it begins, continues, ends or alone makes up a listed phrase.
/// </summary>
public sealed class Gazetteer
{
    public const int Begin = 1, Inside = 2, Last = 4, Unit = 8;

    private readonly Dictionary<string, byte> _phrases;
    private readonly HashSet<string> _firstWords;

    public Gazetteer(IReadOnlyList<string> types, Dictionary<string, byte> phrases)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(phrases);
        if (types.Count > 8)
        {
            throw new ArgumentException("a gazetteer holds at most 8 types", nameof(types));
        }
        Types = types;
        _phrases = phrases;
        MaxLength = phrases.Count == 0 ? 0 : phrases.Keys.Max(k => k.Count(c => c == ' ') + 1);
        _firstWords = new HashSet<string>(phrases.Keys.Select(k => k.Split(' ')[0]), StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Types { get; }
    public int MaxLength { get; }
    public int Count => _phrases.Count;

    /// <summary>Builds a gazetteer from (type, words) entity mentions.</summary>
    public static Gazetteer Build(IReadOnlyList<string> types, IEnumerable<(string Type, IReadOnlyList<string> Words)> mentions, int maxLength = 6)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(mentions);
        var phrases = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (type, words) in mentions)
        {
            int t = IndexOf(types, type);
            if (t < 0 || words.Count == 0 || words.Count > maxLength)
            {
                continue;
            }
            var key = string.Join(' ', words).ToLowerInvariant();
            phrases[key] = (byte)(phrases.GetValueOrDefault(key) | (1 << t));
        }
        return new Gazetteer(types, phrases);
    }

    private static int IndexOf(IReadOnlyList<string> list, string item)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] == item)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Whether the words, in any case, are a listed name of some type.</summary>
    public bool Contains(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return _phrases.ContainsKey(string.Join(' ', words).ToLowerInvariant());
    }

    /// <summary>Fills codes[token * Types.Count + type] with Begin/Inside/Last/Unit bits.</summary>
    public void Match(IReadOnlyList<string> lowerWords, byte[] codes)
    {
        ArgumentNullException.ThrowIfNull(lowerWords);
        ArgumentNullException.ThrowIfNull(codes);
        int nt = Types.Count;
        Array.Clear(codes, 0, lowerWords.Count * nt);
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < lowerWords.Count; i++)
        {
            if (!_firstWords.Contains(lowerWords[i]))
            {
                continue;
            }
            sb.Clear();
            for (int len = 1; len <= MaxLength && i + len <= lowerWords.Count; len++)
            {
                if (len > 1)
                {
                    sb.Append(' ');
                }
                sb.Append(lowerWords[i + len - 1]);
                if (!_phrases.TryGetValue(sb.ToString(), out var mask))
                {
                    continue;
                }
                for (int t = 0; t < nt; t++)
                {
                    if ((mask & (1 << t)) == 0)
                    {
                        continue;
                    }
                    if (len == 1)
                    {
                        codes[i * nt + t] |= Unit;
                        continue;
                    }
                    codes[i * nt + t] |= Begin;
                    for (int j = i + 1; j < i + len - 1; j++)
                    {
                        codes[j * nt + t] |= Inside;
                    }
                    codes[(i + len - 1) * nt + t] |= Last;
                }
            }
        }
    }

    internal void Write(BinaryWriter w)
    {
        w.Write(Types.Count);
        foreach (var t in Types)
        {
            w.Write(t);
        }
        w.Write(_phrases.Count);
        foreach (var (k, v) in _phrases)
        {
            w.Write(k);
            w.Write(v);
        }
    }

    internal static Gazetteer Read(BinaryReader r)
    {
        int nt = r.ReadInt32();
        var types = new string[nt];
        for (int i = 0; i < nt; i++)
        {
            types[i] = r.ReadString();
        }
        int n = r.ReadInt32();
        var phrases = new Dictionary<string, byte>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            var k = r.ReadString();
            phrases[k] = r.ReadByte();
        }
        return new Gazetteer(types, phrases);
    }
}
