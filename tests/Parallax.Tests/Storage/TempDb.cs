namespace Parallax.Tests.Storage;

/// <summary>A fresh folder for one test's database files, deleted afterwards.</summary>
internal sealed class TempDb : IDisposable
{
    public TempDb()
    {
        Folder = Path.Combine(Path.GetTempPath(), "parallax-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string File(string name = "parallax.db") => Path.Combine(Folder, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>A fact that needs Linux (e.g. /proc); skipped elsewhere with the reason.</summary>
internal sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "this test uses Linux's /proc, which refuses new files even to root";
        }
    }
}
