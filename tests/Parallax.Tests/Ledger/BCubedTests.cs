using Parallax.Eval.Stories;

namespace Parallax.Tests.Ledger;

public class BCubedTests
{
    [Fact]
    public void Perfect_clustering_scores_one()
    {
        var s = BCubed.Score(["a", "a", "b"], ["x", "x", "y"]);
        Assert.Equal(1.0, s.Precision);
        Assert.Equal(1.0, s.Recall);
    }

    [Fact]
    public void One_big_cluster_has_full_recall_and_low_precision()
    {
        // Items a1 a2 b1 b2 in one predicted cluster: each item shares it with 2 of 4 -> precision 0.5.
        var s = BCubed.Score(["a", "a", "b", "b"], ["x", "x", "x", "x"]);
        Assert.Equal(0.5, s.Precision, 6);
        Assert.Equal(1.0, s.Recall, 6);
        Assert.Equal(2 / 3.0, s.F1, 6);
    }

    [Fact]
    public void Singletons_have_full_precision()
    {
        var s = BCubed.Score(["a", "a", "a", "b"], ["1", "2", "3", "4"]);
        Assert.Equal(1.0, s.Precision);
        Assert.Equal((1 / 3.0 * 3 + 1) / 4, s.Recall, 6);
    }

    [SharedDataFact("clustering/ecbplus/ECB+/2")]
    public void EcbPlus_documents_carry_topic_and_seminal_event()
    {
        var docs = EcbPlus.Read(SharedData.Require("clustering/ecbplus"), t => t == 2).ToList();
        Assert.True(docs.Count > 10);
        Assert.All(docs, d => Assert.Equal(2, d.Topic));
        Assert.Equal(["2", "2plus"], docs.Select(d => d.Story).Distinct().Order(StringComparer.Ordinal));
        Assert.All(docs, d => Assert.True(d.Article.Text.Length > 100));
    }
}
