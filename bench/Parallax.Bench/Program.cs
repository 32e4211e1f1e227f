using BenchmarkDotNet.Running;
using Parallax.Bench;

if (args.Contains("--quick"))
{
    QuickBench.Run(rounds: 5);
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(TaggingBenchmarks).Assembly).Run(args);
return 0;
