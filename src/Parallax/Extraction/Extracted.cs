using Parallax.Model;

namespace Parallax.Extraction;

/// <summary>Why an input gave no article.</summary>
public enum Reason
{
    Empty,
    TooShort,
    TooLarge,
    Binary,
    Malformed,
    Unreadable,
    UnsupportedType,
    NotAnArticle,
}

/// <summary>The result of reading one input: an article, or a reason it was rejected. Never null.</summary>
public abstract record Extracted(string Source)
{
    public sealed record Ok(string Source, Article Article) : Extracted(Source);

    public sealed record Rejected(string Source, Reason Reason, string Detail) : Extracted(Source)
    {
        public override string ToString() => $"{Source}: {Detail}";
    }
}
