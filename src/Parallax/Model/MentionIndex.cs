namespace Parallax.Model;

/// <summary>
/// A report's mentions ordered by where they start, so that the mentions inside a span are found by a binary search
/// and a walk over those starting in it, not by a scan of every mention of the report.
/// </summary>
public sealed class MentionIndex
{
    private readonly IReadOnlyList<Mention> _mentions;
    private readonly int[] _byStart;

    public MentionIndex(IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        _mentions = mentions;
        _byStart = [.. Enumerable.Range(0, mentions.Count).OrderBy(m => mentions[m].Span.Start)];
    }

    /// <summary>The indices of the mentions that lie inside <paramref name="span"/>, in the mention layer's order.</summary>
    public List<int> Within(TextSpan span)
    {
        int lo = 0, hi = _byStart.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_mentions[_byStart[mid]].Span.Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        var inside = new List<int>();
        for (int k = lo; k < _byStart.Length && _mentions[_byStart[k]].Span.Start <= span.End; k++)
        {
            if (span.Contains(_mentions[_byStart[k]].Span))
            {
                inside.Add(_byStart[k]);
            }
        }
        inside.Sort();
        return inside;
    }
}
