using System.Diagnostics;
using Parallax.Model;
using Parallax.Pipeline;
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

    /// <summary>
    /// Scores a whole entity stage (tagger plus its rules: roles, honorifics, type repairs) on CoNLL sentences. Each
    /// CoNLL document becomes a <see cref="Doc"/> whose tokens and sentences are CoNLL's own; mentions are mapped back to
    /// tokens and scored like tags.
    /// </summary>
    public static NerEvaluationResult RunStage(IDocStage stage, IReadOnlyList<ConllSentence> sentences, Func<string, string?>? mapGoldType,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(sentences);
        var gold = TaggerTraining.Ner(sentences, mapGoldType);
        var eval = new ConllEvaluator();
        var output = new List<(IReadOnlyList<string>, IReadOnlyList<string>, IReadOnlyList<string>)>();
        var sw = Stopwatch.StartNew();
        foreach (var group in gold.GroupBy(s => s.Document))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var docSentences = group.ToList();
            var text = new System.Text.StringBuilder();
            var tokens = new List<Token>();
            var sents = new List<Sentence>();
            foreach (var s in docSentences)
            {
                int first = tokens.Count, startChar = text.Length;
                foreach (var w in s.Words)
                {
                    if (text.Length > startChar)
                    {
                        text.Append(' ');
                    }
                    tokens.Add(new Token(new TextSpan(text.Length, text.Length + w.Length)));
                    text.Append(w);
                }
                sents.Add(new Sentence(new TextSpan(startChar, text.Length), first, s.Words.Count));
                text.Append('\n');
            }
            var doc = new Doc(new Article { Id = "conll", Source = "conll", Text = text.ToString() }) { Tokens = tokens, Sentences = sents };
            stage.Process(doc, cancellationToken);
            var byStart = new Dictionary<int, int>();
            var byEnd = new Dictionary<int, int>();
            for (int i = 0; i < tokens.Count; i++)
            {
                byStart[tokens[i].Span.Start] = i;
                byEnd[tokens[i].Span.End] = i;
            }
            var predicted = Enumerable.Repeat("O", tokens.Count).ToArray();
            foreach (var m in doc.Mentions)
            {
                if (!byStart.TryGetValue(m.Span.Start, out var a) || !byEnd.TryGetValue(m.Span.End, out var b))
                {
                    continue;
                }
                var type = m.Type switch
                {
                    EntityType.Person => "PER",
                    EntityType.Organization => "ORG",
                    EntityType.Location => "LOC",
                    _ => "MISC",
                };
                predicted[a] = "B-" + type;
                for (int i = a + 1; i <= b; i++)
                {
                    predicted[i] = "I-" + type;
                }
            }
            for (int i = 0; i < docSentences.Count; i++)
            {
                var tags = predicted.AsSpan(sents[i].FirstToken, sents[i].TokenCount).ToArray();
                eval.Add(docSentences[i].Tags, tags);
                output.Add((docSentences[i].Words, ToBio(docSentences[i].Tags), tags));
            }
        }
        sw.Stop();
        return new NerEvaluationResult(eval.Result(), sentences.Count, sw.Elapsed.TotalSeconds) { Output = output };
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
