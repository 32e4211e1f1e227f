using System.Security.Cryptography;
using System.Text;
using Parallax.Pipeline;

namespace Parallax.Storage;

/// <summary>
/// The version string under which a pipeline's output is stored: the stage names in order plus the build identity
/// (module version id) of every assembly that holds a stage and what else versioned stages depend on (their model
/// files), so rebuilt stage code or another model re-analyses stored articles.
/// </summary>
public static class PipelineVersion
{
    public static string Of(DocPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var names = string.Join('+', pipeline.Stages.Select(s => s.Name));
        var builds = pipeline.Stages
            .Select(s => s.GetType().Module.ModuleVersionId)
            .Distinct()
            .Select(g => g.ToString("N"));
        var models = pipeline.Stages.OfType<IVersionedStage>().Select(s => s.Version);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(names + "|" + string.Join(',', builds) + "|" + string.Join(',', models)));
        return names + "@" + Convert.ToHexStringLower(hash.AsSpan(0, 6));
    }
}
