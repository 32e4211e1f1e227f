using System.Text.Json;
using Parallax.Cli.Commands;

namespace Parallax.Tests.Cli;

public class EvalLedgerPositionsTests
{
    private static readonly DirectoryInfo Samples = new(Path.Combine(Repo.Root, "samples"));
    private static readonly FileInfo Gold = new(Path.Combine(Repo.Root, "eval", "expected", "samples-positions.json"));

    [Fact]
    public void Positions_are_scored_as_json_with_pairs_sentences_misses_and_extras()
    {
        using var output = new StringWriter();
        EvalLedgerCommand.PrintPositions(output, EvalLedgerCommand.AnalysedFolder.Read(Samples, CancellationToken.None), Gold, json: true);
        using var doc = JsonDocument.Parse(output.ToString());
        var root = doc.RootElement;
        Assert.Equal(8, root.GetProperty("reports").GetInt32());
        var pairs = root.GetProperty("pairs");
        Assert.Equal(10, pairs.GetProperty("gold").GetInt32());
        int found = pairs.GetProperty("found").GetInt32();
        int correct = pairs.GetProperty("foundCorrect").GetInt32();
        Assert.Equal(found - correct, root.GetProperty("extra").GetArrayLength());
        Assert.Equal(10 - pairs.GetProperty("goldFound").GetInt32(), root.GetProperty("missed").GetArrayLength());
        var sentences = root.GetProperty("sentences");
        Assert.Equal(33, sentences.GetProperty("gold").GetInt32());
        Assert.Equal(33 - sentences.GetProperty("goldFound").GetInt32(), root.GetProperty("missedSentences").GetArrayLength());
    }

    [Fact]
    public void A_folder_without_gold_positions_is_an_error_that_says_which_option_to_give()
    {
        using var output = new StringWriter();
        var samples = EvalLedgerCommand.AnalysedFolder.Read(Samples, CancellationToken.None);
        var e = Assert.Throws<FileNotFoundException>(() =>
            EvalLedgerCommand.PrintPositions(output, samples, new FileInfo(Path.Combine(Repo.Root, "no-such-gold.json")), json: false));
        Assert.Contains("--samples-positions FILE", e.Message, StringComparison.Ordinal);
    }
}
