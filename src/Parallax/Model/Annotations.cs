namespace Parallax.Model;

public readonly record struct Token(TextSpan Span);

/// <summary>A sentence: its character span and the range of tokens it covers.</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}

public enum EntityType
{
    Person,
    Organization,
    Location,
    Misc,
}

/// <summary>A mention of a named entity in one document.</summary>
public sealed record Mention(TextSpan Span, EntityType Type)
{
    /// <summary>A role or title stated with the mention, e.g. "Foreign Minister" (span into the text).</summary>
    public TextSpan? RoleSpan { get; init; }

    /// <summary>The normalised role, e.g. "foreign minister".</summary>
    public string? Role { get; init; }

    /// <summary>Whom the role is for, e.g. "Oman" in "Omani Foreign Minister".</summary>
    public string? RoleOf { get; init; }

    /// <summary>An honorific or rank written before the name and kept out of <see cref="Span"/> ("Sayyid", "Adm.", "Dr.").</summary>
    public TextSpan? Honorific { get; init; }
}

public enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>How sure a normalised date is.</summary>
public enum DateCertainty
{
    /// <summary>Written out in full ("6 February 2026").</summary>
    Explicit,
    /// <summary>Resolved against the report's own date ("on Friday").</summary>
    Anchored,
    /// <summary>A guess from context (direction or anchor uncertain).</summary>
    Inferred,
}

/// <summary>
/// TimeML's <c>mod</c>: how the expression bends its value ("about two years" is <see cref="Approx"/>,
/// "early 1990" <see cref="Start"/>, "more than a week" <see cref="MoreThan"/>).
/// </summary>
public enum TimexMod
{
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    LessThan,
    MoreThan,
    EqualOrLess,
    EqualOrMore,
    Start,
    Mid,
    End,
    Approx,
}

/// <summary>
/// A temporal expression. <see cref="Value"/> is its TimeML value ("2026-02-06", "2026-W06", "P3W", "PRESENT_REF");
/// <see cref="Start"/> and <see cref="End"/> give the calendar interval it denotes when it denotes one (inclusive).
/// </summary>
public sealed record Timex(TextSpan Span, TimexType Type, string Value)
{
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    public DateCertainty Certainty { get; init; } = DateCertainty.Anchored;

    /// <summary>The offset from UTC of a clock time stated with its zone ("10:00 a.m. Tehran time" is +03:30).</summary>
    public TimeSpan? UtcOffset { get; init; }

    /// <summary>TimeML's modifier of the value, when the expression has one ("early next week": start).</summary>
    public TimexMod? Mod { get; init; }
}

public enum QuoteKind
{
    /// <summary>A whole quoted statement.</summary>
    Direct,
    /// <summary>A few quoted words inside the reporter's sentence ('called the talks "useful"').</summary>
    Partial,
    /// <summary>Reported speech without quotation marks ("X said the sides were close").</summary>
    Indirect,
}

/// <summary>An attributed statement: content, the cue that introduces it, and its source.</summary>
public sealed record Quote(TextSpan Content, QuoteKind Kind)
{
    /// <summary>The attribution cue ("said", "told Harbour FM", "according to").</summary>
    public TextSpan? Cue { get; init; }

    /// <summary>The source as written in this sentence ("he", "Varenko", "two sources briefed on the meeting").</summary>
    public TextSpan? Source { get; init; }

    /// <summary>Index into <see cref="Doc.Mentions"/> of the entity that spoke, when resolved.</summary>
    public int? SpeakerMention { get; init; }
}
