using Parallax.Text.Tagging;

namespace Parallax.Tests.Text.Tagging;

/// <summary>Right-to-left first passes, jackknifed first-pass tags and a stacked model that carries its first pass.</summary>
public class StackedTaggerTests
{
    private const FeatureSet Base = FeatureSet.Lexical | FeatureSet.Lexicon | FeatureSet.History;

    private static List<TaggedSentence> Toy()
    {
        // Invented sentences: "runs" is a verb after a noun and a plural noun after "the"; "fast" an adverb after a verb.
        // One document per noun, so each fold of documents holds both readings of "runs".
        string[] nouns = ["dog", "cat", "horse", "fox", "hare", "mule"];
        var data = new List<TaggedSentence>();
        for (int doc = 0; doc < nouns.Length; doc++)
        {
            var n = nouns[doc];
            data.Add(new TaggedSentence(["The", n, "runs", "fast", "."], ["DT", "NN", "VBZ", "RB", "."], doc));
            data.Add(new TaggedSentence(["the", "runs", "of", "the", n, "were", "long", "."], ["DT", "NNS", "IN", "DT", "NN", "VBD", "JJ", "."], doc));
        }
        return data;
    }

    private static TaggerModel Train(FeatureSet features, TrainerOptions? options = null) =>
        PerceptronTrainer.Train("pos", Toy(), features, null, options ?? new TrainerOptions { Epochs = 4, LexiconFolds = 2 }, null, null, CancellationToken.None);

    [Fact]
    public void A_right_to_left_model_returns_tags_in_word_order()
    {
        var tagger = new SequenceTagger(Train(Base | FeatureSet.RightToLeft));
        Assert.Equal(["DT", "NN", "VBZ", "RB", "."], tagger.Tag(["The", "fox", "runs", "fast", "."]));
        Assert.Equal(["DT", "NNS", "IN", "DT", "NN", "VBD", "JJ", "."], tagger.Tag(["the", "runs", "of", "the", "cat", "were", "long", "."]));
    }

    [Fact]
    public void Jackknifed_tags_come_from_models_that_never_saw_the_sentence()
    {
        var data = Toy();
        var tags = StackedTraining.JackknifeTags("pos", data, Base, null, new TrainerOptions { Epochs = 4, LexiconFolds = 2 }, 2, null, CancellationToken.None);
        Assert.Equal(data.Count, tags.Count);
        for (int s = 0; s < data.Count; s++)
        {
            Assert.Equal(data[s].Words.Count, tags[s].Length);
        }
        // The word before "runs" decides it, and every fold model has seen both readings: they tag it right.
        Assert.Equal("VBZ", tags[0][2]);
        Assert.Equal("NNS", tags[1][1]);
    }

    [Fact]
    public void Jackknifed_tags_need_two_folds()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            StackedTraining.JackknifeTags("pos", Toy(), Base, null, new TrainerOptions(), 1, null, CancellationToken.None));
        Assert.Contains("at least 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stacked_model_needs_first_pass_tags()
    {
        var e = Assert.Throws<ArgumentException>(() => Train(Base | FeatureSet.Stacked));
        Assert.Contains("first-pass", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stacked_model_carries_its_first_pass_through_save_and_load()
    {
        var data = Toy();
        var options = new TrainerOptions { Epochs = 4, LexiconFolds = 2 };
        var first = Train(Base | FeatureSet.RightToLeft);
        var tags = StackedTraining.JackknifeTags("pos", data, first.Features, null, options, 2, null, CancellationToken.None);
        var model = Train(Base | FeatureSet.Stacked, options with { FirstPass = first, FirstPassTags = tags });
        var path = Path.Combine(Path.GetTempPath(), $"parallax-test-{Guid.NewGuid():N}.model");
        var tagsPath = path + ".tags";
        try
        {
            model.Save(path);
            var loaded = TaggerModel.Load(path);
            Assert.Equal(Base | FeatureSet.Stacked, loaded.Features);
            Assert.NotNull(loaded.FirstPass);
            Assert.Equal(Base | FeatureSet.RightToLeft, loaded.FirstPass!.Features);
            Assert.Equal(first.FeatureCount, loaded.FirstPass.FeatureCount);
            Assert.Equal(model.FeatureCount, loaded.FeatureCount);
            var tagger = new SequenceTagger(loaded);
            Assert.Equal(["DT", "NN", "VBZ", "RB", "."], tagger.Tag(["The", "fox", "runs", "fast", "."]));
            Assert.Equal(["DT", "NNS", "IN", "DT", "NN", "VBD", "JJ", "."], tagger.Tag(["the", "runs", "of", "the", "cat", "were", "long", "."]));
            Assert.NotNull(loaded.Pruned(0.5f).FirstPass);

            StackedTraining.Save(tagsPath, tags);
            Assert.Equal(tags, StackedTraining.Load(tagsPath, data));
            var e = Assert.Throws<InvalidDataException>(() => StackedTraining.Load(tagsPath, data.Take(3).ToList()));
            Assert.Contains("12 sentences", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
            File.Delete(tagsPath);
        }
    }
}
