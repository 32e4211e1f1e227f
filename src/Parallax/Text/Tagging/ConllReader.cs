namespace Parallax.Text.Tagging;

/// <summary>One sentence of a CoNLL column file: the words and each further column.</summary>
public sealed record ConllSentence(IReadOnlyList<string> Words, IReadOnlyList<IReadOnlyList<string>> Columns, int Document)
{
    /// <summary>The last column (the entity tags in CoNLL-2003 and WNUT-17).</summary>
    public IReadOnlyList<string> LastColumn => Columns[^1];
}

/// <summary>
/// Reads CoNLL column files (CoNLL-2003: word POS chunk NER; WNUT-17: word NER): sentences separated by
/// blank lines, documents by -DOCSTART- lines. Columns are split on spaces or tabs.
/// </summary>
public static class ConllReader
{
    public static List<ConllSentence> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"CoNLL file '{path}' not found; give the path of a column file such as ../shared/data/ner/conll2003/eng.testa", path);
        }
        var result = new List<ConllSentence>();
        var words = new List<string>();
        var columns = new List<List<string>>();
        int document = 0, lineNo = 0;
        void Flush()
        {
            if (words.Count > 0)
            {
                result.Add(new ConllSentence(words.ToArray(), columns.Select(c => (IReadOnlyList<string>)c.ToArray()).ToArray(), document));
                words.Clear();
                columns.Clear();
            }
        }
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.TrimEnd('\r', '\n');
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts[0] == "-DOCSTART-")
            {
                Flush();
                document++;
                continue;
            }
            if (parts.Length < 2)
            {
                throw new InvalidDataException($"{path}:{lineNo}: expected a word and at least one tag column, found '{line}'");
            }
            if (columns.Count == 0)
            {
                for (int i = 1; i < parts.Length; i++)
                {
                    columns.Add([]);
                }
            }
            else if (parts.Length - 1 != columns.Count)
            {
                throw new InvalidDataException($"{path}:{lineNo}: expected {columns.Count + 1} columns as on the sentence's first line, found {parts.Length}");
            }
            words.Add(parts[0]);
            for (int i = 1; i < parts.Length; i++)
            {
                columns[i - 1].Add(parts[i]);
            }
        }
        Flush();
        if (document == 0)
        {
            // No -DOCSTART- lines (WNUT-17): every sentence is its own document.
            return result.Select((s, i) => s with { Document = i }).ToList();
        }
        return result;
    }
}
