namespace Parallax.Ledger;

/// <summary>
/// The world's countries with their capitals, demonyms and other names (countries.tsv, written by the Parallax team):
/// "Omani" and "Sultanate of Oman" are Oman, and Muscat lies in it. Names are matched by <see cref="Names.Compact"/>.
/// </summary>
public sealed class Geography
{
    private readonly Dictionary<string, string> _country = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _capitalOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _capital = new(StringComparer.Ordinal);

    /// <summary>The table shipped with Parallax.</summary>
    public static Geography World { get; } = Load();

    private Geography()
    {
    }

    /// <summary>The country a name, other name or demonym stands for ("Omani" → "Oman"), or null.</summary>
    public string? Country(string name) => _country.GetValueOrDefault(Names.Compact(name));

    /// <summary>The country whose capital this is ("Muscat" → "Oman"), or null. A city-state is its own capital.</summary>
    public string? CountryOfCapital(string name) => _capitalOf.GetValueOrDefault(Names.Compact(name));

    /// <summary>The (first-named) capital of a country ("Oman" → "Muscat"), or null.</summary>
    public string? Capital(string country) => _capital.GetValueOrDefault(country);

    private static Geography Load()
    {
        var geography = new Geography();
        using var stream = typeof(Geography).Assembly.GetManifestResourceStream("Parallax.Ledger.countries.tsv")
            ?? throw new InvalidOperationException("countries.tsv is not embedded in the Parallax assembly; rebuild the project.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var columns = line.Split('\t');
            var country = columns[0];
            foreach (var name in columns.Skip(2).Prepend(country).SelectMany(Cell))
            {
                geography._country.TryAdd(Names.Compact(name), country);
            }
            foreach (var capital in Cell(columns.ElementAtOrDefault(1)))
            {
                geography._capitalOf.TryAdd(Names.Compact(capital), country);
                geography._capital.TryAdd(country, capital);
            }
        }
        return geography;
    }

    private static IEnumerable<string> Cell(string? cell) =>
        (cell ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
