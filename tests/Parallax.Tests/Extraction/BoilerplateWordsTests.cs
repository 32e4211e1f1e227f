using FsCheck;
using FsCheck.Fluent;
using Parallax.Extraction;

namespace Parallax.Tests.Extraction;

/// <summary>The word scan gives the words of its regex reference exactly: word counts decide block classes.</summary>
public class BoilerplateWordsTests
{
    [Theory]
    [InlineData("Sign InLoading comments...", new[] { "Sign", "In", "Loading", "comments" })]
    [InlineData("well-known rock'n'roll l’été", new[] { "well-known", "rock'n'roll", "l’été" })]
    [InlineData("3rd of 12,500 cases", new[] { "3", "rd", "of", "12", "500", "cases" })]
    [InlineData("iPhone McDonald ABCdef", new[] { "i", "Phone", "Mc", "Donald", "ABCdef" })]
    [InlineData("Ca\u0301fe - -word", new[] { "Ca\u0301fe", "word" })]
    [InlineData("", new string[0])]
    public void Words_are_letter_runs_and_digit_runs_split_at_glued_labels(string line, string[] expected)
    {
        Assert.Equal(expected, Boilerplate.Words(line));
        Assert.Equal(expected.Length, Boilerplate.WordCount(line));
    }

    [Fact]
    public void The_scan_agrees_with_the_regex_on_random_lines()
    {
        var fragments = Gen.Elements(
            "a", "B", "é", "É", "ß", "\u0301", "'", "’", "-", " ", "1", "٣", "ab", "Ab", "aB", "AB", "InLoading", ".", ",", "\u00AA",
            "中文", "ǅ", "ʰ", "\t", "?", "x", "Y", "z");
        var lines = Gen.ListOf(fragments).Select(parts => string.Concat(parts));
        var property = Prop.ForAll(lines.ToArbitrary(), line =>
        {
            var expected = Boilerplate.WordsByRegex(line);
            Assert.Equal(expected, Boilerplate.Words(line));
            Assert.Equal(expected.Count, Boilerplate.WordCount(line));
            return true;
        });
        Check.QuickThrowOnFailure(property);
    }
}
