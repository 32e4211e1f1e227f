using Parallax.Ledger;

namespace Parallax.Tests.Ledger;

public class NamesTests
{
    [Theory]
    [InlineData("Sayyid Badr bin Hamad Al Busaidi", "albusaidi", "badr")]
    [InlineData("Badr Albusaidi", "albusaidi", "badr")]
    [InlineData("Albusaidi", "albusaidi", null)]
    [InlineData("Adm. Brad Cooper", "cooper", "brad")]
    [InlineData("Sabah al-Sheikh", "alsheikh", "sabah")]
    [InlineData("Abu Saeidi", "abusaeidi", null)]
    public void Surname_keys_join_particles_and_drop_honorifics(string name, string key, string? given)
    {
        var words = Names.NameWords(name);
        Assert.Equal(key, Names.SurnameKey(words));
        Assert.Equal(given, Names.GivenName(words));
    }

    [Theory]
    [InlineData("CENTCOM", "U.S. Central Command", true)]
    [InlineData("NATO", "North Atlantic Treaty Organization", true)]
    [InlineData("PDU", "Portvale Dockworkers' Union", true)]
    [InlineData("IRIB", "Islamic Republic of Iran Broadcasting", true)]
    [InlineData("CENTCOM", "European Command", false)]
    [InlineData("Oman", "Omani Foreign Ministry", false)]
    public void Abbreviations_are_prefixes_of_consecutive_words(string shortForm, string longForm, bool expected) =>
        Assert.Equal(expected, Names.IsAbbreviationOf(shortForm, longForm));

    [Fact]
    public void Country_aliases_share_a_key()
    {
        Assert.Equal(Names.PlaceKey("United States"), Names.PlaceKey("U.S."));
        Assert.Equal(Names.PlaceKey("United States"), Names.PlaceKey("American"));
        Assert.NotEqual(Names.PlaceKey("Oman"), Names.PlaceKey("Iran"));
    }

    [Fact]
    public void Similarity_is_normalised_edit_distance()
    {
        Assert.Equal(1.0, Names.Similarity("varenko", "varenko"));
        Assert.Equal(1 - 2.0 / 9, Names.Similarity("abusaeidi", "albusaidi"), 6);
        Assert.True(Names.Similarity("warenko", "varenko") > 0.8);
    }

    [Theory]
    [InlineData("John G. Roberts Jr.", "John Roberts", true)]
    [InlineData("John G. Roberts Jr.", "Roberts", true)]
    [InlineData("Trump Jr.", "Donald Trump", true)]
    [InlineData("Hillary Clinton", "Bill Clinton", false)]
    [InlineData("Mike Pompeo", "Rex Tillerson", false)]
    public void Two_names_may_be_one_persons(string a, string b, bool same)
    {
        Assert.Equal(same, Names.MaybeSame(a, b));
        Assert.Equal(same, Names.MaybeSame(b, a));
    }
}
