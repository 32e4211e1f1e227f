using Parallax.Quotes;

namespace Parallax.Tests.Quotes;

public class DemonymsTests
{
    [Theory]
    [InlineData("Omani", "Oman", true)]
    [InlineData("Iranian", "Iran", true)]
    [InlineData("Iraqi", "Iraq", true)]
    [InlineData("Iranian", "Iraq", false)]
    [InlineData("German", "Germany", true)]
    [InlineData("Italian", "Italy", true)]
    [InlineData("American", "U.S.", true)]
    [InlineData("American", "United States", true)]
    [InlineData("Lebanese", "Lebanon", true)]
    [InlineData("Australian", "Austria", false)]
    [InlineData("Chilean", "Chile", true)]
    [InlineData("Omani", null, false)]
    public void Adjective_of_nationality_matches_its_country(string demonym, string? place, bool expected)
    {
        Assert.Equal(expected, Demonyms.Matches(demonym, place));
    }

    [Theory]
    [InlineData("Omani", true)]
    [InlineData("Chinese", true)]
    [InlineData("British", true)]
    [InlineData("foreign", false)]
    [InlineData("The", false)]
    public void Looks_like_an_adjective_of_nationality(string word, bool expected)
    {
        Assert.Equal(expected, Demonyms.IsDemonym(word));
    }
}
