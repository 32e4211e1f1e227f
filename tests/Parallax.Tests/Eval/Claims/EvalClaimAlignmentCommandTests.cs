using System.Text.Json;
using Parallax.Cli;
using Xunit;

namespace Parallax.Tests.Eval.Claims;

/// <summary>`parallax eval ledger --samples samples --claim-gold` end to end.</summary>
public sealed class EvalClaimAlignmentCommandTests
{
    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = await CliApp.Build().Parse(args).InvokeAsync(new() { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Samples_claim_alignment_is_scored_for_the_ledger_and_the_bag_of_words_peer()
    {
        var gold = Path.Combine(Repo.Root, "eval", "expected", "samples-claims.json");
        var (code, output, error) = await Run("eval", "ledger", "--samples", Path.Combine(Repo.Root, "samples"),
            "--claim-gold", "--samples-claims", gold, "--format", "json");
        Assert.True(code == 0, error);

        // The conflicts' JSON comes first; the claim alignment is the last JSON object printed.
        var json = output[output.LastIndexOf("{\n  \"folder\"", StringComparison.Ordinal)..];
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(41, root.GetProperty("facts").GetInt32());
        Assert.Equal(0, root.GetProperty("unlocated").GetArrayLength());
        var aligners = root.GetProperty("aligners").EnumerateArray().ToList();
        Assert.Equal(["ledger", "ledger claims + merged quotations", "bag-of-words Dice >= 0.30"], aligners.Select(a => a.GetProperty("name").GetString()));
        // The gold pairs do not depend on the aligner: 278 with quoted statements, 244 without.
        Assert.All(aligners, a => Assert.Equal(278, a.GetProperty("withQuoted").GetProperty("goldPairs").GetInt32()));
        Assert.All(aligners, a => Assert.Equal(244, a.GetProperty("withoutQuoted").GetProperty("goldPairs").GetInt32()));
        var ledger = aligners[0].GetProperty("withQuoted");
        Assert.Equal(ledger.GetProperty("goldPairs").GetInt32() - ledger.GetProperty("recalledPairs").GetInt32(), aligners[0].GetProperty("missed").GetArrayLength());
        // Quotations the merger aligns only add pairs: what the claims recall stays recalled.
        Assert.True(aligners[1].GetProperty("withQuoted").GetProperty("recalledPairs").GetInt32() > ledger.GetProperty("recalledPairs").GetInt32());
    }

    [Fact]
    public async Task A_missing_claim_gold_file_is_named()
    {
        var (code, _, error) = await Run("eval", "ledger", "--samples", Path.Combine(Repo.Root, "samples"),
            "--claim-gold", "--samples-claims", Path.Combine(Path.GetTempPath(), "no-such-claims.json"));
        Assert.Equal(2, code);
        Assert.Contains("no-such-claims.json", error, StringComparison.Ordinal);
    }
}
