using Parallax.Text.Tagging;

namespace Parallax.Tests.Text.Tagging;

/// <summary>Two-stage entity tagging: a word's type read from how a first pass tagged it elsewhere in the document.</summary>
public class AggregateTaggerTests
{
    // Invented documents: a name after "Mr" is a person, after "in" a place; "NAME left ." alone says neither.
    private static readonly string[] People = ["Abel", "Brax", "Cole", "Dunn", "Egan", "Fisk", "Gale", "Hume"];
    private static readonly string[] Places = ["Ardo", "Bels", "Cava", "Dorn", "Elba", "Fane", "Gora", "Hask"];

    private static List<IReadOnlyList<string>> Document(string name, bool person) => person
        ? [["Mr", name, "spoke", "."], ["Mr", name, "smiled", "."], [name, "left", "."]]
        : [["in", name, "lived", "."], ["in", name, "stayed", "."], [name, "left", "."]];

    private static List<TaggedSentence> Data()
    {
        var data = new List<TaggedSentence>();
        for (int k = 0; k < People.Length; k++)
        {
            // Documents numbered so that each fold of the jackknife (document number mod 2) holds people and places.
            foreach (var (name, person, doc) in new[] { (People[k], true, k), (Places[k], false, People.Length + k) })
            {
                var type = person ? "U-PER" : "U-LOC";
                foreach (var s in Document(name, person))
                {
                    data.Add(new TaggedSentence(s, [.. s.Select(w => w == name ? type : "O")], doc));
                }
            }
        }
        return data;
    }

    private static readonly TrainerOptions Options = new() { Epochs = 6 };

    private static TaggerModel Train(FeatureSet features, TrainerOptions options) =>
        PerceptronTrainer.Train("ner", Data(), features, null, options, null, null, CancellationToken.None);

    [Fact]
    public void A_word_takes_the_type_the_first_pass_gave_it_elsewhere_in_the_document()
    {
        var data = Data();
        var first = Train(FeatureSet.Lexical, Options);
        var tags = StackedTraining.JackknifeTags("ner", data, first.Features, null, Options, 2, null, CancellationToken.None);
        var model = Train(FeatureSet.Lexical | FeatureSet.Aggregate, Options with { FirstPass = first, FirstPassTags = tags });
        var person = Document("Zorn", person: true);
        var place = Document("Vosk", person: false);

        // The first pass alone tags "NAME left ." the same way in both documents: it cannot tell them apart.
        var firstTagger = new SequenceTagger(first);
        Assert.Equal(firstTagger.TagDocument(person)[2][1..], firstTagger.TagDocument(place)[2][1..]);
        Assert.Equal(firstTagger.TagDocument(person)[2][0] == "U-PER", firstTagger.TagDocument(place)[2][0] == "U-PER");

        var tagger = new SequenceTagger(model);
        Assert.Equal(["U-PER", "O", "O"], tagger.TagDocument(person)[2]);
        Assert.Equal(["U-LOC", "O", "O"], tagger.TagDocument(place)[2]);
        Assert.Equal(["O", "U-LOC", "O", "O"], tagger.TagDocument(place)[0]);
    }

    [Fact]
    public void Reading_the_shared_features_once_for_both_passes_gives_the_tags_of_two_separate_passes()
    {
        var data = Data();
        var first = Train(FeatureSet.Lexical, Options);
        var tags = StackedTraining.JackknifeTags("ner", data, first.Features, null, Options, 2, null, CancellationToken.None);
        var tagger = new SequenceTagger(Train(FeatureSet.Lexical | FeatureSet.Aggregate, Options with { FirstPass = first, FirstPassTags = tags }));
        List<IReadOnlyList<string>> doc = [.. Document("Zorn", person: true), .. Document("Vosk", person: false), ["MR", "ZORN", "AND", "VOSK", "LEFT", "."]];

        // Two separate passes: the first model tags the document, then the second model reads its own features and the counts.
        var context = DocContext.Build(doc);
        context.AddFirstPass(doc, new SequenceTagger(first).TagDocument(doc));
        var separate = doc.Select(s => tagger.Tag(s, context)).ToList();

        Assert.True(tagger.ReadsSharedFeaturesOnce);
        Assert.Equal(separate, tagger.TagDocument(doc));
        Assert.Equal(["O", "U-PER", "O", "O"], separate[0]);
        Assert.Equal(["O", "U-LOC", "O", "O"], separate[3]);
    }

    [Fact]
    public void An_aggregate_model_needs_first_pass_tags()
    {
        var e = Assert.Throws<ArgumentException>(() => Train(FeatureSet.Lexical | FeatureSet.Aggregate, Options));
        Assert.Contains("first-pass", e.Message, StringComparison.Ordinal);
    }
}
