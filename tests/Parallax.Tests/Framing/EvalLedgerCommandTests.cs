using System.Text.Json;
using Parallax.Cli;

namespace Parallax.Tests.Framing;

/// <summary>`parallax eval ledger` end to end on a tiny invented BASIL-style folder and on samples/.</summary>
public sealed class EvalLedgerCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "parallax-basil-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = await CliApp.Build().Parse(args).InvokeAsync(new() { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    private void Write(string source, int n, string[][] paragraphs, string annotations)
    {
        Directory.CreateDirectory(Path.Combine(_dir, "articles", "2031"));
        Directory.CreateDirectory(Path.Combine(_dir, "annotations", "2031"));
        var article = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["source"] = source, ["title"] = "Harbour vote", ["date"] = "2031-04-12", ["triplet-uuid"] = "t1", ["body-paragraphs"] = paragraphs,
        });
        File.WriteAllText(Path.Combine(_dir, "articles", "2031", $"t1_{n}.json"), article);
        File.WriteAllText(Path.Combine(_dir, "annotations", "2031", $"t1_{n}_ann.json"), "{\"phrase-level-annotations\": [" + annotations + "]}");
    }

    [Fact]
    public async Task Basil_scores_come_out_as_json_with_the_baseline()
    {
        Write("fox", 1,
            [["The Lindport council approved the harbour budget of 40 million crowns on Tuesday."], ["The mayor, a former shipping executive, has been accused of favouring his old firm in three earlier contracts."]],
            """{"id": "p1", "bias": "inf", "start": 9, "end": 40, "txt": ", a former shipping executive, ", "quote": "no"}""");
        Write("nyt", 2, [["On Tuesday Lindport's councillors passed a harbour budget worth 40 million crowns."], ["Council members voted seven to two after a short debate."]],
            """{"id": "p1", "bias": "lex", "start": 0, "end": 7, "txt": "Council", "quote": "no"}""");
        Write("hpo", 3, [["A 40 million crown budget for the harbour won approval in Lindport on Tuesday."], ["Dockworkers protested outside the hall, calling the budget a massive giveaway."]],
            """{"id": "p1", "bias": "lex", "start": 61, "end": 68, "txt": "massive", "quote": "no"}""");

        var (code, output, error) = await Run("eval", "ledger", "--basil", _dir, "--format", "json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var s = json.RootElement[0];
        Assert.Equal(1, s.GetProperty("triplets").GetInt32());
        Assert.Equal(3, s.GetProperty("articles").GetInt32());
        Assert.Equal(0, s.GetProperty("unplacedAnnotations").GetInt32());
        var exclusive = s.GetProperty("exclusive");
        Assert.Equal(1, exclusive.GetProperty("gold").GetInt32());
        // The mayor's record is the Fox-like report's alone: its sentence holds the informational span.
        Assert.Equal(1, exclusive.GetProperty("goldFound").GetInt32());
        Assert.Equal(6, s.GetProperty("allSentences").GetProperty("items").GetInt32());
        // "massive" and "giveaway" are loaded words of the reporter's text; only "massive" is inside a lexical span, and
        // "Council" is not loaded.
        var loaded = s.GetProperty("loaded");
        Assert.Equal(2, loaded.GetProperty("gold").GetInt32());
        Assert.Equal(1, loaded.GetProperty("goldFound").GetInt32());
        Assert.Equal(2, loaded.GetProperty("items").GetInt32());
        Assert.Equal(1, loaded.GetProperty("itemsHolding").GetInt32());
    }

    [Fact]
    public async Task Without_a_data_option_it_says_what_to_give()
    {
        var (code, _, error) = await Run("eval", "ledger");
        Assert.Equal(1, code);
        Assert.Contains("--basil DIR", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Samples_print_their_stories_and_conflicts()
    {
        var (code, output, error) = await Run("eval", "ledger", "--samples", Path.Combine(Repo.Root, "samples"));
        Assert.True(code == 0, error);
        Assert.Contains("8 reports, 2 stories", output, StringComparison.Ordinal);
        Assert.Contains("ordinal: which round of talks this was", output, StringComparison.Ordinal);
    }
}
