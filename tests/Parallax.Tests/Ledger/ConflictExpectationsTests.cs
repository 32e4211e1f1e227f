using Parallax.Eval.Ledger;
using Parallax.Ledger;

namespace Parallax.Tests.Ledger;

public class ConflictExpectationsTests
{
    private static Conflict C(ConflictKind kind, params string[] values) => new()
    {
        Kind = kind,
        Subject = "s",
        Values = [.. values.Select(v => new ConflictValue(v, ["a"], []))],
    };

    [Fact]
    public void Found_missed_and_false_conflicts_are_counted()
    {
        var expected = new[]
        {
            new ExpectedConflict(ConflictKind.Role, ["Cooper", "Kurilla"]),
            new ExpectedConflict(ConflictKind.Ordinal, ["first", "latest"]),
        };
        var found = new[] { C(ConflictKind.Role, "Brad Cooper", "Michael Kurilla"), C(ConflictKind.Number, "12 injured", "19 injured") };
        var score = ConflictExpectations.Score(found, expected);
        Assert.Equal(ConflictKind.Role, Assert.Single(score.Found).Kind);
        Assert.Equal(ConflictKind.Ordinal, Assert.Single(score.Missed).Kind);
        Assert.Equal(ConflictKind.Number, Assert.Single(score.False).Kind);
        Assert.Equal(2, score.Expected);
    }

    [Fact]
    public void The_shipped_expectation_files_parse()
    {
        var samples = ConflictExpectations.Read(Path.Combine(Repo.Root, "eval", "expected", "samples-conflicts.json"));
        Assert.Equal([ConflictKind.Role, ConflictKind.Ordinal, ConflictKind.Date, ConflictKind.Number, ConflictKind.Place], samples.Select(e => e.Kind));
        var seeds = ConflictExpectations.Read(Path.Combine(Repo.Root, "eval", "expected", "seeds-conflicts.json"));
        Assert.Equal(3, seeds.Count);
    }

    [Fact]
    public void An_unknown_kind_is_refused_with_the_file_named()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{"conflicts": [{"kind": "mood", "values": []}]}""");
            var ex = Assert.Throws<FormatException>(() => ConflictExpectations.Read(path));
            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
            Assert.Contains("unknown conflict kind 'mood'", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("{\"conflicts\": [", "not valid JSON (line 1, byte 16): ")]
    [InlineData("[{\"kind\": \"role\"}]", "expected an object with a \"conflicts\" array of {\"kind\": \"role\", \"values\": [\"A\", \"B\"]}")]
    [InlineData("{\"conflicts\": [{\"kind\": \"role\", \"values\": [\"A\"]}, 7]}", "conflict 2 is not {\"kind\": \"...\", \"values\": [\"...\"]}")]
    [InlineData("{\"conflicts\": [{\"kind\": \"role\", \"values\": [1]}]}", "conflict 1 is not {\"kind\": \"...\", \"values\": [\"...\"]}")]
    public void A_file_that_is_not_json_or_not_the_shape_is_refused_with_the_file_and_the_place(string content, string message)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, content);
            var ex = Assert.Throws<FormatException>(() => ConflictExpectations.Read(path));
            Assert.StartsWith($"{path}: {message}", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
