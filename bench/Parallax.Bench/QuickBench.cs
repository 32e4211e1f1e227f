using System.Diagnostics;
using System.Runtime.InteropServices;
using Parallax.Entities;
using Parallax.Model;
using Parallax.Text.Tagging;

namespace Parallax.Bench;

/// <summary>
/// `--quick`: a stopwatch measurement (warm-up, then the best of several rounds) on the current thread, printing
/// tokens per second for each stage combination and its ratio to the tokenizer-only baseline, with the machine.
/// </summary>
public static class QuickBench
{
    public static void Run(int rounds, string? posModelPath)
    {
        var text = BenchText.Load();
        var posPath = posModelPath ?? ModelFiles.Require(ModelFiles.Pos);
        var posModel = TaggerModel.Load(posPath);
        var pos = new PartOfSpeechTagger(posModel);
        var ner = new EntityRecognizer();
        int tokens = BenchText.Segment(text).Tokens.Count;
        Console.WriteLine($"machine: {CpuName()}, {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        Console.WriteLine($"text: CoNLL-2003 eng.testa, {tokens} tokens; one thread; best of {rounds} rounds after warm-up");
        Console.WriteLine($"POS model: {posPath}{(posModel.External is { } list ? $" (outside word list: {list.Fingerprint})" : "")}");
        Console.WriteLine("wall: elapsed time; cpu: this process's processor time (less disturbed by other load on a shared machine)");
        var runs = new (string Name, Func<Doc> Work)[]
        {
            ("tokenize + sentences (baseline)", () => BenchText.Segment(text)),
            ("tokenize + sentences + POS", () => { var d = BenchText.Segment(text); pos.Process(d, CancellationToken.None); return d; }),
            ("tokenize + sentences + NER", () => { var d = BenchText.Segment(text); ner.Process(d, CancellationToken.None); return d; }),
            ("tokenize + sentences + POS + NER", () => { var d = BenchText.Segment(text); pos.Process(d, CancellationToken.None); ner.Process(d, CancellationToken.None); return d; }),
        };
        double baseline = 0, baselineCpu = 0;
        using var process = Process.GetCurrentProcess();
        foreach (var (name, work) in runs)
        {
            // Repeat the work until one round takes at least 0.3 s, so that processor-time ticks are small against it.
            var probe = Stopwatch.StartNew();
            work();
            int repeat = Math.Max(1, (int)Math.Ceiling(0.3 / Math.Max(probe.Elapsed.TotalSeconds, 1e-4)));
            double best = double.MaxValue, bestCpu = double.MaxValue;
            for (int r = 0; r < rounds; r++)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                for (int k = 0; k < repeat; k++)
                {
                    work();
                }
                best = Math.Min(best, sw.Elapsed.TotalSeconds);
                process.Refresh();
                bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalSeconds);
            }
            double rate = (double)tokens * repeat / best, cpuRate = (double)tokens * repeat / Math.Max(bestCpu, 1e-6);
            if (baseline == 0)
            {
                baseline = rate;
                baselineCpu = cpuRate;
            }
            Console.WriteLine($"{name,-34} wall {rate,11:N0} tokens/s ({rate / baseline,6:F3} x baseline)   cpu {cpuRate,11:N0} tokens/s ({cpuRate / baselineCpu,6:F3} x baseline)");
        }
    }

    internal static string CpuName()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }
}
