using Parallax.Model;

namespace Parallax.Pipeline;

/// <summary>
/// One annotator over a <see cref="Doc"/>. It declares the layers it needs and the layers it adds;
/// <see cref="PipelineBuilder"/> checks the declarations when the pipeline is built, not halfway through a corpus.
/// </summary>
public interface IDocStage
{
    string Name { get; }
    Layers Requires { get; }
    Layers Provides { get; }
    void Process(Doc doc, CancellationToken cancellationToken);
}

/// <summary>
/// A stage whose output depends on more than its code, such as a trained model file: <see cref="Version"/> names that
/// (e.g. the model file's hash), so stored analyses made with another model are not taken for this one's.
/// </summary>
public interface IVersionedStage
{
    string Version { get; }
}
