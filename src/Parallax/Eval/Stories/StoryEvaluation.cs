using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Stories;

namespace Parallax.Eval.Stories;

/// <summary>The result of clustering a set of ECB+ documents into stories.</summary>
public sealed record StoryScore(string Split, int Documents, int GoldStories, int PredictedStories, double Threshold, Prf BCubed);

/// <summary>Scores story clustering against ECB+'s seminal events (topic × ECB / ECB+ half), with B³.</summary>
public static class StoryEvaluation
{
    public static StoryScore Score(string split, IReadOnlyList<EcbDocument> documents, DocPipeline pipeline, StoryClusterer clusterer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(clusterer);
        var docs = documents.Select(d => pipeline.Run(d.Article, ct)).ToList();
        return Score(split, documents, docs, clusterer);
    }

    /// <summary>Scores already-annotated documents (so a threshold sweep annotates once).</summary>
    public static StoryScore Score(string split, IReadOnlyList<EcbDocument> documents, IReadOnlyList<Doc> docs, StoryClusterer clusterer)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(clusterer);
        var clusters = clusterer.Cluster(docs);
        var storyOf = new Dictionary<Doc, int>(ReferenceEqualityComparer.Instance);
        for (int c = 0; c < clusters.Count; c++)
        {
            foreach (var d in clusters[c].Docs)
            {
                storyOf[d] = c;
            }
        }
        var gold = documents.Select(d => d.Story).ToList();
        var predicted = docs.Select(d => storyOf[d].ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return new StoryScore(split, documents.Count, gold.Distinct().Count(), clusters.Count, clusterer.Threshold, BCubed.Score(gold, predicted));
    }
}
