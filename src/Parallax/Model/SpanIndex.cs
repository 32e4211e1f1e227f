namespace Parallax.Model;

/// <summary>
/// The spans of a layer (mentions, timexes) ordered by where they start, so that those inside a span are found by a
/// binary search and a walk over the ones starting in it, not by a scan of the whole layer.
/// </summary>
public sealed class SpanIndex
{
    private readonly TextSpan[] _spans;
    private readonly int[] _byStart;

    public SpanIndex(IEnumerable<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        _spans = [.. spans];
        _byStart = [.. Enumerable.Range(0, _spans.Length).OrderBy(i => _spans[i].Start)];
    }

    /// <summary>
    /// The first index in [0, <paramref name="count"/>) at which <paramref name="before"/> is false, for a predicate
    /// true on a prefix and false after it (<paramref name="count"/> when it is never false): a binary search.
    /// </summary>
    public static int FirstNotBefore(int count, Func<int, bool> before)
    {
        ArgumentNullException.ThrowIfNull(before);
        int lo = 0, hi = count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (before(mid))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>The indices of the spans that lie inside <paramref name="span"/>, in the layer's order.</summary>
    public List<int> Within(TextSpan span)
    {
        var inside = new List<int>();
        for (int k = FirstNotBefore(_byStart.Length, k => _spans[_byStart[k]].Start < span.Start);
             k < _byStart.Length && _spans[_byStart[k]].Start <= span.End; k++)
        {
            if (span.Contains(_spans[_byStart[k]]))
            {
                inside.Add(_byStart[k]);
            }
        }
        inside.Sort();
        return inside;
    }
}
