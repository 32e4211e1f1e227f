using System.Text;
using System.Xml;
using Parallax.Model;

namespace Parallax.Eval.Stories;

/// <summary>A document of ECB+ with its gold story: the topic and which of the topic's two seminal events it reports.</summary>
public sealed record EcbDocument(string Name, int Topic, string Story, Article Article);

/// <summary>Reads ECB+ (one XML file of tokens per document, in folders by topic).</summary>
public static class EcbPlus
{
    /// <summary>The conventional development topics of ECB+ (Cybulska and Vossen); thresholds are tuned on these only.</summary>
    public static readonly IReadOnlySet<int> DevTopics = new HashSet<int> { 2, 5, 12, 18, 21, 23, 34, 35 };

    /// <summary>The conventional test topics (36–45), reported, never tuned on.</summary>
    public static bool IsTestTopic(int topic) => topic >= 36;

    public static IEnumerable<EcbDocument> Read(string root, Func<int, bool> topicFilter)
    {
        var dir = Directory.Exists(Path.Combine(root, "ECB+")) ? Path.Combine(root, "ECB+") : root;
        if (!Directory.Exists(dir))
        {
            throw new DirectoryNotFoundException($"no ECB+ folder at '{root}' (expected topic folders such as ECB+/1/1_1ecb.xml)");
        }
        var topics = Directory.EnumerateDirectories(dir)
            .Select(d => (Dir: d, Ok: int.TryParse(Path.GetFileName(d), out var t), Topic: t))
            .Where(x => x.Ok && topicFilter(x.Topic))
            .OrderBy(x => x.Topic);
        foreach (var (topicDir, _, topic) in topics)
        {
            foreach (var file in Directory.EnumerateFiles(topicDir, "*.xml").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var story = $"{topic}{(name.EndsWith("plus", StringComparison.Ordinal) ? "plus" : "")}";
                var text = ReadText(file);
                yield return new EcbDocument(name, topic, story, new Article
                {
                    Id = Article.ComputeId(name + "\n" + text),
                    Source = file,
                    Text = text,
                });
            }
        }
    }

    /// <summary>The document's text: its tokens joined by spaces, one sentence a line.</summary>
    /// <exception cref="FormatException">The file is not well-formed XML (the message names it and the place).</exception>
    internal static string ReadText(string file)
    {
        try
        {
            return Tokens(file);
        }
        catch (XmlException e)
        {
            throw new FormatException($"{file} is not well-formed ECB+ XML: {e.Message}", e);
        }
    }

    private static string Tokens(string file)
    {
        var sb = new StringBuilder();
        using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        string? sentence = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Name != "token")
            {
                continue;
            }
            var s = reader.GetAttribute("sentence");
            var word = reader.ReadElementContentAsString();
            if (sentence is not null)
            {
                sb.Append(s == sentence ? ' ' : '\n');
            }
            sentence = s;
            sb.Append(word);
        }
        return sb.ToString();
    }
}
