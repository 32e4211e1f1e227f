using Parallax.Model;
using static Parallax.Tests.Quotes.QuoteAssert;

namespace Parallax.Tests.Quotes;

/// <summary>Invented sentences for the rules that keep a reporter's words and nested speech out of the quotations.</summary>
public class IndirectSpeechRulesTests
{
    [Fact]
    public void Possessive_warning_is_a_noun_not_a_cue()
    {
        var quotes = new QuoteTestDoc("Mayor Ilka Dorne said the bridge would stay shut until June. " +
                                      "Dorne's warning came as engineers from the city council finished a second survey of the span.")
            .Person("Ilka Dorne", "Mayor").Person("Dorne").Quotes(out var doc);
        Is(doc, With(doc, quotes, "the bridge would stay shut until June"), QuoteKind.Indirect, "said", "Mayor Ilka Dorne", "Ilka Dorne");
        Assert.Single(quotes);
    }

    [Fact]
    public void Participle_warning_after_a_comma_still_continues_the_speaker()
    {
        var quotes = new QuoteTestDoc("Ilka Dorne said the bridge would stay shut, warning that repairs could take a year.")
            .Person("Ilka Dorne").Quotes(out var doc);
        Is(doc, With(doc, quotes, "the bridge would stay shut"), QuoteKind.Indirect, "said", "Ilka Dorne", "Ilka Dorne");
        Is(doc, With(doc, quotes, "that repairs could take a year"), QuoteKind.Indirect, "warning", "Ilka Dorne", "Ilka Dorne");
        Assert.Equal(2, quotes.Count);
    }

    [Fact]
    public void Cue_nested_in_a_that_clause_belongs_to_the_outer_speaker()
    {
        var quotes = new QuoteTestDoc("The Farmers' League said on Monday that more than 300 growers had reported failed harvests " +
                                      "since the drought began.")
            .Org("Farmers' League").Quotes(out var doc);
        Is(doc, With(doc, quotes, "that more than 300 growers had reported failed harvests since the drought began"),
            QuoteKind.Indirect, "said on Monday", "The Farmers' League", "Farmers' League");
        Assert.Single(quotes);
    }

    [Fact]
    public void Hope_inside_an_added_clause_is_the_same_speaker()
    {
        var quotes = new QuoteTestDoc("Tomas Ferro said the militia had been told to stand by, although he added that he hoped " +
                                      "no troops would be sent.")
            .Person("Tomas Ferro").Quotes(out var doc);
        Assert.DoesNotContain(quotes, q => doc.Slice(q.Content) == "no troops would be sent");
        Is(doc, With(doc, quotes, "that he hoped no troops would be sent"), QuoteKind.Indirect, "added", "he", "Tomas Ferro");
    }

    [Fact]
    public void Second_speaker_without_that_is_still_a_quote()
    {
        var quotes = new QuoteTestDoc("The union said the offer was too small. The ministry said it would not raise the offer again.")
            .Org("ministry").Quotes(out var doc);
        Is(doc, With(doc, quotes, "the offer was too small"), QuoteKind.Indirect, "said", "The union", null);
        Is(doc, With(doc, quotes, "it would not raise the offer again"), QuoteKind.Indirect, "said", "The ministry", "ministry");
    }
}
