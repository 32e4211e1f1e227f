using System.Text.Json;
using Parallax.Cli;
using Parallax.Eval.Quotes;
using Parallax.Pipeline;
using Parallax.Quotes;
using Parallax.Text;

namespace Parallax.Tests.Eval.Quotes;

public sealed class PolNearCorpusTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-polnear-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private static async Task<(int Code, string Out, string Err)> Cli(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = await CliApp.Build().Parse(args).InvokeAsync(new() { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Texts_without_attribution_files_are_refused_with_what_to_do()
    {
        Write("dev/text/a.txt", BratAttributionsTests.Text);
        var corpus = PolNearCorpus.Load(_dir);
        Assert.False(corpus.Ok);
        Assert.StartsWith($"no attribution files (*.ann) found under {_dir}: it has 1 article texts (*.txt)", corpus.Error, StringComparison.Ordinal);
        Assert.Contains("attributions/*.ann", corpus.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PolNeAR_layout_pairs_annotator_files_with_texts_and_uses_one_annotator_per_article()
    {
        Write("dev/text/port-story.txt", BratAttributionsTests.Text);
        Write("dev/attributions/port-story_4b22.ann", BratAttributionsTests.Ann);
        Write("dev/attributions/port-story_5fec.ann", "T1\tSource 0 8\tAna Ruiz\n");
        Write("dev/attributions/orphan_4b22.ann", "T1\tSource 0 3\tAna\n");
        var corpus = PolNearCorpus.Load(_dir);
        Assert.True(corpus.Ok, corpus.Error);
        var doc = Assert.Single(corpus.Documents);
        Assert.Equal("port-story", doc.Name);
        Assert.EndsWith("port-story_4b22.ann", doc.AnnotationPath, StringComparison.Ordinal);
        Assert.Equal(3, doc.Gold.Attributions.Count);
        Assert.Contains(corpus.Notes, n => n.Contains("orphan_4b22.ann: no article text found", StringComparison.Ordinal));
        Assert.Contains(corpus.Notes, n => n.StartsWith("1 annotation files were further annotators'", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_scores_the_quote_stage_on_hand_written_gold()
    {
        Write("dev/text/port-story.txt", BratAttributionsTests.Text);
        Write("dev/attributions/port-story_4b22.ann", BratAttributionsTests.Ann);
        var pipeline = new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Add(new QuoteStage(resolveSpeakers: false)).Build();
        var scores = PolNearCorpus.Evaluate(PolNearCorpus.Load(_dir).Documents, (a, ct) => pipeline.Run(a, ct), CancellationToken.None);
        Assert.Equal(1, scores.Documents);
        // Ana Ruiz said ...; "...," she added, "...": both found exactly. "Critics called the plan" has a source in
        // Parallax's reading but none in this gold, so the third attribution cannot match whole.
        Assert.Equal(1.0, scores.Cue.Exact.Recall);
        Assert.Equal(1.0, scores.Content.Overlap.Recall);
        Assert.Equal(2, scores.Source.Exact.MatchedGold);
        Assert.Equal(2, scores.Attribution.Exact.MatchedGold);
        Assert.Equal(3, scores.Attribution.Exact.Gold);
    }

    [Fact]
    public async Task Cli_refuses_a_folder_without_attribution_files()
    {
        Write("dev/text/a.txt", BratAttributionsTests.Text);
        var (code, _, err) = await Cli("eval", "quotes", "--polnear", _dir);
        Assert.Equal(2, code);
        Assert.Contains($"no attribution files (*.ann) found under {_dir}", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_prints_json_with_the_documented_keys()
    {
        Write("dev/text/port-story.txt", BratAttributionsTests.Text);
        Write("dev/attributions/port-story_4b22.ann", BratAttributionsTests.Ann);
        var (code, output, err) = await Cli("eval", "quotes", "--polnear", _dir, "--format", "json");
        Assert.True(code == 0, err);
        using var json = JsonDocument.Parse(output);
        foreach (var part in new[] { "source", "cue", "content", "attribution" })
        {
            foreach (var match in new[] { "exact", "overlap" })
            {
                foreach (var metric in new[] { "precision", "recall", "f1" })
                {
                    double v = json.RootElement.GetProperty(part).GetProperty(match).GetProperty(metric).GetDouble();
                    Assert.InRange(v, 0.0, 1.0);
                }
            }
        }
        Assert.Equal(1.0, json.RootElement.GetProperty("cue").GetProperty("exact").GetProperty("recall").GetDouble());
    }

    [SharedDataFact("data/quotes/polnear/dev")]
    public async Task Shared_PolNeAR_dev_is_scored_or_refused_clearly()
    {
        var dev = SharedData.Require("data/quotes/polnear/dev");
        bool hasGold = Directory.EnumerateFiles(dev, "*.ann", SearchOption.AllDirectories).Any();
        var (code, output, err) = await Cli("eval", "quotes", "--polnear", dev, "--format", "json");
        if (hasGold)
        {
            Assert.True(code == 0, err);
            Assert.Contains("\"attribution\"", output, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(2, code);
            Assert.Contains("no attribution files (*.ann) found under", err, StringComparison.Ordinal);
        }
    }
}
