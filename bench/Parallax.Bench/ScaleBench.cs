using System.Diagnostics;
using Parallax.Extraction;
using Parallax.Pipeline;

namespace Parallax.Bench;

/// <summary>
/// `--scale`: how the whole analysis (pipeline, story ledger, framing) grows with its input, on the invented sample
/// reports: one report made longer (its body repeated), and one story told by more reports (the sample's text reports,
/// each copied with a line of its own so that every copy is a report of its own). Each row is timed against the first
/// row of its series; a cost that grows with the input keeps the time ratio near the size ratio.
/// </summary>
public static class ScaleBench
{
    public static void Run()
    {
        var samples = FindSamples();
        var pipeline = DefaultPipeline.Create();
        Console.WriteLine($"machine: {QuickBench.CpuName()}, {Environment.ProcessorCount} logical cores; one analysis at a time, no store; seconds of this process's processor time, the least of {Rounds} runs");
        var report = File.ReadAllLines(Path.Combine(samples, "report-01.txt"));
        // The header lines (title, source, editor, date) stay once; the body from the first bullet on is repeated.
        int body = Array.FindIndex(report, l => l.StartsWith("* ", StringComparison.Ordinal));
        var header = string.Join('\n', report[..body]);
        var paragraphs = string.Join('\n', report[body..]);
        Series(pipeline, "one report, its body repeated", [25, 50, 100, 200],
            k => [("long.txt", header + "\n" + string.Join("\n\n", Enumerable.Repeat(paragraphs, k)))]);

        var texts = Directory.GetFiles(samples, "report-*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        Series(pipeline, $"one story, the {texts.Count} text reports copied", [4, 8, 16, 32],
            k => [.. Enumerable.Range(0, k).SelectMany(copy => texts.Select((t, i) =>
                ($"copy{copy}-{i}.txt", t + $"\n\nThis is copy {copy} of the report, filed for the benchmark.")))]);
    }

    private static void Series(DocPipeline pipeline, string name, int[] sizes, Func<int, List<(string Source, string Text)>> make)
    {
        Console.WriteLine(name);
        // Warm-up: the first analyses also compile (and recompile, optimised) the code they run.
        for (int w = 0; w < Rounds; w++)
        {
            Time(pipeline, make(sizes[1]));
        }
        double firstSeconds = 0, firstChars = 0;
        foreach (var k in sizes)
        {
            var inputs = make(k);
            double chars = inputs.Sum(x => x.Text.Length);
            var (cpu, wall, stories) = Enumerable.Range(0, Rounds).Select(_ => Time(pipeline, inputs)).MinBy(r => r.Cpu);
            if (firstSeconds == 0)
            {
                (firstSeconds, firstChars) = (cpu, chars);
            }
            Console.WriteLine($"  x{k,-4} {inputs.Count,4} reports {chars,11:N0} chars  {stories} stories  cpu {cpu,8:F2} s  wall {wall,8:F2} s  " +
                              $"size x{chars / firstChars,6:F2}  time x{cpu / firstSeconds,6:F2}");
        }
    }

    /// <summary>Each size is analysed this many times; the run with the least processor time counts.</summary>
    private const int Rounds = 2;

    private static (double Cpu, double Wall, int Stories) Time(DocPipeline pipeline, List<(string Source, string Text)> inputs)
    {
        var extracted = inputs.SelectMany(x => ArticleReader.ReadString(x.Text, x.Source, InputKind.Text)).ToList();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var dossier = new Analyzer(pipeline).Analyze(extracted);
        process.Refresh();
        return ((process.TotalProcessorTime - cpu).TotalSeconds, wall.Elapsed.TotalSeconds, dossier.Stories.Count);
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(candidate, "report-01.txt")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("the scale benchmark reads the repository's samples/ folder; run it from inside the repository");
    }
}
