using Parallax.Extraction;
using Parallax.Framing;
using Parallax.Model;

namespace Parallax.Ledger;

/// <summary>A span of one article: the evidence behind a cross-document statement.</summary>
public readonly record struct Evidence(string Article, TextSpan Span);

/// <summary>Everything Parallax found in one run: the articles, the stories they form, and the inputs it could not read.</summary>
public sealed record Dossier(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Story> Stories,
    IReadOnlyList<Extracted.Rejected> Rejected);

public sealed record Story
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<string> Articles { get; init; }
    public IReadOnlyList<StoryEntity> Entities { get; init; } = [];
    public IReadOnlyList<StoryQuote> Quotes { get; init; } = [];
    public IReadOnlyList<Claim> Claims { get; init; } = [];
    public IReadOnlyList<Conflict> Conflicts { get; init; } = [];
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];

    /// <summary>Reports that derive from other reports or outlets (rewrites, wire copy, shared text, citations).</summary>
    public IReadOnlyList<Derivation> Independence { get; init; } = [];

    /// <summary>A short summary from the best-corroborated claims, every sentence cited.</summary>
    public IReadOnlyList<SummarySentence> Summary { get; init; } = [];

    /// <summary>Each party's stated positions on the story's issues, with their sentences.</summary>
    public IReadOnlyList<Position> Positions { get; init; } = [];

    /// <summary>How each outlet tells the story compared with the others (a comparison, not a verdict).</summary>
    public IReadOnlyList<OutletFraming> Framing { get; init; } = [];
}

/// <summary>A sentence of the story's summary with the reports that support it.</summary>
public sealed record SummarySentence(string Text, IReadOnlyList<string> Articles, IReadOnlyList<Evidence> Evidence);

/// <summary>One real-world entity across the story's reports, with every spelling used.</summary>
public sealed record StoryEntity
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required EntityType Type { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> Roles { get; init; } = [];
    public IReadOnlyList<string> Articles { get; init; } = [];
    public IReadOnlyList<Evidence> Mentions { get; init; } = [];
}

/// <summary>One statement, carried by one or more outlets, each outlet's wording kept as evidence.</summary>
public sealed record StoryQuote
{
    public string? Speaker { get; init; }
    public string? SpeakerName { get; init; }
    public required string Text { get; init; }
    public required IReadOnlyList<string> Articles { get; init; }
    public required IReadOnlyList<Evidence> Evidence { get; init; }
}

public enum ClaimStatus
{
    Corroborated,
    SingleSource,
    Contested,
}

/// <summary>
/// One atomic claim (a clause: who did what, to whom, when, where, how many, in what role, with what result), with
/// each outlet's clause that states it as evidence.
/// </summary>
public sealed record Claim
{
    public required string Text { get; init; }
    public required IReadOnlyList<string> Articles { get; init; }
    public required ClaimStatus Status { get; init; }
    public required IReadOnlyList<Evidence> Evidence { get; init; }

    /// <summary>The parts of the claim as its most representative clause states them.</summary>
    public ClaimParts Parts { get; init; } = new();
}

/// <summary>A part of a claim as one report words it: its text, where it stands, and its normalised value.</summary>
public sealed record ClaimPart(string Text, Evidence Evidence)
{
    /// <summary>
    /// What the part means, for comparison across reports: a story entity id (who, whom, where), the predicate with
    /// its negation ("not agree"), a TimeML value (when), a number with its counted noun (how many), a normalised role.
    /// </summary>
    public string? Value { get; init; }

    /// <summary>For a part that dates the claim (when): the date it names, how sure that date is, and when its report was published.</summary>
    public PartDate? Date { get; init; }
}

/// <summary>
/// The date a claim says something happened, kept apart from the date its report was published: the calendar
/// interval (inclusive; null when the expression has no calendar date, e.g. without a report date), how it was
/// found, TimeML's modifier ("early next week": <see cref="TimexMod.Start"/>), and the report's publication date.
/// </summary>
public sealed record PartDate(DateOnly? Start, DateOnly? End, DateCertainty Certainty, TimexMod? Mod, DateOnly? Reported);

/// <summary>The parts of an atomic claim; each is a span of the article that states it.</summary>
public sealed record ClaimParts
{
    public ClaimPart? Who { get; init; }
    public ClaimPart? Did { get; init; }
    public ClaimPart? Whom { get; init; }
    public IReadOnlyList<ClaimPart> When { get; init; } = [];
    public IReadOnlyList<ClaimPart> Where { get; init; } = [];
    public IReadOnlyList<ClaimPart> HowMany { get; init; } = [];
    public ClaimPart? Role { get; init; }
    public ClaimPart? Result { get; init; }
}

public enum ConflictKind
{
    Role,
    Ordinal,
    Date,
    Number,
    Place,
    Attribute,
    Attribution,
}

/// <summary>Outlets giving different values for the same thing.</summary>
public sealed record Conflict
{
    public required ConflictKind Kind { get; init; }
    public required string Subject { get; init; }
    public required IReadOnlyList<ConflictValue> Values { get; init; }

    /// <summary>How much the conflict matters, 0 to 1 (see <see cref="ConflictRanker"/>); a story lists its conflicts by it.</summary>
    public double Importance { get; init; }

    /// <summary>In words: who says what, counting independent outlets, and why the values cannot all be true.</summary>
    public string Explanation { get; init; } = "";
}

public sealed record ConflictValue(string Value, IReadOnlyList<string> Articles, IReadOnlyList<Evidence> Evidence);

/// <summary>An event of the story on the date it happened (not the date it was reported).</summary>
public sealed record TimelineEntry
{
    /// <summary>The first day of the date the event happened.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The last day, when the date is a week, month or year rather than a day.</summary>
    public required DateOnly End { get; init; }

    /// <summary>The date as TimeML writes it ("2026-02-06", "2026-W06", "2025-06").</summary>
    public required string Value { get; init; }

    /// <summary>How the date was found: written out, resolved against the report's date, or inferred.</summary>
    public DateCertainty Certainty { get; init; }

    /// <summary>TimeML's modifier of the date as the report words it ("early next week": start; "around Nov. 1": approx).</summary>
    public TimexMod? Mod { get; init; }

    /// <summary>When the event was first reported: the earliest publication date of the reports that carry it (null when none states one).</summary>
    public DateOnly? Reported { get; init; }

    public required string Text { get; init; }
    public required IReadOnlyList<string> Articles { get; init; }
    public required IReadOnlyList<Evidence> Evidence { get; init; }
}
