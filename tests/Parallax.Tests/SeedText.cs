using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Parallax.Model;

namespace Parallax.Tests;

/// <summary>
/// Expectations about the real reports in ../shared/seeds without their words: the seeds are third-party articles, so a
/// test names a passage of one by <c>sha256:HEX16:CHARS</c>, the first 16 hex digits of the SHA-256 of the passage's exact
/// UTF-8 text and its length in characters (the claim gold's anchor format, see ClaimAlignmentScorer.Hashed, but
/// without its case and punctuation folding, so a match is character for character), and finds it in the text at run
/// time. Names of people, organisations and places are entity names, not article text, and stay as written.
/// </summary>
internal static class SeedText
{
    private const string Prefix = "sha256:";

    /// <summary>The anchor of an exact text.</summary>
    public static string Hash(string text) =>
        FormattableString.Invariant(
            $"{Prefix}{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16]}:{text.Length}");

    public static bool IsHash(string expected) => expected.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Every span of <paramref name="text"/> that starts at a word or a mark and whose exact characters have the anchor.</summary>
    public static List<TextSpan> Locate(string text, string anchor)
    {
        Assert.True(IsHash(anchor), $"'{anchor}' is not an anchor ({Prefix}HEX16:CHARS)");
        int length = int.Parse(anchor[(anchor.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture);
        var spans = new List<TextSpan>();
        for (int i = 0; i + length <= text.Length; i++)
        {
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1]) || !char.IsLetterOrDigit(text[i])) && Hash(text.Substring(i, length)) == anchor)
            {
                spans.Add(new TextSpan(i, i + length));
            }
        }
        return spans;
    }

    /// <summary>Asserts that the anchor occurs in the seed: if not, the seed file is not the one the expectation was taken from.</summary>
    public static void AssertIn(string text, string anchor, string source) =>
        Assert.True(Locate(text, anchor).Count > 0,
            $"{anchor} does not occur in {source}: ../shared/seeds is not the set of reports these expectations were taken from");

    /// <summary>Asserts that <paramref name="actual"/> is the text with the anchor, showing it when it is not.</summary>
    public static void AssertIs(string anchor, string? actual) =>
        Assert.True(actual is not null && Hash(actual) == anchor, $"[{actual ?? "<null>"}] is not the text {anchor}");

    /// <summary>Whether <paramref name="actual"/> is what was expected: the text with that anchor, or, for a name or a cue word, those characters.</summary>
    public static bool Matches(string? expected, string? actual) =>
        expected is null || actual is null ? expected == actual : IsHash(expected) ? Hash(actual) == expected : expected == actual;
}
