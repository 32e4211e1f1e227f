using Parallax.Model;
using Parallax.Text;

namespace Parallax.Bench;

/// <summary>
/// The text the benchmarks tag: the sentences of CoNLL-2003 eng.testa (news, about 51,000 tokens) joined into
/// paragraphs, read from ../shared/data so that no news text lives in the repository.
/// </summary>
public static class BenchText
{
    public static string Load()
    {
        var path = Find("data/ner/conll2003/eng.testa")
            ?? throw new FileNotFoundException("the benchmark reads ../shared/data/ner/conll2003/eng.testa; put the shared data beside the repository or set PARALLAX_SHARED");
        var paragraphs = new List<string>();
        var words = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split(' ');
            if (line.Length == 0 || parts[0] == "-DOCSTART-")
            {
                if (words.Count > 0)
                {
                    paragraphs.Add(string.Join(' ', words));
                    words.Clear();
                }
                continue;
            }
            words.Add(parts[0]);
        }
        return string.Join("\n\n", paragraphs);
    }

    private static string? Find(string relative)
    {
        var env = Environment.GetEnvironmentVariable("PARALLAX_SHARED");
        if (!string.IsNullOrEmpty(env) && File.Exists(Path.Combine(env, relative)))
        {
            return Path.Combine(env, relative);
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    public static Doc NewDoc(string text) => new(new Article { Id = "bench", Source = "bench", Text = text });

    /// <summary>Tokens and sentences only: the baseline every tagger adds to.</summary>
    public static Doc Segment(string text)
    {
        var doc = NewDoc(text);
        doc.Tokens = Tokenizer.Tokenize(text);
        doc.Sentences = SentenceSplitter.Split(text, doc.Tokens);
        return doc;
    }
}
