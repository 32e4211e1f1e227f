using System.Text;
using System.Text.RegularExpressions;

namespace Parallax.Extraction;

/// <summary>
/// Bytes to text without mojibake: a byte-order mark wins; bytes that are valid UTF-8 with non-ASCII characters are
/// UTF-8 whatever a header or meta tag claims (a mis-declared page); then the HTTP header's charset, then the page's
/// meta charset; Windows-1252 last (what browsers assume for undeclared Western pages).
/// </summary>
public static partial class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*(?<cs>[A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<cs>[A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderCharset();

    /// <summary>True when the bytes look like binary data rather than text (NUL bytes or many control bytes in the first 8 KB).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return false; // UTF-16 with a BOM
        }
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        int control = 0;
        foreach (byte b in sample)
        {
            if (b == 0)
            {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                control++;
            }
        }
        return sample.Length > 0 && control * 20 > sample.Length;
    }

    /// <summary>Decodes bytes. <paramref name="contentType"/> is the HTTP Content-Type header when the bytes came from the web.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType = null, bool sniffHtml = true)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        bool ascii = System.Text.Ascii.IsValid(bytes);
        if (ascii)
        {
            return Encoding.ASCII.GetString(bytes);
        }
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }
        Encoding? declared = null;
        if (contentType is not null && HeaderCharset().Match(contentType) is { Success: true } h)
        {
            declared = ByName(h.Groups["cs"].Value);
        }
        if (declared is null && sniffHtml)
        {
            var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
            if (MetaCharset().Match(head) is { Success: true } m)
            {
                declared = ByName(m.Groups["cs"].Value);
            }
        }
        // A page declared UTF-8 whose bytes are not UTF-8 is almost always Windows-1252 (the mis-declaration browsers repair).
        if (declared is null || declared.CodePage == Encoding.UTF8.CodePage)
        {
            declared = Encoding.GetEncoding(1252);
        }
        return declared.GetString(bytes);
    }

    private static Encoding? ByName(string name)
    {
        var n = name.Trim().ToLowerInvariant();
        // The WHATWG encoding standard maps these labels to windows-1252.
        if (n is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "l1" or "cp1252" or "iso8859-1")
        {
            return Encoding.GetEncoding(1252);
        }
        try
        {
            return Encoding.GetEncoding(n);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
