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
        Many("when", parts.When);
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

    public static string Date(TimelineEntry t) =>
        t.Date == t.End ? t.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.Value;
}
