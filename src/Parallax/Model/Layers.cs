namespace Parallax.Model;

/// <summary>The annotation layers a <see cref="Doc"/> can carry; stages declare which they need and add.</summary>
[Flags]
public enum Layers
{
    None = 0,
    Tokens = 1 << 0,
    Sentences = 1 << 1,
    PartOfSpeech = 1 << 2,
    Entities = 1 << 3,
    Roles = 1 << 4,
    Timexes = 1 << 5,
    Quotes = 1 << 6,
    Events = 1 << 7,
}
