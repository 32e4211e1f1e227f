using System.Security.Cryptography;
using System.Text.Json;

namespace Parallax.Text.Tagging;

/// <summary>
/// A word list with Penn Treebank tags from outside the training data: the en-lexicon npm package (MIT; Eric Brill's
/// lexicon of the tagged Wall Street Journal and Brown corpora, corrected and extended), installed beside the models
/// with <c>npm ci --prefix models/lexicon</c> and never copied into the project. CoNLL-2003's POS column was made by a
/// tagger that knew the Wall Street Journal's words, so the tags a word may take there tell a POS tagger what
/// eng.train alone cannot, above all for words it never saw (<see cref="FeatureSet.External"/>).
/// </summary>
public sealed class ExternalLexicon
{
    /// <summary>Environment variable naming the word list (its <c>dist/lexicon.js</c> or the package folder).</summary>
    public const string EnvironmentVariable = "PARALLAX_LEXICON";

    /// <summary>Where the pinned package puts the word list, under a models/ folder.</summary>
    public static readonly string InstalledPath = Path.Combine("lexicon", "node_modules", "en-lexicon", "dist", "lexicon.js");

    /// <summary>What to do when the word list is missing or not the one a model was trained with.</summary>
    public const string InstallHint =
        "install it with `npm ci --prefix models/lexicon` (the pinned en-lexicon 1.0.11) or point " + EnvironmentVariable + " at its dist/lexicon.js";

    private static readonly Lazy<ExternalLexicon?> Installed = new(() => Find() is { } path ? Load(path) : null);

    private readonly Dictionary<string, string[]> _words;

    private ExternalLexicon(string path, Dictionary<string, string[]> words, string fingerprint)
    {
        SourcePath = path;
        _words = words;
        Fingerprint = fingerprint;
    }

    /// <summary>The file the list was read from.</summary>
    public string SourcePath { get; }

    /// <summary>The number of words and the start of the file's SHA-256: a model records it and refuses another list.</summary>
    public string Fingerprint { get; }

    public int Count => _words.Count;

    /// <summary>The word's tags, most frequent first (case matters: "Belgium", not "BELGIUM"); empty when it is not listed.</summary>
    public IReadOnlyList<string> Lookup(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _words.TryGetValue(word, out var tags) ? tags : [];
    }

    /// <summary>
    /// The installed word list: <c>$PARALLAX_LEXICON</c>, else models/<see cref="InstalledPath"/> beside the running
    /// assembly or in a folder above it (a source checkout). Null when neither exists; loaded once per process.
    /// </summary>
    public static ExternalLexicon? Shared => Installed.Value;

    /// <summary>The path of the installed word list (see <see cref="Shared"/>), or null.</summary>
    public static string? Find()
    {
        var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(env))
        {
            // Named on purpose: a wrong path is an error (Load says so), never a silent fallback to another tagger.
            return Directory.Exists(env) ? Path.Combine(env, "dist", "lexicon.js") : env;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models", InstalledPath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>
    /// Reads en-lexicon's <c>dist/lexicon.js</c>: one object literal of <c>"word": "TAG|TAG"</c> entries (a later
    /// entry for the same word wins, as in JavaScript).
    /// </summary>
    public static ExternalLexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no word list at '{path}'; {InstallHint}", path);
        }
        var bytes = File.ReadAllBytes(path);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        int open = text.IndexOf('{', StringComparison.Ordinal);
        int close = text.LastIndexOf('}');
        var words = new Dictionary<string, string[]>(StringComparer.Ordinal);
        try
        {
            if (open < 0 || close < open)
            {
                throw new JsonException("no object literal");
            }
            var options = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
            using var json = JsonDocument.Parse(text.AsMemory(open, close - open + 1), options);
            foreach (var entry in json.RootElement.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.String && entry.Value.GetString() is { Length: > 0 } tags)
                {
                    words[entry.Name] = tags.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                }
            }
        }
        catch (JsonException e)
        {
            throw new InvalidDataException(
                $"'{path}' is not an en-lexicon word list (expected `var lexicon = {{ \"word\": \"TAG|TAG\", ... }}`): {e.Message}; {InstallHint}", e);
        }
        if (words.Count == 0)
        {
            throw new InvalidDataException($"'{path}' lists no words; {InstallHint}");
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
        return new ExternalLexicon(path, words, $"{words.Count} words, sha256 {hash}");
    }

    /// <summary>Per listed word, its tags as a bit set over a model's tag indices (tags the model lacks are left out) and its first tag.</summary>
    internal Dictionary<string, (ulong Tags, int First)> Bind(IReadOnlyList<string> tags)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < tags.Count && i < 64; i++)
        {
            index[tags[i]] = i;
        }
        var bound = new Dictionary<string, (ulong, int)>(_words.Count, StringComparer.Ordinal);
        foreach (var (word, list) in _words)
        {
            ulong mask = 0;
            int first = -1;
            foreach (var tag in list)
            {
                if (index.TryGetValue(tag, out int k))
                {
                    mask |= 1UL << k;
                    first = first < 0 ? k : first;
                }
            }
            if (mask != 0)
            {
                bound[word] = (mask, first);
            }
        }
        return bound;
    }
}
