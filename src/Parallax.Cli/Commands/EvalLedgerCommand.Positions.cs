using System.CommandLine;
using System.Text.Json;
using Parallax.Eval.Positions;
using Parallax.Ledger;
using Parallax.Reports;

namespace Parallax.Cli.Commands;

/// <summary>`parallax eval ledger --positions`: the stated positions of each folder scored against a gold file.</summary>
internal static partial class EvalLedgerCommand
{
    private static (Option<bool> Positions, Option<FileInfo?> Seeds, Option<FileInfo?> Samples) PositionOptions()
    {
        var positions = new Option<bool>("--positions")
        {
            Description = "With --seeds or --samples: score the parties' stated positions against gold positions (precision, recall, F1 " +
                "of (party, issue) pairs and of their evidence sentences, with misses and extras) instead of printing the conflicts.",
        };
        var seeds = GoldFile("--seeds-positions", "Gold positions of the --seeds folder (default eval/expected/seeds-positions.json).", "seeds-positions.json");
        var samples = GoldFile("--samples-positions", "Gold positions of the --samples folder (default eval/expected/samples-positions.json).", "samples-positions.json");
        return (positions, seeds, samples);
    }

    internal static void PrintPositions(TextWriter output, AnalysedFolder folder, FileInfo? goldFile, bool json)
    {
        var (dir, dossier) = folder;
        if (goldFile is null || !goldFile.Exists)
        {
            throw new FileNotFoundException($"no gold positions for '{dir.FullName}': give --seeds-positions FILE or --samples-positions FILE (see eval/expected/seeds-positions.json), or run from the repository root");
        }
        var gold = PositionGold.Read(goldFile.FullName);
        var score = PositionScorer.Score(dossier.Articles, dossier.Stories, gold);
        var text = new ReportText(dossier);
        string Label(ScoredPosition p) => $"{p.Position.PartyName} / {p.Position.Issue}";
        if (json)
        {
            static object P(Prf x) => new
            {
                gold = x.Gold, found = x.Found, goldFound = x.GoldFound, foundCorrect = x.FoundCorrect,
                precision = Math.Round(x.Precision, 4), recall = Math.Round(x.Recall, 4), f1 = Math.Round(x.F1, 4),
            };
            output.WriteLine(JsonSerializer.Serialize(new
            {
                folder = dir.FullName,
                gold = goldFile.FullName,
                reports = dossier.Articles.Count,
                stories = dossier.Stories.Count,
                pairs = P(score.Pairs),
                sentences = P(score.Sentences),
                matched = score.Matched.Select(m => new { party = m.Gold.Party, issue = m.Gold.Issue, foundParty = m.Found.Position.PartyName, foundIssue = m.Found.Position.Issue, stance = m.Found.Position.Stance }),
                missed = score.Missed.Select(m => new { party = m.Party, issue = m.Issue, stance = m.Stance }),
                extra = score.Extra.Select(e => new { party = e.Position.PartyName, goldParty = e.Party, issue = e.Position.Issue, stance = e.Position.Stance }),
                missedSentences = score.MissedSentences.Select(m => new { party = m.Position.Party, issue = m.Position.Issue, report = m.Evidence.Report, text = m.Evidence.Text }),
                extraSentences = score.ExtraSentences.Select(e => new { party = e.Position.Position.PartyName, issue = e.Position.Position.Issue, outlet = text.Outlet(e.Evidence.Article), sentence = text.Quote(e.Evidence) }),
            }, Indented));
            return;
        }
        output.WriteLine(Inv($"{dir.FullName}: {dossier.Articles.Count} reports, {dossier.Stories.Count} stories; gold {goldFile.Name}: {gold.Positions.Count} positions"));
        output.WriteLine(Inv($"(party, issue) pairs: precision {score.Pairs.Precision:0.000} ({score.Pairs.FoundCorrect}/{score.Pairs.Found}), recall {score.Pairs.Recall:0.000} ({score.Pairs.GoldFound}/{score.Pairs.Gold}), F1 {score.Pairs.F1:0.000}"));
        output.WriteLine(Inv($"evidence sentences: precision {score.Sentences.Precision:0.000} ({score.Sentences.FoundCorrect}/{score.Sentences.Found}), recall {score.Sentences.Recall:0.000} ({score.Sentences.GoldFound}/{score.Sentences.Gold}), F1 {score.Sentences.F1:0.000}"));
        foreach (var (g, f) in score.Matched)
        {
            output.WriteLine(Inv($"  found  {g.Party} / {g.Issue}: as {Label(f)}: {f.Position.Stance}"));
        }
        foreach (var m in score.Missed)
        {
            output.WriteLine(Inv($"  missed {m.Party} / {m.Issue}: {m.Stance}"));
        }
        foreach (var e in score.Extra)
        {
            output.WriteLine(Inv($"  extra  {Label(e)}: {e.Position.Stance}"));
        }
        foreach (var m in score.MissedSentences)
        {
            output.WriteLine(Inv($"  missed sentence {m.Position.Party} / {m.Position.Issue}: {m.Evidence.Report}: \"{m.Evidence.Text}\""));
        }
        foreach (var (p, e) in score.ExtraSentences)
        {
            output.WriteLine(Inv($"  extra sentence {Label(p)}: {text.Outlet(e.Article)}: {text.Quote(e)}"));
        }
    }
}
