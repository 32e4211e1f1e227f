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
/// An open-addressing map from feature hash to the feature's range of weights (read-only after construction). Key and
/// range share one slot, so a lookup touches one cache line: with hundreds of thousands of features, memory latency
/// and not arithmetic is what tagging costs.
/// </summary>
internal sealed class FeatureTable
{
    private struct Entry
    {
        public ulong Key;
        public int Start;
        public int End;
    }

    private readonly Entry[] _slots;
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
        _slots = new Entry[capacity];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        for (int i = 0; i < keys.Length; i++)
        {
            var slot = Slot(keys[i]);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }
            _slots[slot] = new Entry { Key = keys[i], Start = rowStart[i], End = rowStart[i + 1] };
        }
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>The feature's range of weights; false when the model does not have it.</summary>
    public bool Find(ulong key, out int start, out int end)
    {
        int mask = _slots.Length - 1;
        var slot = Slot(key);
        while (true)
        {
            ref readonly var e = ref _slots[slot];
            if (e.Key == key)
            {
                start = e.Start;
                end = e.End;
                return true;
            }
            if (e.Key == 0)
            {
                start = end = 0;
                return false;
            }
            slot = (slot + 1) & mask;
        }
    }
}
