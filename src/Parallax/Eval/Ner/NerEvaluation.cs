using System.Diagnostics;
using Parallax.Text.Tagging;

namespace Parallax.Eval.Ner;

/// <summary>A NER evaluation: conlleval scores plus tagging speed.</summary>
public sealed record NerEvaluationResult(NerScores Scores, int Sentences, double Seconds)
{
    /// <summary>Per sentence: the words, gold tags and predicted tags (BIO), for writing a conlleval input file.</summary>
    public IReadOnlyList<(IReadOnlyList<string> Words, IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> Output { get; init; } = [];

    public double TokensPerSecond => Seconds <= 0 ? 0 : Scores.Tokens / Seconds;
}

/// <summary>Runs an NER tagger over a CoNLL file's sentences, document by document, and scores it with conlleval's rules.</summary>
public static class NerEvaluation
{
    /// <summary>
    /// Scores the tagger. <paramref name="mapGoldType"/> renames gold types (null drops the entity), for data
    /// sets whose types differ from CoNLL's (WNUT-17).
    /// </summary>
    public static NerEvaluationResult Run(SequenceTagger tagger, IReadOnlyList<ConllSentence> sentences, Func<string, string?>? mapGoldType,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        var gold = TaggerTraining.Ner(sentences, mapGoldType);
        var eval = new ConllEvaluator();
        var output = new List<(IReadOnlyList<string>, IReadOnlyList<string>, IReadOnlyList<string>)>();
        var sw = Stopwatch.StartNew();
        foreach (var doc in gold.GroupBy(s => s.Document))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var docSentences = doc.ToList();
            var predicted = tagger.TagDocument(docSentences.Select(s => s.Words).ToList());
            for (int i = 0; i < docSentences.Count; i++)
            {
                eval.Add(docSentences[i].Tags, predicted[i]);
                output.Add((docSentences[i].Words, ToBio(docSentences[i].Tags), ToBio(predicted[i])));
            }
        }
        sw.Stop();
        return new NerEvaluationResult(eval.Result(), sentences.Count, sw.Elapsed.TotalSeconds) { Output = output };
    }

    /// <summary>BILOU (or any scheme conlleval reads) to BIO.</summary>
    public static string[] ToBio(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var bio = Enumerable.Repeat("O", tags.Count).ToArray();
        foreach (var (type, start, end) in TagScheme.Chunks(tags))
        {
            bio[start] = "B-" + type;
            for (int i = start + 1; i < end; i++)
            {
                bio[i] = "I-" + type;
            }
        }
        return bio;
    }

    /// <summary>WNUT-17's six types mapped onto CoNLL's four: person→PER, location→LOC, corporation and group→ORG, product and creative-work→MISC.</summary>
    public static string? WnutToConll(string type) => type switch
    {
        "person" => "PER",
        "location" => "LOC",
        "corporation" or "group" => "ORG",
        "product" or "creative-work" => "MISC",
        _ => type,
    };
}
