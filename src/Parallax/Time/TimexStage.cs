using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Time;

/// <summary>
/// Finds temporal expressions and normalises them to TimeML values against the report's own date
/// (<see cref="Article.Published"/>; when that is unknown, the first date written out in full in the text,
/// with <see cref="DateCertainty.Inferred"/>). Tense comes from the words of each sentence, helped by the
/// part-of-speech tags when a tagger ran before this stage (it does in <see cref="DefaultPipeline"/>).
/// </summary>
public sealed class TimexStage : IDocStage
{
    public string Name => "timex";
    public Layers Requires => Layers.Tokens | Layers.Sentences;
    public Layers Provides => Layers.Timexes;

    public void Process(Doc doc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(doc);
        doc.Timexes = TimexRecognizer.Recognize(doc, cancellationToken);
    }
}
