using System.Globalization;
using Parallax.Model;

namespace Parallax.Eval.Quotes;

/// <summary>The three parts of an attribution, as PolNeAR and PARC annotate them.</summary>
public enum AttributionRole
{
    Source,
    Cue,
    Content,
}

/// <summary>A brat text-bound annotation ("T3	Content 256 377;463 616	..."): a type and one or more fragments.</summary>
public sealed record BratTextBound(string Id, string Type, IReadOnlyList<TextSpan> Fragments, string Text);

/// <summary>
/// One attribution: its source, cue and content, each a possibly discontinuous span (an empty list when the part is absent,
/// as in PolNeAR's "Attribution-no-source").
/// </summary>
public sealed record Attribution(string Id, IReadOnlyList<TextSpan> Source, IReadOnlyList<TextSpan> Cue, IReadOnlyList<TextSpan> Content)
{
    public IReadOnlyList<TextSpan> Part(AttributionRole role) => role switch
    {
        AttributionRole.Source => Source,
        AttributionRole.Cue => Cue,
        _ => Content,
    };
}

/// <summary>A parsed brat annotation file: every Source/Cue/Content span, the attributions relating them, and what could not be read.</summary>
public sealed record BratDocument(
    IReadOnlyList<BratTextBound> Spans,
    IReadOnlyList<Attribution> Attributions,
    IReadOnlyList<string> Problems)
{
    public IEnumerable<BratTextBound> SpansOf(AttributionRole role) =>
        Spans.Where(s => BratAttributions.RoleOf(s.Type) == role);
}

/// <summary>
/// Reads brat standoff attribution files as PolNeAR ships them: T lines for Source, Cue and Content spans (fragments joined
/// by ';'), an "Attribution" or "Attribution-no-source" T line as the event trigger, and E lines relating them
/// ("E1	Attribution:T4 Content:T3 Cue:T2 Source:T1"). Files that relate the parts by R lines instead
/// ("R1	Source Arg1:T2 Arg2:T1", cue first or second) are read too. Offsets are brat's: Unicode code points.
/// </summary>
public static class BratAttributions
{
    public static AttributionRole? RoleOf(string type)
    {
        var bare = type.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        return bare.ToLowerInvariant() switch
        {
            "source" => AttributionRole.Source,
            "cue" => AttributionRole.Cue,
            "content" => AttributionRole.Content,
            _ => null,
        };
    }

