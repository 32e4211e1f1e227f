using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Text.Tagging;

/// <summary>The part-of-speech stage: Penn Treebank tags for every token, from the trained model (models/pos.model).</summary>
public sealed class PartOfSpeechTagger : IDocStage, IVersionedStage
{
    /// <summary>
    /// Beam width the stage decodes with when the model decodes with Viterbi (see eval/README.md for its accuracy and
    /// speed against exact decoding). The shipped model (History features) decodes left to right and ignores it.
    /// </summary>
    // 5: on eng.testa (dev) beam 5 tagged 3 of 51,362 tokens differently from exact Viterbi with the first-order model
    // (95.82% either way) and decoded about 1.6x faster; beam 3 lost 5 tokens. See eval/README.md.
    public const int DefaultBeamWidth = 5;

    private static readonly Lazy<SequenceTagger> Shipped = new(() =>
    {
        var model = TaggerModel.Load(ModelFiles.Require(ModelFiles.Pos));
        model.BeamWidth = DefaultBeamWidth;
        return new SequenceTagger(model);
    });

    private readonly SequenceTagger? _tagger;

    /// <summary>Uses the shipped model, loaded once on first use.</summary>
    public PartOfSpeechTagger()
    {
    }

    public PartOfSpeechTagger(TaggerModel model)
    {
        _tagger = new SequenceTagger(model);
    }

    public string Name => "pos";

    /// <summary>The model's identity (its file's hash): loads the shipped model if it is not loaded yet.</summary>
    public string Version => (_tagger ?? Shipped.Value).Model.Identity;

    public Layers Requires => Layers.Tokens | Layers.Sentences;
    public Layers Provides => Layers.PartOfSpeech;

    public void Process(Doc doc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var tagger = _tagger ?? Shipped.Value;
        var tags = new string[doc.Tokens.Count];
        var sentences = doc.Sentences.Select(s => (IReadOnlyList<string>)Enumerable.Range(s.FirstToken, s.TokenCount).Select(doc.TokenText).ToArray()).ToList();
        cancellationToken.ThrowIfCancellationRequested();
        var tagged = tagger.TagDocument(sentences);
        for (int i = 0; i < tagged.Count; i++)
        {
            tagged[i].CopyTo(tags, doc.Sentences[i].FirstToken);
        }
        // Tokens outside every sentence (none with the default splitter) get no tag rather than a guess.
        for (int i = 0; i < tags.Length; i++)
        {
            tags[i] ??= "";
        }
        doc.PartOfSpeech = tags;
    }
}
