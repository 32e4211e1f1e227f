using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Parallax.Model;

namespace Parallax.Storage;

/// <summary>
/// Serialises a <see cref="Doc"/>'s layers as one compact UTF-8 JSON object. Layers hold spans only (never copied
/// text): tokens as (gap from the previous token's end, length) pairs, sentences as (start, end, first token,
/// token count) quadruples, tags as one space-separated string, and mentions, timexes and quotes as objects whose
/// spans are [start, end] pairs. Decoding checks every span against the article text.
/// </summary>
internal static class LayerCodec
{
    /// <summary>The layers this codec stores; <see cref="Doc.Filled"/> is saved masked to these.</summary>
    public const Layers Stored = Layers.Tokens | Layers.Sentences | Layers.PartOfSpeech | Layers.Entities |
                                 Layers.Roles | Layers.Timexes | Layers.Quotes;

    public static byte[] Encode(Doc doc)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(256, doc.Tokens.Count * 6));
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("filled", (int)(doc.Filled & Stored));

            w.WriteStartArray("tokens");
            int previousEnd = 0;
            foreach (var t in doc.Tokens)
            {
                w.WriteNumberValue(t.Span.Start - previousEnd);
                w.WriteNumberValue(t.Span.Length);
                previousEnd = t.Span.End;
            }
            w.WriteEndArray();

            if (doc.PartOfSpeech.Any(tag => tag.Length == 0 || tag.Any(char.IsWhiteSpace)))
            {
                w.WriteStartArray("pos");
                foreach (var tag in doc.PartOfSpeech)
                {
                    w.WriteStringValue(tag);
                }
                w.WriteEndArray();
            }
            else
            {
                w.WriteString("pos", string.Join(' ', doc.PartOfSpeech));
            }

            w.WriteStartArray("sentences");
            foreach (var s in doc.Sentences)
            {
                w.WriteNumberValue(s.Span.Start);
                w.WriteNumberValue(s.Span.End);
                w.WriteNumberValue(s.FirstToken);
                w.WriteNumberValue(s.TokenCount);
            }
            w.WriteEndArray();

            w.WritePropertyName("mentions");
            JsonSerializer.Serialize(w, doc.Mentions, StoreJsonContext.Default.IReadOnlyListMention);
            w.WritePropertyName("timexes");
            JsonSerializer.Serialize(w, doc.Timexes, StoreJsonContext.Default.IReadOnlyListTimex);
            w.WritePropertyName("quotes");
            JsonSerializer.Serialize(w, doc.Quotes, StoreJsonContext.Default.IReadOnlyListQuote);
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Rebuilds the layers of <paramref name="article"/>; throws <see cref="InvalidDataException"/> when they do not fit its text.</summary>
    public static Doc Decode(Article article, ReadOnlySpan<byte> json)
    {
        var doc = new Doc(article);
        int length = article.Text.Length;
        var reader = new Utf8JsonReader(json);
        Expect(reader.Read() && reader.TokenType == JsonTokenType.StartObject, "a JSON object");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            Expect(reader.Read(), "a value for '" + name + "'");
            switch (name)
            {
                case "filled":
                    doc.Filled = (Layers)reader.GetInt32() & Stored;
                    break;
                case "tokens":
                    doc.Tokens = ReadTokens(ref reader, length);
                    break;
                case "pos":
                    doc.PartOfSpeech = ReadTags(ref reader);
                    break;
                case "sentences":
                    doc.Sentences = ReadSentences(ref reader, length);
                    break;
                case "mentions":
                    doc.Mentions = Checked(JsonSerializer.Deserialize(ref reader, StoreJsonContext.Default.ListMention), length,
                        m => [m.Span, m.RoleSpan]);
                    break;
                case "timexes":
                    doc.Timexes = Checked(JsonSerializer.Deserialize(ref reader, StoreJsonContext.Default.ListTimex), length,
                        t => [t.Span]);
                    break;
                case "quotes":
                    doc.Quotes = Checked(JsonSerializer.Deserialize(ref reader, StoreJsonContext.Default.ListQuote), length,
                        q => [q.Content, q.Cue, q.Source]);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        if (doc.PartOfSpeech.Count != 0 && doc.PartOfSpeech.Count != doc.Tokens.Count)
        {
            throw new InvalidDataException($"{doc.PartOfSpeech.Count} part-of-speech tags for {doc.Tokens.Count} tokens");
        }
        return doc;
    }

    private static List<Token> ReadTokens(ref Utf8JsonReader reader, int length)
    {
        Expect(reader.TokenType == JsonTokenType.StartArray, "an array of tokens");
        var tokens = new List<Token>();
        int previousEnd = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            int start = previousEnd + reader.GetInt32();
            Expect(reader.Read() && reader.TokenType == JsonTokenType.Number, "a token length");
            int end = start + reader.GetInt32();
            tokens.Add(new Token(Span(start, end, length)));
            previousEnd = end;
        }
        return tokens;
    }

    private static List<string> ReadTags(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            string joined = reader.GetString()!;
            return joined.Length == 0 ? [] : [.. joined.Split(' ')];
        }
        Expect(reader.TokenType == JsonTokenType.StartArray, "part-of-speech tags");
        var tags = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            tags.Add(reader.GetString()!);
        }
        return tags;
    }

    private static List<Sentence> ReadSentences(ref Utf8JsonReader reader, int length)
    {
        Expect(reader.TokenType == JsonTokenType.StartArray, "an array of sentences");
        var sentences = new List<Sentence>();
        Span<int> q = stackalloc int[4];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            q[0] = reader.GetInt32();
            for (int k = 1; k < 4; k++)
            {
                Expect(reader.Read() && reader.TokenType == JsonTokenType.Number, "four numbers per sentence");
                q[k] = reader.GetInt32();
            }
            sentences.Add(new Sentence(Span(q[0], q[1], length), q[2], q[3]));
        }
        return sentences;
    }

    private static List<T> Checked<T>(List<T>? items, int length, Func<T, TextSpan?[]> spans)
    {
        var list = items ?? [];
        foreach (var item in list)
        {
            foreach (var span in spans(item))
            {
                if (span is { } s && s.End > length)
                {
                    throw new InvalidDataException($"span {s} lies beyond the end of the text ({length} characters)");
                }
            }
        }
        return list;
    }

    private static TextSpan Span(int start, int end, int length)
    {
        if (start < 0 || end < start || end > length)
        {
            throw new InvalidDataException($"span [{start},{end}) does not fit a text of {length} characters");
        }
        return new TextSpan(start, end);
    }

    private static void Expect(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidDataException("stored layers are malformed: expected " + what);
        }
    }
}

