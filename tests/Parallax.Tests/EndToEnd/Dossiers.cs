using Parallax.Extraction;
using Parallax.Ledger;
using Parallax.Pipeline;

namespace Parallax.Tests.EndToEnd;

/// <summary>The dossiers of the seeds and the samples, analysed once per test run.</summary>
internal static class Dossiers
{
    private static readonly Lazy<Dossier> SamplesDossier = new(() => Analyze(Path.Combine(Repo.Root, "samples")));
    private static readonly Lazy<Dossier> SeedsDossier = new(() => Analyze(SharedData.Require("seeds")));

    public static Dossier Samples => SamplesDossier.Value;
    public static Dossier Seeds => SeedsDossier.Value;

    private static Dossier Analyze(string path) =>
        new Analyzer(DefaultPipeline.Create()).Analyze(ArticleReader.Read([path], CancellationToken.None));

    public static string OutletOf(this Dossier d, string articleId) => d.Articles.Single(a => a.Id == articleId).Outlet ?? "";

    public static string IdOf(this Dossier d, string fileName) =>
        d.Articles.Single(a => Path.GetFileName(a.Source) == fileName).Id;

    public static StoryEntity Entity(this Story s, string alias) =>
        Assert.Single(s.Entities, e => e.Aliases.Contains(alias));
}
