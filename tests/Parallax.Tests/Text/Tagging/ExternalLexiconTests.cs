using Parallax.Text.Tagging;

namespace Parallax.Tests.Text.Tagging;

/// <summary>The outside word list (en-lexicon's format, invented entries here) and the tagger features read from it.</summary>
public sealed class ExternalLexiconTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"parallax-lexicon-{Guid.NewGuid():N}");

    public ExternalLexiconTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, params string[] entries)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, "\"use strict\";\nexports.__esModule = true;\nvar lexicon = {\n    " + string.Join(",\n    ", entries)
            + "\n};\nexports[\"default\"] = lexicon;\n");
        return path;
    }

    [Fact]
    public void Reads_the_packages_object_literal_with_a_later_entry_winning()
    {
        var list = ExternalLexicon.Load(Write("lexicon.js", "\"walk\": \"VB|NN\"", "\"Brisk\": \"NNP\"", "\"\\\"\": \"\\\"\"", "\"walk\": \"NN|VB\""));
        Assert.Equal(3, list.Count);
        Assert.Equal(["NN", "VB"], list.Lookup("walk"));
        Assert.Equal(["NNP"], list.Lookup("Brisk"));
        Assert.Equal(["\""], list.Lookup("\""));
        Assert.Empty(list.Lookup("Walk"));
        Assert.Empty(list.Lookup("brisk"));
        Assert.Matches("^3 words, sha256 [0-9a-f]{16}$", list.Fingerprint);
    }

    [Fact]
    public void Two_lists_have_different_fingerprints()
    {
        var a = ExternalLexicon.Load(Write("a.js", "\"walk\": \"VB|NN\""));
        var b = ExternalLexicon.Load(Write("b.js", "\"walk\": \"NN|VB\""));
        Assert.NotEqual(a.Fingerprint, b.Fingerprint);
        Assert.Equal(a.Fingerprint, ExternalLexicon.Load(Write("c.js", "\"walk\": \"VB|NN\"")).Fingerprint);
    }

    [Fact]
    public void A_missing_or_broken_list_says_which_file_and_how_to_install_it()
    {
        var missing = Path.Combine(_dir, "none.js");
        var e = Assert.Throws<FileNotFoundException>(() => ExternalLexicon.Load(missing));
        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
        Assert.Contains("npm ci --prefix models/lexicon", e.Message, StringComparison.Ordinal);

        var prose = Path.Combine(_dir, "prose.js");
        File.WriteAllText(prose, "module.exports = function () { return 1 }");
        var broken = Assert.Throws<InvalidDataException>(() => ExternalLexicon.Load(prose));
        Assert.Contains(prose, broken.Message, StringComparison.Ordinal);
        Assert.Contains("not an en-lexicon word list", broken.Message, StringComparison.Ordinal);

        var empty = Write("empty.js");
        Assert.Contains("lists no words", Assert.Throws<InvalidDataException>(() => ExternalLexicon.Load(empty)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unseen_word_takes_the_lists_tags_as_its_class_and_a_seen_one_keeps_its_own()
    {
        // Model tags 0 DT, 1 NN, 2 VBZ, 3 JJ. "the" and "dog" were seen in training; "zorp" and "glim" were not.
        string[] tags = ["DT", "NN", "VBZ", "JJ"];
        var training = TagLexicon.Build([("the", 0), ("dog", 1)]);
        var list = ExternalLexicon.Load(Write("lexicon.js", "\"zorp\": \"JJ|NN\"", "\"dog\": \"VBZ\"", "\"the\": \"DT\"", "\"Zorp\": \"NNP\""));
        var extractor = new FeatureExtractor(FeatureSet.Lexical | FeatureSet.Lexicon | FeatureSet.History | FeatureSet.External, null, null, training,
            list.Bind(tags));
        var buf = new FeatureBuffer();
        extractor.Extract(["the", "zorp", "dog", "glim"], null, buf);

        Assert.Equal(0b0001UL, buf.Amb[0]);
        Assert.Equal(0b1010UL, buf.Amb[1]);           // JJ and NN from the list (its NNP entry is another spelling, and no model tag)
        Assert.Equal(0b0010UL, buf.Amb[2]);           // training says NN; the list's VBZ does not replace it
        Assert.True((buf.Amb[3] & (1UL << 63)) != 0); // in neither: its shape class
        Assert.Equal([0b0001UL, 0b1010UL, 0b0100UL, FeatureExtractor.NotListed], buf.Ext.AsSpan(0, 4).ToArray());

        // The list's tags join the history features: a word the list lacks gets two more (its suffix with the previous tags).
        Span<ulong> history = stackalloc ulong[FeatureExtractor.MaxHistory];
        var ext = buf.Ext.AsSpan(0, 4);
        int listed = FeatureExtractor.History(buf.Amb.AsSpan(0, 4), buf.WordKey.AsSpan(0, 4), buf.SuffixKey.AsSpan(0, 4), [], ext, 1, 0, -1, history);
        int unlisted = FeatureExtractor.History(buf.Amb.AsSpan(0, 4), buf.WordKey.AsSpan(0, 4), buf.SuffixKey.AsSpan(0, 4), [], ext, 3, 1, 3, history);
        int without = FeatureExtractor.History(buf.Amb.AsSpan(0, 4), buf.WordKey.AsSpan(0, 4), buf.SuffixKey.AsSpan(0, 4), [], [], 1, 0, -1, history);
        Assert.Equal((14, 16, 11), (listed, unlisted, without));
    }

    [Fact]
    public void A_model_keeps_its_lists_fingerprint_and_refuses_another_list()
    {
        var list = ExternalLexicon.Load(Write("lexicon.js", "\"runs\": \"VBZ|NNS\"", "\"fast\": \"RB|JJ\"", "\"mule\": \"NN\""));
        var other = ExternalLexicon.Load(Write("other.js", "\"runs\": \"NNS|VBZ\""));
        const FeatureSet set = FeatureSet.Lexical | FeatureSet.Lexicon | FeatureSet.History | FeatureSet.External;
        var noList = Assert.Throws<ArgumentException>(() => PerceptronTrainer.Train("pos", HistoryTaggerTests.Toy(), set, null,
            new TrainerOptions { Epochs = 2, LexiconFolds = 2 }, null, null, CancellationToken.None));
        Assert.Contains("npm ci --prefix models/lexicon", noList.Message, StringComparison.Ordinal);
        var noLexicon = Assert.Throws<ArgumentException>(() => PerceptronTrainer.Train("pos", HistoryTaggerTests.Toy(), FeatureSet.Lexical | FeatureSet.External, null,
            new TrainerOptions { Epochs = 2, External = list }, null, null, CancellationToken.None));
        Assert.Contains("add the lexicon group", noLexicon.Message, StringComparison.Ordinal);

        var model = PerceptronTrainer.Train("pos", HistoryTaggerTests.Toy(), set, null,
            new TrainerOptions { Epochs = 4, LexiconFolds = 2, Runs = 2, External = list }, null, null, CancellationToken.None);
        var path = Path.Combine(_dir, "pos.model");
        model.Save(path);
        Assert.False(File.Exists(path + ".partial"));

        var loaded = TaggerModel.Load(path, list);
        Assert.Equal(set, loaded.Features);
        Assert.Equal(list.Fingerprint, loaded.External!.Fingerprint);
        string[] sentence = ["the", "runs", "of", "the", "mule", "were", "long", "."];
        Assert.Equal(["DT", "NNS", "IN", "DT", "NN", "VBD", "JJ", "."], new SequenceTagger(loaded).Tag(sentence));
        Assert.Equal(new SequenceTagger(model).Tag(["The", "fox", "runs", "fast", "."]), new SequenceTagger(loaded).Tag(["The", "fox", "runs", "fast", "."]));
        Assert.Equal(["DT", "NNS", "IN", "DT", "NN", "VBD", "JJ", "."], new SequenceTagger(loaded.Pruned(0.5f)).Tag(sentence));

        var refused = Assert.Throws<InvalidDataException>(() => TaggerModel.Load(path, other));
        Assert.Contains(list.Fingerprint, refused.Message, StringComparison.Ordinal);
        Assert.Contains(other.Fingerprint, refused.Message, StringComparison.Ordinal);
        Assert.Contains("npm ci --prefix models/lexicon", refused.Message, StringComparison.Ordinal);
    }
}
