using Parallax.Model;

namespace Parallax.Time;

/// <summary>
/// When something a report states happened, kept apart from when the report was published, with how sure
/// that date is (<see cref="DateCertainty"/>).
/// </summary>
public sealed record EventDate(Timex Timex, DateOnly Start, DateOnly End, DateCertainty Certainty, DateOnly? Reported)
{
    /// <summary>True when the date is one calendar day.</summary>
    public bool IsDay => Start == End;
}

/// <summary>Finds the date of a statement from the temporal expressions of its sentence (needs the timex layer).</summary>
public static class EventDates
{
    /// <summary>The temporal expressions inside sentence <paramref name="sentenceIndex"/>, in text order.</summary>
    public static IEnumerable<Timex> InSentence(Doc doc, int sentenceIndex)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (sentenceIndex < 0 || sentenceIndex >= doc.Sentences.Count)
        {
            yield break;
        }
        var sentence = doc.Sentences[sentenceIndex].Span;
        foreach (var t in doc.Timexes)
        {
            if (sentence.Contains(t.Span))
            {
                yield return t;
            }
        }
    }

    /// <summary>
    /// The date of what <paramref name="span"/> reports: the calendar date or period named in its sentence
    /// closest to the span (a day beats a week, a week a month, when equally close). Null when the sentence
    /// names none; durations, sets and vague references ("now", "recently") do not date an event.
    /// </summary>
    public static EventDate? For(Doc doc, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(doc);
        int sentence = doc.SentenceAt(span.Start);
        Timex? best = null;
        long bestScore = long.MaxValue;
        foreach (var t in InSentence(doc, sentence))
        {
            if (t.Start is not { } start || t.End is not { } end || t.Type is TimexType.Duration or TimexType.Set)
            {
                continue;
            }
            int distance = t.Span.Overlaps(span) ? 0 : t.Span.End <= span.Start ? span.Start - t.Span.End : t.Span.Start - span.End;
            long score = (long)distance * 100_000 + (end.DayNumber - start.DayNumber);
            if (score < bestScore)
            {
                bestScore = score;
                best = t;
            }
        }
        if (best is null)
        {
            return null;
        }
        DateOnly? reported = doc.Article.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : null;
        return new EventDate(best, best.Start!.Value, best.End!.Value, best.Certainty, reported);
    }
}
