using Parallax.Eval.Ner;
using Parallax.Text.Tagging;

namespace Parallax.Tests.Text.Tagging;

public class TaggerTests
{
    [Fact]
    public void Chunks_read_iob1_and_bilou_alike()
    {
        Assert.Equal([("PER", 0, 2), ("PER", 2, 3), ("LOC", 4, 5)], TagScheme.Chunks(["I-PER", "I-PER", "B-PER", "O", "I-LOC"]));
        Assert.Equal([("PER", 0, 2), ("PER", 2, 3), ("LOC", 4, 5)], TagScheme.Chunks(["B-PER", "L-PER", "U-PER", "O", "U-LOC"]));
    }

    [Fact]
    public void Bilou_encodes_single_and_multi_token_entities()
    {
        Assert.Equal(["U-ORG", "O", "B-PER", "I-PER", "L-PER"], TagScheme.ToBilou(5, [("ORG", 0, 1), ("PER", 2, 5)]));
        Assert.Equal(["B-MISC", "I-MISC", "B-MISC", "I-MISC"], NerEvaluation.ToBio(["B-MISC", "L-MISC", "B-MISC", "L-MISC"]));
    }

    private static List<TaggedSentence> Toy()
    {
        // Invented sentences: names after "met" and before "said" are people; after "in" places.
        string[] people = ["Karel Novotny", "Ines Valdor", "Tomas Brenn", "Ada Quill", "Piet Ormond", "Lena Skarp"];
        string[] places = ["Velmora", "Ostrava", "Dunholt", "Karsk"];
        var data = new List<TaggedSentence>();
        int doc = 0;
        foreach (var p in people)
        {
            foreach (var l in places)
            {
                var words = new List<string> { "The", "envoy", "met" };
                words.AddRange(p.Split(' '));
                words.AddRange(["in", l, "."]);
                var chunks = new[] { ("PER", 3, 5), ("LOC", 6, 7) };
                data.Add(new TaggedSentence(words, TagScheme.ToBilou(words.Count, chunks), doc++));
            }
        }
        return data;
    }

    [Fact]
    public void A_trained_model_survives_save_and_load_and_tags_its_training_data()
    {
        var model = PerceptronTrainer.Train("ner", Toy(), FeatureSet.Lexical | FeatureSet.Gazetteer, null,
            new TrainerOptions { Epochs = 3, GazetteerFolds = 2 }, null, null, CancellationToken.None);
        var path = Path.Combine(Path.GetTempPath(), $"parallax-test-{Guid.NewGuid():N}.model");
        try
        {
            model.Save(path);
            var loaded = TaggerModel.Load(path);
            Assert.Equal(model.Tags, loaded.Tags);
            Assert.Equal(model.FeatureCount, loaded.FeatureCount);
            var tags = new SequenceTagger(loaded).Tag(["The", "envoy", "met", "Ada", "Quill", "in", "Karsk", "."]);
            Assert.Equal(["O", "O", "O", "B-PER", "L-PER", "O", "U-LOC", "O"], tags);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Loading_a_file_that_is_not_a_model_says_what_to_do()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parallax-test-{Guid.NewGuid():N}.model");
        File.WriteAllText(path, "not a model");
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => TaggerModel.Load(path));
            Assert.Contains("parallax train", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Typographic_quotes_and_apostrophes_become_treebank_forms()
    {
        Assert.Equal("\"", SequenceTagger.Normalise("\u201C"));
        Assert.Equal("'s", SequenceTagger.Normalise("\u2019s"));
        Assert.Equal("--", SequenceTagger.Normalise("\u2014"));
        Assert.Equal("Iran", SequenceTagger.Normalise("Iran"));
    }

    [Fact]
    public void Word_clusters_fall_back_to_title_and_lower_case()
    {
        var wc = new WordClusters([4], new Dictionary<string, int[]> { ["Paris"] = [2], ["talks"] = [3] });
        Assert.Equal([2], wc.Lookup("PARIS")!);
        Assert.Equal([3], wc.Lookup("Talks")!);
        Assert.Null(wc.Lookup("unknown"));
    }

    [Fact]
    public void Exchange_clustering_puts_words_used_alike_together()
    {
        // Invented corpus: colours follow "the", verbs follow "they".
        var rng = new Random(3);
        string[] colours = ["red", "blue", "green"], verbs = ["ran", "sang", "slept"];
        var sentences = Enumerable.Range(0, 300).Select(_ => (IReadOnlyList<string>)
            ["the", colours[rng.Next(3)], "car", "and", "they", verbs[rng.Next(3)], "."]).ToList();
        var wc = WordClusterer.Learn(sentences, [2], new WordClusterer.Options(MinCount: 1, Iterations: 10), null, CancellationToken.None);
        Assert.Equal(wc.Lookup("red")![0], wc.Lookup("blue")![0]);
        Assert.Equal(wc.Lookup("red")![0], wc.Lookup("green")![0]);
        Assert.Equal(wc.Lookup("ran")![0], wc.Lookup("sang")![0]);
    }
}
