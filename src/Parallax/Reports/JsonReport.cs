using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parallax.Ledger;
using Parallax.Model;

namespace Parallax.Reports;

/// <summary>The dossier as JSON: articles, stories, and in each story its entities, quotes, claims, conflicts and timeline, every item with its evidence spans.</summary>
public static class JsonReport
{
    public static void Write(Dossier dossier, Stream output, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Indented = indented,
            // Safe for embedding: < > & ' and non-ASCII are escaped, so article text cannot break out of a page.
            Encoder = JavaScriptEncoder.Default,
        });
        w.WriteStartObject();
        w.WriteStartArray("articles");
        foreach (var a in dossier.Articles)
        {
            WriteArticle(w, a);
        }
        w.WriteEndArray();
        w.WriteStartArray("stories");
        foreach (var s in dossier.Stories)
        {
            WriteStory(w, s);
        }
        w.WriteEndArray();
        w.WriteStartArray("rejected");
        foreach (var r in dossier.Rejected)
        {
            w.WriteStartObject();
            w.WriteString("source", r.Source);
            w.WriteString("reason", Kebab(r.Reason.ToString()));
            w.WriteString("detail", r.Detail);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static string ToString(Dossier dossier)
    {
        using var ms = new MemoryStream();
        Write(dossier, ms);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void WriteArticle(Utf8JsonWriter w, Article a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("source", a.Source);
        w.WriteString("title", a.Title);
        w.WriteString("outlet", a.Outlet);
        if (a.Published is { } p)
        {
            w.WriteString("published", p.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull("published");
        }
        w.WriteString("byline", a.Byline);
        w.WriteString("dateline", a.Dateline);
        w.WriteString("basedOn", a.BasedOn);
        w.WriteString("url", a.Url);
        w.WriteString("language", a.Language);
        w.WriteNumber("length", a.Text.Length);
        w.WriteEndObject();
    }

    private static void WriteStory(Utf8JsonWriter w, Story s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("title", s.Title);
        Ids(w, "articles", s.Articles);
        w.WriteStartArray("entities");
        foreach (var e in s.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("name", e.Name);
            w.WriteString("type", TypeName(e.Type));
            Ids(w, "aliases", e.Aliases);
            Ids(w, "roles", e.Roles);
            Ids(w, "articles", e.Articles);
            EvidenceArray(w, "mentions", e.Mentions);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("quotes");
        foreach (var q in s.Quotes)
        {
            w.WriteStartObject();
            w.WriteString("speaker", q.Speaker);
            w.WriteString("speakerName", q.SpeakerName);
            w.WriteString("text", q.Text);
            Ids(w, "articles", q.Articles);
            EvidenceArray(w, "evidence", q.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("claims");
        foreach (var c in s.Claims)
        {
            w.WriteStartObject();
            w.WriteString("text", c.Text);
            Ids(w, "articles", c.Articles);
            w.WriteString("status", Kebab(c.Status.ToString()));
            EvidenceArray(w, "evidence", c.Evidence);
            Parts(w, c.Parts);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("conflicts");
        foreach (var c in s.Conflicts)
        {
            w.WriteStartObject();
            w.WriteString("kind", Kebab(c.Kind.ToString()));
            w.WriteString("subject", c.Subject);
            w.WriteNumber("importance", c.Importance);
            w.WriteString("explanation", c.Explanation);
            w.WriteStartArray("values");
            foreach (var v in c.Values)
            {
                w.WriteStartObject();
                w.WriteString("value", v.Value);
                Ids(w, "articles", v.Articles);
                EvidenceArray(w, "evidence", v.Evidence);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("summary");
        foreach (var sentence in s.Summary)
        {
            w.WriteStartObject();
            w.WriteString("text", sentence.Text);
            Ids(w, "articles", sentence.Articles);
            EvidenceArray(w, "evidence", sentence.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("positions");
        foreach (var p in s.Positions)
        {
            w.WriteStartObject();
            w.WriteString("party", p.Party);
            w.WriteString("partyName", p.PartyName);
            w.WriteString("issue", p.Issue);
            w.WriteString("stance", p.Stance);
            Ids(w, "articles", p.Articles);
            EvidenceArray(w, "evidence", p.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("independence");
        foreach (var d in s.Independence)
        {
            w.WriteStartObject();
            w.WriteString("article", d.Article);
            w.WriteString("kind", Kebab(d.Kind.ToString()));
            w.WriteString("derivedFrom", d.From);
            w.WriteString("derivedFromArticle", d.FromArticle);
            w.WriteBoolean("whole", d.Whole);
            EvidenceArray(w, "evidence", d.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("timeline");
        foreach (var t in s.Timeline)
        {
            w.WriteStartObject();
            w.WriteString("date", t.Date == t.End ? t.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.Value);
            w.WriteString("start", t.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("end", t.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("certainty", Kebab(t.Certainty.ToString()));
            if (t.Mod is { } mod)
            {
                w.WriteString("mod", Time.TimexMods.ToTimeMl(mod));
            }
            if (t.Reported is { } reported)
            {
                w.WriteString("reported", reported.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            w.WriteString("text", t.Text);
            Ids(w, "articles", t.Articles);
            EvidenceArray(w, "evidence", t.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Framing.FramingJson.Write(w, s.Framing);
        w.WriteEndObject();
    }

    internal static void Ids(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }
        w.WriteEndArray();
    }

    /// <summary>A claim's parts: each with its text, normalised value and the span that states it.</summary>
    internal static void Parts(Utf8JsonWriter w, ClaimParts parts)
    {
        w.WriteStartObject("parts");
        foreach (var (name, part) in new[] { ("who", parts.Who), ("did", parts.Did), ("whom", parts.Whom), ("role", parts.Role), ("result", parts.Result) })
        {
            if (part is not null)
            {
                w.WritePropertyName(name);
                Part(w, part);
            }
        }
        foreach (var (name, list) in new[] { ("when", parts.When), ("where", parts.Where), ("howMany", parts.HowMany) })
        {
            if (list.Count > 0)
            {
                w.WriteStartArray(name);
                foreach (var part in list)
                {
                    Part(w, part);
                }
                w.WriteEndArray();
            }
        }
        w.WriteEndObject();
    }

    private static void Part(Utf8JsonWriter w, ClaimPart part)
    {
        w.WriteStartObject();
        w.WriteString("text", part.Text);
        if (part.Value is not null)
        {
            w.WriteString("value", part.Value);
        }
        if (part.Date is { } date)
        {
            // When the part says it happened, apart from when its report was published, and how sure that date is.
            w.WriteStartObject("date");
            if (date.Start is { } start && date.End is { } end)
            {
                w.WriteString("start", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("end", end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            w.WriteString("certainty", Kebab(date.Certainty.ToString()));
            if (date.Mod is { } mod)
            {
                w.WriteString("mod", Time.TimexMods.ToTimeMl(mod));
            }
            if (date.Reported is { } reported)
            {
                w.WriteString("reported", reported.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            w.WriteEndObject();
        }
        w.WriteString("article", part.Evidence.Article);
        w.WriteNumber("start", part.Evidence.Span.Start);
        w.WriteNumber("end", part.Evidence.Span.End);
        w.WriteEndObject();
    }

    internal static void EvidenceArray(Utf8JsonWriter w, string name, IEnumerable<Evidence> evidence)
    {
        w.WriteStartArray(name);
        foreach (var e in evidence)
        {
            w.WriteStartObject();
            w.WriteString("article", e.Article);
            w.WriteNumber("start", e.Span.Start);
            w.WriteNumber("end", e.Span.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "MISC",
    };

    /// <summary>"SingleSource" → "single-source".</summary>
    public static string Kebab(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                sb.Append('-');
            }
            sb.Append(char.ToLowerInvariant(pascal[i]));
        }
        return sb.ToString();
    }
}
