using System.Diagnostics;
using Parallax.Text.Tagging;

namespace Parallax.Eval.Pos;

/// <summary>Token accuracy of a POS tagger (0–100).</summary>
public sealed record PosEvaluationResult(int Tokens, int Correct, double Seconds)
{
    /// <summary>Per sentence: the words, gold tags and predicted tags.</summary>
    public IReadOnlyList<(IReadOnlyList<string> Words, IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> Output { get; init; } = [];

    public double Accuracy => Tokens == 0 ? 0 : 100.0 * Correct / Tokens;
    public double TokensPerSecond => Seconds <= 0 ? 0 : Tokens / Seconds;
}

public static class PosEvaluation
{
    public static PosEvaluationResult Run(SequenceTagger tagger, IReadOnlyList<ConllSentence> sentences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        var gold = TaggerTraining.Pos(sentences);
        int tokens = 0, correct = 0;
        var output = new List<(IReadOnlyList<string>, IReadOnlyList<string>, IReadOnlyList<string>)>();
        var sw = Stopwatch.StartNew();
        foreach (var doc in gold.GroupBy(s => s.Document))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var docSentences = doc.ToList();
            var predicted = tagger.TagDocument(docSentences.Select(s => s.Words).ToList());
            for (int i = 0; i < docSentences.Count; i++)
            {
                output.Add((docSentences[i].Words, docSentences[i].Tags, predicted[i]));
                for (int j = 0; j < predicted[i].Length; j++)
                {
                    tokens++;
                    if (predicted[i][j] == docSentences[i].Tags[j])
                    {
                        correct++;
                    }
                }
            }
        }
        sw.Stop();
        return new PosEvaluationResult(tokens, correct, sw.Elapsed.TotalSeconds) { Output = output };
    }
}
