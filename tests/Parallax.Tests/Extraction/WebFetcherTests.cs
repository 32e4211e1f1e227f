using System.Net;
using System.Net.Sockets;
using System.Text;
using Parallax.Extraction;
using Parallax.Extraction.Web;

namespace Parallax.Tests.Extraction;

/// <summary>A loopback HTTP server with fixed routes, for fetch tests (no network beyond 127.0.0.1).</summary>
internal sealed class LocalServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Dictionary<string, Action<HttpListenerResponse>> routes = new(StringComparer.Ordinal);
    private readonly Task loop;

    public LocalServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(Serve);
    }

    public int Port { get; }
    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public void Route(string path, string contentType, byte[] body, int status = 200) => routes[path] = r =>
    {
        r.StatusCode = status;
        r.ContentType = contentType;
        r.OutputStream.Write(body);
    };

    public void Redirect(string path, string to) => routes[path] = r =>
    {
        r.StatusCode = 302;
        r.RedirectLocation = to;
    };

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            try
            {
                if (routes.TryGetValue(context.Request.Url!.AbsolutePath, out var handler))
                {
                    handler(context.Response);
                }
                else
                {
                    context.Response.StatusCode = 404;
                }
                context.Response.Close();
            }
            catch (HttpListenerException)
            {
                // the client went away (size cap): nothing to do
            }
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(5));
    }
}

public sealed class WebFetcherTests : IDisposable
{
    private readonly LocalServer server = new();

    public void Dispose() => server.Dispose();

    private static byte[] Page(string title, string body) =>
        Encoding.UTF8.GetBytes($"<html><head><title>{title}</title></head><body><article><p>{body}</p></article></body></html>");

    private static async Task<List<Extracted>> Read(WebFetcher fetcher, params string[] urls)
    {
        var results = new List<Extracted>();
        await foreach (var r in fetcher.ReadAsync(urls, CancellationToken.None))
        {
            results.Add(r);
        }
        return results;
    }

    [Fact]
    public async Task Loopback_is_refused_unless_private_addresses_are_allowed()
    {
        server.Route("/a", "text/html; charset=utf-8", Page("A", "The council met on Monday and agreed the budget for the coming year after a long debate."));
        using var strict = new WebFetcher();
        var refused = Assert.IsType<Extracted.Rejected>(Assert.Single(await Read(strict, server.Url("/a"))));
        Assert.Contains("--allow-private", refused.Detail);
        Assert.Contains("127.0.0.1", refused.Detail);

        using var open = new WebFetcher(new FetchOptions { AllowPrivate = true });
        var ok = Assert.IsType<Extracted.Ok>(Assert.Single(await Read(open, server.Url("/a"))));
        Assert.StartsWith("The council met on Monday", ok.Article.Text);
        Assert.Equal(server.Url("/a"), ok.Article.Source);
    }

    [Fact]
    public async Task Redirects_are_followed_up_to_the_limit()
    {
        server.Route("/final", "text/html", Page("F", "The bridge reopened to traffic on Saturday after eight months of repairs to its deck."));
        server.Redirect("/r1", "/final");
        server.Redirect("/loop1", "/loop2");
        server.Redirect("/loop2", "/loop1");
        using var fetcher = new WebFetcher(new FetchOptions { AllowPrivate = true, MaxRedirects = 3 });
        var ok = Assert.IsType<Extracted.Ok>(Assert.Single(await Read(fetcher, server.Url("/r1"))));
        Assert.Equal(server.Url("/final"), ok.Article.Url);
        var loop = Assert.IsType<Extracted.Rejected>(Assert.Single(await Read(fetcher, server.Url("/loop1"))));
        Assert.Contains("more than 3 redirects", loop.Detail);
    }

    [Fact]
    public async Task Size_cap_and_http_errors_are_reported()
    {
        server.Route("/big", "text/html", new byte[3 * 1024 * 1024]);
        using var fetcher = new WebFetcher(new FetchOptions { AllowPrivate = true, MaxBytes = 1024 * 1024 });
        var big = Assert.IsType<Extracted.Rejected>(Assert.Single(await Read(fetcher, server.Url("/big"))));
        Assert.Equal(Reason.TooLarge, big.Reason);
        var missing = Assert.IsType<Extracted.Rejected>(Assert.Single(await Read(fetcher, server.Url("/missing"))));
        Assert.Contains("HTTP 404", missing.Detail);
        var scheme = Assert.IsType<Extracted.Rejected>(Assert.Single(await Read(fetcher, "ftp://example.org/x")));
        Assert.Contains("only http and https", scheme.Detail);
    }

    [Fact]
    public async Task Charset_from_the_http_header_decodes_without_mojibake()
    {
        var latin = Encoding.Latin1.GetBytes("<html><body><p>Die Stadtverwaltung hat am Montag die Sanierung der Brücke über die Saale angekündigt, die Arbeiten beginnen im März.</p></body></html>");
        server.Route("/de", "text/html; charset=iso-8859-1", latin);
        using var fetcher = new WebFetcher(new FetchOptions { AllowPrivate = true });
        var ok = Assert.IsType<Extracted.Ok>(Assert.Single(await Read(fetcher, server.Url("/de"))));
        Assert.Contains("Brücke über die Saale angekündigt", ok.Article.Text);
        Assert.Equal("de", ok.Article.Language);
    }

    [Fact]
    public async Task Rss_atom_and_opml_are_expanded_into_their_items()
    {
        server.Route("/one", "text/html", Page("One", "The first report says the harbour will be dredged next spring to let larger ships in."));
        server.Route("/two", "text/html", Page("Two", "The second report says the dredging will cost more than planned and take two years."));
        server.Route("/rss", "application/rss+xml", Encoding.UTF8.GetBytes(
            $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>1</title><link>{server.Url("/one")}</link></item><item><title>2</title><link>/two</link></item></channel></rss>"));
        server.Route("/atom", "application/atom+xml", Encoding.UTF8.GetBytes(
            $"<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><link rel=\"alternate\" href=\"{server.Url("/two")}\"/></entry></feed>"));
        server.Route("/list.opml", "text/xml", Encoding.UTF8.GetBytes(
            $"<opml version=\"2.0\"><body><outline text=\"x\" xmlUrl=\"{server.Url("/atom")}\"/></body></opml>"));
        using var fetcher = new WebFetcher(new FetchOptions { AllowPrivate = true });
        var rss = await Read(fetcher, server.Url("/rss"));
        Assert.Equal([server.Url("/one"), server.Url("/two")], rss.Select(r => r.Source));
        Assert.All(rss, r => Assert.IsType<Extracted.Ok>(r));
        var viaOpml = Assert.IsType<Extracted.Ok>(Assert.Single(await Read(fetcher, server.Url("/list.opml"))));
        Assert.StartsWith("The second report", viaOpml.Article.Text);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("93.184.216.34", true)]
    [InlineData("2606:4700::1111", true)]
    public void Address_policy(string address, bool isPublic) => Assert.Equal(isPublic, AddressPolicy.IsPublic(IPAddress.Parse(address)));
}
