using System.Globalization;
using System.Xml;
using Parallax.Model;

namespace Parallax.Eval.Timex;

/// <summary>A gold temporal expression from a TimeML file: its span in the document text, type and value, and its
/// <c>mod</c> attribute as written ("APPROX", "START"), when it has one.</summary>
public sealed record GoldTimex(TextSpan Span, TimexType Type, string Value)
{
    public string? Mod { get; init; }
}

/// <summary>
/// A TimeML document: the plain text of its TEXT element (tags stripped, offsets kept), the document creation
/// time (the TIMEX3 with functionInDocument="CREATION_TIME") and the TIMEX3 annotations inside TEXT.
/// </summary>
public sealed record TimeMlDocument(string Id, string Text, DateOnly? CreationDate, IReadOnlyList<GoldTimex> Timexes)
{
    /// <summary>Reads a TimeML file; throws <see cref="FormatException"/> naming the file when it is not TimeML.</summary>
    public static TimeMlDocument Load(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path));
        }
        catch (XmlException e)
        {
            throw new FormatException($"'{path}' is not well-formed TimeML XML: {e.Message}", e);
        }
    }

    public static TimeMlDocument Parse(string xml, string id)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var text = new System.Text.StringBuilder();
        var timexes = new List<GoldTimex>();
        DateOnly? dct = null;
        bool inText = false, sawText = false;
        (int Start, TimexType Type, string Value, string? Mod)? open = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "TEXT":
                    inText = !reader.IsEmptyElement;
                    sawText = true;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "TEXT":
                    inText = false;
                    break;
                case XmlNodeType.Element when reader.LocalName == "TIMEX3":
                    var value = reader.GetAttribute("value") ?? "";
                    var type = ParseType(reader.GetAttribute("type"));
                    if (reader.GetAttribute("functionInDocument") == "CREATION_TIME")
                    {
                        dct = ParseDate(value);
                    }
                    else if (inText && !reader.IsEmptyElement)
                    {
                        var mod = reader.GetAttribute("mod");
                        open = (text.Length, type, value, string.IsNullOrWhiteSpace(mod) ? null : mod.Trim());
                    }
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "TIMEX3":
                    if (open is { } o && inText)
                    {
                        timexes.Add(new GoldTimex(new TextSpan(o.Start, text.Length), o.Type, o.Value) { Mod = o.Mod });
                    }
                    open = null;
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA when inText:
                    text.Append(reader.Value);
                    break;
                default:
                    break;
            }
        }
        if (!sawText)
        {
            throw new FormatException($"TimeML document '{id}' has no <TEXT> element; TimeML puts the annotated text inside <TEXT>...</TEXT>");
        }
        return new TimeMlDocument(id, text.ToString(), dct, timexes);
    }

    private static TimexType ParseType(string? type) => type?.ToUpperInvariant() switch
    {
        "TIME" => TimexType.Time,
        "DURATION" => TimexType.Duration,
        "SET" => TimexType.Set,
        _ => TimexType.Date,
    };

    /// <summary>The calendar date of a TimeML value such as "1998-01-08", "1998-01-08T18:30" or "19980108".</summary>
    public static DateOnly? ParseDate(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        if (value.Length >= 8 && DateOnly.TryParseExact(value[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d))
        {
            return d;
        }
        return null;
    }
}
