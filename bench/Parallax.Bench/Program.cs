using BenchmarkDotNet.Running;
using Parallax.Bench;

if (args.Contains("--quick"))
{
    // --pos-model FILE: time another POS model (e.g. models/pos-lexicon.model) instead of the pipeline's.
    int at = Array.IndexOf(args, "--pos-model");
    if (at >= 0 && at + 1 >= args.Length)
    {
        Console.Error.WriteLine("--pos-model needs a model file, e.g. --pos-model models/pos-lexicon.model");
        return 2;
    }
    QuickBench.Run(rounds: 5, posModelPath: at >= 0 ? args[at + 1] : null);
    return 0;
}
if (args.Contains("--scale"))
{
    ScaleBench.Run();
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(TaggingBenchmarks).Assembly).Run(args);
return 0;
