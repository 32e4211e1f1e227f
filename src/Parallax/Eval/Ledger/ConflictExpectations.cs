using System.Text.Json;
using Parallax.Ledger;
using Parallax.Storage;

namespace Parallax.Eval.Ledger;

/// <summary>One conflict a story is known to hold: its kind and values (each matched as a substring of a found value).</summary>
public sealed record ExpectedConflict(ConflictKind Kind, IReadOnlyList<string> Values);

/// <summary>How the conflicts found compare with those expected.</summary>
public sealed record ConflictScore(
    IReadOnlyList<ExpectedConflict> Found,
    IReadOnlyList<ExpectedConflict> Missed,
    IReadOnlyList<Conflict> False)
{
    public int Expected => Found.Count + Missed.Count;
}

/// <summary>
/// Scores a story's conflicts against a list of expected ones. A found conflict matches an expectation when it
/// has the expected kind and every expected value appears in one of its values; a found conflict that matches no
/// expectation is a false conflict (the figure the ledger aims to keep at zero).
/// </summary>
public static class ConflictExpectations
{
    /// <summary>Reads <c>{"conflicts": [{"kind": "role", "values": ["A", "B"]}, ...]}</c>.</summary>
    public static IReadOnlyList<ExpectedConflict> Read(string path)
    {
        const string Shape = "an object with a \"conflicts\" array of {\"kind\": \"role\", \"values\": [\"A\", \"B\"]}";
        using var doc = JsonFiles.Parse(path, JsonValueKind.Object, Shape);
        if (!doc.RootElement.TryGetProperty("conflicts", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"{path}: expected {Shape}");
        }
        var result = new List<ExpectedConflict>();
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("kind", out var kindValue) || kindValue.ValueKind != JsonValueKind.String
                || !item.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array || values.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
            {
                throw new FormatException($"{path}: conflict {result.Count + 1} is not {{\"kind\": \"...\", \"values\": [\"...\"]}}");
            }
            var kind = kindValue.GetString() ?? "";
            if (!Enum.TryParse<ConflictKind>(kind, ignoreCase: true, out var k))
            {
                throw new FormatException($"{path}: unknown conflict kind '{kind}' (use role, ordinal, date, number, place, attribute or attribution)");
            }
            result.Add(new ExpectedConflict(k, [.. values.EnumerateArray().Select(v => v.GetString() ?? "")]));
        }
        return result;
    }

    public static ConflictScore Score(IReadOnlyList<Conflict> found, IReadOnlyList<ExpectedConflict> expected)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(expected);
        var hit = expected.Where(e => found.Any(f => Matches(f, e))).ToList();
        var missed = expected.Where(e => !hit.Contains(e)).ToList();
        var falseConflicts = found.Where(f => !expected.Any(e => Matches(f, e))).ToList();
        return new ConflictScore(hit, missed, falseConflicts);
    }

    public static bool Matches(Conflict found, ExpectedConflict expected) =>
        found.Kind == expected.Kind &&
        expected.Values.All(v => found.Values.Any(x => x.Value.Contains(v, StringComparison.OrdinalIgnoreCase)));
}