/// <summary>Writes a <see cref="TextSpan"/> as <c>[start, end]</c>.</summary>
internal sealed class TextSpanJsonConverter : JsonConverter<TextSpan>
{
    public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray || !reader.Read())
        {
            throw new JsonException("a span is written [start, end]");
        }
        int start = reader.GetInt32();
        if (!reader.Read())
        {
            throw new JsonException("a span is written [start, end]");
        }
        int end = reader.GetInt32();
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray || start < 0 || end < start)
        {
            throw new JsonException($"bad span [{start},{end}]");
        }
        return new TextSpan(start, end);
    }

    public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Start);
        writer.WriteNumberValue(value.End);
        writer.WriteEndArray();
    }
}

/// <summary>
/// Source-generated contracts for what the store writes as JSON. New members added to the model records are
/// picked up at compile time; computed (get-only) properties are not stored.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    IgnoreReadOnlyProperties = true,
    UseStringEnumConverter = true,
    Converters = [typeof(TextSpanJsonConverter)])]
[JsonSerializable(typeof(IReadOnlyList<Mention>))]
[JsonSerializable(typeof(IReadOnlyList<Timex>))]
[JsonSerializable(typeof(IReadOnlyList<Quote>))]
[JsonSerializable(typeof(List<Mention>))]
[JsonSerializable(typeof(List<Timex>))]
[JsonSerializable(typeof(List<Quote>))]
[JsonSerializable(typeof(Article))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
