namespace Parallax.Text.Tagging;

/// <summary>
/// 64-bit FNV-1a hashes of feature templates and their string parts, so features are looked up
/// without building strings. A template id keeps "w=Paris" apart from "p1=Paris".
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(int template)
    {
        var h = Offset;
        h = (h ^ (uint)template) * Prime;
        return Finish(h);
    }

    public static ulong Of(int template, ReadOnlySpan<char> a)
    {
        var h = Offset;
        h = (h ^ (uint)template) * Prime;
        h = Mix(h, a);
        return Finish(h);
    }

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var h = Offset;
        h = (h ^ (uint)template) * Prime;
        h = Mix(h, a);
        h = (h ^ 0x1F) * Prime;
        h = Mix(h, b);
        return Finish(h);
    }

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c)
    {
        var h = Offset;
        h = (h ^ (uint)template) * Prime;
        h = Mix(h, a);
        h = (h ^ 0x1F) * Prime;
        h = Mix(h, b);
        h = (h ^ 0x1F) * Prime;
        h = Mix(h, c);
        return Finish(h);
    }

    public static ulong Of(int template, int a)
    {
        var h = Offset;
        h = (h ^ (uint)template) * Prime;
        h = (h ^ (uint)a) * Prime;
        h = (h ^ (uint)(a >> 16)) * Prime;
        return Finish(h);
    }

    public static ulong Of(int template, int a, int b)
    {
        var h = Offset;
        h = (h ^ (uint)template) * Prime;
        h = (h ^ (uint)a) * Prime;
        h = (h ^ (uint)(a >> 16)) * Prime;
        h = (h ^ 0x1F) * Prime;
        h = (h ^ (uint)b) * Prime;
        h = (h ^ (uint)(b >> 16)) * Prime;
        return Finish(h);
    }

    public static ulong Of(int template, int a, ReadOnlySpan<char> b)
    {
        var h = Offset;
        h = (h ^ (uint)template) * Prime;
        h = (h ^ (uint)a) * Prime;
        h = (h ^ 0x1F) * Prime;
        h = Mix(h, b);
        return Finish(h);
    }

    public static ulong Of(int template, ulong a, int b)
    {
        var h = Offset;
        h = (h ^ (uint)template) * Prime;
        h = MixLong(h, a);
        h = (h ^ 0x1F) * Prime;
        h = (h ^ (uint)b) * Prime;
        return Finish(h);
    }

    public static ulong Of(int template, ulong a, ulong b)
    {
        var h = Offset;
        h = (h ^ (uint)template) * Prime;
        h = MixLong(h, a);
        h = (h ^ 0x1F) * Prime;
        h = MixLong(h, b);
        return Finish(h);
    }

    public static ulong Of(int template, ulong a, ReadOnlySpan<char> b)
    {
        var h = Offset;
        h = (h ^ (uint)template) * Prime;
        h = MixLong(h, a);
        h = (h ^ 0x1F) * Prime;
        h = Mix(h, b);
        return Finish(h);
    }

    /// <summary>A feature of the tags already chosen to the left (p1 the previous, p2 the one before) with three more values.</summary>
    public static ulong History(int template, int p1, int p2, ulong a, ulong b, ulong c)
    {
        var h = Offset;
        h = (h ^ (uint)template) * Prime;
        h = (h ^ (uint)(p1 + 2)) * Prime;
        h = (h ^ (uint)(p2 + 2)) * Prime;
        h = MixLong(h, a);
        h = MixLong(h, b);
        h = MixLong(h, c);
        return Finish(h);
    }

    private static ulong MixLong(ulong h, ulong a)
    {
        h = (h ^ (uint)a) * Prime;
        return (h ^ (uint)(a >> 32)) * Prime;
    }

    private static ulong Mix(ulong h, ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            h = (h ^ (c & 0xFFu)) * Prime;
            h = (h ^ (uint)(c >> 8)) * Prime;
        }
        return h;
    }

    // Zero marks an empty slot in FeatureTable.
    private static ulong Finish(ulong h) => h == 0 ? 1 : h;
}

/// <summary>
/// An open-addressing map from feature hash to the feature's range of weights (read-only after construction). Each
/// slot is 8 bytes (a 32-bit fingerprint of the hash, the range's start and length), so a lookup touches one cache line
/// and the table of a few hundred thousand features stays small: memory latency and not arithmetic is what tagging
/// costs. The slot is chosen from all the hash's bits (multiplied, high bits kept) and the fingerprint is its low 32 bits
/// with the lowest set (0 marks an empty slot), so a wrong match needs two features that agree on 31 bits within one
/// probe run (about one lookup in 10^9; eng.testa's POS and NER output are byte-identical to the 16-byte table's).
/// </summary>
internal sealed class FeatureTable
{
    private const int LengthBits = 8;

    private readonly ulong[] _slots;
    private readonly int _shift;

    /// <summary>Feature i has the weights from rowStart[i] to rowStart[i + 1].</summary>
    public FeatureTable(ReadOnlySpan<ulong> keys, ReadOnlySpan<int> rowStart)
    {
        // At most three quarters full: probes stay short and the table small enough to keep more of it in cache.
        int capacity = 16;
        while (capacity < keys.Length * 4L / 3)
        {
            capacity <<= 1;
        }
        _slots = new ulong[capacity];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        for (int i = 0; i < keys.Length; i++)
        {
            int length = rowStart[i + 1] - rowStart[i];
            if (length >= 1 << LengthBits || rowStart[i + 1] >= 1 << (32 - LengthBits))
            {
                throw new InvalidDataException($"a feature with {length} weights from weight {rowStart[i]}: a tagger model holds at most {(1 << LengthBits) - 1} tags and {1 << (32 - LengthBits)} weights");
            }
            var slot = Slot(keys[i]);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }
            _slots[slot] = ((ulong)Fingerprint(keys[i]) << 32) | ((uint)rowStart[i] << LengthBits) | (uint)length;
        }
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    // Never 0, which marks an empty slot.
    private static uint Fingerprint(ulong key) => (uint)key | 1;

    /// <summary>The feature's range of weights; false when the model does not have it.</summary>
    public bool Find(ulong key, out int start, out int end)
    {
        int mask = _slots.Length - 1;
        var slot = Slot(key);
        uint fingerprint = Fingerprint(key);
        while (true)
        {
            var e = _slots[slot];
            if ((uint)(e >> 32) == fingerprint)
            {
                start = (int)((uint)e >> LengthBits);
                end = start + (int)(e & ((1 << LengthBits) - 1));
                return true;
            }
            if (e == 0)
            {
                start = end = 0;
                return false;
            }
            slot = (slot + 1) & mask;
        }
    }
}
