using System.Globalization;

namespace Parallax.Time;

/// <summary>How coarse a calendar period is.</summary>
internal enum Grain
{
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Half,
    Season,
    Year,
    Decade,
    Century,
}

/// <summary>
/// A calendar period: a grain and any date inside it. Gives the TimeML value ("2026-W06", "2025-06", "2026-Q1")
/// and the inclusive interval it covers.
/// </summary>
internal readonly record struct Period(Grain Grain, DateOnly Anchor)
{
    public string Value => Grain switch
    {
        Grain.Day => Anchor.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Grain.Week => WeekValue(Anchor),
        Grain.Weekend => WeekValue(Anchor) + "-WE",
        Grain.Month => Anchor.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        Grain.Quarter => $"{Anchor.Year:D4}-Q{(Anchor.Month - 1) / 3 + 1}",
        Grain.Half => $"{Anchor.Year:D4}-H{(Anchor.Month - 1) / 6 + 1}",
        Grain.Season => SeasonValue(Anchor),
        Grain.Year => Anchor.Year.ToString("D4", CultureInfo.InvariantCulture),
        Grain.Decade => (Anchor.Year / 10).ToString("D3", CultureInfo.InvariantCulture),
        Grain.Century => (Anchor.Year / 100).ToString("D2", CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException("unknown grain " + Grain),
    };

    public DateOnly Start => Grain switch
    {
        Grain.Day => Anchor,
        Grain.Week => Monday(Anchor),
        Grain.Weekend => Monday(Anchor).AddDays(5),
        Grain.Month => new DateOnly(Anchor.Year, Anchor.Month, 1),
        Grain.Quarter => new DateOnly(Anchor.Year, (Anchor.Month - 1) / 3 * 3 + 1, 1),
        Grain.Half => new DateOnly(Anchor.Year, (Anchor.Month - 1) / 6 * 6 + 1, 1),
        Grain.Season => SeasonStart(Anchor),
        Grain.Year => new DateOnly(Anchor.Year, 1, 1),
        Grain.Decade => new DateOnly(Math.Max(1, Anchor.Year / 10 * 10), 1, 1),
        Grain.Century => new DateOnly(Math.Max(1, Anchor.Year / 100 * 100), 1, 1),
        _ => throw new InvalidOperationException("unknown grain " + Grain),
    };

    public DateOnly End => Grain switch
    {
        Grain.Day => Anchor,
        Grain.Week or Grain.Weekend => Monday(Anchor).AddDays(6),
        Grain.Month => Start.AddMonths(1).AddDays(-1),
        Grain.Quarter or Grain.Season => Start.AddMonths(3).AddDays(-1),
        Grain.Half => Start.AddMonths(6).AddDays(-1),
        Grain.Year => new DateOnly(Anchor.Year, 12, 31),
        Grain.Decade => new DateOnly(Anchor.Year / 10 * 10 + 9, 12, 31),
        Grain.Century => new DateOnly(Anchor.Year / 100 * 100 + 99, 12, 31),
        _ => throw new InvalidOperationException("unknown grain " + Grain),
    };

    /// <summary>The period <paramref name="n"/> units later (earlier when negative).</summary>
    public Period Shift(int n) => this with
    {
        Anchor = Grain switch
        {
            Grain.Day => Anchor.AddDays(n),
            Grain.Week or Grain.Weekend => Anchor.AddDays(7 * n),
            Grain.Month => Anchor.AddMonths(n),
            Grain.Quarter or Grain.Season => Anchor.AddMonths(3 * n),
            Grain.Half => Anchor.AddMonths(6 * n),
            Grain.Year => Anchor.AddYears(n),
            Grain.Decade => Anchor.AddYears(10 * n),
            Grain.Century => Anchor.AddYears(100 * n),
            _ => throw new InvalidOperationException("unknown grain " + Grain),
        },
    };

    private static DateOnly Monday(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    private static string WeekValue(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}";
    }

    // Meteorological seasons: spring Mar-May, summer Jun-Aug, fall Sep-Nov, winter Dec-Feb (named by its December).
    private static string SeasonValue(DateOnly d) => d.Month switch
    {
        >= 3 and <= 5 => $"{d.Year:D4}-SP",
        >= 6 and <= 8 => $"{d.Year:D4}-SU",
        >= 9 and <= 11 => $"{d.Year:D4}-FA",
        12 => $"{d.Year:D4}-WI",
        _ => $"{d.Year - 1:D4}-WI",
    };

    private static DateOnly SeasonStart(DateOnly d) => d.Month switch
    {
        >= 3 and <= 5 => new DateOnly(d.Year, 3, 1),
        >= 6 and <= 8 => new DateOnly(d.Year, 6, 1),
        >= 9 and <= 11 => new DateOnly(d.Year, 9, 1),
        12 => new DateOnly(d.Year, 12, 1),
        _ => new DateOnly(d.Year - 1, 12, 1),
    };
}
