using Parallax.Text.Tagging;

namespace Parallax.Tests.Text.Tagging;

/// <summary>The tag lexicon, left-to-right decoding with tag-history features, and the mean of several training runs.</summary>
public class HistoryTaggerTests
{
    [Fact]
    public void Tag_lexicon_keeps_each_words_tags_and_drops_rare_strays()
    {
        // Tags 0 NN, 1 VB, 2 JJ. "walk" is NN 3 times and VB twice; "cold" is JJ 199 times and NN once (under 1%).
        var tokens = Enumerable.Repeat(("walk", 0), 3).Concat(Enumerable.Repeat(("walk", 1), 2))
            .Concat(Enumerable.Repeat(("cold", 2), 199)).Append(("cold", 0));
        var lexicon = TagLexicon.Build(tokens);
        Assert.Equal(2, lexicon.Count);
        Assert.Equal((0b011UL, 5), lexicon.Lookup("walk"));
        Assert.Equal((0b100UL, 200), lexicon.Lookup("cold"));
        Assert.Equal((0UL, 0), lexicon.Lookup("Walk"));
    }

    [Fact]
    public void Unseen_words_get_a_class_by_their_shape()
    {
        Assert.Equal(0, TagLexicon.UnseenClass("brisk", initial: false, allCaps: false));
        Assert.Equal(1, TagLexicon.UnseenClass("Brisk", initial: true, allCaps: false));
        Assert.Equal(2, TagLexicon.UnseenClass("Brisk", initial: false, allCaps: false));
        Assert.Equal(3, TagLexicon.UnseenClass("BRISK", initial: false, allCaps: true));
        Assert.Equal(4, TagLexicon.UnseenClass("1996-08-30", initial: false, allCaps: false));
        Assert.Equal(5, TagLexicon.UnseenClass("--", initial: false, allCaps: false));
    }

    internal static List<TaggedSentence> Toy()
    {
        // Invented sentences: "runs" is a verb after a noun and a plural noun after "the"; "fast" an adverb after a verb.
        string[] nouns = ["dog", "cat", "horse", "fox", "hare", "mule"];
        var data = new List<TaggedSentence>();
        int doc = 0;
        foreach (var n in nouns)
        {
            data.Add(new TaggedSentence(["The", n, "runs", "fast", "."], ["DT", "NN", "VBZ", "RB", "."], doc++));
            data.Add(new TaggedSentence(["the", "runs", "of", "the", n, "were", "long", "."], ["DT", "NNS", "IN", "DT", "NN", "VBD", "JJ", "."], doc++));
        }
        return data;
    }

    [Fact]
    public void A_history_model_trained_in_two_runs_survives_save_and_load()
    {
        var model = PerceptronTrainer.Train("pos", Toy(), FeatureSet.Lexical | FeatureSet.Lexicon | FeatureSet.History, null,
            new TrainerOptions { Epochs = 4, LexiconFolds = 2, Runs = 2 }, null, null, CancellationToken.None);
        var path = Path.Combine(Path.GetTempPath(), $"parallax-test-{Guid.NewGuid():N}.model");
        try
        {
            model.Save(path);
            var loaded = TaggerModel.Load(path);
            Assert.Equal(model.FeatureCount, loaded.FeatureCount);
            Assert.Equal(FeatureSet.Lexical | FeatureSet.Lexicon | FeatureSet.History, loaded.Features);
            Assert.Equal(model.Lexicon!.Count, loaded.Lexicon!.Count);
            var tagger = new SequenceTagger(loaded);
            Assert.Equal(["DT", "NN", "VBZ", "RB", "."], tagger.Tag(["The", "fox", "runs", "fast", "."]));
            Assert.Equal(["DT", "NNS", "IN", "DT", "NN", "VBD", "JJ", "."], tagger.Tag(["the", "runs", "of", "the", "cat", "were", "long", "."]));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
