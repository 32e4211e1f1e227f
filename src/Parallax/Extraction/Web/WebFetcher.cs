using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;

namespace Parallax.Extraction.Web;

/// <summary>Limits of a fetch.</summary>
public sealed record FetchOptions
{
    /// <summary>The whole request, headers and body, per hop.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    public int MaxBytes { get; init; } = ArticleReader.MaxBytes;
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Allow loopback, private and link-local addresses (off by default: a fetch must not reach the local network).</summary>
    public bool AllowPrivate { get; init; }

    /// <summary>At most this many items are read from one feed.</summary>
    public int MaxFeedItems { get; init; } = 100;

    public string UserAgent { get; init; } = "Parallax/0.1 (news report reader; fetches only the pages its user names)";
}

/// <summary>A fetched response body.</summary>
public sealed record FetchedPage(Uri FinalUrl, string? ContentType, byte[] Body);

/// <summary>
/// Fetches pages and feeds over HTTP(S): every hop of a redirect is followed by hand and checked again (scheme, and the
/// addresses its host resolves to, at connect time so DNS cannot be switched between check and use); the body is read
/// up to a size cap; RSS 2.0, RSS 1.0, Atom and OPML are expanded into their items.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private readonly HttpClient client;
    private readonly FetchOptions options;

    public WebFetcher(FetchOptions? options = null)
    {
        this.options = options ?? new FetchOptions();
        var allowPrivate = this.options.AllowPrivate;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = this.options.Timeout,
            UseCookies = false,
            ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, allowPrivate, ct),
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", this.options.UserAgent);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept",
            "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
    }

    public void Dispose() => client.Dispose();

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowPrivate, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, ct).ConfigureAwait(false);
        var allowed = addresses.Where(a => allowPrivate || AddressPolicy.IsPublic(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new BlockedAddressException(endPoint.Host, addresses);
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endPoint.Port, ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Fetches one URL, following redirects by hand. Returns the page or a rejection naming what went wrong.</summary>
    public async Task<(FetchedPage? Page, Extracted.Rejected? Rejected)> FetchAsync(string url, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var current))
        {
            return (null, new Extracted.Rejected(url, Reason.Unreadable, $"{url}: not an absolute URL (give http://... or https://...)"));
        }
        for (int hop = 0; hop <= options.MaxRedirects; hop++)
        {
            if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
            {
                return (null, new Extracted.Rejected(url, Reason.UnsupportedType,
                    hop == 0 ? $"{url}: only http and https URLs are fetched" : $"{url}: redirected to '{current}', which is not http or https"));
            }
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.Timeout);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                int status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    current = new Uri(current, location);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                {
                    return (null, new Extracted.Rejected(url, Reason.Unreadable, $"{url}: the server answered HTTP {status} {response.ReasonPhrase}"));
                }
                if (response.Content.Headers.ContentLength is long length && length > options.MaxBytes)
                {
                    return (null, TooLarge(url, length));
                }
                var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    using var buffer = new MemoryStream();
                    var chunk = new byte[81920];
                    int n;
                    while ((n = await stream.ReadAsync(chunk, timeout.Token).ConfigureAwait(false)) > 0)
                    {
                        buffer.Write(chunk, 0, n);
                        if (buffer.Length > options.MaxBytes)
                        {
                            return (null, TooLarge(url, buffer.Length));
                        }
                    }
                    var contentType = response.Content.Headers.ContentType?.ToString();
                    return (new FetchedPage(current, contentType, buffer.ToArray()), null);
                }
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return (null, new Extracted.Rejected(url, Reason.Unreadable, $"{url}: no complete answer within {options.Timeout.TotalSeconds:0} s"));
            }
            catch (HttpRequestException e) when (Blocked(e) is { } blocked)
            {
                return (null, new Extracted.Rejected(url, Reason.Unreadable,
                    $"{url}: refused to connect to {blocked.Host} ({string.Join(", ", blocked.Addresses.Select(a => a.ToString()))}): a private, loopback or link-local address; use --allow-private to fetch from your own network"));
            }
            catch (HttpRequestException e)
            {
                return (null, new Extracted.Rejected(url, Reason.Unreadable, $"{url}: {e.Message}"));
            }
        }
        return (null, new Extracted.Rejected(url, Reason.Unreadable, $"{url}: more than {options.MaxRedirects} redirects"));
    }

    private Extracted.Rejected TooLarge(string url, long bytes) =>
        new(url, Reason.TooLarge, $"{url}: the answer is larger than {options.MaxBytes / 1048576.0:0.#} MB ({bytes / 1048576.0:0.#} MB or more); not read");

    private static BlockedAddressException? Blocked(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is BlockedAddressException b)
            {
                return b;
            }
        }
        return null;
    }

    /// <summary>
    /// The articles behind the given URLs: a page gives its article; a feed (RSS, Atom, OPML) gives the articles of its items.
    /// </summary>
    public async IAsyncEnumerable<Extracted> ReadAsync(IEnumerable<string> urls, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(urls);
        foreach (var url in urls)
        {
            await foreach (var result in ReadOneAsync(url, depth: 0, ct).ConfigureAwait(false))
            {
                yield return result;
            }
        }
    }

    private async IAsyncEnumerable<Extracted> ReadOneAsync(string url, int depth, [EnumeratorCancellation] CancellationToken ct)
    {
        var (page, rejected) = await FetchAsync(url, ct).ConfigureAwait(false);
        if (page is null)
        {
            yield return rejected!;
            yield break;
        }
        if (Feeds.TryRead(page.Body, page.FinalUrl, out var links, out bool isOpml))
        {
            if (links.Count == 0)
            {
                yield return new Extracted.Rejected(url, Reason.Empty, $"{url}: the feed has no items");
                yield break;
            }
            if (depth >= 2)
            {
                yield return new Extracted.Rejected(url, Reason.NotAnArticle, $"{url}: a feed inside a feed inside a feed; not followed");
                yield break;
            }
            foreach (var link in links.Take(options.MaxFeedItems))
            {
                await foreach (var item in ReadOneAsync(link.ToString(), isOpml ? depth + 1 : depth + 1, ct).ConfigureAwait(false))
                {
                    yield return item;
                }
            }
            yield break;
        }
        var kind = page.ContentType switch
        {
            { } t when t.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) => InputKind.Text,
            { } t when t.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) => InputKind.Json,
            _ => InputKind.Html,
        };
        foreach (var result in ArticleReader.ReadBytes(page.Body, url, kind, page.FinalUrl.ToString(), page.ContentType, ct))
        {
            yield return result;
        }
    }
}

/// <summary>A connection refused because its host resolves only to non-public addresses.</summary>
public sealed class BlockedAddressException : Exception
{
    public BlockedAddressException(string host, IReadOnlyList<IPAddress> addresses)
        : base($"{host} resolves only to non-public addresses")
    {
        Host = host;
        Addresses = addresses;
    }

    public BlockedAddressException() : this("", []) { }

    public BlockedAddressException(string message) : base(message)
    {
        Host = "";
        Addresses = [];
    }

    public BlockedAddressException(string message, Exception inner) : base(message, inner)
    {
        Host = "";
        Addresses = [];
    }

    public string Host { get; }
    public IReadOnlyList<IPAddress> Addresses { get; }
}
