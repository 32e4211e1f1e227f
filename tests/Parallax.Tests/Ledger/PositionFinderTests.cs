using Parallax.Ledger;
using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Tests.Ledger;

public class PositionFinderTests
{
    private static Doc Run(string text) =>
        DefaultPipeline.Create().Run(new Article { Id = Article.ComputeId(text), Source = "t.txt", Text = text });

    [Fact]
    public void Each_party_position_is_found_per_issue_across_reports()
    {
        var a = Run("The union insists the talks stay confined strictly to the automation plan. The Harbour Authority seeks full compensation limits as a prerequisite for any deal, officials said on Friday.");
        var b = Run("The Harbour Authority wants compensation limits agreed first. The union rejected any change to the automation plan without retraining.");
        var docs = new[] { a, b };
        var positions = PositionFinder.Find(docs, new EntityResolver().Resolve(docs));
        var authority = Assert.Single(positions, p => p.PartyName == "Harbour Authority");
        Assert.Contains("compensation", authority.Issue, StringComparison.Ordinal);
        Assert.Equal(2, authority.Articles.Count);
        // The shortest wording of the position is shown; both reports' sentences are its evidence.
        Assert.Equal("wants compensation limits agreed first", authority.Stance);
        Assert.All(authority.Evidence, e => Assert.Contains("Harbour Authority", docs.Single(d => d.Article.Id == e.Article).Slice(e.Span), StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_clause_and_quoted_words_state_no_position()
    {
        var a = Run("The issues that the Harbour Authority wants to discuss touch on the automation plan and the compensation limits. \"We demand nothing less than full pay,\" a worker said.");
        var positions = PositionFinder.Find([a], new EntityResolver().Resolve([a]));
        Assert.Empty(positions);
    }

    [Fact]
    public void A_capital_speaks_for_its_country_when_the_story_names_the_country()
    {
        var a = Run("Iran insists that sanctions relief must come first, officials said on Monday.");
        var b = Run("Tehran insists on sanctions relief before any other step, the ministry said.");
        var docs = new[] { a, b };
        var positions = PositionFinder.Find(docs, new EntityResolver().Resolve(docs));
        var iran = Assert.Single(positions, p => p.Issue.Contains("sanction", StringComparison.Ordinal));
        Assert.Equal("Iran", iran.PartyName);
        Assert.Equal(2, iran.Articles.Count);
        Assert.DoesNotContain(positions, p => p.PartyName == "Tehran");
    }
}

public class PositionRuleTests
{
    private static Doc Run(string text) =>
        DefaultPipeline.Create().Run(new Article { Id = Article.ComputeId(text), Source = "t.txt", Text = text });

    private static IReadOnlyList<Position> Find(params string[] texts)
    {
        var docs = texts.Select(Run).ToArray();
        return PositionFinder.Find(docs, new EntityResolver().Resolve(docs));
    }

    [Fact]
    public void Saying_states_a_position_only_with_binding_words()
    {
        var positions = Find(
            "Peru said the talks must be limited strictly to the fishing quota. Chile said the talks were held in a calm room near the port.",
            "Chile and Peru met again on Monday to discuss the fishing quota and the port.");
        var peru = Assert.Single(positions);
        Assert.Equal("Peru", peru.PartyName);
        Assert.Equal("fishing quota", peru.Issue);
    }

    [Fact]
    public void A_list_of_demands_gives_one_issue_each_and_a_measure_gives_way_to_what_it_is_on()
    {
        var positions = Find(
            "Peru demands curbs on fishing quotas, lower port fees and an end to border patrols, officials said.",
            "Chile rejects any talk of fishing quotas, port fees or border patrols before the election.");
        var peru = positions.Where(p => p.PartyName == "Peru").Select(p => p.Issue).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["curbs on fishing quotas", "end to border patrols", "lower port fees"], peru);
    }

    [Fact]
    public void The_body_a_common_noun_names_and_its_quoted_words_are_its_position()
    {
        var positions = Find(
            "The Harbour Authority met dockworkers on Monday. The authority insists that the crane plan is not negotiable.",
            "\"We will never drop the crane plan,\" the Harbour Authority said on Tuesday after the meeting with dockworkers.");
        var authority = Assert.Single(positions);
        Assert.Equal("Harbour Authority", authority.PartyName);
        Assert.Equal("crane plan", authority.Issue);
        Assert.Equal(2, authority.Articles.Count);
    }

    [Fact]
    public void Commentators_and_a_verb_used_as_a_noun_state_no_position()
    {
        var positions = Find(
            "\"Peru must accept a lower fishing quota,\" said Hanna Lind, a trade analyst at Lund University. Peru's warning came as the fishing quota talks resumed.",
            "Chile and Peru resumed fishing quota talks on Monday.");
        Assert.Empty(positions);
    }

    [Fact]
    public void An_attempt_and_a_name_after_a_preposition_state_no_position()
    {
        var positions = Find(
            "Peru sought to delay the talks on the fishing quota. Supporters of the quota, including Chile, say the fishing quota must rise.",
            "Chile and Peru discussed the fishing quota on Monday.");
        Assert.Empty(positions);
    }

    [Fact]
    public void People_in_a_place_speak_for_it_past_an_aside()
    {
        var positions = Find(
            "Ships have left the port, and officials in Chile, whose envoy is mediating, have urged both sides to accept the fishing quota.",
            "Chile and Peru discussed the fishing quota on Monday.");
        var chile = Assert.Single(positions);
        Assert.Equal("Chile", chile.PartyName);
        Assert.Equal("fishing quota", chile.Issue);
    }

    [Fact]
    public void One_party_issues_that_share_a_word_are_one_unless_one_statement_lists_both()
    {
        var positions = Find(
            "The Harbour Authority wants the container terminal automated by December. The authority insists on the deadline for cranes at the container terminal.",
            "Dockworkers met the Harbour Authority on Monday about the container terminal and its cranes.");
        var authority = Assert.Single(positions);
        Assert.Equal(2, authority.Evidence.Count);
    }

    [Fact]
    public void A_participle_after_a_comma_and_examples_after_including_keep_the_statement_going()
    {
        var positions = Find(
            "Peru rejected the offer made by the other side in the morning session, firmly stating that it will not accept any cut to the fishing quota. Chile seeks wider talks on border patrols and other concerns it has raised, including port fees.",
            "Chile and Peru discussed the fishing quota, the offer, border patrols and port fees on Monday.");
        Assert.Equal(["cut to the fishing quota", "offer"], positions.Where(p => p.PartyName == "Peru").Select(p => p.Issue).Order(StringComparer.Ordinal));
        Assert.Equal(["port fees", "wider talks on border patrols"], positions.Where(p => p.PartyName == "Chile").Select(p => p.Issue).Order(StringComparer.Ordinal));
    }
}
