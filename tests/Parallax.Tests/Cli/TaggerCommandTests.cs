using System.CommandLine;
using System.Text.Json;
using Parallax.Cli;

namespace Parallax.Tests.Cli;

public sealed class TaggerCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.Build().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [SharedDataFact("data/ner/conll2003/eng.testa")]
    public async Task Eval_ner_json_has_the_documented_fields()
    {
        var (exit, output, _) = await Run("eval", "ner", "--conll", SharedData.Require("data/ner/conll2003/eng.testa"), "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.InRange(root.GetProperty("f1").GetDouble(), 92.5, 100);
        Assert.InRange(root.GetProperty("precision").GetDouble(), 80, 100);
        Assert.InRange(root.GetProperty("recall").GetDouble(), 80, 100);
        Assert.True(root.GetProperty("tokensPerSecond").GetDouble() > 0);
        Assert.Equal(["LOC", "MISC", "ORG", "PER"], root.GetProperty("perType").EnumerateObject().Select(p => p.Name));
        Assert.Equal(5942, root.GetProperty("perType").EnumerateObject().Sum(p => p.Value.GetProperty("gold").GetInt32()));
    }

    [Fact]
    public async Task Eval_ner_on_a_missing_file_says_which_file_and_fails()
    {
        var (exit, _, error) = await Run("eval", "ner", "--conll", "no/such/file.conll");
        Assert.Equal(1, exit);
        Assert.Contains("no/such/file.conll", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_refuses_an_output_it_could_not_write_before_reading_or_training()
    {
        var (exit, output, error) = await Run("train", "pos", "--conll", "no/such/file.conll", "--out", _dir);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal($"cannot write '{_dir}': it is a folder; choose a writable file with --out", error.Trim());
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public async Task Tag_prints_entities_with_roles_and_never_the_file_s_control_characters()
    {
        // Invented text whose names are split by an escape and a bell character instead of spaces.
        var file = Path.Combine(_dir, "t.txt");
        File.WriteAllText(file, "Foreign Minister Karel\u001bNovotny arrived in Vienna on Monday.\nThe envoy Anna\u0007Berg met him.\n");
        var (exit, output, _) = await Run("tag", file, "--pos");
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("    17 Person       Karel Novotny  role: foreign minister", lines[0]);
        Assert.Equal("    42 Location     Vienna", lines[1]);
        Assert.Equal("    70 Person       Anna Berg  role: envoy", lines[2]);
        Assert.StartsWith("Foreign/NNP Minister/NNP Karel/NNP Novotny/NNP arrived/VBD in/IN Vienna/NNP", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(output, c => char.IsControl(c) && c != '\n');
    }

    [Fact]
    public async Task Tag_says_what_is_wrong_with_a_folder_or_an_empty_file()
    {
        var empty = Path.Combine(_dir, "empty.txt");
        File.WriteAllText(empty, "");
        Assert.Equal((1, "", $"file '{empty}' is empty; give a plain text file"), Trimmed(await Run("tag", empty)));
        Assert.Equal((1, "", $"file '{_dir}' is a folder; give a plain text file"), Trimmed(await Run("tag", _dir)));
    }

    private static (int, string, string) Trimmed((int Exit, string Output, string Error) r) => (r.Exit, r.Output, r.Error.Trim());

    [Theory]
    [InlineData("train ner --conll c.conll --epochs 0", "--epochs must be at least 1 (got 0)")]
    [InlineData("train pos --conll c.conll --runs 0", "--runs must be at least 1 (got 0)")]
    [InlineData("train pos --conll c.conll --lexicon-folds 1", "--lexicon-folds must be 0 (one lexicon from all data) or at least 2 (got 1)")]
    [InlineData("train prune --model m --out o --min-weight -0.5", "--min-weight must be at least 0 (got -0.5)")]
    [InlineData("eval pos --conll c.conll --beam -1", "--beam must be at least 0 (got -1)")]
    [InlineData("eval ner --conll c.conll --format yaml", "Argument 'yaml' not recognized. Must be one of:")]
    [InlineData("eval ledger --folder " + "no-reports", "no report could be read in")]
    public async Task Bad_numbers_and_empty_inputs_are_refused_before_any_work(string args, string message)
    {
        var (exit, output, error) = await Run([.. args.Split(' ').Select(a => a == "no-reports" ? _dir : a)]);
        Assert.NotEqual(0, exit);
        Assert.DoesNotContain(" sentences, features ", output, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_clusters_explains_bad_sizes()
    {
        var text = Path.Combine(Repo.Root, "samples", "report-01.txt");
        var (exit, _, error) = await Run("train", "clusters", "--text", text, "--sizes", "64,many", "--out", Path.Combine(_dir, "clusters.tsv"));
        Assert.Equal(1, exit);
        Assert.Equal("--sizes '64,many': give numbers of classes of at least 2, comma-separated, e.g. 64,256,1024", error.Trim());
    }

    [Fact]
    public async Task Train_and_eval_pos_on_a_small_file()
    {
        // An invented two-sentence CoNLL file.
        var conll = Path.Combine(_dir, "toy.conll");
        File.WriteAllText(conll, "The DT B-NP O\nenvoy NN I-NP O\nmet VBD B-VP O\nKarel NNP B-NP B-PER\nNovotny NNP I-NP I-PER\n. . O O\n\n" +
            "Novotny NNP B-NP B-PER\nleft VBD B-VP O\n. . O O\n");
        var model = Path.Combine(_dir, "pos.model");
        var (trainExit, _, trainError) = await Run("train", "pos", "--conll", conll, "--out", model, "--epochs", "3", "--features", "lexical");
        Assert.True(trainExit == 0, trainError);
        var (exit, output, _) = await Run("eval", "pos", "--conll", conll, "--model", model, "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(9, json.RootElement.GetProperty("tokens").GetInt32());
        Assert.Equal(100, json.RootElement.GetProperty("accuracy").GetDouble());
    }
}
