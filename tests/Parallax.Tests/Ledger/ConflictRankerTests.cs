using Parallax.Ledger;
using Parallax.Model;

namespace Parallax.Tests.Ledger;

public class ConflictRankerTests
{
    private static Conflict Conflict(ConflictKind kind, string subject, params (string Value, Doc[] Docs)[] values) => new()
    {
        Kind = kind,
        Subject = subject,
        Values = [.. values.Select(v => new ConflictValue(v.Value, [.. v.Docs.Select(d => d.Article.Id)],
            [.. v.Docs.Select(d => new Evidence(d.Article.Id, new TextSpan(0, 4)))]))],
    };

    private static Doc Report(string outlet, string text = "Some report text. It goes on. And on. Then it ends.") =>
        new DocBuilder(text).Outlet(outlet).Build();

    [Fact]
    public void Deaths_rank_above_the_number_of_a_round_and_an_even_dispute_above_a_lopsided_one()
    {
        Doc a = Report("A", "Alpha report one."), b = Report("B", "Bravo report two."), c = Report("C", "Charlie report three."), d = Report("D", "Delta report four.");
        var docs = new[] { a, b, c, d };
        var killed = Conflict(ConflictKind.Number, "number killed", ("12 killed", [a, b]), ("19 killed", [c, d]));
        var round = Conflict(ConflictKind.Ordinal, "which round of talks this was", ("first", [a, b]), ("third", [c, d]));
        var lopsided = Conflict(ConflictKind.Number, "number killed", ("12 killed", [a, b, c]), ("19 killed", [d]));
        var ranked = ConflictRanker.Rank([round, lopsided, killed], docs, new SourceIndependence([.. docs.Select(x => x.Article)]));
        Assert.Equal(["12 killed|19 killed", "12 killed|19 killed", "first|third"], ranked.Select(r => string.Join('|', r.Values.Select(v => v.Value))));
        Assert.Equal(1.0, ranked[0].Importance);
        Assert.Equal(0.67, ranked[1].Importance);
        Assert.Equal(0.5, ranked[2].Importance);
    }

    [Fact]
    public void The_explanation_counts_independent_outlets_and_names_copies()
    {
        var original = new DocBuilder("The mediator said 12 people were hurt.").Outlet("Courier", url: "https://courier.example/a").Build();
        var copy = new DocBuilder("Twelve people were hurt, the mediator said.").Outlet("Digest", basedOn: "https://courier.example/a").Build();
        var other = Report("Herald");
        var docs = new[] { original, copy, other };
        var conflict = Conflict(ConflictKind.Number, "number injured", ("12", [original, copy]), ("19", [other]));
        var ranked = Assert.Single(ConflictRanker.Rank([conflict], docs, new SourceIndependence([.. docs.Select(x => x.Article)])));
        Assert.Equal("\"12\" per Courier, Digest (1 independent outlet; Digest repeats Courier) against \"19\" per Herald (1 independent outlet). "
            + "The figures cannot both be right, even read as ranges (\"about\", \"more than\").", ranked.Explanation);
    }
}