    /// <param name="ann">The .ann file's text.</param>
    /// <param name="text">The article text, to convert code-point offsets and to check each span's text; optional.</param>
    public static BratDocument Parse(string ann, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(ann);
        var offsets = text is null ? null : CodePointOffsets.For(text);
        var problems = new List<string>();
        var spans = new Dictionary<string, BratTextBound>(StringComparer.Ordinal);
        var events = new List<(string Id, int Line, List<(string Role, string Arg)> Args)>();
        var relations = new List<(string Id, int Line, string Type, string Arg1, string Arg2)>();
        var lines = ann.Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var fields = line.Split('\t');
            var id = fields[0];
            switch (id[0])
            {
                case 'T':
                    if (ParseTextBound(fields, text, offsets, n + 1, problems) is { } tb)
                    {
                        spans[tb.Id] = tb;
                    }
                    break;
                case 'E':
                    if (fields.Length < 2)
                    {
                        problems.Add($"line {n + 1}: event {id} has no arguments");
                        break;
                    }
                    events.Add((id, n + 1, [.. fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(SplitArg)]));
                    break;
                case 'R':
                    var parts = fields.Length >= 2 ? fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
                    if (parts.Length < 3)
                    {
                        problems.Add($"line {n + 1}: relation {id} needs a type and two arguments");
                        break;
                    }
                    relations.Add((id, n + 1, parts[0], SplitArg(parts[1]).Arg, SplitArg(parts[2]).Arg));
                    break;
                default:
                    // A (attributes), M, N, * and other brat lines carry nothing the scorer needs.
                    break;
            }
        }
        var attributions = new List<Attribution>();
        foreach (var (id, lineNo, args) in events)
        {
            var parts = new Dictionary<AttributionRole, List<TextSpan>>();
            foreach (var (role, arg) in args)
            {
                if (RoleOf(role) is not { } r)
                {
                    continue;
                }
                if (!spans.TryGetValue(arg, out var tb))
                {
                    problems.Add($"line {lineNo}: event {id} refers to {arg}, which is not a readable T line");
                    continue;
                }
                if (!parts.TryGetValue(r, out var list))
                {
                    parts[r] = list = [];
                }
                list.AddRange(tb.Fragments);
            }
            if (parts.Count > 0)
            {
                attributions.Add(Make(id, parts));
            }
        }
        if (events.Count == 0 && relations.Count > 0)
        {
            attributions.AddRange(FromRelations(spans, relations, problems));
        }
        return new BratDocument([.. spans.Values.OrderBy(s => s.Fragments[0].Start)], attributions, problems);
    }

    private static (string Role, string Arg) SplitArg(string arg)
    {
        int colon = arg.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? ("", arg) : (arg[..colon], arg[(colon + 1)..]);
    }

    private static Attribution Make(string id, Dictionary<AttributionRole, List<TextSpan>> parts) =>
        new(id,
            parts.GetValueOrDefault(AttributionRole.Source) ?? [],
            parts.GetValueOrDefault(AttributionRole.Cue) ?? [],
            parts.GetValueOrDefault(AttributionRole.Content) ?? []);

    /// <summary>R lines: every relation touching a cue groups the other argument's span with that cue.</summary>
    private static IEnumerable<Attribution> FromRelations(
        Dictionary<string, BratTextBound> spans,
        List<(string Id, int Line, string Type, string Arg1, string Arg2)> relations,
        List<string> problems)
    {
        var byCue = new Dictionary<string, Dictionary<AttributionRole, List<TextSpan>>>(StringComparer.Ordinal);
        foreach (var (id, line, _, a1, a2) in relations)
        {
            if (!spans.TryGetValue(a1, out var t1) || !spans.TryGetValue(a2, out var t2))
            {
                problems.Add($"line {line}: relation {id} refers to a T line that is missing or unreadable");
                continue;
            }
            var (cue, other) = RoleOf(t1.Type) == AttributionRole.Cue ? (t1, t2) : (t2, t1);
            if (RoleOf(cue.Type) != AttributionRole.Cue || RoleOf(other.Type) is not { } role)
            {
                problems.Add($"line {line}: relation {id} does not link a Cue to a Source or Content");
                continue;
            }
            if (!byCue.TryGetValue(cue.Id, out var parts))
            {
                byCue[cue.Id] = parts = new() { [AttributionRole.Cue] = [.. cue.Fragments] };
            }
            if (!parts.TryGetValue(role, out var list))
            {
                parts[role] = list = [];
            }
            list.AddRange(other.Fragments);
        }
        return byCue.Select(kv => Make(kv.Key, kv.Value));
    }

    private static BratTextBound? ParseTextBound(string[] fields, string? text, CodePointOffsets? offsets, int line, List<string> problems)
    {
        var id = fields[0];
        if (fields.Length < 2)
        {
            problems.Add($"line {line}: {id} has no type and offsets");
            return null;
        }
        int space = fields[1].IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            problems.Add($"line {line}: {id} has no offsets");
            return null;
        }
        var type = fields[1][..space];
        var fragments = new List<TextSpan>();
        foreach (var fragment in fields[1][(space + 1)..].Split(';'))
        {
            var se = fragment.Trim().Split(' ');
            if (se.Length != 2 ||
                !int.TryParse(se[0], NumberStyles.None, CultureInfo.InvariantCulture, out int start) ||
                !int.TryParse(se[1], NumberStyles.None, CultureInfo.InvariantCulture, out int end) || end < start)
            {
                problems.Add($"line {line}: {id} has unreadable offsets '{fragment}' (expected 'start end', fragments joined by ';')");
                return null;
            }
            if (offsets is not null)
            {
                if (!offsets.TryConvert(start, out start) || !offsets.TryConvert(end, out end))
                {
                    problems.Add($"line {line}: {id} offsets {fragment} lie beyond the article text");
                    return null;
                }
            }
            fragments.Add(new TextSpan(start, end));
        }
        var written = fields.Length > 2 ? fields[2] : "";
        if (text is not null)
        {
            var actual = string.Join(" ", fragments.Select(f => text[f.Start..f.End]));
            if (!Same(actual, written))
            {
                problems.Add($"line {line}: {id} text '{Shorten(written)}' does not match the article at those offsets ('{Shorten(actual)}')");
            }
        }
        return new BratTextBound(id, type, fragments, written);
    }

    private static bool Same(string a, string b) =>
        string.Join(' ', a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) ==
        string.Join(' ', b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "...";

    /// <summary>Maps brat's code-point offsets to UTF-16 indices (identical unless the text has characters beyond the BMP).</summary>
    private sealed class CodePointOffsets
    {
        private readonly int[]? _map;
        private readonly int _length;

        private CodePointOffsets(int[]? map, int length)
        {
            _map = map;
            _length = length;
        }

        public static CodePointOffsets For(string text)
        {
            if (!text.Any(char.IsSurrogate))
            {
                return new CodePointOffsets(null, text.Length);
            }
            var map = new List<int>(text.Length + 1);
            for (int i = 0; i < text.Length; i++)
            {
                map.Add(i);
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
            }
            map.Add(text.Length);
            return new CodePointOffsets([.. map], map.Count - 1);
        }

        public bool TryConvert(int codePoint, out int index)
        {
            index = codePoint;
            if (codePoint > _length)
            {
                return false;
            }
            if (_map is not null)
            {
                index = _map[codePoint];
            }
            return true;
        }
    }
}
