using System.Text.Json;
using Parallax.Ledger;

namespace Parallax.Framing;

/// <summary>Framing per outlet as the story's "framing" array of the JSON report; every item with its evidence spans.</summary>
public static class FramingJson
{
    public static void Write(Utf8JsonWriter w, IReadOnlyList<OutletFraming> framing)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(framing);
        w.WriteStartArray("framing");
        foreach (var f in framing)
        {
            w.WriteStartObject();
            w.WriteString("article", f.Article);
            w.WriteString("outlet", f.Outlet);
            w.WriteString("copyOf", f.CopyOf);
            w.WriteNumber("compared", f.Compared);
            w.WriteStartArray("exclusive");
            foreach (var x in f.Exclusive)
            {
                w.WriteStartObject();
                w.WriteString("text", x.Text);
                w.WriteString("basis", x.Basis == ExclusiveBasis.Claim ? "claim" : "sentence");
                w.WriteNumber("salience", x.Salience);
                w.WriteNumber("novelty", x.Novelty);
                Reports.JsonReport.EvidenceArray(w, "evidence", x.Evidence);
                if (x.Parts is { } parts)
                {
                    Reports.JsonReport.Parts(w, parts);
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("speakers");
            foreach (var s in f.Speakers)
            {
                w.WriteStartObject();
                w.WriteString("entity", s.Entity);
                w.WriteString("name", s.Name);
                w.WriteString("kind", s.Kind.ToString().ToLowerInvariant());
                w.WriteBoolean("expert", s.Expert);
                w.WriteString("side", s.Side);
                w.WriteNumber("count", s.Count);
                w.WriteNumber("otherOutlets", s.OtherOutlets);
                Reports.JsonReport.EvidenceArray(w, "evidence", s.Evidence);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("sides");
            foreach (var s in f.Sides)
            {
                w.WriteStartObject();
                w.WriteString("side", s.Side);
                w.WriteNumber("quotes", s.Quotes);
                w.WriteNumber("share", s.Share);
                w.WriteNumber("othersShare", s.OthersShare);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("terms");
            foreach (var t in f.Terms)
            {
                w.WriteStartObject();
                w.WriteString("term", t.Term);
                w.WriteNumber("z", t.Z);
                w.WriteNumber("count", t.Count);
                w.WriteNumber("othersCount", t.OthersCount);
                Reports.JsonReport.EvidenceArray(w, "evidence", t.Evidence);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("topics");
            foreach (var t in f.Topics)
            {
                w.WriteStartObject();
                w.WriteString("topic", t.Topic);
                w.WriteNumber("share", t.Share);
                w.WriteNumber("othersShare", t.OthersShare);
                Reports.JsonReport.EvidenceArray(w, "evidence", t.Evidence);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("tone");
            foreach (var t in f.Tone)
            {
                w.WriteStartObject();
                w.WriteString("entity", t.Entity);
                w.WriteString("name", t.Name);
                w.WriteNumber("score", t.Score);
                w.WriteNumber("storyMean", t.StoryMean);
                w.WriteNumber("difference", Math.Round(t.Difference, 3));
                w.WriteNumber("mentions", t.Mentions);
                w.WriteStartArray("sentences");
                foreach (var s in t.Sentences)
                {
                    w.WriteStartObject();
                    w.WriteNumber("score", s.Score);
                    w.WriteStartArray("words");
                    foreach (var word in s.Words)
                    {
                        w.WriteStringValue(word);
                    }
                    w.WriteEndArray();
                    Reports.JsonReport.EvidenceArray(w, "evidence", [s.Evidence]);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("loaded");
            foreach (var l in f.Loaded)
            {
                w.WriteStartObject();
                w.WriteString("word", l.Word);
                Reports.JsonReport.EvidenceArray(w, "evidence", [l.Evidence]);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (f.Lead is { } lead)
            {
                w.WriteStartObject("lead");
                Reports.JsonReport.EvidenceArray(w, "evidence", [lead.Evidence]);
                LeadItems(w, "actors", lead.Actors);
                LeadItems(w, "terms", lead.Terms);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("lead");
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void LeadItems(Utf8JsonWriter w, string name, IReadOnlyList<LeadItem> items)
    {
        w.WriteStartArray(name);
        foreach (var i in items)
        {
            w.WriteStartObject();
            w.WriteString("key", i.Key);
            w.WriteString("name", i.Name);
            w.WriteNumber("otherLeads", i.OtherLeads);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
