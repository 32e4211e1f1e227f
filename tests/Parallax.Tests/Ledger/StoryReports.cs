using Parallax.Ledger;
using Parallax.Model;

namespace Parallax.Tests.Ledger;

/// <summary>Invented reports of one day and the claim of a story that holds a clause.</summary>
internal static class StoryReports
{
    public static DocBuilder Report(string text, string outlet) =>
        new DocBuilder(text).Outlet(outlet).Published("2031-06-14T08:00:00Z");

    /// <summary>The one claim with evidence in <paramref name="doc"/> that starts with the given words.</summary>
    public static Claim ClaimOf(Story story, Doc doc, string startsWith) =>
        Assert.Single(story.Claims, c => c.Evidence.Any(e => e.Article == doc.Article.Id && doc.Slice(e.Span).StartsWith(startsWith, StringComparison.Ordinal)));
}
