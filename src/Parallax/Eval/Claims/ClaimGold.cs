using System.Text.Json;
using Parallax.Storage;

namespace Parallax.Eval.Claims;

/// <summary>
/// One report's statement of a fact: the report's file name and an anchor of the sentence that states it, verbatim (our
/// own invented reports) or hashed (<c>sha256:HEX16:CHARS</c>, see <see cref="ClaimAlignmentScorer.Hashed"/>, for
/// third-party reports whose words must not be committed).
/// </summary>
/// <param name="Quoted">True when the report states the fact only inside quotation marks (the quote layer's, not the ledger's).</param>
public sealed record GoldStatement(string Report, string Text, bool Quoted);

/// <summary>A fact that two or more reports state, each in its own words.</summary>
/// <param name="Kind">event, number, attribution or background.</param>
public sealed record GoldFact(string Id, string Kind, string Fact, IReadOnlyList<GoldStatement> Evidence);

/// <summary>
/// Reads a claim-alignment gold file: <c>{"groups": [{"id", "kind", "fact", "evidence": [{"report", "text",
/// "quoted"?}]}]}</c>, as in eval/expected/seeds-claims.json.
/// </summary>
public static class ClaimGold
{
    public static IReadOnlyList<string> Kinds { get; } = ["event", "number", "attribution", "background"];

    public static IReadOnlyList<GoldFact> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses the gold; <paramref name="source"/> names the file in error messages.</summary>
    public static IReadOnlyList<GoldFact> Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        const string Shape = "an object with a \"groups\" array of facts";
        using var doc = JsonFiles.ParseText(json, source, JsonValueKind.Object, Shape);
        if (!doc.RootElement.TryGetProperty("groups", out var groups) || groups.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"{source}: expected {Shape}");
        }
        var facts = new List<GoldFact>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in groups.EnumerateArray())
        {
            var id = String(g, "id", source, $"group {facts.Count + 1}");
            if (!ids.Add(id))
            {
                throw new FormatException($"{source}: two groups have the id '{id}'; give each fact its own id");
            }
            var kind = String(g, "kind", source, id);
            if (!Kinds.Contains(kind))
            {
                throw new FormatException($"{source}: group '{id}' has kind '{kind}'; use one of {string.Join(", ", Kinds)}");
            }
            var fact = String(g, "fact", source, id);
            if (!g.TryGetProperty("evidence", out var evidence) || evidence.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"{source}: group '{id}' has no \"evidence\" array");
            }
            var statements = new List<GoldStatement>();
            foreach (var e in evidence.EnumerateArray())
            {
                var quoted = e.TryGetProperty("quoted", out var q) && q.ValueKind == JsonValueKind.True;
                statements.Add(new GoldStatement(String(e, "report", source, id), String(e, "text", source, id), quoted));
            }
            if (statements.Select(s => s.Report).Distinct(StringComparer.OrdinalIgnoreCase).Count() < 2)
            {
                throw new FormatException($"{source}: group '{id}' names fewer than two reports; a gold fact is one that two or more reports state");
            }
            facts.Add(new GoldFact(id, kind, fact, statements));
        }
        return facts;
    }

    private static string String(JsonElement e, string name, string source, string where) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
            ? v.GetString()!
            : throw new FormatException($"{source}: {where}: \"{name}\" is missing or empty");
}
