using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Yunpan.Server.IntegrationTests.Infrastructure;

/// <summary>
/// The real server on a real Kestrel port, with its own data directory (SQLite file, blobs, pickup folders) in a
/// temporary folder. Settings can be overridden per factory; the clock is a <see cref="FakeTimeProvider"/> so that
/// tests can move time forward.
/// </summary>
public class YunpanFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public YunpanFactory() : this(new Dictionary<string, string?>())
    {
    }

    protected YunpanFactory(IDictionary<string, string?> settings)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "yunpan-tests", Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>
        {
            ["Yunpan:DataDirectory"] = DataDirectory,
            ["Accounts:AuthRequestsPerWindow"] = "100000",
            ["Desk:Help:RequestsPerWindow"] = "100000",
            ["Storage:CollectionInterval"] = "1.00:00:00",
        };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }

        UseKestrel(0);
    }

    public string DataDirectory { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    /// <summary>The address of the running server.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>A plain HTTP client to the real port (no cookies kept unless asked).</summary>
    public HttpClient NewHttpClient(bool cookies = false)
    {
        StartServer();
        var handler = new HttpClientHandler { UseCookies = cookies, AllowAutoRedirect = false };
        return new HttpClient(handler) { BaseAddress = ClientOptions.BaseAddress };
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory))
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by the server shutting down; the temp folder is cleaned by the OS.
            }
        }
    }
}
