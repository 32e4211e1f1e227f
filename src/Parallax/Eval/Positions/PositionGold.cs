using System.Text.Json;

namespace Parallax.Eval.Positions;

/// <summary>A sentence that states a position: the report (file name as given, e.g. "report-02.txt" or "reports-07.jsonl:1") and a distinctive substring of it.</summary>
public sealed record GoldEvidence(string Report, string Text);

/// <summary>One party's stated position on one issue, as a careful reader annotated it.</summary>
public sealed record GoldPosition(string Party, string Issue, string Stance, IReadOnlyList<GoldEvidence> Evidence);

/// <summary>
/// Gold positions of a folder of reports. <see cref="Parties"/> gives each party's names (its own, its capital's,
/// the people who speak for it); a found position's party is that party when one of the entity's names is one of them.
/// <see cref="Issues"/> gives each issue's terms; a found position is on that issue when its issue label contains one.
/// Evidence is a substring of a sentence, not offsets, so the gold survives tokeniser changes.
/// </summary>
public sealed record PositionGold(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Parties,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Issues,
    IReadOnlyList<GoldPosition> Positions)
{
    /// <summary>
    /// Reads <c>{"parties": {"Iran": ["Iran", "Tehran"]}, "issues": {"sanctions relief": ["sanction"]},
    /// "positions": [{"party", "issue", "stance", "evidence": [{"report", "text"}]}]}</c>.
    /// </summary>
    public static PositionGold Read(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return Parse(doc.RootElement, path);
    }

    /// <summary>Parses gold from JSON text; <paramref name="origin"/> names it in error messages.</summary>
    public static PositionGold Parse(string json, string origin = "gold")
    {
        using var doc = JsonDocument.Parse(json);
        return Parse(doc.RootElement, origin);
    }

    private static PositionGold Parse(JsonElement root, string origin)
    {
        var parties = Lists(root, "parties", origin);
        var issues = Lists(root, "issues", origin);
        if (!root.TryGetProperty("positions", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"{origin}: expected a \"positions\" array");
        }
        var positions = new List<GoldPosition>();
        foreach (var item in list.EnumerateArray())
        {
            var party = Text(item, "party", origin);
            var issue = Text(item, "issue", origin);
            if (!parties.ContainsKey(party))
            {
                throw new FormatException($"{origin}: position party '{party}' is not listed under \"parties\"");
            }
            if (!issues.ContainsKey(issue))
            {
                throw new FormatException($"{origin}: position issue '{issue}' is not listed under \"issues\"");
            }
            if (positions.Any(p => p.Party == party && p.Issue == issue))
            {
                throw new FormatException($"{origin}: two positions of '{party}' on '{issue}'; give one with all its evidence");
            }
            if (!item.TryGetProperty("evidence", out var evidence) || evidence.ValueKind != JsonValueKind.Array || evidence.GetArrayLength() == 0)
            {
                throw new FormatException($"{origin}: the position of '{party}' on '{issue}' needs an \"evidence\" array of {{\"report\", \"text\"}}");
            }
            positions.Add(new GoldPosition(party, issue, item.TryGetProperty("stance", out var s) ? s.GetString() ?? "" : "",
                [.. evidence.EnumerateArray().Select(e => new GoldEvidence(Text(e, "report", origin), Text(e, "text", origin)))]));
        }
        return new PositionGold(parties, issues, positions);
    }

    private static Dictionary<string, IReadOnlyList<string>> Lists(JsonElement root, string name, string origin)
    {
        if (!root.TryGetProperty(name, out var obj) || obj.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{origin}: expected a \"{name}\" object of name -> [strings]");
        }
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var p in obj.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"{origin}: \"{name}\".\"{p.Name}\" must be an array of strings");
            }
            result[p.Name] = [.. p.Value.EnumerateArray().Select(v => v.GetString() ?? "").Where(v => v.Length > 0)];
        }
        return result;
    }

    private static string Text(JsonElement item, string name, string origin) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s
            ? s
            : throw new FormatException($"{origin}: every position and evidence needs a non-empty \"{name}\" string");
}
