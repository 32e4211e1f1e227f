using System.Globalization;
using System.Text.Json;
using Parallax.Eval.Claims;

namespace Parallax.Cli.Commands;

/// <summary>
/// `parallax eval ledger --seeds DIR --claim-gold`: the ledger's claim alignment scored against a gold of facts that
/// several reports state, next to a bag-of-words sentence aligner measured in the same run.
/// </summary>
internal static class EvalClaimAlignment
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Print(TextWriter output, EvalLedgerCommand.AnalysedFolder folder, FileInfo gold, bool json)
    {
        var (dir, dossier) = folder;
        if (!gold.Exists)
        {
            throw new FileNotFoundException($"'{gold.FullName}' does not exist; give a claim gold file such as eval/expected/seeds-claims.json");
        }
        var facts = ClaimGold.Read(gold.FullName);
        var byId = dossier.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var scorer = new ClaimAlignmentScorer(dossier.Articles, facts);
        var ledger = dossier.Stories.SelectMany(s => s.Claims).Where(c => c.Articles.Count > 1).Select(c => c.Evidence).ToList();
        // Who said what is the quote layer's: quotations the merger finds in more than one report, added to the claims.
        var withQuotes = ledger.Concat(dossier.Stories.SelectMany(s => s.Quotes).Where(q => q.Articles.Count > 1).Select(q => q.Evidence)).ToList();
        var peer = dossier.Stories
            .SelectMany(s => BagOfWordsAligner.Align([.. s.Articles.Where(byId.ContainsKey).Select(id => byId[id])]))
            .ToList();
        var runs = new[]
        {
            (Name: "ledger", All: scorer.Score(ledger, includeQuoted: true), Unquoted: scorer.Score(ledger, includeQuoted: false), Anchors: scorer.Score(ledger, includeQuoted: true, anchorsOnly: true)),
            (Name: "ledger claims + merged quotations", All: scorer.Score(withQuotes, includeQuoted: true), Unquoted: scorer.Score(withQuotes, includeQuoted: false), Anchors: scorer.Score(withQuotes, includeQuoted: true, anchorsOnly: true)),
            (Name: Inv($"bag-of-words Dice >= {BagOfWordsAligner.DefaultThreshold:0.00}"), All: scorer.Score(peer, includeQuoted: true), Unquoted: scorer.Score(peer, includeQuoted: false), Anchors: scorer.Score(peer, includeQuoted: true, anchorsOnly: true)),
        };
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                folder = dir.FullName,
                gold = gold.FullName,
                facts = facts.Count,
                unlocated = scorer.Unlocated.Select(s => new { report = s.Report, text = s.Text }),
                aligners = runs.Select(r => new
                {
                    name = r.Name,
                    withQuoted = Figures(r.All),
                    withoutQuoted = Figures(r.Unquoted),
                    anchorsOnly = Figures(r.Anchors),
                    byKind = r.All.ByKind.Select(k => new { kind = k.Key, gold = k.Value.Gold, recalled = k.Value.Recalled }),
                    missed = r.All.Missed.Select(p => new
                    {
                        fact = p.Fact.Id, kind = p.Fact.Kind, quoted = p.A.All(s => s.Quoted) || p.B.All(s => s.Quoted),
                        a = scorer.Label(p.ArticleA), aText = p.A.Select(s => s.Text),
                        b = scorer.Label(p.ArticleB), bText = p.B.Select(s => s.Text),
                    }),
                    unmatched = r.All.Predicted.Where(p => p.FactId is null).Select(p => new
                    {
                        a = scorer.Label(p.ArticleA), aSentence = scorer.Text(p.ArticleA, p.SentenceA),
                        b = scorer.Label(p.ArticleB), bSentence = scorer.Text(p.ArticleB, p.SentenceB),
                    }),
                }),
            }, Indented));
            return;
        }
        output.WriteLine(Inv($"claim alignment on {dir.FullName} against {gold.Name}: {facts.Count} facts; precision is a lower bound (pairs the gold lacks are listed to judge)"));
        foreach (var s in scorer.Unlocated)
        {
            output.WriteLine(Inv($"  gold statement not found: {s.Report}: \"{s.Text}\""));
        }
        foreach (var (name, all, unquoted, anchors) in runs)
        {
            output.WriteLine(Inv($"{name}: pair P {all.Precision:0.000} ({all.Correct}/{all.Predicted.Count}), R {all.Recall:0.000} ({all.Recalled.Count}/{all.GoldPairs}), F1 {all.F1:0.000}; facts recalled {all.FactRecall:0.000} ({all.FactsRecalled}/{all.Facts})"));
            output.WriteLine(Inv($"  without quoted statements: R {unquoted.Recall:0.000} ({unquoted.Recalled.Count}/{unquoted.GoldPairs}), F1 {unquoted.F1:0.000}; facts recalled {unquoted.FactRecall:0.000} ({unquoted.FactsRecalled}/{unquoted.Facts})"));
            output.WriteLine(Inv($"  evidence on the anchors themselves: R {anchors.Recall:0.000} ({anchors.Recalled.Count}/{anchors.GoldPairs}); facts recalled {anchors.FactRecall:0.000} ({anchors.FactsRecalled}/{anchors.Facts})"));
            output.WriteLine("  recall by kind: " + string.Join(", ", all.ByKind.Select(k => Inv($"{k.Key} {k.Value.Recalled}/{k.Value.Gold}"))));
        }
        var ledgerScore = runs[1].All;
        output.WriteLine("ledger + quotations: recalled / gold pairs per fact: " + string.Join(", ", facts
            .Select(f => (f.Id, Hit: ledgerScore.Recalled.Count(p => p.Fact == f), All: ledgerScore.Recalled.Concat(ledgerScore.Missed).Count(p => p.Fact == f)))
            .Where(x => x.All > 0)
            .Select(x => Inv($"{x.Id} {x.Hit}/{x.All}"))));
        output.WriteLine(Inv($"ledger + quotations: missed gold pairs ({ledgerScore.Missed.Count}):"));
        foreach (var p in ledgerScore.Missed)
        {
            var quoted = p.A.All(s => s.Quoted) || p.B.All(s => s.Quoted) ? " [quoted]" : "";
            output.WriteLine(Inv($"  {p.Fact.Id} ({p.Fact.Kind}){quoted}: {scorer.Label(p.ArticleA)} \"{p.A[0].Text}\" / {scorer.Label(p.ArticleB)} \"{p.B[0].Text}\""));
        }
        var unmatched = ledgerScore.Predicted.Where(p => p.FactId is null).ToList();
        output.WriteLine(Inv($"ledger + quotations: aligned sentence pairs in no gold fact ({unmatched.Count}; judge each):"));
        foreach (var p in unmatched)
        {
            output.WriteLine(Inv($"  {scorer.Label(p.ArticleA)}: {scorer.Text(p.ArticleA, p.SentenceA)}"));
            output.WriteLine(Inv($"    / {scorer.Label(p.ArticleB)}: {scorer.Text(p.ArticleB, p.SentenceB)}"));
        }
    }

    private static object Figures(ClaimAlignmentScore s) => new
    {
        predictedPairs = s.Predicted.Count, correctPairs = s.Correct, goldPairs = s.GoldPairs, recalledPairs = s.Recalled.Count,
        precision = Math.Round(s.Precision, 4), recall = Math.Round(s.Recall, 4), f1 = Math.Round(s.F1, 4),
        facts = s.Facts, factsRecalled = s.FactsRecalled, factRecall = Math.Round(s.FactRecall, 4),
    };

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
