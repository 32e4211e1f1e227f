using System.CommandLine;
using Parallax.Cli.Commands;

namespace Parallax.Cli;

/// <summary>The `parallax` command tree.</summary>
public static class CliApp
{
    public static RootCommand Build()
    {
        var root = new RootCommand(
            "Parallax reads many news reports of the same events and shows what happened, who said what, " +
            "where the reports agree and where they contradict each other, every statement traced to its sentences.");
        var eval = new Command("eval", "Score Parallax's stages against gold data (yours or ../shared/data).");
        foreach (var sub in EvalCommands())
        {
            eval.Add(sub);
        }
        root.Add(eval);
        root.Add(AnalyzeCommand.Create());
        root.Add(ExtractCommand.Create());
        root.Add(FetchCommand.Create());
        root.Add(TrainCommand.Create());
        root.Add(TagCommand.Create());
        return root;
    }

    private static IEnumerable<Command> EvalCommands() =>
    [
        EvalLedgerCommand.Create(),
        EvalStoriesCommand.Create(),
        EvalExtractionCommand.Create(),
        EvalTaggerCommands.Ner(),
        EvalTaggerCommands.Pos(),
        EvalTimexCommand.Create(),
        EvalQuotesCommand.Create(),
    ];
}
