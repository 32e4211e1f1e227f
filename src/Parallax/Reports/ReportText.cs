using System.Globalization;
using Parallax.Ledger;
using Parallax.Model;

namespace Parallax.Reports;

/// <summary>Shared wording of the human-readable reports: outlet names for article ids, status and kind labels.</summary>
public sealed class ReportText
{
    private readonly Dictionary<string, Article> _articles;

    public ReportText(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        _articles = dossier.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        // Two reports from one outlet are told apart by a number.
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in dossier.Articles.GroupBy(a => a.DisplayName, StringComparer.OrdinalIgnoreCase))
        {
            int n = 0;
            foreach (var a in group)
            {
                labels[a.Id] = group.Count() == 1 ? a.DisplayName : $"{a.DisplayName} ({++n})";
            }
        }
        Labels = labels;
    }

    public IReadOnlyDictionary<string, string> Labels { get; }

    public Article Article(string id) => _articles[id];

    public string Outlet(string articleId) => Labels.GetValueOrDefault(articleId, articleId);

    public string Outlets(IEnumerable<string> articleIds) => string.Join(", ", articleIds.Select(Outlet));

    /// <summary>The text of an evidence span, on one line.</summary>
    public string Quote(Evidence e)
    {
        var a = _articles[e.Article];
        return ClaimAligner.CleanSentence(a.Slice(e.Span));
    }

    /// <summary>A claim's parts as label and text pairs, in the order who, did, whom, when, where, how many, role, result.</summary>
    public static IReadOnlyList<(string Label, string Text)> Parts(ClaimParts parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var list = new List<(string, string)>();
        void One(string label, ClaimPart? part)
        {
            if (part is not null)
            {
                list.Add((label, part.Text));
            }
        }
        void Many(string label, IReadOnlyList<ClaimPart> many)
        {
            if (many.Count > 0)
            {
                list.Add((label, string.Join("; ", many.Select(p => p.Text))));
            }
        }
        One("who", parts.Who);
        One("did", parts.Did);
        One("whom", parts.Whom);
        if (parts.When.Count > 0)
        {
            list.Add(("when", string.Join("; ", parts.When.Select(When))));
        }
        Many("where", parts.Where);
        Many("how many", parts.HowMany);
        One("role", parts.Role);
        One("result", parts.Result);
        return list;
    }

    public static string Status(ClaimStatus s) => s switch
    {
        ClaimStatus.Corroborated => "corroborated",
        ClaimStatus.Contested => "contested",
        _ => "single source",
    };

    public static string Derivation(DerivationKind kind) => kind switch
    {
        DerivationKind.Rewrite => "rewrites",
        DerivationKind.Wire => "carries wire copy of",
        DerivationKind.SharedText => "shares passages word for word with",
        _ => "cites",
    };

    public static string Published(Article a) =>
        a.Published is { } p ? p.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) : "date unknown";

    /// <summary>A timeline entry's date with its modifier in words: "2026-02-06", "early 2026-W06", "about 2026-02-06".</summary>
    public static string Date(TimelineEntry t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return WithMod(t.Date == t.End ? Iso(t.Date) : t.Value, t.Mod);
    }

    /// <summary>How sure a date is and when it was reported, in words: "resolved against the report's date; reported 2026-02-07".</summary>
    public static string DateNote(DateCertainty certainty, DateOnly? reported)
    {
        var how = certainty switch
        {
            DateCertainty.Explicit => "date written out",
            DateCertainty.Anchored => "resolved against the report's date",
            _ => "date inferred",
        };
        return reported is { } r ? $"{how}; reported {Iso(r)}" : how;
    }

    /// <summary>The timeline entry's <see cref="DateNote"/>.</summary>
    public static string DateNote(TimelineEntry t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return DateNote(t.Certainty, t.Reported);
    }

    /// <summary>A claim's when-part: its words with the date they name ("earlier this week (early 2026-W06)").</summary>
    public static string When(ClaimPart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (part.Date is not { } d)
        {
            return part.Text;
        }
        var date = d.Start is { } s && d.Start == d.End ? Iso(s) : part.Value;
        if (date is null)
        {
            return part.Text;
        }
        var shown = WithMod(date, d.Mod);
        return shown == part.Text ? part.Text : $"{part.Text} ({shown})";
    }

    /// <summary>TimeML's modifier put in words before a date: START "early", MID "mid", END "late", APPROX "about".</summary>
    public static string WithMod(string date, TimexMod? mod) => mod switch
    {
        null => date,
        TimexMod.Start => "early " + date,
        TimexMod.Mid => "mid " + date,
        TimexMod.End => "late " + date,
        TimexMod.Approx => "about " + date,
        TimexMod.Before => "before " + date,
        TimexMod.After => "after " + date,
        TimexMod.OnOrBefore => "on or before " + date,
        TimexMod.OnOrAfter => "on or after " + date,
        TimexMod.LessThan => "less than " + date,
        TimexMod.MoreThan => "more than " + date,
        TimexMod.EqualOrLess => "at most " + date,
        _ => "at least " + date,
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
