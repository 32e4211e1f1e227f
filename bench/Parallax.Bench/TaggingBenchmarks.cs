using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Parallax.Entities;
using Parallax.Model;
using Parallax.Text.Tagging;

namespace Parallax.Bench;

/// <summary>
/// Tokens per second of tokenising + tagging on one core. The baseline is the tokenizer and sentence splitter alone,
/// measured in the same run; divide the token count (printed at setup) by the mean time for tokens/s.
/// </summary>
[Config(typeof(ShortInProcess))]
[MemoryDiagnoser]
public class TaggingBenchmarks
{
    private string _text = "";
    private readonly PartOfSpeechTagger _pos = new();
    private readonly EntityRecognizer _ner = new();

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchText.Load();
        var doc = BenchText.Segment(_text);
        _pos.Process(doc, CancellationToken.None);
        _ner.Process(doc, CancellationToken.None);
        Console.WriteLine($"// {doc.Tokens.Count} tokens, {doc.Sentences.Count} sentences");
    }

    [Benchmark(Baseline = true, Description = "tokenize + sentences")]
    public int Segment() => BenchText.Segment(_text).Tokens.Count;

    [Benchmark(Description = "tokenize + sentences + NER")]
    public int Entities()
    {
        var doc = BenchText.Segment(_text);
        _ner.Process(doc, CancellationToken.None);
        return doc.Mentions.Count;
    }

    [Benchmark(Description = "tokenize + sentences + POS + NER")]
    public int PosAndEntities()
    {
        var doc = BenchText.Segment(_text);
        _pos.Process(doc, CancellationToken.None);
        _ner.Process(doc, CancellationToken.None);
        return doc.Mentions.Count;
    }

    /// <summary>
    /// In-process (BenchmarkDotNet 0.14 does not know .NET 10 monikers, and one process keeps the run on the measured
    /// runtime), one launch, 2 warm-ups and 8 measured iterations: each operation tags 52,000 tokens, so this is enough.
    /// </summary>
    public sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8));
        }
    }
}
