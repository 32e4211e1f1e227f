namespace Parallax.Tests;

/// <summary>Locates ../shared (the project's sibling folder with seeds and gold data).</summary>
public static class SharedData
{
    private static readonly Lazy<string?> RootDir = new(FindRoot);

    /// <summary>The shared folder, or null when this checkout has none beside it.</summary>
    public static string? Root => RootDir.Value;

    /// <summary>
    /// A path under ../shared/data (gold data: "ner/conll2003/eng.testa") or else under ../shared ("seeds"),
    /// or null when neither exists.
    /// </summary>
    public static string? PathTo(string relative)
    {
        if (Root is not { } root)
        {
            return null;
        }
        foreach (var candidate in (ReadOnlySpan<string>)[Path.Combine(root, "data", relative), Path.Combine(root, relative)])
        {
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    public static string Require(string relative) =>
        PathTo(relative) ?? throw new InvalidOperationException($"../shared/data/{relative} (or ../shared/{relative}) is missing");

    private static string? FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("PARALLAX_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return env;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
            {
                var shared = Path.Combine(dir.FullName, "..", "shared");
                return Directory.Exists(shared) ? Path.GetFullPath(shared) : null;
            }
        }
        return null;
    }
}

/// <summary>A fact that runs only when the given path exists under ../shared, and says clearly why it skipped otherwise.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        if (SharedData.PathTo(relativePath) is null)
        {
            Skip = $"../shared/data/{relativePath} is not present in this checkout; this test needs the shared data beside the project.";
        }
    }
}

/// <summary>The repository root (where Parallax.slnx is), for tests that read samples/.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("cannot find the repository root (Parallax.slnx) above " + AppContext.BaseDirectory);
    }
}
