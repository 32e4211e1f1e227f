using Parallax.Text;

namespace Parallax.Tests.Text;

public class EnglishStemmerTests
{
    [Theory]
    // Stems the algorithm's description gives for its rules.
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "tie")]
    [InlineData("cries", "cri")]
    [InlineData("gas", "gas")]
    [InlineData("gaps", "gap")]
    [InlineData("kiwis", "kiwi")]
    [InlineData("hopping", "hop")]
    [InlineData("hoped", "hope")]
    [InlineData("agreed", "agre")]
    [InlineData("feed", "feed")]
    [InlineData("happy", "happi")]
    [InlineData("generously", "generous")]
    [InlineData("generalization", "general")]
    [InlineData("communism", "communism")]
    [InlineData("news", "news")]
    [InlineData("dying", "die")]
    [InlineData("succeeding", "succeed")]
    [InlineData("consignment", "consign")]
    [InlineData("abilities", "abil")]
    [InlineData("relational", "relat")]
    [InlineData("rational", "ration")]
    [InlineData("knightly", "knight")]
    // Left alone: figures, abbreviations, one- and two-letter words.
    [InlineData("2026", "2026")]
    [InlineData("u.s", "u.s")]
    [InlineData("is", "is")]
    public void Stems_as_the_algorithm_describes(string word, string stem) =>
        Assert.Equal(stem, EnglishStemmer.Stem(word));

    [Theory]
    [InlineData("missile", "missiles")]
    [InlineData("worker", "workers")]
    [InlineData("matter", "matters")]
    [InlineData("negotiate", "negotiations")]
    [InlineData("negotiating", "negotiated")]
    [InlineData("resume", "resumed")]
    [InlineData("resume", "resuming")]
    [InlineData("injure", "injured")]
    [InlineData("agree", "agrees")]
    [InlineData("city", "cities")]
    [InlineData("policy", "policies")]
    [InlineData("sanction", "sanctions")]
    [InlineData("mediator", "mediators")]
    [InlineData("mediate", "mediation")]
    [InlineData("crane", "cranes")]
    [InlineData("enrichment", "enrichments")]
    [InlineData("strike", "strikes")]
    [InlineData("striking", "strikes")]
    [InlineData("die", "died")]
    [InlineData("wage", "wages")]
    [InlineData("talk", "talks")]
    [InlineData("union's", "union")]
    public void Inflections_of_one_word_meet(string a, string b) =>
        Assert.Equal(EnglishStemmer.Stem(a), EnglishStemmer.Stem(b));

    [Theory]
    [InlineData("news", "new")]
    [InlineData("work", "worker")]
    [InlineData("matter", "matt")]
    [InlineData("general", "generous")]
    [InlineData("state", "statement")]
    [InlineData("port", "portion")]
    [InlineData("union", "unit")]
    [InlineData("gas", "ga")]
    [InlineData("bus", "bu")]
    [InlineData("arm", "army")]
    public void Different_words_stay_apart(string a, string b) =>
        Assert.NotEqual(EnglishStemmer.Stem(a), EnglishStemmer.Stem(b));

    [Theory]
    [InlineData("missile", "missiles")]
    [InlineData("worker", "workers")]
    [InlineData("matter", "matters")]
    [InlineData("negotiate", "negotiated")]
    [InlineData("negotiating", "negotiates")]
    [InlineData("negotiation", "negotiations")]
    [InlineData("resume", "resuming")]
    [InlineData("hope", "hoped")]
    [InlineData("hope", "hoping")]
    [InlineData("stop", "stopped")]
    [InlineData("city", "cities")]
    [InlineData("crane", "cranes")]
    [InlineData("die", "died")]
    [InlineData("strike", "striking")]
    [InlineData("agree", "agreed")]
    [InlineData("union's", "unions")]
    public void Inflection_stems_join_the_forms_of_one_word(string a, string b) =>
        Assert.Equal(EnglishStemmer.StemInflections(a), EnglishStemmer.StemInflections(b));

    [Theory]
    [InlineData("negotiation", "negotiate")]
    [InlineData("organization", "organ")]
    [InlineData("university", "universe")]
    [InlineData("general", "generous")]
    [InlineData("work", "worker")]
    [InlineData("matter", "matt")]
    [InlineData("state", "statement")]
    [InlineData("news", "new")]
    [InlineData("port", "portion")]
    public void Inflection_stems_keep_derived_and_different_words_apart(string a, string b) =>
        Assert.NotEqual(EnglishStemmer.StemInflections(a), EnglishStemmer.StemInflections(b));

    [Theory]
    [InlineData("missiles", "missil")]
    [InlineData("negotiations", "negotiation")]
    [InlineData("negotiated", "negotiat")]
    [InlineData("hoping", "hope")]
    [InlineData("cities", "citi")]
    [InlineData("dockworkers", "dockworker")]
    public void Inflection_stems_are_the_algorithms_first_steps(string word, string stem) =>
        Assert.Equal(stem, EnglishStemmer.StemInflections(word));
}
