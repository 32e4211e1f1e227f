using System.Globalization;
using System.Text.RegularExpressions;
using Parallax.Model;

namespace Parallax.Ledger;

public static partial class ConflictFinder
{
    /// <summary>
    /// Days a sentence's values can be told apart by: two values told of days this far apart are of two occasions (the
    /// third round a week before the fourth, a fire three days after an explosion), not a contradiction.
    /// </summary>
    /// <remarks>1: a report written across midnight or another time zone names the next day for the same event
    /// ("flew back on Sunday after Saturday's talks"); the neighbouring events of eval/neighbours lie 2 to 7 days apart,
    /// see eval/README.md.</remarks>
    private const int SameOccasionDays = 1;

    /// <summary>
    /// The day of the occasion each reporter sentence tells of: the one day it names itself (outside quotations), else
    /// the day its report leads with (the first past day its body names, within <see cref="Article.RecentDays"/> of
    /// publication), else unknown. Values of one kind are compared only within one occasion: news tells neighbouring
    /// events (the next round of the same talks, a second fire in one city) in the same words.
    /// </summary>
    private sealed partial class Occasions
    {
        /// <summary>Per report, its document and the occasion day of each sentence (null outside the body or unknown).</summary>
        private readonly Dictionary<string, (Doc Doc, DateOnly?[] Days)> _byArticle = new(StringComparer.Ordinal);

        public Occasions(List<ReporterSentence> sentences)
        {
            foreach (var report in sentences.GroupBy(s => s.Doc))
            {
                var doc = report.Key;
                var own = report.Select(s => (s.Index, Day: OwnDay(doc, s.Span, s.Text))).ToList();
                var lead = own.Select(s => s.Day).FirstOrDefault(d => d is not null);
                var days = new DateOnly?[doc.Sentences.Count];
                foreach (var (index, day) in own)
                {
                    days[index] = day ?? lead;
                }
                _byArticle[doc.Article.Id] = (doc, days);
            }
        }

        /// <summary>The one day a sentence names, read as the story's own (past and recent when the report is dated).</summary>
        private static DateOnly? OwnDay(Doc doc, TextSpan span, string visible)
        {
            var days = doc.TimexIndex.Within(span).Select(x => doc.Timexes[x])
                .Where(t => (t.Type == TimexType.Date || t.Type == TimexType.Time && NamesDay().IsMatch(doc.Slice(t.Span))) &&
                    t.Start is { } s && t.End == s &&
                    !string.IsNullOrWhiteSpace(visible.Substring(t.Span.Start - span.Start, t.Span.Length)) &&
                    (doc.Article.Published is null || doc.Article.IsRecent(s)))
                .Select(t => t.Start!.Value).Distinct().ToList();
            return days.Count == 1 ? days[0] : null;
        }

        /// <summary>
        /// A time that names its day ("Friday evening", "this morning"); a bare clock time ("shortly after 6 p.m.")
        /// takes its day from the dates around it and tells no occasion of its own.
        /// </summary>
        [GeneratedRegex(@"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow|this|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", RegexOptions.IgnoreCase)]
        private static partial Regex NamesDay();

        /// <summary>The occasion day of the sentence holding a piece of evidence (null: unknown).</summary>
        public DateOnly? Of(Evidence evidence)
        {
            if (!_byArticle.TryGetValue(evidence.Article, out var report))
            {
                return null;
            }
            int at = report.Doc.SentenceAt(evidence.Span.Start);
            return at >= 0 ? report.Days[at] : null;
        }

        /// <summary>Whether two pieces of evidence are told of one known occasion (days at most <see cref="SameOccasionDays"/> apart).</summary>
        public bool Same(Evidence a, Evidence b) =>
            Of(a) is { } x && Of(b) is { } y && Math.Abs(x.DayNumber - y.DayNumber) <= SameOccasionDays;

        /// <summary>
        /// Splits items by occasion: days within <see cref="SameOccasionDays"/> of the next form one occasion; items of
        /// unknown day go with every occasion. One group (with its day, when there are several) per occasion.
        /// </summary>
        public List<(DateOnly? Day, List<T> Items)> Split<T>(IReadOnlyList<T> items, Func<T, Evidence> evidence)
        {
            var dated = items.Select(x => (Item: x, Day: Of(evidence(x)))).ToList();
            var days = dated.Where(x => x.Day is not null).Select(x => x.Day!.Value).Distinct().Order().ToList();
            if (days.Count == 0 || days[^1].DayNumber - days[0].DayNumber <= SameOccasionDays)
            {
                return [(null, [.. items])];
            }
            var groups = new List<List<DateOnly>> { new() { days[0] } };
            foreach (var d in days.Skip(1))
            {
                if (d.DayNumber - groups[^1][^1].DayNumber <= SameOccasionDays)
                {
                    groups[^1].Add(d);
                }
                else
                {
                    groups.Add([d]);
                }
            }
            return [.. groups.Select(g => ((DateOnly?)g[0],
                dated.Where(x => x.Day is not { } d || g.Contains(d)).Select(x => x.Item).ToList()))];
        }
    }

    /// <summary>A subject told of one occasion among several: "number killed (2031-06-12)".</summary>
    private static string OnDay(string subject, DateOnly? day) =>
        day is { } d ? $"{subject} ({d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : subject;

    /// <summary>Values of one kind split by occasion (see <see cref="Occasions.Split"/>).</summary>
    private static List<(DateOnly? Day, Dictionary<string, List<Evidence>> Values)> ByOccasion(Occasions occasions, Dictionary<string, List<Evidence>> values)
    {
        var flat = values.SelectMany(kv => kv.Value.Select(e => (Value: kv.Key, Evidence: e))).ToList();
        return [.. occasions.Split(flat, x => x.Evidence).Select(g => (g.Day, g.Items.GroupBy(x => x.Value)
            .ToDictionary(x => x.Key, x => x.Select(y => y.Evidence).ToList(), StringComparer.Ordinal)))];
    }
}
