using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Text.Tagging;

/// <summary>The part-of-speech stage: Penn Treebank tags for every token, from the trained model (models/pos.model).</summary>
public sealed class PartOfSpeechTagger : IDocStage
{
    private static readonly Lazy<SequenceTagger> Shipped = new(() => new SequenceTagger(TaggerModel.Load(ModelFiles.Require(ModelFiles.Pos))));

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
